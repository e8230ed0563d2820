"""Reading input into an :class:`~warcheck.model.Article`.

:func:`decode` turns bytes into text (UTF-8 only, never guessed),
:func:`read_text` cleans plain text as copied from the web, :func:`read_html`
extracts the main text and metadata of a page with trafilatura, and
:func:`read` chooses between the two. Cleaning normalises line ends, drops
page furniture (share buttons, comment forms, related links, footers) and
records each removal, finds the title and the dateline, and identifies the
language.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from warcheck.errors import InputError
from warcheck.model import Article, Span
from warcheck.read.datelines import find_dateline
from warcheck.read.deep_html import MAX_DEPTH, flat_text, nesting_depth
from warcheck.read.furniture import clean
from warcheck.read.plain_english import plainly_english
from warcheck.read.publication_dates import checked, in_range

MAX_BYTES = 10_000_000
LANGUAGE_CHARS = 1000  # language identification reads this many characters

# --- decoding -----------------------------------------------------------------------------

_CONTROL = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def check_size(size: int) -> None:
    """Raise InputError when an input of ``size`` bytes is over :data:`MAX_BYTES`."""
    if size > MAX_BYTES:
        limit = MAX_BYTES // 1_000_000
        raise InputError(f"input is {size / 1_000_000:.1f} MB; the limit is {limit} MB")


def decode(data: bytes, *, charset: str | None = None) -> str:
    """Decode input bytes as UTF-8 (a byte order mark is tolerated).

    Encodings are never guessed: text in Windows-1252 or Latin-1 is refused
    with the offset of the first bad byte. ``charset`` is an encoding the
    source declared (an HTTP header or ``<meta charset>``); it is used when
    given and not UTF-8.

    Raises:
        InputError: the input is empty, too large, binary or not valid UTF-8.
    """
    check_size(len(data))
    if not data.strip():
        raise InputError("input is empty")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError("input is UTF-16 text; convert it to UTF-8")
    sample = data[:8192]
    if b"\x00" in data or len(_CONTROL.findall(sample)) > len(sample) * 0.05:
        raise InputError("input looks binary, not text")
    skip = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    if charset and charset.lower().replace("_", "-") not in ("utf-8", "utf8", "us-ascii", "ascii"):
        try:
            text = data[skip:].decode(charset)
        except LookupError:
            raise InputError(f"input declares an unknown encoding {charset!r}") from None
        except UnicodeDecodeError as err:
            raise InputError(
                f"input is not valid {charset} (byte 0x{data[skip + err.start]:02x} at offset "
                f"{skip + err.start})"
            ) from None
    else:
        try:
            text = data[skip:].decode("utf-8")
        except UnicodeDecodeError as err:
            offset = skip + err.start
            raise InputError(
                f"input is not valid UTF-8 (byte 0x{data[offset]:02x} at offset {offset})"
            ) from None
    if not text.strip():
        raise InputError("input is empty")
    return text


# --- HTML ---------------------------------------------------------------------------------

_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title"
    r"|div|p|article|section|main|table|h[1-6]|span|ul|br)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAG = re.compile(
    r"</?(?:html|head|body|div|p|br|span|article|section|a|script|style|meta|link|table|tr|td"
    r"|ul|li|h[1-6])\b[^<>]*>",
    re.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page (or fragment) rather than plain text."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return sum(1 for _ in zip(range(5), _HTML_TAG.finditer(head), strict=False)) >= 5


def read_html(
    html: str, *, published: str | None = None, outlet: str | None = None, url: str | None = None
) -> Article:
    """Extract the main text and metadata of an HTML page into an Article.

    Trafilatura finds the main text (comments excluded, favouring precision);
    each of its paragraphs becomes a paragraph separated by a blank line, and
    the page title is put first when the text does not start with it. The
    page's date, site name, author and canonical URL fill in what the
    arguments leave open. The text is then cleaned as by :func:`read_text`.

    Raises:
        InputError: the page has no extractable article text.
    """
    import trafilatura

    if nesting_depth(html) > MAX_DEPTH:
        return _read_deep(html, published=published, outlet=outlet, url=url)
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=False,
            favor_precision=True,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # lxml/trafilatura errors on malformed pages
        doc = None
    raw = getattr(doc, "text", None) or ""
    paragraphs = [line.strip() for line in raw.split("\n") if line.strip()]
    if not paragraphs:
        raise InputError("HTML page has no article text")
    title = _clean_line(getattr(doc, "title", None) or "")
    if title and paragraphs[0] != title:
        paragraphs.insert(0, title)
    meta_date = getattr(doc, "date", None)
    return _build(
        "\n\n".join(paragraphs),
        published=published,
        metadata_date=meta_date if isinstance(meta_date, str) else None,
        outlet=outlet or getattr(doc, "sitename", None) or None,
        author=getattr(doc, "author", None) or None,
        url=url or getattr(doc, "url", None) or None,
        title_hint=title or None,
    )


def _read_deep(html: str, *, published: str | None, outlet: str | None, url: str | None) -> Article:
    """Read a page nested too deeply for trafilatura, tag by tag (see ``read.deep_html``)."""
    title, paragraphs = flat_text(html)
    if not paragraphs:
        raise InputError(f"HTML page nested over {MAX_DEPTH} levels deep has no text")
    if title and paragraphs[0] != title:
        paragraphs.insert(0, title)
    text = "\n\n".join(paragraphs)
    return _build(text, published=published, outlet=outlet, url=url, title_hint=title or None)


def read(content: str, **kw: Any) -> Article:
    """Read ``content`` as HTML or as plain text, whichever it looks like."""
    if looks_like_html(content):
        return read_html(content, **kw)
    return read_text(content, **kw)


def read_text(
    text: str, *, published: str | None = None, outlet: str | None = None, url: str | None = None
) -> Article:
    """Clean plain text as found on the web into an Article.

    Line ends are normalised and trailing whitespace stripped; page furniture
    is dropped and recorded in ``boilerplate_removed``; the first line
    becomes the title when it looks like one; a dateline near the start gives
    the publication date unless ``published`` (``YYYY-MM-DD``) is given.

    Raises:
        InputError: nothing is left of the text, or ``published`` is not a date.
    """
    return _build(text, published=published, outlet=outlet, url=url)


# --- building the article -----------------------------------------------------------------


def _build(
    text: str,
    *,
    published: str | None,
    outlet: str | None,
    url: str | None,
    metadata_date: str | None = None,
    author: str | None = None,
    title_hint: str | None = None,
) -> Article:
    text, removed = clean(text)
    if not text:
        raise InputError("input has no text")
    found = find_dateline(text)
    dateline = found[0] if found else None
    title = _title(text, dateline, title_hint)
    if published is not None:
        published_iso, source = checked(published), "argument"
    elif metadata_date and _is_iso(metadata_date):
        published_iso, source = metadata_date[:10], "metadata"
    elif found and in_range(found[1]):
        published_iso, source = found[1].isoformat(), "dateline"
    else:
        published_iso, source = None, None
    language, score = identify_language(text)
    outlet_name, outlet_id = _outlet(outlet, url)
    return Article(
        text=text,
        title=title,
        dateline=dateline,
        published=published_iso,
        published_from=source if published_iso else None,
        outlet=outlet_name,
        outlet_id=outlet_id,
        author=author,
        url=url,
        language=language,
        language_score=score,
        non_english=language not in ("en", "und"),
        boilerplate_removed=tuple(removed),
    )


def _is_iso(value: str) -> bool:
    try:
        day = datetime.date.fromisoformat(value[:10])
    except ValueError:
        return False
    return in_range(day)


_TITLE_END_WORD = re.compile(
    r"\b(?:the|a|an|of|on|in|at|to|for|and|or|but|with|by|from|as|that|which|who)$", re.IGNORECASE
)


def _title(text: str, dateline: Span | None, hint: str | None) -> Span | None:
    """The title line: the first line when it looks like a title, or ``hint``."""
    first_end = text.find("\n")
    if first_end < 0:
        return None  # one line: no separate title
    start, end = 0, first_end
    if dateline is not None and dateline.start == 0:
        rest = text[dateline.end : first_end].strip(" \t-\u2013\u2014|:,")
        if not rest:  # the first line is the dateline: the title may follow it
            start = first_end + 1
            while text.startswith("\n", start):
                start += 1
            end = text.find("\n", start)
            if end < 0:
                return None
        else:  # "Wed 05 Apr 2017 Title words": the title follows the dateline
            start = text.index(rest, dateline.end)
            end = start + len(rest)
    line = text[start:end]
    if hint and line.strip() == hint:
        return Span(start, end, line)
    next_line = text[end + 1 : end + 2]
    if not (3 <= len(line) <= 250) or len(line.split()) < 2:
        return None
    if line[-1] in ".,;:" or line[0].islower() or next_line.islower():
        return None
    if _TITLE_END_WORD.search(line):
        return None
    return Span(start, end, line)


def _clean_line(value: str) -> str:
    return " ".join(value.split())


@functools.cache
def _outlet_lookup() -> Callable[[str], Any] | None:
    try:
        from warcheck.knowledge import outlet
    except ImportError:
        return None
    return outlet


def _outlet(name: str | None, url: str | None) -> tuple[str | None, str | None]:
    """The outlet's name and, when the knowledge base knows it, its actor id."""
    lookup = _outlet_lookup()
    if lookup is None:
        return name, None
    host = (urlsplit(url).hostname or "") if url else ""
    for key in (name, host.removeprefix("www.")):
        if key:
            actor = lookup(key)
            if actor is not None:
                return name or getattr(actor, "name", None), getattr(actor, "id", None)
    return name, None


# --- language -----------------------------------------------------------------------------


@functools.cache
def _identifier() -> Any:
    from warcheck.read.language_model import identifier

    return identifier()


# Matches (at the start) a text with at least 20 letters: what was counted with
# ``len(re.findall(r"[^\W\d_]", text)) >= 20``, stopping at the twentieth.
_TWENTY_LETTERS = re.compile(r"(?:[\W\d_]*[^\W\d_]){20}")


def identify_language(text: str) -> tuple[str, float]:
    """The language of ``text`` (ISO 639-1) and its probability, from py3langid.

    Only the first :data:`LANGUAGE_CHARS` characters are read. Text with
    fewer than 20 letters in its first 400 characters is "und"
    (undetermined) with probability 0. A sample that is plainly English
    prose (:mod:`warcheck.read.plain_english`) is "en" with probability 1.0,
    py3langid's answer, without loading its model.
    """
    sample = text[:LANGUAGE_CHARS]
    if _TWENTY_LETTERS.match(sample, 0, 400) is None:
        return "und", 0.0
    if plainly_english(sample, LANGUAGE_CHARS):
        return "en", 1.0  # what py3langid gives such samples, without loading its model
    language, score = _identifier().classify(sample)
    return str(language), round(float(score), 4)
