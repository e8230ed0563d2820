"""The server-rendered pages; each answers JSON too (a ``.json`` URL or ``Accept``)."""

from __future__ import annotations

import csv
import io
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

import warcheck
from warcheck.web import api
from warcheck.web.analyse import analyse, decode
from warcheck.web.article_view import article_context, article_data
from warcheck.web.deps import Limit, Offset, StoreDep, Text, not_found
from warcheck.web.respond import page, render

router = APIRouter(include_in_schema=False)
Id = api.Id


@router.get("/articles")
@router.get("/articles.json")
def articles(
    request: Request,
    store: StoreDep,
    outlet: Text = None,
    camp: Text = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    """The stored articles, a page at a time."""
    data = api.articles(store, outlet=outlet, camp=camp, limit=limit, offset=offset)
    return page(request, "articles.html", data, outlet=outlet, camp=camp)


@router.get("/articles.csv")
def articles_csv(
    store: StoreDep, outlet: Text = None, camp: Text = None, limit: Limit = 1000, offset: Offset = 0
) -> Response:
    """The filtered list of articles as CSV (their rows, without the text)."""
    items, _ = store.article_page(outlet=outlet, camp=camp, limit=limit, offset=offset)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(items[0]) if items else ["id"])
    writer.writeheader()
    writer.writerows(items)
    disposition = {"content-disposition": 'attachment; filename="articles.csv"'}
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=disposition)


@router.get("/articles/{article_id}")
@router.get("/articles/{article_id}.json")
def article(request: Request, store: StoreDep, article_id: Id) -> Response:
    """One stored article: the marked-up text and a panel per claim."""
    found = store.article(article_id)
    if found is None:
        raise not_found("article", article_id)
    doc = found.pop("document")
    data = article_data(doc, found, store.claim_grades(article_id), store.assessment(article_id))
    return page(request, "article.html", data, **article_context(doc))


@router.get("/search")
@router.get("/search.json")
def search(
    request: Request,
    store: StoreDep,
    q: Annotated[str, Query(max_length=500)] = "",
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> Response:
    """Full-text search over articles and claims (an empty query shows the form)."""
    data: dict[str, Any] = {"query": q, "items": [], "total": 0}
    if q.strip():
        data = api.search(store, q=q, limit=limit)
    return page(request, "search.html", data)


@router.get("/actors")
@router.get("/actors.json")
def actors(request: Request, store: StoreDep, limit: Limit = 100, offset: Offset = 0) -> Response:
    """How each actor is named by each camp's outlets."""
    return page(request, "actors.html", api.actors(store, limit=limit, offset=offset))


@router.get("/outlets")
@router.get("/outlets.json")
def outlets(request: Request, store: StoreDep, limit: Limit = 100, offset: Offset = 0) -> Response:
    """What each outlet reports and how its claims were graded."""
    return page(request, "outlets.html", api.outlets(store, limit=limit, offset=offset))


@router.get("/analyse")
def analyse_form(request: Request) -> Response:
    """The form: paste text or upload a file."""
    return render(request, "analyse.html", {"error": None, "form": {}})


@router.post("/analyse")
async def analyse_post(request: Request) -> Response:
    """Analyse what was pasted or uploaded; show it (or, when writable, store and open it)."""
    settings = request.app.state.settings
    form = await request.form(max_files=1, max_fields=8, max_part_size=settings.max_upload)
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    upload = form.get("file")
    try:
        text = fields.get("text", "")
        if isinstance(upload, UploadFile) and upload.filename:
            text = decode(await upload.read(), f"the file {upload.filename!r}")
        outcome = await run_in_threadpool(
            analyse, settings, text, published=fields.get("published"),
            outlet=fields.get("outlet"),
        )  # fmt: skip
    except warcheck.InputError as err:
        context = {"error": str(err), "form": fields}
        return render(request, "analyse.html", context, status_code=400)
    if outcome.stored_id is not None:
        return RedirectResponse(f"/articles/{outcome.stored_id}", status_code=303)
    doc = outcome.document
    data = article_data(doc, None, {})
    return render(request, "article.html", {**data, **article_context(doc), "unsaved": True})
