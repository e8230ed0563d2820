"""Parquet shards hold the store's rows, are written atomically, and a rerun resumes them."""

from __future__ import annotations

import itertools
import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import warcheck
from warcheck.corpus import documents as stored_document
from warcheck.corpus.parquet_out import ARTICLE_COLUMNS, TABLES

pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed (warcheck[dask])")

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "fakes-sample.csv"
_TIMES = {"ingested_at"}


def _items() -> Iterator[warcheck.Item | warcheck.Problem]:
    return warcheck.read_items([str(FIXTURE)])


def parquet_rows(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """Every table of a shard folder, in id order, without write times."""
    out = {}
    for table in TABLES:
        rows = []
        for path in sorted((folder / table).glob("part-*.parquet")):
            rows += pq.read_table(path).to_pylist()
        out[table] = [{k: v for k, v in r.items() if k not in _TIMES} for r in rows]
    return out


def store_rows(db: Path) -> dict[str, list[dict[str, Any]]]:
    """The same tables read from a store, in the Parquet columns."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    articles = [c for c in ARTICLE_COLUMNS if c not in _TIMES]
    select = ", ".join("o.name AS outlet" if c == "outlet" else
                       "o.knowledge_id AS outlet_knowledge_id" if c == "outlet_knowledge_id"
                       else f'a."{c}"' for c in articles)  # fmt: skip
    joined = "articles a LEFT JOIN outlets o ON o.id = a.outlet_id"
    out = {"articles": conn.execute(f"SELECT {select} FROM {joined} ORDER BY a.id").fetchall()}
    for table in ("claims", "mentions"):
        cols = ", ".join(f'"{c}"' for c in TABLES[table])
        out[table] = conn.execute(f"SELECT {cols} FROM {table} ORDER BY id").fetchall()
    conn.close()
    got = {t: [dict(r) for r in rows] for t, rows in out.items()}
    for row in got["articles"]:  # the store compresses the document, the shards keep its JSON
        row["document"] = stored_document.json_text(row["document"])
    return got


@pytest.fixture(scope="module")
def single(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("single") / "single.db"
    with warcheck.Store.open(db) as store:
        store.ingest(_items(), workers=0)
    return db


def test_shards_hold_the_rows_of_the_store(single: Path, tmp_path: Path) -> None:
    report = warcheck.ingest_parquet(_items(), str(tmp_path / "pq"), workers=0, shard_items=10)
    assert (report.stored, report.already, report.skipped) == (41, 0, 0)
    names = sorted(p.name for p in (tmp_path / "pq" / "claims").iterdir())
    assert names == [f"part-{k:06d}.parquet" for k in range(5)]  # 10, 10, 10, 10, 1 items
    got, want = parquet_rows(tmp_path / "pq"), store_rows(single)
    assert len(got["articles"]) == 41 and len(got["claims"]) > 41 and len(got["mentions"]) > 41
    assert got == want
    layout = json.loads((tmp_path / "pq" / "_layout.json").read_text())
    assert layout["shard_items"] == 10 and layout["tables"]["claims"][0] == "article_id"


class Interrupted(Exception):
    pass


def _stopping_after(n: int) -> Iterator[warcheck.Item | warcheck.Problem]:
    yield from itertools.islice(_items(), n)
    raise Interrupted


def test_an_interrupted_run_resumes_where_it_stopped(single: Path, tmp_path: Path) -> None:
    folder = tmp_path / "pq"
    with pytest.raises(Interrupted):
        warcheck.ingest_parquet(_stopping_after(25), str(folder), workers=0, shard_items=10)
    assert sorted(p.name for p in (folder / "articles").iterdir()) == [
        "part-000000.parquet",
        "part-000001.parquet",
    ]  # the third shard was not complete: not written, no temporary file left in sight
    before = (folder / "articles" / "part-000000.parquet").stat().st_mtime_ns
    report = warcheck.ingest_parquet(_items(), str(folder), workers=0, shard_items=10)
    assert (report.stored, report.already) == (21, 20)
    assert (folder / "articles" / "part-000000.parquet").stat().st_mtime_ns == before
    assert parquet_rows(folder) == store_rows(single)
    again = warcheck.ingest_parquet(_items(), str(folder), workers=1, shard_items=10)
    assert (again.stored, again.already) == (0, 41)


def test_a_folder_of_other_shards_is_refused(tmp_path: Path) -> None:
    warcheck.ingest_parquet(iter([]), str(tmp_path / "pq"), shard_items=10)
    with pytest.raises(warcheck.InputError, match="shards of 10 items"):
        warcheck.ingest_parquet(_items(), str(tmp_path / "pq"), shard_items=20)


def test_besides_a_store_both_get_every_article(single: Path, tmp_path: Path) -> None:
    folder = tmp_path / "pq"
    with warcheck.Store.open(tmp_path / "both.db") as store:
        store.ingest(itertools.islice(_items(), 5), workers=0)  # the store is ahead here
        with pytest.raises(Interrupted):
            warcheck.ingest_parquet(
                _stopping_after(15), str(folder), workers=0, shard_items=10, store=store
            )
        assert store_rows(tmp_path / "both.db")["articles"][14]["identity"]
    with warcheck.Store.open(tmp_path / "both.db") as store:
        store.conn.execute("DELETE FROM articles WHERE id > 8")  # and behind the shards there
        report = warcheck.ingest_parquet(_items(), str(folder), shard_items=10, store=store)
        assert (report.stored, report.already) == (33, 8)
    assert parquet_rows(folder) == store_rows(single)
    assert store_rows(tmp_path / "both.db") == store_rows(single)


def test_cli_writes_only_parquet_unless_a_db_is_given(tmp_path: Path) -> None:
    run = [sys.executable, "-m", "warcheck.cli", "ingest", str(FIXTURE), "--workers", "0"]
    env = {"PYTHONPATH": str(ROOT), "WARCHECK_CACHE_DIR": "", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [*run, "--out-parquet", "pq", "--shard-items", "16"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "pq: stored 41, already there 0, skipped 0" in done.stderr
    assert not (tmp_path / "warcheck.db").exists()
    assert len(list((tmp_path / "pq" / "mentions").glob("part-*.parquet"))) == 3
    both = subprocess.run(
        [*run, "--out-parquet", "pq", "--shard-items", "16", "--db", "w.db", "--no-crosscheck"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert both.returncode == 0, both.stderr
    assert "w.db and pq: stored 41, already there 0" in both.stderr
