"""Rebuild the FA-KES incident gold set (fakes-gold.jsonl) from the FA-KES CSV and the labels.

Usage: python benchmarks/incidents/make_fakes_gold.py [FAKES.csv] [--out FILE] [--check]

Reads the hand-made label table (fakes-labels.csv: unit_id, incident, description, event_date,
place, reason) and the hard-negative incident pairs (fakes-hard-negatives.csv), copies each
labelled article's title and text unchanged from the FA-KES training CSV, and writes one JSON
object a line: id, title, text, published (the CSV date column, m/d/yy, as YYYY-MM-DD), outlet,
incident, half. The FA-KES credibility column (`label`) is never read.

Halves: incidents joined by a hard-negative pair form one group (so a pair is always tested
within one half); groups are taken largest first (ties by the SHA-256 of their smallest incident
id) and each goes to the half with fewer articles so far (then fewer incidents, then "a").
With --check the output is compared with the existing file instead of written.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
# ../shared beside the main checkout, or ../../shared beside a worktree under wt/.
CANDIDATES = [base / "shared" / "data" / "fakes" / "fakes-train.csv" for base in REPO.parents[:2]]
DEFAULT_CSV = next((c for c in CANDIDATES if c.exists()), CANDIDATES[0])
LABELS = HERE / "fakes-labels.csv"
PAIRS = HERE / "fakes-hard-negatives.csv"
OUT = HERE / "fakes-gold.jsonl"
KEEP = ("unit_id", "source", "source_camp", "date", "article_title", "article_content")


def read_fakes(path: Path) -> dict[str, dict[str, str]]:
    """Return the FA-KES rows by unit_id, keeping only the columns the gold set needs."""
    csv.field_size_limit(sys.maxsize)
    rows: dict[str, dict[str, str]] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            rows.setdefault(row["unit_id"], {k: row[k] for k in KEEP})
    return rows


def iso_date(mdy: str) -> str:
    """Turn the FA-KES date column (m/d/yy or m/d/yyyy) into YYYY-MM-DD."""
    month, day, year = (int(p) for p in mdy.split("/"))
    if year < 100:
        year += 2000
    return f"{year:04d}-{month:02d}-{day:02d}"


def read_csv(path: Path) -> list[dict[str, str]]:
    """Return the rows of a small UTF-8 CSV file."""
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def groups(incidents: list[str], pairs: list[tuple[str, str]]) -> list[list[str]]:
    """Join incidents linked by hard-negative pairs into groups (connected components)."""
    parent = {i: i for i in incidents}

    def find(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        parent[find(a)] = find(b)
    members: dict[str, list[str]] = defaultdict(list)
    for i in incidents:
        members[find(i)].append(i)
    return [sorted(m) for m in members.values()]


def halves(sizes: Counter[str], pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Assign each incident to half "a" or "b" by the rule in the module docstring."""
    gs = groups(sorted(sizes), pairs)
    gs.sort(key=lambda g: (-sum(sizes[i] for i in g), hashlib.sha256(g[0].encode()).hexdigest()))
    articles = {"a": 0, "b": 0}
    count = {"a": 0, "b": 0}
    half: dict[str, str] = {}
    for g in gs:
        side = min("ab", key=lambda s: (articles[s], count[s], s))
        for i in g:
            half[i] = side
        articles[side] += sum(sizes[i] for i in g)
        count[side] += len(g)
    return half


def build(fakes_csv: Path) -> tuple[list[dict[str, str]], dict[str, dict[str, str]]]:
    """Return the gold records (in label-table order) and the FA-KES rows they came from."""
    fakes = read_fakes(fakes_csv)
    labels = read_csv(LABELS)
    pairs = [(p["incident_a"], p["incident_b"]) for p in read_csv(PAIRS)]
    sizes = Counter(lab["incident"] for lab in labels)
    unknown = {i for p in pairs for i in p} - set(sizes)
    if unknown:
        raise SystemExit(f"hard-negative pairs name unlabelled incidents: {sorted(unknown)}")
    half = halves(sizes, pairs)
    records = []
    for lab in labels:
        row = fakes[lab["unit_id"]]
        records.append(
            {
                "id": f"fakes-{lab['unit_id']}",
                "title": row["article_title"],
                "text": row["article_content"],
                "published": iso_date(row["date"]),
                "outlet": row["source"],
                "incident": lab["incident"],
                "half": half[lab["incident"]],
            }
        )
    return records, fakes


def summary(records: list[dict[str, str]], fakes: dict[str, dict[str, str]]) -> str:
    """Return the counts quoted in README.md, one per line."""
    by_incident: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in records:
        by_incident[r["incident"]].append(r)
    camp = {f"fakes-{k}": v["source_camp"] for k, v in fakes.items()}
    lines = [f"articles {len(records)}", f"incidents {len(by_incident)}"]
    multi = [rs for rs in by_incident.values() if len(rs) > 1]
    lines.append(f"incidents with >=2 articles {len(multi)}")
    lines.append(f"singletons {len(by_incident) - len(multi)}")
    outlets = sum(1 for rs in multi if len({r["outlet"] for r in rs}) > 1)
    camps = sum(1 for rs in multi if len({camp[r["id"]] for r in rs}) > 1)
    lines += [f"incidents with >=2 outlets {outlets}", f"incidents with >=2 camps {camps}"]
    for side in "ab":
        rs = [r for r in records if r["half"] == side]
        n_incidents = len({r["incident"] for r in rs})
        lines.append(f"half {side}: {len(rs)} articles, {n_incidents} incidents")
    return "\n".join(lines)


def main() -> None:
    """Write (or check) fakes-gold.jsonl and print the counts."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="compare with the existing file")
    args = ap.parse_args()
    records, fakes = build(args.csv)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if args.check:
        same = args.out.read_text(encoding="utf-8") == text
        print("identical" if same else f"{args.out} differs from a rebuild")
        if not same:
            raise SystemExit(1)
    else:
        args.out.write_text(text, encoding="utf-8")
    print(summary(records, fakes))


if __name__ == "__main__":
    main()
