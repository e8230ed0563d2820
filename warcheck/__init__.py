"""warcheck: who says what happened in conflict news, on whose word, and who else reports it.

The public surface is small: :func:`analyze` turns an article (plain text or
HTML) into an :class:`Analysis`; :func:`read_source` loads a file, URL or
stdin; the model types describe what comes back. The CLI uses only these.
"""

from __future__ import annotations

from warcheck.errors import DataError, FetchError, InputError, WarcheckError
from warcheck.model import (
    ActorMention,
    Analysis,
    Article,
    CasualtyMention,
    Claim,
    Cue,
    Participant,
    PlaceMention,
    Removed,
    Sentence,
    Source,
    Span,
    TimeMention,
)
from warcheck.version import __version__

__all__ = [
    "ActorMention",
    "Analysis",
    "Article",
    "CasualtyMention",
    "Claim",
    "Cue",
    "DataError",
    "FetchError",
    "InputError",
    "Participant",
    "PlaceMention",
    "Removed",
    "Sentence",
    "Source",
    "Span",
    "TimeMention",
    "WarcheckError",
    "__version__",
    "analyze",
    "read_source",
]


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
    from warcheck.pipeline import analyze_article
    from warcheck.reading import read

    if published is not None:
        _check_date(published)
    article = read(source_text_or_html, published=published, outlet=outlet, url=url)
    return analyze_article(article)


def read_source(source: str, *, allow_private: bool = False) -> tuple[str, str | None]:
    """Load an article from a file path, ``-`` (stdin) or an http(s) URL.

    Returns the decoded content and the URL it came from (``None`` for files).
    Raises :class:`InputError` or :class:`FetchError` with a one-line message.
    """
    from warcheck.fetching import load_source

    return load_source(source, allow_private=allow_private)


def _check_date(value: str) -> None:
    import datetime as dt

    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"publication date {value!r} is not a date in the form YYYY-MM-DD") from None
