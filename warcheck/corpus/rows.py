"""One analysed item taken apart into the rows the store writes.

:func:`article_rows` runs in whichever process analysed the item (a worker
when ``--workers`` is more than one), so the writer only inserts: it gets a
small picklable :class:`ArticleRows` with the JSON document already
serialised and every row a plain tuple in the column order of
:mod:`~warcheck.corpus.schema`. Mentions come in runs of one kind, each row
holding only the columns its kind fills (:data:`MENTION_KIND_COLUMNS`): the
writer then binds no ``NULL`` for the columns a kind never fills (binding
``None`` costs Python's ``sqlite3`` about five times a number's binding).
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from warcheck.corpus import analysis_json, documents
from warcheck.corpus.limits import Limits, within
from warcheck.errors import WarcheckError
from warcheck.model import Analysis, CasualtyMention, Claim, Participant
from warcheck.read.items import Item, Problem, with_title
from warcheck.text import outlet_key
from warcheck.version import __version__

CLAIM_COLUMNS = [
    "claim_index",
    "is_main",
    "kind",
    "event_type",
    "certainty",
    "text",
    "start",
    "end",
    "date_from",
    "date_to",
    "date_precision",
    "place",
    "place_id",
    "admin1",
    "country",
    "latitude",
    "longitude",
    "geo_precision",
    "agents",
    "agent_names",
    "targets",
    "target_names",
    "killed_min",
    "killed_max",
    "injured_min",
    "injured_max",
    "source_types",
    "source_names",
]
MENTION_COLUMNS = [
    "kind",
    "start",
    "end",
    "text",
    "ref",
    "name",
    "category",
    "value",
    "end_value",
    "minimum",
    "maximum",
    "latitude",
    "longitude",
]
_SPAN = ["start", "end", "text"]
MENTION_KIND_COLUMNS: dict[str, list[str]] = {
    "actor": [*_SPAN, "ref", "name", "category", "value"],
    "place": [*_SPAN, "ref", "name", "category", "value", "latitude", "longitude"],
    "time": [*_SPAN, "category", "value", "end_value"],
    "casualty": [*_SPAN, "name", "category", "value", "minimum", "maximum"],
    "operation": [*_SPAN, "ref", "name", "value"],
    "cue": [*_SPAN, "ref", "name", "category", "value"],
}
"""The columns of :data:`MENTION_COLUMNS` each kind of mention fills (after ``kind``); the
others are always ``NULL`` for that kind."""
_KIND_POSITIONS = {
    kind: [MENTION_COLUMNS.index(c) for c in columns]
    for kind, columns in MENTION_KIND_COLUMNS.items()
}

NULL = math.nan
"""What a claim row holds for SQL ``NULL``: SQLite stores a bound NaN as ``NULL``, and Python's
``sqlite3`` binds a float in ~40 ns where ``None`` takes ~290 (its adapter lookup); a FA-KES
article's claims have ~130 ``NULL`` values."""

MentionRun = tuple[str, list[tuple[Any, ...]]]
"""A kind of mention and its rows, each with that kind's columns only."""


@dataclass(frozen=True)
class Options:
    """What the command line says about every item: defaults for what the source leaves open."""

    outlet: str | None = None
    published: str | None = None
    limits: Limits = field(default_factory=Limits)


@dataclass(frozen=True)
class ArticleRows:
    """Everything the writer stores for one article."""

    identity: str
    custody: str
    text_sha256: str
    outlet: str | None
    outlet_knowledge_id: str | None
    article: dict[str, Any]
    claim_values: list[tuple[Any, ...]]
    """The claims' rows in the order of :data:`CLAIM_COLUMNS`, :data:`NULL` for ``NULL``
    (what SQLite binds); :attr:`claims` gives them with ``None``."""
    mention_runs: list[MentionRun]

    @property
    def claims(self) -> list[tuple[Any, ...]]:
        """The claims' rows in the order of :data:`CLAIM_COLUMNS`, ``None`` for ``NULL``."""
        return [tuple(v if v == v else None for v in row) for row in self.claim_values]  # NaN

    @property
    def mentions(self) -> list[tuple[Any, ...]]:
        """Every mention as a full row in the order of :data:`MENTION_COLUMNS`."""
        out: list[tuple[Any, ...]] = []
        width = len(MENTION_COLUMNS)
        for kind, rows in self.mention_runs:
            positions = _KIND_POSITIONS[kind]
            for row in rows:
                full: list[Any] = [None] * width
                full[0] = kind
                for position, value in zip(positions, row, strict=True):
                    full[position] = value
                out.append(tuple(full))
        return out


def sha256(text: str) -> str:
    """Hex sha256 of a string's UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def custody_key(item: Item, options: Options) -> str:
    """The key of an item as read, before analysis: raw bytes, title, outlet and URL.

    An item with the same key was stored by an earlier run (the analysis is
    deterministic), so a rerun skips it without analysing it again.
    """
    outlet = item.outlet or options.outlet or ""
    parts = (item.raw_sha256, item.title or "", outlet_key(outlet), item.url or "")
    return sha256("\x1f".join(parts))


def analyse_item(item: Item, options: Options) -> ArticleRows | Problem:
    """Read and analyse one item; a problem (no text, a bad date, a limit) is returned, not raised.

    The options' :class:`~warcheck.corpus.limits.Limits` bound the item's size and time.
    """
    return within(options.limits, item, lambda: _analysed(item, options))


def _analysed(item: Item, options: Options) -> ArticleRows | Problem:
    from warcheck.analysis.pipeline import analyze_article
    from warcheck.read.article import looks_like_html, read

    try:
        html = item.is_html if item.is_html is not None else looks_like_html(item.content)
        article = read(
            item.content if html else with_title(item.title, item.content),
            published=item.published or options.published,
            outlet=item.outlet or options.outlet,
            url=item.url,
        )
        analysis = analyze_article(article)
    except WarcheckError as err:
        return Problem(item.origin, str(err), item.locator)
    return article_rows(item, options, analysis)


def article_rows(item: Item, options: Options, analysis: Analysis) -> ArticleRows:
    """Take an item's analysis apart into rows.

    The rows come from the model's records themselves and the document from
    :func:`~warcheck.corpus.analysis_json.dumps`, with no dictionary of the
    whole analysis in between (building one took half of this function's time).
    """
    art = analysis.article
    text_sha = sha256(art.text)
    outlet = item.outlet or options.outlet or art.outlet
    identity = sha256("\x1f".join((text_sha, outlet_key(outlet or ""), art.url or "")))
    main = analysis.summary.main_event if analysis.summary else None
    main_index = main.claim if main else None
    custody = custody_key(item, options)
    article: dict[str, Any] = {
        "item_id": item.item_id,
        "title": art.title.text if art.title else item.title,
        "url": art.url,
        "published": art.published,
        "published_from": art.published_from,
        "language": art.language,
        "text": art.text,
        "source": item.origin,
        "locator": item.locator,
        "fetched_at": item.fetched_at,
        "raw_sha256": item.raw_sha256,
        "text_sha256": text_sha,
        "warcheck_version": __version__,
        "identity": identity,
        "custody": custody,
        "main_claim": main_index,
        "extra": json.dumps(item.extra, ensure_ascii=False, default=str) if item.extra else None,
        "document": documents.pack_json(analysis_json.dumps(analysis)),
    }
    return ArticleRows(
        identity=identity,
        custody=custody,
        text_sha256=text_sha,
        outlet=outlet,
        outlet_knowledge_id=art.outlet_id,
        article=article,
        claim_values=[_claim_row(c, main_index) for c in analysis.claims],
        mention_runs=_mention_runs(analysis),
    )


def _joined(values: list[Any]) -> Any:
    """The distinct non-empty values joined by ``"; "``, in order; :data:`NULL` for none."""
    if len(values) == 1:  # most claims: one source, one agent
        return str(values[0]) if values[0] else NULL
    kept = [str(v) for v in values if v]
    return "; ".join(dict.fromkeys(kept)) or NULL


def _participants(parts: tuple[Participant, ...]) -> tuple[Any, Any]:
    """The participants' actor ids and names, each joined (:func:`_joined`)."""
    if not parts:
        return _NO_PARTICIPANTS
    return _joined([p.actor_id for p in parts]), _joined([p.name for p in parts])


def _figures(casualties: tuple[CasualtyMention, ...]) -> tuple[Any, ...]:
    """The claim's killed and injured figures (:func:`_figure`), at once when it gives none."""
    if not casualties:
        return _NO_FIGURES
    return (*_figure(casualties, "killed"), *_figure(casualties, "injured"))


def _figure(casualties: tuple[CasualtyMention, ...], outcome: str) -> tuple[Any, Any]:
    """The claim's figure for one outcome: the sums of minimums and maximums (:data:`NULL`)."""
    found = [c for c in casualties if c.outcome == outcome and c.min is not None]
    if not found:
        return NULL, NULL
    lows = [c.min or 0 for c in found]  # none is None
    highs = [c.max for c in found]
    return sum(lows), sum(h or 0 for h in highs) if None not in highs else NULL


_NO_PLACE = (NULL,) * 7
_NO_FIGURES = (NULL,) * 4
_NO_PARTICIPANTS = (NULL,) * 2
_PLACE = attrgetter("name", "place_id", "admin1", "country", "lat", "lon", "precision")


_CLAIM_HEAD = attrgetter(*CLAIM_COLUMNS[2:11])  # kind ... date_precision: the claim's own fields


def _claim_row(claim: Claim, main_index: int | None) -> tuple[Any, ...]:
    """The claim's row in the order of :data:`CLAIM_COLUMNS`, :data:`NULL` for ``NULL``."""
    place = _sql_row(_PLACE(claim.places[0])) if claim.places else _NO_PLACE
    agents, targets, sources = claim.agents, claim.targets, claim.sources
    return (
        claim.index,
        int(claim.index == main_index),
        *_sql_row(_CLAIM_HEAD(claim)),
        *place,
        *_participants(agents),
        *_participants(targets),
        *_figures(claim.casualties),
        _joined([s.type for s in sources]),
        _joined([s.name for s in sources]),
    )


def _sql_row(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """The row with :data:`NULL` for each ``None`` (see :data:`NULL`)."""
    return tuple([NULL if v is None else v for v in row])


_MENTION_SOURCES: dict[str, tuple[str, Callable[[Any], tuple[Any, ...]]]] = {
    # kind: the analysis's field, and the mention's fields giving that kind's columns, in order
    "actor": ("actors", attrgetter(*_SPAN, "actor_id", "name", "kind", "label_camp")),
    "place": (
        "places",
        attrgetter(*_SPAN, "place_id", "name", "precision", "country", "lat", "lon"),
    ),
    "time": ("times", attrgetter(*_SPAN, "kind", "value", "end_value")),
    "casualty": ("casualties", attrgetter(*_SPAN, "qualifier", "outcome", "group", "min", "max")),
    "operation": ("operations", attrgetter(*_SPAN, "operation_id", "name", "actor_id")),
    "cue": ("cues", attrgetter(*_SPAN, "actor_id", "technique", "kind", "camp")),
}


def _mention_runs(analysis: Analysis) -> list[MentionRun]:
    """Each kind's rows (columns as in :data:`MENTION_KIND_COLUMNS`), kinds without any left out."""
    runs = []
    for kind, (key, columns) in _MENTION_SOURCES.items():
        mentions = getattr(analysis, key)
        if mentions:
            runs.append((kind, list(map(columns, mentions))))
    return runs
