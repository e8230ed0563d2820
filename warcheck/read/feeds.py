"""RSS and Atom feeds: one item per entry, from the feed's own content or the linked page.

feedparser reads every feed dialect (RSS 0.9x, 1.0 and 2.0, Atom 0.3 and
1.0), sanitises the HTML of entries and resolves relative links. An entry's
content is its full content (``content:encoded``, Atom ``content``) or else
its summary; with ``fetch_links`` the page the entry links to is fetched
instead, through :func:`warcheck.read.fetch.fetch`, with its refusals and caps.
"""

from __future__ import annotations

import hashlib
import html
import io
import time
from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import IO, Any

from warcheck.errors import FetchError, InputError
from warcheck.read.article import decode, looks_like_html
from warcheck.read.fetch import declared_charset, fetch, utc_now
from warcheck.read.items import Item, Problem, with_title
from warcheck.read.records import iso_date

MAX_FEED_BYTES = 50_000_000
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_feed(
    stream: IO[bytes],
    origin: str,
    *,
    base_url: str | None = None,
    fetched_at: str | None = None,
    fetch_links: bool = False,
    allow_private: bool = False,
) -> Iterator[Item | Problem]:
    """Yield one Item per feed entry ("item N", from 1), or a Problem.

    The outlet is the entry's own source (RSS ``<source>``) or else the
    feed's title; the date is the entry's published (else updated) date as
    written. ``raw_sha256`` hashes the entry's content as UTF-8, or the
    fetched page's bytes with ``fetch_links``. A page that cannot be fetched
    or decoded is a Problem for its entry; the other entries are read.

    Args:
        stream: the feed document (read whole: feeds are small; at most 50 MB).
        origin: the feed's path or URL, for items and problems.
        base_url: where the feed was fetched from, to resolve relative links.
        fetched_at: when the feed was fetched (for the items of a feed URL).
        fetch_links: read each entry's linked page instead of the feed's content.
        allow_private: let linked pages be on private addresses.
    """
    import feedparser

    data = stream.read(MAX_FEED_BYTES + 1)
    if len(data) > MAX_FEED_BYTES:
        yield Problem(origin, f"feed is over {MAX_FEED_BYTES // 1_000_000} MB")
        return
    headers = {"content-location": base_url} if base_url else {}
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if not parsed.get("version") and not parsed.entries:
        error = str(parsed.get("bozo_exception") or "").removeprefix("<unknown>:")
        yield Problem(origin, "not an RSS or Atom feed" + (f" ({error})" if error else ""))
        return
    feed_title = _text(parsed.feed.get("title"))
    for n, entry in enumerate(parsed.entries, 1):
        item = _entry_item(entry, origin, f"item {n}", feed_title, fetched_at)
        if fetch_links:
            yield _linked(item, allow_private)
        else:
            yield _with_content(item, entry)


def _entry_item(
    entry: Mapping[str, Any], origin: str, locator: str, feed_title: str | None, at: str | None
) -> Item:
    """The entry's metadata as an Item without content yet."""
    raw_date = _text(entry.get("published") or entry.get("updated"))
    published = iso_date(raw_date) if raw_date else None
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if published is None and isinstance(stamp, time.struct_time):
        published = time.strftime("%Y-%m-%d", stamp)
    extra: dict[str, Any] = {}
    if raw_date:
        extra["published"] = raw_date
    if entry.get("author"):
        extra["author"] = entry["author"]
    tags = [t.get("term") for t in entry.get("tags") or () if t.get("term")]
    if tags:
        extra["tags"] = tags
    source = entry.get("source") or {}
    return Item(
        content="",
        origin=origin,
        raw_sha256="",
        locator=locator,
        item_id=_text(entry.get("id")),
        title=_text(entry.get("title")),
        url=_text(entry.get("link")),
        outlet=_text(source.get("title")) or feed_title,
        published=published,
        fetched_at=at,
        extra=extra,
    )


def _with_content(item: Item, entry: Mapping[str, Any]) -> Item | Problem:
    """The item with the entry's own content: full content, else the summary."""
    parts = [*(entry.get("content") or ()), entry.get("summary_detail") or {}]
    for part in parts:
        value = part.get("value") or ""
        if value.strip():
            is_html = (part.get("type") or "text/html") in _HTML_TYPES
            break
    else:
        return Problem(item.origin, "no content (try fetching its link)", item.locator)
    return replace(
        item,
        content=_page(item.title, value) if is_html else with_title(item.title, value),
        raw_sha256=hashlib.sha256(value.encode("utf-8")).hexdigest(),
        is_html=is_html,
    )


def _page(title: str | None, fragment: str) -> str:
    """An entry's HTML as a page whose ``<title>`` is the entry's, so the title is read."""
    head = f"<head><title>{html.escape(title)}</title></head>" if title else ""
    return f"<html>{head}<body>{fragment}</body></html>"


def _linked(item: Item, allow_private: bool) -> Item | Problem:
    """The item with the page its link points to, fetched now."""
    if not item.url:
        return Problem(item.origin, "no link to fetch", item.locator)
    try:
        body, content_type, final = fetch(item.url, allow_private=allow_private)
        fetched_at = utc_now()
        text = decode(body, charset=declared_charset(body, content_type))
    except FetchError as err:
        return Problem(item.origin, f"cannot fetch {item.url}: {err}", item.locator)
    except InputError as err:
        return Problem(item.origin, f"{item.url}: {err}", item.locator)
    media = content_type.split(";", 1)[0].strip().lower()
    is_html = media in _HTML_TYPES if media else looks_like_html(text)
    return replace(
        item,
        content=text if is_html else with_title(item.title, text),
        raw_sha256=hashlib.sha256(body).hexdigest(),
        is_html=is_html,
        url=final,
        fetched_at=fetched_at,
    )


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
