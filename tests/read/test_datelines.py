"""Tests for warcheck.read.datelines: finding and reading datelines near the start."""

from __future__ import annotations

import datetime

import pytest

from warcheck.read.datelines import WINDOW, find_dateline, parse_date

D = datetime.date


@pytest.mark.parametrize(
    ("text", "span", "day"),
    [
        ("Wed 05 Apr 2017 Syria attack symptoms", "Wed 05 Apr 2017", D(2017, 4, 5)),
        ("Wed Jun 29 2016 Army advances", "Wed Jun 29 2016", D(2016, 6, 29)),
        ("Published June 4 2016 Rebels said", "Published June 4 2016", D(2016, 6, 4)),
        ("Published August 6 2016 SEND", "Published August 6 2016", D(2016, 8, 6)),
        (
            "Date of publication 26 November 2017 More than 19",
            "Date of publication 26 November 2017",
            D(2017, 11, 26),
        ),
        (
            "Posted on April 4 2017 by Jordan Smith Toxic gas",
            "Posted on April 4 2017",
            D(2017, 4, 4),
        ),
        (
            "Posted on April 4, 2017 by Jordan Smith\n\nToxic gas",
            "Posted on April 4, 2017 by Jordan Smith",
            D(2017, 4, 4),
        ),
        ("01.02.2015 A mosque blast", "01.02.2015", D(2015, 2, 1)),
        ("6-09-2013 Extremists in Syria", "6-09-2013", D(2013, 9, 6)),
        ("Mon 09 May 2016 URGENT Rebels shell", "Mon 09 May 2016", D(2016, 5, 9)),
        ("July 10, 2016 \u2014 Rebels shelled", "July 10, 2016", D(2016, 7, 10)),
        ("August 1 2011 Factbox: Syria's city of Hama", "August 1 2011", D(2011, 8, 1)),
        ("Aug. 1 2016 Rescuers say", "Aug. 1 2016", D(2016, 8, 1)),
        ("Last updated at Nov 012017 BEIRUT", "Last updated at Nov 012017", D(2017, 11, 1)),
        ("Monday 02 May 2016 20:08 Syrian Coalition:", "Monday 02 May 2016 20:08", D(2016, 5, 2)),
        ("Sat 04 Oct 2014 at 1514 Regional NNA", "Sat 04 Oct 2014 at 1514", D(2014, 10, 4)),
        (
            "19.07.2016(updated 1457 19.07.2016) Get short URL 2440 Over 100",
            "19.07.2016(updated 1457 19.07.2016) Get short URL 2440",
            D(2016, 7, 19),
        ),
        # The share counts end at the first number after the zeros: "12" is the news.
        ("09.04.2017Get short URL 0 85 12 Daesh", "09.04.2017Get short URL 0 85", D(2017, 4, 9)),
        (
            "13.04.2017) Get short URL Topic Battle for Raqqa (61) 112010 The US-led",
            "13.04.2017) Get short URL Topic Battle for Raqqa (61) 112010",
            D(2017, 4, 13),
        ),
        ("2017-04-05 Strikes hit Idlib", "2017-04-05", D(2017, 4, 5)),
        ("  5 Sep 2016 At least 42 people", "5 Sep 2016", D(2016, 9, 5)),
    ],
)
def test_dateline_at_start(text: str, span: str, day: datetime.date) -> None:
    found = find_dateline(text)
    assert found is not None
    got, date = found
    assert got.text == span
    assert text[got.start : got.end] == got.text
    assert date == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Air raid kills 21 at Syria market Monitor AFP Thursday 24 Apr 2014 An air strike",
            D(2014, 4, 24),
        ),
        (
            "8 killed in rocket attacks on Aleppo city 6 October 2016 Aleppo SANA-Terrorist groups",
            D(2016, 10, 6),
        ),
        (
            "Army kills dozens in Adra ambush Middle East Syria Military 07-08-2013 0147 PM "
            "A Syrian",
            D(2013, 8, 7),
        ),
        ("Twin bombs hit Homs\nWednesday 9 Apr 2014\n\nTwo car bombs killed", D(2014, 4, 9)),
        ("Damascus, SANA \u2013 5 April 2017 The army restored security", D(2017, 4, 5)),
        ("Damascus, 5 April 2017 (SANA) \u2013 The army restored security", D(2017, 4, 5)),
    ],
)
def test_dateline_after_title(text: str, day: datetime.date) -> None:
    found = find_dateline(text)
    assert found is not None
    assert found[1] == day
    assert text[found[0].start : found[0].end] == found[0].text
    assert found[0].start > 0


@pytest.mark.parametrize(
    "text",
    [
        "Rebels said the army killed 20 people on Wednesday 5 April 2017 in Idlib.",
        "The ceasefire agreed in Geneva since 12 September 2016 has collapsed.",
        "Air strikes killed 12 civilians in Idlib, the monitor said.",
        "Dozens were killed in raids on 5 April 2017 in Khan Sheikhun.",
        "31 February 2017 is not a day",
        "13 civilians killed in regime air raids on northern Syria",
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_dateline_beyond_window_is_ignored() -> None:
    text = "x" * (WINDOW + 10) + " Wed 05 Apr 2017 more"
    assert find_dateline(text) is None


def test_first_dateline_wins() -> None:
    text = "Published April 8 2017 Just days after the attack of Wed 05 Apr 2017"
    found = find_dateline(text)
    assert found is not None and found[1] == D(2017, 4, 8)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("5 April 2017", D(2017, 4, 5)),
        ("April 5th, 2017", D(2017, 4, 5)),
        ("05.04.2017", D(2017, 4, 5)),
        ("04/05/2017", D(2017, 4, 5)),  # slashes: month first
        ("25/12/2016", D(2016, 12, 25)),  # ... unless the first number cannot be a month
        ("12-25-2016", D(2016, 12, 25)),
        ("2016-12-25", D(2016, 12, 25)),
        ("Sept 3 2015", D(2015, 9, 3)),
    ],
)
def test_parse_date(text: str, day: datetime.date) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize("text", ["30 February 2016", "no date here", "13.13.2015", "May 2016"])
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text) is None
