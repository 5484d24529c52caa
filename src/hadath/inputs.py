"""Turning raw input (strings, files, bytes, JSONL records) into a :class:`Document`.

Input files may start with header lines ``# key: value`` (``published``, ``id``,
``source``, ``url``, ``headline``...).  They are metadata, not text: the document's
``text`` is the body after them, and every offset refers to that body.
"""

from __future__ import annotations

import gzip
import html
import json
import re
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from .config import DEFAULT, Config
from .document import Document
from .errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    InputTooLargeError,
    InvalidDateError,
)

_HEADER_RE = re.compile(r"^#\s*([A-Za-z_][\w-]*)\s*:\s?(.*)$")
_ARABIC_RE = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_HTML_RE = re.compile(r"<\s*(html|body|p|div|span|br|head|article|script|!doctype)\b", re.I)


def parse_published(value: str | date | None) -> str | None:
    """A publication date as ``YYYY-MM-DD`` (accepts a date, ISO date or ISO date-time)."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()[:10]
    s = str(value).strip()
    try:
        return date.fromisoformat(s[:10]).isoformat()
    except ValueError:
        raise InvalidDateError(f"publication date {value!r} is not a date",
                               hint="give it as YYYY-MM-DD, e.g. --published 2025-10-01") from None


def split_header(raw: str) -> tuple[dict[str, str], str]:
    """``(meta, body)``: leading ``# key: value`` lines are metadata, the rest is the body."""
    meta: dict[str, str] = {}
    pos = 0
    if raw.startswith("\ufeff"):
        pos = 1
    while pos < len(raw):
        nl = raw.find("\n", pos)
        line = raw[pos:] if nl < 0 else raw[pos:nl]
        m = _HEADER_RE.match(line.rstrip("\r"))
        if not m:
            break
        meta[m.group(1).lower()] = m.group(2).strip()
        pos = len(raw) if nl < 0 else nl + 1
    return meta, raw[pos:]


class _TextExtractor(HTMLParser):
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article",
              "section", "blockquote", "title"}
    _SKIP = {"script", "style", "noscript", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_to_text(raw: str) -> str:
    """Visible text of an HTML page, one block per line."""
    p = _TextExtractor()
    p.feed(raw)
    p.close()
    text = html.unescape("".join(p.parts))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def make_document(text: str, *, published: str | date | None = None, id: str | None = None,
                  meta: dict[str, str] | None = None, config: Config = DEFAULT) -> Document:
    """A checked :class:`Document` for ``text`` (an article body, header lines allowed)."""
    if not isinstance(text, str):
        raise InputError(f"expected article text as str, got {type(text).__name__}",
                         hint="decode bytes first, or use hadath.inputs.decode_bytes()")
    if "\x00" in text:
        raise BinaryInputError("input contains NUL bytes: this looks like a binary file",
                               hint="pass a UTF-8 text file with the article body")
    head, body = split_header(text)
    meta = {**head, **(meta or {})}
    warnings: list[str] = []
    if len(body) > config.max_chars:
        raise InputTooLargeError(
            f"article is {len(body):,} characters, above the limit of {config.max_chars:,}",
            hint="split the file into articles, or raise the limit (--max-chars / Config(max_chars=...))")
    if _HTML_RE.search(body[:5000]) and body.count("<") > 3:
        body = html_to_text(body)
        warnings.append("input looked like HTML: tags were removed and the visible text was used; "
                        "offsets refer to that text")
    if not body.strip():
        if head:
            raise EmptyInputError("the article is empty (no text after the header lines)",
                                  hint="check the file; header lines '# key: value' are not article text")
        raise EmptyInputError("the article is empty (no text, or only white space)",
                              hint="skip empty records; batch runs record them as errors and go on")
    if not _ARABIC_RE.search(body):
        warnings.append("no Arabic text found: hadath extracts from Arabic articles only")
    doc_id = id or meta.get("id") or "doc"
    pub = parse_published(published if published is not None else meta.get("published"))
    doc = Document(text=body, id=str(doc_id), published=pub, meta=meta, warnings=warnings)
    return doc


def decode_bytes(data: bytes, *, source: str = "input", encoding: str = "utf-8") -> str:
    """Decode article bytes, refusing binary data with a clear message."""
    if b"\x00" in data[:8192]:
        raise BinaryInputError(f"{source} looks like a binary file (it contains NUL bytes)",
                               hint="pass a UTF-8 text file with the article body")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"{source} is not valid {encoding}: byte {exc.start} ({data[exc.start:exc.start + 1]!r}) "
            f"cannot be decoded",
            hint="convert it first (e.g. iconv -f WINDOWS-1256 -t UTF-8), or pass --encoding cp1256") from None
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", hint="use e.g. utf-8 or cp1256") from None


def read_path(path: str | Path, *, encoding: str = "utf-8") -> Iterator[tuple[str, str, dict]]:
    """``(id, raw_text, meta)`` for each article in a file.

    ``.txt`` (and any other extension) is one article, its id the header's ``id`` or
    the file name without extension; ``.jsonl`` / ``.jsonl.gz`` hold one article per
    line as ``{"id", "text", "published", ...}``.
    """
    p = Path(path)
    name = p.name
    if name.endswith(".jsonl") or name.endswith(".jsonl.gz"):
        opener = gzip.open if name.endswith(".gz") else open
        try:
            with opener(p, "rt", encoding=encoding) as fh:
                for n, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        rec = json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise InputError(f"{p}:{n}: not a JSON object ({exc.msg})",
                                         hint="JSONL input needs one JSON object per line") from None
                    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                        raise InputError(f"{p}:{n}: a record needs a 'text' string",
                                         hint='e.g. {"id": "a1", "published": "2025-10-01", "text": "..."}')
                    meta = {k: str(v) for k, v in rec.items() if k != "text" and v is not None}
                    yield str(rec.get("id") or f"{name}:{n}"), rec["text"], meta
        except UnicodeDecodeError as exc:
            raise EncodingError(f"{p} is not valid {encoding} ({exc.reason})") from None
        return
    data = p.read_bytes()
    raw = decode_bytes(data, source=str(p), encoding=encoding)
    meta, _ = split_header(raw)
    yield meta.get("id") or p.stem, raw, {}
