"""The casualty lexicon (warcheck.analysis.casualty_words) uses only the closed vocabularies."""

from __future__ import annotations

from warcheck import vocab
from warcheck.analysis import casualty_words


def test_head_nouns_name_known_groups_and_outcomes() -> None:
    assert casualty_words.HEADS["civilians"] == ("civilians", None)
    assert casualty_words.HEADS["bodies"][1] == "killed"
    for noun, (group, outcome) in casualty_words.HEADS.items():
        assert group in vocab.CASUALTY_GROUP, noun
        assert outcome is None or outcome in vocab.CASUALTY_OUTCOME, noun


def test_outcome_words_and_cues_use_known_outcomes() -> None:
    for outcome, _pattern in casualty_words.OUTCOME_WORDS:
        assert outcome in vocab.CASUALTY_OUTCOME
    roles = {role for role, _kind in casualty_words.CUES.values()}
    assert roles == {"qual", "between", "active", "toll", "toll_at", "bad"}
    for phrase, (role, kind) in casualty_words.CUES.items():
        assert phrase == " ".join(phrase.split()) and phrase == phrase.lower(), phrase
        if role in ("active", "toll", "toll_at"):
            assert kind in vocab.CASUALTY_OUTCOME, phrase
