"""Which input format a source is in: by its content, its media type and its extension.

:func:`detect` looks at the first bytes first, because extensions lie: a
WARC starts with ``WARC/``, Parquet with ``PAR1``, a feed is XML whose root is ``rss``, ``feed`` or
``rdf:RDF``, JSON Lines starts with a JSON object on its first line, an
HTML page starts with markup such as ``<!doctype html>``, and a table has a
header line naming a text column. When the content says nothing certain,
the media type a server sent decides, then the extension (less any ``.gz``),
and last a weaker look for HTML tags: HTML if there are some, else plain text.
The formats are the terms of :data:`warcheck.vocab.INPUT_FORMAT`.
"""

from __future__ import annotations

import csv
import json
import re

from warcheck.read.article import looks_like_html
from warcheck.read.records import TEXT_KEYS, ColumnMap
from warcheck.read.streams import HEAD_BYTES, kind_suffix

EXTENSIONS = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".csv": "csv",
    ".tsv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".rss": "rss",
    ".atom": "rss",
    ".rdf": "rss",
    ".xml": "rss",
    ".warc": "warc",
    ".arc": "warc",
    ".parquet": "parquet",
    ".pq": "parquet",
}
# A folder is walked for these (and for files without an extension).
READ_IN_FOLDERS = frozenset(EXTENSIONS) | {""}

MEDIA_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "txt",
    "text/csv": "csv",
    "text/tab-separated-values": "csv",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/jsonlines": "jsonl",
    "application/rss+xml": "rss",
    "application/atom+xml": "rss",
    "application/rdf+xml": "rss",
    "application/xml": "rss",
    "text/xml": "rss",
    "application/warc": "warc",
    "application/vnd.apache.parquet": "parquet",
}
# What a SOURCE URL may serve: the formats above, and archives that the content will tell.
SOURCE_MEDIA_TYPES = (
    *MEDIA_TYPES,
    "application/gzip",
    "application/x-gzip",
    "application/octet-stream",
)

_PROLOG = re.compile(
    rb"\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!doctype[^>]*>\s*)*<([A-Za-z_][\w.:-]*)",
    re.IGNORECASE | re.DOTALL,
)
_FEED_ROOTS = {"rss", "feed", "rdf:rdf", "rdf"}


def detect(
    name: str | None, head: bytes, content_type: str = "", columns: ColumnMap | None = None
) -> str:
    """The format of a source named ``name`` (a path, a URL path or ``None``) from its head.

    Args:
        name: the file name or URL path, for its extension.
        head: the first bytes of the (un-gzipped) content.
        content_type: the HTTP Content-Type, when fetched.
        columns: the columns a table is read with (their text column names a CSV header).
    """
    media = content_type.split(";", 1)[0].strip().lower()
    return (
        by_content(head, columns)
        or MEDIA_TYPES.get(media)
        or EXTENSIONS.get(kind_suffix(name or ""))
        or ("html" if looks_like_html(head.decode("utf-8", "replace")) else "txt")
    )


def by_content(head: bytes, columns: ColumnMap | None = None) -> str | None:
    """The format that the first bytes make certain, or ``None``."""
    head = head.removeprefix(b"\xef\xbb\xbf")
    if head.startswith(b"PAR1"):
        return "parquet"
    start = head.lstrip()[:16]
    if start.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    if start.startswith(b"<"):
        m = _PROLOG.match(head)
        root = m.group(1).decode("ascii").lower() if m else ""
        if root in _FEED_ROOTS:
            return "rss"
        if root == "html" or looks_like_html(head[:4096].decode("utf-8", "replace")):
            return "html"
        return None
    if start.startswith(b"{") and _json_object_line(head):
        return "jsonl"
    if _table_header(head, columns):
        return "csv"
    return None


def _json_object_line(head: bytes) -> bool:
    """Whether the first line is a JSON object (or runs past the head, as a long one may)."""
    line, newline, _ = head.lstrip().partition(b"\n")
    if not newline:
        return len(head) >= HEAD_BYTES or _parses_as_object(line)
    return _parses_as_object(line)


def _parses_as_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _table_header(head: bytes, columns: ColumnMap | None) -> bool:
    """Whether the first line is a CSV or TSV header that names a text column."""
    line = head.partition(b"\n")[0].decode("utf-8", "replace").rstrip("\r")
    delimiter = delimiter_of(line)
    if delimiter not in line:
        return False
    try:
        names = {n.strip().lower() for n in next(csv.reader([line], delimiter=delimiter), [])}
    except csv.Error:  # a stray carriage return or NUL: binary bytes, not a header
        return False
    given = columns or ColumnMap()
    wanted = {n.lower() for n in (*TEXT_KEYS, given.text, given.html) if n}
    return bool(names & wanted)


def delimiter_of(header: str) -> str:
    """A tab when the header line has more tabs than commas, else a comma."""
    return "\t" if header.count("\t") > header.count(",") else ","
