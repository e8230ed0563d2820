"""End to end in a real headless Chromium (Debian's), driven by Playwright; screenshots kept.

Nothing downloads a browser: Playwright is pointed at ``/usr/bin/chromium``
(``apt-get install chromium chromium-driver``; ``.ci/run`` does it). The
screenshots are saved under ``test-artifacts/web/`` at the repository's root.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.request import urlopen

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "web"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"
)
playwright_api = pytest.importorskip("playwright.sync_api")
uvicorn = pytest.importorskip("uvicorn")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(store_path: Path) -> Iterator[str]:
    from warcheck.web import Settings, create_app

    port = _free_port()
    config = uvicorn.Config(create_app(Settings(db=store_path)), host="127.0.0.1", port=port,
                            log_level="warning")  # fmt: skip
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            pytest.fail("the server did not start")
        thread.join(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join()


@pytest.fixture(scope="module")
def browser_page() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.errors = errors  # type: ignore[attr-defined]
        yield page
        browser.close()


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    assert (ARTIFACTS / f"{name}.png").stat().st_size > 0


def test_an_article_shows_highlights_and_claim_panels(base_url: str, browser_page: Any) -> None:
    page = browser_page
    page.goto(f"{base_url}/articles")
    page.click("a.article-link >> nth=0")
    page.wait_for_selector("#article-text mark.hl")
    assert page.locator("#article-text mark.place").count() >= 1
    assert page.locator("#article-text mark.source").count() >= 1
    panels = page.locator(".claim-panel")
    assert panels.count() >= 1
    page.wait_for_selector(".mini-map.leaflet-container")
    panels.nth(1).hover()
    assert page.locator(".claim.active").count() == 1
    _shot(page, "article")
    assert [e for e in page.errors if "favicon" not in e] == []


def test_incidents_filter_then_incident_then_article(base_url: str, browser_page: Any) -> None:
    page = browser_page
    with urlopen(
        f"{base_url}/api/incidents?date_from=2017-10-01"
    ) as response:  # the test's own server
        wanted = json.load(response)["items"][0]
    page.goto(f"{base_url}/")
    page.wait_for_selector("#map.leaflet-container")
    assert page.locator(".timeline li.incident-item").count() >= 2
    assert page.locator("#map .leaflet-interactive").count() >= 1
    _shot(page, "incidents")

    page.fill("input[name=date_from]", "2017-10-01")
    page.select_option("select[name=grade]", wanted["grade"])
    page.click("#apply")
    page.wait_for_url("**/?*date_from=2017-10-01*")
    assert f"grade={wanted['grade']}" in page.url
    items = page.locator(".timeline li.incident-item")
    assert items.count() >= 1 and page.locator(f'li[data-id="{wanted["id"]}"]').count() == 1
    assert "in the map's view" in page.inner_text("#in-view")
    _shot(page, "incidents-filtered")

    page.click(f'li[data-id="{wanted["id"]}"] a.incident-link')
    page.wait_for_selector("text=Claims by outlet and camp")
    assert page.locator(".incident-claim").count() >= 1
    _shot(page, "incident")

    page.click("a.claim-article >> nth=0")
    page.wait_for_selector("#article-text mark.hl")
    assert page.locator(".claim-panel").count() >= 1
    _shot(page, "incident-article")
    assert [e for e in page.errors if "favicon" not in e] == []
