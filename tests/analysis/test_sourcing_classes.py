"""Sourcing error classes of issue 13, on sentences written for these tests.

One monitor is typed ``monitor`` in every claim, however it is named; "unconfirmed
reports" are anonymous; "no group has admitted" names no source; a state news agency is
a ``wire`` however it is named; a ministry's bulletin is the ministry speaking.
"""

from __future__ import annotations

import pytest

import warcheck
from warcheck.model import Source


def _sources(text: str) -> list[Source]:
    a = warcheck.analyze(text, published="2017-06-01")
    return [s for c in a.claims for s in c.sources]


MONITOR = [
    "Rami Abdel Rahman, head of the Syrian Observatory for Human Rights, said 12 people died.",
    "The Syrian Observatory for Human Rights, which relies on a network of sources, said "
    "warplanes hit Douma.",
    "SOHR chief Rami Abdel Rahman said the army shelled Douma.",
    "The Observatory said Russian warplanes bombed Douma. It said 12 civilians died. "
    "The monitor added that the toll could rise.",
    "Fadel Abdul Ghany, chairman of the Syrian Network for Human Rights, told AFP that 20 "
    "civilians were killed.",
    "The Violations Documentation Center said warplanes killed 12 people. The group said "
    "most of them were children.",
]


@pytest.mark.parametrize("text", MONITOR)
def test_a_monitor_is_a_monitor_in_every_claim(text: str) -> None:
    sources = _sources(text)
    inner = [s for s in sources if s.type not in ("wire", "media")]
    assert inner and all(s.type == "monitor" for s in inner)


UNCONFIRMED = [
    "Unconfirmed reports that Russian jets bombed the market could not be verified.",
    "Unconfirmed reports said ten people were killed in the shelling of Douma.",
    "Unconfirmed reports suggested that ISIS fighters had withdrawn from al-Bab.",
    "According to unconfirmed reports, two Turkish soldiers were killed near Afrin.",
    "Unverified reports said a drone hit a convoy near Tanf.",
]


@pytest.mark.parametrize("text", UNCONFIRMED)
def test_unconfirmed_reports_are_anonymous(text: str) -> None:
    sources = _sources(text)
    assert all(
        s.name is None or s.name.lower() not in ("unconfirmed", "unverified") for s in sources
    )
    assert any(s.type == "anonymous" for s in sources)


NOBODY = [
    "No group has admitted responsibility for the bombing in Ankara.",
    "No group has admitted carrying out the attack on the checkpoint.",
    "No faction has claimed the shelling of the camp so far.",
    "No party has announced responsibility for the blast in Azaz.",
]


@pytest.mark.parametrize("text", NOBODY)
def test_no_group_admitting_is_no_party_source(text: str) -> None:
    assert all(s.type != "party" for s in _sources(text))


STATE_AGENCIES = [
    "Iran's official IRNA news agency said the strike killed three advisers.",
    "Jordan's state news agency Petra said the attack killed six soldiers.",
    "China's official Xinhua news agency reported the blast in Urumqi.",
    "Syrian state news agency SANA said rebels shelled Aleppo.",
    "The state-run Anadolu news agency said two soldiers died in Hakkari.",
    "SANA said terrorists shelled Aleppo. The state news agency added that six people died.",
]


@pytest.mark.parametrize("text", STATE_AGENCIES)
def test_a_state_news_agency_is_a_wire(text: str) -> None:
    sources = _sources(text)
    assert sources and all(s.type == "wire" for s in sources)
    # The agency keeps its own name when the text gives one.
    named = [w for w in ("IRNA", "Petra", "Xinhua", "SANA", "Anadolu") if w in text]
    assert all(any(w in (s.name or "") for s in sources) for w in named)


BULLETINS = [
    (
        "The Russian Defence Ministry's daily bulletin said 20 ceasefire violations were "
        "recorded in Idlib.",
        "Ministry",
    ),
    (
        "A bulletin of the Health Ministry said 15 people were killed in the shelling of Damascus.",
        "Ministry",
    ),
    (
        "The Turkish General Staff said in its daily bulletin that 12 PKK militants were killed.",
        "General Staff",
    ),
    (
        "In its daily bulletin, the Iraqi Defence Ministry said 30 militants died in air strikes.",
        "Ministry",
    ),
    ("The army's daily bulletin said two smugglers were killed at the border.", "army"),
]


@pytest.mark.parametrize(("text", "word"), BULLETINS)
def test_a_ministry_bulletin_is_the_ministry_speaking(text: str, word: str) -> None:
    sources = _sources(text)
    assert sources and all(s.type in ("party", "official") for s in sources)
    assert all(word in (s.name or "") for s in sources)
