"""Full-text search over article titles and texts and claim texts.

On SQLite (FTS5) the query is FTS5's syntax (words, ``"a phrase"``, ``OR``,
``NOT``, ``prefix*``, ``NEAR(a b)``); a query that is not valid FTS5 (stray
quotes or operators) is searched as its plain words instead. On PostgreSQL
(``tsvector`` GIN indexes, see :mod:`warcheck.corpus.tables`) it is web-search
syntax (words, ``"a phrase"``, ``or``, ``-word``), which accepts any text;
both fold case and match whole words, without stemming. Matches are shown in
snippets with ``[`` and ``]`` around each matched word (``ts_headline`` on
PostgreSQL). ``rank`` sorts best first: bm25 on SQLite, minus ``ts_rank`` on
PostgreSQL.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import asdict, dataclass
from typing import Any

from warcheck.corpus.schema import Connection, article_tsvector, claim_tsvector, engine
from warcheck.errors import StoreError

OPEN, CLOSE = "[", "]"
_WORD = re.compile(r"\w+")

_ARTICLES = f"""
SELECT a.id AS article_id, NULL AS claim_id, a.title, o.name AS outlet, a.published,
       snippet(articles_fts, 1, '{OPEN}', '{CLOSE}', '…', 16) AS snippet, bm25(articles_fts) AS rank
FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
LEFT JOIN outlets o ON o.id = a.outlet_id
WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?
"""
_CLAIMS = f"""
SELECT c.article_id, c.id AS claim_id, a.title, o.name AS outlet, a.published,
       snippet(claims_fts, 0, '{OPEN}', '{CLOSE}', '…', 24) AS snippet, bm25(claims_fts) AS rank,
       c.event_type, c.certainty, c.date_from, c.place
FROM claims_fts JOIN claims c ON c.id = claims_fts.rowid JOIN articles a ON a.id = c.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
WHERE claims_fts MATCH ? ORDER BY rank LIMIT ?
"""

_QUERY = "WITH q AS (SELECT websearch_to_tsquery('simple', ?) AS q) "
_MARKS = f"StartSel={OPEN}, StopSel={CLOSE}"
_PG_ARTICLES = f"""{_QUERY}
SELECT a.id AS article_id, NULL AS claim_id, a.title, o.name AS outlet, a.published,
       ts_headline('simple', a.text, q.q, '{_MARKS}, MaxWords=16, MinWords=6') AS snippet,
       -ts_rank({article_tsvector("a.")}, q.q) AS rank
FROM articles a CROSS JOIN q LEFT JOIN outlets o ON o.id = a.outlet_id
WHERE {article_tsvector("a.")} @@ q.q
ORDER BY rank, a.id LIMIT ?
"""
_PG_CLAIMS = f"""{_QUERY}
SELECT c.article_id, c.id AS claim_id, a.title, o.name AS outlet, a.published,
       ts_headline('simple', c.text, q.q, '{_MARKS}, MaxWords=24, MinWords=12') AS snippet,
       -ts_rank({claim_tsvector("c.")}, q.q) AS rank,
       c.event_type, c.certainty, c.date_from, c.place
FROM claims c CROSS JOIN q JOIN articles a ON a.id = c.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
WHERE {claim_tsvector("c.")} @@ q.q ORDER BY rank, c.id LIMIT ?
"""


@dataclass(frozen=True)
class Hit:
    """One match: an article (``claim_id`` None) or one of its claims, with a snippet."""

    kind: str
    article_id: int
    claim_id: int | None
    title: str | None
    outlet: str | None
    published: str | None
    snippet: str
    rank: float
    event_type: str | None = None
    certainty: str | None = None
    date: str | None = None
    place: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The hit as a JSON object."""
        return asdict(self)


def search(conn: Connection, query: str, *, limit: int = 20) -> list[Hit]:
    """Return up to ``limit`` article hits and ``limit`` claim hits, best (lowest bm25) first.

    Raises:
        StoreError: the query has no words.
    """
    if not _WORD.search(query):
        raise StoreError(f"search query {query!r} has no words to look for")
    if engine(conn) == "postgresql":
        return _run(conn, query, limit, (_PG_ARTICLES, _PG_CLAIMS))
    try:
        return _run(conn, query, limit)
    except sqlite3.OperationalError:
        plain = " ".join(f'"{w}"' for w in _WORD.findall(query))
        return _run(conn, plain, limit)


def _run(
    conn: Connection, query: str, limit: int, sql: tuple[str, str] = (_ARTICLES, _CLAIMS)
) -> list[Hit]:
    hits = [
        Hit("article", r[0], None, r[2], r[3], r[4], r[5], float(r[6]))
        for r in conn.execute(sql[0], (query, limit))
    ]
    hits += [
        Hit("claim", r[0], r[1], r[2], r[3], r[4], r[5], float(r[6]), r[7], r[8], r[9], r[10])
        for r in conn.execute(sql[1], (query, limit))
    ]
    return sorted(hits, key=lambda h: (h.rank, h.article_id, h.claim_id or 0))
