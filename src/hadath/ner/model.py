"""The shipped NER tagger: a linear-chain CRF (python-crfsuite) over cached word features."""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from ..errors import ModelError
from .features import FEATURE_VERSION, FeatureData, Featurizer, doc_features

MODEL_NAME = "ner"
LABELS = ("PERS", "LOC", "ORG", "MISC")
_RETRAIN = "rebuild it with `python -m hadath.ner.train` (needs ../shared/data/anercorp/train.txt), " \
           "or reinstall hadath"


#: suffix of the stage-1 CRF of a two-stage bundle (PREFIX.stage1.crfsuite)
STAGE1_SUFFIX = ".stage1.crfsuite"


def _read_bundle(prefix: Path | None) -> tuple[bytes, bytes, str, bytes | None]:
    """(CRF, metadata, where, stage-1 CRF or None) of the bundle at ``prefix`` or the shipped one."""
    if prefix is not None:
        crf, meta = prefix.with_suffix(".crfsuite"), prefix.with_suffix(".json")
        s1 = prefix.parent / (prefix.name + STAGE1_SUFFIX)
        where = str(prefix)
        try:
            return crf.read_bytes(), meta.read_bytes(), where, (s1.read_bytes() if s1.is_file() else None)
        except OSError as exc:
            raise ModelError(f"NER model not found at {where}.crfsuite/.json ({exc.strerror})",
                             hint=_RETRAIN) from None
    base = resources.files("hadath") / "data" / "models"
    where = str(base / MODEL_NAME)
    try:
        s1 = base / (MODEL_NAME + STAGE1_SUFFIX)
        return ((base / f"{MODEL_NAME}.crfsuite").read_bytes(), (base / f"{MODEL_NAME}.json").read_bytes(),
                where, s1.read_bytes() if s1.is_file() else None)
    except (OSError, FileNotFoundError) as exc:
        raise ModelError(f"the NER model is missing from the package ({where}.crfsuite/.json: "
                         f"{getattr(exc, 'strerror', None) or exc})", hint=_RETRAIN) from None


def _open_crf(crf_bytes: bytes, source: str):
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    try:
        tagger.open_inmemory(crf_bytes)
    except Exception as exc:  # pycrfsuite raises a bare ValueError/IOError
        raise ModelError(f"cannot open the CRF model {source}: {exc}", hint=_RETRAIN) from None
    return tagger


def _fix_bio(tags: list[str]) -> list[str]:
    """conlleval reading: an I- tag that does not continue a chunk of its type starts one."""
    prev = "O"
    for i, t in enumerate(tags):
        if t[0] == "I" and (prev == "O" or prev[2:] != t[2:]):
            tags[i] = t = "B" + t[1:]
        prev = t
    return tags


class NerTagger:
    """BIO tagger over PERS, LOC, ORG and MISC (ANERcorp conventions).

    ``tag(words)`` takes the surface tokens of one sentence (punctuation split off,
    clitics attached, as hadath's tokenizer and ANERcorp produce them) and returns
    one tag per token.  ``tag_document(sentences)`` tags the sentences of one document
    (or of a stream of documents, in order) together: with a two-stage model, a word's
    tags elsewhere in the surrounding sentences (``window`` before and after) are
    features of its final tag, so a name is tagged alike throughout an article.
    Instances are not thread-safe (the CRF taggers and the feature cache are shared);
    use one per thread or process.
    """

    def __init__(self, crf_bytes: bytes, bundle: dict, *, source: str = "<memory>",
                 stage1_bytes: bytes | None = None) -> None:
        if bundle.get("feature_version") != FEATURE_VERSION:
            raise ModelError(f"NER model {source} was built for feature version "
                             f"{bundle.get('feature_version')}, this hadath uses {FEATURE_VERSION}",
                             hint=_RETRAIN)
        self.stages = int(bundle.get("stages", 1))
        if self.stages == 2 and stage1_bytes is None:
            raise ModelError(f"NER model {source} is a two-stage model but its stage-1 CRF "
                             f"({source}{STAGE1_SUFFIX}) is missing", hint=_RETRAIN)
        self.window = int(bundle.get("window", 20))
        self.doc_phrases = bool(bundle.get("doc_phrases", False))
        #: documents with fewer (non-empty) sentences are tagged by stage 1 alone: stage 2
        #: helps only with enough context (chosen on held-out train)
        self.min_doc = int(bundle.get("min_doc", 1))
        # crfsuite reads a model in place: keep the buffers alive
        self._crf_bytes = crf_bytes
        self._stage1_bytes = stage1_bytes
        self._tagger = _open_crf(crf_bytes, source)
        self._stage1 = _open_crf(stage1_bytes, source + STAGE1_SUFFIX) if self.stages == 2 else None
        self.source = source
        self._compiled = None  # the first-stage CRF as arrays (ner.fast), built on first use
        self._compiled2 = None  # the second stage's, for tag_document
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
        crf, meta, where, stage1 = _read_bundle(prefix)
        try:
            bundle = json.loads(meta.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ModelError(f"NER model metadata {where}.json is unreadable: {exc}", hint=_RETRAIN) from None
        return cls(crf, bundle, source=where, stage1_bytes=stage1)

    def tag(self, words: Sequence[str]) -> list[str]:
        """BIO tags (``B-PERS``, ``I-LOC``, ``O``...) for the words of one sentence.

        The sentence is tagged on its own, without document context (the first stage of
        a two-stage model); use :meth:`tag_document` for an article."""
        return self.tag_sentences([words])[0]

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each sentence of a document (a list of sentences, each a list of
        words; or several documents in reading order), the sentences tagged in context:
        with a two-stage model, the first-stage tags of a word elsewhere in the
        ``window`` sentences before and after its sentence are features of its final tag.
        A document of fewer than ``min_doc`` sentences has too little context for that and
        is tagged sentence by sentence by the first stage."""
        fast = self._fast()
        if fast is not None:
            return self._tag_document_fast(fast, sentences)
        tagger, seqs = self._document_sequences(sentences)
        return [_fix_bio(tagger.tag(x)) if x else [] for x in seqs]

    def _document_sequences(self, sentences: Sequence[Sequence[str]]) -> tuple:
        """(the crfsuite tagger to use, each sentence's attribute lists) for a document: the
        second stage's, with the document features, when the model has two stages and the
        document is long enough; the first stage's otherwise."""
        feat = self.featurizer
        xs = [feat.sentence(words) if words else [] for words in sentences]
        if self._stage1 is None or sum(1 for x in xs if x) < self.min_doc:
            return self._stage1 or self._tagger, xs
        first = [self._stage1.tag(x) if x else [] for x in xs]
        keys = [feat.keys(words) if words else [] for words in sentences]
        extra = doc_features(keys, first, self.window, feat.known, phrases=self.doc_phrases)
        return self._tagger, [[a + b for a, b in zip(x, e, strict=True)] for x, e in zip(xs, extra, strict=True)]

    def _tag_document_fast(self, fast, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """:meth:`tag_document` with both stages decoded by :mod:`hadath.ner.fast` (the same
        attributes and tags as crfsuite's)."""
        if self._stage1 is None or sum(1 for w in sentences if w) < self.min_doc:
            return [_fix_bio(t) if t else t for t in fast.tag_sentences(sentences)]
        first = fast.tag_sentences(sentences)  # stage-1 tags as they are (no BIO repair), as crfsuite's
        keys = [fast.keys(words) if words else [] for words in sentences]
        extra = doc_features(keys, first, self.window, self.featurizer.known, phrases=self.doc_phrases)
        if self._compiled2 is None:
            from .fast import CompiledCRF

            self._compiled2 = CompiledCRF(self._tagger, self.featurizer, self._crf_bytes)
        return [_fix_bio(t) if t else t for t in self._compiled2.tag_sentences(sentences, extra)]

    def marginals_document(self, sentences: Sequence[Sequence[str]], labels: Sequence[str]) -> list:
        """For each sentence, an array (words x ``labels``) of the CRF's marginal probability
        of each label at each word, in the context :meth:`tag_document` uses (crfsuite's
        forward-backward; a label the model does not know gets 0)."""
        import numpy as np

        tagger, seqs = self._document_sequences(sentences)
        known = set(tagger.labels())
        out = []
        for x in seqs:
            m = np.zeros((len(x), len(labels)))
            if x:
                tagger.set(x)
                for j in range(len(x)):
                    for li, lab in enumerate(labels):
                        if lab in known:
                            m[j, li] = tagger.marginal(lab, j)
            out.append(m)
        return out

    def tag_stage1(self, words: Sequence[str]) -> list[str]:
        """Tags of the first-stage CRF alone (the only one of a one-stage model)."""
        if not words:
            return []
        return _fix_bio((self._stage1 or self._tagger).tag(self.featurizer.sentence(words)))

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tags for each sentence, every sentence on its own (see :meth:`tag_document`):
        the first-stage CRF, decoded by :mod:`hadath.ner.fast` when the model uses the
        shipped feature switches (the same tags as crfsuite, in less than half its time)."""
        fast = self._fast()
        if fast is None:
            return [self.tag_stage1(s) for s in sentences]
        return [_fix_bio(t) if t else t for t in fast.tag_sentences(sentences)]

    def _fast(self):
        """The compiled first-stage CRF (built once, on first use), or None when the model's
        feature switches are not the ones :mod:`hadath.ner.fast` reproduces."""
        if self._compiled is None:
            feat = self.featurizer
            cfg = feat.cfg
            if feat.known is None or cfg["far"] or not cfg["unk_ctx"]:
                self._compiled = False  # other switches: crfsuite reads the attribute lists
            else:
                from .fast import CompiledCRF

                if self._stage1 is not None:
                    self._compiled = CompiledCRF(self._stage1, feat, self._stage1_bytes)
                else:
                    self._compiled = CompiledCRF(self._tagger, feat, self._crf_bytes)
        return self._compiled or None
