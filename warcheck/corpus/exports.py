"""Exports of a store, streamed: JSON Lines documents, ACLED-style CSV, GeoJSON.

Each export reads the database through a cursor and writes as it goes, so
memory does not grow with the corpus. The formats (``warcheck vocab
export_format``):

- ``jsonl``: one full analysis document (``warcheck.analysis/1``) per line;
- ``acled-csv``: one row per claim, with ACLED's column names (see
  :data:`ACLED_COLUMNS`); ``fatalities`` is the figure ACLED would code, the
  conservative one (:func:`warcheck.corpus.acled.fatalities`: "dozens" 12,
  "several" 3, else the lower bound of the deaths the claim reports, 0 when it
  reports none); the range the analysis keeps ("dozens": 24 or more) is in
  ``fatalities_min``/``fatalities_max`` and the words in ``fatalities_text``;
  columns after ``fatalities`` are warcheck's own;
- ``geojson``: a FeatureCollection with one Point feature per claim that has
  a place with coordinates; its ``fatalities`` is the ACLED CSV's conservative
  figure, with the range in ``fatalities_min``/``fatalities_max`` and the words
  in ``fatalities_text``, as in the CSV;
- ``claimreview``: schema.org ClaimReview JSON-LD (:mod:`warcheck.corpus.claimreview`).

The claim exports carry each claim's incident id, grade and Admiralty code
once the cross-check has run (grade ``not_assessed`` before).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from warcheck.corpus import claimreview
from warcheck.corpus import documents as stored_document
from warcheck.corpus.acled import ACLED_TYPES, GEO_PRECISION, TIME_PRECISION, fatalities
from warcheck.corpus.schema import Connection, stream
from warcheck.vocab import EXPORT_FORMAT

FORMATS = tuple(EXPORT_FORMAT)

ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "admin1",
    "country",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
]
WARCHECK_COLUMNS = [
    "fatalities_min",
    "fatalities_max",
    "fatalities_text",
    "injured_min",
    "injured_max",
    "warcheck_event_type",
    "certainty",
    "source_types",
    "source_names",
    "claim_id",
    "article_id",
    "item_id",
    "url",
    "outlet",
    "camp",
    "date_to",
    "incident_id",
    "grade",
    "admiralty",
]

_CLAIMS = """
SELECT c.*, a.item_id, a.url, a.published, o.name AS outlet, o.camp, ic.incident_id, ic.grade,
       ic.reliability || ic.credibility AS admiralty
FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN incident_claims ic ON ic.claim_id = c.id
{where} ORDER BY c.id
"""


def claim_rows(conn: Connection, article_id: int | None = None) -> Iterator[dict[str, Any]]:
    """Claim rows joined with their article's id fields, outlet and camp, in order."""
    if article_id is None:
        cur = stream(conn, _CLAIMS.format(where=""))
    else:
        cur = conn.execute(_CLAIMS.format(where="WHERE c.article_id = ?"), (article_id,))
    for row in cur:
        yield dict(row)


def export(conn: Connection, format: str, out: IO[str]) -> int:  # noqa: A002
    """Write the export ``format`` to ``out``; return how many records were written."""
    if format == "jsonl":
        return _jsonl(conn, out)
    if format == "acled-csv":
        return _acled(conn, out)
    if format == "geojson":
        return _geojson(conn, out)
    if format == "claimreview":
        return claimreview.export(conn, out)
    raise ValueError(f"unknown export format {format!r}; choose from {', '.join(FORMATS)}")


def documents(conn: Connection) -> Iterator[str]:
    """Every article's analysis document as stored (JSON text), in ingest order."""
    for (doc,) in stream(conn, "SELECT document FROM articles ORDER BY id"):
        yield stored_document.json_text(doc)


def _jsonl(conn: Connection, out: IO[str]) -> int:
    n = 0
    for doc in documents(conn):
        out.write(doc + "\n")
        n += 1
    return n


def acled_row(claim: dict[str, Any], killed: Iterable[dict[str, Any]] = ()) -> dict[str, Any]:
    """One claim row as an ACLED-style record (keys :data:`ACLED_COLUMNS` + warcheck's own).

    ``killed`` are the claim's "killed" casualty mentions (:func:`killed_mentions`).
    """
    killed = list(killed)
    event_type, sub_event_type = ACLED_TYPES.get(claim["event_type"] or "", ("", ""))
    agents = (claim["agent_names"] or "").split("; ") if claim["agent_names"] else []
    date = claim["date_from"] or claim["date_to"] or claim["published"] or ""
    return {
        "event_id_cnty": f"WC{claim['id']}",
        "event_date": date,
        "year": date[:4],
        "time_precision": TIME_PRECISION.get(claim["date_precision"] or "", 3),
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": agents[0] if agents else "",
        "assoc_actor_1": "; ".join(agents[1:]),
        "actor2": claim["target_names"] or "",
        "admin1": claim["admin1"] or "",
        "country": claim["country"] or "",
        "location": claim["place"] or "",
        "latitude": claim["latitude"] if claim["latitude"] is not None else "",
        "longitude": claim["longitude"] if claim["longitude"] is not None else "",
        "geo_precision": GEO_PRECISION.get(claim["geo_precision"] or "", ""),
        "source": claim["outlet"] or "",
        "source_scale": "",
        "notes": claim["text"],
        "fatalities": claim_fatalities(claim, killed),
        "fatalities_min": _blank(claim["killed_min"]),
        "fatalities_max": _blank(claim["killed_max"]),
        "fatalities_text": "; ".join(m["text"] for m in killed),
        "injured_min": _blank(claim["injured_min"]),
        "injured_max": _blank(claim["injured_max"]),
        "warcheck_event_type": claim["event_type"] or "",
        "certainty": claim["certainty"],
        "source_types": claim["source_types"] or "",
        "source_names": claim["source_names"] or "",
        "claim_id": claim["id"],
        "article_id": claim["article_id"],
        "item_id": claim["item_id"] or "",
        "url": claim["url"] or "",
        "outlet": claim["outlet"] or "",
        "camp": claim["camp"] or "",
        "date_to": claim["date_to"] or "",
        "incident_id": _blank(claim["incident_id"]),
        "grade": claim["grade"] or "not_assessed",
        "admiralty": claim["admiralty"] or "",
    }


def _blank(value: Any) -> Any:
    return "" if value is None else value


_KILLED = """
SELECT start, "end", text, name AS qualifier, minimum FROM mentions
WHERE article_id = ? AND kind = 'casualty' AND category = 'killed' ORDER BY start
"""


def killed_mentions(conn: Connection, article_id: int) -> list[dict[str, Any]]:
    """An article's "killed" casualty mentions: offsets, ``text``, ``qualifier``, ``minimum``."""
    return [dict(row) for row in conn.execute(_KILLED, (article_id,))]


def claims_with_killed(conn: Connection) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Every claim row (:func:`claim_rows`) with the "killed" mentions inside its span."""
    article_id: int | None = None
    killed: list[dict[str, Any]] = []
    for claim in claim_rows(conn):
        if claim["article_id"] != article_id:  # claims come article by article
            article_id, killed = claim["article_id"], killed_mentions(conn, claim["article_id"])
        yield (
            claim,
            [m for m in killed if claim["start"] <= m["start"] and m["end"] <= claim["end"]],
        )


def _acled(conn: Connection, out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=[*ACLED_COLUMNS, *WARCHECK_COLUMNS])
    writer.writeheader()
    n = 0
    for claim, killed in claims_with_killed(conn):
        writer.writerow(acled_row(claim, killed))
        n += 1
    return n


def claim_fatalities(claim: dict[str, Any], killed: list[dict[str, Any]]) -> int:
    """The claim's ACLED ``fatalities``: ACLED's figure for its "killed" mentions, else 0."""
    return fatalities(killed) if killed else (claim["killed_min"] or 0)


def _feature(claim: dict[str, Any], killed: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [claim["longitude"], claim["latitude"]]},
        "properties": {
            "claim_id": claim["id"],
            "article_id": claim["article_id"],
            "item_id": claim["item_id"],
            "outlet": claim["outlet"],
            "camp": claim["camp"],
            "event_type": claim["event_type"],
            "certainty": claim["certainty"],
            "place": claim["place"],
            "geo_precision": claim["geo_precision"],
            "date_from": claim["date_from"],
            "date_to": claim["date_to"],
            "time_precision": claim["date_precision"],
            "fatalities": claim_fatalities(claim, killed),
            "fatalities_min": claim["killed_min"],
            "fatalities_max": claim["killed_max"],
            "fatalities_text": "; ".join(m["text"] for m in killed),
            "text": claim["text"],
            "incident_id": claim["incident_id"],
            "grade": claim["grade"] or "not_assessed",
            "admiralty": claim["admiralty"],
        },
    }


def _geojson(conn: Connection, out: IO[str]) -> int:
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for claim, killed in claims_with_killed(conn):
        if claim["latitude"] is None or claim["longitude"] is None:
            continue
        feature = _feature(claim, killed)
        out.write(("" if n == 0 else ",\n") + json.dumps(feature, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n
