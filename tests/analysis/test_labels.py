"""Resolving labels that several actors bear, by context (analysis.labels, via find_actors)."""

from __future__ import annotations

import pytest

from warcheck.analysis.actors import find_actors
from warcheck.analysis.labels import label_camp
from warcheck.model import ActorMention
from warcheck.read.sentences import split_sentences


def _find(text: str, outlet_camp: str | None = None) -> list[ActorMention]:
    return find_actors(text, split_sentences(text), outlet_camp)


def test_label_camp_prefers_the_article_camps() -> None:
    # "mercenaries" is used for ISIS by the Kurdish camp; an article of that camp says so.
    assert label_camp("mercenaries", "isis", ["kurdish"]) == "kurdish"
    # No camp of the article uses the label: the first recorded user is named.
    assert label_camp("mercenaries", "isis", []) is not None
    assert label_camp("no such label", None, ["kurdish"]) is None


def test_adjacent_actor_decides() -> None:
    ms = _find("Clashes with ISIS mercenaries near Raqqa.")
    assert [(m.text, m.actor_id, m.resolved_by) for m in ms] == [
        ("ISIS", "isis", "alias"),
        ("mercenaries", "isis", "context"),
    ]
    (m,) = [m for m in _find("SANA said terrorists of Jabhat al-Nusra fired shells.") if m.label]
    assert m.actor_id == "jabhat_al_nusra" and m.confidence == pytest.approx(0.9)


def test_adjacent_state_actor_is_not_taken_for_rebels() -> None:
    (m,) = [m for m in _find("Tags Syria Damascus Regime Rebels Civilians") if m.text == "Rebels"]
    assert m.actor_id != "syrian_government_forces"


def test_camp_decides() -> None:
    text = "Our forces repelled the attack near Tal Abyad."
    assert _find(text, "kurdish")[0].actor_id == "sdf"
    assert _find(text, "turkey")[0].actor_id == "turkish_armed_forces"
    m = _find(text, "kurdish")[0]
    assert m.resolved_by == "context" and m.confidence < 1 and m.label_camp == "kurdish"


def test_nearby_actor_decides() -> None:
    text = "The YPG shelled the border. Turkish troops responded. The terrorists retreated."
    m = [m for m in _find(text, "turkey") if m.label == "terrorists"][0]
    assert m.actor_id == "ypg" and m.resolved_by == "context"


def test_unresolved_when_context_is_silent() -> None:
    (m,) = _find(
        "Terrorists fired rocket shells on residential neighbourhoods.", "syrian_government"
    )
    assert m.actor_id is None and m.resolved_by == "unresolved"
    assert m.label == "terrorists" and m.label_camp == "syrian_government" and m.name


def test_default_referent_has_low_confidence() -> None:
    (m,) = _find("Rebels said they shot down a helicopter.", "neutral")
    assert m.actor_id == "syrian_opposition" and m.confidence <= 0.5


def test_a_label_points_back_before_it_points_ahead() -> None:
    text = (
        "Army units clashed with Jabhat al-Nusra near Hama. "
        "The army killed 20 terrorists. ISIS attacked Palmyra."
    )
    (m,) = [m for m in _find(text, "syrian_government") if m.label == "terrorists"]
    assert m.actor_id == "jabhat_al_nusra"
