"""Attributions: a report verb with the noun phrase that speaks, inside one sentence.

An attribution is a report verb (``report_verbs`` in ``data/lexicon.json``)
with its speaker: "X said (that) ...", "according to X", "..., X said.",
'"...", said X', "was announced by X", "X told AFP", "X said in a statement
carried by state media", "state TV quoted X as saying", "X issued a statement
and confirmed". Verbs inside quotations, after a determiner ("the said
statement") or a negation ("could not confirm") are not attributions. The
speaker's phrase is found by :mod:`warcheck.analysis.sources.phrases` and typed
by :mod:`warcheck.analysis.sources.types`; anaphors are resolved by
:mod:`warcheck.analysis.sources.sourcing`. :class:`Attribution` and the report
verb the rules look at live in :mod:`warcheck.analysis.sources.report_verb`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from warcheck.analysis.sources.apposition import apposed_speaker
from warcheck.analysis.sources.phrases import Phrases, closes, left_phrase
from warcheck.analysis.sources.report_verb import Attribution, ReportVerb
from warcheck.analysis.sources.types import type_phrase
from warcheck.analysis.sources.words import (
    DETERMINERS,
    GLUE,
    PRONOUNS,
    QUOTES,
    STOP_CAPS,
    SUBORDINATORS,
    Token,
    np_words,
    tokenize,
    verb_hits,
    verb_objects,
)
from warcheck.knowledge import lexicons
from warcheck.model import ActorMention, Cue, Sentence, Source, Span
from warcheck.text import match_form

__all__ = ["Attribution", "find_attributions"]

_REACH = 120  # characters around the report verbs that are tokenised
_NOUN_FORMS = frozenset({"reports", "claims", "notes", "states", "says", "statement"})
_NEGATION = frozenset(
    {"not", "n't", "never", "cannot", "unable", "refused", "declined", "failed", "to"}
)
_VERB_AFTER_NOUN = frozenset({"said", "say", "says", "of", "suggest"})
_UNNAMED = frozenset({"unconfirmed", "unverified", "unsourced"})
_NOBODY = frozenset({"no", "nobody", "none", "neither"})
_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "being", "and"})
_OUTER_LINK = re.compile(
    r"\s*(?:(?:late\s+|early\s+)?on\s+\w+\s+)?(?:(?:in\s+(?:a|an|the)\s+"
    rf"(?:{lexicons.pattern('source_words', 'statement_nouns')})\s+)?"
    rf"({lexicons.pattern('source_words', 'carrier_verbs')})\s+by"
    r"|in\s+(?:a|an)\s+(?:interview|statement|remarks|comments|"
    r"(?:tele)?phone\s+call)\s+(?:to|with)|speaking\s+to)\s+",
    re.IGNORECASE,
)
_INTRO = re.compile(r"^\s*(?:[A-Z][\w-]*\s+){0,3}?$")


def find_attributions(
    sentence: Sentence, text: str, actors: Sequence[ActorMention], cues: Sequence[Cue] = ()
) -> list[Attribution]:
    """Return every attribution in ``sentence``, in text order (anaphors unresolved).

    ``cues`` is accepted for symmetry with the other stages; stance comes from
    the report verb itself. Each report verb not inside another's attribution
    is looked at once (:func:`_attribution`).
    """
    del cues
    hits = verb_hits(text, sentence.start, sentence.end)
    if not hits:
        return []
    toks, mentions = _tokens(sentence, text, actors, hits)
    np = Phrases(toks, mentions, np_words())
    out: list[Attribution] = []
    pos = sentence.start
    for h_start, h_end, (verb, stance, weak) in hits:
        if h_start < pos:
            continue
        pos = h_end
        at = _verb_tokens(np, h_start, h_end)
        if at is None or not _is_report_verb(sentence, text, toks, *at, verb):
            continue
        att = _attribution(ReportVerb(sentence, text, toks, np, mentions, *at, stance), weak, out)
        if att is None:
            continue
        _add(out, att)
        if att.source.span is not None:
            pos = max(pos, min(att.source.span.end, sentence.end))
    return out


def _tokens(
    sentence: Sentence,
    text: str,
    actors: Sequence[ActorMention],
    hits: list[tuple[int, int, tuple[str, str, bool]]],
) -> tuple[list[Token], list[ActorMention]]:
    """The tokens around the sentence's report verbs, and the sentence's actor mentions."""
    low = match_form(text)
    first = max(sentence.start, hits[0][0] - _REACH)
    if first > sentence.start:
        first = text.find(" ", first, hits[0][0]) + 1 or hits[0][0]
    toks = tokenize(text, low, first, min(sentence.end, hits[-1][1] + _REACH))
    mentions = [m for m in actors if sentence.start <= m.start and m.end <= sentence.end]
    return toks, mentions


def _verb_tokens(np: Phrases, start: int, end: int) -> tuple[int, int] | None:
    """The first and last tokens of the verb at ``start..end``, if it is made of whole tokens."""
    toks = np.toks
    vi = bisect.bisect_left(np.starts, start)
    vj = bisect.bisect_left(np.starts, end) - 1
    if vi >= len(toks) or toks[vi].start != start or vj < vi or toks[vj].end != end:
        return None
    return vi, vj


def _is_report_verb(
    sentence: Sentence, text: str, toks: list[Token], vi: int, vj: int, verb: str
) -> bool:
    """Whether the verb at tokens ``vi..vj`` reports: not quoted, not a word of a name."""
    start, end = toks[vi].start, toks[vj].end
    if _in_quote(text, sentence.start, sentence.end, start) and not (
        len(toks) - vj <= 6 and '"' not in text[end : sentence.end]
    ):
        return False  # quoted speech, unless a quotation left open ends with its attribution
    # "the United States", "Claims Conference": a name, not a verb
    return not (
        vi > 0
        and text[start].isupper()
        and toks[vi - 1].text not in QUOTES
        and (verb != "according to")
    )


def _add(out: list[Attribution], att: Attribution) -> None:
    """Add ``att`` to ``out``, or let it replace the last one when both have one speaker."""
    last = out[-1].source.span if out else None
    if last is not None and att.source.span is not None and att.source.span.start == last.start:
        out[-1] = att  # a subjectless verb folded into the attribution before it
    elif att not in out:
        out.append(att)


def _attribution(v: ReportVerb, weak: bool, found: list[Attribution]) -> Attribution | None:
    """Return the attribution a report verb makes, or ``None`` when it makes none.

    In order: a verb its neighbours show reports nothing (:func:`_not_a_report`),
    "according to X", a passive "confirmed by X", a subjectless verb folded into
    the attribution before it, "X quoted Y as saying", then "X said" or "said X"
    (:func:`_speaker`).
    """
    toks, vi, vj = v.toks, v.vi, v.vj
    verb_low = toks[vi].low if vi == vj else " ".join(t.low for t in toks[vi : vj + 1])
    prev = toks[vi - 1] if vi > 0 else None
    nxt = toks[vj + 1] if vj + 1 < len(toks) else None
    responsibility, _ = verb_objects()
    if v.stance == "claimed" and responsibility.match(v.text, toks[vj].end):
        v.stance = "said"  # a group claiming its own attack: its word, not the writer's doubt
    if verb_low in _NOUN_FORMS and prev is not None and prev.low in _UNNAMED:
        # "Unconfirmed reports (that) ...": reports no one is named for speak themselves
        return v.make((vi - 1, vi), (prev.start, toks[vj].end), (toks[vj].end, v.sentence.end))
    if _not_a_report(v, verb_low, prev, nxt):
        return None
    if verb_low == "according to":
        return _according_to(v)
    if (passive := _passive_by(v, prev, nxt, found)) is not None:
        return passive
    if verb_low.endswith("ing") or (prev is not None and prev.low == "and"):
        host = found[-1] if found else None
        if host is None or host.source.span is None or (prev is not None and prev.text in QUOTES):
            return None
        return v.fold_into(host, weak)
    left = left_phrase(v.np, toks, vi)
    if (
        verb_low in ("quoted", "cited")
        and left is not None
        and nxt is not None
        and (quoted := _quoted(v, left, verb_low)) is not None
    ):
        return quoted
    return _speaker(v, left, prev)


def _not_a_report(v: ReportVerb, verb_low: str, prev: Token | None, nxt: Token | None) -> bool:
    """Whether the words around the verb show it reports nothing: a noun, a negation, a hedge."""
    toks = v.toks
    _, denial_object = verb_objects()
    if verb_low.startswith(("reject", "dismiss")) and not denial_object.match(
        v.text, toks[v.vj].end
    ):
        return True  # "rejected calls for a truce": not a denial of a claim
    if (
        prev is not None
        and verb_low != "according to"
        and (prev.low in DETERMINERS or prev.low in _NEGATION)
    ):
        return True  # "the said statement", "the claims", "could not confirm"
    if verb_low in _NOUN_FORMS and nxt is not None and nxt.low in _VERB_AFTER_NOUN:
        return True  # "media reports said": the noun, not the verb
    return (  # "said to be": a hedge
        nxt is not None
        and nxt.low == "to"
        and v.vj + 2 < len(toks)
        and toks[v.vj + 2].low in ("be", "have")
    )


def _according_to(v: ReportVerb) -> Attribution | None:
    """ "according to X": X vouches for the rest of the sentence, or for what came before."""
    toks, text = v.toks, v.text
    r = v.np.right(v.vj + 1, len(toks))
    if r is None:
        return None
    span = (toks[v.vi].start, toks[r[1]].end)
    s_start, s_end = v.sentence.start, v.sentence.end
    at_start = _INTRO.match(text[s_start : toks[v.vi].start]) is not None
    content = (span[1], s_end) if at_start else (s_start, span[0])
    return v.make(r, span, content, _outer_after(text, toks, v.np, r[1], v.mentions))


def _passive_by(
    v: ReportVerb, prev: Token | None, nxt: Token | None, found: list[Attribution]
) -> Attribution | None:
    """ "was announced by X", "and confirmed by Y": the phrase after "by" speaks."""
    toks, vi = v.toks, v.vi
    aux = prev
    if prev is not None and prev.low in GLUE and vi >= 2 and toks[vi - 2].low in _PASSIVE_AUX:
        aux = toks[vi - 2]  # "was later confirmed by the UN"
    if nxt is None or nxt.low != "by" or aux is None or aux.low not in _PASSIVE_AUX:
        return None
    r = v.np.right(v.vj + 2, len(toks))
    if r is None:
        return None
    s_start = v.sentence.start
    content = (s_start, aux.start)
    if aux.low == "and" and found and found[-1].content[0] == s_start:
        content = found[-1].content
    return v.make(r, (toks[vi].start, toks[r[1]].end), content)


def _quoted(v: ReportVerb, left: tuple[int, int], verb_low: str) -> Attribution | None:
    """ "state TV quoted a military source as saying": the one quoted speaks, the quoter carries."""
    toks = v.toks
    r = v.np.right(v.vj + 1, len(toks))
    if r is None:
        return None
    outer, _ = v.source(left, (toks[left[0]].start, toks[v.vj].end), verb_low)
    end = r[1]
    if end + 2 < len(toks) and toks[end + 1].low == "as" and toks[end + 2].low == "saying":
        end += 2
    return v.make(
        r,
        (toks[r[0]].start, toks[end].end),
        (toks[end].end, v.sentence.end),
        outer=outer,
        verb="quoted as saying",
    )


def _speaker(v: ReportVerb, left: tuple[int, int] | None, prev: Token | None) -> Attribution | None:
    """Return "X said ...", "... X said" or '"...", said X' for a finite report verb."""
    toks, text, vi, vj, np = v.toks, v.text, v.vi, v.vj, v.np
    s_start, s_end = v.sentence.start, v.sentence.end
    if (apposed := apposed_speaker(v)) is not None:  # "X, head of Y, said ..."
        span = (toks[apposed[0]].start, toks[vj].end)
        return v.make(
            apposed, span, (toks[vj].end, s_end), _outer_after(text, toks, np, vj, v.mentions)
        )
    quote_before = prev is not None and prev.text in QUOTES + ",:"
    right = np.right(vj + 1, len(toks)) if toks[vj].low not in ("told", "tells") else None
    if right is not None and not closes(toks, right[1]):
        right = None
    if (
        left is not None
        and right is not None
        and _trailing(
            text, toks, vj, toks[left[0] - 1] if left[0] else None, s_start, toks[left[0]].start
        )
    ):
        left = None  # "... in northwestern Syria said Rami Abdel Rahman head of the Observatory"
    if left is not None and (toks[left[0]].low in _NOBODY or toks[max(0, left[0] - 1)].low == "no"):
        return None  # "No group has admitted ...": nobody speaks
    if left is not None and not quote_before:
        a = left[0]
        before = toks[a - 1] if a > 0 else None
        trailing = _trailing(text, toks, vj, before, s_start, toks[a].start)
        if (
            not trailing
            and a == left[1]
            and toks[a].low in PRONOUNS
            and before is not None
            and (before.text[:1].isalnum() and before.low not in SUBORDINATORS)
        ):
            return None  # "the evidence it says it has": a relative clause
        content = (s_start, toks[a].start) if trailing else (toks[vj].end, s_end)
        span = (toks[a].start, toks[vj].end)
        return v.make(left, span, content, _outer_after(text, toks, np, vj, v.mentions))
    r = np.right(vj + 1, len(toks))
    if r is not None and (quote_before or prev is None or closes(toks, r[1])):
        return v.make(r, (toks[vi].start, toks[r[1]].end), (s_start, toks[vi].start))
    return None


_TAIL = re.compile(
    r"(?:\s*(?:(?:late|early)\s+)?(?:on|in|at|last|this|earlier|later)?\s*(?:a\s+|an\s+|the\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|statement|"
    r"interview|week|night|morning|evening|afternoon|told\s+\w+|to\s+\w+))*\W*$",
    re.IGNORECASE,
)


def _trailing(
    text: str, toks: list[Token], vj: int, before: Token | None, s_start: int, np_start: int
) -> bool:
    """Return whether "X said" closes its sentence ("..., a monitor said on Friday.")."""
    if before is None or _INTRO.match(text[s_start:np_start]):
        return False
    rest = toks[vj + 1 :]
    words = 0  # at most four words after the verb ("on Friday", "in a statement")
    for t in rest:
        if t.text[:1].isalnum():
            words += 1
            if words > 4:
                break
    if words <= 4 and _TAIL.match(text, toks[vj].end, rest[-1].end if rest else toks[vj].end):
        return True
    if before.low in SUBORDINATORS or before.low in STOP_CAPS or before.text in QUOTES + ",:;(-":
        return False
    return not before.low.isdigit()


def _in_quote(text: str, start: int, end: int, pos: int) -> bool:
    """Return whether ``pos`` lies inside a quotation in the sentence ``[start, end)``.

    A sentence with an odd number of straight quotes that does not open with
    one is taken to begin inside a quotation opened in an earlier sentence.
    """
    part = text[start:pos]
    count = part.count('"')
    if text.count('"', start, end) % 2:
        first = text.index('"', start, end)
        before = text[first - 1] if first > start else " "
        after = text[first + 1] if first + 1 < end else " "
        if not (before.isspace() and not after.isspace()):
            count += 1  # the first quote closes one opened in an earlier sentence
    if count % 2:
        return True
    return part.rfind("“") > part.rfind("”")


def _outer_after(
    text: str, toks: list[Token], np: Phrases, j: int, mentions: Sequence[ActorMention]
) -> Source | None:
    """Return the medium after token ``j`` ("told AFP", "carried by state media"), if any."""
    if j + 1 >= len(toks):
        return None
    if toks[j].low in ("told", "tells", "telling"):
        k, link = j + 1, "told"
    else:
        m = _OUTER_LINK.match(text, toks[j].end, min(len(text), toks[j].end + 80))
        if m is None:
            return None
        found = next((i for i in range(j + 1, len(toks)) if toks[i].start >= m.end()), None)
        if found is None:
            return None
        k, link = found, (f"{m.group(1)} by" if m.group(1) else "told")
    r = np.right(k, len(toks))
    if r is None or (r[1] + 1 < len(toks) and toks[r[1] + 1].low in ("conference", "briefing")):
        return None
    if toks[r[1]].low in ("reporters", "journalists", "correspondents", "lawmakers", "parliament"):
        return None  # "told reporters": an audience, not a medium
    start, end = toks[r[0]].start, toks[r[1]].end
    name = text[start:end]
    inside = [x for x in mentions if start <= x.start and x.end <= end]
    stype, actor_id = type_phrase(name, inside)
    if stype not in ("wire", "media"):
        return None
    return Source(stype, name, actor_id, link.lower(), "said", Span(start, end, name))
