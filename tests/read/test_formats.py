"""Tests for warcheck.read.formats: content first, then media type, extension, a look for tags."""

from __future__ import annotations

import pytest

from warcheck.read.formats import by_content, detect
from warcheck.read.records import ColumnMap

RSS = b'<?xml version="1.0"?>\n<!-- a feed -->\n<rss version="2.0"><channel></channel></rss>'
ATOM = b'\xef\xbb\xbf<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>'


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "warc"),
        (RSS, "rss"),
        (ATOM, "rss"),
        (b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>', "rss"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "html"),
        (b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', "html"),
        (b'{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        (b"unit_id,article_title,article_content\n1,a,b\n", "csv"),
        (b"id\ttext\n1\tSome text\n", "csv"),
        (b"Plain words, with a comma\nand more.\n", None),
        (b"{not json at all}\nmore\n", None),
        (b'<?xml version="1.0"?><urlset></urlset>', None),
        (b"\x93\x01text,\rx\x00,\x9c\n", None),  # binary bytes: a stray CR, not a header
    ],
)
def test_by_content(head: bytes, expected: str | None) -> None:
    assert by_content(head) == expected


def test_a_column_map_makes_its_header_a_table() -> None:
    head = b"headline,body\nH,B\n"
    assert by_content(head) is None
    assert by_content(head, ColumnMap(text="body")) == "csv"


def test_content_wins_over_a_lying_extension_and_media_type() -> None:
    assert detect("feed.txt", RSS) == "rss"
    assert detect("page.csv", b"<!doctype html><p>x</p>") == "html"
    assert detect("x", RSS, "text/html; charset=utf-8") == "rss"


def test_then_media_type_then_extension_then_tags() -> None:
    words = b"Shelling hit Aleppo."
    assert detect("a.html", words, "text/plain") == "txt"
    assert detect("a.HTML.gz", words) == "html"
    assert detect("notes.md", words) == "txt"
    assert detect(None, b"Text <p>with</p> <b>some</b> <i>tags</i> <br> <div>here</div>") == "html"
