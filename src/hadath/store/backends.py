"""The two database engines behind :class:`hadath.store.Store`.

Each backend speaks SQL with ``?`` placeholders, fetches rows as dicts, runs a
transaction, bulk-inserts rows and exports a table.  DuckDB inserts a batch per
table with one ``INSERT ... SELECT UNNEST(?), UNNEST(?), ...`` (the columns are
passed as lists: no per-row round trips, no pyarrow needed); PostgreSQL uses
``COPY ... FROM STDIN``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..errors import StorageError
from .schema import Table

FORMATS = ("csv", "parquet", "jsonl")


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _csv_field(value: Any) -> str:
    """One CSV field as DuckDB's COPY writes it: NULL empty, "" for an empty string."""
    if value is None:
        return ""
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, datetime):
        s = value.isoformat(sep=" ")
    elif isinstance(value, date):
        s = value.isoformat()
    else:
        s = str(value)
    if s == "" or any(c in s for c in ',"\n\r'):
        return '"' + s.replace('"', '""') + '"'
    return s


class Backend:
    engine = ""
    errors: tuple[type[BaseException], ...] = ()

    def __init__(self, url: str) -> None:
        self.url = url

    # SQL with ? placeholders -> rows as dicts
    def fetch(self, sql: str, params: Sequence | None = None) -> list[dict]:
        raise NotImplementedError

    def execute(self, sql: str, params: Sequence | None = None) -> None:
        raise NotImplementedError

    @contextmanager
    def transaction(self) -> Iterator[None]:
        raise NotImplementedError
        yield  # pragma: no cover

    def insert(self, table: Table, rows: list[tuple]) -> None:
        raise NotImplementedError

    def export(self, name: str, order: str, path: Path, fmt: str) -> int:
        raise NotImplementedError

    @contextmanager
    def migration_lock(self) -> Iterator[None]:
        yield

    def close(self) -> None:
        raise NotImplementedError


# -- DuckDB -------------------------------------------------------------------------------------

def _sql_string(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


class DuckDBBackend(Backend):
    engine = "duckdb"

    def __init__(self, path: str, *, read_only: bool = False) -> None:
        super().__init__(path)
        import duckdb

        self._duckdb = duckdb
        self.errors = (duckdb.Error,)
        self.path = path
        try:
            self.con = duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            msg = str(exc).splitlines()[0]
            hint = None
            if "lock" in msg.lower():
                hint = ("another process has this database open for writing; wait for it to finish, "
                        "or work on a copy")
            elif "not a valid" in msg.lower() or "database file" in msg.lower():
                hint = "is this a DuckDB file? hadath creates one with: hadath batch ... --db FILE.duckdb"
            raise StorageError(f"cannot open DuckDB database {path}: {msg}", hint=hint) from None
        # DuckDB draws a progress bar on stdout for long statements: never in hadath's output
        self.con.execute("SET enable_progress_bar = false")
        self._in_tx = False

    def _run(self, sql: str, params: Sequence | None):
        return self.con.execute(sql, list(params) if params is not None else None)

    def fetch(self, sql: str, params: Sequence | None = None) -> list[dict]:
        cur = self._run(sql, params)
        if cur.description is None:
            return []
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]

    def execute(self, sql: str, params: Sequence | None = None) -> None:
        self._run(sql, params)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._in_tx:  # nested: part of the outer transaction
            yield
            return
        self.con.begin()
        self._in_tx = True
        try:
            yield
        except BaseException:
            self._in_tx = False
            self.con.rollback()
            raise
        self._in_tx = False
        self.con.commit()

    def insert(self, table: Table, rows: list[tuple]) -> None:
        if not rows:
            return
        columns = [list(c) for c in zip(*rows, strict=True)]
        select = ", ".join(f"UNNEST(?::{typ}[])" for _, typ in table.columns)
        self.con.execute(f"INSERT INTO {table.name} ({', '.join(table.column_names)}) SELECT {select}",
                         columns)

    def export(self, name: str, order: str, path: Path, fmt: str) -> int:
        options = {"csv": "FORMAT csv, HEADER true", "parquet": "FORMAT parquet",
                   "jsonl": "FORMAT json"}[fmt]
        sql = f"COPY (SELECT * FROM {name} ORDER BY {order}) TO {_sql_string(str(path))} ({options})"
        row = self.con.execute(sql).fetchone()
        return int(row[0]) if row else 0

    def close(self) -> None:
        self.con.close()


# -- PostgreSQL ---------------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"""'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|/\*.*?\*/|\?|%""", re.S)


def qmark_to_pyformat(sql: str) -> str:
    """``?`` placeholders (outside quotes and comments) to psycopg's ``%s``; ``%`` to ``%%``."""
    def repl(m: re.Match) -> str:
        tok = m.group(0)
        if tok == "?":
            return "%s"
        if tok == "%":
            return "%%"
        return tok.replace("%", "%%")

    return _TOKEN_RE.sub(repl, sql)


def mask_url(url: str) -> str:
    """A connection URL with its password hidden."""
    return re.sub(r"(://[^:/@]+:)[^@]*@", r"\1***@", url)


class PostgresBackend(Backend):
    engine = "postgresql"

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        super().__init__(mask_url(url))
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError:
            raise StorageError("PostgreSQL storage needs psycopg 3, which is not installed",
                               hint="pip install 'hadath[postgres]'  (or: pip install 'psycopg[binary]')") from None
        self._psycopg = psycopg
        self.errors = (psycopg.Error,)
        try:
            self.con = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            msg = " ".join(str(exc).split())
            raise StorageError(f"cannot connect to PostgreSQL at {self.url}: {msg}",
                               hint="check the URL (postgresql://user[:password]@host[:port]/database) "
                                    "and that the server is running") from None
        if read_only:
            self.con.execute("SET default_transaction_read_only = on")

    def fetch(self, sql: str, params: Sequence | None = None) -> list[dict]:
        with self.con.cursor() as cur:
            if params:
                cur.execute(qmark_to_pyformat(sql), list(params))
            else:
                cur.execute(sql)
            if cur.description is None:
                return []
            return list(cur.fetchall())

    def execute(self, sql: str, params: Sequence | None = None) -> None:
        if params:
            self.con.execute(qmark_to_pyformat(sql), list(params))
        else:
            self.con.execute(sql)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.con.transaction():
            yield

    def insert(self, table: Table, rows: list[tuple]) -> None:
        if not rows:
            return
        cols = ", ".join(table.column_names)
        with self.con.cursor() as cur, cur.copy(f"COPY {table.name} ({cols}) FROM STDIN") as cp:
            for r in rows:
                cp.write_row(r)

    @contextmanager
    def migration_lock(self) -> Iterator[None]:
        # one migrating client at a time (several workers may open the same database at once)
        self.con.execute("SELECT pg_advisory_lock(hashtext('hadath.schema_migrations'))")
        try:
            yield
        finally:
            self.con.execute("SELECT pg_advisory_unlock(hashtext('hadath.schema_migrations'))")

    def _stream(self, name: str, order: str) -> tuple[list[str], list[int], Iterator[tuple]]:
        cur = self.con.cursor(row_factory=self._psycopg.rows.tuple_row)
        sql = f"SELECT * FROM {name} ORDER BY {order}"
        cur.execute(f"SELECT * FROM ({sql}) AS q LIMIT 0")
        cols = [c.name for c in cur.description]
        oids = [c.type_code for c in cur.description]
        return cols, oids, cur.stream(sql)

    def export(self, name: str, order: str, path: Path, fmt: str) -> int:
        cols, oids, rows = self._stream(name, order)
        n = 0
        if fmt == "csv":
            with open(path, "w", encoding="utf-8", newline="") as fh:
                fh.write(",".join(_csv_field(c) for c in cols) + "\n")
                for r in rows:
                    fh.write(",".join(_csv_field(v) for v in r) + "\n")
                    n += 1
        elif fmt == "jsonl":
            with open(path, "w", encoding="utf-8") as fh:
                for r in rows:
                    fh.write(json.dumps(dict(zip(cols, r, strict=True)), ensure_ascii=False, separators=(",", ":"),
                                        default=_json_default) + "\n")
                    n += 1
        else:
            n = self._export_parquet(cols, oids, rows, path)
        return n

    def _export_parquet(self, cols: list[str], oids: list[int], rows: Iterator[tuple], path: Path) -> int:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise StorageError("exporting Parquet from PostgreSQL needs pyarrow, which is not installed",
                               hint="pip install 'hadath[parquet]', or export csv / jsonl") from None
        types = {16: pa.bool_(), 20: pa.int64(), 21: pa.int16(), 23: pa.int32(), 700: pa.float32(),
                 701: pa.float64(), 1082: pa.date32(), 1114: pa.timestamp("us"),
                 1184: pa.timestamp("us", tz="UTC")}
        schema = pa.schema([(c, types.get(o, pa.string())) for c, o in zip(cols, oids, strict=True)])
        n = 0
        with pq.ParquetWriter(str(path), schema) as writer:
            batch: list[tuple] = []
            for r in rows:
                batch.append(r)
                n += 1
                if len(batch) >= 50_000:
                    writer.write_table(pa.Table.from_pylist([dict(zip(cols, b, strict=True)) for b in batch], schema))
                    batch = []
            if batch:
                writer.write_table(pa.Table.from_pylist([dict(zip(cols, b, strict=True)) for b in batch], schema))
        return n

    def close(self) -> None:
        self.con.close()
