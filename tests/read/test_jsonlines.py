"""Tests for warcheck.read.jsonlines: one article per line, bad lines reported and passed."""

from __future__ import annotations

import io
import json

import pytest

from warcheck.read import jsonlines
from warcheck.read.items import Item, Problem
from warcheck.read.jsonlines import read_jsonl
from warcheck.read.records import ColumnMap


def _read(data: bytes, columns: ColumnMap | None = None) -> list[Item | Problem]:
    return list(read_jsonl(io.BytesIO(data), "a.jsonl", columns=columns))


def test_fields_and_extra() -> None:
    line = {
        "id": "x1",
        "text": "Shelling hit Aleppo on Monday.",
        "title": "Aleppo shelled",
        "url": "https://example.org/a",
        "outlet": "SANA",
        "published": "2017-10-05",
        "lang": "en",
        "tags": ["war"],
    }
    (item,) = _read(json.dumps(line).encode() + b"\n")
    assert isinstance(item, Item)
    assert (item.item_id, item.title, item.url, item.outlet, item.published, item.locator) == (
        "x1",
        "Aleppo shelled",
        "https://example.org/a",
        "SANA",
        "2017-10-05",
        "line 1",
    )
    assert item.extra == {"published": "2017-10-05", "lang": "en", "tags": ["war"]}
    assert item.is_html is False


def test_bad_lines_are_problems_with_their_line_numbers() -> None:
    data = b"\n".join(
        [
            b'{"html": "<p>First</p>"}',
            b"{not json",
            b"",
            b"[1, 2]",
            b'{"title": "no text"}',
            b'{"text": "caf\xe9"}',
            b'{"text": "Last one."}',
        ]
    )
    items = _read(data)
    assert isinstance(items[0], Item) and items[0].is_html
    assert [str(p) for p in items[1:-1]] == [
        "a.jsonl, line 2: invalid JSON (Expecting property name enclosed in double quotes at "
        "column 2)",
        "a.jsonl, line 4: not a JSON object but an array",
        "a.jsonl, line 5: no text",
        "a.jsonl, line 6: not valid UTF-8 (byte 0xe9 at column 14)",
    ]
    assert isinstance(items[-1], Item) and items[-1].locator == "line 7"


def test_column_map_names_keys() -> None:
    (item,) = _read(
        b'{"body": "Text here.", "headline": "H"}', ColumnMap(text="body", title="headline")
    )
    assert isinstance(item, Item) and item.title == "H" and item.extra == {}


def test_over_long_line_is_skipped_without_being_held(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonlines, "MAX_BYTES", 100)
    monkeypatch.setattr(jsonlines, "_CHUNK", 16)
    data = b'{"text": "' + b"a" * 500 + b'"}\n{"text": "Short."}\n'
    long, short = _read(data)
    assert isinstance(long, Problem) and long.locator == "line 1"
    assert long.reason.startswith("line is over")
    assert isinstance(short, Item) and short.locator == "line 2"
