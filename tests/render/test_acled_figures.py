"""ACLED's figures for vague tolls (warcheck/render/acled_figures.py)."""

from __future__ import annotations

import pytest

from warcheck.render.acled_figures import acled_figure, fatalities


@pytest.mark.parametrize(
    ("wording", "figure"),
    [
        ("Dozens of people were killed", 12),
        ("at least dozens killed", 12),
        ("Hundreds were killed", 100),
        ("tens of thousands of people have died", 10_000),
        ("Several dozen people were killed", 12),
        # ACLED states no figure for these: the smallest count the word means.
        ("Several civilians were killed", 3),
        ("many people died", 3),
        ("Numerous people died", 3),
        ("A few soldiers were killed", 2),
        ("A handful of soldiers were killed", None),
        ("Twelve people were killed", None),
        ("12 people were killed", None),
    ],
)
def test_acled_codes_vague_words_conservatively(wording: str, figure: int | None) -> None:
    assert acled_figure(wording) == figure


def test_fatalities_sum_acled_figures_for_vague_mentions_and_lower_bounds_otherwise() -> None:
    dozens = {"text": "dozens were killed", "qualifier": "vague", "minimum": 24}
    five = {"text": "five were killed", "qualifier": "exact", "minimum": 5}
    few = {"text": "a few were killed", "qualifier": "vague", "minimum": None}
    handful = {"text": "a handful were killed", "qualifier": "vague", "minimum": None}
    up_to = {"text": "up to 9 were killed", "qualifier": "up_to", "minimum": None}
    assert fatalities([dozens]) == 12
    assert fatalities([dozens, five]) == 17
    assert fatalities([few, up_to]) == 2
    assert fatalities([handful, up_to]) == 0
    assert fatalities([]) == 0
