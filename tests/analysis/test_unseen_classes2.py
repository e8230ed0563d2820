"""More error classes of the main event on unseen news (issue 13), on sentences of our own.

The classes were found reading gun-violence development articles that are not in
``benchmarks/main_event/unseen.jsonl`` (records not of a multiple of 35) and half c1;
every sentence here is written for warcheck, none is taken from an article.

- tolls: crime news tells a death as "was shot and killed", "was stabbed and killed",
  "in the fatal shooting of a teenager", "in the shooting death of a man": each
  is one (or the figure's) killed; "was shot and wounded" is injured, not killed.
- event types: a police, news or rescue helicopter hit by gunfire is the target of a
  shooting, not an air strike ("A police helicopter was hit five times").
- places: a town name of several states ("Quincy") lies in the state the article names
  ("near Beverly, Illinois") when it never names the town's own.
"""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2016-04-20"
"""The day every article here was published."""


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A woman was shot and killed on Friday outside a bar in Camden, New Jersey.", 1),
        ("A man was stabbed and killed on Sunday night near a bus stop in Tulsa.", 1),
        ("Two men were shot and killed early Saturday in Dayton, Ohio, police said.", 2),
        ("Police have charged a 19-year-old man in the fatal shooting of a teenager.", 1),
        ("A woman was arrested Monday in the fatal stabbing of a man in Reno.", 1),
        ("Deputies charged a man in the shooting death of a 30-year-old woman.", 1),
    ],
)
def test_crime_news_tolls_count_the_dead(text: str, killed: int, main_event: Any) -> None:
    assert main_event(text, PUBLISHED).killed == killed


def test_shot_and_wounded_is_no_death(main_event: Any) -> None:
    event = main_event(
        "Three people were shot and wounded on Friday in Camden, New Jersey.", PUBLISHED
    )
    assert event.killed is None
    outcomes = {c.outcome for c in event.casualties}
    assert outcomes == {"injured"}


@pytest.mark.parametrize(
    "text",
    [
        "Two dead after shooting in west Houston\n\nA man opened fire at a car wash, killing "
        "a customer, police said. A police helicopter was hit five times.",
        "Police said a news helicopter was hit by gunfire over Oakland on Friday.",
    ],
)
def test_a_police_or_news_helicopter_under_fire_is_no_air_strike(
    text: str, main_event: Any
) -> None:
    assert main_event(text, PUBLISHED).event_type != "air_drone_strike"


def test_army_helicopters_striking_are_still_an_air_strike(main_event: Any) -> None:
    text = "Army helicopters struck rebel positions near Idlib on Friday, killing 12 fighters."
    assert main_event(text, PUBLISHED).event_type == "air_drone_strike"


_QUINCY = (
    "7-year-old Quincy girl killed in Adams County\n\nA 7-year-old girl was killed Friday "
    "afternoon, the coroner said. It happened at a farm near Beverly, Illinois."
)


def test_a_town_lies_in_the_state_the_article_names(main_event: Any) -> None:
    event = main_event(_QUINCY, PUBLISHED)
    assert event.location is not None
    assert (event.location.name, event.location.admin1) == ("Quincy", "Illinois")


def test_a_town_of_the_state_named_with_it_keeps_its_state(main_event: Any) -> None:
    text = "Man killed at Springfield home\n\nA man was killed Friday in Springfield, Illinois."
    event = main_event(text, PUBLISHED)
    assert event.location is not None and event.location.admin1 == "Illinois"


def test_a_town_in_an_article_naming_no_state_keeps_the_gazetteer_s_reading(
    main_event: Any,
) -> None:
    bare = main_event(_QUINCY.replace(", Illinois", ""), PUBLISHED)
    named = main_event(_QUINCY, PUBLISHED)
    assert bare.location is not None and named.location is not None
    assert bare.location.admin1 != named.location.admin1
