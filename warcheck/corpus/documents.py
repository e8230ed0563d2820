"""The stored analysis document: compact JSON, Zstandard-compressed, read back in either form.

From schema version 4 a store keeps ``articles.document`` as the document's
compact JSON (UTF-8) compressed into one Zstandard frame (level 3): about a
seventh of the JSON's size (4 KB for a FA-KES article's 31 KB), so the
writer binds and pages far fewer bytes and the store is half as big. The
compression runs where the rows are built (a worker during ``--workers N``),
so the writer only binds bytes. Rows written before version 4 hold the JSON
as text (SQLite) or, once migrated, its UTF-8 bytes (PostgreSQL); every
reader goes through :func:`loads` or :func:`json_text`, which tell the forms
apart by the frame's magic number (JSON starts with ``{``).

In plain SQL the column is a blob; ``warcheck export --format jsonl`` (or
:meth:`warcheck.Store.documents`) gives the documents as JSON.
"""

from __future__ import annotations

import threading
from typing import Any

import orjson
import zstandard

LEVEL = 3
"""Zstandard's level: 3 packs a FA-KES document in ~0.06 ms (zlib's fastest takes 0.15 ms for a
bigger result), and reading one back takes ~0.02 ms."""

MAGIC = b"\x28\xb5\x2f\xfd"
"""The first bytes of a Zstandard frame."""


_LOCAL = threading.local()
"""Each thread's Zstandard contexts (a context is not to be shared by threads; making one per
document costs a third more than the compression)."""


def _compressor() -> zstandard.ZstdCompressor:
    try:
        found: zstandard.ZstdCompressor = _LOCAL.compressor
    except AttributeError:
        found = _LOCAL.compressor = zstandard.ZstdCompressor(level=LEVEL)
    return found


def _decompressor() -> zstandard.ZstdDecompressor:
    try:
        found: zstandard.ZstdDecompressor = _LOCAL.decompressor
    except AttributeError:
        found = _LOCAL.decompressor = zstandard.ZstdDecompressor()
    return found


def pack(document: dict[str, Any]) -> bytes:
    """The document as stored: its compact JSON in one Zstandard frame."""
    return pack_json(orjson.dumps(document))


def pack_json(data: bytes) -> bytes:
    """A document's compact JSON (as :func:`pack` writes it) as stored: in one Zstandard frame."""
    return _compressor().compress(data)


def json_bytes(stored: str | bytes | memoryview) -> bytes:
    """The document's JSON (UTF-8) from a stored value of any version."""
    if isinstance(stored, str):
        return stored.encode("utf-8")
    data = bytes(stored)
    if data[:4] == MAGIC:
        return _decompressor().decompress(data)
    return data


def json_text(stored: str | bytes | memoryview) -> str:
    """The document's JSON text from a stored value of any version."""
    if isinstance(stored, str):
        return stored
    return json_bytes(stored).decode("utf-8")


def loads(stored: str | bytes | memoryview) -> dict[str, Any]:
    """The document from a stored value of any version."""
    document: dict[str, Any] = orjson.loads(
        stored if isinstance(stored, str) else json_bytes(stored)
    )
    return document
