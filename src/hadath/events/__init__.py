"""The ``events`` stage: PLOVER events with roles, modality, dates and evidence.

See :mod:`hadath.events.engine` for the method; the trigger lexicon is
``data/lexicons/triggers.tsv``.
"""

from __future__ import annotations

from ..config import Config
from ..document import Document
from ..resources import Resources
from .dates import assign_dates
from .dedup import deduplicate
from .engine import EventExtractor, reporting_verbs
from .lexicon import TriggerIndex
from .sense import military_context, sports_context

__all__ = ["make", "EventExtractor", "TriggerIndex"]


#: types emitted whatever their confidence (see Config.min_event_confidence)
_KEPT_WHEN_WEAK = frozenset({"ASSAULT", "COERCE", "PROTEST"})


def make(config: Config, resources: Resources):
    triggers = resources.triggers
    extractor = EventExtractor(triggers, resources.gazetteer if config.fuzzy_places else None,
                               reporting=reporting_verbs(resources.speech_cues),
                               given=resources.plain_given_names)

    def events_stage(doc: Document) -> Document:
        doc.scratch["military_context"] = military_context(doc, triggers)
        doc.scratch["sports_context"] = sports_context(doc)
        extractor(doc)
        assign_dates(doc)
        from ..places import locate  # (places imports this package)

        for ev in doc.events:
            ev.location = locate(doc, ev, states=False)  # dedup keeps strikes on two cities apart
        real = [e for e in doc.events if e.is_real]
        irrealis = [e for e in doc.events if not e.is_real] if config.keep_irrealis else []
        kinds = {e.id: e.kind for e in doc.entities}
        events = deduplicate(real, kinds) + deduplicate(irrealis, kinds)
        events = [e for e in events if e.confidence >= config.min_event_confidence or e.type in _KEPT_WHEN_WEAK
                  or not e.is_real]  # (negated and hypothetical events are flagged, not emitted as facts)
        events.sort(key=lambda e: e.trigger.start)
        for k, e in enumerate(events, 1):
            e.id = f"ev{k}"
        doc.events = events
        return doc

    return events_stage
