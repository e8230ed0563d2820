"""A report verb in its sentence: the source of its phrase, and folding a subjectless verb."""

from __future__ import annotations

from warcheck.analysis.sources.phrases import Phrases
from warcheck.analysis.sources.report_verb import ReportVerb
from warcheck.analysis.sources.words import np_words, tokenize
from warcheck.model import Sentence

TEXT = "The ministry issued a statement and confirmed the strike."


def verb(words: str, stance: str = "said") -> ReportVerb:
    """The report verb ``words`` of TEXT."""
    toks = tokenize(TEXT, TEXT.lower(), 0, len(TEXT))  # plain ASCII: its match form
    start = TEXT.index(words)
    vi = next(i for i, t in enumerate(toks) if t.start == start)
    vj = next(i for i, t in enumerate(toks) if t.end == start + len(words))
    np = Phrases(toks, [], np_words())
    return ReportVerb(Sentence(0, len(TEXT), TEXT), TEXT, toks, np, [], vi, vj, stance)


def test_make_types_the_phrase_and_keeps_the_span() -> None:
    issued = verb("issued a statement")
    att = issued.make((0, 1), (0, TEXT.index(" and")), (TEXT.index(" and"), len(TEXT)))
    assert att.source.name == "The ministry"
    assert att.source.verb == "issued a statement"
    assert att.source.span is not None and att.source.span.text == "The ministry issued a statement"


def test_a_strong_verb_takes_over_a_weak_host() -> None:
    issued = verb("issued a statement")
    host = issued.make((0, 1), (0, TEXT.index(" and")), (TEXT.index(" and"), len(TEXT)))
    folded = verb("confirmed", "confirmed").fold_into(host, weak=False)
    assert folded.source.verb == "confirmed" and folded.source.stance == "confirmed"
    assert folded.source.span is not None
    assert folded.source.span.text == "The ministry issued a statement and confirmed"
    assert TEXT[folded.content[0] : folded.content[1]] == " the strike."


def test_a_weak_verb_leaves_its_host_alone() -> None:
    confirmed = verb("confirmed", "confirmed")
    host = confirmed.make((0, 1), (0, TEXT.index(" the strike")), (0, len(TEXT)))
    assert verb("issued a statement").fold_into(host, weak=True) is host
