"""The words that tell casualty figures apart: who (head nouns) and what happened to them.

:mod:`warcheck.analysis.casualties` matches these around each number. Head nouns give a
figure's group ("civilians", "children", "fighters") and sometimes its outcome
("bodies", "refugees"); outcome words after a figure ("were killed") and cue
phrases before it (qualifiers such as "at least", verbs such as "killing", toll
phrases such as "the death toll rose to") give the rest.
"""

from __future__ import annotations

import re

# head noun -> (group, implied outcome or None)
HEADS: dict[str, tuple[str, str | None]] = {}


def word_list(s: str) -> list[str]:
    """Split a word list written as one string ("_" stands for a space inside a phrase)."""
    return [w.replace("_", " ") for w in s.split()]


def _heads(group: str, outcome: str | None, names: str) -> None:
    for w in word_list(names):
        HEADS[w] = (group, outcome)


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

SINGULAR = word_list(
    "civilian resident child kid boy girl minor infant baby toddler teenager "
    "woman mother fighter militant rebel jihadist gunman terrorist soldier "
    "policeman officer man person journalist doctor volunteer member commander body"
)

# words in the modifiers before a head noun that change its group
MOD_GROUPS: list[tuple[re.Pattern[str], str]] = [
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
FLEX_HEADS = frozenset(
    word_list(
        "people persons person individuals men man members member elements forces workers staff"
    )
)
MEMBER_OF_SOLDIERS = re.compile(
    r"\b(?:army|armed\s+forces|security|police|military|"
    r"troops|guard|forces)\b"
)
MEMBER_OF_CIVILIANS = re.compile(
    r"\b(?:family|families|staff|civil\s+defen[cs]e|"
    r"white\s+helmets|team|crew|tribe|clan|community)\b"
)
PEOPLE_HEADS = frozenset(word_list("people victims dead deaths casualties bodies fatalities"))

# outcome words after a figure ("... were killed")
OUTCOME_WORDS: list[tuple[str, str]] = [
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
NEED_AUX = frozenset({"flee", "fleeing", "fled", "die", "captured", "hurt"})

# cue phrases that may stand right before a figure: phrase -> (role, kind)
CUES: dict[str, tuple[str, str]] = {}


def _cues(role: str, kind: str, phrases: str) -> None:
    for p in phrases.split(","):
        CUES[" ".join(p.split())] = (role, kind)


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
