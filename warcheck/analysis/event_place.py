"""Where the main event happened, when its first reading is a rough or a stray place.

:mod:`warcheck.analysis.main_event` picks the most precise place its story names; two
corrections follow, both classes of error read on unseen local news (issue 13):

* a county is a rough point: the gazetteer puts a US county at the most populous
  place of its name in its state, or at the middle of the state ("SEMINOLE COUNTY,
  Fla." lands on Seminole, 70 miles away). A town of the same state that the article
  names near its start is where the event is;
* a place named once in a country the rest of the article is not about is a stray
  reading (a nickname, a victim's home town, a homonym): the event lies in the
  country of the article's places, at the most precise of them its story names, else
  at the first the article names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from warcheck.model import Analysis, Claim, PlaceMention

# Places more precise than a county, most precise first.
_TOWNISH = ("exact", "neighbourhood", "town")
# How many sentences from the start a county's town may be named in.
_COUNTY_REACH = 10
# Mentions of the other country that make a lone place a stray reading.
_STRAY_AGAINST = 3


def county_town(place: PlaceMention | None, analysis: Analysis) -> PlaceMention | None:
    """The first town of the county's state named in the article's first sentences, else it."""
    if place is None or place.precision != "district" or not place.country or not place.admin1:
        return place
    last = min(_COUNTY_REACH, len(analysis.sentences)) - 1
    end = analysis.sentences[last].end if last >= 0 else 0
    towns = (
        p
        for p in analysis.places
        if p.start < end
        and p.precision in _TOWNISH
        and p.country == place.country
        and p.admin1 == place.admin1
        and p.lat is not None
    )
    return next(towns, place)


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
