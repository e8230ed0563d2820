"""The app factory: routes, error handlers, security headers, and the vendored static files."""

from __future__ import annotations

import mimetypes
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import Response

import warcheck
from warcheck.web import api, errors, incidents, pages
from warcheck.web.config import Settings
from warcheck.web.pool import StorePool
from warcheck.web.security import Guard

STATIC = Path(str(files("warcheck.web").joinpath("static")))


def static_files(root: Path = STATIC) -> dict[str, tuple[bytes, str]]:
    """Every file under ``root`` by its relative name, with its media type, read once.

    The static route serves only names in this table, so no path given in a
    URL (``..``, encoded slashes, absolute paths) can reach another file.
    """
    table = {}
    for path in sorted(root.rglob("*")):
        if path.is_file():
            kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            if kind.startswith("text/") or kind.endswith("javascript"):
                kind += "; charset=utf-8"
            table[path.relative_to(root).as_posix()] = (path.read_bytes(), kind)
    return table


def create_app(settings: Settings) -> FastAPI:
    """The web app over the store ``settings.db`` (which must exist).

    Raises:
        StoreError: the file is missing or is not a warcheck store.
    """
    warcheck.Store.open(settings.db, create=False).close()
    stores = StorePool(settings.db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        stores.close()

    app = FastAPI(
        title="warcheck",
        version=warcheck.__version__,
        description=(
            "Who says what happened in conflict news, on whose word, and who else reports it. "
            "Read-only unless the server was started with --writable."
        ),
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.stores = stores
    errors.install(app)
    app.include_router(incidents.api_router)
    app.include_router(api.router)
    app.include_router(incidents.router)
    app.include_router(pages.router)
    table = static_files()

    @app.get("/static/{name:path}", include_in_schema=False)
    def static(name: str) -> Response:
        if name not in table:
            raise HTTPException(404, f"no static file {name!r}")
        body, kind = table[name]
        return Response(body, media_type=kind, headers={"cache-control": "max-age=3600"})

    app.add_middleware(Guard, settings=settings)
    return app
