"""The server-rendered pages and their JSON twins."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.web.conftest import ARTICLES


def test_article_page_marks_mentions_and_has_a_panel_per_claim(client: TestClient) -> None:
    html = client.get("/articles/1").text
    doc = client.get("/api/articles/1").json()["document"]
    assert html.count('class="claim-panel"') == len(doc["claims"])
    assert re.search(r'<mark class="hl place"[^>]*>Saraqib</mark>', html)
    assert re.search(r'<mark class="hl[^"]*src-monitor[^"]*"', html)
    assert 'class="mini-map"' in html and 'id="claim-0"' in html


def test_article_page_shows_the_camp_of_a_label(client: TestClient) -> None:
    html = client.get("/articles/3").text
    assert re.search(r'<mark class="hl actor cue[^"]*"[^>]*kurdish camp[^>]*>mercenaries', html)


def test_each_page_has_a_json_twin(client: TestClient) -> None:
    for url in ("/articles", "/articles/2", "/actors", "/outlets", "/search?q=Raqqa"):
        path, _, query = url.partition("?")
        twin = client.get(f"{path}.json" + (f"?{query}" if query else ""))
        accept = client.get(url, headers={"accept": "application/json"})
        assert twin.headers["content-type"] == "application/json", url
        assert twin.json() == accept.json(), url
        assert client.get(url).headers["content-type"].startswith("text/html"), url


def test_text_from_the_article_is_escaped(writable_client: TestClient) -> None:
    text = "Clashes in Raqqa <script>alert(1)</script>\n\nFighters clashed in Raqqa on Monday."
    html = writable_client.post("/analyse", data={"text": text}, follow_redirects=True).text
    assert "<script>alert(1)" not in html


def test_unknown_article_page_is_a_404_page(client: TestClient) -> None:
    response = client.get("/articles/12345")
    assert response.status_code == 404
    assert "no article with id 12345" in response.text and "<html" in response.text


def test_articles_page_lists_and_links_articles(client: TestClient) -> None:
    html = client.get("/articles").text
    assert html.count('class="article-link"') == len(ARTICLES)
    assert 'href="/articles/3"' in html


def test_analyse_page_shows_the_article_without_storing_it(client: TestClient) -> None:
    before = client.get("/api/articles").json()["total"]
    response = client.post("/analyse", data={"text": ARTICLES[0]["text"], "outlet": "Reuters"})
    assert response.status_code == 200
    assert "Analysed, not stored" in response.text and 'class="claim-panel"' in response.text
    assert client.get("/api/articles").json()["total"] == before


def test_analyse_page_reads_an_uploaded_file(client: TestClient) -> None:
    files = {"file": ("a.txt", ARTICLES[2]["text"].encode(), "text/plain")}
    response = client.post("/analyse", files=files)
    assert response.status_code == 200 and "Raqqa" in response.text


def test_analyse_page_says_why_a_file_is_refused(client: TestClient) -> None:
    files = {"file": ("a.bin", b"\x00\x01\x02binary", "application/octet-stream")}
    response = client.post("/analyse", files=files)
    assert response.status_code == 400 and "looks binary" in response.text
    latin = {"file": ("a.txt", "Raqqa caf\xe9".encode("latin-1"), "text/plain")}
    assert "not UTF-8" in client.post("/analyse", files=latin).text


def test_only_web_links_to_the_original_are_made(writable_client: TestClient) -> None:
    import warcheck

    db = writable_client.app.state.settings.db  # type: ignore[attr-defined]
    item = warcheck.Item(content=ARTICLES[0]["text"], origin="t", raw_sha256="1" * 64,
                         url="javascript:alert(1)")  # fmt: skip
    with warcheck.Store.open(db) as store:
        store.ingest([item])
    html = writable_client.get("/articles/1").text
    assert "javascript:" not in html and ">original<" not in html


def test_search_page_finds_and_links(client: TestClient) -> None:
    html = client.get("/search", params={"q": "Raqqa"}).text
    assert 'href="/articles/3"' in html and "[Raqqa]" in html
    assert client.get("/search", params={"q": "!!!"}).status_code == 400


def test_articles_export_follows_the_filters(client: TestClient) -> None:
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(client.get("/articles.csv?outlet=SANA").text)))
    assert [r["item_id"] for r in rows] == ["s1"]
    assert 'href="/articles.csv?outlet=SANA"' in client.get("/articles?outlet=SANA").text
