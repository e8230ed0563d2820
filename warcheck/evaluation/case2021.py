"""CASE 2021 shared task 2: fine-grained event classification of news snippets.

The dataset (Haneczok et al., CASE 2021) is a tab-separated file with the
columns ``id``, ``EventSnippet`` and ``SubType``; the labels are the ACLED
sub-event types as CASE codes (``ARMED_CLASH``, ``AIR_STRIKE``...), the
"unseen" types ``MAN_MADE_DISASTER``, ``NATURAL_DISASTER`` and ``ORG_CRIME``
and the late additions ``DIPLO`` (diplomatic event) and ``ATTRIB``
(attribution of responsibility: a claim, accusation or denial of who carried
out an attack). Each snippet is typed with :func:`warcheck.analysis.events.classify_event`
and the warcheck type is mapped to a CASE code with :data:`CASE_CODES`.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from warcheck.analysis.events import FALLBACK_TYPES, classify_event
from warcheck.errors import DataError, csv_file_errors

# CASE code -> the warcheck event types that count as that code. The PLOVER-style
# types fold into the nearest CASE code: troop movements are a change to group
# activity; meetings, threats, demands and public statements (condemnations) are
# diplomatic events; accusations, denials and claims of responsibility are ATTRIB.
CASE_CODES: dict[str, tuple[str, ...]] = {
    "ARMED_CLASH": ("armed_clash",),
    "GOV_REGAINS_TERIT": ("government_regains_territory",),
    "NON_STATE_ACTOR_OVERTAKES_TER": ("non_state_actor_overtakes_territory",),
    "AIR_STRIKE": ("air_drone_strike",),
    "ART_MISS_ATTACK": ("shelling_artillery_missile_attack",),
    "REM_EXPLOS": ("remote_explosive_landmine_ied",),
    "SUIC_BOMB": ("suicide_bomb",),
    "GRENADE": ("grenade",),
    "CHEM_WEAP": ("chemical_weapon",),
    "ATTACK": ("attack",),
    "ABDUCT_DISSAP": ("abduction_forced_disappearance",),
    "SEX_VIOL": ("sexual_violence",),
    "ARREST": ("arrests",),
    "PROPERTY_DISTRUCT": ("looting_property_destruction",),
    "DISR_WEAP": ("disrupted_weapons_use",),
    "PEACE_PROTEST": ("peaceful_protest",),
    "PROTEST_WITH_INTER": ("protest_with_intervention",),
    "FORCE_AGAINST_PROTEST": ("excessive_force_against_protesters",),
    "VIOL_DEMONSTR": ("violent_demonstration",),
    "MOB_VIOL": ("mob_violence",),
    "NON_VIOL_TERRIT_TRANSFER": ("non_violent_transfer_of_territory",),
    "HQ_ESTABLISHED": ("headquarters_or_base_established",),
    "CHANGE_TO_GROUP_ACT": ("change_to_group_activity", "move_forces"),
    "AGREEMENT": ("agreement",),
    "DIPLO": ("diplomatic_event", "meet", "threaten", "demand", "statement"),
    "ATTRIB": ("accuse", "deny", *FALLBACK_TYPES),
    "OTHER": ("other_strategic", "aid", "other"),
    "MAN_MADE_DISASTER": ("man_made_disaster",),
    "NATURAL_DISASTER": ("natural_disaster",),
    "ORG_CRIME": ("organized_crime",),
}
Progress = Callable[[int, int], None]
TO_CASE: dict[str, str] = {t: code for code, types in CASE_CODES.items() for t in types}

_ID_NAMES = {"id", "snippetid", "snippet_id"}
_TEXT_NAMES = {"eventsnippet", "snippet", "text", "sentence", "event_snippet"}
_LABEL_NAMES = {"subtype", "label", "eventtype", "event_type", "type", "class", "sub_type"}


def to_case(event_type: str) -> str:
    """Return the CASE 2021 code for a warcheck event type (``OTHER`` if unmapped)."""
    return TO_CASE.get(event_type, "OTHER")


def _unquote(field: str) -> str:
    field = field.strip()
    if len(field) >= 2 and field[0] == field[-1] == '"':
        field = field[1:-1].replace('""', '"')
    return field


def read_snippets(path: str | Path) -> list[tuple[str, str, str]]:
    """Read a CASE 2021 task-2 file as ``(id, snippet, label)`` rows.

    A header row is optional (recognised by its column names, in any order;
    extra columns are ignored); without one the columns are id, snippet,
    label. Blank lines are skipped.

    Raises:
        DataError: the file is missing, unreadable, not UTF-8, has no rows, or
            a row lacks the snippet or label column.
    """
    path = Path(path)
    with csv_file_errors(path, "a CASE 2021 file"):
        text = path.read_bytes().decode("utf-8-sig")
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    if not lines:
        raise DataError(f"{path}: empty file, expected id<TAB>EventSnippet<TAB>SubType rows")
    id_col, text_col, label_col = 0, 1, 2
    header = [c.strip().lower() for c in lines[0][1].split("\t")]
    if len(set(header) & (_ID_NAMES | _TEXT_NAMES | _LABEL_NAMES)) >= 2:
        text_cols = [i for i, c in enumerate(header) if c in _TEXT_NAMES]
        label_cols = [i for i, c in enumerate(header) if c in _LABEL_NAMES]
        if not text_cols or not label_cols:
            missing = "EventSnippet" if not text_cols else "SubType"
            raise DataError(f"{path}: header has no {missing} column")
        id_cols = [i for i, c in enumerate(header) if c in _ID_NAMES]
        id_col = id_cols[0] if id_cols else -1
        text_col, label_col = text_cols[0], label_cols[0]
        lines = lines[1:]
    need = max(id_col, text_col, label_col) + 1
    rows: list[tuple[str, str, str]] = []
    for n, line in lines:
        cells = line.split("\t")
        if len(cells) < need:
            raise DataError(
                f"{path}: line {n} has {len(cells)} tab-separated column(s), expected {need}"
            )
        label = _unquote(cells[label_col]).upper()
        if not label or " " in label:
            raise DataError(
                f"{path}: line {n} has no valid SubType label ({cells[label_col][:30]!r})"
            )
        rid = _unquote(cells[id_col]) if id_col >= 0 else str(len(rows))
        rows.append((rid, _unquote(cells[text_col]), label))
    if not rows:
        raise DataError(f"{path}: header only, no snippets")
    return rows


def score(gold: list[str], pred: list[str]) -> dict[str, Any]:
    """Accuracy, weighted/macro F1, per-class figures and confusion of two label lists.

    Weighted F1 averages per-class F1 weighted by gold support; macro F1
    averages over every label seen in gold or predictions.
    """
    n = len(gold)
    pairs = Counter(zip(gold, pred, strict=True))
    gold_n = Counter(gold)
    pred_n = Counter(pred)
    per_class: dict[str, dict[str, float | int]] = {}
    for label in sorted(set(gold_n) | set(pred_n)):
        tp = pairs[(label, label)]
        precision = tp / pred_n[label] if pred_n[label] else 0.0
        recall = tp / gold_n[label] if gold_n[label] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[label] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": gold_n[label],
        }
    correct = sum(c for (g, p), c in pairs.items() if g == p)
    weighted = sum(float(v["f1"]) * int(v["support"]) for v in per_class.values()) / n if n else 0.0
    macro = sum(float(v["f1"]) for v in per_class.values()) / len(per_class) if per_class else 0.0
    confusion: dict[str, dict[str, int]] = {}
    for (g, p), c in sorted(pairs.items()):
        confusion.setdefault(g, {})[p] = c
    return {
        "metrics": {
            "weighted_f1": round(weighted, 4),
            "accuracy": round(correct / n, 4) if n else 0.0,
            "macro_f1": round(macro, 4),
        },
        "per_class": per_class,
        "confusion": confusion,
    }


def predict(snippet: str) -> str:
    """Return the CASE 2021 code warcheck assigns to one snippet."""
    return to_case(classify_event(snippet).event_type)


def evaluate(path: str | Path, progress: Progress | None = None) -> dict[str, Any]:
    """Classify every snippet of a CASE 2021 task-2 file and score against its labels.

    A gold label that warcheck never predicts (not in :data:`CASE_CODES`) is
    kept and counted as a miss. ``progress(done, total)`` is called after each
    snippet when given.

    Returns:
        ``{"dataset": "case2021", "dataset_kind": "case2021", "file": name, "n": ...,
        "metrics": {"weighted_f1", "accuracy", "macro_f1"}, "per_class": {label:
        {"precision", "recall", "f1", "support"}}, "confusion": {gold: {pred: count}}}``.
    """
    rows = read_snippets(path)
    gold = [label for _, _, label in rows]
    pred: list[str] = []
    for i, (_, snippet, _) in enumerate(rows, 1):
        pred.append(predict(snippet))
        if progress:
            progress(i, len(rows))
    return {
        "dataset": "case2021",
        "dataset_kind": "case2021",
        "file": Path(path).name,
        "n": len(rows),
        **score(gold, pred),
    }


def format_result(result: dict[str, Any], worst: int = 8) -> str:
    """Return the evaluation result as a short readable report.

    Lists the metrics, per-class figures (largest classes first) and the
    ``worst`` most frequent confusions.
    """
    m = result["metrics"]
    name = result.get("file", result["dataset"])
    lines = [
        f"CASE 2021 task 2 evaluation of {name}: {result['n']} snippets",
        f"  weighted F1 {m['weighted_f1']:.3f}   accuracy {m['accuracy']:.3f}"
        f"   macro F1 {m['macro_f1']:.3f}",
        "  class                           prec   rec    F1     n",
    ]
    classes = sorted(result["per_class"].items(), key=lambda kv: (-int(kv[1]["support"]), kv[0]))
    for label, v in classes:
        figures = f"{v['precision']:.3f}  {v['recall']:.3f}  {v['f1']:.3f}  {v['support']:>4}"
        lines.append(f"  {label:<30} {figures}")
    pairs = sorted(
        ((c, g, p) for g, row in result["confusion"].items() for p, c in row.items() if g != p),
        reverse=True,
    )[:worst]
    if pairs:
        lines.append("  most frequent confusions (gold -> predicted):")
        lines.extend(f"    {c:>3}  {g} -> {p}" for c, g, p in pairs)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Print the evaluation of the file named on the command line as JSON."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m warcheck.evaluation.case2021 FILE.tsv", file=sys.stderr)
        return 2
    try:
        result = evaluate(args[0])
    except DataError as exc:
        print(f"warcheck: {exc}", file=sys.stderr)
        return exc.exit_code
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
