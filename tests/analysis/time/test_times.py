"""Tests for warcheck.analysis.time.times: finding and resolving temporal expressions."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from warcheck import vocab
from warcheck.analysis.time.times import find_times
from warcheck.model import TimeMention

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
PUB = date(2017, 10, 5)  # a Thursday


def one(text: str, published: date | None = PUB, language: str = "en") -> TimeMention:
    """Return the only mention found in ``text``."""
    found = find_times(text, published, language)
    assert len(found) == 1, found
    return found[0]


def test_seed_relative_dates(seed_text: str) -> None:
    found = find_times(seed_text, PUB)
    t20 = next(t for t in found if "twentieth" in t.text)
    t18 = next(t for t in found if "18th" in t.text)
    assert t20.text == "the twentieth of last month"
    assert (t20.value, t20.end_value, t20.precision, t20.anchor) == (
        "2017-09-20",
        "2017-09-20",
        "day",
        "published",
    )
    assert t18.text == "the 18th of the same month"
    assert (t18.value, t18.precision, t18.anchor) == ("2017-09-18", "day", "previous")


def test_seed_without_publication_date(seed_text: str) -> None:
    found = [t for t in find_times(seed_text, None) if "twentieth" in t.text or "18th" in t.text]
    assert len(found) == 2
    for t in found:
        assert not t.resolved and t.value is None and t.end_value is None and t.anchor == "none"


@pytest.mark.parametrize(
    "text",
    ["5 April 2017", "April 5, 2017", "April 5 2017", "05.04.2017", "2017-04-05",
     "Wed 05 Apr 2017", "the 5th of April 2017", "Wednesday, April 5th, 2017"],
)  # fmt: skip
def test_absolute_dates(text: str) -> None:
    for published in (PUB, None):
        t = one(f"It happened on {text} in Idlib.", published)
        assert t.text == text
        assert (t.value, t.end_value, t.precision, t.anchor) == (
            "2017-04-05",
            "2017-04-05",
            "day",
            "absolute",
        )
        assert t.resolved and t.kind == "date"


def test_month_year_and_year() -> None:
    t = one("Protests began in March 2011.")
    assert (t.text, t.value, t.end_value, t.precision) == (
        "March 2011",
        "2011-03-01",
        "2011-03-31",
        "month",
    )
    t = one("ISIS rose in 2014 in Raqqa.")
    assert (t.text, t.value, t.end_value, t.precision) == (
        "2014",
        "2014-01-01",
        "2014-12-31",
        "year",
    )


@pytest.mark.parametrize(
    "text",
    ["Assad's 2000 fighters attacked.", "under Resolution 2254 of the Council",
     "on Highway M5 near Hama", "Troops moved in 2000 people fled.", "They may march again.",
     "A long march began.", "after the fall of Aleppo", "a five-year-old girl",
     "in the 1967 Six-Day War"],
)  # fmt: skip
def test_not_times(text: str) -> None:
    assert find_times(text, PUB) == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The strike on Sunday killed five.", "Sunday", "2017-10-01"),
        ("Sunday's attack killed five.", "Sunday", "2017-10-01"),
        ("The ministry said on Thursday.", "Thursday", "2017-10-05"),  # publication day counts
        ("Rebels attacked last Thursday.", "last Thursday", "2017-09-28"),
        ("Talks resume next Thursday.", "next Thursday", "2017-10-12"),
        ("He will travel to Geneva on Monday.", "Monday", "2017-10-09"),  # future marker
        ("Clashes erupted on Friday night.", "Friday night", "2017-09-29"),
    ],
)
def test_weekdays(text: str, span: str, value: str) -> None:
    t = one(text)
    assert (t.text, t.value, t.end_value, t.anchor, t.precision) == (
        span,
        value,
        value,
        "published",
        "day",
    )


@pytest.mark.parametrize(
    ("text", "value", "end_value", "precision"),
    [
        ("today", "2017-10-05", "2017-10-05", "day"),
        ("yesterday", "2017-10-04", "2017-10-04", "day"),
        ("the day before yesterday", "2017-10-03", "2017-10-03", "day"),
        ("tonight", "2017-10-05", "2017-10-05", "day"),
        ("this morning", "2017-10-05", "2017-10-05", "day"),
        ("last week", "2017-09-25", "2017-10-01", "week"),
        ("last month", "2017-09-01", "2017-09-30", "month"),
        ("last year", "2016-01-01", "2016-12-31", "year"),
        ("earlier this month", "2017-10-01", "2017-10-04", "month"),
        ("three days ago", "2017-10-02", "2017-10-02", "day"),
        ("two weeks ago", "2017-09-18", "2017-09-24", "week"),
        ("last summer", "2017-06-01", "2017-08-31", "season"),
        ("mid-March", "2017-03-11", "2017-03-20", "week"),
        ("June last year", "2016-06-01", "2016-06-30", "month"),
    ],
)
def test_relative_to_publication(text: str, value: str, end_value: str, precision: str) -> None:
    t = one(f"The town was shelled {text} by the army.")
    assert t.text == text
    assert (t.value, t.end_value, t.precision, t.anchor) == (
        value,
        end_value,
        precision,
        "published",
    )
    u = one(f"The town was shelled {text} by the army.", None)
    assert (u.resolved, u.value, u.end_value, u.anchor) == (False, None, None, "none")


def test_day_of_month_never_after_publication() -> None:
    assert one("The raid came on the 3rd, a source said.").value == "2017-10-03"
    assert one("The raid came on the 7th, a source said.").value == "2017-09-07"
    assert one("It ended on the twentieth.").value == "2017-09-20"


def test_day_of_month_follows_previous_mention() -> None:
    found = find_times("Fighting began on 2 March 2015 and on the 5th the town fell.", PUB)
    assert [t.value for t in found] == ["2015-03-02", "2015-03-05"]
    assert found[1].anchor == "previous"


def test_anaphoric_day_offsets() -> None:
    found = find_times(
        "Troops entered on 5 March 2015. The next day, and two days later, more.", PUB
    )
    assert [(t.text, t.value, t.anchor) for t in found] == [
        ("5 March 2015", "2015-03-05", "absolute"),
        ("The next day", "2015-03-06", "previous"),
        ("two days later", "2015-03-08", "previous"),
    ]
    lone = one("The next day the army withdrew.")
    assert not lone.resolved and lone.anchor == "none"  # never falls back to publication


def test_ranges() -> None:
    t = one("Clashes raged from 3 to 5 April 2017 in Hama.")
    assert (t.kind, t.text, t.value, t.end_value) == (
        "range",
        "from 3 to 5 April 2017",
        "2017-04-03",
        "2017-04-05",
    )
    t = one("Talks took place between March and May 2016.")
    assert (t.kind, t.value, t.end_value, t.precision) == (
        "range",
        "2016-03-01",
        "2016-05-31",
        "month",
    )
    t = one("The war has raged since 2012.")
    assert (t.kind, t.text, t.value, t.end_value) == (
        "range",
        "since 2012",
        "2012-01-01",
        "2017-10-05",
    )
    open_ended = one("The war has raged since 2012.", None)
    assert (open_ended.value, open_ended.end_value) == ("2012-01-01", None)
    t = one("The siege lasted from 2012 to 2014.")
    assert (t.text, t.value, t.end_value, t.precision) == (
        "from 2012 to 2014",
        "2012-01-01",
        "2014-12-31",
        "year",
    )
    t = one("Rebels retreated in mid-March 2016.")
    assert (t.text, t.value, t.end_value) == ("mid-March 2016", "2016-03-11", "2016-03-20")


def test_durations_are_not_dates() -> None:
    t = one("The hospital was out of service for three days.")
    assert (t.text, t.kind, t.resolved, t.value, t.anchor, t.precision) == (
        "three days",
        "duration",
        False,
        None,
        "none",
        "day",
    )
    assert one("A 48-hour ceasefire began.").kind == "duration"


def test_numeric_date_order() -> None:
    assert one("Dated 12/25/2016.").value == "2016-12-25"  # only month-first is possible
    assert one("Dated 17-08-2014.").value == "2014-08-17"
    assert one("Dated 04.07.2015.").value == "2015-07-04"  # day-first by default


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Date of publication 11 September 2016 Syrian air raids", "2016-09-11"),
        ("Wed Jun 29 2016 Syrian Army advances", "2016-06-29"),
        ("01.02.2015 A mosque blast", "2015-02-01"),
        ("Last updated at Jul 282016 A bomb blast", "2016-07-28"),
    ],
)
def test_datelines_are_ordinary_dates(text: str, value: str) -> None:
    first = find_times(text, None)[0]
    assert first.start < 25 and first.value == value and first.anchor == "absolute"


def test_other_language_uses_numeric_and_dateparser() -> None:
    found = find_times("Le 5 avril 2017, puis le 06.04.2017.", None, "fr")
    assert [t.value for t in found] == ["2017-04-05", "2017-04-06"]


def test_invariants_on_fakes_sample() -> None:
    path = FIXTURES / "fakes-sample.csv"
    with open(path, encoding="utf-8", newline="") as f:
        texts = [r["article_content"] for r in csv.DictReader(f)]
    assert texts
    total = 0
    for text in texts:
        found = find_times(text, PUB)
        total += len(found)
        for a, b in zip(found, found[1:], strict=False):
            assert a.end <= b.start
        for t in found:
            assert t.text == text[t.start : t.end] and t.text.strip() == t.text
            assert t.kind in vocab.TIME_KIND and t.precision in vocab.TIME_PRECISION
            assert t.anchor in vocab.TIME_ANCHOR
            assert t.resolved == (t.value is not None)
            if t.resolved:
                assert t.anchor != "none"
                assert t.end_value is None or t.value <= t.end_value  # type: ignore[operator]
            else:
                assert t.anchor == "none" and t.end_value is None
    assert total > len(texts)  # datelines alone give about one per article


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Rebels took the town on March 20.", PUB, "2017-03-20"),  # past bias
        ("The town fell on October 4.", PUB, "2017-10-04"),
        ("Talks will be held on March 20.", PUB, "2018-03-20"),  # future marker
        ("Voters await the June 3 poll.", date(2014, 5, 19), "2014-06-03"),  # upcoming, soon
        ("Voters await the January 5 vote.", date(2016, 12, 20), "2017-01-05"),
    ],
)
def test_yearless_dates(text: str, published: date, value: str) -> None:
    t = one(text, published)
    assert (t.value, t.anchor, t.precision) == (value, "published", "day")


def test_yearless_date_takes_previous_year_without_publication() -> None:
    found = find_times("Fighting began on 5 March 2015. On April 2, the town fell.", None)
    assert [(t.value, t.anchor) for t in found] == [
        ("2015-03-05", "absolute"),
        ("2015-04-02", "previous"),
    ]


def test_a_date_moved_beyond_the_calendar_is_dropped() -> None:
    assert find_times("It fell 500 decades ago.", PUB) == []  # the year 2017 - 5000
    assert one("It fell 50 decades ago.", PUB).value == "1510-01-01"  # the same words, nearer
    assert find_times("It fell 400 years ago.", date(201, 1, 1)) == []
