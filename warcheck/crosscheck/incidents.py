"""Incidents: which claims of different articles describe the same real-world event.

Each article's claims are nodes. Inside an article, a claim joins the main
claim's incident when it is about the same event (:func:`same_event`); a
background claim ("since 2011", "last year's siege") never joins anything, so
it cannot glue unrelated reports together. Across articles, the main claims of
two articles are linked when their stories match (:func:`story_link`): their
rarity-weighted text vectors are close, their dates are near (or the text is
closer still and their own dates do not conflict), and their places, when
both are precise, do not lie apart. Candidates come from blocking on shared
rare words (never all pairs); links are joined by union-find. Every link is a
function of two articles alone and the weights do not depend on the corpus,
so adding articles one at a time gives what clustering them at once gives.

A claim that is not about its article's main event (a side claim) joins a
side claim of a linked article when both are events or statements of the same
family, not background, their date windows overlap, their places do not lie
apart and their rare words mostly agree (:func:`same_side_event`): so the
side claims of a copy sit with the original's, not in incidents of their own.
Side claims never join main claims across articles, so they cannot merge two
stories' incidents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from warcheck.crosscheck.facts import ClaimFacts, day
from warcheck.crosscheck.places import apart
from warcheck.crosscheck.unionfind import UnionFind
from warcheck.crosscheck.vectors import Vector, cosine, index_terms, story_vector

ClaimKey = tuple[int, int]


@dataclass(frozen=True)
class Rules:
    """The thresholds of a story link (the defaults are those the evaluations report)."""

    link: float = 0.28  # cosine that links two stories dated within ``near_days``
    follow_up: float = 0.45  # cosine that links them whatever the dates, absent a date conflict
    near_days: int = 3
    own_date_slack: int = 1  # days two day-precise event dates may differ by
    place_veto: bool = False  # two precise places far apart forbid a link
    side_terms: float = 0.5  # Jaccard of rare words joining two linked articles' side claims


@dataclass(frozen=True)
class Story:
    """What one article brings to story links: its vector, keys, dates and main claim."""

    article_id: int
    vector: Vector
    keys: tuple[str, ...]
    day: int | None
    own_day: int | None
    main: ClaimFacts | None


def story_of(facts: Sequence[ClaimFacts], text: str) -> Story:
    """Return the story of one article from its claim facts and its text.

    The vector leaves out the words of claims dated well before publication,
    so that a stock paragraph ("the conflict has killed 280,000 people since
    2011") links nothing; claims of the background kind without such a date
    (who a victim was) stay in.
    """
    main = next((f for f in facts if f.main), facts[0] if facts else None)
    for f in facts:
        if f.background and f.kind != "background" and f.text and not f.main:
            text = text.replace(f.text, " ")
    vector = story_vector(text)
    published = _published_day(facts)
    own = own_day(facts, main) if main else None
    return Story(
        article_id=facts[0].article_id if facts else -1,
        vector=vector,
        keys=index_terms(vector),
        day=published if published is not None else own,
        own_day=own,
        main=main,
    )


def own_day(facts: Sequence[ClaimFacts], main: ClaimFacts) -> int | None:
    """Return the day of the article's main event: the main claim's, else a restatement's.

    A title rarely names its day; the first claim that restates the main
    event (:func:`same_event`) and names a day gives it.
    """
    if main.background or not main.violent:
        return None
    if main.day_precise:
        return main.day_from
    for f in facts:
        if f.day_precise and f.violent and f is not main and same_event(f, main):
            return f.day_from
    return None


def _published_day(facts: Sequence[ClaimFacts]) -> int | None:
    return day(facts[0].published) if facts else None


def story_link(a: Story, b: Story, rules: Rules) -> bool:
    """Whether two articles tell the same story (see the module docstring)."""
    sim = cosine(a.vector, b.vector)
    if sim < rules.link:
        return False
    conflict = (
        a.own_day is not None
        and b.own_day is not None
        and abs(a.own_day - b.own_day) > rules.own_date_slack
    )
    if conflict:
        return False
    if rules.place_veto and a.main and b.main and apart(a.main, b.main):
        return False
    near = a.day is not None and b.day is not None and abs(a.day - b.day) <= rules.near_days
    return near or sim >= rules.follow_up


def same_side_event(a: ClaimFacts, b: ClaimFacts, rules: Rules) -> bool:
    """Whether side claims of two linked articles tell the same event (module docstring)."""
    if a.background or b.background or a.family is None or a.family != b.family:
        return False
    if a.kind not in ("event", "statement") or b.kind not in ("event", "statement"):
        return False
    if None not in (a.day_from, a.day_to, b.day_from, b.day_to) and (
        a.day_to < b.day_from or b.day_to < a.day_from  # type: ignore[operator]
    ):
        return False
    ta, tb = set(a.terms), set(b.terms)
    if not ta or not tb or len(ta & tb) < rules.side_terms * len(ta | tb):
        return False
    return not apart(a, b)


def same_event(claim: ClaimFacts, main: ClaimFacts) -> bool:
    """Whether a claim of an article restates the event of its main claim."""
    if claim.background or claim.kind not in ("event", "statement"):
        return False
    families = claim.family is not None and main.family is not None
    if families and claim.family != main.family and not (claim.violent and main.violent):
        return claim.family == "verbal"
    if claim.day_precise and main.day_precise and claim.day_from != main.day_from:
        return False
    return not apart(claim, main)


class Corpus:
    """Claims of many articles, clustered into incidents as articles are added.

    ``may_link``, when given, is asked of every pair of stories before their
    link is tested: a pair it refuses is never linked (the partitioned
    clustering, :mod:`~warcheck.crosscheck.partitions`, is the clustering with
    ``may_link`` saying whether two articles share a partition).
    """

    def __init__(
        self, rules: Rules | None = None, may_link: Callable[[Story, Story], bool] | None = None
    ) -> None:
        self.rules = rules or Rules()
        self.may_link = may_link
        self.facts: dict[int, list[ClaimFacts]] = {}
        self.texts: dict[int, str] = {}
        self.stories: dict[int, Story] = {}
        self._index: dict[str, list[int]] = {}
        self._claims = UnionFind()
        self.links: dict[int, set[int]] = {}
        self._changed: set[int] = set()
        self._sides: dict[int, list[ClaimFacts]] = {}

    def add(self, facts: Sequence[ClaimFacts], text: str, story: Story | None = None) -> None:
        """Add one article's claims (from :func:`facts_of`) and its text; link them.

        ``story`` is the article's :func:`story_of` when it was made before.
        """
        if not facts:
            return
        story = story or story_of(facts, text)
        aid = story.article_id
        if aid in self.facts:
            raise ValueError(f"article {aid} is already in the corpus")
        self.facts[aid] = list(facts)
        self.texts[aid] = text
        self.stories[aid] = story
        self._join_article(facts, story)
        self.links[aid] = set()
        for other in self.candidates(story):
            if self.may_link is not None and not self.may_link(story, self.stories[other]):
                continue
            if story_link(story, self.stories[other], self.rules):
                self._link(aid, other)
        for key in story.keys:
            self._index.setdefault(key, []).append(aid)
        self._changed.add(aid)

    def add_many(self, articles: Iterable[tuple[Sequence[ClaimFacts], str]]) -> None:
        """Add several articles, each as ``(facts, text)``."""
        for facts, text in articles:
            self.add(facts, text)

    def candidates(self, story: Story) -> list[int]:
        """Return the articles sharing a blocking key with a story (its block)."""
        seen: dict[int, None] = {}
        for key in story.keys:
            for other in self._index.get(key, ()):
                seen[other] = None
        return list(seen)

    def _join_article(self, facts: Sequence[ClaimFacts], story: Story) -> None:
        for f in facts:
            self._claims.add(f.key)
        sides = self._sides[story.article_id] = []
        if story.main is None:
            return
        for f in facts:
            if f is story.main:
                continue
            if same_event(f, story.main):
                self._claims.union(f.key, story.main.key)
            else:
                sides.append(f)

    def _link(self, a: int, b: int) -> None:
        self.links[a].add(b)
        self.links[b].add(a)
        main_a, main_b = self.stories[a].main, self.stories[b].main
        if main_a is not None and main_b is not None:
            self._claims.union(main_a.key, main_b.key)
        for fa in self._sides[a]:
            for fb in self._sides[b]:
                if same_side_event(fa, fb, self.rules):
                    self._claims.union(fa.key, fb.key)

    def take_changed(self) -> set[ClaimKey]:
        """Return the incidents the articles added since the last call are in, and forget them.

        These are the incidents to store and review again; an incident that a
        new article merged into another one is gone (its claims now carry the
        key of the incident returned here).
        """
        keys = {self._claims.least(f.key) for a in self._changed for f in self.facts[a]}
        self._changed.clear()
        return keys

    def incidents(self) -> dict[ClaimKey, ClaimKey]:
        """Return claim key -> incident key (the smallest claim key of the incident)."""
        return self._claims.groups_by_least()

    def members(self) -> dict[ClaimKey, list[ClaimFacts]]:
        """Return incident key -> the facts of its claims, in key order."""
        out: dict[ClaimKey, list[ClaimFacts]] = {}
        for f in sorted(self.all_facts(), key=lambda f: f.key):
            out.setdefault(self._claims.least(f.key), []).append(f)
        return out

    def all_facts(self) -> Iterable[ClaimFacts]:
        """Every claim's facts, article by article."""
        for facts in self.facts.values():
            yield from facts


def article_incidents(corpus: Corpus) -> Mapping[int, ClaimKey]:
    """Return article id -> the incident of its main claim."""
    groups = corpus.incidents()
    return {aid: groups[story.main.key] for aid, story in corpus.stories.items() if story.main}
