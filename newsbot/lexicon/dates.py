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
#: More languages of the outlet families the issue names and of Europe: Malay, Tagalog, Polish and Czech
#: (genitive, as dates print them), Turkish, the Nordic languages, and the abbreviations French, German,
#: Italian and Spanish pages print ("5 janv. 2024", "5 Mrz 2024", "5 gen 2024"). Abbreviations that are
#: English words ("out", "set") are left out: a date is read from short lines that may be prose.
MORE_MONTHS: dict[str, int] = {
    # Malay
    "mac": 3,
    "julai": 7,
    "ogos": 8,
    "disember": 12,
    # Tagalog
    "pebrero": 2,
    "marso": 3,
    "hunyo": 6,
    "hulyo": 7,
    "setyembre": 9,
    "oktubre": 10,
    "nobyembre": 11,
    "disyembre": 12,
    # Polish
    "stycznia": 1,
    "lutego": 2,
    "marca": 3,
    "kwietnia": 4,
    "maja": 5,
    "czerwca": 6,
    "lipca": 7,
    "sierpnia": 8,
    "września": 9,
    "października": 10,
    "listopada": 11,
    "grudnia": 12,
    # Czech
    "ledna": 1,
    "února": 2,
    "března": 3,
    "dubna": 4,
    "května": 5,
    "června": 6,
    "července": 7,
    "srpna": 8,
    "září": 9,
    "října": 10,
    "listopadu": 11,
    "prosince": 12,
    # Turkish
    "ocak": 1,
    "şubat": 2,
    "mart": 3,
    "nisan": 4,
    "mayıs": 5,
    "haziran": 6,
    "temmuz": 7,
    "ağustos": 8,
    "eylül": 9,
    "ekim": 10,
    "kasım": 11,
    "aralık": 12,
    # Swedish, Norwegian, Danish
    "maj": 5,
    "augusti": 8,
    "desember": 12,
    # abbreviations: French, German, Italian, Spanish
    "janv": 1,
    "févr": 2,
    "fevr": 2,
    "avr": 4,
    "juil": 7,
    "déc": 12,
    "jän": 1,
    "mär": 3,
    "mrz": 3,
    "gen": 1,
    "mag": 5,
    "giu": 6,
    "lug": 7,
    "ago": 8,
    "ott": 10,
    "dic": 12,
    "ene": 1,
    "abr": 4,
}
#: Every month word above (Indonesian wins where a word is shared).
MONTHS: dict[str, int] = {**MORE_MONTHS, **EU_MONTHS, **EN_MONTHS, **ID_MONTHS}
#: Weekday names (Indonesian, English) as a regex alternation, printed before dates.
WEEKDAYS = (
    r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|mon|tue|wed|thu|fri|sat|sun)"
)

#: Country-code domains of countries that keep one clock (nearly all their news pages do): the zone a naive
#: time printed by an outlet on such a domain is read in, when the outlet and the page's locale name none.
#: Countries spanning several zones (us, ca, au, br, mx, ru, ...) are absent. Indonesia (three zones) is
#: here with Jakarta's: its national newsrooms print WIB, and a WITA/WIT time states its zone.
#: Second-level labels (".co.uk", ".com.au") are looked up by their last label.
COUNTRY_DOMAIN_ZONES: dict[str, str] = {
    "uk": "Europe/London",
    "ie": "Europe/Dublin",
    "de": "Europe/Berlin",
    "at": "Europe/Vienna",
    "ch": "Europe/Zurich",
    "li": "Europe/Vaduz",
    "fr": "Europe/Paris",
    "be": "Europe/Brussels",
    "lu": "Europe/Luxembourg",
    "nl": "Europe/Amsterdam",
    "it": "Europe/Rome",
    "es": "Europe/Madrid",
    "pl": "Europe/Warsaw",
    "cz": "Europe/Prague",
    "sk": "Europe/Bratislava",
    "hu": "Europe/Budapest",
    "ro": "Europe/Bucharest",
    "bg": "Europe/Sofia",
    "gr": "Europe/Athens",
    "dk": "Europe/Copenhagen",
    "se": "Europe/Stockholm",
    "no": "Europe/Oslo",
    "fi": "Europe/Helsinki",
    "is": "Atlantic/Reykjavik",
    "ee": "Europe/Tallinn",
    "lv": "Europe/Riga",
    "lt": "Europe/Vilnius",
    "si": "Europe/Ljubljana",
    "hr": "Europe/Zagreb",
    "rs": "Europe/Belgrade",
    "ua": "Europe/Kyiv",
    "tr": "Europe/Istanbul",
    "il": "Asia/Jerusalem",
    "eg": "Africa/Cairo",
    "za": "Africa/Johannesburg",
    "ng": "Africa/Lagos",
    "ke": "Africa/Nairobi",
    "gh": "Africa/Accra",
    "in": "Asia/Kolkata",
    "pk": "Asia/Karachi",
    "bd": "Asia/Dhaka",
    "lk": "Asia/Colombo",
    "np": "Asia/Kathmandu",
    "id": "Asia/Jakarta",
    "my": "Asia/Kuala_Lumpur",
    "sg": "Asia/Singapore",
    "ph": "Asia/Manila",
    "th": "Asia/Bangkok",
    "vn": "Asia/Ho_Chi_Minh",
    "hk": "Asia/Hong_Kong",
    "tw": "Asia/Taipei",
    "cn": "Asia/Shanghai",
    "jp": "Asia/Tokyo",
    "kr": "Asia/Seoul",
    "nz": "Pacific/Auckland",
    "ar": "America/Argentina/Buenos_Aires",
    "co": "America/Bogota",
    "pe": "America/Lima",
    "ve": "America/Caracas",
}

#: Class, id or itemprop words of an element holding the page's date ("post-date", "tanggal", "datum",
#: "fecha", "waktu"): en, id/ms, de/nl, es. Matched anywhere in the value (newsbot.extraction.metadata).
DATE_CLASS_WORDS: tuple[str, ...] = (
    "date",
    "time",
    "publish",
    "posted",
    "tanggal",
    "datum",
    "fecha",
    "meta",
    "dateline",
    "waktu",
)

#: The printed labels of an update time ("Updated 20:49, 5 Aug 2024", "Aktualisiert am", "Diperbarui",
#: "Letzte Änderung", "Oppdatert"), in lower case: a date after one of them is not the publication.
#: English, German, Indonesian, Malay, Tagalog, Spanish, French, Portuguese, Italian, Dutch, the Nordic
#: languages, Finnish, Polish, Czech, Turkish, Russian, Japanese/Chinese.
UPDATE_LABELS: tuple[str, ...] = (
    "updated",
    "last modified",
    "modified",
    "last edited",
    "edited",
    "revised",
    "aktualisiert",
    "zuletzt geändert",
    "letzte änderung",
    "diperbarui",
    "dikemas kini",
    "dikemaskini",
    "na-update",
    "actualizado",
    "actualizada",
    "modificado",
    "mis à jour",
    "modifié",
    "atualizado",
    "atualizada",
    "aggiornato",
    "modificato",
    "bijgewerkt",
    "oppdatert",
    "opdateret",
    "uppdaterad",
    "päivitetty",
    "zaktualizowano",
    "aktualizováno",
    "güncellendi",
    "güncelleme",
    "обновлено",
    "更新",
)
#: The printed labels of a publication time ("Published", "Erschienen am", "Diterbitkan", "Publicado"):
#: a line with one names the publication even when it names an update too. Stems: "publi" covers
#: published, publié, publicado, pubblicato, gepubliceerd, publisert, publicerad.
PUBLISH_LABELS: tuple[str, ...] = (
    "publi",
    "publik",
    "posted",
    "written",
    "created",
    "erschienen",
    "veröffentlicht",
    "verfasst",
    "erstellt",
    "geschrieben",
    "diterbitkan",
    "dipublikasikan",
    "terbit",
    "dibuat",
    "diposting",
    "disiarkan",
    "julkaistu",
    "yayın",
    "опубликовано",
    "公開",
    "发布",
)

#: The word between a date in words and its time ("Senin, 5 Maret 2024 pukul 14.30 WIB", "23. Mai 2018 um
#: 20:15 Uhr", "12 mars 2024 à 14h05", "23 de mayo de 2024 a las 20:15", "23 maggio 2018 alle 20:15",
#: "23 mei 2018 om 20:15", "5 June 2024 at 10:25", "14. maj 2024 kl. 10.12", "5.3.2024 klo 14.30"): id/ms, en,
#: de, fr, pt, es, it, nl, da/no/sv ("kl."), fi ("klo"). The order is the
#: patterns' (newsbot.extraction.dates, after a date in words and a numeric one; body and junk date lines):
#: "à" before "às", which matches after backtracking. Three copies of it (numeric dates, body._DATELINE,
#: junk._DATELINE_LINE) differed by a few words: one list changed no record of the devset and fixture pages
#: (benchmarks/record_dump.py, lexicon11).
DATE_TIME_LINKS: tuple[str, ...] = ("pukul", "jam", "at", "um", "à", "às", "a las", "alle", "om", "klo", "kl.", "kl")
#: The same after a month-first date ("May 23, 2018 at 8:15 PM"): en.
MONTH_FIRST_TIME_LINKS: tuple[str, ...] = ("at",)
#: The word after a time printed before its date ("4:23 PM ET on Tue November 29, 2016"): en.
TIME_BEFORE_DATE_LINKS: tuple[str, ...] = ("on",)
#: The word after a time ("20:15 Uhr"): de.
HOUR_WORDS: tuple[str, ...] = ("uhr",)
#: The word between day, month and year ("23 de mayo de 2024", "5 de março de 2024"): es, pt.
DAY_MONTH_LINKS: tuple[str, ...] = ("de",)
#: Suffixes of a day number before its month ("29th November", "1er mars"): en, fr.
DAY_BEFORE_MONTH_SUFFIXES: tuple[str, ...] = ("st", "nd", "rd", "th", "er")
#: Suffixes of a day number after its month ("November 29th"): en.
DAY_AFTER_MONTH_SUFFIXES: tuple[str, ...] = ("st", "nd", "rd", "th")

#: Parts of the class or itemprop of an element holding an update time ("updated", "date-modified",
#: "aktualisiert", "diperbarui", "fecha-actualizacion", "data-atualizacao", "data-aggiornamento"): stems of
#: en (also fr, es, pt, it: "modif"), de, id, es, pt, it, nl, ms ("dikemas kini"). Matched anywhere in the
#: value (newsbot.extraction.datecands).
UPDATE_CLASS_WORDS: tuple[str, ...] = (
    "updat",
    "modif",
    "aktualisiert",
    "diperbarui",
    "actualiz",
    "atualiz",
    "aggiorn",
    "bijgewerkt",
    "dikemas",
)
#: Parts of the class or itemprop of an element holding the publication time ("published", "posted-on",
#: "entry-date", "datePublished"): en (and the stem "publi" of fr, es, pt, it, nl).
PUBLISH_CLASS_WORDS: tuple[str, ...] = ("publi", "posted", "created", "entry-date", "datepublished")
#: Labels of an update time only as a label before it, not as a word in a sentence (UPDATE_LABELS are
#: both): "Update: 20:49", "Geändert am 5.8.2024". en, de.
UPDATE_LABELS_BEFORE_TIME: tuple[str, ...] = ("update", "geändert")
#: The word between an update label and its time ("Aktualisiert am", "Updated on", "Mis à jour le",
#: "Actualizado el", "Atualizado em", "Bijgewerkt op", "Aggiornato il", "Diperbarui pada", "Na-update
#: noong"): de, en, fr, es, pt, nl, it, id/ms, tl. The order is the pattern's.
UPDATE_LABEL_LINKS: tuple[str, ...] = ("am", "on", "le", "el", "em", "op", "il", "pada", "noong")
#: Words of a printed date itself besides weekdays and months ("on", "at", "um", "de", "del", "of"): what
#: is left of a link's text without them is a headline. en, de, es, pt.
DATE_LINE_WORDS: tuple[str, ...] = ("at", "on", "um", "de", "del", "of")

#: Class and id patterns (regular expressions, matched anywhere in the value) of containers whose dates
#: are not the article's: teasers for other stories, lists of other posts, rails, captions, comments,
#: navigation, and embedded social posts (their <time> is the post's: "Ein Beitrag geteilt von X am
#: <time>"). Mostly English CSS words; "baca-?juga" ("read also") and "terpopuler" ("most popular") are
#: Indonesian. Joined with "|" in this order (newsbot.extraction.datecands).
FOREIGN_DATE_CLASS_PATTERNS: tuple[str, ...] = (
    "related",
    "teaser",
    "recommend",
    "popular",
    "trending",
    "sidebar",
    "widget",
    "comment",
    "caption",
    "promo",
    "more-?(?:stories|news|articles|from)",
    "read-?(?:also|more|next)",
    "baca-?juga",
    "also-?read",
    "next-?(?:post|article|story)",
    "prev-?(?:post|article)",
    "newsletter",
    "footer",
    "breadcrumb",
    "archive",
    "carousel",
    "slider",
    "most-?read",
    "terpopuler",
    "ranking",
    "instagram-media",
    "twitter-tweet",
    "tiktok-embed",
    "fb-post",
)
