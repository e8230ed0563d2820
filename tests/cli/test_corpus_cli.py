"""``warcheck ingest``, ``search`` and ``export`` as a user runs them, kill -9 included."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import warcheck
from warcheck.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_ingest_twice_search_export(warcheck_cli: Any, tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    src = str(FIXTURES / "fakes-sample.csv")
    first = warcheck_cli("ingest", src, "--db", db)
    assert first.returncode == 0, first.stderr
    assert "stored" in first.stderr and "Traceback" not in first.stderr
    again = warcheck_cli("ingest", src, "--db", db)
    assert again.returncode == 0 and "stored 0" in again.stderr
    found = warcheck_cli("search", "Syria", "--db", db, "--format", "json")
    assert found.returncode == 0 and json.loads(found.stdout)["hits"]
    geo = warcheck_cli("export", "--db", db, "--format", "geojson")
    assert json.loads(geo.stdout)["type"] == "FeatureCollection"


def test_bad_items_exit_1_and_usage_errors_exit_2(warcheck_cli: Any, tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text('{"text": "Shelling hit Aleppo on Monday."}\n{oops\n', encoding="utf-8")
    run = warcheck_cli("ingest", str(src), "--db", str(tmp_path / "w.db"))
    assert run.returncode == 1 and "line 2" in run.stderr and "Traceback" not in run.stderr
    bad = warcheck_cli("ingest", str(src), "--db", str(tmp_path / "w.db"), "--published", "May 5")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
    missing = warcheck_cli("search", "x", "--db", str(tmp_path / "none.db"))
    assert missing.returncode == 2 and "no store" in missing.stderr


def test_kill_9_leaves_a_sound_store_and_a_rerun_resumes(warcheck_cli: Any, tmp_path: Path) -> None:
    with (FIXTURES / "fakes-sample.csv").open(encoding="utf-8", newline="") as f:
        reader = list(csv.DictReader(f))
    big = tmp_path / "big.csv"
    # The same articles under many made-up outlets: every row is a distinct article.
    with big.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(reader[0]))
        writer.writeheader()
        for n in range(40):
            for r in reader:
                writer.writerow({**r, "source": f"outlet{n}"})
    db = tmp_path / "w.db"
    cmd = [sys.executable, "-m", "warcheck.cli", "ingest", str(big), "--db", str(db), "--quiet"]
    proc = subprocess.Popen(cmd, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        time.sleep(0.5)
        if db.exists():
            try:
                n = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if n > 0:
                break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    before = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    conn.close()
    assert before > 0
    rerun = warcheck_cli("ingest", str(big), "--db", str(db))
    assert rerun.returncode == 0, rerun.stderr
    conn = sqlite3.connect(db)
    total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    distinct = conn.execute("SELECT count(DISTINCT identity) FROM articles").fetchone()[0]
    orphans = conn.execute(
        "SELECT count(*) FROM claims WHERE article_id NOT IN (SELECT id FROM articles)"
    ).fetchone()[0]
    assert total == distinct  # each article exactly once
    assert total > before and orphans == 0


def test_ingest_passes_partition_to_its_cross_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text('{"text": "Shelling hit Aleppo on Monday, killing four."}\n', encoding="utf-8")
    seen: list[object] = []
    cross_check = warcheck.cross_check

    def recording(store: warcheck.Store, **kwargs: object) -> warcheck.CrosscheckReport:
        seen.append(kwargs.get("partition"))
        return cross_check(store, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(warcheck, "cross_check", recording)
    for n, extra in enumerate(([], ["--partition", "months"], ["--partition", "blocks"])):
        assert main(["ingest", str(src), "--db", str(tmp_path / f"{n}.db"), "--quiet", *extra]) == 0
    assert seen == [None, "months", "blocks"]
    assert "incidents updated" in capsys.readouterr().err
    db = str(tmp_path / "x.db")
    with pytest.raises(SystemExit) as bad:
        main(["ingest", str(src), "--db", db, "--partition", "weeks"])
    assert bad.value.code == 2
    assert main(["ingest", str(src), "--db", db, "--partition", "months", "--no-crosscheck"]) == 2
    assert "--no-crosscheck" in capsys.readouterr().err


def test_ingest_of_a_folder_without_articles_is_one_line_exit_2_and_makes_no_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    db = tmp_path / "w.db"
    assert main(["ingest", str(folder), "--db", str(db), "--quiet"]) == 2
    assert capsys.readouterr().err.strip().splitlines() == [
        f"warcheck: error: 0 articles found in {folder}"
    ]
    (folder / "photo.png").write_bytes(b"\x89PNG")
    assert main(["ingest", str(folder), "--db", str(db), "--quiet"]) == 2
    assert "0 articles found" in capsys.readouterr().err
    assert not db.exists()


@pytest.mark.parametrize("published", ["0001-01-02", "9999-12-30"])
def test_ingest_published_outside_the_calendar_range_is_a_usage_error_and_stores_nothing(
    published: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text('{"text": "Shelling hit Aleppo on Monday, a monitor said."}\n', "utf-8")
    db = tmp_path / "w.db"
    code = main(["ingest", str(src), "--db", str(db), "--published", published, "--quiet"])
    lines = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(lines) == 1, lines
    assert lines[0].startswith(f"warcheck: error: --published '{published}' is outside ")
    assert not db.exists()
