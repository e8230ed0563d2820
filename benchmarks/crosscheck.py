"""Speed of the cross-check: cluster and grade 100,000 synthetic claims, then add 1,000 articles.

Usage: python benchmarks/crosscheck.py [--claims N] [--per-article K] [--add M] [--seed S]

Builds synthetic articles (no analysis: their claim facts are made directly),
each telling one of many stories in words of its own (made-up names, figures,
places and days) mixed with common news words, with ``K`` claims each
(the main claim, restatements, a background claim, others). It times adding
them all to a :class:`warcheck.crosscheck.Corpus` (blocking, story links,
union-find) and reviewing every incident (origins, contradictions, grades),
then adding ``M`` more articles and reviewing only the incidents they touch;
then clustering them by partitions (:mod:`warcheck.crosscheck.partitions`:
blocks, exact, and months) in this process and in 2 worker processes, and
whether each gives the incidents of one corpus. It prints seconds and the
peak resident memory (of this process; the workers' is their own). Targets (issue 10): under
60 s for 100,000 claims on one core, under 5 s for adding 1,000 articles.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from concurrent.futures import ProcessPoolExecutor  # noqa: E402

from warcheck.crosscheck import ClaimFacts, Corpus, review  # noqa: E402
from warcheck.crosscheck.partitions import Blocks, Months, cluster_partitioned  # noqa: E402

COMMON = [
    *(
        [
            "police",
            "said",
            "the",
            "attack",
            "killed",
            "people",
            "wounded",
            "town",
            "city",
            "officials",
            "reported",
        ]
    ),
    *(
        [
            "according",
            "residents",
            "witnesses",
            "forces",
            "fighters",
            "government",
            "group",
            "hospital",
        ]
    ),
    *(["morning", "night", "security", "attackers", "victims", "local", "sources", "statement"]),
    *(["authorities", "area", "district", "province", "village"]),
]
SYLLABLES = [
    *(["ka", "lo", "mer", "vin", "dra", "sul", "tey", "bor", "qui", "zan", "pol", "rek"]),
    *(["ga", "hu", "nim", "tas", "wel", "fro", "dig", "yar", "cum", "bes", "ost", "lin"]),
]
DAY0 = 737000


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(4))


def _story(rng: random.Random, n: int) -> dict[str, object]:
    return {
        "words": [_name(rng) for _ in range(12)],
        "day": DAY0 + rng.randint(0, 700),
        "lat": rng.uniform(-40, 60),
        "lon": rng.uniform(-120, 140),
        "killed": rng.randint(0, 40),
        "agent": f"group_{n % 300}",
    }


def _text(rng: random.Random, story: dict[str, object]) -> str:
    own = list(story["words"])  # type: ignore[call-overload]
    picked = rng.sample(own, 9) + rng.choices(COMMON, k=60) + [_name(rng) for _ in range(4)]
    rng.shuffle(picked)
    return " ".join(picked) + "."


def _claims(
    rng: random.Random, aid: int, story: dict[str, object], k: int, outlet: str
) -> list[ClaimFacts]:
    day = int(story["day"])  # type: ignore[call-overload]
    out = []
    for i in range(k):
        background = i == k - 1 and k > 2
        killed = int(story["killed"]) + (rng.choice((0, 0, 0, 9)) if i == 0 else 0)  # type: ignore[call-overload]
        out.append(
            ClaimFacts(
                article_id=aid, claim=i, outlet=outlet,
                published=None, kind="background" if background else "event",
                event_type="attack" if i % 3 != 2 else "statement",
                family="violence_against_civilians" if i % 3 != 2 else "verbal",
                day_from=day - (400 if background else 0), day_to=day - (300 if background else 0),
                day_precise=not background, place=f"p{aid % 97}",
                lat=float(story["lat"]), lon=float(story["lon"]),  # type: ignore[arg-type]
                radius_km=15.0, country="XX", agents=(str(story["agent"]),) if i == 0 else (),
                targets=(), killed=(killed, killed) if i < 2 else None, injured=None,
                sources=(("outlet", None),), certainty="asserted", background=background,
                main=i == 0, text=f"claim {i}", terms=(),
            )
        )  # fmt: skip
    return out


def build(
    rng: random.Random, articles: int, stories: list[dict[str, object]], k: int, first: int
) -> list[tuple[list[ClaimFacts], str]]:
    """Return synthetic articles (facts, text), ids from ``first``."""
    out = []
    for aid in range(first, first + articles):
        story = rng.choice(stories)
        outlet = f"outlet{rng.randint(0, 60)}.example"
        out.append((_claims(rng, aid, story, k, outlet), _text(rng, story)))
    return out


def main() -> None:
    """Run the benchmark and print its figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--per-article", type=int, default=5)
    ap.add_argument("--add", type=int, default=1_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-partitions", action="store_true", help="skip the partitioned timings")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    n_articles = args.claims // args.per_article
    stories = [_story(rng, n) for n in range(n_articles // 3)]
    data = build(rng, n_articles, stories, args.per_article, 0)
    more = build(rng, args.add, stories, args.per_article, n_articles)

    start = time.perf_counter()
    corpus = Corpus()
    corpus.add_many(data)
    clustered = time.perf_counter()
    reviews = review(corpus)
    corpus.take_changed()
    done = time.perf_counter()
    graded = sum(len(r.grades) for r in reviews)
    print(
        f"{n_articles} articles, {n_articles * args.per_article} claims, {len(reviews)} incidents"
    )
    print(f"  cluster {clustered - start:.1f} s, review and grade {done - clustered:.1f} s, "
          f"total {done - start:.1f} s ({graded} claims graded)")  # fmt: skip

    start = time.perf_counter()
    corpus.add_many(more)
    touched = corpus.take_changed()
    again = review(corpus, touched)
    done = time.perf_counter()
    print(f"add {args.add} articles: {done - start:.2f} s "
          f"({len(again)} incidents re-reviewed)")  # fmt: skip
    if not args.no_partitions:
        partitioned(data + more, corpus.incidents())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory {peak:.0f} MB")


def partitioned(
    articles: list[tuple[list[ClaimFacts], str]], whole: dict[tuple[int, int], tuple[int, int]]
) -> None:
    """Time clustering by partitions in this process and in two, against one corpus."""
    for scheme in (Blocks(), Months()):
        for workers in (1, 2):
            start = time.perf_counter()
            if workers == 1:
                found = cluster_partitioned(articles, scheme=scheme)
            else:
                with ProcessPoolExecutor(workers) as pool:
                    found = cluster_partitioned(articles, scheme=scheme, map=pool.map)
            took = time.perf_counter() - start
            same = "the same incidents" if found == whole else "other incidents"
            count = len(set(found.values()))
            print(f"partitioned {scheme}, {workers} process(es): "
                  f"cluster {took:.1f} s, {count} incidents ({same})")  # fmt: skip


if __name__ == "__main__":
    main()
