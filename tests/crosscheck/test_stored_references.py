"""The reference step of a cross-check over a store: events of the incidents' spans, matches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from types import SimpleNamespace
from typing import Any

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
