"""Security: headers on every response, no path traversal, upload caps, read-only by default."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import warcheck
from tests.web.conftest import ARTICLES
from warcheck.web import Settings, create_app
from warcheck.web.config import is_loopback


@pytest.mark.parametrize("url", ["/articles", "/api/articles", "/static/app.css", "/nowhere"])
def test_security_headers_on_every_response(client: TestClient, url: str) -> None:
    headers = client.get(url).headers
    csp = headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"


def test_pages_have_no_inline_script_or_style(client: TestClient) -> None:
    html = client.get("/articles/1").text
    assert "<script>" not in html and "<style" not in html and " style=" not in html
    assert "onclick" not in html.lower()


def test_a_configured_tile_host_is_allowed_for_images_only(store_path: Path) -> None:
    url = "https://tiles.example.org/{z}/{x}/{y}.png"
    with TestClient(create_app(Settings(db=store_path, tile_url=url))) as c:
        csp = c.get("/articles").headers["content-security-policy"]
    assert "img-src 'self' data: https://tiles.example.org;" in csp
    assert "script-src 'self';" in csp


@pytest.mark.parametrize(
    "url",
    [
        "/static/../app.py",
        "/static/%2e%2e/app.py",
        "/static/..%2fapp.py",
        "/static/leaflet/../../app.py",
        "/static//etc/passwd",
        "/static/%2fetc%2fpasswd",
        "/static/leaflet/..%5c..%5capp.py",
    ],
)
def test_static_files_refuse_path_traversal(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert "import" not in response.text and "root:" not in response.text


def test_static_files_are_the_vendored_ones(client: TestClient) -> None:
    assert "Leaflet" in client.get("/static/leaflet/leaflet.js").text
    assert "BSD" in client.get("/static/leaflet/LICENSE").text


def test_uploads_over_the_cap_are_refused(store_path: Path) -> None:
    with TestClient(create_app(Settings(db=store_path, max_upload=1000))) as c:
        big = c.post("/api/analyze", json={"text": "Raqqa. " * 500})
        assert big.status_code == 413 and big.json()["error"]["status"] == 413
        files = {"file": ("a.txt", b"Raqqa. " * 500, "text/plain")}
        assert c.post("/analyse", files=files).status_code == 413
        small = c.post("/api/analyze", json={"text": ARTICLES[2]["text"]})
        assert small.status_code == 200


def test_a_chunked_body_over_the_cap_is_refused(store_path: Path) -> None:
    def chunks():  # no Content-Length: the cap must hold on the bytes received
        for _ in range(20):
            yield b'{"text": "' + b"x" * 100

    with TestClient(create_app(Settings(db=store_path, max_upload=1000))) as c:
        response = c.post("/api/analyze", content=chunks(),
                          headers={"content-type": "application/json"})  # fmt: skip
    assert response.status_code == 413


def test_analysis_is_not_stored_by_default(client: TestClient, store_path: Path) -> None:
    before = client.get("/api/articles").json()["total"]
    text = "Shelling hit Kobani\n\nShelling hit the town of Kobani on Friday, residents said."
    assert client.post("/api/analyze", json={"text": text}).json()["stored_id"] is None
    assert client.post("/analyse", data={"text": text}).status_code == 200
    with warcheck.Store.open(store_path, create=False) as store:
        assert store.count("articles") == before


def test_a_writable_server_stores_what_it_analyses(writable_client: TestClient) -> None:
    body = writable_client.post("/api/analyze", json={"text": ARTICLES[0]["text"]}).json()
    assert body["stored_id"] == 1
    page = writable_client.post("/analyse", data={"text": ARTICLES[2]["text"]},
                                follow_redirects=False)  # fmt: skip
    assert page.status_code == 303 and page.headers["location"] == "/articles/2"
    assert writable_client.get("/api/articles").json()["total"] == 2


def test_the_read_only_connection_refuses_writes(store_path: Path) -> None:
    with warcheck.Store.open(store_path, create=False) as store:
        store.refuse_writes()
        with pytest.raises(Exception, match="readonly|read-only"):
            store.ingest([warcheck.Item(content=ARTICLES[0]["text"] + " More.", origin="t",
                                        raw_sha256="0" * 64)])  # fmt: skip


def test_a_post_from_another_site_is_refused(writable_client: TestClient) -> None:
    response = writable_client.post("/analyse", data={"text": ARTICLES[0]["text"]},
                                    headers={"origin": "https://evil.example"})  # fmt: skip
    assert response.status_code == 403
    assert writable_client.get("/api/articles").json()["total"] == 0


def test_only_loopback_counts_as_local() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")


def test_a_missing_store_is_refused_at_start(tmp_path: Path) -> None:
    with pytest.raises(warcheck.StoreError, match="no store"):
        create_app(Settings(db=tmp_path / "missing.db"))


def test_a_tile_url_with_subdomains_allows_those_subdomains() -> None:
    settings = Settings(db=Path("x.db"), tile_url="https://{s}.tiles.example.org/{z}/{x}/{y}.png")
    assert settings.tile_origin == "https://*.tiles.example.org"
    assert Settings(db=Path("x.db")).tile_origin == ""
