"""Certainty and claim kind: decided by cues and the source's stance, with the deciding cues."""

from __future__ import annotations

import pytest

from warcheck import vocab
from warcheck.analysis.certainty import certainty_of, claim_kind
from warcheck.analysis.cues import find_cues
from warcheck.analysis.sources.sourcing import find_sources
from warcheck.model import Sentence, Source, Span


def _judge(text: str, sources: tuple[Source, ...] | None = None) -> tuple[str, list[str]]:
    sentence = Sentence(0, len(text), text)
    cues = find_cues(text)
    if sources is None:
        sources = find_sources(sentence, text, [], cues, previous=[])
    level, decisive = certainty_of(sentence, text, cues, sources)
    assert level in vocab.CERTAINTY
    for c in decisive:
        assert text[c.start : c.end] == c.text
    return level, [c.text for c in decisive]


@pytest.mark.parametrize(
    ("text", "level", "word"),
    [
        ("The ministry denied that its planes struck the hospital.", "denied", "denied"),
        ("Moscow rejected the allegations of a strike.", "denied", "rejected the allegations"),
        ("If the truce holds, aid convoys will enter Douma on Monday.", "conditional", "If"),
        ("Syrian opposition groups claimed that the army used sarin.", "alleged", "claimed"),
        ("Inspectors visited the site of the alleged gas attack.", "alleged", "alleged"),
        ("At least 12 civilians were reportedly killed in Idlib.", "hedged", "reportedly"),
        (
            "The convoy was moving with all likelihood towards the liberated areas.",
            "hedged",
            "with all likelihood",
        ),
        ("Warplanes struck a market in Saraqeb, killing 12 civilians.", "asserted", None),
    ],
)
def test_levels_and_deciding_cues(text: str, level: str, word: str | None) -> None:
    got, decisive = _judge(text)
    assert got == level
    assert (word in decisive) if word else decisive == []


def test_stance_decides_without_a_cue() -> None:
    text = "The army rejected them outright."
    src = (Source("party", "The army", None, "rejected", "denied", None),)
    assert _judge(text, src)[0] == "denied"
    text = "Rebels shelled the district."
    src = (Source("party", "the regime", None, "accused", "accused", None),)
    assert _judge(text, src)[0] == "alleged"


def test_seed_opinion_sentence() -> None:
    text = (
        "The army of the Baathist regime, which claims to have been fighting the terrorist "
        "organization for quite some time, seems to have reached a dead end in this war and has "
        "become totally incapable of accomplishing the victory over terrorism and therefore "
        "resorting to these dirty means and malicious tricks."
    )
    level, decisive = _judge(text)
    assert level == "opinion"
    assert {"dirty means", "malicious tricks"} <= set(decisive)
    sentence = Sentence(0, len(text), text)
    assert claim_kind(sentence, text, find_cues(text), True) == "opinion"


def test_weak_cues_alone_do_not_decide() -> None:
    text = "All the fighters were later liberated and would return to Idlib."
    assert _judge(text)[0] == "asserted"


def test_denial_outranks_hedge_and_opinion_needs_weight() -> None:
    assert _judge("The group reportedly denied the claims.")[0] == "denied"
    assert _judge("The brutal siege of Madaya continued on Monday.")[0] == "asserted"


@pytest.mark.parametrize(
    ("text", "has_event", "kind"),
    [
        ("Warplanes struck a market in Saraqeb on Sunday.", True, "event"),
        ("The Kremlin said a moratorium on strikes remained in place.", False, "statement"),
        ("The coalition called on Russia to stop.", False, "statement"),
        ("Syria has been mired in civil war since 2011.", False, "background"),
        ("The regime's inability is the culmination of its failed policy.", False, "opinion"),
    ],
)
def test_claim_kind(text: str, has_event: bool, kind: str) -> None:
    sentence = Sentence(0, len(text), text)
    got = claim_kind(sentence, text, find_cues(text), has_event)
    assert got == kind and got in vocab.CLAIM_KIND


def test_without_cues_the_innermost_stance_decides_with_its_verb() -> None:
    text = "The ministry denied that its planes struck the hospital."
    sentence = Sentence(0, len(text), text)
    span = Span(0, 19, text[:19])
    denied = Source("official", "The ministry", None, "denied", "denied", span)
    plain = Source("official", "The ministry", None, "denied", None, span)
    level, decisive = certainty_of(sentence, text, [], (denied,))
    assert level == "denied" and [c.text for c in decisive] == ["denied"]
    assert certainty_of(sentence, text, [], (plain,)) == ("asserted", ())
    claimed = Source("party", "ISIS", None, "claimed", "claimed")
    assert certainty_of(sentence, text, [], (claimed,)) == ("alleged", ())
    assert certainty_of(sentence, text, [], (claimed, plain)) == ("alleged", ())
    assert certainty_of(sentence, text, [], ()) == ("asserted", ())


def test_claim_kind_finds_a_report_verb_of_the_sentence_only() -> None:
    text = "The town lies on the river. The governor said the road was open."
    first = Sentence(0, 27, text[:27])
    second = Sentence(28, len(text), text[28:])
    assert claim_kind(first, text, [], False) == "background"
    assert claim_kind(second, text, [], False) == "statement"
