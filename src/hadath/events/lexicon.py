"""Trigger lexicon: ``triggers.tsv`` compiled into a form -> definitions index."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lexicon.loader import load_table
from ..lexicon.morph import expand_all
from ..lexicon.schemas import TRIGGERS
from ..text.normalize import normalize_key

DEFAULT_FRAMES = {
    ("verb", "active"): "subj=actor obj=recipient على=recipient ضد=recipient مع=recipient الى=recipient",
    ("verb", "passive"): "subj=recipient من_قبل=actor على_يد=actor",
    ("noun", "active"): "nisba=actor gen=actor على=recipient ضد=recipient مع=recipient من_قبل=actor "
                        "على_يد=actor",
    ("noun", "passive"): "nisba=actor gen=recipient على=recipient من_قبل=actor",
}


@dataclass(frozen=True)
class Frame:
    slots: tuple[tuple[str, str], ...]  # (slot, role) in priority order
    symmetric: bool = False
    need: frozenset[str] = frozenset()
    unless: frozenset[str] = frozenset()
    no_object: bool = False  # the verb never carries an object pronoun in this sense
    need_reach: int = 5  # tokens after the trigger in which a ``need`` word is looked for

    def role(self, slot: str) -> str | None:
        for s, r in self.slots:
            if s == slot:
                return r
        return None

    @property
    def slot_names(self) -> frozenset[str]:
        return frozenset(s for s, _ in self.slots)


def parse_frame(text: str) -> Frame:
    slots: list[tuple[str, str]] = []
    sym = False
    need: frozenset[str] = frozenset()
    unless: frozenset[str] = frozenset()
    no_object = False
    need_reach = 5
    for part in text.split():
        if part == "sym":
            sym = True
        elif part == "noobj":
            no_object = True
        elif part == "needfar":
            need_reach = 8
        elif part.startswith("need="):
            need = frozenset(normalize_key(w) for w in part[5:].split(","))
        elif part.startswith("not="):
            unless = frozenset(normalize_key(w) for w in part[4:].split(","))
        elif "=" in part:
            slot, role = part.split("=", 1)
            slots.append((normalize_key(slot.replace("_", " ")).replace(" ", "_"), role))
        else:
            raise ValueError(f"bad frame item {part!r}")
    return Frame(tuple(slots), sym, need, unless, no_object, need_reach)


@dataclass(frozen=True)
class TriggerDef:
    lemma: str
    type: str
    mode: str | None
    pos: str
    voice: str
    frame: Frame
    weight: float
    sense: tuple[tuple[str, str], ...] = ()
    rest: tuple[str, ...] = ()  # further words of a multi-word trigger (stems, no ال)
    line: int = 0
    lemma_form: str = ""  # the bare (3rd person masculine perfect) form, often spelt like the masdar


@dataclass
class Hit:
    """A trigger occurrence."""

    first: int
    last: int
    d: TriggerDef


@dataclass
class TriggerIndex:
    single: dict[str, list[TriggerDef]] = field(default_factory=dict)
    multi: dict[str, list[TriggerDef]] = field(default_factory=dict)  # first word -> defs

    @property
    def vocabulary(self) -> frozenset[str]:
        words = set(self.single) | set(self.multi)
        for defs in self.multi.values():
            for d in defs:
                words.update(d.rest)
        return frozenset(w for w in words if w.isalpha())

    @classmethod
    def load(cls, directory=None) -> TriggerIndex:
        """The shipped triggers.tsv (or the one in ``directory``)."""
        idx = cls()
        for row in load_table("triggers.tsv", directory=directory, schema=TRIGGERS):
            frame_text = row["frame"] or ""
            if not any("=" in part and part.split("=", 1)[0] not in ("need", "not") for part in frame_text.split()):
                # a frame of conditions only (not=الساحة): the default roles with them
                frame_text = (DEFAULT_FRAMES[(row["pos"], row["voice"])] + " " + frame_text).strip()
            try:
                frame = parse_frame(frame_text)
            except ValueError as exc:
                from ..errors import LexiconError

                raise LexiconError(str(exc), path="triggers.tsv", line=row["_line"]) from None
            sense = tuple(tuple(x.split("=", 1)) for x in (row["sense"] or "").split() if "=" in x)
            for test, new_type in sense:
                if test not in SENSE_TESTS or (new_type and new_type not in EVENT_TYPES) or \
                        (not new_type and test not in DROP_TESTS):
                    from ..errors import LexiconError

                    raise LexiconError(f"unknown sense rule {test}={new_type} (tests: {', '.join(sorted(SENSE_TESTS))};"
                                       f" types: the 16 PLOVER types)", path="triggers.tsv", line=row["_line"])
            bare = normalize_key(row["forms"][0]).split()[0].rstrip("*")  # (رفع* العقوبات: رفع)
            literal = {normalize_key(f) for f in row["forms"] if not f.endswith("*")}
            for form in expand_all(row["forms"], row["pos"]):
                words = form.split()
                d = TriggerDef(row["lemma"], row["type"], row["mode"], row["pos"], row["voice"], frame,
                               row["weight"], sense, tuple(_strip_al(w) for w in words[1:]), row["_line"],
                               bare)
                target = idx.multi if len(words) > 1 else idx.single
                bucket = target.setdefault(words[0], [])
                if d not in bucket:
                    if form in literal:
                        # a form a row spells out beats the same letters made by inflecting
                        # another row (أضرب "went on strike" vs أضرب "I hit" from يضرب*)
                        bucket.insert(0, d)
                    else:
                        bucket.append(d)
        return idx


SENSE_TESTS = frozenset({"mil", "envoy", "court", "sentence", "pledge", "gov", "verbal", "usurp", "test", "fig", "hostage",
                         "embargo", "amount",
                         "other"})
DROP_TESTS = frozenset({"usurp", "fig", "amount", "other"})  # tests whose positive answer means "no event"
EVENT_TYPES = frozenset("""AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN
PROTEST SANCTION MOBILIZE COERCE ASSAULT""".split())


def _strip_al(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word
