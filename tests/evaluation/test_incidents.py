from __future__ import annotations

import json
from pathlib import Path

import pytest

import warcheck
from warcheck import vocab
from warcheck.errors import DataError
from warcheck.evaluation.incidents import bcubed, pairwise, score


def test_every_article_alone_has_full_precision_and_no_pairs() -> None:
    gold = ["a", "a", "b", "c"]
    alone = [1, 2, 3, 4]
    p, r = bcubed(alone, gold)
    assert p == 1.0 and r == pytest.approx((0.5 + 0.5 + 1 + 1) / 4)
    assert pairwise(alone, gold) == (1.0, 0.0)


def test_all_in_one_has_full_recall() -> None:
    gold = ["a", "a", "b", "c"]
    p, r = bcubed([0] * 4, gold)
    assert r == 1.0 and p == pytest.approx((0.5 + 0.5 + 0.25 + 0.25) / 4)
    assert pairwise([0] * 4, gold) == (pytest.approx(1 / 6), 1.0)


def test_the_gold_grouping_scores_one_whatever_its_names() -> None:
    result = score(["x", "x", "y"], ["a", "a", "b"])
    assert result["bcubed_f1"] == result["pairwise_f1"] == result["incident_ratio"] == 1.0
    assert set(result) - {"articles", "gold_incidents", "predicted_incidents"} <= set(
        vocab.EVAL_METRIC
    )


MILL = (
    "Gunmen opened fire at the Halvorsen textile mill in Riverton on Monday, killing Margit "
    "Oyelaran and wounding two guards, police said."
)
MILL_2 = (
    "Police said gunmen killed Margit Oyelaran and wounded two guards at the Halvorsen "
    "textile mill in Riverton on Monday."
)
FIRE = "A fire destroyed the Quorra warehouse in Hillside on Monday, firefighters said."


def test_eval_incidents_on_a_small_file(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    rows = [
        {
            "id": "1",
            "text": MILL,
            "published": "2020-03-03",
            "outlet": "a.example",
            "incident": "m",
        },
        {
            "id": "2",
            "text": MILL_2,
            "published": "2020-03-03",
            "outlet": "b.example",
            "incident": "m",
        },
        {
            "id": "3",
            "text": FIRE,
            "published": "2020-03-03",
            "outlet": "c.example",
            "incident": "f",
        },
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = warcheck.evaluate("incidents", str(path))
    assert result["articles"] == 3 and result["gold_incidents"] == 2
    assert result["bcubed_f1"] == 1.0 and result["pairwise_f1"] == 1.0
    assert "B-cubed" in warcheck.format_evaluation(result)


def test_a_file_without_gold_incidents_is_a_data_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "no gold here"}\n', encoding="utf-8")
    with pytest.raises(DataError):
        warcheck.evaluate("incidents", str(path))
