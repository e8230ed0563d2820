"""Source phrases: the speaking noun phrase grown from a report verb, and where it stops."""

from __future__ import annotations

from warcheck.analysis.sources.phrases import Phrases, closes, left_phrase
from warcheck.analysis.sources.words import Token, np_words, tokenize
from warcheck.model import ActorMention
from warcheck.text import match_form


def _phrases(text: str, actors: tuple[ActorMention, ...] = ()) -> tuple[list[Token], Phrases]:
    toks = tokenize(text, match_form(text), 0, len(text))
    return toks, Phrases(toks, list(actors), np_words())


def _verb(toks: list[Token], word: str) -> int:
    return [t.low for t in toks].index(word)


def test_left_phrase_grows_over_names_and_links() -> None:
    text = "Warplanes struck Idlib the Britain-based Syrian Observatory for Human Rights said."
    toks, np = _phrases(text)
    found = left_phrase(np, toks, _verb(toks, "said"))
    assert found is not None
    assert np.text(*found) == "the Britain-based Syrian Observatory for Human Rights"


def test_left_phrase_skips_a_relative_clause() -> None:
    text = "The Observatory which relies on a network of sources said 20 died."
    toks, np = _phrases(text)
    found = left_phrase(np, toks, _verb(toks, "said"))
    assert found is not None and np.text(*found) == "The Observatory"


def test_left_phrase_needs_a_head() -> None:
    text = "Shelling on the town continued yesterday said nothing."
    toks, np = _phrases(text)
    assert left_phrase(np, toks, _verb(toks, "said")) is None
    toks, np = _phrases("the town said")
    assert left_phrase(np, toks, 2) is None  # "town" is not a word that can speak


def test_right_phrase_stops_where_the_reported_clause_starts() -> None:
    text = "According to the Observatory rebels shelled the market."
    obs = ActorMention(17, 28, "Observatory", actor_id="sohr", kind="monitor")
    toks, np = _phrases(text, (obs,))
    found = np.right(2, len(toks))
    assert found is not None and np.text(*found) == "the Observatory"
    assert not closes(toks, found[1])  # "rebels shelled ..." follows


def test_right_phrase_takes_an_apposition_with_a_role() -> None:
    text = '"We will fight," said Rami Abdel Rahman, director of the Observatory.'
    toks, np = _phrases(text)
    found = np.right(_verb(toks, "said") + 1, len(toks))
    assert found is not None
    assert np.text(*found) == "Rami Abdel Rahman , director of the Observatory"
    assert closes(toks, found[1])


def test_mentions_are_kept_whole() -> None:
    text = "the Syrian Democratic Forces said"
    sdf = ActorMention(4, 28, "Syrian Democratic Forces", actor_id="sdf", kind="armed_group")
    toks, np = _phrases(text, (sdf,))
    assert {np.mention_at[i].actor_id for i in np.mention_at} == {"sdf"}
    assert sorted(np.mention_at) == [1, 2, 3]
    found = left_phrase(np, toks, _verb(toks, "said"))
    assert found == (0, 3)
