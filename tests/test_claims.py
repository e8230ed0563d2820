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
    summary = a.summary
    assert summary["main_event"]["event_type"] == "air_drone_strike"
    assert summary["sourcing"]["independent"] >= 1


def test_perpetrator_implied_by_a_signature_weapon_is_marked_as_such() -> None:
    text = (
        "Barrel bombs hit Aleppo\n\n"
        "Barrel bombs dropped on the Sukkari district of Aleppo on Monday killed nine "
        "civilians, rescuers said."
    )
    event = warcheck.analyze(text, published="2016-05-03").summary["main_event"]
    assert event["perpetrator"] == "syrian_government_forces"
    assert event["perpetrator_from"].startswith("implied by the weapon")
    assert event["perpetrator_confidence"] < 1


def test_named_perpetrator_comes_from_the_claim_itself() -> None:
    text = "Russian warplanes struck the town of Atareb on Tuesday, killing ten civilians."
    event = warcheck.analyze(text, published="2016-08-02").summary["main_event"]
    assert event["perpetrator"] == "russian_forces"
    assert event["perpetrator_from"] == "main claim"


def test_perpetrator_from_the_sentence_after_a_bare_lead() -> None:
    text = (
        "Twenty people were killed in Hama on Sunday. "
        "Army units shelled the positions of the group in the town, a military source said. "
        "Elsewhere, Kurdish forces clashed with ISIS near Raqqa."
    )
    event = warcheck.analyze(text, published="2016-06-01").summary["main_event"]
    assert event["perpetrator"] == "syrian_government_forces"
    assert event["perpetrator_from"] == "the next sentences"


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


def test_headline_present_tense_makes_the_doer_an_agent() -> None:
    text = "Nine killed as ISIS storms a village in Deir ez-Zor."
    (claim,) = warcheck.analyze(text, published="2016-05-04").claims
    assert [p.actor_id for p in claim.agents] == ["isis"]


def test_actor_named_before_a_bomb_or_blast_is_the_doer() -> None:
    text = "Twelve soldiers were killed in an ISIS car bomb blast near the airport."
    (claim,) = warcheck.analyze(text, published="2016-05-04").claims
    assert "isis" in [p.actor_id for p in claim.agents]
    assert "isis" not in [p.actor_id for p in claim.targets]


def test_a_country_named_as_a_destination_is_not_a_participant() -> None:
    text = "The bomb killed 32 fighters as they were entering Turkey at the border crossing."
    (claim,) = warcheck.analyze(text, published="2016-05-04").claims
    assert "turkey" not in [p.actor_id for p in (*claim.agents, *claim.targets)]
    text = "Turkey shelled the village on Monday, killing four fighters."
    (claim,) = warcheck.analyze(text, published="2016-05-04").claims
    assert [p.actor_id for p in claim.agents] == ["turkey"]


def test_its_fighters_in_a_party_statement_make_the_party_the_doer() -> None:
    text = (
        "A suicide bomber struck a wedding in Hasakeh on Monday, killing 32 people. "
        "The Islamic State group said in a statement that one of its fighters blew himself up "
        "among the guests."
    )
    a = warcheck.analyze(text, published="2016-10-04")
    (statement,) = _claims_with(a, "its fighters")
    assert [p.actor_id for p in statement.agents] == ["isis"]
    assert a.summary["main_event"]["perpetrator"] == "isis"
    # Without a party speaking, "its fighters" names no one.
    text = "The town said one of its fighters blew himself up at the gate."
    (claim,) = warcheck.analyze(text, published="2016-10-04").claims
    assert claim.agents == ()


def test_fighters_from_a_group_are_its_members_not_the_doer() -> None:
    text = "A suicide blast struck the town on Sunday, killing 14 fighters from Jaish al-Islam."
    (claim,) = warcheck.analyze(text, published="2016-07-10").claims
    assert "jaysh_al_islam" not in [p.actor_id for p in claim.agents]
    text = "Three children were killed by rocket fire from ISIS positions east of the town."
    (claim,) = warcheck.analyze(text, published="2016-07-10").claims
    assert [p.actor_id for p in claim.agents] == ["isis"]


def test_members_of_a_group_act_for_it() -> None:
    text = "Members of ISIS executed three people including two women in Raqqa on Monday."
    (claim,) = warcheck.analyze(text, published="2016-11-08").claims
    assert [p.actor_id for p in claim.agents] == ["isis"]


def test_a_dateline_run_into_the_lead_is_not_part_of_a_claim() -> None:
    text = "Date of publication 7 April 2017 Rebels shelled the town of Mhardeh, killing four."
    a = warcheck.analyze(text)
    assert a.article.published == "2017-04-07"
    (claim,) = [c for c in a.claims if c.kind == "event"]
    assert claim.text.startswith("Rebels shelled")


def test_a_side_named_before_its_weapon_is_the_doer() -> None:
    text = "Three children were killed in a rebel rocket attack on a school in the old city."
    (claim,) = warcheck.analyze(text, published="2016-10-30").claims
    assert [p.actor_id for p in claim.agents] == ["syrian_opposition"]


def test_who_holds_the_place_hit_takes_no_part() -> None:
    text = (
        "Aerial bombardment on a neighbourhood controlled by Syria's rebels killed at least "
        "five civilians on Sunday."
    )
    (claim,) = warcheck.analyze(text, published="2016-09-11").claims
    assert "syrian_opposition" not in [p.actor_id for p in (*claim.agents, *claim.targets)]


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


def test_a_state_and_its_forces_are_not_on_both_sides() -> None:
    text = "Turkey shelled the city on Tuesday as Turkish forces pressed into the enclave."
    (claim,) = warcheck.analyze(text, published="2018-01-24").claims
    assert [p.actor_id for p in claim.agents] == ["turkey"]
    assert "turkish_armed_forces" not in [p.actor_id for p in claim.targets]


def test_a_label_linked_to_a_name_is_one_phrase() -> None:
    text = "Two were killed when terrorists from Jaish al-Fateh fired rocket shells on Aleppo."
    (claim,) = warcheck.analyze(text, outlet="SANA", published="2016-09-04").claims
    (agent,) = claim.agents
    assert agent.actor_id == "jaish_al_fatah" and agent.text == "terrorists from Jaish al-Fateh"
    text = "Twenty terrorists from Jaish al-Fateh were killed in an army ambush near Aleppo."
    (claim,) = warcheck.analyze(text, outlet="SANA", published="2016-09-04").claims
    assert "jaish_al_fatah" in [p.actor_id for p in claim.targets]


def test_actors_joined_by_and_share_a_role() -> None:
    text = "Airstrikes by the Assad regime and Russian forces on Aleppo killed 20 civilians."
    (claim,) = warcheck.analyze(text, published="2016-05-02").claims
    assert [p.actor_id for p in claim.agents] == ["syrian_government_forces", "russian_forces"]
    assert [p.actor_id for p in claim.targets] == ["civilians"]


def test_an_institute_of_something_is_a_named_source() -> None:
    text = "The Syrian Institute of Justice said 270 civilians were killed in Aleppo in April."
    (claim,) = warcheck.analyze(text, published="2016-05-02").claims
    assert claim.sources[0].name == "The Syrian Institute of Justice"


def test_the_subject_of_a_passive_trigger_is_hit() -> None:
    text = "ISIS fighters were killed in an army ambush near Palmyra."
    (claim,) = warcheck.analyze(text, published="2016-05-02").claims
    assert [p.actor_id for p in claim.targets][:1] == ["isis"]
    assert "isis" not in [p.actor_id for p in claim.agents]


def test_an_actor_that_only_comments_or_stands_by_takes_no_part() -> None:
    for text in (
        "The Syrian government has not commented on the bombing.",
        "Syrian regime soldiers stand at the site of an explosion in Homs.",
    ):
        (claim,) = warcheck.analyze(text, published="2016-05-02").claims
        assert claim.agents == () and claim.targets == ()
