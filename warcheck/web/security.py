"""Security headers on every response, and a cap on request bodies.

The pages load nothing from elsewhere: scripts, styles and images come from
the app itself (Leaflet is vendored), except map tiles when a tile URL is
configured. No inline script runs (data reaches the scripts as JSON blocks and
``data-`` attributes), so the Content-Security-Policy allows ``'self'`` only.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.exceptions import HTTPException

from warcheck.web.config import Settings

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def csp(settings: Settings) -> str:
    """The Content-Security-Policy of every response."""
    tiles = f" {settings.tile_origin}" if settings.tile_origin else ""
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; "
        f"img-src 'self' data:{tiles}; connect-src 'self'; font-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
    )


def headers(settings: Settings) -> list[tuple[bytes, bytes]]:
    """The security headers added to every response."""
    values = {
        "content-security-policy": csp(settings),
        "x-content-type-options": "nosniff",
        "x-frame-options": "DENY",
        "referrer-policy": "no-referrer",
        "cross-origin-opener-policy": "same-origin",
        "cross-origin-resource-policy": "same-origin",
        "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    }
    return [(k.encode(), v.encode()) for k, v in values.items()]


class Guard:
    """ASGI middleware: security headers; bodies over the cap (413) and cross-site posts refused.

    The cap is checked on the declared ``Content-Length`` and again on the
    bytes actually received, so a chunked upload cannot get past it.
    """

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.cap = settings.max_upload
        self.extra = headers(settings)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), *self.extra]
            await send(message)

        request_headers = dict(scope.get("headers") or [])
        if scope["method"] not in SAFE_METHODS and _cross_site(request_headers):
            await _refuse(send_with_headers, 403, "requests from other sites are refused")
            return
        declared = request_headers.get(b"content-length", b"0")
        if declared.isdigit() and int(declared) > self.cap:
            await _refuse(send_with_headers, 413, f"the request is over the {self.cap}-byte limit")
            return
        received = 0

        async def capped_receive() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.cap:
                raise BodyTooLarge(self.cap)
            return message

        try:
            await self.app(scope, capped_receive, send_with_headers)
        except BodyTooLarge:
            if not started:
                await _refuse(
                    send_with_headers, 413, f"the request is over the {self.cap}-byte limit"
                )


SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


def _cross_site(request_headers: dict[bytes, bytes]) -> bool:
    """Whether a browser says the request comes from another site (a forged form post)."""
    if request_headers.get(b"sec-fetch-site", b"") == b"cross-site":
        return True
    origin = request_headers.get(b"origin")
    if origin is None or origin == b"null":
        return origin == b"null"
    host = request_headers.get(b"host", b"")
    return origin.split(b"://", 1)[-1] != host


async def _refuse(send: Send, status: int, detail: str) -> None:
    """Answer with an error in the one format, before the app sees the request."""
    body = json.dumps(error_body(status, detail)).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json")],
        }
    )
    await send({"type": "http.response.body", "body": body})


class BodyTooLarge(HTTPException):
    """A request body went over the cap while it was being read (answered with 413)."""

    def __init__(self, cap: int) -> None:
        super().__init__(413, f"the request is over the {cap}-byte limit")


def error_body(status: int, detail: str) -> dict[str, Any]:
    """The one error format: ``{"error": {"status": ..., "title": ..., "detail": ...}}``."""
    from http import HTTPStatus

    try:
        title = HTTPStatus(status).phrase
    except ValueError:
        title = "Error"
    return {"error": {"status": status, "title": title, "detail": detail}}
