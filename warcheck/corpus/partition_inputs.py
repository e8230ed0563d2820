"""What a partitioned cross-check reads of the store: only the articles it needs.

The cross-check by partitions (:mod:`warcheck.crosscheck.stored_partitions`)
asks, for the articles not cross-checked yet, where each lies (its
publication date, its main claim's date window and country), then the same
of the articles whose publication date falls in the spans of days those
partitions cover (the ``articles_published`` index) or that have none; it
reads the analysis documents of only those that may share a partition, and
the stored incidents those articles' claims are in, so that every incident
it rewrites is complete. Nothing here knows what a partition is: the
cross-check gives the spans and the ids, and decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from warcheck.corpus import documents as stored_document
from warcheck.corpus.schema import Connection

Row = tuple[int, str | None, str | None, Any, bool]  # as Store.crosscheck_inputs yields

# An article's main claim: the summary's, else its first (as the cross-check's story takes it).
_PLACEMENTS = """
SELECT a.id, a.published, c.date_from, c.date_to, c.country,
       c.latitude IS NOT NULL AND c.longitude IS NOT NULL, x.article_id IS NOT NULL
FROM articles a
LEFT JOIN claims c ON c.article_id = a.id AND c.claim_index = coalesce(a.main_claim, 0)
LEFT JOIN crosschecked x ON x.article_id = a.id
"""
_DOCUMENTS = """
SELECT a.id, o.name, a.published, a.document, x.article_id IS NOT NULL
FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN crosschecked x ON x.article_id = a.id WHERE a.id IN ({marks}) ORDER BY a.id
"""
_GROUPS = """
SELECT ic.incident_id, c.article_id, c.claim_index
FROM incident_claims ic JOIN claims c ON c.id = ic.claim_id
WHERE ic.incident_id IN (
    SELECT i.incident_id FROM incident_claims i JOIN claims k ON k.id = i.claim_id
    WHERE k.article_id IN ({marks})
)
"""


@dataclass(frozen=True)
class PlacementRow:
    """Where an article may lie: its dates and its main claim's country.

    ``country`` is the country of the main claim's first place; it is the
    cross-check's only when that place has coordinates (``country_sure``),
    since the cross-check takes the first place that has them.
    """

    article_id: int
    published: str | None
    date_from: str | None
    date_to: str | None
    country: str | None
    country_sure: bool
    crosschecked: bool


def _chunks(values: Iterable[int], size: int = 500) -> Iterator[tuple[list[int], str]]:
    wanted = sorted(set(values))
    for i in range(0, len(wanted), size):
        chunk = wanted[i : i + size]
        yield chunk, ",".join("?" * len(chunk))


class PartitionInputs:
    """The queries of a partitioned cross-check over one store connection."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def placements(
        self, *, new_only: bool = False, spans: Sequence[tuple[str, str]] | None = None
    ) -> Iterator[PlacementRow]:
        """Where articles lie: those not cross-checked (``new_only``), or those published
        in one of the ``[from, until)`` spans (``YYYY-MM-DD``) or undated; all when neither."""
        where: list[str] = []
        args: list[str] = []
        if new_only:
            where.append("x.article_id IS NULL")
        if spans is not None:
            dated = ["(a.published >= ? AND a.published < ?)" for _ in spans]
            where.append("(" + " OR ".join([*dated, "a.published IS NULL"]) + ")")
            args += [d for span in spans for d in span]
        sql = _PLACEMENTS + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY a.id"
        for row in self.conn.execute(sql, args):
            aid, published, lo, hi, country, sure, done = row
            yield PlacementRow(int(aid), published, lo, hi, country, bool(sure), bool(done))

    def documents(self, ids: Iterable[int]) -> Iterator[Row]:
        """``(article id, outlet, published, document, cross-checked before)`` of these articles."""
        for chunk, marks in _chunks(ids):
            for aid, outlet, published, document, done in self.conn.execute(
                _DOCUMENTS.format(marks=marks), chunk
            ):
                yield int(aid), outlet, published, stored_document.loads(document), bool(done)

    def incident_groups(self, articles: Iterable[int]) -> dict[int, list[tuple[int, int]]]:
        """The stored incidents holding claims of these articles: id -> claim keys."""
        out: dict[int, list[tuple[int, int]]] = {}
        for chunk, marks in _chunks(articles):
            for iid, aid, index in self.conn.execute(_GROUPS.format(marks=marks), chunk):
                out.setdefault(int(iid), []).append((int(aid), int(index)))
        return out
