"""Error classes of local crime news (unseen main-event set, half c1), on sentences of our own.

Police, deputies, investigators and coroners telling a shooting are ``official``
sources (military police stay a party); "fatally shot a man", "shot and killed",
"dies", "was shot to death" give a toll; an age between commas ("Blake Turner, 17,
died") is no toll; and a lead that tells a shooting as an accident makes the main
event an accident, with the lead's own toll and day.
"""

from __future__ import annotations

from typing import Any

import pytest

import warcheck
from warcheck.analysis.casualties import find_casualties
from warcheck.read.sentences import split_sentences

POLICE_SOURCES = [
    "Police say a 5-year-old boy shot himself in the hand on Friday.",
    "A man was shot in the leg on Main Street on Friday, police said.",
    "Deputies said a man was shot dead outside a bar on Friday.",
    "Investigators said the man stabbed his wife on Friday.",
    "According to Chicago police, a man was stabbed in an alley on Friday.",
    "The county coroner's office said the man died of a gunshot wound on Friday.",
    "Prosecutors said the two men opened fire on a car on Friday.",
    "The Dayton Metropolitan Police Department says a boy shot himself in the hand on Friday.",
]


@pytest.mark.parametrize("text", POLICE_SOURCES)
def test_police_telling_a_crime_are_official(text: str) -> None:
    a = warcheck.analyze(text, published="2016-04-01")
    types = [s.type for c in a.claims for s in c.sources]
    assert "official" in types and "party" not in types


def test_military_police_are_still_a_party() -> None:
    a = warcheck.analyze(
        "Russian military police said a patrol was shelled near Idlib on Friday.",
        published="2016-04-01",
    )
    assert [s.type for c in a.claims for s in c.sources] == ["party"]


TOLLS = [
    ("Police officers fatally shot a man in Dayton on Friday.", 1),
    ("A man dies in a shooting in Dayton.", 1),
    ("Gunmen shot and killed two men outside a store in Dayton.", 2),
    ("A gunman fatally stabbed a woman near the station.", 1),
    ("Three people were shot to death in a house on Elm Street.", 3),
    ("A 14-year-old boy was fatally shot in Dayton on Friday.", 1),
]


@pytest.mark.parametrize(("text", "killed"), TOLLS)
def test_crime_news_phrasings_give_a_toll(text: str, killed: int) -> None:
    found = [c for c in find_casualties(text) if c.outcome == "killed"]
    assert found and found[0].min == killed


AGES = [
    "Blake Turner, 17, died in the shooting.",
    "A woman, 30, was killed in the crossfire.",
    "Police said Dustin Osborne, 19, died at the scene.",
    "Gino Bassett, 56, of the 6100 block of South Ingleside Avenue, was charged with murder.",
]


@pytest.mark.parametrize("text", AGES)
def test_an_age_between_commas_is_no_toll(text: str) -> None:
    assert not [c for c in find_casualties(text) if c.min and c.min > 1]


def test_a_toll_before_a_comma_is_still_a_toll() -> None:
    found = find_casualties("The strike killed 20, wounding 30 others.")
    assert any(c.outcome == "killed" and c.min == 20 for c in found)


ACCIDENTS = [
    "Teen dies in shooting\n\nA teenage girl was killed on Thursday in Dayton after a gun "
    "accidentally discharged, deputies said. The shooting happened at a home.",
    "Boy killed in shooting at home\n\nA 9-year-old boy was killed on Thursday when a gun he "
    "found went off accidentally, police said. Police are investigating the shooting.",
]


@pytest.mark.parametrize("text", ACCIDENTS)
def test_a_lead_told_accident_is_the_main_event_with_its_toll_and_day(
    text: str, main_event: Any
) -> None:
    event = main_event(text, "2016-04-01")
    assert event.event_type == "man_made_disaster"
    assert event.killed == 1 and event.date_from == "2016-03-31"


def test_a_shooting_with_no_accident_stays_an_attack(main_event: Any) -> None:
    text = (
        "Man dies in shooting\n\nA man was shot and killed on Thursday in Dayton, police said. "
        "Police are looking for the gunman."
    )
    assert main_event(text, "2016-04-01").event_type == "attack"


CLOCK_TIMES = [
    "Owen Hicks was shot around 5:08 p.m. Thursday night, according to police.",
    "Police released the names of those injured at 2 a.m. Saturday in a shooting at a bar.",
    "Turner died in the incident, which happened around 6:20 P.M. Thursday, the paper reported.",
]


@pytest.mark.parametrize("text", CLOCK_TIMES)
def test_a_clock_time_before_a_weekday_does_not_end_the_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 1


def test_a_clock_time_at_a_sentence_end_still_ends_it() -> None:
    assert len(split_sentences("The blast came at 5 p.m. The army said ten people died.")) == 2


def test_a_lead_dated_between_the_story_s_claims_dates_the_event(main_event: Any) -> None:
    text = (
        "Actress's son hit by glass after man attacks car\n\n"
        "LOS ANGELES: An actress's son was struck by glass after a man attacked a car. "
        "On Wednesday, a man jumped on top of the car and smashed the windows. "
        "The actress was outside the vehicle at the time of the attack."
    )
    assert main_event(text, "2018-04-06").date_from == "2018-04-04"


def test_the_dateline_town_inside_the_named_state_is_the_place(main_event: Any) -> None:
    text = (
        "Massachusetts man arrested on fraud charges\n\n"
        "BOSTON (Reuters) - The owner of a restaurant in Massachusetts was arrested on "
        "Thursday on federal fraud charges."
    )
    assert main_event(text, "2018-04-05").place == "Boston"


def test_a_town_of_another_state_does_not_narrow_the_place(main_event: Any) -> None:
    text = (
        "Massachusetts man arrested on fraud charges\n\n"
        "NEW YORK (Reuters) - The owner of a restaurant in Massachusetts was arrested on "
        "Thursday on federal fraud charges."
    )
    assert main_event(text, "2018-04-05").place != "New York City"
