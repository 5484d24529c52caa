"""The stored tables, and the mapping between a document dict and their rows.

``doc_rows`` flattens one :meth:`hadath.Document.to_dict` result into tidy rows
(one per sentence, entity, mention, time, quote, event, participant, event
mention); ``rows_to_doc`` rebuilds the same dict from them.  Both engines store
exactly these columns: the migrations in ``hadath/migrations`` create them, and a
test checks the two stay in step.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from ..errors import StorageError


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[tuple[str, str], ...]  # (name, type) with DuckDB type names
    key: tuple[str, ...]  # the order rows are read and exported in (not always the primary key)

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c for c, _ in self.columns)


def _t(name: str, cols: str, key: str) -> Table:
    columns = tuple((c.split(":")[0], c.split(":")[1]) for c in cols.split())
    return Table(name, columns, tuple(key.split()))


#: every table, in the order documents are written (parents first)
TABLES: dict[str, Table] = {t.name: t for t in (
    _t("documents", "doc_id:TEXT published:DATE source:TEXT url:TEXT headline:TEXT n_chars:INTEGER "
       "n_sentences:INTEGER n_entities:INTEGER n_events:INTEGER schema_version:TEXT meta:TEXT "
       "contexts:TEXT warnings:TEXT stored_at:TIMESTAMP text:TEXT", "doc_id"),
    _t("sentences", "doc_id:TEXT sentence_idx:INTEGER start_char:INTEGER end_char:INTEGER",
       "doc_id sentence_idx"),
    _t("entities", "doc_id:TEXT entity_id:TEXT entity_idx:INTEGER kind:TEXT name_en:TEXT name_ar:TEXT "
       "country:TEXT sector:TEXT lexicon_key:TEXT lat:DOUBLE lon:DOUBLE n_mentions:INTEGER",
       "doc_id entity_idx"),
    _t("mentions", "doc_id:TEXT entity_id:TEXT mention_idx:INTEGER start_char:INTEGER end_char:INTEGER "
       "text:TEXT source:TEXT confidence:DOUBLE role:TEXT", "doc_id entity_id mention_idx"),
    _t("times", "doc_id:TEXT time_idx:INTEGER start_char:INTEGER end_char:INTEGER text:TEXT value:TEXT "
       "end_value:TEXT kind:TEXT", "doc_id time_idx"),
    _t("quotes", "doc_id:TEXT quote_idx:INTEGER kind:TEXT start_char:INTEGER end_char:INTEGER text:TEXT "
       "cue:TEXT cue_start:INTEGER cue_end:INTEGER speaker_code:TEXT speaker_sector:TEXT "
       "speaker_entity:TEXT speaker_text:TEXT speaker_start:INTEGER speaker_end:INTEGER",
       "doc_id quote_idx"),
    _t("events", "doc_id:TEXT event_id:TEXT event_idx:INTEGER event_type:TEXT mode:TEXT date:TEXT "
       "date_precision:TEXT date_source:TEXT negated:BOOLEAN hypothetical:BOOLEAN future:BOOLEAN "
       "reported:BOOLEAN confidence:DOUBLE trigger_start:INTEGER trigger_end:INTEGER trigger_text:TEXT "
       "evidence_start:INTEGER evidence_end:INTEGER evidence_text:TEXT location_name:TEXT "
       "location_country:TEXT location_entity:TEXT location_lat:DOUBLE location_lon:DOUBLE "
       "location_start:INTEGER location_end:INTEGER gloss_en:TEXT context:TEXT", "doc_id event_idx"),
    _t("event_participants", "doc_id:TEXT event_id:TEXT role:TEXT participant_idx:INTEGER code:TEXT "
       "sector:TEXT entity_id:TEXT text:TEXT start_char:INTEGER end_char:INTEGER",
       "doc_id event_id role participant_idx"),
    _t("event_mentions", "doc_id:TEXT event_id:TEXT mention_idx:INTEGER start_char:INTEGER "
       "end_char:INTEGER text:TEXT", "doc_id event_id mention_idx"),
)}

#: read-only views created by the migrations (exportable like tables)
VIEWS: dict[str, tuple[str, ...]] = {"events_wide": ("published", "doc_id", "event_idx")}

#: tables and views that can be exported, in a stable order
EXPORTABLE: tuple[str, ...] = (*TABLES, *VIEWS)


def order_by(name: str) -> str:
    """The ORDER BY clause that makes an export of ``name`` deterministic."""
    if name in TABLES:
        return ", ".join(TABLES[name].key)
    return ", ".join(VIEWS[name])


def _date(value: Any, what: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise StorageError(f"{what}: {value!r} is not a date",
                           hint="documents need 'published' as YYYY-MM-DD (or null)") from None


def _precision(value: str | None) -> str | None:
    if not value:
        return None
    return {10: "day", 7: "month", 4: "year"}.get(len(value))


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=False)


def doc_rows(d: Mapping[str, Any], stored_at: datetime | None = None) -> dict[str, list[tuple]]:
    """The rows of every table for one document dict (``Document.to_dict()`` shape)."""
    try:
        return _doc_rows(d, stored_at or datetime.now(timezone.utc).replace(tzinfo=None))
    except StorageError:
        raise
    except (KeyError, TypeError, AttributeError) as exc:
        raise StorageError(f"document {d.get('id')!r} does not have the shape of Document.to_dict() "
                           f"({type(exc).__name__}: {exc})",
                           hint="pass hadath.Document objects or the dicts their to_dict() returns") from None


def _doc_rows(d: Mapping[str, Any], stored_at: datetime) -> dict[str, list[tuple]]:
    doc_id = d["id"]
    if not isinstance(doc_id, str) or not doc_id:
        raise StorageError(f"a document id must be a non-empty string, got {doc_id!r}")
    meta = dict(d.get("meta") or {})
    text = d["text"]
    sentences = d.get("sentences") or []
    entities = d.get("entities") or []
    events = d.get("events") or []
    rows: dict[str, list[tuple]] = {name: [] for name in TABLES}
    rows["documents"].append((
        doc_id, _date(d.get("published"), f"document {doc_id!r}"), meta.get("source"), meta.get("url"),
        meta.get("headline") or meta.get("title"), len(text), len(sentences), len(entities), len(events),
        str(d.get("schema_version") or ""), _json(meta), _json(list(d.get("contexts") or [])),
        _json(list(d.get("warnings") or [])), stored_at, text))
    for i, s in enumerate(sentences):
        rows["sentences"].append((doc_id, i, s["start"], s["end"]))
    for i, e in enumerate(entities):
        mentions = e.get("mentions") or []
        rows["entities"].append((doc_id, e["id"], i, e["kind"], e.get("name_en"), e.get("name_ar"),
                                 e.get("country"), e.get("sector"), e.get("key"), e.get("lat"),
                                 e.get("lon"), len(mentions)))
        for j, m in enumerate(mentions):
            rows["mentions"].append((doc_id, e["id"], j, m["start"], m["end"], m["text"], m.get("source"),
                                     m.get("confidence"), m.get("role") or None))
    for i, t in enumerate(d.get("times") or []):
        rows["times"].append((doc_id, i, t["start"], t["end"], t["text"], t.get("value"),
                              t.get("end_value") or None, t.get("kind")))
    for i, q in enumerate(d.get("quotes") or []):
        sp = q.get("speaker")
        cue = q.get("cue_span") or {}
        rows["quotes"].append((
            doc_id, i, q.get("kind") or "direct", q["start"], q["end"], q["text"], q.get("cue"),
            cue.get("start"), cue.get("end"),
            sp.get("code") if sp else None, sp.get("sector") if sp else None,
            sp.get("entity") if sp else None, (sp.get("text") or "") if sp else None,
            sp.get("start") if sp else None, sp.get("end") if sp else None))
    for i, ev in enumerate(events):
        eid = ev["id"]
        loc = ev.get("location")
        trig, evid = ev["trigger"], ev["evidence"]
        rows["events"].append((
            doc_id, eid, i, ev["type"], ev.get("mode"), ev.get("date"), _precision(ev.get("date")),
            ev.get("date_source"), bool(ev.get("negated")), bool(ev.get("hypothetical")),
            bool(ev.get("future")), bool(ev.get("reported")), ev.get("confidence"),
            trig["start"], trig["end"], trig.get("text"), evid["start"], evid["end"], evid.get("text"),
            loc["name"] if loc else None, loc.get("country") if loc else None,
            loc.get("entity") if loc else None, loc.get("lat") if loc else None,
            loc.get("lon") if loc else None, loc.get("start") if loc else None,
            loc.get("end") if loc else None, ev.get("gloss_en"), _json(list(ev.get("context") or []))))
        for role in ("actor", "recipient"):
            for j, p in enumerate(ev.get(role) or []):
                rows["event_participants"].append((doc_id, eid, role, j, p.get("code"), p.get("sector"),
                                                   p.get("entity"), p.get("text"), p.get("start"),
                                                   p.get("end")))
        for j, m in enumerate(ev.get("mentions") or []):
            rows["event_mentions"].append((doc_id, eid, j, m["start"], m["end"], m.get("text")))
    return rows


# -- rebuilding a document dict ---------------------------------------------------------------

def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (date, datetime)):
        return value.isoformat()[:10]
    return str(value)[:10]


def rows_to_doc(rows: Mapping[str, list[dict]]) -> dict:
    """The ``Document.to_dict()`` dict (without tokens) from a document's rows.

    ``rows`` maps each table name to that document's rows (as dicts), in key order.
    """
    (d,) = rows["documents"]
    entities = []
    mentions_of: dict[str, list[dict]] = {}
    for m in rows["mentions"]:
        md = {"start": m["start_char"], "end": m["end_char"], "text": m["text"], "source": m["source"],
              "confidence": m["confidence"]}
        if m["role"]:
            md["role"] = m["role"]
        mentions_of.setdefault(m["entity_id"], []).append(md)
    for e in rows["entities"]:
        ed: dict[str, Any] = {"id": e["entity_id"], "kind": e["kind"], "name_en": e["name_en"],
                              "country": e["country"], "sector": e["sector"],
                              "mentions": mentions_of.get(e["entity_id"], [])}
        if e["lexicon_key"]:
            ed["key"] = e["lexicon_key"]
        if e["name_ar"]:
            ed["name_ar"] = e["name_ar"]
        if e["lat"] is not None:
            ed["lat"], ed["lon"] = e["lat"], e["lon"]
        entities.append(ed)
    times = []
    for t in rows["times"]:
        td = {"start": t["start_char"], "end": t["end_char"], "text": t["text"], "value": t["value"],
              "kind": t["kind"]}
        if t["end_value"]:
            td["end_value"] = t["end_value"]
        times.append(td)
    quotes = []
    for q in rows["quotes"]:
        speaker = None
        if q["speaker_text"] is not None:
            speaker = {"code": q["speaker_code"], "sector": q["speaker_sector"],
                       "entity": q["speaker_entity"], "text": q["speaker_text"],
                       "start": q["speaker_start"], "end": q["speaker_end"]}
        quotes.append({"speaker": speaker, "cue": q["cue"],
                       "cue_span": {"start": q["cue_start"], "end": q["cue_end"]},
                       "text": q["text"], "start": q["start_char"], "end": q["end_char"], "kind": q["kind"]})
    parts: dict[tuple[str, str], list[dict]] = {}
    for p in rows["event_participants"]:
        parts.setdefault((p["event_id"], p["role"]), []).append(
            {"code": p["code"], "sector": p["sector"], "entity": p["entity_id"], "text": p["text"],
             "start": p["start_char"], "end": p["end_char"]})
    ev_mentions: dict[str, list[dict]] = {}
    for m in rows["event_mentions"]:
        ev_mentions.setdefault(m["event_id"], []).append(
            {"start": m["start_char"], "end": m["end_char"], "text": m["text"]})
    events = []
    for e in rows["events"]:
        eid = e["event_id"]
        loc = None
        if e["location_name"] is not None:
            loc = {"name": e["location_name"], "country": e["location_country"],
                   "entity": e["location_entity"], "lat": e["location_lat"], "lon": e["location_lon"],
                   "start": e["location_start"], "end": e["location_end"]}
        events.append({
            "id": eid, "type": e["event_type"], "mode": e["mode"],
            "actor": parts.get((eid, "actor"), []), "recipient": parts.get((eid, "recipient"), []),
            "date": e["date"], "date_source": e["date_source"], "location": loc,
            "negated": bool(e["negated"]), "hypothetical": bool(e["hypothetical"]),
            "future": bool(e["future"]), "reported": bool(e["reported"]), "confidence": e["confidence"],
            "trigger": {"start": e["trigger_start"], "end": e["trigger_end"], "text": e["trigger_text"]},
            "evidence": {"start": e["evidence_start"], "end": e["evidence_end"], "text": e["evidence_text"]},
            "mentions": ev_mentions.get(eid, []), "context": json.loads(e["context"]),
            "gloss_en": e["gloss_en"],
        })
    return {
        "schema_version": d["schema_version"],
        "id": d["doc_id"],
        "published": _iso(d["published"]),
        "meta": json.loads(d["meta"]),
        "text": d["text"],
        "sentences": [{"start": s["start_char"], "end": s["end_char"]} for s in rows["sentences"]],
        "entities": entities,
        "times": times,
        "quotes": quotes,
        "events": events,
        "contexts": json.loads(d["contexts"]),
        "warnings": json.loads(d["warnings"]),
    }
