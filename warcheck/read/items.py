"""What the readers of many-article sources yield: items to analyse, or problems to report.

A source (a file, a folder, stdin, a URL, a feed, a CSV, a JSON Lines file, a
WARC) holds one or many articles. Each is read as an :class:`Item` carrying its
chain of custody (where it came from, where inside that, the sha256 of its raw
bytes, when it was fetched). An item that cannot be read becomes a
:class:`Problem` saying where it is and why, so a batch can report it, skip it
and go on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_NON_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Item:
    """One article read from a source, before analysis.

    ``content`` is the decoded text or HTML (``is_html`` says which, ``None``
    when the reader leaves it to content sniffing). ``origin`` is the file
    path, URL or ``-`` (stdin) it came from and ``locator`` where inside it
    ("line 12", "row 5", "record 3", "item 2"; ``None`` for a whole file).
    ``item_id`` is the id the source gives (a CSV/JSON Lines ``id``);
    ``published`` an ISO date (``YYYY-MM-DD``) when the source gives one that
    parses, the raw value being kept in ``extra``. ``raw_sha256`` hashes the
    item's raw bytes as read (the file, the CSV row's text cell, the WARC
    payload). ``fetched_at`` is an ISO-8601 UTC time for network fetches and
    WARC records (the WARC-Date), ``None`` for local files. ``extra`` keeps
    every other field of the source (CSV columns, JSON keys) so nothing is lost.
    """

    content: str
    origin: str
    raw_sha256: str
    locator: str | None = None
    is_html: bool | None = None
    item_id: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    fetched_at: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def where(self) -> str:
        """``origin`` and ``locator`` as one phrase for messages ("feed.xml, item 3")."""
        return f"{self.origin}, {self.locator}" if self.locator else self.origin


@dataclass(frozen=True)
class Problem:
    """An item that could not be read: where it is and why, in one line."""

    origin: str
    reason: str
    locator: str | None = None

    @property
    def where(self) -> str:
        """``origin`` and ``locator`` as one phrase for messages."""
        return f"{self.origin}, {self.locator}" if self.locator else self.origin

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def with_title(title: str | None, content: str) -> str:
    """The article as a reader gets it: its title line, then its content.

    Sources that keep the title apart from the body (CSV columns, feed items)
    often repeat it at the top of the body, after a dateline say; the title
    is added only when its first words are not among the content's first few
    hundred characters.
    """
    title = (title or "").strip()
    key = _NON_WORD.sub(" ", title.lower()).strip()[:40]
    if not key or key in _NON_WORD.sub(" ", content[:400].lower()):
        return content
    return f"{title}\n\n{content}"
