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
        chars, starts, ends = _strip(text, range(len(text)), [i + 1 for i in range(len(text))])
    else:
        # Slow path (rare: presentation forms, ligatures, full-width forms): NFKC per
        # character so every output character knows its source character.
        pieces: list[str] = []
        src_start: list[int] = []
        src_end: list[int] = []
        for i, ch in enumerate(text):
            out = unicodedata.normalize("NFKC", ch) if ord(ch) > 0x7F else ch
            for o in out:
                pieces.append(o)
                src_start.append(i)
                src_end.append(i + 1)
        chars, starts, ends = _strip("".join(pieces), src_start, src_end)
    return Normalized("".join(chars).translate(_TABLE), len(text), tuple(starts), tuple(ends))


def _char_set(pattern: re.Pattern) -> frozenset[str]:
    return frozenset(chr(c) for c in range(0x10000) if pattern.match(chr(c)))


_DELETED = _char_set(_DELETE_RE)
_ATTACHED_SET = _char_set(_ATTACHED_RE)


def _strip(text: str, src_start, src_end) -> tuple[list[str], list[int], list[int]]:
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    deleted, attached = _DELETED, _ATTACHED_SET
    for i, ch in enumerate(text):
        if ch in deleted:
            if ends and ch in attached:
                ends[-1] = src_end[i]  # a mark belongs to the letter before it
            continue
        chars.append(ch)
        starts.append(src_start[i])
        ends.append(src_end[i])
    return chars, starts, ends
