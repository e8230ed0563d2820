"""The main event's town when the article names another state than the town's own.

A town name stands for places in many states (Quincy, Massachusetts and Quincy,
Illinois; Hillsboro, Oregon and Hillsboro, Ohio); the gazetteer's choice goes by
population when the article gives no "Town, State" to settle it. A local story
names its state elsewhere: "a residence near Beverly, Illinois", "Illinois State
Police". When the article names a first-level unit (state, province) of the town's
country but never the town's own, and a place of the town's name lies in the unit
the article names most, that place is the event's (a class of error read on unseen
US local news, issue 13). A town whose own unit the article names ("Springfield,
Illinois"), or in an article that names no unit, keeps its reading.

A county name is shared by states the same way (Orange County, California and Orange
County, Vermont; Caldwell County in Texas, Kentucky, Missouri and North Carolina) and is
read the same way; the county found there then takes a town of its own that the article
names (:func:`warcheck.analysis.event_place.county_town`).
"""

from __future__ import annotations

from collections import Counter

from warcheck.analysis.event_place import TOWNISH, county_town, named_there
from warcheck.model import Analysis, PlaceMention

# The precision of a county's mention: a homonym of counties of other states.
_COUNTY = "district"
# The precision of a first-level unit's mention.
_UNIT = "governorate"


def in_named_unit(place: PlaceMention | None, analysis: Analysis) -> PlaceMention | None:
    """The place of the same name in the unit the article names, when the place lies outside it."""
    if place is None or not place.country or not place.admin1:
        return place
    if place.precision not in (*TOWNISH, _COUNTY):
        return place
    own = (place.country, place.admin1)
    units = Counter(
        (p.country, p.admin1)
        for p in analysis.places
        if p.precision == _UNIT and p.country == place.country and p.admin1
    )
    if not units or own in units:
        return place
    (top, _), *_ = units.most_common(1)
    state = next(
        p for p in analysis.places if p.precision == _UNIT and (p.country, p.admin1) == top
    )
    there = named_there(place, state)
    if there is None:
        return place
    return county_town(there, analysis) if there.precision == _COUNTY else there
