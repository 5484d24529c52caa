"""Event dates: the time expression that governs the event, else a documented default.

Preference, within the event's sentence:

1. a time expression inside the event's clause, after the trigger;
2. one inside the clause before the trigger;
3. the nearest one elsewhere in the sentence.

Without one, an event told as the article's news takes the publication date
(``date_source="published"``); an event in a sentence about the past (كان ... قد،
سابقا، من قبل) keeps no date rather than a wrong one.  Future intentions that became
AGREE are dated on the day they were announced: the publication date, or the date
of the speech that announced them.
"""

from __future__ import annotations

from ..document import Document, Event, Time
from ..text.normalize import normalize_key

PAST_MARKERS = frozenset("سابقا سابق من_قبل قبل وكان وكانت كان كانت".split())


def assign_dates(doc: Document) -> None:
    times = sorted(doc.times, key=lambda t: t.start)
    last_dated: dict[int, str] = {}  # sentence -> date of its text-dated events
    for ev in sorted(doc.events, key=lambda e: e.trigger.start):
        sent = doc.sentences[ev.sentence]
        in_sent = [t for t in times if sent.start <= t.start < sent.end and t.value
                   and not _dates_a_document(doc, t)]
        chosen: Time | None = None
        if ev.type == "AGREE" and ev.future:
            # an announcement: a time after the trigger is the date of the future event
            before = [t for t in in_sent if t.end <= ev.trigger.start and _in_clause(ev, t)]
            chosen = before[-1] if before else None
            if chosen is None:
                ev.date, ev.date_source = doc.published, "published" if doc.published else None
                continue
        else:
            clause = [t for t in in_sent if _in_clause(ev, t)]
            after = [t for t in clause if t.start >= ev.trigger.end]
            before = [t for t in clause if t.end <= ev.trigger.start]
            if after:
                chosen = after[0]
            elif before:
                chosen = before[-1]
            elif in_sent:
                chosen = min(in_sent, key=lambda t: min(abs(t.start - ev.trigger.start),
                                                        abs(t.end - ev.trigger.end)))
        if chosen is None and not (ev.type == "AGREE" and ev.future):
            prev = last_dated.get(ev.sentence - 1)
            if prev and _same_paragraph(doc, ev.sentence - 1, ev.sentence):
                # زار ترامب الدولة في شهر مايو ... تلقى تعهدات: the story goes on at that date
                ev.date, ev.date_source = prev, "context"
                continue
        if chosen is not None:
            ev.date, ev.date_source = chosen.value, "text"
            last_dated[ev.sentence] = chosen.value
            if doc.published and chosen.value[:len(doc.published)] > doc.published[:len(chosen.value)] \
                    and not ev.future and not _told_as_past(chosen):
                # تعقد القمة ... في يونيو (published in April); not أمس الجمعة when the
                # publication date is a day or two early: yesterday is never to come
                mark_future(ev, doc.published)
        elif doc.published:
            ev.date, ev.date_source = doc.published, "published"


#: participles that take the time after them for a document or deal (القانون الصادر عام 2015)
_DOCUMENT_PARTICIPLES = ("الصادر", "الصادرة", "الموقع", "الموقعة", "المبرم", "المبرمة", "المؤرخ", "المؤرخة")


def _dates_a_document(doc: Document, t: Time) -> bool:
    """لقانون تنظيم قوائم الكيانات الإرهابية الصادر عام 2015: the year is the law's."""
    words = doc.text[max(0, t.start - 25):t.start].split()
    return bool(words) and (words[-1] in _DOCUMENT_PARTICIPLES or
                            (len(words) > 1 and words[-2] in _DOCUMENT_PARTICIPLES and words[-1] in ("في", "عام")))


FUTURE_AS_AGREE = frozenset({"CONSULT", "COOPERATE", "AID", "SUPPORT", "RETREAT", "CONCEDE"})


def mark_future(ev: Event, published: str) -> None:
    """An event dated after publication has not happened: a planned meeting or deal is an
    expressed intent (AGREE, dated when announced); planned violence is hypothetical."""
    ev.future = True
    if ev.negated:
        return
    if ev.type in FUTURE_AS_AGREE:
        ev.type, ev.mode = "AGREE", None
        ev.date, ev.date_source = published, "published"
    elif ev.type in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"):
        ev.hypothetical = True


_PAST_WORDS = ("امس", "البارحه", "الماضي", "الماضيه", "الفائت", "الفائته", "المنصرم", "المنصرمه", "السابق")


def _told_as_past(t: Time) -> bool:
    words = normalize_key(t.text).split()
    return any(w in _PAST_WORDS or w.lstrip("وب") in _PAST_WORDS for w in words)


def _same_paragraph(doc: Document, a: int, b: int) -> bool:
    sa, sb = doc.sentences[a], doc.sentences[b]
    return "\n" not in doc.text[sa.end:sb.start]


def _in_clause(ev: Event, t: Time) -> bool:
    return ev.evidence.start <= t.start < ev.evidence.end
