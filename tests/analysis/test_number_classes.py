"""Number error classes of issue 13, on sentences written for these tests.

A year is never a toll; "dozens" stays vague: a range from two dozen up, never exactly
twelve.
"""

from __future__ import annotations

import pytest

import warcheck

YEARS = [
    ("August 12 2016 Terrorists executed three civilians in the village of Tal Rifaat.", 2016),
    ("March 3 2017 Gunmen killed four people near the market in Daraa.", 2017),
    ("12 August 2016 ISIS executed five men in a square in Raqqa.", 2016),
    ("Tuesday, May 9 2017 Fighters were killed in clashes north of Hama.", 2017),
    ("Oct 4 2015 Soldiers died when a mine exploded near Palmyra.", 2015),
]


@pytest.mark.parametrize(("text", "year"), YEARS)
def test_a_year_is_never_a_toll(text: str, year: int) -> None:
    a = warcheck.analyze(text, published="2017-10-01")
    assert all(year not in (c.min, c.max) for c in a.casualties)
    assert a.summary is not None
    tolls = a.summary.casualties
    assert year not in (tolls.civilians, tolls.children, tolls.women, tolls.noncivilians)


def test_a_figure_after_a_date_is_still_a_toll() -> None:
    a = warcheck.analyze(
        "August 12 2016 Three civilians were executed in Tal Rifaat.", published="2017-10-01"
    )
    assert [c.min for c in a.casualties] == [3]


DOZENS = [
    "Dozens of people were killed in an air strike on a market in Idlib.",
    "The shelling killed dozens of civilians in eastern Ghouta.",
    "Dozens of soldiers died when militants stormed the base near Mosul.",
    "A car bomb in Kabul wounded dozens of people on Friday.",
]


@pytest.mark.parametrize("text", DOZENS)
def test_dozens_stays_vague(text: str) -> None:
    a = warcheck.analyze(text, published="2017-10-01")
    (fig,) = a.casualties
    assert fig.qualifier == "vague"
    assert fig.min is not None and fig.min >= 24  # two dozen at least
    assert fig.max is None
    assert a.summary is not None and a.summary.main_event is not None
    assert a.summary.main_event.killed != 12
