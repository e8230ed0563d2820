"""Tests for warcheck.read.records: layouts, column maps, dates and one record as an item."""

from __future__ import annotations

import hashlib

import pytest

from warcheck.read.items import Item, Problem
from warcheck.read.records import ColumnMap, iso_date, key_layout, layout_for, record_item

FAKES_HEADER = ["unit_id", "source", "date", "article_title", "article_content", "label"]


def test_fakes_layout_is_found_by_its_text_column() -> None:
    layout = layout_for(FAKES_HEADER, None)
    assert not isinstance(layout, str)
    cols = layout.columns
    assert (cols.text, cols.title, cols.outlet, cols.published) == (
        "article_content",
        "article_title",
        "source",
        "date",
    )
    assert layout.us_dates


def test_generic_layout_matches_names_without_regard_to_case() -> None:
    layout = layout_for(["ID", "Text", "Title", "URL"], None)
    assert not isinstance(layout, str)
    assert (layout.columns.id, layout.columns.text, layout.columns.url) == ("ID", "Text", "URL")
    assert layout.columns.outlet is None and not layout.us_dates


def test_column_map_overrides_the_defaults() -> None:
    layout = layout_for(["body", "headline", "title"], ColumnMap(text="body", title="headline"))
    assert not isinstance(layout, str)
    assert (layout.columns.text, layout.columns.title) == ("body", "headline")


def test_missing_columns_are_reasons() -> None:
    assert layout_for(["a", "b"], None) == (
        "no text column: none of text, html, article_content (columns: a, b)"
    )
    assert (
        layout_for(["text"], ColumnMap(title="headline")) == "no column 'headline' (columns: text)"
    )


@pytest.mark.parametrize(
    ("value", "us", "expected"),
    [
        ("2017-10-05", False, "2017-10-05"),
        ("2017-10-05T23:30:00+03:00", False, "2017-10-05"),
        ("Thu, 05 Oct 2017 23:30:00 +0300", False, "2017-10-05"),
        ("10/5/17", True, "2017-10-05"),
        ("10/5/2017", True, "2017-10-05"),
        ("10/5/17", False, None),
        ("yesterday", True, None),
    ],
)
def test_iso_date(value: str, us: bool, expected: str | None) -> None:
    assert iso_date(value, us=us) == expected


def test_record_item_keeps_every_unused_field() -> None:
    layout = layout_for(FAKES_HEADER, None)
    assert not isinstance(layout, str)
    body = "Shelling hit Hama on Monday, killing four civilians, residents said."
    values = ["19", "reuters", "8/1/14", "Hama shelled", body, "1"]
    record = dict(zip(FAKES_HEADER, values, strict=True))
    item = record_item(record, layout, "f.csv", "row 1")
    assert isinstance(item, Item)
    assert item.content == "Hama shelled\n\n" + body  # the title line first, as readers get it
    assert item.raw_sha256 == hashlib.sha256(body.encode()).hexdigest()
    assert (item.title, item.outlet, item.published, item.is_html) == (
        "Hama shelled",
        "reuters",
        "2014-08-01",
        False,
    )
    assert item.extra == {"unit_id": "19", "date": "8/1/14", "label": "1"}


def test_record_item_prefers_text_then_html() -> None:
    layout = key_layout(None)
    item = record_item({"text": " ", "html": "<p>Hi</p>", "title": "T"}, layout, "x", "line 1")
    assert isinstance(item, Item) and item.is_html and item.content == "<p>Hi</p>"
    assert "text" not in item.extra  # the blank text field is not kept


def test_record_item_problems() -> None:
    layout = key_layout(None)
    assert record_item({"title": "T"}, layout, "x", "line 3") == Problem("x", "no text", "line 3")
    assert record_item({"text": 12}, layout, "x", "line 4") == Problem(
        "x", "'text' is not a string", "line 4"
    )


def test_numbers_become_strings_and_objects_stay_in_extra() -> None:
    item = record_item({"text": "Body text.", "id": 42, "tags": ["a"]}, key_layout(None), "x", "l")
    assert isinstance(item, Item)
    assert item.item_id == "42" and item.extra == {"tags": ["a"]}
