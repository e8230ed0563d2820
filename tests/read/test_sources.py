"""Tests for warcheck.read.sources: every format from files, folders, stdin and URLs.

Every fixture is written by the test into tmp_path; URLs are served by the
local server of tests/read/conftest.py (the ``site`` fixture) on 127.0.0.1.
"""

from __future__ import annotations

import gzip
import importlib.util
import io
import json
import sys
import tracemalloc
import types
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import warcheck
from warcheck.evaluation import fakes
from warcheck.read.items import Item, Problem, with_title
from warcheck.read.records import ColumnMap
from warcheck.read.sources import iter_items
from warcheck.vocab import INPUT_FORMAT

TEXT = "Shelling hit Aleppo on Monday, killing three civilians, the monitor said.\n"
HTML = "<!doctype html><html><head><title>Aleppo shelled</title></head><body><p>x</p></body></html>"
RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed Title</title>'
    "<item><title>One</title><link>{link}</link><description>Entry one about Homs.</description>"
    "</item></channel></rss>"
)
FAKES = (
    "unit_id,source,date,article_title,article_content,label\n"
    '7,sana,10/5/17,Aleppo shelled,"Shelling hit Aleppo on Monday.",1\n'
)


def _warc_module() -> types.ModuleType:
    """tests/read/test_warc.py, for its make_warc (test files are not a package)."""
    spec = importlib.util.spec_from_file_location(
        "_warc_tests", Path(__file__).with_name("test_warc.py")
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _items(sources: list[str], **kw: Any) -> list[Item | Problem]:
    return list(iter_items(sources, **kw))


def _only(sources: list[str], **kw: Any) -> Item:
    (item,) = _items(sources, **kw)
    assert isinstance(item, Item), item
    return item


def test_text_and_html_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "b.html").write_text(HTML)
    a = _only([str(tmp_path / "a.txt")])
    assert (a.content, a.is_html, a.locator, a.item_id, a.origin) == (
        TEXT,
        False,
        None,
        None,
        str(tmp_path / "a.txt"),
    )
    b = _only([str(tmp_path / "b.html")])
    assert b.is_html and b.content == HTML


def test_every_format_gzipped_too(tmp_path: Path) -> None:
    files = {
        "a.csv": FAKES.encode(),
        "b.jsonl": b'{"text": "Air strikes hit Idlib."}\n',
        "c.rss": RSS.format(link="https://x.example/1").encode(),
        "d.warc": _warc_module().make_warc(),
        "e.txt": TEXT.encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        (tmp_path / (name + ".gz")).write_bytes(gzip.compress(data))
    for name in files:
        plain = _items([str(tmp_path / name)])
        zipped = _items([str(tmp_path / (name + ".gz"))])
        assert plain and [getattr(i, "content", None) for i in zipped] == [
            getattr(i, "content", None) for i in plain
        ]
    kinds = {name: _items([str(tmp_path / name)])[0] for name in files}
    assert all(isinstance(i, Item) for i in kinds.values())
    assert kinds["a.csv"].locator == "row 1" and kinds["a.csv"].outlet == "sana"  # type: ignore[union-attr]
    assert kinds["c.rss"].outlet == "Feed Title"  # type: ignore[union-attr]
    assert kinds["d.warc"].locator == "record 2"  # type: ignore[union-attr]


def test_content_wins_when_the_extension_lies(tmp_path: Path) -> None:
    (tmp_path / "feed.txt").write_text(RSS.format(link="https://x.example/1"))
    (tmp_path / "data.html").write_text('{"text": "A JSON line."}\n')
    (tmp_path / "page.csv").write_text(HTML)
    (tmp_path / "noext").write_text(FAKES)
    assert _only([str(tmp_path / "feed.txt")]).locator == "item 1"
    assert _only([str(tmp_path / "data.html")]).locator == "line 1"
    assert _only([str(tmp_path / "page.csv")]).is_html
    assert _only([str(tmp_path / "noext")]).outlet == "sana"


def test_format_given_is_not_detected(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(HTML)
    item = _only([str(tmp_path / "page.html")], format="txt")
    assert item.is_html is False
    with pytest.raises(ValueError, match="unknown input format 'pdf'"):
        _items([str(tmp_path / "page.html")], format="pdf")
    assert set(INPUT_FORMAT) == {"auto", "txt", "html", "csv", "jsonl", "rss", "warc", "parquet"}


def test_column_map(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text("headline,body\nRaid on Homs,Body text here.\n")
    (tmp_path / "t.jsonl").write_text('{"headline": "Raid on Homs", "body": "Body text here."}\n')
    columns = ColumnMap(text="body", title="headline")
    for name in ("t.csv", "t.jsonl"):
        item = _only([str(tmp_path / name)], columns=columns)
        assert item.title == "Raid on Homs" and item.content == "Raid on Homs\n\nBody text here."


def test_folder_is_walked_in_order(tmp_path: Path) -> None:
    for name, text in [
        ("b/2.txt", TEXT),
        ("b/1.html.gz", None),
        ("a.jsonl", '{"text": "one"}\n{"text": "two"}\n'),
        ("c/deep/x.txt", TEXT),
        ("c/picture.jpg", "not read"),
        (".cache/y.txt", TEXT),
    ]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(gzip.compress(HTML.encode()) if text is None else text.encode())
    skipped: Counter[str] = Counter()
    items = _items([str(tmp_path)], skipped=skipped)
    where = [i.where for i in items]
    root = str(tmp_path)
    assert where == [
        f"{root}/a.jsonl, line 1",
        f"{root}/a.jsonl, line 2",
        f"{root}/b/1.html.gz",
        f"{root}/b/2.txt",
        f"{root}/c/deep/x.txt",
    ]
    assert skipped == {"hidden file or folder": 1, "file of another type": 1}


def test_problems_do_not_stop_the_stream(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes("caf\u00e9".encode("latin-1"))
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "broken.jsonl.gz").write_bytes(gzip.compress(b'{"text": "a"}\n' * 5000)[:60])
    (tmp_path / "ok.txt").write_text(TEXT)
    names = ["missing.txt", "latin.txt", "empty.txt", "broken.jsonl.gz", "ok.txt"]
    items = _items([str(tmp_path / n) for n in names])
    assert [str(p).removeprefix(str(tmp_path) + "/") for p in items[:3]] == [
        "missing.txt: no such file or folder",
        "latin.txt: input is not valid UTF-8 (byte 0xe9 at offset 3)",
        "empty.txt: input is empty",
    ]
    broken = items[3]
    assert isinstance(broken, Problem) and broken.reason.startswith("cannot read")
    assert isinstance(items[-1], Item) and items[-1].content == TEXT


def test_an_empty_source_name_is_a_problem_not_the_current_folder() -> None:
    assert _items([""]) == [Problem("''", "an empty source name")]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = gzip.compress(b'{"text": "From a pipe."}\n{"text": ""}\n')
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=io.BytesIO(data)))
    item, problem = _items(["-"])
    assert isinstance(item, Item) and item.origin == "-" and item.content == "From a pipe."
    assert problem == Problem("-", "no text", "line 2")


def test_no_stdin_at_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    assert _items(["-"]) == [Problem("-", "no standard input to read")]


def test_fakes_rows_read_as_eval_fakes_reads_them() -> None:
    path = Path(__file__).resolve().parents[1] / "fixtures" / "fakes-sample.csv"
    rows = list(fakes.rows(path))
    items = _items([str(path)])
    assert len(items) == len(rows) and all(isinstance(i, Item) for i in items)
    for item, row in zip(items, rows, strict=True):
        assert isinstance(item, Item)
        assert item.content == with_title(row["article_title"], row["article_content"])
        assert item.outlet == row["source"] and item.published == fakes.parse_date(row["date"])
        assert item.extra["unit_id"] == row["unit_id"] and item.extra["label"] == row["label"]


def test_page_url(site: Any) -> None:
    url = site.put("/page", HTML.encode(), "text/html; charset=utf-8")
    item = _only([url], allow_private=True)
    assert item.is_html and item.content == HTML and item.url == url and item.origin == url
    assert item.fetched_at is not None and item.fetched_at.endswith("Z")


def test_feed_url_and_its_links(site: Any) -> None:
    page = site.put("/a/1", HTML.encode(), "text/html")
    feed = site.put("/feed", RSS.format(link="/a/1").encode(), "application/rss+xml")
    entry = _only([feed], allow_private=True)
    assert entry.url == page  # the relative link, resolved against the feed's URL
    assert entry.content.count("Entry one about Homs.") == 1 and entry.fetched_at
    linked = _only([feed], allow_private=True, fetch_links=True)
    assert linked.content == HTML and linked.locator == "item 1" and linked.outlet == "Feed Title"


def test_urls_on_private_addresses_are_refused_unless_allowed(site: Any) -> None:
    url = site.put("/feed", RSS.format(link="/a/1").encode(), "application/rss+xml")
    (problem,) = _items([url])
    assert problem == Problem(
        url, "refusing private address 127.0.0.1 (use --allow-private to allow)"
    )


class _Lines(io.RawIOBase):
    """A stream of ``count`` JSON lines, made as it is read (nothing held but a chunk)."""

    def __init__(self, count: int) -> None:
        self._left = count
        self._chunk = io.BytesIO()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self._chunk.readinto(buffer)
        if n or not self._left:
            return n
        made = min(self._left, 100)
        self._left -= made
        body = "Shelling hit Aleppo on Monday, the monitor said. " * 10
        line = json.dumps({"text": body}).encode() + b"\n"
        self._chunk = io.BytesIO(line * made)
        return self._chunk.readinto(buffer)


def test_memory_stays_flat_on_a_long_json_lines_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = 5_000  # 2.6 MB, read through the 64 KB buffers
    monkeypatch.setattr(
        sys, "stdin", types.SimpleNamespace(buffer=io.BufferedReader(_Lines(lines)))
    )
    tracemalloc.start()
    try:
        count = sum(1 for item in iter_items(["-"]) if isinstance(item, Item))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == lines
    assert peak < 1_000_000


def test_facade(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    (item,) = warcheck.read_items([str(tmp_path / "a.txt")])
    assert isinstance(item, warcheck.Item) and item.content == TEXT
    assert warcheck.ColumnMap(text="body").text == "body"
    assert {"Item", "Problem", "ColumnMap", "read_items"} <= set(warcheck.__all__)
