"""The ClaimReview export: schema.org ClaimReview JSON-LD, one review per graded claim.

Each claim the cross-check graded becomes a ``ClaimReview`` whose
``itemReviewed`` is the ``Claim`` (its text, its outlet as author, the article
it appears in) and whose ``reviewRating`` is named after the grade
(``alternateName``, e.g. "weak: a single origin reports it") with the grade's
reason and evidence as ``ratingExplanation``. There is no numeric rating: a
grade measures sourcing and corroboration, not truth, and the review says so.
Claims not graded (``not_assessed``) are left out. The output is one JSON array,
written as it is read.
"""

from __future__ import annotations

from typing import IO, Any

import orjson

from warcheck.corpus.schema import Connection, stream
from warcheck.vocab import GRADE

_GRADED = """
SELECT c.id, c.text, c.date_from, a.id AS article, a.item_id, a.title, a.url, a.published,
       o.name AS outlet, ic.incident_id, ic.grade, ic.reliability || ic.credibility AS admiralty,
       ic.reason, ic.evidence,
       (SELECT max(graded_at) FROM grade_history h WHERE h.claim_id = c.id) AS graded_at
FROM incident_claims ic JOIN claims c ON c.id = ic.claim_id
JOIN articles a ON a.id = c.article_id LEFT JOIN outlets o ON o.id = a.outlet_id
WHERE ic.grade != 'not_assessed' ORDER BY c.id
"""

NOTE = (
    "warcheck grades sourcing and corroboration across the articles it holds; "
    "it does not declare the claim true or false."
)


def explanation(row: dict[str, Any]) -> str:
    """The review's reasoning in words, from the grade's reason and its evidence."""
    evidence = orjson.loads(row["evidence"])
    parts = [f"{row['reason']} (Admiralty {row['admiralty']})."]
    others = len(evidence.get("articles") or ())
    parts.append(
        f"Incident {row['incident_id']}: {others} other article(s), "
        f"{evidence.get('origins', 1)} independent origin(s) in all."
    )
    if evidence.get("agreeing"):
        parts.append("Agreeing: " + ", ".join(evidence["agreeing"]) + ".")
    if evidence.get("conflicting"):
        parts.append("Conflicting: " + "; ".join(evidence["conflicting"]) + ".")
    if evidence.get("reference"):
        parts.append(f"Reference data: {evidence['reference']}.")
    parts.append(NOTE)
    return " ".join(parts)


def review(row: dict[str, Any]) -> dict[str, Any]:
    """One graded claim row as a ClaimReview JSON-LD object."""
    appearance: dict[str, Any] = {"@type": "NewsArticle", "headline": row["title"]}
    if row["url"]:
        appearance["url"] = row["url"]
    if row["published"]:
        appearance["datePublished"] = row["published"]
    claim: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    if row["outlet"]:
        claim["author"] = {"@type": "Organization", "name": row["outlet"]}
    if row["published"]:
        claim["datePublished"] = row["published"]
    out: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": f"warcheck:claim:{row['id']}",
        "claimReviewed": row["text"],
        "itemReviewed": claim,
        "author": {"@type": "Organization", "name": "warcheck"},
        "reviewRating": {
            "@type": "Rating",
            "alternateName": f"{row['grade']}: {GRADE[row['grade']]}",
            "ratingExplanation": explanation(row),
        },
    }
    if row["graded_at"]:
        out["datePublished"] = row["graded_at"][:10]
    return out


def export(conn: Connection, out: IO[str]) -> int:
    """Write the JSON array of reviews; return how many were written."""
    out.write("[\n")
    n = 0
    for row in stream(conn, _GRADED):
        text = orjson.dumps(review(dict(row))).decode()
        out.write(("" if n == 0 else ",\n") + text)
        n += 1
    out.write("\n]\n")
    return n
