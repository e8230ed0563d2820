"""The public façade stays small and complete."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import warcheck


def test_all_names_exist_and_nothing_else_is_public() -> None:
    public = {n for n in dir(warcheck) if not n.startswith("_")}
    exported = set(warcheck.__all__)
    assert exported - {"__version__"} <= public
    # Submodules imported as a side effect are fine; other public names must be exported.
    import __future__

    import types

    stray = {
        n
        for n in public - exported
        if not isinstance(getattr(warcheck, n), types.ModuleType | __future__._Feature)
    }
    assert stray == set()


def test_analyze_rejects_bad_published_date() -> None:
    import pytest

    with pytest.raises(warcheck.InputError, match="YYYY-MM-DD"):
        warcheck.analyze("Some text about Aleppo.", published="05/10/2017")


def test_to_dict_is_the_json_document(seed: warcheck.Analysis) -> None:
    doc = seed.to_dict()
    assert doc["schema"] == "warcheck.analysis/1"
    assert doc["article"]["text"] == seed.article.text
    assert len(doc["actors"]) == len(seed.actors)


def test_non_english_text_is_flagged_and_not_made_into_claims() -> None:
    text = (
        "قصف جوي على مدينة إدلب أدى إلى مقتل 12 مدنيا يوم الثلاثاء، بحسب المرصد السوري لحقوق "
        "الإنسان. وقالت قوات سوريا الديمقراطية إن داعش هاجم القرية."
    )
    a = warcheck.analyze(text)
    assert a.article.non_english and a.article.language == "ar"
    assert a.warnings and "not English" in a.warnings[0]
    assert a.claims == ()
    assert {m.actor_id for m in a.actors} >= {"sdf", "isis"}
    assert any(p.name == "Idlib" for p in a.places)


def test_read_reference_reads_events_for_the_store(
    tmp_path: Path, reference_files: ModuleType
) -> None:
    path = reference_files.acled(tmp_path / "a.csv", {}, {"event_id_cnty": "bad", "latitude": "x"})
    items = list(warcheck.read_reference(str(path)))
    assert [type(i).__name__ for i in items] == ["ReferenceEvent", "Problem"]
    with warcheck.Store.open(tmp_path / "w.db") as store:
        assert store.import_reference([items[0].to_row()], file=str(path)) == 1
        (row,) = store.reference_events("2020-03-02", "2020-03-02")
    assert row["upstream_id"] == "XYZ1" and row["dataset"] == "acled"
