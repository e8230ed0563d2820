"""A web server on 127.0.0.1 for the readers' tests: each test puts the pages it needs.

No test reaches beyond the loopback address.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest


@dataclass
class Site:
    """The local server: its base URL and the pages it serves, path -> (body, content type)."""

    base: str
    pages: dict[str, tuple[bytes, str]] = field(default_factory=dict)

    def put(self, path: str, body: bytes, content_type: str) -> str:
        """Serve ``body`` at ``path``; return its URL."""
        self.pages[path] = (body, content_type)
        return self.base + path


class _Handler(http.server.BaseHTTPRequestHandler):
    site: Site

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        page = self.site.pages.get(self.path)
        if page is None:
            self.send_error(404, "Not Found")
            return
        body, content_type = page
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def site() -> Iterator[Site]:
    handler = type("Handler", (_Handler,), {})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    handler.site = Site(f"http://127.0.0.1:{httpd.server_address[1]}")
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield handler.site
    finally:
        httpd.shutdown()
        httpd.server_close()
