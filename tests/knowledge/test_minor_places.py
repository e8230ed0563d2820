"""The minor places file: towns the compact gazetteer lacks, found by key."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from warcheck.knowledge import minor_places
from warcheck.knowledge.gazetteer import load


def test_lookup_gives_every_town_of_a_key_largest_first() -> None:
    towns = minor_places.lookup("nelson")
    assert {t.country for t in towns} >= {"NZ", "GB", "CA"}
    assert [t.pop for t in towns] == sorted((t.pop for t in towns), reverse=True)
    assert all(t.pid.startswith("geonames:") and -90 <= t.lat <= 90 for t in towns)


def test_no_key_of_the_gazetteer_and_no_syrian_town() -> None:
    g = load()
    assert minor_places.lookup("visbek") and "visbek" not in g.exact
    assert minor_places.lookup("aleppo") == []
    assert minor_places.lookup("no such town") == []


def test_can_start_knows_the_first_words() -> None:
    assert minor_places.can_start("fort")  # Fort Salonga
    assert not minor_places.can_start("zzzz")


def test_minor_places_file_is_small_and_reproducible() -> None:
    root = Path(__file__).resolve().parents[2]
    path = root / "warcheck" / "knowledge" / "data" / minor_places.MINOR_FILE
    assert path.stat().st_size < 3_000_000
    script = root / "scripts" / "build_minor_places.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
