"""Ingest in this process and in workers: an item's dates never crash the run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import warcheck


def _text(town: str, when: str) -> str:
    return f"Shelling kills three in {town}\n\nShelling killed three civilians in {town} {when}."


@pytest.mark.parametrize("workers", [0, 1])
def test_items_dated_at_the_calendar_s_ends_are_skipped_with_a_reason(
    workers: int, write_jsonl: Any, tmp_path: Path
) -> None:
    src = write_jsonl(
        tmp_path / "a.jsonl",
        [
            {"id": "late", "text": _text("Aleppo", "on Monday"), "published": "9999-12-30"},
            {"id": "ok", "text": _text("Homs", "on Monday"), "published": "2017-01-02"},
            {"id": "early", "text": _text("Idlib", "last year"), "published": "0001-01-01"},
        ],
    )
    with warcheck.Store.open(tmp_path / "w.db") as store:
        report = store.ingest(warcheck.read_items([str(src)]), workers=workers)
        (stored,) = list(store.articles())
    assert (report.stored, report.skipped) == (1, 2)
    assert stored["item_id"] == "ok" and stored["published"] == "2017-01-02"
    assert [p.locator for p in report.problems] == ["line 1", "line 3"]
    assert all("outside 1000-01-01..8999-12-31" in p.reason for p in report.problems)


@pytest.mark.parametrize("workers", [0, 1])
def test_a_relative_date_beyond_the_calendar_is_dropped_not_a_crash(
    workers: int, write_jsonl: Any, tmp_path: Path
) -> None:
    src = write_jsonl(
        tmp_path / "a.jsonl",
        [{"text": _text("Raqqa", "500 decades ago"), "published": "2017-01-02"}],
    )
    with warcheck.Store.open(tmp_path / "w.db") as store:
        report = store.ingest(warcheck.read_items([str(src)]), workers=workers)
    assert (report.stored, report.skipped) == (1, 0)


def test_the_warm_up_loads_the_tables_only_some_articles_reach_before_the_workers_fork() -> None:
    from warcheck.corpus import analysis_json, ingest
    from warcheck.knowledge import minor_places, word_weights

    minor_places._table.cache_clear()
    word_weights.zipf_table.cache_clear()
    analysis_json._WRITERS.clear()
    ingest._warm_up()
    assert minor_places._table.cache_info().currsize == 1
    assert word_weights.zipf_table.cache_info().currsize == 1
    assert analysis_json._WRITERS  # the document's writers are built
