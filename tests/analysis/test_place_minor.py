"""Minor places: small towns the compact gazetteer lacks, read where a place is expected."""

from __future__ import annotations

import pytest

from warcheck.analysis.places import find_places


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.country) for p in find_places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm is headquartered in Visbek, Germany.", [("Visbek", "DE"), ("Germany", "DE")]),
        (
            "A new office in British Columbia opened in Castlegar this week.",
            [("British Columbia", "CA"), ("Castlegar", "CA")],
        ),
        (
            "He played a concert near Dunshaughlin, not far from Dublin.",
            [("Dunshaughlin", "IE"), ("Dublin", "IE")],
        ),
    ],
)
def test_a_small_town_after_a_preposition_in_a_country_the_text_names(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    found = find_places(text)
    assert _places(text) == expected
    assert all(text[p.start : p.end] == p.text and p.lat is not None for p in found)


def test_the_town_of_the_country_named_is_taken() -> None:
    nelson = find_places("Services in British Columbia moved to Nelson.")
    assert [(p.text, p.country, p.admin1) for p in nelson][-1] == (
        "Nelson", "CA", "British Columbia"
    )  # fmt: skip
    assert find_places("Services in Wales moved to Nelson.")[-1].country == "GB"


def test_once_read_the_town_is_that_town_throughout_the_text() -> None:
    text = (
        "In Canada, the office in Nelson opened. Nelson residents and the MLA for "
        "Nelson-Creston cheered."
    )
    assert [p.start for p in find_places(text) if p.text == "Nelson"] == [25, 40, 73]


@pytest.mark.parametrize(
    "text",
    [
        "The shop in Visbek sold shoes.",  # no place of Germany named: not read
        "Barry Nelson flew to London. She wrote to Nelson in London.",  # a person
        "They met in Nelson Mandela Square in London.",  # part of a longer name
        "Shelling hit Damascus; fighters moved to Visbek.",  # no German place in the story
    ],
)
def test_no_minor_place_without_its_country_or_when_a_person(text: str) -> None:
    assert not any(p.text in ("Nelson", "Visbek") for p in find_places(text))


def test_a_small_town_with_its_country_written_after_it_is_read() -> None:
    # Germany is named once, the United States twice: the apposition still places Visbek.
    text = "Headquartered in Visbek, Germany, the firm sells in the USA and the USA."
    found = {p.text: p.country for p in find_places(text)}
    assert found.get("Visbek") == "DE"


def test_a_small_town_before_its_country_or_unit_and_a_comma_is_read_anywhere() -> None:
    found = {p.text: p.country for p in find_places("Residents of Visbek, Germany, fled.")}
    assert found == {"Visbek": "DE", "Germany": "DE"}
    found = {p.text: p.admin1 for p in find_places("Nelson, British Columbia, is small.")}
    assert found["Nelson"] == "British Columbia"


def test_a_person_before_a_unit_and_a_comma_stays_a_person() -> None:
    found = [p.text for p in find_places("Sen. Ben Nelson, British Columbia, spoke.")]
    assert "Nelson" not in found
