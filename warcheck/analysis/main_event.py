"""The article's main event: what the headline and lead are about, by whom, where and when.

News puts its main event in the headline and the lead. The main event's
type is the one the headline and the first sentences of the body tell most
(the headline counting double); its claims are the claims of that type
there. Of those, the first that names who says it gives the sources and
certainty (``outlet`` only when none names anyone), the first dated one
the date, the most precise place any of them names the place, and the
actor they name most as doer the perpetrator. An article whose lead tells
no event falls back on the first violent event with casualty figures, then
any violent event, then any event (``_fallback``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from warcheck import knowledge
from warcheck.analysis.event_date import is_update, lead_day
from warcheck.analysis.event_homonym import in_named_unit
from warcheck.analysis.event_legal import headline_step
from warcheck.analysis.event_means import told_means
from warcheck.analysis.event_place import county_town, in_dateline_state, in_story_country
from warcheck.analysis.lead_sources import lead_source
from warcheck.analysis.main_place import is_street_name
from warcheck.knowledge import lexicons
from warcheck.knowledge.summary_words import summary_words
from warcheck.model import Analysis, CasualtyMention, Claim, MainEvent, Participant, PlaceMention

# How many sentences of the body that tell an event, after the headline, make the lead.
LEAD_SENTENCES = 3
# Weight of the headline's claims against the lead's in choosing the event type.
HEADLINE_WEIGHT = 2
# Violent event types that do not say by what means: a story's type names the means when one does.
GENERIC = frozenset({"attack", "armed_clash"})
# The type of violence whose means the lead does not tell.
GENERIC_ATTACK = "attack"
# Crime: told with people killed or wounded, it is violence against them (ACLED "Attack").
CRIME = "organized_crime"
_HURT = re.compile(rf"\b(?:{lexicons.pattern('story_words', 'hurt_words')})\b")
# The type of an accident: told in the lead, it says how a bare "shooting" or "attack" came about.
ACCIDENT = "man_made_disaster"
# Place precisions, most precise first: the event's place is the most precise one named.
PRECISION_RANK = ("exact", "neighbourhood", "town", "district", "governorate", "region", "country")
# Precision from which a place is only an area: the article's main place may do better.
AREA_RANK = PRECISION_RANK.index("governorate")


def main_event(analysis: Analysis, main_place: PlaceMention | None) -> MainEvent | None:
    """Return the article's main event, or ``None`` when it tells no typed event."""
    kind, story = _story(analysis)
    if not story:
        return None
    analysis, story = _without_streets(analysis, story)
    anchor = _anchor(story)
    perpetrator, found_in = _doer(story, anchor, analysis.claims)
    date_from, date_to, precision = _date(story, anchor, analysis.claims)
    place = _town_within(_place(story, main_place), story, analysis)
    place = in_dateline_state(in_story_country(place, story, analysis), story, analysis)
    place = in_named_unit(county_town(place, analysis), analysis)
    told = next((c for c in (anchor, *story) if _killed(c)), anchor)
    sources = _own_words(anchor, analysis.article.outlet_id)
    if sources == ("outlet",) and (lead := lead_source(analysis, analysis.article.outlet_id)):
        sources = (lead,)  # "Police: 4 shot", "... Police say": the lead's named source
    return MainEvent(
        claim=anchor.index,
        event_type=kind,
        start=anchor.start,
        end=anchor.end,
        perpetrator=perpetrator.actor_id if perpetrator else None,
        perpetrator_name=perpetrator.name if perpetrator else None,
        perpetrator_from=found_in,
        perpetrator_confidence=perpetrator.confidence if perpetrator else None,
        place=place.name if place else None,
        date_from=date_from,
        date_to=date_to,
        date_precision=precision,
        casualties=told.casualties,
        certainty=anchor.certainty,
        source_types=sources,
        location=place,
        killed=_story_toll(story, analysis),
    )


def _without_streets(analysis: Analysis, story: list[Claim]) -> tuple[Analysis, list[Claim]]:
    """The analysis and story less the places that name streets ("Radnor" of "Radnor Road")."""
    text = analysis.article.text
    places = tuple(p for p in analysis.places if not is_street_name(p, text))
    if len(places) == len(analysis.places):
        return analysis, story
    kept = {(p.start, p.end) for p in places}
    story = [
        replace(c, places=tuple(p for p in c.places if (p.start, p.end) in kept)) for c in story
    ]
    return replace(analysis, places=places), story


def _story(analysis: Analysis) -> tuple[str, list[Claim]]:
    """The claims that tell the main event: its type's claims in the headline and lead.

    When violence outweighs every other type there, the story is all the
    violent claims of the lead (one attack told as "bombing", "air strike"
    and "attack"), and its type the most told type that names the means
    (air strike, shelling, bomb...) over a bare attack or clash.
    """
    events = [_as_violence(c) for c in analysis.claims if c.kind == "event" and c.event_type]
    title_end = analysis.article.title.end if analysis.article.title else 0
    told = sorted({c.sentence for c in events})
    if not title_end and told:  # no title was found: the first sentence telling one is likely it
        headline = {told[0]}
    else:
        headline = {c.sentence for c in events if c.start < title_end}
    body = [i for i in told if i not in headline][:LEAD_SENTENCES]
    window = headline | set(body)
    lead = [c for c in events if c.sentence in window and c.certainty != "denied"]
    if not lead:
        pick = _fallback(events)
        return (pick.event_type or "other", [pick]) if pick else ("other", [])
    votes: Counter[str] = Counter()
    for c in lead:
        votes[c.event_type or ""] += HEADLINE_WEIGHT if c.sentence in headline else 1
    violent = summary_words().violent_event_types
    force = sum(v for t, v in votes.items() if t in violent)
    if force and force >= max((v for t, v in votes.items() if t not in violent), default=0):
        story = [c for c in lead if c.event_type in violent]
        step = headline_step([c for c in lead if c.sentence in headline], violent)
        # A means the lead names no weapon of ("murder-suicide" is no suicide bombing) is none.
        held = Counter({t: v for t, v in votes.items() if t in violent and told_means(t, story)})
        means = Counter({t: v for t, v in held.items() if t not in GENERIC})
        if not means and votes.get(ACCIDENT):  # "killed when a gun accidentally discharged"
            mishap = [c for c in lead if c.event_type in {ACCIDENT, *violent}]
            return step or ACCIDENT, _same_time(mishap)
        kind = _most(means or held, story) if held else GENERIC_ATTACK
        return step or kind, _same_time(story)  # "Man charged in stabbing": the charge
    kind = _most(votes, lead)
    return kind, _same_time([c for c in lead if c.event_type == kind])


def _as_violence(claim: Claim) -> Claim:
    """A claim of crime that kills or wounds ("killed in gang territory") as an attack."""
    if claim.event_type != CRIME:
        return claim
    hurt = any(c.outcome in ("killed", "injured") for c in claim.casualties)
    if hurt or _HURT.search(claim.text.lower()):
        return replace(claim, event_type=GENERIC_ATTACK)
    return claim


def _dated(claim: Claim) -> bool:
    return bool(claim.date_from) and claim.date_precision != "unknown"


def _same_time(story: list[Claim]) -> list[Claim]:
    """Leave out claims dated apart from the first dated one ("a separate attack last month").

    An update ("remained in critical condition Friday") is passed over for the event's day.
    """
    first = next((c for c in story if _dated(c) and not is_update(c)), None)
    first = first or next((c for c in story if _dated(c)), None)
    return story if first is None else [c for c in story if not _apart(c, first)]


def _apart(claim: Claim, other: Claim) -> bool:
    """Whether both claims are dated and their dates do not overlap."""
    if not (_dated(claim) and _dated(other)):
        return False
    lo, hi = other.date_from or "", other.date_to or other.date_from or ""
    return (claim.date_from or "") > hi or (claim.date_to or claim.date_from or "") < lo


def _most(votes: Counter[str], claims: Sequence[Claim]) -> str:
    """The type with most votes, the first told on a tie."""
    best = max(votes.values())
    return next(c.event_type for c in claims if c.event_type and votes.get(c.event_type) == best)


def _fallback(events: Sequence[Claim]) -> Claim | None:
    violent = summary_words().violent_event_types
    for pool in (
        [c for c in events if c.event_type in violent and c.casualties],
        [c for c in events if c.event_type in violent],
        list(events),
    ):
        if pool:
            return pool[0]
    return None


def _anchor(story: Sequence[Claim]) -> Claim:
    """The claim whose sources and certainty are the event's: the first naming a source."""
    return next((c for c in story if c.sources and c.sources[0].type != "outlet"), story[0])


def _date(
    story: Sequence[Claim], anchor: Claim, claims: Sequence[Claim] = ()
) -> tuple[str | None, str | None, str | None]:
    """The event's dates: the first story claim dated by one time, else the earliest time told.

    A claim holding two times ("on 25 February last year, a report released on
    Thursday found") spans both; the event is the earlier one, its report the later.
    When no story claim is dated, the first claim dated to the day among those
    between the story's first and last (a lead "On Wednesday, a man smashed the
    windows" between headline and body claims of the attack) dates it, else
    ``event_date.lead_day``. An update of the victims' state ("remained in critical
    condition Friday") dates the event only when no other story claim is dated.
    """
    dated = [c for c in story if _dated(c)]
    if dated:
        c = min(dated, key=is_update)  # the first not an update: its day is not the event's
        return c.date_from, c.date_to, c.date_precision
    times = [t for c in story for t in c.times if t.resolved and t.value and t.precision == "day"]
    if times:
        first = min(times, key=lambda t: (t.value or "", t.start))
        return first.value, first.end_value or first.value, first.precision
    lo, hi = min(c.index for c in story), max(c.index for c in story)
    within = (c for c in claims if lo < c.index < hi and _dated(c) and c.date_precision == "day")
    if (day := next(within, None) or lead_day(story, claims)) is not None:
        return day.date_from, day.date_to, day.date_precision
    return anchor.date_from, anchor.date_to, anchor.date_precision


def _own_words(claim: Claim, outlet_id: str | None) -> tuple[str, ...]:
    """The claim's source types, outermost first, less the article's own outlet.

    "local sources told The New Arab" in The New Arab rests on local sources;
    a claim resting on the outlet's word alone is ``outlet``.
    """
    types = [s.type for s in claim.sources if not (outlet_id and s.actor_id == outlet_id)]
    return tuple(types) if types else ("outlet",)


def _killed(claim: Claim) -> bool:
    return any(c.outcome == "killed" for c in claim.casualties)


# Figures a reader takes over others: plain and "at least" first, rounded ones next, words last.
_ROUGH = {"more_than": 1, "about": 1, "up_to": 1, "range": 1, "vague": 2}


def _toll(story: Sequence[Claim]) -> int | None:
    """The first figure of people killed in the story's claims, the most precise kind first.

    A headline's "over 20" gives way to the lead's "24", "dozens" to "at least 23".
    """
    return _first_toll(c for claim in story for c in claim.casualties)


def _first_toll(casualties: Iterable[CasualtyMention]) -> int | None:
    figures = sorted(
        (c for c in casualties if c.outcome == "killed" and c.min),
        key=lambda c: (_ROUGH.get(c.qualifier, 0), c.start),
    )
    return figures[0].min if figures else None


def _story_toll(story: Sequence[Claim], analysis: Analysis) -> int | None:
    toll = _toll(story)
    return _headline_toll(analysis) if toll is None else toll


def _headline_toll(analysis: Analysis) -> int | None:
    """The headline's figure of people killed, when the story's claims give none.

    "Mother charged after child fatally shoots 4-year-old brother": the headline's
    claim may be of no type, and its toll is still the main event's.
    """
    title = analysis.article.title
    if title is None:
        return None
    return _first_toll(c for c in analysis.casualties if c.end <= title.end)


def _place(story: Sequence[Claim], main_place: PlaceMention | None) -> PlaceMention | None:
    """The most precise place the story's claims name; the article's main place for a bare area."""
    named = [p for c in story for p in c.places if p.precision in PRECISION_RANK]
    best = min(named, key=lambda p: PRECISION_RANK.index(p.precision), default=None)
    if main_place is None or main_place.precision not in PRECISION_RANK:
        return best
    rank = PRECISION_RANK.index(main_place.precision)
    if best is None:
        return main_place
    best_rank = PRECISION_RANK.index(best.precision)
    within = best.country is None or best.country == main_place.country
    return main_place if best_rank >= AREA_RANK and rank < best_rank and within else best


def _town_within(
    place: PlaceMention | None, story: Sequence[Claim], analysis: Analysis
) -> PlaceMention | None:
    """A town of the lead inside the event's province or state, else the place itself.

    "BOSTON (Reuters) - A restaurant owner in Massachusetts was arrested": the
    event is in Boston, not anywhere in Massachusetts. The town must lie in the
    province the event names and be named by the end of the sentence after the
    story's last.
    """
    if place is None or place.precision != "governorate" or not place.country:
        return place
    province = place.admin1 or place.name
    last = min(max(c.sentence for c in story) + 1, len(analysis.sentences) - 1)
    end = analysis.sentences[last].end if last >= 0 else 0
    towns = (
        p
        for p in analysis.places
        if p.start < end
        and p.precision in PRECISION_RANK[:AREA_RANK]
        and p.country == place.country
        and p.admin1 == province
    )
    return next(towns, place)


def _doer(
    story: Sequence[Claim], anchor: Claim, claims: tuple[Claim, ...]
) -> tuple[Participant | None, str | None]:
    """The doer the story's claims name most (the first on a tie), else ``_perpetrator``.

    An actor the story names as target more often than as doer is left out
    (a headline "X fighters killed in Y attack" may misread X as a doer).
    """
    named = Counter(p.actor_id for c in story for p in c.agents)
    hit = Counter(p.actor_id for c in story for p in c.targets)
    named = Counter({a: n for a, n in named.items() if n >= hit[a]})
    if named:
        best = max(named.values())
        first, claim = next(
            (p, c) for c in story for p in c.agents if named.get(p.actor_id) == best
        )
        return first, "main claim" if claim is anchor else "the lead"
    return _perpetrator(anchor, claims)


def _perpetrator(claim: Claim, claims: tuple[Claim, ...]) -> tuple[Participant | None, str | None]:
    """Return the main event's perpetrator when its own claims name none.

    A group claiming responsibility; then the doer of violence told in the
    next two sentences (a lead "20 killed in Hama" followed by "army units
    shelled..."); then the party implied by a weapon only it uses
    (``weapons.json``). The doer of other claims of the same type is not
    borrowed: they are often other attacks (measured on FA-KES and on the
    main-event set, borrowing mostly blamed the wrong party).
    """
    hit = {p.actor_id for p in claim.targets}
    for types, where in (({"claim_responsibility"}, "a claim of responsibility"),):
        named = Counter(
            p.actor_id
            for c in claims
            if c.event_type in types and c.certainty != "denied"
            for p in c.agents[:1]
            if p.actor_id not in hit
        )
        if named:
            actor_id = named.most_common(1)[0][0]
            first = next(p for c in claims for p in c.agents[:1] if p.actor_id == actor_id)
            return first, where
    violent = summary_words().violent_event_types
    near = [
        p
        for c in claims
        if c.event_type in violent
        and c.certainty != "denied"
        and 0 < c.sentence - claim.sentence <= 2
        and not _apart(c, claim)
        for p in c.agents[:1]
        if p.actor_id not in hit
    ]
    if near:
        return near[0], "the next sentences"
    return _implied_by_weapon(claim, claims)


def _implied_by_weapon(
    claim: Claim, claims: tuple[Claim, ...]
) -> tuple[Participant | None, str | None]:
    """The party implied by a weapon only it uses, named in a claim of the same type."""
    for c in (claim, *(c for c in claims if c.event_type == claim.event_type)):
        low = c.text.lower()
        for weapon in knowledge.weapons():
            term = next((t for t in weapon.terms if t in low), None)
            if term is None:
                continue
            start = c.start + low.index(term)
            name = knowledge.actor(weapon.actor_id).name
            words = c.text[start - c.start : start - c.start + len(term)]
            doer = Participant(
                start, start + len(term), words, weapon.actor_id, name, "agent", weapon.confidence
            )
            return doer, f"implied by the weapon ({term}): {weapon.source}"
    return None, None
