"""Where the main event happened, when its first reading is a rough or a stray place.

:mod:`warcheck.analysis.main_event` picks the most precise place its story names; two
corrections follow, both classes of error read on unseen local news (issue 13):

* a county is a rough point: the gazetteer puts a US county at the mean of its towns
  (``warcheck.knowledge.us_counties``). A town of that county that the article names
  near its start is where the event is; a town of another county of the state is not
  ("Cleveland County, N.C." is not Charlotte, 60 km away in the next county but one);
* a place named once in a country the rest of the article is not about is a stray
  reading (a nickname, a victim's home town, a homonym): the event lies in the
  country of the article's places, at the most precise of them its story names, else
  at the first the article names;
* a local dateline names the state ("MEMPHIS, Tenn. —", "GEORGETOWN, Ind. (WHAS11)"):
  a place outside it is a homonym (Whitehaven, England for the Memphis neighbourhood;
  Danville, California for Danville, Virginia). The event lies at a town of that state
  that the story, else the article, names, else at the place of the same name there
  (of the place, else of another the article names), else in the state.
  Only a first-level unit counts: "BEIRUT, Lebanon (Reuters)" names the desk's country,
  not the event's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from warcheck.knowledge import lexicons, us_counties
from warcheck.knowledge.gazetteer import load
from warcheck.model import Analysis, Claim, PlaceMention
from warcheck.text import place_key

# Places more precise than a county, most precise first.
TOWNISH = ("exact", "neighbourhood", "town")
# How many sentences from the start a county's town may be named in.
_COUNTY_REACH = 10
# Kilometres from a county's point within which a town may lie in it, whatever county's
# point is nearer (a county is some 40 km across; its point is the mean of its towns).
_COUNTY_NEAR_KM = 20.0
# Mentions of the other country that make a lone place a stray reading.
_STRAY_AGAINST = 3
# Characters from the start of the article within which a dateline may stand.
_DATELINE_REACH = 400


def county_town(place: PlaceMention | None, analysis: Analysis) -> PlaceMention | None:
    """The first town of the county named in the article's first sentences, else the county.

    A town lies in the county when the county's point is the nearest of its state's, or
    lies within :data:`_COUNTY_NEAR_KM` of it (a town by the line with the next county);
    a county with no point of its own (at its state's middle) takes any town of its state.
    """
    if place is None or place.precision != "district" or not place.country or not place.admin1:
        return place
    last = min(_COUNTY_REACH, len(analysis.sentences)) - 1
    end = analysis.sentences[last].end if last >= 0 else 0
    towns = (
        p
        for p in analysis.places
        if p.start < end
        and p.precision in TOWNISH
        and p.country == place.country
        and p.admin1 == place.admin1
        and p.lat is not None
        and _in_county(p, place)
    )
    return next(towns, place)


def _in_county(town: PlaceMention, place: PlaceMention) -> bool:
    """Whether the town may lie in the county ``place`` (always, for a county of no point)."""
    county = us_counties.county(place.place_id, place.admin1 or "")
    if county is None or county.pop <= 0 or town.lat is None or town.lon is None:
        return True
    if us_counties.km(town.lat, town.lon, county.lat, county.lon) <= _COUNTY_NEAR_KM:
        return True
    nearest = us_counties.nearest_county(town.lat, town.lon, place.admin1 or "")
    return nearest is not None and nearest.pid == county.pid


def in_story_country(
    place: PlaceMention | None, story: Sequence[Claim], analysis: Analysis
) -> PlaceMention | None:
    """The place, unless it is the lone mention of its country against many of another."""
    if place is None or not place.country:
        return place
    countries = Counter(p.country for p in analysis.places if p.country)
    (top, n), *_ = countries.most_common(1)
    if top == place.country or countries[place.country] > 1 or n < _STRAY_AGAINST:
        return place
    rank = {p: i for i, p in enumerate(("exact", "neighbourhood", "town", "district"))}
    named = [p for c in story for p in c.places if p.country == top and p.lat is not None]
    if named:
        return min(named, key=lambda p: rank.get(p.precision, len(rank)))
    return next((p for p in analysis.places if p.country == top and p.lat is not None), place)


def _dateline_state(analysis: Analysis) -> PlaceMention | None:
    """The first-level unit of a "TOWN, State" dateline at the start of a line, if any."""
    text, found = analysis.article.text, analysis.places
    for town, unit in zip(found, found[1:], strict=False):
        if town.start > _DATELINE_REACH:
            break
        line = text.rfind("\n", 0, town.start) + 1
        if (
            unit.precision == "governorate"
            and town.precision in (*TOWNISH, "district")
            and not text[line : town.start].strip()
            and text[town.end : unit.start] in (", ", ",")
        ):
            return unit
    return next((u for u in found if _unknown_town_dateline(text, u)), None)


# "GRANITE FALLS, N.C. -": a town the gazetteer lacks, in capitals at a line's start, a comma.
_CAPS_TOWN = re.compile(r"[ \t]*[A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){0,3},[ \t]?")


def _unknown_town_dateline(text: str, unit: PlaceMention) -> bool:
    """Whether ``unit`` is the state of a dateline whose town the gazetteer lacks."""
    if unit.start > _DATELINE_REACH or unit.precision != "governorate":
        return False
    return bool(_CAPS_TOWN.fullmatch(text, text.rfind("\n", 0, unit.start) + 1, unit.start))


# "FLOYD CO., Ind. -", "JACKSON COUNTY, Fla. (WCTV)": a county dateline, its state after it.
_COUNTY_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){0,3}[ \t]+(?:CO\.|COUNTY|PARISH),[ \t]?"
    r"(?P<state>[A-Z][A-Za-z.]*(?: [A-Z][a-z.]+)?)",
    re.MULTILINE,
)
_STATE_ABBREVIATIONS = lexicons.entries("place_words", "us_state_abbreviations")


def _county_dateline_state(analysis: Analysis) -> PlaceMention | None:
    """The state of a county dateline the place stage reads no place in ("FLOYD CO., Ind.")."""
    m = _COUNTY_DATELINE.search(analysis.article.text, 0, _DATELINE_REACH)
    return None if m is None else _us_state(m["state"], m.start("state"))


def _us_state(said: str, start: int) -> PlaceMention | None:
    """A mention of the US state ``said`` (a name or its abbreviation) at ``start``, if one."""
    name = _STATE_ABBREVIATIONS.get(said, said)
    g = load()
    for idx in g.exact.get(place_key(str(name)), ()):
        p = g.place(idx)
        if p.feature == "admin1" and p.country == "US":
            return PlaceMention(
                start, start + len(said), said, place_id=p.pid, name=p.name,
                feature=p.feature, lat=p.lat, lon=p.lon, admin1=p.admin1, country=p.country,
                precision=p.precision,
            )  # fmt: skip
    return None


def county_state(place: PlaceMention | None, analysis: Analysis) -> PlaceMention | None:
    """The county of "Floyd County, Virginia" when the place is the town named as the state.

    A state's name is also a town's (Virginia, Free State; Washington, D.C.): written
    after a US county and a comma, it is the state, and the county of its name there is
    the place.
    """
    if place is None or place.precision not in TOWNISH:
        return place
    text, found = analysis.article.text, analysis.places
    for county, m in zip(found, found[1:], strict=False):
        if (
            m.start == place.start
            and county.precision == "district"
            and county.country == "US"
            and text[county.end : m.start] in (", ", ",")
            and (state := _us_state(m.text, m.start)) is not None
        ):
            return named_there(county, state) or place
    return place


def named_there(place: PlaceMention, state: PlaceMention) -> PlaceMention | None:
    """The place of the same name in the state, from the gazetteer."""
    g = load()
    for idx in g.exact.get(place_key(place.text), ()):
        p = g.place(idx)
        if p.country == state.country and p.admin1 == state.admin1 and p.lat is not None:
            return replace(
                place, place_id=p.pid, name=p.name, feature=p.feature, lat=p.lat, lon=p.lon,
                admin1=p.admin1, country=p.country, precision=p.precision,
            )  # fmt: skip
    return None


def _stated_state(place: PlaceMention, analysis: Analysis) -> PlaceMention | None:
    """The first-level unit written right after a mention of the place ("Gainesville, Va.")."""
    text, found = analysis.article.text, analysis.places
    for m, unit in zip(found, found[1:], strict=False):
        if (
            m.place_id == place.place_id
            and unit.precision == "governorate"
            and text[m.end : unit.start] in (", ", ",")
        ):
            return unit
    return None


def in_dateline_state(
    place: PlaceMention | None, story: Sequence[Claim], analysis: Analysis
) -> PlaceMention | None:
    """The place, or one in the dateline's state when the place lies outside it.

    The place's own state, written after one of its mentions ("in Gainesville, Va."),
    is read the same way when the article has no dateline.
    """
    place = county_state(place, analysis)
    if place is None:
        return place
    state = (
        _dateline_state(analysis)
        or _county_dateline_state(analysis)
        or _stated_state(place, analysis)
    )
    if state is None:
        return place
    if place.country == state.country and place.admin1 in (state.admin1, None):
        return place  # a place of no known unit ("Steelton", a minor place) is not outside it

    def inside(p: PlaceMention) -> bool:
        return (
            p.country == state.country
            and p.admin1 == state.admin1
            and p.precision in TOWNISH
            and p.lat is not None
        )

    named = [p for c in story for p in c.places if inside(p)]
    there = next(iter(named), None) or next((p for p in analysis.places if inside(p)), None)
    if there is not None:
        return there
    others = (p for p in (place, *analysis.places) if p.precision in (*TOWNISH, "district"))
    return next((q for p in others if (q := named_there(p, state)) is not None), state)
