"""Within-article deduplication: one event told several times is one event.

Two real events are the same when they have the same type, their actors share a
code, their recipients share a code (or one side has none), the roles agree (or
the event is symmetric and the sides are swapped), and their dates agree at the
coarser precision.  The first telling is kept (with the highest confidence of
the group); the later ones become extra evidence in ``Event.mentions``.
"""

from __future__ import annotations

from ..document import Event, Span

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})


def _codes(parts) -> frozenset[str]:
    return frozenset(p.code for p in parts if p.code)


def _dates_agree(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def same_event(a: Event, b: Event, kinds: dict[str, str] | None = None) -> bool:
    if a.type != b.type or a.negated != b.negated or a.hypothetical != b.hypothetical:
        return False
    aa, ar, ba, br = _codes(a.actor), _codes(a.recipient), _codes(b.actor), _codes(b.recipient)
    straight = bool(aa & ba) and (not ar or not br or bool(ar & br))
    swapped = a.type in SYMMETRIC and bool(aa & br) and bool(ar & ba)
    if not (straight or swapped):
        return False
    if _different_people(a.actor, b.actor if straight else b.recipient, kinds or {}):
        return False  # Rubio's visit is not Trump's visit
    if a.date_source == "text" and b.date_source == "text":
        return _dates_agree(a.date, b.date)
    if abs(a.sentence - b.sentence) > 3 and min(a.sentence, b.sentence) > 1:
        return False  # far apart and not dated: more likely two events than one retold
    return _dates_agree(a.date, b.date) or "published" in (a.date_source, b.date_source)


def _different_people(x, y, kinds: dict[str, str]) -> bool:
    px = {p.entity for p in x if p.entity and kinds.get(p.entity) == "PER"}
    py = {p.entity for p in y if p.entity and kinds.get(p.entity) == "PER"}
    return bool(px) and bool(py) and not (px & py)
