"""Headline tolls: the article's main killed figures, as FA-KES's crowd workers count them."""

from __future__ import annotations

from warcheck.analysis.casualties import find_casualties
from warcheck.analysis.tolls import headline_figures
from warcheck.model import Tolls


def headline(text: str) -> Tolls:
    return headline_figures(find_casualties(text), text)


def test_headline_counts_children_within_civilians() -> None:
    text = (
        "Air raids kill 11 civilians in Aleppo. At least 11 civilians among them three "
        "children and a woman were killed on Thursday, a monitor said. The war has killed "
        "more than 300,000 people since 2011."
    )
    assert headline(text) == Tolls(civilians=11, children=3, women=1)


def test_headline_adds_figures_joined_by_and_but_not_parts() -> None:
    assert headline("Strikes killed nine children and 14 others.").civilians == 23
    assert headline("Strikes killed 23 people including nine children.").civilians == 23


def test_headline_unspecified_people_are_civilians_and_precise_beats_vague() -> None:
    text = "Dozens of people were killed in the attack. At least 58 people died, medics said."
    assert headline(text).civilians == 58


def test_headline_fighters_only_article() -> None:
    text = (
        "Syrian Army kills 31 ISIL terrorists in Raqqa. The warplanes targeted strongholds "
        "killing 31 terrorists including commanders. Later one civilian was also killed."
    )
    out = headline(text)
    assert out.noncivilians == 31 and out.civilians == 0


def test_headline_without_figures_is_zero() -> None:
    assert headline("Talks resumed in Geneva on Monday.") == Tolls()


def test_joining_words_of_several_words_match_across_white_space() -> None:
    assert headline("Strikes killed nine children as well as  14 others.").civilians == 23
    assert headline("Strikes killed nine children plus 14 others.").civilians == 23
