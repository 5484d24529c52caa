"""Rebuild the shipped NER model from ANERcorp train.txt (one command, reproducible).

    python -m hadath.ner.train                       # writes src/hadath/data/models/ner.*
    python -m hadath.ner.train --dev                 # train on the head, score the held-out tail
    python -m hadath.ner.train --dev --dev-block mid # ... the other blocks of the 3-fold check

The model has two stages.  Stage 1 is a CRF over the features of a sentence
(:class:`hadath.ner.features.Featurizer`).  Stage 2 is a CRF over the same features
plus document context (:func:`hadath.ner.features.doc_features`): the stage-1 tags of
the word itself and of the same word (and multi-word chunks) in the 20 sentences
before and after.  Stage 2 is trained on stage-1 tags of the training text made by
``OOF_FOLDS`` out-of-fold stage-1 CRFs (contiguous folds), so that it learns how far to
trust stage-1 tags of unseen text.  Writes PREFIX.crfsuite (stage 2), PREFIX.stage1.crfsuite
and PREFIX.json.  About 6-7 minutes on two cores (``--jobs``); ``--stages 1`` builds
the one-CRF model (about 1.5 minutes).

Training words look like unseen words where it matters: the label priors, the train
phrases and (``JK_FREQ``) the word frequencies of the ``fq=`` feature of a training
sentence are counted on the other folds only, as for the words of new text.  The word
frequencies of a bundle (the clitic segmenter's and the ``fq=`` feature's) are counted on
its own training sentences (``TRAIN_FREQ``; the same table as lexicons/wordfreq.tsv for
the shipped model), so neither the out-of-fold stage-1 models nor the ``--dev`` model
know the frequencies of the sentences they tag.  Given names (lexicons/given_names.tsv)
are a lexicon role of their own (``gw=GIVEN``).

Everything is deterministic: the held-out tail, the jackknife folds of the label
priors, the training-time dropout (seeded), the out-of-fold split and the CRFs (L-BFGS,
no randomness) depend only on the input files (train.txt and the lexicons).  Features
and hyper-parameters were chosen on held-out slices of train.txt (the last
``DEV_FRACTION`` of its sentences, and 10% blocks at the start and the middle, as
3-fold validation); ANERcorp test.txt is never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from .conll import read_conll, score
from .features import FEATURE_VERSION, FeatureData, Featurizer, doc_features
from .model import STAGE1_SUFFIX

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
STAGES = 2  # a second CRF over document context (stage-1 tags of the same word nearby)
WINDOW = 20  # document context: sentences before and after
DOC_PHRASES = True  # stage 2: multi-word stage-1 chunks of the context matched in the sentence
MIN_DOC = 5  # shorter documents (and tag() of one sentence) are tagged by stage 1 alone
OOF_FOLDS = 5  # out-of-fold stage-1 models that tag the training text for stage 2
JK_FREQ = True  # the fq= feature of training words counts the other folds only (as for unseen text)
TRAIN_FREQ = True  # the bundle's word frequencies are counted on its training sentences (not wordfreq.tsv)
GIVEN_NAMES = True  # lexicons/given_names.tsv: "gw=GIVEN" / "gw=GIVEN_AMB" name-word roles
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


def given_names() -> dict[str, str]:
    """Normalised given name -> its name-word role (GIVEN, or GIVEN_AMB for a name that is
    also a common word or family name), from lexicons/given_names.tsv."""
    from ..lexicon.loader import load_table
    from ..text.normalize import normalize_str

    out: dict[str, str] = {}
    for row in load_table("given_names.tsv"):
        n = normalize_str(row["name"])
        role = "GIVEN_AMB" if row["ambiguous"] else "GIVEN"
        if out.get(n) != "GIVEN":
            out[n] = role
    return out


def word_freq(sents) -> dict[str, int]:
    """Normalised word -> count in ``sents``, words seen at least twice (as
    scripts/build_wordfreq.py counts train.txt into lexicons/wordfreq.tsv)."""
    from ..text.normalize import normalize_str

    counts: Counter = Counter()
    for s in sents:
        for w, _ in s:
            if w and w[0].isalpha():
                n = normalize_str(w)
                if n:
                    counts[n] += 1
    return {w: c for w, c in counts.items() if c >= 2}


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


def build_data(train_sents, quiet: bool = False) -> FeatureData:
    from ..lexicon.gazetteer import Gazetteer
    from ..lexicon.loader import load_lines
    from ..resources import Resources
    from ..text.normalize import normalize_str

    res = Resources()
    gazetteer = Gazetteer.load()
    gaz, gaz_words = lexicon_snapshot(gazetteer)
    if GIVEN_NAMES:
        for w, role in given_names().items():
            roles = set(gaz_words[w].split("|")) if w in gaz_words else set()
            gaz_words[w] = "|".join(sorted(roles | {role}))
    # words the segmenter keeps whole: lexicon names and protected.txt (the trigger lexicons
    # are left out: the NER features do not need them)
    protected = set(gazetteer.vocabulary) | {normalize_str(w) for w in load_lines("protected.txt")}
    wordfreq = word_freq(train_sents) if TRAIN_FREQ else dict(res.wordfreq)
    data = FeatureData(wordfreq=wordfreq, protected=sorted(protected),
                       gaz=gaz, gaz_words=gaz_words, switches=dict(SWITCHES))
    if not quiet:
        log(f"lexicon snapshot: {len(gaz)} names, {len(gaz_words)} name words, "
            f"{len(data.wordfreq)} word frequencies, {len(data.protected)} protected words")
    feat = Featurizer(data)
    data.priors = prior_table(train_sents, feat)
    if PHRASES:
        data.phrases = phrase_table(train_sents, feat)
    return data


def featurize(sents, data: FeatureData, folds: int = FOLDS, extra=None):
    """X, y for training; label priors are jackknifed over contiguous folds.  ``extra[j][i]``
    (stage 2: document-context features) is appended to token i of sentence j."""
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
        freq = word_freq(rest) if JK_FREQ else None
        for j in range(lo, hi):
            s = sents[j]
            words = [w for w, _ in s]
            xs = feat.sentence(words, priors=table, phrases=phrases, freq=freq)
            if extra is not None:
                xs = [a + b for a, b in zip(xs, extra[j], strict=True)]
            X.append(xs)
            y.append([t for _, t in s])
            if DROPOUT:
                drop = [t != "O" and rng.random() < DROPOUT for _, t in s]
                if any(drop):
                    xs = feat.sentence(words, priors=table, phrases=phrases, freq=freq, drop=drop)
                    if extra is not None:
                        xs = [a + b for a, b in zip(xs, extra[j], strict=True)]
                    X.append(xs)
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


def _train_stage1(train_sents, params: dict, model_path: Path, tag_sents=None) -> list[list[str]]:
    """Train a stage-1 CRF on ``train_sents`` (its own bundle data) into ``model_path``;
    return its tags for ``tag_sents`` (the held-out fold of the out-of-fold predictions)."""
    data = build_data(train_sents, quiet=True)
    X, y = featurize(train_sents, data)
    train_crf(X, y, model_path, params)
    if not tag_sents:
        return []
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    feat = Featurizer(data)
    return [tagger.tag(feat.sentence([w for w, _ in s])) for s in tag_sents]


def _stage1_job(args):
    train_sents, params, model_path, tag_sents = args
    t = time.time()
    out = _train_stage1(train_sents, params, Path(model_path), tag_sents)
    log(f"stage-1 CRF on {len(train_sents)} sentences trained in {time.time() - t:.0f}s")
    return out


def train_bundle(train_sents, params: dict, workdir: Path, *, stages: int = STAGES, folds: int = OOF_FOLDS,
                 window: int = WINDOW, jobs: int = 2, stage1: tuple[bytes, list] | None = None,
                 keep: dict | None = None) -> tuple[bytes, dict, bytes | None]:
    """(CRF bytes, bundle metadata, stage-1 CRF bytes or None) trained on ``train_sents``.

    Two stages: K out-of-fold stage-1 CRFs (contiguous folds) tag the training text as an
    unseen text would be tagged; the stage-2 CRF learns from those tags in context
    (document features, see :func:`hadath.ner.features.doc_features`).  The shipped
    stage-1 CRF is trained on all of ``train_sents``.  The K + 1 stage-1 trainings run in
    ``jobs`` processes; the result does not depend on ``jobs``."""
    data = build_data(train_sents)
    s1_path = workdir / "stage1.crfsuite"
    n = len(train_sents)
    tasks = [(train_sents, params, str(s1_path), None)]
    bounds = []
    if stages == 2:
        for k in range(folds):
            lo, hi = n * k // folds, n * (k + 1) // folds
            bounds.append((lo, hi))
            tasks.append((train_sents[:lo] + train_sents[hi:], params, str(workdir / f"oof{k}.crfsuite"),
                          train_sents[lo:hi]))
    if stage1 is not None:  # experiments: reuse the stage-1 CRF and out-of-fold tags
        s1_path.write_bytes(stage1[0])
        results = [[], stage1[1]]
    else:
        log(f"training {len(tasks)} stage-1 CRF(s) {params} in {jobs} process(es)")
        if jobs > 1 and len(tasks) > 1:
            import multiprocessing as mp

            with mp.get_context("fork").Pool(min(jobs, len(tasks))) as pool:
                results = pool.map(_stage1_job, tasks, chunksize=1)
        else:
            results = [_stage1_job(t) for t in tasks]
    s1_bytes = s1_path.read_bytes()
    bundle = data.to_json()
    bundle.update(feature_version=FEATURE_VERSION, params=params, stages=stages)
    if stages == 1:
        bundle["known"] = known_attributes(s1_path)
        return s1_bytes, bundle, None
    oof: list[list[str]] = []
    for r in results[1:]:
        oof.extend(r)
    if keep is not None:
        keep["oof"] = oof
    feat = Featurizer(data)
    keys = [feat.keys([w for w, _ in s]) for s in train_sents]
    extra = doc_features(keys, oof, window, phrases=DOC_PHRASES)
    X, y = featurize(train_sents, data, extra=extra)
    s2_path = workdir / "stage2.crfsuite"
    t = time.time()
    train_crf(X, y, s2_path, params)
    log(f"stage-2 CRF trained in {time.time() - t:.0f}s")
    bundle["window"] = window
    bundle["doc_phrases"] = DOC_PHRASES
    bundle["min_doc"] = MIN_DOC
    bundle["oof_folds"] = folds
    bundle["known"] = sorted(set(known_attributes(s1_path)) | set(known_attributes(s2_path)))
    return s2_path.read_bytes(), bundle, s1_bytes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m hadath.ner.train", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", default=str(DEFAULT_TRAIN), help="ANERcorp train.txt (TOKEN TAG)")
    ap.add_argument("--out", default=str(DEFAULT_OUT),
                    help="output path prefix: writes PREFIX.crfsuite, PREFIX.json "
                         f"(and PREFIX{STAGE1_SUFFIX} for a two-stage model)")
    ap.add_argument("--dev", action="store_true",
                    help="train on train.txt less a held-out 10%% block (--dev-block) and score the "
                         "block; write nothing")
    ap.add_argument("--dev-block", choices=("tail", "start", "mid"), default="tail",
                    help="with --dev: the held-out 10%% block (tail: the last sentences; start: "
                         "the first; mid: from 45%% to 55%%), the three blocks of the 3-fold check")
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    ap.add_argument("--iterations", type=int, default=PARAMS["max_iterations"])
    ap.add_argument("--stages", type=int, choices=(1, 2), default=STAGES,
                    help="1: one CRF; 2: a second CRF over document context (default)")
    ap.add_argument("--window", type=int, default=WINDOW,
                    help="document context: sentences before and after a sentence")
    ap.add_argument("--folds", type=int, default=OOF_FOLDS, help="out-of-fold stage-1 models")
    ap.add_argument("--jobs", type=int, default=2, help="parallel stage-1 trainings")
    args = ap.parse_args(argv)
    params = {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
    t0 = time.time()
    sents = fix_tags(read_conll(args.train, with_tags=True))
    log(f"read {len(sents)} sentences, {sum(map(len, sents))} tokens from {args.train}")
    if args.dev:
        n = len(sents)
        lo, hi = {"tail": (int(n * (1 - DEV_FRACTION)), n), "start": (0, int(n * DEV_FRACTION)),
                  "mid": (int(n * (0.5 - DEV_FRACTION / 2)), int(n * (0.5 + DEV_FRACTION / 2)))}[args.dev_block]
        train, dev = sents[:lo] + sents[hi:], sents[lo:hi]
        log(f"dev mode: {len(train)} training sentences, {len(dev)} held-out")
    else:
        train, dev = sents, []
    import tempfile

    from .model import NerTagger

    with tempfile.TemporaryDirectory() as tmp:
        crf, bundle, s1 = train_bundle(train, params, Path(tmp), stages=args.stages, folds=args.folds,
                                       window=args.window, jobs=args.jobs)
    bundle["trained_on"] = Path(args.train).name
    if args.dev:
        from .conll import format_report

        tagger = NerTagger(crf, bundle, stage1_bytes=s1)
        gold = [[t for _, t in s] for s in dev]
        words = [[w for w, _ in s] for s in dev]
        if s1 is not None:
            res1 = score(gold, [tagger.tag_stage1(ws) for ws in words])
            log(f"held-out dev F1, stage 1 alone = {res1['f1']:.4f}")
        if s1 is not None:
            res0 = score(gold, [tagger.tag(ws) for ws in words])
            log(f"held-out dev F1, each sentence on its own (tag) = {res0['f1']:.4f}")
        res = score(gold, tagger.tag_document(words))
        print(format_report(res))
        log(f"held-out dev F1 = {res['f1']:.4f} (in {time.time() - t0:.0f}s)")
        return 0
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    crf_out = out.with_suffix(".crfsuite")
    s1_out = out.parent / (out.name + STAGE1_SUFFIX)
    crf_out.write_bytes(crf)
    if s1 is not None:
        s1_out.write_bytes(s1)
    elif s1_out.exists():
        s1_out.unlink()
    json_out = out.with_suffix(".json")
    json_out.write_text(json.dumps(bundle, ensure_ascii=False, separators=(",", ":"), sort_keys=True),
                        encoding="utf-8")
    size = sum(p.stat().st_size for p in (crf_out, json_out, s1_out) if p.exists())
    log(f"wrote {crf_out}, {json_out}" + (f", {s1_out}" if s1 is not None else "")
        + f" ({size / 1e6:.1f} MB) in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
