"""Time-zone abbreviations as news pages print them after a time ("15.26 EST", "04:23 pm ET", "20:15 WIB").

Each abbreviation maps to a fixed UTC offset ("+07:00") or, where the abbreviation names a region's
clock rather than one of its two seasons ("ET", "PT"), to the IANA zone, so that the date itself picks
standard or summer time. Where an abbreviation is ambiguous the reading news pages mean most often is
taken: IST is India's (+05:30; Irish and Israeli pages write GMT/IST-Irish and IDT/IST rarely next to a
clock time), CST is US Central (China's pages print "Beijing time" or +8), BST British Summer Time.

Covers Indonesia (WIB, WITA, WIT), Malaysia, Singapore, the Philippines, India, Japan, Korea, China,
Australia, North America, Europe and UTC/GMT.
"""

from __future__ import annotations

#: Abbreviation (upper case) -> "+HH:MM" offset or IANA zone name.
ZONE_ABBREVIATIONS: dict[str, str] = {
    # Indonesia, Malaysia, Singapore, Philippines
    "WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00", "MYT": "+08:00", "SGT": "+08:00", "PHT": "+08:00",
    "PHST": "+08:00", "PST": "-08:00",  # PST: Pacific Standard (the Philippines write PHT/PHST)
    # South and East Asia, Australia
    "IST": "+05:30", "JST": "+09:00", "KST": "+09:00", "HKT": "+08:00", "ICT": "+07:00", "PKT": "+05:00",
    "AEST": "+10:00", "AEDT": "+11:00", "ACST": "+09:30", "ACDT": "+10:30", "AWST": "+08:00",
    "NZST": "+12:00", "NZDT": "+13:00",
    # North America: season-specific ones fixed, generic ones by zone
    "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00",
    "PDT": "-07:00", "AKST": "-09:00", "AKDT": "-08:00", "HST": "-10:00",
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles",
    # Europe, Africa, South America
    "UTC": "+00:00", "GMT": "+00:00", "Z": "+00:00", "WET": "+00:00", "WEST": "+01:00", "BST": "+01:00",
    "CET": "+01:00", "CEST": "+02:00", "MEZ": "+01:00", "MESZ": "+02:00", "MET": "+01:00", "EET": "+02:00",
    "EEST": "+03:00", "MSK": "+03:00", "SAST": "+02:00", "WAT": "+01:00", "EAT": "+03:00", "BRT": "-03:00",
    "ART": "-03:00",
}

#: Abbreviations matched in any letter case: long or distinctive enough never to be a word of prose
#: ("wib" is written in lower case by some Indonesian templates). All others only in capitals: "ET",
#: "ART", "MET", "EAT", "WIT" are also words ("et" is French for "and").
ANY_CASE_ZONES: frozenset[str] = frozenset({"WIB", "WITA", "UTC", "GMT", "CEST", "CET", "MESZ", "MEZ", "WEST",
                                            "WET", "EEST", "EET", "BST", "BRT"})
