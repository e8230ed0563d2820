"""An age between commas after a name or noun is not a casualty figure."""

from __future__ import annotations

from warcheck.analysis.casualty_ages import is_age


def _age(text: str, number: str) -> bool:
    low = text.lower()
    start = low.index(number)
    return is_age(low, start, start + len(number))


def test_an_age_after_a_name_or_noun() -> None:
    assert _age("Blake Turner, 17, died in the shooting.", "17")
    assert _age("A woman, 30, was mugged.", "30")
    assert _age("Gino Bassett, 56, of the 6100 block of Ingleside Avenue", "56")


def test_a_figure_is_not_an_age() -> None:
    assert not _age("The strike killed 20, wounding 30 others.", "20")
    assert not _age("Turner, 17 people died.", "17")
    assert not _age("In 2016, 17, 18 and 19 were killed.", "18")
