"""The corpus store on real SQLite files: ingest, idempotency, bad items, search, exports."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

import warcheck

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_ingest_is_idempotent_and_keeps_custody(
    idlib_article: str, write_jsonl: Any, tmp_path: Path
) -> None:
    src = write_jsonl(
        tmp_path / "a.jsonl",
        [{"id": "x1", "text": idlib_article, "outlet": "Reuters", "published": "2017-04-04"}],
    )
    db = tmp_path / "w.db"
    with warcheck.Store.open(db) as store:
        first = store.ingest(warcheck.read_items([str(src)]))
        second = store.ingest(warcheck.read_items([str(src)]))
        assert (first.stored, second.stored, second.already) == (1, 0, 1)
        (article,) = list(store.articles())
        assert article["item_id"] == "x1" and article["source"] == str(src)
        assert len(article["raw_sha256"]) == 64 and article["warcheck_version"]
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    text = conn.execute("SELECT text FROM articles").fetchone()[0]
    for start, end, mention in conn.execute('SELECT start, "end", text FROM mentions'):
        assert text[start:end] == mention
    assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] >= 1


def test_same_text_under_another_outlet_is_a_linked_twin(
    idlib_article: str, write_jsonl: Any, tmp_path: Path
) -> None:
    src = write_jsonl(
        tmp_path / "a.jsonl",
        [{"text": idlib_article, "outlet": "Reuters"}, {"text": idlib_article, "outlet": "SANA"}],
    )
    with warcheck.Store.open(tmp_path / "w.db") as store:
        report = store.ingest(warcheck.read_items([str(src)]))
        rows = list(store.articles())
    assert report.stored == 2 and report.twins == 1
    assert rows[1]["twin_of"] == rows[0]["id"] and rows[0]["twin_of"] is None


def test_bad_items_are_reported_with_where_and_skipped(idlib_article: str, tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"text": idlib_article}) + "\n{not json\n" + json.dumps({"text": " "})
                   + "\n", encoding="utf-8")  # fmt: skip
    with warcheck.Store.open(tmp_path / "w.db") as store:
        report = store.ingest(warcheck.read_items([str(src)]))
    assert report.stored == 1 and report.skipped == 2
    assert all(p.locator and p.locator.startswith("line") for p in report.problems)


def test_workers_give_the_same_store(tmp_path: Path) -> None:
    src = FIXTURES / "fakes-sample.csv"
    dumps = []
    for workers in (0, 1, 2):
        with warcheck.Store.open(tmp_path / f"w{workers}.db") as store:
            store.ingest(warcheck.read_items([str(src)]), workers=workers)
            dumps.append([(a["id"], a["text_sha256"]) for a in store.articles()])
    assert dumps[0] == dumps[1] == dumps[2] and dumps[0]


def test_search_and_exports(idlib_article: str, write_jsonl: Any, tmp_path: Path) -> None:
    src = write_jsonl(
        tmp_path / "a.jsonl",
        [{"text": idlib_article, "outlet": "Reuters", "published": "2017-04-04"}],
    )
    with warcheck.Store.open(tmp_path / "w.db") as store:
        store.ingest(warcheck.read_items([str(src)]))
        hits = store.search("Saraqib")
        assert hits and all("[Saraqib]" in h.snippet for h in hits)
        assert store.search('unbalanced "quote') == []
        with pytest.raises(warcheck.StoreError):
            store.search("  ")
        out = io.StringIO()
        store.export("geojson", out)
        geo = json.loads(out.getvalue())
        assert geo["type"] == "FeatureCollection"
        for feature in geo["features"]:
            lon, lat = feature["geometry"]["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90
        out = io.StringIO()
        store.export("acled-csv", out)
        header = out.getvalue().splitlines()[0].split(",")
        assert {"event_date", "event_type", "sub_event_type", "fatalities", "latitude"} <= set(
            header
        )
        out = io.StringIO()
        assert store.export("jsonl", out) == 1
        assert json.loads(out.getvalue())["schema"] == "warcheck.analysis/1"
        assert list(store.documents()) == [json.loads(out.getvalue())]


def test_a_file_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(warcheck.StoreError, match="not a warcheck store"):
        warcheck.Store.open(other)
    with pytest.raises(warcheck.StoreError, match="no store"):
        warcheck.Store.open(tmp_path / "missing.db", create=False)


def _formats(idlib_article: str, write_jsonl: Any, tmp_path: Path) -> dict[str, Path]:
    """One small file per input format (the WARC and the feed made by the readers' tests)."""
    import importlib.util

    def load(name: str) -> object:
        path = Path(__file__).resolve().parents[1] / "read" / f"{name}.py"
        spec = importlib.util.spec_from_file_location(f"_store_{name}", path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    warc, feeds = load("test_warc"), load("test_feeds")
    files = {
        "txt": tmp_path / "a.txt",
        "html": tmp_path / "a.html",
        "csv": tmp_path / "a.csv",
        "jsonl": tmp_path / "a.jsonl",
        "rss": tmp_path / "a.xml",
        "warc": tmp_path / "a.warc.gz",
    }
    files["txt"].write_text(idlib_article, encoding="utf-8")
    files["html"].write_text(f"<html><body><p>{idlib_article}</p></body></html>", encoding="utf-8")
    files["csv"].write_text(f'id,text,outlet\n1,"{idlib_article}",Reuters\n', encoding="utf-8")
    write_jsonl(files["jsonl"], [{"id": "1", "text": idlib_article}])
    files["rss"].write_bytes(feeds._rss())  # type: ignore[attr-defined]
    files["warc"].write_bytes(warc.make_warc(gzipped=True))  # type: ignore[attr-defined]
    return files


def test_every_input_format_is_stored(idlib_article: str, write_jsonl: Any, tmp_path: Path) -> None:
    for name, path in _formats(idlib_article, write_jsonl, tmp_path).items():
        with warcheck.Store.open(tmp_path / f"{name}.db") as store:
            report = store.ingest(warcheck.read_items([str(path)]))
            assert report.stored >= 1, (name, report.problems)
            again = store.ingest(warcheck.read_items([str(path)]))
            assert again.stored == 0 and again.already == report.stored, name
            assert all(a["source"] == str(path) for a in store.articles())


@pytest.mark.parametrize("published", ["0001-01-02", "9999-12-30", "yesterday"])
def test_ingest_refuses_a_default_date_outside_the_calendar(
    published: str, idlib_article: str, write_jsonl: Any, tmp_path: Path
) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", [{"id": "x1", "text": idlib_article}])
    with warcheck.Store.open(tmp_path / "w.db") as store:
        with pytest.raises(warcheck.InputError, match="published"):
            store.ingest(warcheck.read_items([str(src)]), published=published)
        assert list(store.articles()) == []
