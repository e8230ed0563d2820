"""Find actors in an article: by name, by alias, or by the partisan label a camp uses.

One pass of two pyahocorasick automata over the folded text (see
:func:`warcheck.text.fold_form`: offsets are kept, apostrophes straightened,
hyphens turned into spaces, diacritics stripped): one lower-cased for names
and labels, one with case kept for acronyms ("IS", "SAA", "US") and the few
names whose capitalisation matters. Matches must sit on word boundaries; of
overlapping matches the longest wins ("Syrian Democratic Forces", not
"Syrian ..."). Phrases that contain an actor word but name no actor
("regime change", "Asefat al-Jazeera") block the match.

A label that names one actor resolves at once (``resolved_by="label"``). A
label that several camps use for several actors ("mercenaries", "terrorists",
"rebels") is resolved by context (:mod:`warcheck.analysis.labels`). The article's
camp is the outlet's when known, else inferred from the vocabulary it uses
(:func:`infer_camps`). "The army of the Baathist regime", "forces loyal to
Assad" and "Putin's warplanes" become one mention of the forces concerned
(:mod:`warcheck.analysis.actor_forces`); names the knowledge files lack are added by
:mod:`warcheck.analysis.unknown_actors`.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import ahocorasick

from warcheck import knowledge
from warcheck.analysis import actor_states, unknown_actors
from warcheck.analysis.actor_forces import merge_forces
from warcheck.analysis.labels import LabelContext, label_camp
from warcheck.model import ActorMention, OperationMention, PlaceMention, Sentence
from warcheck.text import fold_form, lookup_key, lower_same_length

# Generic heads that say nothing when context cannot tell whose they are: dropped if unresolved.
_BARE_HEADS = frozenset({"the army", "our forces", "security forces"})
# Acronyms that are also English words: rejected inside upper-case headlines.
_WORDLIKE = frozenset({"is", "us", "ap", "who", "tip", "sig", "mit", "jim", "rt", "nfl"})
_WORD = re.compile(r"[^\W\d_]+")


# Of the meanings of one pattern, the first that may stand is chosen.
_ORDER = {"state": 0, "demonym": 0, "alias": 1, "label": 2, "generic": 2, "block": 3}
_ORDER.update(marker=4, op=5)


@dataclass(frozen=True)
class _Pay:
    """What a pattern means: an alias, label, demonym, blocker, marker or operation."""

    kind: str
    ref: str
    camps: tuple[str, ...] = ()


@dataclass
class _Hit:
    start: int
    end: int
    size: int
    pay: _Pay


@dataclass(frozen=True)
class _Index:
    ci: ahocorasick.Automaton
    cs: ahocorasick.Automaton
    nouns: re.Pattern[str]
    speaker: re.Pattern[str]
    label_refs: dict[str, tuple[str, ...]]
    label_camps: dict[str, tuple[str, ...]]
    label_text: dict[str, str]
    bare: frozenset[str]


def _variants(key: str) -> set[str]:
    out = {key}
    if "'" in key:
        out |= {key.replace("'", ""), key.replace("'", " ")}
    if "/" in key:
        out |= {v.replace("/", " / ") for v in set(out)}
    return {" ".join(v.split()) for v in out if v.strip()}


def _add(table: dict[str, list[_Pay]], key: str, pay: _Pay) -> None:
    for v in _variants(key):
        bucket = table.setdefault(v, [])
        if pay not in bucket:
            bucket.append(pay)


def _automaton(table: dict[str, list[_Pay]]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for key, pays in table.items():
        auto.add_word(key, (len(key), tuple(sorted(pays, key=lambda p: _ORDER[p.kind]))))
    auto.make_automaton()
    return auto


def _label_users(
    all_actors: Iterable[knowledge.Actor],
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The actors and the camps each label (by lookup key) is used for, in file order."""
    refs: dict[str, list[str]] = {}
    camps: dict[str, list[str]] = {}
    for a in all_actors:
        for lab in a.labels:
            key = lookup_key(lab.label)
            if a.id not in refs.setdefault(key, []):
                refs[key].append(a.id)
            if lab.camp not in camps.setdefault(key, []):
                camps[key].append(lab.camp)
    return refs, camps


@functools.cache
def _index() -> _Index:
    ci: dict[str, list[_Pay]] = {}
    cs: dict[str, list[_Pay]] = {}

    def put(form: str, pay: _Pay, sensitive: bool = False) -> None:
        if sensitive:
            _add(cs, lookup_key(form, keep_case=True), pay)
        else:
            _add(ci, lookup_key(form), pay)

    all_actors = knowledge.actors()
    for a in all_actors.values():
        sens = set(a.case_sensitive)
        for form in {a.name, *a.aliases}:
            put(form, _Pay("alias", a.id), form in sens)
        for lab in a.labels:
            put(lab.label, _Pay("label", lookup_key(lab.label)), lab.label in sens)
        for dem in a.demonyms:
            put(dem, _Pay("demonym", a.id), dem in sens)
    for name, gid in knowledge.speaker_names(all_actors):
        put(name, _Pay("state", gid), True)
    for phrase in knowledge.blockers():
        put(phrase, _Pay("block", phrase))
    for marker in knowledge.camp_markers():
        put(marker.phrase, _Pay("marker", marker.phrase, marker.camps), marker.phrase.isupper())
    for op in knowledge.operations():
        own = {op.actor_id, all_actors[op.actor_id].parent or ""}
        own_words = [
            lookup_key(w)
            for aid in own
            if aid in all_actors
            for w in (*all_actors[aid].aliases, *all_actors[aid].demonyms)
        ]
        for form in {op.name, *op.aliases}:
            key = lookup_key(form)
            put(form, _Pay("op", op.id))
            if not any(re.search(rf"\b{re.escape(w)}\b", key) for w in own_words if w):
                put(form, _Pay("block", op.id))
    refs, camps = _label_users(all_actors.values())
    generic = [k for k in knowledge.generic_heads() if k not in refs]
    for key in generic:
        put(key, _Pay("generic", key))
    nouns = sorted({lookup_key(n) for n in knowledge.military_nouns()}, key=len, reverse=True)
    noun_re = re.compile(r"(?:'s)?\s+(?:" + "|".join(re.escape(n) for n in nouns) + r")\b")
    verbs = [t for g in knowledge.cue_lexicon()["report_verbs"] for t in g["terms"]]
    return _Index(
        _automaton(ci),
        _automaton(cs),
        noun_re,
        knowledge.speaker_pattern(verbs),
        {k: tuple(v) for k, v in refs.items()},
        {k: tuple(v) for k, v in camps.items()},
        {**{k: knowledge.label_uses(k)[0].label for k in refs}, **{k: k for k in generic}},
        _BARE_HEADS | frozenset(generic),
    )


def _caps_context(text: str, start: int, end: int) -> bool:
    """Whether the words around a match are mostly upper case (a shouted headline)."""
    words = (
        _WORD.findall(text, max(0, start - 40), start)[-3:] + _WORD.findall(text, end, end + 40)[:3]
    )
    return len(words) >= 2 and sum(w.isupper() and len(w) > 1 for w in words) >= 0.5 * len(words)


def _may_be(pay: _Pay, idx: _Index, low: str, end: int) -> bool:
    """Whether the words after a match let it stand: a demonym needs a military noun, a
    state's bare name a verb ("Egypt said"); other matches always stand."""
    if pay.kind == "demonym":
        return idx.nouns.match(low, end) is not None
    if pay.kind == "state":
        return idx.speaker.match(low, end) is not None
    return True


@functools.lru_cache(maxsize=2)
def _scan(text: str) -> tuple[tuple[_Hit, ...], tuple[_Hit, ...], str]:
    """Return the chosen non-overlapping hits, the marker and operation hits, the folded text.

    Cached for the last texts: the actor and operation stages read one scan.
    """
    idx = _index()
    folded = fold_form(text)
    low = lower_same_length(folded)
    n = len(low)
    hits: list[_Hit] = []
    side: list[_Hit] = []
    for hay, auto, sensitive in ((low, idx.ci, False), (folded, idx.cs, True)):
        for last, (size, pays) in auto.iter(hay):
            start, end = last - size + 1, last + 1
            if start > 0 and low[start - 1].isalnum():
                continue
            if end < n and low[end].isalnum():
                key_end = low[end - 1]
                if not (
                    low[end] == "s"
                    and key_end.isalpha()
                    and key_end != "s"
                    and (end + 1 == n or not low[end + 1].isalnum())
                ):
                    continue
            if sensitive and low[start:end] in _WORDLIKE and _caps_context(text, start, end):
                continue
            chosen_pay = None
            for pay in pays:
                if pay.kind in ("marker", "op"):
                    side.append(_Hit(start, end, size, pay))
                elif chosen_pay is None and _may_be(pay, idx, low, end):
                    chosen_pay = pay
            if chosen_pay is not None:
                hits.append(_Hit(start, end, size, chosen_pay))
    hits.sort(key=lambda h: (h.start, -h.size))
    chosen: list[_Hit] = []
    for h in hits:
        if chosen and h.start < chosen[-1].end:
            if h.size > chosen[-1].size:
                chosen[-1] = h
            continue
        chosen.append(h)
    return tuple(h for h in chosen if h.pay.kind != "block"), tuple(side), low


def _camp_scores(label_keys: Sequence[str], markers: Sequence[tuple[str, ...]]) -> dict[str, float]:
    """Weighted camp evidence: a label or marker used by k <= 3 camps gives 1/k to each."""
    idx = _index()
    scores: dict[str, float] = {}
    for camps in [idx.label_camps.get(k, ()) for k in label_keys] + list(markers):
        if 0 < len(camps) <= 3:
            for c in camps:
                scores[c] = scores.get(c, 0.0) + 1.0 / len(camps)
    return scores


def infer_camps(text_or_mentions: str | Sequence[ActorMention]) -> dict[str, int]:
    """Return which camps' vocabulary an article uses, with counts, most used first.

    Each partisan label (and, for a text, each camp-marker phrase such as
    "liberated areas" or "terror corridor") counts once for every camp that
    uses it, provided no more than three camps do: words that most camps use
    ("regime", "terrorists") say little about the writer.
    """
    idx = _index()
    groups: list[tuple[str, ...]] = []
    if isinstance(text_or_mentions, str):
        chosen, side, _ = _scan(text_or_mentions)
        groups += [idx.label_camps.get(h.pay.ref, ()) for h in chosen if h.pay.kind == "label"]
        groups += [h.pay.camps for h in side if h.pay.kind == "marker"]
    else:
        groups += [
            idx.label_camps.get(lookup_key(m.label), ()) for m in text_or_mentions if m.label
        ]
    counts: Counter[str] = Counter()
    for camps in groups:
        if 0 < len(camps) <= 3:
            counts.update(camps)
    return dict(counts.most_common())


def _article_camps(scores: dict[str, float], outlet_camp: str | None) -> list[str]:
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    top = ranked[0][1] if ranked else 0.0
    inferred = [c for c, s in ranked if s >= 1.0 and s >= 0.6 * top][:2]
    return list(dict.fromkeys(([outlet_camp] if outlet_camp else []) + inferred))


def _mention(text: str, h: _Hit, actor_id: str | None, **kw: object) -> ActorMention:
    name = kind = None
    if actor_id is not None:
        a = knowledge.actor(actor_id)
        name, kind = a.name, a.kind
    args: dict = {"name": name, "kind": kind, **kw}
    return ActorMention(h.start, h.end, text[h.start : h.end], actor_id=actor_id, **args)


def find_actors(
    text: str,
    sentences: Sequence[Sentence],
    outlet_camp: str | None = None,
    places: Sequence[PlaceMention] = (),
    dateline: tuple[int, int] | None = None,
) -> list[ActorMention]:
    """Return the actor mentions of ``text``, sorted by start and non-overlapping.

    Args:
        text: the article text.
        sentences: its sentences (for sentence and paragraph context); may be
            empty, in which case only adjacency, camp and frequency decide.
        outlet_camp: the publishing outlet's camp (a ``vocab.CAMPS`` key) when
            known; otherwise the camp is inferred from the text's vocabulary.
        places: the article's place mentions and ``dateline`` its dateline's span:
            with the states named, they tell whose "security forces" or "state
            media" the article means (:mod:`warcheck.analysis.actor_states`).
    """
    idx = _index()
    chosen, side, low = _scan(text)
    scores = _camp_scores(
        [h.pay.ref for h in chosen if h.pay.kind == "label"],
        [h.pay.camps for h in side if h.pay.kind == "marker"],
    )
    camps = _article_camps(scores, outlet_camp)
    out: list[ActorMention] = []
    pending: list[int] = []
    for h in chosen:
        if h.pay.kind in ("alias", "demonym", "state"):
            out.append(_mention(text, h, h.pay.ref))
            continue
        key = h.pay.ref
        refs = idx.label_refs.get(key, ())
        label = idx.label_text[key]
        if h.pay.kind == "generic":  # "the police": whose, the article's state tells
            kw = {"name": label, "label": label, "label_camp": "neutral"}
            out.append(_mention(text, h, None, resolved_by="unresolved", **kw))
        elif len(refs) == 1:
            camp = label_camp(key, refs[0], camps)
            out.append(
                _mention(text, h, refs[0], label=label, label_camp=camp, resolved_by="label")
            )
        else:
            pending.append(len(out))
            out.append(_mention(text, h, None, label=label, resolved_by="unresolved"))
    if pending:
        ctx = LabelContext(text, low, [m for m in out if m.actor_id is not None], sentences, camps)
        for i in pending:
            out[i] = ctx.resolve(out[i])
    votes = actor_states.state_votes(text, out, places, dateline, outlet_camp)
    out = actor_states.resolve_generic(text, out, votes)
    kept = [m for m in out if m.actor_id is not None or (m.label or "").lower() not in idx.bare]
    return unknown_actors.add_unknown(text, merge_forces(text, low, kept))


def find_operations(text: str) -> list[OperationMention]:
    """Return the named military operations mentioned in ``text``, sorted by start."""
    _, side, _ = _scan(text)
    ops = sorted((h for h in side if h.pay.kind == "op"), key=lambda h: (h.start, -h.size))
    out: list[OperationMention] = []
    if not ops:
        return out
    by_id = {o.id: o for o in knowledge.operations()}
    for h in ops:
        if out and h.start < out[-1].end:
            continue
        op = by_id[h.pay.ref]
        out.append(
            OperationMention(
                h.start,
                h.end,
                text[h.start : h.end],
                operation_id=op.id,
                name=op.name,
                actor_id=op.actor_id,
                began=op.start,
                ended=op.end,
            )
        )
    return out
