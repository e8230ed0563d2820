"""Text shape (issue 13): a hard line wrap inside a sentence does not end it."""

from __future__ import annotations

import pytest

import warcheck
from warcheck.read.sentences import split_sentences

WRAPPED = [
    "A car bomb went off in Ankara, killing 12 people, officials\nsaid.",
    "Warplanes struck a market in Saraqeb on Monday, killing\nnine civilians, activists said.",
    "The Syrian Observatory for Human Rights said\nthat 20 fighters died in the clashes.",
    "Three soldiers were killed when their patrol hit a mine near the\nborder, the army said.",
    "Rebels shelled the Hamdaniyeh district of Aleppo, state\nmedia reported on Sunday.",
]


@pytest.mark.parametrize("text", WRAPPED)
def test_a_wrapped_sentence_is_one_sentence(text: str) -> None:
    (sentence,) = split_sentences(text)
    assert sentence.text == text


def test_a_wrapped_attribution_keeps_its_source() -> None:
    a = warcheck.analyze(
        "A car bomb went off in Ankara, killing 12 people, Turkish officials\n said.",
        published="2016-03-14",
    )
    (claim,) = a.claims
    assert [s.type for s in claim.sources] != ["outlet"]


UNWRAPPED = [
    ("Nine killed in Idlib air strike\nWarplanes struck a market on Monday.", 2),
    ("DAMASCUS, Oct 3\nRebels shelled the city.", 2),
    ("August 12 2016\nTerrorists executed three civilians.", 2),
    ("- Warplanes hit Idlib\n- Rebels shelled Aleppo", 2),
]


@pytest.mark.parametrize(("text", "n"), UNWRAPPED)
def test_a_title_or_list_line_still_ends_its_sentence(text: str, n: int) -> None:
    assert len(split_sentences(text)) == n
