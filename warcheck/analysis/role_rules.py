"""Role rules: the words around one actor mention that make it the doer or the one hit.

:func:`mention_role` applies them in order, for :func:`warcheck.analysis.roles.participants`:
weapons after the actor ("X warplanes"), a casualty figure around it, a supporter
("backed by X"), the two sides of a clash, then the actors that take no part (an
onlooker, a victim's companion, a photo credit, a relative clause after the
event), then "by X", "X shelled", who was hurt, the subject of a passive
trigger, "X fighters", "on X", and failing all these the side of the trigger.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warcheck import knowledge
from warcheck.knowledge import lexicons
from warcheck.model import ActorMention, Span


def _words(key: str) -> str:
    """The role words of a ``role_words.json`` table, as a regex alternation."""
    return lexicons.pattern("role_words", key)


def _initials(terms: Sequence[str]) -> str:
    """A look-ahead on the first letters of ``terms`` (``(?=[abc])``), or "" if one is not a letter.

    Put before an alternation that a pattern tries at every position of the words before
    an actor, so that most positions fail on one test instead of one per term. For
    case-insensitive patterns.
    """
    firsts = {t[:1].lower() for t in terms}
    if not all(c.isalpha() for c in firsts):
        return ""
    return f"(?=[{''.join(sorted(firsts))}])"


def _leading(key: str) -> str:
    """The words of a ``role_words.json`` table as an alternation led by :func:`_initials`."""
    return _initials(lexicons.terms("role_words", key)) + f"(?:{_words(key)})"


# "by X" names the doer, but not in "held by X", "controlled by X" (who holds a place);
# "fire from X" too, but not "fighters from X" (X's members). The look-behinds follow the
# word they guard, so that they are tried only where it is (the patterns are searched
# at every position of the words before an actor).
_BY_BEFORE = re.compile(
    r"\bby(?<!held by)(?<!controlled by)(?<!run by)(?<!besieged by)(?<!surrounded by)"
    r"\s+(?:the\s+)?(?:\w+\s+){0,2}$"
    r"|\bfrom(?<!fighters from)(?<!members from)(?<!militants from)(?<!soldiers from)"
    r"(?<!troops from)\s+(?:the\s+)?(?:\w+\s+){0,2}$",
    re.I,
)
# "of X" marks the target ("the shelling of X"), but not after a member noun ("members of X").
_TARGET_WORDS = (
    *("on", "against", "targeting", "targeted", "at", "into", "toward", "towards"),
    "of(?<!members of)(?<!member of)(?<!fighters of)(?<!militants of)(?<!units of)"
    "(?<!leaders of)(?<!leader of)",
    *("killing", "killed", "hit", "hitting", "struck", "striking", "attacked", "attacking"),
    "between",
)
_TARGET_BEFORE = re.compile(
    rf"\b{_initials(_TARGET_WORDS)}(?:{'|'.join(_TARGET_WORDS)})"
    r"\s+(?:the\s+)?(?:\w+\s+){0,2}$",
    re.I,
)


def _by_first_letter(terms: list[str]) -> str:
    """An alternation of ``terms`` grouped by their first letter, for a faster regex.

    For case-insensitive patterns whose match is used as a yes/no answer only: the
    grouping keeps the language of the alternation, not the order its terms are tried in.
    """
    groups: dict[str, list[str]] = {}
    whole: list[str] = []  # a term opening with regex syntax is kept whole
    for term in terms:
        if term[:1].isalnum():
            groups.setdefault(term[0].lower(), []).append(term[1:])
        else:
            whole.append(term)
    grouped = [f"{first}(?:{'|'.join(rest)})" for first, rest in sorted(groups.items())]
    return "|".join(grouped + whole)


# Weapons and means named right after an actor make it the doer ("Russian warplanes",
# "ISIS rockets"): the "means" among actors.json's military nouns (all patterns using them
# answer yes or no).
_MEANS = _by_first_letter(
    sorted({n.replace(" ", r"\s?") for n in knowledge.military_nouns("means")}, key=len)[::-1]
)
_WEAPON_AFTER = re.compile(
    r"^[\s'’s]*(?:-?led\s+|-?backed\s+)?(?:\w+\s+){0,2}?(?:" + _MEANS + r")\b", re.I
)
# The first of two sides sharing the means: "Turkish Armed Forces (TSK) and U.S.-led coalition
# operation", "Turkish artillery and coalition jets".
_JOINT_WEAPON_AFTER = re.compile(
    r"(?:\s*\([^()]{1,15}\))?\s+and\s+(?:the\s+)?(?:[\w.'’-]+\s+){1,3}?(?:" + _MEANS + r")\b",
    re.I,
)
# Combat members named right after an actor ("ISIS fighters") may be doers or victims. Not
# the military nouns' "members": "advisers", "personnel" or "officers" rarely act in a claim,
# and "fighters", "militants" or "gunmen" also name non-state members.
_MEMBERS_AFTER = re.compile(
    rf"^[\s'’s]*(?:-?led\s+|-?backed\s+)?(?:\w+\s+)?(?:{_words('member_nouns')})\b", re.I
)


# An actor that speaks or stands by in the clause, rather than acting: "the government has not
# commented on the bombing", "regime soldiers stand at the site of an explosion".
_ONLOOKER_AFTER = re.compile(
    r"^(?:'s|s)?\s+(?:\w+\s+)?(?:has\s+|have\s+|had\s+)?(?:not\s+)?"
    rf"(?:{_words('onlooker_verbs')})\b",
    re.I,
)
# Who tells of the deed: "Rebels and activists have reported barrel bombs", "the SDF said".
_REPORTER_AFTER = re.compile(
    r"(?:'s|s)?(?:\s*(?:,|and)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
    rf"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:{_words('reporter_verbs')})\b",
    re.I,
)
# What was struck, named after the deed's word: "jets bombed Hezbollah targets".
_STRUCK_AFTER = re.compile(rf"^\s+(?:{_words('struck_nouns')})\b", re.I)
# "Jordanian police station attack", "Turkish army convoy bombing": X's place was hit.
_STRUCK_BEFORE_MEANS = re.compile(
    rf"^\s+(?:\w+\s+)?(?:{_words('struck_nouns')})\s+(?:{_MEANS})\b", re.I
)
# "claimed the attack on behalf of ISIS": the one claimed for is the doer.
_BEHALF_BEFORE = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?$", re.I)
# A passive trigger ("were killed", "was hit"): the subject before it is the one hit.
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|be|is|are|got|get)\s+(?:\w+ly\s+|also\s+|all\s+)?$", re.I
)
_AGAINST_BEFORE = re.compile(
    rf"\b{_leading('fight_words')}"
    rf"\s+(?:the\s+)?(?:(?:{_words('target_positions')})\s+of\s+"
    r"(?:the\s+)?)?$",
    re.I,
)


def _agent_phrase_before(verbs: str, preps: str = "by") -> re.Pattern[str]:
    """A pattern for "<verb> <prep> (the) (up to three words)" ending just before an actor.

    ``verbs`` names the ``role_words.json`` table of the verbs.
    """
    return re.compile(
        rf"\b{_leading(verbs)}\s+(?:{preps})\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}$",
        re.IGNORECASE,
    )


# A supporter of the side just named: "the SDF, supported by coalition aircraft led by the US".
_ALLY_BEFORE = _agent_phrase_before("ally_verbs")
# A relative clause opening just before the actor: "the area from which rebels launched ...".
_RELATIVE_BEFORE = re.compile(r"\b(?:from|in|at|on|to)?\s*(?:which|where|whose)\s+$", re.I)
_WH = re.compile("wh", re.I)  # what every match of _RELATIVE_BEFORE has: a quicker test
# A picture's or a video's credit: "a photo provided by the White Helmets".
_CREDIT_BEFORE = _agent_phrase_before("credit_verbs", "by|of")
# Who was with the people hit, not against them: "embedded with US Special Forces".
_COMPANION_BEFORE = re.compile(
    rf"\b{_leading('companion_verbs')}\s+"
    r"(?:alongside|with)\s+(?:the\s+)?$|\balongside\s+(?:the\s+)?$",
    re.I,
)
# Who died, was hurt or took the blows: "a US serviceman, 36, died", "two Russian advisers
# were wounded", "terrorist organisations are receiving more strikes", "came under fire".
_HURT_AFTER = re.compile(
    r"(?:\s+\w+)?(?:,[^;]{0,80}?,)?\s+(?:\w+\s+){0,2}?(?:died|perished|"
    r"(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    r"(?:killed|wounded|injured|hurt|martyred)|"
    r"(?:(?:is|are|was|were|has|have|had)\s+)?(?:receiving|received|suffered|suffering|sustained|"
    r"(?:came|come|comes|coming)\s+under))\b",
    re.I,
)
# The deed right after an actor, past tense in reports and present tense in headlines
# ("rebels shell Assad rally", "ISIS attacks Kurdish-held town").
_DEED_AFTER = re.compile(rf"^\s+(?:has\s+|have\s+|had\s+)?(?:{_words('deed_verbs')})\b", re.I)


def _folded(before: str) -> str:
    """``before`` case-folded, for quick tests that a case-insensitive pattern may match.

    A word found in the folded text is a necessary condition of a match: every character
    that IGNORECASE matches to a letter folds to that letter, but the dotless "ı" (kept as
    it is) and the dotted "İ" ("i" and a combining dot), which both match "i": they are
    made a plain "i" here.
    """
    return before.casefold().replace("ı", "i").replace("\u0307", "")


def mention_role(
    text: str,
    m: ActorMention,
    trigger: int | None,
    two_sided: bool,
    victims: Sequence[Span],
) -> str:
    """Guess the role of one actor mention in its clause from the words around it.

    "X warplanes", "X shelling" make X the doer. Otherwise ``victims``, the
    casualty figures of the sentence, decide: an actor named inside one ("20
    ISIS fighters killed") is a target. Then "by X" and "X shelled" make X the
    doer; before a passive trigger ("ISIS fighters were killed") X is the
    target; "X fighters" make X the doer, "on X" and "against X" the target.
    An actor that only speaks or stands by ("the government has not commented
    on the bombing", "soldiers stand at the site of an explosion") has no role:
    the empty string; so does one that tells of the deed ("rebels and activists
    reported barrel bombs"). A supporter ("backed by X") is ``"ally"``: an agent that
    is never the other side.
    """
    if m.kind == "civilians":
        return "target"
    before = text[max(0, m.start - 40) : m.start]
    folded = _folded(before)
    after = text[m.end : m.end + 40]
    if tells_of(text, m):
        return ""  # "Rebels and activists have reported barrel bombs": they tell of it
    if _STRUCK_BEFORE_MEANS.match(after):
        return "target"  # "Jordanian police station attack": the station was hit
    if _names_means(text, m, after):
        return "agent"
    if any(c.start <= m.start and m.end <= c.end for c in victims):
        return "target"
    if "by" in folded and _ALLY_BEFORE.search(before):
        return "ally"
    if two_sided:
        return "target" if _AGAINST_BEFORE.search(before) else "agent"
    if _is_aside(m, before, folded, after, trigger):
        return ""
    return _doer_or_hit(text, m, (before, folded), after, trigger)


def tells_of(text: str, m: ActorMention) -> bool:
    """Whether a report verb follows the actor: it tells of the deed ("the SDF reported ...").

    Asked several times of a mention; the answers for the last text are kept.
    """
    kept = _TOLD[0]  # read once: another thread may put another text's answers there
    if kept[0] is not text:
        kept = _TOLD[0] = (text, {})
    told = kept[1].get(m.end)
    if told is None:
        told = kept[1][m.end] = bool(_REPORTER_AFTER.match(text, m.end, m.end + 60))
    return told


# The last text asked about, and its answers by the end of the mention.
_TOLD: list[tuple[str | None, dict[int, bool]]] = [(None, {})]


def _names_means(text: str, m: ActorMention, after: str) -> bool:
    """Whether weapons follow the actor ("Russian warplanes", "Turkish artillery and ... jets")."""
    return bool(_WEAPON_AFTER.match(after) or _JOINT_WEAPON_AFTER.match(text, m.end, m.end + 80))


def _is_aside(m: ActorMention, before: str, folded: str, after: str, trigger: int | None) -> bool:
    """Whether the actor only looks on, serves with the victims, is a credit or an aside."""
    if (
        _ONLOOKER_AFTER.match(after)
        or (("with" in folded or "alongside" in folded) and _COMPANION_BEFORE.search(before))
        or (("by" in folded or "of" in folded) and _CREDIT_BEFORE.search(before))
    ):
        return True
    if trigger is None or not _WH.search(before):
        return False
    rel = _RELATIVE_BEFORE.search(before)
    # "air raids hit the area from which rebels launched assaults": a relative clause after
    # the trigger tells of another deed.
    return bool(rel and trigger < m.start - len(before) + rel.start())


def _doer_or_hit(
    text: str, m: ActorMention, words: tuple[str, str], after: str, trigger: int | None
) -> str:
    """Agent or target from the words around the actor, else from its side of the trigger.

    ``words`` is the text before the actor and its :func:`_folded` form.
    """
    before, folded = words
    if (("by" in folded or "from" in folded) and _BY_BEFORE.search(before)) or (
        "behalf" in folded and _BEHALF_BEFORE.search(before)
    ):
        return "agent"
    if trigger is not None and m.start > trigger and _STRUCK_AFTER.match(after):
        return "target"  # "bombed Hezbollah targets": not "Hezbollah targets (the town)"
    if _DEED_AFTER.match(after):
        return "agent"
    if _HURT_AFTER.match(text, m.end, m.end + 100):
        return "target"
    if (
        trigger is not None
        and m.start < trigger
        and _PASSIVE_BEFORE.search(text, max(m.end, trigger - 30), trigger)
    ):
        return "target"  # "nine members of the group ... were killed": the subject suffered it
    if _MEMBERS_AFTER.match(after):
        return "agent"
    if _TARGET_BEFORE.search(before):
        return "target"
    if trigger is not None and m.start > trigger:
        return "target"
    return "agent"
