"""``warcheck ingest --max-seconds, --max-bytes``: defaults in --help; an item over one skipped."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def _warcheck(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "warcheck.cli", *args], capture_output=True, text=True, timeout=300
    )


def test_help_states_the_default_limits() -> None:
    shown = " ".join(_warcheck("ingest", "--help").stdout.split())
    assert "--max-seconds S" in shown and "(default 60; 0: no limit)" in shown
    assert "--max-bytes N" in shown and "(default 5,000,000;" in shown


def test_an_article_over_the_limit_is_reported_and_the_exit_status_is_1(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    lines = [{"text": "Shelling hit Aleppo on Monday."}, {"text": "Idlib. " * 100}]
    src.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    db = str(tmp_path / "w.db")
    run = _warcheck("ingest", str(src), "--db", db, "--max-bytes", "500", "--workers", "0")
    assert run.returncode == 1, run.stderr
    assert "skipped" in run.stderr and "line 2: article is 700 bytes" in run.stderr
    assert "stored 1," in run.stderr and "Traceback" not in run.stderr
    rerun = _warcheck("ingest", str(src), "--db", db, "--max-bytes", "0")
    assert rerun.returncode == 0 and "stored 1," in rerun.stderr
    bad = _warcheck("ingest", str(src), "--db", db, "--max-seconds", "-1")
    assert bad.returncode == 2 and "negative" in bad.stderr
