"""One analysed item taken apart into the rows the store writes.

:func:`article_rows` runs in whichever process analysed the item (a worker
when ``--workers`` is more than one), so the writer only inserts: it gets a
small picklable :class:`ArticleRows` with the JSON document already
serialised and every row a plain tuple in the column order of
:mod:`~warcheck.corpus.schema`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson

from warcheck.corpus.limits import Limits, within
from warcheck.errors import WarcheckError
from warcheck.model import Analysis
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
    claims: list[tuple[Any, ...]]
    mentions: list[tuple[Any, ...]]


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
    """Take an item's analysis apart into rows."""
    art = analysis.article
    document = analysis.to_dict()
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
        "document": orjson.dumps(document).decode("utf-8"),
    }
    claims = [_claim_row(c, main_index) for c in document["claims"]]
    return ArticleRows(
        identity=identity,
        custody=custody,
        text_sha256=text_sha,
        outlet=outlet,
        outlet_knowledge_id=art.outlet_id,
        article=article,
        claims=claims,
        mentions=list(_mention_rows(document)),
    )


def _joined(values: list[Any]) -> str | None:
    kept = [str(v) for v in values if v]
    return "; ".join(dict.fromkeys(kept)) or None


def _figure(casualties: list[dict[str, Any]], outcome: str) -> tuple[int | None, int | None]:
    found = [c for c in casualties if c["outcome"] == outcome and c["min"] is not None]
    if not found:
        return None, None
    low = sum(c["min"] for c in found)
    highs = [c["max"] for c in found]
    return low, (sum(highs) if all(h is not None for h in highs) else None)


def _claim_row(claim: dict[str, Any], main_index: int | None) -> tuple[Any, ...]:
    place = claim["places"][0] if claim["places"] else {}
    killed = _figure(claim["casualties"], "killed")
    injured = _figure(claim["casualties"], "injured")
    sources = claim["sources"]
    return (
        claim["index"],
        int(claim["index"] == main_index),
        claim["kind"],
        claim["event_type"],
        claim["certainty"],
        claim["text"],
        claim["start"],
        claim["end"],
        claim["date_from"],
        claim["date_to"],
        claim["date_precision"],
        place.get("name"),
        place.get("place_id"),
        place.get("admin1"),
        place.get("country"),
        place.get("lat"),
        place.get("lon"),
        place.get("precision"),
        _joined([p["actor_id"] for p in claim["agents"]]),
        _joined([p["name"] for p in claim["agents"]]),
        _joined([p["actor_id"] for p in claim["targets"]]),
        _joined([p["name"] for p in claim["targets"]]),
        *killed,
        *injured,
        _joined([s["type"] for s in sources]),
        _joined([s["name"] for s in sources]),
    )


def _mention_rows(doc: dict[str, Any]) -> Iterator[tuple[Any, ...]]:
    for a in doc["actors"]:
        yield ("actor", a["start"], a["end"], a["text"], a["actor_id"], a["name"], a["kind"],
               a["label_camp"], None, None, None, None, None)  # fmt: skip
    for p in doc["places"]:
        yield ("place", p["start"], p["end"], p["text"], p["place_id"], p["name"], p["precision"],
               p.get("country"), None, None, None, p["lat"], p["lon"])  # fmt: skip
    for t in doc["times"]:
        yield ("time", t["start"], t["end"], t["text"], None, None, t["kind"], t["value"],
               t["end_value"], None, None, None, None)  # fmt: skip
    for c in doc["casualties"]:
        yield ("casualty", c["start"], c["end"], c["text"], None, c["qualifier"], c["outcome"],
               c["group"], None, c["min"], c["max"], None, None)  # fmt: skip
    for o in doc["operations"]:
        yield ("operation", o["start"], o["end"], o["text"], o["operation_id"], o["name"], None,
               o["actor_id"], None, None, None, None, None)  # fmt: skip
    for q in doc["cues"]:
        yield ("cue", q["start"], q["end"], q["text"], q["actor_id"], q["technique"], q["kind"],
               q["camp"], None, None, None, None, None)  # fmt: skip
