"""Source types: a phrase's head noun, or the actor it names, says what kind of source it is."""

from __future__ import annotations

import pytest

from warcheck import vocab
from warcheck.analysis.sources.types import GUESS, anaphor_of, is_named, phrase_nouns, type_phrase
from warcheck.analysis.sources.words import tokenize
from warcheck.model import ActorMention
from warcheck.text import match_form


def _mention(text: str, words: str, actor_id: str, kind: str) -> ActorMention:
    start = text.index(words)
    return ActorMention(start, start + len(words), words, actor_id=actor_id, kind=kind)


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("local sources", "anonymous"),
        ("activists", "witness"),
        ("a source at Aleppo Police Command", "anonymous"),
        ("the official SANA news agency", "wire"),
        ("state media", "media"),
        ("the monitor", "monitor"),
    ],
)
def test_head_noun_decides(phrase: str, kind: str) -> None:
    stype, actor_id = type_phrase(phrase, [])
    assert (stype, actor_id) == (kind, None)
    assert stype in vocab.SOURCE_TYPE


def test_role_word_takes_the_actor_kind() -> None:
    phrase = "an SDF spokesman"
    sdf = _mention(phrase, "SDF", "sdf", "armed_group")
    assert type_phrase(phrase, [sdf]) == ("party", "sdf")
    ministry = "the Foreign Ministry"
    assert type_phrase(ministry, [])[0] == "official"


def test_bare_name_is_a_guess_and_named_official_is_not_anonymous() -> None:
    assert type_phrase("Mansoor Hussain", [])[0] == GUESS
    assert type_phrase("a local civil defence official", [], named=True)[0] != "anonymous"


def test_head_is_cut_before_links() -> None:
    head, full, wire = phrase_nouns("a source at the Observatory")
    assert head[0][0] == "anonymous" and ("monitor", False) in full and not wire
    assert phrase_nouns("Reuters")[2]


def _toks(phrase: str) -> list:
    return tokenize(phrase, match_form(phrase), 0, len(phrase))


def test_named_needs_two_capitalised_words_outside_mentions() -> None:
    assert is_named(_toks("Rami Abdel Rahman"), [])
    assert not is_named(_toks("local sources from Dair Zour"), [])
    text = "Syrian Observatory"
    assert not is_named(_toks(text), [_mention(text, text, "sohr", "monitor")])


def test_anaphors() -> None:
    assert anaphor_of(_toks("He"), False) == "he"
    assert anaphor_of(_toks("the group"), False) == "group"
    assert anaphor_of(_toks("a group"), False) is None  # indefinite: a new speaker
    assert anaphor_of(_toks("the Kurdish group"), False) is None
    assert anaphor_of(_toks("the group"), True) is None  # names an actor


def test_a_belligerent_state_speaks_as_a_party_a_neutral_one_as_an_official() -> None:
    phrase = "the Russian Defence Ministry"
    russia = _mention(phrase, "Russian Defence Ministry", "russia", "government")
    assert type_phrase(phrase, [russia]) == ("party", "russia")
    phrase = "the Lebanese government"
    lebanon = _mention(phrase, "Lebanese government", "lebanon", "government")
    assert type_phrase(phrase, [lebanon]) == ("official", "lebanon")


def test_a_capital_speaks_for_its_government() -> None:
    assert type_phrase("Moscow", []) == ("party", "russia")
    assert type_phrase("Beirut", []) == ("official", "lebanon")
