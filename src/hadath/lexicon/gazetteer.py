"""The gazetteer: every lexicon name compiled into one Aho-Corasick automaton.

Names are matched on the *base* forms of tokens (proclitics removed, the article
kept), so ``لقطر``, ``وبالدوحة`` and ``للرياض`` match ``قطر``, ``الدوحة`` and
``الرياض`` without listing clitic variants.  Keys are normalised with the same
rules as the text (:mod:`hadath.text.normalize`) and tokenised the same way, and
every word of every key is given to the segmenter as protected vocabulary so it
is never split (``لبنان`` is not ``ل`` + ``بنان``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path

import ahocorasick

from ..errors import LexiconError
from ..text.normalize import normalize_key
from ..text.tokenize import FUNCTION_WORDS, TOKEN_RE
from .loader import SCHEMAS, lexicon_dir, load_table

# suffixes of a nisba adjective: masc. sg, fem. sg, masc. pl (nom/acc), dual, fem. dual, fem. pl
_NISBA_SUFFIXES = ("", "ه", "ون", "ين", "ان", "تان", "تين", "ات")


@dataclass(frozen=True, slots=True)
class Role:
    country: str
    sector: str
    role: str | None
    start: str | None
    end: str | None

    def active(self, on: str | None) -> bool:
        """Whether the role covers date ``on`` (YYYY-MM-DD); undated roles always do."""
        if not on:
            return self.end is None
        if self.start and on < self.start:
            return False
        return not (self.end and on > _end_of(self.end))


def _end_of(d: str) -> str:
    return d if len(d) == 10 else (d + "-12-31" if len(d) == 4 else d + "-31")


def _day_after(d: str) -> str:
    """The first day after the day, month (YYYY-MM) or year (YYYY) ``d``."""
    if len(d) == 4:
        return f"{int(d) + 1:04d}-01-01"
    if len(d) == 7:
        y, m = int(d[:4]), int(d[5:])
        return f"{y + m // 12:04d}-{m % 12 + 1:02d}-01"
    return (date.fromisoformat(d) + timedelta(days=1)).isoformat()


@dataclass(frozen=True, slots=True)
class Entry:
    """What a lexicon name refers to."""

    id: str  # ISO3 for states; place:..., org:..., per:..., body:...
    kind: str  # PER | ORG | GPE | LOC
    source: str  # country | nisba | capital | place | org | body | title | group | person
    name_en: str
    country: str | None = None
    sector: str | None = None
    alias: bool = False  # a short form (surname): weaker evidence
    place_kind: str | None = None
    lat: float | None = None
    lon: float | None = None
    metonym: bool = False
    roles: tuple[Role, ...] = ()
    name_ar: str | None = None

    def role_on(self, on: str | None) -> Role | None:
        """The person's role at date ``on`` (the latest one started before it)."""
        if not self.roles:
            return None
        active = [r for r in self.roles if r.active(on)]
        if active:
            return max(active, key=lambda r: r.start or "")
        before = [r for r in self.roles if not on or not r.start or r.start <= on]
        pool = before or list(self.roles)
        return max(pool, key=lambda r: r.start or "")


@dataclass(slots=True)
class Match:
    first: int  # index of the first token (in the token list given to find)
    last: int  # index one past the last token
    key: str
    entries: tuple[Entry, ...]


def key_words(name: str) -> list[str]:
    """A lexicon name as the list of normalised words the matcher compares with."""
    return TOKEN_RE.findall(normalize_key(name))


def nisba_forms(stem: str) -> list[str]:
    """All inflected forms of a nisba adjective (أمريكي -> أمريكية، الأمريكيين...)."""
    words = key_words(stem)
    out = []
    for suf in _NISBA_SUFFIXES:
        if suf and any(len(w) < 3 for w in words):
            continue
        form = [w + suf if w.endswith("ي") else w for w in words]
        out.append(" ".join(form))
        out.append(" ".join("ال" + w for w in form))
    return out


@dataclass
class Gazetteer:
    entries: dict[str, tuple[Entry, ...]]
    by_id: dict[str, Entry] = field(default_factory=dict)
    _automaton: ahocorasick.Automaton | None = field(default=None, repr=False)

    @property
    def vocabulary(self) -> frozenset[str]:
        """Words of names to protect from clitic segmentation (لبنان is not ل + بنان).

        A word that is itself a clitic plus another name word (للأمم in الجمعية العامة
        للأمم المتحدة) is left out, so that it is segmented like running text.
        """
        words: set[str] = set()
        for key in self.entries:
            words.update(w for w in key.split() if w[:1].isalpha())
        return frozenset(w for w in words if not _clitic_compound(w, words))

    def rebased(self, base_of) -> Gazetteer:
        """The same gazetteer with every key word replaced by its base form (``base_of``)."""
        merged: dict[str, list[Entry]] = {}
        for key, ents in self.entries.items():
            words = [base_of(w) if w[:1].isalpha() else w for w in key.split()]
            if len(words) == 1 and (function_like(key) or function_like(words[0]) or len(words[0]) < 3):
                continue  # بالي (Bali) must not become الي (إلى), وان (Van) is وأن
            new = " ".join(words)
            bucket = merged.setdefault(new, [])
            for e in ents:
                if e not in bucket:
                    bucket.append(e)
        return Gazetteer({k: tuple(v) for k, v in merged.items()}, self.by_id)

    @property
    def automaton(self) -> ahocorasick.Automaton:
        if self._automaton is None:
            a = ahocorasick.Automaton()
            for key, ents in self.entries.items():
                a.add_word(f" {key} ", (key, ents))
            a.make_automaton()
            self._automaton = a
        return self._automaton

    def lookup(self, name: str) -> tuple[Entry, ...]:
        return self.entries.get(" ".join(key_words(name)), ())

    def find(self, words: Sequence[str]) -> list[Match]:
        """Longest non-overlapping matches over a sequence of base word forms.

        ``words`` may contain separators (e.g. ``"\\n"`` between sentences) that no key
        contains, so no match crosses them.
        """
        view = " " + " ".join(words) + " "
        found: list[Match] = []
        starts: dict[int, int] | None = None  # view offset of a word's first char -> its index
        for end, (key, ents) in self.automaton.iter(view):
            if starts is None:
                offsets = accumulate((len(w) + 1 for w in words), initial=1)
                starts = dict(zip(offsets, range(len(words)), strict=False))
            begin = end - len(key)  # index of the first char of the key (end is the trailing space)
            first = starts.get(begin)
            if first is None:
                continue
            n = key.count(" ") + 1
            found.append(Match(first, first + n, key, ents))
        found.sort(key=lambda m: (-(m.last - m.first), -len(m.key), m.first))
        taken = bytearray(len(words))
        out = []
        for m in found:
            if any(taken[m.first:m.last]):
                continue
            taken[m.first:m.last] = b"\x01" * (m.last - m.first)
            out.append(m)
        out.sort(key=lambda m: m.first)
        return out

    # -- building --------------------------------------------------------------------------
    @classmethod
    def load(cls, directory: Path | None = None) -> Gazetteer:
        directory = directory or lexicon_dir()
        b = _Builder()
        b.countries(load_table("countries.tsv", directory=directory))
        b.places(load_table("places.tsv", directory=directory))
        b.organizations(load_table("organizations.tsv", directory=directory))
        b.bodies(load_table("bodies.tsv", directory=directory))
        for path in sorted(directory.glob("people_*.tsv")):
            b.people(load_table(path.name, directory=directory, schema=SCHEMAS["people"]))
        for form, nis in b.accusatives:
            if form not in b.keys:  # روسيا، تركيا، بريطانيا are the countries themselves
                b.add([form], nis)
        return b.build()


_CLITIC_HEADS = ("وال", "بال", "كال", "فال", "لل", "ول", "وب", "فب", "فل", "و", "ف", "ب", "ل", "ك")


def function_like(word: str) -> bool:
    """A function word, possibly with a proclitic (وأن، فإن، بما، الى): never a name."""
    if word in FUNCTION_WORDS:
        return True
    for head in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"):
        if word.startswith(head) and word[len(head):] in FUNCTION_WORDS:
            return True
    return False


def _clitic_compound(word: str, words: set[str]) -> bool:
    for head in _CLITIC_HEADS:
        if word.startswith(head) and len(word) - len(head) >= 3:
            rest = word[len(head):]
            if rest in FUNCTION_WORDS:
                continue
            if rest in words or ("ال" + rest) in words and head.endswith(("لل", "ال")):
                return True
    return False


_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    return _SLUG_RE.sub("_", text.lower()).strip("_")


class _Builder:
    def __init__(self) -> None:
        self.keys: dict[str, list[Entry]] = defaultdict(list)
        self.by_id: dict[str, Entry] = {}
        self.capitals: dict[str, list[str]] = {}
        self.accusatives: list[tuple[str, Entry]] = []

    def add(self, names: Iterable[str], entry: Entry) -> None:
        for name in names:
            words = key_words(name)
            if not words:
                continue
            key = " ".join(words)
            bucket = self.keys[key]
            if entry not in bucket:
                bucket.append(entry)
        self.by_id.setdefault(entry.id, entry)

    def countries(self, rows) -> None:
        for r in rows:
            e = Entry(r["iso3"], "GPE", "country", r["name_en"], r["iso3"], "GOV",
                      name_ar=r["names_ar"][0])
            self.add(r["names_ar"], e)
            nis = Entry(r["iso3"], "GPE", "nisba", r["name_en"], r["iso3"], "GOV",
                        name_ar=r["names_ar"][0])
            for stem in r["nisba_ar"]:
                self.add(nisba_forms(stem), nis)
                words = key_words(stem)
                if len(words) == 1 and words[0].endswith("ي") and len(words[0]) >= 4:
                    self.accusatives.append((words[0] + "ا", nis))  # خطفوا مصورا فرنسيًا
            self.capitals[r["iso3"]] = r["capital_ar"]

    def places(self, rows) -> None:
        capital_ids = set()
        for r in rows:
            country = r["country"]
            if r["kind"] == "capital" and country:
                e = Entry(country, "GPE", "capital", r["name_en"], country, "GOV", place_kind="capital",
                          lat=r["lat"], lon=r["lon"], metonym=True, name_ar=r["names_ar"][0])
                capital_ids.add(country)
            else:
                kind = "GPE" if r["kind"] in ("city", "province", "district") else "LOC"
                e = Entry(r["id"], kind, "place", r["name_en"], country, None, place_kind=r["kind"],
                          lat=r["lat"], lon=r["lon"], metonym=bool(r["metonym"]),
                          name_ar=r["names_ar"][0])
            self.add(r["names_ar"], e)
            if r["kind"] != "capital":
                self.by_id[r["id"]] = e
        for iso3, names in self.capitals.items():  # capitals only named in countries.tsv
            if iso3 not in capital_ids and names:
                self.add(names, Entry(iso3, "GPE", "capital", names[0], iso3, "GOV",
                                      place_kind="capital", metonym=True, name_ar=names[0]))

    def organizations(self, rows) -> None:
        for r in rows:
            roles: tuple[Role, ...] = ()
            if r["earlier_sector"] or r["earlier_until"]:
                if not (r["earlier_sector"] and r["earlier_until"]):
                    raise LexiconError(f"{r['id']}: earlier_sector and earlier_until go together",
                                       path="organizations.tsv", line=r.get("_line"),
                                       hint="give both (the sector held, and the last day it was held) or neither")
                # the sector on the publication day, as for people's roles (the current one from
                # the day after the last day of the earlier one)
                since = _day_after(r["earlier_until"])
                roles = (Role(r["country"], r["earlier_sector"], None, None, r["earlier_until"]),
                         Role(r["country"], r["sector"], None, since, None))
            e = Entry(r["id"], "ORG", "org", r["name_en"], r["country"], r["sector"],
                      name_ar=r["names_ar"][0], roles=roles)
            self.add(r["names_ar"], e)
            if r["aliases_ar"]:
                self.add(r["aliases_ar"], Entry(r["id"], "ORG", "org", r["name_en"], r["country"],
                                                r["sector"], alias=True, name_ar=r["names_ar"][0], roles=roles))

    def bodies(self, rows) -> None:
        for r in rows:
            kind = r["kind"]
            e = Entry("body:" + slug(r["name_en"]), "PER" if kind == "title" else "ORG", kind,
                      r["name_en"], None, r["sector"], name_ar=r["names_ar"][0])
            self.add(r["names_ar"], e)

    def people(self, rows) -> None:
        grouped: dict[str, list[dict]] = defaultdict(list)
        for r in rows:
            grouped[r["id"]].append(r)
        for pid, rs in grouped.items():
            roles = tuple(Role(r["country"], r["sector"], r["role"], r["start"], r["end"]) for r in rs)
            if pid in self.by_id and self.by_id[pid].roles:
                roles = self.by_id[pid].roles + roles
            first = rs[0]
            latest = max(roles, key=lambda x: x.start or "")
            e = Entry(pid, "PER", "person", first["name_en"], latest.country, latest.sector,
                      roles=roles, name_ar=first["names_ar"][0])
            self.by_id[pid] = e
            names = {n for r in rs for n in r["names_ar"]}
            self.add(sorted(names), e)
            aliases = {n for r in rs for n in r["aliases_ar"]}
            if aliases:
                self.add(sorted(aliases), Entry(pid, "PER", "person", first["name_en"], latest.country,
                                                latest.sector, alias=True, roles=roles,
                                                name_ar=first["names_ar"][0]))

    def build(self) -> Gazetteer:
        entries = {k: tuple(v) for k, v in self.keys.items()}
        return Gazetteer(entries, dict(self.by_id))
