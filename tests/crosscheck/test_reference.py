"""Reference events: ACLED and UCDP GED files read, and claims matched to their events."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

from warcheck.crosscheck import Corpus, facts_of, review
from warcheck.crosscheck.facts import ClaimFacts
from warcheck.crosscheck.grades import grade
from warcheck.crosscheck.matches import (
    EventIndex,
    match,
    match_rows,
    reference_evidence,
    stored_events,
)
from warcheck.crosscheck.reference import ReferenceEvent, parse_date, read_reference
from warcheck.errors import InputError
from warcheck.read.items import Problem


def _read(path: Path, **kw: Any) -> tuple[list[ReferenceEvent], list[Problem]]:
    out = list(read_reference(path, **kw))
    return [e for e in out if isinstance(e, ReferenceEvent)], [
        p for p in out if isinstance(p, Problem)
    ]


def _one(path: Path) -> ReferenceEvent:
    events, problems = _read(path)
    assert problems == [] and len(events) == 1
    return events[0]


# --- reading ----------------------------------------------------------------------------------


def test_an_acled_row_is_read_with_its_columns(tmp_path: Path, reference_files: ModuleType) -> None:
    e = _one(reference_files.acled(tmp_path / "a.csv", {}))
    assert (e.dataset, e.upstream_id, e.date_from, e.date_to) == (
        "acled",
        "XYZ1",
        "2020-03-02",
        "2020-03-02",
    )
    assert (e.event_type, e.sub_event_type, e.fatalities) == (
        "Violence against civilians",
        "Attack",
        4,
    )
    assert (e.latitude, e.longitude, e.location, e.admin1) == (
        40.01,
        -75.01,
        "Riverton",
        "Riverland",
    )
    assert (e.warcheck_type, e.family, e.place_precision) == (
        "attack",
        "violence_against_civilians",
        "town",
    )


def test_acled_types_map_onto_warcheck_families(
    tmp_path: Path, reference_files: ModuleType
) -> None:
    rows = [
        {
            "event_id_cnty": "1",
            "event_type": "Explosions/Remote violence",
            "sub_event_type": "Air/drone strike",
        },
        {
            "event_id_cnty": "2",
            "event_type": "Protests",
            "sub_event_type": "Excessive force against protestors",
        },
        {"event_id_cnty": "3", "event_type": "Strategic Developments", "sub_event_type": "Arrests"},
        {"event_id_cnty": "4", "event_type": "Battles", "sub_event_type": "Something new"},
    ]
    events, _ = _read(reference_files.acled(tmp_path / "a.csv", *rows))
    assert [e.family for e in events] == ["explosion", "protest_riot", "strategic", "battle"]
    assert events[1].warcheck_type == "excessive_force_against_protesters"


def test_acled_dates_in_either_spelling_and_precision_widen_the_window(
    tmp_path: Path, reference_files: ModuleType
) -> None:
    rows = [
        {"event_id_cnty": "1", "event_date": "04 April 2017"},
        {"event_id_cnty": "2", "event_date": "2017-04-04", "time_precision": "2"},
        {"event_id_cnty": "3", "event_date": "15 February 2016", "time_precision": "3"},
    ]
    events, problems = _read(reference_files.acled(tmp_path / "a.csv", *rows))
    assert problems == []
    assert [(e.date_from, e.date_to) for e in events] == [
        ("2017-04-04", "2017-04-04"),
        ("2017-04-01", "2017-04-07"),
        ("2016-02-01", "2016-02-29"),
    ]


def test_parse_date_refuses_what_is_not_a_date() -> None:
    assert parse_date("04-04-2017") == dt.date(2017, 4, 4)
    with pytest.raises(ValueError, match="not a date"):
        parse_date("April 2017")


def test_a_ucdp_row_is_read_with_its_range(tmp_path: Path, reference_files: ModuleType) -> None:
    e = _one(reference_files.ucdp(tmp_path / "g.csv", {}))
    assert (e.dataset, e.upstream_id, e.event_type, e.family) == (
        "ucdp",
        "501",
        "one-sided violence",
        "violence_against_civilians",
    )
    assert (e.fatalities, e.fatalities_low, e.fatalities_high) == (4, 3, 5)
    assert (e.actor1, e.actor2, e.source, e.geo_precision) == ("IS", "Civilians", "Reuters", 1)


def test_gzip_and_the_format_are_detected(tmp_path: Path, reference_files: ModuleType) -> None:
    assert _one(reference_files.ucdp(tmp_path / "g.csv.gz", {})).dataset == "ucdp"
    assert _one(reference_files.acled(tmp_path / "a.csv.gz", {})).dataset == "acled"


def test_bad_rows_are_problems_with_their_row_numbers(
    tmp_path: Path, reference_files: ModuleType
) -> None:
    path = reference_files.acled(
        tmp_path / "a.csv",
        {"event_id_cnty": "1"},
        {"event_id_cnty": "2", "event_date": "someday"},
        {"event_id_cnty": "3", "latitude": ""},
        {"event_id_cnty": "4", "fatalities": "many"},
        {"event_id_cnty": "5", "time_precision": "7"},
        {"event_id_cnty": "6"},
    )
    with path.open("a", encoding="utf-8") as f:
        f.write("7,2020-03-02,too,few\n")
    events, problems = _read(path)
    assert [e.upstream_id for e in events] == ["1", "6"]
    assert [p.locator for p in problems] == ["row 2", "row 3", "row 4", "row 5", "row 7"]
    assert "someday" in problems[0].reason and "fatalities" in problems[2].reason


def test_a_file_of_neither_format_is_an_input_error(
    tmp_path: Path, reference_files: ModuleType
) -> None:
    other = tmp_path / "x.csv"
    other.write_text("id,text\n1,hello\n", encoding="utf-8")
    with pytest.raises(InputError, match="neither an ACLED nor a UCDP"):
        list(read_reference(other))
    acled = reference_files.acled(tmp_path / "a.csv", {})
    with pytest.raises(InputError, match="not a UCDP file"):
        list(read_reference(acled, format="ucdp"))
    with pytest.raises(InputError, match="cannot read"):
        list(read_reference(tmp_path / "missing.csv"))


def test_an_event_goes_to_a_row_and_back(tmp_path: Path, reference_files: ModuleType) -> None:
    e = _one(reference_files.ucdp(tmp_path / "g.csv", {}))
    row = e.to_row()
    assert "store_id" not in row and row["raw"].startswith("{")
    back = ReferenceEvent.from_row({**row, "id": 7, "file": "g.csv"})
    assert back == e and back.store_id == 7


# --- matching ---------------------------------------------------------------------------------


def _claim(synth: SimpleNamespace, **facts: Any) -> ClaimFacts:
    values: dict[str, Any] = {
        "date": "2020-03-02",
        "place": "Riverton",
        "killed": 4,
        "agent": "isis",
    }
    values.update(facts)
    text = "Gunmen killed four workers at the mill."
    (claim,) = facts_of(
        1, "a.example", "2020-03-03", synth.document(text, [synth.claim(0, text, **values)])
    )
    return claim


def _event(**changes: Any) -> ReferenceEvent:
    base: dict[str, Any] = {
        "dataset": "acled",
        "upstream_id": "XYZ1",
        "date_from": "2020-03-02",
        "date_to": "2020-03-02",
        "time_precision": 1,
        "event_type": "Violence against civilians",
        "sub_event_type": "Attack",
        "actor1": "Islamic State (Syria)",
        "actor2": "Civilians (Syria)",
        "location": "Riverton",
        "latitude": 40.01,
        "longitude": -75.01,
        "geo_precision": 1,
        "fatalities": 4,
    }
    return ReferenceEvent(**{**base, **changes})


def test_same_day_place_and_type_match_with_agreeing_facts(synth: SimpleNamespace) -> None:
    (m,) = match([_claim(synth)], [_event()])
    assert m.claim == (1, 0) and m.score == 1.0 and not m.strong
    assert any(a.startswith("killed 4") for a in m.agreeing)
    assert any(a.startswith("perpetrator isis") for a in m.agreeing)
    assert m.conflicting == ()


@pytest.mark.parametrize(
    "facts",
    [
        {"place": "Hillside"},  # 85 km away, both places towns
        {"date": "2020-03-10"},  # another day
        {"event_type": "arrests"},  # another family
        {"event_type": "peaceful_protest"},  # protests match only protests
        {"kind": "background"},
        {"place": None},
    ],
)
def test_far_place_other_day_or_other_type_do_not_match(
    synth: SimpleNamespace, facts: dict[str, Any]
) -> None:
    assert match([_claim(synth, **facts)], [_event()]) == []


def test_armed_families_match_each_other(synth: SimpleNamespace) -> None:
    strike = _event(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")
    assert len(match([_claim(synth)], [strike])) == 1


def test_precision_widens_the_windows(synth: SimpleNamespace) -> None:
    far = _claim(synth, place="Hillside")
    assert match([far], [_event(geo_precision=3)]) != []  # a province: 150 km
    later = _claim(synth, date="2020-03-05")
    assert match([later], [_event()]) == []
    week = _event(time_precision=2, date_from="2020-02-28", date_to="2020-03-05")
    assert match([later], [week]) != []
    one_day_off = _claim(synth, date="2020-03-03")  # within the date slack
    assert match([one_day_off], [_event()]) != []


def test_fatalities_within_the_tolerance_agree_beyond_it_conflict(synth: SimpleNamespace) -> None:
    claim = _claim(synth)
    (near,) = match([claim], [_event(fatalities=5)])
    assert any(a.startswith("killed 4") for a in near.agreeing) and near.conflicting == ()
    (off,) = match([claim], [_event(fatalities=9)])
    assert off.conflicting == ("killed 4 vs 9 (ACLED XYZ1)",) and not off.strong
    assert off.score == pytest.approx(4 / 5)
    (far,) = match([claim], [_event(fatalities=40)])
    assert far.strong


def test_a_ucdp_range_counts_as_agreeing(synth: SimpleNamespace) -> None:
    ged = _event(dataset="ucdp", event_type="one-sided violence", sub_event_type=None,
                 actor1="IS", fatalities=6, fatalities_low=3, fatalities_high=8)  # fmt: skip
    (m,) = match([_claim(synth)], [ged])
    assert m.conflicting == () and any(a.startswith("killed 4") for a in m.agreeing)


def test_another_perpetrator_conflicts_and_is_strong_only_when_tight(
    synth: SimpleNamespace,
) -> None:
    other = _event(actor1="Hayat Tahrir al Sham")
    (m,) = match([_claim(synth)], [other])
    assert any(c.startswith("perpetrator isis vs Hayat Tahrir al Sham") for c in m.conflicting)
    assert m.strong
    (vague,) = match([_claim(synth)], [_event(actor1="Hayat Tahrir al Sham", geo_precision=3)])
    assert vague.conflicting and not vague.strong


def test_events_are_looked_up_by_day(synth: SimpleNamespace) -> None:
    events = [
        _event(upstream_id=str(i), date_from=f"2020-01-{i:02d}", date_to=f"2020-01-{i:02d}")
        for i in range(1, 29)
    ]
    index = EventIndex([*events, _event()])
    day = dt.date(2020, 3, 2).toordinal()
    assert [e.upstream_id for e in index.around(day, day)] == ["XYZ1"]
    assert (
        len(index.around(dt.date(2020, 1, 10).toordinal(), dt.date(2020, 1, 10).toordinal())) == 3
    )


def test_the_best_match_is_the_evidence(synth: SimpleNamespace) -> None:
    claim = _claim(synth)
    best = reference_evidence([claim], [_event(upstream_id="worse", fatalities=9), _event()])
    assert best[claim.key].event.upstream_id == "XYZ1"
    assert best[claim.key].describe().startswith("ACLED XYZ1 (2020-03-02, Riverton;")


# --- grading with the match -------------------------------------------------------------------


def _graded(synth: SimpleNamespace, event: ReferenceEvent, articles: int = 1) -> Any:
    claims = [_claim(synth) for _ in range(articles)]
    claims = [dataclasses.replace(c, article_id=i + 1) for i, c in enumerate(claims)]
    refs = reference_evidence(claims, [event])
    return grade(claims, [], [], references=refs)[claims[0].key]


def test_an_agreeing_reference_event_is_an_independent_origin(synth: SimpleNamespace) -> None:
    g = _graded(synth, _event())
    assert (g.grade, g.credibility) == ("fair", "2")
    assert g.evidence.reference is not None and g.evidence.reference.startswith("ACLED XYZ1")
    assert "reference event ACLED XYZ1" in g.reason
    alone = grade([_claim(synth)], [], [])[(1, 0)]
    assert (alone.grade, alone.evidence.reference) == ("weak", None)


def test_a_conflicting_reference_event_contests(synth: SimpleNamespace) -> None:
    g = _graded(synth, _event(fatalities=9))
    assert g.grade == "contested" and "killed 4 vs 9 (ACLED XYZ1)" in g.evidence.conflicting


def test_a_strong_conflict_discounts_only_a_lone_origin(synth: SimpleNamespace) -> None:
    lone = _graded(synth, _event(fatalities=40))
    assert (lone.grade, lone.credibility) == ("discounted", "5")
    backed = _graded(synth, _event(fatalities=40), articles=2)
    assert backed.grade == "contested"


# --- the store's side -------------------------------------------------------------------------


def test_stored_events_are_read_for_the_claims_span_and_matches_become_rows(
    synth: SimpleNamespace,
) -> None:
    asked: list[tuple[str, str]] = []

    def read(lo: str, hi: str) -> list[dict[str, Any]]:
        asked.append((lo, hi))
        return [{**_event().to_row(), "id": 9, "file": "a.csv", "imported_at": "now"}]

    claims = [_claim(synth), _claim(synth, date="2020-03-05"), _claim(synth, kind="background")]
    events = stored_events(read, claims)
    assert asked == [("2020-03-01", "2020-03-06")] and events[0].store_id == 9
    assert stored_events(read, claims[2:]) == [] and len(asked) == 1
    rows = match_rows(match(claims, events))
    assert rows == [
        {
            "key": (1, 0),
            "reference_id": 9,
            "score": 1.0,
            "agreeing": "; ".join(match(claims[:1], events)[0].agreeing),
            "conflicting": "",
        }
    ]


def test_acled_state_forces_are_the_state_and_unread_names_never_conflict(
    synth: SimpleNamespace,
) -> None:
    army = _claim(synth, agent="syrian_government_forces")
    (m,) = match([army], [_event(actor1="Military Forces of Syria (2000-)")])
    assert any(a.startswith("perpetrator syrian_government") for a in m.agreeing)
    unread = _event(actor1="Kestrel Brigade of Nowhere", actor2="Hayat Tahrir al Sham")
    (u,) = match([_claim(synth)], [unread])
    assert u.conflicting == () and not u.strong


def test_review_weighs_the_reference_matches(synth: SimpleNamespace) -> None:
    text = "Gunmen killed four workers at the mill."
    doc = synth.document(
        text, [synth.claim(0, text, date="2020-03-02", place="Riverton", killed=4)]
    )
    corpus = Corpus()
    corpus.add(facts_of(1, "a.example", "2020-03-03", doc), text)
    refs = reference_evidence(corpus.all_facts(), [_event()])
    (plain,) = review(corpus)
    (r,) = review(corpus, references=refs)
    assert plain.grades[(1, 0)].grade == "weak" and plain.references == {}
    assert r.grades[(1, 0)].grade == "fair" and r.references[(1, 0)].event.upstream_id == "XYZ1"


def test_vague_places_do_not_match_and_only_main_claims_compare_tolls(
    synth: SimpleNamespace,
) -> None:
    country = dataclasses.replace(_claim(synth), radius_km=1000.0)
    assert match([country], [_event()]) == []
    assert (
        match(
            [_claim(synth)],
            [_event(dataset="ucdp", event_type="one-sided violence", geo_precision=6)],
        )
        == []
    )
    part = dataclasses.replace(_claim(synth), main=False)
    (m,) = match([part], [_event(fatalities=40)])
    assert m.conflicting == () and not m.strong
    hedged = dataclasses.replace(_claim(synth), certainty="alleged")
    (h,) = match([hedged], [_event(fatalities=40)])
    assert h.conflicting and not h.strong


def _vague_claim(synth: SimpleNamespace, words: str, least: int) -> ClaimFacts:
    text = f"{words} in the attack on the mill."
    raw = synth.claim(0, text, date="2020-03-02", place="Riverton", agent="isis")
    raw["casualties"] = [
        {"outcome": "killed", "min": least, "max": None, "qualifier": "vague", "text": words}
    ]
    (claim,) = facts_of(1, "a.example", "2020-03-03", synth.document(text, [raw]))
    return claim


def test_a_vague_toll_is_compared_with_acled_as_acled_codes_its_words(
    synth: SimpleNamespace,
) -> None:
    dozens = _vague_claim(synth, "Dozens of people were killed", 24)
    assert dozens.killed == (24, None) and dozens.killed_acled == 12
    (coded,) = match([dozens], [_event(fatalities=12)])  # ACLED's own figure for "dozens"
    assert coded.conflicting == ()
    assert any(a.startswith("killed at least 24") for a in coded.agreeing)
    (counted,) = match([dozens], [_event(fatalities=30)])  # an exact count inside the range
    assert counted.conflicting == ()
    (fewer,) = match([dozens], [_event(fatalities=4)])
    assert fewer.conflicting == ("killed at least 24 vs 4 (ACLED XYZ1)",)
    hundreds = _vague_claim(synth, "Hundreds were killed", 200)
    (m,) = match([hundreds], [_event(fatalities=100)])
    assert m.conflicting == () and hundreds.killed_acled == 100


def test_ucdp_is_compared_with_the_range_only(synth: SimpleNamespace) -> None:
    dozens = _vague_claim(synth, "Dozens of people were killed", 24)
    one_sided = {"dataset": "ucdp", "event_type": "one-sided violence", "sub_event_type": None}
    ucdp = _event(**one_sided, fatalities=12, fatalities_low=12, fatalities_high=12)
    (m,) = match([dozens], [ucdp])
    assert m.conflicting == ("killed at least 24 vs 12 (UCDP XYZ1)",)
    wide = _event(**one_sided, fatalities=15, fatalities_low=10, fatalities_high=40)
    (m,) = match([dozens], [wide])
    assert m.conflicting == ()
