"""Tests for warcheck.read.spreadsheet: CSV and TSV tables read row by row."""

from __future__ import annotations

import csv
import io

from warcheck.read.items import Item, Problem
from warcheck.read.records import ColumnMap
from warcheck.read.spreadsheet import read_csv


def _csv(rows: list[list[str]], delimiter: str = ",") -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return out.getvalue().encode("utf-8")


def _read(data: bytes, columns: ColumnMap | None = None) -> list[Item | Problem]:
    return list(read_csv(io.BytesIO(data), "t.csv", columns=columns))


def test_fakes_layout() -> None:
    body = "Air strikes killed 12 civilians in Idlib on Monday, the monitor said."
    data = _csv(
        [
            ["unit_id", "source", "date", "article_title", "article_content", "nb_civilians"],
            ["1", "sana", "3/7/17", "Idlib strikes", body, "12"],
        ]
    )
    (item,) = _read(data)
    assert isinstance(item, Item)
    assert (item.outlet, item.published, item.title, item.locator) == (
        "sana",
        "2017-03-07",
        "Idlib strikes",
        "row 1",
    )
    assert item.content.endswith(body)
    assert item.extra == {"unit_id": "1", "date": "3/7/17", "nb_civilians": "12"}


def test_generic_layout_and_rows_counted_after_the_header() -> None:
    data = _csv(
        [
            ["id", "text", "url", "published"],
            ["a1", "First article text.", "https://example.org/1", "2017-10-05"],
            ["a2", "", "", ""],
            ["a3", "Third\narticle, on two lines.", "", "05 Oct 2017"],
        ]
    )
    first, second, third = _read(data)
    assert (
        isinstance(first, Item) and first.item_id == "a1" and first.url == "https://example.org/1"
    )
    assert first.published == "2017-10-05"
    assert second == Problem("t.csv", "no text", "row 2")
    assert isinstance(third, Item) and third.locator == "row 3"
    assert third.content == "Third\narticle, on two lines." and third.published is None
    assert third.extra == {"published": "05 Oct 2017"}


def test_column_map_for_another_layout() -> None:
    data = _csv([["headline", "body", "site"], ["H", "Some body text.", "AFP"]])
    (item,) = _read(data, ColumnMap(text="body", title="headline", outlet="site"))
    assert isinstance(item, Item)
    assert (item.title, item.outlet, item.extra) == ("H", "AFP", {})


def test_a_table_without_a_text_column_is_one_problem() -> None:
    (problem,) = _read(_csv([["a", "b"], ["1", "2"], ["3", "4"]]))
    assert isinstance(problem, Problem) and problem.locator is None
    assert problem.reason.startswith("no text column")


def test_tsv_and_huge_fields() -> None:
    huge = "Shelling. " * 30_000  # over the csv module's 128 KB default field limit
    (item,) = _read(_csv([["text", "title"], [huge, "T"]], delimiter="\t"))
    assert isinstance(item, Item) and item.content.endswith(huge) and item.title == "T"


def test_bad_bytes_spoil_only_their_row() -> None:
    data = b"text,outlet\nGood one.,A\ncaf\xe9,B\nAlso good.,C\n"
    good, bad, last = _read(data)
    assert isinstance(good, Item) and good.outlet == "A"
    assert bad == Problem("t.csv", "not valid UTF-8", "row 2")
    assert isinstance(last, Item) and last.outlet == "C"


def test_byte_order_mark_and_blank_rows() -> None:
    data = b"\xef\xbb\xbftext\r\nOne.\r\n\r\nTwo.\r\n"
    one, two = _read(data)
    assert isinstance(one, Item) and isinstance(two, Item)
    assert (one.locator, two.locator) == ("row 1", "row 3")


def test_cells_past_the_header_are_kept() -> None:
    (item,) = _read(b"text\nBody,x,y\n")
    assert isinstance(item, Item) and item.extra == {"_more": ["x", "y"]}


def test_empty_file() -> None:
    assert _read(b"") == [Problem("t.csv", "empty table: no header line")]
