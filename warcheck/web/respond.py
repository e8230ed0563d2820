"""HTML or JSON: each page has a JSON twin (a `.json` URL, or `Accept: application/json`)."""

from __future__ import annotations

from importlib.resources import files
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import JSONResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

_TEMPLATES = str(files("warcheck.web").joinpath("templates"))
templates = Jinja2Templates(
    env=Environment(
        loader=FileSystemLoader(_TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
)


def wants_json(request: Request) -> bool:
    """Whether to answer in JSON: the API, a ``.json`` URL, or a client that prefers JSON."""
    path = request.url.path
    if path.startswith("/api/") or path.endswith(".json"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def page(request: Request, template: str, data: dict[str, Any], **context: Any) -> Response:
    """The page, or its data as JSON when the client asks for JSON."""
    if wants_json(request):
        return JSONResponse(data)
    return render(request, template, {**data, **context})


def render(
    request: Request, template: str, context: dict[str, Any], *, status_code: int = 200
) -> Response:
    """A template rendered with the app's settings and the request at hand."""
    settings = request.app.state.settings
    base = {"settings": settings, "query": _query_helper(request)}
    return templates.TemplateResponse(
        request, template, {**base, **context}, status_code=status_code
    )


def _query_helper(request: Request) -> Any:
    """``query(page=2)``: the current URL's query with some parameters replaced."""

    def query(**changes: Any) -> str:
        params = {k: v for k, v in request.query_params.items() if v != ""}
        for key, value in changes.items():
            if value in (None, ""):
                params.pop(key, None)
            else:
                params[key] = str(value)
        return "?" + urlencode(params) if params else ""

    return query
