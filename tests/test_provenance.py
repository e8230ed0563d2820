"""Every extracted item carries offsets into the article text that reproduce its text."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import warcheck

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _spans(node: Any) -> list[dict[str, Any]]:
    found = []
    if isinstance(node, dict):
        if isinstance(node.get("start"), int) and isinstance(node.get("text"), str):
            found.append(node)
        for v in node.values():
            found += _spans(v)
    elif isinstance(node, list):
        for v in node:
            found += _spans(v)
    return found


def _check(analysis: warcheck.Analysis) -> int:
    doc = analysis.to_dict()
    text = doc["article"]["text"]
    spans = _spans({k: v for k, v in doc.items() if k != "article"}) + _spans(
        {k: v for k, v in doc["article"].items() if k != "text"}
    )
    for s in spans:
        assert 0 <= s["start"] <= s["end"] <= len(text)
        assert text[s["start"] : s["end"]] == s["text"], s
    return len(spans)


def test_seed_offsets(seed: warcheck.Analysis) -> None:
    assert _check(seed) >= 30


def test_fakes_sample_offsets() -> None:
    with open(FIXTURES / "fakes-sample.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    total = sum(_check(warcheck.analyze(r["article_content"], outlet=r["source"])) for r in rows)
    assert total > 40 * len(rows) / 4
