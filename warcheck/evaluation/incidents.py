"""``warcheck eval incidents``: score the cross-check's incidents against gold incidents.

The file is JSON Lines, one article per line with ``text`` (and ``title``,
``outlet``, ``published``, ``id`` when known) and a gold ``incident`` key.
Each article is analysed, its claims are clustered with the others', and the
article is put in the incident of its main claim (an article without claims
stands alone). The predicted grouping is scored against the gold one by
B-cubed and pairwise precision, recall and F1, with the ratio of predicted to
gold incident counts.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from pathlib import Path
from typing import Any

from warcheck.analysis.pipeline import analyze_article
from warcheck.crosscheck import Corpus, Rules, article_incidents, facts_of
from warcheck.errors import DataError, WarcheckError
from warcheck.evaluation.files import json_objects
from warcheck.read.article import read
from warcheck.read.items import with_title

Progress = Callable[[int, int], None]


def rows(path: str | Path) -> list[dict[str, Any]]:
    """Read the articles of a JSON Lines file that carry ``text`` and ``incident``."""
    out = []
    for where, row in json_objects(path):
        if "text" not in row or "incident" not in row:
            raise DataError(f"{where}: an article needs 'text' and 'incident' keys")
        out.append(row)
    if not out:
        raise DataError(f"{path}: no articles")
    return out


def document(row: Mapping[str, Any]) -> dict[str, Any] | None:
    """Analyse one article row; return its analysis document, ``None`` if it has no text."""
    text = with_title(row.get("title"), str(row.get("text") or ""))
    try:
        article = read(text, published=row.get("published") or None, outlet=row.get("outlet"))
    except WarcheckError:
        return None
    return analyze_article(article).to_dict()


def cluster(
    data: Sequence[Mapping[str, Any]],
    documents: Sequence[Mapping[str, Any] | None],
    rules: Rules | None = None,
) -> list[Hashable]:
    """Return the predicted incident of each article (its position when it has none)."""
    corpus = Corpus(rules)
    for i, (row, doc) in enumerate(zip(data, documents, strict=True)):
        if doc is not None:
            facts = facts_of(i, row.get("outlet"), row.get("published"), doc)
            corpus.add(facts, str(doc["article"]["text"]))
    found = article_incidents(corpus)
    return [found.get(i, ("alone", i)) for i in range(len(data))]


def bcubed(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> tuple[float, float]:
    """Return B-cubed precision and recall of a predicted grouping against a gold one."""
    both = Counter(zip(predicted, gold, strict=True))
    size_p, size_g = Counter(predicted), Counter(gold)
    n = len(gold)
    precision = sum(both[p, g] / size_p[p] for p, g in zip(predicted, gold, strict=True)) / n
    recall = sum(both[p, g] / size_g[g] for p, g in zip(predicted, gold, strict=True)) / n
    return precision, recall


def pairwise(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> tuple[float, float]:
    """Return pairwise precision and recall: of the article pairs put together."""

    def pairs(counts: Counter[Any]) -> int:
        return sum(c * (c - 1) // 2 for c in counts.values())

    common = pairs(Counter(zip(predicted, gold, strict=True)))
    in_p, in_g = pairs(Counter(predicted)), pairs(Counter(gold))
    return (common / in_p if in_p else 1.0), (common / in_g if in_g else 1.0)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> dict[str, Any]:
    """Return the metrics of a predicted grouping (see ``vocab.EVAL_METRIC``)."""
    bp, br = bcubed(predicted, gold)
    pp, pr = pairwise(predicted, gold)
    return {
        "articles": len(gold),
        "gold_incidents": len(set(gold)),
        "predicted_incidents": len(set(predicted)),
        "bcubed_precision": round(bp, 4),
        "bcubed_recall": round(br, 4),
        "bcubed_f1": round(_f1(bp, br), 4),
        "pairwise_precision": round(pp, 4),
        "pairwise_recall": round(pr, 4),
        "pairwise_f1": round(_f1(pp, pr), 4),
        "incident_ratio": round(len(set(predicted)) / len(set(gold)), 4),
    }


def evaluate(path: str | Path, progress: Progress | None = None) -> dict[str, Any]:
    """Analyse, cluster and score the articles of a JSON Lines file with gold incidents."""
    data = rows(path)
    documents = []
    for i, row in enumerate(data, 1):
        documents.append(document(row))
        if progress:
            progress(i, len(data))
    gold = [str(row["incident"]) for row in data]
    result: dict[str, Any] = {"dataset_kind": "incidents", "file": str(path)}
    result.update(score(cluster(data, documents), gold))
    if any("half" in row for row in data):
        result["halves"] = _halves(data, documents, gold)
    return result


def _halves(
    data: Sequence[Mapping[str, Any]],
    documents: Sequence[Mapping[str, Any] | None],
    gold: Sequence[str],
) -> dict[str, dict[str, Any]]:
    out = {}
    for half in sorted({str(row.get("half")) for row in data}):
        keep = [i for i, row in enumerate(data) if str(row.get("half")) == half]
        predicted = cluster([data[i] for i in keep], [documents[i] for i in keep])
        out[half] = score(predicted, [gold[i] for i in keep])
    return out


LINES = (
    ("B-cubed P / R / F1", "bcubed_precision", "bcubed_recall", "bcubed_f1"),
    ("pairwise P / R / F1", "pairwise_precision", "pairwise_recall", "pairwise_f1"),
)


def format_result(result: Mapping[str, Any]) -> str:
    """Return the metrics as a short readable report."""
    out = [
        f"{result['articles']} articles, {result['gold_incidents']} gold incidents, "
        f"{result['predicted_incidents']} predicted (ratio {result['incident_ratio']:.2f})"
    ]
    for label, *keys in LINES:
        out.append(f"  {label:<22} " + " / ".join(f"{result[k]:.3f}" for k in keys))
    for half, part in (result.get("halves") or {}).items():
        out.append(
            f"  half {half}: B-cubed F1 {part['bcubed_f1']:.3f}, pairwise F1 "
            f"{part['pairwise_f1']:.3f}, ratio {part['incident_ratio']:.2f}"
        )
    return "\n".join(out) + "\n"


if __name__ == "__main__":  # pragma: no cover - a convenience for development
    sys.stdout.write(format_result(evaluate(sys.argv[1])))
