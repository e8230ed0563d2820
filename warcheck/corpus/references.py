"""Reference events in the store: ACLED and UCDP GED events, and the claims matched to them.

The store takes and gives plain dicts (the corpus sits below the cross-check,
which turns its ``ReferenceEvent`` records into these rows and back). An
event is one row of ``reference_events`` per ``(dataset, upstream_id)``:
importing the same event again changes nothing; importing it with other
content (a later export revised it) updates the row in place, keeping its
``id``, with the new file and import time. ``reference_matches`` holds, per
claim, the events it was matched to, with the score and facts.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from warcheck.corpus.schema import Connection, transaction
from warcheck.errors import StoreError

COLUMNS = (
    "dataset", "upstream_id", "date_from", "date_to", "time_precision", "event_type",
    "sub_event_type", "actor1", "actor2", "country", "admin1", "location", "latitude",
    "longitude", "geo_precision", "fatalities", "fatalities_low", "fatalities_high", "notes",
    "source", "raw",
)  # fmt: skip
"""The columns of ``reference_events`` an event row gives (besides ``file`` and ``imported_at``)."""
REQUIRED = ("dataset", "upstream_id", "date_from", "date_to", "raw")
BATCH = 1000  # rows per transaction

_ALL = (*COLUMNS, "file", "imported_at")
_UPSERT = (
    f"INSERT INTO reference_events ({', '.join(_ALL)}) "
    f"VALUES ({', '.join(':' + c for c in _ALL)}) "
    "ON CONFLICT (dataset, upstream_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _ALL if c not in ("dataset", "upstream_id"))
    + " WHERE reference_events.raw IS DISTINCT FROM excluded.raw"
)
MATCH_COLUMNS = ("claim_id", "reference_id", "score", "agreeing", "conflicting", "matched_at")


def now() -> str:
    """The current UTC time, ISO-8601 to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _values(row: Mapping[str, Any], file: str, at: str) -> dict[str, Any]:
    missing = [c for c in REQUIRED if row.get(c) in (None, "")]
    if missing:
        raise StoreError(f"a reference event without {', '.join(missing)}")
    return {**{c: row.get(c) for c in COLUMNS}, "file": file, "imported_at": at}


def insert_events(
    conn: Connection,
    rows: Iterable[Mapping[str, Any]],
    *,
    file: str,
    imported_at: str | None = None,
) -> int:
    """Store event rows (dicts with :data:`COLUMNS`); return how many were added or changed.

    Rows are committed :data:`BATCH` at a time, so an interrupted import keeps
    what it stored and a rerun completes it.

    Raises:
        StoreError: a row lacks one of :data:`REQUIRED`.
    """
    at = imported_at or now()
    rows = iter(rows)
    changed = 0
    while batch := [_values(r, file, at) for r in itertools.islice(rows, BATCH)]:
        before = conn.total_changes
        with transaction(conn):
            conn.executemany(_UPSERT, batch)
        changed += conn.total_changes - before
    return changed


def events(conn: Connection, date_from: str, date_to: str) -> Iterator[dict[str, Any]]:
    """The stored events whose window meets ``[date_from, date_to]`` (ISO days), streamed."""
    cur = conn.execute(
        "SELECT * FROM reference_events WHERE date_from <= ? AND date_to >= ? "
        "ORDER BY date_from, id",
        (date_to, date_from),
    )
    for row in cur:
        yield dict(row)


def replace_matches(
    conn: Connection, claim_ids: Sequence[int], rows: Iterable[Mapping[str, Any]]
) -> int:
    """Replace the matches of these claims by ``rows`` (dicts with :data:`MATCH_COLUMNS`).

    ``matched_at`` defaults to now. Runs in the caller's transaction when one
    is open, else in its own. Returns how many rows were written.
    """
    at = now()
    values = [
        {**{c: r.get(c) for c in MATCH_COLUMNS}, "matched_at": r.get("matched_at") or at}
        for r in rows
    ]
    with transaction(conn, join=True):
        conn.executemany(
            "DELETE FROM reference_matches WHERE claim_id = ?", [(c,) for c in claim_ids]
        )
        conn.executemany(
            f"INSERT INTO reference_matches ({', '.join(MATCH_COLUMNS)}) "
            f"VALUES ({', '.join(':' + c for c in MATCH_COLUMNS)}) "
            "ON CONFLICT (claim_id, reference_id) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in MATCH_COLUMNS[2:]),
            values,
        )
    return len(values)


def matches(conn: Connection, claim_ids: Sequence[int] | None = None) -> Iterator[dict[str, Any]]:
    """The stored matches (of these claims when given), with the event's dataset and id."""
    sql = (
        "SELECT m.*, e.dataset, e.upstream_id FROM reference_matches m "
        "JOIN reference_events e ON e.id = m.reference_id"
    )
    if claim_ids is None:
        yield from (dict(r) for r in conn.execute(sql + " ORDER BY m.claim_id, m.score DESC"))
        return
    for start in range(0, len(claim_ids), 500):
        chunk = list(claim_ids[start : start + 500])
        marks = ", ".join("?" * len(chunk))
        cur = conn.execute(
            sql + f" WHERE m.claim_id IN ({marks}) ORDER BY m.claim_id, m.score DESC", chunk
        )
        yield from (dict(r) for r in cur)


def claim_ids(conn: Connection, keys: Iterable[tuple[int, int]]) -> dict[tuple[int, int], int]:
    """The ``claims.id`` of each ``(article id, claim index)`` key that is stored."""
    wanted = set(keys)
    articles = sorted({a for a, _ in wanted})
    out: dict[tuple[int, int], int] = {}
    for start in range(0, len(articles), 500):
        chunk = articles[start : start + 500]
        cur = conn.execute(
            "SELECT id, article_id, claim_index FROM claims "
            f"WHERE article_id IN ({', '.join('?' * len(chunk))})",
            chunk,
        )
        for cid, aid, index in cur:
            if (aid, index) in wanted:
                out[(aid, index)] = cid
    return out


def replace_matches_by_key(
    conn: Connection,
    keys: Iterable[tuple[int, int]],
    rows: Iterable[Mapping[str, Any]],
) -> int:
    """:func:`replace_matches` for claims named by ``(article id, claim index)`` keys.

    Each row carries ``key`` instead of ``claim_id``; rows of claims not
    stored are left out.
    """
    keys = list(keys)
    rows = list(rows)
    ids = claim_ids(conn, [*keys, *(tuple(r["key"]) for r in rows)])
    kept = [{**r, "claim_id": ids[tuple(r["key"])]} for r in rows if tuple(r["key"]) in ids]
    return replace_matches(conn, [ids[k] for k in keys if k in ids], kept)
