"""scripts/unresolved_actors.py: the unknown actors of a corpus as actors.json entries."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import warcheck
from warcheck import vocab

_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "unresolved_actors.py"


def _module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("unresolved_actors", _SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_unknown_actors_are_listed_with_counts_in_the_entry_format() -> None:
    texts = [
        "Fighters of the al-Abbas Brigade attacked a checkpoint near Homs.",
        "The al-Abbas Brigade denied it. The Ministry of Health said 12 people were hurt.",
        "ISIS fighters shelled the town, the SDF said.",
    ]
    entries = _module().collect([warcheck.analyze(t) for t in texts], "three sentences")
    by_name = {e["name"]: e for e in entries}
    brigade = by_name["al-Abbas Brigade"]
    assert brigade["count"] == 2 and brigade["articles"] == 2
    assert brigade["kind"] == "armed_group" and brigade["id"] == "al_abbas_brigade"
    assert by_name["Ministry of Health"]["kind"] == "government"
    assert entries[0] is brigade  # most mentioned first
    for e in entries:
        assert {"id", "name", "kind", "camp", "aliases", "labels", "source"} <= set(e)
        assert e["camp"] in vocab.CAMPS and e["name"] in e["aliases"]
        assert e["kind"] == "" or e["kind"] in vocab.ACTOR_KIND
    assert not any(n in by_name for n in ("ISIS", "SDF"))  # known actors are not listed
