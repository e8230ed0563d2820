"""Casualty links: a bare figure takes the outcome of the mention it is joined to."""

from __future__ import annotations

from warcheck.analysis.casualty_links import linked_outcome
from warcheck.model import CasualtyMention


def mention(low: str, words: str, outcome: str) -> CasualtyMention:
    """The mention of ``words`` in ``low`` with ``outcome``."""
    start = low.index(words)
    end = start + len(words)
    return CasualtyMention(start, end, words, outcome=outcome, group="unspecified")


def bare(low: str, words: str) -> tuple[int, int]:
    start = low.index(words)
    return start, start + len(words)


def test_a_figure_joined_by_including_takes_the_outcome_before_it() -> None:
    low = "at least 11 people were killed, including 4 children."
    found = [mention(low, "at least 11 people were killed", "killed")]
    s, e = bare(low, "4 children")
    assert linked_outcome(low, s, e, found, {found[0].start}) == "killed"


def test_a_figure_after_a_passive_mention_needs_a_partitive_word() -> None:
    low = "five civilians were killed, and 3 children."
    found = [mention(low, "five civilians were killed", "killed")]
    s, e = bare(low, "3 children")
    assert linked_outcome(low, s, e, found, {found[0].start}) is None
    assert linked_outcome(low, s, e, found, set()) == "killed"


def test_a_figure_before_a_mention_takes_its_outcome() -> None:
    low = "two soldiers and three civilians were killed."
    found = [mention(low, "three civilians were killed", "killed")]
    s, e = bare(low, "two soldiers")
    assert linked_outcome(low, s, e, found, set()) == "killed"


def test_a_figure_with_its_own_verb_or_far_words_stays_bare() -> None:
    low = "12 people were wounded. 4 children were among those"
    found = [mention(low, "12 people were wounded", "injured")]
    s, e = bare(low, "4 children")
    assert linked_outcome(low, s, e, found, set()) is None  # a sentence end between them
    low = "12 people were wounded and 4 children were there"
    found = [mention(low, "12 people were wounded", "injured")]
    s, e = bare(low, "4 children")
    assert linked_outcome(low, s, e, found, set()) is None  # "were" after it: its own clause


def test_an_enclosing_mention_lends_its_outcome() -> None:
    low = "killing 30 people including 8 children"
    found = [mention(low, low, "killed")]
    s, e = bare(low, "8 children")
    assert linked_outcome(low, s, e, found, set()) == "killed"
