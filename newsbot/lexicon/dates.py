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
    # dates13: zones news pages print after a clock time that the list above lacked. Canada's Newfoundland
    # and Atlantic summer time, German names of the Western and Eastern European clocks (WEZ, OESZ), the
    # French-Canadian ones (HNE "heure normale de l'Est", HAE "heure avancée de l'Est"), Israel's summer
    # time, Iran, Afghanistan, Bangladesh, Myanmar, Brunei, the Maldives, Sri Lanka, Guam, Hawaii's summer
    # time, the Caucasus and Central Asia, Russia's zones east of Moscow, and South America. "AST" is
    # left out: Atlantic (-04:00) on North American pages, Arabia (+03:00) on Gulf ones.
    "NST": "-03:30",
    "NDT": "-02:30",
    "ADT": "-03:00",
    "WEZ": "+00:00",
    "WESZ": "+01:00",
    "OEZ": "+02:00",
    "OESZ": "+03:00",
    "HNE": "-05:00",
    "HAE": "-04:00",
    "HNC": "-06:00",
    "HAC": "-05:00",
    "HNR": "-07:00",
    "HAR": "-06:00",
    "HNP": "-08:00",
    "HAP": "-07:00",
    "HNA": "-04:00",
    "HAA": "-03:00",
    "IDT": "+03:00",
    "IRST": "+03:30",
    "IRDT": "+04:30",
    "AFT": "+04:30",
    "BDT": "+06:00",
    "MMT": "+06:30",
    "BNT": "+08:00",
    "MVT": "+05:00",
    "SLST": "+05:30",
    "CHST": "+10:00",
    "HDT": "-09:00",
    "GET": "+04:00",
    "AZT": "+04:00",
    "UZT": "+05:00",
    "YEKT": "+05:00",
    "OMST": "+06:00",
    "KRAT": "+07:00",
    "IRKT": "+08:00",
    "YAKT": "+09:00",
    "VLAT": "+10:00",
    "CLT": "-04:00",
    "CLST": "-03:00",
    "COT": "-05:00",
    "PET": "-05:00",
    "VET": "-04:00",
    "BOT": "-04:00",
    "UYT": "-03:00",
}

#: Abbreviations matched in any letter case: long or distinctive enough never to be a word of prose
#: ("wib" is written in lower case by some Indonesian templates). All others only in capitals: "ET",
#: "ART", "MET", "EAT", "WIT" are also words ("et" is French for "and").
ANY_CASE_ZONES: frozenset[str] = frozenset(
    {"WIB", "WITA", "UTC", "GMT", "CEST", "CET", "MESZ", "MEZ", "WEST", "WET", "EEST", "EET", "BST", "BRT", "CHST"}
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
    # dates13: languages of Europe and Africa whose pages newsbot reads and whose months were missing:
    # Romanian, Hungarian (printed year first, "2026. december 7.", see dates._YMD_WORDS), Finnish
    # (partitive, "7. joulukuuta 2026"), Slovak, Slovene and Serbian/Bosnian in Latin script (genitive,
    # "7. decembra 2026"; Croatian's "listopada" is October there and November in Polish, so it is left
    # out), Swahili, and the Dutch "mrt".
    "ianuarie": 1,
    "februarie": 2,
    "martie": 3,
    "aprilie": 4,
    "iunie": 6,
    "iulie": 7,
    "septembrie": 9,
    "octombrie": 10,
    "noiembrie": 11,
    "decembrie": 12,
    "január": 1,
    "február": 2,
    "március": 3,
    "április": 4,
    "május": 5,
    "június": 6,
    "július": 7,
    "augusztus": 8,
    "szeptember": 9,
    "október": 10,
    "tammikuuta": 1,
    "helmikuuta": 2,
    "maaliskuuta": 3,
    "huhtikuuta": 4,
    "toukokuuta": 5,
    "kesäkuuta": 6,
    "heinäkuuta": 7,
    "elokuuta": 8,
    "syyskuuta": 9,
    "lokakuuta": 10,
    "marraskuuta": 11,
    "joulukuuta": 12,
    "januára": 1,
    "januarja": 1,
    "januara": 1,
    "februára": 2,
    "februarja": 2,
    "februara": 2,
    "marta": 3,
    "apríla": 4,
    "aprila": 4,
    "júna": 6,
    "junija": 6,
    "juna": 6,
    "júla": 7,
    "julija": 7,
    "jula": 7,
    "augusta": 8,
    "avgusta": 8,
    "septembra": 9,
    "oktobra": 10,
    "októbra": 10,
    "novembra": 11,
    "decembra": 12,
    "machi": 3,
    "aprili": 4,
    "agosti": 8,
    "septemba": 9,
    "oktoba": 10,
    "novemba": 11,
    "desemba": 12,
    "mrt": 3,
}
#: Gregorian month names in non-Latin scripts (dates13): Arabic (the Egyptian/Gulf names and the Levantine
#: ones, "كانون الثاني"), Persian (the Gregorian names Iranian pages print beside world news), Urdu, Hindi,
#: Bengali, Thai (full names and the dotted abbreviations, "ธ.ค."), Russian and Ukrainian (genitive, as
#: dates print them) and Greek (genitive). Written with the hamza-less alef, Persian yeh and kaf
#: (newsbot.extraction.dates folds a page's letters the same way before matching) and in one Unicode form
#: (the other is added there).
SCRIPT_MONTHS: dict[str, int] = {
    # Arabic
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    "ابريل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يونيه": 6,
    "يوليو": 7,
    "يوليه": 7,
    "اغسطس": 8,
    "سبتمبر": 9,
    "اكتوبر": 10,
    "نوفمبر": 11,
    "ديسمبر": 12,
    "كانون الثاني": 1,
    "شباط": 2,
    "اذار": 3,
    "نيسان": 4,
    "ايار": 5,
    "حزيران": 6,
    "تموز": 7,
    "اب": 8,
    "ايلول": 9,
    "تشرين الاول": 10,
    "تشرين الثاني": 11,
    "كانون الاول": 12,
    # Persian (Gregorian months)
    "ژانویه": 1,
    "فوریه": 2,
    "اوریل": 4,
    "مه": 5,
    "ژوئن": 6,
    "ژوئیه": 7,
    "اوت": 8,
    "سپتامبر": 9,
    "اکتبر": 10,
    "نوامبر": 11,
    "دسامبر": 12,
    # Urdu
    "جنوری": 1,
    "فروری": 2,
    "مارچ": 3,
    "اپریل": 4,
    "مئی": 5,
    "جون": 6,
    "جولائی": 7,
    "اگست": 8,
    "ستمبر": 9,
    "اکتوبر": 10,
    "نومبر": 11,
    "دسمبر": 12,
    # Hindi
    "जनवरी": 1,
    "फरवरी": 2,
    "फ़रवरी": 2,
    "मार्च": 3,
    "अप्रैल": 4,
    "अप्रेल": 4,
    "मई": 5,
    "जून": 6,
    "जुलाई": 7,
    "अगस्त": 8,
    "सितंबर": 9,
    "सितम्बर": 9,
    "अक्टूबर": 10,
    "अक्तूबर": 10,
    "नवंबर": 11,
    "नवम्बर": 11,
    "दिसंबर": 12,
    "दिसम्बर": 12,
    # Bengali
    "জানুয়ারি": 1,
    "জানুয়ারী": 1,
    "ফেব্রুয়ারি": 2,
    "ফেব্রুয়ারী": 2,
    "মার্চ": 3,
    "এপ্রিল": 4,
    "মে": 5,
    "জুন": 6,
    "জুলাই": 7,
    "আগস্ট": 8,
    "আগষ্ট": 8,
    "সেপ্টেম্বর": 9,
    "অক্টোবর": 10,
    "নভেম্বর": 11,
    "ডিসেম্বর": 12,
    # Thai
    "มกราคม": 1,
    "กุมภาพันธ์": 2,
    "มีนาคม": 3,
    "เมษายน": 4,
    "พฤษภาคม": 5,
    "มิถุนายน": 6,
    "กรกฎาคม": 7,
    "สิงหาคม": 8,
    "กันยายน": 9,
    "ตุลาคม": 10,
    "พฤศจิกายน": 11,
    "ธันวาคม": 12,
    "ม.ค": 1,
    "ก.พ": 2,
    "มี.ค": 3,
    "เม.ย": 4,
    "พ.ค": 5,
    "มิ.ย": 6,
    "ก.ค": 7,
    "ส.ค": 8,
    "ก.ย": 9,
    "ต.ค": 10,
    "พ.ย": 11,
    "ธ.ค": 12,
    # Russian
    "января": 1,
    "февраля": 2,
    "марта": 3,
    "апреля": 4,
    "мая": 5,
    "июня": 6,
    "июля": 7,
    "августа": 8,
    "сентября": 9,
    "октября": 10,
    "ноября": 11,
    "декабря": 12,
    # Ukrainian
    "січня": 1,
    "лютого": 2,
    "березня": 3,
    "квітня": 4,
    "травня": 5,
    "червня": 6,
    "липня": 7,
    "серпня": 8,
    "вересня": 9,
    "жовтня": 10,
    "листопада": 11,
    "грудня": 12,
    # Greek
    "ιανουαρίου": 1,
    "φεβρουαρίου": 2,
    "μαρτίου": 3,
    "απριλίου": 4,
    "μαΐου": 5,
    "ιουνίου": 6,
    "ιουλίου": 7,
    "αυγούστου": 8,
    "σεπτεμβρίου": 9,
    "οκτωβρίου": 10,
    "νοεμβρίου": 11,
    "δεκεμβρίου": 12,
}
#: Every month word above (Indonesian wins where a word is shared).
MONTHS: dict[str, int] = {**SCRIPT_MONTHS, **MORE_MONTHS, **EU_MONTHS, **EN_MONTHS, **ID_MONTHS}
#: The months of the Solar Hijri (Jalali) calendar, Iran's and Afghanistan's civil calendar, as Persian
#: pages print them ("۱۴ آذر ۱۴۰۵"): newsbot.extraction.dates converts such a date to the Gregorian day.
#: Folded like SCRIPT_MONTHS ("امرداد" is the older spelling of Mordad).
JALALI_MONTHS: dict[str, int] = {
    "فروردین": 1,
    "اردیبهشت": 2,
    "خرداد": 3,
    "تیر": 4,
    "مرداد": 5,
    "امرداد": 5,
    "شهریور": 6,
    "مهر": 7,
    "ابان": 8,
    "اذر": 9,
    "دی": 10,
    "بهمن": 11,
    "اسفند": 12,
}
#: Era names printed before a year counted from the era's start, and the Gregorian year before its year 1:
#: Japan's Reiwa (from 2019) and Heisei (1989-2019) eras ("令和8年12月7日"), the Minguo years of Taiwan
#: ("民國115年", traditional and simplified). newsbot.extraction.dates reads "元年" as year 1.
ERA_YEAR_BASES: dict[str, int] = {"令和": 2018, "平成": 1988, "民國": 1911, "民国": 1911}
#: The first year of an era, written as a word ("令和元年"): ja, zh.
ERA_FIRST_YEAR_WORDS: tuple[str, ...] = ("元",)
#: The zero of each script's decimal digits that pages print dates in (each followed by 1-9): Arabic-Indic,
#: Persian (extended Arabic-Indic), Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada,
#: Malayalam, Thai, Lao, Myanmar, Khmer and the full-width digits of CJK pages.
DIGIT_ZEROS: tuple[str, ...] = (
    "\u0660",
    "\u06f0",
    "\u0966",
    "\u09e6",
    "\u0a66",
    "\u0ae6",
    "\u0be6",
    "\u0c66",
    "\u0ce6",
    "\u0d66",
    "\u0e50",
    "\u0ed0",
    "\u1040",
    "\u17e0",
    "\uff10",
)
#: Letters Arabic-script pages write in several ways, and the one form the month lists above use: the alef
#: with hamza or madda as the bare alef, the Arabic yeh and alef maksura as the Persian yeh, the Arabic kaf
#: as the Persian keheh (one letter for one, so that positions in the text stay).
ARABIC_LETTER_FOLDS: dict[str, str] = {
    "\u0623": "\u0627",
    "\u0625": "\u0627",
    "\u0622": "\u0627",
    "\u064a": "\u06cc",
    "\u0649": "\u06cc",
    "\u0643": "\u06a9",
}
#: Marks of a Hijri lunar date ("١٤٤٦/٠٦/٠٥ هـ", "۱۴۴۶ ق"): a year-first numeric date with one is not a
#: Solar Hijri date. ar, fa.
LUNAR_HIJRI_MARKS: tuple[str, ...] = ("هـ", "ه.ق", "ق.", " ق")
#: The words for noon and midnight printed instead of a clock time ("Dec. 7, 2026, noon ET", "12 noon"):
#: en. Each maps to its hour.
CLOCK_WORDS: dict[str, int] = {"noon": 12, "midday": 12, "midnight": 0}
#: Words for "before noon" and "after noon" printed before a 12-hour time ("오후 3:45", "午後3時45分",
#: "下午3:45"): ko, ja, zh. "p" after noon, "a" before.
HALF_DAY_WORDS_BEFORE_TIME: dict[str, str] = {
    "오전": "a",
    "오후": "p",
    "午前": "a",
    "午後": "p",
    "上午": "a",
    "下午": "p",
}
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
    # dates13: Polish, Czech and Turkish nouns ("Aktualizacja: 12.03.2024"), Korean ("수정 2026.12.07"),
    # Arabic ("آخر تحديث"), Persian ("به‌روزرسانی", with or without its joiner), Hindi, Bengali, Thai,
    # Ukrainian, Greek.
    "aktualizacja",
    "aktualizace",
    "güncellenme",
    "수정",
    "업데이트",
    "تحديث",
    "به‌روزرسانی",
    "بروزرسانی",
    "به روز رسانی",
    "अपडेट",
    "আপডেট",
    "হালনাগাদ",
    "อัปเดต",
    "อัพเดท",
    "ปรับปรุง",
    "оновлено",
    "ενημερώθηκε",
    "ενημέρωση",
    # meta15: German "Stand: 05.03.2026, 13:47 Uhr" (as of: the last change, printed before the first
    # publication); with its colon only, "stand" being a word of English and German prose.
    "stand:",
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
    # dates13: Italian ("Pubblicato il", which the stem "publi" misses), Tagalog, Japanese ("配信", "掲載",
    # "投稿"), Chinese (traditional, and "发表"), Korean ("입력 2026.12.07"), Arabic ("نشر في"), Persian
    # ("تاریخ انتشار"), Hindi, Bengali, Thai, Ukrainian, Greek.
    "pubblic",
    "inilathala",
    "配信",
    "掲載",
    "投稿",
    "發布",
    "發佈",
    "发表",
    "發表",
    "입력",
    "نشر",
    "انتشار",
    "प्रकाशित",
    "প্রকাশ",
    "เผยแพร่",
    "опубліковано",
    "δημοσιεύθηκε",
    "δημοσίευση",
    # meta15: German "Erstveröffentlichung" (first publication), Turkish "Giriş" (entry: the posting time of
    # a "Giriş: ... | Güncelleme: ..." line).
    "erstveröffentlich",
    "giriş",
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
#: The same in scripts the body and junk patterns do not read ("۱۴ آذر ۱۴۰۵ ساعت ۱۰:۳۰", "الساعة", "เวลา"):
#: fa, ar, th. Read by newsbot.extraction.dates after DATE_TIME_LINKS.
SCRIPT_DATE_TIME_LINKS: tuple[str, ...] = ("ساعت", "الساعة", "الساعه", "เวลา")
#: The same after a month-first date ("May 23, 2018 at 8:15 PM"): en.
MONTH_FIRST_TIME_LINKS: tuple[str, ...] = ("at",)
#: The word after a time printed before its date ("4:23 PM ET on Tue November 29, 2016"): en.
TIME_BEFORE_DATE_LINKS: tuple[str, ...] = ("on",)
#: The word after a time ("20:15 Uhr"): de.
HOUR_WORDS: tuple[str, ...] = ("uhr",)
#: The word between day, month and year ("23 de mayo de 2024", "5 de março de 2024", "7th of December
#: 2026"): es, pt, en.
DAY_MONTH_LINKS: tuple[str, ...] = ("de", "of")
#: The era mark printed between a month and its year ("7 ธันวาคม พ.ศ. 2569": Buddhist era; "ค.ศ.": Common
#: era): th. Whether a year is Buddhist is read from its value (newsbot.extraction.dates).
YEAR_ERA_MARKS: tuple[str, ...] = ("พ.ศ.", "พ.ศ", "ค.ศ.", "ค.ศ")
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

#: Labels that open a breaking-news strip or ticker of the site ("Son Dakika: <headline> <date>" above the
#: story): the item after the label is another story, so its date is not the page's (datecands,
#: pattern "breaking-news strip"). en, de, tr, es/pt, fr, it, nl, pl, id/ms, ru, ar.
BREAKING_NEWS_LABELS: tuple[str, ...] = (
    "breaking",
    "breaking news",
    "just in",
    "eilmeldung",
    "son dakika",
    "flaş",
    "última hora",
    "dernière minute",
    "ultim'ora",
    "ultima ora",
    "net binnen",
    "pilne",
    "z ostatniej chwili",
    "berita terkini",
    "срочно",
    "عاجل",
)
#: Class and id words of a breaking-news strip (the same pattern when no label is printed). Not "ticker": a
#: live blog ("liveticker") holds the story's own dated entries.
BREAKING_NEWS_CLASS_WORDS: tuple[str, ...] = ("breaking", "son-dakika", "sondakika", "eilmeldung")

#: offset17, pattern "the page's wall time is the instant in a plausible clock": the UTC offsets (hours,
#: lowest and highest, summer time included) in use in a country whose clocks differ within it, by its
#: region code ("en-US", "en_AU", a .au host). A page that prints the wall time of its UTC instant
#: without a zone reveals its offset only when the offset is one of these, one of its language's (below),
#: or the one of the single zone its locale, host or outlet names: else it is a guess, never taken.
REGION_OFFSET_RANGES: dict[str, tuple[tuple[float, float], ...]] = {
    "us": ((-10, -4),),  # Hawaii to Eastern summer time
    "ca": ((-8, -2.5),),  # Pacific to Newfoundland summer time
    "mx": ((-8, -5),),
    "br": ((-5, -2),),
    "cl": ((-6, -3),),
    "ec": ((-6, -5),),
    "au": ((8, 11),),  # Western standard to Eastern summer time (Adelaide +09:30/+10:30 between)
    "nz": ((12, 13),),
    "id": ((7, 9),),  # WIB, WITA, WIT
    "ru": ((2, 12),),
    "kz": ((5, 6),),
    "es": ((0, 2),),  # the Canaries and the mainland
    "pt": ((-1, 1),),  # the Azores and the mainland
}
#: The same for languages written in several countries' clocks, read when the page names no region
#: (English spans every offset: none). Spanish: the Americas and Spain; Portuguese: Brazil, Portugal,
#: Angola and Mozambique; French: Quebec, and France with Africa; Arabic: the Maghreb to the Gulf.
LANGUAGE_OFFSET_RANGES: dict[str, tuple[tuple[float, float], ...]] = {
    "id": ((7, 9),),
    "es": ((-8, -3), (0, 2)),
    "pt": ((-5, -2), (-1, 2)),
    "fr": ((-5, -3), (0, 3)),
    "ar": ((0, 4),),
    "de": ((1, 2),),
    "ru": ((2, 12),),
}
