"""The curated places of the wider world (``knowledge/data/places_world.json``)."""

from __future__ import annotations

import json

from warcheck import vocab
from warcheck.knowledge import gazetteer


def _entries() -> list[dict[str, object]]:
    return json.loads(gazetteer.WORLD_PATH.read_text(encoding="utf-8"))["places"]


def test_world_places_are_sourced_valid_and_new() -> None:
    extra = json.loads(gazetteer.EXTRA_PATH.read_text(encoding="utf-8"))["places"]
    ids = [e["id"] for e in _entries()]
    assert len(ids) == len(set(ids)) and not set(ids) & {e["id"] for e in extra}
    g = gazetteer.load()
    for e in _entries():
        assert str(e["source"]).strip(), e["id"]
        if str(e["id"]).startswith("warcheck:"):
            assert e["feature"] in vocab.PLACE_FEATURE and e["precision"] in vocab.PLACE_PRECISION
            assert -90 <= float(e["lat"]) <= 90 and -180 <= float(e["lon"]) <= 180  # type: ignore[arg-type]
        else:  # names added to a GeoNames row: the row must exist
            assert e["id"] in g.by_id, e["id"]


def test_world_places_are_indexed_with_codes_as_written() -> None:
    g = gazetteer.load()
    soviet = [g.place(i).pid for i in g.exact["soviet union"]]
    assert "warcheck:soviet-union" in soviet
    assert "warcheck:soviet-union" in [g.place(i).pid for i in g.caps["USSR"]]
    assert "ussr" not in g.exact  # a code is matched in capitals only
    korea = [g.place(i).name for i in g.exact["democratic peoples republic of korea"]]
    assert korea == ["North Korea"]


def test_no_entry_is_a_hyphenated_compound_of_two_parts_of_the_world() -> None:
    g = gazetteer.load()

    def region(key: str) -> bool:
        return any(g.place(i).feature == "region" for i in g.exact.get(key, ()))

    for e in _entries():
        if e.get("feature") != "region" or "-" not in str(e["name"]):
            continue
        parts = str(e["name"]).lower().split("-")
        states = [i for p in parts for i in g.exact.get(p, ()) if g.place(i).feature == "country"]
        assert states or not all(region(p) for p in parts), e["id"]
