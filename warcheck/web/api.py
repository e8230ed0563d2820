"""The REST API under ``/api/``: lists with pagination, items by id, search and analysis."""

from __future__ import annotations

import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from warcheck.web.analyse import analyse
from warcheck.web.article_view import article_data
from warcheck.web.deps import ERRORS, MAX_ID, Limit, Offset, StoreDep, Text, listing, not_found

router = APIRouter(prefix="/api", responses=ERRORS)
Id = Annotated[int, Path(ge=1, le=MAX_ID)]


@router.get("/articles", summary="List stored articles (no text), in ingest order")
def articles(
    store: StoreDep, outlet: Text = None, camp: Text = None, limit: Limit = 100, offset: Offset = 0
) -> dict[str, Any]:
    """A page of article rows, filtered by outlet name or camp."""
    items, total = store.article_page(outlet=outlet, camp=camp, limit=limit, offset=offset)
    return listing(items, total, limit, offset)


@router.get("/articles/{article_id}", summary="One article: its row, claim panels and document")
def article(store: StoreDep, article_id: Id) -> dict[str, Any]:
    """The article with its full analysis document and each claim's grade."""
    found = store.article(article_id)
    if found is None:
        raise not_found("article", article_id)
    doc = found.pop("document")
    return article_data(doc, found, store.claim_grades(article_id), store.assessment(article_id))


@router.get("/claims", summary="List claims with their outlet, camp and grade")
def claims(
    store: StoreDep,
    article_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    event_type: Text = None,
    certainty: Text = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """A page of claim rows, filtered by article, event type or certainty."""
    items, total = store.claim_page(article_id=article_id, event_type=event_type,
                                    certainty=certainty, limit=limit, offset=offset)  # fmt: skip
    return listing(items, total, limit, offset)


@router.get("/actors", summary="Actors and the words each camp's outlets use for them")
def actors(store: StoreDep, limit: Limit = 200, offset: Offset = 0) -> dict[str, Any]:
    """Actors by mentions, most mentioned first, each with its labels by outlet camp."""
    everything = store.actors(limit=100_000)
    return listing(everything[offset : offset + limit], len(everything), limit, offset)


@router.get("/outlets", summary="Outlets: camp, articles, claims and how they were graded")
def outlets(store: StoreDep, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """Each outlet with its counts of claims by event type, certainty and grade."""
    everything = store.outlets()
    return listing(everything[offset : offset + limit], len(everything), limit, offset)


@router.get("/search", summary="Full-text search over articles and claims")
def search(
    store: StoreDep,
    q: Annotated[str, Query(max_length=500, pattern=r"\w", description="FTS5 query: words")],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> dict[str, Any]:
    """Article and claim hits, best first; matched words between ``[`` and ``]``."""
    hits = [h.to_dict() for h in store.search(q, limit=limit)]
    return {"query": q, "items": hits, "total": len(hits)}


class AnalyzeRequest(BaseModel):
    """An article to analyse."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, pattern=r"\S", description="plain text or HTML")
    published: datetime.date | None = Field(
        None,
        description="publication date, YYYY-MM-DD, from 1000-01-01 to 8999-12-31",
        json_schema_extra={"pattern": "^[1-8][0-9]{3}-"},  # the years warcheck.analyze accepts
    )
    outlet: str | None = Field(None, max_length=200, description="the outlet's name or domain")


@router.post("/analyze", summary="Analyse an article (stored only on a --writable server)")
def analyze(request: Request, body: AnalyzeRequest) -> dict[str, Any]:
    """The article's analysis document (``warcheck.analysis/1``) and where it was stored."""
    published = body.published.isoformat() if body.published else None
    outcome = analyse(request.app.state.settings, body.text, published=published,
                      outlet=body.outlet)  # fmt: skip
    return {"stored_id": outcome.stored_id, "document": outcome.document}
