"""``kill -9`` in the middle of the cross-check's write: none of it is kept; a rerun completes.

The cross-check replaces the incidents it touched in one transaction
(``warcheck/corpus/incidents.py``); a process killed inside that transaction
leaves the store as it was before the run. The kill here is deterministic: a
driver process kills itself after writing a few incidents.
"""

from __future__ import annotations

import csv
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import warcheck

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

DRIVER = """
import os, signal, sys
import warcheck
from warcheck.corpus import incidents

real, calls = incidents._write_one, []

def dying(*args, **kwargs):
    calls.append(1)
    if len(calls) == 5:  # some incidents of this run are written, not committed
        os.kill(os.getpid(), signal.SIGKILL)
    return real(*args, **kwargs)

incidents._write_one = dying
with warcheck.Store.open(sys.argv[1]) as store:
    warcheck.cross_check(store)
"""


def _half(tmp_path: Path, part: int) -> Path:
    with (FIXTURES / "fakes-sample.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        fields, rows = reader.fieldnames or [], list(reader)
    path = tmp_path / f"part{part}.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows[part::2])
    return path


def _state(db: Path) -> tuple[str, int, int, set[frozenset[int]]]:
    conn = sqlite3.connect(db)
    groups: dict[int, set[int]] = {}
    for claim, incident in conn.execute("SELECT claim_id, incident_id FROM incident_claims"):
        groups.setdefault(incident, set()).add(claim)
    integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    done = conn.execute("SELECT count(*) FROM crosschecked").fetchone()[0]
    incidents = conn.execute("SELECT count(*) FROM incidents").fetchone()[0]
    conn.close()
    return integrity, done, incidents, {frozenset(g) for g in groups.values()}


def test_a_cross_check_killed_while_writing_keeps_the_store_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    with warcheck.Store.open(db) as store:
        store.ingest(warcheck.read_items([str(_half(tmp_path, 0))]), workers=0)
        warcheck.cross_check(store)
        store.ingest(warcheck.read_items([str(_half(tmp_path, 1))]), workers=0)
    before = _state(db)
    uninterrupted = tmp_path / "copy.db"
    with sqlite3.connect(db) as source, sqlite3.connect(uninterrupted) as target:
        source.backup(target)
    with warcheck.Store.open(uninterrupted) as store:
        warcheck.cross_check(store)
    run = subprocess.run([sys.executable, "-c", DRIVER, str(db)], capture_output=True, timeout=300)
    assert run.returncode == -signal.SIGKILL, run.stderr
    assert _state(db) == before and before[0] == "ok"
    with warcheck.Store.open(db) as store:
        warcheck.cross_check(store)
    after = _state(db)
    assert after == _state(uninterrupted)
    assert after[1] > before[1] and after[3] != before[3]
