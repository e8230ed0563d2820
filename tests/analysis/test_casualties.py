"""Casualty figures: find_casualties (figures tied to outcomes) and headline_figures."""

from __future__ import annotations

import pytest

from warcheck import vocab
from warcheck.analysis.casualties import MAX_PLAUSIBLE, find_casualties
from warcheck.analysis.numbers import parse_number
from warcheck.analysis.tolls import headline_figures
from warcheck.model import CasualtyMention, Tolls


def one(text: str) -> CasualtyMention:
    """The single figure found in ``text``."""
    (c,) = find_casualties(text)
    return c


def figures(text: str) -> list[tuple[str, str, int | None, int | None]]:
    return [(c.outcome, c.group, c.min, c.max) for c in find_casualties(text)]


# --- numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expr", "value", "kind"),
    [
        ("58", 58, "exact"),
        ("1,200", 1200, "exact"),
        ("2.5 million", 2_500_000, "exact"),
        ("twenty-two", 22, "exact"),
        ("Seventy six", 76, "exact"),
        ("one hundred and twenty", 120, "exact"),
        ("a dozen", 12, "about"),
        ("dozens of", 24, "vague"),  # two dozen at least (ACLED codes 12)
        ("hundreds", 200, "vague"),  # two hundred at least (ACLED codes 100)
        ("tens of thousands of", 20_000, "vague"),
        ("scores of", 40, "vague"),
        ("several dozen", 24, "vague"),
        ("a number of", None, "vague"),
        ("several", None, "vague"),
    ],
)
def test_parse_number(expr: str, value: int | None, kind: str) -> None:
    assert parse_number(expr) == (value, kind)


# --- pattern shapes ------------------------------------------------------------------------


def test_passive_with_qualifier_and_tight_span() -> None:
    text = "On Monday at least 11 civilians were killed in the raid on the town."
    c = one(text)
    assert c.text == "at least 11 civilians were killed"
    assert (c.outcome, c.group, c.min, c.max, c.qualifier) == (
        "killed",
        "civilians",
        11,
        None,
        "at_least",
    )


def test_active_verb_before_the_figure() -> None:
    c = one("Syrian tanks shelled the city on Monday killing four civilians, residents said.")
    assert c.text == "killing four civilians"
    assert (c.outcome, c.group, c.min, c.max) == ("killed", "civilians", 4, 4)


def test_bare_figure_after_verb_needs_no_group() -> None:
    assert figures("Security forces killed 80 there, activists said.") == [
        ("killed", "unspecified", 80, 80)
    ]


def test_death_toll() -> None:
    c = one("The death toll rose to 58 on Tuesday.")
    assert c.text.startswith("death toll") and c.text.endswith("58")
    assert (c.outcome, c.min) == ("killed", 58)


def test_dead_and_head_nouns_that_carry_the_outcome() -> None:
    assert figures("The blast left 27 dead.") == [("killed", "unspecified", 27, 27)]
    assert figures("Rescuers recovered 12 bodies.")[0][:3] == ("killed", "unspecified", 12)
    assert figures("The raid caused 30 casualties.")[0][:2] == ("affected", "unspecified")
    assert figures("They found 23 massacre victims.")[0][:3] == ("killed", "unspecified", 23)


def test_killed_and_wounded_pairs() -> None:
    assert figures("The shelling killed 3 and wounded 14.") == [
        ("killed", "unspecified", 3, 3),
        ("injured", "unspecified", 14, 14),
    ]
    assert figures("Two people were killed and 8 others were injured.") == [
        ("killed", "unspecified", 2, 2),
        ("injured", "unspecified", 8, 8),
    ]
    assert figures("4 killed, 25 injured in rocket attacks") == [
        ("killed", "unspecified", 4, 4),
        ("injured", "unspecified", 25, 25),
    ]


def test_verb_of_the_next_figure_does_not_close_the_first() -> None:
    assert figures("A suicide bomber killed 30 people injured 90 on Monday.") == [
        ("killed", "unspecified", 30, 30),
        ("injured", "unspecified", 90, 90),
    ]


def test_including_children_and_women_take_the_outcome() -> None:
    found = figures("Seventy-six people, including 28 children and 5 women, were killed.")
    assert ("killed", "unspecified", 76, 76) in found
    assert ("killed", "children", 28, 28) in found
    assert ("killed", "women", 5, 5) in found


def test_among_them_and_of_them() -> None:
    found = figures("Air raids killed at least 27 people, among them four children.")
    assert ("killed", "children", 4, 4) in found
    found = figures("Strikes killed 25 civilians, six of them children.")
    assert ("killed", "children", 6, 6) in found
    found = figures("Fifty-eight people died, 11 of them children.")
    assert found == [("killed", "unspecified", 58, 58), ("killed", "children", 11, 11)]


def test_were_among_links_forward() -> None:
    found = figures("At least six children were among 12 civilians killed on Friday.")
    assert found == [("killed", "children", 6, None), ("killed", "civilians", 12, 12)]


def test_coordinated_objects_share_the_verb() -> None:
    found = figures("Air raids hit the town killing nine children and 14 others.")
    assert found == [("killed", "children", 9, 9), ("killed", "unspecified", 14, 14)]


def test_single_person_with_article() -> None:
    found = figures("A woman and her three children were killed when the bomb fell.")
    assert ("killed", "women", 1, 1) in found and ("killed", "children", 3, 3) in found


def test_groups() -> None:
    assert figures("31 ISIL terrorists were killed.")[0][1] == "fighters"
    assert figures("Four Turkish soldiers were killed.")[0][1] == "soldiers"
    assert figures("19 regime forces were killed.")[0][1] == "soldiers"
    assert figures("Five members of the same family were killed.")[0][1] == "civilians"
    assert figures("Three rescue workers have been killed.")[0][1] == "civilians"
    assert figures("70 members of ISIS were executed.")[0][1] == "fighters"


def test_other_outcomes() -> None:
    assert figures("The fighting forced 2 million people to flee.")[0][:2] == (
        "displaced",
        "unspecified",
    )
    assert figures("Dozens of civilians were arrested.")[0] == ("detained", "civilians", 24, None)
    assert figures("A number of people went missing.")[0] == ("missing", "unspecified", None, None)
    assert figures("Gunmen abducted more than 200 people.")[0][:3] == (
        "detained",
        "unspecified",
        200,
    )


def test_ranges_and_bounds() -> None:
    c = one("Between 20 and 30 fighters were killed.")
    assert (c.min, c.max, c.qualifier) == (20, 30, "range")
    c = one("10 to 15 soldiers were wounded.")
    assert (c.outcome, c.min, c.max, c.qualifier) == ("injured", 10, 15, "range")
    c = one("Up to 100 civilians were killed.")
    assert (c.min, c.max, c.qualifier) == (None, 100, "up_to")
    c = one("More than 200 people were killed.")
    assert (c.min, c.max, c.qualifier) == (200, None, "more_than")
    c = one("Nearly 50 people died.")
    assert (c.min, c.max, c.qualifier) == (50, 50, "about")


def test_vague_figures_are_open_ranges_from_the_least_they_mean() -> None:
    c = one("Hundreds of people were killed.")
    assert (c.min, c.max, c.qualifier) == (200, None, "vague")
    c = one("Scores were wounded.")
    assert (c.outcome, c.min, c.qualifier) == ("injured", 40, "vague")


@pytest.mark.parametrize(
    "text",
    [
        "A 12-year-old boy spoke to reporters.",
        "Resolution 2254 calls for a political transition.",
        "In 2015 3 rockets hit the town.",
        "About 45 percent of people support the plan.",
        "The attack came at 10:30 am.",
        "The five-year-old uprising drew men aged 12 to 60.",
        "The convoy moved on 18 September.",
        "Talks lasted two years and the war killed two years ago.",
        "The army captured 15 tanks and 3 villages.",
        "On August 21 2013 the attack happened.",
    ],
)
def test_no_false_positives(text: str) -> None:
    assert find_casualties(text) == []


def test_no_figures_in_seed_article(seed_text: str) -> None:
    assert find_casualties(seed_text) == []
    assert headline_figures([], seed_text) == Tolls()


def test_offsets_order_and_closed_vocabularies() -> None:
    text = (
        "Death toll in raid on Aleppo rises to 76. Seventy-six people, including 28 children, "
        "were killed and dozens wounded when helicopters dropped barrel bombs. Separately, "
        "rebels said they killed 19 regime soldiers and captured five others. Thousands fled."
    )
    found = find_casualties(text)
    assert len(found) >= 6
    assert [c.start for c in found] == sorted(c.start for c in found)
    for c in found:
        assert c.text == text[c.start : c.end]
        assert c.outcome in vocab.CASUALTY_OUTCOME
        assert c.group in vocab.CASUALTY_GROUP
        assert c.qualifier in vocab.NUMBER_QUALIFIER


def test_members_from_a_group_keep_their_outcome() -> None:
    c = one("Fourteen fighters from Jaish al-Islam were killed near Douma.")
    assert (c.outcome, c.group, c.min) == ("killed", "fighters", 14)
    assert c.text == "Fourteen fighters from Jaish al-Islam were killed"


def test_a_place_between_the_people_and_their_fate() -> None:
    c = one("Twenty people in Kilis have been killed by rockets.")
    assert (c.outcome, c.min) == ("killed", 20)


def test_in_after_an_outcome_word_names_the_event_not_the_people() -> None:
    c = one("28 dead in Daesh counterattack on regime forces")
    assert c.text == "28 dead" and c.outcome == "killed"


def test_an_absurd_figure_is_kept_without_bounds_and_warned_about() -> None:
    import warcheck

    text = "999999999999999999999 people were killed in Raqqa on Monday, activists said."
    analysis = warcheck.analyze(text)
    [mention] = analysis.casualties
    assert mention.text.startswith("999999999999999999999")
    assert mention.outcome == "killed"
    assert mention.min is None and mention.max is None
    assert any("not counted" in w and "10,000,000" in w for w in analysis.warnings)
    tolls = analysis.summary.casualties
    assert max(tolls.civilians, tolls.noncivilians) <= MAX_PLAUSIBLE


def test_a_figure_at_the_cap_is_still_a_count() -> None:
    [mention] = find_casualties(f"{MAX_PLAUSIBLE} people were killed.")
    assert mention.min == MAX_PLAUSIBLE


def test_hundreds_of_digits_do_not_overflow() -> None:
    found = find_casualties("1" * 500 + " civilians were killed.")
    assert all(m.min is None and m.max is None for m in found)


def test_cue_and_number_words_at_the_very_start_and_inside_words() -> None:
    found = find_casualties("Killing 12 civilians, the raid ended. Skilled 40 men were hired.")
    assert [(c.min, c.outcome) for c in found] == [(12, "killed")]
    found = find_casualties("12 people were killed and twelve were wounded.")
    assert [(c.min, c.outcome) for c in found] == [(12, "killed"), (12, "injured")]
