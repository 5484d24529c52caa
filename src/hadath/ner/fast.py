"""Tagging with the first-stage CRF without crfsuite: scores summed per word, Viterbi in numpy.

A linear-chain CRF scores a tag path as the sum of the weights of (attribute, tag) pairs
of every token plus the weights of every (tag, next tag) transition.  Most of a token's
attributes are its own word's or a neighbour's word's, fixed per word form (see
:meth:`Featurizer._make_entry`): their weights are summed once per word form, for each
position it can take in the window (itself, two before, one before, one after, two
after), and cached as rows of a matrix.  A sentence's scores are then five row lookups
per token plus the few attributes that depend on the pair or the position (bigrams,
sentence edges, the unseen-word context and multi-word lexicon matches), and the
sentences of an article are decoded together by one batched Viterbi pass.

The result is the tags crfsuite gives for the same attribute lists (``tests/test_ner_fast.py``
compares the scores token by token and the tags sentence by sentence); neither the attribute
strings of every token nor crfsuite's item sequences are built, so tagging words seen before
takes less than half the time, and the entities stage of the benchmark about two thirds of
it (5.3 -> 3.6 ms an article).  The weights, labels and attribute names are read from the
model file itself (crfsuite's ``info()`` writes a temporary dump and rounds the weights to
six decimals, enough to flip a close decision now and then; it is only the fallback).
Used for the shipped feature switches only; :class:`NerTagger` falls back to crfsuite
otherwise.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence

import numpy as np

from .features import _OFFSETS, Featurizer, unseen_context

#: a word's score rows: as itself, then as the context word at each offset of the featurizer's
#: window (two before, one before, one after, two after), in the order of its entry lists
_ROWS = 1 + len(_OFFSETS)
#: a context offset as an attribute prefix ("-2" of "-2:w=...") -> its slot among the offsets
_OFFSET_SLOT = {str(o): j for j, o in enumerate(_OFFSETS)}


_FEATURE = np.dtype([("kind", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("w", "<f8")])


def _read_model(model: bytes) -> tuple[dict[str, int], dict[str, int], np.ndarray] | None:
    """(label name -> id, attribute name -> id, features) of a crfsuite CRF1d model file; the
    features are records (kind, src, dst, w): kind 0 = (attribute id, label id), 1 = (label
    id, next label id), w crfsuite's own double.  None when the bytes are not laid out as
    this reader expects (the caller then asks crfsuite: ``Tagger.info()``, which writes a
    temporary dump and rounds the weights to six decimals)."""
    try:
        magic, _size, kind = struct.unpack_from("<4sI4s", model, 0)
        # header: ... off_features (28), off_labels (32), off_attrs (36)
        off, off_labels, off_attrs = struct.unpack_from("<III", model, 28)
        chunk, _csize, num = struct.unpack_from("<4sII", model, off)
        if magic != b"lCRF" or kind != b"FOMC" or chunk != b"FEAT" or off + 12 + 20 * num > len(model):
            return None
        features = np.frombuffer(model, dtype=_FEATURE, count=num, offset=off + 12)
        labels, attrs = _read_cqdb(model, off_labels), _read_cqdb(model, off_attrs)
    except (struct.error, ValueError, UnicodeDecodeError):
        return None
    if labels is None or attrs is None or not np.isin(features["kind"], (0, 1)).all():
        return None
    return labels, attrs, features


def _read_cqdb(model: bytes, off: int) -> dict[str, int] | None:
    """The strings of a crfsuite CQDB chunk (its backward array: id -> record id, size, key)."""
    chunk, _size, _flag, _order, n, bwd = struct.unpack_from("<4sIIIII", model, off)
    if chunk != b"CQDB":
        return None
    out: dict[str, int] = {}
    for rec in struct.unpack_from(f"<{n}I", model, off + bwd):
        if rec:
            rid, size = struct.unpack_from("<II", model, off + rec)
            out[model[off + rec + 8: off + rec + 7 + size].decode("utf-8")] = rid
    return out


class CompiledCRF:
    """The weights of a crfsuite model as arrays, for :class:`Featurizer`'s shipped switches."""

    def __init__(self, crf_tagger, featurizer: Featurizer, model_bytes: bytes | None = None,
                 cache_size: int = 150_000) -> None:
        self.labels: tuple[str, ...] = tuple(crf_tagger.labels())
        lab = {x: i for i, x in enumerate(self.labels)}
        n_lab = len(self.labels)
        read = _read_model(model_bytes) if model_bytes is not None else None
        if read is not None:
            label_ids, ids, exact = read
        else:
            info = crf_tagger.info()
            label_ids = {name: int(k) for name, k in info.labels.items()}
            ids = {name: int(k) for name, k in info.attributes.items()}
        self._zero = len(ids)
        # the featurizer hands crfsuite only the attributes it calls known (a few model
        # attributes with negligible weights are not): the others score nothing here either
        known = featurizer.known
        attrs = ids if known is None else {name: k for name, k in ids.items() if name in known}
        self._attr = attrs
        # the last row: zeros, for attributes the model does not know
        weights = np.zeros((len(ids) + 1, n_lab))
        trans = np.zeros((n_lab, n_lab))
        if read is not None:
            by_id = np.zeros(len(label_ids), dtype=np.intp)
            for name, k in label_ids.items():
                by_id[k] = lab[name]
            st, tr = exact[exact["kind"] == 0], exact[exact["kind"] == 1]
            np.add.at(weights, (st["src"].astype(np.intp), by_id[st["dst"]]), st["w"])
            trans[by_id[tr["src"]], by_id[tr["dst"]]] = tr["w"]
        else:
            for (attr, label), w in info.state_features.items():
                weights[ids[attr], lab[label]] += w
            for (a, b), w in info.transitions.items():
                trans[lab[a], lab[b]] = w
        self._weights = weights
        self._trans = trans
        self.featurizer = featurizer
        self.known = featurizer.known
        self.cache_size = cache_size
        #: word form -> (row in the score matrix, normalised form, unseen in training, base)
        self._ids: dict[str, tuple[int, str, bool, str]] = {}
        self._scores = np.zeros((1024, _ROWS, n_lab))
        #: a context attribute of a word ("w=...") -> its rows as the word two before, one
        #: before, one after and two after ("-2:w=...", ...; the zero row where unknown)
        self._ctx: dict[str, list[int]] = {}
        for name, k in attrs.items():
            head, sep, rest = name.partition(":")
            j = _OFFSET_SLOT.get(head)
            if sep and j is not None:
                self._ctx.setdefault(rest, [self._zero] * len(_OFFSETS))[j] = k
        self._rare_ctx = bool(featurizer.cfg["rare_ctx"])
        #: bigram attributes the model knows: left word -> right word -> attribute row, for
        #: "b-=" (the word and the one before) and "b+=" (the word and the one after)
        self._bigrams: dict[str, dict[str, dict[str, int]]] = {"b-=": {}, "b+=": {}}
        for x in featurizer.known or ():
            kind = x[:3]
            if kind in self._bigrams:
                pair = x[3:]
                # every split at a "|" spells the same attribute (a word may be "|" itself)
                for cut in (k for k, c in enumerate(pair) if c == "|"):
                    self._bigrams[kind].setdefault(pair[:cut], {})[pair[cut + 1:]] = attrs.get(x, self._zero)
        # attributes that depend on the position in the sentence (the zero row when unknown)
        self._edge = {name: attrs.get(name, self._zero) for name in
                      ("BOS", "EOS", "-2:BOS", "-2:PAD", "+2:EOS", "+2:PAD")}

    # -- scores ---------------------------------------------------------------------------------
    def _words(self, words: list[str]) -> list[tuple[int, str, bool, str]]:
        """(score row, normalised form, unseen in training, base) of each word; the score rows
        of word forms not seen before are computed together."""
        ids = self._ids
        if len(ids) + len(words) > self.cache_size:
            ids.clear()
        got = [ids.get(w) for w in words]
        if None not in got:
            return got  # type: ignore[return-value]
        attr, zero, ctx_rows = self._attr, self._zero, self._ctx
        features = self.featurizer.word_features  # (no featurizer cache: the rows are what is kept)
        rare = self._rare_ctx
        index: list[int] = []
        starts: list[int] = []
        rows: list[int] = []
        for i, w in enumerate(words):
            if got[i] is not None:
                continue
            g = ids.get(w)  # the same new word twice in the document
            if g is None:
                f0, ctx, norm, base = features(w)
                k = len(ids)
                starts.append(len(index))
                index.extend([attr.get(x, zero) for x in f0])
                index.append(zero)  # no list is empty
                cr = [ctx_rows[x] for x in ctx if x in ctx_rows]
                for j in range(len(_OFFSETS)):
                    starts.append(len(index))
                    index.extend([r[j] for r in cr])
                    index.append(zero)
                rows.append(k)
                unseen = "lp=unk" in f0 or (rare and "fq=0" in f0)
                g = ids[w] = (k, norm, unseen, base)
            got[i] = g
        need = len(ids)
        if need > len(self._scores):
            size = len(self._scores)
            while size < need:
                size = max(need, min(2 * size, self.cache_size))
            grown = np.zeros((size, *self._scores.shape[1:]))
            grown[:len(self._scores)] = self._scores
            self._scores = grown
        sums = np.add.reduceat(self._weights[np.array(index, dtype=np.intp)], np.array(starts, dtype=np.intp),
                               axis=0)
        self._scores[np.array(rows, dtype=np.intp)] = sums.reshape(len(rows), _ROWS, -1)
        return got  # type: ignore[return-value]

    def emissions(self, sentences: Sequence[Sequence[str]],
                  extra: Sequence[Sequence[Sequence[str]]] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The state scores of the tokens of non-empty sentences, flat (tokens x labels), and
        each token's position in its sentence: for every token, the same attributes as
        :meth:`Featurizer.sentence` gives the model, summed per label, plus ``extra[s][i]``
        (the stage-2 document features of token i of sentence s) when given."""
        known = self.known
        attr, zero = self._attr, self._zero
        got_all: list[tuple[int, str, bool, str]] = []
        pos: list[int] = []
        # attributes of a token pair or position: (flat token index, attribute row)
        tix: list[int] = []
        aix: list[int] = []
        edge = self._edge_rows
        before, after = self._bigrams["b-="], self._bigrams["b+="]
        matchers = self.featurizer._matchers
        every = self._words([w for words in sentences for w in words])
        for si, words in enumerate(sentences):
            n = len(words)
            off = len(got_all)
            got = every[off:off + n]
            got_all += got
            pos.extend(range(n))
            norms = [g[1] for g in got]
            for k, r in edge(n):
                tix.append(off + k)
                aix.append(r)
            for i in range(n):
                n_i = norms[i]
                d = before.get(norms[i - 1] if i else "BOS")  # b-=BOS|word at the start
                if d is not None:
                    r = d.get(n_i)
                    if r is not None:
                        tix.append(off + i)
                        aix.append(r)
                if i + 1 < n:
                    d = after.get(n_i)
                    if d is not None:
                        r = d.get(norms[i + 1])
                        if r is not None:
                            tix.append(off + i)
                            aix.append(r)
                if got[i][2]:
                    for x in unseen_context(norms, i, known):
                        tix.append(off + i)
                        aix.append(attr.get(x, zero))
            if extra is not None:
                for i, names in enumerate(extra[si]):
                    for x in names:
                        tix.append(off + i)
                        aix.append(attr.get(x, zero))
            bases = [g[3] for g in got]
            for pfx, m in matchers:
                for i, g in enumerate(m.features(bases, pfx, known)):
                    if g:
                        for x in g:
                            tix.append(off + i)
                            aix.append(attr.get(x, zero))
        total = len(got_all)
        ids = np.fromiter((g[0] for g in got_all), dtype=np.intp, count=total)
        p = np.array(pos, dtype=np.intp)
        sc = self._scores
        em = sc[ids, 0].copy()
        if total > 1:
            # a neighbour's row counts only inside the same sentence
            em[1:] += sc[ids[:-1], 2] * (p[1:] >= 1)[:, None]
            em[:-1] += sc[ids[1:], 3] * (p[1:] >= 1)[:, None]
        if total > 2:
            em[2:] += sc[ids[:-2], 1] * (p[2:] >= 2)[:, None]
            em[:-2] += sc[ids[2:], 4] * (p[2:] >= 2)[:, None]
        if tix:
            np.add.at(em, np.array(tix, dtype=np.intp), self._weights[np.array(aix, dtype=np.intp)])
        return em, p

    def _edge_rows(self, n: int) -> list[tuple[int, int]]:
        """(position, attribute row) of the sentence-edge attributes of a sentence of n tokens."""
        r = self._edge
        out = [(0, r["BOS"]), (0, r["-2:PAD"]), (n - 1, r["EOS"]), (n - 1, r["+2:PAD"])]
        if n > 1:
            out += [(1, r["-2:BOS"]), (n - 2, r["+2:EOS"])]
        return out

    # -- decoding ------------------------------------------------------------------------------
    def keys(self, words: Sequence[str]) -> list[str]:
        """:meth:`Featurizer.keys` (the stem without article or clitics) of each word."""
        return [base[2:] if base.startswith("ال") and len(base) > 2 else base
                for _, _, _, base in self._words(list(words))]

    def tag_sentences(self, sentences: Sequence[Sequence[str]],
                      extra: Sequence[Sequence[Sequence[str]]] | None = None) -> list[list[str]]:
        """The best tag path of every sentence (an empty sentence gets no tags); ``extra``:
        more attributes of each token of each sentence (see :meth:`emissions`)."""
        live = [s for s in sentences if s]
        if not live:
            return [[] for _ in sentences]
        if extra is not None:
            extra = [e for s, e in zip(sentences, extra, strict=True) if s]
        flat, pos = self.emissions(live, extra)
        lens = np.array([len(s) for s in live], dtype=np.intp)
        # longest first: at step t the sentences still running are a prefix
        order = np.argsort(-lens, kind="stable")
        rank = np.empty_like(order)
        rank[order] = np.arange(len(order))
        n_sorted = lens[order]
        b, t_max, n_lab = len(live), int(n_sorted[0]), len(self.labels)
        running = np.searchsorted(-n_sorted, -np.arange(t_max), side="left")  # how many longer than t
        em = np.zeros((b, t_max, n_lab))
        em[np.repeat(rank, lens), pos] = flat
        trans = self._trans[None, :, :]
        delta = em[:, 0, :].copy()
        back = np.zeros((b, t_max, n_lab), dtype=np.intp)
        for t in range(1, t_max):
            m = running[t]
            cand = delta[:m, :, None] + trans  # (sentence, previous tag, tag)
            back[:m, t] = cand.argmax(axis=1)
            delta[:m] = cand.max(axis=1) + em[:m, t]
        y = delta.argmax(axis=1)
        path = np.zeros((b, t_max), dtype=np.intp)
        for t in range(t_max - 1, 0, -1):
            m = running[t]
            path[:m, t] = y[:m]
            y[:m] = back[np.arange(m), t, y[:m]]
        path[:, 0] = y
        path = path[rank]
        labels = self.labels
        tags = [[labels[y] for y in row[:n]] for row, n in zip(path.tolist(), lens.tolist(), strict=True)]
        it = iter(tags)
        return [next(it) if s else [] for s in sentences]
