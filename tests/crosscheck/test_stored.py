"""The incident rows the cross-check hands the store: grade and place of an incident."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

from warcheck.crosscheck import facts_of
from warcheck.crosscheck.facts import ClaimFacts
from warcheck.crosscheck.stored import incident_grade, incident_place


def _facts(synth: SimpleNamespace, aid: int, place: str) -> ClaimFacts:
    text = f"Gunmen attacked a market in {place} on Monday."
    doc = synth.document(text, [synth.claim(0, text, date="2020-03-02", place=place)])
    (f,) = facts_of(aid, f"outlet{aid}.example", "2020-03-03", doc)
    return f


def test_incident_place_is_the_finer_place_most_articles_name(synth: SimpleNamespace) -> None:
    a, b = sorted(synth.places)[:2]
    exact = dataclasses.replace(_facts(synth, 1, a), radius_km=2.0)
    towns = [_facts(synth, i, b) for i in (2, 3)]
    assert incident_place([exact, *towns]) is towns[0]
    wide = [dataclasses.replace(f, radius_km=150.0) for f in towns]
    assert incident_place([exact, *wide]) is exact
    assert incident_place([dataclasses.replace(exact, background=True)]) is None


def test_incident_grade_is_contested_when_any_claim_is() -> None:
    assert incident_grade(["fair", "contested", "weak"]) == "contested"
    assert incident_grade(["weak", "fair", "not_assessed"]) == "fair"
    assert incident_grade([]) == "not_assessed"
