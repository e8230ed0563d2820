"""Rows of an analysed item: each claim's and mention's columns say what its document says."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import warcheck
from warcheck.corpus import documents
from warcheck.corpus.rows import (
    CLAIM_COLUMNS,
    MENTION_COLUMNS,
    MENTION_KIND_COLUMNS,
    ArticleRows,
    Options,
    analyse_item,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
LISTS = {"actor": "actors", "place": "places", "time": "times", "casualty": "casualties",
         "operation": "operations", "cue": "cues"}  # fmt: skip
KEYS = {  # a mention column: the document's key for it, per kind where they differ
    "ref": {"actor": "actor_id", "place": "place_id", "operation": "operation_id",
            "cue": "actor_id"},
    "category": {"actor": "kind", "place": "precision", "time": "kind", "casualty": "outcome",
                 "cue": "kind"},
    "value": {"actor": "label_camp", "place": "country", "casualty": "group",
              "operation": "actor_id", "cue": "camp"},
    "name": {"casualty": "qualifier", "cue": "technique"},
    "latitude": {"place": "lat"},
    "longitude": {"place": "lon"},
    "minimum": {"casualty": "min"},
    "maximum": {"casualty": "max"},
}  # fmt: skip


def _rows() -> list[ArticleRows]:
    items = warcheck.read_items([str(FIXTURES / "fakes-sample.csv")])
    found = [analyse_item(i, Options()) for i in items if isinstance(i, warcheck.Item)]
    return [r for r in found if isinstance(r, ArticleRows)]


def _joined(values: list[Any]) -> str | None:
    return "; ".join(dict.fromkeys(str(v) for v in values if v)) or None


def _figure(claim: dict[str, Any], outcome: str) -> list[int | None]:
    found = [c for c in claim["casualties"] if c["outcome"] == outcome and c["min"] is not None]
    if not found:
        return [None, None]
    highs = [c["max"] for c in found]
    return [sum(c["min"] for c in found), None if None in highs else sum(highs)]


def _expected_claim(claim: dict[str, Any], main: int | None) -> dict[str, Any]:
    place = claim["places"][0] if claim["places"] else {}
    out = {c: claim.get(c) for c in CLAIM_COLUMNS}
    out.update(claim_index=claim["index"], is_main=int(claim["index"] == main))
    for column, key in [("place", "name"), ("place_id", "place_id"), ("admin1", "admin1"),
                        ("country", "country"), ("latitude", "lat"), ("longitude", "lon"),
                        ("geo_precision", "precision")]:  # fmt: skip
        out[column] = place.get(key)
    for role in ("agents", "targets"):
        out[role] = _joined([p["actor_id"] for p in claim[role]])
        out[role[:-1] + "_names"] = _joined([p["name"] for p in claim[role]])
    out["killed_min"], out["killed_max"] = _figure(claim, "killed")
    out["injured_min"], out["injured_max"] = _figure(claim, "injured")
    out["source_types"] = _joined([s["type"] for s in claim["sources"]])
    out["source_names"] = _joined([s["name"] for s in claim["sources"]])
    return out


def test_claim_rows_hold_what_the_document_says() -> None:
    rows = _rows()
    assert sum(len(r.claims) for r in rows) > 50
    for r in rows:
        doc = documents.loads(r.article["document"])
        main = r.article["main_claim"]
        expected = [_expected_claim(c, main) for c in doc["claims"]]
        assert [dict(zip(CLAIM_COLUMNS, row, strict=True)) for row in r.claims] == expected
    assert any(row[CLAIM_COLUMNS.index("killed_min")] for r in rows for row in r.claims)


def test_mention_rows_hold_what_the_document_says() -> None:
    rows = _rows()
    for r in rows:
        doc = documents.loads(r.article["document"])
        expected = []
        for kind, key in LISTS.items():
            for m in doc[key]:
                full = {c: None for c in MENTION_COLUMNS}
                full.update(kind=kind, start=m["start"], end=m["end"], text=m["text"])
                for column in MENTION_KIND_COLUMNS[kind][3:]:
                    full[column] = m[KEYS.get(column, {}).get(kind, column)]
                expected.append(tuple(full.values()))
        assert r.mentions == expected
    assert any(m[0] == "place" and m[11] is not None for r in rows for m in r.mentions)
