"""Confidence calibration: raw event scores mapped to observed precision on dev data.

``data/models/calibration.tsv`` holds a monotone (isotonic) map from the raw score
(trigger prior x role evidence) to the precision measured on the dev gold, rebuilt
by ``python -m hadath.calibration ../shared/gold/dev``.  Without the file the raw
score is used as is.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .document import Event
from .lexicon.loader import Column, load_table

_SCHEMA = (Column("raw", "float"), Column("calibrated", "float"), Column("n", "int"))


@dataclass(frozen=True)
class Calibration:
    xs: tuple[float, ...] = ()
    ys: tuple[float, ...] = ()

    @classmethod
    def load(cls, path: Path | None = None) -> "Calibration":
        directory = path or Path(str(resources.files("hadath") / "data" / "models"))
        if not (directory / "calibration.tsv").exists():
            return cls()
        rows = load_table("calibration.tsv", directory=directory, schema=_SCHEMA)
        return cls(tuple(r["raw"] for r in rows), tuple(r["calibrated"] for r in rows))

    def __call__(self, ev: Event) -> float:
        raw = ev.confidence
        if not self.xs:
            return raw
        i = bisect.bisect_right(self.xs, raw) - 1
        return round(self.ys[max(0, i)], 3)
