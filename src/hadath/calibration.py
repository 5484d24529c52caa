"""Confidence calibration: an event's confidence is the precision it can be expected to have
on real news.

The engine gives every event a raw score (trigger prior x how its roles were found x
whether a recipient was stated; see :func:`hadath.events.engine._confidence`).  How often
such events are right was measured by hand on random SaudiNewsNet articles
(``dev/real_news_judgements.tsv``: every real event of samples A-S judged OK or not, see
docs/review.md).  ``data/models/calibration.tsv`` holds a logistic model fitted to those
judgements, over a few features of the event: its type, how its actor was found (named as
the subject, carried over from an earlier sentence, someone unidentified...), where its
recipient came from (stated, the nearest state in the clause, the state the article is
about) and its raw score band.  Rebuild it with::

    python -m hadath.calibration ../shared

(the corpus in ``../shared/corpus/saudinewsnet`` must be there: the articles are not in this
repository), which prints the reliability by confidence band, each sample's events scored
by a model fitted without that sample.  Without the file the raw score is used as is.
"""

from __future__ import annotations

import bisect
import csv
import gzip
import json
import math
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .document import Event
from .lexicon.loader import Column, load_table

_SCHEMA = (Column("feature"), Column("weight", "float"))
#: raw score bands (the trigger prior and the fallbacks are in the raw score)
_RAW_BANDS = (0.0, 0.3, 0.5, 0.7, 0.9)
#: reliability bands of the calibrated confidence
BANDS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 1.01)
_L2 = 1.0  # ridge penalty of the logistic fit (features are one-hot; the bias is not penalised)


def model_dir() -> Path:
    return Path(str(resources.files("hadath") / "data" / "models"))


def judgements_path() -> Path:
    """The hand judgements (in the source tree, next to the package: not installed)."""
    return Path(__file__).resolve().parents[2] / "dev" / "real_news_judgements.tsv"


def features(ev: Event) -> list[str]:
    """The features the confidence depends on: type, how the actor was found, where the
    recipient came from, the raw score band; whether both sides are one state's (per type:
    a cabinet's approvals and a governor's visits within one state are rarely political
    events, attacks within one state often are), whether the article has any PLOVER context,
    and whether the event is told more than once or in someone's speech.  The document
    contexts must be set on the event first."""
    how = ev.rule.rsplit(":", 1)[-1] if ev.rule else ""
    base, _, fallback = how.partition("+")
    if not ev.recipient:
        recipient = "none"
    elif "R0" in fallback:
        recipient = "article-only"  # neither party in the sentence
    elif "R" in fallback:
        recipient = "article"  # the state the article is most about
    elif fallback:
        recipient = "clause"  # the nearest other state in the clause
    else:
        recipient = "stated"
    band = _RAW_BANDS[bisect.bisect_right(_RAW_BANDS, ev.confidence) - 1]
    out = [f"type={ev.type}", f"actor={base or 'unknown'}", f"recipient={recipient}", f"raw={band}",
           f"context={'some' if ev.context else 'none'}"]
    actors = {p.code for p in ev.actor if p.code}
    if actors and actors == {p.code for p in ev.recipient if p.code}:
        out.append(f"within={ev.type}")
    if ev.mentions:
        out.append("retold")
    if ev.reported:
        out.append("reported")
    return out


@dataclass(frozen=True)
class Calibration:
    weights: dict[str, float] = field(default_factory=dict)

    @classmethod
    def load(cls, directory: Path | None = None) -> Calibration:
        directory = directory or model_dir()
        if not (directory / "calibration.tsv").exists():
            return cls()
        rows = load_table("calibration.tsv", directory=directory, schema=_SCHEMA)
        return cls({r["feature"]: r["weight"] for r in rows})

    def __call__(self, ev: Event) -> float:
        if not self.weights:
            return ev.confidence
        return round(_sigmoid(self.weights.get("bias", 0.0) + sum(self.weights.get(f, 0.0) for f in features(ev))), 3)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def fit(examples: list[tuple[list[str], int]], l2: float = _L2, steps: int = 3000) -> dict[str, float]:
    """L2-regularised logistic regression over one-hot features, by gradient descent from
    zero (deterministic)."""
    names = sorted({f for fs, _ in examples for f in fs})
    w = {f: 0.0 for f in names}
    n = len(examples)
    pos = sum(y for _, y in examples)
    w["bias"] = math.log((pos + 1) / (n - pos + 1))
    rate = 1.0
    for _ in range(steps):
        grad = defaultdict(float)
        for fs, y in examples:
            err = _sigmoid(w["bias"] + sum(w[f] for f in fs)) - y
            grad["bias"] += err
            for f in fs:
                grad[f] += err
        w["bias"] -= rate * grad["bias"] / n
        for f in names:
            w[f] -= rate * (grad[f] + l2 * w[f]) / n
    return w


def judged_examples(shared_dir: str | Path, nlp=None,
                    samples: set[str] | None = None) -> list[tuple[str, list[str], int]]:
    """(sample, features, correct) of every judged event the code still emits the same way
    (same article, type, trigger, evidence sentence and codes); the rest are left out.
    ``samples`` limits the judgements read (A, B, ... M)."""
    from .config import Config
    from .pipeline import Pipeline

    shared = Path(shared_dir)
    corpus = shared / "corpus" / "saudinewsnet" / "articles.jsonl.gz"
    rows = [r for r in csv.DictReader((line for line in judgements_path().open(encoding="utf-8")
                                        if not line.startswith("#")), delimiter="\t")
            if samples is None or r["sample"].split("-")[0] in samples]
    wanted: dict[tuple, list[dict]] = defaultdict(list)
    for r in rows:
        key = (r["article_id"], r["type"], r["trigger"], int(r["evidence_start"]), r["actor"], r["recipient"])
        wanted[key].append(r)
    ids = {r["article_id"] for r in rows}
    nlp = nlp or Pipeline(Config(home_country="SAU", calibrate_confidence=False))
    out: list[tuple[str, list[str], int]] = []
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            if a["id"] not in ids:
                continue
            doc = nlp(a["text"], published=a.get("published"))
            for ev in doc.events:
                if not ev.is_real:
                    continue
                key = (a["id"], ev.type, ev.trigger.text, ev.evidence.start,
                       ",".join(sorted(str(p.code) for p in ev.actor)),
                       ",".join(sorted(str(p.code) for p in ev.recipient)))
                if wanted.get(key):
                    r = wanted[key].pop(0)
                    out.append((r["sample"].split("-")[0], features(ev), int(r["verdict"] == "OK")))
    return out


def reliability_table(scored: list[tuple[float, int]]) -> list[tuple[float, int, int]]:
    """(band start, events, correct) by calibrated confidence band."""
    stats = {b: [0, 0] for b in BANDS[:-1]}
    for p, y in scored:
        b = BANDS[bisect.bisect_right(BANDS, p) - 1]
        stats[b][0] += 1
        stats[b][1] += y
    return [(b, n, c) for b, (n, c) in stats.items()]


def gold_reliability(gold_dir: str | Path, nlp) -> list[tuple[float, int, int]]:
    """(band start, events, correct) by calibrated confidence over the dev gold articles:
    correct = matches a gold event (required or optional) under the reference scorer's rules."""
    from .evaluate import event_matches, load_gold
    from .inputs import read_path

    scored: list[tuple[float, int]] = []
    for gold in load_gold(gold_dir):
        (doc_id, raw, _meta), = read_path(Path(gold_dir) / f"{gold['id']}.txt")
        for ev in nlp(raw, id=doc_id).events:
            if ev.is_real:
                scored.append((ev.confidence, int(any(event_matches(g, ev.to_dict(), False) for g in gold["events"]))))
    return reliability_table(scored)


def cross_validated(examples: list[tuple[str, list[str], int]]) -> list[tuple[float, int]]:
    """Each sample's events scored by a model fitted on the other samples."""
    scored: list[tuple[float, int]] = []
    for s in sorted({s for s, _, _ in examples}):
        w = fit([(fs, y) for t, fs, y in examples if t != s], steps=1500)
        for t, fs, y in examples:
            if t == s:
                scored.append((_sigmoid(w["bias"] + sum(w.get(f, 0.0) for f in fs)), y))
    return scored


def build(shared_dir: str | Path, out_dir: Path | None = None) -> tuple[dict[str, float], list, int]:
    """Fit and write calibration.tsv; returns (weights, cross-validated reliability rows,
    events used)."""
    examples = judged_examples(shared_dir)
    weights = fit([(fs, y) for _, fs, y in examples])
    out = (out_dir or model_dir()) / "calibration.tsv"
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# Event confidence: a logistic model of the chance that an event is right on real news,\n")
        fh.write(f"# fitted to {len(examples)} hand-judged events (dev/real_news_judgements.tsv).\n")
        fh.write("# Rebuild: python -m hadath.calibration ../shared\n")
        fh.write("feature\tweight\n")
        for f in ["bias"] + sorted(k for k in weights if k != "bias"):
            fh.write(f"{f}\t{weights[f]:.4f}\n")
    return weights, reliability_table(cross_validated(examples)), len(examples)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    if not judgements_path().exists() or not (Path(argv[0]) / "corpus" / "saudinewsnet").is_dir():
        print(f"needs {judgements_path()} (a source checkout) and {argv[0]}/corpus/saudinewsnet", file=sys.stderr)
        return 2
    weights, rows, n = build(argv[0])
    print(f"{n} judged events still emitted; reliability, each sample scored by a model fitted on the others:")
    print("confidence from  events  observed precision")
    for b, k, c in rows:
        if k:
            print(f"{b:>15.1f}  {k:>6}  {c / k:>18.3f}")
    print(json.dumps({"events": n, "reliability": [{"from": b, "events": k, "correct": c} for b, k, c in rows]}))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
