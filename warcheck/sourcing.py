"""Sourcing: on whose word a sentence rests, as a chain from the outermost source inward.

An attribution is a report verb (``report_verbs`` in ``data/lexicon.json``,
found with an Aho-Corasick automaton) with the noun phrase that speaks:
"X said (that) ...", "according to X", "..., X said.", '"...", said X', "was
announced by X", "X told AFP", "X said in a statement carried by state
media", "state TV quoted X as saying", "X issued a statement and confirmed".
The phrase is grown word by word from the verb over words that can stand in
a source's name (determiners, ``np_words``, capitalised names, actor
mentions, "of/from/at" links). FA-KES text has lost its commas and
apostrophes, so no rule depends on them. Verbs inside quotations, after a
determiner ("the said statement") or a negation ("could not confirm") are
not attributions.

The type comes from the phrase's head noun (``source_nouns``: "activists" ->
witness, "local sources" -> anonymous, "the Observatory" -> monitor, "news
agency" -> wire), or, for a role word ("spokesman") or a bare name, from the
kind of the actor mentioned in it; a named "official" is not anonymous.

Anaphoric speakers ("He said", "the statement added", "the group said", a
bare surname) take the identity of an earlier source of the same article:
pass the earlier chains as ``previous`` or call :func:`article_sources`;
:func:`find_sources` also remembers what it returned for the last article it
saw, so calling it sentence by sentence in order resolves them too. A
quotation that runs on into the next sentence keeps its source.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any, NamedTuple

from warcheck.cues import find_terms, lexicon, normalise, term_automaton
from warcheck.model import ActorMention, Cue, Sentence, Source, Span

_WORD = re.compile(r"\w[\w'\-]*(?:\.\w[\w'\-]*)*|[^\w\s]")
_DETERMINERS = frozenset({
    "the", "a", "an", "our", "its", "their", "his", "her", "this", "these", "those", "that",
    "one", "two", "three", "four", "several", "some", "many", "other", "another", "both",
    "various", "numerous"
})
_PARTICLES = frozenset({
    "al", "el", "bin", "ibn", "abu", "abd", "bint", "de", "van", "von", "der", "ul", "ad", "as-"
})
_ARTICLES = frozenset({"al", "el", "as", "ad", "ar", "ash", "at", "az", "an", "ibn", "bin", "abu"})
_LINKS = frozenset({"of", "for", "from", "at", "in", "with", "within", "close"})
_GLUE = frozenset({
    "has", "have", "had", "was", "were", "is", "are", "also", "later", "earlier", "previously",
    "further", "separately", "strongly", "categorically", "officially", "publicly", "repeatedly",
    "recently", "then", "again", "already", "firmly", "flatly", "vehemently", "just", "now",
    "meanwhile", "however", "reportedly", "allegedly", "last", "late"
})
_DAYS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight"
})
_STOP_CAPS = _DAYS | frozenset({
    "in", "on", "at", "after", "before", "but", "and", "meanwhile", "however", "earlier", "later",
    "also", "while", "when", "as", "since", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "if", "although",
    "though", "during", "until", "following", "despite", "it", "this", "that", "there", "these",
    "those", "here", "by"
})
_PREPOSITIONS = frozenset({
    "by", "of", "against", "to", "from", "in", "on", "at", "with", "for", "near", "into",
    "toward", "towards", "over", "inside", "outside", "across", "through", "throughout", "within",
    "under", "between", "among", "around"
})
_SUBORDINATORS = frozenset({
    "after", "before", "while", "as", "and", "but", "when", "since", "because", "although",
    "though", "whereas", "where", "adding", "saying", "even"
})
_ROLES = frozenset({
    "minister", "spokesman", "spokeswoman", "director", "head", "commander", "official", "leader",
    "member", "president", "chief", "envoy", "ambassador", "secretary", "governor", "mayor",
    "activist", "resident", "photographer", "journalist", "correspondent", "researcher",
    "analyst", "expert", "founder", "reporter", "adviser", "advisor", "representative"
})
# After a name, only these words continue a phrase ("SANA news agency", "SOHR director"); others
# start the reported clause ("according to the Observatory rebels shelled ...").
_NAME_TAILS = _ROLES | frozenset({
    "agency", "news", "tv", "television", "channel", "newspaper", "daily", "website", "group",
    "monitoring", "monitor", "media", "office", "network", "centre", "center", "organisation",
    "organization", "committee", "council", "ministry", "command", "statement", "report", "radio",
})
_POSSESSORS = frozenset({  # "the oppositions chief negotiator", "the groups director"
    "opposition", "group", "ministry", "army", "government", "coalition", "regime", "monitor",
    "agency", "observatory", "council", "organisation", "organization", "militia", "movement",
})
_ABBREVIATIONS = frozenset({
    "maj", "gen", "col", "lt", "brig", "dr", "mr", "mrs", "ms", "capt", "sgt"
})
_BY_NOUNS = frozenset({
    "report", "reports", "statement", "study", "investigation", "tally", "count", "toll"
})
_QUOTES = "\"“”«»'‘’"
_PRONOUNS = frozenset({"he", "she", "they", "it", "we"})
_ANAPHORIC_HEADS = frozenset({
    "source", "sources", "statement", "group", "monitor", "agency", "spokesman", "spokeswoman",
    "official", "officials", "ministry", "army", "military", "organization", "organisation",
    "coalition", "militia", "movement", "body", "report", "channel", "television", "network",
    "faction", "forces", "command"
})
_NOUN_FORMS = frozenset({"reports", "claims", "notes", "states", "says", "statement"})
_NEGATION = frozenset({
    "not", "n't", "never", "cannot", "unable", "refused", "declined", "failed", "to"
})
_VERB_AFTER_NOUN = frozenset({"said", "say", "says", "of", "suggest"})
_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "being", "and"})
_OUTER_LINK = re.compile(
    r"\s*(?:(?:late\s+|early\s+)?on\s+\w+\s+)?(?:(?:in\s+(?:a|an|the)\s+(?:statement|interview|"
    r"remarks|comments|report|post|message)\s+)?(carried|quoted|cited|reported|published|broadcast|"
    r"aired|released|posted)\s+by|in\s+(?:a|an)\s+(?:interview|statement|remarks|comments|"
    r"(?:tele)?phone\s+call)\s+(?:to|with)|speaking\s+to)\s+",
    re.IGNORECASE,
)
_INTRO = re.compile(r"^\s*(?:[A-Z][\w-]*\s+){0,3}?$")


@dataclass(frozen=True)
class Attribution:
    """A report verb with its speaker inside one sentence.

    ``content`` is the ``(start, end)`` stretch the speaker vouches for;
    ``outer`` the medium that carried the speaker's words ("told AFP");
    ``anaphor`` the words when the speaker is "he", "the statement", ...
    """

    source: Source
    content: tuple[int, int]
    outer: Source | None = None
    anaphor: str | None = None


class _Tok(NamedTuple):
    start: int
    end: int
    text: str
    low: str


@cache
def _tables() -> tuple[Any, frozenset[str]]:
    """Return the report-verb automaton (values: ``(verb, stance, weak)``) and the NP words."""
    lex = lexicon()
    verbs: dict[str, tuple[str, str, bool]] = {}
    for group in lex["report_verbs"]:
        for term in group["terms"]:
            verbs.setdefault(term, (term, group["stance"], bool(group.get("weak"))))
    return term_automaton(verbs.items()), frozenset(lex["np_words"]["words"])


@cache
def _verb_objects() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the patterns of a responsibility claim and of a denied claim after a verb."""
    lex = lexicon()
    return (
        re.compile(lex["responsibility_claim"]["pattern"], re.IGNORECASE),
        re.compile(lex["denial_objects"]["pattern"], re.IGNORECASE),
    )


@cache
def _place_nouns() -> frozenset[str]:
    return frozenset(lexicon()["place_nouns"]["words"])


@cache
def _noun_types() -> tuple[re.Pattern[str], tuple[tuple[str, bool], ...]]:
    """Return one pattern with a group per ``source_nouns`` entry, and each group's type."""
    nouns = lexicon()["source_nouns"]
    pattern = "|".join(f"(?P<n{i}>{n['pattern']})" for i, n in enumerate(nouns))
    types = tuple((n["type"], bool(n.get("defer"))) for n in nouns)
    return re.compile(pattern, re.IGNORECASE), types


@cache
def _wire_names() -> re.Pattern[str]:
    names = [n for w in lexicon()["wire_agencies"] for n in w["names"]]
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})(?:'?s)?\b")


_REACH = 120  # characters around the report verbs that are tokenised
_ANAPHOR_TYPE = {
    "agency": "wire", "monitor": "monitor", "source": "anonymous", "sources": "anonymous",
    "group": "party", "army": "party", "military": "party",
}
_GUESS = "official?"  # a bare name: typed later from an earlier mention, else "official"
_KIND_TYPE = {
    "monitor": "monitor",
    "ngo": "monitor",
    "state_force": "party",
    "armed_group": "party",
    "militia": "party",
    "coalition": "party",
    "political": "party",
    "government": "official",
    "un_body": "official",
    "civilians": "witness",
}
_TITLES = re.compile(
    r"\b(?:President|Minister|Secretary|Ambassador|Envoy|Senator|King|Prince|Emir|Governor|Mayor|"
    r"Spokesman|Spokeswoman)\b"
)
_RANKS = re.compile(r"\b(?:General|Gen|Brigadier|Colonel|Col|Major|Commander|Lieutenant|Capt)\b")


def _tokens(text: str, low: str, start: int, end: int) -> list[_Tok]:
    new = tuple.__new__
    return [
        new(_Tok, (a, b, text[a:b], low[a:b]))
        for a, b in (m.span() for m in _WORD.finditer(text, start, end))
    ]


def _np_word(low: str, words: frozenset[str]) -> bool:
    return (
        low in words
        or (low.endswith("s") and low[:-1] in _POSSESSORS)  # FA-KES drops apostrophes
        or low.endswith(("-based", "-run", "-backed", "-led", "-affiliated", "-linked", "-owned",
                         "-controlled", "-held", "-funded", "-aligned"))
        or low.startswith(("pro-", "anti-"))
    )


def _is_cap(tok: _Tok) -> bool:
    if tok.text[:1].isupper():
        return tok.low not in _STOP_CAPS
    head, dash, rest = tok.text.partition("-")
    return bool(dash) and head.lower() in _ARTICLES and rest[:1].isupper()


class _NP:
    """Grows a source noun phrase left or right from a report verb."""

    def __init__(self, toks: list[_Tok], actors: Sequence[ActorMention], words: frozenset[str]):
        self.toks = toks
        self.words = words
        self.places = _place_nouns()
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
        return i in self.mention_at or _np_word(t.low, self.words) or _is_cap(t)

    def _subject_name_before(self, k: int) -> bool:
        """Return whether capitalised words right before token ``k`` open their clause."""
        n = k - 1
        while n >= 0 and (_is_cap(self.toks[n]) or self.toks[n].low in _PARTICLES):
            n -= 1
        if n == k - 1:
            return False
        t = self.toks[n] if n >= 0 else None
        return t is None or t.low in _SUBORDINATORS or not t.text[:1].isalnum()

    def left(self, j: int) -> tuple[int, int] | None:
        """Return token indices ``[i, j]`` of the phrase ending at token ``j``, if it has a head."""
        toks, i, head = self.toks, j + 1, False
        while i > 0:
            k = i - 1
            t = toks[k]
            if k in self.mention_at:
                m = self.mention_at[k]
                while k > 0 and self.mention_at.get(k - 1) is m:
                    k -= 1
                i, head = k, True
                if toks[k].low in _DETERMINERS and not (k > 0 and toks[k - 1].low in _LINKS):
                    break  # "the Pentagon": a mention that opens with its determiner
                continue
            if t.text == ")" and k >= 2 and toks[k - 2].text == "(":
                i = k - 2
                continue
            if t.low in _DETERMINERS and i <= j:
                i = k
                if t.low in ("a", "an", "the") and self._subject_name_before(k) and any(
                    x.low in _ROLES for x in toks[k + 1 : j + 1]
                ):
                    continue  # "Andrew Mitchell a former minister"
                if k >= 2 and toks[k - 1].low in _LINKS and self._wordlike(k - 2):
                    i = k - 1
                    continue
                if k >= 2 and toks[k - 1].low == "of" and toks[k - 2].low in _DETERMINERS:
                    i = k - 2  # "one of the spokespersons"
                    if k >= 3 and self._subject_name_before(k - 2):
                        continue
                break
            if t.low in self.places:
                n = k - 1
                while n > 0 and (toks[n].low in _DETERMINERS or _is_cap(toks[n])):
                    n -= 1
                if n > 0 and toks[n].low in _LINKS and self._wordlike(n - 1):
                    i = n  # "medical sources in the city", "SANA reporter in Hasaka province"
                    continue
            if t.text == "." and k > 0 and toks[k - 1].low in _ABBREVIATIONS:
                i = k  # "Maj. Gen. Igor Konashenkov"
                continue
            if _np_word(t.low, self.words):
                i, head = k, True
                continue
            if _is_cap(t):
                nxt = toks[k + 1] if k + 1 <= j else None
                if nxt is not None and not _is_cap(nxt) and nxt.text[:1].isalpha() and (
                    k + 1 not in self.mention_at and nxt.low not in _ROLES
                ):
                    break  # "... commander Abu Taha well-informed sources": a name ends the phrase
                i, head = k, True
                continue
            if t.low == "to" and i <= j and k > 0 and toks[k - 1].low in _ROLES:
                i = k  # "the ambassador to the UN"
                continue
            if t.low in _PARTICLES and k > 0 and _is_cap(toks[k - 1]):
                i = k
                continue
            if t.low in _LINKS and i <= j and k > 0 and self._wordlike(k - 1):
                i = k
                continue
            if t.low in _PRONOUNS and i == j + 1:
                return (k, k)
            break
        while i <= j and (toks[i].low in _LINKS):
            i += 1
        return (i, j) if head and i <= j else None

    def right(self, i: int, limit: int) -> tuple[int, int] | None:
        """Return token indices ``[i, j]`` of the phrase opening at token ``i``, if it has one."""
        toks, j, head, named = self.toks, i - 1, False, False
        while j + 1 < limit and toks[j + 1].low in _DETERMINERS:
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
                n = k + 1 + (toks[k + 1].low in _DETERMINERS)
                if toks[n].low in _ROLES:
                    j = k  # 'said Rami Abdel Rahman, director of the Observatory'
                    continue
            if t.low in _DAYS or t.low in _DETERMINERS:
                break
            if _is_cap(t) or (
                _np_word(t.low, self.words) and not (named and t.low not in _NAME_TAILS)
            ):
                j, head = k, True
                named = named or _is_cap(t)
                continue
            if (t.low in _PARTICLES and head) or (t.text == "." and toks[j].low in _ABBREVIATIONS):
                j = k
                continue
            link = t.low in _LINKS or (t.low == "by" and toks[j].low in _BY_NOUNS)
            if link and head and k + 1 < limit:
                n = k + 1
                while n < limit and toks[n].low in _DETERMINERS:
                    n += 1
                if n < limit and self._wordlike(n) and toks[n].low not in _DAYS:
                    j = n - 1
                    continue
            break
        return (i, j) if head and j >= i else None


_HEAD_END = re.compile(r"\s(?:of|for|from|at|in|with|by|close\s+to|inside|within)\s", re.IGNORECASE)


def _nouns(np_text: str, cut: int | None = None) -> list[tuple[str, bool]]:
    """Return the source nouns in ``np_text[:cut]``, the rightmost (the head) first."""
    pattern, types = _noun_types()
    last: dict[int, int] = {}
    for m in pattern.finditer(np_text, 0, len(np_text) if cut is None else cut):
        last[int(m.lastgroup[1:])] = m.end()  # type: ignore[index]
    return [types[i] for i in sorted(last, key=lambda i: (-last[i], i))]


_Nouns = tuple[tuple[str, bool], ...]


@lru_cache(maxsize=2048)
def _np_nouns(np_text: str) -> tuple[_Nouns, _Nouns, bool]:
    """Return the source nouns of a phrase's head and of all of it, and whether it names a wire."""
    cut = _HEAD_END.search(np_text)
    full = _nouns(np_text)
    head = _nouns(np_text, cut.start()) if cut and full else full
    return tuple(head), tuple(full), bool(_wire_names().search(np_text))


def _type_np(
    np_text: str, mentions: Sequence[ActorMention], named: bool = False
) -> tuple[str, str | None]:
    """Return ``(source type, actor_id)`` for a source noun phrase.

    The head (the words before "of/for/at/in...") decides first: "a source at
    Aleppo Police Command" is anonymous, "the official SANA news agency" a wire.
    ``named`` says the phrase gives a person's name, which makes an "official"
    no longer anonymous.
    """
    actor = next((m for m in reversed(mentions) if m.actor_id), None) or next(iter(mentions), None)
    actor_id = actor.actor_id if actor else None
    head, full, wire = _np_nouns(np_text)
    noun = head[0] if head else (full[0] if full else None)
    if noun and noun[0] == "anonymous" and named:
        noun = ("official", True)  # "Necip Ensari, a local civil defence official": named
    if noun and noun[0] in ("witness", "anonymous", "monitor"):
        return noun[0], actor_id
    if wire or (noun and noun[0] == "wire"):
        return "wire", actor_id
    if actor and actor.kind == "media":
        return ("wire" if _wire_names().search(actor.name or actor.text) else "media"), actor_id
    if noun and not noun[1]:
        return noun[0], actor_id
    if actor and actor.kind in _KIND_TYPE:
        return _KIND_TYPE[actor.kind], actor_id
    if noun:
        plain = next((n for n in full if not n[1]), None)
        if plain is not None and plain[0] in ("monitor", "witness", "wire"):
            return plain[0], actor_id  # "director of the Observatory"
        return ("party" if ("party", True) in full else noun[0]), actor_id
    if _RANKS.search(np_text):
        return "party", actor_id
    return _GUESS, actor_id


def _named(np_toks: list[_Tok], mentions: Sequence[ActorMention]) -> bool:
    """Return whether the head has two capitalised words in a row outside actor mentions."""
    run = 0
    for t in np_toks:
        if t.low in _LINKS:
            return False  # only the head counts: "local sources from Dair al-Zour"
        inside = any(m.start <= t.start < m.end for m in mentions)
        run = run + 1 if _is_cap(t) and not inside and t.low not in _DETERMINERS else 0
        if run >= 2:
            return True
    return False


def _anaphor(np_toks: list[_Tok], has_mention: bool) -> str | None:
    if len(np_toks) == 1 and np_toks[0].low in _PRONOUNS:
        return np_toks[0].low
    if has_mention or any(t.text[:1].isupper() and t.low not in _DETERMINERS for t in np_toks):
        return None
    definite = np_toks[0].low in ("the", "this", "that", "its", "his", "her")
    if definite and np_toks[-1].low in _ANAPHORIC_HEADS:
        return np_toks[-1].low
    return None


def find_attributions(
    sentence: Sentence, text: str, actors: Sequence[ActorMention], cues: Sequence[Cue] = ()
) -> list[Attribution]:
    """Return every attribution in ``sentence``, in text order (anaphors unresolved).

    ``cues`` is accepted for symmetry with the other stages; stance comes from
    the report verb itself.
    """
    del cues
    automaton, words = _tables()
    low = normalise(text)
    hits = find_terms(automaton, low, sentence.start, sentence.end)
    if not hits:
        return []
    first = max(sentence.start, hits[0][0] - _REACH)
    if first > sentence.start:
        first = text.find(" ", first, hits[0][0]) + 1 or hits[0][0]
    toks = _tokens(text, low, first, min(sentence.end, hits[-1][1] + _REACH))
    mentions = [m for m in actors if sentence.start <= m.start and m.end <= sentence.end]
    np = _NP(toks, mentions, words)
    out: list[Attribution] = []
    pos = sentence.start
    for h_start, h_end, (verb, stance, weak) in hits:
        if h_start < pos:
            continue
        pos = h_end
        vi = bisect.bisect_left(np.starts, h_start)
        vj = bisect.bisect_left(np.starts, h_end) - 1
        if vi >= len(toks) or toks[vi].start != h_start or vj < vi or toks[vj].end != h_end:
            continue
        if _in_quote(text, sentence.start, sentence.end, h_start) and not (
            len(toks) - vj <= 6 and '"' not in text[h_end : sentence.end]
        ):
            continue  # quoted speech, unless a quotation left open ends with its attribution
        if vi > 0 and text[h_start].isupper() and toks[vi - 1].text not in _QUOTES and (
            verb != "according to"
        ):
            continue  # "the United States", "Claims Conference": a name, not a verb
        verb_at = _Verb(sentence, text, toks, np, mentions, vi, vj, stance)
        att = _attribution(verb_at, weak, out)
        if att is None:
            continue
        if out and att.source.span is not None and out[-1].source.span is not None and (
            att.source.span.start == out[-1].source.span.start
        ):
            out[-1] = att  # a subjectless verb folded into the attribution before it
        elif att not in out:
            out.append(att)
        if att.source.span is not None:
            pos = max(pos, min(att.source.span.end, sentence.end))
    return out


@dataclass
class _Verb:
    """One report verb of a sentence, with what is needed to find and type its speaker."""

    sentence: Sentence
    text: str
    toks: list[_Tok]
    np: _NP
    mentions: Sequence[ActorMention]
    vi: int
    vj: int
    stance: str

    def source(self, np_span: tuple[int, int], span: tuple[int, int], verb: str | None = None
               ) -> tuple[Source, str | None]:
        """Return the typed source of the phrase ``np_span`` and its anaphor, if any."""
        toks, text = self.toks, self.text
        np_toks = toks[np_span[0] : np_span[1] + 1]
        np_start, np_end = np_toks[0].start, np_toks[-1].end
        inside = [m for m in self.mentions if np_start <= m.start and m.end <= np_end]
        name = text[np_start:np_end]
        stype, actor_id = _type_np(name, inside, _named(np_toks, inside))
        anaphor = _anaphor(np_toks, bool(inside))
        if stype == _GUESS:
            stype = "official"
            anaphor = anaphor or "name:" + np_toks[-1].low
        if anaphor and not inside:
            fallback = "anonymous" if anaphor in _PRONOUNS else stype
            stype = _ANAPHOR_TYPE.get(anaphor, fallback)
        verb = verb or text[toks[self.vi].start : toks[self.vj].end]
        return Source(stype, name, actor_id, verb, self.stance,
                      Span(span[0], span[1], text[span[0] : span[1]])), anaphor

    def make(self, np_span: tuple[int, int], span: tuple[int, int], content: tuple[int, int],
             outer: Source | None = None, verb: str | None = None) -> Attribution:
        src, anaphor = self.source(np_span, span, verb)
        return Attribution(src, content, outer, anaphor)


def _attribution(v: _Verb, weak: bool, found: list[Attribution]) -> Attribution | None:
    """Return the attribution a report verb makes, or ``None`` when it makes none."""
    toks, text, vi, vj, np = v.toks, v.text, v.vi, v.vj, v.np
    s_start, s_end = v.sentence.start, v.sentence.end
    verb_low = " ".join(t.low for t in toks[vi : vj + 1])
    prev = toks[vi - 1] if vi > 0 else None
    nxt = toks[vj + 1] if vj + 1 < len(toks) else None
    responsibility, denial_object = _verb_objects()
    if v.stance == "claimed" and responsibility.match(text, toks[vj].end):
        v.stance = "said"  # a group claiming its own attack: its word, not the writer's doubt
    if verb_low.startswith(("reject", "dismiss")) and not denial_object.match(text, toks[vj].end):
        return None  # "rejected calls for a truce": not a denial of a claim
    if prev is not None and verb_low != "according to" and (
        prev.low in _DETERMINERS or prev.low in _NEGATION
    ):
        return None  # "the said statement", "the claims", "could not confirm"
    if verb_low in _NOUN_FORMS and nxt is not None and nxt.low in _VERB_AFTER_NOUN:
        return None  # "media reports said": the noun, not the verb
    if nxt is not None and nxt.low == "to" and vj + 2 < len(toks) and toks[vj + 2].low in (
        "be", "have"
    ):
        return None  # "said to be": a hedge
    if verb_low == "according to":
        r = np.right(vj + 1, len(toks))
        if r is None:
            return None
        span = (toks[vi].start, toks[r[1]].end)
        at_start = _INTRO.match(text[s_start : toks[vi].start]) is not None
        content = (span[1], s_end) if at_start else (s_start, span[0])
        return v.make(r, span, content, _outer_after(text, toks, np, r[1], v.mentions))
    aux = prev
    if prev is not None and prev.low in _GLUE and vi >= 2 and toks[vi - 2].low in _PASSIVE_AUX:
        aux = toks[vi - 2]  # "was later confirmed by the UN"
    if nxt is not None and nxt.low == "by" and aux is not None and aux.low in _PASSIVE_AUX:
        r = np.right(vj + 2, len(toks))
        if r is not None:  # "was announced by X", "and confirmed by Y"
            content = (s_start, aux.start)
            if aux.low == "and" and found and found[-1].content[0] == s_start:
                content = found[-1].content
            return v.make(r, (toks[vi].start, toks[r[1]].end), content)
    if verb_low.endswith("ing") or (prev is not None and prev.low == "and"):
        host = found[-1] if found else None
        if host is None or host.source.span is None or (prev is not None and prev.text in _QUOTES):
            return None
        return _merge(host, text, toks, vi, vj, v.stance, weak, s_end)
    left = _left_np(np, toks, vi)
    if verb_low in ("quoted", "cited") and left is not None and nxt is not None:
        r = np.right(vj + 1, len(toks))
        if r is not None:  # "state TV quoted a military source as saying"
            outer, _ = v.source(left, (toks[left[0]].start, toks[vj].end), verb_low)
            end = r[1]
            if end + 2 < len(toks) and toks[end + 1].low == "as" and toks[end + 2].low == "saying":
                end += 2
            return v.make(r, (toks[r[0]].start, toks[end].end), (toks[end].end, s_end),
                          outer=outer, verb="quoted as saying")
    return _speaker(v, left, prev)


def _speaker(v: _Verb, left: tuple[int, int] | None, prev: _Tok | None) -> Attribution | None:
    """Return "X said ...", "... X said" or '"...", said X' for a finite report verb."""
    toks, text, vi, vj, np = v.toks, v.text, v.vi, v.vj, v.np
    s_start, s_end = v.sentence.start, v.sentence.end
    quote_before = prev is not None and prev.text in _QUOTES + ",:"
    right = np.right(vj + 1, len(toks)) if toks[vj].low not in ("told", "tells") else None
    if right is not None and not _closes(toks, right[1]):
        right = None
    if left is not None and right is not None and _trailing(
        text, toks, vj, toks[left[0] - 1] if left[0] else None, s_start, toks[left[0]].start
    ):
        left = None  # "... in northwestern Syria said Rami Abdel Rahman head of the Observatory"
    if left is not None and not quote_before:
        a = left[0]
        before = toks[a - 1] if a > 0 else None
        trailing = _trailing(text, toks, vj, before, s_start, toks[a].start)
        if not trailing and a == left[1] and toks[a].low in _PRONOUNS and before is not None and (
            before.text[:1].isalnum() and before.low not in _SUBORDINATORS
        ):
            return None  # "the evidence it says it has": a relative clause
        content = (s_start, toks[a].start) if trailing else (toks[vj].end, s_end)
        span = (toks[a].start, toks[vj].end)
        return v.make(left, span, content, _outer_after(text, toks, np, vj, v.mentions))
    r = np.right(vj + 1, len(toks))
    if r is not None and (quote_before or prev is None or _closes(toks, r[1])):
        return v.make(r, (toks[vi].start, toks[r[1]].end), (s_start, toks[vi].start))
    return None


def _closes(toks: list[_Tok], j: int) -> bool:
    """Return whether a phrase ending at token ``j`` closes its sentence or clause."""
    rest = [t for t in toks[j + 1 :] if t.text[:1].isalnum()]
    if not rest or rest[0].low in ("who", "which", "whose", "adding", "saying", "noting"):
        return True
    return rest[0].low in ("a", "an", "the") and all(  # "..., a Britain-based monitor."
        t.low in _DETERMINERS or t.low in _LINKS or _np_word(t.low, _tables()[1]) or _is_cap(t)
        for t in rest
    )


_TAIL = re.compile(
    r"(?:\s*(?:(?:late|early)\s+)?(?:on|in|at|last|this|earlier|later)?\s*(?:a\s+|an\s+|the\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|statement|"
    r"interview|week|night|morning|evening|afternoon|told\s+\w+|to\s+\w+))*\W*$",
    re.IGNORECASE,
)


def _trailing(
    text: str, toks: list[_Tok], vj: int, before: _Tok | None, s_start: int, np_start: int
) -> bool:
    """Return whether "X said" closes its sentence ("..., a monitor said on Friday.")."""
    if before is None or _INTRO.match(text[s_start:np_start]):
        return False
    rest = toks[vj + 1 :]
    if sum(1 for t in rest if t.text[:1].isalnum()) <= 4 and _TAIL.match(
        text, toks[vj].end, rest[-1].end if rest else toks[vj].end
    ):
        return True
    if before.low in _SUBORDINATORS or before.low in _STOP_CAPS or before.text in _QUOTES + ",:;(-":
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


def _left_np(np: _NP, toks: list[_Tok], vi: int) -> tuple[int, int] | None:
    j, glue = vi - 1, 0
    while j >= 0 and glue < 4:
        if toks[j].low in _GLUE:
            j, glue = j - 1, glue + 1
        elif toks[j].low in _DAYS and j > 0 and toks[j - 1].low == "on":
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
        _np_nouns(np.text(*found))[0] or any(i in np.mention_at for i in range(found[0], j + 1))
    ):
        found = _relative_subject(np, toks, j) or found
    if found is None:
        return None
    a, b = found
    while a > 0 and toks[a - 1].low in _PREPOSITIONS and a < b:
        a += 1  # "in Aleppo Syrian state TV": drop words that belong to a preposition
    if a > 0 and toks[a - 1].low in _PREPOSITIONS | frozenset(("which", "who", "that")):
        return None
    return (a, b)


def _relative_subject(np: _NP, toks: list[_Tok], j: int) -> tuple[int, int] | None:
    """Return the subject before "which/who" ("The monitor which relies on ... said")."""
    for n in range(j, max(0, j - 16), -1):
        if toks[n].low in ("which", "who"):
            found = np.left(n - 1)
            if found is not None and (
                _np_nouns(np.text(*found))[0] or any(i in np.mention_at for i in range(*found))
                or found[0] in np.mention_at
            ):
                return found
            return None
        if not toks[n].text[:1].isalnum() and toks[n].text not in "-–—":
            return None
    return None


def _outer_after(
    text: str, toks: list[_Tok], np: _NP, j: int, mentions: Sequence[ActorMention]
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
    stype, actor_id = _type_np(name, inside)
    if stype not in ("wire", "media"):
        return None
    return Source(stype, name, actor_id, link.lower(), "said", Span(start, end, name))


def _merge(
    host: Attribution, text: str, toks: list[_Tok], vi: int, vj: int, stance: str, weak: bool,
    s_end: int,
) -> Attribution:
    """Fold a subjectless verb ("and confirmed", "adding that") into the attribution before it."""
    src = host.source
    assert src.span is not None
    verb = text[toks[vi].start : toks[vj].end]
    host_weak = (src.verb or "").lower() in _weak_verbs()
    if host_weak and not weak:
        span = Span(src.span.start, toks[vj].end, text[src.span.start : toks[vj].end])
        src = replace(src, verb=verb, stance=stance, span=span)
        return replace(host, source=src, content=(toks[vj].end, s_end))
    return host


@cache
def _weak_verbs() -> frozenset[str]:
    return frozenset(t for g in lexicon()["report_verbs"] if g.get("weak") for t in g["terms"])


def chain(attributions: Sequence[Attribution], sentence: Sentence) -> tuple[Source, ...]:
    """Return the sourcing chain of the sentence's main claim, outermost first.

    The main attribution is the top-level one (not inside another's content)
    that starts earliest, so "A, residents said, after rights groups said B"
    rests on the residents; attributions inside its content follow it.
    """
    if not attributions:
        return ()

    def inside(a: Attribution, b: Attribution) -> bool:
        s = a.source.span
        return s is not None and b is not a and b.content[0] <= s.start and s.end <= b.content[1]

    top = [a for a in attributions if not any(inside(a, b) for b in attributions)]
    main = min(
        top or attributions,
        key=lambda a: (min(_span_start(a), a.content[0]), a.content[0] - a.content[1]),
    )
    out: list[Source] = []
    seen: list[Attribution] = []
    current: Attribution | None = main
    while current is not None:
        seen.append(current)
        for src in (current.outer, current.source):
            same = out and src is not None and (src.type, src.name, src.actor_id) == (
                out[-1].type, out[-1].name, out[-1].actor_id
            )
            if src is not None and not same:
                out.append(src)  # "the secretary emphasized ..., the official said": one source
        nested = [a for a in attributions if inside(a, current) and not any(a is s for s in seen)]
        current = min(nested, key=_span_start) if nested else None
    return tuple(out)


def _span_start(a: Attribution) -> int:
    return a.source.span.start if a.source.span else 0


_COMPATIBLE = {
    "source": ("anonymous",),
    "sources": ("anonymous",),
    "monitor": ("monitor",),
    "agency": ("wire",),
    "group": ("party", "monitor"),
    "army": ("party",),
    "military": ("party",),
    "forces": ("party",),
    "militia": ("party",),
    "faction": ("party",),
    "ministry": ("official", "party"),
    "spokesman": ("party", "official"),
    "spokeswoman": ("party", "official"),
    "official": ("official", "party", "anonymous"),
    "officials": ("official", "party", "anonymous"),
    "channel": ("media", "wire"),
    "television": ("media", "wire"),
}
_QUOTE_OPEN = "\"“«"
_Memo = list[tuple[int, int, tuple[Source, ...], bool]]  # start, paragraph, chain, quoted
_MEMO: dict[str, _Memo] = {}


def _resolve(att: Attribution, sentence: Sentence, previous: _Memo) -> Attribution:
    """Give an anaphoric speaker ("he", "the group", a surname) an earlier source's identity."""
    if att.anaphor is None:
        return att
    name = att.anaphor[5:] if att.anaphor.startswith("name:") else None
    wanted = _COMPATIBLE.get(att.anaphor)
    near = att.anaphor in _PRONOUNS or att.anaphor in ("statement", "source", "sources")
    looked = 0
    for start, paragraph, sources, _ in reversed(previous):
        if start >= sentence.start:
            continue
        if near and (looked >= 3 or (sentence.paragraph and paragraph != sentence.paragraph)):
            break
        if sources and sources[0].type == "outlet":
            continue
        looked += 1
        for src in reversed(sources):
            if name is not None:
                if not src.name or name not in src.name.lower().split():
                    continue
            elif src.type == "outlet" or (wanted and src.type not in wanted):
                continue
            return replace(att, source=replace(att.source, type=src.type, name=src.name,
                                               actor_id=src.actor_id or att.source.actor_id))
        if near:
            break
    return att


def find_sources(
    sentence: Sentence,
    text: str,
    actors: Sequence[ActorMention],
    cues: Sequence[Cue],
    previous: Sequence[tuple[int, int, tuple[Source, ...], bool]] | None = None,
) -> tuple[Source, ...]:
    """Return the attribution chain of one sentence, outermost first.

    Args:
        sentence: the sentence.
        text: the article text.
        actors: actor mentions (of the sentence or the whole article).
        cues: cues of the sentence (not needed for the chain).
        previous: ``(start, paragraph, chain, quoted)`` records of the earlier
            sentences, used for "he said" and for quotations that run on from
            the sentence before. When ``None``, the chains this function
            returned earlier for the same ``text`` are used.

    Returns:
        The chain; a single ``Source(type="outlet")`` with ``span=None`` when
        nothing in the sentence or its context says where the claim comes from.
    """
    memo: _Memo
    if previous is None:
        memo = _MEMO.get(text, [])
        if not memo or memo[-1][0] >= sentence.start:
            memo = [r for r in memo if r[0] < sentence.start]
        _MEMO.clear()
        _MEMO[text] = memo
    else:
        memo = list(previous)
    atts: list[Attribution] = []
    for att in find_attributions(sentence, text, actors, cues):
        here: _Memo = [(sentence.start - 1, sentence.paragraph, (a.source,), False) for a in atts]
        atts.append(_resolve(att, sentence, memo + here))
    result = chain(atts, sentence)
    quoted = sentence.text[:1] in _QUOTE_OPEN
    if not result and quoted and memo:
        start, paragraph, sources, _ = memo[-1]
        if sources and sources[0].type != "outlet" and paragraph == sentence.paragraph:
            result = sources  # a quotation running on from the sentence before
    if not result:
        result = (Source("outlet"),)
    if previous is None:
        memo.append((sentence.start, sentence.paragraph, result, quoted))
    return result


def article_sources(
    sentences: Sequence[Sentence],
    text: str,
    actors: Sequence[ActorMention],
    cues: Sequence[Cue] = (),
) -> list[tuple[Source, ...]]:
    """Return the chain of every sentence, resolving speakers carried from sentence to sentence."""
    records: _Memo = []
    out = []
    for sentence in sentences:
        result = find_sources(sentence, text, actors, cues, previous=records)
        quoted = sentence.text[:1] in _QUOTE_OPEN
        records.append((sentence.start, sentence.paragraph, result, quoted))
        out.append(result)
    return out
