"""Scoring against gold annotations, with the semantics of the reference scorer.

``score(gold_dir, predictions)`` reproduces ``shared/tools/score.py`` figure for
figure (events, dated events, duplicates, forbidden hits, times, entities, quotes)
and adds a per-document breakdown.  A test checks the two agree on the dev gold.
See ``shared/gold/GUIDELINES.md`` for the gold format.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .errors import EvaluationError

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def gold_norm(s: str | None) -> str:
    """The scorer's normalisation (lighter than hadath's matching normalisation)."""
    s = _MARKS.sub("", s or "")
    s = re.sub("[إأآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    return re.sub(r"\s+", " ", s).strip()


def _codes(parties) -> set[str]:
    out = set()
    for p in parties or []:
        c = p.get("code") if isinstance(p, dict) else p
        if c:
            out.add(str(c)[:3].upper())
    return out


def _date_ok(gold: str | None, got) -> bool:
    if not gold:
        return True
    if not got:
        return False
    got = str(got)
    if len(gold) == 10 and len(got) >= 10:
        try:
            return abs((date.fromisoformat(gold) - date.fromisoformat(got[:10])).days) <= 3
        except ValueError:
            return False
    return got[: len(gold)] == gold or (gold[: len(got)] == got and len(got) >= 4)


def _side_ok(gold_codes, got: set[str]) -> bool:
    return "*" in gold_codes or bool(set(gold_codes) & got) or (not gold_codes and not got)


def event_matches(g: dict, e: dict, with_date: bool) -> bool:
    if e.get("type") not in g["type"]:
        return False
    a, r = _codes(e.get("actor")), _codes(e.get("recipient"))
    straight = _side_ok(g["actor"], a) and _side_ok(g.get("recipient", []), r)
    swapped = g.get("symmetric") and _side_ok(g["actor"], r) and _side_ok(g.get("recipient", []), a)
    if not (straight or swapped):
        return False
    return _date_ok(g.get("date"), e.get("date")) if with_date else True


def _forbidden_hit(f: dict, e: dict) -> bool:
    if e.get("type") not in f["type"]:
        return False
    a, r = _codes(e.get("actor")), _codes(e.get("recipient"))
    if not (_side_ok(f["actor"], a) and _side_ok(f["recipient"], r)):
        return False
    return not f.get("date") or str(e.get("date") or "")[: len(f["date"])] == f["date"]


def score_events(gold: dict, events: list[dict], with_date: bool) -> dict[str, Any]:
    real = [e for e in events if not e.get("negated") and not e.get("hypothetical")]
    required = [g for g in gold["events"] if g.get("required", True)]
    optional = [g for g in gold["events"] if not g.get("required", True)]
    used: set[str] = set()
    tp = fp = dup = forb = 0
    false_pos: list[dict] = []
    for e in real:
        hit = next((g for g in required if g["id"] not in used and event_matches(g, e, with_date)), None)
        if hit:
            used.add(hit["id"])
            tp += 1
            continue
        if any(_forbidden_hit(f, e) for f in gold.get("forbidden", [])):
            forb += 1
            fp += 1
            false_pos.append({**e, "_why": "forbidden"})
        elif any(event_matches(g, e, with_date) for g in optional):
            continue
        elif any(event_matches(g, e, with_date) for g in required):
            dup += 1
            fp += 1
            false_pos.append({**e, "_why": "duplicate"})
        else:
            fp += 1
            false_pos.append({**e, "_why": "unmatched"})
    return {"tp": tp, "fp": fp, "fn": len(required) - tp, "duplicates": dup, "forbidden": forb,
            "missed": [g["id"] for g in required if g["id"] not in used], "false_positives": false_pos}


def score_times(gold: dict, times: list[dict]) -> dict[str, int]:
    got = [(gold_norm(t.get("text")), str(t.get("value") or "")) for t in times]
    found = correct = 0
    for g in gold.get("times", []):
        gt = gold_norm(g["text"])
        cands = [v for text, v in got if text and (gt in text or text in gt)]
        if cands:
            found += 1
            correct += g["value"] in cands
    return {"gold": len(gold.get("times", [])), "found": found, "correct": correct}


def _mention_texts(ent: dict) -> set[str]:
    texts = [m.get("text", "") for m in ent.get("mentions", []) if isinstance(m, dict)]
    texts += [ent.get(k) for k in ("text", "name", "name_ar") if isinstance(ent.get(k), str)]
    return {gold_norm(t) for t in texts if t}


def score_entities(gold: dict, ents: list[dict]) -> dict[str, Any]:
    pred = [(e.get("kind"), str(e.get("country") or "")[:3], _mention_texts(e)) for e in ents]
    matched_pred: set[int] = set()
    found = 0
    missed = []
    for g in gold.get("entities", []):
        surf = {gold_norm(s) for s in g.get("surface", [])}
        hit = False
        for i, (kind, country, texts) in enumerate(pred):
            same_kind = kind == g["kind"] or {kind, g["kind"]} <= {"GPE", "LOC"}
            if not same_kind:
                continue
            by_code = g["kind"] == "GPE" and len(g["key"]) == 3 and country == g["key"]
            by_text = any(t and s and (t == s or t.endswith(" " + s) or s.endswith(" " + t))
                          for t in texts for s in surf)
            if by_code or by_text:
                matched_pred.add(i)
                found += 1
                hit = True
                break
        if not hit:
            missed.append(g["key"])
    unmatched = [ents[i].get("name_en") or ents[i].get("name_ar") for i in range(len(ents))
                 if i not in matched_pred]
    return {"gold": len(gold.get("entities", [])), "found": found, "predicted": len(pred),
            "matched_predicted": len(matched_pred), "missed": missed, "unmatched": unmatched}


def score_quotes(gold: dict, quotes: list[dict]) -> dict[str, Any]:
    found = 0
    missed = []
    for g in gold.get("quotes", []):
        want = gold_norm(g["contains"])
        for q in quotes:
            sp = q.get("speaker")
            code = (sp.get("code") if isinstance(sp, dict) else sp) or ""
            if want in gold_norm(q.get("text")) and str(code)[:3] == g["speaker"][:3]:
                found += 1
                break
        else:
            missed.append(g["contains"])
    return {"gold": len(gold.get("quotes", [])), "found": found, "missed": missed}


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Report:
    summary: dict[str, Any]
    documents: list[dict[str, Any]] = field(default_factory=list)

    def format(self) -> str:
        lines = []
        for d in self.documents:
            ev, tm, en, qu = d["events"], d["times"], d["entities"], d["quotes"]
            flag = "" if d["present"] else "  (no prediction)"
            lines.append(
                f"{d['id']}: events tp={ev['tp']} fp={ev['fp']} fn={ev['fn']} dup={ev['duplicates']} "
                f"forbidden={ev['forbidden']} missed={','.join(ev['missed'])} | times {tm['correct']}/"
                f"{tm['gold']} | entities {en['found']}/{en['gold']} | quotes {qu['found']}/{qu['gold']}{flag}")
        lines.append(json.dumps(self.summary, indent=1))
        return "\n".join(lines)


def load_gold(gold_dir: str | Path) -> list[dict]:
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise EvaluationError(f"{gold_dir} is not a folder",
                              hint="pass a folder holding *.txt articles and their *.gold.json files")
    files = sorted(gold_dir.glob("*.gold.json"))
    if not files:
        raise EvaluationError(f"no *.gold.json files in {gold_dir}",
                              hint="gold files are named <id>.gold.json next to <id>.txt")
    out = []
    for gf in files:
        try:
            out.append(json.loads(gf.read_text(encoding="utf-8")))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise EvaluationError(f"{gf} is not valid JSON: {exc}") from None
    return out


def score(gold_dir: str | Path, predictions: dict[str, dict]) -> Report:
    """Score predicted documents (by id, as ``Document.to_dict()``) against a gold folder."""
    tot = {"ev": [0, 0, 0], "evd": [0, 0, 0], "dup": 0, "forb": 0, "t": [0, 0, 0], "e": [0, 0, 0, 0],
           "q": [0, 0]}
    docs = []
    for gold in load_gold(gold_dir):
        doc = predictions.get(gold["id"], {})
        ev = score_events(gold, doc.get("events", []), with_date=False)
        evd = score_events(gold, doc.get("events", []), with_date=True)
        tm = score_times(gold, doc.get("times", []))
        en = score_entities(gold, doc.get("entities", []))
        qu = score_quotes(gold, doc.get("quotes", []))
        for k, s in (("ev", ev), ("evd", evd)):
            tot[k][0] += s["tp"]
            tot[k][1] += s["fp"]
            tot[k][2] += s["fn"]
        tot["dup"] += ev["duplicates"]
        tot["forb"] += ev["forbidden"]
        tot["t"][0] += tm["gold"]
        tot["t"][1] += tm["found"]
        tot["t"][2] += tm["correct"]
        tot["e"][0] += en["gold"]
        tot["e"][1] += en["found"]
        tot["e"][2] += en["predicted"]
        tot["e"][3] += en["matched_predicted"]
        tot["q"][0] += qu["gold"]
        tot["q"][1] += qu["found"]
        docs.append({"id": gold["id"], "present": gold["id"] in predictions, "events": ev,
                     "dated_events": evd, "times": tm, "entities": en, "quotes": qu})
    p, r, f = _prf(*tot["ev"])
    _, _, fd = _prf(*tot["evd"])
    summary = {
        "documents": len(docs), "documents_missing": sum(1 for d in docs if not d["present"]),
        "event_precision": round(p, 3), "event_recall": round(r, 3), "event_f1": round(f, 3),
        "dated_event_f1": round(fd, 3), "duplicates": tot["dup"], "forbidden_hits": tot["forb"],
        "time_recall": round(tot["t"][1] / tot["t"][0], 3) if tot["t"][0] else None,
        "time_value_accuracy": round(tot["t"][2] / tot["t"][0], 3) if tot["t"][0] else None,
        "entity_recall": round(tot["e"][1] / tot["e"][0], 3) if tot["e"][0] else None,
        "entity_precision": round(tot["e"][3] / tot["e"][2], 3) if tot["e"][2] else None,
        "quote_recall": round(tot["q"][1] / tot["q"][0], 3) if tot["q"][0] else None,
    }
    return Report(summary, docs)


# -- the Arabic event GSR sentences (ASSAULT / PROTEST) ------------------------------------------
def _load_jsonl(path: str | Path) -> list[dict]:
    try:
        with open(path, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
    except FileNotFoundError:
        raise EvaluationError(f"{path}: no such file",
                              hint="pass the *_sentences.jsonl file of the event GSR") from None


def _real_events(doc: dict, etype: str) -> list[dict]:
    return [e for e in doc.get("events", []) if e.get("type") == etype
            and not e.get("negated") and not e.get("hypothetical")]


def _role_country(role) -> str | None:
    code = role.get("main") if isinstance(role, dict) else None
    return code if code and len(code) == 3 and code not in ("None", "INT") else None


def gsr_counts(sentences: list[dict], predictions: dict[str, dict],
               spans: list[dict] | None = None) -> dict[str, int]:
    """The raw counts behind :func:`score_gsr` (they add up over files: see :func:`gsr_figures`)."""
    tp = fp = fn = tn = missing = 0
    for s in sentences:
        if s["label"] == "ambiguous":
            continue
        doc = predictions.get(s["id"])
        if doc is None:
            missing += 1
            doc = {}
        hit = bool(_real_events(doc, s["event_type"]))
        positive = s["label"] == "yes"
        tp += hit and positive
        fp += hit and not positive
        fn += positive and not hit
        tn += not hit and not positive
    out = {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "missing_predictions": missing}
    if spans is not None:
        src_ok = src_n = tgt_ok = tgt_n = 0
        for item in spans:
            doc = predictions.get(item["sentence_id"], {})
            events = _real_events(doc, item["event_type"])
            actors = set().union(*(_codes(e.get("actor")) for e in events)) if events else set()
            recips = set().union(*(_codes(e.get("recipient")) for e in events)) if events else set()
            span = item["spans"][0]
            src, tgt = _role_country(span.get("source_role")), _role_country(span.get("target_role"))
            if src:
                src_n += 1
                src_ok += src in actors
            if tgt:
                tgt_n += 1
                tgt_ok += tgt in recips
        out.update(actor_rows=src_n, actor_right=src_ok, recipient_rows=tgt_n, recipient_right=tgt_ok)
    return out


def gsr_figures(counts: dict[str, int]) -> dict[str, Any]:
    """score_gsr.py's report from :func:`gsr_counts` (of one file, or summed over several)."""
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    out: dict[str, Any] = {"tp": tp, "fp": fp, "fn": fn, "tn": counts["tn"],
                           "missing_predictions": counts["missing_predictions"],
                           "precision": round(p, 3), "recall": round(r, 3),
                           "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}
    if "actor_rows" in counts:
        n, k = counts["actor_rows"], counts["actor_right"]
        out["actor_country_accuracy"] = round(k / n, 3) if n else None
        n, k = counts["recipient_rows"], counts["recipient_right"]
        out["recipient_country_accuracy"] = round(k / n, 3) if n else None
    return out


def score_gsr(sentences: list[dict], predictions: dict[str, dict],
              spans: list[dict] | None = None) -> dict[str, Any]:
    """Detection P/R/F1 on GSR sentences, plus actor/recipient country accuracy on the spans
    (the semantics of ``shared/tools/score_gsr.py``)."""
    return gsr_figures(gsr_counts(sentences, predictions, spans))


_GIGAWORD_ID = re.compile(r"^[A-Z]{3}_[A-Z]{3}_(\d{4})(\d{2})(\d{2})\.")


def published_from_id(sid: str) -> str | None:
    """The publication date a Gigaword document id carries (AAW_ARB_20071026.0026-2 ->
    2007-10-26), so that relative dates and date-bounded roles (الرئيس الأمريكي in 2007
    is Bush) resolve as they did for the article; None for other ids."""
    m = _GIGAWORD_ID.match(sid)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def evaluate_gsr(sentences_path: str | Path, nlp, spans_path: str | Path | None = None,
                 progress=None) -> tuple[dict[str, Any], dict[str, dict]]:
    """Run ``nlp`` over the GSR sentences (and the span files' sentences) and score them."""
    counts, preds = _run_gsr(sentences_path, nlp, spans_path, progress)
    return gsr_figures(counts), preds


def evaluate_gsr_files(pairs: list[tuple[str | Path, str | Path | None]], nlp,
                       progress=None) -> tuple[dict[str, Any], list[dict[str, dict]]]:
    """Score several (sentences, spans or None) files: each file's report, keyed by the
    file's name, and ``"all"``: the figures of the counts summed over the files (each file's
    sentences scored against the predictions made for that file)."""
    report: dict[str, Any] = {}
    every: list[dict[str, dict]] = []
    total: dict[str, int] = {}
    for sentences_path, spans_path in pairs:
        counts, preds = _run_gsr(sentences_path, nlp, spans_path, progress)
        report[Path(sentences_path).name] = gsr_figures(counts)
        every.append(preds)
        for k, v in counts.items():
            total[k] = total.get(k, 0) + v
    if not all(spans for _, spans in pairs):  # rows of some files only: no pooled accuracy
        for k in ("actor_rows", "actor_right", "recipient_rows", "recipient_right"):
            total.pop(k, None)
    report["all"] = gsr_figures(total)
    return report, every


def _run_gsr(sentences_path: str | Path, nlp, spans_path: str | Path | None,
             progress) -> tuple[dict[str, int], dict[str, dict]]:
    sentences = _load_jsonl(sentences_path)
    spans = _load_jsonl(spans_path) if spans_path else None
    texts = {s["id"]: s["text"] for s in sentences}
    for item in spans or []:
        texts.setdefault(item["sentence_id"], item["text"])
    preds: dict[str, dict] = {}
    for sid, text in texts.items():
        try:
            preds[sid] = nlp(text, id=sid, published=published_from_id(sid)).to_dict()
        except Exception as exc:
            from .errors import HadathError

            if not isinstance(exc, HadathError):
                raise
            preds[sid] = {"id": sid, "events": []}
        if progress is not None:
            progress.step()
    return gsr_counts(sentences, preds, spans), preds
