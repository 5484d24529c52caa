"""The one loader for every lexicon data file, with a schema check.

Lexicons are tab-separated files in ``hadath/data/lexicons/`` with a header row.
Lines starting with ``#`` are comments; empty lines are skipped.  List-valued
columns use ``|`` between items.  Every file has a schema in :data:`SCHEMAS`; a
file that does not match it raises :class:`~hadath.errors.LexiconError` naming the
file and line and saying what is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import LexiconError

SECTORS = frozenset(
    "GOV MIL SPY LEG JUD COP REB OPP PTY MED JRN BUS CVL REL EDU HLT NGO IGO UNO ELI LAB "
    "AGR REF SPY CRM UAF INS MOD RAD ENV".split()
)
_ISO3 = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class Column:
    name: str
    type: str = "str"  # str | list | float | int | date | code | sector | bool
    required: bool = True
    choices: frozenset[str] | None = None


def _c(name: str, type: str = "str", required: bool = True, choices: str | None = None) -> Column:
    return Column(name, type, required, frozenset(choices.split()) if choices else None)


#: Schemas of the core lexicon files (file name -> columns, in order).  A module that
#: owns another file passes its schema to :func:`load_table` as ``schema=``.
SCHEMAS: dict[str, tuple[Column, ...]] = {
    "countries.tsv": (
        _c("iso3", "code"), _c("name_en"), _c("names_ar", "list"), _c("nisba_ar", "list", False),
        _c("capital_ar", "list", False), _c("region", required=False),
    ),
    "places.tsv": (
        _c("id"), _c("name_en"), _c("names_ar", "list"), _c("country", "code", False),
        _c("kind", choices="capital city region province district base building sea river area "
                           "island mountain border crossing camp port airport site continent"),
        _c("lat", "float", False), _c("lon", "float", False), _c("metonym", "bool", False),
    ),
    "organizations.tsv": (
        _c("id"), _c("name_en"), _c("names_ar", "list"), _c("country", "code"),
        _c("sector", "sector"), _c("kind", choices="igo armed party gov media company ngo "
                                                   "religious court military police intel "
                                                   "legislature other"),
        _c("aliases_ar", "list", False),
        # a sector held until a date (the Taliban: REB until 2021-08-14, GOV since): optional
        _c("earlier_sector", "sector", False), _c("earlier_until", "date", False),
    ),
    "bodies.tsv": (
        _c("names_ar", "list"), _c("name_en"), _c("sector", "sector"),
        _c("kind", choices="body title group"),
    ),
    # people_*.tsv (several files, one schema): one line per role; an id may repeat
    "people": (
        _c("id"), _c("name_en"), _c("names_ar", "list"), _c("country", "code"),
        _c("sector", "sector"), _c("role", required=False), _c("start", "date", False),
        _c("end", "date", False), _c("aliases_ar", "list", False),
    ),
    # given names for the NER features (hadath.ner.train)
    "given_names.tsv": (_c("name"), _c("origin", choices="ar fa for"), _c("ambiguous", "bool")),
}


def lexicon_dir() -> Path:
    return Path(str(resources.files("hadath") / "data" / "lexicons"))


def _convert(col: Column, raw: str, path: str, line: int) -> Any:
    def fail(why: str) -> LexiconError:
        return LexiconError(f"column {col.name!r}: {why} (got {raw!r})", path=path, line=line,
                            hint="fix the value in the file, or update the schema in "
                                 "hadath/lexicon/loader.py if the file format changed")

    if raw == "":
        if col.required:
            raise fail("a value is required")
        return [] if col.type == "list" else None
    if col.type == "list":
        items = [x.strip() for x in raw.split("|")]
        if any(not x for x in items):
            raise fail("empty item in a '|'-separated list")
        return items
    if col.type == "float":
        try:
            return float(raw)
        except ValueError:
            raise fail("not a number") from None
    if col.type == "int":
        if not raw.lstrip("-").isdigit():
            raise fail("not an integer")
        return int(raw)
    if col.type == "date":
        if not _DATE.match(raw):
            raise fail("not a date YYYY, YYYY-MM or YYYY-MM-DD")
        return raw
    if col.type == "code":
        if not _ISO3.match(raw):
            raise fail("not a three-letter upper-case code (ISO3, IGO, UNO, EUR, IMG, ...)")
        return raw
    if col.type == "sector":
        if raw not in SECTORS:
            raise fail(f"unknown PLOVER sector; known: {' '.join(sorted(SECTORS))}")
        return raw
    if col.type == "bool":
        if raw not in ("yes", "no", "1", "0", "true", "false"):
            raise fail("not yes/no")
        return raw in ("yes", "1", "true")
    if col.choices is not None and raw not in col.choices:
        raise fail(f"not one of: {' '.join(sorted(col.choices))}")
    return raw


def load_table(filename: str, *, directory: Path | None = None,
               schema: tuple[Column, ...] | None = None) -> list[dict[str, Any]]:
    """Rows of a lexicon file as dicts (plus ``_line``), checked against its schema."""
    directory = directory or lexicon_dir()
    path = directory / filename
    cols = schema or SCHEMAS.get(filename)
    if cols is None:
        raise LexiconError(f"no schema is registered for {filename!r}", path=str(path),
                           hint="add it to SCHEMAS in hadath/lexicon/loader.py")
    try:
        raw_text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError("lexicon file is missing", path=str(path),
                           hint="reinstall hadath, or rebuild the data with `make lexicons`") from None
    except UnicodeDecodeError as exc:
        raise LexiconError(f"not valid UTF-8 ({exc.reason})", path=str(path)) from None
    rows: list[dict[str, Any]] = []
    header: list[str] | None = None
    for lineno, line in enumerate(raw_text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = [f.strip() for f in fields]
            want = [c.name for c in cols]
            if header != want:
                raise LexiconError(f"header is {header}, expected {want}", path=str(path),
                                   line=lineno, hint="columns must appear in this order, tab-separated")
            continue
        if len(fields) > len(cols):
            raise LexiconError(f"{len(fields)} tab-separated fields, expected at most {len(cols)}",
                               path=str(path), line=lineno,
                               hint="a stray tab inside a value? use '|' between list items")
        fields += [""] * (len(cols) - len(fields))
        row = {c.name: _convert(c, f.strip(), str(path), lineno) for c, f in zip(cols, fields)}
        row["_line"] = lineno
        rows.append(row)
    if header is None:
        raise LexiconError("file has no header row", path=str(path))
    return rows


def load_lines(filename: str, *, directory: Path | None = None,
               check: Callable[[str], str | None] | None = None) -> list[str]:
    """Non-comment lines of a one-item-per-line list file; ``check`` returns an error or None."""
    directory = directory or lexicon_dir()
    path = directory / filename
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError("lexicon file is missing", path=str(path)) from None
    out = []
    for lineno, line in enumerate(text.splitlines(), 1):
        item = line.strip()
        if not item or item.startswith("#"):
            continue
        if check and (why := check(item)):
            raise LexiconError(why, path=str(path), line=lineno)
        out.append(item)
    return out
