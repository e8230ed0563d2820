"""Partitioned clustering: the same incidents as one corpus, links kept inside partitions."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import warcheck
from warcheck.crosscheck import ClaimFacts, Corpus, facts_of
from warcheck.crosscheck.partitions import (
    ANY_REGION,
    UNDATED,
    Blocks,
    Months,
    Placement,
    assign,
    cluster_partitioned,
    month_bounds,
    month_of,
    share,
)

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "fakes-sample.csv"
DAY0 = dt.date(2017, 1, 20).toordinal()
# Made-up words (rare in English, so blocking keys); stories draw on their own words.
WORDS = [f"{a}{b}{c}" for a in ("kel", "vor", "zan", "pim") for b in ("dra", "sul") for c in "xqz"]
STORY_WORDS = [WORDS[i::4] for i in range(4)]
BASE = ClaimFacts(
    article_id=0, claim=0, outlet="o.example", published=None, kind="event",
    event_type="attack", family="violence_against_civilians", day_from=None, day_to=None,
    day_precise=True, place=None, lat=None, lon=None, radius_km=None, country=None, agents=(),
    targets=(), killed=None, injured=None, sources=(), certainty="asserted", background=False,
    main=True, text="", terms=(),
)  # fmt: skip


def _article(
    aid: int,
    story: int,
    offset: int | None,
    country: str | None,
    sides: int,
    seed: int,
    precise: bool,
) -> tuple[list[ClaimFacts], str]:
    """An article of a story; ``offset`` ``None``: no publication date, no claim dates."""
    rng = random.Random(seed)
    words = rng.sample(STORY_WORDS[story], 4) + rng.sample(WORDS, 2)
    day = None if offset is None else DAY0 + offset
    published = None if day is None else dt.date.fromordinal(day).isoformat()
    main = dataclasses.replace(
        BASE, article_id=aid, published=published, day_from=day, day_to=day, country=country,
        day_precise=precise and day is not None,
    )  # fmt: skip
    facts = [main]
    for i in range(1, sides + 1):
        terms = tuple(rng.sample(STORY_WORDS[(story + i) % 4], 3))
        facts.append(
            dataclasses.replace(
                main, claim=i, main=False, family="verbal", event_type="statement",
                day_from=None if day is None else day - 40,
                day_to=None if day is None else day + 40, terms=terms, text=" ".join(terms),
            )
        )  # fmt: skip
    return facts, " ".join(words * 3)


ARTICLE = st.tuples(
    st.integers(0, 3),  # story
    st.one_of(st.none(), st.integers(0, 150)),  # days after DAY0, or undated
    st.sampled_from([None, "SY", "LB"]),
    st.integers(0, 2),  # side claims
    st.integers(0, 10**6),
    st.booleans(),  # the main claim names its day (two far-apart days forbid a link)
)
MONTHS = st.builds(Months, st.integers(0, 60), st.booleans())


def _articles(specs: Sequence[tuple[int, int | None, str | None, int, int, bool]]) -> list[Any]:
    return [_article(i + 1, *spec) for i, spec in enumerate(specs)]


def _shuffled_map(seed: int) -> Callable[..., Iterable[Any]]:
    """A map that runs the tasks in a shuffled order and hands results back in that order."""

    def run(function: Callable[[Any], Any], tasks: Iterable[Any]) -> list[Any]:
        todo = list(tasks)
        random.Random(seed).shuffle(todo)
        return [function(t) for t in todo]

    return run


def _corpus(articles: Sequence[Any], **kwargs: Any) -> Corpus:
    corpus = Corpus(**kwargs)
    corpus.add_many(articles)
    return corpus


@settings(max_examples=60, deadline=None)
@given(st.lists(ARTICLE, min_size=1, max_size=14), st.integers(1, 9), st.integers(0, 99))
def test_blocks_give_the_incidents_of_one_corpus(specs: list[Any], buckets: int, seed: int) -> None:
    articles = _articles(specs)
    whole = _corpus(articles).incidents()
    found = cluster_partitioned(articles, scheme=Blocks(buckets), map=_shuffled_map(seed), chunk=4)
    assert found == whole


@settings(max_examples=60, deadline=None)
@given(st.lists(ARTICLE, min_size=1, max_size=14), MONTHS, st.integers(0, 99))
def test_month_partitions_are_the_clustering_with_links_inside_partitions(
    specs: list[Any], scheme: Months, seed: int
) -> None:
    articles = _articles(specs)
    found = cluster_partitioned(articles, scheme=scheme, map=_shuffled_map(seed), chunk=3)
    assert found == _corpus(articles, may_link=scheme.may_link).incidents()
    # so it never joins what one corpus keeps apart, and equals it when every link is inside
    whole = _corpus(articles)
    assert all(whole.incidents()[k] == whole.incidents()[i] for k, i in found.items())
    inside = all(
        scheme.may_link(whole.stories[a], whole.stories[b])
        for a, linked in whole.links.items()
        for b in linked
    )
    if inside:
        assert found == whole.incidents()


@settings(max_examples=100, deadline=None)
@given(
    st.dictionaries(
        st.integers(1, 30),
        st.builds(
            Placement,
            st.one_of(
                st.just((UNDATED,)),
                st.lists(st.integers(24000, 24006), min_size=1, max_size=3, unique=True).map(tuple),
            ),
            st.sampled_from([None, "SY", "LB", "IQ"]),
        ),
        min_size=1,
    )
)
def test_two_articles_lie_in_a_common_partition_exactly_when_they_share(
    placed: dict[int, Placement],
) -> None:
    parts = assign(placed)
    together = {(a, b) for ids in parts.values() for a in ids for b in ids}
    for a in placed:
        for b in placed:
            assert ((a, b) in together) == share(placed[a], placed[b])
    for (_, region), ids in parts.items():
        if region == ANY_REGION:
            assert all(placed[a].region is None for a in ids)


def test_articles_within_reach_share_a_month_and_undated_ones_every_month() -> None:
    scheme = Months(reach_days=3)
    last = month_bounds(month_of(DAY0))[1]
    assert share(scheme.placement(last - 1, None, None), scheme.placement(last + 2, None, None))
    assert not share(scheme.placement(last - 9, None, None), scheme.placement(last + 5, None, None))
    undated = scheme.placement(None, None, "SY")
    assert undated == Placement((UNDATED,), None)
    assert share(undated, scheme.placement(last, None, None)) and share(undated, undated)
    assert Months(by_country=True).placement(None, None, "SY").region == "SY"
    by_country = Months(by_country=True)
    assert not share(by_country.placement(None, None, "SY"), by_country.placement(last, None, "LB"))


def test_an_undated_article_links_to_a_dated_one_as_in_one_corpus() -> None:
    # the same story, one article with no date at all: one corpus links them
    articles = [_article(1, 0, 0, None, 1, 1, False), _article(2, 0, None, None, 1, 1, False)]
    whole = _corpus(articles).incidents()
    assert whole[1, 0] == whole[2, 0]
    for scheme in (Months(), Months(reach_days=3, by_country=True), Months(reach_days=0)):
        assert cluster_partitioned(articles, scheme=scheme) == whole, scheme
    parts = assign({1: Months().place(articles[0][0][0]), 2: Months().place(articles[1][0][0])})
    assert all(2 in ids for ids in parts.values())  # the undated one is in every partition


def test_a_far_follow_up_links_only_when_the_reach_covers_it() -> None:
    articles = [_article(1, 0, 0, "SY", 0, 1, False), _article(2, 0, 120, "SY", 0, 1, False)]
    assert _corpus(articles).links[1] == {2}  # the same words four months later
    assert len(set(cluster_partitioned(articles, scheme=Months(reach_days=31)).values())) == 2
    assert len(set(cluster_partitioned(articles, scheme=Months(reach_days=150)).values())) == 1
    assert len(set(cluster_partitioned(articles, scheme=Blocks(8)).values())) == 1


def test_partitions_run_in_worker_processes() -> None:
    articles = _articles([(s % 4, (s * 37) % 150, None, s % 3, s, s % 2 == 0) for s in range(24)])
    with ProcessPoolExecutor(2) as pool:
        found = cluster_partitioned(articles, map=pool.map, chunk=5)
        months = cluster_partitioned(articles, scheme=Months(), map=pool.map, chunk=5)
    assert found == _corpus(articles).incidents()
    assert months == cluster_partitioned(articles, scheme=Months())


@pytest.fixture(scope="module")
def fakes_documents(
    tmp_path_factory: pytest.TempPathFactory,
) -> list[tuple[int, str | None, str | None, Any]]:
    """The analysis documents of the FA-KES sample rows, from a store."""
    with warcheck.Store.open(tmp_path_factory.mktemp("fakes") / "f.db") as store:
        store.ingest(warcheck.read_items([str(FIXTURE)]), workers=0)
        return [row[:4] for row in store.crosscheck_inputs()]


def test_fakes_articles_cluster_the_same_partitioned_and_whole(
    fakes_documents: list[tuple[int, str | None, str | None, Any]],
) -> None:
    articles = [
        (facts_of(aid, outlet, published, doc), str(doc["article"]["text"]))
        for aid, outlet, published, doc in fakes_documents
    ]
    whole = _corpus(articles)
    incidents = whole.incidents()
    assert len(set(incidents.values())) < len(incidents)  # claims of different articles join
    for blocks in (Blocks(1), Blocks(), Blocks(1024)):
        assert cluster_partitioned(articles, scheme=blocks, chunk=7) == incidents, blocks
    for months in (Months(), Months(reach_days=3, by_country=True)):
        found = cluster_partitioned(articles, scheme=months)
        assert found == _corpus(articles, may_link=months.may_link).incidents()
        # what months lose are the links across partitions (a follow-up months later here)
        apart = [
            (a, b)
            for a, linked in whole.links.items()
            for b in linked
            if not months.may_link(whole.stories[a], whole.stories[b])
        ]
        assert apart and all(found[a, 0] != found[b, 0] for a, b in apart)
