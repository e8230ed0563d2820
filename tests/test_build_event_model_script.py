"""scripts/build_event_model.py: the event model file, the same bytes from the same inputs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from warcheck.analysis.event_model import EventModel

_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_event_model.py"
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "case2021-sample.tsv"


def _module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_event_model", _SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_two_builds_write_the_same_readable_file(tmp_path: Path) -> None:
    acled = tmp_path / "categories.csv"
    acled.write_text("event_type,sub_event_type\nBattles,Armed clash\n", encoding="utf-8")
    first, second = tmp_path / "a.bin.gz", tmp_path / "b.bin.gz"
    module = _module()
    assert module.main([str(FIXTURE), "--acled", str(acled), "--out", str(first)]) == 0
    assert module.main([str(FIXTURE), "--acled", str(acled), "--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    model = EventModel.from_bytes(first.read_bytes())
    assert "armed_clash" in model.classes
