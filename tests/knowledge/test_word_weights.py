"""Word rarity from general English (knowledge/word_weights.py)."""

from __future__ import annotations

from warcheck.knowledge import word_weights


def test_function_words_weigh_nothing_and_rare_words_most() -> None:
    assert word_weights.rarity("the") == 0.0
    assert 0 < word_weights.rarity("police") < word_weights.rarity("sarin")
    unseen = word_weights.rarity("qwzxkinstonville")
    assert unseen == word_weights.CEILING - word_weights.UNSEEN
    assert all(word_weights.rarity(w) <= unseen for w in ("sarin", "aleppo", "police"))


def test_table_is_lower_case_words_with_plausible_frequencies() -> None:
    table = word_weights.zipf_table()
    assert len(table) > 30_000
    assert all(w == w.lower() and " " not in w for w in list(table)[:2000])
    assert all(1.0 < z < 8.5 for z in table.values())
