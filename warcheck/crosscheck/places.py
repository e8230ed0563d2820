"""Places: whether two claims' places can be the same, given each place's precision."""

from __future__ import annotations

import math

from warcheck.crosscheck.facts import ClaimFacts

EARTH_KM = 6371.0
# Radius (km) above which a place is too vague to rule anything out.
PRECISE_KM = 40.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Return the great-circle distance between two points in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def apart(a: ClaimFacts, b: ClaimFacts, precise_km: float = PRECISE_KM) -> bool:
    """Whether two claims name precise places farther apart than their radii allow.

    A place missing or vaguer than ``precise_km`` (a governorate, a region, a
    country) rules nothing out.
    """
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    ra, rb = a.radius_km or 0.0, b.radius_km or 0.0
    if ra > precise_km or rb > precise_km:
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) > ra + rb
