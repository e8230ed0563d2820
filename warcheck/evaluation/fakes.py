"""``warcheck eval fakes``: compare warcheck's extraction with FA-KES crowd facts.

FA-KES (Abu Salem et al., ICWSM 2019, CC BY 4.0) gives, per Syrian-war
article, the governorate of the event, the perpetrator class, the cause of
death and casualty counts extracted by crowd workers. This module runs the
ordinary analysis on each article (its title line and content, with its
outlet, without its date) and scores what the analysis says against those
facts. The credible/fake label is not used: it is not something warcheck
predicts.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from warcheck import knowledge
from warcheck.analysis.pipeline import analyze_article
from warcheck.errors import DataError, WarcheckError, csv_file_errors
from warcheck.model import MainEvent, Summary
from warcheck.read.article import read
from warcheck.read.items import with_title

REQUIRED = ("article_content", "location", "date", "nb_civilians", "nb_children")

# Syrian governorates as warcheck names them -> FA-KES's 12 location values.
GOVERNORATES = {
    "Aleppo": "aleppo",
    "Damascus": "damascus",
    "Rif Dimashq": "damascus",
    "Idlib": "idlib",
    "Deir ez-Zor": "deir ezzor",
    "Raqqa": "raqqa",
    "Homs": "homs",
    "Hasakah": "hasakeh",
    "Hama": "hama",
    "Daraa": "daraa",
    "Latakia": "lattakia",
    "Quneitra": "quneitra",
    "Tartus": "tartous",
    "As-Suwayda": "suwayda",
}

# warcheck event types -> FA-KES cause-of-death classes.
CAUSES = {
    "air_drone_strike": "shelling",
    "shelling_artillery_missile_attack": "shelling",
    "remote_explosive_landmine_ied": "explosion",
    "suicide_bomb": "explosion",
    "grenade": "explosion",
    "chemical_weapon": "chemical and toxic gases",
}
# For attacks and clashes the event type does not say how people died: the words do.
_HOW = (
    (re.compile(r"\bexecut|\bbehead|\bslaughter|\bfiring squad", re.I), "execution"),
    (
        re.compile(r"\bshot\b|\bshooting|\bgunfire|\bsniper|\bopened fire|\bgunmen", re.I),
        "shooting",
    ),
)


def cause_class(event_type: str | None, text: str, others: Sequence[str | None] = ()) -> str:
    """Map the main event onto FA-KES's causes of death.

    The event type decides when it names a weapon (air strike, shelling, bomb,
    chemical weapon); for attacks and clashes the claim's wording ("executed",
    "shot"); failing both, the first other event claim of the article that
    names a weapon.
    """
    if event_type in CAUSES:
        return CAUSES[event_type]
    for pattern, cause in _HOW:
        if pattern.search(text):
            return cause
    return next((CAUSES[t] for t in others if t in CAUSES), "unknown")


PERPETRATORS = (
    "syrian government or russian troops",
    "the organization of the islamic state in iraq and the levant - isis",
    "international coalition forces",
    "armed opposition groups",
    "self administration forces",
    "al-nusra front",
    "unknown",
)

Progress = Callable[[int, int], None]

# Least resolution confidence at which a perpetrator counts as named by the article.
NAMED = 0.7


def rows(path: str | Path) -> Iterator[dict[str, str]]:
    """Yield the rows of a FA-KES-format CSV, checking its columns."""
    csv.field_size_limit(sys.maxsize)
    with csv_file_errors(path, "a FA-KES CSV"), open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise DataError(f"{path}: not a FA-KES CSV, missing columns: {', '.join(missing)}")
        yield from reader


def parse_date(value: str) -> str | None:
    """Turn FA-KES's ``m/d/yy`` (or ``m/d/yyyy``) date into ISO, or ``None``."""
    for fmt in ("%m/%d/%y", "%m/%d/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(value.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    return None


def perpetrator_class(actor_id: str | None) -> str:
    """Map a perpetrator actor id onto FA-KES's seven perpetrator classes."""
    if not actor_id:
        return "unknown"
    a = knowledge.actors().get(actor_id)
    if a is None:
        return "unknown"
    chain = {actor_id, a.parent or ""}
    if chain & {"hts", "jabhat_al_nusra"}:
        return "al-nusra front"
    if chain & {"isis"}:
        return PERPETRATORS[1]
    if a.camp in ("syrian_government", "pro_government"):
        return PERPETRATORS[0]
    if a.camp == "western" or a.kind == "coalition":
        return "international coalition forces"
    if a.camp == "kurdish":
        return "self administration forces"
    if a.camp == "opposition":
        return "armed opposition groups"
    return "unknown"


def article_text(row: dict[str, str]) -> str:
    """The article as a reader gets it: its title line, then its content (see ``with_title``)."""
    return with_title(row.get("article_title"), row["article_content"])


def predict(content: str, outlet: str | None) -> dict[str, Any]:
    """Analyse one article and return the facts compared with FA-KES."""
    analysis = analyze_article(read(content, outlet=outlet or None))
    summary = analysis.summary or Summary()
    place = summary.main_place
    event = summary.main_event
    return {
        "governorate": GOVERNORATES.get(place.governorate or "") if place else None,
        "published": analysis.article.published,
        "civilians": summary.casualties.civilians,
        "children": summary.casualties.children,
        "perpetrator": perpetrator_class(_named(event)),
        "cause": cause_class(
            event.event_type if event else None,
            analysis.article.text[event.start : event.end] if event else "",
            [c.event_type for c in analysis.claims if c.kind == "event"],
        ),
    }


def _named(event: MainEvent | None) -> str | None:
    """The main event's perpetrator when the article names it.

    A perpetrator that only context chose behind an ambiguous label
    ("terrorists", "militants") is not named; the crowd records those as unknown.
    """
    if event is None or (event.perpetrator_confidence or 0.0) < NAMED:
        return None
    return event.perpetrator


def evaluate(path: str | Path, progress: Progress | None = None) -> dict[str, Any]:
    """Score the analysis of every article in ``path`` against its crowd facts."""
    data = list(rows(path))
    if not data:
        raise DataError(f"{path}: no rows")
    hits: Counter[str] = Counter()
    counted: Counter[str] = Counter()
    confusion: dict[str, Counter[str]] = {}
    errors = 0
    for i, row in enumerate(data, 1):
        try:
            got = predict(article_text(row), row.get("source"))
        except WarcheckError:
            errors += 1
            got = {}
        location = row["location"].strip().lower()
        gold: dict[str, str | int | None] = {
            "governorate": location,
            "published": parse_date(row["date"]),
            "civilians": _int(row.get("nb_civilians")),
            "children": _int(row.get("nb_children")),
            "perpetrator": (row.get("actor") or "").strip().lower() or None,
            "cause": (row.get("cause_of_death") or "").strip().lower() or None,
        }
        for key, value in gold.items():
            if value is None:
                continue
            counted[key] += 1
            hits[key] += got.get(key) == value
        confusion.setdefault(location, Counter())[str(got.get("governorate"))] += 1
        if progress:
            progress(i, len(data))
    names = {
        "governorate": "governorate_accuracy",
        "published": "published_date_accuracy",
        "civilians": "civilians_exact",
        "children": "children_exact",
        "perpetrator": "perpetrator_accuracy",
        "cause": "cause_accuracy",
    }
    metrics = {names[k]: round(hits[k] / counted[k], 4) for k in names if counted[k]}
    return {
        "dataset": Path(path).name,
        "dataset_kind": "fakes",
        "n": len(data),
        "metrics": metrics,
        "counted": {names[k]: counted[k] for k in names},
        "analysis_errors": errors,
        "governorate_confusion": {g: dict(c) for g, c in sorted(confusion.items())},
    }


def format_result(result: dict[str, Any]) -> str:
    """Return the evaluation result as a short readable report."""
    lines = [f"FA-KES evaluation of {result['dataset']}: {result['n']} articles"]
    for key, value in result["metrics"].items():
        lines.append(f"  {key:<26} {value:.3f}  (n={result['counted'][key]})")
    if result["analysis_errors"]:
        lines.append(f"  articles that could not be analysed: {result['analysis_errors']}")
    return "\n".join(lines) + "\n"


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value not in (None, "") else None
    except ValueError:
        return None
