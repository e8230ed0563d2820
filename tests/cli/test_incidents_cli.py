"""``warcheck crosscheck`` and ``warcheck report`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import warcheck
from warcheck.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_ingest_crosschecks_and_report_shows_incidents(warcheck_cli: Any, tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    ingest = warcheck_cli("ingest", str(FIXTURES / "fakes-sample.csv"), "--db", db)
    assert ingest.returncode == 0 and "incidents updated" in ingest.stderr, ingest.stderr
    data = json.loads(warcheck_cli("report", "--db", db, "--format", "json").stdout)
    incidents = data["incidents"]
    assert incidents and all(
        {"id", "event_type", "date_from", "date_to", "place", "latitude", "longitude"} <= set(i)
        for i in incidents
    )
    claim = incidents[0]["claims"][0]
    assert {"id", "article_id", "outlet", "camp", "text", "grade", "admiralty", "evidence"} <= set(
        claim
    )
    one = warcheck_cli("report", "--db", db, "--incident", str(incidents[0]["id"]))
    assert one.returncode == 0 and one.stdout.startswith(f"Incident {incidents[0]['id']} ")
    again = json.loads(warcheck_cli("crosscheck", "--db", db, "--json").stdout)
    assert again["new_articles"] == 0 and again["incidents_in_store"] >= len(incidents)
    full = json.loads(warcheck_cli("crosscheck", "--db", db, "--full", "--json").stdout)
    assert full["incidents_in_store"] == again["incidents_in_store"]
    workers = warcheck_cli("crosscheck", "--db", db, "--full", "--workers", "2", "--json")
    assert json.loads(workers.stdout)["incidents_in_store"] == full["incidents_in_store"]
    months = warcheck_cli("crosscheck", "--db", db, "--full", "--partition", "months", "--json")
    assert json.loads(months.stdout)["incidents_in_store"] >= full["incidents_in_store"]
    none = json.loads(
        warcheck_cli("crosscheck", "--db", db, "--partition", "months", "--json").stdout
    )
    assert none["new_articles"] == none["articles"] == 0


def test_no_crosscheck_then_errors_are_one_line(warcheck_cli: Any, tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    ingest = warcheck_cli(
        "ingest", str(FIXTURES / "fakes-sample.csv"), "--db", db, "--no-crosscheck"
    )
    assert ingest.returncode == 0 and "incidents" not in ingest.stderr
    empty = warcheck_cli("report", "--db", db)
    assert empty.returncode == 0 and "no incidents" in empty.stdout
    missing = warcheck_cli("report", "--db", db, "--incident", "999999")
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
    assert "no incident 999999" in missing.stderr
    nodb = warcheck_cli("crosscheck", "--db", str(tmp_path / "none.db"))
    assert nodb.returncode == 2 and "Traceback" not in nodb.stderr


@pytest.mark.parametrize("option", ["--date-from", "--date-to"])
@pytest.mark.parametrize("value", ["garbage", "2017-4-1", "01/04/2017"])
def test_report_date_filters_that_are_not_dates_are_usage_errors(
    option: str, value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "w.db"
    warcheck.Store.open(str(db)).close()
    assert main(["report", "--db", str(db), option, value]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.strip().splitlines() == [
        f"warcheck: error: {option} {value!r} is not a date in the form YYYY-MM-DD"
    ]


def test_report_date_filters_take_any_calendar_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "w.db"
    warcheck.Store.open(str(db)).close()
    assert main(["report", "--db", str(db), "--date-from", "0001-01-01"]) == 0
    assert "no incidents" in capsys.readouterr().out
