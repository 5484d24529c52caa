"""CLI commands for storage and batch runs (registered by :func:`hadath.cli.build_parser`).

``hadath batch``, ``export``, ``summary``, ``db migrate|status`` and ``demo``.  The
database defaults to ``$HADATH_DB``, else ``hadath.duckdb`` in the current folder
(``hadath demo`` always defaults to ``hadath-demo.duckdb``).  Each command is one
call into :mod:`hadath.store` / :mod:`hadath.batch`; errors are raised as
:class:`hadath.errors.HadathError` and reported by ``hadath.cli.main``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from itertools import chain, islice
from typing import Any

#: the environment variable with the default database (a path or a postgresql:// URL)
DB_ENV = "HADATH_DB"
DEFAULT_DB = "hadath.duckdb"
DEMO_DB = "hadath-demo.duckdb"

EXIT_OK, EXIT_ERROR = 0, 1


def _db(args) -> str:
    return args.db or os.environ.get(DB_ENV) or DEFAULT_DB


def _add_db(p, help_extra: str = "") -> None:
    p.add_argument("--db", metavar="DB",
                   help=f"database: a DuckDB file, :memory:, or postgresql://user@host/db "
                        f"(default: ${DB_ENV}, else {DEFAULT_DB}){help_extra}")


# -- batch --------------------------------------------------------------------------------------

def cmd_batch(args) -> int:
    from ..batch import extract_many, is_error
    from ..cli import _config, _iter_inputs
    from . import open_store

    config = _config(args)
    inputs = _iter_inputs(args.paths, args.encoding)
    if args.limit is not None:
        inputs = islice(inputs, args.limit)
    backend = "dask" if args.dask else "process"
    progress = True if args.progress else (False if args.quiet else None)
    t0 = time.perf_counter()
    results = extract_many(inputs, config=config, workers=args.workers, backend=backend,
                           chunksize=args.chunksize, progress=progress, published=args.published,
                           scheduler=args.dask if args.dask and args.dask != "local" else None)
    # start the workers (and surface input errors) before the database is opened:
    # forking a process that holds an open DuckDB connection is best avoided
    first = next(results, None)
    failures: list[dict] = []

    def keep(records):
        for r in records:
            if is_error(r):
                failures.append(r)
                if len(failures) <= 20:
                    e = r["error"]
                    msg = f"[{e['code']}] {e['message']}" if e.get("code") else e["message"]
                    print(f"hadath: {r['id']}: {msg}", file=sys.stderr)
            yield r

    url = _db(args)
    with open_store(url) as store:
        stats = store.write(keep(chain([first] if first is not None else [], results)),
                            batch_size=args.batch_size)
    dt = time.perf_counter() - t0
    if len(failures) > 20:
        print(f"hadath: ... and {len(failures) - 20} more articles failed", file=sys.stderr)
    n = stats["documents"] + len(failures)
    print(f"{n} articles ({stats['documents']} stored, {len(failures)} failed), {stats['events']} events, "
          f"{dt:.1f} s, {n / dt if dt > 0 else 0.0:.1f} articles/s -> {store.url}")
    return EXIT_ERROR if failures else EXIT_OK


# -- export -------------------------------------------------------------------------------------

def cmd_export(args) -> int:
    from . import open_store

    with open_store(_db(args), read_only=True) as store:
        n = store.export(args.table, args.output, args.format)
    print(f"wrote {n} rows of {args.table} to {args.output}", file=sys.stderr)
    return EXIT_OK


# -- summary ------------------------------------------------------------------------------------

def _json_default(v: Any) -> Any:
    return v.isoformat() if hasattr(v, "isoformat") else str(v)


def format_summary(s: dict) -> str:
    """The summary dict of :meth:`hadath.store.Store.summary` as a readable table."""
    lines: list[str] = []
    span = ""
    if s.get("published_first"):
        span = f", published {s['published_first']} .. {s['published_last']}"
    lines.append(f"{s['database']} ({s['engine']}, schema v{s['schema_version']})")
    lines.append(f"  documents  {s['documents']:>7}{span}")
    lines.append(f"  events     {s['events']:>7}  ({s['real_events']} real: not negated or hypothetical)")
    lines.append(f"  entities   {s['entities']:>7}  "
                 + ", ".join(f"{k} {v}" for k, v in s["entities_by_kind"].items()))
    lines.append(f"  quotes     {s['rows']['quotes']:>7}    times {s['rows']['times']}    "
                 f"mentions {s['rows']['mentions']}")
    if s["events_by_type"]:
        lines += ["", "  PLOVER type      events   real"]
        for t, n in s["events_by_type"].items():
            lines.append(f"  {t:<14} {n:>8} {s['real_events_by_type'].get(t, 0):>6}")

    def two_cols(title_a: str, rows_a: list[str], title_b: str, rows_b: list[str]) -> None:
        if not rows_a and not rows_b:
            return
        lines.append("")
        lines.append(f"  {title_a:<26}{title_b}")
        for i in range(max(len(rows_a), len(rows_b))):
            a = rows_a[i] if i < len(rows_a) else ""
            b = rows_b[i] if i < len(rows_b) else ""
            lines.append(f"  {a:<26}{b}".rstrip())

    two_cols("top actors", [f"{r['code']:<12}{r['events']:>6}" for r in s["top_actors"]],
             "top recipients", [f"{r['code']:<12}{r['events']:>6}" for r in s["top_recipients"]])
    if s["top_dyads"]:
        lines += ["", "  top dyads (actor -> recipient)"]
        for r in s["top_dyads"]:
            lines.append(f"  {r['actor'] + ' -> ' + r['recipient']:<24}{r['events']:>6}")
    if s["top_entities"]:
        lines += ["", "  top entities                          kind  country   docs  mentions"]
        for r in s["top_entities"]:
            name = (r["name"] or "?")[:36]
            lines.append(f"  {name:<37} {r['kind']:<5} {r['country'] or '-':<8} {r['documents']:>5} "
                         f"{r['mentions']:>9}")
    return "\n".join(lines)


def cmd_summary(args) -> int:
    from . import open_store

    with open_store(_db(args), read_only=True) as store:
        s = store.summary(top=args.top)
    if args.json:
        print(json.dumps(s, ensure_ascii=False, default=_json_default))
    else:
        print(format_summary(s))
    return EXIT_OK


# -- db migrate / status ------------------------------------------------------------------------

def cmd_db_migrate(args) -> int:
    from . import open_store

    with open_store(_db(args), migrate=False) as store:
        applied = store.migrate()
        version = store.schema_version
        url = store.url
    if applied:
        for m in applied:
            print(f"applied {m.version:03d}_{m.name}")
    print(f"{url}: schema version {version}" + ("" if applied else " (up to date)"))
    return EXIT_OK


def cmd_db_status(args) -> int:
    from . import open_store

    with open_store(_db(args), create=False, migrate=False) as store:
        status = store.migration_status()
        url, engine = store.url, store.engine
        counts = {}
        if all(r["state"] != "pending" for r in status):
            counts = store.summary(top=0)["rows"]
    print(f"{url} ({engine})")
    for r in status:
        when = f"  applied {r['applied_at']}" if r["applied_at"] else ""
        print(f"  {r['version']:03d}_{r['name']:<28} {r['state']}{when}")
    pending = sum(r["state"] == "pending" for r in status)
    if pending:
        print(f"{pending} migration(s) pending: run  hadath db migrate --db {args.db or url}")
    if counts:
        print("rows: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return EXIT_OK


# -- demo ---------------------------------------------------------------------------------------

def sample_inputs() -> list[tuple[str, str, dict]]:
    """The bundled sample articles as ``(id, raw_text, meta)`` inputs (``hadath/samples``)."""
    from importlib import resources

    from ..inputs import split_header

    root = resources.files("hadath") / "samples"
    out = []
    for p in sorted(root.iterdir(), key=lambda p: p.name):
        if p.name.endswith(".txt"):
            raw = p.read_text(encoding="utf-8")
            meta, _ = split_header(raw)
            out.append((meta.get("id") or p.name[:-4], raw, {}))
    return out


def cmd_demo(args) -> int:
    from ..batch import extract_many, is_error
    from . import open_store

    inputs = sample_inputs()
    t0 = time.perf_counter()
    records = list(extract_many(inputs, workers=1, progress=False))
    failed = [r for r in records if is_error(r)]
    for r in failed:
        print(f"hadath: {r['id']}: {r['error']['message']}", file=sys.stderr)
    with open_store(args.db) as store:
        stats = store.write(records)
        s = store.summary()
        events = store.events(limit=args.events) if args.events else []
        url = store.url
    dt = time.perf_counter() - t0
    print(f"hadath demo: {stats['documents']} sample articles -> {stats['events']} events, "
          f"{stats['entities']} entities, {stats['quotes']} quotes in {dt:.1f} s, stored in {url}")
    print()
    print(format_summary(s))
    if events:
        print()
        print("  first events")
        for e in events:
            dyad = f"{e['actor_codes'] or '?'} -> {e['recipient_codes'] or '-'}"
            flags = "".join(f" [{f}]" for f in ("negated", "hypothetical", "future") if e[f])
            print(f"  {e['date'] or '?':<10}  {e['event_type']:<9} {dyad:<16} «{e['trigger_text']}»{flags}")
    print()
    print("next:")
    print(f"  hadath export --db {args.db} --table events_wide --format csv -o events.csv")
    print("  hadath batch ARTICLES... --db news.duckdb        (your own articles: .txt, folder, .jsonl.gz)")
    return EXIT_ERROR if failed else EXIT_OK


# -- registration -------------------------------------------------------------------------------

def register(sub) -> None:
    """Add the storage commands to the ``hadath`` sub-command parser."""
    from ..cli import _HOME_HELP
    from . import EXPORTABLE, FORMATS

    b = sub.add_parser("batch", help="extract many articles (in parallel) and store them in a database",
                       description="Extract every article and store the results in a database; print "
                                   "a one-line summary. PATH is as for 'hadath extract' (.txt, folder, "
                                   ".jsonl(.gz), -). Re-running replaces the stored rows of each article.")
    b.add_argument("paths", nargs="+", metavar="PATH")
    _add_db(b)
    b.add_argument("--workers", "-j", type=int, default=1, metavar="N",
                   help="worker processes (default 1; with --dask, workers of the local cluster)")
    b.add_argument("--dask", metavar="ADDRESS|local",
                   help="run on Dask: 'local' starts a local cluster, or give a scheduler address "
                        "(tcp://host:8786); needs hadath[dask]")
    b.add_argument("--limit", type=int, metavar="N", help="only the first N articles")
    b.add_argument("--published", help="publication date YYYY-MM-DD for every article (overrides headers)")
    b.add_argument("--chunksize", type=int, metavar="N",
                   help="articles per task (default 8) or per Dask partition (default 64)")
    b.add_argument("--batch-size", type=int, default=500, metavar="N",
                   help="documents per database transaction (default 500)")
    b.add_argument("--encoding", default="utf-8", help="input encoding (default utf-8)")
    b.add_argument("--max-chars", type=int, help="refuse articles longer than this (default 2,000,000)")
    b.add_argument("--no-ner", action="store_true", help="lexicons only, skip the NER model")
    b.add_argument("--ner-document", action="store_true",
                   help="tag each article as a whole with the two-stage NER model (better names, slower)")
    b.add_argument("--home-country", metavar="ISO3", help=_HOME_HELP)
    g = b.add_mutually_exclusive_group()
    g.add_argument("--progress", action="store_true", help="always show progress on stderr")
    g.add_argument("--quiet", "-q", action="store_true", help="never show progress")
    b.set_defaults(func=cmd_batch)

    e = sub.add_parser("export", help="write a stored table to CSV, Parquet or JSONL",
                       description="Write one table (or the events_wide view) of a hadath database "
                                   "to a file.")
    _add_db(e)
    e.add_argument("--table", "-t", required=True, choices=EXPORTABLE)
    e.add_argument("--format", "-f", choices=FORMATS, help="default: from the file extension")
    e.add_argument("--output", "-o", required=True, metavar="FILE")
    e.set_defaults(func=cmd_export)

    s = sub.add_parser("summary", help="counts of a database: documents, events per type, top actors",
                       description="Print documents, events per PLOVER type, top actor codes and dyads, "
                                   "and the most mentioned entities.")
    _add_db(s)
    s.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    s.add_argument("--top", type=int, default=10, metavar="N", help="rows in each top list (default 10)")
    s.set_defaults(func=cmd_summary)

    d = sub.add_parser("db", help="database schema: migrate, status")
    dsub = d.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    m = dsub.add_parser("migrate", help="create the tables / apply pending schema migrations")
    _add_db(m)
    m.set_defaults(func=cmd_db_migrate)
    st = dsub.add_parser("status", help="applied and pending schema migrations, row counts")
    _add_db(st)
    st.set_defaults(func=cmd_db_status)

    demo = sub.add_parser("demo", help="extract the bundled sample articles into a DuckDB file and "
                                       "print the summary",
                          description="Extract the sample articles shipped with hadath, store them in "
                                      f"a DuckDB file (default ./{DEMO_DB}; re-running replaces the "
                                      "samples' rows) and print the summary.")
    demo.add_argument("--db", default=DEMO_DB, metavar="DB", help=f"database (default {DEMO_DB})")
    demo.add_argument("--events", type=int, default=12, metavar="N",
                      help="also list the first N events (default 12; 0 for none)")
    demo.set_defaults(func=cmd_demo)
