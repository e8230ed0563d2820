"""Partitions of the incident clustering: clustered apart, merged by union over claims.

Every link of the clustering (:class:`~warcheck.crosscheck.incidents.Corpus`)
is pairwise: an article's own claims join inside it, a story link depends on
the two stories alone (their vectors, dates and main claims), a candidate is
an article sharing a blocking word, and side claims join only between two
linked articles; union-find then joins links, and no rule uses a centroid
or the rest of the corpus. So clustering partitions apart and joining their
incidents by union over shared claims gives the clustering of the whole
corpus with story links kept between the pairs of articles some partition
holds (and compares). Two schemes:

- :class:`Blocks` (exact): an article lies in the bucket of each of its
  blocking words; two candidates share a word, so a bucket holds both, and
  each pair is compared in the bucket of its least shared word only (a
  bucket blocks on its own words). The result is the unpartitioned
  clustering, incident for incident (tested).
- :class:`Months` (month x country, what a store can select by date): an
  article lies in every calendar month that its day .. day + ``reach_days``
  touches (its day: the publication date, else its main claim's date window;
  neither: ``UNDATED``) and, with ``by_country``, in its main claim's country
  (``None`` without a place). An undated article meets every month, as an
  article without a country meets every country: it lies in the partition
  ``UNDATED`` and in every month partition, so it is compared with every
  article, dated or not, as one corpus compares it (it used to lie in
  ``UNDATED`` alone, and its links to dated articles were lost). The
  partition ``(month, country)`` holds the month's articles of that country
  and those without one; ``(month, "*")`` those without one. Two articles
  share a partition exactly when :func:`share` says so (their months meet or
  one is undated, their countries are the same or one has none), so the result is
  ``Corpus(may_link=Months.may_link)`` (tested). Two articles at most
  ``reach_days`` apart share a month. It is not always the unpartitioned
  clustering: a follow-up link (cosine 0.45 or more) has no date limit, and
  place is no veto by default, so a story told months later, or whose place
  was read in another country, links across partitions (docs/crosscheck.md
  gives the measured difference).

:func:`cluster_partitioned` runs in two rounds of ``map``: the stories of
the articles (each article once), then each partition's clustering from the
stories (an article may lie in several partitions; its story is made once).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from warcheck.crosscheck.facts import ClaimFacts, day
from warcheck.crosscheck.incidents import ClaimKey, Corpus, Rules, Story, story_of
from warcheck.crosscheck.unionfind import UnionFind

Article = tuple[Sequence[ClaimFacts], str]  # (claim facts, text), what Corpus.add takes
Told = tuple[Sequence[ClaimFacts], Story]  # an article with its story made (no text needed)
Month = int  # year * 12 + month - 1; UNDATED for articles without any day
PartitionKey = tuple[int, str]  # (month, country or "*"), or (bucket, "") for Blocks
Groups = list[tuple[ClaimKey, ...]]  # a partition's incidents of two or more claims
MayLink = Callable[[Story, Story], bool]
MapLike = Callable[..., Iterable[Any]]  # builtin map, Executor.map, a dask client's map+gather
UNDATED: Month = -1
ANY_REGION = "*"


@dataclass(frozen=True)
class Placement:
    """Where an article lies: its months and its region (``None``: no country)."""

    months: tuple[Month, ...]
    region: str | None


@dataclass(frozen=True)
class Months:
    """Month x country partitions (the defaults are those docs/crosscheck.md measures)."""

    reach_days: int = 31  # an article lies in every month its day .. day + this touches
    by_country: bool = False  # partition by the main claim's country too

    def place(self, main: ClaimFacts) -> Placement:
        """Where the article whose main claim (else first claim) this is lies."""
        published = day(main.published)
        lo, hi = (published, published) if published is not None else (main.day_from, main.day_to)
        return self.placement(lo, hi, main.country)

    def placement(self, lo: int | None, hi: int | None, country: str | None) -> Placement:
        """The placement of an article whose day lies in ``[lo, hi]`` (days are ordinals)."""
        if lo is None:
            lo = hi
        if hi is None:
            hi = lo
        region = country if self.by_country else None
        if lo is None or hi is None:
            return Placement((UNDATED,), region)
        return Placement(months_between(lo, hi + self.reach_days), region)

    def may_link(self, a: Story, b: Story) -> bool:
        """Whether two stories share a partition (what ``Corpus(may_link=...)`` takes)."""
        if a.main is None or b.main is None:
            return False
        return share(self.place(a.main), self.place(b.main))

    def split(self, told: Sequence[Told]) -> dict[PartitionKey, list[Told]]:
        """Put told articles into partitions; two share one iff :func:`share`."""
        kept = {main_of(facts).article_id: (facts, story) for facts, story in told if facts}
        placed = {aid: self.place(main_of(a[0])) for aid, a in kept.items()}
        return {key: [kept[aid] for aid in ids] for key, ids in assign(placed).items()}

    def link_rule(self, key: PartitionKey) -> Within:
        """Which pairs a partition links: those sharing a partition."""
        return Within(self)


@dataclass(frozen=True)
class Within:
    """A month partition's rule: link two articles when they share a partition."""

    months: Months

    def prepare(self, told: Sequence[Told]) -> tuple[Sequence[Told], MayLink]:
        """The partition's articles and their link rule (each article placed once)."""
        placed = {story.article_id: self.months.place(main_of(facts)) for facts, story in told}
        return told, functools.partial(_within, placed)


def _within(placed: Mapping[int, Placement], a: Story, b: Story) -> bool:
    return share(placed[a.article_id], placed[b.article_id])


@dataclass(frozen=True)
class Blocks:
    """Buckets of blocking words: the exact partitioning (see the module docstring)."""

    buckets: int = 64

    def bucket(self, word: str) -> int:
        """A word's bucket (the same in every process: CRC-32, not ``hash``)."""
        return zlib.crc32(word.encode("utf-8")) % self.buckets

    def split(self, told: Sequence[Told]) -> dict[PartitionKey, list[Told]]:
        """Put each told article in the bucket of each of its blocking words."""
        held: dict[str, int] = {}
        for _, story in told:
            for w in story.keys:
                held[w] = held.get(w, 0) + 1
        out: dict[PartitionKey, list[Told]] = {}
        for facts, story in told:
            if not facts:
                continue
            # a word no other article has blocks nothing: no copy for it (but one copy
            # of each article, where its own claims join)
            found = {self.bucket(w) for w in story.keys if held[w] > 1}
            for b in sorted(found or {story.article_id % self.buckets}):
                out.setdefault((b, ""), []).append((facts, story))
        return dict(sorted(out.items()))

    def link_rule(self, key: PartitionKey) -> Bucket:
        """Which pairs a bucket compares: those whose least shared word is in it."""
        return Bucket(self, key[0])


@dataclass(frozen=True)
class Bucket:
    """A bucket's rule: block on its own words, compare a pair whose least shared word is one."""

    blocks: Blocks
    bucket: int

    def prepare(self, told: Sequence[Told]) -> tuple[Sequence[Told], MayLink]:
        """The bucket's articles with only its words as blocking keys, and their link rule."""
        keys = {story.article_id: frozenset(story.keys) for _, story in told}
        mine = [
            (facts, dataclasses.replace(story, keys=self._own(story.keys))) for facts, story in told
        ]
        return mine, functools.partial(_owned, self, keys)

    def _own(self, words: Iterable[str]) -> tuple[str, ...]:
        return tuple(w for w in words if self.blocks.bucket(w) == self.bucket)


def _owned(bucket: Bucket, keys: Mapping[int, frozenset[str]], a: Story, b: Story) -> bool:
    shared = keys[a.article_id] & keys[b.article_id]
    return bool(shared) and bucket.blocks.bucket(min(shared)) == bucket.bucket


Scheme = Months | Blocks


def month_of(ordinal: int) -> Month:
    """The month of a day (a proleptic ordinal)."""
    d = dt.date.fromordinal(ordinal)
    return d.year * 12 + d.month - 1


def month_bounds(month: Month) -> tuple[int, int]:
    """The first and last day (ordinals) of a month."""
    year, m = divmod(month, 12)
    first = dt.date(year, m + 1, 1)
    following = dt.date(year + (m + 1) // 12, (m + 1) % 12 + 1, 1)
    return first.toordinal(), following.toordinal() - 1


def months_between(lo: int, hi: int) -> tuple[Month, ...]:
    """Every month that the days ``lo..hi`` touch, in order."""
    return tuple(range(month_of(lo), month_of(hi) + 1))


def share(a: Placement, b: Placement) -> bool:
    """Whether two articles lie in a common month partition (see the module docstring)."""
    if a.region is not None and b.region is not None and a.region != b.region:
        return False
    if UNDATED in a.months or UNDATED in b.months:
        return True  # an undated article meets every month
    return not set(a.months).isdisjoint(b.months)


def main_of(facts: Sequence[ClaimFacts]) -> ClaimFacts:
    """The claim that places an article: its main claim, else its first (as its story's)."""
    return next((f for f in facts if f.main), facts[0])


def assign(placements: Mapping[int, Placement]) -> dict[PartitionKey, list[int]]:
    """Put articles (id -> placement) into month partitions; two share one iff :func:`share`.

    An undated article goes to ``UNDATED`` and to every month a dated article lies in.
    """
    dated = sorted({m for p in placements.values() for m in p.months if m != UNDATED})

    def months_of(p: Placement) -> Sequence[Month]:
        return (UNDATED, *dated) if UNDATED in p.months else p.months

    regions: dict[Month, set[str]] = {}
    for p in placements.values():
        if p.region is not None:
            for m in months_of(p):
                regions.setdefault(m, set()).add(p.region)
    out: dict[PartitionKey, list[int]] = {}
    for aid in sorted(placements):
        p = placements[aid]
        for m in months_of(p):
            names = [p.region] if p.region is not None else [ANY_REGION, *regions.get(m, ())]
            for name in names:
                out.setdefault((m, name), []).append(aid)
    return dict(sorted(out.items()))


def tell(articles: Sequence[Article]) -> list[Told]:
    """Make the stories of articles (what the first round of ``map`` runs on a chunk)."""
    return [(facts, story_of(facts, text)) for facts, text in articles if facts]


def cluster_partition(
    articles: Sequence[Told], rules: Rules | None = None, rule: Rule = None
) -> Groups:
    """Cluster one partition's articles: its incidents of two claims or more, as key tuples.

    A pure function of its arguments (all picklable), so it can run in another
    process or on a Dask worker; ``rule`` is the scheme's ``link_rule``.
    """
    may_link: MayLink | None
    if isinstance(rule, Bucket | Within):
        articles, may_link = rule.prepare(articles)
    else:
        may_link = rule
    corpus = Corpus(rules, may_link=may_link)
    for facts, story in articles:
        corpus.add(facts, "", story)
    return [tuple(f.key for f in fs) for fs in corpus.members().values() if len(fs) > 1]


Rule = MayLink | Bucket | Within | None


def _cluster_task(task: tuple[Rules | None, Rule, Sequence[Told]]) -> Groups:
    return cluster_partition(task[2], task[0], task[1])


def chunks(items: Sequence[Any], size: int) -> list[Sequence[Any]]:
    """Split a sequence into runs of ``size`` items (the last one shorter)."""
    return [items[i : i + size] for i in range(0, len(items), size)]


def merge(claims: Iterable[ClaimKey], results: Iterable[Groups]) -> dict[ClaimKey, ClaimKey]:
    """Join partition results by union over shared claims: claim key -> incident key."""
    found = UnionFind()
    for key in claims:
        found.add(key)
    for groups in results:
        for group in groups:
            for key in group:
                found.add(key)
            for key in group[1:]:
                found.union(group[0], key)
    return found.groups_by_least()


def cluster_partitioned(
    articles: Sequence[Article],
    *,
    rules: Rules | None = None,
    scheme: Scheme | None = None,
    map: MapLike = map,  # noqa: A002 - the builtin is the default
    chunk: int = 500,
) -> dict[ClaimKey, ClaimKey]:
    """Cluster articles partition by partition with ``map``; claim key -> incident key.

    ``map`` is called as ``map(function, tasks)`` twice (stories of
    ``chunk`` articles at a time, then one task per partition): the builtin
    ``map``, ``ProcessPoolExecutor(n).map`` or :func:`dask_map` of a Dask
    client. With :class:`Blocks` (the default) the result is what one
    ``Corpus(rules)`` gives; with :class:`Months`, what
    ``Corpus(rules, may_link=scheme.may_link)`` gives.
    """
    scheme = scheme or Blocks()
    told = [t for part in map(tell, chunks(articles, chunk)) for t in part]
    parts = scheme.split(told)
    tasks = [(rules, scheme.link_rule(key), part) for key, part in parts.items()]
    claims = (f.key for facts, _ in articles for f in facts)
    return merge(claims, map(_cluster_task, tasks))


def dask_map(client: Any) -> MapLike:
    """A ``map`` that runs tasks on a Dask ``distributed.Client`` and gathers the results."""

    def run(function: Callable[[Any], Any], tasks: Iterable[Any]) -> Iterator[Any]:
        futures = client.map(function, list(tasks), pure=False)
        return iter(client.gather(futures))

    return run
