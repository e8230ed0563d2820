"""Certainty error classes of issue 13, on sentences written for these tests.

A denial of an attack is a denial, not an asserted attack; "neither confirmed nor
denied" leaves the claim open (hedged), it does not deny it.
"""

from __future__ import annotations

import pytest

import warcheck

DENIALS = [
    "The coalition did not carry out strikes near Abu Kamal, a spokesman said.",
    "Russian jets did not bomb the hospital in Idlib, the defence ministry said.",
    "Turkish forces have not shelled any civilian areas in Afrin, Ankara said.",
    "Israel has not carried out any air strikes in Lebanon this week, the army said.",
    "The army never used chemical weapons in Douma, state media said.",
    "Jordanian warplanes did not take part in the raids on Deraa, an official said.",
]


@pytest.mark.parametrize("text", DENIALS)
def test_a_denied_attack_is_denied(text: str) -> None:
    a = warcheck.analyze(text, published="2017-06-01")
    (claim,) = a.claims
    assert claim.certainty == "denied"
    assert a.summary is not None and a.summary.main_event is not None
    assert a.summary.main_event.certainty == "denied"


ASSERTED = [
    "The coalition carried out strikes near Abu Kamal, a spokesman said.",
    "Russian jets bombed the hospital in Idlib, activists said.",
    "Gunmen shot dead two policemen who had not yet left their post in Irbid.",
]


@pytest.mark.parametrize("text", ASSERTED)
def test_an_attack_told_without_a_denial_is_not_denied(text: str) -> None:
    (claim,) = warcheck.analyze(text, published="2017-06-01").claims
    assert claim.certainty != "denied"


OPEN = [
    "The Pentagon neither confirmed nor denied that its jets struck the convoy.",
    "Israel's army would neither confirm nor deny the strike near Damascus.",
    "Moscow has neither confirmed nor denied reports that its jets hit the market.",
    "The ministry would not confirm or deny that Turkish troops shelled the village.",
    "A military spokesman declined to confirm or deny the raid on Tal Abyad.",
]


@pytest.mark.parametrize("text", OPEN)
def test_neither_confirmed_nor_denied_is_not_a_denial(text: str) -> None:
    claims = warcheck.analyze(text, published="2017-06-01").claims
    assert claims
    assert all(c.certainty != "denied" for c in claims)
    assert any(c.certainty == "hedged" for c in claims)
