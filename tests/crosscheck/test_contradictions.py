from __future__ import annotations

from types import SimpleNamespace

from warcheck.crosscheck.contradictions import contradictions, root_actor
from warcheck.crosscheck.facts import ClaimFacts, facts_of


def _facts(synth: SimpleNamespace, aid: int, outlet: str, **values: object) -> list[ClaimFacts]:
    doc = synth.document("text", [synth.claim(0, f"Report {aid}.", **values)])
    return facts_of(aid, outlet, "2020-03-03", doc)


def test_dates_more_than_a_day_apart_are_named(synth: SimpleNamespace) -> None:
    facts = _facts(synth, 1, "a", date="2020-03-01") + _facts(synth, 2, "b", date="2020-03-04")
    (c,) = contradictions(facts)
    assert c.kind == "date" and [v.value for v in c.values] == ["2020-03-01", "2020-03-04"]
    near = _facts(synth, 1, "a", date="2020-03-01") + _facts(synth, 2, "b", date="2020-03-02")
    assert contradictions(near) == []


def test_a_denial_is_named(synth: SimpleNamespace) -> None:
    facts = _facts(synth, 1, "a", date="2020-03-01", agent="kestrel") + _facts(
        synth, 2, "b", date="2020-03-01", agent="kestrel", certainty="denied"
    )
    (c,) = contradictions(facts)
    assert c.kind == "denial"
    assert [(v.value, v.outlets) for v in c.values] == [("asserted", ("a",)), ("denied", ("b",))]


def test_an_actor_and_the_force_it_belongs_to_are_not_a_contradiction() -> None:
    assert root_actor("fourth_division") == "syrian_government"  # via the government forces
    assert root_actor("nobody_known") == "nobody_known"


def test_perpetrators_within_one_hierarchy_agree(synth: SimpleNamespace) -> None:
    facts = _facts(synth, 1, "a", date="2020-03-01", agent="fourth_division") + _facts(
        synth, 2, "b", date="2020-03-01", agent="syrian_government_forces"
    )
    assert contradictions(facts) == []
    other = _facts(synth, 1, "a", date="2020-03-01", agent="fourth_division") + _facts(
        synth, 2, "b", date="2020-03-01", agent="isis"
    )
    assert [c.kind for c in contradictions(other)] == ["perpetrator"]
