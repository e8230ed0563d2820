"""Sentence and paragraph splitting with character offsets."""

from __future__ import annotations

import re
from collections.abc import Sequence

from warcheck.knowledge import lexicons
from warcheck.model import Sentence

# A sentence ends at . ! ? (optionally followed by quotes/brackets) and then
# whitespace and an upper-case letter, digit or quote; or at a blank line. The
# boundary starts after the mark (matching the mark is faster than a look-behind).
_PARAGRAPH = re.compile(r"\n\s*\n")
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9\u00C0-\u00DE\u0600-\u06FF])")
# A sentence longer than this many characters is split: at the last clause
# boundary (a comma, semicolon, colon or dash and the space after it) in its
# second half, else at the last space, else at the limit. No FA-KES article has a
# sentence half as long; the limit keeps the per-sentence stages (whose work
# grows with the square of a sentence's length) linear in the article's length.
MAX_SENTENCE = 3000
_CLAUSE_END = re.compile(r"[,;:\u2013\u2014]\s|\s[-\u2013\u2014]\s")
_ABBREVIATIONS = re.compile(
    rf"(?:\b(?:{lexicons.pattern('reading_words', 'abbreviations')})|\b[A-Z])\.$"
)
# A clock time's "a.m."/"p.m." before a weekday goes on with the time ("at 2 a.m. Saturday in a
# shooting"), it does not end the sentence.
_CLOCK_DAY = re.compile(
    rf"\b[ap]\.m\.[\"'”’)\]]*\s+(?:{lexicons.pattern('time_words', 'weekdays')})\b", re.IGNORECASE
)
# A line that ends inside a sentence: on a comma or on a word a sentence cannot end on
# ("according to the"), before a line break.
_OPEN_END = re.compile(
    rf"(?:,|\b(?:{lexicons.pattern('reading_words', 'wrap_words')}))\s*$", re.IGNORECASE
)
_CLOSED_END = re.compile(r"[.!?:;\"'”’)\]]\s*$")
_FIRST_CHAR = re.compile(r"\s*(\S)")


def split_sentences(text: str, cuts: Sequence[int] = ()) -> list[Sentence]:
    """Split ``text`` into sentences, each numbered and tagged with its paragraph.

    Paragraphs are separated by blank lines; a single line break also ends a
    sentence when the line before it has no closing punctuation (titles,
    datelines, list items), unless the line is hard-wrapped inside a sentence:
    the next line goes on in lower case ("officials\\nsaid."), or the line ends
    on a comma or a word no sentence ends on ("according to the\\nObservatory").
    ``cuts`` are offsets where a sentence must end
    whatever the punctuation: the edges of a dateline run into the text
    ("Date of publication 7 April 2017 A salvo of missiles...").
    """
    out: list[Sentence] = []
    para_start = 0
    paragraph = 0
    bounds = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)] + [(len(text), len(text))]
    for p_end, next_start in bounds:
        _split_paragraph(text, para_start, p_end, paragraph, out, cuts)
        if text[para_start:p_end].strip():
            paragraph += 1
        para_start = next_start
    return out


def _split_paragraph(
    text: str, start: int, end: int, paragraph: int, out: list[Sentence], cuts: Sequence[int]
) -> None:
    for ls, le in _lines(text, start, end):
        bounds = [(m.start() + 1, m.end()) for m in _BOUNDARY.finditer(text, ls, le)]
        bounds = [
            b
            for b in bounds
            if not _ABBREVIATIONS.search(text, max(ls, b[0] - 8), b[0])
            and not _CLOCK_DAY.match(text, max(ls, b[0] - 4))
        ]
        bounds += [(c, c) for c in cuts if ls < c < le]
        cut = ls
        for b_start, b_end in sorted(bounds):
            if b_start < cut:
                continue
            _add(text, cut, b_start, paragraph, out)
            cut = b_end
        _add(text, cut, le, paragraph, out)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of ``text[start:end]``, a hard-wrapped line joined to the next one."""
    out: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text[start:end]):
        ls, le = start + line.start(), start + line.end()
        if out and _wraps(text, out[-1], ls, le):
            out[-1] = (out[-1][0], le)
        else:
            out.append((ls, le))
    return out


def _wraps(text: str, prev: tuple[int, int], ls: int, le: int) -> bool:
    """Whether the line ``prev`` runs on into the line at ``ls..le`` (a hard wrap)."""
    if _CLOSED_END.search(text, prev[0], prev[1]):
        return False
    first = _FIRST_CHAR.match(text, ls, le)
    if first is None:
        return False
    if first.group(1).islower():
        return True
    return bool(_OPEN_END.search(text, max(prev[0], prev[1] - 12), prev[1]))


def _add(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = over_long_cut(text, start)
        _add(text, start, cut, paragraph, out)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], index=len(out), paragraph=paragraph))


def over_long_cut(text: str, start: int) -> int:
    """Where to end an over-long sentence that starts at ``start``.

    After the last clause boundary between half :data:`MAX_SENTENCE` and
    :data:`MAX_SENTENCE` characters on; failing one, at the last whitespace
    there; failing that, at the limit itself.
    """
    lo, hi = start + MAX_SENTENCE // 2, start + MAX_SENTENCE
    ends = [m.start() for m in _CLAUSE_END.finditer(text, lo, hi)]
    if ends:
        return ends[-1] + 1
    space = max(text.rfind(" ", lo, hi), text.rfind("\t", lo, hi))
    return space if space > lo else hi
