"""The ``gloss`` stage: English glosses, document contexts and calibrated confidence.

A gloss is generated from the structured fields only (never translated text), so
it says exactly what the data says:
``2025-09 Israel (government) carried out an air strike on Palestine (Hamas) in Doha, Qatar``.
Flags are spelled out: ``[negated]``, ``[hypothetical]``, ``[future]``, ``[reported]``.
"""

from __future__ import annotations

from .config import Config
from .document import Document, Event, Participant
from .lexicon.loader import Column, load_table
from .resources import Resources
from .text.normalize import normalize_key

_CONTEXT_SCHEMA = (Column("context"), Column("min", "int"), Column("words", "list"))

SECTOR_EN = {
    "GOV": "government", "MIL": "military", "SPY": "intelligence", "LEG": "legislature",
    "JUD": "judiciary", "COP": "police", "REB": "rebels", "OPP": "opposition", "PTY": "party",
    "MED": "media", "JRN": "journalists", "BUS": "business", "CVL": "civilians", "REL": "religious",
    "IGO": "international organisation", "UNO": "United Nations", "NGO": "NGO", "REF": "refugees",
    "UAF": "armed group", "ELI": "elites", "EDU": "education", "HLT": "health", "LAB": "labour",
}
CODE_EN = {"IGO": "an international organisation", "UNO": "the United Nations", "EUR": "the European Union",
           "IMG": "an international militant group", "NAT": "NATO"}

VERB = {
    ("ASSAULT", "aerial"): "carried out an air strike on", ("ASSAULT", "drone"): "carried out a drone strike on",
    ("ASSAULT", "targeted"): "carried out a targeted killing of", ("ASSAULT", "abduct"): "abducted",
    ("ASSAULT", "explosives"): "carried out a bombing against", ("ASSAULT", "firearms"): "opened fire on",
    ("ASSAULT", "heavy-weapons"): "shelled", ("ASSAULT", None): "attacked",
    ("PROTEST", "strike"): "went on strike against", ("PROTEST", "riot"): "rioted against",
    ("PROTEST", None): "protested against",
    ("CONSULT", "visit"): "visited", ("CONSULT", "phone"): "spoke by phone with",
    ("CONSULT", "third-party"): "mediated between", ("CONSULT", None): "met or held talks with",
    ("AGREE", None): "expressed intent to cooperate with", ("SUPPORT", None): "expressed support for",
    ("COOPERATE", None): "cooperated with", ("AID", None): "provided aid to",
    ("RETREAT", "release"): "released captives of", ("RETREAT", "withdraw"): "withdrew from",
    ("RETREAT", "ceasefire"): "agreed a ceasefire with", ("RETREAT", "resign"): "resigned",
    ("RETREAT", None): "retreated or yielded to", ("CONCEDE", None): "made a concession to",
    ("REQUEST", None): "made a demand of", ("ACCUSE", "investigate"): "investigated",
    ("ACCUSE", None): "accused or criticised", ("REJECT", None): "rejected", ("THREATEN", None): "threatened",
    ("SANCTION", "convict"): "convicted", ("SANCTION", "expel"): "expelled",
    ("SANCTION", None): "imposed sanctions on", ("MOBILIZE", None): "mobilised forces against",
    ("COERCE", "arrest"): "arrested", ("COERCE", "seize"): "raided or seized property of",
    ("COERCE", None): "coerced",
}


def participant_name(doc: Document, p: Participant, gaz) -> str:
    ent = doc.entity(p.entity) if p.entity else None
    country = gaz.by_id.get(p.code) if p.code else None
    country_name = country.name_en if country is not None else CODE_EN.get(p.code or "", p.code or "someone")
    if ent is not None and ent.kind in ("PER", "ORG") and ent.name_en:
        return f"{ent.name_en} ({country_name})" if country is not None else ent.name_en
    if p.sector and p.sector not in ("GOV",) and p.sector in SECTOR_EN:
        return f"{country_name} ({SECTOR_EN[p.sector]})"
    return country_name


def gloss(doc: Document, ev: Event, gaz) -> str:
    actors = " and ".join(participant_name(doc, p, gaz) for p in ev.actor) or "someone"
    verb = VERB.get((ev.type, ev.mode)) or VERB.get((ev.type, None), ev.type.lower())
    recips = " and ".join(participant_name(doc, p, gaz) for p in ev.recipient)
    text = f"{actors} {verb}"
    if recips:
        text += f" {recips}"
    if ev.location is not None:
        where = ev.location.name
        if ev.location.country and ev.location.country in gaz.by_id and ev.location.name != \
                gaz.by_id[ev.location.country].name_en:
            where += f", {gaz.by_id[ev.location.country].name_en}"
        text += f" in {where}"
    flags = [f"[{k}]" for k in ("negated", "hypothetical", "future", "reported") if getattr(ev, k)]
    prefix = f"{ev.date} " if ev.date else ""
    return (" ".join(flags) + " " if flags else "") + prefix + text


def load_contexts() -> list[tuple[str, int, frozenset[str]]]:
    return [(r["context"], r["min"], frozenset(normalize_key(w) for w in r["words"]))
            for r in load_table("contexts.tsv", schema=_CONTEXT_SCHEMA)]


def document_contexts(doc: Document, contexts) -> list[str]:
    words = [t.base for t in doc.tokens]
    bag = set(words) | {t.stem for t in doc.tokens}
    bigrams = {f"{a} {b}" for a, b in zip(words, words[1:])}
    out = []
    for name, minimum, cues in contexts:
        n = sum(1 for c in cues if c in bag or c in bigrams)
        if n >= minimum:
            out.append(name)
    return out


def make(config: Config, resources: Resources):
    gaz = resources.gazetteer
    contexts = load_contexts()
    calibration = resources.calibration if config.calibrate_confidence else (lambda ev: ev.confidence)

    def gloss_stage(doc: Document) -> Document:
        doc.contexts = document_contexts(doc, contexts)
        for ev in doc.events:
            ev.context = [c for c in doc.contexts]  # (before the confidence, which depends on it)
            ev.confidence = calibration(ev)
            ev.gloss_en = gloss(doc, ev, gaz)
        return doc

    return gloss_stage
