"""Incidents in the store: the cross-check over stored articles, incremental runs, history."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import warcheck

MILL = (
    "Gunmen of the Kestrel Brigade stormed the Halvorsen textile mill in Riverton on Monday "
    "and killed four workers, police said. Witnesses said the attackers arrived in two white "
    "pickups and set fire to the Oyelaran warehouse before fleeing towards the Kettleby ravine. "
    "Relatives of the dead gathered outside the morgue on Tuesday while investigators searched "
    "the burned warehouse for shell casings."
)
MILL_OTHER = (
    "Gunmen stormed the Halvorsen textile mill in Riverton on Monday, killing four workers, "
    "a hospital official told reporters. The attackers set the Oyelaran warehouse on fire and "
    "escaped in pickups towards the Kettleby ravine, according to residents."
)
DEPOT = (
    "An air strike hit a fuel depot in Marlowe on Thursday, killing two guards, the regional "
    "civil defence said. Fire crews from Dunmore fought the blaze at the Pellinor depot."
)


def _record(rid: str, outlet: str, text: str, day: str = "2020-03-03") -> dict[str, str]:
    return {"id": rid, "outlet": outlet, "published": day, "text": text}


def _store(tmp_path: Path, name: str, *records: dict[str, str]) -> warcheck.Store:
    store = warcheck.Store.open(tmp_path / f"{name}.db")
    _add(store, tmp_path, name, *records)
    return store


def _add(store: warcheck.Store, tmp_path: Path, name: str, *records: dict[str, str]) -> None:
    path = tmp_path / f"{name}-{store.count()}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    store.ingest(warcheck.read_items([str(path)]), workers=0)
    warcheck.cross_check(store)


def _groups(store: warcheck.Store) -> set[frozenset[tuple[str, int]]]:
    """Incidents as sets of (source id, claim index): comparable across stores."""
    rows = store.conn.execute(
        "SELECT ic.incident_id, a.item_id, c.claim_index FROM incident_claims ic "
        "JOIN claims c ON c.id = ic.claim_id JOIN articles a ON a.id = c.article_id"
    )
    out: dict[int, set[tuple[str, int]]] = {}
    for iid, item, index in rows:
        out.setdefault(iid, set()).add((item, index))
    return {frozenset(v) for v in out.values()}


def _main_incident(store: warcheck.Store, item_id: str) -> dict[str, object]:
    (iid,) = store.conn.execute(
        "SELECT ic.incident_id FROM incident_claims ic JOIN claims c ON c.id = ic.claim_id "
        "JOIN articles a ON a.id = c.article_id WHERE a.item_id = ? AND c.is_main = 1",
        (item_id,),
    ).fetchone()
    found = store.incident(iid)
    assert found is not None
    return found


def test_a_copy_is_one_origin_and_an_independent_report_makes_it_fair(tmp_path: Path) -> None:
    store = _store(
        tmp_path,
        "s",
        _record("a", "a.example", MILL),
        _record("b", "b.example", MILL_OTHER),
        _record("c", "c.example", MILL, "2020-03-04"),
        _record("d", "d.example", DEPOT, "2020-03-06"),
    )
    inc = _main_incident(store, "a")
    assert inc["n_articles"] == 3 and inc["n_origins"] == 2 and inc["grade"] == "fair"
    (copied,) = [o for o in inc["origins"] if o["copies"]]  # type: ignore[union-attr]
    assert [c["outlet"] for c in copied["copies"]] == ["c.example"]
    mains = [c for c in inc["claims"] if c["is_main"]]  # type: ignore[union-attr]
    assert {c["article_id"] for c in mains} == {"a", "b", "c"}
    assert all(c["grade"] == "fair" and c["history"] for c in mains)
    assert _main_incident(store, "d")["grade"] == "weak"
    # The copy's graded side claims sit with the original's, not in incidents of their own.
    graded = store.conn.execute(
        "SELECT ic.incident_id, group_concat(a.item_id) FROM incident_claims ic "
        "JOIN claims c ON c.id = ic.claim_id JOIN articles a ON a.id = c.article_id "
        "WHERE ic.grade != 'not_assessed' GROUP BY ic.incident_id"
    ).fetchall()
    with_copy = [set(items.split(",")) for _, items in graded if "c" in items.split(",")]
    assert with_copy and all("a" in items for items in with_copy)


def test_a_lone_report_is_weak_and_regraded_with_history(tmp_path: Path) -> None:
    store = _store(tmp_path, "s", _record("a", "a.example", MILL))
    assert _main_incident(store, "a")["grade"] == "weak"
    _add(store, tmp_path, "s", _record("b", "b.example", MILL_OTHER))
    inc = _main_incident(store, "a")
    (main,) = [c for c in inc["claims"] if c["is_main"] and c["article_id"] == "a"]  # type: ignore[union-attr]
    assert [h["grade"] for h in main["history"]] == ["weak", "fair"]


def test_reports_that_disagree_on_the_toll_are_contested_with_the_figures(tmp_path: Path) -> None:
    seven = MILL_OTHER.replace("killing four workers", "killing seven workers")
    store = _store(tmp_path, "s", _record("a", "a.example", MILL), _record("b", "b.example", seven))
    inc = _main_incident(store, "a")
    assert inc["grade"] == "contested"
    (killed,) = [c for c in inc["contradictions"] if c["kind"] == "killed"]  # type: ignore[union-attr]
    by_value = {v["value"]: v["outlets"] for v in killed["values"]}
    assert by_value == {"4": ["a.example"], "7": ["b.example"]}


def test_incremental_runs_give_what_a_full_run_gives(tmp_path: Path) -> None:
    records = [
        _record("a", "a.example", MILL),
        _record("d", "d.example", DEPOT, "2020-03-06"),
        _record("b", "b.example", MILL_OTHER),
        _record("c", "c.example", MILL, "2020-03-04"),
    ]
    step = warcheck.Store.open(tmp_path / "step.db")
    for i, r in enumerate(records):
        _add(step, tmp_path, f"step{i}", r)
    once = _store(tmp_path, "once", *records)
    assert _groups(step) == _groups(once)
    report = warcheck.cross_check(step, full=True)
    assert report.new_articles == 4 and _groups(step) == _groups(once)
    assert warcheck.cross_check(step).new_articles == 0


def test_filters_and_exports_carry_incident_and_grade(tmp_path: Path) -> None:
    store = _store(
        tmp_path,
        "s",
        _record("a", "a.example", MILL),
        _record("b", "b.example", MILL_OTHER),
        _record("d", "d.example", DEPOT, "2020-03-06"),
    )
    fair = store.incidents(grade="fair")
    assert fair and all(i["grade"] == "fair" for i in fair)
    assert store.count_incidents(grade="fair") == len(fair)
    assert all(i["grade"] != "fair" for i in store.incidents(outlet="d.example"))
    assert store.incidents(date_from="2030-01-01") == []
    with pytest.raises(ValueError, match="unknown incident filter"):
        store.incidents(colour="red")
    out = io.StringIO()
    store.export("acled-csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert all(r["incident_id"] and r["grade"] for r in rows)
    out = io.StringIO()
    n = store.export("claimreview", out)
    reviews = json.loads(out.getvalue())
    assert n == len(reviews) > 0
    assert {r["@type"] for r in reviews} == {"ClaimReview"}
    grades = {r["reviewRating"]["alternateName"].split(":")[0] for r in reviews}
    assert "fair" in grades and "not_assessed" not in grades
    out = io.StringIO()
    store.export("geojson", out)
    props = [f["properties"] for f in json.loads(out.getvalue())["features"]]
    assert props and all(p["incident_id"] is not None for p in props)
