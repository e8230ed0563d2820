"""Sentence splitting keeps offsets and does not cut at abbreviations."""

from __future__ import annotations

from warcheck.read.sentences import MAX_SENTENCE, split_sentences


def test_offsets_and_paragraphs() -> None:
    text = (
        "Title line\n\nFirst sentence here. Second one, by Gen. Smith, follows.\n\nNew paragraph."
    )
    sents = split_sentences(text)
    assert [text[s.start : s.end] for s in sents] == [s.text for s in sents]
    assert [s.text for s in sents] == [
        "Title line",
        "First sentence here.",
        "Second one, by Gen. Smith, follows.",
        "New paragraph.",
    ]
    assert [s.paragraph for s in sents] == [0, 1, 1, 2]
    assert [s.index for s in sents] == [0, 1, 2, 3]


def test_lowercase_after_period_does_not_split() -> None:
    sents = split_sentences("The U.S. said no. it was fine. Then 3 died.")
    assert [s.text for s in sents][-1] == "Then 3 died."
    assert len(sents) == 2


def test_empty_text() -> None:
    assert split_sentences("") == []
    assert split_sentences("\n\n  \n") == []


def test_mojibake_quote_before_a_capital_still_ends_the_sentence() -> None:
    # Web text scraped through the wrong encoding turns quotes into "Ã«Â" runs.
    second = "Ã«Â\x81Around ten more are missing."
    sents = split_sentences("The toll rose to nine. " + second)
    assert [s.text for s in sents] == ["The toll rose to nine.", second]


def test_cuts_end_a_sentence_whatever_the_punctuation() -> None:
    text = "Date of publication 7 April 2017 A salvo of missiles hit the base. It burned."
    cut = len("Date of publication 7 April 2017")
    sents = split_sentences(text, cuts=(0, cut))
    assert [s.text for s in sents] == [
        "Date of publication 7 April 2017",
        "A salvo of missiles hit the base.",
        "It burned.",
    ]
    assert [text[s.start : s.end] for s in sents] == [s.text for s in sents]


def test_an_over_long_sentence_is_split_at_a_clause_boundary() -> None:
    clause = "the convoy moved towards the liberated areas, "
    text = (clause * (3 * MAX_SENTENCE // len(clause))).strip()
    parts = split_sentences(text)
    assert len(parts) >= 3
    for s in parts:
        assert text[s.start : s.end] == s.text
        assert len(s.text) <= MAX_SENTENCE
    assert all(s.text.endswith(",") for s in parts[:-1])  # cut after a comma
    assert [s.index for s in parts] == list(range(len(parts)))


def test_an_over_long_run_without_spaces_is_cut_at_the_limit() -> None:
    text = "x" * (2 * MAX_SENTENCE + 5)
    parts = split_sentences(text)
    assert [(s.start, s.end) for s in parts] == [
        (0, MAX_SENTENCE),
        (MAX_SENTENCE, 2 * MAX_SENTENCE),
        (2 * MAX_SENTENCE, 2 * MAX_SENTENCE + 5),
    ]


def test_a_sentence_under_the_limit_is_not_split() -> None:
    text = ("word " * (MAX_SENTENCE // 5 - 1)).strip() + "."
    assert len(split_sentences(text)) == 1
