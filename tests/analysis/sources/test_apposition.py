"""Apposed speakers (warcheck.analysis.sources.apposition): "X, head of Y, said"."""

from __future__ import annotations

from warcheck.analysis.sources.attribution import find_attributions
from warcheck.model import Sentence


def _speakers(text: str) -> list[tuple[str, str | None]]:
    sentence = Sentence(0, len(text), text)
    return [(a.source.type, a.source.name) for a in find_attributions(sentence, text, [])]


def test_an_apposition_names_and_types_the_speaker() -> None:
    got = _speakers("Lina Haddad, a spokeswoman for the civil defence, said two men died.")
    assert got == [("monitor", "Lina Haddad, a spokeswoman for the civil defence")]


def test_a_relative_clause_is_left_out_of_the_speaker() -> None:
    got = _speakers("The watchdog, which documents abuses, said two men died.")
    assert got == [("monitor", "The watchdog")]


def test_a_comma_after_a_quotation_is_not_an_aside() -> None:
    got = _speakers('"We will not leave," said the commander, adding that two men died.')
    assert all("leave" not in (name or "") for _, name in got)


def test_a_phrase_inside_a_clause_is_not_an_apposed_speaker() -> None:
    assert _speakers("Rebels shelled the houses of Aleppo, the city, said to be empty.") == []
