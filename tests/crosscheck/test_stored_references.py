"""The reference step of a cross-check over a store: events of the incidents' spans, matches."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import warcheck
from warcheck.crosscheck import Corpus, facts_of, review
from warcheck.crosscheck.reference import ReferenceEvent
from warcheck.crosscheck.stored_references import match_incidents

TEXT = "Gunmen killed four workers at the mill."
EVENT = ReferenceEvent(
    dataset="acled", upstream_id="XYZ1", date_from="2020-03-02", date_to="2020-03-02",
    time_precision=1, event_type="Violence against civilians", sub_event_type="Attack",
    actor1="Islamic State (Syria)", location="Riverton", latitude=40.01, longitude=-75.01,
    geo_precision=1, fatalities=4,
)  # fmt: skip


class FakeStore:
    """A store with one stored event; it records what the step asks and writes."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []
        self.written: list[tuple[list[Any], list[dict[str, Any]]]] = []

    def reference_events(self, date_from: str, date_to: str) -> Iterator[dict[str, Any]]:
        self.asked.append((date_from, date_to))
        if date_from <= EVENT.date_to and date_to >= EVENT.date_from:
            yield {**EVENT.to_row(), "id": 5}

    def write_reference_matches(self, claims: Iterable[Any], rows: Iterable[dict[str, Any]]) -> int:
        self.written.append((list(claims), list(rows)))
        return len(self.written[-1][1])


def _corpus(synth: SimpleNamespace, *dates: str) -> Corpus:
    corpus = Corpus()
    for aid, date in enumerate(dates, 1):
        claim = synth.claim(0, TEXT, date=date, place="Riverton", killed=4, agent="isis")
        text = f"{TEXT} Story {aid} of {date}."
        corpus.add(facts_of(aid, "a.example", "2020-03-20", synth.document(text, [claim])), text)
    return corpus


def test_the_claims_of_each_incident_are_matched_and_written(synth: SimpleNamespace) -> None:
    corpus = _corpus(synth, "2020-03-02", "2020-03-15")
    store = FakeStore()
    best = match_incidents(store, corpus)
    assert sorted(store.asked) == [("2020-03-01", "2020-03-03"), ("2020-03-14", "2020-03-16")]
    ((claims, rows),) = store.written
    assert sorted(claims) == [(1, 0), (2, 0)]  # both claims' old matches are replaced
    assert [(r["key"], r["reference_id"]) for r in rows] == [((1, 0), 5)]
    assert list(best) == [(1, 0)] and best[(1, 0)].event.store_id == 5
    grades = {k: g for r in review(corpus, references=best) for k, g in r.grades.items()}
    assert (grades[(1, 0)].grade, grades[(2, 0)].grade) == ("fair", "weak")


def test_only_the_named_incidents_and_never_a_store_without_references(
    synth: SimpleNamespace,
) -> None:
    corpus = _corpus(synth, "2020-03-02", "2020-03-15")
    store = FakeStore()
    assert match_incidents(store, corpus, [(2, 0)]) == {}
    assert store.asked == [("2020-03-14", "2020-03-16")] and store.written == [([(2, 0)], [])]
    assert match_incidents(object(), corpus) == {}


def test_a_cross_check_over_a_store_matches_and_grades_with_reference_events(
    idlib_article: str, tmp_path: Path, reference_files: ModuleType
) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text(
        json.dumps({"text": idlib_article, "published": "2017-04-04", "outlet": "x.example"})
        + "\n",
        "utf-8",
    )
    acled = reference_files.acled(
        tmp_path / "a.csv",
        {"event_id_cnty": "SYR1", "event_date": "03 April 2017", "latitude": "35.87",
         "longitude": "36.80", "location": "Saraqib", "event_type": "Explosions/Remote violence",
         "sub_event_type": "Air/drone strike", "actor1": "Military Forces of Russia (2000-)",
         "fatalities": "5"},
    )  # fmt: skip
    with warcheck.Store.open(tmp_path / "w.db") as store:
        store.ingest(warcheck.read_items([str(src)]), workers=0)
        warcheck.cross_check(store)
        assert store.count("reference_matches") == 0  # no reference data yet: a lone report
        read = warcheck.read_reference(str(acled))
        events = [e.to_row() for e in read if isinstance(e, ReferenceEvent)]
        store.import_reference(events, file=str(acled))
        warcheck.cross_check(store, full=True)
        (incident,) = store.incidents()
        detail = store.incident(incident["id"])
        assert detail is not None
        main = next(c for c in detail["claims"] if c["is_main"])
        evidence = (
            main["evidence"] if isinstance(main["evidence"], dict) else json.loads(main["evidence"])
        )
        assert main["grade"] == "fair" and evidence["reference"].startswith("ACLED SYR1")
        assert any(m["upstream_id"] == "SYR1" for m in detail["reference_matches"])
        before = store.count("reference_matches")
        warcheck.cross_check(store, full=True)
        assert store.count("reference_matches") == before  # replaced, not added again
