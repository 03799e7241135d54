"""Time-zone abbreviations as news pages print them after a time ("15.26 EST", "04:23 pm ET", "20:15 WIB").

Each abbreviation maps to a fixed UTC offset ("+07:00") or, where the abbreviation names a region's
clock rather than one of its two seasons ("ET", "PT"), to the IANA zone, so that the date itself picks
standard or summer time. Where an abbreviation is ambiguous the reading news pages mean most often is
taken: IST is India's (+05:30; Irish and Israeli pages write GMT/IST-Irish and IDT/IST rarely next to a
clock time), CST is US Central (China's pages print "Beijing time" or +8), BST British Summer Time.

Covers Indonesia (WIB, WITA, WIT), Malaysia, Singapore, the Philippines, India, Nepal, the Gulf, Japan, Korea,
China, Australia, North America, Europe, Turkey, Africa and UTC/GMT.
"""

from __future__ import annotations

#: Abbreviation (upper case) -> "+HH:MM" offset or IANA zone name.
ZONE_ABBREVIATIONS: dict[str, str] = {
    # Indonesia, Malaysia, Singapore, Philippines
    "WIB": "+07:00",
    "WITA": "+08:00",
    "WIT": "+09:00",
    "MYT": "+08:00",
    "SGT": "+08:00",
    "PHT": "+08:00",
    "PHST": "+08:00",
    "PST": "-08:00",  # PST: Pacific Standard (the Philippines write PHT/PHST)
    # South and East Asia, Australia
    "IST": "+05:30",
    "JST": "+09:00",
    "KST": "+09:00",
    "HKT": "+08:00",
    "ICT": "+07:00",
    "PKT": "+05:00",
    "AEST": "+10:00",
    "AEDT": "+11:00",
    "ACST": "+09:30",
    "ACDT": "+10:30",
    "AWST": "+08:00",
    "NZST": "+12:00",
    "NZDT": "+13:00",
    "AET": "Australia/Sydney",  # Australian Eastern Time: the date picks AEST or AEDT
    "NPT": "+05:45",
    "GST": "+04:00",  # Gulf Standard Time, as UAE and Omani outlets print it after a clock time
    # North America: season-specific ones fixed, generic ones by zone
    "EST": "-05:00",
    "EDT": "-04:00",
    "CST": "-06:00",
    "CDT": "-05:00",
    "MST": "-07:00",
    "MDT": "-06:00",
    "PDT": "-07:00",
    "AKST": "-09:00",
    "AKDT": "-08:00",
    "HST": "-10:00",
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    # Europe, Africa, South America
    "UTC": "+00:00",
    "GMT": "+00:00",
    "Z": "+00:00",
    "WET": "+00:00",
    "WEST": "+01:00",
    "BST": "+01:00",
    "CET": "+01:00",
    "CEST": "+02:00",
    "MEZ": "+01:00",
    "MESZ": "+02:00",
    "MET": "+01:00",
    "EET": "+02:00",
    "EEST": "+03:00",
    "MSK": "+03:00",
    "SAST": "+02:00",
    "WAT": "+01:00",
    "EAT": "+03:00",
    "CAT": "+02:00",
    "TRT": "+03:00",
    "BRT": "-03:00",
    "ART": "-03:00",
}

#: Abbreviations matched in any letter case: long or distinctive enough never to be a word of prose
#: ("wib" is written in lower case by some Indonesian templates). All others only in capitals: "ET",
#: "ART", "MET", "EAT", "WIT" are also words ("et" is French for "and").
ANY_CASE_ZONES: frozenset[str] = frozenset(
    {"WIB", "WITA", "UTC", "GMT", "CEST", "CET", "MESZ", "MEZ", "WEST", "WET", "EEST", "EET", "BST", "BRT"}
)


#: Month names and abbreviations -> month number: Indonesian (Malay shares most).
ID_MONTHS: dict[str, int] = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "pebruari": 2,
    "maret": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "nopember": 11,
    "desember": 12,
    "des": 12,
}
#: English month names and abbreviations.
EN_MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# German, French, Spanish, Portuguese, Italian and Dutch month names: the languages whose visible dates
# newsbot's outlets print; dateparser (slow) stays the fallback for the rest.
EU_MONTHS = {
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "märz": 3,
    "maerz": 3,
    "mai": 5,
    "juli": 7,
    "oktober": 10,
    "dezember": 12,
    "dez": 12,
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    "janeiro": 1,
    "fevereiro": 2,
    "março": 3,
    "maio": 5,
    "junho": 6,
    "julho": 7,
    "setembro": 9,
    "outubro": 10,
    "novembro": 11,
    "dezembro": 12,
    "gennaio": 1,
    "febbraio": 2,
    "aprile": 4,
    "maggio": 5,
    "giugno": 6,
    "luglio": 7,
    "settembre": 9,
    "ottobre": 10,
    "dicembre": 12,
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "mei": 5,
    "augustus": 8,
}
#: Every month word above (Indonesian wins where a word is shared).
MONTHS: dict[str, int] = {**EU_MONTHS, **EN_MONTHS, **ID_MONTHS}
#: Weekday names (Indonesian, English) as a regex alternation, printed before dates.
WEEKDAYS = (
    r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|mon|tue|wed|thu|fri|sat|sun)"
)
