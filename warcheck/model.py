"""The data model: frozen records that every stage reads and adds to.

Every extracted item is a span: ``start``/``end`` are character offsets into
``Article.text`` and ``text`` equals ``Article.text[start:end]``. Field values
that come from a closed vocabulary are defined once, in :mod:`warcheck.vocab`.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, TypeVar

from warcheck.record import Record


@dataclass(frozen=True)
class Span(Record):
    """A stretch of the article text."""

    start: int
    end: int
    text: str


_S = TypeVar("_S", bound=Span)
_START = attrgetter("start")  # a C-level key: ``within`` is called thousands of times an article


def within(items: Sequence[_S], start: int, end: int) -> list[_S]:
    """Return the spans of ``items`` (sorted by start) lying inside ``[start, end)``."""
    i = bisect.bisect_left(items, start, key=_START)
    out = []
    while i < len(items):  # by index: slicing ``items[i:]`` would copy the rest of the article
        item = items[i]
        if item.start >= end:
            break
        if item.end <= end:
            out.append(item)
        i += 1
    return out


@dataclass(frozen=True)
class Removed(Record):
    """A piece of page furniture dropped from the article text, and why."""

    text: str
    reason: str


@dataclass(frozen=True)
class Article(Record):
    """The canonical article: cleaned text plus what is known about it.

    ``text`` starts with the title line when there is one. ``published`` is an
    ISO date (``YYYY-MM-DD``) and ``published_from`` says where it came from
    (see ``vocab.PUBLISHED_FROM``). In JSON the title and dateline are plain
    strings with ``_start``/``_end`` offsets.
    """

    json_flat = ("title", "dateline")

    text: str
    title: Span | None = None
    dateline: Span | None = None
    published: str | None = None
    published_from: str | None = None
    outlet: str | None = None
    outlet_id: str | None = None
    author: str | None = None
    url: str | None = None
    language: str = "en"
    language_score: float = 1.0
    non_english: bool = False
    boilerplate_removed: tuple[Removed, ...] = ()


@dataclass(frozen=True)
class Sentence(Span):
    """A sentence of the article text, numbered from 0, with its paragraph.

    In JSON a sentence has offsets but no text: slice ``article.text``.
    """

    json_omit = ("text",)

    index: int = 0
    paragraph: int = 0


@dataclass(frozen=True)
class LabelUse(Record):
    """A partisan label as a camp uses it for an actor."""

    label: str
    camp: str


@dataclass(frozen=True)
class ActorMention(Span):
    """A reference to an actor, by name, alias or partisan label.

    ``label``/``label_camp`` are set when the words are a partisan label
    ("regime", "mercenaries") and say which camp uses that label.
    ``resolved_by`` is one of ``vocab.ACTOR_RESOLUTION``; ``confidence`` is
    0..1 and is below 1 whenever context, not the name, chose the actor.
    """

    actor_id: str | None = None
    name: str | None = None
    kind: str | None = None
    label: str | None = None
    label_camp: str | None = None
    resolved_by: str = "alias"
    confidence: float = 1.0


@dataclass(frozen=True)
class PlaceMention(Span):
    """A place name resolved against the gazetteer.

    ``place_id`` is ``geonames:<id>`` or ``warcheck:<slug>`` for curated
    places. ``admin1`` is the governorate/province name, ``country`` the
    ISO 3166-1 alpha-2 code. ``precision`` is one of ``vocab.PLACE_PRECISION``.
    """

    place_id: str = ""
    name: str = ""
    feature: str = ""
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    country: str | None = None
    precision: str = "town"


@dataclass(frozen=True)
class TimeMention(Span):
    """A temporal expression, resolved when it can be.

    ``value`` and ``end_value`` are ISO dates (``YYYY-MM-DD``) giving the
    first and last day covered; both are ``None`` and ``resolved`` is false
    when there is no anchor. An open-ended range ("since 2012") with nothing
    to close it has ``end_value`` ``None``. ``precision`` is one of ``vocab.TIME_PRECISION``,
    ``anchor`` one of ``vocab.TIME_ANCHOR``.
    """

    kind: str = "date"
    resolved: bool = False
    value: str | None = None
    end_value: str | None = None
    precision: str = "day"
    anchor: str = "absolute"


@dataclass(frozen=True)
class CasualtyMention(Span):
    """A casualty figure: how many of whom, with what outcome.

    ``outcome`` is one of ``vocab.CASUALTY_OUTCOME``, ``group`` one of
    ``vocab.CASUALTY_GROUP``, ``qualifier`` one of ``vocab.NUMBER_QUALIFIER``.
    ``min``/``max`` bound the figure (``max`` is ``None`` when open-ended).
    """

    outcome: str = "killed"
    group: str = "unspecified"
    min: int | None = None
    max: int | None = None
    qualifier: str = "exact"


@dataclass(frozen=True)
class OperationMention(Span):
    """A named military operation or campaign ("Operation Euphrates Shield").

    ``began``/``ended`` are ISO dates from the knowledge file; ``actor_id`` is
    the party that ran it. Useful context for dating and attributing claims.
    """

    operation_id: str = ""
    name: str = ""
    actor_id: str | None = None
    began: str | None = None
    ended: str | None = None


@dataclass(frozen=True)
class Cue(Span):
    """A word or phrase that colours a claim: loaded language, a hedge, a denial.

    ``kind`` is one of ``vocab.CUE_KIND``; ``technique`` a SemEval-2023
    persuasion technique name (``vocab.PERSUASION_TECHNIQUE``) where one fits;
    ``camp`` the camp whose vocabulary a partisan label belongs to, and
    ``actor_id`` the actor a name-calling label was resolved to.
    """

    kind: str = "loaded_language"
    technique: str | None = None
    camp: str | None = None
    note: str | None = None
    actor_id: str | None = None


@dataclass(frozen=True)
class Source(Record):
    """One link in a claim's sourcing chain: who says it, and how.

    ``type`` is one of ``vocab.SOURCE_TYPE``; ``stance`` the report verb's
    stance (``vocab.REPORT_STANCE``). ``span`` covers the attribution words
    ("according to local sources") and is ``None`` for an unsourced claim; in
    JSON its ``start``/``end``/``text`` are the source's own keys. ``place``
    is where the source is said to be ("local sources from Deir ez-Zor").
    """

    json_inline = "span"

    type: str
    name: str | None = None
    actor_id: str | None = None
    verb: str | None = None
    stance: str | None = None
    span: Span | None = None
    place: PlaceMention | None = None


@dataclass(frozen=True)
class Participant(Span):
    """An actor taking part in a claimed event, with its role and the words naming it.

    ``confidence`` is the actor resolution's (below 1 when context chose the
    actor behind a label such as "terrorists").
    """

    actor_id: str = ""
    name: str = ""
    role: str = "agent"
    confidence: float = 1.0


@dataclass(frozen=True)
class Claim(Span):
    """A checkable assertion made by one sentence or clause of the article.

    ``kind`` is one of ``vocab.CLAIM_KIND``, ``event_type`` one of
    ``vocab.EVENT_TYPE``, ``certainty`` one of ``vocab.CERTAINTY``. ``sources``
    runs from the outermost attribution inward; an unsourced claim has one
    source of type ``outlet``. ``actors`` lists every actor mention in the
    clause; ``agents``/``targets`` those with a role in the event.
    """

    index: int = 0
    sentence: int = 0
    kind: str = "event"
    event_type: str | None = None
    agents: tuple[Participant, ...] = ()
    targets: tuple[Participant, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    times: tuple[TimeMention, ...] = ()
    casualties: tuple[CasualtyMention, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    date_precision: str | None = None
    sources: tuple[Source, ...] = ()
    certainty: str = "asserted"
    cues: tuple[Cue, ...] = ()


@dataclass(frozen=True)
class MainPlace(PlaceMention):
    """The article's main location: a place mention and its Syrian governorate (else ``None``)."""

    governorate: str | None = None


@dataclass(frozen=True)
class Tolls(Record):
    """People killed in the article's main event, counted as FA-KES's crowd facts count them.

    ``civilians`` includes children, women and people of no stated side;
    ``noncivilians`` is fighters and soldiers (see ``analysis.tolls``).
    """

    civilians: int = 0
    children: int = 0
    women: int = 0
    noncivilians: int = 0


@dataclass(frozen=True)
class MainEvent(Record):
    """The claim that reports the article's main event: what, by whom, where and when.

    ``claim`` is the claim's index, ``start``/``end`` its offsets. The
    perpetrator is an actor id with its name, its resolution's confidence and
    where it was found (``perpetrator_from`` starts with a key of
    ``vocab.PERPETRATOR_FROM``); ``location`` is the event's place (its
    mention, with coordinates) and ``place`` that place's name;
    ``source_types`` the types of its sources, outermost first. ``killed``
    is the event's toll as its claims first give it (the lower bound of the
    first plain or "at least" figure of people killed, else of the first
    rounded one, else of a vague word), ``None`` when they give none.
    """

    claim: int
    event_type: str
    start: int
    end: int
    perpetrator: str | None = None
    perpetrator_name: str | None = None
    perpetrator_from: str | None = None
    perpetrator_confidence: float | None = None
    place: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    date_precision: str | None = None
    casualties: tuple[CasualtyMention, ...] = ()
    certainty: str = "asserted"
    source_types: tuple[str, ...] = ()
    location: PlaceMention | None = None
    killed: int | None = None


@dataclass(frozen=True)
class Sourcing(Record):
    """How many claims rest on each kind of source: the outermost source's type.

    ``independent``: monitors, wires, other media, officials not fighting here;
    ``party``, ``witness``, ``anonymous``: those source types; ``unsourced``: the outlet's word.
    """

    independent: int = 0
    party: int = 0
    witness: int = 0
    anonymous: int = 0
    unsourced: int = 0


@dataclass(frozen=True)
class Summary(Record):
    """The article at a glance: main place, headline tolls, main event, sourcing and camps.

    ``camps`` counts, most used first, the partisan labels naming actors by
    the camps whose vocabulary they are (a label that more than three camps
    use is left out); ``label_camps`` counts labelled mentions by ``label_camp``.
    """

    main_place: MainPlace | None = None
    casualties: Tolls = Tolls()
    main_event: MainEvent | None = None
    sourcing: Sourcing = Sourcing()
    camps: dict[str, int] = field(default_factory=dict)
    label_camps: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Analysis(Record):
    """Everything warcheck found in one article.

    ``summary`` is ``None`` (JSON ``null``) until the summary stage has run.
    """

    article: Article
    sentences: tuple[Sentence, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    times: tuple[TimeMention, ...] = ()
    casualties: tuple[CasualtyMention, ...] = ()
    operations: tuple[OperationMention, ...] = ()
    cues: tuple[Cue, ...] = ()
    claims: tuple[Claim, ...] = ()
    summary: Summary | None = None
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the analysis as the versioned JSON document."""
        from warcheck.version import __version__
        from warcheck.vocab import SCHEMA_ID

        body = super().to_dict()
        return {"schema": SCHEMA_ID, "warcheck_version": __version__, **body}
