"""The registry of pipeline stages: the one place that says what runs, in what order.

Each stage is a small module exposing a factory ``make(config, resources)`` that
returns a callable ``Document -> Document``.  A stage declares what it
``requires`` (annotations some earlier stage must provide) and what it
``provides``; :class:`hadath.pipeline.Pipeline` checks the chain when it is built,
so a mis-assembled pipeline fails at once with a message naming the missing stage.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StageSpec:
    name: str
    factory: str  # "module:function", imported when the pipeline is built
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    summary: str


REGISTRY: tuple[StageSpec, ...] = (
    StageSpec("text", "hadath.text.stage:make", (), ("sentences", "tokens"),
              "normalise (with offset map), split sentences, tokenise and segment clitics"),
    StageSpec("entities", "hadath.entities:make", ("tokens",), ("entities",),
              "lexicon matching (people, places, organisations, nisba adjectives) and trained NER"),
    StageSpec("times", "hadath.times:make", ("sentences",), ("times",),
              "time expressions resolved against the publication date"),
    StageSpec("actors", "hadath.actors:make", ("entities",), ("actors",),
              "coreference, metonymy and PLOVER actor codes for every entity"),
    StageSpec("quotes", "hadath.quotes:make", ("tokens", "actors"), ("quotes",),
              "direct and reported speech with cue, speaker and content"),
    StageSpec("events", "hadath.events:make", ("tokens", "actors", "times", "quotes"), ("events",),
              "PLOVER events: triggers, roles, modality, dates, deduplication"),
    StageSpec("places", "hadath.places:make", ("events",), ("locations",),
              "event locations resolved to a country and coordinates"),
    StageSpec("gloss", "hadath.gloss:make", ("events",), ("glosses", "contexts"),
              "English glosses, confidence and document contexts"),
)

BY_NAME = {s.name: s for s in REGISTRY}
