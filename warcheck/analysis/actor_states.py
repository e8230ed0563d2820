"""Whose "security forces"? Generic heads read against the state an article is about.

"Security forces", "the army", "state media" and "the regime" are partisan labels of
the Syrian war in ``actors.json``, but they name whatever state a story is about. The
article's states are weighed from the places it names (the dateline's thrice), the
states' own actors it names ("Egyptian troops") and, for Syria, the actors of this war
and the outlet's camp. A generic head then takes:

* the state the article is mainly about, when that state is not Syria and outweighs
  Syria at least twice over ("Security forces arrested three men in Cairo" -> Egypt's
  forces); words that are this war's usage for Syria's forces ("the regime") only when
  nothing in the article is Syrian;
* nothing, when nothing is Syrian and no state stands out (it is then unresolved);
* Syria's forces or state media, when the article is about Syria and the label's own
  context left it unresolved ("security forces opened fire on protesters in Homs").
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from warcheck import knowledge
from warcheck.model import ActorMention, PlaceMention
from warcheck.text import lookup_key

SYRIA = "SY"
# Camps whose actors and outlets belong to Syria's war: naming them is Syrian context.
_SYRIAN_CAMPS = frozenset({"syrian_government", "opposition", "kurdish"})
_KIND_OF_ROLE = {"forces": "state_force", "government": "government", "media": "media"}
_CONF_STATE, _CONF_SYRIA, _CONF_DEMONYM = 0.6, 0.5, 0.9
# One or two capitalised words just before a mention: a demonym ("Turkish", "North Korean").
_WORDS_BEFORE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+$")
# A dateline place weighs as much as three other mentions: it says where the story is.
_DATELINE = 3
# A wire dateline that the reader may not have marked: "AMMAN (Reuters) -", "Cairo -",
# "CAIRO, March 3 (AFP) -".
_START_DATELINE = re.compile(
    r"\s*([A-Z][A-Za-z'. -]{2,30}?)(?:,\s*[A-Z][\w .]{1,20}?)?\s*(?:\([^)\n]{1,30}\)\s*)?"
    r"[-\u2013\u2014]\s"
)


@functools.cache
def _capital_states() -> dict[str, str]:
    """ISO codes by the lower-cased capitals and names of the states."""
    out: dict[str, str] = {}
    for s in knowledge.states().values():
        for name in (s.name, *s.names, *([s.capital] if s.capital else [])):
            out.setdefault(name.lower(), s.iso)
    return out


def _caps_dateline(text: str) -> tuple[int, int, str | None] | None:
    """The span of a dateline's place ("AMMAN -") and the state it names as a capital."""
    m = _START_DATELINE.match(text)
    if m is None:
        return None
    return m.start(1), m.end(1), _capital_states().get(m.group(1).strip().lower())


@functools.cache
def _country_of() -> dict[str, str]:
    """The state each actor stands for: its own, or Syria for the camps of Syria's war."""
    out: dict[str, str] = {}
    for a in knowledge.actors().values():
        country = a.country or (SYRIA if a.camp in _SYRIAN_CAMPS else None)
        if country:
            out[a.id] = country
    return out


def state_votes(
    text: str,
    mentions: Sequence[ActorMention],
    places: Sequence[PlaceMention],
    dateline: tuple[int, int] | None = None,
    outlet_camp: str | None = None,
) -> Counter[str]:
    """How much of the article points to each state (ISO code), from places and actors."""
    votes: Counter[str] = Counter()
    caps = _caps_dateline(text)
    if dateline is None and caps is not None:
        dateline = caps[:2]
    read = False  # whether the place finder read the dateline's place
    for p in places:
        if p.country:
            inside = dateline is not None and dateline[0] <= p.start < dateline[1]
            votes[p.country] += _DATELINE if inside else 1
            read = read or inside
    if caps is not None and caps[2] is not None and not read:
        votes[caps[2]] += _DATELINE
    heads = knowledge.generic_heads()
    country_of = _country_of()
    for m in mentions:
        country = country_of.get(m.actor_id or "")
        if country and m.resolved_by in ("alias", "label") and _head(m, heads) is None:
            votes[country] += 1
    if outlet_camp in _SYRIAN_CAMPS:
        votes[SYRIA] += 2
    return votes


def _main_state(votes: Counter[str]) -> str | None:
    """The state other than Syria that the article is about, if one outweighs Syria twice."""
    others = [(n, cc) for cc, n in votes.items() if cc != SYRIA]
    if not others:
        return None
    n, cc = max(others)
    if sum(1 for m, _ in others if m == n) > 1:
        return None  # a tie: no state stands out
    return cc if n > 2 * votes[SYRIA] else None


def _state_actor(iso: str, role: str) -> knowledge.Actor | None:
    government = knowledge.government_of_state(knowledge.actors(), iso)
    if government is None or role == "media":
        return None
    if role == "forces" and government.forces:
        return knowledge.actor(government.forces)
    return government


def _head(m: ActorMention, heads: dict[str, knowledge.GenericHead]) -> knowledge.GenericHead | None:
    """The generic head a mention is: its label's, or an alias's ("government forces")."""
    if m.label:
        return heads.get(lookup_key(m.label))
    return heads.get(lookup_key(m.text)) if m.resolved_by == "alias" else None


@functools.cache
def _demonym_states() -> dict[str, str]:
    return {d.lower(): s.iso for s in knowledge.states().values() for d in s.demonyms}


def _demonym_before(text: str, m: ActorMention) -> tuple[int, str] | None:
    """A state's demonym right before a mention ("Turkish security forces"): start, ISO code."""
    found = _WORDS_BEFORE.search(text, max(0, m.start - 30), m.start)
    if found is None:
        return None
    words, states = found.group(1), _demonym_states()
    last = words.rsplit(" ", 1)[-1]
    if words.lower() in states:  # "North Korean"
        return found.start(1), states[words.lower()]
    if last.lower() in states:  # "Turkish" (of "The Turkish")
        return found.end(1) - len(last), states[last.lower()]
    return None


def resolve_generic(
    text: str, mentions: list[ActorMention], votes: Counter[str]
) -> list[ActorMention]:
    """Re-read the generic heads among ``mentions`` against the article's states."""
    heads = knowledge.generic_heads()
    if not any(_head(m, heads) for m in mentions):
        return mentions
    main = _main_state(votes)
    out: list[ActorMention] = []
    for m in mentions:
        head = _head(m, heads)
        own = _demonym_before(text, m) if head is not None else None
        if own is not None and own[1] == _country_of().get(m.actor_id or ""):
            own = None  # "Syrian regime forces": the reading already is that state's
        if head is not None and own is not None and (not out or out[-1].end <= own[0]):
            m = replace(m, start=own[0], text=text[own[0] : m.end])
            out.append(_to_state(m, own[1], head.role, _CONF_DEMONYM))
            continue
        if head is None or not _open(m):
            out.append(m)
            continue
        if main is not None and not (head.syrian_usage and votes[SYRIA]):
            out.append(_to_state(m, main, head.role))
        elif votes[SYRIA] == 0:
            out.append(_unresolved(m, head.role) if _syrian(m) else m)
        elif m.actor_id is None:
            out.append(_to_state(m, SYRIA, head.role, _CONF_SYRIA))
        else:
            out.append(m)
    return out


def _open(m: ActorMention) -> bool:
    """Whether a generic head's reading is Syria's by default, weak, or none at all."""
    return m.actor_id is None or _syrian(m) or m.confidence <= _CONF_SYRIA


def _syrian(m: ActorMention) -> bool:
    return m.actor_id is not None and knowledge.actor(m.actor_id).country == SYRIA


def _to_state(m: ActorMention, iso: str, role: str, conf: float = _CONF_STATE) -> ActorMention:
    a = _state_actor(iso, role)
    if iso == SYRIA and role == "media":
        a = knowledge.actor("syrian_state_media")
    if a is None:
        return _unresolved(m, role)
    return replace(
        m, actor_id=a.id, name=a.name, kind=a.kind, resolved_by="context", confidence=conf
    )


def _unresolved(m: ActorMention, role: str) -> ActorMention:
    return replace(
        m,
        actor_id=None,
        name=m.label or m.text,
        kind=_KIND_OF_ROLE[role],
        resolved_by="unresolved",
        confidence=1.0,
    )
