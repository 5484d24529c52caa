"""The ``text`` stage: normalised view, sentences, tokens with clitic segments."""

from __future__ import annotations

from ..config import Config
from ..document import Document, Sentence
from ..resources import Resources
from .normalize import normalize
from .sentences import is_dateline, split_sentences
from .tokenize import tokenize


def make(config: Config, resources: Resources):
    segmenter = resources.segmenter

    def text_stage(doc: Document) -> Document:
        view = normalize(doc.text)
        doc.scratch["view"] = view
        tokens = []
        sentences = []
        # sentence boundaries are found on the original text; the view is aligned to it,
        # so map each sentence to the view by searching the offset map
        inverse = _inverse(view)
        for i, (a, b) in enumerate(split_sentences(doc.text)):
            va, vb = inverse(a), inverse(b)
            toks = tokenize(doc.text, view, segmenter, sent=i, start=va, end=vb)
            sentences.append(Sentence(a, b, len(tokens), len(tokens) + len(toks)))
            tokens.extend(toks)
        if sentences:
            s0 = sentences[0]
            own_line = "\n" in doc.text[s0.end:s0.end + 2] or len(sentences) == 1
            if len(sentences) > 1 and is_dateline(doc.text, (s0.start, s0.end), own_line):
                s0.kind = "dateline"
                doc.meta.setdefault("dateline", doc.text[s0.start:s0.end])
        doc.sentences = sentences
        doc.tokens = tokens
        return doc

    return text_stage


def _inverse(view):
    """Map an original offset to the first view index at or after it."""
    if view.starts is None:
        return lambda i: i
    import bisect

    starts = view.starts

    def inv(i: int) -> int:
        return bisect.bisect_left(starts, i)

    return inv
