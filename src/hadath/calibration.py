"""Confidence calibration: raw event scores mapped to the precision observed on dev data.

The engine gives every event a raw score (trigger prior x how its roles were found x
whether a recipient was stated; see :func:`hadath.events.engine._confidence`).
``data/models/calibration.tsv`` maps that score to the precision measured on the dev
gold with the reference scorer's matching, through a monotone (isotonic) fit, so a
higher confidence always means a higher observed precision.  Rebuild it with::

    python -m hadath.calibration ../shared/gold/dev

which prints the reliability table (raw bin, events, precision) before and after.
Without the file the raw score is used as is.
"""

from __future__ import annotations

import bisect
import json
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .document import Event
from .lexicon.loader import Column, load_table

_SCHEMA = (Column("raw", "float"), Column("calibrated", "float"), Column("n", "int"))
_BINS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01)


def model_dir() -> Path:
    return Path(str(resources.files("hadath") / "data" / "models"))


@dataclass(frozen=True)
class Calibration:
    xs: tuple[float, ...] = ()
    ys: tuple[float, ...] = ()

    @classmethod
    def load(cls, directory: Path | None = None) -> Calibration:
        directory = directory or model_dir()
        if not (directory / "calibration.tsv").exists():
            return cls()
        rows = load_table("calibration.tsv", directory=directory, schema=_SCHEMA)
        return cls(tuple(r["raw"] for r in rows), tuple(r["calibrated"] for r in rows))

    def __call__(self, ev: Event) -> float:
        return self.value(ev.confidence)

    def value(self, raw: float) -> float:
        if not self.xs:
            return raw
        i = bisect.bisect_right(self.xs, raw) - 1
        return round(self.ys[max(0, i)], 3)


def _pool_adjacent_violators(ys: list[float], ws: list[int]) -> list[float]:
    """Isotonic (non-decreasing) regression of ``ys`` with weights ``ws``."""
    blocks = [[y, w, 1] for y, w in zip(ys, ws)]
    i = 0
    while i < len(blocks) - 1:
        if blocks[i][0] > blocks[i + 1][0]:
            y1, w1, n1 = blocks[i]
            y2, w2, n2 = blocks[i + 1]
            w = w1 + w2
            blocks[i] = [(y1 * w1 + y2 * w2) / w if w else 0.0, w, n1 + n2]
            del blocks[i + 1]
            i = max(i - 1, 0)
        else:
            i += 1
    out: list[float] = []
    for y, _, n in blocks:
        out.extend([y] * n)
    return out


def reliability(gold_dir: str | Path, nlp) -> list[tuple[float, int, int]]:
    """(raw bin start, events, correct) over the dev gold, by raw confidence bin.

    An event is correct when it matches a gold event (required or optional) with the
    reference scorer's rules; negated/hypothetical events are left out as the scorer does.
    """
    from .evaluate import event_matches, load_gold
    from .inputs import read_path

    stats = {b: [0, 0] for b in _BINS[:-1]}
    for gold in load_gold(gold_dir):
        (doc_id, raw, _meta), = read_path(Path(gold_dir) / f"{gold['id']}.txt")
        doc = nlp(raw, id=doc_id)
        for ev in doc.events:
            if not ev.is_real:
                continue
            d = ev.to_dict()
            b = _BINS[bisect.bisect_right(_BINS, ev.confidence) - 1]
            stats[b][0] += 1
            stats[b][1] += any(event_matches(g, d, False) for g in gold["events"])
    return [(b, n, c) for b, (n, c) in stats.items()]


def build(gold_dir: str | Path, out_dir: Path | None = None) -> list[tuple[float, float, float, int]]:
    """Fit and write calibration.tsv from the dev gold; returns (raw bin, observed precision,
    calibrated, n) rows."""
    from .config import Config
    from .pipeline import Pipeline

    nlp = Pipeline(Config(calibrate_confidence=False, min_event_confidence=0.0))  # raw scores, all events
    rows = [r for r in reliability(gold_dir, nlp) if r[1] > 0]
    precisions = [c / n for _, n, c in rows]
    fitted = _pool_adjacent_violators(precisions, [n for _, n, _ in rows])
    table = [(b, round(p, 3), round(f, 3), n) for (b, n, _), p, f in zip(rows, precisions, fitted)]
    out = (out_dir or model_dir()) / "calibration.tsv"
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# Event confidence calibration: raw score bin -> precision on the dev gold\n")
        fh.write(f"# (isotonic fit). Rebuild: python -m hadath.calibration {gold_dir}\n")
        fh.write("raw\tcalibrated\tn\n")
        for b, _p, f, n in table:
            fh.write(f"{b}\t{f}\t{n}\n")
    return table


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    gold_dir = argv[0]
    table = build(gold_dir)
    print("raw score from  events  observed precision  calibrated")
    for b, p, f, n in table:
        print(f"{b:>14.1f}  {n:>6}  {p:>18.3f}  {f:>10.3f}")
    print(json.dumps([{"raw_from": b, "observed": p, "calibrated": f, "events": n} for b, p, f, n in table]))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
