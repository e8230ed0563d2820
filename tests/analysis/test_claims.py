"""Claims: sourcing, certainty, event types and participants, on the seed and on other prose."""

from __future__ import annotations

import warcheck
from warcheck.model import Claim


def _claims_with(analysis: warcheck.Analysis, phrase: str) -> list[Claim]:
    return [c for c in analysis.claims if phrase.lower() in c.text.lower()]


def test_seed_meetings_rest_on_anonymous_sources(seed: warcheck.Analysis) -> None:
    (claim,) = _claims_with(seed, "meetings were held")
    assert claim.sources[0].type == "anonymous"
    assert claim.event_type == "meet"


def test_seed_transfer_rests_on_local_sources(seed: warcheck.Analysis) -> None:
    claims = _claims_with(seed, "facilitated the transfer")
    assert any(
        c.sources[0].type == "anonymous" and "local" in (c.sources[0].name or "").lower()
        for c in claims
    )
    assert any(c.event_type == "move_forces" for c in claims)


def test_seed_convoy_is_the_sdf_statement_and_hedged(seed: warcheck.Analysis) -> None:
    convoy = _claims_with(seed, "convoy")
    assert convoy and all(any(s.actor_id == "sdf" for s in c.sources) for c in convoy)
    assert any(c.certainty == "hedged" for c in convoy)
    assert any(q.kind == "hedge" and "likelihood" in q.text for c in convoy for q in c.cues)


def test_seed_confrontation_is_a_clash_between_sdf_and_isis(seed: warcheck.Analysis) -> None:
    (fight,) = _claims_with(seed, "confronted")
    assert fight.event_type == "armed_clash"
    sides = {p.actor_id for p in (*fight.agents, *fight.targets)}
    assert {"sdf", "isis"} <= sides


def test_seed_dirty_means_is_opinion_with_loaded_language(seed: warcheck.Analysis) -> None:
    (op,) = _claims_with(seed, "dirty means")
    assert op.kind == "opinion"
    assert any(q.kind == "loaded_language" and "dirty means" in q.text for q in op.cues)


def test_seed_closing_paragraph_is_unsourced(seed: warcheck.Analysis) -> None:
    (closing,) = _claims_with(seed, "media campaign")
    assert [s.type for s in closing.sources] == ["outlet"]


def test_seed_agreement_typed(seed: warcheck.Analysis) -> None:
    assert any(c.event_type == "agreement" for c in _claims_with(seed, "agreement"))


def test_monitor_sourced_strike_in_other_prose() -> None:
    text = (
        "Air strikes hit Idlib\n\n"
        "Warplanes struck a market in the town of Saraqeb in Idlib province on Sunday, killing "
        "at least 12 civilians including three children, the Syrian Observatory for Human "
        "Rights said.\n\nThe government denied targeting civilians."
    )
    a = warcheck.analyze(text, published="2017-03-14")
    (strike,) = _claims_with(a, "warplanes struck")
    assert strike.event_type == "air_drone_strike"
    assert strike.sources[0].type == "monitor"
    assert strike.date_from == "2017-03-12"
    assert any(c.group == "civilians" and c.min == 12 for c in strike.casualties)
    (denial,) = _claims_with(a, "denied")
    assert denial.certainty == "denied" or denial.event_type == "deny"
    assert a.summary is not None and a.summary.main_event is not None
    assert a.summary.main_event.event_type == "air_drone_strike"
    assert a.summary.sourcing.independent >= 1


def test_perpetrator_implied_by_a_signature_weapon_is_marked_as_such() -> None:
    text = (
        "Barrel bombs hit Aleppo\n\n"
        "Barrel bombs dropped on the Sukkari district of Aleppo on Monday killed nine "
        "civilians, rescuers said."
    )
    event = warcheck.analyze(text, published="2016-05-03").summary.main_event
    assert event.perpetrator == "syrian_government_forces"
    assert event.perpetrator_from.startswith("implied by the weapon")
    assert event.perpetrator_confidence < 1


def test_named_perpetrator_comes_from_the_claim_itself() -> None:
    text = "Russian warplanes struck the town of Atareb on Tuesday, killing ten civilians."
    event = warcheck.analyze(text, published="2016-08-02").summary.main_event
    assert event.perpetrator == "russian_forces"
    assert event.perpetrator_from == "main claim"


def test_perpetrator_from_the_lead_after_a_bare_first_sentence() -> None:
    text = (
        "Twenty people were killed in Hama on Sunday. "
        "Army units shelled the positions of the group in the town, a military source said. "
        "Elsewhere, Kurdish forces clashed with ISIS near Raqqa."
    )
    event = warcheck.analyze(text, published="2016-06-01").summary.main_event
    assert event.perpetrator == "syrian_government_forces"
    assert event.perpetrator_from in ("main claim", "the lead")
    # The lead's second sentence names the source: the main event rests on it.
    assert event.source_types and event.source_types[0] != "outlet"


def test_a_date_in_the_attribution_dates_the_report_not_the_event(
    seed: warcheck.Analysis,
) -> None:
    (convoy,) = [c for c in seed.claims if "spotted a convoy" in c.text]
    # "issued a statement on the twentieth of last month": the 20th bounds the report only.
    assert (convoy.date_from, convoy.date_to, convoy.date_precision) == (
        "2017-09-18",
        "2017-09-18",
        "day",
    )
    text = "The army said in a statement on Monday that rebels shelled the town."
    (claim,) = warcheck.analyze(text, published="2016-05-04").claims
    assert claim.date_from is None and claim.date_to == "2016-05-02"


def test_a_dateline_run_into_the_lead_is_not_part_of_a_claim() -> None:
    text = "Date of publication 7 April 2017 Rebels shelled the town of Mhardeh, killing four."
    a = warcheck.analyze(text)
    assert a.article.published == "2017-04-07"
    (claim,) = [c for c in a.claims if c.kind == "event"]
    assert claim.text.startswith("Rebels shelled")


def test_claim_places_leave_out_the_source_base_and_a_state_named_as_actor() -> None:
    text = (
        "Turkey shelled Qamishli on Tuesday, the Britain-based Syrian Observatory for Human "
        "Rights said."
    )
    (claim,) = warcheck.analyze(text, published="2018-01-24").claims
    assert [p.name for p in claim.places] == ["Qamishli"]
    text = "Twelve fighters were killed as they were entering Turkey near Qamishli."
    (claim,) = warcheck.analyze(text, published="2018-01-24").claims
    assert "Turkey" in [p.name for p in claim.places]


def test_an_institute_of_something_is_a_named_source() -> None:
    text = "The Syrian Institute of Justice said 270 civilians were killed in Aleppo in April."
    (claim,) = warcheck.analyze(text, published="2016-05-02").claims
    assert claim.sources[0].name == "The Syrian Institute of Justice"


def test_a_capital_standing_for_its_government_is_no_place_of_the_claim() -> None:
    text = "Damascus said the rebels could stay in the town under Moscow's protection."
    (claim,) = warcheck.analyze(text, published="2018-03-25").claims
    assert [p.name for p in claim.places] == []
    (claim,) = warcheck.analyze("Jets struck Damascus on Monday.", published="2018-03-25").claims
    assert [p.name for p in claim.places] == ["Damascus"]


def test_the_desk_in_a_dateline_is_no_place_of_the_claim() -> None:
    text = "BEIRUT (AP) Jets struck Idlib on Monday."
    (claim,) = warcheck.analyze(text, published="2016-07-19").claims
    assert [p.name for p in claim.places] == ["Idlib"]


def test_a_clause_break_after_other_whitespace_splits_as_after_a_space() -> None:
    # The quick test before the clause-break pattern must not hide a break whose spaces are
    # not plain single spaces.
    plain = "Government forces shelled the town of Ariha, and the rebels fired rockets at Idlib."
    for text in (plain, plain.replace(", and", ",\u00a0and"), plain.replace(", and", ",\n  and")):
        claims = warcheck.analyze(text).claims
        assert len(claims) == 2, text
        assert claims[1].text.startswith("the rebels")
        assert all(text[c.start : c.end] == c.text for c in claims)


def test_and_inside_a_sentence_without_a_break_keeps_one_claim() -> None:
    text = "Government forces and allied militias shelled the town of Ariha on Monday."
    assert len(warcheck.analyze(text).claims) == 1
