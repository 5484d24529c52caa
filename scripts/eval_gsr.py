"""Score hadath on the Arabic event GSR dev sentences (ASSAULT and PROTEST).

    python scripts/eval_gsr.py ../shared/data/arabic_event_gsr

Runs ``hadath eval-gsr`` for both event types, with the span files for actor and
recipient country accuracy, and prints one JSON line per type.
"""

import json
import sys
from pathlib import Path

from hadath.api import default_pipeline
from hadath.config import Config
from hadath.evaluate import evaluate_gsr


def main(folder: str) -> None:
    d = Path(folder)
    nlp = default_pipeline(Config())
    for etype in ("assault", "protest"):
        result, _ = evaluate_gsr(d / f"{etype}_sentences.jsonl", nlp, d / f"{etype}_spans.jsonl")
        print(json.dumps({"type": etype.upper(), **result}))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/arabic_event_gsr")
