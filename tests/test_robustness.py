"""Odd input never crashes the analysis and never breaks the offsets."""

from __future__ import annotations

import random

import pytest

import warcheck

SALAD = (
    "Aleppo Deir al-Zour killed 12 civilians ISIS regime SDF said according to local sources "
    "on Sunday the 18th of the same month dozens wounded, . ; : \" ' ( ) - — 2017 05.04.2017 "
    "Ba’athist mercenaries airstrike شنت قوات النظام غارة على إدلب \n \n\n "
    "Leave A Reply Share this:"
)
WORDS = SALAD.split(" ")


@pytest.mark.parametrize("seed", range(40))
def test_random_word_salad_keeps_offsets(seed: int) -> None:
    rng = random.Random(seed)
    text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 300)))
    if not text.strip():
        text = "Aleppo"
    published = rng.choice([None, "2017-10-05", "2012-02-29"])
    analysis = warcheck.analyze(text, published=published)
    body = analysis.article.text
    items = [
        *analysis.actors,
        *analysis.places,
        *analysis.times,
        *analysis.casualties,
        *analysis.cues,
        *analysis.claims,
    ]
    for item in items:
        assert body[item.start : item.end] == item.text


def test_a_long_line_without_full_stops_is_analysed_in_bounded_sentences() -> None:
    from warcheck.read.sentences import MAX_SENTENCE

    words = SALAD.replace(".", " ").replace("\n", " ").split()
    rng = random.Random(15)
    text = " ".join(rng.choice(words) for _ in range(4000))
    analysis = warcheck.analyze(text)
    body = analysis.article.text
    assert len(analysis.sentences) > 1
    assert all(s.end - s.start <= MAX_SENTENCE for s in analysis.sentences)
    for item in [*analysis.places, *analysis.casualties, *analysis.claims, *analysis.sentences]:
        assert body[item.start : item.end] == item.text
