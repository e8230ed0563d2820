"""Publication dates near the ends of the calendar: refused or unused, never an overflow."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import warcheck
from warcheck.cli import main
from warcheck.read.article import read, read_html
from warcheck.read.publication_dates import EARLIEST, LATEST, in_range

# Relative dates that move the publication date by days, months and centuries.
TEXT = (
    "Shelling kills three in Aleppo\n\n"
    "Shelling killed three civilians in Aleppo on Monday, a monitor said. Last year a "
    "similar attack killed four, the week before two died, and 400 years ago the city fell."
)


@pytest.mark.parametrize("published", ["0001-01-02", "0999-12-31", "9000-01-01", "9999-12-30"])
def test_a_published_date_outside_the_range_is_an_input_error(published: str) -> None:
    with pytest.raises(warcheck.InputError, match="outside 1000-01-01..8999-12-31"):
        warcheck.analyze(TEXT, published=published)


@pytest.mark.parametrize("day", [EARLIEST, LATEST])
def test_the_ends_of_the_range_are_analysed(day: datetime.date) -> None:
    analysis = warcheck.analyze(TEXT, published=str(day))
    assert analysis.article.published == str(day)
    assert analysis.claims


def test_a_dateline_outside_the_range_is_not_the_publication_date() -> None:
    article = read("30.12.9999 " + TEXT.replace("\n\n", " "))
    assert article.published is None
    warcheck.analyze("30.12.9999 " + TEXT.replace("\n\n", " "))
    assert read("30.12.2016 " + TEXT.replace("\n\n", " ")).published == "2016-12-30"


def test_page_metadata_outside_the_range_is_not_used() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="9999-12-30T10:00:00Z">'
        f"</head><body><article><p>{TEXT}</p></article></body></html>"
    )
    assert read_html(html).published is None
    assert read_html(html.replace("9999", "2016")).published == "2016-12-30"


def test_in_range() -> None:
    assert in_range(EARLIEST) and in_range(LATEST)
    assert not in_range(EARLIEST.replace(year=999)) and not in_range(LATEST.replace(year=9000))


def test_analyze_published_at_the_calendar_s_start_is_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    code = main(["analyze", "--published", "0001-01-02", str(path)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.strip().splitlines() == [
        "warcheck: error: publication date '0001-01-02' is outside 1000-01-01..8999-12-31, "
        "the dates warcheck accepts"
    ]


def test_checked_names_the_date_by_what_gave_it() -> None:
    assert warcheck.check_published(" 2017-10-05 ") == "2017-10-05"
    with pytest.raises(warcheck.InputError, match=r"^--published '0001-01-02' is outside "):
        warcheck.check_published("0001-01-02", "--published")
    with pytest.raises(warcheck.InputError, match=r"^publication date 'May 5' is not a date"):
        warcheck.check_published("May 5")
