"""Countries and big regions at GeoNames' own point for them (the point gold standards use)."""

from __future__ import annotations

import pytest

from warcheck.analysis.places import find_places
from warcheck.evaluation.geoparsing import km

# GeoNames' points of these countries (its PCLI features), far from the middle of their places.
GEONAMES = {
    "Canada": (60.10867, -113.64258),
    "Japan": (35.68536, 139.75309),
    "India": (22.0, 79.0),
    "Oman": (21.0, 57.0),
    "Australia": (-25.0, 135.0),
    "United States": (39.76, -98.5),
}


@pytest.mark.parametrize("name", sorted(GEONAMES))
def test_a_country_is_at_its_geonames_point(name: str) -> None:
    found = find_places(f"Exports from {name} rose last year.")
    assert [p.feature for p in found] == ["country"]
    lat, lon = GEONAMES[name]
    assert km(found[0].lat, found[0].lon, lat, lon) < 5  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("FrontCounter BC opened an office in Victoria.", "British Columbia"),
        ("Floods hit Sydney, NSW on Monday.", "New South Wales"),
        ("In D.C., murals are protected.", "District of Columbia"),
    ],
)
def test_abbreviated_states_and_provinces(text: str, name: str) -> None:
    assert name in [p.name for p in find_places(text)]


def test_an_era_after_a_number_is_no_place() -> None:
    assert find_places("The town was founded in 753 BC by settlers.") == []
    assert [p.name for p in find_places("Its BC office is new.")] == ["British Columbia"]


@pytest.mark.parametrize(
    ("text", "name", "iso"),
    [
        ("He flew to the Netherlands on Monday.", "Netherlands", "NL"),  # a name with "the"
        ("The Netherlands' economy grew.", "Netherlands", "NL"),
        ("Fighting in Congo continued.", "Congo", "CD"),  # the larger Congo
        ("The Democratic Republic of Congo voted.", "Democratic Republic of Congo", "CD"),
    ],
)
def test_a_country_known_by_its_short_name(text: str, name: str, iso: str) -> None:
    (found,) = find_places(text)
    assert (found.text, found.country, found.feature) == (name, iso, "country")
