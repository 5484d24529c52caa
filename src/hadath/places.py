"""The ``places`` stage: where each event happened, resolved to a country and coordinates.

An event's location is the place named in its clause after a locative preposition
(في، بـ، داخل، قرب) or, for violence, the target after على; a named city, region,
base or building wins over a country.  Places come from the lexicon with their
country and coordinates (capitals included: "بضربة جوية على الدوحة" happened in
Doha, Qatar).  When violence, coercion or a deployment has no stated target, the
state where it happened is its recipient (PLOVER codes the target's country).
"""

from __future__ import annotations

from .config import Config
from .document import Document, Event, Location, Participant
from .entities import Found
from .events.arguments import token_at
from .events.syntax import preposition
from .resources import Resources

LOCATIVE = frozenset({"في", "ب", "داخل", "قرب", "بالقرب", "شمال", "جنوب", "شرق", "غرب", "شمالي",
                      "جنوبي", "شرقي", "غربي", "وسط", "علي", "الي"})
_TARGETED = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"})
_RANK = {"place": 0, "capital": 0, "country": 1}


def _place_founds(doc: Document, ev: Event) -> list[Found]:
    index = doc.scratch.get("actor_index")
    if index is None:
        return []
    out: list[Found] = []
    seen = set()
    first = token_at(doc, ev.evidence.start) or 0
    for ti in range(first, len(doc.tokens)):
        tok = doc.tokens[ti]
        if tok.start < ev.evidence.start:
            continue
        if tok.end > ev.evidence.end:
            break
        f = index.found_at[ti]
        if f is None or id(f) in seen or f.entry is None:
            continue
        seen.add(id(f))
        if f.entry.source not in _RANK:
            continue
        p = preposition(doc, f.first, max(0, f.first - 2))
        prev = doc.tokens[f.first - 1].base if f.first > 0 else ""
        if p in LOCATIVE or prev in LOCATIVE:
            if (p == "علي" or prev == "علي") and ev.type not in _TARGETED:
                continue
            out.append(f)
    return out


def locate(doc: Document, ev: Event, states: bool = True) -> Location | None:
    """The event's place; ``states=False``: only a place below the state (a city, a region,
    a capital), for telling two events apart."""
    cands = [f for f in _place_founds(doc, ev) if states or f.entry.source != "country"]
    if not cands:
        return None
    f = min(cands, key=lambda f: (_RANK[f.entry.source], abs(f.start - ev.trigger.start)))
    e = f.entry
    ent = f.entity.id if f.entity is not None and f.entity.id else None
    # a capital is filed under its state's code but keeps its own name and coordinates
    return Location(name=e.name_en, country=e.country, entity=ent, lat=e.lat, lon=e.lon,
                    start=f.start, end=f.end)


def make(config: Config, resources: Resources):
    def places_stage(doc: Document) -> Document:
        for ev in doc.events:
            ev.location = locate(doc, ev)
            if ev.location is not None and ev.type in _TARGETED and not ev.recipient and ev.location.country \
                    and ev.location.country not in {p.code for p in ev.actor}:
                ev.recipient = [Participant(ev.location.country, None, None, ev.location.name,
                                            ev.location.start, ev.location.end)]
        return doc

    return places_stage
