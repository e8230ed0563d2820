"""Syria is not the default world: generic actors and main places outside Syria."""

from __future__ import annotations

import pytest

import warcheck


def _syrian(actor_id: str | None) -> bool:
    return bool(actor_id) and ("syria" in str(actor_id) or str(actor_id).startswith("assad"))


@pytest.mark.parametrize(
    "text",
    [
        "State media in Beijing reported the blast.",
        "In Cairo, security forces arrested six protesters on Friday.",
        "The regime in Pyongyang fired another missile, Seoul said.",
        "Security forces dispersed the crowd in Nairobi, police said.",
        "State media said the president had won the election in Caracas.",
    ],
)
def test_generic_actors_outside_syria_are_not_syrian(text: str) -> None:
    assert not any(_syrian(m.actor_id) for m in warcheck.analyze(text).actors)


def test_the_same_words_in_a_syrian_story_are_syrian() -> None:
    found = warcheck.analyze("State media in Damascus reported the blast.").actors
    assert any(_syrian(m.actor_id) for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "A gunman killed three people in Amman on Sunday, police said.",
        "Floods killed 12 people in Lagos state, officials said.",
        "Barry Smith, 80, and his wife met in Dewsbury in 1953.",
        "Two soldiers died in a bomb blast near Kabul, the ministry said.",
        "A Canadian man was shot dead in Amman on Friday, police said.",
    ],
)
def test_stories_outside_syria_get_no_main_place_in_syria(text: str) -> None:
    main = warcheck.analyze(text).summary.main_place
    assert main is None or main.country != "SY"


def test_daesh_in_a_us_release_is_not_a_syrian_government_label() -> None:
    text = "WASHINGTON - The US Central Command said coalition aircraft struck Daesh positions."
    a = warcheck.analyze(text, published="2017-05-01")
    daesh = [c for c in a.cues if c.text == "Daesh"]
    assert daesh and all(c.camp is None or "syria" not in c.camp for c in daesh)
    counted = [*a.summary.camps, *a.summary.label_camps]
    assert not any("syria" in camp or "assad" in camp for camp in counted)
