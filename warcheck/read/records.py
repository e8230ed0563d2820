"""Records (CSV rows, JSON Lines objects) as items: which field holds what.

A record is a mapping of field names to values. A :class:`ColumnMap` says
which field holds the text (or HTML), the id, title, URL, outlet and
publication date; :data:`GENERIC` and :data:`FAKES` are the two layouts
known without one. :func:`record_item` turns one record into an
:class:`~warcheck.read.items.Item`, keeping every field it does not use in
``extra``, or into a :class:`~warcheck.read.items.Problem` when it has no text.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from warcheck.read.article import MAX_BYTES
from warcheck.read.items import Item, Problem, with_title


@dataclass(frozen=True)
class ColumnMap:
    """The column (CSV) or key (JSON Lines) that holds each field of an article.

    A field left ``None`` takes the layout's default: the generic names
    (``text``, ``html``, ``id``, ``title``, ``url``, ``outlet``,
    ``published``) or, for a table with an ``article_content`` column, the
    FA-KES names (``article_content``, ``article_title``, ``source``,
    ``date``), the generic ones for the rest. ``text`` holds plain text and
    ``html`` an HTML page; a record with both uses the text.
    """

    text: str | None = None
    html: str | None = None
    id: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None

    def given(self) -> dict[str, str]:
        """The fields this map names, role -> column."""
        return {f.name: v for f in fields(self) if (v := getattr(self, f.name)) is not None}


GENERIC = ColumnMap(
    text="text",
    html="html",
    id="id",
    title="title",
    url="url",
    outlet="outlet",
    published="published",
)
# FA-KES (Abu Salem et al., ICWSM 2019): dates are month/day/two-digit year.
FAKES = ColumnMap(text="article_content", title="article_title", outlet="source", published="date")
TEXT_KEYS = ("text", "html", "article_content")


@dataclass(frozen=True)
class Layout:
    """The columns a reader uses: a complete ColumnMap and how to read its dates."""

    columns: ColumnMap
    us_dates: bool = False  # m/d/yy, as FA-KES writes them


def layout_for(names: list[str], columns: ColumnMap | None) -> Layout | str:
    """The layout of a table with header ``names``, or the reason there is none.

    Default column names are matched without regard to case; names given in
    ``columns`` must be in the header as given.
    """
    columns = columns or ColumnMap()
    fakes = "article_content" in {n.strip().lower() for n in names}
    defaults = {**GENERIC.given(), **(FAKES.given() if fakes else {})}
    by_lower = {n.strip().lower(): n for n in reversed(names)}
    chosen: dict[str, str | None] = {}
    for role, default in defaults.items():
        wanted = getattr(columns, role)
        if wanted is not None:
            if wanted not in names:
                return f"no column {wanted!r} (columns: {_listing(names)})"
            chosen[role] = wanted
        else:
            chosen[role] = by_lower.get(default) if default else None
    if chosen["text"] is None and chosen["html"] is None:
        return f"no text column: none of {', '.join(TEXT_KEYS)} (columns: {_listing(names)})"
    return Layout(ColumnMap(**chosen), us_dates=fakes)


def key_layout(columns: ColumnMap | None) -> Layout:
    """The layout for records without a header (JSON Lines): generic keys unless named."""
    given = (columns or ColumnMap()).given()
    return Layout(ColumnMap(**{**GENERIC.given(), **given}))


def record_item(
    record: Mapping[str, Any],
    layout: Layout,
    origin: str,
    locator: str,
    *,
    fetched_at: str | None = None,
) -> Item | Problem:
    """One record as an Item, or a Problem when it has no usable text.

    The text is the ``text`` field when not blank, else the ``html`` field;
    a plain text gets its title line put first (:func:`with_title`).
    ``raw_sha256`` hashes the text field's UTF-8. The publication date is
    read from its field when it parses; the raw value stays in ``extra`` with
    every field not used for the text, id, title, URL or outlet.
    """
    cols = layout.columns
    chosen = None
    for role in ("text", "html"):
        key = getattr(cols, role)
        value = record.get(key) if key else None
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if not isinstance(value, str):
            return Problem(origin, f"{key!r} is not a string", locator)
        chosen = (key, value, role == "html")
        break
    if chosen is None:
        return Problem(origin, "no text", locator)
    key, value, is_html = chosen
    raw = value.encode("utf-8")
    if len(raw) > MAX_BYTES:
        return Problem(origin, f"text is over {MAX_BYTES // 1_000_000} MB", locator)
    used = {key, cols.id, cols.title, cols.url, cols.outlet}
    title = _scalar(record.get(cols.title)) if cols.title else None
    raw_date = _scalar(record.get(cols.published)) if cols.published else None
    return Item(
        content=value if is_html else with_title(title, value),
        origin=origin,
        raw_sha256=hashlib.sha256(raw).hexdigest(),
        locator=locator,
        is_html=is_html,
        item_id=_scalar(record.get(cols.id)) if cols.id else None,
        title=title,
        url=_scalar(record.get(cols.url)) if cols.url else None,
        outlet=_scalar(record.get(cols.outlet)) if cols.outlet else None,
        published=iso_date(raw_date, us=layout.us_dates) if raw_date else None,
        fetched_at=fetched_at,
        extra={k: v for k, v in record.items() if k not in used and not _blank_text(k, v, cols)},
    )


def iso_date(value: str, *, us: bool = False) -> str | None:
    """A publication date as ``YYYY-MM-DD``, or ``None`` when it does not parse.

    ISO 8601 dates and date-times (the date as written, whatever the
    offset) and RFC 2822 dates are read; with ``us``, so are ``m/d/yy`` and
    ``m/d/yyyy``.
    """
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    if us:
        for fmt in ("%m/%d/%y", "%m/%d/%Y"):
            try:
                return dt.datetime.strptime(value, fmt).date().isoformat()
            except ValueError:
                continue
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _scalar(value: Any) -> str | None:
    """A field as a string (numbers too), or ``None`` when blank or not a scalar."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _blank_text(key: str, value: Any, cols: ColumnMap) -> bool:
    """Whether ``key`` is the unused text/HTML field and empty (nothing to keep)."""
    return key in (cols.text, cols.html) and (
        value is None or (isinstance(value, str) and not value.strip())
    )


def _listing(names: list[str]) -> str:
    shown = ", ".join(names[:12])
    return shown + (f", … ({len(names)} in all)" if len(names) > 12 else "")
