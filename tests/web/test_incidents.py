"""Incidents: the map-and-timeline page, filters in the URL, one incident, API and exports."""

from __future__ import annotations

import csv
import io

from fastapi.testclient import TestClient


def _incidents(client: TestClient, **params: str) -> list[dict[str, object]]:
    return client.get("/api/incidents", params=params).json()["items"]


def test_the_cross_checked_store_has_incidents(client: TestClient) -> None:
    body = client.get("/api/incidents").json()
    assert body["items"] and body["count"] == len(body["items"]) == body["total"]
    assert body["articles"] == sum(i["n_articles"] for i in body["items"])


def test_filters_narrow_the_incidents(client: TestClient) -> None:
    everything = _incidents(client)
    raqqa = _incidents(client, date_from="2017-10-01")
    assert raqqa and len(raqqa) < len(everything)
    assert all(str(i["date_to"] or i["date_from"]) >= "2017-10-01" for i in raqqa)
    grade = str(everything[0]["grade"])
    assert all(i["grade"] == grade for i in _incidents(client, grade=grade))
    assert _incidents(client, grade="discounted", date_from="2030-01-01") == []


def test_an_incident_has_its_claims_by_outlet(client: TestClient) -> None:
    first = _incidents(client)[0]
    body = client.get(f"/api/incidents/{first['id']}").json()
    assert body["incident"]["id"] == first["id"]
    claims = [c for group in body["by_outlet"].values() for c in group]
    assert claims and all("history" in c for c in claims)
    assert client.get("/api/incidents/99999").status_code == 404


def test_the_incidents_page_has_map_timeline_and_permalinked_filters(client: TestClient) -> None:
    html = client.get("/", params={"date_from": "2017-10-01"}).text
    assert 'id="map"' in html and 'id="incidents-data"' in html
    assert 'name="date_from" value="2017-10-01"' in html
    assert "/incidents.csv?date_from=2017-10-01" in html
    assert html.count('class="incident-item"') == len(_incidents(client, date_from="2017-10-01"))


def test_the_incident_page_links_its_articles(client: TestClient) -> None:
    first = _incidents(client)[0]
    html = client.get(f"/incidents/{first['id']}").text
    assert 'class="claim-article"' in html and "Claims by outlet and camp" in html
    assert client.get(f"/incidents/{first['id']}.json").json()["incident"]["id"] == first["id"]


def test_exports_of_the_filtered_view(client: TestClient) -> None:
    chosen = _incidents(client, date_from="2017-10-01")
    rows = list(csv.DictReader(io.StringIO(client.get("/incidents.csv?date_from=2017-10-01").text)))
    assert [int(r["id"]) for r in rows] == [i["id"] for i in chosen]
    geo = client.get("/incidents.geojson", params={"date_from": "2017-10-01"}).json()
    assert geo["type"] == "FeatureCollection"
    located = [i for i in chosen if i["latitude"] is not None]
    assert [f["properties"]["id"] for f in geo["features"]] == [i["id"] for i in located]


def test_empty_filters_from_the_form_are_no_filters(client: TestClient) -> None:
    empty = client.get("/incidents.json", params={"date_from": "", "grade": "", "place": ""})
    assert empty.status_code == 200
    assert empty.json()["total"] == client.get("/api/incidents").json()["total"]
    assert client.get("/api/incidents", params={"date_from": "2017-13-45"}).status_code == 422


def test_a_contested_incident_shows_both_sides(client: TestClient) -> None:
    contested = _incidents(client, grade="contested")
    assert contested, "the Reuters and SANA reports of Saraqib disagree"
    body = client.get(f"/api/incidents/{contested[0]['id']}").json()
    outlets = {key.split(" · ")[1] for key in body["by_outlet"]}
    assert {"Reuters", "SANA"} <= outlets
    html = client.get(f"/incidents/{contested[0]['id']}").text
    kinds = {c["kind"] for c in body["incident"]["contradictions"]}
    assert kinds and all(k in html for k in kinds)
    assert "What agrees" in html and "What conflicts" in html
