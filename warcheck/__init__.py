"""warcheck: who says what happened in conflict news, on whose word, and who else reports it.

The public surface is small: :func:`analyze` turns an article (plain text or
HTML) into an :class:`Analysis`; :func:`read_source` loads a file, URL or
stdin; :func:`read_items` reads many articles (folders, CSV, JSON Lines,
feeds, WARCs) as :class:`Item` or :class:`Problem`; a :class:`Store` keeps
many analysed articles in one SQLite file (ingest, search, export, reference
events) and :func:`cross_check` groups its claims into incidents and grades
them; :func:`read_reference` reads ACLED and UCDP GED event files; the model
types describe what comes back. The CLI uses only these.
"""

from __future__ import annotations

import typing

from warcheck.errors import (
    DataError,
    FetchError,
    InputError,
    PipelineError,
    StoreError,
    WarcheckError,
)
from warcheck.model import (
    ActorMention,
    Analysis,
    Article,
    CasualtyMention,
    Claim,
    Cue,
    MainEvent,
    MainPlace,
    OperationMention,
    Participant,
    PlaceMention,
    Removed,
    Sentence,
    Source,
    Sourcing,
    Span,
    Summary,
    TimeMention,
    Tolls,
)
from warcheck.version import __version__

if typing.TYPE_CHECKING:
    from collections import Counter
    from collections.abc import Callable, Iterator, Sequence
    from typing import Any

    from warcheck.corpus.limits import Limits
    from warcheck.corpus.store import Store
    from warcheck.corpus.writer import IngestReport
    from warcheck.crosscheck.reference import ReferenceEvent
    from warcheck.crosscheck.stored import CrosscheckReport
    from warcheck.crosscheck.stored import crosscheck as cross_check
    from warcheck.read.items import Item, Problem
    from warcheck.read.publication_dates import checked as check_published
    from warcheck.read.records import ColumnMap

__all__ = [
    "ActorMention",
    "Analysis",
    "Article",
    "CasualtyMention",
    "ColumnMap",
    "CrosscheckReport",
    "DATASETS",
    "Claim",
    "Cue",
    "DataError",
    "FetchError",
    "IngestReport",
    "InputError",
    "Item",
    "Limits",
    "MainEvent",
    "MainPlace",
    "OperationMention",
    "Participant",
    "PipelineError",
    "PlaceMention",
    "Problem",
    "Removed",
    "Sentence",
    "Source",
    "Sourcing",
    "Span",
    "Store",
    "StoreError",
    "Summary",
    "TimeMention",
    "Tolls",
    "WarcheckError",
    "__version__",
    "analyze",
    "assess_credibility",
    "assess_store",
    "check_published",
    "cross_check",
    "evaluate",
    "format_evaluation",
    "gazetteers",
    "import_gazetteer",
    "ingest_parquet",
    "json_schema",
    "read_items",
    "read_reference",
    "read_source",
    "remove_gazetteer",
    "render_text",
    "vocabularies",
]

# Names whose modules are imported on first use (``warcheck analyze`` needs none of them):
# public name -> (module, name there).
_LAZY = {
    "ingest_parquet": ("warcheck.corpus.parquet_out", "ingest"),
    "import_gazetteer": ("warcheck.knowledge.gazetteers", "import_gazetteer"),
    "gazetteers": ("warcheck.knowledge.gazetteers", "gazetteers"),
    "remove_gazetteer": ("warcheck.knowledge.gazetteers", "remove_gazetteer"),
    "check_published": ("warcheck.read.publication_dates", "checked"),
    "Limits": ("warcheck.corpus.limits", "Limits"),
    "Store": ("warcheck.corpus.store", "Store"),
    "IngestReport": ("warcheck.corpus.writer", "IngestReport"),
    "CrosscheckReport": ("warcheck.crosscheck.stored", "CrosscheckReport"),
    "cross_check": ("warcheck.crosscheck.stored", "crosscheck"),
    "Item": ("warcheck.read.items", "Item"),
    "Problem": ("warcheck.read.items", "Problem"),
    "ColumnMap": ("warcheck.read.records", "ColumnMap"),
}


def __getattr__(name: str) -> Any:
    """A lazily imported public name (:data:`_LAZY`), kept once imported."""
    if name not in _LAZY:
        raise AttributeError(f"module 'warcheck' has no attribute {name!r}")
    import importlib

    module, attr = _LAZY[name]
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


def analyze(
    source_text_or_html: str,
    *,
    published: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
) -> Analysis:
    """Analyse one article given as plain text or HTML.

    Args:
        source_text_or_html: the article; HTML is recognised and its main text extracted.
        published: publication date ``YYYY-MM-DD``; overrides a dateline or page metadata.
        outlet: the outlet's name or domain, used to look up its camp.
        url: where the article came from, kept in the output.

    Returns:
        The analysis; ``to_dict()`` gives the ``warcheck.analysis/1`` JSON document.

    Raises:
        InputError: the text is empty, has no article text, or ``published`` is not a date.
    """
    from warcheck.analysis.pipeline import analyze_article
    from warcheck.read.article import read

    article = read(source_text_or_html, published=published, outlet=outlet, url=url)
    return analyze_article(article)


def assess_credibility(analysis: Analysis) -> dict[str, Any]:
    """Return the credibility model's assessment of one analysed article, alone.

    The probability that FA-KES would label the article credible (its facts
    matching one documentation centre's records), by the shipped models with
    and without the outlet's name and camp, and the top reasons with their
    spans. A model of one dataset's labels, not a verdict (see the README).
    """
    from warcheck.credibility.assessment import assess_alone
    from warcheck.credibility.modelfile import shipped

    return assess_alone(analysis.to_dict(), shipped()[0])


def assess_store(store: Store) -> int:
    """Assess every article of a store with the credibility model; return how many.

    Each article is assessed against all the others (the cross-check's
    incidents, without labels) by the shipped model that is blind to the
    outlet and its camp; the rows go to the ``article_assessments`` table,
    each labelled as a model of FA-KES labels, not a verdict.
    """
    from warcheck.credibility.stored import assess_stored

    return assess_stored(store)


def read_source(source: str, *, allow_private: bool = False) -> tuple[str, str | None]:
    """Load an article from a file path, ``-`` (stdin) or an http(s) URL.

    Returns the decoded content and the URL it came from (``None`` for files).
    Raises :class:`InputError` or :class:`FetchError` with a one-line message.
    """
    from warcheck.read.fetch import load_source

    return load_source(source, allow_private=allow_private)


def read_items(
    sources: Sequence[str],
    *,
    format: str = "auto",  # noqa: A002 - the name the CLI option has
    columns: ColumnMap | None = None,
    fetch_links: bool = False,
    allow_private: bool = False,
    skipped: Counter[str] | None = None,
) -> Iterator[Item | Problem]:
    """Read the articles of files, folders, ``-`` (stdin) and URLs, one at a time.

    Formats (``format``, ``"auto"`` to detect per source): see
    ``vocabularies()["input_format"]``; gzip is undone whatever the format.
    Each article is an :class:`Item`; what cannot be read is a
    :class:`Problem` (where and why), and reading goes on. ``columns`` names
    the CSV columns or JSON keys for other layouts; ``fetch_links`` reads the
    page of each feed entry; ``skipped`` counts what was passed over silently.
    Raises ValueError for an unknown ``format``.
    """
    from warcheck.read.sources import iter_items

    return iter_items(
        sources,
        format=format,
        columns=columns,
        fetch_links=fetch_links,
        allow_private=allow_private,
        skipped=skipped,
    )


def read_reference(
    path: str,
    *,
    format: str = "auto",  # noqa: A002 - the name the CLI option has
) -> Iterator[ReferenceEvent | Problem]:
    """Read an ACLED CSV export or a UCDP GED CSV file (gzip too), one event at a time.

    ``format`` is one of ``vocabularies()["reference_format"]`` ("auto": told by
    the header). Each event is a ``ReferenceEvent`` whose ``to_row()`` is what
    :meth:`Store.import_reference` takes; a row that cannot be read is a
    :class:`Problem` with its row number, and reading goes on.

    Raises:
        InputError (when the first item is asked for): the file cannot be read, or its
            header is not the format's.
    """
    from warcheck.crosscheck.reference import read_reference as read

    return read(path, format=format)


def render_text(analysis: Analysis, *, color: bool = False) -> str:
    """Return the readable report of an analysis: marked-up text, tables, claims, summary."""
    from warcheck.render.report import render

    return render(analysis, color=color)


def vocabularies() -> dict[str, dict[str, str]]:
    """Return every closed vocabulary: name -> {term: one-line definition}."""
    from warcheck.vocab import ALL

    return ALL


def json_schema() -> str:
    """Return the JSON Schema (text) of ``Analysis.to_dict()``."""
    from importlib.resources import files

    return files("warcheck").joinpath("schema/analysis-1.json").read_text("utf-8")


DATASETS = ("fakes", "case2021", "main-event", "incidents", "geoparsing", "credibility")


def evaluate(
    dataset: str,
    path: str,
    progress: Callable[[int, int], None] | None = None,
    *,
    half: str = "all",
    csv: str | None = None,
    jsonl: str | None = None,
    xml: str | None = None,
    train: str | None = None,
    cv: bool = False,
    folds: int = 5,
    seed: int = 0,
) -> dict[str, Any]:
    """Evaluate on a dataset file (one of :data:`DATASETS`); return the metrics.

    ``half`` picks the development or held-out half: ``"a"``/``"b"`` of a
    ``"main-event"`` file, ``"even"``/``"odd"`` articles of a ``"geoparsing"``
    file; ``csv``, ``jsonl`` and ``xml`` name the CSV, JSON Lines and GeoWebNews
    files whose rows, records and articles a main-event file refers to. ``cv``
    cross-validates the rules, the event model and both on a ``"case2021"``
    file (``folds`` folds fixed by ``seed``; the model refitted in each fold).
    ``"credibility"`` trains the credibility model on ``train`` and scores it
    on ``path`` (both FA-KES-format CSVs with labels).
    Raises :class:`DataError` when the file is missing or not in the dataset's format.
    """
    if dataset == "credibility":
        from warcheck.evaluation import credibility

        if not train:
            raise DataError("credibility needs a training file (--train)")
        return credibility.evaluate(train, path, progress=progress)
    if cv:
        if dataset != "case2021":
            raise DataError(f"--cv applies to case2021, not {dataset!r}")
        from warcheck.evaluation import case2021_cv

        return case2021_cv.evaluate_cv(path, k=folds, seed=seed, progress=progress)
    if dataset == "main-event":
        from warcheck.evaluation import main_event

        return main_event.evaluate(
            path, progress=progress, half=half, csv=csv, jsonl=jsonl, xml=xml
        )
    if dataset == "geoparsing":
        from warcheck.evaluation import geoparsing

        return geoparsing.evaluate(path, progress=progress, half=half)
    if half != "all":
        raise DataError(f"--half applies to main-event and geoparsing, not {dataset!r}")
    if dataset == "fakes":
        from warcheck.evaluation import fakes as module
    elif dataset == "case2021":
        from warcheck.evaluation import case2021 as module  # type: ignore[no-redef]
    elif dataset == "incidents":
        from warcheck.evaluation import incidents as module  # type: ignore[no-redef]
    else:
        raise DataError(f"unknown dataset {dataset!r}; choose from {', '.join(DATASETS)}")
    return module.evaluate(path, progress=progress)


def format_evaluation(result: dict[str, Any]) -> str:
    """Return an evaluation result as a short readable report."""
    if result.get("dataset_kind") == "main-event":
        from warcheck.evaluation import main_event

        return main_event.format_result(result)
    if result.get("dataset_kind") == "geoparsing":
        from warcheck.evaluation import geoparsing

        return geoparsing.format_result(result)
    if result.get("dataset_kind") == "credibility":
        from warcheck.evaluation import credibility

        return credibility.format_result(result)
    if result.get("dataset_kind") == "case2021_cv":
        from warcheck.evaluation import case2021_cv

        return case2021_cv.format_cv(result)
    if result.get("dataset_kind") == "case2021":
        from warcheck.evaluation import case2021 as module
    elif result.get("dataset_kind") == "incidents":
        from warcheck.evaluation import incidents as module  # type: ignore[no-redef]
    else:
        from warcheck.evaluation import fakes as module  # type: ignore[no-redef]
    return module.format_result(result)
