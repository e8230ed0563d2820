"""``warcheck ingest --max-seconds, --max-bytes``: defaults in --help; an item over one skipped."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def test_help_states_the_default_limits(warcheck_cli: Any) -> None:
    shown = " ".join(warcheck_cli("ingest", "--help").stdout.split())
    assert "--max-seconds S" in shown and "(default 60; 0: no limit)" in shown
    assert "--max-bytes N" in shown and "(default 5,000,000;" in shown


def test_an_article_over_the_limit_is_reported_and_the_exit_status_is_1(
    warcheck_cli: Any, tmp_path: Path
) -> None:
    src = tmp_path / "a.jsonl"
    lines = [{"text": "Shelling hit Aleppo on Monday."}, {"text": "Idlib. " * 100}]
    src.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    db = str(tmp_path / "w.db")
    run = warcheck_cli("ingest", str(src), "--db", db, "--max-bytes", "500", "--workers", "0")
    assert run.returncode == 1, run.stderr
    assert "skipped" in run.stderr and "line 2: article is 700 bytes" in run.stderr
    assert "stored 1," in run.stderr and "Traceback" not in run.stderr
    rerun = warcheck_cli("ingest", str(src), "--db", db, "--max-bytes", "0")
    assert rerun.returncode == 0 and "stored 1," in rerun.stderr
    bad = warcheck_cli("ingest", str(src), "--db", db, "--max-seconds", "-1")
    assert bad.returncode == 2 and "negative" in bad.stderr
