"""The JSON output validates against the schema file, which is generated from the model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import warcheck

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "warcheck" / "schema" / "analysis-1.json").read_text("utf-8"))


def test_schema_file_is_up_to_date() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_schema.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_seed_output_validates(seed: warcheck.Analysis) -> None:
    jsonschema.validate(json.loads(json.dumps(seed.to_dict())), SCHEMA)


@pytest.mark.parametrize("published", [None, "2017-10-05"])
def test_fixture_articles_validate(published: str | None) -> None:
    import csv

    with open(ROOT / "tests" / "fixtures" / "fakes-sample.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))[:12]
    for row in rows:
        doc = warcheck.analyze(row["article_content"], published=published).to_dict()
        jsonschema.validate(json.loads(json.dumps(doc)), SCHEMA)


def test_schema_rejects_a_value_outside_the_vocabulary(seed: warcheck.Analysis) -> None:
    doc = json.loads(json.dumps(seed.to_dict()))
    doc["places"][0]["precision"] = "somewhere"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, SCHEMA)


def test_schema_checks_the_summary(seed: warcheck.Analysis) -> None:
    doc = json.loads(json.dumps(seed.to_dict()))
    doc["summary"]["main_event"]["perpetrator_from"] = "implied by the weapon (barrel bombs): HRW"
    jsonschema.validate(doc, SCHEMA)
    for path, bad in [
        (("main_event", "perpetrator_from"), "a hunch"),
        (("main_place", "governorate"), "Atlantis"),
        (("camps",), {"martian": 1}),
        (("casualties", "civilians"), "12"),
    ]:
        broken = json.loads(json.dumps(doc))
        node = broken["summary"]
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = bad
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, SCHEMA)


def test_an_analysis_without_summary_validates() -> None:
    from warcheck.analysis.pipeline import STAGES, analyze_article
    from warcheck.read.article import read

    stages = [s for s in STAGES if s.name != "summary"]
    doc = analyze_article(read("Warplanes struck Aleppo on Monday."), stages).to_dict()
    jsonschema.validate(json.loads(json.dumps(doc)), SCHEMA)
