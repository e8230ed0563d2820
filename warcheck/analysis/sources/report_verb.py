"""A report verb in its sentence, and the attribution it makes.

:class:`ReportVerb` holds what the rules of :mod:`warcheck.analysis.sources.attribution`
need to find and type a verb's speaker; :class:`Attribution` is what they find.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from warcheck.analysis.sources.phrases import Phrases
from warcheck.analysis.sources.types import ANAPHOR_TYPE, GUESS, anaphor_of, is_named, type_phrase
from warcheck.analysis.sources.words import PRONOUNS, Token, weak_verbs
from warcheck.model import ActorMention, Sentence, Source, Span


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


@dataclass(slots=True)
class ReportVerb:
    """One report verb of a sentence, with what is needed to find and type its speaker."""

    sentence: Sentence
    text: str
    toks: list[Token]
    np: Phrases
    mentions: Sequence[ActorMention]
    vi: int
    vj: int
    stance: str

    def source(
        self, np_span: tuple[int, int], span: tuple[int, int], verb: str | None = None
    ) -> tuple[Source, str | None]:
        """Return the typed source of the phrase ``np_span`` and its anaphor, if any."""
        toks, text = self.toks, self.text
        np_toks = toks[np_span[0] : np_span[1] + 1]
        np_start, np_end = np_toks[0].start, np_toks[-1].end
        inside = [m for m in self.mentions if np_start <= m.start and m.end <= np_end]
        name = text[np_start:np_end]
        stype, actor_id = type_phrase(name, inside, is_named(np_toks, inside))
        anaphor = anaphor_of(np_toks, bool(inside))
        if stype == GUESS:
            stype = "official"
            anaphor = anaphor or "name:" + np_toks[-1].low
        if anaphor and not inside:
            fallback = "anonymous" if anaphor in PRONOUNS else stype
            stype = ANAPHOR_TYPE.get(anaphor, fallback)
        verb = verb or text[toks[self.vi].start : toks[self.vj].end]
        return Source(
            stype,
            name,
            actor_id,
            verb,
            self.stance,
            Span(span[0], span[1], text[span[0] : span[1]]),
        ), anaphor

    def make(
        self,
        np_span: tuple[int, int],
        span: tuple[int, int],
        content: tuple[int, int],
        outer: Source | None = None,
        verb: str | None = None,
    ) -> Attribution:
        """Return the attribution of the phrase ``np_span`` vouching for ``content``."""
        src, anaphor = self.source(np_span, span, verb)
        return Attribution(src, content, outer, anaphor)

    def fold_into(self, host: Attribution, weak: bool) -> Attribution:
        """Fold this subjectless verb ("and confirmed", "adding that") into ``host``.

        ``host`` is the attribution before it. After a weak verb ("issued a
        statement and confirmed") this verb takes over the host's verb, stance
        and span, and the host vouches for what follows it.
        """
        src = host.source
        assert src.span is not None
        toks, text, vj = self.toks, self.text, self.vj
        verb = text[toks[self.vi].start : toks[vj].end]
        host_weak = (src.verb or "").lower() in weak_verbs()
        if host_weak and not weak:
            span = Span(src.span.start, toks[vj].end, text[src.span.start : toks[vj].end])
            src = replace(src, verb=verb, stance=self.stance, span=span)
            return replace(host, source=src, content=(toks[vj].end, self.sentence.end))
        return host
