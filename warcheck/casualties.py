"""Casualty figures: how many of whom were killed, injured, displaced, missing or detained.

:func:`find_casualties` finds each figure tied to an outcome ("at least 11
civilians were killed", "killing four civilians", "the death toll rose to 76")
and :func:`warcheck.tolls.headline_figures` picks the article's main killed
figures from them.

Each number expression is looked at once. Its outcome comes, in order of
preference, from words after it ("were killed", "dead"), from a head noun that
carries it ("bodies", "casualties", "refugees"), from a verb before it
("killing", "arrested"), or from a toll phrase ("the death toll rose to"). A
figure with a person noun but no outcome of its own ("including 28 children")
takes the outcome of the figure it is joined to by "including", "among them",
"and" or "were among". Vague words are coded by ACLED's convention (see
:mod:`warcheck.numbers`).

Speed: the text is lower-cased once and scanned twice with prefix-factored
patterns, one for candidate numbers and one for the cue words that may stand
before a number (qualifiers, verbs, toll phrases, words that make a number a
date or a reference); every other pattern is matched at a known position.
"""

from __future__ import annotations

import re

from warcheck.model import CasualtyMention
from warcheck.numbers import NUMBER, NUMBER_FIRST_WORDS, parse_number, word_trie

# --- lexicon -------------------------------------------------------------------------------

# head noun -> (group, implied outcome or None)
_HEADS: dict[str, tuple[str, str | None]] = {}


def _words(s: str) -> list[str]:
    """Split a word list written as one string ("_" stands for a space inside a phrase)."""
    return [w.replace("_", " ") for w in s.split()]


def _heads(group: str, outcome: str | None, words: str) -> None:
    for w in _words(words):
        _HEADS[w] = (group, outcome)


_heads(
    "civilians",
    None,
    "civilians civilian residents resident villagers inhabitants citizens "
    "worshippers worshipers students pupils teachers doctors medics nurses paramedics "
    "rescuers rescue_workers aid_workers volunteers workers journalists reporters "
    "protesters protestors demonstrators farmers shepherds passengers shoppers patients "
    "families family_members relatives staff staff_members christians yazidis assyrians "
    "alawites druze shiites sunnis ismailis armenians tribesmen",
)
_heads(
    "children",
    None,
    "children child kids kid boys boy girls girl minors minor infants "
    "infant babies baby toddlers toddler schoolchildren schoolchild teenagers teenager "
    "youngsters",
)
_heads("women", None, "women woman mothers mother")
_heads(
    "fighters",
    None,
    "fighters fighter militants militant rebels rebel jihadists jihadist "
    "jihadis jihadi gunmen gunman terrorists terrorist insurgents insurgent extremists "
    "mercenaries mercenary combatants islamists attackers assailants bombers snipers "
    "takfiris members member commanders commander leaders emirs militiamen militiaman "
    "operatives elements recruits",
)
_heads(
    "soldiers",
    None,
    "soldiers soldier troops troopers trooper servicemen serviceman "
    "policemen policeman police_officers officers officer personnel guards guard "
    "conscripts pilots pilot forces marines security_forces army_soldiers",
)
_heads("unspecified", None, "people persons person individuals others men man syrians")
_heads("unspecified", "killed", "dead deaths fatalities bodies corpses martyrs lives")
_heads("unspecified", "affected", "victims casualties")
_heads("unspecified", "injured", "injured wounded injuries")
_heads("unspecified", "displaced", "refugees displaced idps evacuees")
_heads("unspecified", "detained", "detainees prisoners hostages captives abductees")
_heads("unspecified", "missing", "missing")

_SINGULAR = _words(
    "civilian resident child kid boy girl minor infant baby toddler teenager "
    "woman mother fighter militant rebel jihadist gunman terrorist soldier "
    "policeman officer man person journalist doctor volunteer member commander body"
)

# words in the modifiers before a head noun that change its group
_MOD_GROUPS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(?:child|children|schoolchildren)\b"), "children"),
    (re.compile(r"\bwomen\b"), "women"),
    (
        re.compile(
            r"\b(?:civilians?|civil\s+defen[cs]e|white\s+helmets|rescue|aid|medical|"
            r"emergency|hospital)\b"
        ),
        "civilians",
    ),
    (
        re.compile(
            r"\b(?:army|soldiers?|regime|government|security|police|military|troops|"
            r"russian|turkish|iranian|state)\b"
        ),
        "soldiers",
    ),
    (
        re.compile(
            r"\b(?:isis|isil|is|daesh|nusra|qaeda|terrorists?|armed|militants?|rebels?|"
            r"opposition|jihadists?|fsa|ypg|sdf|pkk|hezbollah|takfiri|islamist|"
            r"al-[a-z]+|jaish|ahrar|[a-z]+-backed|pro-[a-z]+)\b"
        ),
        "fighters",
    ),
]
_FLEX_HEADS = frozenset(
    _words("people persons person individuals men man members member elements forces workers staff")
)
_MEMBER_OF_SOLDIERS = re.compile(
    r"\b(?:army|armed\s+forces|security|police|military|"
    r"troops|guard|forces)\b"
)
_MEMBER_OF_CIVILIANS = re.compile(
    r"\b(?:family|families|staff|civil\s+defen[cs]e|"
    r"white\s+helmets|team|crew|tribe|clan|community)\b"
)
_PEOPLE_HEADS = frozenset(_words("people victims dead deaths casualties bodies fatalities"))

# outcome words after a figure ("... were killed")
_OUTCOME_WORDS: list[tuple[str, str]] = [
    (
        "affected",
        r"(?:killed|dead)\s+(?:or|and)\s+(?:wounded|injured)|(?:wounded|injured)\s+"
        r"(?:or|and)\s+killed",
    ),
    (
        "killed",
        r"killed|dead|died|die|slain|murdered|executed|massacred|slaughtered|beheaded|"
        r"perished|martyred|shot\s+dead|gunned\s+down|assassinated|crucified|"
        r"lost\s+(?:their|his|her)\s+lives?|(?:burned|burnt)\s+(?:alive|to\s+death)|"
        r"suffocated|among\s+(?:the|those)\s+(?:dead|killed|victims|fatalities)",
    ),
    (
        "injured",
        r"injured|wounded|hurt|maimed|(?:suffered|sustained)\s+(?:\w+\s+)?injuries|"
        r"hospitali[sz]ed|among\s+(?:the|those)\s+(?:wounded|injured)",
    ),
    (
        "displaced",
        r"displaced|fled|flee|fleeing|forced\s+(?:to\s+(?:flee|leave)|from)|"
        r"left\s+their\s+homes|uprooted|made\s+homeless|left\s+homeless",
    ),
    ("missing", r"missing|unaccounted\s+for|(?:forcibly\s+)?disappeared"),
    (
        "detained",
        r"arrested|detained|abducted|kidnapped|captured|imprisoned|jailed|"
        r"rounded\s+up|taken\s+(?:hostage|prisoner|captive)|held\s+(?:hostage|captive)",
    ),
]
_NEED_AUX = frozenset({"flee", "fleeing", "fled", "die", "captured", "hurt"})

# cue phrases that may stand right before a figure: phrase -> (role, kind)
_CUES: dict[str, tuple[str, str]] = {}


def _cues(role: str, kind: str, phrases: str) -> None:
    for p in phrases.split(","):
        _CUES[" ".join(p.split())] = (role, kind)


_cues("qual", "at_least", "at least,no fewer than,no less than,not less than,a minimum of")
_cues("qual", "more_than", "more than,over,upwards of,in excess of,exceeding")
_cues("qual", "up_to", "up to,at most,no more than,as many as")
_cues(
    "qual",
    "about",
    "about,around,nearly,almost,approximately,roughly,some,an estimated,"
    "estimated,close to,just under,just over",
)
_cues("between", "range", "between")
_cues(
    "active",
    "killed",
    "kill,kills,killed,killing,execute,executes,executed,executing,"
    "behead,beheads,beheaded,beheading,massacre,massacres,massacred,massacring,slaughter,"
    "slaughters,slaughtered,slaughtering,murder,murders,murdered,murdering,assassinate,"
    "assassinates,assassinated,assassinating,shot dead,shoot dead,shoots dead,shooting dead,"
    "gun down,guns down,gunned down,gunning down,crucify,crucifies,crucified,crucifying,"
    "claim the lives of,claims the lives of,claimed the lives of,claiming the lives of,"
    "take the lives of,takes the lives of,took the lives of,taking the lives of,death of,"
    "deaths of,killing of,killings of,massacre of,execution of,executions of,beheading of,"
    "beheadings of,bodies of,corpses of,remains of,funeral of,funerals of,the dead include,"
    "the dead includes,the dead included,the victims include,the victims includes,"
    "the victims included,among the dead were,among the dead are,among the dead was,"
    "among the victims were,among the victims are,among the killed were",
)
_cues(
    "active",
    "affected",
    ",".join(
        f"{k} {c} {w}"
        for k in ("kill", "kills", "killed", "killing")
        for c in ("or", "and")
        for w in ("wound", "wounded", "wounding", "injure", "injured", "injuring")
    )
    + ",wounded or killed,injured or killed,wounding or killing,injuring or killing",
)
_cues(
    "active",
    "injured",
    "injure,injures,injured,injuring,wound,wounds,wounded,wounding,maim,"
    "maims,maimed,maiming,the wounded include,the wounded included,the injured include,"
    "the injured included",
)
_cues(
    "active",
    "displaced",
    "displace,displaces,displaced,displacing,uproot,uproots,uprooted,uprooting,displacement of",
)
_cues(
    "active",
    "detained",
    "arrest,arrests,arrested,arresting,detain,detains,detained,"
    "detaining,abduct,abducts,abducted,abducting,kidnap,kidnaps,kidnapped,kidnapping,capture,"
    "captures,captured,capturing,arrest of,detention of,abduction of,kidnapping of",
)
_cues("active", "missing", "disappearance of")
_cues(
    "toll",
    "killed",
    "death toll,toll,number of dead,number of the dead,number of deaths,"
    "number of fatalities,number of victims,number of the victims,number of martyrs,"
    "number of people killed,number of those killed,number killed",
)
_cues("toll", "affected", "casualty toll,number of casualties")
_cues(
    "toll_at",
    "killed",
    "bring to,brings to,bringing to,bringing the death toll to,"
    "bringing the toll to,brought the death toll to,brought the toll to",
)
_cues(
    "bad",
    "ref",
    "january,jan,february,feb,march,mar,april,apr,may,june,jun,july,jul,august,"
    "aug,september,sept,sep,october,oct,november,nov,december,dec,resolution,resolutions,no,"
    "nos,article,chapter,route,highway,page,paragraph,aged,age,ages,flight,vol,division,"
    "brigade,regiment,battalion,item,decree,tel,phone",
)

# --- patterns (applied to the lower-cased text) -------------------------------------------

_STOP = word_trie(
    _words(
        "were was are is be been being have has had and or of in on at to from "
        "by for with the a an as who that which when while after before during including "
        "among than since more least per across into near inside last this these "
        "those its their his her our them whom they it he she we said says killed "
        "killing kill kills died dead wounded injured out also all other then so not "
        "no over under about around another both each some"
    )
)
_MOD = rf"(?!(?:{_STOP})\b)[^\W\d_][\w'’().-]*"
_TAIL = r"(?![\w%]|[.,:/]\d|[-‐]\w|\s*(?:per\s*cent|percent)\b)"
_QUAL_ALT = word_trie(k for k, (r, _) in _CUES.items() if r == "qual")

# one scan finds both candidate numbers and cue phrases
_SCAN_RE = re.compile(rf"\b(?:[0-9]|(?:{word_trie((*NUMBER_FIRST_WORDS, 'another', *_CUES))})\b)")
_NUM_RE = re.compile(
    rf"(?<![\w.,/:$£€#-])(?:(?P<n>{NUMBER})"
    rf"|(?P<a>an?|another)(?=\s+(?:{_MOD}\s+){{0,2}}?(?:{word_trie(_SINGULAR)})\b)){_TAIL}"
)
_RANGE_RE = re.compile(rf"\s*(?:-|–|to|or)\s*(?:(?:{_QUAL_ALT})\s+)?(?P<n2>{NUMBER}){_TAIL}")
_AND_NUM_RE = re.compile(rf"\s+and\s+(?P<n2>{NUMBER}){_TAIL}")
_GROUP_RE = re.compile(
    r"\s+(?:(?:of\s+(?:them|whom|those)|more)\s+)?"
    r"(?:(?:were|are)\s+(?:all\s+)?(?=(?:children|women|civilians|minors|kids)\b))?"
    rf"(?P<mods>(?:{_MOD}\s+(?:and\s+)?){{0,3}}?)(?P<head>{word_trie(_HEADS)})\b"
    rf"(?P<of>\s+of\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+|one\s+)?{_MOD}(?:\s+{_MOD}){{0,2}})?"
)
_AUX = word_trie(
    _words(
        "were was are is have has had been being be got reportedly also all later "
        "allegedly apparently now already just both still initially who that said to "
        "believed thought reported feared found confirmed more others subsequently "
        "either left remain remained remains they went so_far"
    )
)
_AFTER_RE = re.compile(
    r"(?P<incl>\s*[,(]?\s*(?:including|among\s+them|among\s+whom|of\s+whom|mostly|mainly|"
    r"most\s+of\s+them|many\s+of\s+them)\b[^.;:\"“”]{0,90}?(?<!\sand)(?<!\sor),?)?"
    rf"(?P<aux>(?:\s+(?:{_AUX})\b)*)\s*,?\s+(?:"
    + "|".join(f"(?P<o_{k}>{p})" for k, p in _OUTCOME_WORDS)
    + r")\b"
)
_FILLER = re.compile(r"(?:another|other|a\s+further|an\s+additional|the)\s+")
_TOLL_TAIL = re.compile(
    r"[^.;:\"“”]{0,60}?\b(?:to|at|of|reached|hit|exceeded|passed|topped|is|"
    r"was|stands|stood|now)\s+"
)
_NEXT_OK = re.compile(
    r"\s*(?:$|[,.;:!?)\"”'’(\-–—]|(?:"
    + word_trie(
        _words(
            "in on at and or when while during after before as including among with there since "
            "across near inside outside from by last this yesterday today overnight earlier so but "
            "according said over within under throughout along around monday tuesday wednesday "
            "thursday friday saturday sunday more others other people mostly many most all of"
        )
    )
    + r")\b)"
)
_YEAR_LEFT = re.compile(
    r"\b(?:in|since|until|year|of\s+the|by|from|to|early|late|mid|"
    r"summer|spring|winter|autumn)\.?\s+$"
)
_MONTHS = _words(
    "january jan february feb march mar april apr may june jun july jul august "
    "aug september sept sep october oct november nov december dec"
)
_BAD_RIGHT = re.compile(rf"\s+(?:{word_trie(_MONTHS)})\b|\s*(?:am|pm|a\.m|p\.m|gmt|hrs)\b")
_NUM_AHEAD = re.compile(rf"\s+(?:(?:{_QUAL_ALT})\s+)?(?:{NUMBER})\b")
_VERB_NEXT = re.compile(r"\s+(?:were|was|are|is|have|has|had|went|remain|remained|who)\b")
_PART_GAP = re.compile(r"\b(?:including|among|of\s+them|of\s+whom)\b")
_GAP_RE = re.compile(
    r"[\s,;:()\-–—]*(?:(?:and|including|among|them|whom|of|were|was|are|is|as|well|plus|"
    r"also|with|the|those|most|mostly|all|who|both|another|other|while|her|his|their|its)\b"
    r"[\s,;:()\-–—]*)*"
)

Figure = tuple[int | None, int | None, str]

# --- extraction ----------------------------------------------------------------------------


def _lower(text: str) -> str:
    """Lower-case ``text`` keeping every offset (a few characters lengthen when lowered)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def _classify(gm: re.Match[str]) -> tuple[str, str | None]:
    head = " ".join(gm.group("head").split())
    group, outcome = _HEADS[head]
    mods = gm.group("mods")
    if mods and (group == "unspecified" or head in _FLEX_HEADS):
        for rx, g in _MOD_GROUPS:
            if rx.search(mods) and (g not in ("children", "women") or head in _PEOPLE_HEADS):
                group = g
                break
    of = gm.group("of")
    if of and head in ("members", "member", "elements"):
        if _MEMBER_OF_CIVILIANS.search(of):
            group = "civilians"
        elif _MEMBER_OF_SOLDIERS.search(of):
            group = "soldiers"
    if mods and "massacre" in mods and outcome == "affected":
        outcome = "killed"
    return group, outcome


def _figure(n: str, n2: str | None, qual: str | None, between: bool) -> Figure | None:
    """Return ``(min, max, qualifier)`` for a figure, or ``None`` if unusable."""
    lo, kind = parse_number(n)
    if n2 is not None:
        hi, kind2 = parse_number(n2)
        if between or (
            kind == kind2 == "exact" and lo is not None and hi is not None and lo < hi < 1900
        ):
            return lo, hi, "range"
        return None
    if kind == "vague":
        return lo, None, "vague"
    if qual is None:
        return lo, lo, "exact" if kind == "exact" else "about"
    if qual in ("at_least", "more_than"):
        return lo, None, qual
    if qual == "up_to":
        return None, lo, qual
    return lo, lo, qual


def find_casualties(text: str) -> list[CasualtyMention]:
    """Find casualty figures in ``text``, sorted by start offset.

    ``min``/``max`` bound the figure: "at least 11" and "more than 11" give
    ``min=11, max=None`` (the qualifier says whether the bound is strict),
    "up to 11" gives ``min=None, max=11``, "10 to 15" gives ``10, 15`` and
    "dozens" gives ACLED's 12 with ``max=None``.
    """
    low = _lower(text)
    cues: dict[int, tuple[str, str, int]] = {}  # position after a cue -> (role, kind, start)
    tolls: list[tuple[int, int, str]] = []
    found: list[CasualtyMention] = []
    passive: set[int] = set()  # starts of mentions whose outcome follows the figure
    bare: list[tuple[int, int, str, Figure]] = []
    last = -1
    for t in _SCAN_RE.finditer(low):
        p, w = t.start(), t.group()
        if not w[0].isdigit() and (info := _CUES.get(w) or _CUES.get(" ".join(w.split()))):
            role, kind = info
            if role == "toll":
                tolls.append((p, t.end(), kind))
                continue
            q = t.end()
            if role == "bad" and low.startswith(".", q):
                q += 1
            while q < len(low) and low[q].isspace():
                q += 1
            cues[q] = (role, kind, p)
            if role == "active" and (f := _FILLER.match(low, q)):
                cues[f.end()] = (role, kind, p)
            continue
        if p < last:
            continue
        m = _NUM_RE.match(low, p)
        if m is None:
            continue
        e = last = m.end()
        s = p
        cue = cues.get(p)
        if cue and cue[0] == "bad":
            continue
        qual = None
        if cue and cue[0] == "qual":
            qual, s = cue[1], cue[2]
            cue = cues.get(s)
        if m.group("a"):
            fig: Figure | None = (1, 1, qual or "exact")
        else:
            n2 = None
            between = bool(cue and cue[0] == "between")
            rm = (_AND_NUM_RE if between else _RANGE_RE).match(low, e)
            if rm:
                n2, e = rm.group("n2"), rm.end()
                last = e
            if between and rm:
                s = cue[2]  # type: ignore[index]
                cue = cues.get(s)
            fig = _figure(m.group("n"), n2, qual, between and rm is not None)
        if fig is None or _BAD_RIGHT.match(low, e):
            continue
        raw = m.group("n") or ""
        gm = _GROUP_RE.match(low, e)
        if (
            len(raw) == 4
            and raw.isdigit()
            and 1900 <= int(raw) <= 2099
            and (
                gm is None
                or gm.group("mods")
                or qual is None
                and _YEAR_LEFT.search(low, max(0, p - 20), p)
            )
        ):
            continue
        group, implied = _classify(gm) if gm else ("unspecified", None)
        gend = (gm.end("of") if gm.group("of") else gm.end("head")) if gm else e
        am = _AFTER_RE.match(low, gend)
        if (
            am
            and am.group(am.lastgroup or "aux") in _NEED_AUX
            and not (gm and am.group("aux").strip())
        ):
            am = None
        act = cue if cue and cue[0] == "active" else None
        if am and am.group("incl") and (gm is None or act or implied):
            am = None
        if am and act and _NUM_AHEAD.match(low, am.end()):
            am = None  # "killed 30 people injured 90": "injured" governs the next figure
        outcome: str | None = None
        start, end = s, gend
        if am:
            outcome, end = (am.lastgroup or "o_killed")[2:], am.end()
            passive.add(s)
        elif implied:
            outcome = implied
        elif act:
            if gm is None and (not _NEXT_OK.match(low, e) or act[1] == "detained"):
                continue
            outcome, start = act[1], act[2]
        elif cue and cue[0] == "toll_at":
            outcome, start = cue[1], cue[2]
        elif toll := next(
            (tl for tl in tolls if s - 90 <= tl[0] < s and _TOLL_TAIL.fullmatch(low, tl[1], s)),
            None,
        ):
            outcome, start = toll[2], toll[0]
        elif gm is not None:
            bare.append((s, gend, group, fig))
            continue
        else:
            continue
        found.append(_mention(text, start, end, outcome, group, fig))
    found.sort(key=lambda c: c.start)
    while bare:  # a chain "A, B and C were killed" links one figure per pass
        left = []
        for item in bare:
            outcome = _linked_outcome(low, item[0], item[1], found, passive)
            if outcome:
                found.append(_mention(text, item[0], item[1], outcome, item[2], item[3]))
                found.sort(key=lambda c: c.start)
            else:
                left.append(item)
        if len(left) == len(bare):
            break
        bare = left
    found.sort(key=lambda c: (c.start, c.end))
    return found


def _mention(
    text: str, start: int, end: int, outcome: str, group: str, fig: Figure
) -> CasualtyMention:
    lo, hi, qual = fig
    return CasualtyMention(
        start, end, text[start:end], outcome=outcome, group=group, min=lo, max=hi, qualifier=qual
    )


def _linked_outcome(
    low: str, s: int, e: int, found: list[CasualtyMention], passive: set[int]
) -> str | None:
    """Outcome for a bare figure: that of an enclosing or adjoining mention."""
    prev: CasualtyMention | None = None
    nxt: CasualtyMention | None = None
    for c in found:
        if c.start <= s and c.end >= e:
            return c.outcome
        if c.end <= s:
            prev = c
        elif c.start >= e and nxt is None:
            nxt = c
    if (
        prev is not None
        and _GAP_RE.fullmatch(low, prev.end, s)
        and not _VERB_NEXT.match(low, e)
        and (prev.start not in passive or _PART_GAP.search(low, prev.end, e))
    ):
        return prev.outcome
    if nxt is not None and _GAP_RE.fullmatch(low, e, nxt.start):
        return nxt.outcome
    return None
