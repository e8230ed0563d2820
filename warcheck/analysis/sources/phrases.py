"""Source phrases: the noun phrase that speaks, grown word by word from a report verb.

The phrase is grown over words that can stand in a source's name
(determiners, ``np_words``, capitalised names, actor mentions, "of/from/at"
links): leftwards for "X said", rightwards for "according to X" and '"...",
said X'. FA-KES text has lost its commas and apostrophes, so no rule depends
on them.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from warcheck.analysis.sources.types import phrase_nouns
from warcheck.analysis.sources.words import (
    ABBREVIATIONS,
    BULLETINS,
    BY_NOUNS,
    DAYS,
    DETERMINERS,
    GLUE,
    LINKS,
    NAME_TAILS,
    OUTLET_NOUNS,
    PARTICLES,
    PREPOSITIONS,
    PRONOUNS,
    ROLES,
    SUBORDINATORS,
    Token,
    is_cap,
    np_word,
    np_words,
    place_nouns,
)
from warcheck.model import ActorMention

# How a token grows a phrase leftwards: (the phrase's new first token, whether a head word
# was taken, whether to go on).
_Step = tuple[int, bool, bool]


class Phrases:
    """Grows a source noun phrase left or right from a report verb.

    ``mention_at`` maps a token index to the actor mention covering it;
    ``starts`` holds the tokens' start offsets, for bisection.
    """

    def __init__(
        self, toks: list[Token], actors: Sequence[ActorMention], words: frozenset[str]
    ) -> None:
        self.toks = toks
        self.words = words
        self.places = place_nouns()
        self.mention_at: dict[int, ActorMention] = {}
        self.starts = starts = [t.start for t in toks]
        for m in actors:
            i = bisect.bisect_left(starts, m.start)
            while i < len(toks) and toks[i].end <= m.end:
                self.mention_at[i] = m
                i += 1

    def text(self, i: int, j: int) -> str:
        """Return the words of tokens ``i..j`` as a plain string."""
        return " ".join(t.text for t in self.toks[i : j + 1])

    def _wordlike(self, i: int) -> bool:
        t = self.toks[i]
        return i in self.mention_at or np_word(t.low, self.words) or is_cap(t)

    def _subject_name_before(self, k: int) -> bool:
        """Return whether capitalised words right before token ``k`` open their clause."""
        n = k - 1
        while n >= 0 and (is_cap(self.toks[n]) or self.toks[n].low in PARTICLES):
            n -= 1
        if n == k - 1:
            return False
        t = self.toks[n] if n >= 0 else None
        return t is None or t.low in SUBORDINATORS or not t.text[:1].isalnum()

    def left(self, j: int) -> tuple[int, int] | None:
        """Return token indices ``[i, j]`` of the phrase ending at token ``j``, if it has a head.

        Words are taken right to left while a step takes them (:meth:`_left_step`);
        a pronoun alone is a phrase of its own ("he said"). Links left at the
        start are dropped.
        """
        i, head = j + 1, False
        while i > 0:
            step = self._left_step(i - 1, i, j)
            if step is None:
                if i == j + 1 and self.toks[i - 1].low in PRONOUNS:
                    return (i - 1, i - 1)
                break
            i, took_head, more = step
            head = head or took_head
            if not more:
                break
        while i <= j and self.toks[i].low in LINKS:
            i += 1
        return (i, j) if head and i <= j else None

    def _left_step(self, k: int, i: int, j: int) -> _Step | None:
        """How token ``k`` grows the phrase ``[i, j]`` leftwards, or ``None`` if it does not.

        In order: an actor mention, a bracketed word, a determiner, a place noun
        after a link ("sources in the city"), then a word of a name or title.
        """
        t = self.toks[k]
        if k in self.mention_at:
            return self._left_mention(k)
        if t.text == ")" and k >= 2 and self.toks[k - 2].text == "(":
            return k - 2, False, True
        if t.low in DETERMINERS and i <= j:
            return self._left_determiner(k, j)
        if t.low in self.places and (n := self._place_link(k)) is not None:
            return n, False, True  # "medical sources in the city", "SANA reporter in Hasaka"
        return self._left_word(k, i, j)

    def _left_mention(self, k: int) -> _Step:
        """Take the whole actor mention ending at token ``k``; it is a head."""
        m = self.mention_at[k]
        while k > 0 and self.mention_at.get(k - 1) is m:
            k -= 1
        toks = self.toks
        # "the Pentagon": a mention that opens with its determiner opens the phrase.
        opens = toks[k].low in DETERMINERS and not (k > 0 and toks[k - 1].low in LINKS)
        return k, True, not opens

    def _left_determiner(self, k: int, j: int) -> _Step:
        """Take the determiner at token ``k``; it ends the phrase unless a link or name precedes."""
        toks = self.toks
        if (
            toks[k].low in ("a", "an", "the")
            and self._subject_name_before(k)
            and any(x.low in ROLES for x in toks[k + 1 : j + 1])
        ):
            return k, False, True  # "Andrew Mitchell a former minister"
        if k >= 2 and toks[k - 1].low in LINKS and self._wordlike(k - 2):
            return k - 1, False, True
        if k >= 2 and toks[k - 1].low == "of" and toks[k - 2].low in DETERMINERS:
            # "one of the spokespersons"
            return k - 2, False, k >= 3 and self._subject_name_before(k - 2)
        return k, False, False

    def _place_link(self, k: int) -> int | None:
        """The link before the place noun at token ``k`` ("in the city"), if words precede it."""
        toks = self.toks
        n = k - 1
        while n > 0 and (toks[n].low in DETERMINERS or is_cap(toks[n])):
            n -= 1
        return n if n > 0 and toks[n].low in LINKS and self._wordlike(n - 1) else None

    def _left_word(self, k: int, i: int, j: int) -> _Step | None:
        """Take token ``k`` as a word of a name or title: an abbreviation, noun, name, link."""
        toks = self.toks
        t = toks[k]
        if t.text == "." and k > 0 and toks[k - 1].low in ABBREVIATIONS:
            return k, False, True  # "Maj. Gen. Igor Konashenkov"
        if np_word(t.low, self.words) or t.low in BULLETINS:
            return k, True, True
        if k + 1 <= j and toks[k + 1].low in BULLETINS and t.text.isalpha() and t.text.islower():
            return k, False, True  # "the ministry's latest bulletin"
        if is_cap(t):
            nxt = toks[k + 1] if k + 1 <= j else None
            if (
                nxt is not None
                and not is_cap(nxt)
                and nxt.text[:1].isalpha()
                and (k + 1 not in self.mention_at and nxt.low not in ROLES)
                and nxt.low not in OUTLET_NOUNS | BULLETINS  # "the IRNA news agency": one name
            ):
                return i, False, False  # "... commander Abu Taha well-informed sources"
            return k, True, True
        if t.low == "to" and i <= j and k > 0 and toks[k - 1].low in ROLES:
            return k, False, True  # "the ambassador to the UN"
        if t.low in PARTICLES and k > 0 and is_cap(toks[k - 1]):
            return k, False, True
        if t.low in LINKS and i <= j and k > 0 and self._wordlike(k - 1):
            return k, False, True
        return None

    def right(self, i: int, limit: int) -> tuple[int, int] | None:
        """Return token indices ``[i, j]`` of the phrase opening at token ``i``, if it has one."""
        toks, j, head, named = self.toks, i - 1, False, False
        while j + 1 < limit and toks[j + 1].low in DETERMINERS:
            j += 1
        while j + 1 < limit:
            k = j + 1
            t = toks[k]
            if k in self.mention_at:
                m = self.mention_at[k]
                if head and j in self.mention_at and self.mention_at[j] is not m:
                    break  # "according to Al-Manar Syrian forces ...": a new phrase begins
                while k + 1 < limit and self.mention_at.get(k + 1) is m:
                    k += 1
                j, head, named = k, True, True
                continue
            if t.text == "(" and k + 2 < limit and toks[k + 2].text == ")":
                j = k + 2
                continue
            if t.text == "," and head and k + 2 < limit:
                n = k + 1 + (toks[k + 1].low in DETERMINERS)
                if toks[n].low in ROLES:
                    j = k  # 'said Rami Abdel Rahman, director of the Observatory'
                    continue
            if t.low in DAYS or t.low in DETERMINERS:
                break
            if is_cap(t) or (
                np_word(t.low, self.words) and not (named and t.low not in NAME_TAILS)
            ):
                j, head = k, True
                named = named or is_cap(t)
                continue
            if (t.low in PARTICLES and head) or (t.text == "." and toks[j].low in ABBREVIATIONS):
                j = k
                continue
            link = t.low in LINKS or (t.low == "by" and toks[j].low in BY_NOUNS)
            if link and head and k + 1 < limit:
                n = k + 1
                while n < limit and toks[n].low in DETERMINERS:
                    n += 1
                if n < limit and self._wordlike(n) and toks[n].low not in DAYS:
                    j = n - 1
                    continue
            break
        return (i, j) if head and j >= i else None


def closes(toks: list[Token], j: int) -> bool:
    """Return whether a phrase ending at token ``j`` closes its sentence or clause."""
    rest = [t for t in toks[j + 1 :] if t.text[:1].isalnum()]
    if not rest or rest[0].low in ("who", "which", "whose", "adding", "saying", "noting"):
        return True
    return rest[0].low in ("a", "an", "the") and all(  # "..., a Britain-based monitor."
        t.low in DETERMINERS or t.low in LINKS or np_word(t.low, np_words()) or is_cap(t)
        for t in rest
    )


def left_phrase(np: Phrases, toks: list[Token], vi: int) -> tuple[int, int] | None:
    """Return the phrase before the report verb at token ``vi`` ("the monitor has said")."""
    j, glue = vi - 1, 0
    while j >= 0 and glue < 4:
        if toks[j].low in GLUE:
            j, glue = j - 1, glue + 1
        elif toks[j].low in DAYS and j > 0 and toks[j - 1].low == "on":
            j, glue = j - 2, glue + 1
        elif j >= 2 and (toks[j - 2].low, toks[j].low) in (("in", "statement"), ("at", "scene")):
            j, glue = j - 3, glue + 1
        else:
            break
    if j > 0 and toks[j].text in "-–—":
        dash = next((d for d in range(j - 1, 0, -1) if toks[d].text == toks[j].text), None)
        if dash is not None and j - dash < 25:
            j = dash - 1  # "The Observatory - which relies on ... - says"
    if j < 0:
        return None
    found = np.left(j)
    if found is None or not (
        phrase_nouns(np.text(*found))[0] or any(i in np.mention_at for i in range(found[0], j + 1))
    ):
        found = _relative_subject(np, toks, j) or found
    if found is None:
        return None
    a, b = found
    while a > 0 and toks[a - 1].low in PREPOSITIONS and a < b:
        a += 1  # "in Aleppo Syrian state TV": drop words that belong to a preposition
    if a > 0 and toks[a - 1].low in PREPOSITIONS | frozenset(("which", "who", "that")):
        return None
    return (a, b)


def _relative_subject(np: Phrases, toks: list[Token], j: int) -> tuple[int, int] | None:
    """Return the subject before "which/who" ("The monitor which relies on ... said")."""
    for n in range(j, max(0, j - 16), -1):
        if toks[n].low in ("which", "who"):
            found = np.left(n - 1)
            if found is not None and (
                phrase_nouns(np.text(*found))[0]
                or any(i in np.mention_at for i in range(*found))
                or found[0] in np.mention_at
            ):
                return found
            return None
        if not toks[n].text[:1].isalnum() and toks[n].text not in "-–—":
            return None
    return None
