"""Within-article deduplication: one event told several times is one event.

Two events are the same when they have the same type and modality (future included), their actors
share a code, their recipients share a code (or one side has none), the roles agree
(or the event is symmetric and the sides are swapped), they are not the acts of two
different people (nor one on a named person and one on a counted group, told in two
sentences: the arrest of Abu al-Futuh, قبضت على ستة), and their dates agree; in one sentence, an attack by someone
unidentified is the same as the other mentions of its kind.  Undated retellings far apart in the
article are kept apart, and so are two events at different named places (cities, regions).
An attack by someone unidentified and the same kind of attack on the same state told within
three sentences with its attackers named are one attack, by the attackers named.  The first telling is kept (with the highest confidence of
the group); the later ones become extra evidence in ``Event.mentions``.
"""

from __future__ import annotations

import re

from ..document import Event, Participant, Span

_TEXTUAL = frozenset({"text", "context"})
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})


def _codes(parts: list[Participant]) -> frozenset[str]:
    return frozenset(p.code for p in parts if p.code)


def _dates_agree(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _different_people(x: list[Participant], y: list[Participant], kinds: dict[str, str]) -> bool:
    px = {p.entity for p in x if p.entity and kinds.get(p.entity) == "PER"}
    py = {p.entity for p in y if p.entity and kinds.get(p.entity) == "PER"}
    return bool(px) and bool(py) and not (px & py)


def _different_places(a: Event, b: Event) -> bool:
    """Both happened at a named place below the state (a city, a region: the events stage
    sets ``location`` to such a place only), and not the same one."""
    la, lb = a.location, b.location
    return la is not None and lb is not None and bool(la.name) and bool(lb.name) and la.name != lb.name


_COUNTED = re.compile(r"^\s*(?:على\s+)?(?:\d+|عشرات|مئات|آلاف|اثنين|ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية|"
                      r"تسعة|عشرة)\b")


def _named_and_counted(a: Event, b: Event, kinds: dict[str, str]) -> bool:
    """قبضت على ستة (six people) is not the arrest of Abu al-Futuh (a named person)."""
    def named(ev: Event) -> bool:
        return any(p.entity and kinds.get(p.entity) == "PER" for p in ev.recipient)

    def counted(ev: Event) -> bool:
        after = ev.evidence.text[ev.trigger.end - ev.evidence.start:]
        return bool(_COUNTED.match(after))
    return (named(a) and counted(b)) or (named(b) and counted(a))


def _anonymous(parts: list[Participant]) -> bool:
    """"Someone in <state>" (sector UAF: unidentified armed forces): the actor of an attack whose
    attackers were not named there (مسلحون مجهولون، انتحاري، or nobody at all)."""
    return bool(parts) and all(p.entity is None and (p.sector == "UAF" or not p.text) for p in parts)


def same_event(a: Event, b: Event, kinds: dict[str, str] | None = None) -> bool:
    if a.type != b.type or a.negated != b.negated or a.hypothetical != b.hypothetical or a.future != b.future:
        return False  # (a visit still to come is not the invitation accepted)
    if a.type == "ASSAULT" and (a.mode == "abduct") != (b.mode == "abduct") and not b.retold:
        return False  # اختطفوا العشرات: a kidnapping is not the fighting or the strike told near it
    aa, ar, ba, br = _codes(a.actor), _codes(a.recipient), _codes(b.actor), _codes(b.recipient)
    if a.type == "ASSAULT" and _anonymous(a.actor) != _anonymous(b.actor) and ar & br and \
            not _different_places(a, b) and (abs(a.sentence - b.sentence) <= 3 or (
                a.date_source in _TEXTUAL and b.date_source in _TEXTUAL and _dates_agree(a.date, b.date))):
        # هجوم سروج (someone in Turkey) ... الهجوم الذي نسب إلى داعش: the attack told again with
        # its attackers named
        return not (a.date_source in _TEXTUAL and b.date_source in _TEXTUAL and not _dates_agree(a.date, b.date))
    same_sentence = a.sentence == b.sentence
    if same_sentence and (not aa or not ba) and (not ar or not br or bool(ar & br)):
        return True  # مقتل أربعة ... في هجوم انتحاري استهدف دورية: one attack by someone unidentified
    straight = bool(aa & ba) and (not ar or not br or bool(ar & br) or same_sentence)
    swapped = a.type in SYMMETRIC and bool(aa & br) and bool(ar & ba)
    if not (straight or swapped):
        return False
    if _different_people(a.actor, b.actor if straight else b.recipient, kinds or {}):
        return False  # Rubio's visit is not Trump's visit
    if straight and _different_people(a.recipient, b.recipient, kinds or {}):
        return False  # the arrest of Abu al-Futuh is not the arrest of someone else
    if straight and a.sentence != b.sentence and _named_and_counted(a, b, kinds or {}):
        return False  # ... nor the arrest of six others
    if a.sentence == b.sentence and not b.retold and a.date_source in _TEXTUAL and b.date_source in _TEXTUAL \
            and not _dates_agree(a.date, b.date):
        return False  # تفجير قاعدة المارينز في بيروت عام 1982 والسفارة في الكويت عام 1983: two bombings
    if b.retold or a.sentence == b.sentence:
        return True  # بعد الإضراب الإسرائيلي; قتل قادة حماس بضربة جوية على الدوحة
    if _different_places(a, b):
        return False  # غارة في تعز، غارة في صعدة: two strikes the same day
    if a.date_source in _TEXTUAL and b.date_source in _TEXTUAL:
        return _dates_agree(a.date, b.date)
    if abs(a.sentence - b.sentence) > 3 and (min(a.sentence, b.sentence) > 1 or not straight):
        return False  # far apart and not dated: more likely two events than one retold
    if _dates_agree(a.date, b.date):
        return True
    # one is dated only by publication: the same event unless the other is dated in the
    # text to a different time (قبوله دعوة في أبريل is not the summit announced today)
    dated = a if a.date_source in _TEXTUAL else b if b.date_source in _TEXTUAL else None
    return dated is None


def deduplicate(events: list[Event], kinds: dict[str, str] | None = None) -> list[Event]:
    """``kinds``: entity id -> kind, so that two different people's acts stay apart."""
    kept: list[Event] = []
    for ev in events:
        twin = next((k for k in reversed(kept) if same_event(k, ev, kinds)), None)
        if twin is None:
            if not ev.retold:  # a reference back to nothing told: a generic mention
                kept.append(ev)
            continue
        twin.mentions.append(Span(ev.evidence.start, ev.evidence.end, ev.evidence.text))
        twin.confidence = max(twin.confidence, ev.confidence)
        if (not _codes(twin.actor) or _anonymous(twin.actor)) and _codes(ev.actor) and not _anonymous(ev.actor):
            twin.actor = ev.actor  # انفجرت عبوة ... معارك بين قوات الناتو ومسلحي طالبان: now the actors are named
        codes = {p.code for p in twin.recipient} | {p.code for p in twin.actor}
        twin.recipient += [p for p in ev.recipient if p.code not in codes]
        if twin.date_source not in _TEXTUAL and ev.date_source in _TEXTUAL:
            twin.date, twin.date_source = ev.date, ev.date_source
        if twin.location is None and ev.location is not None:
            twin.location = ev.location  # the place a retelling names is the event's place
    return kept
