"""The actor-mention finder: names, aliases, partisan labels and their resolution."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from warcheck import knowledge, vocab
from warcheck.analysis.actors import find_actors, find_operations, infer_camps
from warcheck.model import ActorMention
from warcheck.read.sentences import split_sentences

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _find(text: str, outlet_camp: str | None = None) -> list[ActorMention]:
    return find_actors(text, split_sentences(text), outlet_camp)


def _ids(text: str, outlet_camp: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.actor_id) for m in _find(text, outlet_camp)]


def _fakes_texts() -> list[str]:
    with (FIXTURES / "fakes-sample.csv").open(encoding="utf-8", newline="") as fh:
        return [row["article_content"] for row in csv.DictReader(fh)]


def _check_wellformed(text: str, mentions: list[ActorMention]) -> None:
    last_end = -1
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.start >= last_end, "mentions overlap or are unsorted"
        last_end = m.end
        assert m.resolved_by in vocab.ACTOR_RESOLUTION
        assert 0 < m.confidence <= 1
        if m.resolved_by == "context":
            assert m.confidence < 1 and m.actor_id
        if m.resolved_by in ("label", "context", "unresolved"):
            assert m.label
            # A label that several camps use is credited to none of them unless the
            # article's camp is one (camp tallies must not favour the first camp listed).
            users = {u.camp for u in knowledge.label_uses(m.label)}
            assert m.label_camp in vocab.CAMPS or (m.label_camp is None and len(users) > 1)
        if m.actor_id is not None:
            assert m.name and m.kind in vocab.ACTOR_KIND
        else:
            assert m.resolved_by in ("unresolved", "unknown") and m.name


# --- the seed article ------------------------------------------------------------------------


def test_seed_partisan_labels(seed_text: str) -> None:
    mentions = _find(seed_text)
    _check_wellformed(seed_text, mentions)
    gov_forms = ("baathist", "ba'athist", "ba’athist", "syrian regime", "syrian army")
    gov = [m for m in mentions if any(f in m.text.lower() for f in gov_forms)]
    assert len(gov) >= 8
    for m in gov:
        assert m.actor_id == "syrian_government_forces"
        assert m.label
    assert all(
        m.label_camp == "kurdish" for m in gov if "th" in m.text.lower() and "ba" in m.text.lower()
    )


def test_seed_mercenaries_resolve_to_isis(seed_text: str) -> None:
    merc = [m for m in _find(seed_text) if "mercenar" in m.text.lower()]
    assert len(merc) >= 6
    assert sum(m.actor_id == "isis" for m in merc) >= 0.75 * len(merc)
    assert all(m.resolved_by == "context" and m.confidence < 1 for m in merc)
    assert all(m.label_camp == "kurdish" for m in merc)


def test_seed_names(seed_text: str) -> None:
    mentions = _find(seed_text)
    sdf = [m for m in mentions if m.text.lower() in ("syrian democratic forces", "sdf")]
    assert len(sdf) == 5 and all(m.actor_id == "sdf" and m.resolved_by == "alias" for m in sdf)
    assert [m.actor_id for m in mentions if m.text == "ISIS"] == ["isis"] * 4
    assert not any(m.text == "Syrian" for m in mentions)


def test_seed_camp_and_operation(seed_text: str) -> None:
    camps = infer_camps(seed_text)
    assert next(iter(camps)) == "kurdish"
    assert infer_camps(_find(seed_text))["kurdish"] >= 5
    ops = find_operations(seed_text)
    assert [o.operation_id for o in ops] == ["jazeera_storm"]
    assert not any(m.actor_id == "al_jazeera" for m in _find(seed_text))


# --- matching --------------------------------------------------------------------------------


def test_longest_match_wins() -> None:
    assert _ids("The Syrian Democratic Forces advanced.") == [("Syrian Democratic Forces", "sdf")]
    assert _ids("The Free Syrian Army attacked.") == [("Free Syrian Army", "fsa")]
    assert _ids("Bashar al-Assad regime forces") == [
        ("Bashar al-Assad regime", "syrian_government_forces")
    ]


@pytest.mark.parametrize(
    "form", ["Ba’athist army", "Ba'athist army", "Baathist army", "BA'ATHIST ARMY"]
)
def test_apostrophe_variants(form: str) -> None:
    (m,) = _find(f"Clashes with the {form} continued.")
    assert m.actor_id == "syrian_government_forces" and m.label_camp == "kurdish" and m.text == form


@pytest.mark.parametrize(
    "form",
    ["Turkish-backed mercenaries", "Turkish backed mercenaries", "Turkish–backed mercenaries"],
)
def test_hyphen_variants(form: str) -> None:
    (m,) = _find(f"{form} looted the village.")
    assert (m.actor_id, m.resolved_by, m.label_camp) == ("sna", "label", "kurdish")


def test_case_sensitive_acronyms() -> None:
    assert _ids("Fighters of IS attacked.") == [("IS", "isis")]
    assert _ids("It is clear. Is it?") == []
    assert _ids("THE TRUTH IS OUT THERE") == []
    assert _ids("The SDF, IS and the YPG") == [("SDF", "sdf"), ("IS", "isis"), ("YPG", "ypg")]
    assert _ids("He told us to leave the US.") == [("US", "united_states")]


def test_false_positives_avoided() -> None:
    assert _ids("The army of volunteers, regime change and the ceasefire regime.") == []
    assert _ids("The crisis deepened; the army barracks stood.") == []
    assert _ids("President Hafez al-Assad died in 2000.") == [
        ("President Hafez al-Assad", "hafez_al_assad")
    ]
    assert _ids("a pro-Assad newspaper") == []
    assert _ids("The Britain-based Observatory said.") == [("Britain-based Observatory", "sohr")]


def test_person_versus_forces() -> None:
    assert _ids("Assad spoke.") == [("Assad", "bashar_al_assad")]
    assert _ids("Assad forces shelled Douma.") == [("Assad forces", "syrian_government_forces")]
    assert _ids("Assads forces shelled Douma.") == [("Assads forces", "syrian_government_forces")]
    merged = _ids("Forces loyal to President Bashar al-Assad advanced.")
    assert merged == [("Forces loyal to President Bashar al-Assad", "syrian_government_forces")]
    assert _ids("Putin's warplanes struck.") == [("Putin's warplanes", "russian_forces")]


def test_army_of_the_regime_is_one_mention() -> None:
    (m,) = _find("The army of the Baathist regime retreated.")
    assert m.text == "The army of the Baathist regime" and m.actor_id == "syrian_government_forces"
    assert m.label == "Baathist regime" and m.label_camp == "kurdish"


def test_demonyms_need_a_military_noun() -> None:
    assert _ids("Russian warplanes and Turkish troops") == [
        ("Russian warplanes", "russian_forces"),
        ("Turkish troops", "turkish_armed_forces"),
    ]
    assert _ids("Russian airstrikes hit Idlib.") == [("Russian", "russian_forces")]
    assert _ids("Russian officials and Turkish media") == []


def test_arabic_forms() -> None:
    assert [m.actor_id for m in _find("قالت قسد إن داعش هاجم")] == ["sdf", "isis"]


# --- resolving ambiguous labels ----------------------------------------------------------------


def test_inferred_camp_without_outlet() -> None:
    text = (
        "The Baathist regime and the occupying Turkish state attacked the liberated areas. "
        "Our forces responded."
    )
    assert next(iter(infer_camps(text))) == "kurdish"
    assert _find(text)[-1].actor_id == "sdf"
    sana = (
        "Army units destroyed terrorist hideouts in Damascus Countryside "
        "and restored security and stability."
    )
    assert next(iter(infer_camps(sana))) == "syrian_government"


# --- robustness ----------------------------------------------------------------------------


def test_empty_and_plain_text() -> None:
    assert find_actors("", []) == []
    assert find_actors("Nothing to see here.", []) == []
    assert infer_camps("") == {}


def test_fakes_sample_wellformed() -> None:
    texts = _fakes_texts()
    assert len(texts) >= 20
    found = 0
    for text in texts:
        mentions = find_actors(text, split_sentences(text))
        _check_wellformed(text, mentions)
        found += len(mentions)
    assert found >= 5 * len(texts)


def test_places_named_after_assad_are_not_the_president() -> None:
    text = "Shells hit al-Assad residential suburb and Khan al-Assad. President al-Assad spoke."
    assert [(m.text, m.actor_id) for m in _find(text)] == [
        ("President al-Assad", "bashar_al_assad")
    ]
