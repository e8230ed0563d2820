"""Tests for warcheck.read.warc: HTML response records as items, from a WARC the test writes."""

from __future__ import annotations

import gzip
import hashlib
import io
from collections import Counter

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from warcheck.read.items import Item, Problem
from warcheck.read.warc import read_warc

PAGE = (
    "<html><body><p>Shelling hit Aleppo on Monday, the monitor said. Caf\u00e9.</p></body></html>"
)


def _response(
    writer: WARCWriter, url: str, body: bytes, content_type: str, status: str = "200 OK"
) -> object:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": "2017-10-05T12:00:00Z"},
    )


def make_warc(gzipped: bool = False) -> bytes:
    """A WARC: warcinfo, a page, a request, an image, a redirect, a Latin-1 page, bad bytes."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzipped)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))
    writer.write_record(_response(writer, "https://a.example/1", PAGE.encode(), "text/html"))
    request = StatusAndHeaders("GET /1 HTTP/1.1", [("Host", "a.example")], is_http_request=True)
    writer.write_record(
        writer.create_warc_record("https://a.example/1", "request", http_headers=request)
    )
    writer.write_record(_response(writer, "https://a.example/i.png", b"\x89PNG", "image/png"))
    writer.write_record(
        _response(writer, "https://a.example/old", b"", "text/html", "301 Moved Permanently")
    )
    latin = PAGE.encode("latin-1")
    writer.write_record(
        _response(writer, "https://a.example/2", latin, "text/html; charset=ISO-8859-1")
    )
    writer.write_record(_response(writer, "https://a.example/3", latin, "application/xhtml+xml"))
    return out.getvalue()


def test_html_responses_are_items_and_the_rest_is_skipped() -> None:
    skipped: Counter[str] = Counter()
    items = list(read_warc(io.BytesIO(make_warc()), "crawl.warc", skipped=skipped))
    first, latin, bad = items
    assert isinstance(first, Item)
    assert (first.url, first.fetched_at, first.locator, first.is_html) == (
        "https://a.example/1",
        "2017-10-05T12:00:00Z",
        "record 2",
        True,
    )
    assert first.content == PAGE
    assert first.raw_sha256 == hashlib.sha256(PAGE.encode()).hexdigest()
    assert first.extra["warc_record_id"].startswith("<urn:uuid:")
    assert first.extra["warc_offset"] > 0
    # The declared charset decodes; undeclared bytes that are not UTF-8 are a Problem.
    assert isinstance(latin, Item) and latin.content == PAGE and latin.locator == "record 6"
    assert isinstance(bad, Problem) and bad.locator == "record 7"
    assert bad.reason == "input is not valid UTF-8 (byte 0xe9 at offset 67)"
    assert skipped == {"WARC record that is not an HTML page": 4}


def test_record_gzipped_warc_reads_the_same() -> None:
    plain = list(read_warc(io.BytesIO(make_warc()), "c"))
    gzipped = list(read_warc(io.BytesIO(gzip.decompress(make_warc(gzipped=True))), "c"))
    assert [getattr(i, "content", None) for i in gzipped] == [
        getattr(i, "content", None) for i in plain
    ]


def test_not_a_warc() -> None:
    (problem,) = read_warc(io.BytesIO(b"hello world\n\nnot a web archive\n"), "x.warc")
    assert isinstance(problem, Problem) and problem.locator is None
    assert problem.reason.startswith("not a readable WARC record (Unknown archive format")


def test_a_broken_record_after_good_ones_keeps_them() -> None:
    data = make_warc() + b"WARC/1.0\r\nnonsense\r\n\r\n"
    items = list(read_warc(io.BytesIO(data), "x.warc"))
    assert sum(isinstance(i, Item) for i in items) == 2
    assert isinstance(items[-1], Problem)
