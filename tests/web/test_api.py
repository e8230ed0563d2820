"""The REST API over a store built in the test: lists, items, search, errors, analysis."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.web.conftest import ARTICLES


def test_articles_are_listed_a_page_at_a_time(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 2}).json()
    assert first["total"] == len(ARTICLES) and len(first["items"]) == 2
    assert first["next_offset"] == 2
    rest = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert [a["item_id"] for a in first["items"] + rest["items"]] == [a["id"] for a in ARTICLES]
    assert rest["next_offset"] is None
    assert "text" not in first["items"][0]


def test_articles_filter_by_outlet(client: TestClient) -> None:
    page = client.get("/api/articles", params={"outlet": "SANA"}).json()
    assert [a["outlet"] for a in page["items"]] == ["SANA"] and page["total"] == 1


def test_an_article_has_its_document_and_a_panel_per_claim(client: TestClient) -> None:
    body = client.get("/api/articles/1").json()
    doc = body["document"]
    assert doc["schema"] == "warcheck.analysis/1"
    assert body["text"] == doc["article"]["text"]
    assert [p["index"] for p in body["claims"]] == [c["index"] for c in doc["claims"]]
    places = [p["place"] for p in body["claims"] if p["place"]]
    assert any(p["name"] == "Saraqib" and p["lat"] is not None for p in places)
    assert {s["type"] for p in body["claims"] for s in p["sources"]} >= {"monitor"}


def test_claims_list_and_filter_by_article(client: TestClient) -> None:
    everything = client.get("/api/claims").json()
    assert everything["total"] >= len(ARTICLES)
    only = client.get("/api/claims", params={"article_id": 3}).json()
    assert only["items"] and {c["article_id"] for c in only["items"]} == {3}
    assert {c["outlet"] for c in only["items"]} == {"ANHA"}


def test_actors_show_the_words_each_camp_uses(client: TestClient) -> None:
    actors = {a["id"]: a for a in client.get("/api/actors").json()["items"]}
    isis = actors["isis"]
    words = {w["text"] for w in isis["labels"]["kurdish"]}
    assert "mercenaries" in words or "ISIS" in words
    assert isis["mentions"] == sum(w["count"] for ws in isis["labels"].values() for w in ws)


def test_outlets_have_camps_and_claim_counts(client: TestClient) -> None:
    outlets = {o["name"]: o for o in client.get("/api/outlets").json()["items"]}
    assert set(outlets) == {"Reuters", "SANA", "ANHA"}
    assert outlets["ANHA"]["camp"] == "kurdish" and outlets["ANHA"]["articles"] == 1
    assert outlets["Reuters"]["claims"] == sum(outlets["Reuters"]["certainty"].values())


def test_search_finds_articles_and_claims(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "Saraqib"}).json()["items"]
    assert {h["article_id"] for h in hits} == {1, 2}
    assert {h["kind"] for h in hits} == {"article", "claim"}
    assert all("[Saraqib]" in h["snippet"] for h in hits)


def test_every_error_has_the_one_format(client: TestClient) -> None:
    cases = [
        ("/api/articles/999", 404),
        ("/api/articles/abc", 422),
        ("/api/articles", 422, {"limit": 0}),
        ("/api/search", 422),
        ("/api/search", 422, {"q": "!!!"}),
        ("/api/nothing-here", 404),
    ]
    for url, status, *params in cases:
        response = client.get(url, params=params[0] if params else None)
        assert response.status_code == status, url
        error = response.json()["error"]
        assert error["status"] == status and error["title"] and error["detail"], url


def test_ids_past_sqlite_integers_are_invalid_not_a_crash(client: TestClient) -> None:
    assert client.get(f"/api/articles/{2**64}").status_code == 422
    assert client.get("/api/claims", params={"offset": 2**70}).status_code == 422


def test_analyze_returns_the_document(client: TestClient) -> None:
    response = client.post("/api/analyze", json={"text": ARTICLES[2]["text"], "outlet": "ANHA",
                                                 "published": "2017-10-05"})  # fmt: skip
    assert response.status_code == 200
    body = response.json()
    assert body["stored_id"] is None
    assert body["document"]["article"]["outlet"] == "ANHA"
    assert any(p["name"] == "Raqqa" for p in body["document"]["places"])


def test_analyze_rejects_bad_input_with_the_error_format(client: TestClient) -> None:
    bad_date = client.post("/api/analyze", json={"text": "Clashes in Raqqa.", "published": "x"})
    assert bad_date.status_code == 422 and "published" in bad_date.json()["error"]["detail"]
    assert client.post("/api/analyze", json={"text": "   "}).status_code == 422
    assert client.post("/api/analyze", json={}).status_code == 422


def test_openapi_lists_the_api(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/articles", "/api/articles/{article_id}", "/api/claims", "/api/actors",
            "/api/outlets", "/api/search", "/api/analyze"} <= set(paths)  # fmt: skip
    assert not any(p.startswith("/static") for p in paths)
