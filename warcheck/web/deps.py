"""What every route needs: the store (read-only, from the app's pool) and list parameters."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Query, Request
from pydantic import BaseModel

import warcheck

MAX_ID = 2**63 - 1
"""The largest id SQLite stores; larger ones in a URL are refused as invalid (422)."""


def open_store(request: Request) -> Iterator[warcheck.Store]:
    """The store for this request, read-only (writes go through analyse), from the app's pool."""
    pool = request.app.state.stores
    store = pool.take()
    try:
        yield store
    finally:
        pool.give_back(store)


StoreDep = Annotated[warcheck.Store, Depends(open_store)]
Limit = Annotated[int, Query(ge=1, le=1000, description="at most this many items")]
Offset = Annotated[int, Query(ge=0, le=MAX_ID, description="skip this many items")]
Text = Annotated[str | None, Query(max_length=200)]


def not_found(what: str, key: Any) -> HTTPException:
    """The 404 for an unknown id."""
    return HTTPException(404, f"no {what} with id {key}")


def listing(items: list[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    """A page of a list, with what is needed to ask for the next one."""
    more = offset + len(items) < total
    return {
        "items": items,
        "total": total,
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if more else None,
    }


class ErrorDetail(BaseModel):
    """The body of every error."""

    status: int
    title: str
    detail: str


class ErrorBody(BaseModel):
    """Every error response: ``{"error": {"status", "title", "detail"}}``."""

    error: ErrorDetail


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "input warcheck cannot analyse or search"},
    404: {"model": ErrorBody, "description": "unknown id"},
    413: {"model": ErrorBody, "description": "request body over the upload cap"},
    422: {"model": ErrorBody, "description": "invalid parameters"},
}
