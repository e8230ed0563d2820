"""Text forms, keys and term matching: offsets kept, folding, whole words."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pytest

from warcheck import text
from warcheck.knowledge.gazetteer import fold_key

# Every awkward kind of character: curly quotes, dashes, diacritics from several
# Latin blocks, a combining mark, the dotted capital I, line breaks and no-break spaces.
MESSY = (
    "Ba’athist “regime” — so‑called\u00a0rebels in Ḩamāh,\nDeir ez-Zor\tand İdlib; "
    "Erdoğan’s Türkiye, Ma‘arrat al-Nu‘man, Ħal Far, þórr, e\u0301te, Œuvre. U.S. – 12 killed!"
)

FORMS: dict[str, Callable[[str], str]] = {
    "lower_same_length": text.lower_same_length,
    "match_form": text.match_form,
    "fold_form": text.fold_form,
    "place_form": text.place_form,
    "flat_form": lambda s: text.flat_form(text.lower_same_length(s)),
}
TABLES: dict[str, Mapping[int, str]] = {
    "MATCH_TABLE": text.MATCH_TABLE,
    "FOLD_TABLE": text.FOLD_TABLE,
    "PLACE_TABLE": text.PLACE_TABLE,
    "FLAT_TABLE": text.FLAT_TABLE,
}


@pytest.mark.parametrize("table", TABLES.values(), ids=list(TABLES))
def test_tables_map_one_character_to_one(table: Mapping[int, str]) -> None:
    assert table and all(len(v) == 1 for v in table.values())


@pytest.mark.parametrize("form", FORMS.values(), ids=list(FORMS))
def test_forms_keep_length_so_offsets_stay_valid(form: Callable[[str], str]) -> None:
    out = form(MESSY)
    assert len(out) == len(MESSY)
    # A word found in the form is at the same place in the text.
    at = MESSY.index("Deir")
    assert out[at : at + 4].lower() == "deir"


@pytest.mark.parametrize("form", FORMS.values(), ids=list(FORMS))
def test_forms_are_idempotent(form: Callable[[str], str]) -> None:
    once = form(MESSY)
    assert form(once) == once


KEYS: dict[str, Callable[[str], str]] = {
    "lookup_key": text.lookup_key,
    "outlet_key": text.outlet_key,
    "place_key": text.place_key,
    "flat_key": text.flat_key,
}


@pytest.mark.parametrize("key", KEYS.values(), ids=list(KEYS))
def test_keys_are_idempotent(key: Callable[[str], str]) -> None:
    once = key(MESSY)
    assert once and key(once) == once


def test_lower_same_length_lowers_the_dotted_capital_i() -> None:
    assert text.lower_same_length("İdlib ABC") == "idlib abc"


def test_match_form_lowers_the_dotted_capital_i_like_the_other_forms() -> None:
    assert text.match_form("İdlib") == text.lower_same_length("İdlib") == "idlib"


def test_match_form_straightens_quotes_and_dashes_but_keeps_hyphens_and_diacritics() -> None:
    form = text.match_form("The regime’s so–called ‘Ruhr’\nErdoğan")
    assert form == "the regime's so-called 'ruhr' erdoğan"


def test_fold_form_strips_diacritics_and_turns_hyphens_into_spaces() -> None:
    folded = text.fold_form("Ba’athist — Erdoğan’s Türkiye\nTurkish-backed")
    assert folded == "Ba'athist   Erdogan's Turkiye Turkish backed"


def test_place_form_folds_transliteration_letters_and_keeps_hyphens() -> None:
    assert text.place_form("Ḩamāh — Ra’s al-‘Ayn") == "Hamah - Ra's al-'Ayn"
    assert text.place_form("Ħal þórr") == "Hal torr"
    # fold_form leaves the letters it has no base for.
    assert text.fold_form("Ḩamāh Ħal") == "Ḩamah Ħal"


def test_flat_form_keeps_only_words() -> None:
    assert text.flat_form("al-bab: (12) killed!") == "al bab   12  killed "
    assert text.flat_form("regime’s “jets”") == text.flat_form('regime\'s "jets"')


def test_lookup_key_folds_case_spacing_and_diacritics() -> None:
    assert text.lookup_key("  Turkish-backed   MERCENARIES ") == "turkish backed mercenaries"
    assert text.lookup_key("Erdoğan’s") == text.lookup_key("erdogan's")
    assert text.lookup_key("U.S.") == "u.s."  # punctuation other than hyphens is kept
    assert text.lookup_key("IS  fighters", keep_case=True) == "IS fighters"


def test_outlet_key_ignores_punctuation_and_spacing() -> None:
    assert text.outlet_key("Al-Manar") == text.outlet_key("al manar") == "almanar"
    assert text.outlet_key("Enab Baladi (عنب بلدي)") == "enabbaladiعنببلدي"
    assert text.outlet_key("SANA") != text.outlet_key("SANAA")


def test_place_key_tokenises_names() -> None:
    assert text.place_key("Ra’s al-‘Ayn") == "ras al ayn"
    assert text.place_key("Ḩamāh") == "hamah"
    assert text.place_key("U.S.") == "us"
    assert text.place_tokens("Deir ez-Zor") == ["deir", "ez", "zor"]
    assert text.place_key("e\u0301te") == "ete"  # the combining accent is dropped


def test_place_keys_fold_arabic_transliteration_variants_together() -> None:
    spellings = ["Deir ez-Zor", "Dayr az Zawr", "Deir Ezzor", "Deir al-Zour", "Dair el-Zor"]
    assert len({fold_key(text.place_key(s)) for s in spellings}) == 1
    assert fold_key(text.place_key("Hama")) != fold_key(text.place_key("Homs"))


def test_flat_key_matches_flat_form_of_the_same_words() -> None:
    assert text.flat_key("Air-strike, (car) bomb") == "air strike car bomb"
    phrase = "the car–bomb"
    assert text.flat_key(phrase) in text.flat_form(text.lower_same_length(phrase))
    assert text.flat_key("Assad’s forces") == text.flat_key("Assad's forces") == "assad s forces"


def _found(terms: list[str], sentence: str, first: bool = False) -> list[str]:
    auto = text.term_automaton((t, t) for t in terms)
    low = text.match_form(sentence)
    return [sentence[s:e] for s, e, _ in text.find_terms(auto, low, 0, len(sentence), first=first)]


def test_find_terms_matches_whole_words_only() -> None:
    assert _found(["war", "killed"], "Warplanes killed; the war, a warning.") == ["killed", "war"]
    assert _found(["strike"], "an air-strike") == []  # a hyphen joins words
    assert _found(["air-strike"], "an air‑strike") == ["air‑strike"]  # any dash is a hyphen


def test_find_terms_returns_offsets_into_the_text_longest_first() -> None:
    sentence = "Rebels said: “Syrian Army units shelled”"
    auto = text.term_automaton([("syrian army", 1), ("syrian", 2), ("shelled", 3)])
    found = text.find_terms(auto, text.match_form(sentence), 0, len(sentence))
    assert [(sentence[s:e], v) for s, e, v in found] == [
        ("Syrian Army", 1),
        ("Syrian", 2),
        ("shelled", 3),
    ]


def test_find_terms_respects_the_window_and_first() -> None:
    sentence = "killed here, killed there"
    auto = text.term_automaton([("killed", None)])
    low = text.match_form(sentence)
    assert [s for s, _, _ in text.find_terms(auto, low, 5, len(sentence))] == [13]
    assert text.find_terms(auto, low, 0, 5) == []  # the term must end inside the window
    assert len(_found(["killed"], sentence, first=True)) == 1
    assert text.find_terms(auto, low, 10, 10) == []


def test_is_word_edge() -> None:
    assert text.is_word_edge("a war.", 2, 5)
    assert not text.is_word_edge("a wars", 2, 5)
    assert not text.is_word_edge("anti-war", 5, 8)


def test_finditer_from_finds_what_finditer_finds() -> None:
    import random
    import re

    from warcheck.text import finditer_from, word_starts

    words = ["head", "Head", "spokesman", "man", "General", "Gen"]
    pattern = re.compile(r"\b(?:spokesman|head|Head|General|Gen)\.?(?:,\s*|\s+)(?=[A-Z])")
    starts = word_starts(words)
    rng = random.Random(3)
    pieces = ["head ", "Head Ali ", "ahead Bo ", "spokesman, Ali ", "General Gen. Bo ", "x", " "]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(12)))
        found = [m.span() for m in finditer_from(pattern, starts, text)]
        assert found == [m.span() for m in pattern.finditer(text)]
    assert [m.group() for m in finditer_from(pattern, starts, "spokesman Gen. Ali")] == [
        "spokesman ",
        "Gen. ",
    ]
