"""Place tokens: a stretch's tokens, and the look-ups by their keys that need no context."""

from __future__ import annotations

from warcheck.analysis.place_tokens import (
    Tokens,
    acronym,
    case_ok,
    fold_keys,
    lost_apostrophe,
    prev_words,
)
from warcheck.knowledge.gazetteer import load


def tokens(text: str) -> Tokens:
    """The stretch of the whole of ``text``, one token per word."""
    tk = Tokens(text, text, text.lower(), 0, len(text))
    at = 0
    for word in text.split():
        at = text.index(word, at)
        tk.spans.append((at, at + len(word)))
        tk.keys.append(word.lower())
        at += len(word)
    tk.run = list(range(len(tk.keys), 0, -1))
    return tk


def test_a_name_needs_a_capital_on_its_first_proper_word() -> None:
    assert case_ok(tokens("al Bab"), 0, 2)
    assert not case_ok(tokens("homs city"), 0, 2)
    assert case_ok(tokens("Homs city"), 0, 2)


def test_prev_words_are_the_two_words_before_a_stretch() -> None:
    assert prev_words("fighting near the town ", 23) == "the town "
    assert prev_words("in", 2) == "in"


def test_an_acronym_is_looked_up_as_a_code() -> None:
    g = load()
    found = acronym(g, "US", "us", 0, 2)
    assert found is not None
    end_token, cands, n_exact, end = found
    assert (end_token, n_exact, end) == (1, len(cands), 2)
    assert [g.place(c).name for c in cands] == ["United States"]
    assert acronym(g, "XQZ", "xqz", 0, 3) is None


def test_fold_keys_grow_word_by_word_up_to_the_gazetteer_s_longest() -> None:
    folds = fold_keys(load(), ["deir", "ez", "zor"], 0, 3)
    assert 1 in folds and folds[1] == folds[1].lower()
    assert all(len(key.split()) <= size for size, key in folds.items())


def test_a_major_syrian_place_can_lose_its_apostrophe() -> None:
    g = load()
    lost = lost_apostrophe(g, "Aleppos", "aleppos", False)
    assert lost and all(g.place(c).name == "Aleppo" for c in lost)
    assert lost_apostrophe(g, "aleppos", "aleppos", True) == []  # lower case: a word
    assert lost_apostrophe(g, "Alps", "alps", False) == []  # too short
