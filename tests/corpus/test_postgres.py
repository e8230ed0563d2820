"""The store on PostgreSQL (a real throwaway server) behaves as on SQLite, with several writers.

``store_location`` (tests/conftest.py) runs each test on a SQLite file and on
a PostgreSQL database reached by a ``postgresql://...?host=/socket/dir`` URL.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import warcheck
from warcheck.cli import main
from warcheck.corpus import postgres, schema
from warcheck.corpus import postgres as pg_module  # the fixture `postgres` shadows it

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


def test_adapt_rewrites_parameters_but_not_literals() -> None:
    sql = "SELECT '?', 'a%b', x FROM t WHERE a = ? AND b LIKE ? AND c = :name AND d::text = 'x:y'"
    assert postgres.adapt(sql) == (
        "SELECT '?', 'a%%b', x FROM t WHERE a = %s AND b LIKE %s AND c = %(name)s "
        "AND d::text = 'x:y'"
    )
    assert postgres.adapt("BEGIN IMMEDIATE") == "BEGIN"


def test_redact_hides_passwords() -> None:
    assert postgres.redact("postgresql://me:secret@db/w") == "postgresql://me:***@db/w"
    assert "secret" not in postgres.redact("postgresql://db/w?password=secret&x=1")


def test_ingest_is_idempotent_and_offsets_hold(
    idlib_article: str, write_jsonl: Any, store_location: str, tmp_path: Path
) -> None:
    src = write_jsonl(
        tmp_path / "a.jsonl",
        [{"id": "x1", "text": idlib_article, "outlet": "Reuters", "published": "2017-04-04"}],
    )
    with warcheck.Store.open(store_location) as store:
        first = store.ingest(warcheck.read_items([str(src)]))
        second = store.ingest(warcheck.read_items([str(src)]))
        assert (first.stored, second.stored, second.already) == (1, 0, 1)
        (article,) = list(store.articles())
        assert article["item_id"] == "x1" and article["outlet"] == "Reuters"
        (text,) = store.conn.execute("SELECT text FROM articles").fetchone()
        mentions = store.conn.execute('SELECT start, "end", text FROM mentions').fetchall()
        assert mentions and all(text[s:e] == m for s, e, m in mentions)
        assert store.count("claims") >= 1 and store.count("outlets") == 1


def test_same_text_under_another_outlet_is_a_twin(
    idlib_article: str, write_jsonl: Any, store_location: str, tmp_path: Path
) -> None:
    src = write_jsonl(
        tmp_path / "a.jsonl",
        [{"text": idlib_article, "outlet": "Reuters"}, {"text": idlib_article, "outlet": "SANA"}],
    )
    with warcheck.Store.open(store_location) as store:
        report = store.ingest(warcheck.read_items([str(src)]))
        rows = list(store.articles())
    assert report.stored == 2 and report.twins == 1
    assert rows[1]["twin_of"] == rows[0]["id"] and rows[0]["twin_of"] is None


def test_search_and_exports(
    idlib_article: str, write_jsonl: Any, store_location: str, tmp_path: Path
) -> None:
    src = write_jsonl(
        tmp_path / "a.jsonl",
        [{"text": idlib_article, "outlet": "Reuters", "published": "2017-04-04"}],
    )
    with warcheck.Store.open(store_location) as store:
        store.ingest(warcheck.read_items([str(src)]))
        hits = store.search("Saraqib")
        assert {h.kind for h in hits} == {"article", "claim"}
        assert all("[Saraqib]" in h.snippet for h in hits)
        assert store.search("saraqib civilians")[0].rank <= hits[-1].rank
        assert store.search('unbalanced "quote') == [] and store.search("Aleppo") == []
        with pytest.raises(warcheck.StoreError):
            store.search("  ")
        out = io.StringIO()
        assert store.export("jsonl", out) == 1
        assert list(store.documents()) == [json.loads(out.getvalue())]
        out = io.StringIO()
        store.export("geojson", out)
        assert json.loads(out.getvalue())["type"] == "FeatureCollection"


def _summary(location: str) -> dict[str, Any]:
    with warcheck.Store.open(location) as store:
        counts = {t: store.count(t) for t in ("articles", "claims", "mentions", "outlets")}
        incidents = [
            {k: v for k, v in store.incident(i["id"]).items() if k != "updated_at"}  # type: ignore[union-attr]
            for i in store.incidents(limit=None)
        ]
        for incident in incidents:
            for claim in incident["claims"]:
                claim["history"] = [h["grade"] for h in claim["history"]]
        csv = io.StringIO()
        store.export("acled-csv", csv)
        reviews = io.StringIO()
        store.export("claimreview", reviews)
        hits = {(h.article_id, h.claim_id) for h in store.search("Aleppo", limit=1000)}
    return {"counts": counts, "incidents": incidents, "csv": csv.getvalue(),
            "reviews": reviews.getvalue().count("ClaimReview"), "hits": hits}  # fmt: skip


def test_both_engines_give_the_same_store_and_incidents(tmp_path: Path, postgres: Any) -> None:
    locations = [str(tmp_path / "w.db"), postgres.new_database()]
    for location in locations:
        with warcheck.Store.open(location) as store:
            store.ingest(warcheck.read_items([str(FIXTURES / "fakes-sample.csv")]), workers=0)
            warcheck.cross_check(store)
    sqlite, pg = (_summary(location) for location in locations)
    assert sqlite["counts"]["articles"] == 41 and len(sqlite["incidents"]) > 10
    assert sqlite == pg


def test_reference_events_are_upserted(store_location: str) -> None:
    row = {"dataset": "acled", "upstream_id": "SYR1", "date_from": "2017-04-04",
           "date_to": "2017-04-04", "latitude": 35.4, "raw": "{}"}  # fmt: skip
    with warcheck.Store.open(store_location) as store:
        assert store.import_reference([row], file="a.csv") == 1
        assert store.import_reference([row], file="a.csv") == 0
        assert store.import_reference([{**row, "raw": '{"x": 1}'}], file="b.csv") == 1
        (event,) = store.reference_events("2017-04-01", "2017-04-30")
        assert event["file"] == "b.csv" and event["latitude"] == 35.4


def _ingest(db: str, *sources: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "warcheck.cli", "ingest", *map(str, sources), "--db", db,
         "--quiet", "--workers", "0"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def test_two_writers_at_once_store_each_article_once(
    idlib_article: str, write_jsonl: Any, tmp_path: Path, postgres: Any
) -> None:
    base = idlib_article.replace("five", "{n}")
    records = [{"id": f"r{n}", "text": base.format(n=n), "outlet": f"outlet-{n % 3}"}
               for n in range(2, 32)]  # fmt: skip
    first = write_jsonl(tmp_path / "first.jsonl", records[:20])
    second = write_jsonl(tmp_path / "second.jsonl", records[8:][::-1])
    db = postgres.new_database()
    runs = [_ingest(db, first), _ingest(db, second)]
    for run in runs:
        out, err = run.communicate(timeout=600)
        assert run.returncode == 0, err
    with warcheck.Store.open(db) as store:
        ids = [a["item_id"] for a in store.articles()]
        assert sorted(ids) == sorted(r["id"] for r in records)
        assert store.count("outlets") == 3
        (dupes,) = store.conn.execute(
            "SELECT count(*) FROM (SELECT article_id, claim_index FROM claims "
            "GROUP BY article_id, claim_index HAVING count(*) > 1) d"
        ).fetchone()
        assert dupes == 0


def test_postgres_keeps_its_version_and_refuses_what_is_not_a_store(postgres: Any) -> None:
    url = postgres.new_database()
    with pytest.raises(warcheck.StoreError, match="no store"):
        warcheck.Store.open(url, create=False)
    with warcheck.Store.open(url) as store:
        (version,) = store.conn.execute("SELECT version FROM warcheck_schema").fetchone()
        assert version == schema.VERSION
        assert store.conn.execute("SELECT count(*) FROM article_assessments").fetchone()[0] == 0
        store.conn.execute("UPDATE warcheck_schema SET version = version + 1")
    with pytest.raises(warcheck.StoreError, match="newer"):
        warcheck.Store.open(url)
    other = postgres.new_database()
    with warcheck.Store.open(other) as store:
        store.conn.execute("DROP TABLE warcheck_schema")
    with pytest.raises(warcheck.StoreError, match="not a warcheck store"):
        warcheck.Store.open(other)


def test_a_read_only_postgres_store_refuses_writes(postgres: Any) -> None:
    with warcheck.Store.open(postgres.new_database()) as store:
        store.refuse_writes()
        with pytest.raises(Exception, match="read-only"):
            store.conn.execute("INSERT INTO outlets (name) VALUES ('x')")


def test_the_cli_takes_a_socket_url(
    idlib_article: str, write_jsonl: Any, postgres: Any, tmp_path: Path, capsys: Any
) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", [{"text": idlib_article, "outlet": "Reuters"}])
    url = postgres.new_database()
    assert "?host=/" in url
    assert main(["ingest", str(src), "--db", url, "--quiet"]) == 0
    assert main(["search", "Saraqib", "--db", url]) == 0
    assert "[Saraqib]" in capsys.readouterr().out
    assert main(["report", "--db", url, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)


def test_an_unreachable_database_is_a_one_line_error(tmp_path: Path, capsys: Any) -> None:
    pytest.importorskip("psycopg")
    url = f"postgresql://nobody:secret@/nothing?host={tmp_path}"
    assert main(["search", "Aleppo", "--db", url]) == 2
    err = capsys.readouterr().err
    assert err.startswith("warcheck: error: cannot open postgresql://nobody:***@/nothing")
    assert err.count("\n") == 1 and "Traceback" not in err and "secret" not in err


@contextlib.contextmanager
def _older_store(url: str, version: int) -> Iterator[Any]:
    """An autocommit connection to ``url``, made a store of schema ``version`` by its migrations."""
    import psycopg

    from warcheck.corpus import tables

    with psycopg.connect(url, autocommit=True) as conn:
        for number in range(version):
            for statement in tables.migration("postgresql", number):
                conn.execute(statement)
        conn.execute("CREATE TABLE warcheck_schema (version INTEGER NOT NULL)")
        conn.execute("INSERT INTO warcheck_schema VALUES (%s)", (version,))
        yield conn


def test_an_older_postgres_store_is_migrated(postgres: Any) -> None:
    url = postgres.new_database()
    with _older_store(url, 2) as conn:
        conn.execute("INSERT INTO outlets (name) VALUES ('Reuters')")
    with warcheck.Store.open(url) as store:
        (version,) = store.conn.execute("SELECT version FROM warcheck_schema").fetchone()
        assert version == schema.VERSION
        assert store.conn.execute("SELECT count(*) FROM article_assessments").fetchone()[0] == 0
        assert store.count("outlets") == 1


def test_a_schema_3_postgres_store_keeps_its_json_documents_readable(
    postgres: Any, write_jsonl: Any, tmp_path: Path
) -> None:
    url = postgres.new_database()
    doc = warcheck.analyze("Shelling killed two men in Daraa.").to_dict()
    with _older_store(url, 3) as conn:
        conn.execute(
            "INSERT INTO articles (text, source, raw_sha256, text_sha256, ingested_at, "
            "warcheck_version, identity, custody, document) "
            "VALUES ('t', '-', 'r', 's', 'now', 'old', 'i', 'c', %s)",
            (json.dumps(doc),),
        )
    src = write_jsonl(tmp_path / "a.jsonl", [{"text": "Air strikes hit Idlib.", "outlet": "X"}])
    with warcheck.Store.open(url) as store:
        assert store.ingest(warcheck.read_items([str(src)])).stored == 1
        old, new = store.documents()
        assert old == doc and new["article"]["outlet"] == "X"
        assert store.article(1)["document"] == doc  # type: ignore[index]
        (kind,) = store.conn.execute(
            "SELECT data_type FROM information_schema.columns "
            "WHERE table_name = 'articles' AND column_name = 'document'"
        ).fetchone()
        assert kind == "bytea"


def test_rows_are_streamed_in_batches_between_other_queries(
    idlib_article: str,
    write_jsonl: Any,
    postgres: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pg_module, "STREAM_BATCH", 2)
    records = [{"id": f"r{n}", "text": idlib_article.replace("five", str(n))} for n in range(2, 9)]
    src = write_jsonl(tmp_path / "a.jsonl", records)
    with warcheck.Store.open(postgres.new_database()) as store:
        store.ingest(warcheck.read_items([str(src)]), workers=0)
        seen = []
        for article in store.articles():  # a query on the same connection at each row
            seen.append((article["item_id"], store.article(article["id"])["item_id"]))  # type: ignore[index]
        assert seen == [(r["id"], r["id"]) for r in records]
        assert len(list(store.documents())) == len(records)
        assert len({c["article_id"] for c in store.claims()}) == len(records)
