"""Cues: loaded language, labels, hedges and denials with offsets, and the lexicon behind them."""

from __future__ import annotations

import pytest

from warcheck import vocab
from warcheck.analysis.cues import find_cues, is_weak
from warcheck.knowledge import cue_lexicon
from warcheck.model import ActorMention, Cue

SEED_OPINION = (
    "The army of the Baathist regime, which claims to have been fighting the terrorist "
    "organization for quite some time, seems to have reached a dead end in this war and has "
    "become totally incapable of accomplishing the victory over terrorism and therefore resorting "
    "to these dirty means and malicious tricks."
)


def _kinds(text: str, actors: tuple[ActorMention, ...] = ()) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for c in find_cues(text, actors):
        out.setdefault(c.text.lower(), set()).add(c.kind)
    return out


def test_offsets_sorted_and_vocabulary() -> None:
    cues = find_cues(SEED_OPINION)
    assert cues == sorted(cues, key=lambda c: (c.start, c.end, c.kind))
    for c in cues:
        assert SEED_OPINION[c.start : c.end] == c.text
        assert c.kind in vocab.CUE_KIND
        assert c.technique is None or c.technique in vocab.PERSUASION_TECHNIQUE
        assert c.camp is None or c.camp in vocab.CAMPS


def test_seed_loaded_language_and_hedge() -> None:
    kinds = _kinds(SEED_OPINION)
    assert kinds["dirty means"] == {"loaded_language"}
    assert kinds["malicious tricks"] == {"loaded_language"}
    assert "hedge" in kinds["seems"]
    assert "allegation" in kinds["claims"]
    assert "exaggeration" in kinds["totally incapable"]
    loaded = [c for c in find_cues(SEED_OPINION) if c.text == "dirty means"]
    assert loaded[0].technique == "Loaded_Language"


def test_longer_match_swallows_shorter() -> None:
    text = "the convoy moving with all likelihood towards the liberated areas"
    cues = find_cues(text)
    assert [c.text for c in cues if c.kind == "hedge"] == ["with all likelihood"]
    assert not any(c.text == "all" for c in cues)


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("ISIS claimed responsibility for the attack", "claimed", None),
        ("the blast claimed the lives of 40 people", "claimed", None),
        ("the regime claimed that rebels fired first", "claimed", "allegation"),
        ("the jet killed all 12 passengers", "all", None),
        ("nothing changed at all", "all", None),
        ("all the world knows it", "all", "exaggeration"),
        ("the talks resumed in May 2017", "may", None),
        ("the toll may rise", "may", "hedge"),
        ("the convoy was denied access to the town", "denied", None),
        ("the ministry denied the report", "denied", "denial"),
        ("he looked as if he had seen a ghost", "if", None),
        ("if the truce holds, aid will enter", "if", "conditional"),
        ("the town lies 14 km north of Manbij", "lies", None),
        ("a pack of lies", "lies", "loaded_language"),
        ("the reported execution of a pilot", "reported", "hedge"),
        ("SANA reported that the army advanced", "reported", None),
    ],
)
def test_context_rules(text: str, word: str, kind: str | None) -> None:
    found = {c.kind for c in find_cues(text) if c.text.lower() == word}
    assert found == ({kind} if kind else set())


def test_rejected_claims_is_one_denial() -> None:
    text = "Moscow rejected the allegations of a strike on the hospital."
    denials = [c for c in find_cues(text) if c.kind == "denial"]
    assert [c.text for c in denials] == ["rejected the allegations"]


def test_sectarian_terms_carry_camp() -> None:
    text = "The Nusayri army and Rafidi militias fought the takfiri gangs."
    by_text = {c.text.lower(): c for c in find_cues(text)}
    assert by_text["nusayri"].kind == "sectarian" and by_text["nusayri"].camp == "jihadist"
    assert by_text["rafidi"].camp == "jihadist"
    assert by_text["takfiri"].kind == "sectarian" and by_text["takfiri"].camp == "pro_government"


def test_labels_from_actor_mentions() -> None:
    text = "The regime shelled the town while terrorists fled."
    regime = ActorMention(
        4,
        10,
        "regime",
        actor_id="syrian_government",
        name="Syrian government",
        kind="government",
        label="regime",
        label_camp="opposition",
    )
    terrorists = ActorMention(
        34,
        44,
        "terrorists",
        actor_id="opposition",
        label="terrorists",
        label_camp="syrian_government",
    )
    cues = find_cues(text, (regime, terrorists))
    calls = [c for c in cues if c.kind == "name_calling"]
    assert {(c.text, c.camp) for c in calls} == {
        ("regime", "opposition"),
        ("terrorists", "syrian_government"),
    }
    assert all(c.technique == "Name_Calling-Labeling" for c in calls)
    assert len([c for c in cues if c.text == "terrorists"]) == 1  # the lexicon duplicate is dropped


def test_honorific_and_weak_cues() -> None:
    text = "Three martyrs fell as the army liberated the town."
    cues = {c.text.lower(): c for c in find_cues(text)}
    assert cues["martyrs"].kind == "honorific"
    assert is_weak(cues["liberated"]) and not is_weak(cues["martyrs"])


def test_curly_apostrophes_do_not_break_matching() -> None:
    cues = find_cues("It is the Assad regime’s heinous crime, so‑called moderates say.")
    assert any(c.text == "heinous crime" for c in cues)


def test_every_lexicon_entry_is_sourced_and_valid() -> None:
    lex = cue_lexicon()
    for group in lex["cue_groups"]:
        assert group["kind"] in vocab.CUE_KIND
        for entry in group["entries"]:
            assert entry.get("source"), entry
            assert entry["terms"], entry
            technique = entry.get("technique", group.get("technique"))
            assert technique is None or technique in vocab.PERSUASION_TECHNIQUE
            assert entry.get("camp") is None or entry["camp"] in vocab.CAMPS
    for group in lex["report_verbs"]:
        assert group["stance"] in vocab.REPORT_STANCE and group["source"]
    for noun in lex["source_nouns"]:
        assert noun["type"] in vocab.SOURCE_TYPE and noun["source"]


def test_even_handed_lexicon() -> None:
    camps = {
        entry.get("camp", group.get("camp"))
        for group in cue_lexicon()["cue_groups"]
        for entry in group["entries"]
    }
    assert {
        "opposition",
        "pro_government",
        "syrian_government",
        "jihadist",
        "turkey",
        "kurdish",
    } <= camps


def test_cue_is_plain_record() -> None:
    (cue,) = [c for c in find_cues("a heinous massacre") if c.text == "heinous massacre"]
    assert isinstance(cue, Cue) and cue.to_dict()["kind"] == "loaded_language"


def test_a_camps_own_name_for_its_side_is_not_name_calling() -> None:
    from warcheck.model import ActorMention

    own = ActorMention(
        0, 11, "Syrian army", actor_id="syrian_government_forces", name="Syrian government forces",
        kind="state_force", label="Syrian army", label_camp="syrian_government",
    )  # fmt: skip
    other = ActorMention(
        22, 28, "regime", actor_id="syrian_government_forces", name="Syrian government forces",
        kind="state_force", label="regime", label_camp="opposition",
    )  # fmt: skip
    text = "Syrian army units and regime forces"
    cues = find_cues(text, [own, other])
    named = [c for c in cues if c.kind == "name_calling"]
    assert [c.text for c in named] == ["regime"]
    assert named[0].actor_id == "syrian_government_forces" and named[0].camp == "opposition"


def test_a_neutral_wire_label_is_not_name_calling() -> None:
    from warcheck.model import ActorMention

    wire = ActorMention(
        0, 16, "Kurdish fighters", actor_id="ypg", name="People's Protection Units (YPG)",
        kind="armed_group", label="Kurdish fighters", label_camp="neutral",
    )  # fmt: skip
    text = "Kurdish fighters held the town."
    assert [c for c in find_cues(text, [wire]) if c.kind == "name_calling"] == []


def test_an_allys_use_of_the_sides_own_name_is_not_name_calling() -> None:
    from warcheck.model import ActorMention

    ally = ActorMention(
        0, 11, "Syrian army", actor_id="syrian_government_forces", name="Syrian government forces",
        kind="state_force", label="Syrian army", label_camp="pro_government",
    )  # fmt: skip
    cues = find_cues("Syrian army units advanced.", [ally])
    assert [c for c in cues if c.kind == "name_calling"] == []
