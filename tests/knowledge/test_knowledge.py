"""The actor knowledge base: data integrity, lookups, outlets, operations."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from warcheck import knowledge, vocab
from warcheck.knowledge import Actor, Operation, validation

FAKES_OUTLETS = [
    "ahram", "manar", "alalam", "alaraby", "dailysabah", "sputnik", "sana", "etilaf",
    "trt", "jordantimes", "reuters", "arabiya", "nna", "asharqalawsat", "tass",
]  # fmt: skip


def test_data_loads_and_validates() -> None:
    actors = knowledge.actors()
    assert len(actors) >= 70
    assert knowledge.validate_actors(actors.values()) == []
    assert knowledge.validate_operations(knowledge.operations(), set(actors)) == []
    for a in actors.values():
        assert a.kind in vocab.ACTOR_KIND and a.camp in vocab.CAMPS
        assert a.source.strip(), a.id
        assert all(lab.camp in vocab.CAMPS and lab.actor_id == a.id for lab in a.labels)


def test_core_actors_present() -> None:
    for aid in (
        "syrian_government_forces",
        "syrian_government",
        "sdf",
        "ypg",
        "isis",
        "hts",
        "jabhat_al_nusra",
        "hezbollah",
        "russian_forces",
        "turkish_armed_forces",
        "us_led_coalition",
        "sohr",
        "vdc",
        "white_helmets",
        "un",
        "opcw",
        "sana",
        "reuters",
    ):
        assert knowledge.actor(aid).id == aid
    gov = knowledge.actor("syrian_government_forces")
    assert "Syrian" in gov.name and "government" in gov.name
    assert knowledge.actor("ypg").parent == "sdf"
    with pytest.raises(KeyError):
        knowledge.actor("no_such_actor")


def test_validation_reports_each_problem() -> None:
    good = knowledge.actor("sdf")
    bad = [
        good,
        replace(good, name="dup"),
        replace(good, id="x_one", kind="army", aliases=("Qwerty One",)),
        replace(good, id="x_two", camp="rebels", aliases=("Qwerty Two",), source=" "),
        replace(good, id="x_three", parent="nobody", aliases=("SDF",), case_sensitive=("Zzz",)),
        replace(good, id="x_four", aliases=("Qwerty Four",), belligerent="fights", capital="Qom"),
    ]
    problems = " | ".join(knowledge.validate_actors(bad))
    for needle in (
        "duplicate actor id 'sdf'",
        "kind 'army'",
        "camp 'rebels'",
        "no source",
        "unknown actor id 'nobody'",
        "also belongs to 'sdf'",
        "'Zzz'",
        "'belligerent' is a reason, for governments only",
        "'capital' is for governments only",
    ):
        assert needle in problems
    op = Operation("op", "Op", "nobody", "2017-13-01", "2016-01-01", (), "")
    problems = " | ".join(knowledge.validate_operations([op], {"sdf"}))
    assert "unknown actor id 'nobody'" in problems and "no source" in problems
    assert "2017-13-01" in problems
    assert "ends before it starts" in problems


def test_validation_of_markers_and_weapons() -> None:
    marker = knowledge.CampMarker("liberated", ("syrian_government", "sdf"), "")
    assert validation.validate_camp_markers([marker]) == [
        "camp marker 'liberated': camp 'sdf' not in vocab.CAMPS"
    ]
    assert validation.validate_camp_markers(knowledge.camp_markers()) == []
    weapon = knowledge.Weapon("barrel_bomb", ("barrel bomb",), "nobody", 0.9, "a source")
    unsourced = replace(weapon, id="nerve_gas", actor_id="sdf", source="")
    assert validation.validate_weapons([weapon, unsourced], {"sdf"}) == [
        "barrel_bomb: unknown actor or missing source",
        "nerve_gas: unknown actor or missing source",
    ]
    assert validation.validate_weapons(knowledge.weapons(), set(knowledge.actors())) == []


def test_submodules_do_not_shadow_the_re_exported_functions() -> None:
    from warcheck.knowledge import catalogue, outlets, records  # noqa: F401

    assert callable(knowledge.actors) and callable(knowledge.outlet)
    assert knowledge.cue_lexicon()["cue_groups"] and knowledge.actors() is catalogue.actors()


@pytest.mark.parametrize("name", FAKES_OUTLETS)
def test_every_fakes_outlet_is_known(name: str) -> None:
    found = knowledge.outlet(name)
    assert found is not None and found.is_outlet
    assert found.camp in vocab.CAMPS


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sana.sy", "sana"),
        ("https://www.sana.sy/en/?p=123", "sana"),
        ("english.alaraby.co.uk", "the_new_arab"),
        ("//www.dailysabah.com/mideast", "daily_sabah"),
        ("Al-Manar", "al_manar"),
        ("al manar", "al_manar"),
        ("MANAR", "al_manar"),
        ("The Jordan Times", "jordan_times"),
        ("ANHA", "hawar_news"),
        ("etilaf", "syrian_national_coalition"),
    ],
)
def test_outlet_lookup(query: str, expected: str) -> None:
    found = knowledge.outlet(query)
    assert found is not None and found.id == expected


def test_outlet_lookup_rejects_non_outlets() -> None:
    assert knowledge.outlet("") is None
    assert knowledge.outlet("example.org") is None
    assert knowledge.outlet("Syrian Democratic Forces") is None  # an actor, not an outlet


def test_sdf_aligned_outlets_are_kurdish() -> None:
    for aid in ("hawar_news", "ronahi_tv", "north_press"):
        assert knowledge.actor(aid).camp == "kurdish"
    assert knowledge.actor("sana").camp == "syrian_government"


def test_labels_by_camp_is_even_handed() -> None:
    by_camp = knowledge.labels_by_camp()
    assert set(by_camp) == set(vocab.CAMPS)
    for camp, labels in by_camp.items():
        assert all(lab.camp == camp for lab in labels)
    partisan = [c for c in vocab.CAMPS if c not in ("neutral", "jihadist")]
    for camp in partisan:
        other_camps = {knowledge.actor(lab.actor_id).camp for lab in by_camp[camp]} - {camp}
        assert len(other_camps) >= 3, (camp, other_camps)


def test_label_uses_tolerate_spelling() -> None:
    straight = knowledge.label_uses("Ba'athist army")
    assert straight == knowledge.label_uses("Ba’athist army")
    assert {u.actor_id for u in straight} == {"syrian_government_forces"}
    assert {u.actor_id for u in knowledge.label_uses("mercenaries")} >= {"isis", "sna"}
    assert knowledge.label_uses("no such label") == ()


def test_operations() -> None:
    ops = knowledge.operations()
    assert len(ops) >= 15
    by_id = {o.id: o for o in ops}
    assert by_id["jazeera_storm"].start == "2017-09-09" and by_id["jazeera_storm"].actor_id == "sdf"
    assert by_id["euphrates_shield"].start == "2016-08-24"
    assert by_id["olive_branch"].start == "2018-01-20"
    assert by_id["peace_spring"].start == "2019-10-09"
    assert by_id["russian_intervention"].start == "2015-09-30"
    for o in ops:
        dt.date.fromisoformat(o.start)
        assert o.source and o.actor_id in knowledge.actors()


def test_actor_is_frozen() -> None:
    a: Actor = knowledge.actor("isis")
    with pytest.raises(AttributeError):
        a.name = "x"  # type: ignore[misc]


def test_signature_weapons_point_at_known_actors_with_sources() -> None:
    from warcheck import knowledge

    weapons = knowledge.weapons()
    assert weapons
    for w in weapons:
        assert w.actor_id in knowledge.actors() and w.source and w.terms
        assert 0 < w.confidence < 1


def test_military_nouns_come_in_three_parts() -> None:
    parts = {p: set(knowledge.military_nouns(p)) for p in ("members", "means", "sites")}
    assert "soldiers" in parts["members"] and "rockets" in parts["means"]
    assert "checkpoint" in parts["sites"]
    assert set(knowledge.military_nouns()) == parts["members"] | parts["means"] | parts["sites"]
    # Non-state members are not demonym nouns: "Syrian fighters" may be rebels.
    assert "fighters" not in set(knowledge.military_nouns())


def test_belligerent_states_are_marked_with_a_reason() -> None:
    for aid in ("syrian_government", "russia", "turkey", "united_states", "israel", "iran"):
        assert knowledge.actor(aid).belligerent
    for aid in ("lebanon", "european_union"):
        assert knowledge.actor(aid).belligerent is None
