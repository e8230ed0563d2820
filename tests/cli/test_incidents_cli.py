"""``warcheck crosscheck`` and ``warcheck report`` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _warcheck(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "warcheck.cli", *args], capture_output=True, text=True, timeout=300
    )


def test_ingest_crosschecks_and_report_shows_incidents(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    ingest = _warcheck("ingest", str(FIXTURES / "fakes-sample.csv"), "--db", db)
    assert ingest.returncode == 0 and "incidents updated" in ingest.stderr, ingest.stderr
    data = json.loads(_warcheck("report", "--db", db, "--format", "json").stdout)
    incidents = data["incidents"]
    assert incidents and all(
        {"id", "event_type", "date_from", "date_to", "place", "latitude", "longitude"} <= set(i)
        for i in incidents
    )
    claim = incidents[0]["claims"][0]
    assert {"id", "article_id", "outlet", "camp", "text", "grade", "admiralty", "evidence"} <= set(
        claim
    )
    one = _warcheck("report", "--db", db, "--incident", str(incidents[0]["id"]))
    assert one.returncode == 0 and one.stdout.startswith(f"Incident {incidents[0]['id']} ")
    again = json.loads(_warcheck("crosscheck", "--db", db, "--json").stdout)
    assert again["new_articles"] == 0 and again["incidents_in_store"] >= len(incidents)
    full = json.loads(_warcheck("crosscheck", "--db", db, "--full", "--json").stdout)
    assert full["incidents_in_store"] == again["incidents_in_store"]
    workers = _warcheck("crosscheck", "--db", db, "--full", "--workers", "2", "--json")
    assert json.loads(workers.stdout)["incidents_in_store"] == full["incidents_in_store"]
    months = _warcheck("crosscheck", "--db", db, "--full", "--partition", "months", "--json")
    assert json.loads(months.stdout)["incidents_in_store"] >= full["incidents_in_store"]
    none = json.loads(_warcheck("crosscheck", "--db", db, "--partition", "months", "--json").stdout)
    assert none["new_articles"] == none["articles"] == 0


def test_no_crosscheck_then_errors_are_one_line(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    ingest = _warcheck("ingest", str(FIXTURES / "fakes-sample.csv"), "--db", db, "--no-crosscheck")
    assert ingest.returncode == 0 and "incidents" not in ingest.stderr
    empty = _warcheck("report", "--db", db)
    assert empty.returncode == 0 and "no incidents" in empty.stdout
    missing = _warcheck("report", "--db", db, "--incident", "999999")
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
    assert "no incident 999999" in missing.stderr
    nodb = _warcheck("crosscheck", "--db", str(tmp_path / "none.db"))
    assert nodb.returncode == 2 and "Traceback" not in nodb.stderr
