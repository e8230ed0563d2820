"""US counties of the gazetteer by state, to tell which county a town lies in.

The gazetteer (``scripts/build_gazetteer.py``, ``scripts/gazetteer_counties.py``) puts a
county at the population-weighted mean of its GeoNames places, with their summed
population; a county none of whose places GeoNames' cities1000 lists sits at its state's
middle with no population, a point that says nothing of where it lies. GeoNames gives
the towns of the gazetteer no county, so a town is taken to lie in the county whose
point is nearest (:func:`nearest_county`), as a town does in most counties.
"""

from __future__ import annotations

import functools
import math
from typing import NamedTuple

from warcheck.knowledge.gazetteer import load

# The id prefix of the gazetteer's US counties and parishes.
_PREFIX = "warcheck:us-county-"
# Mean earth radius (km).
_EARTH_KM = 6371.0


class County(NamedTuple):
    """A county's gazetteer id, point and weight."""

    pid: str
    lat: float
    lon: float
    pop: int


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


@functools.cache
def _by_state() -> dict[str, tuple[County, ...]]:
    """Counties of each state (by the state's name), read once from the gazetteer."""
    g = load()
    out: dict[str, list[County]] = {}
    for pid, idx in g.by_id.items():
        if pid.startswith(_PREFIX):
            p = g.place(idx)
            if p.admin1 and p.lat is not None and p.lon is not None:
                out.setdefault(p.admin1, []).append(County(pid, p.lat, p.lon, p.pop))
    return {state: tuple(sorted(cs)) for state, cs in out.items()}


def county(pid: str, state: str) -> County | None:
    """The county of gazetteer id ``pid`` in ``state``, if it is one."""
    return next((c for c in _by_state().get(state, ()) if c.pid == pid), None)


def nearest_county(lat: float, lon: float, state: str) -> County | None:
    """The county of ``state`` nearest to (lat, lon), of those placed by their towns."""
    placed = [c for c in _by_state().get(state, ()) if c.pop > 0]
    return min(placed, key=lambda c: km(lat, lon, c.lat, c.lon), default=None)
