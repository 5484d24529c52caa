"""The one document model every stage reads and writes.

A :class:`Document` holds the untouched article text and everything found in it.
Every annotation carries ``start``/``end`` character offsets into ``Document.text``
(Python string indices, end exclusive), so ``doc.text[x.start:x.end]`` is always
the evidence as written.

Tokens follow Stanza's split between the surface *token* and the *words* inside
it: an Arabic token such as ``وبالدوحة`` is one :class:`Token` with three
:class:`Segment` objects (``و`` + ``ب`` + ``ال`` + ``دوحة``: proclitics, then the
stem), each with its own offsets into the original text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = "1.0"

ENTITY_KINDS = ("PER", "ORG", "GPE", "LOC")
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(slots=True)
class Segment:
    """One word inside a token: a proclitic, the stem, or an enclitic pronoun."""

    start: int
    end: int
    form: str  # normalised form ("و", "ب", "ال", "دوحه", "ها"); "ال" may be restored (لل)
    kind: str  # "pre" | "stem" | "suf"

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "form": self.form, "kind": self.kind}


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str  # surface text, exactly doc.text[start:end]
    norm: str  # normalised surface (see hadath.text.normalize)
    segments: list[Segment] = field(default_factory=list)
    sent: int = 0  # index of its sentence
    # views of the segments, set once at construction (segments are final when a token is
    # made; plain attributes rather than properties: the stages read them millions of times)
    stem: str = field(default="", init=False, compare=False)  # normalised stem, no clitics nor ال
    base: str = field(default="", init=False, compare=False)  # the stem with its article, if any
    prefixes: tuple[str, ...] = field(default=(), init=False, compare=False)
    suffix: str = field(default="", init=False, compare=False)
    is_word: bool = field(default=False, init=False, compare=False)  # starts with a letter

    def __post_init__(self) -> None:
        self.is_word = self.norm[:1].isalpha()
        segs = self.segments
        if len(segs) == 1 and segs[0].kind == "stem":  # most tokens: no clitic
            self.stem = self.base = segs[0].form
            return
        stem, suffix, pre = self.norm, "", []
        for s in self.segments:
            if s.kind == "stem":
                stem = s.form
            elif s.kind == "suf":
                suffix = s.form
            else:
                pre.append(s.form)
        self.stem, self.suffix, self.prefixes = stem, suffix, tuple(pre)
        self.base = ("ال" + stem) if "ال" in pre else stem

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "norm": self.norm,
                "segments": [s.to_dict() for s in self.segments]}


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    token_start: int = 0  # index of its first token in Document.tokens
    token_end: int = 0  # one past its last token
    kind: str = "text"  # text | dateline (the place of filing: واشنطن، الرياض - واس:)

    def to_dict(self) -> dict:
        d = {"start": self.start, "end": self.end}
        if self.kind != "text":
            d["kind"] = self.kind
        return d


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    source: str = "lexicon"  # lexicon | ner | coref | fuzzy | nisba
    confidence: float = 1.0
    role: str = ""  # "gpe" when a place stands for its government (metonymy)

    def to_dict(self) -> dict:
        d = {"start": self.start, "end": self.end, "text": self.text, "source": self.source,
             "confidence": round(self.confidence, 3)}
        if self.role:
            d["role"] = self.role
        return d


@dataclass(slots=True)
class Entity:
    id: str
    kind: str  # PER | ORG | GPE | LOC
    name_en: str | None = None
    country: str | None = None  # ISO3 or IGO/UNO/EUR/... for international bodies
    sector: str | None = None  # PLOVER sector code
    mentions: list[Mention] = field(default_factory=list)
    key: str | None = None  # lexicon id, when resolved from a lexicon
    name_ar: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict:
        d: dict[str, Any] = {"id": self.id, "kind": self.kind, "name_en": self.name_en,
                             "country": self.country, "sector": self.sector,
                             "mentions": [m.to_dict() for m in self.mentions]}
        if self.key:
            d["key"] = self.key
        if self.name_ar:
            d["name_ar"] = self.name_ar
        if self.lat is not None:
            d["lat"], d["lon"] = self.lat, self.lon
        return d


@dataclass(slots=True)
class Time:
    start: int
    end: int
    text: str
    value: str | None  # ISO at the precision the text supports: YYYY-MM-DD | YYYY-MM | YYYY
    kind: str = "date"  # date | month | year | weekday | relative | season | range | hijri
    end_value: str | None = None  # for ranges

    def to_dict(self) -> dict:
        d = {"start": self.start, "end": self.end, "text": self.text, "value": self.value,
             "kind": self.kind}
        if self.end_value:
            d["end_value"] = self.end_value
        return d


@dataclass(slots=True)
class Participant:
    """An actor or recipient of an event, or the speaker of a quote."""

    code: str | None  # ISO3 / IGO / UNO / EUR / IMG ...
    sector: str | None = None
    entity: str | None = None  # Entity.id
    text: str = ""
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict:
        return {"code": self.code, "sector": self.sector, "entity": self.entity,
                "text": self.text, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Quote:
    start: int  # the quoted / reported content
    end: int
    text: str
    cue: str  # the speech verb as written (with clitics)
    cue_start: int
    cue_end: int
    speaker: Participant | None = None
    kind: str = "direct"  # direct | reported

    def to_dict(self) -> dict:
        return {"speaker": self.speaker.to_dict() if self.speaker else None, "cue": self.cue,
                "cue_span": {"start": self.cue_start, "end": self.cue_end},
                "text": self.text, "start": self.start, "end": self.end, "kind": self.kind}


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str = ""

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Location:
    name: str
    country: str | None = None
    entity: str | None = None
    lat: float | None = None
    lon: float | None = None
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict:
        return {"name": self.name, "country": self.country, "entity": self.entity,
                "lat": self.lat, "lon": self.lon, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Event:
    id: str
    type: str  # PLOVER event type
    mode: str | None
    trigger: Span
    evidence: Span  # the sentence (or clause) the event is read from
    actor: list[Participant] = field(default_factory=list)
    recipient: list[Participant] = field(default_factory=list)
    date: str | None = None
    date_source: str | None = None  # "text" (a governing time expression) | "context" | "published"
    location: Location | None = None
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    reported: bool = False  # told through someone's speech or a claim
    confidence: float = 0.5
    gloss_en: str = ""
    context: list[str] = field(default_factory=list)
    sentence: int = 0
    mentions: list[Span] = field(default_factory=list)  # further evidence (deduplicated retellings)
    rule: str = ""  # which trigger rule fired (for debugging and calibration)
    retold: bool = False  # a definite event noun referring back (بعد الإضراب): merged into its antecedent

    @property
    def is_real(self) -> bool:
        return not (self.negated or self.hypothetical)

    def to_dict(self) -> dict:
        return {
            "id": self.id, "type": self.type, "mode": self.mode,
            "actor": [p.to_dict() for p in self.actor],
            "recipient": [p.to_dict() for p in self.recipient],
            "date": self.date, "date_source": self.date_source,
            "location": self.location.to_dict() if self.location else None,
            "negated": self.negated, "hypothetical": self.hypothetical, "future": self.future,
            "reported": self.reported, "confidence": round(self.confidence, 3),
            "trigger": self.trigger.to_dict(), "evidence": self.evidence.to_dict(),
            "mentions": [m.to_dict() for m in self.mentions],
            "context": list(self.context), "gloss_en": self.gloss_en,
        }


@dataclass(slots=True)
class Document:
    text: str
    id: str = "doc"
    published: str | None = None  # YYYY-MM-DD
    meta: dict[str, str] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: names of the stages that have run, in order
    stages_run: list[str] = field(default_factory=list)
    #: private working state shared between stages (normalised view, ...); never serialised
    scratch: dict[str, Any] = field(default_factory=dict, repr=False)

    # -- helpers ---------------------------------------------------------------------------
    def sentence_tokens(self, i: int) -> list[Token]:
        s = self.sentences[i]
        return self.tokens[s.token_start:s.token_end]

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence containing character ``offset`` (nearest before if between)."""
        lo, hi = 0, len(self.sentences) - 1
        if hi < 0:
            return 0
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def iter_mentions(self) -> Iterator[tuple[Entity, Mention]]:
        for e in self.entities:
            for m in e.mentions:
                yield e, m

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def to_dict(self, *, tokens: bool = False) -> dict:
        d: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "published": self.published,
            "meta": dict(self.meta),
            "text": self.text,
            "sentences": [s.to_dict() for s in self.sentences],
            "entities": [e.to_dict() for e in self.entities],
            "times": [t.to_dict() for t in self.times],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
            "contexts": list(self.contexts),
            "warnings": list(self.warnings),
        }
        if tokens:
            d["tokens"] = [t.to_dict() for t in self.tokens]
        return d
