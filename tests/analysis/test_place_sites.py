"""Sites: streets and buildings placed at the town named with them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from warcheck.analysis.place_sites import _SITE, _sites
from warcheck.analysis.places import find_places


def test_a_named_hospital_is_in_the_town_named_after_it_not_its_namesake() -> None:
    found = find_places("Shelling hit the al-Quds hospital in Aleppo on Monday.")
    site = found[0]
    assert (site.text, site.feature, site.country, site.admin1) == (
        "al-Quds hospital", "site", "SY", "Aleppo",
    )  # fmt: skip
    assert "Jerusalem" not in [p.name for p in found]


def test_a_town_before_a_lower_case_noun_stays_the_town() -> None:
    found = find_places("Shelling hit Aleppo hospital.")
    assert [(p.text, p.feature) for p in found] == [("Aleppo", "populated_place")]


def test_a_street_takes_the_town_the_text_is_about() -> None:
    text = "In New Orleans, Royal Street was busy. Frenchmen Street was quiet."
    sites = [p for p in find_places(text) if p.feature == "site"]
    assert [s.text for s in sites] == ["Royal Street", "Frenchmen Street"]
    assert all(s.name.endswith("New Orleans") for s in sites)


def test_a_possessive_town_is_the_sites_town() -> None:
    text = "He flew from Paris to London. London's Heathrow Animal Reception Center took the fish."
    site = next(p for p in find_places(text) if p.feature == "site")
    assert site.text == "Heathrow Animal Reception Center" and site.country == "GB"


def test_a_name_that_starts_with_a_town_stays_the_town() -> None:
    found = find_places("Doctors at Aleppo Military Hospital said so.")
    assert [(p.text, p.feature) for p in found] == [("Aleppo", "populated_place")]


def test_a_site_without_any_town_is_left_out() -> None:
    assert find_places("The Grand Central Station was crowded.") == []


_WORDS = st.sampled_from(
    ["Royal", "Street", "street", "of", "the", "de", "St.", "Mary", "al-Quds", "hospital",
     "Hospital", "University", "x-Ray", "Schools", "in", "Aleppo", "'s", "’s", "Center"]
)  # fmt: skip
_SEPARATORS = st.sampled_from([" ", " ", " ", "  ", ", ", "\n", "-", ". "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_WORDS, _SEPARATORS), max_size=40))
def test_the_noun_guided_search_finds_what_the_whole_pattern_finds(
    parts: list[tuple[str, str]],
) -> None:
    text = "".join(w + sep for w, sep in parts)
    assert [m.span() for m in _sites(text)] == [m.span() for m in _SITE.finditer(text)]


def test_sites_are_found_far_into_a_long_line() -> None:
    text = (
        "word " * 300
        + "the Royal Mary of St. Louis Memorial Street and University of the Holy Spirit"
    )
    assert [m.span() for m in _sites(text)] == [m.span() for m in _SITE.finditer(text)] != []


def test_grounds_clubs_and_facilities_are_sites_of_their_town() -> None:
    text = (
        "In Dubai, Thunder Snow won at Meydan Racecourse. Golfers cheered at Emirates Golf "
        "Club, and guests of the Jumeirah Creek Inn watched from the Mina Rashid Marina."
    )
    sites = {p.text: p.name for p in find_places(text) if p.feature == "site"}
    assert set(sites) == {
        "Meydan Racecourse", "Emirates Golf Club", "Jumeirah Creek Inn", "Mina Rashid Marina",
    }  # fmt: skip
    assert all(name.endswith("Dubai") for name in sites.values())


def test_bases_checkpoints_and_crossings_of_conflict_news_are_sites() -> None:
    text = "Troops at the Kweires Air Base and the Sheikh Issa Checkpoint near Aleppo fired."
    sites = [p for p in find_places(text) if p.feature == "site"]
    assert [s.text for s in sites] == ["Kweires Air Base", "Sheikh Issa Checkpoint"]
    assert {s.admin1 for s in sites} == {"Aleppo"}


def test_a_town_before_a_lower_case_facility_noun_stays_the_town() -> None:
    found = find_places("Jets struck Homs base and Latakia port.")
    assert [(p.text, p.feature) for p in found] == [
        ("Homs", "populated_place"), ("Latakia", "populated_place"),
    ]  # fmt: skip


def test_a_site_name_goes_on_over_of_and_takes_the_town_it_names() -> None:
    text = "Students of the Federal University of Technology protested in Owerri and Owerri."
    site = next(p for p in find_places(text) if p.feature == "site")
    assert site.text == "Federal University of Technology" and site.name.endswith("Owerri")
    text = "Damascus and Damascus were quiet, but shells hit the National Hospital of Aleppo."
    site = next(p for p in find_places(text) if p.feature == "site")
    assert site.text == "National Hospital of Aleppo" and site.admin1 == "Aleppo"


def test_a_compound_adjective_before_a_site_is_not_part_of_it() -> None:
    found = find_places("The Vatican-owned Bambino Gesu Paediatric Hospital in Rome refused.")
    assert [(p.text, p.feature) for p in found] == [
        ("Vatican", "country"),
        ("Bambino Gesu Paediatric Hospital", "site"),
        ("Rome", "populated_place"),
    ]


def test_two_names_before_a_plural_site_noun_are_two_sites() -> None:
    text = "In Chicago he collapsed at the corner of State and Hubbard streets."
    sites = [(p.text, p.name) for p in find_places(text) if p.feature == "site"]
    assert sites == [("State", "State, Chicago"), ("Hubbard", "Hubbard, Chicago")]
    assert not [p for p in find_places("Bread and Butter streets") if p.feature == "site"]


def test_a_town_written_right_after_a_site_ends_its_name_and_places_it() -> None:
    found = find_places("He studied at Robinson College Cambridge and later in London.")
    site = next(p for p in found if p.feature == "site")
    assert site.text == "Robinson College Cambridge" and site.name.endswith(", Cambridge")
    assert [p.text for p in found if p.feature != "site"] == ["London"]


def test_a_town_after_a_lower_case_site_noun_is_not_taken_in() -> None:
    found = find_places("The Lebanese TV station Aleppo Today said so.")
    assert not [p for p in found if p.feature == "site"]
