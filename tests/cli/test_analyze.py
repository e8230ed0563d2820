"""`warcheck analyze --credibility`: the assessment, labelled for what it is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warcheck.cli import main

SEED = Path(__file__).resolve().parents[2] / "examples" / "seed-article.txt"


def test_text_report_gains_a_labelled_section(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(SEED), "--published", "2017-10-05", "--credibility"]) == 0
    out = capsys.readouterr().out
    assert "CREDIBILITY MODEL (a model of FA-KES's labels, not a verdict)" in out
    assert "probability credible:" in out
    assert main(["analyze", str(SEED), "--published", "2017-10-05"]) == 0
    assert "CREDIBILITY MODEL" not in capsys.readouterr().out  # only when asked


def test_json_wraps_the_unchanged_document(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(SEED), "--format", "json"]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert main(["analyze", str(SEED), "--format", "json", "--credibility"]) == 0
    wrapped = json.loads(capsys.readouterr().out)
    assert wrapped["analysis"] == plain
    text = plain["article"]["text"]
    assessment = wrapped["credibility"]
    assert 0.0 < assessment["probability_credible_without_outlet"] < 1.0
    spans = [s for r in assessment["reasons"] for s in r["spans"]]
    assert spans and all(text[s["start"] : s["end"]] == s["text"] for s in spans)
