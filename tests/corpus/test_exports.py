"""Exports of a store (warcheck/corpus/exports.py): the ACLED-style CSV's fatalities."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any

import pytest

import warcheck

TEXT = (
    "Shelling kills dozens in Idlib\n\n"
    "Dozens of people were killed in shelling on the town of Saraqib in Idlib province on "
    "Monday, the Syrian Observatory for Human Rights said. Several civilians were killed when "
    "shells hit a market in Maarat al-Numan on Tuesday. Air strikes killed five fighters "
    "near Khan Sheikhoun on Wednesday."
)


@dataclass(frozen=True)
class Exported:
    """What a store holding :data:`TEXT` exports: ACLED CSV rows, GeoJSON features, documents."""

    rows: list[dict[str, str]]
    features: list[dict[str, Any]]
    documents: list[dict[str, Any]]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory, write_jsonl: Any) -> Exported:
    """:data:`TEXT` ingested into a new store, and that store's exports."""
    folder = tmp_path_factory.mktemp("exports")
    src = write_jsonl(folder / "a.jsonl", [{"text": TEXT, "published": "2017-04-04"}])
    with warcheck.Store.open(folder / "w.db") as store:
        store.ingest(warcheck.read_items([str(src)]))
        csv_out, geo_out = io.StringIO(), io.StringIO()
        store.export("acled-csv", csv_out)
        store.export("geojson", geo_out)
        documents = list(store.documents())
    rows = list(csv.DictReader(io.StringIO(csv_out.getvalue())))
    return Exported(rows, json.loads(geo_out.getvalue())["features"], documents)


def test_acled_fatalities_follow_acled_and_the_range_keeps_what_the_words_mean(
    exported: Exported,
) -> None:
    (doc,) = exported.documents
    rows = {r["fatalities_text"]: r for r in exported.rows}
    dozens = rows["Dozens of people were killed"]
    assert (dozens["fatalities"], dozens["fatalities_min"], dozens["fatalities_max"]) == (
        "12", "24", "")  # fmt: skip
    assert rows["Several civilians were killed"]["fatalities"] == "3"  # no ACLED rule found
    assert rows["Several civilians were killed"]["fatalities_min"] == ""
    (five,) = [r for r in rows.values() if "five" in r["fatalities_text"]]
    assert (five["fatalities"], five["fatalities_min"]) == ("5", "5")
    # The analysis keeps "dozens" as an open range from 24, not ACLED's 12.
    vague = [c for c in doc["casualties"] if c["text"].startswith("Dozens")]
    assert [(c["min"], c["max"], c["qualifier"]) for c in vague] == [(24, None, "vague")]


def test_geojson_fatalities_are_the_acled_csv_figure_with_the_range_beside_it(
    exported: Exported,
) -> None:
    rows = {r["claim_id"]: r for r in exported.rows}
    features = exported.features
    assert features
    for f in features:
        p, row = f["properties"], rows[str(f["properties"]["claim_id"])]
        assert str(p["fatalities"]) == row["fatalities"]
        assert ("" if p["fatalities_min"] is None else str(p["fatalities_min"])) == row[
            "fatalities_min"
        ]
        assert p["fatalities_text"] == row["fatalities_text"]
    (dozens,) = [f["properties"] for f in features if "Dozens" in f["properties"]["text"]]
    assert (dozens["fatalities"], dozens["fatalities_min"], dozens["fatalities_max"]) == (
        12, 24, None)  # fmt: skip
    assert dozens["fatalities_text"] == "Dozens of people were killed"
