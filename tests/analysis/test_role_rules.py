"""Role rules: the words around one actor mention decide its role in the clause."""

from __future__ import annotations

from warcheck.analysis.role_rules import mention_role, tells_of
from warcheck.model import ActorMention, Span


def role(text: str, words: str, kind: str = "armed_group", trigger: str | None = None) -> str:
    """The role of the actor named by ``words`` in ``text`` (trigger: a word of the event)."""
    start = text.index(words)
    m = ActorMention(start, start + len(words), words, actor_id="x", kind=kind)
    at = text.index(trigger) if trigger else None
    return mention_role(text, m, at, False, ())


def test_weapons_after_an_actor_make_it_the_doer() -> None:
    assert role("Russian warplanes struck the town", "Russian", "state_force") == "agent"


def test_by_and_a_deed_after_make_the_doer() -> None:
    assert role("The town was shelled by ISIS on Monday", "ISIS", trigger="shelled") == "agent"
    assert role("Yesterday ISIS stormed the village", "ISIS", trigger="stormed") == "agent"


def test_who_was_hurt_or_hit_is_the_target() -> None:
    assert role("Two ISIS members were killed in the raid", "ISIS") == "target"
    assert role("Jets carried out strikes on ISIS positions", "ISIS", trigger="strikes") == (
        "target"
    )


def test_civilians_are_never_the_doer() -> None:
    assert role("civilians fired on the checkpoint", "civilians", "civilians") == "target"


def test_a_supporter_is_an_ally() -> None:
    assert role("the SDF, backed by the coalition, took the town", "coalition") == "ally"


def test_an_onlooker_or_a_photo_credit_takes_no_part() -> None:
    assert role("The government has not commented on the bombing", "government", "government") == ""
    assert role("a photo provided by the White Helmets shows the site", "White Helmets") == ""


def test_a_mention_inside_a_casualty_figure_is_hit() -> None:
    text = "An air strike killed 20 ISIS fighters"
    start = text.index("ISIS")
    m = ActorMention(start, start + 4, "ISIS", actor_id="x", kind="armed_group")
    figure = Span(text.index("20"), len(text), "20 ISIS fighters")
    assert mention_role(text, m, text.index("strike"), False, (figure,)) == "target"


def test_two_sided_events_have_an_agent_and_a_side_fought_against() -> None:
    text = "rebels clashed with the army while fighting against ISIS"
    m = ActorMention(text.index("ISIS"), len(text), "ISIS", actor_id="x", kind="armed_group")
    assert mention_role(text, m, text.index("clashed"), True, ()) == "target"
    rebels = ActorMention(0, 6, "rebels", actor_id="y", kind="armed_group")
    assert mention_role(text, rebels, text.index("clashed"), True, ()) == "agent"


def test_tells_of_answers_for_each_text_it_is_asked_about() -> None:
    # Answers are kept for the last text; another text at the same offsets gets its own.
    told = "The rebels reported barrel bombs on the town."
    fought = "The rebels attacked government positions nearby."
    mention = ActorMention(4, 10, "rebels", actor_id="opposition", kind="armed_group")
    assert tells_of(told, mention)
    assert not tells_of(fought, mention)
    assert tells_of(told, mention)


def test_role_words_count_in_any_case_and_with_dotted_or_dotless_i() -> None:
    # The word tests before the look-behind patterns must let through what the
    # case-insensitive patterns match: "WITH", "wıth" (dotless), "wİTH" (dotted).
    for words in ("embedded with", "EMBEDDED WITH", "embedded w\u0131th", "embedded w\u0130TH"):
        assert role(f"A journalist {words} US forces was hit", "US", "state_force", "hit") == ""
    assert role("A journalist in US forces was hit", "US", "state_force", "hit") == "target"
    for text in ("The town was hit by the regime", "THE TOWN WAS HIT BY THE REGIME"):
        words = text[-6:]
        assert role(text, words, "state_force", text.split()[3]) == "agent"
    assert role("The town was hit near the regime", "regime", "state_force", "hit") == "target"
