"""Storing extracted documents in tidy tables: DuckDB (embedded, the default) or PostgreSQL.

>>> from hadath.store import open_store
>>> with open_store("news.duckdb") as db:          # or ":memory:", "postgresql://user@host/db"
...     db.write(docs)                              # Documents or their to_dict() dicts
...     db.summary()["events_by_type"]
...     db.events(type="ASSAULT", actor="ISR")
...     db.export("events_wide", "events.csv", "csv")

Tables (see ``hadath/migrations/001_initial.sql``): ``documents``, ``sentences``,
``entities``, ``mentions``, ``times``, ``quotes``, ``events``,
``event_participants`` (one row per actor / recipient), ``event_mentions`` and the
view ``events_wide`` (one row per event with its dyad).  Every span keeps its
character offsets (``start_char``, ``end_char``) into ``documents.text``.

Writing a document whose id is already stored replaces all its rows, so re-running
a batch is idempotent.  The schema is created and upgraded by numbered migrations
when a store is opened (recorded in ``schema_migrations``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import StorageError
from .backends import FORMATS, Backend, DuckDBBackend, PostgresBackend, mask_url
from .migrations import BOOTSTRAP, Migration, load_migrations
from .schema import EXPORTABLE, TABLES, VIEWS, doc_rows, order_by, rows_to_doc

__all__ = ["EXPORTABLE", "FORMATS", "TABLES", "VIEWS", "Store", "open_store", "parse_url"]

#: documents written per transaction by :meth:`Store.write`
BATCH_SIZE = 500


def parse_url(url: str | os.PathLike) -> tuple[str, str]:
    """``(engine, target)`` for a database URL or path.

    * ``:memory:`` / ``duckdb://:memory:`` -> an in-memory DuckDB database
    * ``news.duckdb``, ``/data/news.duckdb`` -> a DuckDB file
    * ``duckdb:///news.duckdb`` (relative) / ``duckdb:////data/news.duckdb`` (absolute),
      as in SQLAlchemy
    * ``postgresql://user:password@host:5432/db`` (also ``postgres://``,
      ``postgresql+psycopg://``) -> PostgreSQL
    """
    s = os.fspath(url).strip()
    if not s:
        raise StorageError("empty database URL", hint="pass a file path such as news.duckdb, or a "
                           "postgresql://user@host/db URL")
    low = s.lower()
    if low in (":memory:", "duckdb://:memory:", "duckdb:///:memory:", "duckdb://"):
        return "duckdb", ":memory:"
    if low.startswith("duckdb://"):
        rest = s[len("duckdb://"):]
        path = rest[1:] if rest.startswith("/") else rest
        return "duckdb", path or ":memory:"
    for prefix in ("postgresql+psycopg://", "postgresql+psycopg2://", "postgresql://", "postgres://"):
        if low.startswith(prefix):
            return "postgresql", "postgresql://" + s[len(prefix):]
    if "://" in s:
        scheme = s.split("://", 1)[0]
        raise StorageError(f"unknown database scheme {scheme!r} in {mask_url(s)}",
                           hint="use a DuckDB file path (news.duckdb), duckdb:///news.duckdb, :memory:, "
                                "or postgresql://user@host/db")
    return "duckdb", s


def open_store(url: str | os.PathLike = ":memory:", *, read_only: bool = False, create: bool = True,
               migrate: bool = True) -> Store:
    """Open (and by default create and migrate) a hadath database.

    ``read_only`` opens without writing anything (several readers may share a DuckDB
    file); the schema must then be up to date.  ``create=False`` refuses to create a
    new DuckDB file.  ``migrate=False`` leaves the schema as it is (``hadath db
    status``).
    """
    engine, target = parse_url(url)
    if engine == "duckdb":
        if target != ":memory:":
            p = Path(target)
            if not p.exists() and (read_only or not create):
                raise StorageError(f"no database at {target}",
                                   hint="create one with: hadath batch ARTICLES --db " + target +
                                        "   (or hadath demo)")
            if not p.parent.exists():
                raise StorageError(f"cannot create {target}: folder {p.parent} does not exist",
                                   hint="create the folder first (an absolute duckdb:// URL has four "
                                        "slashes: duckdb:////data/news.duckdb)")
            if p.is_dir():
                raise StorageError(f"{target} is a folder, not a database file",
                                   hint="pass a file name such as news.duckdb")
        elif read_only:
            raise StorageError("an in-memory database cannot be opened read-only")
        backend: Backend = DuckDBBackend(target, read_only=read_only)
    else:
        backend = PostgresBackend(target, read_only=read_only)
    store = Store(backend, read_only=read_only)
    try:
        if migrate and not read_only:
            store.migrate()
        else:
            store._check_schema(strict=read_only)
    except BaseException:
        store.close()
        raise
    return store


class Store:
    """A hadath database.  Build one with :func:`open_store`; not safe to share between threads."""

    def __init__(self, backend: Backend, *, read_only: bool = False) -> None:
        self._db = backend
        self.read_only = read_only
        self.closed = False

    # -- basics ----------------------------------------------------------------------------------
    @property
    def engine(self) -> str:
        """``"duckdb"`` or ``"postgresql"``."""
        return self._db.engine

    @property
    def url(self) -> str:
        """Where the data lives (a path, ``:memory:``, or a URL with its password hidden)."""
        return self._db.url

    def __repr__(self) -> str:
        return f"<hadath Store {self.engine} {self.url}{' read-only' if self.read_only else ''}>"

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self._db.close()

    def _guard(self, what: str):
        """Context manager turning engine errors into StorageError."""
        store = self

        class _G:
            def __enter__(self):
                if store.closed:
                    raise StorageError(f"cannot {what}: the store is closed")

            def __exit__(self, typ, exc, tb):
                if exc is not None and isinstance(exc, store._db.errors):
                    msg = " ".join(str(exc).split())
                    hint = None
                    if store.read_only and "read" in msg.lower():
                        hint = "the store was opened read-only"
                    raise StorageError(f"cannot {what} ({store.engine}): {msg}", hint=hint) from exc
                return False

        return _G()

    # -- migrations -----------------------------------------------------------------------------
    def _applied(self) -> dict[int, dict]:
        rows = self._db.fetch("SELECT version, name, applied_at FROM schema_migrations ORDER BY version")
        return {int(r["version"]): r for r in rows}

    def _has_migrations_table(self) -> bool:
        rows = self._db.fetch("SELECT count(*) AS n FROM information_schema.tables "
                              "WHERE table_name = 'schema_migrations' AND table_schema = current_schema()")
        return bool(rows and rows[0]["n"])

    def migrate(self, directory: str | Path | None = None) -> list[Migration]:
        """Apply the migrations not yet applied (from ``directory``, default hadath's own).

        Returns the migrations applied now: an empty list when the schema is up to date.
        """
        if self.read_only:
            raise StorageError("cannot migrate a store opened read-only",
                               hint="open it without read_only, or run: hadath db migrate --db DB")
        migrations = load_migrations(directory)
        done: list[Migration] = []
        with self._guard("migrate the database"), self._db.migration_lock():
            self._db.execute(BOOTSTRAP)
            applied = self._applied()
            self._refuse_newer(applied, migrations)
            for m in migrations:
                if m.version in applied:
                    continue
                try:
                    with self._db.transaction():
                        for stmt in m.statements:
                            self._db.execute(stmt)
                        self._db.execute("INSERT INTO schema_migrations (version, name, applied_at) "
                                         "VALUES (?, ?, ?)", [m.version, m.name, _now()])
                except self._db.errors as exc:
                    msg = " ".join(str(exc).split())
                    raise StorageError(f"migration {m.version:03d}_{m.name} failed ({self.engine}): {msg}",
                                       hint="nothing of this migration was applied; fix the SQL (it "
                                            "must work on DuckDB and PostgreSQL) and run again") from exc
                done.append(m)
        return done

    def _refuse_newer(self, applied: Mapping[int, Any], migrations: list[Migration]) -> None:
        known = {m.version for m in migrations}
        newer = sorted(v for v in applied if v not in known and v > max(known, default=0))
        if newer:
            raise StorageError(f"this database has schema version {newer[-1]}, newer than this hadath "
                               f"knows ({max(known, default=0)})",
                               hint="upgrade hadath (pip install -U hadath) to work with this database")

    def migration_status(self, directory: str | Path | None = None) -> list[dict]:
        """Every known and applied migration: ``{version, name, state, applied_at}``.

        ``state`` is ``applied``, ``pending`` or ``unknown`` (applied, but not shipped
        with this hadath).
        """
        migrations = load_migrations(directory)
        with self._guard("read the schema version"):
            applied = self._applied() if self._has_migrations_table() else {}
        out = []
        for m in migrations:
            a = applied.get(m.version)
            out.append({"version": m.version, "name": m.name, "state": "applied" if a else "pending",
                        "applied_at": a["applied_at"] if a else None})
        known = {m.version for m in migrations}
        for v, a in sorted(applied.items()):
            if v not in known:
                out.append({"version": v, "name": a["name"], "state": "unknown", "applied_at": a["applied_at"]})
        return sorted(out, key=lambda r: r["version"])

    @property
    def schema_version(self) -> int:
        """The highest applied migration (0 for an empty database)."""
        with self._guard("read the schema version"):
            if not self._has_migrations_table():
                return 0
            rows = self._db.fetch("SELECT max(version) AS v FROM schema_migrations")
        return int(rows[0]["v"] or 0)

    def _check_schema(self, *, strict: bool) -> None:
        status = self.migration_status()
        self._refuse_newer({r["version"]: r for r in status if r["state"] != "pending"},
                           load_migrations())
        pending = [r for r in status if r["state"] == "pending"]
        if strict and pending:
            if len(pending) == len(status):
                raise StorageError(f"{self.url} is not a hadath database (no hadath tables)",
                                   hint="create it with: hadath db migrate --db DB (or write to it)")
            raise StorageError(f"{self.url} needs {len(pending)} schema migration(s) before it can be read",
                               hint="run: hadath db migrate --db DB")

    # -- writing --------------------------------------------------------------------------------
    def write(self, docs: Any, *, batch_size: int = BATCH_SIZE) -> dict[str, int]:
        """Store documents (:class:`hadath.Document` objects or their ``to_dict()`` dicts).

        A document whose id is already stored is replaced (all its rows), so writing the
        same documents again changes nothing.  Error records from
        :func:`hadath.batch.extract_many` (dicts with an ``"error"`` key) are skipped.
        Each batch of ``batch_size`` documents is one transaction.

        Returns row counts: ``{"documents": ..., "events": ..., ..., "replaced": ...,
        "skipped": ...}``.
        """
        if self.read_only:
            raise StorageError("cannot write to a store opened read-only")
        if isinstance(docs, Mapping) or hasattr(docs, "to_dict"):
            docs = [docs]
        stats = {name: 0 for name in TABLES}
        stats.update(replaced=0, skipped=0)
        batch: dict[str, Mapping] = {}
        for doc in docs:
            d = doc.to_dict() if hasattr(doc, "to_dict") else doc
            if not isinstance(d, Mapping):
                raise StorageError(f"cannot store a {type(doc).__name__}",
                                   hint="pass hadath.Document objects or the dicts their to_dict() returns")
            if "error" in d and "text" not in d:
                stats["skipped"] += 1
                continue
            doc_id = d.get("id")
            batch.pop(doc_id, None)  # the last version of a document in a batch wins
            batch[doc_id] = d
            if len(batch) >= batch_size:
                self._write_batch(list(batch.values()), stats)
                batch = {}
        if batch:
            self._write_batch(list(batch.values()), stats)
        return stats

    def _write_batch(self, docs: list[Mapping], stats: dict[str, int]) -> None:
        now = _now()
        rows: dict[str, list[tuple]] = {name: [] for name in TABLES}
        for d in docs:
            for name, rs in doc_rows(d, now).items():
                rows[name].extend(rs)
        ids = [d["id"] for d in docs]
        marks = ", ".join("?" * len(ids))
        with self._guard("write documents"), self._db.transaction():
            existing = self._db.fetch(f"SELECT doc_id FROM documents WHERE doc_id IN ({marks})", ids)
            if existing:
                old = [r["doc_id"] for r in existing]
                old_marks = ", ".join("?" * len(old))
                for name in reversed(list(TABLES)):
                    self._db.execute(f"DELETE FROM {name} WHERE doc_id IN ({old_marks})", old)
            for name, table in TABLES.items():
                self._db.insert(table, rows[name])
        for name, rs in rows.items():
            stats[name] += len(rs)
        stats["replaced"] += len(existing)

    def delete(self, doc_ids: Iterable[str]) -> int:
        """Remove documents and all their rows; returns how many were stored."""
        ids = list(doc_ids)
        if not ids:
            return 0
        marks = ", ".join("?" * len(ids))
        with self._guard("delete documents"), self._db.transaction():
            n = len(self._db.fetch(f"SELECT doc_id FROM documents WHERE doc_id IN ({marks})", ids))
            for name in reversed(list(TABLES)):
                self._db.execute(f"DELETE FROM {name} WHERE doc_id IN ({marks})", ids)
        return n

    # -- reading --------------------------------------------------------------------------------
    def read_document(self, doc_id: str) -> dict:
        """The stored document as the dict :meth:`hadath.Document.to_dict` gave (without tokens)."""
        with self._guard("read a document"):
            rows = {name: self._db.fetch(f"SELECT * FROM {name} WHERE doc_id = ? ORDER BY {order_by(name)}",
                                         [doc_id])
                    for name in TABLES}
        if not rows["documents"]:
            raise StorageError(f"no document {doc_id!r} in {self.url}",
                               hint="list the stored ids with: SELECT doc_id FROM documents")
        return rows_to_doc(rows)

    def document_ids(self) -> list[str]:
        with self._guard("list documents"):
            return [r["doc_id"] for r in self._db.fetch("SELECT doc_id FROM documents ORDER BY doc_id")]

    def __len__(self) -> int:
        with self._guard("count documents"):
            return int(self._db.fetch("SELECT count(*) AS n FROM documents")[0]["n"])

    def events(self, *, type: str | Iterable[str] | None = None, actor: str | Iterable[str] | None = None,
               recipient: str | Iterable[str] | None = None, doc_id: str | Iterable[str] | None = None,
               since: str | None = None, until: str | None = None,
               published_since: str | date | None = None, published_until: str | date | None = None,
               real: bool = False, min_confidence: float | None = None,
               limit: int | None = None) -> list[dict]:
        """Events (rows of the ``events_wide`` view: one per event, with its dyad), filtered.

        ``type``/``actor``/``recipient``/``doc_id`` take one value or several (actor and
        recipient match any participant's code); ``since``/``until`` compare the event
        date at its own precision (``until="2025-06"`` keeps June); ``published_*``
        filter on the article date; ``real=True`` drops negated and hypothetical events.
        Ordered by publication date, document and position.
        """
        where: list[str] = []
        params: list[Any] = []

        def values(v: str | Iterable[str]) -> list[str]:
            return [v] if isinstance(v, str) else list(v)

        def in_list(col: str, v: str | Iterable[str]) -> None:
            vs = values(v)
            where.append(f"{col} IN ({', '.join('?' * len(vs))})" if vs else "1 = 0")
            params.extend(vs)

        if type is not None:
            in_list("event_type", type)
        if doc_id is not None:
            in_list("doc_id", doc_id)
        for role, v in (("actor", actor), ("recipient", recipient)):
            if v is None:
                continue
            vs = values(v)
            where.append("EXISTS (SELECT 1 FROM event_participants p WHERE p.doc_id = w.doc_id AND "
                         f"p.event_id = w.event_id AND p.role = '{role}' AND p.code IN "
                         f"({', '.join('?' * len(vs)) or 'NULL'}))")
            params.extend(vs)
        if since:
            where.append("date >= ?")
            params.append(str(since))
        if until:
            where.append("substr(date, 1, ?) <= ?")
            params.extend([len(str(until)), str(until)])
        if published_since:
            where.append("published >= ?")
            params.append(_as_date(published_since))
        if published_until:
            where.append("published <= ?")
            params.append(_as_date(published_until))
        if real:
            where.append("NOT negated AND NOT hypothetical")
        if min_confidence is not None:
            where.append("confidence >= ?")
            params.append(float(min_confidence))
        sql = "SELECT * FROM events_wide w"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY published, doc_id, event_idx"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self._guard("read events"):
            return self._db.fetch(sql, params)

    def query(self, sql: str, params: Iterable[Any] | None = None) -> list[dict]:
        """Run SQL (``?`` placeholders on both engines) and return the rows as dicts."""
        with self._guard("run the query"):
            return self._db.fetch(sql, list(params) if params is not None else None)

    def summary(self, *, top: int = 10) -> dict[str, Any]:
        """Counts for a quick look: documents, events by PLOVER type, top actors, entities..."""
        top = int(top)
        q = self._db.fetch
        with self._guard("summarise the database"):
            docs = q("SELECT count(*) AS n, min(published) AS first, max(published) AS last FROM documents")[0]
            counts = {name: int(q(f"SELECT count(*) AS n FROM {name}")[0]["n"]) for name in TABLES}
            by_type = q("SELECT event_type, count(*) AS n, "
                        "sum(CASE WHEN negated OR hypothetical THEN 0 ELSE 1 END) AS real_n "
                        "FROM events GROUP BY event_type ORDER BY n DESC, event_type")
            real = q("SELECT count(*) AS n FROM events WHERE NOT negated AND NOT hypothetical")[0]["n"]

            def top_codes(role: str) -> list[dict]:
                return q("SELECT code, count(*) AS n FROM event_participants WHERE role = ? AND code IS NOT NULL "
                         f"GROUP BY code ORDER BY n DESC, code LIMIT {top}", [role])

            dyads = q("SELECT a.code AS actor, r.code AS recipient, count(*) AS n "
                      "FROM event_participants a JOIN event_participants r "
                      "ON r.doc_id = a.doc_id AND r.event_id = a.event_id AND r.role = 'recipient' "
                      "WHERE a.role = 'actor' AND a.code IS NOT NULL AND r.code IS NOT NULL "
                      f"GROUP BY a.code, r.code ORDER BY n DESC, a.code, r.code LIMIT {top}")
            kinds = q("SELECT kind, count(*) AS n, sum(n_mentions) AS mentions FROM entities "
                      "GROUP BY kind ORDER BY n DESC, kind")
            top_entities = q(
                "SELECT name, kind, country, count(DISTINCT doc_id) AS documents, sum(n_mentions) AS mentions "
                "FROM (SELECT e.doc_id, e.kind, e.country, e.n_mentions, coalesce(e.name_en, e.name_ar, "
                "(SELECT m.text FROM mentions m WHERE m.doc_id = e.doc_id AND m.entity_id = e.entity_id "
                "AND m.mention_idx = 0)) AS name FROM entities e) x "
                f"GROUP BY name, kind, country ORDER BY mentions DESC, documents DESC, name LIMIT {top}")
        return {
            "database": self.url,
            "engine": self.engine,
            "schema_version": self.schema_version,
            "documents": int(docs["n"]),
            "published_first": _iso(docs["first"]),
            "published_last": _iso(docs["last"]),
            "events": counts["events"],
            "real_events": int(real),
            "events_by_type": {r["event_type"]: int(r["n"]) for r in by_type},
            "real_events_by_type": {r["event_type"]: int(r["real_n"] or 0) for r in by_type},
            "top_actors": [{"code": r["code"], "events": int(r["n"])} for r in top_codes("actor")],
            "top_recipients": [{"code": r["code"], "events": int(r["n"])} for r in top_codes("recipient")],
            "top_dyads": [{"actor": r["actor"], "recipient": r["recipient"], "events": int(r["n"])}
                          for r in dyads],
            "entities": counts["entities"],
            "entities_by_kind": {r["kind"]: int(r["n"]) for r in kinds},
            "top_entities": [{"name": r["name"], "kind": r["kind"], "country": r["country"],
                              "documents": int(r["documents"]), "mentions": int(r["mentions"] or 0)}
                             for r in top_entities],
            "rows": counts,
        }

    # -- export ---------------------------------------------------------------------------------
    def export(self, table: str, path: str | os.PathLike, format: str | None = None) -> int:
        """Write a table or view to ``path`` as ``csv``, ``parquet`` or ``jsonl``; returns the row count.

        ``format`` defaults to the file's extension.  CSV has a header row, UTF-8,
        ``true``/``false`` booleans and ISO dates; JSONL is one object per line.
        """
        if table not in EXPORTABLE:
            raise StorageError(f"unknown table {table!r}", hint=f"tables: {', '.join(EXPORTABLE)}")
        p = Path(path)
        fmt = format or {".csv": "csv", ".parquet": "parquet", ".pq": "parquet", ".jsonl": "jsonl",
                         ".ndjson": "jsonl", ".json": "jsonl"}.get(p.suffix.lower())
        if fmt not in FORMATS:
            raise StorageError(f"unknown export format {format or p.suffix!r}",
                               hint=f"use one of: {', '.join(FORMATS)}")
        if not p.parent.exists():
            raise StorageError(f"cannot write {p}: folder {p.parent} does not exist")
        with self._guard(f"export {table} to {p}"):
            return self._db.export(table, order_by(table), p, fmt)


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def _as_date(value: str | date) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise StorageError(f"{value!r} is not a date", hint="give dates as YYYY-MM-DD") from None


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat()[:10] if isinstance(value, (date, datetime)) else str(value)
