"""The ``times`` stage: Arabic time expressions resolved against the publication date.

Recognises weekdays (يوم الأربعاء، الاثنين الماضي، مساء الثلاثاء), relative days
(اليوم، أمس، أول أمس، غدا، الليلة، في ذلك اليوم), relative periods (الشهر الماضي،
العام المقبل، الأسبوع الماضي، قبل ثلاثة أيام، منذ أسبوعين، خلال الأيام الماضية),
months in the three naming systems (يونيو / حزيران / جوان, also "يونيو/حزيران" and
"حزيران (يونيو)"), full dates (12 يونيو 2018، الثاني عشر من يونيو، 12/6/2018،
2018-06-12), years (عام 2022، في 2019، 2022م), seasons (صيف 2019، الربيع الماضي),
ranges (من 5 إلى 7 يونيو، بين عامي 2011 و2014، 2011-2014), Hijri dates (15 رمضان
1447 هـ، شهر رمضان، عام 1446هـ, converted with ``hijridate``), feasts and a few named
periods (عيد الفطر، يوم الأرض، الربيع العربي), and clock times (الساعة 11:19).

Every :class:`~hadath.document.Time` has ``text == doc.text[start:end]`` and a
``value`` at the precision the text supports (``YYYY-MM-DD``, ``YYYY-MM`` or
``YYYY``); ``None`` when it depends on a publication date the document lacks.
The resolution rules are documented in :mod:`hadath.times.resolve`; the patterns in
:mod:`hadath.times.grammar`.
"""

from __future__ import annotations

from ..config import Config
from ..document import Document, Time
from ..resources import Resources
from ..text.normalize import Normalized, normalize
from .grammar import Grammar, load_grammar
from .resolve import Finder

__all__ = ["find_times", "make"]


def _find(grammar: Grammar, text: str, view: Normalized, published: str | None) -> list[Time]:
    return Finder(grammar, text, view, published).run()


def find_times(text: str, published: str | None = None) -> list[Time]:
    """Time expressions of ``text`` (offsets into ``text``), resolved against ``published``."""
    return _find(load_grammar(), text, normalize(text), published)


def make(config: Config, resources: Resources):
    grammar = load_grammar()

    def times_stage(doc: Document) -> Document:
        view = doc.scratch.get("view")
        if view is None:
            view = normalize(doc.text)
        doc.times.extend(_find(grammar, doc.text, view, doc.published))
        doc.times.sort(key=lambda t: (t.start, t.end))
        return doc

    return times_stage
