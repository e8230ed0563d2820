"""The ``article_assessments`` table: the credibility model's rows, written and read back.

The rows come from :func:`warcheck.credibility.stored.assess_stored`; this
module only stores them (one transaction, each article's row replaced) and
reads one back with its reasons decoded.
"""

from __future__ import annotations

import json
from typing import Any

from warcheck.corpus.schema import Connection, transaction

_COLUMNS = ("article_id", "model", "probability", "label", "reasons", "assessed_at")


def write_assessments(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Replace the assessments of these rows' articles, all in one transaction."""
    marks = ", ".join("?" * len(_COLUMNS))
    with transaction(conn):
        conn.executemany(
            "DELETE FROM article_assessments WHERE article_id = ?",
            [(row["article_id"],) for row in rows],
        )
        conn.executemany(
            f"INSERT INTO article_assessments ({', '.join(_COLUMNS)}) VALUES ({marks})",
            [tuple(row[c] for c in _COLUMNS) for row in rows],
        )


def assessment(conn: Connection, article_id: int) -> dict[str, Any] | None:
    """One article's assessment with its reasons decoded; None if it was never assessed."""
    row = conn.execute(
        f"SELECT {', '.join(_COLUMNS)} FROM article_assessments WHERE article_id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        return None
    found = dict(zip(_COLUMNS, row, strict=True))
    found["reasons"] = json.loads(found["reasons"])
    return found
