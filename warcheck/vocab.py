"""Closed vocabularies: every term warcheck emits, with a one-line definition.

This module is the single place where these terms are defined. Help text,
exports, the JSON schema and the text report all read from here; a value that
is not a key of one of these dictionaries is never emitted.
"""

from __future__ import annotations

SCHEMA_ID = "warcheck.analysis/1"

PUBLISHED_FROM: dict[str, str] = {
    "argument": "given by the user (--published or the published= argument)",
    "metadata": "read from the page's HTML metadata",
    "dateline": "read from a dateline at the start of the text",
}

REMOVAL_REASON: dict[str, str] = {
    "comment form": 'A comment form or its fields ("Leave a Reply", "Post Comment").',
    "comments": "A readers' comments section.",
    "share links": "Share, print and social-media buttons.",
    "subscribe": "Newsletter, subscription or follow-us prompts.",
    "related posts": 'Links to other articles ("Related posts", "Read Also").',
    "tags": "Tag or category lists.",
    "cookie notice": "A cookie or privacy consent notice.",
    "site footer": "Copyright lines, legal links and site standards notes.",
    "advertisement": "An advertisement marker.",
    "update note": 'A "Last update" time stamp after the article.',
    "counters": "Bare view or share counts after the article.",
}

CAMPS: dict[str, str] = {
    "syrian_government": "The Syrian government, its armed forces and allied state media.",
    "pro_government": "Outlets and actors allied to Damascus (Russia, Iran, Hezbollah and their media).",
    "opposition": "The Syrian opposition: armed factions, the Coalition and their media.",
    "turkey": "The Turkish state and Turkish pro-government media.",
    "kurdish": "The SDF/YPG, the Autonomous Administration and their media.",
    "jihadist": "ISIS, al-Qaeda-aligned groups and their media.",
    "western": "US-led coalition governments and Western official usage.",
    "gulf": "Gulf states and Gulf-owned media.",
    "neutral": "Wire agencies, monitors and bodies that no camp owns.",
}

ACTOR_KIND: dict[str, str] = {
    "state_force": "Armed forces or security services of a state.",
    "government": "A state government, ministry or head of state as a political actor.",
    "armed_group": "A non-state armed group, faction or coalition of factions.",
    "militia": "A pro-government or auxiliary militia.",
    "monitor": "A group that documents violations or casualties.",
    "un_body": "A United Nations body or agency.",
    "ngo": "A humanitarian or civil-society organisation.",
    "media": "A news outlet or news agency.",
    "political": "A political party, council or administration.",
    "coalition": "A multinational military coalition.",
    "civilians": "Civilians, residents or protesters as a group.",
}

# The actor kinds that bear arms.
ARMED_KINDS = frozenset({"state_force", "armed_group", "militia", "coalition"})

ACTOR_RESOLUTION: dict[str, str] = {
    "alias": "The words are the actor's name or one of its aliases.",
    "label": "The words are a partisan label that one camp uses for exactly one actor.",
    "context": "The words are a label used for several actors; context chose this one.",
    "unresolved": "A label for several actors where context did not decide.",
    "unknown": "A name the knowledge files lack, found by its form ('the X Brigade',"
    " 'Ministry of Y', 'spokesman John Doe'): no actor id, kept for review.",
}

PLACE_PRECISION: dict[str, str] = {
    "exact": "A specific site: a building, crossing, dam or airport.",
    "neighbourhood": "A neighbourhood or quarter of a town.",
    "town": "A city, town or village.",
    "district": "A district or sub-district (mantiqa / nahiya).",
    "governorate": "A governorate, province or other first-level unit.",
    "country": "A whole country.",
    "region": "A region, river or area that crosses administrative lines.",
}

PLACE_FEATURE: dict[str, str] = {
    "country": "A sovereign state or territory.",
    "admin1": "A first-level administrative unit (governorate, province).",
    "district": "A second- or third-level administrative unit.",
    "populated_place": "A city, town or village.",
    "neighbourhood": "A neighbourhood, quarter or camp inside a town.",
    "site": "A specific facility or landmark.",
    "river": "A river or water body.",
    "region": "A named region, plain, mountain range or area.",
}

TIME_PRECISION: dict[str, str] = {
    "day": "A single day is meant.",
    "week": "A week or a few days is meant.",
    "month": "A calendar month is meant.",
    "season": "A season or quarter of a year is meant.",
    "year": "A calendar year is meant.",
    "unknown": "The expression is temporal but its extent is not known.",
}

TIME_ANCHOR: dict[str, str] = {
    "absolute": 'The expression names its date fully ("5 April 2017").',
    "published": 'Resolved against the publication date ("yesterday", "on Sunday").',
    "previous": 'Resolved against the previous time in the text ("the 18th of the same month").',
    "none": "Relative, with nothing to anchor it: left unresolved.",
}

TIME_KIND: dict[str, str] = {
    "date": "A point in time (day, month or year).",
    "range": "An interval with a start and an end.",
    "duration": 'A length of time ("for three days"), not placed on the calendar.',
}

CASUALTY_OUTCOME: dict[str, str] = {
    "killed": "Killed or dead, including bodies found.",
    "injured": "Wounded or injured.",
    "displaced": "Forced from their homes, fled or displaced.",
    "missing": "Missing or unaccounted for.",
    "detained": "Arrested, detained or abducted.",
    "affected": 'Killed or injured together ("casualties", "victims").',
}

CASUALTY_GROUP: dict[str, str] = {
    "civilians": "Civilians, residents, people not said to be fighters.",
    "children": "Children or minors.",
    "women": "Women.",
    "fighters": "Fighters of a non-state armed group.",
    "soldiers": "Members of state armed forces or police.",
    "unspecified": "People, with no group stated.",
}

NUMBER_QUALIFIER: dict[str, str] = {
    "exact": "A plain figure.",
    "at_least": '"At least": the figure is a lower bound.',
    "more_than": '"More than", "over": strictly above the figure.',
    "about": '"About", "nearly", "some": an approximation.',
    "up_to": '"Up to", "at most": the figure is an upper bound.',
    "range": 'Two figures ("10 to 15").',
    "vague": 'A word like "dozens" or "scores": an open range from the least it means (24).',
}

PERSUASION_TECHNIQUE: dict[str, str] = {
    "Loaded_Language": "Words with strong emotional implications used to sway the reader.",
    "Name_Calling-Labeling": "Labelling the object of the propaganda as something the reader fears or hates.",
    "Exaggeration-Minimisation": "Representing something as larger, better or worse than it is.",
    "Doubt": "Questioning the credibility of someone or something.",
    "Appeal_to_Fear-Prejudice": "Seeking support by building fear or prejudice.",
    "Flag_Waving": "Appealing to group pride or identity to justify an idea.",
    "Causal_Oversimplification": "Assuming a single cause for a complex outcome.",
    "Repetition": "Repeating the same message so that it is accepted.",
    "Questioning_the_Reputation": "Attacking the reputation of the target rather than the argument.",
    "Guilt_by_Association": "Attacking the target by linking it to a group the reader despises.",
    "Conversation_Killer": "Words that discourage critical thought and debate.",
}

CUE_KIND: dict[str, str] = {
    "loaded_language": 'Emotionally charged wording ("massacre", "dirty means").',
    "name_calling": 'A partisan label for an actor ("regime", "mercenaries", "terrorists").',
    "exaggeration": 'Overstatement or absolute wording ("totally incapable").',
    "sectarian": 'A sectarian term for a group ("Rafidha", "Nusayris").',
    "hedge": 'Wording that weakens the claim ("seems", "reportedly", "with all likelihood").',
    "allegation": 'Wording that presents the claim as someone\'s allegation ("claims", "alleged").',
    "denial": 'Wording that denies the claim ("denied", "refuted").',
    "conditional": 'Wording that makes the claim conditional ("if", "would").',
    "opinion": "Wording of judgement or evaluation rather than report.",
    "honorific": 'A term that honours one side\'s dead or fighters ("martyrs", "heroes").',
}

SOURCE_TYPE: dict[str, str] = {
    "party": "A named party to the conflict (an armed force, group or its spokesperson).",
    "official": "A government or official body that is not itself fighting here.",
    "monitor": "A monitoring or documentation group (SOHR, SNHR, VDC, Civil Defence).",
    "wire": "A wire or news agency (Reuters, AFP, AP, SANA...).",
    "media": "Another news outlet.",
    "witness": "A named or described eyewitness, resident or activist.",
    "anonymous": 'Unnamed sources ("local sources", "our private sources").',
    "outlet": "The outlet itself, with no source given: an unsourced assertion.",
}

REPORT_STANCE: dict[str, str] = {
    "said": "Neutral report (said, stated, reported, announced).",
    "confirmed": "The source presents it as confirmed (confirmed, verified).",
    "claimed": "The writer distances itself from the claim (claimed, alleged).",
    "accused": "The source accuses another party.",
    "denied": "The source denies it.",
}

CERTAINTY: dict[str, str] = {
    "asserted": "Stated as fact.",
    "hedged": 'Stated with a hedge that weakens it ("seems", "reportedly").',
    "alleged": "Presented as an allegation or claim of a party.",
    "denied": "Presented as denied.",
    "conditional": "Stated as conditional or hypothetical.",
    "opinion": "A judgement or evaluation rather than a report of fact.",
}

PARTICIPANT_ROLE: dict[str, str] = {
    "agent": "The actor the claim says did it (the doer; the first side of a clash or meeting).",
    "counterpart": "The other side of a two-sided event: a clash, a meeting, an agreement.",
    "target": "The actor the claim says was hit, attacked or harmed.",
    "target (from sentence)": "The other side, taken from elsewhere in the sentence: inferred.",
}

CLAIM_KIND: dict[str, str] = {
    "event": "Something that happened at a place and time.",
    "statement": "Something someone said, announced or demanded.",
    "opinion": "A judgement, evaluation or interpretation.",
    "background": "Context: history, geography, standing facts.",
}

# ACLED sub-event types (violence) and PLOVER-style types for the rest.
EVENT_TYPE: dict[str, str] = {
    "armed_clash": "ACLED Armed clash: armed, organised groups fight each other.",
    "government_regains_territory": "ACLED: state forces regain control of a location.",
    "non_state_actor_overtakes_territory": "ACLED: a non-state group takes control of a location.",
    "air_drone_strike": "ACLED Air/drone strike: an attack from the air.",
    "shelling_artillery_missile_attack": "ACLED Shelling/artillery/missile attack: long-range fire.",
    "remote_explosive_landmine_ied": "ACLED Remote explosive/landmine/IED: a planted explosive.",
    "suicide_bomb": "ACLED Suicide bomb: an attack by a person detonating explosives.",
    "grenade": "ACLED Grenade: an attack with a hand grenade.",
    "chemical_weapon": "ACLED Chemical weapon: use of chemical or toxic agents.",
    "attack": "ACLED Attack: an armed group attacks civilians or unarmed people.",
    "abduction_forced_disappearance": "ACLED Abduction/forced disappearance.",
    "sexual_violence": "ACLED Sexual violence.",
    "arrests": "ACLED Arrests: state forces detain people.",
    "looting_property_destruction": "ACLED Looting/property destruction.",
    "disrupted_weapons_use": "ACLED Disrupted weapons use: explosives defused or weapons seized.",
    "peaceful_protest": "ACLED Peaceful protest.",
    "protest_with_intervention": "ACLED Protest with intervention: protesters dispersed or detained.",
    "excessive_force_against_protesters": "ACLED Excessive force against protesters.",
    "violent_demonstration": "ACLED Violent demonstration: demonstrators use violence.",
    "mob_violence": "ACLED Mob violence.",
    "non_violent_transfer_of_territory": "ACLED: territory changes hands without fighting.",
    "headquarters_or_base_established": "ACLED: a group establishes a base or headquarters.",
    "change_to_group_activity": "ACLED: a group's activity changes (recruitment, training...).",
    "agreement": "ACLED Agreement / PLOVER AGREE: parties reach or implement an agreement.",
    "diplomatic_event": "ACLED Diplomatic event: talks, visits, diplomatic moves.",
    "other_strategic": "ACLED Other: a strategic development not covered elsewhere.",
    "meet": "PLOVER CONSULT: a meeting or consultation between parties.",
    "accuse": "PLOVER ACCUSE: one party accuses another.",
    "claim_responsibility": "A group claims, or is credited with, responsibility for an attack.",
    "deny": "PLOVER deny: a party denies a claim or responsibility.",
    "move_forces": "PLOVER MOBILIZE/transfer: forces or fighters moved or redeployed.",
    "aid": "PLOVER AID: humanitarian or material aid delivered.",
    "threaten": "PLOVER THREATEN.",
    "demand": "PLOVER DEMAND: a party demands or calls for action.",
    "statement": "PLOVER statement: a public statement that is none of the above.",
    "man_made_disaster": "Not a conflict event: an accident or man-made disaster.",
    "natural_disaster": "Not a conflict event: a natural disaster.",
    "organized_crime": "Not a conflict event: criminal activity.",
    "other": "None of the types above.",
}

# Where the summary found the main event's perpetrator ("implied by the weapon (barrel bombs)").
PERPETRATOR_FROM: dict[str, str] = {
    "main claim": "The main event's own claim names the doer.",
    "the lead": "Another claim of the headline or lead telling the main event names the doer.",
    "other claims of the same event type": "The doer most named by other claims of that type.",
    "a claim of responsibility": "A group claiming responsibility for the attack.",
    "the next sentences": "The doer of violence told in the two sentences after the main claim.",
    "implied by the weapon": "A weapon only one party is documented to use (weapons.json).",
}

# Families of event types: claims of one incident may differ in type within a family,
# and the violent families may describe one incident (reports disagree on the weapon).
EVENT_FAMILY: dict[str, str] = {
    "battle": "ACLED Battles: armed clashes and changes of territory by force.",
    "explosion": "ACLED Explosions/Remote violence: strikes, shelling, bombs, grenades, chemical weapons.",
    "violence_against_civilians": "ACLED Violence against civilians: attacks, abductions, sexual violence.",
    "protest_riot": "ACLED Protests and Riots.",
    "strategic": "ACLED Strategic developments, arrests, moves of forces and aid.",
    "verbal": "PLOVER verbal events: statements, claims and denials, accusations, meetings, agreements.",
    "non_conflict": "Accidents, disasters and crime: not conflict events.",
}

# Airwars-style grades of a claim, given by the cross-check (warcheck.crosscheck.grades).
GRADE: dict[str, str] = {
    "confirmed": "A party accepts responsibility: a claim of responsibility in the same incident names the claim's perpetrator (or names one where the claim names none).",
    "fair": "Two or more independent origins (copies of one story count once; a matched reference event that agrees, ACLED or UCDP GED, counts as one) report the incident and none of the claim's facts is disputed.",
    "weak": "A single origin reports it, however many copies of that origin there are.",
    "contested": "Competing claims of responsibility, a denial, or killed figures, places or dates that disagree beyond the stated tolerance (CONTRADICTION_KIND), or a matched reference event whose killed figure or perpetrator disagrees.",
    "discounted": "Shown wrong by stronger evidence: the claim's disputed fact is given otherwise by at least two more independent origins than give it, or, for an asserted main claim no other independent origin reports, a reference event of the same day, family and precise place gives a killed figure off by more than 10 people and half the larger, or another perpetrator.",
    "not_assessed": "Not graded: background, opinion or a claim with no event, or not cross-checked yet.",
}

ADMIRALTY_RELIABILITY: dict[str, str] = {
    "A": "Completely reliable: never given automatically (it needs a long record checked by hand).",
    "B": "Usually reliable: a monitor or wire agency is the source, or a known outlet of the neutral camp reports on its own word.",
    "C": "Fairly reliable: an official not fighting here, an eyewitness, another outlet, or a known outlet of a camp on its own word.",
    "D": "Not usually reliable: a party to the conflict is the source (its own claims about the fighting).",
    "E": "Unreliable: unnamed sources only.",
    "F": "Reliability cannot be judged: an unknown outlet on its own word.",
}

ADMIRALTY_CREDIBILITY: dict[str, str] = {
    "1": "Confirmed by other sources: at least two other independent origins agree (a matched reference event that agrees counts as one) and none disputes.",
    "2": "Probably true: one other independent origin agrees and none disputes.",
    "3": "Possibly true: a single origin, asserted, nothing disputes it.",
    "4": "Doubtful: hedged, alleged or disputed (the claim is contested).",
    "5": "Improbable: stronger evidence in the corpus or reference data gives it otherwise (the claim is discounted).",
    "6": "Truth cannot be judged: the claim is not assessed.",
}

# The camp of an outlet as the cross-check reports it: a camp, or unknown.
OUTLET_CAMP: dict[str, str] = {
    **CAMPS,
    "unknown camp": "An outlet that is not in the knowledge files: its camp is not guessed.",
}

# Why two articles count as one origin (warcheck.crosscheck.origins).
ORIGIN_LINK: dict[str, str] = {
    "same text": "Near-duplicate text: Jaccard of word 5-shingles at least 0.5, or 80% of the shorter text's shingles in the longer.",
    "wire credit": 'Both credit the same wire agency ("(Reuters)", "--AFP", "BEIRUT (AP) -").',
    "same quotes and figures": "The same quotes and figures in the same order (at least 4, 2 of them quotes).",
}

# What the claims of one incident can disagree on (warcheck.crosscheck.contradictions).
CONTRADICTION_KIND: dict[str, str] = {
    "perpetrator": "The claims name different perpetrators (actors not part of one another).",
    "killed": "Killed figures disagree by more than the tolerance (2 people or 25% of the larger figure).",
    "place": "Precise places (a town or finer) lie farther apart than their radii allow.",
    "date": "Day-precise dates of the violent event differ by more than one day.",
    "denial": "One claim denies what others assert.",
}

# Reference event datasets `warcheck reference import` reads (warcheck.crosscheck.reference).
REFERENCE_FORMAT: dict[str, str] = {
    "auto": "Told by the file's header: ACLED's event_id_cnty and event_date, or UCDP GED's type_of_violence and date_start.",
    "acled": "An ACLED CSV export (ACLED Codebook 2023 columns), one event per row.",
    "ucdp": "A UCDP GED CSV file (UCDP GED Codebook columns), one event per row.",
}

EVAL_METRIC: dict[str, str] = {
    "governorate_accuracy": "FA-KES: share of articles whose main place lies in the crowd's governorate.",
    "published_date_accuracy": "FA-KES: share whose publication date read from the text is the dataset's.",
    "civilians_exact": "FA-KES: share whose headline count of civilians killed equals the crowd's.",
    "children_exact": "FA-KES: share whose headline count of children killed equals the crowd's.",
    "perpetrator_accuracy": "FA-KES: share whose main event's perpetrator falls in the crowd's class.",
    "cause_accuracy": "FA-KES: share whose main event's means of killing is the crowd's cause of death.",
    "main_event_type": "Main event: share of articles whose main event has the hand-read event type.",
    "main_event_perpetrator": "Main event: share whose perpetrator is the hand-read actor (or its parent or child), or none when none is.",
    "main_event_place_50km": "Main event: share whose place lies within 50 km of the hand-read place.",
    "main_event_date": "Main event: share whose dates lie inside the hand-read event date.",
    "main_event_killed": "Main event: share whose toll (MainEvent.killed) is the hand-read one (or both none).",
    "main_event_source": "Main event: share whose outermost source type is the hand-read one.",
    "main_event_certainty": "Main event: share whose certainty is the hand-read one.",
    "weighted_f1": "CASE 2021: F1 per ACLED sub-event type, averaged weighted by class size.",
    "accuracy": "CASE 2021: share of snippets given the gold sub-event type.",
    "macro_f1": "CASE 2021: F1 per ACLED sub-event type, averaged with equal weight.",
    "bcubed_precision": "Incidents: per article, the share of its predicted incident in its gold one, averaged.",
    "bcubed_recall": "Incidents: per article, the share of its gold incident in its predicted one, averaged.",
    "bcubed_f1": "Incidents: harmonic mean of B-cubed precision and recall.",
    "pairwise_precision": "Incidents: share of article pairs put together that share a gold incident.",
    "pairwise_recall": "Incidents: share of article pairs sharing a gold incident that were put together.",
    "pairwise_f1": "Incidents: harmonic mean of pairwise precision and recall.",
    "incident_ratio": "Incidents: number of predicted incidents divided by the number of gold ones.",
    "precision_exact": "Geoparsing: share of place mentions whose span equals a gold toponym's.",
    "recall_exact": "Geoparsing: share of gold toponyms found with exactly their span.",
    "f1_exact": "Geoparsing: harmonic mean of precision_exact and recall_exact.",
    "precision_overlap": "Geoparsing: share of place mentions overlapping a gold toponym (one to one).",
    "recall_overlap": "Geoparsing: share of gold toponyms overlapped by a place mention (one to one).",
    "f1_overlap": "Geoparsing: harmonic mean of precision_overlap and recall_overlap.",
    "acc161": "Geoparsing: share of overlap-matched toponyms resolved within 161 km of the gold point.",
    "mean_error_km": "Geoparsing: mean distance in km between resolved and gold points of matched toponyms.",
    "median_error_km": "Geoparsing: median distance in km between resolved and gold points of matched toponyms.",
}

INPUT_FORMAT: dict[str, str] = {
    "auto": "Detected per source: by content first (WARC, feed, JSON Lines, HTML, CSV header), then media type and extension.",
    "txt": "A plain-text file: one article.",
    "html": "An HTML page: one article, its main text extracted.",
    "csv": "A CSV (or TSV) table with a header: one article per row (FA-KES or generic columns).",
    "jsonl": "JSON Lines: one JSON object per line, one article each.",
    "rss": "An RSS or Atom feed: one article per entry.",
    "warc": "A WARC (or ARC) web archive: one article per HTML response record.",
    "parquet": "A Parquet table: one article per row, the CSV's columns (needs warcheck[dask]).",
}

EXPORT_FORMAT: dict[str, str] = {
    "jsonl": "JSON Lines: one full analysis document (warcheck.analysis/1) per article.",
    "acled-csv": "ACLED-style CSV: one row per claim, ACLED's column names, fatalities the conservative figure, then warcheck's (incident, grade...).",
    "geojson": "GeoJSON FeatureCollection: one Point per claim place, with claim, article, outlet, type, dates, incident and grade.",
    "claimreview": "schema.org ClaimReview JSON-LD: a list with one review per graded claim, the rating named after its grade, the reasoning from its evidence.",
}

ALL: dict[str, dict[str, str]] = {
    "published_from": PUBLISHED_FROM,
    "removal_reason": REMOVAL_REASON,
    "camp": CAMPS,
    "actor_kind": ACTOR_KIND,
    "actor_resolution": ACTOR_RESOLUTION,
    "place_precision": PLACE_PRECISION,
    "place_feature": PLACE_FEATURE,
    "time_precision": TIME_PRECISION,
    "time_anchor": TIME_ANCHOR,
    "time_kind": TIME_KIND,
    "casualty_outcome": CASUALTY_OUTCOME,
    "casualty_group": CASUALTY_GROUP,
    "number_qualifier": NUMBER_QUALIFIER,
    "persuasion_technique": PERSUASION_TECHNIQUE,
    "cue_kind": CUE_KIND,
    "source_type": SOURCE_TYPE,
    "report_stance": REPORT_STANCE,
    "certainty": CERTAINTY,
    "participant_role": PARTICIPANT_ROLE,
    "claim_kind": CLAIM_KIND,
    "event_type": EVENT_TYPE,
    "perpetrator_from": PERPETRATOR_FROM,
    "event_family": EVENT_FAMILY,
    "grade": GRADE,
    "admiralty_reliability": ADMIRALTY_RELIABILITY,
    "admiralty_credibility": ADMIRALTY_CREDIBILITY,
    "contradiction_kind": CONTRADICTION_KIND,
    "outlet_camp": OUTLET_CAMP,
    "origin_link": ORIGIN_LINK,
    "reference_format": REFERENCE_FORMAT,
    "eval_metric": EVAL_METRIC,
    "input_format": INPUT_FORMAT,
    "export_format": EXPORT_FORMAT,
}
