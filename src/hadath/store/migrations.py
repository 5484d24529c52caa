"""Schema migrations: numbered SQL files applied in order, recorded in ``schema_migrations``.

A migration is a file ``NNN_name.sql`` (``001_initial.sql``) in
``hadath/migrations``, written in the SQL subset DuckDB and PostgreSQL both accept.
Each is applied in one transaction together with its row in
``schema_migrations(version, name, applied_at)``, so a failed migration leaves
nothing behind and applying twice is a no-op.  Never edit an applied migration:
add the next number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import StorageError

_NAME_RE = re.compile(r"^(\d+)_([A-Za-z0-9_]+)\.sql$")

BOOTSTRAP = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version     INTEGER NOT NULL PRIMARY KEY,
    name        TEXT NOT NULL,
    applied_at  TIMESTAMP NOT NULL
)"""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str

    @property
    def statements(self) -> list[str]:
        return split_sql(self.sql)


def load_migrations(directory: str | Path | None = None) -> list[Migration]:
    """The migrations in ``directory`` (default: the ones shipped with hadath), by version."""
    if directory is None:
        root = resources.files("hadath") / "migrations"
        entries = [(p.name, p) for p in root.iterdir() if p.is_file()]
    else:
        d = Path(directory)
        if not d.is_dir():
            raise StorageError(f"migrations folder {d} does not exist")
        entries = [(p.name, p) for p in d.iterdir() if p.is_file()]
    found: dict[int, Migration] = {}
    for name, p in entries:
        m = _NAME_RE.match(name)
        if not m:
            continue
        version = int(m.group(1))
        if version in found:
            raise StorageError(f"two migrations have version {version}: {found[version].name} and "
                               f"{m.group(2)}", hint="give every migration file its own number")
        found[version] = Migration(version, m.group(2), p.read_text(encoding="utf-8"))
    return [found[v] for v in sorted(found)]


def split_sql(script: str) -> list[str]:
    """The statements of a SQL script (``;``-separated; quotes and ``--`` comments respected)."""
    out: list[str] = []
    buf: list[str] = []
    i, n = 0, len(script)
    while i < n:
        c = script[i]
        if c == "-" and script.startswith("--", i):
            j = script.find("\n", i)
            i = n if j < 0 else j  # drop the comment, keep the newline
            continue
        if c == "/" and script.startswith("/*", i):
            j = script.find("*/", i + 2)
            i = n if j < 0 else j + 2
            continue
        if c in ("'", '"'):
            j = i + 1
            while j < n:
                if script[j] == c:
                    if j + 1 < n and script[j + 1] == c:  # doubled quote
                        j += 2
                        continue
                    break
                j += 1
            buf.append(script[i:j + 1])
            i = j + 1
            continue
        if c == ";":
            stmt = "".join(buf).strip()
            if stmt:
                out.append(stmt)
            buf = []
        else:
            buf.append(c)
        i += 1
    stmt = "".join(buf).strip()
    if stmt:
        out.append(stmt)
    return out
