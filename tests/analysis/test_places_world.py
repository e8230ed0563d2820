"""Places of the wider world: regions, rivers, seas, historical states, units, long names.

Test sentences written for warcheck, one group per class of toponym the GeoNames-derived
gazetteer lacked (knowledge/data/places_world.json).
"""

from __future__ import annotations

import pytest

from warcheck.analysis.places import find_places


def _found(text: str) -> dict[str, tuple[str, str | None]]:
    return {p.text: (p.feature, p.country) for p in find_places(text)}


@pytest.mark.parametrize(
    ("text", "name", "feature"),
    [
        ("Unlike in the days of the Soviet Union, trade is global.", "Soviet Union", "region"),
        ("Pensions were frozen across the USSR in 1990.", "USSR", "region"),
        ("Comparisons with Nazi Germany were heard in parliament.", "Nazi Germany", "region"),
        ("The railway was the first west of the Appalachians.", "Appalachians", "region"),
        ("Snow closed passes in the Himalayas on Monday.", "Himalayas", "region"),
        ("Hikers were rescued in the Pilanesberg Mountains.", "Pilanesberg Mountains", "region"),
        ("He grew up in a village in the Nile Delta.", "Nile Delta", "region"),
        ("Oil spills hit fishermen in the Niger Delta.", "Niger Delta", "region"),
        ("Barges sank on the Danube near the border.", "Danube", "river"),
        ("A tanker was seized in the Strait of Hormuz.", "Strait of Hormuz", "river"),
        ("Migrants crossed the Aegean Sea overnight.", "Aegean Sea", "river"),
        ("Storms battered the Horn of Africa this week.", "Horn of Africa", "region"),
        ("Fares rose for the ferry to Fire Island.", "Fire Island", "region"),
    ],
)
def test_regions_rivers_seas_and_former_states_are_places(
    text: str, name: str, feature: str
) -> None:
    assert _found(text).get(name, ("", None))[0] == feature


def test_missing_first_level_units_are_read_whole() -> None:
    found = _found("Hotel rents are high in Gilgit-Baltistan, officials in FATA said.")
    assert found["Gilgit-Baltistan"] == ("admin1", "PK")
    assert found["FATA"] == ("admin1", "PK")
    assert "Gilgit" not in found  # the unit, not its capital inside the name
    assert _found("He opened a road in South Waziristan.")["South Waziristan"][1] == "PK"
    assert _found("Floods hit East Yorkshire and Lancashire.")["East Yorkshire"][1] == "GB"


def test_official_long_names_are_read_whole() -> None:
    found = _found(
        "The Russian Federation wrote to the Republic of Armenia and the Hellenic Republic."
    )
    assert found["Russian Federation"] == ("country", "RU")
    assert found["Republic of Armenia"] == ("country", "AM")
    assert found["Hellenic Republic"] == ("country", "GR")


def test_a_possessive_outside_a_name_still_ends_it() -> None:
    found = _found("Syria's Idlib was the people's choice.")
    assert set(found) == {"Syria", "Idlib"}


def test_first_level_units_of_more_countries_are_units() -> None:
    found = _found("Rains hit Sichuan, Borno and Helmand, and the Ituri region.")
    assert found["Sichuan"] == ("admin1", "CN")
    assert found["Borno"] == ("admin1", "NG")
    assert found["Helmand"] == ("admin1", "AF")
    assert found["Ituri"] == ("admin1", "CD")
    assert _found("Police in Derbyshire and County Meath said so.")["Derbyshire"] == (
        "district",
        "GB",
    )


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Talks with the Democratic People's Republic of Korea resumed.",
         "Democratic People's Republic of Korea", "KP"),
        ("Trade with the People's Republic of China grew.", "People's Republic of China", "CN"),
        ("The Lao People's Democratic Republic signed the pact.",
         "Lao People's Democratic Republic", "LA"),
        ("Democratic People’s Republic of Korea’s envoy spoke.",
         "Democratic People’s Republic of Korea", "KP"),
    ],
)  # fmt: skip
def test_an_official_name_with_a_possessive_is_read_whole(
    text: str, name: str, country: str
) -> None:
    found = _found(text)
    assert found[name] == ("country", country)
    assert "Republic of Korea" not in found


def test_a_possessive_word_of_names_outside_a_name_ends_the_name() -> None:
    assert set(_found("The people's anger grew in Seoul.")) == {"Seoul"}
    assert "Korea" in _found("Korea's people's party met.")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Peace and development in Asia-Pacific and the world.", ["Asia", "Pacific"]),
        ("An Africa-Europe summit opened.", ["Africa", "Europe"]),
        ("Asia-Pacific economies slowed.", ["Asia", "Pacific"]),
    ],
)
def test_a_hyphenated_compound_of_two_parts_of_the_world_is_two_places(
    text: str, parts: list[str]
) -> None:
    found = _found(text)
    assert [t for t in found if found[t][0] == "region"] == parts


def test_a_hyphenated_state_stays_one_place() -> None:
    assert list(_found("Austria-Hungary declared war.")) == ["Austria-Hungary"]


def test_a_town_or_county_with_a_possessive_is_read_whole() -> None:
    found = _found("From King's Lynn to Prince George's County, and Syria's Aleppo.")
    assert {"King's Lynn", "Prince George's County", "Syria", "Aleppo"} <= set(found)


@pytest.mark.parametrize(
    ("text", "name", "iso"),
    [
        ("With Lesbos’s economy in ruins, they left.", "Lesbos", "GR"),  # an island
        ("Boats reached Samos and Chios.", "Samos", "GR"),
        ("Voters in Flanders disagreed.", "Flanders", "BE"),  # a region of a state
        ("He returned to Herzegovina.", "Herzegovina", "BA"),
    ],
)
def test_islands_and_regions_of_a_state(text: str, name: str, iso: str) -> None:
    found = find_places(text)
    assert (found[0].text, found[0].country) == (name, iso)
