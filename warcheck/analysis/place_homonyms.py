"""Place homonyms: which of the places a name can stand for is meant.

Candidates are ranked by :func:`_score`: Syria, then its neighbours, then
population, with the other places the same text names as context; a province named
shortly after a name ("al-Salehia village in the countryside of Raqqa province") weighs
most, and when no place of that name lies in it, the name stands for the province. A name
followed by "province" resolves to the first-level unit its city heads.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from warcheck.knowledge.gazetteer import NEIGHBOURS, SYRIA, Place, load
from warcheck.model import PlaceMention
from warcheck.text import place_key


class Hit(NamedTuple):
    """A place name found in a text, with the places it can stand for."""

    start: int
    end: int
    cands: tuple[Place, ...]
    exact: int  # the first ``exact`` candidates matched by name, the rest by fold
    province: bool
    owner: tuple[str, str | None, str] | None  # (country, admin1, feature) shared by all cands


# What a place of a local gazetteer (``warcheck gazetteer import``) loses against bundled
# places of its name: the text's other places in its country (3) or unit (4) outweigh it.
_LOCAL = 2.5
# What a place named by its own name gains over places for which the name is an alternate one
# ("Venice" is Venice, not Dayton; "Ariel" is Ariel, not Jerusalem).
_OWN_NAME = 2.0
# Population assumed when GeoNames gives none (a Syrian governorate counts less than its
# capital, so "Hama" is the city).
_DEFAULT_POP = {"populated_place": 1000, "admin1": 5000}


def _score(
    p: Place, exact: bool, ctx: _Context, province: bool, unit: tuple[str, str] | None = None
) -> float:
    """Rank a candidate: Syria, then neighbours, then population; context and exactness help.

    The population term counts unknown populations of towns as 1000. Context is
    weighted by how specific it is: a named country adds little (the United
    States is named in most articles), another place resolved in the same
    country more, in the same first-level unit most. A place of a local gazetteer
    gets no regional prior and ranks below the bundled places of its name unless that
    context backs it.
    """
    s = {"country": 100.0, "region": 40.0, "admin1": 0.0}.get(p.feature, 1.0)
    if p.local:  # no regional prior: only the text's other places speak for it
        s -= _LOCAL
    elif p.country == SYRIA:
        s += 8
    elif p.country in NEIGHBOURS:
        s += 4
    if p.country != SYRIA or p.local:
        s += 3 * (p.country in ctx.place_countries) + (p.country in ctx.countries)
    if p.admin1 and (p.country, p.admin1) in ctx.admin1s:
        s += 4
    if province and p.feature == "admin1":
        s += 20
    if unit is not None and (p.country, p.admin1) == unit:
        s += 12  # "al-Salehia village in the northern countryside of Raqqa province"
    pop = p.pop or _DEFAULT_POP.get(p.feature, 0)
    if p.feature == "admin1" and p.country != SYRIA:  # a province outweighs a small town
        pop = 300_000
    return s + 3 * exact + 1.5 * math.log10(pop + 1) + 0.5 * p.curated


class _Context(NamedTuple):
    countries: set[str]  # countries named
    place_countries: set[str]  # countries of other places named
    admin1s: set[tuple[str, str | None]]


def _mention(text: str, h: Hit, p: Place) -> PlaceMention:
    return PlaceMention(
        h.start, h.end, text[h.start : h.end], place_id=p.pid, name=p.name, feature=p.feature,
        lat=p.lat, lon=p.lon, admin1=p.admin1, country=p.country or None, precision=p.precision,
    )  # fmt: skip


def _context(hits: list[Hit]) -> _Context:
    """The countries and first-level units that the unambiguous hits name."""
    ctx = _Context(set(), set(), set())
    for h in hits:
        if h.owner:
            cc, adm, feat = h.owner
            (ctx.countries if feat == "country" else ctx.place_countries).add(cc)
            if adm:
                ctx.admin1s.add((cc, adm))
    return ctx


_NEAR = 90  # characters between a name and the province named after it


_LIST = re.compile(r",| and | or |\.")
# The words before the province: "... in (the northern countryside of) Raqqa province".
_IN_UNIT = re.compile(
    r"[ \t]+(?:(?:village|town|city|area|district|neighbourhood|outskirts|suburbs|countryside|"
    r"rural|northern|southern|eastern|western|north|south|east|west|near|in|of|the)[ \t]+)*"
    r"(?:in|of)[ \t]+(?:the[ \t]+)?$"
)


def _unit_after(text: str, hits: list[Hit], k: int) -> Place | None:
    """The first-level unit that a "X province" hit names shortly after hit ``k``.

    Only a small place counts, with no list between ("Aleppo and Idlib province" names two).
    """
    h = hits[k]
    if any(c.pop >= 50_000 or c.feature != "populated_place" for c in h.cands):
        return None
    for nxt in hits[k + 1 :]:
        if nxt.start - h.end > _NEAR or _LIST.search(text, h.end, nxt.start):
            return None
        if nxt.province and _IN_UNIT.match(text, h.end, nxt.start):
            units = [c for c in nxt.cands if c.feature == "admin1" and c.admin1]
            return units[0] if len({(c.country, c.admin1) for c in units}) == 1 else None
    return None


_KEYS: dict[str, str] = {}  # a plain dict of strings: the garbage collector never walks it


def _key(name: str) -> str:
    """:func:`place_key`, cached: the same names (and candidates' names) come again and again."""
    key = _KEYS.get(name)
    if key is None:
        if len(_KEYS) > 100_000:
            _KEYS.clear()
        key = _KEYS[name] = place_key(name)
    return key


def resolve(text: str, hits: list[Hit]) -> list[PlaceMention]:
    """Resolve each hit to the place it most likely names, with the others as context.

    Hits of the same name, candidates and unit are resolved once per text.
    """
    g = load()
    ctx = _context(hits)
    out: list[PlaceMention] = []
    chosen: dict[tuple[object, ...], Place] = {}
    for i, h in enumerate(hits):
        unit = None if h.province else _unit_after(text, hits, i)
        key = (unit.country, unit.admin1 or "") if unit else None
        if unit is not None and all((c.country, c.admin1) != key for c in h.cands):
            p = unit  # the town of that name in that province is not in the gazetteer
        elif len(h.cands) == 1:
            p = h.cands[0]
        else:
            said = _key(text[h.start : h.end])
            memo = (said, h.exact, h.province, key, tuple(c.pid for c in h.cands))
            found = chosen.get(memo)
            if found is None:
                scored = [
                    (
                        _score(c, k < h.exact, ctx, h.province, key)
                        + _OWN_NAME * (_key(c.name) == said),
                        c.pid,
                        c,
                    )
                    for k, c in enumerate(h.cands)
                ]
                found = chosen[memo] = max(scored, key=lambda x: (x[0], x[1]))[2]
            p = found
        if h.province and p.feature != "admin1" and p.pid in g.admin1_of_capital:
            p = g.place(g.admin1_of_capital[p.pid])
        out.append(_mention(text, h, p))
    return out
