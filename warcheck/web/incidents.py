"""Incidents: the map-and-timeline page, one incident, their API and exports.

Filters (date range, place, actor, event type, grade, outlet, camp) are query
parameters, so every view is a permalink; the same parameters give the
view's exports (``/incidents.csv``, ``/incidents.geojson``, ``/incidents.json``).
"""

from __future__ import annotations

import csv
import datetime
import io
from collections import defaultdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response

import warcheck
from warcheck.web.api import Id
from warcheck.web.article_view import vocab
from warcheck.web.deps import ERRORS, MAX_ID, Limit, Offset, StoreDep, Text, not_found
from warcheck.web.respond import page

api_router = APIRouter(prefix="/api", responses=ERRORS)
router = APIRouter(include_in_schema=False)
VOCABULARIES = warcheck.vocabularies()
CSV_COLUMNS = [
    "id",
    "event_type",
    "date_from",
    "date_to",
    "place",
    "latitude",
    "longitude",
    "geo_precision",
    "grade",
    "n_claims",
    "n_articles",
    "n_origins",
    "n_outlets",
    "camps",
]
MAP_LIMIT = 1000
"""The most incidents one page puts on the map (a filter narrows the rest)."""


Day = Annotated[datetime.date | Literal[""] | None, Query(description="YYYY-MM-DD")]


def filters(
    date_from: Day = None,
    date_to: Day = None,
    place: Text = None,
    actor: Text = None,
    event_type: Text = None,
    grade: Text = None,
    outlet: Text = None,
    camp: Text = None,
) -> dict[str, Any]:
    """The incident filters given in the URL (empty ones left out)."""
    given = {"place": place, "actor": actor, "event_type": event_type, "grade": grade,
             "outlet": outlet, "camp": camp}  # fmt: skip
    kept: dict[str, Any] = {k: v for k, v in given.items() if v}
    if date_from:
        kept["date_from"] = date_from.isoformat()
    if date_to:
        kept["date_to"] = date_to.isoformat()
    return kept


Filters = Annotated[dict[str, Any], Depends(filters)]


def listing(
    store: warcheck.Store, chosen: dict[str, Any], limit: int, offset: int
) -> dict[str, Any]:
    """A page of incidents under the filters: how many match, and the articles of those shown."""
    items = store.incidents(**chosen, limit=limit, offset=offset)
    total = store.count_incidents(**chosen)
    return {
        "filters": chosen,
        "items": items,
        "limit": limit,
        "offset": offset,
        "total": total,
        "next_offset": offset + limit if offset + len(items) < total else None,
        "count": len(items),
        "articles": sum(int(i.get("n_articles") or 0) for i in items),
    }


@api_router.get("/incidents", summary="List incidents under filters (date, place, actor, ...)")
def api_incidents(
    store: StoreDep, chosen: Filters, limit: Limit = 100, offset: Offset = 0
) -> dict[str, Any]:
    """A page of incidents, newest first as the store orders them."""
    return listing(store, chosen, limit, offset)


@api_router.get(
    "/incidents/{incident_id}", summary="One incident: claims, origins, conflicts, grades"
)
def api_incident(store: StoreDep, incident_id: Id) -> dict[str, Any]:
    """The incident with its claims, origins, contradictions and reference matches."""
    return incident_data(store, incident_id)


def incident_data(store: warcheck.Store, incident_id: int) -> dict[str, Any]:
    """The incident page's data: the incident, and its claims grouped by camp and outlet."""
    found = store.incident(incident_id) if 1 <= incident_id <= MAX_ID else None
    if found is None:
        raise not_found("incident", incident_id)
    by_outlet: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for claim in found.get("claims") or []:
        by_outlet[
            f"{claim.get('camp') or 'unknown'} · {claim.get('outlet') or 'no outlet'}"
        ].append(claim)
    agreeing = {
        a
        for c in found.get("claims") or []
        for a in (c.get("evidence") or {}).get("agreeing") or []
    }
    return {
        "incident": found,
        "agreeing": sorted(agreeing),
        "grade_means": vocab("grade", found.get("grade")),
        "by_outlet": dict(sorted(by_outlet.items())),
    }


@router.get("/")
@router.get("/incidents.json")
def incidents_page(
    request: Request,
    store: StoreDep,
    chosen: Filters,
    limit: Annotated[int, Query(ge=1, le=MAP_LIMIT)] = 500,
    offset: Offset = 0,
) -> Response:
    """The map, the timeline and the filters."""
    data = listing(store, chosen, limit, offset)
    return page(request, "incidents.html", data, vocab=VOCABULARIES, totals=_totals(store))


def _totals(store: warcheck.Store) -> dict[str, int]:
    return {"articles": store.count("articles"), "claims": store.count("claims")}


@router.get("/incidents/{incident_id}")
@router.get("/incidents/{incident_id}.json")
def incident_page(request: Request, store: StoreDep, incident_id: Id) -> Response:
    """One incident: its claims side by side by outlet and camp, conflicts, origins, grades."""
    return page(request, "incident.html", incident_data(store, incident_id))


@router.get("/incidents.csv")
def incidents_csv(
    store: StoreDep, chosen: Filters, limit: Limit = 1000, offset: Offset = 0
) -> Response:
    """The filtered view as CSV, one row per incident."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for item in store.incidents(**chosen, limit=limit, offset=offset):
        writer.writerow({**item, "camps": "; ".join(item.get("camps") or [])})
    disposition = {"content-disposition": 'attachment; filename="incidents.csv"'}
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=disposition)


@router.get("/incidents.geojson")
def incidents_geojson(
    store: StoreDep, chosen: Filters, limit: Limit = 1000, offset: Offset = 0
) -> Response:
    """The filtered view as a GeoJSON FeatureCollection (incidents with coordinates)."""
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [i["longitude"], i["latitude"]]},
            "properties": {k: i.get(k) for k in CSV_COLUMNS if k not in ("latitude", "longitude")},
        }
        for i in store.incidents(**chosen, limit=limit, offset=offset)
        if i.get("latitude") is not None and i.get("longitude") is not None
    ]
    return JSONResponse({"type": "FeatureCollection", "features": features},
                        media_type="application/geo+json")  # fmt: skip
