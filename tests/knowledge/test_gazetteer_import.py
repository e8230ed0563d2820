"""Local gazetteers: a GeoNames dump imported reaches villages the bundled index lacks."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import warcheck
from warcheck.analysis.places import find_places
from warcheck.knowledge import gazetteer, gazetteer_local
from warcheck.knowledge.gazetteer_import import import_dump

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "geonames-sample.txt"
VILLAGE = "The shelling hit Kafr Qarrus in the morning."


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty data folder for local gazetteers, in use for the test."""
    monkeypatch.setenv("WARCHECK_DATA_DIR", str(tmp_path / "data"))
    gazetteer.reload()
    yield tmp_path / "data" / "gazetteer"
    gazetteer.load.cache_clear()  # the next test loads without it


def _places(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(p.text, p.place_id or "", p.country, p.admin1) for p in find_places(text)]


def test_a_village_only_in_the_import_is_found_after_it_not_before(data_dir: Path) -> None:
    assert _places(VILLAGE) == []
    report = warcheck.import_gazetteer(str(FIXTURE))
    assert report["name"] == "geonames-sample" and Path(report["path"]).parent == data_dir
    found = find_places(VILLAGE)
    assert [(p.text, p.place_id, p.country, p.admin1) for p in found] == [
        ("Kafr Qarrus", "geonames:9900001", "SY", "Idlib")
    ]
    assert found[0].lat == pytest.approx(35.8712) and found[0].precision == "town"
    assert _places("Shelling hit Kfar Qarrus.")[0][1] == "geonames:9900001"  # alternate name
    warcheck.remove_gazetteer("geonames-sample")
    assert _places(VILLAGE) == []


def test_a_zipped_dump_is_read_and_named_after_the_file(data_dir: Path, tmp_path: Path) -> None:
    dump = tmp_path / "SY.zip"
    with zipfile.ZipFile(dump, "w") as zf:
        zf.write(FIXTURE, "SY.txt")
        zf.writestr("readme.txt", "GeoNames readme")
    report = import_dump(dump)
    assert report.name == "SY" and (data_dir / "SY.tsv.gz").is_file()
    assert [g["name"] for g in warcheck.gazetteers()] == ["SY"]


def test_kept_rows_skip_bundled_places_words_and_other_features(data_dir: Path) -> None:
    report = import_dump(FIXTURE)
    assert (report.read, report.already) == (7, 2)  # Idlib and its governorate are bundled
    rows = gazetteer_local.rows(Path(report.path))
    kept = {r.split("\t")[0]: r.split("\t") for r in rows}
    assert set(kept) == {"geonames:9900001", "geonames:9900002", "geonames:9900005"}
    assert kept["geonames:9900005"][1] == "district"  # ADM2; the stream and "Hope" are not kept
    assert kept["geonames:9900001"][6] == "Idlib"  # the bundled governorate's name
    assert (report.places, report.units) == (2, 1)


def test_a_bundled_homonym_wins_unless_the_other_places_point_to_the_village(
    data_dir: Path,
) -> None:
    warcheck.import_gazetteer(str(FIXTURE))
    assert _places("Fighting was reported in Tanta.")[0][2] == "EG"
    near = _places("Shelling hit Tanta and Sarmin in Idlib.")
    assert near[0][:3] == ("Tanta", "geonames:9900002", "SY")


def test_an_empty_data_folder_changes_nothing(data_dir: Path, seed_text: str) -> None:
    with_folder = find_places(seed_text)
    assert gazetteer_local.files() == []
    gazetteer.load.cache_clear()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WARCHECK_DATA_DIR", "")
        gazetteer.reload()
        assert find_places(seed_text) == with_folder
    gazetteer.load.cache_clear()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id,name,lat\n1,Aleppo,36.2\n", "line 1 has 1 tab-separated columns, not the 19"),
        ("x\t" * 18 + "y\n", "not a GeoNames dump line"),
    ],
)
def test_bad_files_are_one_line_errors(
    data_dir: Path, tmp_path: Path, content: str, message: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(warcheck.DataError, match=message) as err:
        import_dump(bad)
    assert "\n" not in str(err.value)
    assert not data_dir.exists() or list(data_dir.iterdir()) == []


def test_missing_files_zips_without_a_dump_and_unknown_names(
    data_dir: Path, tmp_path: Path
) -> None:
    with pytest.raises(warcheck.DataError, match="no such file"):
        import_dump(tmp_path / "none.zip")
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as zf:
        zf.writestr("readme.txt", "nothing")
    with pytest.raises(warcheck.DataError, match="expected one GeoNames .txt"):
        import_dump(empty)
    with pytest.raises(warcheck.DataError, match="no local gazetteer named"):
        warcheck.remove_gazetteer("SY")
    with pytest.raises(warcheck.DataError, match="bad gazetteer name"):
        import_dump(FIXTURE, name="../x")


def test_the_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARCHECK_DATA_DIR", "/srv/wc")
    assert gazetteer_local.directory() == Path("/srv/wc/gazetteer")
    monkeypatch.delenv("WARCHECK_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", "/home/u/.data")
    assert gazetteer_local.directory() == Path("/home/u/.data/warcheck/gazetteer")
    monkeypatch.setenv("WARCHECK_DATA_DIR", "")
    assert gazetteer_local.directory() is None and gazetteer_local.files() == []
