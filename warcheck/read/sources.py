"""SOURCE arguments as a stream of items: files, folders, stdin and URLs, in any input format.

:func:`iter_items` reads each source in turn and yields an
:class:`~warcheck.read.items.Item` per article or a
:class:`~warcheck.read.items.Problem` per article (or source) it cannot
read, and never stops on one. A source is:

- ``-``: standard input;
- an ``http://`` or ``https://`` URL, fetched with :func:`warcheck.read.fetch.fetch`
  (private addresses refused unless allowed; at most 50 MB);
- a folder: walked depth first, each folder's entries in name order, one
  listing at a time; hidden entries and files whose extension is not one
  of the input formats' (see :data:`~warcheck.read.formats.EXTENSIONS`) are
  skipped and counted;
- a file, read whatever its name.

Each is un-gzipped when its first bytes are gzip's, then read in the format
given, or with ``"auto"`` the one :func:`~warcheck.read.formats.detect`
finds. A plain-text or HTML source is one article (``locator`` ``None``);
tables, JSON Lines, Parquet files and WARCs are read a row (or row batch),
line or record at a time, so memory does not grow with their size.
"""

from __future__ import annotations

import hashlib
import io
import re
import sys
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from warcheck.errors import FetchError, InputError
from warcheck.read.article import MAX_BYTES, decode
from warcheck.read.feeds import MAX_FEED_BYTES, read_feed
from warcheck.read.fetch import declared_charset, fetch, utc_now
from warcheck.read.formats import READ_IN_FOLDERS, SOURCE_MEDIA_TYPES, detect
from warcheck.read.items import Item, Problem
from warcheck.read.jsonlines import read_jsonl
from warcheck.read.parquet import read_parquet, seekable
from warcheck.read.records import ColumnMap
from warcheck.read.spreadsheet import read_csv
from warcheck.read.streams import opened, walk
from warcheck.read.warc import read_warc
from warcheck.vocab import INPUT_FORMAT

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


@dataclass(frozen=True)
class _Options:
    format: str
    columns: ColumnMap | None
    fetch_links: bool
    allow_private: bool
    skipped: Counter[str] = field(default_factory=Counter)


def iter_items(
    sources: Sequence[str],
    *,
    format: str = "auto",  # noqa: A002 - the name the CLI option has
    columns: ColumnMap | None = None,
    fetch_links: bool = False,
    allow_private: bool = False,
    skipped: Counter[str] | None = None,
) -> Iterator[Item | Problem]:
    """Yield every article of ``sources`` as an Item, and what cannot be read as a Problem.

    Args:
        sources: file and folder paths, ``-`` for standard input, http(s) URLs.
        format: one of :data:`warcheck.vocab.INPUT_FORMAT`; ``"auto"`` detects it per source.
        columns: which CSV columns or JSON Lines keys hold the text, title and so on.
        fetch_links: for feeds, read the page each entry links to instead of the entry.
        allow_private: allow URLs (and linked pages) on private and loopback addresses.
        skipped: a counter that is told what was passed over without a Problem
            (hidden files, files of other types, WARC records that are not HTML pages).

    Raises:
        ValueError: ``format`` is not an input format.
    """
    if format not in INPUT_FORMAT:
        raise ValueError(f"unknown input format {format!r}; choose from {', '.join(INPUT_FORMAT)}")
    options = _Options(
        format, columns, fetch_links, allow_private, skipped if skipped is not None else Counter()
    )
    for source in sources:
        yield from _source(source, options)


def _source(source: str, opt: _Options) -> Iterator[Item | Problem]:
    if not source.strip():
        yield Problem(repr(source), "an empty source name")
    elif source == "-":
        stdin = getattr(sys.stdin, "buffer", None)
        if stdin is None:
            yield Problem("-", "no standard input to read")
        else:
            yield from _guarded("-", _read(stdin, "-", None, opt))
    elif _URL.match(source):
        yield from _url(source, opt)
    elif _is_dir(source):
        for path in walk(Path(source), READ_IN_FOLDERS, opt.skipped):
            if isinstance(path, Problem):
                yield path
            else:
                yield from _file(path, opt)
    else:
        yield from _file(Path(source), opt)


def _is_dir(source: str) -> bool:
    try:
        return Path(source).is_dir()
    except OSError:  # a name too long, say: opening it will tell
        return False


def _file(path: Path, opt: _Options) -> Iterator[Item | Problem]:
    origin = str(path)
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        yield Problem(origin, "no such file or folder")
        return
    except OSError as err:
        yield Problem(origin, f"cannot read: {err.strerror or err}")
        return
    with handle:
        yield from _guarded(origin, _read(handle, origin, path.name, opt))


def _url(url: str, opt: _Options) -> Iterator[Item | Problem]:
    try:
        body, content_type, final = fetch(
            url,
            allow_private=opt.allow_private,
            max_bytes=MAX_FEED_BYTES,
            accept=SOURCE_MEDIA_TYPES,
        )
    except FetchError as err:
        yield Problem(url, str(err))
        return
    at = utc_now()
    name = urlsplit(final).path
    yield from _guarded(url, _read(io.BytesIO(body), url, name, opt, content_type, final, at))


def _read(
    raw: IO[bytes],
    origin: str,
    name: str | None,
    opt: _Options,
    content_type: str = "",
    url: str | None = None,
    fetched_at: str | None = None,
) -> Iterator[Item | Problem]:
    """Read one source's bytes in its format."""
    stream, head, gzipped = opened(raw)
    fmt = opt.format if opt.format != "auto" else detect(name, head, content_type, opt.columns)
    if fmt == "parquet":  # read from the file itself when it can seek (the index is at its end)
        whole = raw if not gzipped and seekable(raw) else stream
        yield from read_parquet(whole, origin, columns=opt.columns, fetched_at=fetched_at)
    elif fmt == "csv":
        yield from read_csv(stream, origin, columns=opt.columns, fetched_at=fetched_at)
    elif fmt == "jsonl":
        yield from read_jsonl(stream, origin, columns=opt.columns, fetched_at=fetched_at)
    elif fmt == "rss":
        yield from read_feed(
            stream,
            origin,
            base_url=url,
            fetched_at=fetched_at,
            fetch_links=opt.fetch_links,
            allow_private=opt.allow_private,
        )
    elif fmt == "warc":
        yield from read_warc(stream, origin, skipped=opt.skipped)
    else:
        yield _document(stream, origin, fmt == "html", content_type, url, fetched_at)


def _document(
    stream: IO[bytes],
    origin: str,
    is_html: bool,
    content_type: str,
    url: str | None,
    fetched_at: str | None,
) -> Item | Problem:
    """A whole source as one article (plain text or HTML)."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        return Problem(origin, f"input is over {MAX_BYTES // 1_000_000} MB")
    try:
        text = decode(data, charset=declared_charset(data, content_type))
    except InputError as err:
        return Problem(origin, str(err))
    return Item(
        content=text,
        origin=origin,
        raw_sha256=hashlib.sha256(data).hexdigest(),
        is_html=is_html,
        url=url,
        fetched_at=fetched_at,
    )


def _guarded(origin: str, items: Iterator[Item | Problem]) -> Iterator[Item | Problem]:
    """``items``, ending with a Problem instead of an exception when the bytes cannot be read."""
    try:
        yield from items
    except (OSError, EOFError, zlib.error, ValueError) as err:
        yield Problem(origin, f"cannot read: {_reason(err)}")


def _reason(err: BaseException) -> str:
    if isinstance(err, EOFError):
        return "the compressed data ends too soon"
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    return str(err) or type(err).__name__
