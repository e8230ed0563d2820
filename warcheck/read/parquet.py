"""Parquet tables of articles, read a row batch at a time.

A Parquet file has the columns of the generic CSV layout (``text`` or
``html``, optional ``id``, ``title``, ``url``, ``outlet``, ``published``),
or the FA-KES ones, or those a :class:`~warcheck.read.records.ColumnMap`
names; each row is read as a CSV row is (:func:`~warcheck.read.records.record_item`:
the same item, the same ``raw_sha256`` and so the same custody key as the
same row in a CSV). Rows are numbered from 1 ("row 1"). Only
:data:`BATCH_ROWS` rows are in memory at a time. pyarrow (``warcheck[dask]``)
is imported only when a Parquet source is read.

Parquet keeps its index at the end of the file, so it is read from a
seekable file; a Parquet stream (stdin, a URL, a gzipped file) is read into
memory first, up to :data:`MAX_STREAM_BYTES`.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import IO, Any

from warcheck.read.items import Item, Problem
from warcheck.read.records import ColumnMap, layout_for, record_item

MAGIC = b"PAR1"
BATCH_ROWS = 256
MAX_STREAM_BYTES = 2_000_000_000


def read_parquet(
    stream: IO[bytes],
    origin: str,
    *,
    columns: ColumnMap | None = None,
    fetched_at: str | None = None,
) -> Iterator[Item | Problem]:
    """Yield one Item per row of a Parquet file, or a Problem (see the module's docstring)."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield Problem(origin, "reading Parquet needs pyarrow: pip install 'warcheck[dask]'")
        return
    source = _seekable(stream)
    if source is None:
        yield Problem(origin, f"a Parquet stream over {MAX_STREAM_BYTES // 1_000_000} MB")
        return
    try:
        table = pq.ParquetFile(source)
    except Exception as err:  # pyarrow raises ArrowInvalid, OSError...: all one thing here
        yield Problem(origin, f"not a readable Parquet file ({_first_line(err)})")
        return
    names = list(table.schema_arrow.names)
    layout = layout_for(names, columns)
    if isinstance(layout, str):
        yield Problem(origin, layout)
        return
    for n, record in enumerate(_records(table, origin), start=1):
        if isinstance(record, Problem):
            yield record
            return
        yield record_item(record, layout, origin, f"row {n}", fetched_at=fetched_at)


def _records(table: Any, origin: str) -> Iterator[dict[str, Any] | Problem]:
    try:
        for batch in table.iter_batches(batch_size=BATCH_ROWS):
            yield from batch.to_pylist()
    except Exception as err:  # a damaged row group ends the file, as a CSV syntax error does
        yield Problem(origin, f"damaged Parquet data ({_first_line(err)}); the rest is skipped")


def _seekable(stream: IO[bytes]) -> IO[bytes] | None:
    """``stream`` from its start if it can seek, else its bytes in memory (``None``: too many)."""
    if seekable(stream):
        stream.seek(0)
        return stream
    data = stream.read(MAX_STREAM_BYTES + 1)
    return io.BytesIO(data) if len(data) <= MAX_STREAM_BYTES else None


def seekable(stream: Any) -> bool:
    """Whether ``stream`` is a file that can be read again from its start."""
    try:
        return bool(stream.seekable()) and stream.tell() >= 0
    except (AttributeError, OSError, ValueError):
        return False


def _first_line(err: BaseException) -> str:
    return (str(err).strip().splitlines() or [type(err).__name__])[0]
