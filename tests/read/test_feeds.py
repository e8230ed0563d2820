"""Tests for warcheck.read.feeds: RSS 2.0 and Atom entries, and their linked pages.

Linked pages are served by the local server of tests/read/conftest.py on 127.0.0.1
(the ``site`` fixture, a conftest.Site).
"""

from __future__ import annotations

import hashlib
import io
from typing import Any

from warcheck.read.article import read_html
from warcheck.read.feeds import read_feed
from warcheck.read.items import Item, Problem

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Example News</title>
  <link>https://news.example.org/</link>
  <item>
    <title>Air strikes kill 12 in Idlib</title>
    <link>{link1}</link>
    <guid>https://news.example.org/a/1</guid>
    <pubDate>Thu, 05 Oct 2017 23:30:00 +0300</pubDate>
    <category>Syria</category>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>Air strikes on Maarat al-Numan killed 12 civilians on
      Monday, the Syrian Observatory for Human Rights said.</p>]]></content:encoded>
  </item>
  <item>
    <title>Shelling in Daraa</title>
    <link>{link2}</link>
    <description>Shelling hit Daraa city on Tuesday, residents said.</description>
    <source url="https://other.example.org/rss">Other Agency</source>
  </item>
  <item>
    <title>No body at all</title>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Monitor</title>
  <id>urn:feed</id>
  <updated>2017-10-06T00:00:00Z</updated>
  <entry>
    <title>Clashes near Raqqa</title>
    <link href="https://monitor.example.org/raqqa"/>
    <id>urn:entry:1</id>
    <published>2017-10-06T01:00:00+03:00</published>
    <updated>2017-10-07T00:00:00Z</updated>
    <content type="html">&lt;p&gt;Clashes broke out near Raqqa on Friday.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Plain summary</title>
    <id>urn:entry:2</id>
    <updated>2017-10-07T00:00:00Z</updated>
    <summary type="text">A plain text summary about Homs.</summary>
  </entry>
</feed>
"""

PAGE = (
    b"<html><head><title>Air strikes kill 12 in Idlib</title></head><body><article>"
    b"<p>Air strikes on Maarat al-Numan killed 12 civilians on Monday, the monitor said.</p>"
    b"</article></body></html>"
)


def _rss(link1: str = "https://news.example.org/a/1", link2: str = "/b/2") -> bytes:
    return RSS.format(link1=link1, link2=link2).encode()


def _read(data: bytes, **kw: object) -> list[Item | Problem]:
    return list(read_feed(io.BytesIO(data), "feed.xml", **kw))  # type: ignore[arg-type]


def test_rss_entries() -> None:
    first, second, third = _read(_rss(), base_url="https://news.example.org/feed")
    assert isinstance(first, Item) and isinstance(second, Item)
    assert (first.locator, first.title, first.url, first.outlet, first.published) == (
        "item 1",
        "Air strikes kill 12 in Idlib",
        "https://news.example.org/a/1",
        "Example News",
        "2017-10-05",  # the date as the feed wrote it, not moved to UTC
    )
    assert first.item_id == "https://news.example.org/a/1" and first.is_html
    assert first.extra == {"published": "Thu, 05 Oct 2017 23:30:00 +0300", "tags": ["Syria"]}
    assert "Maarat al-Numan" in first.content and "Short summary" not in first.content
    article = read_html(first.content)  # the entry's title is read as the page's
    assert article.title is not None and article.title.text == first.title
    # The summary when there is no full content; the entry's own source as its outlet.
    assert "Daraa city" in second.content and second.outlet == "Other Agency"
    assert second.url == "https://news.example.org/b/2"  # resolved against the feed's URL
    assert third == Problem("feed.xml", "no content (try fetching its link)", "item 3")


def test_atom_entries() -> None:
    first, second = _read(ATOM.encode())
    assert isinstance(first, Item) and isinstance(second, Item)
    assert (first.title, first.url, first.outlet, first.published, first.item_id) == (
        "Clashes near Raqqa",
        "https://monitor.example.org/raqqa",
        "Atom Monitor",
        "2017-10-06",
        "urn:entry:1",
    )
    value = "<p>Clashes broke out near Raqqa on Friday.</p>"
    assert first.raw_sha256 == hashlib.sha256(value.encode()).hexdigest()
    assert second.is_html is False
    assert second.content == "Plain summary\n\nA plain text summary about Homs."
    assert second.published == "2017-10-07"


def test_not_a_feed() -> None:
    (problem,) = _read(b"just words, not XML")
    assert isinstance(problem, Problem) and problem.reason.startswith("not an RSS or Atom feed")


def test_fetch_links_reads_each_page_and_a_failure_is_one_problem(site: Any) -> None:
    link = site.put("/a/1", PAGE, "text/html; charset=utf-8")
    first, second, third = _read(
        _rss(link1=link, link2=site.base + "/missing"),
        fetch_links=True,
        allow_private=True,
        fetched_at="2020-01-01T00:00:00Z",
    )
    assert isinstance(first, Item)
    assert first.content == PAGE.decode() and first.is_html
    assert first.raw_sha256 == hashlib.sha256(PAGE).hexdigest()
    assert first.url == link and first.fetched_at != "2020-01-01T00:00:00Z"
    assert first.title == "Air strikes kill 12 in Idlib" and first.published == "2017-10-05"
    assert isinstance(second, Problem) and second.locator == "item 2"
    assert (
        second.reason
        == f"cannot fetch {site.base}/missing: {site.base}/missing returned HTTP 404 Not Found"
    )
    assert third == Problem("feed.xml", "no link to fetch", "item 3")


def test_fetch_links_refuses_private_addresses_unless_allowed(site: Any) -> None:
    link = site.put("/a/1", PAGE, "text/html")
    first = _read(_rss(link1=link), fetch_links=True)[0]
    assert isinstance(first, Problem)
    assert first.reason == (
        f"cannot fetch {link}: refusing private address 127.0.0.1 (use --allow-private to allow)"
    )
