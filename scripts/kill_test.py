"""``kill -9`` at random moments of a long ingest and of its cross-check (issue 15).

    python3 scripts/kill_test.py FAKES.csv [--articles 10000] [--kills 20] [--crosscheck-kills 4]
        [--seed 15] [--workers 1] [--dir DIR]

Builds a CSV of ``--articles`` distinct articles from the FA-KES rows (each
row's text ends with its article number, so every article's text is its own), then:

1. runs ``warcheck ingest --no-crosscheck`` and SIGKILLs it after a random
   delay (fixed seed), ``--kills`` minus ``--crosscheck-kills`` times, each
   run resuming the last;
2. runs the ingest to completion; copies the store and cross-checks the copy
   uninterrupted, timing it (T) (steps 2 and 3 only with ``--crosscheck-kills`` over 0);
3. runs ``warcheck crosscheck`` on the store and SIGKILLs it after a random
   delay in [0.3 T, T], ``--crosscheck-kills`` times (a run that ends first
   is checked, the store put back as it was before it, and the run tried
   again with a shorter delay);
4. runs ``warcheck ingest`` (which cross-checks what is left) to completion.

After every kill the store must pass ``PRAGMA integrity_check``, the foreign
key check and the full-text indexes' checks; no article may be stored twice;
the cross-check is all or nothing (no article or every article marked
cross-checked), and once done its incidents are those of the uninterrupted
run. At the end every article is stored exactly once and the incidents are
those of the uninterrupted cross-check. Prints one line per kill and a
summary; exit 1 when a check fails.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def build_input(fakes: Path, n: int, out: Path) -> int:
    """Write ``n`` distinct articles (FA-KES rows, numbered titles) to ``out``; return n."""
    with fakes.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        fields = list(reader.fieldnames or [])
        rows = [r for r in reader if r["article_content"].strip()]
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields)
        writer.writeheader()
        for i in range(n):
            row = rows[i % len(rows)]
            copy = i // len(rows)
            writer.writerow(
                {
                    **row,
                    "unit_id": f"{row['unit_id']}-{copy}",
                    "article_title": f"{row['article_title']} (copy {copy})",
                    # in the text, so the rows FA-KES holds twice are two articles too
                    "article_content": f"{row['article_content']}\n\nKill-test article {i}.",
                }
            )
    return n


def warcheck(*args: str) -> list[str]:
    """The command line running warcheck from this checkout."""
    return [sys.executable, "-m", "warcheck.cli", *args]


def run_and_kill(cmd: list[str], delay: float, log: Path) -> tuple[bool, float]:
    """Run ``cmd``; SIGKILL it after ``delay`` seconds; (killed?, seconds it ran)."""
    started = time.monotonic()
    with log.open("a") as out:
        # A session of its own, so the kill takes the worker processes down with it.
        proc = subprocess.Popen(cmd, stdout=out, stderr=out, cwd=ROOT, start_new_session=True)
        try:
            proc.wait(timeout=delay)
            return False, time.monotonic() - started
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            return True, time.monotonic() - started


def check(db: Path) -> dict[str, Any]:
    """The store's soundness after a kill: the checks, and counts of what is in it."""
    conn = sqlite3.connect(db)
    try:
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        state = {
            "integrity": one("PRAGMA integrity_check"),
            "foreign_keys": len(conn.execute("PRAGMA foreign_key_check").fetchall()),
            "articles": one("SELECT count(*) FROM articles"),
            "identities": one("SELECT count(DISTINCT identity) FROM articles"),
            "claims": one("SELECT count(*) FROM claims"),
            "crosschecked": one("SELECT count(*) FROM crosschecked"),
            "incidents": one("SELECT count(*) FROM incidents"),
            "fts": "ok",
        }
        for table in ("articles_fts", "claims_fts"):
            try:
                conn.execute(f"INSERT INTO {table}({table}) VALUES('integrity-check')")
            except sqlite3.DatabaseError as err:
                state["fts"] = f"{table}: {err}"
    finally:
        conn.close()
    return state


def faults(state: dict[str, Any]) -> list[str]:
    """What is wrong with a store in ``state`` (nothing: an empty list)."""
    found = []
    if state["integrity"] != "ok":
        found.append(f"integrity_check: {state['integrity']}")
    if state["foreign_keys"]:
        found.append(f"{state['foreign_keys']} foreign key violations")
    if state["fts"] != "ok":
        found.append(f"full-text index: {state['fts']}")
    if state["articles"] != state["identities"]:
        found.append(f"{state['articles'] - state['identities']} articles stored twice")
    if state["crosschecked"] not in (0, state["articles"]):
        found.append(f"cross-check half done: {state['crosschecked']} of {state['articles']}")
    return found


def partition(db: Path) -> set[frozenset[int]]:
    """The incidents as sets of claim ids (the same in a copy of the store)."""
    conn = sqlite3.connect(db)
    groups: dict[int, set[int]] = {}
    for claim, incident in conn.execute("SELECT claim_id, incident_id FROM incident_claims"):
        groups.setdefault(incident, set()).add(claim)
    conn.close()
    return {frozenset(g) for g in groups.values()}


class Run:
    """One kill test: the store, the log, the random delays and the findings."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.dir: Path = args.dir
        self.db = self.dir / "kill.db"
        self.log = self.dir / "kill.log"
        self.rng = random.Random(args.seed)
        self.failures: list[str] = []
        self.kills = 0

    def record(self, label: str, killed: bool, seconds: float) -> dict[str, Any]:
        state = check(self.db) if self.db.exists() else None
        self.kills += killed
        wrong = faults(state) if state else []
        self.failures += [f"{label}: {w}" for w in wrong]
        what = "killed" if killed else "ended"
        counts = (
            f"articles {state['articles']}, crosschecked {state['crosschecked']}, "
            f"incidents {state['incidents']}, integrity {state['integrity']}"
            if state
            else "no store yet"
        )
        print(f"{label}: {what} after {seconds:.1f} s; {counts}" + (f"; {wrong}" if wrong else ""))
        return state or {}

    def ingest_kills(self, source: Path, kills: int) -> None:
        cmd = warcheck("ingest", str(source), "--db", str(self.db), "--quiet", "--no-crosscheck")
        cmd += ["--workers", str(self.args.workers)]
        for k in range(kills):
            delay = self.rng.uniform(0.5, self.args.max_delay)
            killed, seconds = run_and_kill(cmd, delay, self.log)
            self.record(f"ingest kill {k + 1} ({delay:.1f} s)", killed, seconds)

    def crosscheck_kills(self, kills: int) -> set[frozenset[int]]:
        copy, before = self.dir / "uninterrupted.db", self.dir / "before-crosscheck.db"
        for target in (copy, before):
            with sqlite3.connect(self.db) as source, sqlite3.connect(target) as out:
                source.backup(out)
        started = time.monotonic()
        subprocess.run(warcheck("crosscheck", "--db", str(copy)), check=True, cwd=ROOT)
        took = time.monotonic() - started
        print(f"cross-check of an uninterrupted copy: {took:.1f} s")
        for k in range(kills):
            delay = self.rng.uniform(0.3 * took, took)
            for _ in range(6):  # a run that ends first: the store is put back, a shorter delay
                cmd = warcheck("crosscheck", "--db", str(self.db))
                killed, seconds = run_and_kill(cmd, delay, self.log)
                self.record(f"crosscheck kill {k + 1} ({delay:.1f} s)", killed, seconds)
                if killed:
                    break
                if partition(self.db) != partition(copy):
                    self.failures.append(f"crosscheck {k + 1}: incidents differ from the copy's")
                with sqlite3.connect(before) as source, sqlite3.connect(self.db) as out:
                    source.backup(out)
                delay *= 0.6
        return partition(copy)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("fakes", type=Path, help="the FA-KES CSV (fakes-train.csv)")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--kills", type=int, default=20, help="kills in all")
    parser.add_argument("--crosscheck-kills", type=int, default=4, help="of which in a crosscheck")
    parser.add_argument("--max-delay", type=float, default=8.0, help="latest kill of an ingest (s)")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/warcheck-kill-test"))
    args = parser.parse_args()
    shutil.rmtree(args.dir, ignore_errors=True)
    args.dir.mkdir(parents=True)
    run = Run(args)
    source = args.dir / "articles.csv"
    n = build_input(args.fakes, args.articles, source)
    started = time.monotonic()
    run.ingest_kills(source, args.kills - args.crosscheck_kills)
    ingest = warcheck("ingest", str(source), "--db", str(run.db), "--quiet", "--no-crosscheck")
    subprocess.run(ingest, check=False, cwd=ROOT, stderr=subprocess.DEVNULL)
    run.record("ingest to the end", False, time.monotonic() - started)
    expected = run.crosscheck_kills(args.crosscheck_kills) if args.crosscheck_kills else None
    plain = ["--no-crosscheck"] if expected is None else []
    final = subprocess.run(
        warcheck("ingest", str(source), "--db", str(run.db), "--quiet", *plain),
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    print(final.stderr.strip())
    state = run.record("final ingest and cross-check", False, time.monotonic() - started)
    return report(run, state, n, expected, final.returncode)


def report(
    run: Run, state: dict[str, Any], n: int, expected: set[frozenset[int]] | None, code: int
) -> int:
    """Check the end state, print the summary; the exit status."""
    if code != 0:
        run.failures.append(f"final ingest exited {code}")
    if state.get("articles") != n or state.get("identities") != n:
        run.failures.append(f"{state.get('articles')} articles stored, {n} expected once each")
    got = partition(run.db)
    if expected is not None and state.get("crosschecked") != n:
        run.failures.append(f"{state.get('crosschecked')} of {n} articles cross-checked")
    if expected is not None and got != expected:
        run.failures.append(f"{len(got)} incidents, {len(expected)} without kills, or different")
    incidents = (
        f"{len(got)} incidents ({len(expected)} in the uninterrupted run); " if expected else ""
    )
    print(
        f"summary: {run.kills} kills ({run.args.crosscheck_kills} aimed at the cross-check), "
        f"{n} articles, stored {state.get('articles')} ({state.get('identities')} distinct), "
        f"{incidents}failures: {len(run.failures)}"
    )
    for failure in run.failures:
        print(f"  FAIL {failure}")
    return 1 if run.failures else 0


if __name__ == "__main__":
    from warcheck.errors import run_main

    sys.exit(run_main("kill_test.py", main))
