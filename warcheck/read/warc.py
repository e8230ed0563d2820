"""Web archives (WARC, and the older ARC): one item per HTML page, read record by record.

warcio reads the records; each ``response`` record with HTTP status 200 and
an HTML content type is an item, its URL the record's ``WARC-Target-URI``
and its fetch time the ``WARC-Date``. Other records (requests, metadata,
images, redirects, revisits) are skipped and counted.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator
from typing import IO, Any

from warcheck.errors import InputError
from warcheck.read.article import MAX_BYTES, decode
from warcheck.read.fetch import declared_charset
from warcheck.read.items import Item, Problem

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(
    stream: IO[bytes], origin: str, *, skipped: Counter[str] | None = None
) -> Iterator[Item | Problem]:
    """Yield one Item per HTML response record ("record N": its place in the file, from 1).

    Every record counts in N, whatever its type. The page is the HTTP
    payload with chunking and content encoding undone; ``raw_sha256`` hashes
    it. It is decoded by the charset its HTTP header or ``<meta>`` declares,
    else as UTF-8; bytes that do not decode are a Problem for that record.
    ``extra`` keeps the record's ``WARC-Record-ID`` and byte offset.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    skipped = skipped if skipped is not None else Counter()
    records = ArchiveIterator(stream, arc2warc=True)
    n = 0
    try:
        for n, record in enumerate(records, 1):  # noqa: B007 - n is reported after the loop
            content_type = _html_response(record)
            if content_type is None:
                skipped["WARC record that is not an HTML page"] += 1
                continue
            payload = record.content_stream().read(MAX_BYTES + 1)
            yield _item(record, payload, content_type, origin, f"record {n}", records)
    except ArchiveLoadFailed as err:
        where = f"record {n + 1}" if n else None
        yield Problem(origin, f"not a readable WARC record ({_first_line(err)})", where)


def _html_response(record: Any) -> str | None:
    """The record's HTTP content type when it is a 200 response with HTML, else ``None``."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    media = content_type.split(";", 1)[0].strip().lower()
    return content_type if media in HTML_TYPES else None


def _item(
    record: Any, payload: bytes, content_type: str, origin: str, locator: str, records: Any
) -> Item | Problem:
    if len(payload) > MAX_BYTES:
        return Problem(origin, f"page is over {MAX_BYTES // 1_000_000} MB", locator)
    try:
        text = decode(payload, charset=declared_charset(payload, content_type))
    except InputError as err:
        return Problem(origin, str(err), locator)
    headers = record.rec_headers
    return Item(
        content=text,
        origin=origin,
        raw_sha256=hashlib.sha256(payload).hexdigest(),
        locator=locator,
        is_html=True,
        url=headers.get_header("WARC-Target-URI"),
        fetched_at=headers.get_header("WARC-Date"),
        extra={
            "warc_record_id": headers.get_header("WARC-Record-ID"),
            "warc_offset": records.get_record_offset(),
        },
    )


def _first_line(err: Exception) -> str:
    return (str(err).strip().splitlines() or [type(err).__name__])[0]
