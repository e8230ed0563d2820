"""US counties as the main event's place (issue 13), on our own sentences.

Two classes of error read on half c1 of ``benchmarks/main_event/unseen.jsonl`` and on
gun-violence development articles; every sentence here is written for warcheck:

1. a county with no point of its own sat at its state's middle ("Floyd County, Georgia"
   in the middle of Georgia), and the main event took the first town of the state the
   article names even when it lies in another county (Charlotte for Cleveland County,
   North Carolina): a county now lies at the mean of its towns, and only a town of that
   county replaces it;
2. a county name shared by several states goes to the state the article names
   ("Orange County" in a Vermont story is not California's), a county dateline's state
   too ("FLOYD CO., Ind. -"), and a state whose name is also a town's ("Floyd County,
   Virginia" is not Virginia, Free State).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest

from warcheck.knowledge import us_counties
from warcheck.model import MainEvent

MainEventOf = Callable[[str, str | None], MainEvent]


def _km(event: MainEvent, lat: float, lon: float) -> float:
    place = event.location
    assert place is not None and place.lat is not None and place.lon is not None
    return us_counties.km(place.lat, place.lon, lat, lon)


# Points of the towns the sentences are about (GeoNames).
ROME_GA = (34.257, -85.1647)
SHELBY_NC = (35.2924, -81.5357)
KINGS_MOUNTAIN_NC = (35.2451, -81.3412)
LENOIR_NC = (35.914, -81.539)
PRINCETON_KY = (37.1092, -87.882)
HAMILTON_MO = (39.7436, -93.9983)
LOCKHART_TX = (29.8849, -97.67)
NEW_ALBANY_IN = (38.2856, -85.8241)
RANDOLPH_VT = (43.925, -72.6654)
FLOYD_VA = (36.9112, -80.32)
OTHELLO_WA = (46.8262, -119.1753)


# --- 1. a county's point, and the towns that lie in it ------------------------------------


@pytest.mark.parametrize(
    ("text", "near"),
    [
        ("A man was accidentally shot by a friend on Thursday, Floyd County, Georgia police said.",
         ROME_GA),
        ("A man was shot and killed on Saturday in Cleveland County, North Carolina, the "
         "sheriff's office said.", SHELBY_NC),
        ("Two men were shot dead on Friday in Caldwell County, Ky., the sheriff said.",
         PRINCETON_KY),
    ],
)  # fmt: skip
def test_a_county_lies_at_its_towns(main_event: MainEventOf, text: str, near: tuple) -> None:
    assert _km(main_event(text, "2016-06-03"), *near) < 50


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot and killed Tuesday night on a rural road in Cleveland County, North "
        "Carolina, deputies said. He was taken to a hospital in Charlotte, where he died.",
        "A man was shot dead on Friday in Cleveland County, N.C., the sheriff said. The suspect "
        "was later arrested at a motel in Charlotte.",
    ],
)
def test_a_town_of_another_county_is_not_the_place(main_event: MainEventOf, text: str) -> None:
    event = main_event(text, "2016-06-03")
    assert event.place == "Cleveland County"
    assert _km(event, *SHELBY_NC) < 50


def test_a_town_of_the_county_is_the_place(main_event: MainEventOf) -> None:
    text = (
        "A man was shot and killed Tuesday night in Cleveland County, North Carolina, deputies "
        "said. The shooting happened at a home in Kings Mountain."
    )
    event = main_event(text, "2016-06-03")
    assert event.place == "Kings Mountain"
    assert _km(event, *KINGS_MOUNTAIN_NC) < 10


def test_counties_have_points_of_their_own() -> None:
    floyd = [
        c
        for state in ("Georgia", "Indiana", "Kentucky")
        for c in us_counties._by_state()[state]
        if c.pid in ("warcheck:us-county-13115", "warcheck:us-county-18043",
                     "warcheck:us-county-21071")
    ]  # fmt: skip
    assert len(floyd) == 3
    assert all(c.pop > 0 for c in floyd)
    assert len({(c.lat, c.lon) for c in floyd}) == 3
    rome = us_counties.county("warcheck:us-county-13115", "Georgia")
    assert rome is not None and us_counties.km(rome.lat, rome.lon, *ROME_GA) < 20


def test_a_town_lies_in_its_nearest_county() -> None:
    county = us_counties.nearest_county(*SHELBY_NC, "North Carolina")
    assert county is not None and county.pid == "warcheck:us-county-37045"  # Cleveland
    charlotte = us_counties.nearest_county(35.2271, -80.8431, "North Carolina")
    assert charlotte is not None and charlotte.pid != county.pid
    assert us_counties.nearest_county(*SHELBY_NC, "Nowhere") is None


def test_km_is_a_great_circle_distance() -> None:
    assert us_counties.km(0.0, 0.0, 0.0, 1.0) == pytest.approx(2 * math.pi * 6371 / 360)
    assert us_counties.km(*SHELBY_NC, *SHELBY_NC) == 0


# --- 2. a county name shared by several states -------------------------------------------


@pytest.mark.parametrize(
    ("text", "near"),
    [
        ("A man was shot dead on Friday, Orange County deputies said. Vermont State Police are "
         "investigating.", RANDOLPH_VT),
        ("A man was shot dead on Friday in Orange County, Vermont, deputies said.", RANDOLPH_VT),
        ("A woman was shot and wounded on Sunday in Floyd County, the Indiana State Police said.",
         NEW_ALBANY_IN),
        ("A teenager was shot and wounded on Sunday in Floyd County, Va., deputies said.",
         FLOYD_VA),
        ("A man was shot dead on Friday night at his home, Floyd County deputies said. He was "
         "flown to a hospital in Roanoke, Va., where he died.", FLOYD_VA),
        ("Deputies said a Caldwell County man was shot dead on Friday. The shooting is the third "
         "in western North Carolina this month.", LENOIR_NC),
        ("Deputies said a man was shot dead in Caldwell County on Friday. The Missouri State "
         "Highway Patrol is investigating.", HAMILTON_MO),
        ("A deputy was shot and wounded on Monday in Caldwell County, the Texas Department of "
         "Public Safety said.", LOCKHART_TX),
        ("PRINCETON, Ky. - A man was shot dead on Friday in Caldwell County, the sheriff said.",
         PRINCETON_KY),
        ("FLOYD CO., Ind. - A boy was shot in the arm on Sunday, the Floyd County Sheriff's "
         "Department said.", NEW_ALBANY_IN),
        ("AP\n\nFLOYD COUNTY, Va. (WDBJ) - A boy was shot in the arm on Sunday, the Floyd County "
         "Sheriff's Office said.", FLOYD_VA),
        ("A man was shot dead on Friday in Floyd County, Virginia, deputies said.", FLOYD_VA),
        ("A man was shot dead on Friday in Adams County, Washington, deputies said.",
         OTHELLO_WA),
        ("ORANGE CO., Vt. - A man was shot dead on Friday, Orange County deputies said.",
         RANDOLPH_VT),
    ],
)  # fmt: skip
def test_a_shared_county_name_goes_to_the_named_state(
    main_event: MainEventOf, text: str, near: tuple
) -> None:
    assert _km(main_event(text, "2016-06-03"), *near) < 50
