"""Sentence splitting for Arabic news text.

Rules, in order:

* a line break always ends a sentence (paragraphs, headlines, a dateline alone on
  its line such as ``واشنطن``);
* ``.`` ``!`` ``?`` ``؟`` ``…`` end a sentence when followed by white space (or a
  closing quote and white space) and we are not inside a quotation, so
  ``وقال: «... انتهى. وسنواصل».`` stays one sentence with its speaker;
* ``؛`` (Arabic semicolon) and ``،`` (comma) never end a sentence;
* a period after a single letter (``د.``, ``م.``) or between digits is not an end;
* a dateline at the start of an article (``الرياض - واس:``, ``القاهرة (رويترز) -``)
  becomes a sentence of its own so that the place is not read as a subject.
"""

from __future__ import annotations

import re

_OPEN = {"«": "»", "“": "”", "„": "”", "‹": "›", "﴾": "﴿"}
_CLOSE = {v: k for k, v in _OPEN.items()}
_ENDERS = ".!?؟…"
#: the characters the splitter acts on (line break, quotes, sentence enders)
_SPECIAL_RE = re.compile("[" + re.escape("\n\"" + "".join(_OPEN) + "".join(_CLOSE) + _ENDERS) + "]")
_W = r"[^\s\d.،,:()\-–—]{2,}"
_PLACE = rf"{_W}(?:\s{_W}){{0,2}}(?:\s*[،,]\s*{_W}(?:\s{_W}){{0,3}})?"
# القاهرة - رويترز:   الرياض - واس:   دبي، الإمارات العربية المتحدة (CNN)--
_DATELINE_RE = re.compile(
    rf"^\s*(?P<place>{_PLACE})\s*(?:[(（][^()\n]{{1,40}}[)）]\s*)?(?:--?|[–—])\s*"
    r"(?:[^\s:()\-–—]{1,25}(?:\s[^\s:()\-–—]{1,25})?\s*[:\-–—]\s*)?"
)
_DATELINE_AGENCY_RE = re.compile(rf"^\s*{_PLACE}\s*[(（][^()\n]{{1,40}}[)）]\s*(?:--?|[–—:])?")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence in ``text`` (white space trimmed)."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    depth: list[str] = []
    straight_open = False
    i = 0
    find = _SPECIAL_RE.search
    while i < n:
        m = find(text, i)  # every other character leaves the state unchanged: skip to the next one
        if m is None:
            break
        i = m.start()
        ch = text[i]
        if ch == "\n":
            _emit(text, start, i, spans)
            start, depth, straight_open = i + 1, [], False
        elif ch in _OPEN:
            depth.append(_OPEN[ch])
        elif ch in _CLOSE:
            if depth and depth[-1] == ch:
                depth.pop()
            elif depth:
                depth.clear()
        elif ch == '"':
            straight_open = not straight_open
        elif ch in _ENDERS and not depth and not straight_open:
            j = i + 1
            while j < n and text[j] in _ENDERS:
                j += 1
            while j < n and (text[j] in _CLOSE or text[j] == '"'):
                j += 1
            if (j >= n or text[j].isspace()) and not _is_abbreviation(text, i):
                _emit(text, start, j, spans)
                start = j
                i = j
                continue
        i += 1
    _emit(text, start, n, spans)
    return _split_dateline(text, spans)


def _emit(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        spans.append((a, b))


def _is_abbreviation(text: str, i: int) -> bool:
    if text[i] != ".":
        return False
    # a single letter before the period (د. محمد، أ. ف. ب.)
    j = i - 1
    if j >= 0 and text[j].isalpha() and (j == 0 or not text[j - 1].isalpha()):
        return True
    return False


def _split_dateline(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split a leading dateline (``الرياض - واس:``) off the first sentence."""
    if not spans:
        return spans
    a, b = spans[0]
    m = _DATELINE_AGENCY_RE.match(text, a, b) or _DATELINE_RE.match(text, a, b)
    if not m:
        return spans
    head = text[a:m.end()]
    if len(head.strip()) > 80 or m.end() >= b - 3:
        return spans
    # the head must end in a dash, colon or an agency in brackets to be a dateline
    if not re.search(r"[-–—:)）]\s*$", head):
        return spans
    cut = m.end()
    out: list[tuple[int, int]] = []
    _emit(text, a, cut, out)
    _emit(text, cut, b, out)
    return out + spans[1:]


def is_dateline(text: str, span: tuple[int, int], first_line: bool) -> bool:
    """Whether the article's first sentence is a dateline (``واشنطن``, ``الرياض - واس:``)."""
    a, b = span
    seg = text[a:b]
    if len(seg) > 80:
        return False
    m = _DATELINE_AGENCY_RE.match(seg) or _DATELINE_RE.match(seg)
    if m and m.end() >= len(seg.rstrip()) - 1:
        return True
    # a short line of its own with no punctuation: واشنطن
    return first_line and len(seg.split()) <= 3 and not re.search(r"[.!?؟،:]", seg)


def dateline_place(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The place part of a dateline sentence, if ``span`` looks like one."""
    a, b = span
    seg = text[a:b]
    if len(seg) > 60:
        return None
    m = re.match(r"\s*([^\s\d.،:()\-–—]{2,}(?:\s[^\s\d.،:()\-–—]{2,}){0,2})", seg)
    if not m:
        return None
    return a + m.start(1), a + m.end(1)
