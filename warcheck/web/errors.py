"""One error format for every error, in JSON for the API and as a page for browsers.

Every error answers ``{"error": {"status", "title", "detail"}}`` (see
:func:`warcheck.web.security.error_body`): unknown ids and routes (404),
invalid parameters (422), bodies over the cap (413), input warcheck cannot
analyse (400), and anything unexpected (500, without internals).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

import warcheck
from warcheck.web.respond import render, wants_json
from warcheck.web.security import error_body

log = logging.getLogger("warcheck.web")


def install(app: FastAPI) -> None:
    """Register the handlers that turn every error into the one format."""
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(warcheck.WarcheckError, _warcheck)
    app.add_exception_handler(Exception, _unexpected)


def error(request: Request, status: int, detail: str) -> Response:
    """The error response: JSON for the API and JSON clients, a page for browsers."""
    body = error_body(status, detail)
    if wants_json(request):
        return JSONResponse(body, status_code=status)
    return render(request, "error.html", body["error"], status_code=status)


async def _http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    response = error(request, exc.status_code, detail)
    for name, value in (exc.headers or {}).items():
        response.headers[name] = value
    return response


async def _invalid(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return error(request, 422, "; ".join(_problem(e) for e in exc.errors()))


def _problem(problem: dict[str, Any]) -> str:
    where = ".".join(str(p) for p in problem.get("loc", ()) if p != "body") or "request"
    return f"{where}: {problem.get('msg', 'invalid')}"


async def _warcheck(request: Request, exc: Exception) -> Response:
    return error(request, 400, str(exc))


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error on %s", request.url.path, exc_info=exc)
    return error(request, 500, "unexpected error; the server log has the details")
