"""Roles: who did it and to whom (warcheck.analysis.roles), through claims of written sentences."""

from __future__ import annotations

import warcheck
from warcheck.model import Claim


def _claims_with(analysis: warcheck.Analysis, phrase: str) -> list[Claim]:
    return [c for c in analysis.claims if phrase.lower() in c.text.lower()]


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
    assert a.summary.main_event.perpetrator == "isis"
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


def test_who_died_or_was_hurt_is_a_target() -> None:
    text = "Two Russian advisers were killed in the shelling of the base."
    (claim,) = warcheck.analyze(text, published="2018-04-05").claims
    assert [p.actor_id for p in claim.targets] == ["russian_forces"] and claim.agents == ()
    text = "A US serviceman, Master Sgt Dunbar of Austin, Texas, died in the blast."
    (claim,) = warcheck.analyze(text, published="2018-04-05").claims
    assert "united_states" not in [p.actor_id for p in claim.agents]


def test_the_force_a_victim_served_with_takes_no_part() -> None:
    text = "The soldier had been embedded with US Special Forces in Manbij when the bomb exploded."
    (claim,) = warcheck.analyze(text, published="2018-04-05").claims
    assert claim.agents == () and claim.targets == ()
    assert [p.name for p in claim.places] == ["Manbij"]  # not the "US" of "US Special Forces"


def test_the_enemy_one_battles_is_the_other_side() -> None:
    text = "A British soldier was killed by a buried bomb while battling ISIS in Syria."
    (claim,) = warcheck.analyze(text, published="2018-04-05").claims
    assert "isis" not in [p.actor_id for p in claim.agents]


def test_a_supporter_is_on_the_doers_side_and_the_attacked_positions_are_the_target() -> None:
    text = "Rebels backed by Turkey clashed with the SDF near Afrin."
    (claim,) = warcheck.analyze(text, published="2018-02-05").claims
    roles = {p.actor_id: p.role for p in (*claim.agents, *claim.targets)}
    assert roles == {"syrian_opposition": "agent", "turkey": "agent", "sdf": "counterpart"}
    text = "The SDF carried out an offensive against positions of ISIS near Raqqa."
    (claim,) = warcheck.analyze(text, published="2018-02-05").claims
    assert [p.actor_id for p in claim.agents] == ["sdf"]


def test_every_role_is_in_the_vocabulary(seed: warcheck.Analysis) -> None:
    from warcheck import vocab

    for claim in seed.claims:
        for p in (*claim.agents, *claim.targets):
            assert p.role in vocab.PARTICIPANT_ROLE


def test_a_legal_formula_in_brackets_is_no_place_of_the_claim() -> None:
    text = "The city is controlled by the Islamic State group (outlawed in Russia) since 2014."
    (claim,) = warcheck.analyze(text, published="2017-04-30").claims
    assert "Russia" not in [p.name for p in claim.places]


def test_allies_share_the_doers_role_and_a_relative_clause_is_an_aside() -> None:
    text = (
        "The raids were part of an escalation by the Syrian government and allies including "
        "Russia which fired missiles at rebels on Tuesday."
    )
    (claim,) = warcheck.analyze(text, published="2016-11-16").claims
    assert [p.actor_id for p in claim.agents] == ["syrian_government", "russia"]
    text = "Air raids continued west of Aleppo from which rebels have launched assaults."
    (claim,) = warcheck.analyze(text, published="2016-11-16").claims
    assert "syrian_opposition" not in [p.actor_id for p in claim.agents]


def test_a_photo_credit_takes_no_part() -> None:
    text = "In this photo provided by the White Helmets, people sit in rubble after an air strike."
    (claim,) = warcheck.analyze(text, published="2016-11-16").claims
    assert claim.agents == ()


def test_who_receives_the_strikes_is_the_target() -> None:
    text = "Nusra Front positions are receiving more strikes by the army air force in Hama."
    (claim,) = warcheck.analyze(text, published="2016-06-01").claims
    assert "jabhat_al_nusra" in [p.actor_id for p in claim.targets]
    assert "jabhat_al_nusra" not in [p.actor_id for p in claim.agents]


def test_and_joins_to_the_actor_just_named_not_the_last_target() -> None:
    text = (
        "At least 135 civilians have been killed in barrel bomb attacks by the Assad regime "
        "and Russian forces on the province."
    )
    (claim,) = warcheck.analyze(text, published="2016-12-07").claims
    assert [p.actor_id for p in claim.agents] == ["syrian_government_forces", "russian_forces"]


def test_two_sides_sharing_the_means_are_both_doers() -> None:
    text = (
        "At least 23 Daesh members were killed on Sunday in a Turkish Armed Forces (TSK) and "
        "U.S.-led coalition operation."
    )
    (claim,) = warcheck.analyze(text, published="2016-06-20").claims
    assert [p.actor_id for p in claim.agents] == ["turkish_armed_forces", "us_led_coalition"]


def test_forces_loyal_to_their_leader_are_one_side() -> None:
    text = (
        "Government forces loyal to Syrian President Bashar Assad are fighting opposition "
        "factions near Aleppo."
    )
    (claim,) = warcheck.analyze(text, published="2016-07-19").claims
    ids = [p.actor_id for p in (*claim.agents, *claim.targets)]
    assert "bashar_al_assad" not in ids and ids[0] == "syrian_government_forces"


def test_who_liberated_the_areas_named_as_a_destination_takes_no_part() -> None:
    text = "The deal moved ISIS fighters to areas liberated by the SDF east of the Euphrates."
    (claim,) = warcheck.analyze(text, published="2017-10-05").claims
    assert "sdf" not in [p.actor_id for p in claim.agents]


def test_a_destination_is_judged_on_each_articles_own_places() -> None:
    # The country names of the last article are kept; another article is judged on its own.
    went = "Fighters were entering Turkey at the border crossing after the bomb killed 32."
    hit = "Fighters shelled Turkey at the border crossing, killing 32 people on Monday."
    for text, in_roles in ((went, False), (hit, True), (went, False)):
        claims = warcheck.analyze(text, published="2016-05-04").claims
        ids = [p.actor_id for c in claims for p in (*c.agents, *c.targets)]
        assert ("turkey" in ids) is in_roles, text
