"""The per-article pipeline: a list of small named stages, each adding to the analysis.

A stage is a function ``Analysis -> Analysis`` that fills one or more fields
with :func:`dataclasses.replace`. Stages run in order; later stages may read
what earlier ones found. The list is data: a caller can run a subset with
``analyze_article(article, stages=[...])``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from warcheck import knowledge
from warcheck.analysis import actors, casualties, claims, cues, places, summary
from warcheck.analysis.time import times
from warcheck.model import Analysis, Article
from warcheck.read import sentences


@dataclass(frozen=True)
class Stage:
    """A named step of the pipeline."""

    name: str
    run: Callable[[Analysis], Analysis]
    doc: str
    english_only: bool = False


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
    found = actors.find_actors(a.article.text, a.sentences, _outlet_camp(a.article))
    return replace(a, actors=tuple(found))


def _operations(a: Analysis) -> Analysis:
    return replace(a, operations=tuple(actors.find_operations(a.article.text)))


def _places(a: Analysis) -> Analysis:
    # A place name inside an operation's name ("Asefat al-Jazeera") is not a place mention.
    ops = [(o.start, o.end) for o in a.operations]
    found = [
        p
        for p in places.find_places(a.article.text)
        if not any(s < p.end and p.start < e for s, e in ops)
    ]
    return replace(a, places=tuple(found))


def _times(a: Analysis) -> Analysis:
    found = times.find_times(a.article.text, _published(a), a.article.language)
    return replace(a, times=tuple(found))


def _casualties(a: Analysis) -> Analysis:
    return replace(a, casualties=tuple(casualties.find_casualties(a.article.text)))


def _cues(a: Analysis) -> Analysis:
    return replace(a, cues=tuple(cues.find_cues(a.article.text, a.actors)))


def _claims(a: Analysis) -> Analysis:
    return replace(a, claims=tuple(claims.build_claims(a)))


def _summary(a: Analysis) -> Analysis:
    return replace(a, summary=summary.summarize(a))


STAGES: tuple[Stage, ...] = (
    Stage("sentences", _sentences, "split the text into sentences and paragraphs"),
    Stage("actors", _actors, "find actors by name, alias or partisan label"),
    Stage("operations", _operations, "find named military operations and campaigns"),
    Stage("places", _places, "find places and resolve them to coordinates"),
    Stage("times", _times, "find temporal expressions and resolve them"),
    Stage("casualties", _casualties, "find casualty figures"),
    Stage("cues", _cues, "mark loaded language, labels, hedges and denials", english_only=True),
    Stage("claims", _claims, "turn sentences into sourced, typed claims", english_only=True),
    Stage("summary", _summary, "summarise the article: main event, sourcing, camps"),
)


def analyze_article(article: Article, stages: Sequence[Stage] = STAGES) -> Analysis:
    """Run ``stages`` over ``article`` and return the analysis.

    Stages whose rules are written for English are skipped for text in another
    language, and a warning says so: names, places and numeric dates are still
    found, but no claims are made up from rules that cannot read the text.
    """
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
            analysis = stage.run(analysis)
    return analysis
