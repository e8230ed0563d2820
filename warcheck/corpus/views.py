"""Read-only queries for browsing a store one page at a time (the web app's needs).

Each function takes the store's connection and returns plain dicts, small
enough for one page: one article with its document, a page of articles or
claims, how each actor is named by each camp's outlets, and what each outlet
reports and how its claims were graded.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from warcheck.corpus import documents as stored_document
from warcheck.corpus.schema import Connection

_ARTICLE = (
    "SELECT a.id, a.item_id, a.title, a.url, o.name AS outlet, o.camp, a.published, "
    "a.language, a.source, a.locator, a.fetched_at, a.raw_sha256, a.text_sha256, a.ingested_at, "
    "a.warcheck_version, a.twin_of, a.main_claim {extra} "
    "FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id"
)


def article(conn: Connection, article_id: int) -> dict[str, Any] | None:
    """One article's row with its full analysis document under ``document``; None if unknown."""
    row = conn.execute(
        _ARTICLE.format(extra=", a.document") + " WHERE a.id = ?", (article_id,)
    ).fetchone()
    if row is None:
        return None
    found = dict(row)
    found["document"] = stored_document.loads(found["document"])
    return found


def article_page(
    conn: Connection,
    *,
    outlet: str | None = None,
    camp: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """A page of article rows (no text), in ingest order, and how many match in all."""
    where, args = _where({"o.name": outlet, "o.camp": camp})
    base = _ARTICLE.format(
        extra=", (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims"
    )
    rows = conn.execute(f"{base} {where} ORDER BY a.id LIMIT ? OFFSET ?", (*args, limit, offset))
    total = conn.execute(
        f"SELECT count(*) FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id {where}", args
    ).fetchone()[0]
    return [dict(r) for r in rows], int(total)


def claim_page(
    conn: Connection,
    *,
    article_id: int | None = None,
    event_type: str | None = None,
    certainty: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """A page of claim rows with their outlet, camp and grade (if cross-checked), and the total."""
    where, args = _where(
        {"c.article_id": article_id, "c.event_type": event_type, "c.certainty": certainty}
    )
    joins = (
        "FROM claims c JOIN articles a ON a.id = c.article_id "
        "LEFT JOIN outlets o ON o.id = a.outlet_id "
        "LEFT JOIN incident_claims ic ON ic.claim_id = c.id"
    )
    rows = conn.execute(
        f"SELECT c.*, a.published, o.name AS outlet, o.camp, ic.incident_id, ic.grade, "
        f"ic.reliability || ic.credibility AS admiralty {joins} {where} "
        "ORDER BY c.id LIMIT ? OFFSET ?",
        (*args, limit, offset),
    )
    total = conn.execute(f"SELECT count(*) {joins} {where}", args).fetchone()[0]
    return [dict(r) for r in rows], int(total)


def claim_grades(conn: Connection, article_id: int) -> dict[int, dict[str, Any]]:
    """The cross-check's verdict on each claim of an article, by claim index."""
    rows = conn.execute(
        "SELECT c.claim_index, c.id AS claim_id, ic.incident_id, ic.grade, "
        "ic.reliability || ic.credibility AS admiralty, ic.reason, ic.evidence "
        "FROM claims c JOIN incident_claims ic ON ic.claim_id = c.id WHERE c.article_id = ?",
        (article_id,),
    )
    found = {}
    for row in rows:
        entry = dict(row)
        entry["evidence"] = json.loads(entry["evidence"] or "null")
        found[int(entry.pop("claim_index"))] = entry
    return found


def actor_labels(conn: Connection, *, limit: int = 200) -> list[dict[str, Any]]:
    """Each actor named in the store: mentions, and the words each outlet camp uses for it.

    ``labels`` holds, per outlet camp, the spellings used with their counts and
    the camp the knowledge files give each label (``label_camp``).
    """
    rows = conn.execute(
        "SELECT m.ref, m.name, m.category, coalesce(o.camp, 'unknown') AS camp, m.text, m.value, "
        "count(*) AS n FROM mentions m JOIN articles a ON a.id = m.article_id "
        "LEFT JOIN outlets o ON o.id = a.outlet_id WHERE m.kind = 'actor' AND m.ref IS NOT NULL "
        "GROUP BY m.ref, m.name, m.category, coalesce(o.camp, 'unknown'), m.text, m.value"
    )
    actors: dict[str, dict[str, Any]] = {}
    for ref, name, kind, camp, text, label_camp, n in rows:
        actor = actors.setdefault(
            ref, {"id": ref, "name": name, "kind": kind, "mentions": 0, "labels": {}}
        )
        actor["mentions"] += n
        actor["labels"].setdefault(camp, []).append(
            {"text": text, "label_camp": label_camp, "count": n}
        )
    ranked = sorted(actors.values(), key=lambda a: (-a["mentions"], a["id"]))[:limit]
    for actor in ranked:
        for words in actor["labels"].values():
            words.sort(key=lambda w: (-w["count"], w["text"]))
    return ranked


def outlet_summaries(conn: Connection) -> list[dict[str, Any]]:
    """Each outlet: its camp, articles, claims by event type and certainty, and their grades."""
    outlets = {
        row["id"]: {**dict(row), "event_types": {}, "certainty": {}, "grades": {}}
        for row in conn.execute(
            "SELECT o.id, o.name, o.camp, count(a.id) AS articles FROM outlets o "
            "LEFT JOIN articles a ON a.outlet_id = o.id GROUP BY o.id ORDER BY o.name"
        )
    }
    claims = conn.execute(
        "SELECT a.outlet_id, c.event_type, c.certainty, ic.grade FROM claims c "
        "JOIN articles a ON a.id = c.article_id LEFT JOIN incident_claims ic ON ic.claim_id = c.id"
    )
    counts: dict[int, dict[str, Counter[str]]] = {}
    for outlet_id, event_type, certainty, grade in claims:
        if outlet_id not in outlets:
            continue
        tally = counts.setdefault(outlet_id, {k: Counter() for k in ("e", "c", "g")})
        tally["e"][event_type or "none"] += 1
        tally["c"][certainty] += 1
        tally["g"][grade or "not cross-checked"] += 1
    for outlet_id, tally in counts.items():
        entry = outlets[outlet_id]
        entry["claims"] = sum(tally["c"].values())
        entry["event_types"] = dict(tally["e"].most_common())
        entry["certainty"] = dict(tally["c"].most_common())
        entry["grades"] = dict(tally["g"].most_common())
    for entry in outlets.values():
        entry.setdefault("claims", 0)
    return list(outlets.values())


def article_with_raw(conn: Connection, raw_sha256: str) -> int | None:
    """The id of the latest article stored from raw bytes with this sha256, if any."""
    row = conn.execute(
        "SELECT max(id) FROM articles WHERE raw_sha256 = ?", (raw_sha256,)
    ).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def _where(filters: dict[str, Any]) -> tuple[str, tuple[Any, ...]]:
    """``WHERE`` over the columns whose filter is given (``None`` means no filter)."""
    kept = [(column, value) for column, value in filters.items() if value is not None]
    if not kept:
        return "", ()
    return "WHERE " + " AND ".join(f"{c} = ?" for c, _ in kept), tuple(v for _, v in kept)
