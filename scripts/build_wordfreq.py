"""Build hadath/data/lexicons/wordfreq.tsv from ANERcorp train (CC BY-SA 4.0).

The table gives how often each normalised word form occurs; the clitic segmenter
uses it to decide whether ``وقال`` is ``و`` + ``قال``.  Only train.txt is read.

    python scripts/build_wordfreq.py ../shared/data/anercorp/train.txt
"""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from hadath.text.normalize import normalize_str

MIN_COUNT = 2


def main(train: str) -> None:
    counts: Counter[str] = Counter()
    for line in Path(train).read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts and parts[0][0].isalpha():
            w = normalize_str(parts[0])
            if w:
                counts[w] += 1
    out = Path(__file__).resolve().parents[1] / "src/hadath/data/lexicons/wordfreq.tsv"
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# Normalised word frequencies from ANERcorp train.txt (CC BY-SA 4.0); see NOTICE.\n")
        fh.write("# Rebuild: python scripts/build_wordfreq.py ../shared/data/anercorp/train.txt\n")
        fh.write("word\tcount\n")
        for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            if c >= MIN_COUNT:
                fh.write(f"{w}\t{c}\n")
    print(f"wrote {out} ({sum(1 for c in counts.values() if c >= MIN_COUNT)} words)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/anercorp/train.txt")
