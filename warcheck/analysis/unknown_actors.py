"""Actors the knowledge files lack, found by the form of their names.

An organisation's name ends in a capitalised head noun ("the al-Abbas Brigade", "the
Health Ministry", "the National Democratic Party") or opens with one before "of"/"for"
("Ministry of Health", "Front for the Liberation of X"); a person's name follows a role
or a rank ("spokesman John Doe", "the police spokesman, Ahmed Hassan,"). Such names
become actor mentions with no ``actor_id``, ``resolved_by="unknown"`` and the kind the
head tells (``actor_words.json``), so that they can be reviewed into ``actors.json``
(``scripts/unresolved_actors.py``). A name that overlaps a known actor is left to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warcheck.knowledge import lexicons
from warcheck.model import ActorMention
from warcheck.text import finditer_from, word_starts

_CONFIDENCE = 0.5
_HEAD_KIND = {
    t: (g["kind"] or None)
    for g in lexicons.groups("actor_words", "organisation_heads")
    for t in g.terms
}
_LINKS = lexicons.term_set("actor_words", "name_links")
_PARTICLES = lexicons.term_set("source_words", "name_particles")
_STOP = (
    lexicons.term_set("source_words", "capitalised_stop_words")
    | lexicons.term_set("source_words", "day_words")
    | lexicons.term_set("source_words", "determiners")
)
_ROLES = lexicons.term_set("source_words", "roles") | {"spokesperson"}
_RANKS = lexicons.term_set("source_words", "military_ranks")
_HEADS = re.compile(
    r"\b(?=[A-Z])(?:" + "|".join(sorted(_HEAD_KIND, key=len, reverse=True)) + r")\b"
)
# Roles in lower case or capitalised ("spokesman", "Spokesman"), ranks as written; the
# look-ahead on the first letter keeps the scan fast.
_ROLE_FORMS = sorted({f for r in _ROLES for f in (r, r[:1].upper() + r[1:])}, key=len, reverse=True)
_FIRST = "".join(sorted({f[0] for f in (*_ROLE_FORMS, *_RANKS)}))
_PEOPLE = re.compile(
    r"\b(?=[" + _FIRST + r"])(?:(?:" + "|".join(map(re.escape, _ROLE_FORMS)) + r")|"
    r"(?:" + "|".join(sorted(map(re.escape, _RANKS), key=len, reverse=True)) + r")\.?)"
    r"(?:,\s*|\s+)(?=[A-Z]|(?:al|el|abu|bin)-)"
)
# Where _HEADS and _PEOPLE may match: the words they open with, found in one pass.
_HEAD_STARTS = word_starts(_HEAD_KIND)
_PEOPLE_STARTS = word_starts((*_ROLE_FORMS, *_RANKS))
_NAME_WORD = re.compile(
    r"(?:(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|abd)-)?[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
)
_WORD = re.compile(r"[^\s,;:()\"“”]+")
_ORG_LINKS = _LINKS | _PARTICLES | {"the"}
_TITLE = re.compile(
    r"(?:" + "|".join(sorted(map(re.escape, _RANKS), key=len, reverse=True)) + r")\.?\s+(?=[A-Z])"
)
_OF = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?")
_Found = tuple[int, int, str | None]  # start, end and kind of a name found


def _is_name_word(w: str) -> bool:
    """A capitalised word of a name: no stop word, role ("Director") or long all-caps word."""
    if _NAME_WORD.fullmatch(w) is None or (w.isupper() and len(w) > 4):
        return False
    low = w.lower()
    return low not in _STOP and low not in _ROLES and w not in _RANKS


def _headline(text: str, start: int, end: int) -> bool:
    """Whether the words are in a short line of capitalised words (a headline in title case)."""
    # Look no further than a headline's length, so that a long line costs no more.
    lo, hi = max(0, start - 161), min(len(text), start + 162)
    a, b = text.rfind("\n", lo, start), text.find("\n", end, hi)
    if (a < 0 and lo > 0) or (b < 0 and hi < len(text)):
        return False
    a += 1
    if (b if b >= 0 else len(text)) - a > 160:
        return False
    words = [w for w in text[a : b if b >= 0 else len(text)].split() if w[0].isalpha()]
    if len(words) < 4:
        return False
    return sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _left(text: str, head_start: int, floor: int) -> int:
    """Where the capitalised words before a head begin (the head itself when none do).

    Links ("of", "al") count only with a name word before them; nothing before
    ``floor`` (the end of a known actor) or across punctuation belongs to the name.
    """
    start = nxt = head_start
    for w in reversed(list(_WORD.finditer(text, max(floor, head_start - 120), head_start))):
        word = w.group()
        if text[w.end() : nxt].strip() or word.endswith((".", "!", "?")):
            break
        if _is_name_word(word):
            start = w.start()
        elif word not in _LINKS and word not in _PARTICLES:
            break
        nxt = w.start()
    return start


def _right(text: str, pos: int, limit: int, links: frozenset[str]) -> int:
    """Where a run of at most ``limit`` name words (``links`` between them) from ``pos`` ends."""
    end = prev = pos
    n = 0
    for w in _WORD.finditer(text, pos, min(len(text), pos + 120)):
        if text[prev : w.start()].strip() or n >= limit:
            break
        prev = w.end()
        word = w.group()
        base = word.rstrip(".").removesuffix("'s").removesuffix("’s")
        if _is_name_word(base):
            end, n = w.start() + len(base), n + 1
            if base != word:
                break  # the sentence or a possessive ends the name
        elif word.lower() not in links:
            break
    return end


def _organisations(text: str, taken: Sequence[tuple[int, int]]) -> list[_Found]:
    """Names ending in a head ("the X Brigade") or opening with one before "of" ("Ministry of")."""
    out: list[_Found] = []
    for h in finditer_from(_HEADS, _HEAD_STARTS, text):
        if any(s < h.end() and h.start() < e for s, e in taken):
            continue
        floor = max((e for s, e in taken if e <= h.start()), default=0)
        start, end = _left(text, h.start(), floor), h.end()
        of = _OF.match(text, end)
        if of:
            after = _right(text, of.end(), 6, _ORG_LINKS)
            if after > of.end() and not any(s < after and end < e for s, e in taken):
                end = after
        if start < h.start() or end > h.end():
            out.append((start, end, _HEAD_KIND[h.group()]))
    return out


def _people(text: str, taken: Sequence[tuple[int, int]]) -> list[_Found]:
    """Two to four name words after a role or a rank ("spokesman John Doe")."""
    out: list[_Found] = []
    for r in finditer_from(_PEOPLE, _PEOPLE_STARTS, text):
        start = r.end()
        while (t := _TITLE.match(text, start)) is not None:
            start = t.end()  # "spokesman Colonel John Doe": the rank is no part of the name
        end = _right(text, start, 4, _PARTICLES)
        words = text[start:end].split()
        if len(words) < 2 or _HEADS.search(text, start, end):
            continue
        if not any(s < end and start < e for s, e in taken):
            out.append((start, end, None))
    return out


def add_unknown(text: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """Return ``mentions`` with the unknown actors of ``text`` that overlap none of them."""
    taken = [(m.start, m.end) for m in mentions]
    found: list[ActorMention] = []
    for start, end, kind in sorted(_organisations(text, taken) + _people(text, taken)):
        if any(s < end and start < e for s, e in taken) or _headline(text, start, end):
            continue
        words = text[start:end]
        found.append(
            ActorMention(
                start,
                end,
                words,
                name=words,
                kind=kind,
                resolved_by="unknown",
                confidence=_CONFIDENCE,
            )
        )
        taken.append((start, end))
    if not found:
        return list(mentions)
    return sorted([*mentions, *found], key=lambda m: m.start)
