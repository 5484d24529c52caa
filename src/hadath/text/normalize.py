"""Arabic normalisation for matching, with an offset map back to the original text.

The original article is never changed.  :func:`normalize` returns a
:class:`Normalized` view whose ``text`` is used for matching (lexicons, triggers,
time expressions) and whose :meth:`Normalized.span` maps any span of the view
back to ``(start, end)`` in the original string.

What is normalised:

* Unicode NFKC (Arabic presentation forms and ligatures become plain letters);
* alef with hamza/madda and wasla (أ إ آ ٱ) -> ا; alef maqsura ى -> ي;
  ta marbuta ة -> ه; Persian yeh/kaf (ی ک) -> ي ك;
* diacritics (harakat, tanwin, shadda, sukun, superscript alef, Quranic marks) and
  tatweel ـ are removed;
* zero-width and bidi control characters are removed;
* Eastern Arabic and Persian digits -> ASCII digits; Latin letters are lower-cased.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

# Characters removed from the view.  Combining marks and tatweel are "attached":
# they belong to the letter before them (a span ending on that letter covers them).
_ATTACHED = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640"
)
_INVISIBLE = "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c\u00ad"
_DELETE_RE = re.compile(f"[{_ATTACHED}{_INVISIBLE}]")
_ATTACHED_RE = re.compile(f"[{_ATTACHED}]")

_TABLE: dict[int, str | None] = {}
for _c in "أإآٱ":
    _TABLE[ord(_c)] = "ا"
_TABLE[ord("ى")] = "ي"
_TABLE[ord("ة")] = "ه"
_TABLE[ord("ی")] = "ي"
_TABLE[ord("ک")] = "ك"
_TABLE[ord("ۀ")] = "ه"
_TABLE[ord("ە")] = "ه"
for _i, _c in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _TABLE[ord(_c)] = str(_i)
for _i, _c in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _TABLE[ord(_c)] = str(_i)
for _i in range(26):
    _TABLE[ord("A") + _i] = chr(ord("a") + _i)
_TABLE[ord("\u066b")] = "."  # Arabic decimal separator
_TABLE[ord("\u066c")] = ","  # Arabic thousands separator
_TABLE[ord("\u00a0")] = " "  # no-break space


def normalize_str(text: str) -> str:
    """Normalise a short string (a lexicon entry, a query) without keeping offsets."""
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return _DELETE_RE.sub("", text).translate(_TABLE)


def normalize_key(text: str) -> str:
    """Normalised form with runs of whitespace folded to one space and trimmed."""
    return " ".join(normalize_str(text).split())


@dataclass(slots=True, frozen=True)
class Normalized:
    """A normalised view of ``source`` with a map back to it.

    ``starts[i]``/``ends[i]`` are the original span of view character ``i``; both are
    ``None`` when the view is character-for-character aligned with the source.
    """

    text: str
    source_len: int
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the view span ``[start, end)``."""
        if self.starts is None:
            return start, end
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else self.source_len
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def to_source(self, index: int) -> int:
        """Original index of view index ``index`` (``len(view)`` maps to the source end)."""
        if self.starts is None:
            return index
        return self.starts[index] if index < len(self.starts) else self.source_len


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching and keep the map back to it (see module docs)."""
    if unicodedata.is_normalized("NFKC", text):
        if not _DELETE_RE.search(text):
            return Normalized(text.translate(_TABLE), len(text))
        view, starts, ends = _strip_runs(text)
        return Normalized(view.translate(_TABLE), len(text), tuple(starts), tuple(ends))
    # Slow path (presentation forms, ligatures, full-width forms): NFKC per character
    # so every output character knows its source character.  Only the characters that
    # NFKC changes are handled one by one; the runs between them are copied whole.
    pieces: list[str] = []
    src_start: list[int] = []
    src_end: list[int] = []
    prev = 0
    for m in _nfkc_changing_re().finditer(text):
        a = m.start()
        if a > prev:
            pieces.append(text[prev:a])
            src_start.extend(range(prev, a))
            src_end.extend(range(prev + 1, a + 1))
        out = unicodedata.normalize("NFKC", m.group())
        pieces.append(out)
        src_start.extend([a] * len(out))
        src_end.extend([a + 1] * len(out))
        prev = a + 1
    if prev < len(text):
        pieces.append(text[prev:])
        src_start.extend(range(prev, len(text)))
        src_end.extend(range(prev + 1, len(text) + 1))
    view, starts, ends = _strip_runs("".join(pieces), src_start, src_end)
    return Normalized(view.translate(_TABLE), len(text), tuple(starts), tuple(ends))


@functools.cache
def _nfkc_changing_re() -> re.Pattern:
    """One character that NFKC changes when normalised on its own (any astral one too)."""
    bmp = [chr(c) for c in range(0x80, 0x10000)
           if not 0xD800 <= c <= 0xDFFF and unicodedata.normalize("NFKC", chr(c)) != chr(c)]
    return re.compile("[" + "".join(re.escape(c) for c in bmp) + "\U00010000-\U0010ffff]")


def _char_set(pattern: re.Pattern) -> frozenset[str]:
    return frozenset(pattern.findall("".join(map(chr, range(0x10000)))))


_DELETED = _char_set(_DELETE_RE)
_ATTACHED_SET = _char_set(_ATTACHED_RE)


_DELETE_RUN_RE = re.compile(f"[{_ATTACHED}{_INVISIBLE}]+")


def _strip_runs(text: str, src_start: list[int] | None = None, src_end: list[int] | None = None
                ) -> tuple[str, list[int], list[int]]:
    """Remove the deleted characters of ``text`` (whose character ``i`` comes from the
    source span ``src_start[i]:src_end[i]``; ``None``: from ``i:i + 1``), keeping the
    map.  The kept runs between deletions are copied in bulk: the same result as a
    loop over every character at a fraction of its cost."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    attached = _ATTACHED_SET
    prev = 0
    n = len(text)
    for m in _DELETE_RUN_RE.finditer(text):
        a, b = m.span()
        if a > prev:
            pieces.append(text[prev:a])
            if src_start is None:
                starts.extend(range(prev, a))
                ends.extend(range(prev + 1, a + 1))
            else:
                starts.extend(src_start[prev:a])
                ends.extend(src_end[prev:a])  # type: ignore[index]
        if ends:  # a mark belongs to the letter before it: extend it to the run's last mark
            for k in range(b - 1, a - 1, -1):
                if text[k] in attached:
                    ends[-1] = k + 1 if src_end is None else src_end[k]
                    break
        prev = b
    if prev < n:
        pieces.append(text[prev:])
        if src_start is None:
            starts.extend(range(prev, n))
            ends.extend(range(prev + 1, n + 1))
        else:
            starts.extend(src_start[prev:])
            ends.extend(src_end[prev:])  # type: ignore[index]
    return "".join(pieces), starts, ends
