"""CSV (and TSV) tables of articles, read row by row.

The header line names the columns; :func:`~warcheck.read.records.layout_for`
finds the FA-KES layout (``article_content``, ``article_title``, ``source``,
``date`` in m/d/yy) or the generic one (``text`` or ``html``, optional ``id``,
``title``, ``url``, ``outlet``, ``published``), or the columns a
:class:`~warcheck.read.records.ColumnMap` names. Every other column is kept in
the item's ``extra``.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
import sys
from collections.abc import Iterator
from typing import IO

from warcheck.read.formats import delimiter_of
from warcheck.read.items import Item, Problem
from warcheck.read.records import ColumnMap, Layout, layout_for, record_item

# Bytes that are not UTF-8, as the "surrogateescape" error handler maps them.
_NOT_UTF8 = re.compile("[\udc80-\udcff]")


def read_csv(
    stream: IO[bytes],
    origin: str,
    *,
    columns: ColumnMap | None = None,
    fetched_at: str | None = None,
) -> Iterator[Item | Problem]:
    """Yield one Item per data row of a CSV or TSV table, or a Problem.

    Rows are numbered from 1 after the header line, which is not counted:
    the locator "row 1" is the first row under the header. A record that
    spans several lines (a quoted cell with line breaks) is one row; blank
    rows are counted and yield nothing. The delimiter is a tab when the
    header has more tabs than commas. Bytes that are not UTF-8 spoil only
    their row (a Problem); a table whose header names no text column is one
    Problem; a CSV syntax error ends the table with a Problem, since no
    later row can be trusted.
    """
    csv.field_size_limit(sys.maxsize)  # article cells are far over the 128 KB default
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
    header_line = text.readline()
    if not header_line.strip():
        yield Problem(origin, "empty table: no header line")
        return
    delimiter = delimiter_of(header_line)
    reader = csv.reader(itertools.chain([header_line], text), delimiter=delimiter)
    try:
        names = next(reader)
    except csv.Error as err:
        yield Problem(origin, f"malformed CSV header ({err})")
        return
    if any(_NOT_UTF8.search(n) for n in names):
        yield Problem(origin, "header is not valid UTF-8")
        return
    layout = layout_for(names, columns)
    if isinstance(layout, str):
        yield Problem(origin, layout)
        return
    yield from _rows(reader, names, layout, origin, fetched_at)


def _rows(
    reader: Iterator[list[str]],
    names: list[str],
    layout: Layout,
    origin: str,
    fetched_at: str | None,
) -> Iterator[Item | Problem]:
    n = 0
    while True:
        n += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield Problem(origin, f"malformed CSV ({err}); the rest is skipped", f"row {n}")
            return
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        if any(_NOT_UTF8.search(cell) for cell in row):
            yield Problem(origin, "not valid UTF-8", f"row {n}")
            continue
        record: dict[str, object] = dict(zip(names, row, strict=False))
        if len(row) > len(names):
            record["_more"] = row[len(names) :]
        yield record_item(record, layout, origin, f"row {n}", fetched_at=fetched_at)
