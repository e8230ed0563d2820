"""Actors beyond Syria: generic heads in context, shared labels, every state, unknown actors.

Sentences written for warcheck (issue 13), one group per class of error found on unseen
articles: Syria taken as the default world, camp tallies from labels every camp uses,
states missing from the knowledge files, and organisations or people the files lack.
"""

from __future__ import annotations

import warcheck
from warcheck import knowledge
from warcheck.model import ActorMention

_SYRIAN = frozenset(a.id for a in knowledge.actors().values() if a.id.startswith("syrian_"))


def _actors(text: str, outlet: str | None = None) -> list[ActorMention]:
    return list(warcheck.analyze(text, outlet=outlet).actors)


def _at(text: str, words: str, outlet: str | None = None) -> ActorMention | None:
    """The actor mention covering the first occurrence of ``words``, if any."""
    start = text.index(words)
    return next((m for m in _actors(text, outlet) if m.start <= start < m.end), None)


def _state(m: ActorMention | None) -> str | None:
    """The country an actor mention stands for, by the actor's name ("Egypt", "Egypt's forces")."""
    if m is None or m.actor_id is None:
        return None
    return knowledge.actor(m.actor_id).country


# --- Syria as the default world ---------------------------------------------------------------


def test_state_media_elsewhere_is_not_syrian() -> None:
    m = _at("State media in Beijing reported the blast.", "State media")
    assert m is None or m.actor_id not in _SYRIAN
    assert m is None or m.kind == "media"


def test_security_forces_in_an_egyptian_story_are_egypts() -> None:
    text = "Security forces arrested three men in Cairo on Tuesday, the interior ministry said."
    m = _at(text, "Security forces")
    assert m is not None and _state(m) == "EG" and m.kind == "state_force"


def test_the_army_in_an_egyptian_story_is_egypts() -> None:
    text = "The army said it had killed five militants in North Sinai, Egypt, on Sunday."
    m = _at(text, "The army")
    assert m is not None and _state(m) == "EG"


def test_the_regime_elsewhere_is_not_syrian() -> None:
    m = _at("The regime in Pyongyang test-fired another missile on Friday.", "The regime")
    assert m is None or m.actor_id not in _SYRIAN


def test_generic_forces_without_any_country_are_not_syrian() -> None:
    for m in _actors("Security forces opened fire on protesters, witnesses said."):
        assert m.actor_id not in _SYRIAN


def test_dateline_decides_the_country() -> None:
    text = "AMMAN (Reuters) - Security forces arrested a cell that planned attacks, officials said."
    m = _at(text, "Security forces")
    assert m is not None and _state(m) == "JO"


def test_dateline_outweighs_a_passing_mention_of_syria() -> None:
    for text in (
        "AMMAN - The army said on Sunday it had shot down a drone carrying drugs from Syria.",
        "Amman (Reuters) - The army said it had shot down a drone carrying drugs from Syria.",
    ):
        m = _at(text, "The army")
        assert m is not None and _state(m) == "JO", text
    text = "CAIRO, March 3 (AFP) - Security forces said a bomb in Syria had killed two men."
    assert _state(_at(text, "Security forces")) == "EG"


def test_a_demonym_before_a_generic_head_names_its_state() -> None:
    m = _at("The Turkish security forces arrested 12 people in a dawn raid.", "security forces")
    assert m is not None and m.actor_id == "turkish_armed_forces" and m.text.startswith("Turkish")
    m = _at("Iraqi government forces retook the village from ISIS.", "government forces")
    assert m is not None and m.actor_id == "iraqi_forces"
    m = _at("North Korean state media said the launch succeeded.", "state media")
    assert m is not None and m.actor_id not in _SYRIAN and m.kind == "media"


def test_government_forces_without_a_country_are_not_syrian() -> None:
    text = "Al-Shabab fighters attacked a camp outside Afgoye hosting government forces."
    m = _at(text, "government forces")
    assert m is None or m.actor_id not in _SYRIAN
    m = _at("Government forces shelled Douma in Eastern Ghouta.", "Government forces")
    assert m is not None and m.actor_id == "syrian_government_forces"


def test_syrian_context_keeps_syrian_readings() -> None:
    text = "The regime shelled Douma in Eastern Ghouta, killing six civilians, activists said."
    m = _at(text, "regime")
    assert m is not None and m.actor_id == "syrian_government_forces"
    text = "Security forces opened fire on protesters in Homs on Friday."
    m = _at(text, "Security forces")
    assert m is not None and m.actor_id == "syrian_government_forces"
    text = "State media said the army repelled an attack near Aleppo."
    assert _at(text, "State media").actor_id == "syrian_state_media"  # type: ignore[union-attr]


def test_the_countrys_own_name_beats_stray_syrian_words() -> None:
    text = (
        "Egyptian security forces killed 12 militants in North Sinai. The army said the "
        "militants had fought in Syria. Security forces also arrested four suspects in Arish."
    )
    m = _at(text, "Security forces also")
    assert m is not None and _state(m) == "EG"


def test_plain_police_and_government_take_the_articles_state() -> None:
    text = "Police said two men were charged in Toronto on Thursday."
    assert _state(_at(text, "Police")) == "CA"
    text = "The authorities in Homs said the police arrested five men."
    assert _at(text, "The authorities").actor_id == "syrian_government"  # type: ignore[union-attr]
    assert _at(text, "the police").kind == "state_force"  # type: ignore[union-attr]
    assert _at("Police said two men were charged.", "Police") is None  # whose, nothing tells


# --- camp tallies -----------------------------------------------------------------------------

_CENTCOM = (
    "TAMPA, Florida - US Central Command said on Monday that coalition aircraft struck "
    "Daesh targets near Mosul, destroying a Daesh weapons cache."
)


def test_shared_label_is_not_credited_to_the_first_camp_listed() -> None:
    daesh = [m for m in _actors(_CENTCOM) if m.text == "Daesh"]
    assert daesh and all(m.actor_id == "isis" for m in daesh)
    assert all(m.label_camp != "syrian_government" for m in daesh)


def test_camp_tally_of_a_us_release_has_no_syrian_government() -> None:
    summary = warcheck.analyze(_CENTCOM).summary
    assert summary is not None
    assert "syrian_government" not in summary.label_camps
    assert "syrian_government" not in summary.camps


def test_shared_label_follows_the_outlets_camp() -> None:
    (m,) = [m for m in _actors("Daesh terrorists attacked Palmyra.", "SANA") if m.text == "Daesh"]
    assert m.label_camp == "syrian_government"


def test_single_camp_label_keeps_its_camp() -> None:
    m = _at("The Baathist regime shelled Hasakah.", "Baathist regime")
    assert m is not None and m.label_camp == "kurdish"


# --- every state ------------------------------------------------------------------------------


def test_country_name_as_speaker_is_the_state() -> None:
    m = _at("Egypt said the attack was an act of terrorism.", "Egypt")
    assert m is not None and m.kind == "government" and _state(m) == "EG"


def test_country_name_as_place_is_no_actor() -> None:
    assert _at("He flew to Egypt on Monday to visit his family.", "Egypt") is None


def test_demonym_before_military_noun_is_the_states_forces() -> None:
    for text, words, country in (
        ("Nigerian troops killed 20 militants near Maiduguri.", "Nigerian troops", "NG"),
        ("Pakistani army units raided a compound in Waziristan.", "Pakistani army", "PK"),
        ("Jordanian forces intercepted a drone near the border.", "Jordanian forces", "JO"),
        ("Ukrainian artillery shelled the positions overnight.", "Ukrainian artillery", "UA"),
    ):
        m = _at(text, words)
        assert m is not None and m.kind == "state_force" and _state(m) == country, text


def test_police_and_government_of_a_state() -> None:
    m = _at("Canadian police charged two men on Thursday.", "Canadian police")
    assert m is not None and m.kind == "state_force" and _state(m) == "CA"
    m = _at("The Kenyan government condemned the attack.", "Kenyan government")
    assert m is not None and m.kind == "government" and _state(m) == "KE"
    m = _at("The government of Mali declared a state of emergency.", "government of Mali")
    assert m is not None and m.kind == "government" and _state(m) == "ML"


def test_known_states_keep_their_entries() -> None:
    text = "Ukraine said Russian troops shelled Kharkiv overnight."
    assert _state(_at(text, "Ukraine")) == "UA"
    assert _at(text, "Russian troops").actor_id == "russian_forces"  # type: ignore[union-attr]
    assert _at("Turkey said it would respond.", "Turkey").actor_id == "turkey"  # type: ignore[union-attr]


# --- actors the knowledge files lack ----------------------------------------------------------


def _unknown(text: str, words: str) -> ActorMention:
    m = _at(text, words)
    assert m is not None, text
    assert m.actor_id is None and m.resolved_by == "unknown", m
    assert m.text.lower().find(words.lower()) >= 0 or words.lower().find(m.text.lower()) >= 0
    return m


def test_unknown_brigade_is_an_armed_group() -> None:
    m = _unknown("Fighters of the al-Abbas Brigade attacked a checkpoint.", "al-Abbas Brigade")
    assert m.kind == "armed_group" and "Abbas Brigade" in m.text
    m = _unknown("The Martyrs of Badr Battalion claimed the ambush.", "Martyrs of Badr Battalion")
    assert m.kind == "armed_group"


def test_unknown_ministry_is_a_government_body() -> None:
    m = _unknown("The Ministry of Health said 12 people were injured.", "Ministry of Health")
    assert m.kind == "government"
    m = _unknown("The Health Ministry said 12 people were injured.", "Health Ministry")
    assert m.kind == "government"


def test_unknown_party_is_political() -> None:
    m = _unknown(
        "The National Democratic Party called for calm in Tripoli.", "National Democratic Party"
    )
    assert m.kind == "political"


def test_named_spokesman_is_an_actor() -> None:
    m = _unknown("Spokesman John Doe said the group would retaliate.", "John Doe")
    assert m.text == "John Doe" and m.kind is None
    m = _unknown("The police spokesman, Ahmed Hassan, said two men were held.", "Ahmed Hassan")
    assert m.text == "Ahmed Hassan"


def test_known_actor_is_not_duplicated_as_unknown() -> None:
    m = _at("The Sultan Murad Division shelled Tal Rifaat.", "Sultan Murad Division")
    assert m is not None and m.actor_id == "sultan_murad_division"
    m = _at("The Syrian Ministry of Defence denied the report.", "Syrian Ministry of Defence")
    assert m is not None and m.actor_id is not None


def test_unknown_actors_are_in_the_json() -> None:
    data = warcheck.analyze("Fighters of the al-Abbas Brigade attacked a checkpoint.").to_dict()
    found = [a for a in data["actors"] if a["resolved_by"] == "unknown"]
    assert found and found[0]["actor_id"] is None and found[0]["kind"] == "armed_group"
