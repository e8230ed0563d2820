"""Analysing a pasted or uploaded article, and storing it only when the server is writable."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import warcheck
from warcheck.web.config import Settings

ORIGIN = "web:analyse"
"""The ``source`` recorded for articles stored from the analyse page or API."""


@dataclass(frozen=True)
class Outcome:
    """An analysis document, and the id it was stored under (None when not stored)."""

    document: dict[str, Any]
    stored_id: int | None


def decode(data: bytes, name: str = "the upload") -> str:
    """An upload's text (UTF-8, a BOM allowed), or an InputError saying why it is not text."""
    if b"\x00" in data[:8192]:
        raise warcheck.InputError(f"{name} looks binary, not text or HTML")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise warcheck.InputError(f"{name} is not UTF-8 text (byte {err.start})") from None


def analyse(
    settings: Settings, text: str, *, published: str | None = None, outlet: str | None = None
) -> Outcome:
    """Analyse ``text``; on a writable server also store it and say under which id.

    Raises:
        InputError: the text cannot be analysed (empty, no article text, bad date).
    """
    if not text.strip():
        raise warcheck.InputError("nothing to analyse: the text is empty")
    document = warcheck.analyze(text, published=published or None, outlet=outlet or None)
    if not settings.writable:
        return Outcome(document.to_dict(), None)
    raw = hashlib.sha256(text.encode("utf-8")).hexdigest()
    item = warcheck.Item(content=text, origin=ORIGIN, raw_sha256=raw, outlet=outlet or None,
                         published=published or None)  # fmt: skip
    with warcheck.Store.open(settings.db, create=False) as store:
        report = store.ingest([item])
        if report.problems:
            raise warcheck.InputError(str(report.problems[0]))
        stored = store.article_with_raw(raw)
    return Outcome(document.to_dict(), stored)
