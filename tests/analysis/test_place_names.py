"""Names that embed a place, widened to the whole name for GeoWebNews-style readers."""

from __future__ import annotations

import pytest

from warcheck.analysis.demonyms import find_demonyms
from warcheck.analysis.place_names import widen
from warcheck.analysis.places import find_places


def _widened(text: str) -> list[str]:
    return [p.text for p in widen(text, find_places(text))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Traders watched the Bank of Japan closely.", "Bank of Japan"),
        ("He studied at Colorado State University for years.", "Colorado State University"),
        ("The Mississippi River rose overnight.", "Mississippi River"),
        ("A ceremony at the Embassy of the Republic of Armenia followed.",
         "Embassy of the Republic of Armenia"),
        ("Diamonds are mined in South Venezuela too.", "South Venezuela"),
        ("Tests of the Illinois Capitol Complex's water came back.", "Illinois Capitol Complex"),
        ("The colt won the Dubai World Cup again.", "Dubai World Cup"),  # an event's name
        ("Anglers fished on Lake Nakuru at dawn.", "Lake Nakuru"),
        ("Trains stop at Old Town Alexandria daily.", "Old Town Alexandria"),
        ("The mare won the Dubai Turf last night.", "Dubai Turf"),  # a race named after a place
        ("Shops open at Virginia Gateway this week.", "Virginia Gateway"),  # a shopping centre
        ("They toured Kensington House on Sunday.", "Kensington House"),  # a building
        ("Herders crossed the Homs Desert.", "Homs Desert"),  # a land form named after a place
        ("Farms line the Euphrates Basin.", "Euphrates Basin"),
        ("The Kenya Highlands are green.", "Kenya Highlands"),
    ],
)  # fmt: skip
def test_a_longer_name_that_embeds_a_place_takes_its_whole_span(text: str, name: str) -> None:
    found = widen(text, find_places(text))
    assert [p.text for p in found] == [name]
    assert text[found[0].start : found[0].end] == name
    assert found[0].lat == find_places(text)[0].lat  # still the place's point


@pytest.mark.parametrize(
    "text",
    [
        "Dubai police said the road was closed.",
        "The Toronto Police Services Board met.",
        "Much of Mexico was dry.",
        "Flights from Paris. City officials said so.",
        "The Saint Lucia National Trust restored the fort.",  # a trust: GeoWebNews keeps the place
        "The Boston Office of the firm closed.",  # an office: the place alone
    ],
)
def test_other_words_around_a_place_leave_its_span(text: str) -> None:
    assert _widened(text) == [p.text for p in find_places(text)]


def test_the_analysis_keeps_the_places_own_span() -> None:
    assert [p.text for p in find_places("Traders watched the Bank of Japan closely.")] == ["Japan"]


def test_a_town_right_after_a_widened_name_ends_it_and_gives_its_point() -> None:
    text = "He works at the British Embassy Tokyo now."
    (found,) = widen(text, find_places(text) + list(find_demonyms(text, [])))
    assert (found.text, found.name, found.country) == ("British Embassy Tokyo", "Tokyo", "JP")
    text = "The Bank of Japan, Tokyo, said so."
    assert [p.text for p in widen(text, find_places(text))] == ["Bank of Japan", "Tokyo"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fighting in Idlib province continued.", "Idlib"),
        ("Clashes erupted in Raqqa city on Monday.", "Raqqa"),
        ("Shelling hit the Hama countryside.", "Hama"),
    ],
)
def test_a_lower_case_unit_noun_is_left_out_of_the_name(text: str, name: str) -> None:
    (place,) = find_places(text)
    assert place.text != name  # the analysis keeps "province", "city", "countryside"
    (found,) = widen(text, [place])
    assert (found.text, text[found.start : found.end], found.lat) == (name, name, place.lat)


def test_a_capitalised_unit_word_stays_in_the_name() -> None:
    assert _widened("He lives in Quezon City now.") == ["Quezon City"]
    assert _widened("Floods hit Sindh Province.") == ["Sindh Province"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Residents of Northwest Syria fled.", "Northwest Syria"),
        ("Troops in Southeastern Turkey moved.", "Southeastern Turkey"),
        ("They flew over the Mount Sinai area.", "Mount Sinai"),  # a mountain named after a place
        ("Pilgrims climbed Mt. Sinai at dawn.", "Mt. Sinai"),
    ],
)
def test_a_compass_or_mount_word_before_a_place_is_part_of_its_name(text: str, name: str) -> None:
    assert _widened(text) == [name]
