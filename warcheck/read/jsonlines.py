"""JSON Lines files of articles, read line by line.

Each line is a JSON object with ``text`` (plain text) or ``html`` and,
optionally, ``id``, ``title``, ``url``, ``outlet`` and ``published`` (or the
keys a :class:`~warcheck.read.records.ColumnMap` names); every other key is
kept in the item's ``extra``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO

from warcheck.read.article import MAX_BYTES
from warcheck.read.items import Item, Problem
from warcheck.read.records import ColumnMap, key_layout, record_item

_CHUNK = 1 << 20


def read_jsonl(
    stream: IO[bytes],
    origin: str,
    *,
    columns: ColumnMap | None = None,
    fetched_at: str | None = None,
) -> Iterator[Item | Problem]:
    """Yield one Item per line of a JSON Lines file, or a Problem ("line N", from 1).

    Blank lines are skipped (and counted). A line that is not valid UTF-8,
    not JSON, not an object, has no text or is over the size limit is a
    Problem; the next line is read as usual. At most one line is held in
    memory, and an over-long one is skipped without being held.
    """
    layout = key_layout(columns)
    for n, line in enumerate(_lines(stream), 1):
        locator = f"line {n}"
        if line is None:
            yield Problem(origin, f"line is over {MAX_BYTES // 1_000_000} MB", locator)
            continue
        if n == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        try:
            value = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError as err:
            bad = f"byte 0x{line[err.start]:02x} at column {err.start + 1}"
            yield Problem(origin, f"not valid UTF-8 ({bad})", locator)
            continue
        except json.JSONDecodeError as err:
            yield Problem(origin, f"invalid JSON ({err.msg} at column {err.colno})", locator)
            continue
        if not isinstance(value, dict):
            yield Problem(origin, f"not a JSON object but {_kind(value)}", locator)
            continue
        yield record_item(value, layout, origin, locator, fetched_at=fetched_at)


def _lines(stream: IO[bytes]) -> Iterator[bytes | None]:
    """The lines of ``stream``; ``None`` for a line over MAX_BYTES, which is skipped unread."""
    while True:
        line = stream.readline(MAX_BYTES + 1)
        if not line:
            return
        if len(line) <= MAX_BYTES or line.endswith(b"\n"):
            yield line
            continue
        while True:  # skip the rest of the over-long line
            rest = stream.readline(_CHUNK)
            if not rest or rest.endswith(b"\n"):
                break
        yield None


def _kind(value: object) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if value is None:
        return "null"
    return "a number" if not isinstance(value, bool) else "a boolean"
