"""Source words: tokens keep their offsets, report verbs are whole words, name words are known."""

from __future__ import annotations

from warcheck.analysis.sources.words import (
    is_cap,
    np_word,
    np_words,
    tokenize,
    verb_automaton,
    verb_hits,
)
from warcheck.text import find_terms, match_form


def _tokens(text: str) -> list:
    return tokenize(text, match_form(text), 0, len(text))


def test_tokens_carry_offsets_and_normalised_words() -> None:
    text = "The regime's forces shelled al-Bab – SANA said."
    toks = _tokens(text)
    for t in toks:
        assert text[t.start : t.end] == t.text
        assert t.low == match_form(text)[t.start : t.end]
    assert [t.text for t in toks][:3] == ["The", "regime's", "forces"]
    assert "al-Bab" in [t.text for t in toks]
    assert toks[-1].text == "."
    dash = next(t for t in toks if t.text == "–")
    assert dash.low == "-"  # normalised, same length


def test_tokenize_stays_inside_its_window() -> None:
    text = "Activists said twenty were killed."
    toks = tokenize(text, match_form(text), 10, 20)
    assert toks and all(t.start >= 10 and t.end <= 20 for t in toks)


def test_verb_hits_are_whole_words_longest_first() -> None:
    text = "An essay says the truce held, according to the UN, and rebels claimed Tal Rifaat."
    hits = verb_hits(text, 0, len(text))
    words = [text[s:e] for s, e, _ in hits]
    assert words == ["says", "according to", "claimed"]  # not "say" inside "essay"
    stances = [v[1] for _, _, v in hits]
    assert stances == ["said", "said", "claimed"]
    assert verb_hits(text, 0, 12) == []  # a window sees only its own words


def test_capitalised_names_and_name_words() -> None:
    text = "Monday the Observatory and al-Assad"
    caps = {t.text: is_cap(t) for t in _tokens(text)}
    assert caps == {
        "Monday": False,
        "the": False,
        "Observatory": True,
        "and": False,
        "al-Assad": True,
    }
    words = np_words()
    assert np_word("activists", words) and np_word("turkish-backed", words)
    assert np_word("groups", words)  # "the groups director": a possessive without apostrophe
    assert not np_word("shelled", words)


def test_verb_hits_of_a_window_are_those_a_search_of_the_window_finds() -> None:
    text = (
        "Activists said on Monday, according to reports, that the army denied it. "
        "The ministry claimed responsibility and confirmed, officials told reporters."
    )
    low = match_form(text)
    for start in range(0, len(text), 7):
        for end in range(start, len(text) + 1, 11):
            assert verb_hits(text, start, end) == find_terms(verb_automaton(), low, start, end)
