"""Datelines in capitals and abbreviated US states."""

from __future__ import annotations

from warcheck.analysis.places import find_places


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [(p.text, p.feature, p.country) for p in find_places(text)]


def test_a_dateline_in_capitals_is_a_place() -> None:
    assert _found("CAIRO - On a field outside the city, boys train.")[:1] == [
        ("CAIRO", "populated_place", "EG")
    ]
    assert _found("ST. LOUIS – Police arrested two men.")[:1] == [
        ("ST. LOUIS", "populated_place", "US")
    ]


def test_an_abbreviated_state_after_a_town_is_the_state() -> None:
    found = _found("OAKLAND, Calif. (AP) - The team won again.")
    assert found == [("OAKLAND", "populated_place", "US"), ("Calif.", "admin1", "US")]
    assert ("Washington, D.C.", "admin1", "US") in _found(
        "He works in Washington, D.C., for a job."
    )


def test_an_abbreviation_without_its_town_and_comma_is_a_word() -> None:
    assert _found("Wash. your hands before dinner.") == []
    assert _found("She felt Ill. after the trip.") == []


def test_capitals_inside_a_line_are_not_a_dateline() -> None:
    assert _found("The team said CAIRO - was the code word.") == []


def test_washington_dc_is_one_place() -> None:
    found = find_places("Tickets are sold in 44 states, Washington, D.C., and Guam.")
    assert [(p.text, p.name, p.feature) for p in found][0] == (
        "Washington, D.C.",
        "District of Columbia",
        "admin1",
    )
    assert [p.text for p in find_places("OAKLAND, Calif. (AP) - The game")] == ["OAKLAND", "Calif."]


def test_the_state_span_starts_after_the_comma() -> None:
    text = "He moved from Tulsa, Okla. to Boise, Idaho last year."
    found = [p for p in find_places(text) if p.feature == "admin1"]
    assert all(text[p.start : p.end] == p.text and not p.text.startswith(",") for p in found)
    assert "Okla." in [p.text for p in found]


def test_a_state_named_like_a_country_keeps_its_own_span() -> None:
    text = "HAWKINSVILLE, Georgia (WXYZ) - A teen was shot."
    found = [p for p in find_places(text) if p.text == "Georgia"]
    assert found and found[0].start == text.index("Georgia") and found[0].country == "US"
