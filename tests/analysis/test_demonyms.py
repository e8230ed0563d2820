"""Demonyms: adjectives naming a country or a region, kept apart from places."""

from __future__ import annotations

import pytest

from warcheck.analysis.demonyms import find_demonyms
from warcheck.analysis.places import find_places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian troops crossed the river.", [("Russian", "RU")]),
        ("South Korean officials met Chinese envoys.", [("South Korean", "KR"), ("Chinese", "CN")]),
        ("European leaders met in Rome.", [("European", "")]),
    ],
)
def test_demonyms_name_their_country_or_region(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_demonyms(text)
    assert [(d.text, d.country or "") for d in found] == expected
    assert all(text[d.start : d.end] == d.text and d.lat is not None for d in found)


@pytest.mark.parametrize(
    "text",
    [
        "Many Americans travelled.",  # a plural names people
        "The report was written in Chinese.",  # a language
        "She speaks French at home.",
        "The English language test.",
    ],
)
def test_plurals_and_languages_are_not_demonyms(text: str) -> None:
    assert find_demonyms(text) == []


def test_a_demonym_is_never_a_place_of_the_analysis() -> None:
    text = "A Canadian tourist was shot dead in Amman."
    assert [p.country for p in find_places(text)] == ["JO"]
    assert [d.country for d in find_demonyms(text, find_places(text))] == ["CA"]


def test_a_demonym_inside_a_place_found_is_left_out() -> None:
    text = "He flew to New Zealand."
    assert find_demonyms(text, find_places(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tariffs hit $50 billion in Chinese imports.", [("Chinese", "CN")]),  # no language
        ("Fans were waving Korean and US flags.", [("Korean", "KR")]),
        ("The cake had Sicilian lemon curd.", [("Sicilian", "IT")]),
        ("A trained English pianist played.", [("English", "GB")]),
        ("It ended Austro-Hungarian rule.", [("Austro", "AT"), ("Hungarian", "HU")]),
        ("Many Russian-European projects stalled.", [("Russian", "RU"), ("European", "")]),
    ],
)
def test_unit_adjectives_hyphens_and_nouns_after_in(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(d.text, d.country or "") for d in find_demonyms(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "He is a passionate Nigerian who works hard.",  # a person
        "Many Chinese are on a spiritual quest.",  # a people
        "The learning of English will help.",  # a language
        "The status of English in the EU is strong.",
        "The Russian-speaking minority voted.",
    ],
)
def test_demonyms_used_as_nouns_are_left_out(text: str) -> None:
    assert find_demonyms(text) == []


def test_demonyms_in_a_list_of_adjectives_are_kept() -> None:
    found = [p.text for p in find_demonyms("German, Irish and other immigrant families came.")]
    assert found == ["German", "Irish"]
    found = [p.text for p in find_demonyms("They met Chinese, Russian, and Iranian officials.")]
    assert found == ["Chinese", "Russian", "Iranian"]
    assert find_demonyms("He is German, she said.") == []  # a noun before its comma
