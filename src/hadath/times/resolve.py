"""Find time expressions in the normalised view and resolve them against the publication date.

Two passes over one article:

1. every family pattern (see :mod:`hadath.times.grammar`) proposes candidates; a
   candidate that fails its local checks (an ambiguous month without a cue, العام
   in الأمين العام, a 4-digit quantity...) is dropped; of overlapping candidates the
   longest wins;
2. the survivors are resolved in text order, so that anaphoric expressions (في ذلك
   اليوم، حينها، غداة) can use the times resolved before them.

Resolution rules (the ones the guidelines leave open are marked *rule*):

* weekdays: the most recent such day on or before publication; المقبل/القادم = the next
  one after it, الماضي = the last one before it; *rule*: after a future cue in the
  same sentence (سـ + verb, سوف، من المقرر، يعتزم، ابتداء من...), the next one on or
  after publication; اليوم/أمس/غدا + weekday = that weekday nearest to the day named.
* *rule* the news day: the first weekday or date of the article that falls on the
  publication date or the day before it is the article's "today" (wire copy
  written one day and published the next); اليوم، أمس، غدا، الليلة are counted from it.
  اليوم inside a quotation is the day of the most recent day-precise time before it
  (the day the words were said).
  The future cue is cancelled by a relative clause or a past auxiliary between it and
  the time (الذي، التي، كان، قد).
* months without a year: the most recent such month on or before publication;
  المقبل/القادم = after it, الماضي = before it, الجاري/الحالي = this year; *rule*: after
  a future cue, the next one on or after publication.  Day + month the same, by day;
  *rule*: a day + month up to 31 days after publication is that coming day (an
  announced date), not the one eleven months back.
* anaphora: في ذلك اليوم / في نفس اليوم = the day of the most recent day-precise time
  before it; حينها، آنذاك، في ذلك الوقت = the most recent time (any precision); في ذلك
  العام = its year.  "now" words (اليوم، الآن) are never antecedents.
* now: الآن، حاليا، حتى الآن، للتو = the publication date (inside a quotation: the day
  of the sentence, when it names one).
* *rule* weeks: الأسبوع الماضي/المقبل/الجاري = the month (YYYY-MM) of the day seven
  days before/after/at publication; "قبل أسبوعين" likewise (week counts are month
  precision); days are day precision; months month precision; years year precision.
* *rule* vague spans (الأيام الماضية، الأسابيع المقبلة، الأشهر الأخيرة، قبل أيام):
  the finest value that contains the whole span (days: 7, weeks: 28, months: 90 days
  from publication; "قبل أيام" = 2-7 days) - a month or a year.
* *rule* hours (قبل ساعات، خلال الساعات الماضية، الساعة 11:19) and short durations
  told relative to another event (بعد أيام من، قبل أسبوعين من، غداة): the day of the
  most recent day-precise time in the sentence, else the news day.
* *rule* seasons: year precision (صيف 2019 = 2019); winter belongs to the year of its
  January; الماضي = the last season that ended before the publication month.
* *rule* ranges: value = start, end_value = end, at the precision written.
* Hijri dates: converted with hijridate; a Hijri month alone is the Gregorian month of
  its first day; a Hijri year is the Gregorian year of its 1 Muharram (end_value: the
  year of its last day); *rule*: without a year, the occurrence nearest to publication
  (Islamic months and feasts are mostly written about around them) unless
  الماضي/المقبل/الجاري or منذ.
* feasts (timewords.tsv): the occurrence nearest to publication, day precision; after
  عطلة/إجازة/أيام the month.  Named periods (الربيع العربي) only after a temporal cue.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from ..document import Time
from ..text.normalize import Normalized
from . import calendar as cal
from .grammar import (
    CUR_MODS,
    DURATION_UNITS,
    FAMILIES,
    GENERAL_HEADS,
    HOUR_WORDS,
    MARGINS,
    NEXT_MODS,
    PAST_MODS,
    PERIOD_PLURALS,
    POSITIONS,
    SEASONS,
    UNIT_NOUNS,
    VAGUE,
    WEEKDAYS,
    Grammar,
    is_future_verb,
    parse_number,
    parse_ordinal,
)

_PAST = frozenset(PAST_MODS) | {"الاخير", "الاخيره", "الاخيرين", "الماضيين"}
_NEXT = frozenset(NEXT_MODS) | {"المقبلين", "القادمين"}
_CUR = frozenset(CUR_MODS)
_POSITIONS = frozenset(POSITIONS)
_COMPARATIVES = frozenset("اكثر اقل ازيد اكبر اعلي ادني ابعد اقرب اطول اقصر".split())
_NOT_TODAY_NEXT = frozenset(
    "الاول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الاخير الوطني العالمي "
    "الدولي الذي التي السابق التالي الموالي نفسه ذاته المشهود الموعود المحدد المقرر العربي "
    "الاسلامي المفتوح الدراسي الختامي الاخيره الاولي الطويل الاسود الدامي الحاسم المنتظر".split())
_NOT_TODAY_PREV = frozenset(
    "روسيا المصري اخبار صحيفه جريده قناه موقع برنامج وكاله تلفزيون اذاعه مثل في".split())
_NOT_TONIGHT_NEXT = frozenset("التي الذي الاولي الاخيره الثانيه نفسها ذاتها الماضيه المقبله".split())
_NOT_SEASON_NEXT = frozenset("العربي الاول الثاني الاخر الديمقراطي السوري الكردي".split())
_ERA_CUES = re.compile(
    r"(?:^|[\s(])[وف]?(?:مع|منذ|قبل|بعد|ابان|خلال|اثناء|عقب|اعقاب|اندلاع|بدايه|بدء|مطلع|عشيه"
    r"|قبيل|بعيد|حتي|زمن|وقت|عهد|انطلاق|انطلاقه|اثر|ايام|فتره|مرحله|قبل\s+اندلاع|بعد\s+اندلاع)"
    r"[\s]*$")
_WEEKDAY_NOT_PREV = {"احد": frozenset({"عبد", "الواحد"}), "جمعه": frozenset({"خطب", "خطباء"}),
                     "اثنين": frozenset({"بين", "كلا", "هذين", "هذان", "هاتين", "كلتا", "ان"})}
_WEEKDAY_NOT_NEXT = {"احد": frozenset({"عشر", "عشره", "منهم", "منهما", "منها"}),
                     "اثنين": frozenset({"معا", "منهما", "منهم", "الاخرين", "اللذين", "اللذان"})}
_FRACTIONS = frozenset("النصف الربع الثلث الشطر العشر العشره الاسبوع الاسبوعين".split())
_PERIOD_LEADS = frozenset("عطله اجازه عطلات اجازات احتفالات ايام".split())
_GAP_MERGE = re.compile(r"^[ \t]*[,،]?[ \t]*(?:الموافق[ \t]*(?:ل)?[ \t]*)?$")
_WORD_BEFORE = re.compile(r"([\w%]+)[ \t]*$")
_WORD_AFTER = re.compile(r"[ \t]+([\w%]+)")
_WORD = re.compile(r"\w+")
_BLOCK_FUTURE = re.compile(r"(?<!\w)[وف]?(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|كان|كانت|قد)(?!\w)")
_DIGITS = re.compile(r"\d+")
_MARGINS = [MARGINS[f] for f in FAMILIES]
_YEAR_MASK = 1 << FAMILIES.index("year")
_HYEAR_MASK = _YEAR_MASK | 1 << FAMILIES.index("hyear")
_NUMDATE_MASK = 1 << FAMILIES.index("numdate")
_CLOCK_MASK = 1 << FAMILIES.index("clock")
_PERIOD_MASK = 1 << FAMILIES.index("period")
_DATE_SEPS = frozenset("/.-")
_CLOCK_SEPS = frozenset(":.,")
_ARTICLE = re.compile(r"^(?:[بلك]?ال|لل)")


@cache
def _bits(mask: int) -> tuple[int, ...]:
    """Indices of the set bits of a family mask."""
    return tuple(i for i in range(len(FAMILIES)) if mask >> i & 1)


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


#: *rule*: a day + month without a year up to this many days after publication is upcoming
NEAR_FUTURE_DAYS = 31
#: kinds of resolved times that later anaphora (في ذلك اليوم، حينها) may point back to
_NOT_ANTECEDENT_RELS = frozenset({"now", "today", "tonight"})


@dataclass(slots=True)
class Cand:
    start: int  # view offsets
    end: int
    family: str
    m: re.Match | None
    data: dict = field(default_factory=dict)


@dataclass(slots=True)
class Done:
    start: int
    value: str
    kind: str
    antecedent: bool = True  # may be pointed back to by في ذلك اليوم، حينها


class Finder:
    """Finds and resolves the time expressions of one text (internal to the stage)."""

    def __init__(self, grammar: Grammar, source: str, view: Normalized, published: str | None):
        self.g = grammar
        self.source = source
        self.view = view
        self.text = view.text
        self.pub: date | None = date.fromisoformat(published) if published else None
        self._news: date | None = None
        self.done: list[Done] = []
        self._bounds: list[int] | None = None

    # ------------------------------------------------------------------ driver
    def run(self) -> list[Time]:
        text = self.text
        if not text:
            return []
        cands: list[Cand] = []
        g = self.g
        for fi, windows in enumerate(self._windows()):
            if not windows:
                continue
            family = FAMILIES[fi]
            rx = getattr(g, family + "_re")
            check = getattr(self, "_c_" + family)
            for lo, hi in windows:
                for m in rx.finditer(text, lo, hi):
                    got = check(m)
                    if got is None:
                        continue
                    if isinstance(got, Cand):
                        cands.append(got)
                    else:
                        cands.extend(got)
        chosen = self._select(cands)
        out: list[Time] = []
        for c in chosen:
            res = getattr(self, "_r_" + c.family)(c)
            if res is None:
                continue
            value, kind, end_value = res
            s, e = self.view.span(c.start, c.end)
            out.append(Time(s, e, self.source[s:e], value, kind, end_value))
            if value is not None:
                self.done.append(Done(c.start, value, kind, c.family not in ("clock",) and
                                      c.data.get("rel") not in _NOT_ANTECEDENT_RELS))
                if (self._news is None and kind in ("weekday", "date") and len(value) == 10
                        and self.pub is not None):
                    d = date.fromisoformat(value)
                    if timedelta(0) <= self.pub - d <= timedelta(days=1):
                        self._news = d
        return out

    def _windows(self) -> list[list[list[int]]]:
        """Per family, the merged text windows around its trigger words."""
        text, trig = self.text, self.g.triggers
        n = len(text)
        hits: list[tuple[int, int, int]] = []
        # the distinct trigger words of the text (set operations run in C), then their places
        for w in [w for w in set(_WORD.findall(text)) if w in trig]:
            mask, k = trig[w], len(w)
            i = text.find(w)
            while i >= 0:
                j = i + k
                if (i == 0 or not _is_word_char(text[i - 1])) and (j == n or not _is_word_char(text[j])):
                    hits.append((i, j, mask))
                i = text.find(w, j)
        for m in _DIGITS.finditer(text):
            s, e = m.span()
            after, before = text[e:e + 1], text[s - 1:s] if s else ""
            mask = 0
            if e - s == 4:
                mask = _YEAR_MASK if text[s:s + 2] not in ("13", "14", "15") else _HYEAR_MASK
            if after in _DATE_SEPS or before in _DATE_SEPS:
                mask |= _NUMDATE_MASK
            if after in _CLOCK_SEPS and e - s <= 2:
                mask |= _CLOCK_MASK
            if text[s - 2:s] == "ال" or text[s - 3:s - 1] == "ال":
                mask |= _PERIOD_MASK  # الـ24 ساعة الماضية
            if mask:
                hits.append((s, e, mask))
        hits.sort()
        out: list[list[list[int]]] = [[] for _ in FAMILIES]
        for s, e, mask in hits:
            for fi in _bits(mask):
                left, right = _MARGINS[fi]
                lo, hi = s - left if s > left else 0, e + right if e + right < n else n
                spans = out[fi]
                if spans and lo <= spans[-1][1]:
                    if hi > spans[-1][1]:
                        spans[-1][1] = hi
                else:
                    spans.append([lo, hi])
        return out

    @staticmethod
    def _select(cands: list[Cand]) -> list[Cand]:
        chosen: list[Cand] = []
        for c in sorted(cands, key=lambda c: (c.start - c.end, c.start)):
            if all(c.end <= o.start or o.end <= c.start for o in chosen):
                chosen.append(c)
        chosen.sort(key=lambda c: c.start)
        # a weekday written right before its date is one expression: الأربعاء 12 يونيو
        merged: list[Cand] = []
        for c in chosen:
            if (merged and merged[-1].family == "weekday" and c.family in ("date", "numdate")
                    and c.data.get("day") is not None):
                prev = merged[-1]
                gap = c.m.string[prev.end:c.start]
                if _GAP_MERGE.match(gap):
                    merged[-1] = Cand(prev.start, c.end, c.family, c.m, c.data)
                    continue
            merged.append(c)
        return merged

    # ------------------------------------------------------------------ helpers
    def _word_before(self, pos: int) -> str:
        m = _WORD_BEFORE.search(self.text, max(0, pos - 30), pos)
        return m.group(1) if m else ""

    def _word_after(self, pos: int) -> str:
        m = _WORD_AFTER.match(self.text, pos, min(len(self.text), pos + 40))
        return m.group(1) if m else ""

    def _sentence_start(self, pos: int) -> int:
        if self._bounds is None:
            self._bounds = [m.end() for m in self.g.boundary_re.finditer(self.text)]
        i = bisect.bisect_right(self._bounds, pos) - 1
        return self._bounds[i] if i >= 0 else 0

    def _future(self, pos: int) -> bool:
        """A future cue between the start of the sentence (at most 100 characters back) and pos."""
        lo = max(self._sentence_start(pos), pos - 100)
        found = False
        for m in self.g.future_re.finditer(self.text, lo, pos):
            w = m.group(0)
            if w.lstrip("وف").startswith("س") and w.lstrip("وف") not in ("سوف",):
                if not is_future_verb(w):
                    continue
            found = True
            lo = m.end()
        # a relative clause or a past auxiliary after the cue starts another predicate:
        # "سيجري الوزير الذي أدى اليمين الثلاثاء ..." (the oath was on the past Tuesday)
        return found and not _BLOCK_FUTURE.search(self.text, lo, pos)

    def _in_quote(self, pos: int) -> bool:
        ps = self.text.rfind("\n", 0, pos) + 1
        seg = self.text[ps:pos]
        depth = seg.count("«") + seg.count("“") - seg.count("»") - seg.count("”")
        return depth > 0 or seg.count('"') % 2 == 1

    @property
    def news_day(self) -> date | None:
        return self._news or self.pub

    def _recent_day(self, pos: int, lo: int = 0) -> date | None:
        for d in reversed(self.done):
            if d.start < pos and d.start >= lo and len(d.value) == 10:
                return date.fromisoformat(d.value)
            if d.start < lo:
                break
        return None

    def _anchor(self, pos: int) -> date | None:
        """The day of the most recent day-precise time in the sentence, else the news day."""
        return self._recent_day(pos, self._sentence_start(pos)) or self.news_day

    def _antecedent(self, pos: int) -> Done | None:
        for d in reversed(self.done):
            if d.start < pos and d.antecedent:
                return d
        return None

    def _antecedent_day(self, pos: int) -> date | None:
        for d in reversed(self.done):
            if d.start < pos and d.antecedent and len(d.value) == 10:
                return date.fromisoformat(d.value)
        return None

    def _orig_first(self, vpos: int) -> str:
        i = self.view.to_source(vpos)
        return self.source[i:i + 1]

    def _cand(self, m: re.Match, family: str, **data) -> Cand:
        return Cand(m.start("b"), m.end("b"), family, m, data)

    # ------------------------------------------------------------------ families: checks
    def _c_date(self, m: re.Match) -> Cand | None:
        mn = self.g.month(m.group("m1"))
        if mn is None:
            return None
        other = m.group("m2") or m.group("m3")
        if other and self.g.month(other) is None:
            return None
        d1, o1 = m.group("d1"), m.group("o1")
        day = int(d1) if d1 else (parse_ordinal(o1) if o1 else None)
        if o1 and day is None:
            return None
        if o1 and "من" not in m.string[m.end("o1"):m.start("m1")].split() and not m.group("shahr"):
            return None
        if day is not None and not 1 <= day <= 31:
            return None
        d2, o2 = m.group("d2"), m.group("o2")
        day2 = int(d2) if d2 else (parse_ordinal(o2) if o2 else None)
        if day2 is not None and (day is None or not day < day2 <= 31):
            day2 = None
        pre = m.group("pre") or ""
        second = None  # a second month: "من يونيو حتى سبتمبر", "يناير/مارس"
        end = m.end("b")
        if other and self.g.month(other).month != mn.month:
            if m.group("m2") and not m.group("csep").strip():
                # two names side by side are one month in two systems ("يناير كانون الثاني")
                if m.group("m4") or m.group("y") or m.group("ry") or m.group("mod"):
                    return None
                other, end = None, m.end("m1")
            else:
                second = self.g.month(other)
        m4 = m.group("m4") and self.g.month(m.group("m4"))
        if m4:
            second = m4
        if mn.ambiguous and (m.group("mp") or not (
                day or m.group("y") or m.group("ry") or m.group("mod") or m.group("shahr")
                or other or m4 or pre.strip())):
            return None
        if m.group("m1") == "اب" and self._orig_first(m.start("m1")) in "أإ":
            return None  # أب (father), not آب (August)
        position = any(w in _POSITIONS for w in pre.split())
        if o1 and self._word_before(m.start("o1")) in _FRACTIONS:
            position = True  # النصف الثاني من مايو: a part of the month, not its 2nd day
        start = m.start("b")
        if d2 is None and o2 is None and day is None and not pre.strip():
            start = m.start("shahr") if m.group("shahr") else m.start("m1")
        data = {"day": None if position else day, "day2": None if position else day2,
                "month": mn.month, "month2": None, "y": m.group("y"), "ry": m.group("ry"),
                "mod": m.group("mod")}
        if second is not None and day is None:
            sep = (m.group("rsep") or "-").strip()
            if sep != "و" or "بين" in pre.split():
                data["month2"] = second.month
            elif m4:  # a list: two months sharing the year written after the second
                first_end = max(m.end(g) for g in ("m1", "m2", "m3") if m.group(g))
                return [Cand(start, first_end, "date", m, {**data, "mod": None}),
                        Cand(m.start("m4"), m.end("b"), "date", m, {**data, "month": m4.month})]
        elif m4 is not None:
            return None
        return Cand(start, end, "date", m, data)

    def _c_numdate(self, m: re.Match) -> Cand | None:
        if m.group("d"):
            d, mo, y = int(m.group("d")), int(m.group("mo")), int(m.group("y"))
        else:
            d, mo, y = int(m.group("D")), int(m.group("MO")), int(m.group("Y"))
        hijri = bool(m.group("h")) or 1300 <= y <= 1500
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        if not hijri and not 1900 <= y <= 2100:
            return None
        return self._cand(m, "numdate", day=d, month=mo, year=y, hijri=hijri)

    def _c_year(self, m: re.Match) -> list[Cand] | Cand | None:
        y1 = int(m.group("y1"))
        y2 = int(m.group("y2")) if m.group("y2") else None
        cue, pre = m.group("cue") or "", (m.group("pre") or "").split()
        sep = (m.group("sep") or "").strip()
        strong = bool(cue) or bool(m.group("m1"))
        dash = sep in ("-", "–", "—", "/")
        if not strong:
            if pre:
                if not 1900 <= y1 <= 2100:
                    return None
                if pre[-1] == "من" and self._word_before(m.start("b")) in _COMPARATIVES:
                    return None
                if pre[-1] == "بين" and not y2:
                    return None
            elif not (y2 and dash):
                return None
            after = self._word_after(m.end("b"))
            if after in UNIT_NOUNS or self.text[m.end("b"):m.end("b") + 2].strip().startswith("%"):
                return None
        if not 1000 <= y1 <= 2100:
            return None
        if y2 is not None:
            ranged = dash or sep in ("الي", "حتي", "وحتي", "لغايه") or "بين" in pre or \
                cue.startswith("بين")
            if not 1000 <= y2 <= 2100:
                y2 = None
            elif ranged and 0 < y2 - y1 <= 60:
                return self._cand(m, "year", y=y1, y2=y2)
            elif not ranged and y2 != y1:
                first = Cand(m.start("b"), (m.end("m1") if m.group("m1") else m.end("y1")), "year",
                             m, {"y": y1})
                second = Cand(m.start("y2"), m.end("b"), "year", m, {"y": y2})
                return [first, second]
            elif dash and not strong and not pre:
                return None
        if y2 is None and m.group("y2"):
            end = m.end("m1") if m.group("m1") else m.end("y1")
            return Cand(m.start("b"), end, "year", m, {"y": y1})
        return self._cand(m, "year", y=y1)

    def _c_hijri(self, m: re.Match) -> Cand | None:
        mn = self.g.month(m.group("hm"))
        if mn is None or mn.calendar != "hijri":
            return None
        d1, o1 = m.group("d1"), m.group("o1")
        day = int(d1) if d1 else (parse_ordinal(o1) if o1 else None)
        if o1 and (day is None or "من" not in m.string[m.end("o1"):m.start("hm")].split()):
            return None
        if day is not None and not 1 <= day <= 30:
            return None
        pre = (m.group("pre") or "").strip()
        if mn.month == 2 and not (day or m.group("hy") or m.group("shahr")):
            return None  # صفر = zero
        if mn.ambiguous and not (day or m.group("hy") or m.group("shahr") or m.group("mod") or pre):
            return None
        hy = int(m.group("hy")) if m.group("hy") else None
        start = m.start("b")
        if day is None and not pre:
            start = m.start("shahr") if m.group("shahr") else m.start("hm")
        position = any(w in _POSITIONS for w in pre.split())
        return Cand(start, m.end("b"), "hijri", m, {"day": None if position else day,
                                                    "month": mn.month, "hy": hy,
                                                    "mod": m.group("mod"),
                                                    "since": "منذ" in pre.split()})

    def _c_hyear(self, m: re.Match) -> Cand | None:
        return self._cand(m, "hyear", hy=int(m.group("hy")))

    def _c_weekday(self, m: re.Match) -> Cand | None:
        stem = _ARTICLE.sub("", m.group("wd"))
        if stem not in WEEKDAYS:
            return None
        bare = not (m.group("yawm") or m.group("part") or m.group("rel"))
        nxt = self._word_after(m.end("b"))
        if nxt in _WEEKDAY_NOT_NEXT.get(stem, ()):
            return None
        if bare and self._word_before(m.start("b")) in _WEEKDAY_NOT_PREV.get(stem, ()):
            return None
        return self._cand(m, "weekday", wd=WEEKDAYS[stem], rel=m.group("rel"), mod=m.group("mod"))

    def _c_rel(self, m: re.Match) -> Cand | None:
        kind = m.lastgroup
        start, end = m.start(kind), m.end(kind)
        if kind == "today":
            if self._word_after(end) in _NOT_TODAY_NEXT:
                return None
            if self._word_before(start) in _NOT_TODAY_PREV:
                return None  # روسيا اليوم، في اليوم (per day), مثل اليوم

        elif kind == "tonight":
            if self._word_after(end) in _NOT_TONIGHT_NEXT:
                return None
        elif kind == "then":
            if m.group(kind) == "وقتها" and self._word_before(start) == "في":
                return None  # جاءت في وقتها: on time
        elif kind == "now":
            body = m.group(kind)
            if body == "الان" and self._orig_first(start) in "أإ":
                return None  # ألان (Alain), not الآن
        elif kind == "period":
            body = m.group(kind).split()
            if any(w.endswith(("عام", "العام")) for w in body[:2]):
                if self._word_before(start) in GENERAL_HEADS:
                    return None
        return Cand(start, end, "rel", m, {"rel": kind, "body": m.group(kind)})

    def _c_duration(self, m: re.Match) -> Cand | None:
        u = m.group("u")
        unit, dual = DURATION_UNITS[u]
        n_text = m.group("n")
        ctx = " ".join((m.group("ctx") or "").split())
        if unit == "decade" and not (n_text or dual or ctx == "من الزمن"):
            return None  # عقد = a contract / held
        if unit == "day" and self._word_before(m.start("b")) in ("يوما", "يوم"):
            return None  # يوما بعد يوم: day after day
        if n_text and n_text in VAGUE:
            n, vague = None, True
        elif n_text:
            n, vague = parse_number(n_text), False
            if n is None:
                return None
        elif dual:
            n, vague = float(dual), False
        elif u in ("ايام", "اسابيع", "اشهر", "شهور", "اعوام", "سنوات", "سنين", "ساعات", "دقائق",
                   "عقود", "قرون"):
            n, vague = None, True
        else:
            n, vague = 1.0, False
        if n is not None and m.group("half"):
            n += 0.5
        return self._cand(m, "duration", dir=" ".join(m.group("dir").split()), unit=unit, n=n,
                          vague=vague, ctx=ctx)

    def _c_period(self, m: re.Match) -> Cand | None:
        if m.group("u1"):
            unit, dual = DURATION_UNITS[m.group("u1")]
            n = parse_number(m.group("n"))
            if n is None:
                return None
        else:
            unit, n = PERIOD_PLURALS[m.group("u2")], None
        return self._cand(m, "period", unit=unit, n=n, mod=m.group("mod"))

    def _c_season(self, m: re.Match) -> Cand | None:
        if not (m.group("y") or m.group("ry") or m.group("mod") or m.group("this")
                or m.group("fasl") or m.group("pre")):
            return None
        if self._word_after(m.end("b")) in _NOT_SEASON_NEXT:
            return None
        if m.group("art") is None and not (m.group("y") or m.group("fasl")):
            return None
        cur = bool(m.group("this")) or "هذا" in m.group("b").split()
        return self._cand(m, "season", s=SEASONS[m.group("s")], y=m.group("y"), ry=m.group("ry"),
                          mod=m.group("mod"), cur=cur)

    def _c_clock(self, m: re.Match) -> Cand | None:
        if not (m.group("saa") or m.group("suf")):
            return None
        if m.group("hh"):
            if int(m.group("hh")) > 24 or int(m.group("mm")) > 59:
                return None
        elif m.group("hw") not in HOUR_WORDS and " ".join(m.group("hw").split()) not in HOUR_WORDS:
            return None
        return self._cand(m, "clock")

    def _c_names(self, m: re.Match) -> Cand | None:
        tw = self.g.timewords.get(" ".join(m.group("name").split()))
        if tw is None:
            return None
        if tw.cue and not m.group("lead"):
            before = self.text[max(0, m.start("b") - 25):m.start("b")]
            if not _ERA_CUES.search(before):
                return None
        start = m.start("name") if tw.calendar == "era" else m.start("b")
        return Cand(start, m.end("b"), "names", m, {"tw": tw, "lead": m.group("lead"),
                                                    "mod": m.group("mod"), "y": m.group("y")})

    # ------------------------------------------------------------------ families: values
    def _rule(self, mod: str | None, pos: int) -> str:
        if mod in _PAST:
            return "past"
        if mod in _NEXT:
            return "next"
        if mod in _CUR:
            return "current"
        return "upcoming" if self._future(pos) else "recent"

    def _rel_year(self, ry: str) -> int | None:
        if self.pub is None:
            return None
        ry = " ".join(ry.split())
        if ry.startswith("قبل"):
            return self.pub.year - 2
        if ry in _PAST:
            return self.pub.year - 1
        if ry in _NEXT:
            return self.pub.year + 1
        return self.pub.year

    def _r_date(self, c: Cand):
        d = c.data
        mo, day, day2 = d["month"], d["day"], d["day2"]
        y = int(d["y"]) if d["y"] else (self._rel_year(d["ry"]) if d["ry"] else None)
        rule = None if y is not None else self._rule(d["mod"], c.start)
        if day is None:
            if y is None:
                if self.pub is None:
                    return None, "range" if d["month2"] else "month", None
                y = cal.month_year(self.pub, mo, rule)
            if d["month2"]:
                m2 = d["month2"]
                if d["y"] or d["ry"]:  # the year is written after the second month
                    y2, y = y, y - (m2 < mo)
                else:
                    y2 = y + (m2 < mo)
                return cal.month(y, mo), "range", cal.month(y2, m2)
            return cal.month(y, mo), "month", None
        if y is not None:
            first = cal.safe_date(y, mo, day)
        elif self.pub is None:
            return None, "range" if day2 else "date", None
        else:
            if rule == "recent":
                # a day in the coming weeks is an announced date, not one from a year ago
                ahead = cal.day_month(self.pub, mo, day, "upcoming")
                if ahead is not None and (ahead - self.pub).days <= NEAR_FUTURE_DAYS:
                    rule = "upcoming"
            first = cal.day_month(self.pub, mo, day, rule)
        if first is None:
            return None
        if day2:
            last = cal.safe_date(first.year, mo, day2)
            if last is not None:
                return cal.day(first), "range", cal.day(last)
        return cal.day(first), "date", None

    def _r_numdate(self, c: Cand):
        d = c.data
        if d["hijri"]:
            g = cal.hijri_to_gregorian(d["year"], d["month"], d["day"])
            return (cal.day(g), "hijri", None) if g else None
        g = cal.safe_date(d["year"], d["month"], d["day"])
        return (cal.day(g), "date", None) if g else None

    def _r_year(self, c: Cand):
        y, y2 = c.data["y"], c.data.get("y2")
        if y2:
            return cal.year(y), "range", cal.year(y2)
        return cal.year(y), "year", None

    def _r_hijri(self, c: Cand):
        d = c.data
        mo, day, hy = d["month"], d["day"], d["hy"]
        if hy is not None:
            g = cal.hijri_to_gregorian(hy, mo, day or 1)
            if g is None:
                return None
            return (cal.day(g) if day else cal.month(g.year, g.month)), "hijri", None
        if self.pub is None:
            return None, "hijri", None
        mod = d["mod"]
        if mod in _CUR:  # رمضان الجاري: this Hijri year
            h = cal.gregorian_to_hijri(self.pub)
            g = cal.hijri_to_gregorian(h[0], mo, day or 1) if h else None
        else:
            if mod in _PAST:
                ref, rule = self.pub - timedelta(days=0 if day else 29), "past"
            elif mod in _NEXT:
                ref, rule = self.pub, "next"
            elif d.get("since"):
                ref, rule = self.pub, "recent"
            elif self._future(c.start):
                ref, rule = self.pub - timedelta(days=0 if day else 29), "upcoming"
            else:
                ref, rule = self.pub, "nearest"
            g = cal.hijri_occurrence(ref, mo, day or 1, rule)
        if g is None:
            return None
        return (cal.day(g) if day else cal.month(g.year, g.month)), "hijri", None

    def _r_hyear(self, c: Cand):
        hy = c.data["hy"]
        first = cal.hijri_to_gregorian(hy, 1, 1)
        if first is None:
            return None
        nxt = cal.hijri_to_gregorian(hy + 1, 1, 1)
        last = (nxt - timedelta(days=1)) if nxt else None
        end = cal.year(last.year) if last and last.year != first.year else None
        return cal.year(first.year), "hijri", end

    def _r_weekday(self, c: Cand):
        if self.pub is None:
            return None, "weekday", None
        wd, rel, mod = c.data["wd"], c.data["rel"], c.data["mod"]
        if rel:
            base = self.news_day
            rel = " ".join(rel.split())
            if rel in ("اول امس", "اول من امس", "قبل امس", "امس الاول"):
                base -= timedelta(days=2)
            elif "امس" in rel:
                base -= timedelta(days=1)
            elif rel == "بعد غد":
                base += timedelta(days=2)
            elif "غد" in rel:
                base += timedelta(days=1)
            return cal.day(cal.weekday_nearest(base, wd)), "weekday", None
        if mod in _PAST or mod in ("الاخير", "الماضيين"):
            d = cal.weekday_before(self.pub, wd)
        elif mod in _NEXT or mod in ("المقبلين", "القادمين"):
            d = cal.weekday_after(self.pub, wd)
        elif mod in _CUR:
            d = cal.weekday_nearest(self.pub, wd)
        elif self._future(c.start):
            d = cal.weekday_on_or_after(self.pub, wd)
        else:
            d = cal.weekday_on_or_before(self.pub, wd)
        return cal.day(d), "weekday", None

    def _r_rel(self, c: Cand):
        rel, body = c.data["rel"], c.data["body"]
        pos = c.start
        if rel in ("then", "sameyear", "nextyear", "samemonth", "nextmonth"):
            ante = self._antecedent(pos)
            if ante is None:
                return None
            v = ante.value
            if rel == "then":
                return v, "relative", None
            if rel in ("sameyear", "nextyear"):
                return cal.year(int(v[:4]) + (rel == "nextyear")), "relative", None
            if len(v) < 7:
                return None
            y, mo = cal.add_months(int(v[:4]), int(v[5:7]), rel == "nextmonth")
            return cal.month(y, mo), "relative", None
        if rel in ("sameday", "nextday", "prevday"):
            base = self._antecedent_day(pos)
            if base is None:
                return None
            shift = {"sameday": 0, "nextday": 1, "prevday": -1}[rel]
            return cal.day(base + timedelta(days=shift)), "relative", None
        if self.pub is None:
            return None, "relative", None
        pub = self.pub
        if rel in ("ago2", "ago1", "ahead1", "ahead2"):
            k = {"ago2": -2, "ago1": -1, "ahead1": 1, "ahead2": 2}[rel]
            return cal.day(self.news_day + timedelta(days=k)), "relative", None
        if rel == "today":
            if self._in_quote(pos):
                d = self._recent_day(pos)
                if d is not None and timedelta(0) <= pub - d <= timedelta(days=2):
                    return cal.day(d), "relative", None
            return cal.day(self.news_day), "relative", None
        if rel == "tonight":
            return cal.day(self.news_day), "relative", None
        if rel == "now":
            if self._in_quote(pos):  # "التقيت للتو": the day the words were said
                return cal.day(self._anchor(pos)), "relative", None
            return cal.day(pub), "relative", None
        if rel == "ghadat":
            return cal.day(self._anchor(pos)), "relative", None
        words = body.split()
        mod = next((w for w in words if w in _PAST or w in _NEXT or w in _CUR), None)
        if rel == "weekend":
            shift = -7 if mod in _PAST else 7 if mod in _NEXT else 0
            d = pub + timedelta(days=shift)
            return cal.month(d.year, d.month), "relative", None
        # period: الشهر/الأسبوع/العام/السنة + modifier, هذا + unit, مطلع العام ...
        unit = next((u for u, keys in (("week", ("اسبوع",)), ("month", ("شهر",)),
                                       ("year", ("عام", "سنه"))) for w in words
                     if any(w.endswith(k) for k in keys)), None)
        if unit is None:
            return None
        step = -2 if "قبل" in words else -1 if mod in _PAST else 1 if mod in _NEXT else 0
        if unit == "week":
            d = pub + timedelta(days=7 * step)
            return cal.month(d.year, d.month), "relative", None
        if unit == "month":
            y, mo = cal.add_months(pub.year, pub.month, step)
            return cal.month(y, mo), "relative", None
        return cal.year(pub.year + step), "relative", None

    def _r_duration(self, c: Cand):
        d = c.data
        if self.pub is None:
            return None, "relative", None
        direction, unit, n, ctx = d["dir"], d["unit"], d["n"], d["ctx"]
        sign = 1 if direction == "بعد" else -1
        relative_to_event = ctx in ("من", "علي") and not direction.endswith(("مرور", "مضي"))
        if unit in ("hour", "minute"):
            return cal.day(self._anchor(c.start)), "relative", None
        if relative_to_event:
            if unit in ("day", "week"):
                return cal.day(self._anchor(c.start)), "relative", None
            return None
        if d["vague"]:
            spans = {"day": (2, 7), "week": (14, 35), "month": (60, 180)}
            if unit not in spans:
                return None
            a, b = spans[unit]
            lo, hi = self.pub + timedelta(days=sign * a), self.pub + timedelta(days=sign * b)
            return cal.common_precision(lo, hi), "relative", None
        t = cal.shift(self.pub, unit, sign * n)
        if unit == "day":
            return cal.day(t), "relative", None
        if unit in ("week", "month"):
            return cal.month(t.year, t.month), "relative", None
        return cal.year(t.year), "relative", None

    def _r_period(self, c: Cand):
        if self.pub is None:
            return None, "relative", None
        unit, n, mod = c.data["unit"], c.data["n"], c.data["mod"]
        if unit in ("hour", "minute"):
            return cal.day(self._anchor(c.start)), "relative", None
        sign = 1 if mod in _NEXT else -1
        if n is None:
            days = {"day": 7, "week": 28, "month": 90}.get(unit)
            if days is None:
                return None
            other = self.pub + timedelta(days=sign * days)
        else:
            other = cal.shift(self.pub, unit, sign * n)
        return cal.common_precision(self.pub, other), "relative", None

    def _r_season(self, c: Cand):
        d = c.data
        sm = d["s"]
        if d["y"]:
            return cal.year(int(d["y"])), "season", None
        if d["ry"]:
            y = self._rel_year(d["ry"])
            return (cal.year(y) if y else None), "season", None
        if self.pub is None:
            return None, "season", None
        pub_m = self.pub.year * 12 + self.pub.month - 1

        def start(label: int) -> int:  # month index of the first month of the season
            return label * 12 + sm - 1 - (12 if sm == 12 else 0)

        labels = range(self.pub.year - 2, self.pub.year + 3)
        mod = d["mod"]
        if d["cur"] or mod in _CUR:
            label = self.pub.year
            for lab in labels:
                if start(lab) <= pub_m <= start(lab) + 2:
                    label = lab
        elif mod in _PAST:
            label = max(lab for lab in labels if start(lab) + 2 < pub_m)
        elif mod in _NEXT:
            label = min(lab for lab in labels if start(lab) > pub_m)
        elif self._future(c.start):
            label = min(lab for lab in labels if start(lab) + 2 >= pub_m)
        else:
            label = max(lab for lab in labels if start(lab) <= pub_m)
        return cal.year(label), "season", None

    def _r_clock(self, c: Cand):
        if self.pub is None:
            return None, "relative", None
        return cal.day(self._anchor(c.start)), "relative", None

    def _r_names(self, c: Cand):
        tw, lead, mod = c.data["tw"], c.data["lead"], c.data["mod"]
        if tw.calendar == "era":
            v = tw.value
            if tw.end_value:
                return v, "range", tw.end_value
            return v, ("year" if len(v) == 4 else "month" if len(v) == 7 else "date"), None
        y = int(c.data["y"]) if c.data["y"] else None
        if y is None and self.pub is None:
            return None, "hijri" if tw.calendar == "hijri" else "date", None
        if mod in _PAST or self._word_before(c.start) == "منذ":
            rule = "past"
        elif mod in _NEXT:
            rule = "next"
        else:  # feasts are written about around them: the nearest one
            rule = "nearest"
        if tw.calendar == "hijri":
            if y is not None:
                g = cal.hijri_to_gregorian(y, tw.month, tw.day) if 1300 <= y <= 1500 else None
            else:
                g = cal.hijri_occurrence(self.pub, tw.month, tw.day, rule)
            kind = "hijri"
        else:
            if tw.calendar == "easter":
                make = cal.easter
            elif tw.calendar == "orthodox_easter":
                make = cal.orthodox_easter
            else:
                def make(year, m=tw.month, dd=tw.day):
                    return cal.safe_date(year, m, dd)
            g = make(y) if y is not None else cal.yearly_occurrence(self.pub, make, rule)
            kind = "date"
        if g is None:
            return None
        if lead == "عشيه":
            g -= timedelta(days=1)
        if lead in _PERIOD_LEADS or (lead or "").startswith("اول"):
            return cal.month(g.year, g.month), kind, None
        return cal.day(g), kind, None
