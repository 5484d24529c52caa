"""Measure every quality figure and print docs/quality.md (markdown) to stdout.

    python scripts/quality.py ../shared > docs/quality.md

Runs, with the shipped models and lexicons:
  * the reference scorer's figures on the seed and on all of gold/dev (``hadath eval``);
  * the event GSR dev sentences for ASSAULT and PROTEST (``hadath eval-gsr``);
  * ANERcorp test NER (``hadath tag --conll ... --eval``);
  * the confidence reliability table on gold/dev.
"""

from __future__ import annotations

import io
import json
import shutil
import sys
import tempfile
from contextlib import redirect_stdout
from pathlib import Path

from hadath import __version__
from hadath.api import default_pipeline
from hadath.calibration import Calibration, reliability
from hadath.config import Config
from hadath.evaluate import evaluate_gsr, load_gold, score
from hadath.inputs import read_path


def gold_figures(gold_dir: Path, nlp) -> dict:
    preds = {}
    for g in load_gold(gold_dir):
        (doc_id, raw, _), = read_path(gold_dir / f"{g['id']}.txt")
        preds[doc_id] = nlp(raw, id=doc_id).to_dict()
    return score(gold_dir, preds).summary


def main(shared: str) -> None:
    shared_dir = Path(shared)
    dev = shared_dir / "gold" / "dev"
    nlp = default_pipeline(Config())
    with tempfile.TemporaryDirectory() as tmp:
        seed_dir = Path(tmp)
        for f in ("seed.txt", "seed.gold.json"):
            shutil.copy(dev / f, seed_dir / f)
        seed = gold_figures(seed_dir, nlp)
    dev_fig = gold_figures(dev, nlp)
    dev_whole = gold_figures(dev, default_pipeline(Config(ner_document=True)))
    gsr = {}
    for etype in ("assault", "protest"):
        d = shared_dir / "data" / "arabic_event_gsr"
        gsr[etype], _ = evaluate_gsr(d / f"{etype}_sentences.jsonl", nlp, d / f"{etype}_spans.jsonl")
    from hadath.ner.conll import run

    buf = io.StringIO()
    with redirect_stdout(buf):
        ner = run(str(shared_dir / "data" / "anercorp" / "test.txt"), evaluate=True)
    raw = default_pipeline(Config(calibrate_confidence=False))
    rel = reliability(dev, raw)
    cal = Calibration.load()

    out = [f"# hadath {__version__}: quality figures", "",
           "Measured with the reference scorers' semantics (`hadath eval` prints the figures of "
           "`shared/tools/score.py`; `hadath eval-gsr` those of `score_gsr.py`; a test checks the "
           "first against the reference script).  Regenerate this page with "
           "`python scripts/quality.py ../shared > docs/quality.md`.", "",
           "## Gold articles (`hadath eval`)", "",
           "| figure | seed (`seed.txt`) | all of `gold/dev` (28 articles) |", "|---|---|---|"]
    for k in ("event_precision", "event_recall", "event_f1", "dated_event_f1", "duplicates",
              "forbidden_hits", "time_recall", "time_value_accuracy", "entity_recall",
              "entity_precision", "quote_recall"):
        out.append(f"| {k} | {seed[k]} | {dev_fig[k]} |")
    out += ["", "Commands: `hadath eval ../shared/gold/dev` (and on a folder holding only the seed).  "
            f"With `--ner-document` (the article tagged as a whole): entity recall "
            f"{dev_whole['entity_recall']}, entity precision {dev_whole['entity_precision']}, "
            f"event F1 {dev_whole['event_f1']} on all of `gold/dev`.", "",
            "## Event GSR dev sentences (`hadath eval-gsr`)", "",
            "| type | precision | recall | F1 | actor country acc. | recipient country acc. |",
            "|---|---|---|---|---|---|"]
    for etype, r in gsr.items():
        out.append(f"| {etype.upper()} | {r['precision']} | {r['recall']} | {r['f1']} | "
                   f"{r['actor_country_accuracy']} | {r['recipient_country_accuracy']} |")
    out += ["", "Command: `hadath eval-gsr ../shared/data/arabic_event_gsr/assault_sentences.jsonl "
            "--spans ../shared/data/arabic_event_gsr/assault_spans.jsonl` (and protest).", "",
            "## NER on ANERcorp test (`hadath tag --conll ... --eval`)", "",
            "| | precision | recall | F1 |", "|---|---|---|---|",
            f"| micro | {ner['precision']:.3f} | {ner['recall']:.3f} | {ner['f1']:.3f} |"]
    for t, r in sorted(ner.get("per_type", {}).items()):
        out.append(f"| {t} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} |")
    out += ["", "Trained on `anercorp/train.txt` only (`make model`); test.txt is used for this "
            "measurement alone.", "",
            "## Event confidence (reliability on `gold/dev`)", "",
            "Real events binned by raw score; *correct* = matches a gold event (required or optional) "
            "under the scorer's rules.  The calibrated confidence is an isotonic fit of these "
            "precisions (`make calibrate`).", "",
            "| raw score from | events | observed precision | calibrated confidence |", "|---|---|---|---|"]
    for b, n, c in rel:
        if n:
            out.append(f"| {b:.1f} | {n} | {c / n:.3f} | {cal.value(b):.3f} |")
    a, p = gsr["assault"], gsr["protest"]
    targets = [
        ("seed time value accuracy", seed["time_value_accuracy"], ">= 0.9", seed["time_value_accuracy"] >= 0.9),
        ("seed quote recall", seed["quote_recall"], ">= 0.8", seed["quote_recall"] >= 0.8),
        ("seed entity recall", seed["entity_recall"], ">= 0.9", seed["entity_recall"] >= 0.9),
        ("gold/dev time value accuracy", dev_fig["time_value_accuracy"], ">= 0.85",
         dev_fig["time_value_accuracy"] >= 0.85),
        ("gold/dev quote recall", dev_fig["quote_recall"], ">= 0.7", dev_fig["quote_recall"] >= 0.7),
        ("seed event F1", seed["event_f1"], ">= 0.85", seed["event_f1"] >= 0.85),
        ("seed dated event F1", seed["dated_event_f1"], ">= 0.75", seed["dated_event_f1"] >= 0.75),
        ("seed forbidden hits / duplicates", f"{seed['forbidden_hits']} / {seed['duplicates']}", "0 / 0",
         seed["forbidden_hits"] == 0 and seed["duplicates"] == 0),
        ("gold/dev event F1", dev_fig["event_f1"], ">= 0.65", dev_fig["event_f1"] >= 0.65),
        ("gold/dev dated event F1", dev_fig["dated_event_f1"], ">= 0.55", dev_fig["dated_event_f1"] >= 0.55),
        ("gold/dev forbidden hits", dev_fig["forbidden_hits"], "<= 2", dev_fig["forbidden_hits"] <= 2),
        ("GSR ASSAULT F1", a["f1"], ">= 0.75", a["f1"] >= 0.75),
        ("GSR PROTEST F1", p["f1"], ">= 0.6", p["f1"] >= 0.6),
        ("GSR recipient country accuracy (assault / protest)",
         f"{a['recipient_country_accuracy']} / {p['recipient_country_accuracy']}", ">= 0.6",
         min(a["recipient_country_accuracy"], p["recipient_country_accuracy"]) >= 0.6),
        ("entity recall, gold/dev", dev_fig["entity_recall"], ">= 0.9", dev_fig["entity_recall"] >= 0.9),
        ("entity precision, gold/dev", dev_fig["entity_precision"], ">= 0.8", dev_fig["entity_precision"] >= 0.8),
        ("ANERcorp test micro F1", round(ner["f1"], 3), ">= 0.80", ner["f1"] >= 0.80),
        ("GSR actor country accuracy (assault / protest)",
         f"{a['actor_country_accuracy']} / {p['actor_country_accuracy']}", ">= 0.7",
         min(a["actor_country_accuracy"], p["actor_country_accuracy"]) >= 0.7),
    ]
    out += ["", "## Against the project's targets", "",
            "| figure | measured | target | met |", "|---|---|---|---|"]
    out += [f"| {n} | {v} | {t} | {'yes' if ok else 'no'} |" for n, v, t, ok in targets]
    out += ["", "Why the misses:", "",
            "- NER: the CRF gains little more from features or decoding (a marginal-threshold "
            "decoder tried on the held-out tail of train.txt lowered F1 at every threshold; quote-span "
            "features, a character n-gram name score, BIOES tags and a given-name lexicon raised the "
            "F1 of three held-out 10% blocks of train.txt by 0.2 points at most, or lowered it); its "
            "misses are unseen names tagged O with confidence (recall 0.67, precision 0.82).",
            "- GSR detection: a sentence is positive only when no annotator rejected it; a "
            "\"difficult no\" was accepted by at least one annotator (rejected by most), and many of "
            "those report a real attack or protest in passing (chanting protesters, a background killing).  hadath codes every "
            "event it reads, historical and background ones included (the dev gold requires them), "
            "so precision suffers most.  Only the GSR dev half exists, so a sentence classifier "
            "fitted to it could not be measured honestly on it, and none was trained.",
            "- GSR actors: the annotators code the Taliban and al-Qaeda affiliates as IMG, hadath "
            "codes a group by the country it fights in (the Taliban as AFG); 30 of the 141 protest "
            "span rows carry the sentence id \"As-Safir (Arabic)\", which matches no sentence, and "
            "count as misses for every system (6 of the 25 actor and 6 of the 43 recipient rows)."]
    print("\n".join(out))
    print(json.dumps({"seed": seed, "dev": dev_fig, "gsr": gsr,
                      "ner": {k: ner[k] for k in ("precision", "recall", "f1")}}), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared")
