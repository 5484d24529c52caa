"""Tokenisation and clitic segmentation.

Tokens are found on the normalised view (so diacritics and tatweel never split a
word) and mapped back to the original text.  Each Arabic word token is then
segmented into proclitics (و ف ب ل ك س and the article ال, including stacks such
as وبال، فلل، وس), a stem and an optional pronoun enclitic (ه ها هم هما هن ك كم
كما كن ي نا ني), Stanza-style: the token keeps its surface text, the segments
keep their own offsets.

Segmentation is a small scored search, not a morphological analyser: every
analysis allowed by the clitic grammar is scored with a word-frequency table and
a protected vocabulary (lexicon names, trigger words, function words), and the
best one wins.  Safe stacks that end in the article (وال، بال، لل…) are split
even for unknown stems; a lone و/ف/ب/ل/ك or an enclitic is split only when the
remaining stem is better attested than the whole word.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from ..document import Segment, Token
from .normalize import Normalized

TOKEN_RE = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*|[^\w\s]", re.UNICODE)
_ARABIC_RE = re.compile(r"^[\u0621-\u064a\u0671-\u06d3]+$")

# Proclitic stacks: (surface in the normalised word, segment forms).  The article
# after ل is written لل (its alef drops): surface "لل" gives forms ("ل", "ال").
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
_IMPERFECT = "يتنا"


def _stacks() -> list[tuple[str, tuple[str, ...], bool]]:
    """All proclitic stacks as (surface, forms, safe); safe stacks end in the article."""
    out: list[tuple[str, tuple[str, ...], bool]] = []
    for conj in ("",) + _CONJ:
        c = (conj,) if conj else ()
        out.append((conj + "ال", c + ("ال",), True))
        for prep in _PREP:
            if prep == "ل":
                out.append((conj + "لل", c + ("ل", "ال"), True))
            else:
                out.append((conj + prep + "ال", c + (prep, "ال"), True))
            out.append((conj + prep, c + (prep,), False))
        if conj:
            out.append((conj + "س", c + ("س",), False))
            out.append((conj, c, False))
        else:
            out.append(("س", ("س",), False))
    out = [s for s in out if s[0]]
    out.sort(key=lambda s: -len(s[0]))
    return out


STACKS = _stacks()
_BY_SURFACE: dict[str, list[tuple[str, tuple[str, ...], bool]]] = {}
for _st in STACKS:
    _BY_SURFACE.setdefault(_st[0], []).append(_st)
_MAX_SURFACE = max(len(st[0]) for st in STACKS)
_NO_STACK = ("", (), False)


def _stacks_of(w: str) -> list[tuple[str, tuple[str, ...], bool]]:
    """The stacks ``w`` starts with, in the order of ``STACKS`` (longest first), then the
    empty stack: found by looking up ``w``'s prefixes instead of trying every stack."""
    out = []
    for k in range(min(_MAX_SURFACE, len(w)), 0, -1):
        got = _BY_SURFACE.get(w[:k])
        if got:
            out.extend(got)
    out.append(_NO_STACK)
    return out
ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي")
ENCLITICS_NO_H = tuple(e for e in ENCLITICS if e != "ه")  # the word ends in ة: its ه is no pronoun

#: Normalised words never segmented (function words whose first letters look like clitics).
FUNCTION_WORDS = frozenset("""
الي الا الذي التي الذين اللذين اللتين اللذان اللتان اللاتي اللواتي الله اللهم الان
ان انه انها انهم ان لان لانه لكن لكنه لكنها لكي لم لن لا لو لولا لدي لدى له لها لهم لهما
لنا لي لك لكم ليس ليست لقد لما لعل لدن لدينا لديه لديها لديهم بل بلا بين بعد بعض بينما
بعدما بسبب بشان بحسب بدون بها به بهم بي بك بنا كل كلا كما كان كانت كانوا كذلك كيف كي
كلها كله كلما كذا وان وهو وهي وهم ولا ولم ولن وقد وما ومن وفي وعلى والي فان فقد فقط فيه
فيها في فوق فما فمن فهو فهي ما من عن علي على مع هذا هذه ذلك تلك هو هي هم هن نحن انا
انت اي ايضا حيث حتى ثم او ام اذا اذ قد قبل عند منذ خلال ضد نحو دون غير سوى سوف هنا هناك هنالك
الاف
""".split())  # (الاف is آلاف "thousands", not ال + اف)

#: Short stems that are real words even though they are only two letters long.
_SHORT_STEMS = frozenset("يد دم اب ام اخ ان من عن شن".split())  # (وشن: و + شن "launched")


class Analysis(NamedTuple):
    """A word's clitic analysis.  A tuple of tuples of strings and ints, so the cyclic
    garbage collector stops tracking the cached ones (a long run caches tens of thousands)."""

    pre: tuple[tuple[int, int, str], ...]  # (offset, length, form) inside the word
    stem: tuple[int, int, str]
    suf: tuple[int, int, str] | None


_THIRD_PERSON = frozenset({"ه", "ها", "هم", "هما", "هن"})


@dataclass
class Segmenter:
    """Clitic segmenter scored by a word-frequency table and a protected vocabulary."""

    freq: Mapping[str, int] = field(default_factory=dict)
    protected: frozenset[str] = frozenset()
    #: event nouns that take clitics on both sides even when rare (باغتصابها = ب + اغتصاب + ها)
    open_stems: frozenset[str] = frozenset()
    #: words that begin with the letters of the article but are verbs (التقى "met", التزم):
    #: the article never comes off them
    whole: frozenset[str] = frozenset()
    cache_size: int = 150_000  # distinct words kept (about 20 MB); a long batch run stays bounded
    _cache: dict[str, Analysis] = field(default_factory=dict, repr=False)

    def analyse(self, word: str, ta_marbuta: bool = False) -> Analysis:
        """Segment a normalised word; ``ta_marbuta``: the original ends in ة, so a final
        ه is not the pronoun enclitic (رحلة is not رحل + ه)."""
        key = word + "\x00" if ta_marbuta else word
        got = self._cache.get(key)
        if got is None:
            got = self._analyse(word, ENCLITICS_NO_H if ta_marbuta else ENCLITICS)
            if len(self._cache) >= self.cache_size:
                self._cache.clear()
            self._cache[key] = got
        return got

    def _freq(self, word: str) -> float:
        if word in FUNCTION_WORDS:
            return 1000.0
        return float(self.freq.get(word, 0))

    def _analyse(self, w: str, enclitics: tuple[str, ...] = ENCLITICS) -> Analysis:
        """Score every analysis the clitic grammar allows; corpus frequency is the main
        evidence, membership in the protected vocabulary a weaker one (so a name such as
        أبها does not turn بابها into ب + أبها)."""
        whole = Analysis((), (0, len(w), w), None)
        if len(w) <= 2 or w in FUNCTION_WORDS or not _ARABIC_RE.match(w) or w in self.whole:
            return whole
        if w in self.protected:
            # a lexicon name or trigger word keeps its letters (المانيا), but a plain article
            # still comes off when the rest is a known word (الهجوم = ال + هجوم)
            rest = w[2:]
            if w.startswith("ال") and len(rest) >= 3 and (rest in self.protected or self._freq(rest) >= 2):
                return Analysis(((0, 2, "ال"),), (2, len(rest), rest), None)
            return whole
        w_freq = self._freq(w)
        best, best_score = whole, -1.0
        for surface, forms, safe in _stacks_of(w):
            rest = w[len(surface):]
            if len(rest) < 2 or (len(rest) == 2 and rest not in _SHORT_STEMS and not safe):
                continue
            if forms and forms[-1] == "س" and rest[0] not in _IMPERFECT:
                continue
            for stem, suf in self._with_enclitic(rest, enclitics):
                if not forms and not suf:
                    continue
                if suf and "ال" in forms:
                    continue  # the article and a pronoun suffix never go together (القتلى)
                if forms and forms[-1] == "ال" and ("ال" + stem) in self.whole:
                    continue  # والتقى is و + التقى (met), not و + ال + تقى
                stem_form = stem
                if suf and stem.endswith("ت") and self._freq(stem[:-1] + "ه") >= 3:
                    stem_form = stem[:-1] + "ه"  # قيادتها -> قياده + ها
                elif suf and stem[-1:] in ("ئ", "ؤ") and (stem[:-1] + "ء") in self.open_stems:
                    stem_form = stem[:-1] + "ء"  # لقائه -> لقاء + ه (the hamza changes its seat)
                k = self._freq(stem_form)
                prot = stem_form in self.protected
                if forms and forms[-1] == "ال":
                    k = max(k, self._freq("ال" + stem_form))
                    prot = prot or ("ال" + stem_form) in self.protected
                if safe and not suf:
                    # an article stack is reliable even for unknown stems, unless the
                    # whole word is itself common (الاف "thousands" is not ال + اف)
                    ok = k > 0 or prot or w_freq < 5
                elif forms in (("و",), ("ف",)) and not suf:
                    # و + a lexicon name or trigger/cue verb is the conjunction (وأضاف، وقطر)
                    ok = (k >= 3 and k >= 0.1 * w_freq) or prot
                else:
                    ok = k >= max(3.0, w_freq) or (prot and w_freq < 3 and (not suf or (stem_form in self.open_stems and suf in _THIRD_PERSON)))
                if not ok:
                    continue
                # the preposition ك is rare: on a tie وكان is و + كان, not و + ك + ان
                score = (math.log1p(min(k, 1000.0)) + (1.5 if prot else 0.0) + (0.5 if safe else 0.0)
                         + 0.01 * len(forms) - (0.5 if suf else 0.0) - (0.2 if "ك" in forms else 0.0))
                if score > best_score:
                    best_score = score
                    best = self._build(forms, surface, stem_form, len(stem), suf, w)
        return best

    @staticmethod
    def _with_enclitic(rest: str, enclitics: tuple[str, ...]):
        yield rest, ""
        for suf in enclitics:
            if rest.endswith(suf) and len(rest) - len(suf) >= 3:
                yield rest[: -len(suf)], suf

    @staticmethod
    def _build(forms, surface, stem_form, stem_len, suf, w) -> Analysis:
        pre: list[tuple[int, int, str]] = []
        pos = 0
        if surface.endswith("لل") and forms[-2:] == ("ل", "ال"):
            for f in forms[:-2]:
                pre.append((pos, 1, f))
                pos += 1
            pre.append((pos, 1, "ل"))
            pre.append((pos + 1, 1, "ال"))
            pos += 2
        else:
            for f in forms:
                pre.append((pos, len(f), f))
                pos += len(f)
        stem = (pos, stem_len, stem_form)
        sfx = (pos + stem_len, len(suf), suf) if suf else None
        return Analysis(tuple(pre), stem, sfx)


def _ends_with_ta(text: str, s0: int, e0: int) -> bool:
    """Whether the token's last letter (diacritics ignored) is ة."""
    k = e0 - 1
    while k > s0 and not text[k].isalpha():
        k -= 1
    return text[k] == "ة"


def tokenize(text: str, view: Normalized, segmenter: Segmenter, *, sent: int = 0,
             start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``view.text[start:end]`` with segments, offsets into ``text``."""
    out: list[Token] = []
    vt = view.text
    # view.span inlined for tokens (never empty): view [x, y) comes from starts[x]:ends[y - 1]
    # of the source, or from x:y when the view is aligned to it
    starts, ends = view.starts, view.ends
    analyse = segmenter.analyse
    span = view.span
    for m in TOKEN_RE.finditer(vt, start, len(vt) if end is None else end):
        a, b = m.span()
        word = m.group()
        if starts is None:
            s0, e0 = a, b
        else:
            s0, e0 = starts[a], ends[b - 1]  # type: ignore[index]
        an = None
        if word[0].isalpha():
            last = text[e0 - 1] if e0 > s0 else ""
            an = analyse(word, last == "ة" or (word[-1] == "ه" and _ends_with_ta(text, s0, e0)))
        if an is None or (not an.pre and an.suf is None):
            segs = [Segment(s0, e0, word, "stem")]
        elif starts is None:
            segs = [Segment(a + off, a + off + ln, form, "pre") for off, ln, form in an.pre]
            off, ln, form = an.stem
            segs.append(Segment(a + off, a + off + ln, form, "stem"))
            if an.suf:
                off, ln, form = an.suf
                segs.append(Segment(a + off, a + off + ln, form, "suf"))
        else:
            segs = [Segment(*span(a + off, a + off + ln), form, "pre") for off, ln, form in an.pre]
            off, ln, form = an.stem
            segs.append(Segment(*span(a + off, a + off + ln), form, "stem"))
            if an.suf:
                off, ln, form = an.suf
                segs.append(Segment(*span(a + off, a + off + ln), form, "suf"))
        out.append(Token(s0, e0, text[s0:e0], word, segs, sent))
    return out
