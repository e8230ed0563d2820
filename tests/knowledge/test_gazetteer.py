"""The gazetteer: name keys, the transliteration fold, loading and the data files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from warcheck import vocab
from warcheck.analysis import places
from warcheck.knowledge import gazetteer
from warcheck.text import place_key

ROOT = Path(__file__).resolve().parents[2]


def test_fold_key_merges_spellings() -> None:
    spellings = ["Deir ez-Zor", "Dayr az Zawr", "Deir Ezzor", "Deir al-Zour", "Dair el-Zor"]
    keys = {gazetteer.fold_key(place_key(v)) for v in spellings}
    assert len(keys) == 1
    assert gazetteer.fold_key("hama") != gazetteer.fold_key("homs")
    assert gazetteer.fold_key("al bab") == gazetteer.fold_key("bab")  # article dropped
    assert gazetteer.fold_key("al") == gazetteer.fold_word("al", True)  # but not a last word


def test_load_is_cached_and_indexes_names_and_folds() -> None:
    g = gazetteer.load()
    assert gazetteer.load() is g
    aleppo = [g.place(i) for i in g.exact["aleppo"]]
    assert any(p.country == "SY" and p.admin1 == "Aleppo" for p in aleppo)
    folded = {g.place(i).pid for i in g.fold[gazetteer.fold_key("dayr az zawr")]}
    assert {g.place(i).pid for i in g.exact["deir ez zor"]} & folded
    assert g.can_start("aleppo") and not g.can_start("the") and not g.can_start("2017")
    assert "al jazeera" in g.not_places


def test_admin1_capitals_lead_to_their_governorate() -> None:
    g = gazetteer.load()
    govs = {g.place(i).name for i in g.admin1_of_capital.values() if g.place(i).country == "SY"}
    assert {"Aleppo", "Idlib", "Deir ez-Zor", "Raqqa"} <= govs
    assert set(govs) <= set(gazetteer.GOVERNORATES)


def test_places_re_exports() -> None:
    assert places.governorate is gazetteer.governorate
    assert places.fold_key is gazetteer.fold_key and places.GOVERNORATES is gazetteer.GOVERNORATES


def test_curated_places_are_sourced_and_valid() -> None:
    data = json.loads(gazetteer.EXTRA_PATH.read_text(encoding="utf-8"))
    ids = [e["id"] for e in data["places"]]
    assert len(ids) == len(set(ids)) and len(ids) >= 150
    for e in data["places"]:
        assert e["source"].strip(), e["id"]
        assert e["id"].startswith(("geonames:", "warcheck:"))
        if e["id"].startswith("warcheck:"):
            assert e["feature"] in vocab.PLACE_FEATURE and e["precision"] in vocab.PLACE_PRECISION
            assert -90 <= e["lat"] <= 90 and -180 <= e["lon"] <= 180
        if e.get("country") == "SY" and e.get("admin1"):
            assert e["admin1"] in gazetteer.GOVERNORATES, e["id"]
    assert data["not_places"]["source"] and data["media_names"]["source"]


def test_gazetteer_is_small_and_reproducible() -> None:
    assert gazetteer.GAZETTEER_PATH.stat().st_size < 3_000_000
    script = ROOT / "scripts" / "build_gazetteer.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
