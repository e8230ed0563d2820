"""warcheck's closed vocabularies mapped onto ACLED's: the ACLED export and the reference data.

Names follow the ACLED Codebook (2023), tables of event and sub-event types,
and its geo- and time-precision codes. warcheck's PLOVER-style types
(accusations, denials, statements, meetings...) have no ACLED counterpart:
their ACLED ``event_type`` is left empty and ``warcheck_event_type`` says what
they are.
"""

from __future__ import annotations

_BATTLES = "Battles"
_REMOTE = "Explosions/Remote violence"
_CIVILIANS = "Violence against civilians"
_STRATEGIC = "Strategic developments"

ACLED_TYPES: dict[str, tuple[str, str]] = {
    "armed_clash": (_BATTLES, "Armed clash"),
    "government_regains_territory": (_BATTLES, "Government regains territory"),
    "non_state_actor_overtakes_territory": (_BATTLES, "Non-state actor overtakes territory"),
    "air_drone_strike": (_REMOTE, "Air/drone strike"),
    "shelling_artillery_missile_attack": (_REMOTE, "Shelling/artillery/missile attack"),
    "remote_explosive_landmine_ied": (_REMOTE, "Remote explosive/landmine/IED"),
    "suicide_bomb": (_REMOTE, "Suicide bomb"),
    "grenade": (_REMOTE, "Grenade"),
    "chemical_weapon": (_REMOTE, "Chemical weapon"),
    "attack": (_CIVILIANS, "Attack"),
    "abduction_forced_disappearance": (_CIVILIANS, "Abduction/forced disappearance"),
    "sexual_violence": (_CIVILIANS, "Sexual violence"),
    "arrests": (_STRATEGIC, "Arrests"),
    "looting_property_destruction": (_STRATEGIC, "Looting/property destruction"),
    "disrupted_weapons_use": (_STRATEGIC, "Disrupted weapons use"),
    "peaceful_protest": ("Protests", "Peaceful protest"),
    "protest_with_intervention": ("Protests", "Protest with intervention"),
    "excessive_force_against_protesters": ("Protests", "Excessive force against protesters"),
    "violent_demonstration": ("Riots", "Violent demonstration"),
    "mob_violence": ("Riots", "Mob violence"),
    "non_violent_transfer_of_territory": (_STRATEGIC, "Non-violent transfer of territory"),
    "headquarters_or_base_established": (_STRATEGIC, "Headquarters or base established"),
    "change_to_group_activity": (_STRATEGIC, "Change to group/activity"),
    "agreement": (_STRATEGIC, "Agreement"),
    "other_strategic": (_STRATEGIC, "Other"),
}

GEO_PRECISION: dict[str, int] = {
    "exact": 1,
    "neighbourhood": 1,
    "town": 1,
    "district": 2,
    "region": 2,
    "governorate": 3,
    "country": 3,
}
"""ACLED geo_precision: 1 the town itself, 2 a part of a region near it, 3 a province or larger."""

TIME_PRECISION: dict[str, int] = {"day": 1, "week": 2, "month": 3, "season": 3, "year": 3}
"""ACLED time_precision: 1 the day is known, 2 the week, 3 only the month (or less)."""
