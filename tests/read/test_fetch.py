"""Tests for warcheck.read.fetch: fetching from a local server, refusals, load_source.

Every request goes to a tiny http.server on 127.0.0.1 started inside the test,
or to a name under .invalid that never resolves: no test needs the network.
"""

from __future__ import annotations

import http.server
import io
import socket
import threading
import time
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from warcheck.errors import FetchError, InputError
from warcheck.read import fetch as fetching
from warcheck.read.fetch import declared_charset, fetch, load_source

PAGE = (
    b"<html><body><p>Air strikes killed 12 civilians in Idlib, the monitor said.</p></body></html>"
)


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        port = self.server.server_address[1]  # type: ignore[index]
        routes = {
            "/redirect": ("302", f"http://127.0.0.1:{port}/page"),
            "/redirect-file": ("302", "file:///etc/passwd"),
            "/redirect-private": ("302", f"http://127.0.0.2:{port}/page"),
            "/loop": ("302", "/loop"),
        }
        if self.path in routes:
            self.send_response(int(routes[self.path][0]))
            self.send_header("Location", routes[self.path][1])
            self.end_headers()
            return
        if self.path == "/missing":
            self.send_error(404, "Not Found")
            return
        if self.path == "/slow":
            time.sleep(1.5)
            self._send(b"late", "text/plain")
            return
        if self.path == "/big":  # no Content-Length: the cap must hold while streaming
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(48):
                self.wfile.write(b"a" * 65536)
            return
        if self.path == "/big-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "50000000")
            self.end_headers()
            return
        bodies = {
            "/page": (PAGE, "text/html; charset=utf-8"),
            "/text": (b"Shelling hit Aleppo on Monday.", "text/plain"),
            "/latin": ("caf\u00e9 in Hama".encode("latin-1"), "text/plain; charset=iso-8859-1"),
            "/pdf": (b"%PDF-1.4", "application/pdf"),
            "/empty": (b"", "text/html"),
        }
        body, kind = bodies.get(self.path, (b"?", "text/plain"))
        self._send(body, kind)

    def _send(self, body: bytes, kind: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that give up early (timeouts, size caps) break the pipe


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _QuietServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


# --- fetch ----------------------------------------------------------------------------------


def test_fetch_page(server: str) -> None:
    body, kind, final = fetch(server + "/page", allow_private=True)
    assert body == PAGE
    assert kind.startswith("text/html")
    assert final == server + "/page"


def test_fetch_follows_redirects(server: str) -> None:
    body, _, final = fetch(server + "/redirect", allow_private=True)
    assert body == PAGE
    assert final.endswith("/page")


def test_private_address_refused(server: str) -> None:
    message = r"^refusing private address 127\.0\.0\.1 \(use --allow-private to allow\)$"
    with pytest.raises(FetchError, match=message):
        fetch(server + "/page")


def test_localhost_name_refused(server: str) -> None:
    port = server.rsplit(":", 1)[1]
    with pytest.raises(FetchError, match="^refusing private address"):
        fetch(f"http://localhost:{port}/page")


def test_every_redirect_hop_is_checked(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Treat 127.0.0.1 as public, so only the redirect target (127.0.0.2) is private.
    monkeypatch.setattr(fetching, "_refused", lambda address: str(address) != "127.0.0.1")
    assert fetch(server + "/page")[0] == PAGE
    with pytest.raises(FetchError, match=r"^refusing private address 127\.0\.0\.2 "):
        fetch(server + "/redirect-private")


def test_redirect_to_file_refused(server: str) -> None:
    with pytest.raises(FetchError, match="^unsupported URL scheme 'file'"):
        fetch(server + "/redirect-file", allow_private=True)


def test_redirect_loop(server: str) -> None:
    with pytest.raises(FetchError):
        fetch(server + "/loop", allow_private=True)


@pytest.mark.parametrize(
    ("url", "scheme"),
    [
        ("file:///etc/passwd", "file"),
        ("ftp://example.org/x", "ftp"),
        ("javascript:alert(1)", "javascript"),
    ],
)
def test_unsupported_scheme(url: str, scheme: str) -> None:
    with pytest.raises(FetchError, match=f"^unsupported URL scheme '{scheme}'$"):
        fetch(url)


@pytest.mark.parametrize("url", ["http://", "http:///path", "https://:80/"])
def test_url_without_host(url: str) -> None:
    with pytest.raises(FetchError, match="no host"):
        fetch(url)


def test_unreachable_host_fails_fast() -> None:
    start = time.monotonic()
    with pytest.raises(
        FetchError, match="^cannot reach nonexistent.invalid: Name or service not known$"
    ):
        fetch("http://nonexistent.invalid/article")
    assert time.monotonic() - start < 2


def test_resolver_failure_message(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fail)
    message = "^cannot reach news.example.org: Name or service not known$"
    with pytest.raises(FetchError, match=message):
        fetch("https://news.example.org/a")


def test_connection_refused() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match="^cannot reach 127.0.0.1: "):
        fetch(f"http://127.0.0.1:{port}/", allow_private=True, timeout=2)


def test_content_type_refused(server: str) -> None:
    with pytest.raises(FetchError, match="application/pdf"):
        fetch(server + "/pdf", allow_private=True)


def test_caller_can_accept_other_types(server: str) -> None:
    body, kind, _ = fetch(server + "/pdf", allow_private=True, accept=("application/pdf",))
    assert (body, kind) == (b"%PDF-1.4", "application/pdf")
    with pytest.raises(FetchError, match="text/html"):
        fetch(server + "/page", allow_private=True, accept=("application/pdf",))


def test_utc_now_is_iso_8601_utc() -> None:
    import datetime

    stamp = fetching.utc_now()
    assert stamp.endswith("Z")
    assert datetime.datetime.fromisoformat(stamp).tzinfo == datetime.UTC


def test_plain_text_accepted(server: str) -> None:
    body, kind, _ = fetch(server + "/text", allow_private=True)
    assert body.startswith(b"Shelling") and kind == "text/plain"


def test_size_cap_while_streaming(server: str) -> None:
    with pytest.raises(FetchError, match="limit is 1 MB"):
        fetch(server + "/big", allow_private=True, max_bytes=1_000_000)
    assert len(fetch(server + "/big", allow_private=True)[0]) == 48 * 65536


def test_declared_size_refused(server: str) -> None:
    with pytest.raises(FetchError, match=r"^page is 50 MB; the limit is 10 MB$"):
        fetch(server + "/big-declared", allow_private=True)


def test_http_error(server: str) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(server + "/missing", allow_private=True)


def test_timeout(server: str) -> None:
    start = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch(server + "/slow", allow_private=True, timeout=0.5)
    assert time.monotonic() - start < 1.4


# --- load_source ----------------------------------------------------------------------------


def test_load_file(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Strikes hit Idlib\n\nAir strikes killed 12.", encoding="utf-8")
    assert load_source(str(path), allow_private=False) == (
        "Strikes hit Idlib\n\nAir strikes killed 12.",
        None,
    )


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError, match=f"^no such file: {missing}$"):
        load_source(str(missing), allow_private=False)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="directory"):
        load_source(str(tmp_path), allow_private=False)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "^input is empty$"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00", "^input looks binary, not text$"),
        (
            "Assad\u2019s forces".encode("cp1252"),
            r"^input is not valid UTF-8 \(byte 0x92 at offset 5\)$",
        ),
    ],
)
def test_bad_files(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        load_source(str(path), allow_private=False)


def test_fifty_megabyte_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        line = b"Air strikes killed 12 civilians in Idlib, the monitor said.\n" * 1000
        while handle.tell() < 50_000_000:
            handle.write(line[: 50_000_000 - handle.tell()])
    with pytest.raises(InputError, match=r"^input is 50\.0 MB; the limit is 10 MB$"):
        load_source(str(path), allow_private=False)


def test_html_file_with_declared_charset(tmp_path: Path) -> None:
    arabic = "\u062d\u0644\u0628"
    html = f'<html><head><meta charset="windows-1256"></head><body><p>{arabic}</p></body></html>'
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("cp1256"))
    content, url = load_source(str(path), allow_private=False)
    assert arabic in content and url is None


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", types.SimpleNamespace(buffer=io.BytesIO(b"Aleppo shelled.")))
    assert load_source("-", allow_private=False) == ("Aleppo shelled.", None)
    monkeypatch.setattr("sys.stdin", types.SimpleNamespace(buffer=io.BytesIO(b"")))
    with pytest.raises(InputError, match="^input is empty$"):
        load_source("-", allow_private=False)


def test_load_url(server: str) -> None:
    content, url = load_source(server + "/redirect", allow_private=True)
    assert content == PAGE.decode()
    assert url == server + "/page"


def test_load_url_declared_charset(server: str) -> None:
    assert load_source(server + "/latin", allow_private=True)[0] == "caf\u00e9 in Hama"


def test_load_url_refusals(server: str) -> None:
    with pytest.raises(FetchError, match="^refusing private address"):
        load_source(server + "/page", allow_private=False)
    with pytest.raises(FetchError, match="^cannot reach"):
        load_source("https://nonexistent.invalid/x", allow_private=False)
    with pytest.raises(InputError, match="^input is empty$"):
        load_source(server + "/empty", allow_private=True)


def test_declared_charset() -> None:
    assert declared_charset(b"x", "text/html; charset=ISO-8859-1") == "ISO-8859-1"
    meta = b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
    assert declared_charset(meta, "") == "windows-1256"
    assert declared_charset(b"plain text", "text/plain") is None
