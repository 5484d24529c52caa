"""The shipped NER tagger: a linear-chain CRF (python-crfsuite) over cached word features."""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from ..errors import ModelError
from .features import FEATURE_VERSION, FeatureData, Featurizer

MODEL_NAME = "ner"
LABELS = ("PERS", "LOC", "ORG", "MISC")
_RETRAIN = "rebuild it with `python -m hadath.ner.train` (needs ../shared/data/anercorp/train.txt), " \
           "or reinstall hadath"


def _read_bundle(prefix: Path | None) -> tuple[bytes, bytes, str]:
    if prefix is not None:
        crf, meta = prefix.with_suffix(".crfsuite"), prefix.with_suffix(".json")
        where = str(prefix)
        try:
            return crf.read_bytes(), meta.read_bytes(), where
        except OSError as exc:
            raise ModelError(f"NER model not found at {where}.crfsuite/.json ({exc.strerror})",
                             hint=_RETRAIN) from None
    base = resources.files("hadath") / "data" / "models"
    where = str(base / MODEL_NAME)
    try:
        return ((base / f"{MODEL_NAME}.crfsuite").read_bytes(), (base / f"{MODEL_NAME}.json").read_bytes(),
                where)
    except (OSError, FileNotFoundError) as exc:
        raise ModelError(f"the NER model is missing from the package ({where}.crfsuite/.json: "
                         f"{getattr(exc, 'strerror', None) or exc})", hint=_RETRAIN) from None


class NerTagger:
    """BIO tagger over PERS, LOC, ORG and MISC (ANERcorp conventions).

    ``tag(words)`` takes the surface tokens of one sentence (punctuation split off,
    clitics attached, as hadath's tokenizer and ANERcorp produce them) and returns
    one tag per token.  Instances are not thread-safe (the CRF tagger and the
    feature cache are shared); use one per thread or process.
    """

    def __init__(self, crf_bytes: bytes, bundle: dict, *, source: str = "<memory>") -> None:
        import pycrfsuite

        if bundle.get("feature_version") != FEATURE_VERSION:
            raise ModelError(f"NER model {source} was built for feature version "
                             f"{bundle.get('feature_version')}, this hadath uses {FEATURE_VERSION}",
                             hint=_RETRAIN)
        self._tagger = pycrfsuite.Tagger()
        self._crf_bytes = crf_bytes  # crfsuite reads the model in place: keep the buffer alive
        try:
            self._tagger.open_inmemory(crf_bytes)
        except Exception as exc:  # pycrfsuite raises a bare ValueError/IOError
            raise ModelError(f"cannot open the CRF model {source}: {exc}", hint=_RETRAIN) from None
        self.source = source
        self.params = bundle.get("params", {})
        self.labels = tuple(self._tagger.labels())
        self.featurizer = Featurizer(FeatureData.from_json(bundle), known=frozenset(bundle.get("known") or ())
                                     or None)

    @classmethod
    def load(cls, path: str | Path | None = None) -> NerTagger:
        """The shipped model, or the one at ``path`` (a prefix: PATH.crfsuite + PATH.json)."""
        prefix = Path(path) if path is not None else None
        if prefix is not None and prefix.suffix in (".crfsuite", ".json"):
            prefix = prefix.with_suffix("")
        crf, meta, where = _read_bundle(prefix)
        try:
            bundle = json.loads(meta.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ModelError(f"NER model metadata {where}.json is unreadable: {exc}", hint=_RETRAIN) from None
        return cls(crf, bundle, source=where)

    def tag(self, words: Sequence[str]) -> list[str]:
        """BIO tags (``B-PERS``, ``I-LOC``, ``O``...) for the words of one sentence."""
        if not words:
            return []
        tags = self._tagger.tag(self.featurizer.sentence(words))
        # conlleval reading: an I- tag that does not continue a chunk of its type starts one
        prev = "O"
        for i, t in enumerate(tags):
            if t[0] == "I" and (prev == "O" or prev[2:] != t[2:]):
                tags[i] = t = "B" + t[1:]
            prev = t
        return tags

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        return [self.tag(s) for s in sentences]
