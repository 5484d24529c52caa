"""Side-by-side view of gold and predicted events for dev articles (development aid).

    python scripts/diagnose.py ../shared/gold/dev [ID ...]
"""

import json
import sys
from pathlib import Path

from hadath.api import default_pipeline
from hadath.config import Config
from hadath.evaluate import event_matches
from hadath.inputs import read_path


def main(gold_dir: str, ids: list[str]) -> None:
    nlp = default_pipeline(Config())
    for gf in sorted(Path(gold_dir).glob("*.gold.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        if ids and gold["id"] not in ids:
            continue
        (doc_id, raw, meta), = read_path(Path(gold_dir) / f"{gold['id']}.txt")
        d = nlp(raw, id=doc_id).to_dict()
        print(f"=== {gold['id']} (published {gold['published']})")
        for g in gold["events"]:
            hit = [e for e in d["events"] if not e["negated"] and not e["hypothetical"]
                   and event_matches(g, e, False)]
            mark = "OK " if hit else ("-- " if g.get("required", True) else "   ")
            print(f"  {mark}{g['id']:4} {'/'.join(g['type']):22} {','.join(g['actor']):8}-> "
                  f"{','.join(g.get('recipient', [])):12} {g.get('date') or '':10} | {g['evidence'][:70]}")
        for f in gold.get("forbidden", []):
            print(f"  FORBID {'/'.join(f['type'])} {f['actor']}->{f['recipient']} {f.get('date') or ''} {f['why'][:60]}")
        for e in d["events"]:
            flags = "".join(k[0] for k in ("negated", "hypothetical", "future", "reported") if e[k])
            ok = any(event_matches(g, e, False) for g in gold["events"])
            mark = "+" if ok else ("x" if not e["negated"] and not e["hypothetical"] else " ")
            print(f"    {mark} {e['type']:9} {','.join(p['code'] or '?' for p in e['actor']):8}-> "
                  f"{','.join(p['code'] or '?' for p in e['recipient']):10} {e['date'] or '':10} {flags:3} "
                  f"{e['confidence']:.2f} {e['trigger']['text']} | {e['evidence']['text'][:60]}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
