"""Tests for warcheck.analysis.events: event typing of sentences and snippets."""

from __future__ import annotations

import dataclasses
import json

import pytest

from warcheck.analysis.events import FALLBACK_TYPES, EventGuess, classify_event
from warcheck.knowledge.loader import data_file
from warcheck.vocab import EVENT_TYPE

PATTERNS = data_file("event_patterns.json")


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


# Wording written for these tests (from no dataset), one or more per rule that generalises an
# ACLED definition: the intervention, force or violence decides a protest type; a withdrawal is a
# non-violent transfer; aircraft without an attack, or in a rescue, make no air strike.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police used tear gas to disperse hundreds of opposition supporters who gathered in "
            "the capital on Saturday.",
            "protest_with_intervention",
        ),
        (
            "Security forces fired rubber bullets and water cannon at protesters; no injuries were "
            "reported.",
            "protest_with_intervention",
        ),
        (
            "Riot police broke up a demonstration by students outside parliament and detained at "
            "least 20 people.",
            "protest_with_intervention",
        ),
        (
            "Belarusian riot police detained more than 200 people at Sunday's opposition march.",
            "protest_with_intervention",
        ),
        (
            "Dozens of journalists demonstrated outside the court to show support for their "
            "detained colleague.",
            "peaceful_protest",
        ),
        (
            "Hundreds protested in the city after a teenager was shot dead by police last week.",
            "peaceful_protest",
        ),
        ("Doctors strike over pay in Kenya", "peaceful_protest"),
        (
            "The crackdown on protesters left at least eight people dead, as security forces fired "
            "into the crowd.",
            "excessive_force_against_protesters",
        ),
        (
            "Security forces kill 8 protesters in Sudan, doctors say",
            "excessive_force_against_protesters",
        ),
        (
            "Dozens of people were injured as police fired rubber bullets and tear gas to disperse "
            "the crowd.",
            "excessive_force_against_protesters",
        ),
        (
            "Protesters armed with sticks and stones fought running battles with riot police "
            "throughout the night.",
            "violent_demonstration",
        ),
        (
            "Hundreds of protesters blocked the main highway to the port, paralysing traffic for "
            "hours.",
            "violent_demonstration",
        ),
        (
            "Demonstrators broke through police lines and damaged several government vehicles "
            "before being dispersed with water cannon.",
            "violent_demonstration",
        ),
        (
            "Russian forces withdrew from the city of Kherson on Friday, the defence ministry "
            "said.",
            "non_violent_transfer_of_territory",
        ),
        (
            "The militants pulled out of the town overnight, leaving it under the control of local "
            "elders.",
            "non_violent_transfer_of_territory",
        ),
        (
            "Turkish-backed forces entered the village following the withdrawal of the SDF.",
            "non_violent_transfer_of_territory",
        ),
        (
            "Israeli forces detained dozens of Palestinians in raids across the occupied West "
            "Bank.",
            "arrests",
        ),
        (
            "Security forces arrested 12 suspects during a military operation in the district.",
            "arrests",
        ),
        (
            "Houthi rebels seized the presidential palace in Sanaa on Tuesday.",
            "non_state_actor_overtakes_territory",
        ),
        (
            "Military helicopters evacuated hundreds of people stranded by floods in the southern "
            "province.",
            "natural_disaster",
        ),
        (
            "The air force dropped food and water to villages cut off by the earthquake.",
            "natural_disaster",
        ),
        ("Storm Ciara brought heavy rain and gusts of up to 140 km/h.", "natural_disaster"),
        (
            "Fighter jets were scrambled after two aircraft violated the country's airspace.",
            "change_to_group_activity",
        ),
        ("Russia moves troops and tanks closer to Ukraine border", "move_forces"),
        (
            "The rebel group announced that it was suspending all military operations for the holy "
            "month.",
            "change_to_group_activity",
        ),
        (
            "Thousands of young men answered the militia's call to join its ranks.",
            "change_to_group_activity",
        ),
        ("A gang leader was shot dead in a turf war between rival drug gangs.", "organized_crime"),
        (
            "Police arrested 12 members of a drug trafficking network in a series of raids.",
            "organized_crime",
        ),
        (
            "The European Union imposed sanctions on seven Russian officials over the poisoning of "
            "Alexei Navalny.",
            "diplomatic_event",
        ),
        (
            "No group has claimed the attack, but authorities suspect al-Shabaab militants were "
            "behind it.",
            "accuse",
        ),
        (
            "Saudi air defences destroyed an explosive-laden drone launched by the Houthis.",
            "disrupted_weapons_use",
        ),
        (
            "Two children were killed when a landmine they found exploded in their village.",
            "remote_explosive_landmine_ied",
        ),
        (
            "The death toll from the building collapse rose to 20 as rescuers pulled more bodies "
            "from the rubble.",
            "man_made_disaster",
        ),
        (
            "North Korea test-fired two short-range ballistic missiles into the sea.",
            "other_strategic",
        ),
        (
            "Thousands of refugees crossed the border into Turkey to escape the fighting.",
            "other_strategic",
        ),
        (
            "Soldiers seized three young men from their homes at night; their families have not "
            "heard from them since.",
            "abduction_forced_disappearance",
        ),
        (
            "A truck carrying chlorine overturned on the highway, releasing toxic gas that sent 40 "
            "people to hospital.",
            "man_made_disaster",
        ),
        (
            "Toxic fumes from a chemical storage facility at the port sickened hundreds of "
            "residents.",
            "man_made_disaster",
        ),
        (
            "Israeli forces raided several villages in the occupied West Bank and arrested 15 "
            "Palestinians.",
            "arrests",
        ),
        (
            "Israeli troops demolished a Palestinian house in the occupied West Bank.",
            "looting_property_destruction",
        ),
        ("Rebel forces are battling to push back regime advances.", "armed_clash"),
        ("Syrian Army kills 48 ISIL terrorists in Deir Ezzor.", "armed_clash"),
        ("ISIS executes three people in Raqqa and Deir Ezzor", "attack"),
        ("A government raid on an Islamic State stronghold killed 18 fighters.", "armed_clash"),
        ("Army units attacked terrorist gatherings in the countryside of Hama.", "armed_clash"),
        (
            "Rebels bombarded a campaign rally in support of the president, killing at least 21 "
            "people.",
            "shelling_artillery_missile_attack",
        ),
        (
            "Thunderstorms killed six people and damaged hundreds of houses across the state.",
            "natural_disaster",
        ),
        (
            "Kurdish officials accused Turkish-backed militias of carrying out the car bombing in "
            "Afrin.",
            "accuse",
        ),
        (
            "Thousands of people gathered in the main square on Friday to demand the resignation "
            "of the government.",
            "peaceful_protest",
        ),
        (
            "Teachers went on strike against the new pay law in several provinces.",
            "peaceful_protest",
        ),
        (
            "Police said they had foiled a suicide bombing by arresting a man wearing an explosive "
            "vest near the stadium.",
            "disrupted_weapons_use",
        ),
    ],
)
def test_generalised_wording(text: str, expected: str) -> None:
    assert _type(text) == expected


# Look-alikes that must not take the type their words suggest (a collapse of talks, a state that
# "protests", planes merely seen, a month named March, "took ... by surprise").
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Talks between the government and the rebels collapsed on Monday.", "man_made_disaster"),
        (
            "The Chinese foreign ministry spokesman protested strongly against the visit of the US "
            "delegation.",
            "peaceful_protest",
        ),
        ("The minister arrived in Damascus on Monday for talks.", "move_forces"),
        ("Russian military planes were seen over Idlib all night.", "air_drone_strike"),
        (
            "The government asked the pilots to carry out strikes against the militants.",
            "peaceful_protest",
        ),
        (
            "Before government forces left Idlib they executed 15 detainees.",
            "non_violent_transfer_of_territory",
        ),
        (
            "The claim, if confirmed, would be the gravest since the March 19 attack in which 30 "
            "people were killed.",
            "excessive_force_against_protesters",
        ),
        (
            "The tone of the statement took many officials by surprise.",
            "abduction_forced_disappearance",
        ),
        (
            "The deal moved the fighters to areas liberated by the SDF last year.",
            "non_state_actor_overtakes_territory",
        ),
        ("The flu season has killed 105 children so far.", "attack"),
        ("Roughly 100 children die in an average flu season.", "peaceful_protest"),
        ("Only about half of children get a flu shot or nasal spray.", "attack"),
    ],
)
def test_look_alikes(text: str, wrong: str) -> None:
    assert _type(text) != wrong


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


def test_ascii_and_unicode_text_match_alike() -> None:
    # All-ASCII text takes a faster path to the same flattened text.
    plain = "Rebels seized the town - the army's troops withdrew (without a fight)."
    fancy = plain.replace("'", "\u2019").replace(" - ", " \u2013 ")
    assert classify_event(plain) == classify_event(fancy)
    assert classify_event(plain).cue is not None


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
