"""The words that tell casualty figures apart: who (head nouns) and what happened to them.

:mod:`warcheck.analysis.casualties` matches these around each number. Head nouns give a
figure's group ("civilians", "children", "fighters") and sometimes its outcome
("bodies", "refugees"); outcome words after a figure ("were killed") and cue
phrases before it (qualifiers such as "at least", verbs such as "killing", toll
phrases such as "the death toll rose to") give the rest. The words are data:
``knowledge/data/casualty_words.json``, read here once, when the module is imported.
"""

from __future__ import annotations

import re

from warcheck.knowledge import lexicons

_LEXICON = "casualty_words"


def _pattern(key: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicons.pattern(_LEXICON, key)})\b")


# head noun -> (group, implied outcome or None)
HEADS: dict[str, tuple[str, str | None]] = {
    term: (g["group"], g["outcome"]) for g in lexicons.groups(_LEXICON, "heads") for term in g.terms
}

SINGULAR = list(lexicons.terms(_LEXICON, "singular_heads"))

# words in the modifiers before a head noun that change its group
MOD_GROUPS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"\b(?:{lexicons.alternation(g.terms)})\b"), g["group"])
    for g in lexicons.groups(_LEXICON, "modifier_groups")
]
FLEX_HEADS = lexicons.term_set(_LEXICON, "flex_heads")
MEMBER_OF_SOLDIERS = _pattern("member_of_soldiers")
MEMBER_OF_CIVILIANS = _pattern("member_of_civilians")
PEOPLE_HEADS = lexicons.term_set(_LEXICON, "people_heads")

# outcome words after a figure ("... were killed")
OUTCOME_WORDS: list[tuple[str, str]] = [
    (g["outcome"], lexicons.alternation(g.terms)) for g in lexicons.groups(_LEXICON, "outcomes")
]
NEED_AUX = lexicons.term_set(_LEXICON, "outcomes_needing_aux")

# cue phrases that may stand right before a figure: phrase -> (role, kind)
CUES: dict[str, tuple[str, str]] = {
    term: (g["role"], g["kind"]) for g in lexicons.groups(_LEXICON, "cues") for term in g.terms
}

#: Words that cannot be a modifier between a number and its head noun.
STOP_WORDS = lexicons.terms(_LEXICON, "stop_words")
#: Words that may stand between a figure and its outcome word ("were reportedly").
AUX_WORDS = lexicons.terms(_LEXICON, "aux_words")
#: Words that may follow a figure and end it ("... in", "... on Monday").
NEXT_WORDS = lexicons.terms(_LEXICON, "next_words")
#: Words that tie a toll phrase to its figure ("rose to", "reached").
TOLL_LINKS = lexicons.terms(_LEXICON, "toll_links")
