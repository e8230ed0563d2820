"""Apposed speakers: "X, head of Y, said" and "X, which relies on ..., said".

A comma right before a report verb usually closes a quotation ('"...", said X'),
but it also closes an aside on the speaker: an apposition ("Rami Abdel Rahman,
head of the Syrian Observatory, said") or a relative clause ("the Observatory,
which relies on a network of sources, said"). The speaker is the phrase that
opens its clause before the aside; an apposition is part of its name (it types
the speaker: "head of the Observatory" is the monitor speaking).
"""

from __future__ import annotations

from warcheck.analysis.sources.report_verb import ReportVerb
from warcheck.analysis.sources.words import SUBORDINATORS

_RELATIVES = frozenset({"which", "who", "whose"})
_ASIDE_TOKENS = 24  # longest aside looked at, in tokens
_STOPS = frozenset('.;:"“”()!?')


def apposed_speaker(v: ReportVerb) -> tuple[int, int] | None:
    """Return the token span of the speaker of "X, <aside>, said", or ``None``.

    The aside runs from the comma before the verb back to the comma before it,
    with no other punctuation; it is a relative clause or a noun phrase. Before
    it stands the speaker's phrase, opening its clause.
    """
    toks, vi = v.toks, v.vi
    if vi < 4 or toks[vi - 1].text != ",":
        return None
    c = next(
        (
            k
            for k in range(vi - 2, max(0, vi - _ASIDE_TOKENS), -1)
            if toks[k].text in _STOPS | {","}
        ),
        None,
    )
    if c is None or toks[c].text != "," or c + 1 > vi - 2:
        return None
    subject = v.np.left(c - 1)
    if subject is None:
        return None
    a = subject[0]
    before = toks[a - 1] if a > 0 else None
    if before is not None and before.text[:1].isalnum() and before.low not in SUBORDINATORS:
        return None  # the phrase does not open its clause
    if toks[c + 1].low in _RELATIVES:
        return subject
    apposed = v.np.left(vi - 2)
    if apposed is None or apposed[0] <= c:
        return None  # the aside does not end in a noun phrase
    return a, vi - 2
