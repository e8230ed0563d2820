"""The main place of an article: where its main event happened.

Every mention in a Syrian governorate votes for that governorate; see
:func:`main_place`. Weights were tuned on even rows of FA-KES and checked on
odd rows (``scripts/dev_main_place.py``).
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Sequence
from typing import NamedTuple

from warcheck import knowledge
from warcheck.knowledge import lexicons
from warcheck.knowledge.gazetteer import governorate
from warcheck.model import PlaceMention

# "Damascus said", "the Damascus government", "Moscow's protection": the capital standing for
# the government.
_METONYM = re.compile(
    r"(?:'s?|’s?)?[ -]+(?:government|regime|authorities|officials?|said|says|say|has|had|is|was|"
    r"will|would|accused|accuses|denied|denies|claimed|claims|announced|insisted|insists|warned|"
    r"rejected|agreed|welcomed|blamed|responded|allies|ally|backed|based|delegation|envoy|"
    r"ambassador|regime's|leadership|and moscow|and tehran|and its allies|forces|promised?|"
    r"promises|pledged?|approval|consent|position|policy|support|ties|relations|negotiators|"
    r"protection|backing|patronage)\b",
    re.IGNORECASE,
)
# A sentence about earlier years ("the 1982 massacre", "since 2011") is background.
# A year before the war, or "since (March) 2011": each word's first letter comes before the
# look-behind that stands for the word boundary before it, so the regex engine skips ahead to
# those letters (a leading \b is tried at every position).
_BACKGROUND = re.compile(
    r"(?:1(?<!\w1)[89]\d\d|2(?<!\w2)0(?:0\d|10)|s(?<!\ws)ince (?:March )?2011)\b"
)
# (the look-ahead of the words' first letters lets most word boundaries fail at once)
_CASUALTY = re.compile(
    r"\b(?=[kdmciwbvt])(?:kill(?:s|ed|ing)?|dead|deaths?|died|martyr(?:s|ed)?|massacre[sd]?|"
    r"casualties|wounded|injur(?:ed|ies|ing)|bodies|victims|toll)\b",
    re.IGNORECASE,
)
_CASUALTY_REACH = 80  # characters from a casualty word to the place where it happened
# Words that end a clause: "the toll rose while SDF fighters made gains in Manbij"; "as" does
# not just after the casualty word ("12 were killed as jets hit X": the same event).
_CLAUSE_BREAK = re.compile(
    r"[.;:]\s|\b(?:while|whereas|but|meanwhile|after)\b"
    r"|(?<!killed )(?<!died )(?<!wounded )(?<!injured )\bas\b",
    re.IGNORECASE,
)
# Where people come from is not where the event happened: "residents of X", "evacuees from
# the besieged towns of X and Y".
_FROM = re.compile(
    r"(?:\bfrom|\bresidents of|\bnatives? of)\s+(?:the\s+)?(?:\w+\s+)?$"
    r"|\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:towns?|villages?|city|cities|areas?)\s+of\s+$",
    re.IGNORECASE,
)
_ORIGIN_WORD = re.compile(r"from|residents|natives?")  # cheap test before _FROM
_AND = re.compile(r"\s*(?:,|and|,\s*and)\s*")
_DATELINE = re.compile(r"\s*(?:,[^()\n]{0,30})?\s*(?:\(|[-–—]|,)")
# A photo caption ends with a credit: "... in Aleppo on July 1 2016. (AFP Photo)".
_CREDIT = re.compile(
    r"\([^()]{0,25}\b(?:AFP|AP|Reuters|Photo|photo|Agencies|Getty|EPA|IHA)\b[^()]{0,25}\)"
)
# "X, a village south of Y", "X 10 km east of Y", "X near Y": Y locates X.
_RELATIVE = re.compile(
    r"[,\"'”’)]*\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?)?(?:(?:about|some|around|just)\s+)?"
    r"(?:\d+\s*(?:km|kms|kilometers|kilometres|miles)\s+(?:\([^()]{0,20}\)\s+)?)?"
    r"(?:(?:to the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near|outside)"
    r"\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?",
    re.IGNORECASE,
)
# "X in Y province", "X in the Y countryside": Y is X's governorate.
_IN = re.compile(r",?\s*in\s+(?:the\s+)?(?:(?:northern|southern|eastern|western)\s+)?")
# "X city in Y": Y restates X's governorate.
_IN_SAME = re.compile(
    r"(?:\s+(?:city|town|village|area|district|neighbou?rhood))?,?\s*in\s+(?:the\s+)?"
    r"(?:(?:northern|southern|eastern|western)\s+)?",
    re.IGNORECASE,
)

# "Radnor Road", "Winthrop St.": a town named before a street noun is the street's name.
_STREET_NOUNS = lexicons.terms("story_words", "street_nouns")
_STREET_AFTER = re.compile(
    r"[ \t]+(?:" + "|".join(re.escape(t[0].upper() + t[1:]) for t in _STREET_NOUNS) + r")(?!\w)"
)
# "the 5300 block of Radnor", "the 700 block of S Fountain": a street, whatever follows it.
_BLOCK_BEFORE = re.compile(r"\bblock\s+of\s+(?:(?:[NSEW]\.?|North|South|East|West)\s+)?$")
_STREET_PRECISIONS = frozenset({"exact", "neighbourhood", "town", "district"})


def is_street_name(m: PlaceMention, text: str) -> bool:
    """Whether a place mention is the name of a street ("5300 block of Radnor Road")."""
    if m.feature == "site" or m.precision not in _STREET_PRECISIONS:
        return False
    lo = max(0, m.start - 30)
    # cheap prechecks first: a blank must follow, "block" must stand in the window before
    return bool(
        (text[m.end : m.end + 1] in (" ", "\t") and _STREET_AFTER.match(text, m.end))
        or (text.find("block", lo, m.start) >= 0 and _BLOCK_BEFORE.search(text, lo, m.start))
    )


# Tuned on even rows of FA-KES (scripts/dev_main_place.py): the first mentions decide,
# the title most; later mentions add little.
_DECAY = 200.0  # characters over which a mention's vote falls to 1/e
_TITLE_VOTE = 1.0  # added to the vote of a mention inside the title
_CASUALTY_VOTE = 1.0  # added (as a factor) to the place just after a casualty word
_BACKGROUND_VOTE = 0.2
_DATELINE_VOTE = 0.3  # a "DAMASCUS (SANA) -" dateline says where the desk is, not the event
_FROM_VOTE = 0.2  # an origin, not the scene
_CAPTION_VOTE = 0.3  # a photo caption: often an earlier or a neighbouring event
_RESTATED_VOTE = 0.5  # "X city in Y" with X in Y: mostly one place, not two votes
_RELATIVE_KM = 60.0  # "X near Y" with X farther than this from Y: the gazetteer's X is wrong
_PRECISION_VOTE = {
    "town": 1.0,
    "neighbourhood": 1.0,
    "exact": 1.0,
    "district": 1.0,
    "governorate": 1.0,
    "region": 0.7,
}
_RANK = {"exact": 0, "neighbourhood": 0, "town": 1, "district": 1, "governorate": 2, "region": 3}


def _weight(
    m: PlaceMention, text: str, title_end: int, casualty: bool, background: dict[int, bool]
) -> float:
    """How much a mention says about where the article's event happened.

    ``background`` memoises, by sentence start, whether a sentence is background.
    """
    if is_metonym(m, text):
        return 0.0
    vote = math.exp(-max(0, m.start - title_end) / _DECAY)
    if m.end <= title_end:
        vote += _TITLE_VOTE
    if casualty:
        vote *= 1 + _CASUALTY_VOTE
    if m.start >= title_end:
        stops = _stops(text)
        a = max(_last(stops.dots, m.start - 2), _last(stops.breaks, m.start - 1)) + 1
        bg = background.get(a)
        if bg is None:
            i = bisect.bisect_left(stops.dots, m.end)
            b = stops.dots[i] if i < len(stops.dots) else -1
            bg = background[a] = bool(_BACKGROUND.search(text, a, b if b >= 0 else len(text)))
        if bg:
            vote *= _BACKGROUND_VOTE
    if m.name == "Damascus" and m.text.isupper() and _DATELINE.match(text, m.end):
        vote *= _DATELINE_VOTE
    return vote * _PRECISION_VOTE.get(m.precision, 0.5)


def is_metonym(m: PlaceMention, text: str) -> bool:
    """True when a capital stands for its government ("Damascus said", "Moscow's protection")."""
    return knowledge.government_of_capital(m.name or m.text) is not None and bool(
        _METONYM.match(text, m.end)
    )


def _after_casualty(
    found: Sequence[PlaceMention], govs: Sequence[str | None], text: str
) -> set[int]:
    """Indexes of Syrian mentions that come first after a casualty word, in the same clause."""
    out: set[int] = set()
    prev = -1  # start of the previous Syrian mention
    for j, m in enumerate(found):
        if not govs[j]:
            continue
        lo = max(prev + 1, m.start - _CASUALTY_REACH)
        last = None
        for c in _CASUALTY.finditer(text, max(0, lo - 12), m.start):
            if c.end() >= lo:
                last = c.end()
        if last is not None and not _CLAUSE_BREAK.search(text, last, m.start):
            out.add(j)
        prev = m.start
    return out


def _origins(found: Sequence[PlaceMention], text: str) -> set[int]:
    """Indexes of mentions named as where people come from ("evacuees from X and Y")."""
    out: set[int] = set()
    for i, m in enumerate(found):
        lo = max(0, m.start - 60)
        listed = i - 1 in out and _AND.fullmatch(text, found[i - 1].end, m.start)
        origin = _ORIGIN_WORD.search(text[lo : m.start].lower()) and _FROM.search(text, lo, m.start)
        if listed or origin:
            out.add(i)
    return out


class _Stops(NamedTuple):
    """Where ``". "`` and line breaks are in a text, in order."""

    dots: list[int]
    breaks: list[int]


@functools.lru_cache(maxsize=2)
def _stops(text: str) -> _Stops:
    """The offsets of ``". "`` and of line breaks: searched once, not back from every mention."""
    dots = [m.start() for m in re.finditer(r"\. ", text)]
    return _Stops(dots, [m.start() for m in re.finditer("\n", text)])


def _last(offsets: list[int], most: int) -> int:
    """The last offset at most ``most`` (-1 if none), as ``str.rfind`` returns."""
    i = bisect.bisect_right(offsets, most)
    return offsets[i - 1] if i else -1


def _captions(text: str) -> list[tuple[int, int]]:
    """Photo captions: from the start of the sentence to the credit."""
    out: list[tuple[int, int]] = []
    for m in _CREDIT.finditer(text):
        a = max(text.rfind(". ", 0, m.start() - 2), text.rfind("\n", 0, m.start())) + 1
        out.append((a, m.end()))
    return out


def _km(a: PlaceMention, b: PlaceMention) -> float:
    """Distance in kilometres (0 when a point is unknown)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return 0.0
    dx = (a.lon - b.lon) * 111.0 * math.cos(math.radians((a.lat + b.lat) / 2))
    return math.hypot((a.lat - b.lat) * 111.0, dx)


def _located_by(
    found: Sequence[PlaceMention], govs: Sequence[str | None], text: str
) -> dict[int, str]:
    """Governorates that the text gives for mentions the gazetteer put elsewhere.

    "X in Y province" when X is not in Y; "X, a village south of Y" or "X near
    Y" when the gazetteer's X is more than ``_RELATIVE_KM`` from Y (a homonym
    or a wrong match). Returns {index of X: governorate of Y}.
    """
    out: dict[int, str] = {}
    for i in range(len(found) - 1):
        x, y = found[i], found[i + 1]
        gx, gy = govs[i], govs[i + 1]
        if not gx or not gy or gx == gy or x.precision == "governorate" or y.start - x.end > 60:
            continue
        in_y = y.precision == "governorate" and _IN.fullmatch(text, x.end, y.start)
        if in_y or (_RELATIVE.fullmatch(text, x.end, y.start) and _km(x, y) > _RELATIVE_KM):
            out[i] = gy
    return out


def _restated(found: Sequence[PlaceMention], govs: Sequence[str | None], text: str) -> set[int]:
    """Indexes of mentions that only restate the governorate of the one before ("X in Y")."""
    out: set[int] = set()
    for i in range(len(found) - 1):
        x, y = found[i], found[i + 1]
        if (
            govs[i]
            and _vote_area(govs[i]) == _vote_area(govs[i + 1])
            and _IN_SAME.fullmatch(text, x.end, y.start)
        ):
            out.add(i + 1)
    return out


def _vote_area(gov: str | None) -> str:
    """The governorate a vote counts for (Rif Dimashq counts as Damascus)."""
    return "Damascus" if gov == "Rif Dimashq" else gov or ""


def main_place(
    places: Sequence[PlaceMention],
    text: str,
    title_end: int = 0,
    past: Sequence[tuple[int, int]] = (),
) -> PlaceMention | None:
    """Return the article's main location: where its main event happened.

    Each mention in a Syrian governorate votes for that governorate with a
    weight that falls with its distance from the start (the title counts most),
    doubles just after a casualty word ("killed 12 in X") and is cut for
    origins ("evacuees from X"), photo captions, background sentences and a
    "DAMASCUS -" dateline; a governorate restating the one of the mention
    before ("Qaryatain city in Homs") counts half; the capital used for the
    government ("Damascus said") does not vote. Mentions inside ``past``, spans
    the caller knows to tell of earlier events (sentences dated well before
    publication), count as background. A mention the text locates elsewhere ("X in Y
    province", "X, south of Y" far from the gazetteer's X) votes for Y's
    governorate. The winner is the most specific, earliest mention of the
    winning governorate. Without a Syrian governorate, the first mention is
    returned. Sites ("the al-Quds hospital in Aleppo") do not vote: their town does; the
    name of a street ("Radnor" in "the 5300 block of Radnor Road") is no place.
    """
    places = [m for m in places if not is_street_name(m, text)]
    places = [m for m in places if m.feature != "site"] or list(places)
    govs = [governorate(m) for m in places]
    if not any(govs):
        return places[0] if places else None
    votes: dict[str, float] = {}
    near = _after_casualty(places, govs, text)
    origins = _origins(places, text)
    captions = _captions(text)
    located = _located_by(places, govs, text)
    restated = _restated(places, govs, text)
    background: dict[int, bool] = {}
    for i, m in enumerate(places):
        gov = govs[i]
        if not gov:
            continue
        w = _weight(m, text, title_end, i in near, background)
        if i in origins:
            w *= _FROM_VOTE
        if i in restated:
            w *= _RESTATED_VOTE
        if any(a <= m.start < b for a, b in captions):
            w *= _CAPTION_VOTE
        if any(a <= m.start < b for a, b in past):
            w *= _BACKGROUND_VOTE
        key = _vote_area(located.get(i, gov))
        votes[key] = votes.get(key, 0.0) + w
    if max(votes.values()) <= 0:
        return places[0]
    best = max(votes, key=lambda k: votes[k])
    mine = [m for i, m in enumerate(places) if _vote_area(govs[i]) == best]
    return min(mine, key=lambda m: (_RANK.get(m.precision, 4), m.start))
