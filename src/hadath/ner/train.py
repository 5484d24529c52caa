"""Rebuild the shipped NER model from ANERcorp train.txt (one command, reproducible).

    python -m hadath.ner.train                       # writes src/hadath/data/models/ner.*
    python -m hadath.ner.train --dev                 # train on the head, score the held-out tail

Everything is deterministic: the held-out tail, the jackknife folds of the label
priors, the training-time dropout (seeded) and the CRF (L-BFGS, no randomness)
depend only on the input files (train.txt and the lexicons).  Features and
hyper-parameters were chosen on held-out slices of train.txt (the last
``DEV_FRACTION`` of its sentences, and two more 10% blocks at the start and the
middle, as 3-fold validation); ANERcorp test.txt is never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from .conll import read_conll, score
from .features import FEATURE_VERSION, FeatureData, Featurizer

REPO = Path(__file__).resolve().parents[3]
DEFAULT_TRAIN = REPO / ".." / "shared" / "data" / "anercorp" / "train.txt"
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "data" / "models" / "ner"

DEV_FRACTION = 0.1
FOLDS = 5
PARAMS = {"c1": 0.1, "c2": 0.05, "max_iterations": 200}
MIN_FEATURE_FREQ = 1
SEED = 13
DROPOUT = 0.3  # fraction of entity tokens whose identity features an extra copy drops
PHRASES = True  # train-entity phrase matches (jackknifed)
SURFACE_PRIOR = False
SWITCHES = {"trigrams": False, "surface_prior": SURFACE_PRIOR, "far": False, "unk_ctx": True, "rare_ctx": True}

_KIND = {"person": "PER", "org": "ORG", "country": "LOC", "capital": "LOC", "place": "LOC",
         "nisba": "NIS", "title": "TTL", "body": "BODY", "group": "BODY"}


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


# -- the bundle -------------------------------------------------------------------------------

def lexicon_snapshot(gaz) -> tuple[dict[str, str], dict[str, str]]:
    """(multi-word key -> kinds, word -> roles) from the project's lexicons (a Gazetteer)."""
    keys: dict[str, set[str]] = defaultdict(set)
    words: dict[str, set[str]] = defaultdict(set)
    for key, entries in gaz.entries.items():
        parts = key.split()
        for e in entries:
            kind = _KIND.get(e.source, e.kind)
            keys[key].add(kind)
            if kind == "PER":
                if len(parts) == 1:
                    words[parts[0]].add("PER_L" if e.alias else "PER")
                else:
                    words[parts[0]].add("PER_F")
                    words[parts[-1]].add("PER_L")
                    for p in parts[1:-1]:
                        words[p].add("PER_M")
            elif kind in ("LOC", "NIS", "ORG"):
                if len(parts) == 1:
                    words[parts[0]].add(kind)
                else:
                    for p in parts:
                        words[p].add(kind + "_W")
    return ({k: "|".join(sorted(v)) for k, v in sorted(keys.items())},
            {w: "|".join(sorted(v)) for w, v in sorted(words.items())})


def prior_table(sents, feat: Featurizer) -> dict[str, str]:
    """stem (and "\\x00" + normalised word) -> label-prior value from labelled sentences."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for s in sents:
        for w, t in s:
            n, stem, _, _ = feat.analyse(w)
            lab = t[2:] if t != "O" else "O"
            counts[stem][lab] += 1
            if SURFACE_PRIOR:
                counts["\x00" + n][lab] += 1
    out = {}
    for stem, c in counts.items():
        total = sum(c.values())
        ents = [(n, t) for t, n in c.items() if t != "O"]
        if ents:
            n, t = max(ents)
            p = n / total
            out[stem] = f"{t}_{'hi' if p >= 0.6 else 'mid' if p >= 0.25 else 'lo'}"
        else:
            out[stem] = "O3" if total >= 3 else "O"
    return out


def phrase_table(sents, feat: Featurizer) -> dict[str, str]:
    """Entity phrases of labelled sentences (base forms) -> their most frequent type, kept
    when the phrase is an entity in most of its occurrences as a chunk."""
    from .conll import chunks

    counts: dict[str, Counter] = defaultdict(Counter)
    for s in sents:
        tags = [t for _, t in s]
        for a, b, typ in chunks(tags):
            key = " ".join(feat.analyse(w)[2] for w, _ in s[a:b])
            counts[key][typ] += 1
    return {k: max(c, key=lambda t: (c[t], t)) for k, c in counts.items()}


def build_data(train_sents) -> FeatureData:
    from ..lexicon.gazetteer import Gazetteer
    from ..lexicon.loader import load_lines
    from ..resources import Resources
    from ..text.normalize import normalize_str

    res = Resources()
    gazetteer = Gazetteer.load()
    gaz, gaz_words = lexicon_snapshot(gazetteer)
    # words the segmenter keeps whole: lexicon names and protected.txt (the trigger lexicons
    # are left out: the NER features do not need them)
    protected = set(gazetteer.vocabulary) | {normalize_str(w) for w in load_lines("protected.txt")}
    data = FeatureData(wordfreq=dict(res.wordfreq), protected=sorted(protected),
                       gaz=gaz, gaz_words=gaz_words, switches=dict(SWITCHES))
    log(f"lexicon snapshot: {len(gaz)} names, {len(gaz_words)} name words, "
        f"{len(data.wordfreq)} word frequencies, {len(data.protected)} protected words")
    feat = Featurizer(data)
    data.priors = prior_table(train_sents, feat)
    if PHRASES:
        data.phrases = phrase_table(train_sents, feat)
    return data


def featurize(sents, data: FeatureData, folds: int = FOLDS):
    """X, y for training; label priors are jackknifed over contiguous folds."""
    import random

    rng = random.Random(SEED)
    feat = Featurizer(data)
    n = len(sents)
    X, y = [], []
    for k in range(folds):
        lo, hi = n * k // folds, n * (k + 1) // folds
        rest = sents[:lo] + sents[hi:]
        table = prior_table(rest, feat)
        phrases = phrase_table(rest, feat) if PHRASES else {}
        for s in sents[lo:hi]:
            words = [w for w, _ in s]
            X.append(feat.sentence(words, priors=table, phrases=phrases))
            y.append([t for _, t in s])
            if DROPOUT:
                drop = [t != "O" and rng.random() < DROPOUT for _, t in s]
                if any(drop):
                    X.append(feat.sentence(words, priors=table, phrases=phrases, drop=drop))
                    y.append([t for _, t in s])
    return X, y


def train_crf(X, y, model_path: Path, params: dict) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for xs, ys in zip(X, y, strict=False):
        trainer.append(xs, ys)
    trainer.select("lbfgs")
    trainer.set_params({**params, "feature.possible_transitions": True,
                        "feature.minfreq": MIN_FEATURE_FREQ})
    trainer.train(str(model_path))


def known_attributes(model_path: Path) -> list[str]:
    import pycrfsuite

    t = pycrfsuite.Tagger()
    t.open(str(model_path))
    info = t.info()
    t.close()
    return sorted({a for (a, _), w in info.state_features.items() if w != 0.0})


def fix_tags(sents):
    """Map stray tags of the corpus to the four types (a lone 'B-'... is kept)."""
    return [[(w, t if t == "O" or t[:2] in ("B-", "I-") else "O") for w, t in s] for s in sents]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m hadath.ner.train", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", default=str(DEFAULT_TRAIN), help="ANERcorp train.txt (TOKEN TAG)")
    ap.add_argument("--out", default=str(DEFAULT_OUT),
                    help="output path prefix: writes PREFIX.crfsuite and PREFIX.json")
    ap.add_argument("--dev", action="store_true",
                    help="train on the head of train.txt and score the held-out tail; write nothing")
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    ap.add_argument("--iterations", type=int, default=PARAMS["max_iterations"])
    args = ap.parse_args(argv)
    params = {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
    t0 = time.time()
    sents = fix_tags(read_conll(args.train, with_tags=True))
    log(f"read {len(sents)} sentences, {sum(map(len, sents))} tokens from {args.train}")
    if args.dev:
        cut = int(len(sents) * (1 - DEV_FRACTION))
        train, dev = sents[:cut], sents[cut:]
        log(f"dev mode: {len(train)} training sentences, {len(dev)} held-out")
    else:
        train, dev = sents, []
    data = build_data(train)
    X, y = featurize(train, data)
    log(f"features built ({sum(map(len, X))} tokens) in {time.time() - t0:.0f}s; training CRF {params}")
    out = Path(args.out)
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        model_path = Path(tmp) / "ner.crfsuite"
        t1 = time.time()
        train_crf(X, y, model_path, params)
        log(f"CRF trained in {time.time() - t1:.0f}s")
        if args.dev:
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            tagger.open(str(model_path))
            feat = Featurizer(data)
            pred = [tagger.tag(feat.sentence([w for w, _ in s])) for s in dev]
            res = score([[t for _, t in s] for s in dev], pred)
            from .conll import format_report

            print(format_report(res))
            log(f"held-out dev F1 = {res['f1']:.4f}")
            return 0
        out.parent.mkdir(parents=True, exist_ok=True)
        crf_out = out.with_suffix(".crfsuite")
        crf_out.write_bytes(model_path.read_bytes())
        bundle = data.to_json()
        bundle["feature_version"] = FEATURE_VERSION
        bundle["params"] = params
        bundle["known"] = known_attributes(model_path)
        bundle["trained_on"] = Path(args.train).name
        json_out = out.with_suffix(".json")
        json_out.write_text(json.dumps(bundle, ensure_ascii=False, separators=(",", ":"), sort_keys=True),
                            encoding="utf-8")
    log(f"wrote {crf_out} ({crf_out.stat().st_size / 1e6:.1f} MB) and {json_out} "
        f"({json_out.stat().st_size / 1e6:.1f} MB) in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
