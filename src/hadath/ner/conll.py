"""CoNLL files: reading, tagging and conlleval-style chunk scoring (``hadath tag``).

A CoNLL file has one token per line (the first whitespace-separated column is the
token, other columns are ignored; with gold tags the *last* column is the BIO tag)
and a blank line between sentences.  Scoring follows ``conlleval``: a chunk starts
at ``B-X``, or at ``I-X`` after ``O`` or after a chunk of another type, and a chunk
is correct only when its type and both boundaries match the gold chunk.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

from ..errors import InputError

Sentence = list[tuple[str, str | None]]


def read_conll(path: str | Path, *, with_tags: bool = False) -> list[Sentence]:
    """Sentences of ``path`` as lists of ``(token, tag)``; ``tag`` is ``None`` unless
    ``with_tags`` (then it is the last column, ``O`` when a line has a single column)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"CoNLL file not found: {path}",
                         hint="give the path of a file with one token per line") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a directory, not a CoNLL file",
                         hint="give the path of a file with one token per line") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not valid UTF-8 ({exc.reason} at byte {exc.start})",
                         hint="convert it first, e.g. `iconv -f cp1256 -t utf-8 FILE > FILE.utf8`") from None
    sents: list[Sentence] = []
    cur: Sentence = []
    for line in text.splitlines():
        cols = line.split()
        if not cols:
            if cur:
                sents.append(cur)
                cur = []
            continue
        if with_tags:
            tag = cols[-1] if len(cols) > 1 else "O"
            cur.append((cols[0], tag))
        else:
            cur.append((cols[0], None))
    if cur:
        sents.append(cur)
    if not sents:
        raise InputError(f"{path} holds no tokens",
                         hint="a CoNLL file has one token per line and a blank line between sentences")
    return sents


# -- conlleval chunking ----------------------------------------------------------------------

def _split(tag: str) -> tuple[str, str]:
    if tag == "O" or not tag or tag in (".", "-X-"):
        return "O", ""
    if len(tag) > 2 and tag[1] in "-_" and tag[0] in "BIESU":
        return tag[0], tag[2:]
    return "B", tag  # a bare type is a one-token chunk, as in conlleval -r


def _end_of_chunk(prev_tag: str, tag: str, prev_type: str, typ: str) -> bool:
    if prev_tag in ("E", "S", "U"):
        return True
    if prev_tag == "B" and tag in ("B", "O", "S", "U"):
        return True
    if prev_tag == "I" and tag in ("B", "O", "S", "U"):
        return True
    return prev_tag != "O" and prev_type != typ


def _start_of_chunk(prev_tag: str, tag: str, prev_type: str, typ: str) -> bool:
    if tag in ("B", "S", "U"):
        return True
    if prev_tag in ("E", "S", "U", "O") and tag in ("E", "I"):
        return True
    return tag != "O" and prev_type != typ


def chunks(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """conlleval chunks of one sentence as ``(first, last_exclusive, type)``."""
    out: set[tuple[int, int, str]] = set()
    prev_tag, prev_type, start = "O", "", -1
    for i, t in enumerate(list(tags) + ["O"]):
        tag, typ = _split(t)
        if start >= 0 and _end_of_chunk(prev_tag, tag, prev_type, typ):
            out.add((start, i, prev_type))
            start = -1
        if _start_of_chunk(prev_tag, tag, prev_type, typ):
            start = i
        prev_tag, prev_type = tag, typ
    return out


def score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> dict:
    """Chunk-level micro precision/recall/F1 over sentences, plus per type (conlleval)."""
    from collections import Counter

    tp: Counter = Counter()
    n_gold: Counter = Counter()
    n_pred: Counter = Counter()
    tokens = correct_tokens = 0
    for g, p in zip(gold, pred, strict=True):
        if len(g) != len(p):
            raise ValueError("gold and predicted sentences differ in length")
        gc, pc = chunks(g), chunks(p)
        for c in gc:
            n_gold[c[2]] += 1
        for c in pc:
            n_pred[c[2]] += 1
        for c in gc & pc:
            tp[c[2]] += 1
        tokens += len(g)
        correct_tokens += sum(a == b for a, b in zip(g, p, strict=False))

    def prf(t: int, ng: int, np_: int) -> dict:
        p = t / np_ if np_ else 0.0
        r = t / ng if ng else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": p, "recall": r, "f1": f, "gold": ng, "predicted": np_, "correct": t}

    per_type = {t: prf(tp[t], n_gold[t], n_pred[t]) for t in sorted(set(n_gold) | set(n_pred))}
    overall = prf(sum(tp.values()), sum(n_gold.values()), sum(n_pred.values()))
    overall["per_type"] = per_type
    overall["tokens"] = tokens
    overall["accuracy"] = correct_tokens / tokens if tokens else 0.0
    return overall


def format_report(res: dict) -> str:
    """The report as conlleval prints it (percentages, two decimals)."""
    lines = [
        f"processed {res['tokens']} tokens with {res['gold']} phrases; "
        f"found: {res['predicted']} phrases; correct: {res['correct']}.",
        f"accuracy: {100 * res['accuracy']:6.2f}%; precision: {100 * res['precision']:6.2f}%; "
        f"recall: {100 * res['recall']:6.2f}%; FB1: {100 * res['f1']:6.2f}",
    ]
    for t, r in res["per_type"].items():
        lines.append(f"{t:>17}: precision: {100 * r['precision']:6.2f}%; recall: {100 * r['recall']:6.2f}%; "
                     f"FB1: {100 * r['f1']:6.2f}  {r['predicted']}")
    return "\n".join(lines)


def run(path: str, *, evaluate: bool = False, out: TextIO | None = None, tagger=None) -> dict | None:
    """Tag the CoNLL file ``path`` (its sentences in order, as one stream: see
    :meth:`hadath.ner.NerTagger.tag_document`).

    Without ``evaluate``: write ``TOKEN<TAB>TAG`` lines to ``out`` (blank line between
    sentences) and return ``None``.  With ``evaluate``: the last column of the file is
    the gold tag; print a conlleval-style report to ``out`` and return
    ``{"precision", "recall", "f1", "per_type": {TYPE: {...}}}`` (fractions, not %).
    """
    out = out or sys.stdout
    sents = read_conll(path, with_tags=evaluate)
    if tagger is None:
        from .model import NerTagger

        tagger = NerTagger.load()
    # the whole file is one stream of sentences: a two-stage model looks at a word's tags
    # in the neighbouring sentences (which in news files come from the same article)
    words = [[w for w, _ in s] for s in sents]
    if hasattr(tagger, "tag_document"):
        preds = tagger.tag_document(words)
    else:
        preds = [tagger.tag(ws) for ws in words]
    if not evaluate:
        for s, tags in zip(sents, preds, strict=False):
            for (w, _), t in zip(s, tags, strict=False):
                out.write(f"{w}\t{t}\n")
            out.write("\n")
        return None
    res = score([[t for _, t in s] for s in sents], preds)
    out.write(format_report(res) + "\n")
    return {
        "precision": res["precision"], "recall": res["recall"], "f1": res["f1"],
        "per_type": {t: {k: r[k] for k in ("precision", "recall", "f1", "gold", "predicted", "correct")}
                     for t, r in res["per_type"].items()},
        "gold": res["gold"], "predicted": res["predicted"], "correct": res["correct"],
        "tokens": res["tokens"], "accuracy": res["accuracy"],
    }
