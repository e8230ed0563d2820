"""Tests for warcheck.events: event typing of sentences and snippets."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from warcheck import events
from warcheck.events import FALLBACK_TYPES, EventGuess, classify_event
from warcheck.vocab import EVENT_TYPE

PATTERNS = Path(events.__file__).parent / "data" / "event_patterns.json"


def _type(text: str) -> str:
    return classify_event(text).event_type


# PLOVER-style claims as they appear in partisan Syrian-war articles.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our sources confirmed that meetings were held between ISIS and the regime.", "meet"),
        ("The agreement between the two parties has resulted in a truce in the area.", "agreement"),
        (
            "It is the culmination of the agreement concluded by the army with the group.",
            "agreement",
        ),
        (
            "The army facilitated the transfer of fighters from the areas bordering the city.",
            "move_forces",
        ),
        (
            "Fighters spotted a convoy of mercenaries moving towards the liberated areas.",
            "move_forces",
        ),
        ("The regiment was redeployed to the eastern front last week.", "move_forces"),
        ("The opposition accused the government of starving the besieged districts.", "accuse"),
        ("The ministry denied the reports in a short statement.", "deny"),
        ("The militia threatened to cut the water supply to the town.", "threaten"),
        ("The council called for an independent investigation.", "demand"),
        ("The coalition demanded the immediate release of the hostages.", "demand"),
        ("Our forces confronted and retaliated against the convoy.", "armed_clash"),
        ("Violent clashes erupted between the two factions in the city.", "armed_clash"),
        ("Fighting between government troops and rebels continued overnight.", "armed_clash"),
    ],
)
def test_plover_claims(text: str, expected: str) -> None:
    assert _type(text) == expected


# ACLED sub-event types, in wording written for these tests.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian warplanes carried out raids on the town, killing 12 civilians.",
            "air_drone_strike",
        ),
        (
            "Regime helicopters dropped barrel bombs on the eastern neighbourhoods.",
            "air_drone_strike",
        ),
        ("Raids by jets hit the market in the morning.", "air_drone_strike"),
        (
            "Government forces shelled the village with artillery and mortars.",
            "shelling_artillery_missile_attack",
        ),
        (
            "Three rockets landed near the airport, causing no casualties.",
            "shelling_artillery_missile_attack",
        ),
        (
            "A car bomb exploded near the market, killing five people.",
            "remote_explosive_landmine_ied",
        ),
        (
            "Two shepherds were killed when they stepped on a landmine.",
            "remote_explosive_landmine_ied",
        ),
        ("A suicide bomber blew himself up at the entrance of the mosque.", "suicide_bomb"),
        ("Dozens suffocated after a chlorine attack on the town.", "chemical_weapon"),
        ("Witnesses said the planes dropped toxic gas on the village.", "chemical_weapon"),
        ("Gunmen opened fire on civilians at a wedding, killing eight.", "attack"),
        ("The militants executed five prisoners in the square.", "attack"),
        ("Unknown men kidnapped a local doctor on his way home.", "abduction_forced_disappearance"),
        (
            "Government forces regained control of the town after heavy fighting.",
            "government_regains_territory",
        ),
        ("The army recaptured the hill overlooking the highway.", "government_regains_territory"),
        ("The town was seized by militants on Sunday.", "non_state_actor_overtakes_territory"),
        (
            "Rebels seized the town after government troops withdrew.",
            "non_state_actor_overtakes_territory",
        ),
        ("Hundreds of people took part in a peaceful protest in the square.", "peaceful_protest"),
        ("Police fired tear gas to disperse the demonstrators.", "protest_with_intervention"),
        (
            "Troops opened fire on protesters, killing three of them.",
            "excessive_force_against_protesters",
        ),
        ("Protesters threw stones and set fire to a police station.", "violent_demonstration"),
        ("Police defused an explosive device found under a bridge.", "disrupted_weapons_use"),
        ("Police arrested twelve activists at their homes.", "arrests"),
        ("Soldiers raped several women during the raid, witnesses said.", "sexual_violence"),
        (
            "Turkish troops set up a new military base near the border.",
            "headquarters_or_base_established",
        ),
        (
            "Hundreds of fighters defected from the group and joined the army.",
            "change_to_group_activity",
        ),
        ("A fire broke out at a chemical plant, injuring four workers.", "man_made_disaster"),
        ("Floods swept through the valley after days of heavy rain.", "natural_disaster"),
        ("Police dismantled a drug smuggling network on the border.", "organized_crime"),
    ],
)
def test_acled_types(text: str, expected: str) -> None:
    assert _type(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "A suicide car bomb struck the checkpoint.",
            "suicide_bomb",
            "remote_explosive_landmine_ied",
        ),
        (
            "Helicopters dropped barrel bombs filled with chlorine.",
            "chemical_weapon",
            "air_drone_strike",
        ),
        (
            "Troops found and defused an IED on the road.",
            "disrupted_weapons_use",
            "remote_explosive_landmine_ied",
        ),
        (
            "Militants fired a rocket-propelled grenade at the patrol.",
            "shelling_artillery_missile_attack",
            "grenade",
        ),
        (
            "Police fired tear gas and detained dozens of protesters.",
            "protest_with_intervention",
            "arrests",
        ),
        (
            "IS claimed responsibility for the car bomb that killed eight.",
            "claim_responsibility",
            "remote_explosive_landmine_ied",
        ),
    ],
)
def test_precedence(text: str, expected: str, not_expected: str) -> None:
    got = _type(text)
    assert got == expected
    assert got != not_expected


def test_subject_decides_who_took_territory() -> None:
    assert _type("Syrian rebels recaptured the village from government troops.") == (
        "non_state_actor_overtakes_territory"
    )
    assert (
        _type("Government troops recaptured the village from the rebels.")
        == "government_regains_territory"
    )


def test_background_clause_does_not_decide() -> None:
    # The airstrike is the reason, the deployment is the event.
    text = "The army sent reinforcements to the town after an airstrike on its positions."
    assert _type(text) == "move_forces"


def test_other_when_no_trigger() -> None:
    guess = classify_event("The minister spoke about the economy and the weather in the capital.")
    assert guess == EventGuess("other", guess.score, None)
    assert guess.score < 0.2
    assert classify_event("") == EventGuess("other", guess.score, None)


@pytest.mark.parametrize(
    "text",
    [
        "Government forces shelled the village with artillery.",
        "Rebels seized the town.\nThe army retreated.",
        "İstanbul: police  detained   twenty protesters after a rally.",
        "ﬁghters clashed with police in Ⅻ district; a suicide bomber blew himself up.",
        "AIRSTRIKES HIT THE TOWN OF X",
    ],
)
def test_guess_shape_and_cue_offsets(text: str) -> None:
    guess = classify_event(text)
    assert guess.event_type in EVENT_TYPE
    assert 0.0 <= guess.score <= 1.0
    assert guess.cue is not None
    start, end = guess.cue
    assert 0 <= start < end <= len(text)
    cue = text[start:end]
    assert cue == cue.strip() and cue[0].isalnum() and cue[-1].isalnum()


def test_cue_covers_trigger_words() -> None:
    text = "On Monday, Russian airstrikes hit a market."
    guess = classify_event(text)
    assert guess.cue is not None
    assert text[guess.cue[0] : guess.cue[1]] == "airstrikes"


def test_guess_is_frozen() -> None:
    guess = classify_event("Police arrested twelve activists.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        guess.event_type = "other"  # type: ignore[misc]


def test_confident_guess_scores_higher_than_ambiguous() -> None:
    clear = classify_event("A suicide bomber blew himself up at the checkpoint.")
    vague = classify_event("Several people were killed in the violence.")
    assert clear.score > vague.score


def test_patterns_file_is_well_formed() -> None:
    data = json.loads(PATTERNS.read_text("utf-8"))
    lexicons = data["lexicons"]
    for name, lexicon in lexicons.items():
        assert lexicon["source"], name
        assert all(t == t.lower() for t in lexicon["terms"]), name
    for rule in data["rules"]:
        assert rule["type"] in EVENT_TYPE or rule["type"] in FALLBACK_TYPES
        assert rule["source"] and rule["any"] and rule["weight"] > 0
        for group in rule.get("with", []) + rule.get("without", []):
            assert group.get("side", "any") in {"before", "after", "any"}
            for term in group["terms"]:
                assert not term.startswith("@") or term[1:] in lexicons
    for penalty in data["penalties"]:
        assert penalty["source"] and penalty["penalty"] > 0
    assert all(v in EVENT_TYPE for v in FALLBACK_TYPES.values())


def test_data_is_compiled_once() -> None:
    events._compiled.cache_clear()
    compiled = events._compiled()
    assert events._compiled() is compiled
