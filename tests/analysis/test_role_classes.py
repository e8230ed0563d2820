"""Role error classes of issue 13, on sentences written for these tests (not evaluation data).

Each class is a kind of mistake a careful reader found on unseen articles: who reports an
attack is not its doer; a country a bomb went off in is not its doer; the striker is not
among those struck; a monitor that "claims" something is not a co-agent of a claim of
responsibility.
"""

from __future__ import annotations

import pytest

import warcheck
from warcheck.model import Claim


def _roles(text: str) -> tuple[list[Claim], warcheck.Analysis]:
    a = warcheck.analyze(text, published="2017-03-14")
    return list(a.claims), a


def _agents(claims: list[Claim]) -> set[str]:
    return {p.actor_id for c in claims for p in c.agents}


def _targets(claims: list[Claim]) -> set[str]:
    return {p.actor_id for c in claims for p in c.targets}


# Who reports the attack: never its agent, nor the summary's perpetrator.
REPORTERS = [
    (
        "Rebels and activists have reported barrel bombs containing gas in the town of Kafr Zita.",
        "syrian_opposition",
    ),
    ("The Free Syrian Army reported heavy shelling of Daraa al-Balad on Friday.", "fsa"),
    ("Hezbollah reported Israeli air strikes on its positions in southern Lebanon.", "hezbollah"),
    ("Peshmerga commanders have reported mortar fire on the front line near Mosul.", "peshmerga"),
    ("The SDF reported a car bomb attack on a checkpoint in Raqqa.", "sdf"),
    ("Turkish officials have reported rocket fire from Syria on the town of Kilis.", "turkey"),
]


@pytest.mark.parametrize(("text", "reporter"), REPORTERS)
def test_who_reports_an_attack_is_not_its_doer(text: str, reporter: str) -> None:
    claims, a = _roles(text)
    assert reporter not in _agents(claims)
    assert a.summary is not None and a.summary.main_event is not None
    assert a.summary.main_event.perpetrator != reporter


# A country whose soil the bomb went off on: not its doer.
VICTIM_COUNTRIES = [
    ("Turkey bomb attack kills 12 in Gaziantep", "turkey"),
    ("Jordan car bomb kills four soldiers near the Syrian border", "jordan"),
    ("Lebanon bombing kills eight in Beirut's southern suburbs", "lebanon"),
    ("Iraq suicide bombing kills 30 at a Baghdad market", "iraq"),
    ("A bomb blast in Turkey killed 12 people at a wedding in Gaziantep.", "turkey"),
    ("Explosion rocks Jordan's Irbid, killing two policemen", "jordan"),
    ("Jordanian police station attack kills seven in Karak", "jordanian_armed_forces"),
    ("Turkish army checkpoint bombing kills six near Hakkari", "turkish_armed_forces"),
]


@pytest.mark.parametrize(("text", "country"), VICTIM_COUNTRIES)
def test_the_country_hit_by_a_bombing_is_not_its_doer(text: str, country: str) -> None:
    claims, _ = _roles(text)
    assert country not in _agents(claims)


def test_a_state_that_strikes_is_still_the_doer() -> None:
    claims, _ = _roles("Turkey bombed Kurdish positions near Afrin on Monday.")
    assert "turkey" in _agents(claims)
    claims, _ = _roles("Jordanian jets struck ISIS targets in southern Syria.")
    assert "jordanian_armed_forces" in _agents(claims)


# The striker is never among the ones it struck, and what it struck is not a second striker.
STRIKERS = [
    (
        "Israeli jets bombed Hezbollah targets near Damascus airport, the Israeli army said.",
        "israel_defense_forces",
        "hezbollah",
    ),
    ("US-led coalition aircraft hit ISIS targets near Raqqa.", "us_led_coalition", "isis"),
    (
        "Russian warplanes struck rebel positions in Idlib, the Russian defence ministry said.",
        "russian_forces",
        "syrian_opposition",
    ),
    ("Turkish artillery pounded YPG targets near Afrin.", "turkish_armed_forces", "ypg"),
    (
        "Jordanian jets struck ISIS targets in southern Syria, the army said.",
        "jordanian_armed_forces",
        "isis",
    ),
]


@pytest.mark.parametrize(("text", "striker", "struck"), STRIKERS)
def test_the_striker_is_not_among_its_targets(text: str, striker: str, struck: str) -> None:
    claims, _ = _roles(text)
    assert striker in _agents(claims)
    assert striker not in _targets(claims)
    assert struck not in _agents(claims)


# A monitor that reports or "claims" who struck is no party to a claim of responsibility.
MONITOR_CLAIMS = [
    (
        "ISIS claimed responsibility for the bombing, the Syrian Observatory for Human "
        "Rights said.",
        "sohr",
    ),
    (
        "Amaq claimed the attack on behalf of ISIS, while the Observatory claimed the strike "
        "was carried out by coalition jets.",
        "sohr",
    ),
    (
        "Jaysh al-Islam claimed responsibility for shelling the airport, according to the SOHR.",
        "sohr",
    ),
    (
        "The Syrian Network for Human Rights claimed that government forces carried out the "
        "massacre, which no group has claimed.",
        "snhr",
    ),
    (
        "HTS claimed the suicide attack in Hama, the Violations Documentation Center reported.",
        "vdc",
    ),
]


@pytest.mark.parametrize(("text", "monitor"), MONITOR_CLAIMS)
def test_a_monitor_is_no_party_to_a_claim_of_responsibility(text: str, monitor: str) -> None:
    claims, a = _roles(text)
    assert monitor not in _agents(claims) | _targets(claims)
    assert a.summary is not None and a.summary.main_event is not None
    assert a.summary.main_event.perpetrator != monitor


def test_the_group_claimed_for_is_the_doer_of_its_claim() -> None:
    claims, _ = _roles("Amaq claimed the attack on behalf of ISIS.")
    assert "isis" in _agents(claims)
    assert "isis" not in _targets(claims)
