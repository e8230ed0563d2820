"""The article summary: typed records whose JSON keeps the shape the corpus store reads."""

from __future__ import annotations

from dataclasses import fields

import warcheck
from warcheck import vocab
from warcheck.analysis.pipeline import STAGES, analyze_article
from warcheck.model import MainEvent, MainPlace, PlaceMention, Sourcing, Summary, Tolls
from warcheck.read.article import read

STRIKE = (
    "Warplanes struck a market in the town of Saraqeb in Idlib province on Sunday, killing "
    "at least 12 civilians including three children, the Syrian Observatory for Human "
    "Rights said.\n\nThe government denied targeting civilians."
)


def test_summary_is_typed_records() -> None:
    s = warcheck.analyze(STRIKE, published="2017-03-14").summary
    assert isinstance(s, Summary)
    assert isinstance(s.main_place, MainPlace) and s.main_place.governorate == "Idlib"
    assert isinstance(s.main_event, MainEvent)
    assert s.main_event.event_type == "air_drone_strike"
    assert s.casualties == Tolls(civilians=12, children=3)
    assert isinstance(s.sourcing, Sourcing) and s.sourcing.independent >= 1


def test_json_keys_are_the_summary_fields_in_order(seed: warcheck.Analysis) -> None:
    doc = seed.to_dict()["summary"]
    assert list(doc) == [f.name for f in fields(Summary)]
    place_keys = [f.name for f in fields(PlaceMention)]
    assert list(doc["main_place"]) == [*place_keys, "governorate"]
    assert list(doc["main_event"]) == [f.name for f in fields(MainEvent)]
    assert isinstance(doc["main_event"]["casualties"], list)
    assert isinstance(doc["main_event"]["source_types"], list)


def test_sourcing_counts_every_claim_once(seed: warcheck.Analysis) -> None:
    assert seed.summary is not None
    assert sum(seed.summary.sourcing.to_dict().values()) == len(seed.claims)


def test_main_event_points_at_its_claim(seed: warcheck.Analysis) -> None:
    assert seed.summary is not None and seed.summary.main_event is not None
    event = seed.summary.main_event
    claim = seed.claims[event.claim]
    assert (claim.start, claim.end, claim.event_type) == (event.start, event.end, event.event_type)
    assert event.source_types == tuple(s.type for s in claim.sources)


def test_perpetrator_found_in_is_from_the_vocabulary() -> None:
    text = (
        "Barrel bombs hit Aleppo\n\nBarrel bombs dropped on the Sukkari district of Aleppo on "
        "Monday killed nine civilians, rescuers said."
    )
    summary = warcheck.analyze(text, published="2016-05-03").summary
    assert summary is not None and summary.main_event is not None
    found = summary.main_event.perpetrator_from
    assert found and any(found == k or found.startswith(f"{k} (") for k in vocab.PERPETRATOR_FROM)


def test_camps_use_the_camp_vocabulary(seed: warcheck.Analysis) -> None:
    assert seed.summary is not None
    assert seed.summary.camps and set(seed.summary.camps) <= set(vocab.CAMPS)
    assert set(seed.summary.label_camps) <= set(vocab.CAMPS)


def test_without_the_summary_stage_the_summary_is_null() -> None:
    stages = [s for s in STAGES if s.name != "summary"]
    a = analyze_article(read("Warplanes struck Aleppo on Monday."), stages)
    assert a.summary is None
    assert a.to_dict()["summary"] is None
