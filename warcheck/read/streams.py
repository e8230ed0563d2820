"""Byte streams for the readers: a look at the first bytes, gzip undone, folders walked.

:func:`opened` reads the first :data:`HEAD_BYTES` of a stream (a file,
stdin, a fetched body), undoes gzip when the magic bytes say so, whatever
the format inside, and hands back a buffered stream that starts again from
the first byte, with that head for format detection. Nothing more than the
head is read ahead, so a reader can go on record by record.
"""

from __future__ import annotations

import gzip
import io
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Protocol

from warcheck.read.items import Problem

HEAD_BYTES = 65536
GZIP_MAGIC = b"\x1f\x8b"


class Readable(Protocol):
    """Anything with ``read(size)`` giving bytes: a file, stdin's buffer, a GzipFile."""

    def read(self, size: int = -1, /) -> bytes: ...


class _Replay(io.RawIOBase):
    """A raw stream that gives ``head`` again, then the rest of ``stream``."""

    def __init__(self, head: bytes, stream: Readable) -> None:
        super().__init__()
        self._head = memoryview(head)
        self._pos = 0
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._pos < len(self._head):
            n = min(len(buffer), len(self._head) - self._pos)
            buffer[:n] = self._head[self._pos : self._pos + n]
            self._pos += n
            return n
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _head(stream: Readable) -> bytes:
    """The first HEAD_BYTES of ``stream`` (fewer at its end), however short its reads."""
    parts: list[bytes] = []
    size = 0
    while size < HEAD_BYTES:
        chunk = stream.read(HEAD_BYTES - size)
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


def _replayed(head: bytes, stream: Readable) -> IO[bytes]:
    return io.BufferedReader(_Replay(head, stream), buffer_size=HEAD_BYTES)


def opened(raw: Readable) -> tuple[IO[bytes], bytes, bool]:
    """``raw`` ready to read from its start, its first bytes, and whether it was gzipped.

    Raises:
        OSError, EOFError: the gzip data is broken (also later, while reading).
    """
    head = _head(raw)
    if not head.startswith(GZIP_MAGIC):
        return _replayed(head, raw), head, False
    unzipped = gzip.GzipFile(fileobj=_replayed(head, raw), mode="rb")
    inner = _head(unzipped)
    return _replayed(inner, unzipped), inner, True


def walk(folder: Path, wanted: frozenset[str], skipped: Counter[str]) -> Iterator[Path | Problem]:
    """The files under ``folder``, depth first, each folder's entries in name order.

    Hidden files and folders (names starting with ".") are skipped, and so
    are files whose extension (lower-case, less any ``.gz``; "" for none) is
    not in ``wanted``; links to folders are not followed.
    Skips are counted in ``skipped``. One folder's listing is read at a time.
    """
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as err:
        yield Problem(str(folder), f"cannot read folder: {err.strerror or err}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            skipped["hidden file or folder"] += 1
        elif entry.is_dir(follow_symlinks=False):
            yield from walk(Path(entry.path), wanted, skipped)
        elif entry.is_file():
            if kind_suffix(entry.name) in wanted:
                yield Path(entry.path)
            else:
                skipped["file of another type"] += 1


def kind_suffix(name: str) -> str:
    """The extension that tells a file's format, lower-case, ``.gz`` removed ("" for none)."""
    lower = name.lower()
    for gz in (".gz", ".gzip"):
        if lower.endswith(gz):
            lower = lower[: -len(gz)]
            break
    return os.path.splitext(lower)[1]
