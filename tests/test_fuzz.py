"""A short, deterministic fuzz run: hostile bytes into every reader and the analysis.

Each example must end in items, reported problems or a one-line warcheck error: never another
exception, and every extracted span must point into the text. In the suite the run is short
and derandomized; ``scripts/fuzz.sh N`` runs the same properties on N random examples each.
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import warcheck

# scripts/fuzz.sh sets WARCHECK_FUZZ_EXAMPLES for the long, randomized run.
LONG = int(os.environ.get("WARCHECK_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=LONG or 60,
    derandomize=not LONG,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

WORDS = st.sampled_from(
    [
        "killed",
        "Aleppo",
        "ISIS",
        "said",
        "on",
        "Monday",
        "12",
        "dozens",
        "<div>",
        "</p>",
        '"',
        "'",
        ",",
        ".",
        "\n",
        "\u202e",
        "\x00",
        "1" * 40,
        "airstrike",
        "regime",
        "SOHR",
        "2017",
        "-",
        "(Reuters)",
        "<script>",
        "&amp;",
        "{",
        "}",
        "\r\n",
        "في",
        "قتل",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(WORDS, max_size=120).map(" ".join),
    st.lists(WORDS, max_size=120).map("".join),
)
FORMATS = ("txt", "html", "csv", "jsonl", "rss", "warc")


def _spans_hold(analysis: warcheck.Analysis) -> None:
    text = analysis.article.text
    for group in (analysis.actors, analysis.places, analysis.times, analysis.casualties):
        for m in group:
            assert text[m.start : m.end] == m.text


@FUZZ
@given(TEXTS)
def test_analysis_of_any_text_ends_in_an_analysis_or_a_warcheck_error(text: str) -> None:
    try:
        analysis = warcheck.analyze(text)
    except warcheck.WarcheckError as err:
        assert "\n" not in str(err).strip()
        return
    _spans_hold(analysis)


@FUZZ
@given(st.sampled_from(FORMATS), st.one_of(st.binary(max_size=600), TEXTS.map(str.encode)))
def test_readers_turn_any_bytes_into_items_or_problems(
    tmp_path_factory: pytest.TempPathFactory, fmt: str, data: bytes
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    paths = [folder / f"input.{fmt}", folder / f"input.{fmt}.gz"]
    paths[0].write_bytes(data)
    paths[1].write_bytes(gzip.compress(data))
    for path in paths:
        try:
            results = list(warcheck.read_items([str(path)], format=fmt))
        except warcheck.WarcheckError as err:
            assert "\n" not in str(err).strip()
            continue
        for r in results:
            assert isinstance(r, warcheck.Item | warcheck.Problem)


ITEMS = st.lists(
    st.tuples(TEXTS, st.one_of(st.none(), TEXTS), st.sampled_from([None, "Reuters", "SANA", "x"])),
    min_size=1,
    max_size=6,
)


@FUZZ
@given(ITEMS)
def test_ingest_of_any_items_stores_each_once_and_cross_checks(
    tmp_path_factory: pytest.TempPathFactory, rows: list[tuple[str, str | None, str | None]]
) -> None:
    """Fuzzed items into a store: each is stored, already there or reported; a rerun adds none."""
    items = [
        warcheck.Item(text, "fuzz", f"{i:064x}", f"item {i}", title=title, outlet=outlet)
        for i, (text, title, outlet) in enumerate(rows + rows[:1])
    ]
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.db"
    with warcheck.Store.open(path) as store:
        report = store.ingest(items, workers=0)
        assert report.stored + report.already + report.skipped == len(items)
        assert store.count() == report.stored
        warcheck.cross_check(store)
        again = store.ingest(items, workers=0)
        assert again.stored == 0 and store.count() == report.stored
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for problem in report.problems:
        assert "\n" not in problem.reason.strip()


def test_the_fuzz_run_can_fail(tmp_path: Path) -> None:
    """The readers' check is not vacuous: a plain article comes back as an item."""
    path = tmp_path / "a.txt"
    path.write_text("Shelling killed three people in Aleppo on Monday, SOHR said.\n")
    (item,) = warcheck.read_items([str(path)])
    assert isinstance(item, warcheck.Item)
