"""Analysis time against input length, for ordinary and hostile inputs.

Usage: python benchmarks/scaling.py [--max-bytes N] [--budget S] [--kinds prose,line,...]

Builds inputs of 1 KB to 10 MB from the bundled seed article and times
``warcheck.analyze`` on each (one core, in this process, after a warm-up):

- ``prose``: the article's paragraphs repeated (ordinary text);
- ``line``: the article with its sentence punctuation and line breaks removed,
  repeated: one unbroken line without a full stop;
- ``salad``: one unbroken line of conflict words (places, actors, figures,
  dates, report verbs) in a fixed random order, so every stretch of it is full
  of mentions;
- ``html``: hostile HTML: the article's paragraphs, each in a ``<div>`` that is
  never closed, so the nesting grows with the length.

For each kind it prints the seconds per size and the slope of log(time)
against log(size) fitted over the sizes of 16 KB and up (1 means linear, 2
quadratic). A kind stops growing once one run takes longer than ``--budget``
seconds; its slope is then fitted over what was measured. An input the
analysis refuses (InputError) is timed all the same and marked ``refused``.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
SEED_FILE = HERE.parent / "examples" / "seed-article.txt"
# The seed's body without its comment-form footer (which would cut everything after it).
SEED = SEED_FILE.read_text("utf-8").split("Leave A Reply")[0].strip()
SIZES = [1_000, 4_000, 16_000, 64_000, 256_000, 1_000_000, 4_000_000, 10_000_000]
FIT_FROM = 16_000
SALAD = (
    "Aleppo Deir al-Zour Raqqa Idlib killed 12 civilians ISIS regime SDF Syrian Democratic Forces "
    "said according to local sources on Sunday the 18th of the same month dozens wounded 2017 "
    "army airstrike mercenaries children three people were in and the by of an attack reported "
    "Monday last week Russian warplanes Observatory for Human Rights confirmed"
)


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _paragraphs(n: int) -> list[str]:
    """The seed's paragraphs, repeated and numbered (so none is dropped as a repeat)."""
    paras = [p.strip() for p in SEED.split("\n\n") if p.strip()]
    out: list[str] = []
    size = 0
    while size < n:
        p = paras[len(out) % len(paras)]
        out.append(f"{p} (Paragraph {len(out)}.)")
        size += len(out[-1]) + 2
    return out


def prose(n: int) -> str:
    """The seed article's paragraphs repeated to ``n`` characters."""
    return "\n\n".join(_paragraphs(n))[:n]


def line(n: int) -> str:
    """One line of ``n`` characters: the seed without sentence punctuation or line breaks."""
    return _repeat(re.sub(r"\s+", " ", re.sub(r"[.!?]", " ", SEED)).strip() + " ", n)


def salad(n: int) -> str:
    """One line of ``n`` characters of conflict words in a fixed random order."""
    rng = random.Random(15)
    words = SALAD.split(" ")
    out: list[str] = []
    size = 0
    while size < n:
        out.append(rng.choice(words))
        size += len(out[-1]) + 1
    return " ".join(out)[:n]


def html(n: int) -> str:
    """``n`` characters of HTML whose ``<div>`` elements are never closed."""
    body = "".join(f"<div><p>{p}</p>" for p in _paragraphs(n))
    return ("<html><body>" + body)[:n]


KINDS: dict[str, Callable[[int], str]] = {
    "prose": prose,
    "line": line,
    "salad": salad,
    "html": html,
}


def slope(points: list[tuple[int, float]]) -> float | None:
    """Least-squares slope of log(seconds) against log(size) over sizes >= FIT_FROM."""
    pts = [(math.log(n), math.log(max(t, 1e-6))) for n, t in points if n >= FIT_FROM]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / sxx


def run(kind: str, sizes: list[int], budget: float) -> list[tuple[int, float]]:
    """Time the analysis of each size of ``kind``, printing as it goes."""
    import warcheck

    points: list[tuple[int, float]] = []
    for n in sizes:
        text = KINDS[kind](n)
        t0 = time.perf_counter()
        note = ""
        try:
            warcheck.analyze(text)
        except warcheck.InputError as err:
            note = f"  refused: {err}"
        took = time.perf_counter() - t0
        points.append((n, took))
        print(f"  {kind:6} {n:>10,} bytes  {took:9.3f} s{note}", flush=True)
        if took > budget:
            print(f"  {kind:6} stops: over the budget of {budget:g} s", flush=True)
            break
    return points


def main() -> int:
    """Run the benchmark and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-bytes", type=int, default=10_000_000, help="largest input (10 MB)")
    ap.add_argument("--budget", type=float, default=120.0, help="seconds after which a kind stops")
    ap.add_argument("--kinds", default=",".join(KINDS), help="comma-separated: " + ", ".join(KINDS))
    args = ap.parse_args()
    import warcheck

    warcheck.analyze(SEED)  # loads the data files
    sizes = [n for n in SIZES if n <= args.max_bytes]
    slopes = {}
    for kind in args.kinds.split(","):
        slopes[kind] = slope(run(kind, sizes, args.budget))
    for kind, value in slopes.items():
        shown = "n/a" if value is None else f"{value:.2f}"
        print(f"slope {kind:6} {shown}  (log-log, sizes >= {FIT_FROM // 1000} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
