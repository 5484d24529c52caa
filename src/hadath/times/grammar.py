"""Vocabulary and compiled patterns for Arabic time expressions.

Every pattern runs over the *normalised view* of the text (see
:mod:`hadath.text.normalize`: no diacritics or tatweel, أ/إ/آ -> ا, ى -> ي, ة -> ه,
ASCII digits), so the words below are written in that normalised spelling.

The month names, holidays and named periods live in data files
(``months.tsv``, ``timewords.tsv``) read with the one lexicon loader; the closed
classes of the grammar (weekdays, number words, ordinals, modifiers) are here.

Each family of expressions is one precompiled regular expression.  A pattern starts
with an optional conjunction clitic ``(?P<cj>[وف])`` that is left out of the span
("وفي يونيو" -> "في يونيو"); prepositional clitics (ب ل) stay in it ("بالأمس").

For speed the patterns do not scan the whole text: each family has trigger words
(a month name, a weekday, a 4-digit number, اليوم، الأسبوع...; with every clitic
form precomputed) and runs only in a small window around them (see ``MARGINS``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import LexiconError
from ..lexicon.loader import Column, load_table
from ..text.normalize import normalize_key

MONTHS_SCHEMA = (
    Column("names_ar", "list"), Column("month", "int"),
    Column("calendar", choices=frozenset({"gregorian", "hijri"})),
    Column("system", choices=frozenset({"gregorian", "syriac", "maghrebi", "moroccan", "hijri"})),
    Column("ambiguous", "bool", required=False),
)
TIMEWORDS_SCHEMA = (
    Column("names_ar", "list"),
    Column("calendar", choices=frozenset({"hijri", "gregorian", "easter", "orthodox_easter", "era"})),
    Column("month", "int", required=False), Column("day", "int", required=False),
    Column("value", "date", required=False), Column("end_value", "date", required=False),
    Column("cue", "bool", required=False),
)

# --------------------------------------------------------------------------- closed classes

#: weekday stems (after the article) -> Python weekday (Monday = 0)
WEEKDAYS = {"احد": 6, "اثنين": 0, "اتنين": 0, "ثلاثاء": 1, "ثلاثا": 1, "اربعاء": 2, "اربعا": 2,
            "خميس": 3, "جمعه": 4, "سبت": 5}

PAST_MODS = ("الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت", "الفائته", "المنقضي",
             "المنقضيه", "السابق", "السابقه")
NEXT_MODS = ("المقبل", "المقبله", "القادم", "القادمه")
CUR_MODS = ("الجاري", "الجاريه", "الحالي", "الحاليه")
MODS = PAST_MODS + NEXT_MODS + CUR_MODS

#: temporal prepositions that may lead a date (and make an ambiguous month a month)
PREPS = ("في", "منذ", "حتي", "خلال", "من", "قبل", "بعد", "مع", "طيله", "طوال", "الي", "لغايه",
         "اعتبارا من", "ابتداء من", "بدءا من", "بحلول", "مع حلول", "قبيل", "بعيد", "اواخر",
         "عقب", "ابان", "اثناء", "بدايه من", "حتي نهايه")
#: positions inside a period: the value keeps the period's precision
POSITIONS = ("مطلع", "اوائل", "اواخر", "اواسط", "منتصف", "نهايه", "بدايه", "اخر", "اول", "اوسط",
             "ختام", "مستهل", "غضون", "اخر ايام", "اول ايام", "اوائل ايام", "مطلع شهر")

_UNITS_NUM = {"واحد": 1, "واحده": 1, "اثنين": 2, "اثنان": 2, "اثنتين": 2, "اثنتان": 2,
              "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6,
              "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8, "تسع": 9,
              "تسعه": 9, "عشر": 10, "عشره": 10}
_TENS_NUM = {"عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "اربعين": 40, "اربعون": 40,
             "خمسين": 50, "خمسون": 50, "ستين": 60, "ستون": 60, "سبعين": 70, "سبعون": 70,
             "ثمانين": 80, "ثمانون": 80, "تسعين": 90, "تسعون": 90}
_SPECIAL_NUM = {"احد عشر": 11, "احدي عشره": 11, "اثني عشر": 12, "اثنا عشر": 12,
                "اثنتي عشره": 12, "مئه": 100, "مائه": 100, "نصف": 0.5, "ربع": 0.25}
#: vague quantities ("a few"): resolved as a span, see resolve.py
VAGUE = ("بضع", "بضعه", "عده", "بعض")

_ORD_UNITS = {"اول": 1, "حادي": 1, "واحد": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5,
              "سادس": 6, "سابع": 7, "ثامن": 8, "تاسع": 9, "عاشر": 10}

#: duration units -> (unit, count when the form is a dual, else None)
DURATION_UNITS = {
    "يوم": ("day", None), "يوما": ("day", None), "ايام": ("day", None), "يومين": ("day", 2),
    "اسبوع": ("week", None), "اسبوعا": ("week", None), "اسابيع": ("week", None),
    "اسبوعين": ("week", 2),
    "شهر": ("month", None), "شهرا": ("month", None), "اشهر": ("month", None),
    "شهور": ("month", None), "شهرين": ("month", 2),
    "عام": ("year", None), "عاما": ("year", None), "اعوام": ("year", None), "عامين": ("year", 2),
    "سنه": ("year", None), "سنوات": ("year", None), "سنين": ("year", None), "سنتين": ("year", 2),
    "ساعه": ("hour", None), "ساعات": ("hour", None), "ساعتين": ("hour", 2),
    "دقيقه": ("minute", None), "دقائق": ("minute", None), "دقيقتين": ("minute", 2),
    "عقد": ("decade", None), "عقود": ("decade", None), "عقدين": ("decade", 2),
    "قرن": ("century", None), "قرون": ("century", None), "قرنين": ("century", 2),
}
#: plural period nouns for "the past/coming days, weeks, months" (with the article)
PERIOD_PLURALS = {"ايام": "day", "اسابيع": "week", "اشهر": "month", "شهور": "month",
                  "ساعات": "hour", "سنوات": "year", "اعوام": "year", "سنين": "year",
                  "ساعه": "hour", "يوما": "day", "دقائق": "minute"}

SEASONS = {"ربيع": 3, "صيف": 6, "خريف": 9, "شتاء": 12}  # first month of each season

HOUR_WORDS = {"الواحده": 1, "الثانيه": 2, "الثالثه": 3, "الرابعه": 4, "الخامسه": 5,
              "السادسه": 6, "السابعه": 7, "الثامنه": 8, "التاسعه": 9, "العاشره": 10,
              "الحاديه عشره": 11, "الثانيه عشره": 12}
DAY_PARTS = ("صباح", "مساء", "ظهر", "عصر", "فجر", "ليل", "ليله", "ظهيره", "نهار", "منتصف ليل",
             "منتصف ليله", "صبيحه", "ضحي", "قبيل فجر", "قبيل منتصف ليل")

#: counted nouns: a 4-digit number followed by one is a quantity, not a year
UNIT_NOUNS = frozenset(normalize_key(w) for w in (
    "شخص أشخاص شخصا دولار دولارا يورو جنيه جنيها ريال ريالا درهم درهما دينار دينارا ليرة "
    "طن طنا كيلومتر كيلومترا كلم كم متر مترا ميل ميلا برميل قتيل قتيلا جريح جريحا مقاتل "
    "مقاتلا جندي جنديا عنصر عنصرا لاجئ لاجئا منزل منزلا وحدة طائرة صاروخ صاروخا مليون "
    "مليار ألف آلاف نسمة ناخب ناخبا مرشح مرشحا حالة سجين سجينا معتقل معتقلا عامل عاملا "
    "موظف موظفا طالب طالبا مسلح مسلحا مدني مدنيا قطعة سيارة مركبة عائلة أسرة فرد فردا "
    "ساعة دقيقة يوما يوم صفحة كلمة مقعدا مقعد صوت صوتا نقطة % بالمئة بالمائة").split())

#: words before العام/عام that make it the adjective "general" (الأمين العام المقبل)
GENERAL_HEADS = frozenset(normalize_key(w) for w in (
    "الأمين أمين النائب نائب المدعي مدعي المدير مدير الرأي رأي القطاع قطاع المال مال الأمن "
    "الإضراب إضراب النظام نظام الشأن شأن الصالح صالح المؤتمر مؤتمر الاتحاد اتحاد المرشد مرشد "
    "القائد قائد المفتش مفتش المراقب مراقب المنسق منسق المحامي محامي المستشار مستشار "
    "الادعاء ادعاء الطابع الإطار المزاج الوضع الموقف التوجه الخط الانطباع العفو الاستفتاء "
    "التعبئة الجمعية المجلس مجلس الحشد المؤشر مؤشر الذوق الإنفاق الدين الاكتتاب الوعي "
    "المشهد الاتجاه الخطاب المسار المفوض مفوض القنصل قنصل الملحق الوكيل وكيل العمل النقل "
    "التعليم التعليمي الحارس والأمين الامين المشرف مشرف").split())

#: future cues: a weekday, month or date without المقبل is taken as the next one after them
FUTURE_WORDS = tuple(normalize_key(w) for w in (
    "سوف", "لن", "المقرر", "مقرر", "المرتقب", "يرتقب", "مرتقب", "المزمع", "يعتزم", "تعتزم",
    "يعتزمون", "ينوي", "تنوي", "يستعد", "تستعد", "استعدادا", "يتوقع", "المتوقع", "يفترض",
    "المفترض", "أقصاه", "ابتداء من", "اعتبارا من", "بدءا من", "وعد", "وعدت", "تعهد", "تعهدت",
    "المنتظر", "ينتظر", "إذا", "في حال", "في حالة", "ستجرى", "ستعقد", "سيعقد", "يخطط", "تخطط",
    "يزمع", "تزمع",
))
#: words that start like the future prefix سـ + imperfect but are nouns or names
_SA_STOP_PREFIXES = tuple(normalize_key(w) for w in (
    "سياس سيار سيطر سياد سياح سياق سينا سينم سنو سنغافور ستيف ستيو سيبير سيول سيرغ سيرج "
    "سيلف سيمون ستوكهولم ستالين ستراتيج ستار ستانل سنتيم سنوي سنترال سنجار سيئ سيرة سيره "
    "سيرك سيريلانك سيتي سينودس").split())
_SA_STOP_WORDS = frozenset(normalize_key(w) for w in (
    "سيما سته ستة سنة سنه سني سنية سنيه سيدة سيده سيدي سيد سيدات سيف سيفا سنت سنتين سنين "
    "ستين سيرا سيول").split())


def is_future_verb(word: str) -> bool:
    """سـ + an imperfect verb (سيزور، ستعقد، سنعمل), not a noun that starts the same way."""
    w = word[1:] if word[:1] in "وف" and word[1:2] == "س" else word
    if not w.startswith("س") or len(w) < 5 or w in _SA_STOP_WORDS:
        return False
    return not w.startswith(_SA_STOP_PREFIXES)


#: the families of patterns, in the order of the trigger bit masks
FAMILIES = ("date", "numdate", "year", "hijri", "hyear", "weekday", "rel", "duration", "period",
            "season", "clock", "names")
#: how far (characters) a family's match may reach left / right of its trigger word
MARGINS = {"date": (46, 44), "numdate": (12, 16), "year": (34, 24), "hijri": (46, 34),
           "hyear": (28, 14), "weekday": (26, 22), "rel": (22, 26), "duration": (42, 22),
           "period": (32, 28), "season": (34, 26), "clock": (30, 30), "names": (40, 50)}
#: words that anchor the relative expressions (see _rel_patterns): every pattern holds one
REL_TRIGGERS = (
    "اليوم", "امس", "البارحه", "غدا", "غد", "الغد", "الليله", "غداه", "عشيه", "حينها", "حينذاك",
    "حينئذ", "انذاك", "انئذ", "وقتها", "وقتذاك", "حينه", "الوقت", "الحين", "الفتره", "الاثناء",
    "التاريخ", "الان", "حاليا", "للتو", "راهنا", "اللحظه", "الساعه", "يومنا", "تاريخه", "السطور",
    "الاسبوع", "الشهر", "العام", "السنه", "بيوم", "تلا", "تلاه", "نهايه",
)
#: (a clock time written with digits, 17,00 ت غ, is anchored by its digits)
CLOCK_TRIGGERS = ("الساعه", "ساعه", "صباحا", "مساء", "مساءا", "ظهرا", "عصرا", "ليلا", "فجرا",
                  "بتوقيت", "بالتوقيت")
_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


#: words of multi-word names too common to be their trigger (the rarest other word is)
_WEAK_TRIGGERS = frozenset("الاول الثاني الاخر الاولي الثانيه الاخره يوم عيد حرب الحرب في ذو ذي "
                           "هجمات ثوره".split())


def _variants(word: str, article: bool = False) -> set[str]:
    """A word with every proclitic combination (و ف ب ل ك, the article, لل)."""
    stem = word[2:] if word.startswith("ال") and len(word) > 4 else word
    forms = {"ال" + stem, "لل" + stem} if article and stem != word else \
        {word, stem, "ال" + stem, "لل" + stem}
    return {p + f for f in forms for p in _CLITICS}


_WORDFREQ_SCHEMA = (Column("word"), Column("count", "int"))


def alt(words, *, escape: bool = True) -> str:
    """A non-capturing alternation, longest first (so the regex prefers the longest word)."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    if escape:
        items = [re.escape(w).replace(r"\ ", " ") for w in items]
    return "(?:" + "|".join(w.replace(" ", S) for w in items) + ")"


S = r"[ \t]+"  # a space (never a line break: a time expression stays on its line)
S0 = r"[ \t]*"
WB = r"(?<![\w])"
WE = r"(?![\w])"
CJ = r"(?P<cj>[وف](?=\S))?"


def parse_number(text: str) -> float | None:
    """Value of a number written with digits or words (ثلاثة، خمسة وعشرين، 19)."""
    t = normalize_key(text)
    if not t:
        return None
    t = t.replace(",", ".")
    try:
        return float(t)
    except ValueError:
        pass
    if t in _SPECIAL_NUM:
        return _SPECIAL_NUM[t]
    if t in _UNITS_NUM:
        return _UNITS_NUM[t]
    if t in _TENS_NUM:
        return _TENS_NUM[t]
    parts = t.split()
    if len(parts) == 2 and parts[1] in ("عشر", "عشره") and parts[0] in _UNITS_NUM:
        return _UNITS_NUM[parts[0]] + 10
    m = re.fullmatch(r"(\S+) ?و ?(\S+)", t)
    if m and m.group(1) in _UNITS_NUM and m.group(2) in _TENS_NUM:
        return _UNITS_NUM[m.group(1)] + _TENS_NUM[m.group(2)]
    return None


def parse_ordinal(text: str) -> int | None:
    """Day number of an ordinal (الثاني عشر، الرابع و العشرين، الثلاثين)."""
    t = normalize_key(text).replace("وال", " ال")
    t = re.sub(r"(?:^| )و(?= )", " ", t)
    parts = [w[2:] if w.startswith("ال") else w for w in t.split()]
    if not parts:
        return None
    if parts[0] in ("عشرين", "ثلاثين") and len(parts) == 1:
        return 20 if parts[0] == "عشرين" else 30
    first = _ORD_UNITS.get(parts[0])
    if first is None:
        return None
    if len(parts) == 1:
        return first if parts[0] not in ("حادي", "واحد") else None
    rest = parts[1]
    if rest == "عشر":
        return first + 10
    if rest in ("عشرين", "عشرون"):
        return first + 20
    if rest in ("ثلاثين", "ثلاثون"):
        return first + 30
    return None


_NUMW_UNITS = alt(_UNITS_NUM)
_NUMW_TENS = alt(_TENS_NUM)
NUMW = (rf"(?:{alt(_SPECIAL_NUM)}|{_NUMW_UNITS}{S}عشر(?:ه)?|{_NUMW_UNITS}{S0}و{S0}{_NUMW_TENS}"
        rf"|{_NUMW_TENS}|{_NUMW_UNITS})")
ORD = (r"(?:ال)?(?:حادي|واحد|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)" + S0 + r"و" + S0
       + r"ال(?:عشرين|ثلاثين)"
       r"|(?:ال)?(?:حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)" + S + r"عشر"
       r"|ال(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|عشرين|ثلاثين)")
DAYNUM = r"(?<!\d)(?:[0-3]?\d)(?![\d:.,/])"
YEAR4 = r"(?<!\d)\d{4}(?!\d)"
ART = r"(?:[وف]?(?:بال|لل|كال|ال))"


@dataclass(frozen=True)
class MonthName:
    month: int
    calendar: str  # gregorian | hijri
    ambiguous: bool


@dataclass(frozen=True)
class TimeWord:
    calendar: str
    month: int | None
    day: int | None
    value: str | None
    end_value: str | None
    cue: bool


class Grammar:
    """The compiled patterns and the lexicons behind them (built once, shared)."""

    def __init__(self, directory: Path | None = None) -> None:
        self.months: dict[str, MonthName] = {}
        for row in load_table("months.tsv", directory=directory, schema=MONTHS_SCHEMA):
            for name in row["names_ar"]:
                self.months[normalize_key(name)] = MonthName(
                    row["month"], row["calendar"], bool(row["ambiguous"]))
        self.timewords: dict[str, TimeWord] = {}
        for row in load_table("timewords.tsv", directory=directory, schema=TIMEWORDS_SCHEMA):
            tw = TimeWord(row["calendar"], row["month"], row["day"], row["value"],
                          row["end_value"], bool(row["cue"]))
            for name in row["names_ar"]:
                self.timewords[normalize_key(name)] = tw
        greg = [n for n, m in self.months.items() if m.calendar == "gregorian"]
        hijri = [n for n, m in self.months.items() if m.calendar == "hijri"]
        self._compile(alt(greg), alt(hijri), alt(self.timewords))
        try:  # word frequencies only choose the trigger word of multi-word names
            freq = {r["word"]: r["count"] for r in load_table("wordfreq.tsv", directory=directory,
                                                               schema=_WORDFREQ_SCHEMA)}
        except LexiconError:
            freq = {}
        self.triggers = self._triggers(greg, hijri, freq)

    def _triggers(self, greg: list[str], hijri: list[str], freq: dict[str, int]) -> dict[str, int]:
        """Word (with any clitics) -> the families (bit mask) whose patterns it can anchor.

        The family patterns only run in small windows around these words, which keeps
        the stage fast; a pattern never matches without one of its trigger words.
        """
        table: dict[str, int] = {}

        def add(words, *families: str, article: bool = False) -> None:
            mask = 0
            for f in families:
                mask |= 1 << FAMILIES.index(f)
            for w in words:
                # the rarest word of a multi-word name anchors it (fewest windows to scan)
                parts = [p for p in w.split() if p not in _WEAK_TRIGGERS] or w.split()
                rarest = min(parts, key=lambda p: (freq.get(p, 0) + freq.get(p[2:] if
                                                   p.startswith("ال") else "ال" + p, 0), -len(p)))
                for v in _variants(rarest, article):
                    table[v] = table.get(v, 0) | mask

        add(greg, "date")
        add(hijri, "hijri")
        add(["ال" + w for w in WEEKDAYS], "weekday", article=True)
        add([w for w in REL_TRIGGERS if w.startswith("ال")], "rel", article=True)
        add([w for w in REL_TRIGGERS if not w.startswith("ال")], "rel")
        add(DURATION_UNITS, "duration")
        add(["ال" + w for w in PERIOD_PLURALS], "period", article=True)
        add(["ال" + w for w in SEASONS] + list(SEASONS), "season")
        add(list(CLOCK_TRIGGERS) + list(HOUR_WORDS), "clock")
        add(self.timewords, "names")
        return table

    def month(self, text: str) -> MonthName | None:
        return self.months.get(" ".join(text.split()))

    def _compile(self, gmon: str, hmon: str, names: str) -> None:
        mods, preps, pos = alt(MODS), alt(PREPS), alt(POSITIONS)
        lead = rf"(?P<pre>(?:{preps}{S})?(?:{pos}{S})?)"
        day = (rf"(?:(?P<d1>{DAYNUM})|(?P<o1>{ORD}))"
               rf"(?:{S0}(?:-|–|الي|حتي|و){S0}(?:(?P<d2>{DAYNUM})|(?P<o2>{ORD})))?"
               rf"{S0}(?:من{S}|[,،]{S0})?")
        year_tail = (rf"(?:{S0}[,،]?{S0}(?:(?:من|في){S})?(?:(?:عام|العام|سنه|السنه|لعام|للعام){S0})?"
                     rf"(?P<y>(?:19|20|21)\d\d)(?!\d)(?!{S0}ه{WE})(?:{S0}م{WE})?"
                     rf"|{S}(?:(?:من|في){S})?(?:العام|السنه|عام){S}(?P<ry>{mods}|قبل{S}الماضي)"
                     rf"|{S}(?P<mod>{mods}){WE})?")
        mon = (rf"(?:(?P<shahr>[بل]?شهر|الشهر|لشهر){S})?(?P<mp>[وبل])?(?P<m1>{gmon})"
               rf"(?:(?P<csep>{S0}[/\\|–-]{S0}|{S})(?P<m2>{gmon})|{S0}\({S0}(?P<m3>{gmon}){S0}\))?"
               rf"(?!\w)"
               # a second month: a range (من يونيو حتى سبتمبر) or a list (يناير وفبراير)
               rf"(?:(?P<rsep>{S0}[–-]{S0}|{S}(?:الي|حتي|وحتي|لغايه|ولغايه|والي){S}|{S}و{S0})"
               rf"(?:[بل]?شهر{S})?(?P<m4>{gmon})"
               rf"(?:{S0}[/\\|–-]{S0}(?P<m5>{gmon})|{S0}\({S0}(?P<m6>{gmon}){S0}\))?(?!\w))?")
        self.date_re = re.compile(rf"{WB}{CJ}(?P<b>{lead}(?:{day})?{mon}{year_tail})")

        self.numdate_re = re.compile(
            rf"{WB}(?P<b>(?:(?P<d>\d{{1,2}})(?P<s1>[/.-])(?P<mo>\d{{1,2}})(?P=s1)(?P<y>\d{{4}})"
            rf"|(?P<Y>\d{{4}})(?P<s2>[/.-])(?P<MO>\d{{1,2}})(?P=s2)(?P<D>\d{{1,2}}))"
            rf"(?:{S0}(?P<h>هجري(?:ه)?|للهجره|ه(?!\w)))?)(?![/.-]\d|\w)")

        ycue = r"(?:[بل]?(?:ال)?(?:عام|سنه)|للعام|للسنه|[بل]?عامي|سنتي|العامين|عان)"
        self.year_re = re.compile(
            rf"{WB}{CJ}(?P<b>(?:(?P<pre>{preps}|بين|{pos}|{preps}{S}{pos}){S})?"
            rf"(?:(?P<cue>{ycue}){S0})?(?P<y1>{YEAR4})(?P<m1>{S0}م{WE})?"
            rf"(?:(?P<sep>{S0}(?:-|–|—|/){S0}|{S}(?:الي|حتي|وحتي|لغايه|و){S0}|{S0}و)"
            rf"(?:(?:عام|العام|سنه){S0})?(?P<y2>{YEAR4})(?P<m2>{S0}م{WE})?)?)"
            rf"(?!{S0}ه{WE}|{S0}هجري|{S0}للهجره)(?![\w/]|\.\d)")

        self.hijri_re = re.compile(
            rf"{WB}{CJ}(?P<b>{lead}(?:(?:(?P<d1>{DAYNUM})|(?P<o1>{ORD})){S0}(?:من{S})?)?"
            rf"(?:(?P<shahr>[بل]?شهر|الشهر|لشهر){S})?(?P<mp>[وبل])?(?P<hm>{hmon})"
            rf"(?:{S0}[,،]?{S0}(?:(?:عام|سنه|لعام){S})?(?P<hy>1[345]\d\d)(?!\d)"
            rf"(?:{S0}(?P<hs>هجري(?:ه)?|للهجره|ه{WE}))?)?"
            rf"(?:{S}(?P<mod>{mods}|المبارك|الفضيل|الكريم|المعظم){WE})?){WE}")
        self.hyear_re = re.compile(
            rf"{WB}{CJ}(?P<b>(?:(?P<pre>{preps}){S})?(?:(?:{ycue}){S0})?(?P<hy>1[345]\d\d)"
            rf"{S0}(?:هجري(?:ه)?|للهجره|ه{WE}))")

        wd = alt(WEEKDAYS)
        parts = alt(DAY_PARTS)
        self.weekday_re = re.compile(
            rf"{WB}{CJ}(?P<b>(?:(?P<part>{parts}){S})?(?:(?P<yawm>[بل]?يوم|يومي|ليوم){S})?"
            rf"(?:(?P<rel>اليوم|امس|بالامس|الامس|غدا|يوم{S}امس|يوم{S}غد|اول{S}(?:من{S})?امس"
            rf"|قبل{S}امس|امس{S}الاول|بعد{S}غد)(?:{S}|{S0}(?P<paren>\(){S0}))?"
            rf"(?P<wd>(?:[بلك]?ال|لل){wd})(?:{S0}[-–/]{S0}(?:ال)?{wd})?(?(paren){S0}\))"
            rf"(?:{S}(?P<mod>{mods}|الاخير|الماضيين|المقبلين|القادمين){WE})?)(?!\w)")

        self.rel_re = re.compile(rf"{WB}{CJ}(?:" + "|".join(
            f"(?P<{name}>{pat})" for name, pat in _rel_patterns(mods)) + rf"){WE}")

        units = alt(DURATION_UNITS)
        approx = alt(("نحو", "حوالي", "قرابه", "زهاء", "ما يقرب من", "ما يزيد عن", "ما يزيد علي",
                      "اكثر من", "اقل من", "ما لا يقل عن", "اكثر قليلا من", "اقل قليلا من"))
        self.duration_re = re.compile(
            rf"{WB}{CJ}(?P<b>(?P<dir>قبل|منذ|بعد|[بل]?مرور|[بل]?مضي|بعد{S}مرور|بعد{S}مضي){S}"
            rf"(?:(?P<approx>{approx}){S})?"
            rf"(?:(?P<n>\d{{1,3}}(?:[.,]\d)?|{NUMW}|{alt(VAGUE)}){S})?(?P<u>{units}){WE}"
            rf"(?!{S0}\d)(?:{S}(?P<half>ونصف|و{S}نصف){WE})?"
            rf"(?:{S}(?P<ctx>من{S}الزمن|من{S}الان|مضت|خلت|من|علي|تقريبا){WE})?)")

        plural = alt(PERIOD_PLURALS)
        self.period_re = re.compile(
            rf"{WB}{CJ}(?P<b>(?:(?:خلال|في|طيله|طوال|منذ|علي{S}مدي|علي{S}مدار|طوال|عبر){S})?"
            rf"(?:ال{S0}(?P<n>\d{{1,3}}|{NUMW}){S}(?P<u1>{units})"
            rf"|{ART}(?P<u2>{plural}))(?:{S}(?:القليله|الاخيره))?"
            rf"{S}(?P<mod>الماضيه|المقبله|القادمه|الاخيره|الفائته|المنصرمه|الماضي|المقبل|القادم|"
            rf"الفائت|الاخير|الاخيرين|الماضيين|المقبلين|القادمين){WE})")

        season = alt(SEASONS)
        self.season_re = re.compile(
            rf"{WB}{CJ}(?P<b>(?:(?P<pre>{preps}){S})?(?:(?:{pos}){S})?(?:(?P<fasl>[بل]?فصل){S})?"
            rf"(?:(?P<this>هذا|هذه){S})?(?P<art>{ART})?(?P<s>{season})"
            rf"(?:{S}(?:(?:عام|العام|سنه){S0})?(?P<y>(?:19|20|21)\d\d)(?!\d)"
            rf"|{S}(?:من{S})?(?:هذا{S}العام|العام{S}(?P<ry>{mods}))"
            rf"|{S}(?P<mod>{mods}){WE})?){WE}")

        hours = alt(HOUR_WORDS)
        suffix = (r"(?:صباحا|مساء|مساءا|ظهرا|عصرا|ليلا|فجرا|بعد" + S + r"الظهر|بعد" + S
                  + r"الظهيره|من" + S + r"صباح|من" + S + r"مساء|من" + S + r"فجر|من" + S + r"ليل|"
                  r"بالتوقيت" + S + r"المحلي|بالتوقيت" + S + r"\S+|بتوقيت" + S + r"\S+|ت" + S0
                  + r"\.?" + S0 + r"غ|gmt|utc|ت" + S0 + r"غ" + S0 + r"م)")
        self.clock_re = re.compile(
            rf"{WB}{CJ}(?P<b>(?:(?:في|عند|حتي|منذ|قبل|بعد|حوالي|نحو|قرابه|عند{S}تمام|في{S}تمام|تمام)"
            rf"{S})?(?:(?P<saa>الساعه|ساعه){S})?"
            rf"(?:(?P<hh>\d{{1,2}})[:.,](?P<mm>\d{{2}})(?!\d)|(?P<hw>{hours})"
            rf"(?:{S}(?:و{S0}النصف|و{S0}الربع|الا{S}ربعا|الا{S}الربع|و{S0}\d+{S}دقيقه))?)"
            rf"(?:{S0}\(?{S0}(?P<suf>{suffix}))?)(?!\w)")

        self.names_re = re.compile(
            rf"{WB}{CJ}(?P<b>(?:(?P<lead>عطله|اجازه|عطلات|اجازات|احتفالات|ايام|عشيه|اول{S}ايام)"
            rf"{S})?(?P<name>{names})(?:{S}(?P<mod>{mods}))?(?:{S}(?P<y>{YEAR4}))?){WE}")

        self.future_re = re.compile(rf"{WB}[وف]?(?:{alt(FUTURE_WORDS)}{WE}|س[يتن]\w{{3,}})")
        self.boundary_re = re.compile(r"[.!?؟](?=\s|$)|\n")


def _rel_patterns(mods: str) -> list[tuple[str, str]]:
    """(group name, pattern) for the fixed relative expressions; the name says the handler."""
    day_part = alt(("صباح", "مساء", "ليل", "ليله", "ظهر", "عصر", "فجر", "ظهيره", "نهار", "صبيحه"))
    return [
        ("ago2", rf"اول{S}امس|امس{S}الاول|اول{S}من{S}امس|اول{S}البارحه"),
        ("ago1", rf"(?:{day_part}{S})?(?:يوم{S})?(?:[بل]?ال)?امس|(?:{day_part}{S})?البارحه"
                 rf"|الليله{S}الماضيه|ليله{S}البارحه"),
        ("ahead2", rf"بعد{S}غد|بعد{S}الغد"),
        ("ahead1", rf"غدا|(?:يوم|{day_part}){S}(?:يوم{S})?(?:غد|الغد)|الليله{S}المقبله"),
        ("nextday", rf"(?:(?:في|و){S})?(?:{day_part}{S})?اليوم{S}(?:التالي|الموالي|الذي{S}تلاه)"
                    rf"|غداه{S}ذلك|في{S}اليوم{S}الذي{S}تلا"),
        ("prevday", rf"(?:في{S})?اليوم{S}(?:السابق|الذي{S}سبقه)|قبل{S}ذلك{S}بيوم|عشيه{S}ذلك"),
        ("sameday", rf"(?:في{S})?(?:ذلك|نفس|ذات){S}اليوم|(?:في{S})?اليوم{S}(?:نفسه|ذاته)"
                    rf"|(?:في{S})?(?:تلك|نفس|ذات){S}الليله|(?:في{S})?الليله{S}(?:نفسها|ذاتها)"),
        ("then", rf"حينها|حينذاك|حينئذ|انذاك|انئذ|وقتها|وقتذاك|في{S}حينه|في{S}ذلك{S}الوقت"
                 rf"|(?:في|حتي|منذ){S}ذلك{S}الحين|منذ{S}ذلك{S}الوقت|في{S}تلك{S}الفتره"
                 rf"|في{S}تلك{S}الاثناء|في{S}ذلك{S}التاريخ"),
        ("sameyear", rf"(?:في{S})?(?:ذلك|نفس|ذات){S}العام|(?:في{S})?العام{S}(?:نفسه|ذاته)"
                     rf"|(?:في{S})?(?:تلك|نفس|ذات){S}السنه|(?:في{S})?السنه{S}(?:نفسها|ذاتها)"),
        ("nextyear", rf"(?:في{S})?العام{S}(?:التالي|الذي{S}تلاه)|(?:في{S})?السنه{S}التاليه"),
        ("samemonth", rf"(?:في{S})?(?:ذلك|نفس|ذات){S}الشهر|(?:في{S})?الشهر{S}(?:نفسه|ذاته)"),
        ("nextmonth", rf"(?:في{S})?الشهر{S}(?:التالي|الذي{S}تلاه)"),
        ("now", rf"الان|حاليا|للتو|راهنا|(?:حتي|الي|لحد|لغايه){S}(?:الان|اليوم|الساعه|اللحظه)"
                rf"|منذ{S}الان|حتي{S}هذه{S}اللحظه|في{S}الوقت{S}(?:الحالي|الراهن)|يومنا{S}هذا"
                rf"|حتي{S}تاريخه|حتي{S}كتابه{S}هذه{S}السطور"),
        ("ghadat", r"غداه"),
        ("weekend", rf"(?:عطله{S})?نهايه{S}(?:هذا{S})?الاسبوع(?:{S}(?:{mods}))?"),
        ("period", rf"(?:(?:{alt(POSITIONS)}){S})?(?:"
                   rf"(?:{ART})(?:شهر|اسبوع|عام|سنه){S}(?:{mods}|قبل{S}الماضي|قبل{S}الماضيه)"
                   rf"|(?:هذا|هذه){S}(?:الشهر|الاسبوع|العام|السنه)"
                   rf"|(?:{alt(POSITIONS)}){S}(?:الشهر|العام|السنه|الاسبوع))"),
        ("today", rf"(?:[بل]?ال|لل)يوم|(?:{day_part}){S}(?:هذا{S})?اليوم|هذا{S}اليوم"),
        ("tonight", rf"(?:هذه{S})?الليله"),
    ]


@lru_cache(maxsize=4)
def load_grammar(directory: str | None = None) -> Grammar:
    return Grammar(Path(directory) if directory else None)
