"""Resolving a partisan label that several actors bear ("mercenaries", "terrorists", "rebels").

:class:`LabelContext` weighs the evidence around one label, strongest first: an
actor named next to it ("ISIS mercenaries", "terrorists of Jabhat al-Nusra"),
the nearest named actor that the article's camp uses the label for in the same
sentence, then within two sentences of the same paragraph, the only actor the
article's camp uses the label for, the candidate the article names most, and
finally the label's generic default ("rebels": the opposition at large). Each
step has its own confidence, kept on the mention.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from warcheck import knowledge
from warcheck.model import ActorMention, Sentence
from warcheck.text import lookup_key

_NON_STATE = frozenset({"armed_group", "militia"})
_CONF_ADJACENT, _CONF_SENTENCE, _CONF_PARAGRAPH = 0.9, 0.8, 0.7
_CONF_CAMP, _CONF_FREQUENT, _CONF_DEFAULT, _NO_CAMP_PENALTY = 0.65, 0.5, 0.4, 0.15
_GAP_BEFORE = re.compile(r"(?:'s?|s)?\s{0,2}$")
_LINK_AFTER = re.compile(
    r"\s+(?:of|from|belonging to|affiliated (?:to|with)|linked to|loyal to|backed by)\s+(?:the\s+)?"
)


def label_camp(key: str, actor_id: str | None, camps: list[str]) -> str | None:
    """The camp whose usage the label follows: the article's camp, else the label's only user.

    A label that several camps use ("Daesh", "terrorists") says nothing of who writes
    unless the article's camp is one of them: it is credited to no camp rather than to
    the first one listed.
    """
    uses = knowledge.label_uses(key)
    mine = list(dict.fromkeys(u.camp for u in uses if actor_id is None or u.actor_id == actor_id))
    return next((c for c in camps if c in mine), mine[0] if len(mine) == 1 else None)


class LabelContext:
    """What ambiguous labels are resolved against: the named actors and the article's camps."""

    def __init__(
        self,
        text: str,
        low: str,
        firm: list[ActorMention],
        sentences: Sequence[Sentence],
        camps: list[str],
    ) -> None:
        self.low, self.firm, self.camps = low, firm, camps
        self.sentences = list(sentences)
        self.starts = [s.start for s in self.sentences]
        self.where = [self._sentence(f.start) for f in firm]
        # The firm mentions of each sentence, by their index in ``firm``.
        self.by_sentence: dict[int, list[int]] = {}
        # The offsets of each actor's firm mentions, in order.
        self.by_actor: dict[str | None, list[int]] = {}
        self.by_actor_index: dict[str | None, list[int]] = {}
        for i, (sent, _) in enumerate(self.where):
            self.by_sentence.setdefault(sent, []).append(i)
            self.by_actor.setdefault(firm[i].actor_id, []).append(firm[i].start)
            self.by_actor_index.setdefault(firm[i].actor_id, []).append(i)
        self.firm_starts = [f.start for f in firm]
        self.freq = Counter(f.actor_id for f in firm)

    def _sentence(self, pos: int) -> tuple[int, int]:
        if not self.sentences:
            return (0, 0)
        s = self.sentences[max(0, bisect.bisect_right(self.starts, pos) - 1)]
        return (s.index, s.paragraph)

    def _adjacent(self, m: ActorMention, every: list[str]) -> str | None:
        """An actor named just before the label ("ISIS mercenaries") or linked after it.

        The link is "of", "from", "affiliated to"... ("terrorists of ISIS").
        """
        i = bisect.bisect_left(self.firm_starts, m.start)
        if i > 0:
            prev = self.firm[i - 1]
            if _GAP_BEFORE.fullmatch(self.low, prev.end, m.start) and _fits(prev.actor_id, every):
                return prev.actor_id
        link = _LINK_AFTER.match(self.low, m.end)
        if link and i < len(self.firm):
            nxt = self.firm[i]
            if nxt.start == link.end() and _fits(nxt.actor_id, every):
                return nxt.actor_id
        return None

    def resolve(self, m: ActorMention) -> ActorMention:
        """Resolve an ambiguous label from its context (see the module docstring)."""
        key = lookup_key(m.label or m.text)
        uses = knowledge.label_uses(key)
        every = list(dict.fromkeys(u.actor_id for u in uses))
        cands, camp_unique = self._camp_candidates(uses, every)
        choice = self._choose(m, uses, every, cands, camp_unique)
        if choice is None:
            kinds = {knowledge.actor(a).kind for a in cands}
            return replace(
                m,
                name=m.label,
                kind=kinds.pop() if len(kinds) == 1 else None,
                label_camp=label_camp(key, None, self.camps),
            )
        a = knowledge.actor(choice[0])
        return replace(
            m,
            actor_id=a.id,
            name=a.name,
            kind=a.kind,
            resolved_by="context",
            confidence=choice[1],
            label_camp=label_camp(key, a.id, self.camps) or label_camp(key, None, self.camps),
        )

    def _camp_candidates(
        self, uses: Sequence[knowledge.Label], every: list[str]
    ) -> tuple[list[str], bool]:
        """The actors the article's first camp using the label means by it, and if just one.

        Without such a camp, every actor the label is used for (``every`` itself).
        """
        for camp in self.camps:
            in_camp = list(dict.fromkeys(u.actor_id for u in uses if u.camp == camp))
            if in_camp:
                return in_camp, len(in_camp) == 1
        return every, False

    def _choose(
        self,
        m: ActorMention,
        uses: Sequence[knowledge.Label],
        every: list[str],
        cands: list[str],
        camp_unique: bool,
    ) -> tuple[str, float] | None:
        """The actor the label means and the confidence of the step that chose it, if any."""
        adjacent = self._adjacent(m, every)
        if adjacent is not None:
            return adjacent, _CONF_ADJACENT
        if self.sentences and (near := self._nearby(m, cands, cands is every)) is not None:
            return near
        if camp_unique:
            return cands[0], _CONF_CAMP
        frequent = self._most_named(m, cands)
        if frequent is not None:
            return frequent, _CONF_FREQUENT
        default = next((u.actor_id for u in uses if u.default and u.actor_id in cands), None)
        return (default, _CONF_DEFAULT) if default is not None else None

    def _nearby(self, m: ActorMention, cands: list[str], no_camp: bool) -> tuple[str, float] | None:
        """The candidate named nearest the label in its sentence, else within two sentences."""
        sent, para = self._sentence(m.start)
        # Without a camp every camp's usage is a candidate: trust proximity less.
        penalty = _NO_CAMP_PENALTY if no_camp else 0.0
        tiers = (
            (_CONF_SENTENCE - penalty, (sent,), lambda w: w[0] == sent),
            (
                _CONF_PARAGRAPH - penalty,
                range(sent - 2, sent + 3),
                lambda w: w[1] == para and abs(w[0] - sent) <= 2,
            ),
        )
        for conf, sents, near in tiers:
            # Only the firm mentions of the sentences in reach, in their order.
            indexes = sorted(i for s in sents for i in self.by_sentence.get(s, ()))
            found = [
                self.firm[i]
                for i in indexes
                if self.firm[i].actor_id in cands and near(self.where[i])
            ]
            if found:
                # A label points back to an actor already named, before one named later.
                best = min(found, key=lambda f: (f.start > m.start, abs(f.start - m.start)))
                assert best.actor_id is not None  # it is one of cands
                return best.actor_id, conf
        return None

    def _most_named(self, m: ActorMention, cands: list[str]) -> str | None:
        """The candidate the article names most; of a tie, the one named nearest the label."""
        counts = {a: self.freq[a] for a in cands if self.freq[a]}
        if not counts:
            return None
        top = max(counts.values())
        # Of the tied actors, the one named nearest; of equals, the one first in ``firm``.
        best = min((self._nearest(a, m.start), a) for a, n in counts.items() if n == top)
        return best[1]

    def _nearest(self, actor_id: str, pos: int) -> tuple[int, int]:
        """(distance, index in ``firm``) of the mention of ``actor_id`` nearest ``pos``.

        Of two as near, the first in ``firm`` (which is in text order).
        """
        starts, index = self.by_actor[actor_id], self.by_actor_index[actor_id]
        i = bisect.bisect_left(starts, pos)
        near = []
        for j in (i - 1, i):
            if 0 <= j < len(starts):
                first = bisect.bisect_left(starts, starts[j])  # the first of equal offsets
                near.append((abs(starts[j] - pos), index[first]))
        return min(near)


def _fits(actor_id: str | None, every: list[str]) -> bool:
    """Whether an adjacent actor can be what the label refers to."""
    return actor_id is not None and (
        actor_id in every or knowledge.actor(actor_id).kind in _NON_STATE
    )
