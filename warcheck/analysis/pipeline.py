"""The per-article pipeline: a list of small named stages, each adding to the analysis.

A stage is a function ``Analysis -> Analysis`` that fills one or more fields
with :func:`dataclasses.replace`. Stages run in order; later stages may read
what earlier ones found. The list is data: a caller can run a subset, or add
a stage of its own, with ``analyze_article(article, stages=[...])``.

Each stage states its contract, as spaCy's components do: ``requires`` names
the :class:`~warcheck.model.Analysis` fields it reads and ``assigns`` those it
writes (``article`` and ``warnings`` are there from the start).
:func:`analyze_article` checks the contracts, so a list of stages that breaks
one fails at once with a :class:`~warcheck.errors.PipelineError` naming the
stage and the field, instead of quietly giving thinner claims:

- before running, every field a stage requires must be assigned by an earlier
  stage (:func:`check_stages`);
- after each stage, every field it does not assign must be the very object it
  was before (an identity check, so it costs nothing).

A stage skipped because the text is not English still counts as having
assigned its fields, empty: the fields keep their empty defaults, the warning
names the skipped stages, and the stages after them run on what there is (the
summary of an Arabic article has its places and figures, and no claims).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace

from warcheck import knowledge
from warcheck.analysis import actors, casualties, claims, cues, places, summary
from warcheck.analysis.intervals import SpanUnion
from warcheck.analysis.time import times
from warcheck.errors import PipelineError
from warcheck.model import Analysis, Article, CasualtyMention
from warcheck.read import sentences

# The fields of an analysis, and those it has before any stage runs.
FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Analysis))
GIVEN: frozenset[str] = frozenset({"article", "warnings"})


@dataclass(frozen=True)
class Stage:
    """A named step of the pipeline and its contract.

    ``requires`` names the fields of :class:`Analysis` that ``run`` reads
    (besides ``article``), ``assigns`` the fields it may change; see the
    module's docstring for how they are checked.
    """

    name: str
    run: Callable[[Analysis], Analysis]
    doc: str
    english_only: bool = False
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


def _published(analysis: Analysis) -> dt.date | None:
    value = analysis.article.published
    return dt.date.fromisoformat(value) if value else None


def _outlet_camp(article: Article) -> str | None:
    if not article.outlet_id:
        return None
    outlet = knowledge.actors().get(article.outlet_id)
    return outlet.camp if outlet else None


def _sentences(a: Analysis) -> Analysis:
    dl = a.article.dateline
    cuts = (dl.start, dl.end) if dl else ()
    return replace(a, sentences=tuple(sentences.split_sentences(a.article.text, cuts)))


def _actors(a: Analysis) -> Analysis:
    dl = a.article.dateline
    found = actors.find_actors(
        a.article.text,
        a.sentences,
        _outlet_camp(a.article),
        a.places,
        (dl.start, dl.end) if dl else None,
    )
    return replace(a, actors=tuple(found))


def _operations(a: Analysis) -> Analysis:
    return replace(a, operations=tuple(actors.find_operations(a.article.text)))


def _places(a: Analysis) -> Analysis:
    # A place name inside an operation's name ("Asefat al-Jazeera") is not a place mention.
    ops = SpanUnion((o.start, o.end) for o in a.operations)
    found = [p for p in places.find_places(a.article.text) if not ops.overlaps(p.start, p.end)]
    return replace(a, places=tuple(found))


def _times(a: Analysis) -> Analysis:
    found = times.find_times(a.article.text, _published(a), a.article.language)
    return replace(a, times=tuple(found))


def _casualties(a: Analysis) -> Analysis:
    absurd: list[CasualtyMention] = []
    found = tuple(casualties.find_casualties(a.article.text, absurd))
    if not absurd:
        return replace(a, casualties=found)
    cap = f"{casualties.MAX_PLAUSIBLE:,}"
    notes = [f"casualty figure over {cap} not counted: {c.text!r} at {c.start}" for c in absurd]
    return replace(a, casualties=found, warnings=(*a.warnings, *notes))


def _cues(a: Analysis) -> Analysis:
    return replace(a, cues=tuple(cues.find_cues(a.article.text, a.actors)))


def _claims(a: Analysis) -> Analysis:
    return replace(a, claims=tuple(claims.build_claims(a)))


def _summary(a: Analysis) -> Analysis:
    return replace(a, summary=summary.summarize(a))


_MENTIONS = ("sentences", "actors", "places", "times", "casualties")

STAGES: tuple[Stage, ...] = (
    Stage(
        "sentences",
        _sentences,
        "split the text into sentences and paragraphs",
        assigns=("sentences",),
    ),
    Stage(
        "operations",
        _operations,
        "find named military operations and campaigns",
        assigns=("operations",),
    ),
    Stage(
        "places",
        _places,
        "find places and resolve them to coordinates",
        requires=("operations",),
        assigns=("places",),
    ),
    Stage(
        "actors",
        _actors,
        "find actors by name, alias or partisan label",
        requires=("sentences", "places"),
        assigns=("actors",),
    ),
    Stage("times", _times, "find temporal expressions and resolve them", assigns=("times",)),
    Stage(
        "casualties",
        _casualties,
        "find casualty figures",
        assigns=("casualties", "warnings"),
    ),
    Stage(
        "cues",
        _cues,
        "mark loaded language, labels, hedges and denials",
        english_only=True,
        requires=("actors",),
        assigns=("cues",),
    ),
    Stage(
        "claims",
        _claims,
        "turn sentences into sourced, typed claims",
        english_only=True,
        requires=(*_MENTIONS, "cues"),
        assigns=("claims",),
    ),
    Stage(
        "summary",
        _summary,
        "summarise the article: main event, sourcing, camps",
        requires=(*_MENTIONS, "claims"),
        assigns=("summary",),
    ),
)


def check_stages(stages: Sequence[Stage]) -> None:
    """Raise :class:`PipelineError` unless the stages' contracts hold in this order.

    Every field named must be a field of :class:`Analysis`, and every field a
    stage requires must be assigned by an earlier stage (or be given).
    """
    available = set(GIVEN)
    for stage in stages:
        unknown = [f for f in (*stage.requires, *stage.assigns) if f not in FIELDS]
        if unknown:
            raise PipelineError(
                f"stage {stage.name!r} names {unknown[0]!r}, which is not a field of the analysis"
            )
        missing = [f for f in stage.requires if f not in available]
        if missing:
            makers = [s.name for s in STAGES if missing[0] in s.assigns]
            hint = f" (the {makers[0]!r} stage assigns it)" if makers else ""
            raise PipelineError(
                f"stage {stage.name!r} requires {missing[0]!r}, "
                f"which no earlier stage assigns{hint}"
            )
        available.update(stage.assigns)


def _run(stage: Stage, before: Analysis) -> Analysis:
    """Run one stage and check that it changed only the fields it assigns."""
    after = stage.run(before)
    if not isinstance(after, Analysis):
        raise PipelineError(f"stage {stage.name!r} returned {type(after).__name__}, not Analysis")
    for name in FIELDS:
        if getattr(after, name) is not getattr(before, name) and name not in stage.assigns:
            raise PipelineError(
                f"stage {stage.name!r} changed {name!r}, which is not among the fields it assigns"
            )
    return after


def analyze_article(article: Article, stages: Sequence[Stage] = STAGES) -> Analysis:
    """Run ``stages`` over ``article`` and return the analysis.

    Stages whose rules are written for English are skipped for text in another
    language, and a warning says so: names, places and numeric dates are still
    found, but no claims are made up from rules that cannot read the text.

    Raises:
        PipelineError: a stage requires a field that no earlier stage assigns,
            or changed a field it does not assign.
    """
    if stages is not STAGES:  # the default list was checked once, below
        check_stages(stages)
    analysis = Analysis(article=article)
    skipped = [s.name for s in stages if s.english_only and article.non_english]
    if skipped:
        warning = (
            f"text looks like {article.language!r}, not English: "
            f"skipped {', '.join(skipped)}; actors, places and dates are still found"
        )
        analysis = replace(analysis, warnings=(warning,))
    for stage in stages:
        if stage.name not in skipped:
            analysis = _run(stage, analysis)
    return analysis


check_stages(STAGES)
