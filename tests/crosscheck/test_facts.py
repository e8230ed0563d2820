from __future__ import annotations

from types import SimpleNamespace

import warcheck
from warcheck.crosscheck.facts import FAMILY, day, facts_of
from warcheck.vocab import EVENT_FAMILY, EVENT_TYPE


def test_every_event_type_has_a_defined_family() -> None:
    assert set(FAMILY) == set(EVENT_TYPE) - {"other"}
    assert set(FAMILY.values()) <= set(EVENT_FAMILY)


def test_facts_of_a_synthetic_document(synth: SimpleNamespace) -> None:
    doc = synth.document(
        "text",
        [
            synth.claim(
                0,
                "Gunmen killed 4 in Riverton on Monday.",
                date="2020-03-02",
                place="Riverton",
                killed=4,
                agent="gang_a",
            ),
            synth.claim(
                1,
                "Violence has gone on since 2011.",
                date="2011-12-31",
                date_from="2011-01-01",
                precision="year",
            ),
        ],
    )
    main, old = facts_of(7, "example.com", "2020-03-03", doc)
    assert main.key == (7, 0) and main.main and not old.main
    assert main.family == "violence_against_civilians" and main.violent
    assert main.day_from == main.day_to == day("2020-03-02") and main.day_precise
    assert main.place == "Riverton" and main.radius_km == 15.0
    assert main.killed == (4, 4) and main.agents == ("gang_a",)
    assert not main.background and old.background  # "since 2011" is background
    assert "riverton" in main.terms


def test_an_undated_claim_reaches_back_from_publication(synth: SimpleNamespace) -> None:
    doc = synth.document("text", [synth.claim(0, "A man was shot.")])
    (f,) = facts_of(1, None, "2020-03-10", doc)
    assert f.day_to == day("2020-03-10") and f.day_from is not None and f.day_from < f.day_to
    assert not f.day_precise and not f.background


def test_facts_of_a_real_analysis() -> None:
    text = "Gunmen shot dead three people in Kinston on Thursday, police said."
    doc = warcheck.analyze(text, published="2016-04-01").to_dict()
    facts = facts_of(3, "wncn.com", "2016-04-01", doc)
    assert facts and sum(f.main for f in facts) == 1
    main = next(f for f in facts if f.main)
    assert main.killed is not None and main.killed[0] == 3
    assert main.outlet == "wncn.com" and main.article_id == 3
