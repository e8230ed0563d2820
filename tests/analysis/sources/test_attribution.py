"""Attributions: a report verb with its speaker, the words it vouches for, and what it is not."""

from __future__ import annotations

from warcheck.analysis.sources.attribution import Attribution, find_attributions
from warcheck.model import ActorMention, Sentence


def _atts(text: str, actors: tuple[ActorMention, ...] = ()) -> list[Attribution]:
    sentence = Sentence(0, len(text), text)
    out = find_attributions(sentence, text, list(actors))
    for att in out:
        span = att.source.span
        assert span is not None and text[span.start : span.end] == span.text
        assert 0 <= att.content[0] <= att.content[1] <= len(text)
    return out


def _content(text: str, att: Attribution) -> str:
    return text[att.content[0] : att.content[1]]


def test_trailing_speaker_vouches_for_what_comes_before() -> None:
    text = "Rebels shelled the town, the monitor said on Friday."
    (att,) = _atts(text)
    assert att.source.span is not None and att.source.span.text == "the monitor said"
    assert "Rebels shelled the town" in _content(text, att)
    assert att.anaphor == "monitor"  # "the monitor": an earlier source, resolved by sourcing


def test_according_to_at_the_start_vouches_for_what_follows() -> None:
    text = "According to activists, rebels shelled the town."
    (att,) = _atts(text)
    assert (att.source.type, att.source.verb) == ("witness", "According to")
    assert "rebels shelled the town" in _content(text, att)
    assert "activists" not in _content(text, att)


def test_pronoun_speaker_is_an_anaphor() -> None:
    (att,) = _atts("He said the toll would rise.")
    assert att.anaphor == "he" and att.source.name == "He"


def test_medium_that_carried_the_words() -> None:
    text = "The minister told AFP that talks would resume."
    afp = ActorMention(18, 21, "AFP", actor_id="afp", name="AFP", kind="media")
    (att,) = _atts(text, (afp,))
    assert att.outer is not None
    assert (att.outer.type, att.outer.actor_id, att.outer.verb) == ("wire", "afp", "told")
    assert att.source.name == "The minister"


def test_verbs_that_are_not_attributions() -> None:
    assert _atts("The army could not confirm the report.") == []
    assert _atts("Moscow rejected calls for a truce.") == []
    (denial,) = _atts("Moscow rejected the allegations.")
    assert denial.source.stance == "denied"


def test_responsibility_claim_is_the_groups_own_word() -> None:
    (att,) = _atts("The group claimed the bombing in a statement.")
    assert att.source.stance == "said" and att.source.verb == "claimed"
    (att,) = _atts("The group claimed that the army used gas.")
    assert att.source.stance == "claimed"


def test_verb_inside_a_quotation_is_not_an_attribution() -> None:
    text = '"They said nothing," the official said.'
    (att,) = _atts(text)
    assert att.source.span is not None and att.source.span.text == "the official said"
