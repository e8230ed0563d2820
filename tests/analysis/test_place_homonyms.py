"""Place homonyms: the place a name most likely stands for, among those it can."""

from __future__ import annotations

from warcheck.analysis.place_homonyms import Hit, resolve
from warcheck.analysis.places import find_places
from warcheck.knowledge.gazetteer import Place, load


def places(key: str) -> tuple[Place, ...]:
    g = load()
    return tuple(g.place(c) for c in g.exact[key])


def hit(text: str, words: str, key: str, province: bool = False) -> Hit:
    start = text.index(words)
    cands = places(key)
    owners = {(p.country, p.admin1, p.feature) for p in cands}
    owner = next(iter(owners)) if len(owners) == 1 else None
    return Hit(start, start + len(words), cands, len(cands), province, owner)


def test_a_city_is_preferred_to_the_governorate_of_its_name() -> None:
    text = "Shelling hit Homs."
    (m,) = resolve(text, [hit(text, "Homs", "homs")])
    assert (m.text, m.country, m.feature) == ("Homs", "SY", "populated_place")


def test_a_province_word_makes_it_the_governorate() -> None:
    text = "Shelling hit Homs province."
    (m,) = resolve(text, [hit(text, "Homs province", "homs", province=True)])
    assert (m.country, m.feature) == ("SY", "admin1")


def test_other_places_named_choose_among_homonyms() -> None:
    alone = "Clashes in Tripoli."
    (m,) = resolve(alone, [hit(alone, "Tripoli", "tripoli")])
    assert m.country == "LB"  # Syria's neighbour
    text = "Clashes in Tripoli, west of Benghazi."
    found = resolve(text, [hit(text, "Tripoli", "tripoli"), hit(text, "Benghazi", "benghazi")])
    assert [p.country for p in found] == ["LY", "LY"]


def test_a_province_named_right_after_a_village_wins() -> None:
    from warcheck.analysis.places import find_places

    text = "Clashes in al-Salehia village in the northern countryside of Raqqa province."
    assert find_places(text)[0].admin1 == "Raqqa"  # not the al-Salihiyah of Deir ez-Zor
    text = "Shelling on al-Salihiyah in the eastern countryside of Deir ez-Zor province."
    assert find_places(text)[0].admin1 == "Deir ez-Zor"


def test_a_province_after_a_list_or_a_clause_does_not_move_a_town() -> None:
    from warcheck.analysis.places import find_places

    found = find_places("Shelling hit Aleppo and Idlib province.")
    assert [(p.text, p.admin1) for p in found] == [
        ("Aleppo", "Aleppo"),
        ("Idlib province", "Idlib"),
    ]
    found = find_places(
        "They left Khan Sheikhun; missiles later struck an airbase in Homs province."
    )
    assert found[0].admin1 == "Idlib"


def test_news_agencies_are_not_places() -> None:
    from warcheck.analysis.places import find_places

    assert find_places("Xinhua reported the blast, and Yonhap confirmed it.") == []


def test_a_place_named_by_its_own_name_beats_one_it_is_an_alternate_name_of() -> None:
    found = find_places("The Venice Commission said the rules were a step back.")
    assert [(p.text, p.country) for p in found] == [("Venice", "IT")]  # not Dayton, Ohio
