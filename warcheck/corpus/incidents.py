"""Incidents in the store: what the cross-check reads, and writing its results.

The cross-check (:mod:`warcheck.crosscheck.stored`) reads articles through
:func:`crosscheck_inputs` and hands back plain rows, one per incident, whose
claims are named by ``(article id, claim index)``. :func:`write_incidents`
turns those into ``claims.id`` values and, in one transaction, replaces every
stored incident that shares a claim with them (incidents only grow when
articles are added, so each replaced incident is inside a new one), appends
to ``grade_history`` for each claim whose grade or Admiralty code changed
(or that had none) and marks the new articles as cross-checked.

An incident's id is the ``claims.id`` of its key claim (its least claim), so
it stays the same while that claim stays in it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import orjson

from warcheck.corpus import documents as stored_document
from warcheck.corpus.schema import Connection, pipelined, serialize, stream, transaction
from warcheck.read.fetch import utc_now

_INPUTS = """
SELECT a.id, o.name, a.published, a.document, x.article_id IS NOT NULL
FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN crosschecked x ON x.article_id = a.id ORDER BY a.id
"""

_LOCK = 0x696E6364  # 'incd'
_PLACE = (
    "SELECT place, place_id, country, latitude, longitude, geo_precision FROM claims WHERE id = ?"
)


def crosscheck_inputs(
    conn: Connection,
) -> Iterator[tuple[int, str | None, str | None, Any, bool]]:
    """Yield ``(article id, outlet, published, document, cross-checked before)`` in id order."""
    for aid, outlet, published, document, done in stream(conn, _INPUTS):
        yield int(aid), outlet, published, stored_document.loads(document), bool(done)


def _in_chunks(values: Iterable[int], size: int = 500) -> Iterator[tuple[list[int], str]]:
    """Yield the values sorted, a chunk at a time, with the ``?,?,...`` of an ``IN (...)``."""
    wanted = sorted(set(values))
    for i in range(0, len(wanted), size):
        chunk = wanted[i : i + size]
        yield chunk, ",".join("?" * len(chunk))


def _claim_ids(conn: Connection, articles: Iterable[int]) -> dict[tuple[int, int], int]:
    out: dict[tuple[int, int], int] = {}
    for chunk, marks in _in_chunks(articles):
        for cid, aid, index in conn.execute(
            f"SELECT id, article_id, claim_index FROM claims WHERE article_id IN ({marks})", chunk
        ):
            out[(aid, index)] = cid
    return out


def _old_grades(
    conn: Connection, claim_ids: list[int]
) -> tuple[set[int], dict[int, tuple[str, str]]]:
    """Incidents holding any of these claims, and the claims' stored grades."""
    incidents: set[int] = set()
    grades: dict[int, tuple[str, str]] = {}
    for chunk, marks in _in_chunks(claim_ids):
        for cid, iid, g, admiralty in conn.execute(
            "SELECT claim_id, incident_id, grade, reliability || credibility "
            f"FROM incident_claims WHERE claim_id IN ({marks})",
            chunk,
        ):
            incidents.add(iid)
            grades[cid] = (g, admiralty)
    return incidents, grades


def write_incidents(
    conn: Connection,
    incidents: list[dict[str, Any]],
    new_articles: list[int],
    *,
    full: bool,
) -> None:
    """Replace the stored incidents that these incidents' claims were in; see the module doc."""
    at = utc_now()
    articles = {c["key"][0] for inc in incidents for c in inc["claims"]}
    ids = _claim_ids(conn, articles)
    with transaction(conn):
        serialize(conn, _LOCK)  # two cross-checks writing at once (PostgreSQL) take turns
        written = [ids[tuple(c["key"])] for inc in incidents for c in inc["claims"]]
        old_ids, old = _old_grades(conn, written)  # the incidents of these claims, no others
        if full:
            conn.execute("DELETE FROM incidents")
        else:
            conn.executemany("DELETE FROM incidents WHERE id=?", [(i,) for i in sorted(old_ids)])
        with pipelined(conn):  # PostgreSQL: one round trip per incident, not one per row
            for inc in incidents:
                _write_one(conn, inc, ids, old, at)
        conn.executemany(
            "INSERT INTO crosschecked (article_id, at) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [(a, at) for a in new_articles],
        )


def _write_one(
    conn: Connection,
    inc: dict[str, Any],
    ids: dict[tuple[int, int], int],
    old: dict[int, tuple[str, str]],
    at: str,
) -> None:
    iid = ids[tuple(inc["key"])]
    place: tuple[Any, ...] = (None,) * 6
    if inc.get("place_claim") is not None:
        place = tuple(conn.execute(_PLACE, (ids[tuple(inc["place_claim"])],)).fetchone())
    articles = {c["key"][0] for c in inc["claims"]}
    origins = {o["origin_id"] for o in inc["origins"]}
    conn.execute(
        "INSERT INTO incidents (id, event_type, family, date_from, date_to, place, place_id, "
        "country, latitude, longitude, geo_precision, grade, n_claims, n_articles, n_origins, "
        "n_outlets, "
        "camps, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            iid,
            inc["event_type"],
            inc["family"],
            inc["date_from"],
            inc["date_to"],
            *place,
            inc["grade"],
            len(inc["claims"]),
            len(articles),
            len(origins) or len(articles),
            inc["outlets"],
            "; ".join(inc["camps"]),
            at,
        ),
    )
    for c in inc["claims"]:
        _write_claim(conn, iid, c, ids, old, at)
    conn.executemany(
        "INSERT INTO origins (article_id, incident_id, origin_id, links, wire) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            (o["article_id"], iid, o["origin_id"], "; ".join(o["links"]), o["wire"])
            for o in inc["origins"]
        ],
    )
    conn.executemany(
        'INSERT INTO contradictions (incident_id, kind, description, "values") VALUES (?, ?, ?, ?)',
        [
            (iid, c["kind"], c["description"], _json(_values(c["values"], ids)))
            for c in inc["contradictions"]
        ],
    )


def _write_claim(
    conn: Connection,
    iid: int,
    c: dict[str, Any],
    ids: dict[tuple[int, int], int],
    old: dict[int, tuple[str, str]],
    at: str,
) -> None:
    cid = ids[tuple(c["key"])]
    evidence = dict(c["evidence"])
    evidence["claims"] = [ids[tuple(k)] for k in evidence["claims"] if tuple(k) in ids]
    admiralty = c["reliability"] + c["credibility"]
    conn.execute(
        "INSERT INTO incident_claims (claim_id, incident_id, grade, reliability, credibility, "
        "reason, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (cid, iid, c["grade"], c["reliability"], c["credibility"], c["reason"], _json(evidence)),
    )
    if old.get(cid) != (c["grade"], admiralty):
        conn.execute(
            "INSERT INTO grade_history (claim_id, graded_at, grade, admiralty, reason) "
            "VALUES (?, ?, ?, ?, ?)",
            (cid, at, c["grade"], admiralty, c["reason"]),
        )


def _values(values: list[dict[str, Any]], ids: dict[tuple[int, int], int]) -> list[Any]:
    return [
        {**v, "claims": [ids[tuple(k)] for k in v["claims"] if tuple(k) in ids]} for v in values
    ]


def _json(value: Any) -> str:
    return orjson.dumps(value).decode()
