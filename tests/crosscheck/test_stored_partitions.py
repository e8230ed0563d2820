"""The cross-check of a store by partitions: incremental runs give the full run's incidents."""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
import sqlite3
from pathlib import Path

import pytest

import warcheck
from warcheck.crosscheck.partitions import Blocks, Months, Placement
from warcheck.crosscheck.stored_partitions import scheme_of, spans

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "fakes-sample.csv"


def _batches(tmp_path: Path, parts: int, seed: int) -> list[Path]:
    with FIXTURE.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        fields, rows = reader.fieldnames, list(reader)
    random.Random(seed).shuffle(rows)
    out = []
    for i in range(parts):
        path = tmp_path / f"batch{seed}-{i}.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(fields or ()))
            writer.writeheader()
            writer.writerows(rows[i::parts])
        out.append(path)
    return out


def _groups(conn: sqlite3.Connection) -> set[frozenset[tuple[int, int]]]:
    rows = conn.execute(
        "SELECT ic.incident_id, c.article_id, c.claim_index FROM incident_claims ic "
        "JOIN claims c ON c.id = ic.claim_id"
    )
    out: dict[int, set[tuple[int, int]]] = {}
    for iid, aid, index in rows:
        out.setdefault(iid, set()).add((aid, index))
    return {frozenset(v) for v in out.values()}


def _full_copy(store: warcheck.Store, tmp_path: Path, name: str, **kwargs: object) -> set:
    with warcheck.Store.open(tmp_path / f"{name}.db") as copy:
        store.conn.backup(copy.conn)
        warcheck.cross_check(copy, full=True, **kwargs)  # type: ignore[arg-type]
        return _groups(copy.conn)


@pytest.mark.parametrize(
    ("scheme", "seed"), [(Months(), 1), (Months(reach_days=3, by_country=True), 2)]
)
def test_incremental_month_runs_give_the_full_month_run(
    tmp_path: Path, scheme: Months, seed: int
) -> None:
    store = warcheck.Store.open(tmp_path / "step.db")
    read = []
    for path in _batches(tmp_path, 3, seed):
        store.ingest(warcheck.read_items([str(path)]), workers=0)
        report = warcheck.cross_check(store, partition=scheme)
        read.append(report.articles)
    total = store.count("articles")
    assert read[-1] < total  # the last run read only what the new articles reach
    assert _groups(store.conn) == _full_copy(store, tmp_path, f"full{seed}", partition=scheme)
    again = warcheck.cross_check(store, partition=scheme)
    assert again.new_articles == 0 and again.articles == 0 and again.incidents == 0
    store.close()


def test_blocks_and_workers_give_the_unpartitioned_incidents(tmp_path: Path) -> None:
    store = warcheck.Store.open(tmp_path / "step.db")
    for path in _batches(tmp_path, 2, 3):
        store.ingest(warcheck.read_items([str(path)]), workers=0)
        warcheck.cross_check(store, partition="blocks", workers=2)
    assert _groups(store.conn) == _full_copy(store, tmp_path, "plain")
    assert warcheck.cross_check(store).incidents == 0  # nothing new: nothing read or written
    store.close()


def test_spans_cover_the_days_that_reach_a_month() -> None:
    april = Months(reach_days=0).placement(dt.date(2018, 4, 10).toordinal(), None, None)
    assert spans([april], 5) == [("2018-03-27", "2018-05-01")]
    both = [april, Placement((april.months[0] + 1,), None)]
    assert spans(both, 5) == [("2018-03-27", "2018-06-01")]


def test_a_partitioning_is_named() -> None:
    assert scheme_of(None) == scheme_of("months") == Months()
    assert scheme_of("blocks") == Blocks()
    with pytest.raises(ValueError, match="unknown partitioning"):
        scheme_of("weeks")


def test_incremental_runs_keep_the_untouched_incidents_of_old_articles(tmp_path: Path) -> None:
    # an old article in a touched incident has other claims in incidents no new claim is in
    store = warcheck.Store.open(tmp_path / "step.db")
    for path in _batches(tmp_path, 3, 1):
        store.ingest(warcheck.read_items([str(path)]), workers=0)
        warcheck.cross_check(store)
    lost = store.conn.execute(
        "SELECT count(*) FROM claims c LEFT JOIN incident_claims ic ON ic.claim_id = c.id "
        "WHERE ic.claim_id IS NULL"
    ).fetchone()[0]
    assert lost == 0
    assert _groups(store.conn) == _full_copy(store, tmp_path, "plain")
    store.close()


STORIES = [
    ("Shelling killed four people in Douma on 20 May 2017, rescuers said.", "2017-05-21"),
    ("Four people were killed by shelling in Douma, the White Helmets said.", None),
    ("A car bomb killed 20 people in Azaz on 7 January 2017, local officials said.", "2017-01-08"),
    ("Twenty people were killed by a car bomb in Azaz, monitors said.", None),
]


@pytest.mark.parametrize("undated_first", [True, False])
def test_undated_articles_are_cross_checked_with_dated_ones(
    tmp_path: Path, undated_first: bool
) -> None:
    # articles with no date at all, ingested before or after the dated ones
    rows = [
        {"text": t, "outlet": f"o{i}.example", "published": p} for i, (t, p) in enumerate(STORIES)
    ]
    batches = [[r for r in rows if (r["published"] is None) == undated_first]]
    batches.append([r for r in rows if r not in batches[0]])
    store = warcheck.Store.open(tmp_path / "step.db")
    for n, batch in enumerate(batches):
        path = tmp_path / f"b{n}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in batch), encoding="utf-8")
        store.ingest(warcheck.read_items([str(path)]), workers=0)
        warcheck.cross_check(store, partition="months")
    found = _groups(store.conn)
    assert found == _full_copy(store, tmp_path, "months", partition="months")
    assert found == _full_copy(store, tmp_path, "plain")
    published = dict(store.conn.execute("SELECT id, published FROM articles").fetchall())
    pairs = [sorted(published[a] is None for a, _ in g) for g in found if len(g) > 1]
    assert pairs == [[False, True], [False, True]]  # each dated report with its undated twin
    store.close()
