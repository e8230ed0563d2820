"""The cross-check over a store, by partitions: read only what the new articles reach.

:func:`crosscheck_partitioned` clusters with a partitioning
(:mod:`~warcheck.crosscheck.partitions`), partition by partition with any
``map``. With :class:`~warcheck.crosscheck.partitions.Months` an incremental
run reads the documents of the new articles and of the stored articles that
share a month partition with one of them (the store selects them by
publication date, and the cross-check keeps those whose placement shares),
clusters those (a new article with no date at all meets every month, so
then every stored article is a candidate), and completes every incident a new claim is in with the
stored incidents of the old claims it reached (reading those articles too):
an old article that shares no partition with a new one links to none, so
its stored incident is all there is of it. The incidents are those a full
partitioned run gives (tested), provided the stored incidents were made by
the same partitioning: after switching to or from it, run once with
``full=True``. With :class:`~warcheck.crosscheck.partitions.Blocks`, which
a store cannot select by, every document is read, as in the unpartitioned
run, and the result is the unpartitioned one.
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from warcheck.crosscheck.facts import UNDATED_DAYS, ClaimFacts, day, facts_of
from warcheck.crosscheck.incidents import ClaimKey, Rules
from warcheck.crosscheck.partitions import (
    UNDATED,
    Article,
    Blocks,
    MapLike,
    Months,
    Placement,
    Scheme,
    cluster_partitioned,
    main_of,
    month_bounds,
    share,
)
from warcheck.crosscheck.unionfind import UnionFind

Row = tuple[int, str | None, str | None, Any, bool]  # what crosscheck_inputs yields


@dataclass
class Clusters:
    """Articles read and their claims' incidents: what a review takes (like a Corpus)."""

    facts: dict[int, list[ClaimFacts]]
    texts: dict[int, str]
    groups: dict[ClaimKey, ClaimKey]

    def members(self) -> dict[ClaimKey, list[ClaimFacts]]:
        """Incident key -> the facts of its claims, in key order."""
        out: dict[ClaimKey, list[ClaimFacts]] = {}
        for f in sorted((f for fs in self.facts.values() for f in fs), key=lambda f: f.key):
            out.setdefault(self.groups[f.key], []).append(f)
        return out


@dataclass(frozen=True)
class Read:
    """What a run read: the articles (facts, texts), which are new, and how many documents."""

    facts: dict[int, list[ClaimFacts]]
    texts: dict[int, str]
    new: list[int]

    def articles(self, ids: Iterable[int] | None = None) -> list[Article]:
        """These articles (all when ``None``) as ``(facts, text)``, in id order."""
        wanted = sorted(self.facts if ids is None else ids)
        return [(self.facts[a], self.texts[a]) for a in wanted if self.facts[a]]


def read_rows(rows: Iterable[Row], full: bool, into: Read | None = None) -> Read:
    """Turn stored rows into facts and texts; an article is new unless cross-checked before."""
    read = into or Read({}, {}, [])
    for aid, outlet, published, document, done in rows:
        read.facts[aid] = facts_of(aid, outlet, published, document)
        read.texts[aid] = str((document.get("article") or {}).get("text", ""))
        if full or not done:
            read.new.append(aid)
    return read


def spans(placements: Iterable[Placement], reach_days: int) -> list[tuple[str, str]]:
    """The publication dates of the articles that may share a month with these placements.

    An article published on day ``d`` lies in the months of ``d .. d + reach``,
    so it may share month ``m`` when ``first(m) - reach <= d <= last(m)``.
    Adjacent months make one span; a span is ``[from, until)`` (``until`` is
    the day after, so that a date with a time of day compares inside).
    """
    months = sorted({m for p in placements for m in p.months if m != UNDATED})
    out: list[list[int]] = []
    for m in months:
        lo, hi = month_bounds(m)
        lo -= reach_days
        if out and lo <= out[-1][1] + 1:
            out[-1][1] = hi
        else:
            out.append([lo, hi])
    iso = dt.date.fromordinal
    return [(iso(lo).isoformat(), iso(hi + 1).isoformat()) for lo, hi in out]


def maybe_place(scheme: Months, row: Any) -> Placement | None:
    """An article's placement from its placement row; ``None`` when only its document tells."""
    published = day(row.published)
    lo: int | None = published
    hi: int | None = published
    if published is None and row.published is not None:
        return None  # not a date the store compares as one: read it
    if published is None:
        lo, hi = day(row.date_from), day(row.date_to)
        if lo is None and hi is not None:
            lo = hi - UNDATED_DAYS  # an open window reaches back (facts._window)
    if scheme.by_country and row.country is not None and not row.country_sure:
        return None
    return scheme.placement(lo, hi, row.country if row.country_sure else None)


def _touching(scheme: Months, inputs: Any) -> Read:
    """Read the new articles and the stored ones sharing a month partition with one."""
    new_rows = list(inputs.placements(new_only=True))
    read = read_rows(inputs.documents(r.article_id for r in new_rows), full=False)
    targets = [scheme.place(main_of(fs)) for fs in read.facts.values() if fs]
    # a new undated article meets every month: every stored article may share with it
    undated = any(UNDATED in t.months for t in targets)
    wanted = []
    for row in inputs.placements(spans=None if undated else spans(targets, scheme.reach_days)):
        p = maybe_place(scheme, row)
        if row.crosschecked and (p is None or any(share(p, t) for t in targets)):
            wanted.append(row.article_id)
    read_rows(inputs.documents(wanted), full=False, into=read)
    for aid in wanted:  # the store's columns chose a few too many: the documents decide
        fs = read.facts[aid]
        if not fs or not any(share(scheme.place(main_of(fs)), t) for t in targets):
            del read.facts[aid], read.texts[aid]
    return read


def complete(
    read: Read, groups: dict[ClaimKey, ClaimKey], inputs: Any
) -> tuple[Clusters, set[ClaimKey]]:
    """Join the incidents of new claims with the stored incidents of the old claims in them.

    Reads the articles of those stored incidents that were not read, and
    returns the clusters and the keys of the incidents new claims are in.
    """
    found = UnionFind()
    for claim, key in groups.items():
        found.add(claim)
        found.add(key)
        found.union(claim, key)
    asked: set[int] = set()
    while True:
        touched = {found.find(f.key) for a in read.new for f in read.facts[a]}
        reached = {c[0] for c in groups if found.find(c) in touched} - set(read.new) - asked
        if not reached:
            break
        asked |= reached
        for claims in inputs.incident_groups(reached).values():
            if not any(c in groups and found.find(c) in touched for c in claims):
                continue  # another incident of those articles, not touched
            for claim in claims:
                found.add(claim)
                groups.setdefault(claim, claim)
                found.union(claims[0], claim)
        missing = {c[0] for c in groups} - set(read.facts)
        read_rows(inputs.documents(missing), full=False, into=read)
        for a in missing:  # their other claims: in incidents not touched
            for f in read.facts[a]:
                found.add(f.key)
                groups.setdefault(f.key, f.key)
    least = found.groups_by_least()
    clusters = Clusters(read.facts, read.texts, {c: least[c] for c in groups})
    return clusters, {least[f.key] for a in read.new for f in read.facts[a]}


def cluster_store(
    store: Any,
    *,
    full: bool,
    rules: Rules | None,
    scheme: Scheme,
    map: MapLike,  # noqa: A002 - as partitions.cluster_partitioned
) -> tuple[Clusters, set[ClaimKey] | None, Read]:
    """Cluster what a run needs; the incidents to review (``None``: all) and what was read."""
    inputs = store.partition_inputs()
    if full or not isinstance(scheme, Months):
        read = read_rows(store.crosscheck_inputs(), full)
        groups = cluster_partitioned(read.articles(), rules=rules, scheme=scheme, map=map)
        clusters = Clusters(read.facts, read.texts, _all(read.facts, groups))
        if full:
            return clusters, None, read
        return clusters, {groups[f.key] for a in read.new for f in read.facts[a]}, read
    read = _touching(scheme, inputs)
    if not read.new:
        return Clusters({}, {}, {}), set(), read
    groups = cluster_partitioned(read.articles(), rules=rules, scheme=scheme, map=map)
    clusters, touched = complete(read, _all(read.facts, groups), inputs)
    return clusters, touched, read


def _all(
    facts: Mapping[int, Sequence[ClaimFacts]], groups: dict[ClaimKey, ClaimKey]
) -> dict[ClaimKey, ClaimKey]:
    """Every claim's incident key (an article without claims has none)."""
    return {f.key: groups.get(f.key, f.key) for fs in facts.values() for f in fs}


def scheme_of(partition: str | Scheme | None) -> Scheme:
    """The partitioning a name stands for: ``"months"`` (the default) or ``"blocks"``."""
    if partition is None or partition == "months":
        return Months()
    if partition == "blocks":
        return Blocks()
    if isinstance(partition, Months | Blocks):
        return partition
    raise ValueError(f"unknown partitioning {partition!r} (months or blocks)")


def crosscheck_partitioned(
    store: Any,
    *,
    full: bool = False,
    rules: Rules | None = None,
    scheme: str | Scheme | None = None,
    workers: int = 1,
    map: MapLike | None = None,  # noqa: A002 - as partitions.cluster_partitioned
) -> Any:
    """The cross-check of :func:`warcheck.crosscheck.stored.crosscheck`, by partitions.

    ``map`` clusters the partitions (else ``workers`` processes, or this one).
    Returns its ``CrosscheckReport``; ``articles`` counts the documents read.
    """
    from warcheck.crosscheck.stored import finish

    chosen = scheme_of(scheme)
    with contextlib.ExitStack() as stack:
        if map is None and workers > 1:
            map = stack.enter_context(ProcessPoolExecutor(workers)).map
        clusters, keys, read = cluster_store(
            store, full=full, rules=rules, scheme=chosen, map=map or builtins.map
        )
    return finish(store, clusters, keys, read.new, full=full, seen=len(read.facts))
