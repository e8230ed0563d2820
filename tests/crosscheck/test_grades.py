"""The checks of issue 10 on made-up reports: contested, fair, weak, one origin for copies."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from warcheck import vocab
from warcheck.crosscheck import Corpus, facts_of, review
from warcheck.crosscheck.review import IncidentReview

STORY = (
    "Gunmen of the Kestrel Brigade stormed the Halvorsen textile mill in Riverton on Monday "
    "and killed four workers, police said. Witnesses said the attackers arrived in two white "
    "pickups and set fire to the Oyelaran warehouse before fleeing towards the Kettleby ravine. "
    "The mill had reopened in January after a long strike, and its owners had asked the "
    "provincial governor for more guards after threats were painted on the gates last month. "
    "Relatives of the dead gathered outside the morgue on Tuesday while investigators searched "
    "the burned warehouse for shell casings and the pickups were still being sought."
)
OTHER_STORY = (
    "Gunmen stormed the Halvorsen textile mill in Riverton on Monday, killing four workers, "
    "a hospital official told reporters. The attackers set the Oyelaran warehouse on fire and "
    "escaped in pickups towards the Kettleby ravine, according to residents."
)


def _doc(synth: SimpleNamespace, text: str, **facts: Any) -> dict[str, Any]:
    values = {"date": "2020-03-02", "place": "Riverton", "killed": 4, "agent": "kestrel"}
    values.update(facts)
    return synth.document(text, [synth.claim(0, text.split(". ")[0], **values)])


def _review(synth: SimpleNamespace, *articles: tuple[str, str, dict[str, Any]]) -> IncidentReview:
    corpus = Corpus()
    for aid, (outlet, text, facts) in enumerate(articles, 1):
        corpus.add(facts_of(aid, outlet, "2020-03-03", _doc(synth, text, **facts)), text)
    (incident,) = [r for r in review(corpus) if len(r.claims) > 0]
    return incident


def _kinds(r: IncidentReview) -> dict[str, list[str]]:
    return {c.kind: [v.value for v in c.values] for c in r.contradictions}


def test_reports_disagreeing_on_the_perpetrator_are_contested(synth: SimpleNamespace) -> None:
    r = _review(
        synth,
        ("a.example", STORY, {}),
        ("b.example", OTHER_STORY, {"agent": "heron"}),
    )
    assert _kinds(r) == {"perpetrator": ["heron", "kestrel"]}
    assert {g.grade for g in r.grades.values()} == {"contested"}
    (named,) = r.grades[1, 0].evidence.conflicting
    assert "kestrel (a.example)" in named and "heron (b.example)" in named


def test_reports_disagreeing_on_the_toll_are_contested_with_who_gives_each(
    synth: SimpleNamespace,
) -> None:
    r = _review(synth, ("a.example", STORY, {}), ("b.example", OTHER_STORY, {"killed": 11}))
    (disputed,) = r.contradictions
    assert disputed.kind == "killed"
    assert [(v.value, v.outlets) for v in disputed.values] == [
        ("11", ("b.example",)),
        ("4", ("a.example",)),
    ]
    assert r.grades[2, 0].grade == "contested"


def test_figures_within_the_tolerance_agree(synth: SimpleNamespace) -> None:
    r = _review(synth, ("a.example", STORY, {}), ("b.example", OTHER_STORY, {"killed": 5}))
    assert r.contradictions == ()
    assert {g.grade for g in r.grades.values()} == {"fair"}


def test_an_altered_rewrite_is_one_incident_with_the_changes_named(
    synth: SimpleNamespace,
) -> None:
    altered = (
        STORY.replace("Kestrel", "Heron").replace("four", "twelve").replace("Riverton", "Hillside")
    )
    r = _review(
        synth,
        ("a.example", STORY, {}),
        ("b.example", altered, {"agent": "heron", "killed": 12, "place": "Hillside"}),
    )
    assert len({f.article_id for f in r.claims}) == 2  # one incident
    assert set(_kinds(r)) == {"perpetrator", "killed", "place"}
    assert len(r.origins) == 1 and r.origins[0].links == ("same text",)
    assert {g.grade for g in r.grades.values()} == {"contested"}


def test_a_verbatim_copy_is_one_origin_graded_weak(synth: SimpleNamespace) -> None:
    r = _review(synth, ("a.example", STORY, {}), ("b.example", STORY, {}))
    (origin,) = r.origins
    assert origin.articles == (1, 2) and "same text" in origin.links
    assert r.contradictions == ()
    assert {g.grade for g in r.grades.values()} == {"weak"}
    assert r.grades[1, 0].evidence.origins == 1


def test_two_independent_reports_that_agree_are_fair(synth: SimpleNamespace) -> None:
    r = _review(synth, ("a.example", STORY, {}), ("b.example", OTHER_STORY, {}))
    assert len(r.origins) == 2 and r.contradictions == ()
    g = r.grades[1, 0]
    assert g.grade == "fair" and g.credibility == "2"
    assert g.evidence.articles == (2,) and "killed 4 (b.example)" in g.evidence.agreeing


def test_a_lone_report_is_weak(synth: SimpleNamespace) -> None:
    r = _review(synth, ("a.example", STORY, {}))
    g = r.grades[1, 0]
    assert (g.grade, g.credibility, g.reliability) == ("weak", "3", "F")  # unknown outlet
    assert r.camps == {1: "unknown camp"}


def test_a_claim_of_responsibility_confirms(synth: SimpleNamespace) -> None:
    text = STORY + " The Kestrel Brigade said it carried out the attack."
    doc = synth.document(
        text,
        [
            synth.claim(
                0,
                STORY.split(". ")[0],
                date="2020-03-02",
                place="Riverton",
                agent="kestrel",
                killed=4,
            ),
            synth.claim(
                1,
                "The Kestrel Brigade said it carried out the attack.",
                event_type="claim_responsibility",
                agent="kestrel",
                date="2020-03-02",
                kind="statement",
            ),
        ],
    )
    corpus = Corpus()
    corpus.add(facts_of(1, "a.example", "2020-03-03", doc), text)
    (r,) = review(corpus)
    assert r.grades[1, 0].grade == "confirmed"


def test_grades_and_codes_are_defined_in_the_vocabulary(synth: SimpleNamespace) -> None:
    r = _review(synth, ("a.example", STORY, {}), ("b.example", OTHER_STORY, {"killed": 11}))
    for g in r.grades.values():
        assert g.grade in vocab.GRADE
        assert g.reliability in vocab.ADMIRALTY_RELIABILITY
        assert g.credibility in vocab.ADMIRALTY_CREDIBILITY
    assert {c.kind for c in r.contradictions} <= set(vocab.CONTRADICTION_KIND)
    assert set(r.camps.values()) <= set(vocab.OUTLET_CAMP)
