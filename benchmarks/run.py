"""hadath speed benchmark: full extraction vs the floor and a BERT-base peer, in one run.

    python benchmarks/run.py --corpus ../shared/corpus/saudinewsnet/articles.jsonl.gz

Every figure is measured in this one run, on the same fixed slice of the corpus (the
first ``--articles`` records with a non-blank text, in file order), each part in a
fresh child process so that no part inherits another's warm caches:

* **startup** - fresh interpreters run ``import hadath; Pipeline()`` and a first
  extraction of a short text (lexicons, segmenter and NER model are loaded lazily,
  so the first extraction is counted); median of ``--startup-runs``;
* **extract (one core)** - one process extracts every article as a one-worker
  :func:`hadath.batch.extract_many` run does (parse the JSON record, ``make_document``,
  run the pipeline, ``to_dict``, each article under :func:`hadath.batch.tuned_gc`), with
  the per-stage profile on; its peak RSS is
  the extraction process's.  The **floor** (parse the JSON record, normalise, find
  the tokens with one compiled regex) is timed in the same process just before and
  just after (median of its passes), so ``floor_ratio`` compares two timings taken
  side by side;
* **extract (2 workers)** - :func:`hadath.batch.extract_many` with ``workers=2``
  (pool start-up and result transfer included; the pipeline is built before the clock
  starts, as for the one-core pass, and ``articles_per_s_2workers_with_build`` counts it);
* **peer** - a BERT-base token classifier (``BertForTokenClassification``, BERT-base
  configuration as in CAMeLBERT NER, randomly initialised: weights do not change
  speed) on CPU with one torch thread, over the first ``--peer-articles`` articles of
  the same slice, cut into windows of at most 512 word pieces.  Its WordPiece
  vocabulary is trained here, in a temporary directory, on the slice.  Nothing is
  downloaded.  ``peer_ratio`` divides hadath's articles/s on those same articles
  (from the one-core pass) by the peer's.

The summary ends with one line holding a JSON object (see ``--output`` to also
write it to a file).  ``--check`` exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from itertools import islice
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "saudinewsnet" / "articles.jsonl.gz"

#: The issue's targets: key -> (comparison, bound).
TARGETS = {
    "articles_per_s_1core": (">=", 100.0),
    "peer_ratio": (">=", 50.0),
    "floor_ratio": ("<=", 40.0),
    "peak_rss_mb": ("<=", 400.0),
    "startup_s": ("<=", 1.5),
    "workers_speedup": (">=", 1.7),
}

TINY = "زار وزير الخارجية الأمريكي الرياض يوم الأحد، وقال إن المحادثات كانت بناءة."


# -- the slice ---------------------------------------------------------------------------------
def load_slice(corpus: str | Path, n: int, offset: int = 0) -> list[str]:
    """The raw JSON lines of the first ``n`` records (after ``offset``) with a non-blank text."""
    out: list[str] = []
    skipped = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            if not isinstance(rec.get("text"), str) or not rec["text"].strip():
                continue
            if skipped < offset:
                skipped += 1
                continue
            out.append(line)
            if len(out) >= n:
                break
    return out


def parse_item(line: str) -> tuple[str, str, dict]:
    """A JSON line -> ``(id, text, meta)`` exactly as :func:`hadath.inputs.read_path` yields it."""
    rec = json.loads(line)
    meta = {k: str(v) for k, v in rec.items() if k != "text" and v is not None}
    return str(rec.get("id")), rec["text"], meta


# -- the floor ---------------------------------------------------------------------------------
# A fixed reference, deliberately independent of hadath's code (optimising hadath must not
# move it): hadath's character normalisation rules as one deletion regex and one table.
_FLOOR_DELETE = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c\u00ad]")
_FLOOR_TABLE = str.maketrans({
    **dict.fromkeys("أإآٱ", "ا"), "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك", "ۀ": "ه", "ە": "ه",
    **{c: str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}, **{c: str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")},
    **{chr(65 + i): chr(97 + i) for i in range(26)}, "\u066b": ".", "\u066c": ",", "\u00a0": " ",
})
FLOOR_TOKEN_RE = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*|[^\w\s]")


def floor_pass(lines: list[str]) -> tuple[float, int]:
    """Read, normalise and tokenise every article; ``(seconds, tokens)``."""
    t0 = time.perf_counter()
    tokens = 0
    delete, table, find = _FLOOR_DELETE.sub, _FLOOR_TABLE, FLOOR_TOKEN_RE.findall
    for line in lines:
        text = json.loads(line)["text"]
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
        tokens += len(find(delete("", text).translate(table)))
    return time.perf_counter() - t0, tokens


def floor_median(lines: list[str], runs: int) -> tuple[list[float], int]:
    times = []
    tokens = 0
    for _ in range(max(1, runs)):
        dt, tokens = floor_pass(lines)
        times.append(dt)
    return times, tokens


# -- children ----------------------------------------------------------------------------------
def _peak_rss_mb(who: int | None = None) -> float:
    import resource

    ru = resource.getrusage(resource.RUSAGE_SELF if who is None else who)
    return ru.ru_maxrss / 1024.0  # Linux: kilobytes


def child_extract(lines: list[str], floor_runs: int, cprofile: int = 0) -> dict:
    """One process, one core: the floor, then full extraction with the stage profile, then the floor."""
    rss_before = _peak_rss_mb()
    floor_before, floor_tokens = floor_median(lines, floor_runs)

    from hadath import Config
    from hadath.api import default_pipeline
    from hadath.batch import tuned_gc
    from hadath.inputs import make_document
    from hadath.pipeline import StageTimings

    config = Config()
    t0 = time.perf_counter()
    pipe = default_pipeline(config)
    pipe(TINY, published="2015-07-21")
    build_s = time.perf_counter() - t0
    pipe.timings = StageTimings()

    extra = {"read": 0.0, "input": 0.0, "output": 0.0}
    per_article: list[float] = []
    tokens = sentences = entities = events = times_ = quotes = 0
    clock = time.perf_counter
    profiler = None
    if cprofile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    load_before = os.getloadavg()[0]
    cpu0 = time.process_time()
    start = clock()
    for line in lines:
        a = clock()
        with tuned_gc():  # as a batch run does (hadath.batch.extract_many)
            doc_id, raw, meta = parse_item(line)
            b = clock()
            doc = make_document(raw, id=doc_id, meta=meta, config=config)
            c = clock()
            doc = pipe(doc, profile=True)
            d = clock()
            out = doc.to_dict()
            e = clock()
        tokens += len(doc.tokens)
        sentences += len(doc.sentences)
        extra["read"] += b - a
        extra["input"] += c - b
        extra["output"] += e - d
        per_article.append(e - a)
        entities += len(out.get("entities", ()))
        events += len(out.get("events", ()))
        times_ += len(out.get("times", ()))
        quotes += len(out.get("quotes", ()))
    total = clock() - start
    cpu = time.process_time() - cpu0
    if profiler is not None:
        profiler.disable()
        import io
        import pstats

        buf = io.StringIO()
        st = pstats.Stats(profiler, stream=buf)
        st.sort_stats("tottime").print_stats(cprofile)
        sys.stderr.write(buf.getvalue())
    peak = _peak_rss_mb()
    floor_after, _ = floor_median(lines, floor_runs)
    matching = matching_pass(lines, pipe)
    stages = {"read": extra["read"], "input": extra["input"], **pipe.timings.seconds,
              "output": extra["output"]}
    return {"seconds": total, "articles": len(lines), "tokens": tokens, "sentences": sentences,
            "entities": entities, "events": events, "times": times_, "quotes": quotes,
            "stages": stages, "per_article": per_article, "build_s": build_s,
            "peak_rss_mb": peak, "rss_before_pipeline_mb": rss_before,
            "floor_seconds": floor_before + floor_after, "floor_tokens": floor_tokens,
            "cpu_seconds": cpu, "load_before": load_before, "load_after": os.getloadavg()[0],
            "matching": matching}


def matching_pass(lines: list[str], pipe) -> dict:
    """Lexicon matching alone: one Aho-Corasick pass of every lexicon name over the token
    base forms of the tokenised articles (the first half of the ``entities`` stage)."""
    from hadath import Config, Pipeline
    from hadath.entities import match_lexicon
    from hadath.inputs import make_document

    text_only = Pipeline(Config(stages=("text",)), resources=pipe.resources)
    gaz = pipe.resources.gazetteer
    seconds = 0.0
    tokens = found = 0
    for line in lines:
        doc_id, raw, meta = parse_item(line)
        doc = text_only(make_document(raw, id=doc_id, meta=meta))
        t0 = time.perf_counter()
        found += len(match_lexicon(doc, gaz))
        seconds += time.perf_counter() - t0
        tokens += len(doc.tokens)
    return {"seconds": seconds, "tokens": tokens, "mentions": found, "names": len(gaz.entries)}


def child_workers(lines: list[str], workers: int) -> dict:
    import resource

    from hadath import Config
    from hadath.api import default_pipeline
    from hadath.batch import extract_many

    # The pipeline is built before the clock starts, as in the one-core pass (its build is
    # the start-up figure); the pool inherits it through fork.  Pool start-up, the parent's
    # cache warming and result transfer are inside the timing.
    t_build = time.perf_counter()
    default_pipeline(Config())(TINY, published="2015-07-21")
    build_s = time.perf_counter() - t_build
    load_before = os.getloadavg()[0]
    self0, kids0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    n = errors = 0
    for rec in extract_many((parse_item(x) for x in lines), workers=workers, progress=False):
        n += 1
        if "error" in rec and "text" not in rec:
            errors += 1
    dt = time.perf_counter() - t0
    self1, kids1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)

    def cpu(a, b) -> float:
        return (b.ru_utime - a.ru_utime) + (b.ru_stime - a.ru_stime)

    return {"seconds": dt, "articles": n, "errors": errors, "workers": workers, "build_s": build_s,
            "cpu_seconds_parent": cpu(self0, self1), "cpu_seconds_workers": cpu(kids0, kids1),
            "load_before": load_before, "load_after": os.getloadavg()[0],
            "peak_rss_mb_worker": _peak_rss_mb(resource.RUSAGE_CHILDREN),
            "peak_rss_mb_parent": _peak_rss_mb()}


_STARTUP_CODE = """
import json, time
t0 = time.perf_counter()
import hadath
t1 = time.perf_counter()
nlp = hadath.Pipeline()
t2 = time.perf_counter()
nlp({tiny!r}, published="2015-07-21")
t3 = time.perf_counter()
print(json.dumps({{"import_s": t1 - t0, "build_s": t2 - t1, "first_extraction_s": t3 - t2,
                  "startup_s": t3 - t0}}))
"""


def measure_startup(runs: int) -> dict:
    """Fresh interpreters: import + pipeline + first extraction (lazy loading included)."""
    code = _STARTUP_CODE.format(tiny=TINY)
    results = []
    walls = []
    for _ in range(max(1, runs)):
        t0 = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        walls.append(time.perf_counter() - t0)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    med = {k: statistics.median(r[k] for r in results) for k in results[0]}
    med["process_wall_s"] = statistics.median(walls)
    med["runs"] = len(results)
    med["all_startup_s"] = [round(r["startup_s"], 3) for r in results]
    return med


def _spawn(mode: str, args: argparse.Namespace, extra: list[str] | None = None) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", mode, "--corpus", str(args.corpus),
           "--articles", str(args.articles), "--floor-runs", str(args.floor_runs),
           "--workers", str(args.workers), "--peer-articles", str(args.peer_articles),
           "--cprofile", str(args.cprofile)]
    if args.peer_config:
        cmd += ["--peer-config", args.peer_config]
    cmd += extra or []
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=None, text=True, env=env)
    if proc.returncode != 0:
        raise SystemExit(f"benchmark child {mode!r} failed (exit {proc.returncode})")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# -- summary -----------------------------------------------------------------------------------
def _r(x: float | None, nd: int = 2) -> float | None:
    return None if x is None else round(x, nd)


def summarise(startup: dict, runs: list[dict], wk: dict | None, peer: dict | None) -> dict:
    """The summary dict (medians over the extraction passes)."""
    n = runs[0]["articles"]
    rates = [r["articles"] / r["seconds"] for r in runs]
    med_i = sorted(range(len(runs)), key=lambda i: rates[i])[len(runs) // 2]
    ex = runs[med_i]
    aps1 = rates[med_i]
    ms_art = 1000.0 * ex["seconds"] / n
    floor_ms = [1000.0 * f / n for r in runs for f in r["floor_seconds"]]
    floor_ms_art = statistics.median(floor_ms)
    ratios = [r["seconds"] / statistics.median(r["floor_seconds"]) for r in runs]
    floor_ratio = statistics.median(ratios)
    total_stage = sum(ex["stages"].values())
    stages = {}
    for name, sec in ex["stages"].items():
        stages[name] = {"ms_per_article": _r(1000.0 * sec / n, 3), "share": _r(sec / total_stage, 3),
                        "articles_per_s": _r(n / sec if sec else None, 1),
                        "tokens_per_s": _r(ex["tokens"] / sec if sec else None, 0)}
    s: dict = {
        "articles": n,
        "tokens": ex["tokens"],
        "extraction_passes": len(runs),
        "articles_per_s_1core": _r(aps1, 1),
        "tokens_per_s_1core": _r(ex["tokens"] / ex["seconds"], 0),
        "ms_per_article_1core": _r(ms_art, 3),
        "all_articles_per_s_1core": [_r(x, 1) for x in rates],
        "floor_ms_per_article": _r(floor_ms_art, 4),
        "floor_tokens_per_s": _r(ex["floor_tokens"] / (floor_ms_art * n / 1000.0), 0),
        "floor_ratio": _r(floor_ratio, 2),
        "floor_tokens": ex["floor_tokens"],
        "peak_rss_mb": _r(ex["peak_rss_mb"], 1),
        "rss_before_pipeline_mb": _r(ex["rss_before_pipeline_mb"], 1),
        "startup_s": _r(startup["startup_s"], 3),
        "startup": {k: (_r(v, 3) if isinstance(v, float) else v) for k, v in startup.items()},
        "stages": stages,
        "found": {k: ex[k] for k in ("sentences", "entities", "times", "quotes", "events")},
        "cpu_s_per_article_1core": _r(ex["cpu_seconds"] / n, 5),
        "load_avg": {"cpus": os.cpu_count(), "extract": [_r(ex["load_before"]), _r(ex["load_after"])]},
    }
    if wk is not None:
        aps2 = wk["articles"] / wk["seconds"]
        s["articles_per_s_2workers"] = _r(aps2, 1)
        s["tokens_per_s_2workers"] = _r(ex["tokens"] / wk["seconds"], 0)  # the same articles
        s["workers"] = wk["workers"]
        s["load_avg"]["workers"] = [_r(wk["load_before"]), _r(wk["load_after"])]
        s["workers_speedup"] = _r(aps2 / aps1, 2)
        # the same with the pipeline build counted (a command-line run pays it once)
        s["articles_per_s_2workers_with_build"] = _r(wk["articles"] / (wk["seconds"] + wk["build_s"]), 1)
        s["workers_errors"] = wk["errors"]
        s["peak_rss_mb_worker"] = _r(wk["peak_rss_mb_worker"], 1)
        # CPU seconds the pool spent (workers + parent) per CPU second of the one-core pass:
        # about 1 when the pool adds little work, so a wall-clock speed-up well below the
        # worker count then comes from CPUs taken by other processes (see load_avg)
        s["workers_cpu_per_1core_cpu"] = _r((wk["cpu_seconds_workers"] + wk["cpu_seconds_parent"])
                                            / ex["cpu_seconds"], 2)
        s["workers_parent_cpu_share"] = _r(wk["cpu_seconds_parent"] / max(wk["seconds"], 1e-9), 2)
    else:
        s["articles_per_s_2workers"] = None
    if peer is not None:
        k = peer["articles"]
        hadath_k = sum(ex["per_article"][:k])
        hadath_aps_k = k / hadath_k
        s["peer_articles"] = k
        s["peer_articles_per_s"] = _r(peer["articles"] / peer["seconds"], 3)
        s["peer_pieces_per_s"] = _r(peer["pieces"] / peer["seconds"], 0)
        s["peer_ratio"] = _r(hadath_aps_k / (peer["articles"] / peer["seconds"]), 1)
        s["peer_ratio_full_slice"] = _r(aps1 / (peer["articles"] / peer["seconds"]), 1)
        s["hadath_articles_per_s_on_peer_articles"] = _r(hadath_aps_k, 1)
        s["peer"] = {kk: v for kk, v in peer.items() if kk not in ("seconds",)}
    else:
        s["peer_articles_per_s"] = s["peer_ratio"] = None
    m = ex["matching"]
    s["matching"] = {"names": m["names"], "mentions": m["mentions"],
                     "tokens_per_s": _r(m["tokens"] / max(m["seconds"], 1e-9), 0),
                     "ms_per_article": _r(1000.0 * m["seconds"] / n, 3)}
    checks = {}
    for key, (op, bound) in TARGETS.items():
        v = s.get(key)
        checks[key] = None if v is None else (v >= bound if op == ">=" else v <= bound)
    s["targets"] = {k: f"{op} {b:g}" for k, (op, b) in TARGETS.items()}
    s["targets_met"] = checks
    return s


def render(s: dict) -> str:
    lines = [f"hadath benchmark on {s['articles']} articles ({s['tokens']:,} tokens)"]
    st = s["startup"]
    lines.append(f"  start-up      {s['startup_s']:.3f} s  (import {st['import_s']:.3f} + build "
                 f"{st['build_s']:.3f} + first extraction {st['first_extraction_s']:.3f}; "
                 f"process wall {st['process_wall_s']:.3f}; median of {st['runs']})")
    lines.append(f"  one core      {s['articles_per_s_1core']:8.1f} articles/s  {s['tokens_per_s_1core']:10,.0f} "
                 f"tokens/s  ({s['ms_per_article_1core']:.2f} ms/article)")
    if s.get("articles_per_s_2workers") is not None:
        lines.append(f"  {s['workers']} workers     {s['articles_per_s_2workers']:8.1f} articles/s  "
                     f"{s['tokens_per_s_2workers']:10,.0f} tokens/s  (x{s['workers_speedup']:.2f} one core; "
                     f"the pool used x{s['workers_cpu_per_1core_cpu']:.2f} the one-core pass's CPU time)")
    lines.append(f"  floor         {1000.0 / s['floor_ms_per_article']:8.1f} articles/s  "
                 f"{s['floor_tokens_per_s']:10,.0f} tokens/s  ({s['floor_ms_per_article']:.3f} ms/article; "
                 f"hadath takes x{s['floor_ratio']:.1f} its time)")
    if s.get("peer_articles_per_s") is not None:
        p = s["peer"]
        lines.append(f"  peer (BERT)   {s['peer_articles_per_s']:8.3f} articles/s  {s['peer_pieces_per_s']:10,.0f} "
                     f"pieces/s  ({p['threads']} torch thread, {p['articles']} articles, {p['windows']} windows "
                     f"of <= {p['window']} pieces; hadath x{s['peer_ratio']:.1f} faster on the same articles)")
    m = s["matching"]
    lines.append(f"  matching      {m['tokens_per_s']:10,.0f} tokens/s  ({m['ms_per_article']:.3f} ms/article: "
                 f"{m['names']:,} lexicon name forms in one automaton, {m['mentions']:,} mentions found)")
    lines.append(f"  peak RSS      {s['peak_rss_mb']:.1f} MB (extraction process; "
                 f"{s['rss_before_pipeline_mb']:.1f} MB before the pipeline was built)")
    la = s["load_avg"]
    lines.append(f"  load average  {la['extract'][0]:.2f} before the one-core pass"
                 + (f", {la['workers'][0]:.2f} before the pool" if "workers" in la else "")
                 + f" ({la['cpus']} CPUs; other processes' work slows every figure, the pool's most)")
    lines.append("  stages (one core):")
    for name, v in s["stages"].items():
        lines.append(f"    {name:10s} {v['ms_per_article']:8.3f} ms/article  {100 * v['share']:5.1f}%  "
                     f"{(v['articles_per_s'] or 0):10.1f} articles/s")
    lines.append("  targets:")
    for k, ok in s["targets_met"].items():
        mark = "n/a" if ok is None else ("ok" if ok else "MISSED")
        lines.append(f"    {k:22s} {s.get(k)!s:>8s}  target {s['targets'][k]:8s} {mark}")
    return "\n".join(lines)


# -- main --------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="articles.jsonl.gz")
    ap.add_argument("--articles", type=int, default=2000, help="size of the slice (default 2000)")
    ap.add_argument("--repeat", type=int, default=1, help="one-core extraction passes (median; default 1)")
    ap.add_argument("--floor-runs", type=int, default=3,
                    help="floor passes before and after each extraction pass (default 3 + 3)")
    ap.add_argument("--startup-runs", type=int, default=5, help="fresh interpreters timed (default 5)")
    ap.add_argument("--workers", type=int, default=2, help="processes for the pool figure (default 2)")
    ap.add_argument("--skip-workers", action="store_true", help="no pool figure")
    ap.add_argument("--skip-peer", action="store_true", help="no BERT peer (torch not needed)")
    ap.add_argument("--peer-articles", type=int, default=100,
                    help="articles the peer runs on: the first of the slice (default 100)")
    ap.add_argument("--peer-config", default="",
                    help="JSON overrides for the peer's BertConfig (tests only: e.g. a 1-layer model)")
    ap.add_argument("--cprofile", type=int, default=0, metavar="N",
                    help="also cProfile the one-core pass and print its top N functions on stderr "
                         "(slows that pass down: its figures are then not the real speed)")
    ap.add_argument("--output", type=Path, help="also write the summary JSON here")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    if args.child:
        return _child_main(args)

    def say(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    say(f"benchmark: {args.articles} articles of {args.corpus}")
    say("  start-up ...")
    startup = measure_startup(args.startup_runs)
    runs = []
    for i in range(max(1, args.repeat)):
        say(f"  one-core extraction pass {i + 1}/{max(1, args.repeat)} (with the floor before and after) ...")
        runs.append(_spawn("extract", args))
    wk = None
    if not args.skip_workers:
        say(f"  {args.workers} workers ...")
        wk = _spawn("workers", args)
    peer = None
    if not args.skip_peer:
        say(f"  BERT-base peer on {min(args.peer_articles, args.articles)} articles (one torch thread) ...")
        peer = _spawn("peer", args)
    summary = summarise(startup, runs, wk, peer)
    print(render(summary))
    if args.output:
        args.output.write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(summary, ensure_ascii=False, separators=(",", ":")))
    if args.check and not all(v for v in summary["targets_met"].values() if v is not None):
        return 1
    return 0


def _child_main(args: argparse.Namespace) -> int:
    lines = load_slice(args.corpus, args.articles)
    if args.child == "extract":
        res = child_extract(lines, args.floor_runs, args.cprofile)
    elif args.child == "workers":
        res = child_workers(lines, args.workers)
    elif args.child == "peer":
        sys.path.insert(0, str(HERE))
        from peer import run_peer

        overrides = json.loads(args.peer_config) if args.peer_config else None
        with tempfile.TemporaryDirectory(prefix="hadath-bench-") as tmp:
            res = run_peer(lines, list(islice(lines, args.peer_articles)), Path(tmp), config_overrides=overrides)
    else:
        raise SystemExit(f"unknown child {args.child!r}")
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
