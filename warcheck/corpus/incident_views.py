"""Reading incidents back: lists with filters, and one incident with everything behind it.

The shapes are those of ``warcheck report --format json``: an incident has its
``id``, ``event_type``, dates, place and coordinates, ``grade`` and counts;
:func:`incident` adds its ``claims`` (each with its article, outlet, camp,
grade, Admiralty code, reason, evidence and grade history), ``origins``,
``contradictions`` and ``reference_matches``. A claim's ``article_id`` is the
id the source gave at ingest (the CSV/JSON Lines ``id``) when there was one,
else the store's; ``article`` is always the store's.
"""

from __future__ import annotations

from typing import Any

import orjson

from warcheck.corpus.schema import Connection

INCIDENT_COLUMNS = (
    "id, event_type, family, date_from, date_to, place, place_id, country, latitude, longitude, "
    "geo_precision, grade, n_claims, n_articles, n_origins, n_outlets, camps, updated_at"
)

_CLAIMS = """
SELECT c.id, c.article_id AS article, a.item_id, a.title, a.url, a.published, o.name AS outlet,
       o.camp, c.claim_index, c.is_main, c.kind, c.event_type, c.certainty, c.text, c.date_from,
       c.date_to, c.date_precision, c.place, c.latitude, c.longitude, c.geo_precision,
       c.agent_names, c.target_names, c.killed_min, c.killed_max, c.source_types,
       c.source_names, ic.grade, ic.reliability || ic.credibility AS admiralty, ic.reason,
       ic.evidence
FROM incident_claims ic JOIN claims c ON c.id = ic.claim_id
JOIN articles a ON a.id = c.article_id LEFT JOIN outlets o ON o.id = a.outlet_id
WHERE ic.incident_id = ? ORDER BY c.article_id, c.claim_index
"""

# Filter name -> SQL condition on the incident (alias i); each takes one parameter.
FILTERS: dict[str, str] = {
    "date_from": "(i.date_to IS NULL OR i.date_to >= ?)",
    "date_to": "(i.date_from IS NULL OR i.date_from <= ?)",
    "event_type": "i.event_type = ?",
    "grade": "i.grade = ?",
    "place": "(i.place LIKE ? OR i.country LIKE ?)",
    "camp": "(i.camps LIKE ?)",
    "outlet": (
        "EXISTS (SELECT 1 FROM incident_claims ic JOIN claims c ON c.id = ic.claim_id "
        "JOIN articles a ON a.id = c.article_id JOIN outlets o ON o.id = a.outlet_id "
        "WHERE ic.incident_id = i.id AND o.name = ?)"
    ),
    "actor": (
        "EXISTS (SELECT 1 FROM incident_claims ic JOIN claims c ON c.id = ic.claim_id "
        "WHERE ic.incident_id = i.id AND (c.agents LIKE ? OR c.agent_names LIKE ? "
        "OR c.targets LIKE ? OR c.target_names LIKE ?))"
    ),
}
_LIKE = {"place": 2, "camp": 1, "actor": 4}


def _where(filters: dict[str, str | None]) -> tuple[str, list[Any]]:
    conditions, params = [], []
    for name, value in filters.items():
        if value in (None, ""):
            continue
        if name not in FILTERS:
            raise ValueError(f"unknown incident filter {name!r}; choose from {', '.join(FILTERS)}")
        conditions.append(FILTERS[name])
        if name in _LIKE:
            params.extend([f"%{value}%"] * _LIKE[name])
        else:
            params.append(value)
    return (" WHERE " + " AND ".join(conditions) if conditions else ""), params


def incidents(
    conn: Connection, *, limit: int | None = 100, offset: int = 0, **filters: str | None
) -> list[dict[str, Any]]:
    """Incidents matching the filters (see :data:`FILTERS`), latest first, a page at a time."""
    where, params = _where(filters)
    page = "" if limit is None else f" LIMIT {int(limit)} OFFSET {int(offset)}"
    sql = (
        f"SELECT {INCIDENT_COLUMNS} FROM incidents i{where} "
        f"ORDER BY i.date_from IS NULL, i.date_from DESC, i.id{page}"
    )
    return [_incident_row(row) for row in conn.execute(sql, params)]


def count_incidents(conn: Connection, **filters: str | None) -> int:
    """How many incidents match the filters."""
    where, params = _where(filters)
    return int(conn.execute(f"SELECT count(*) FROM incidents i{where}", params).fetchone()[0])


def _incident_row(row: Any) -> dict[str, Any]:
    out = dict(row)
    out["camps"] = out["camps"].split("; ") if out.get("camps") else []
    return out


def incident(conn: Connection, incident_id: int) -> dict[str, Any] | None:
    """One incident with its claims, origins, contradictions and reference matches."""
    row = conn.execute(
        f"SELECT {INCIDENT_COLUMNS} FROM incidents i WHERE i.id = ?", (incident_id,)
    ).fetchone()
    if row is None:
        return None
    out = _incident_row(row)
    out["claims"] = [_claim(conn, dict(c)) for c in conn.execute(_CLAIMS, (incident_id,))]
    out["origins"] = _origins(conn, incident_id)
    out["contradictions"] = [
        {"kind": k, "description": d, "values": orjson.loads(v)}
        for k, d, v in conn.execute(
            'SELECT kind, description, "values" FROM contradictions WHERE incident_id = ? '
            "ORDER BY id",
            (incident_id,),
        )
    ]
    out["reference_matches"] = _matches(conn, [c["id"] for c in out["claims"]])
    return out


def _claim(conn: Connection, c: dict[str, Any]) -> dict[str, Any]:
    c["article_id"] = c.pop("item_id") or c["article"]
    c["evidence"] = orjson.loads(c["evidence"])
    c["is_main"] = bool(c["is_main"])
    c["history"] = [
        dict(h)
        for h in conn.execute(
            "SELECT graded_at, grade, admiralty, reason FROM grade_history WHERE claim_id = ? "
            "ORDER BY id",
            (c["id"],),
        )
    ]
    return c


def _origins(conn: Connection, incident_id: int) -> list[dict[str, Any]]:
    groups: dict[int, dict[str, Any]] = {}
    for aid, origin, links, wire, outlet in conn.execute(
        "SELECT g.article_id, g.origin_id, g.links, g.wire, o.name FROM origins g "
        "JOIN articles a ON a.id = g.article_id LEFT JOIN outlets o ON o.id = a.outlet_id "
        "WHERE g.incident_id = ? ORDER BY g.origin_id, g.article_id",
        (incident_id,),
    ):
        group = groups.setdefault(origin, {"article": origin, "copies": [], "wire": None})
        if aid == origin:
            group["outlet"] = outlet
        else:
            group["copies"].append(
                {"article": aid, "outlet": outlet, "links": links.split("; ") if links else []}
            )
        group["wire"] = group["wire"] or wire
    return list(groups.values())


def _matches(conn: Connection, claim_ids: list[int]) -> list[dict[str, Any]]:
    if not claim_ids:
        return []
    marks = ",".join("?" * len(claim_ids))
    rows = conn.execute(
        "SELECT m.claim_id, m.score, m.agreeing, m.conflicting, r.dataset, r.upstream_id, "
        "r.date_from, r.date_to, r.event_type, r.sub_event_type, r.location, r.latitude, "
        "r.longitude, r.fatalities, r.actor1, r.actor2 FROM reference_matches m "
        f"JOIN reference_events r ON r.id = m.reference_id WHERE m.claim_id IN ({marks}) "
        "ORDER BY m.score DESC, r.id",
        claim_ids,
    )
    out = []
    for row in rows:
        d = dict(row)
        d["agreeing"] = d["agreeing"].split("; ") if d["agreeing"] else []
        d["conflicting"] = d["conflicting"].split("; ") if d["conflicting"] else []
        out.append(d)
    return out
