"""Date parsing: ISO and near-ISO strings, Indonesian visible dates, other languages via dateparser.

A value keeps its time and UTC offset whenever the source gives them. A naive time is placed in the
outlet's time zone when one is known; otherwise only the day is kept (never an invented offset).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..lexicon.bodylines import alternation_in_order
from ..lexicon.dates import (
    ANY_CASE_ZONES,
    ARABIC_LETTER_FOLDS,
    CLOCK_WORDS,
    DATE_TIME_LINKS,
    DAY_AFTER_MONTH_SUFFIXES,
    DAY_BEFORE_MONTH_SUFFIXES,
    DAY_MONTH_LINKS,
    DIGIT_ZEROS,
    ERA_FIRST_YEAR_WORDS,
    ERA_YEAR_BASES,
    HALF_DAY_WORDS_BEFORE_TIME,
    HOUR_WORDS,
    JALALI_MONTHS,
    LUNAR_HIJRI_MARKS,
    MONTH_FIRST_TIME_LINKS,
    MONTHS,
    SCRIPT_DATE_TIME_LINKS,
    TIME_BEFORE_DATE_LINKS,
    WEEKDAYS,
    YEAR_ERA_MARKS,
    ZONE_ABBREVIATIONS,
)


@dataclass(frozen=True)
class FoundDate:
    """A parsed date with where it came from."""

    value: str  # ISO 8601 with offset, or YYYY-MM-DD when only the day is known
    raw: str
    source: str  # jsonld, meta, time, text, url, htmldate
    # The wall time as printed when the page gives a time without any zone ("2018-05-23T20:15:00"): the
    # value keeps the day only, and the time is placed once the page's own offset is known (see datecands).
    naive: str | None = None
    # How much the source gives ("day", "minute", "second") and where the value's offset comes from:
    # "stated" by the source, "tz" (the zone passed in: the outlet's or the locale's), "page" (the page's
    # other dated metadata, see datecands); None without a time. Read by the record (schema 2).
    precision: str = "day"
    zone: str | None = None
    # Read from a text node with no date label, class or markup around it (the weakest evidence).
    unlabelled: bool = False
    # A numeric date whose day and month could be swapped ("11/01/2023": 11 January or November 1): the
    # other reading, which the vote takes when another source names that day (see datecands).
    swapped: FoundDate | None = None
    # Marked as the update ("Updated <time>...", class "updated"): taken only when no other source states a
    # date (see datecands, pattern "update against publication").
    update: bool = False
    # The wall time a <time> element prints as its text for the instant its datetime attribute states in
    # UTC (<time datetime="…T18:47:21Z">06/02/2025 15h47</time>): evidence of the publisher's offset only
    # (see datecands._paired_offset), never a value of its own.
    wall: str | None = None

    @property
    def has_time(self) -> bool:
        return "T" in self.value


# Pattern "the same date in another script": pages print dates in their script's digits ("۱۴۰۵", "๒๕๖๙",
# "२०२६", full-width "２０２６") and Arabic-script letters in several ways ("أبريل", "ابريل"; "ي" and "ی").
# A page's text is folded to ASCII digits and one letter form before it is matched, one character for one
# (so a match's positions are the same in the page's own text); the month words are folded alike.
_FOLD = str.maketrans(
    {
        **{chr(ord(zero) + i): str(i) for zero in DIGIT_ZEROS for i in range(10)},
        **ARABIC_LETTER_FOLDS,
        "\u200e": " ",  # left-to-right and right-to-left marks between the parts of a date
        "\u200f": " ",
        "\u060c": ",",  # the Arabic comma between a date and its time
    }
)


def _fold(text: str) -> str:
    """`text` with the digits of every script as ASCII digits and Arabic-script letter variants as one."""
    return text.translate(_FOLD)


def _forms(word: str) -> set[str]:
    """A lexicon word folded, in its composed and decomposed Unicode forms (pages print both)."""
    folded = _fold(word)
    return {unicodedata.normalize("NFC", folded), unicodedata.normalize("NFD", folded)}


_MONTHS = {form: number for word, number in MONTHS.items() for form in _forms(word)}
_JALALI = {form: number for word, number in JALALI_MONTHS.items() for form in _forms(word)}
_DAYS = WEEKDAYS
_MONTH_RE = "|".join(re.escape(m) for m in sorted({*_MONTHS, *_JALALI}, key=lambda m: (-len(m), m)))
# "Rabu, 23 Mei 2018 20:15 WIB", "23 May 2018, 20.15 WIB", "Tue 29 Nov 2016 15.26 EST": the zone
# abbreviations of the lexicon, the distinctive ones in any case, the rest in capitals only.
_ANY_CASE = sorted((z for z in ZONE_ABBREVIATIONS if z in ANY_CASE_ZONES), key=len, reverse=True)
_CAPITALS = sorted((z for z in ZONE_ABBREVIATIONS if z not in ANY_CASE_ZONES and z != "Z"), key=len, reverse=True)
_ZONE_RE = rf"(?P<zn>(?:{'|'.join(_ANY_CASE)}|(?-i:{'|'.join(_CAPITALS)}))(?![A-Za-z]))"
# What pages print between a date and its time: a comma, a bar, a slash, a dash, a bullet or a middle dot
# ("29 November 2016 • 15:26 BST", "5 Maret 2024 | 14:30 WIB"), the word "at" in a language (the Nordic
# "kl." and the Finnish "klo", "o'clock": "14. maj 2024 kl. 10.12"), or an at sign (pattern "@ time", the
# story line of portal and forum CMSs of the 2000s: "Thursday, October 17, 2002 @ 09:14:33 PDT").
_SEP = r"[,|/@\u2013\u2014\u2022\u00b7-]"
_HOUR = alternation_in_order(HOUR_WORDS)
_OF = alternation_in_order(DAY_MONTH_LINKS)
_ERA_MARK = alternation_in_order(YEAR_ERA_MARKS)
# Pattern "12-hour clock": "10:30 am", "10:30 a.m.", "3 p.m." (AP style, the hour alone), "10:30 p. m."
# (Spanish); a word for noon or midnight in place of the time ("Dec. 7, 2026, noon ET", "12 noon"); the
# half of the day printed before the time in Korean, Japanese and Chinese ("오후 3:45", "午後3時45分").
_AMPM = r"(?P<ap>[ap])\.?\s?m\b\.?"
_CLOCK = alternation_in_order(tuple(CLOCK_WORDS))
_HALF = alternation_in_order(tuple(HALF_DAY_WORDS_BEFORE_TIME))


def _time_after(links: tuple[str, ...]) -> str:
    """The optional time after a date (named groups h, mi, s, ap, clock, half, zn, off), `links` the words
    printed between them ("at", "um", "pukul"). Hours and minutes apart by a colon, a dot or an "h" (French
    "14h05", and "10 h 30" as French typography and Quebec pages space it). An hour without minutes counts
    only with "a.m."/"p.m." (see _clock_time): "5 December 2026 3 comments" has no time."""
    link = alternation_in_order(links)
    return (
        rf"(?:\s*(?:{_SEP}|\s)\s*(?:{link})?\s*(?:(?P<half>{_HALF})\s*)?"
        rf"(?:(?P<h>\d{{1,2}})(?:(?:[:.]|\s?h\s?)(?P<mi>\d{{2}})(?:[:.](?P<s>\d{{2}}))?)?"
        rf"\s*(?:(?:{_HOUR})\b)?\s*(?:{_AMPM}|(?P<clock>{_CLOCK})\b)?|(?P<clockonly>{_CLOCK})\b)"
        rf"\s*\(?{_ZONE_RE}?(?:\s*(?P<off>[+-]\d{{1,2}}(?::?\d{{2}})?))?)?"
    )


_LINKS = (*DATE_TIME_LINKS, *SCRIPT_DATE_TIME_LINKS)
# "7 December 2026", "7. joulukuuta 2026", "7th of December 2026"; also with dashes ("07-Dec-2026", as
# South Asian and some US CMSs print it).
_DMY = re.compile(
    rf"(?:{_DAYS}\.?,?\s*)?(?<!\d)(?P<d>\d{{1,2}})(?:{alternation_in_order(DAY_BEFORE_MONTH_SUFFIXES)})?(?:\.?\s+|-)"
    rf"(?:(?:{_OF})\s+)?(?P<mon>{_MONTH_RE})(?:\.?,?\s+|-)(?:(?:{_OF})\s+)?(?:(?:{_ERA_MARK})\s*)?"
    r"(?P<y>\d{4})(?!\d)" + _time_after(_LINKS),
    re.I,
)
# Pattern "year first, month in words": Hungarian pages print "2026. december 7." (the year and the day
# with a dot); the dots are required, so that prose ("in 2026 May 7 ...") is not read.
_YMD_WORDS = re.compile(
    rf"(?<!\d)(?P<y>\d{{4}})\.\s*(?P<mon>{_MONTH_RE})\s+(?P<d>\d{{1,2}})\.(?!\d)" + _time_after(_LINKS),
    re.I,
)
# "12/03/2024 14h05", "12.03.2024, 14:05 Uhr": day first, as everywhere outside North America; month first
# when only that reading is a date ("11/29/2016"), see _numeric_order.
_NUMERIC_DMY = re.compile(
    r"(?<![\d/.-])(?P<d>\d{1,2})[./-](?P<mon>\d{1,2})[./-](?P<y>\d{4})(?![\d/.-])" + _time_after(_LINKS),
    re.I,
)
# "12/20/16 08:00 AM", "20.12.16": a numeric date with a two-digit year. Read only where markup states that
# the text is a date (a <time>'s datetime attribute; parse_visible's `short_year`): in running text "3/4/20"
# is as likely a score or a fraction. (Read in date-class elements too, it cost a page of the Mercury
# "never" half and won none: benchmarks/README.md, session 13.)
_NUMERIC_SHORT = re.compile(
    r"(?<![\d/.-])(?P<d>\d{1,2})[./-](?P<mon>\d{1,2})[./-](?P<y>\d{2})(?![\d/.-])" + _time_after(_LINKS),
    re.I,
)
#: Two-digit years below this are 20xx, the others 19xx (POSIX strptime's %y pivot: the same page, the
#: same year, whatever the day it is read).
SHORT_YEAR_PIVOT = 69
# "2016年11月29日 15:26", "2016년 11월 29일 15:26": year, month and day as Chinese, Japanese and Korean pages
# print them, with an optional weekday in brackets and an optional time ("15時26分", "오후 3:26"); an era
# year is read as its Gregorian year first ("令和8年（2026年）": the Gregorian year in brackets is skipped).
_CJK_YMD = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[年년](?:\s*[(（][^)）]{1,8}[)）])?\s*(?P<mon>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]"
    rf"(?:\s*[(（][^)）]{{1,4}}[)）])?(?:\s*(?:(?P<half>{_HALF})\s*)?(?P<h>\d{{1,2}})\s*[:時시]\s*(?P<mi>\d{{2}})"
    r"(?:\s*[:分분]\s*(?:(?P<s>\d{2})\s*秒?)?)?)?"
)
# "2016/11/29 15:26 JST", "2016.11.29 15:26": year first (as East Asian pages print dates), then month and
# day in every language; the ISO form with dashes is parse_iso's. Persian pages print the Solar Hijri date
# so ("۱۴۰۵/۰۹/۱۴"): a year 13xx or 14xx (see _solar_hijri_numeric).
_NUMERIC_YMD = re.compile(
    r"(?<![\d/.-])(?P<y>(?:19|20|13|14)\d{2})[./](?P<mon>\d{1,2})[./](?P<d>\d{1,2})(?![\d/.-])" + _time_after(()),
    re.I,
)
# The time printed before its date ("4:23 PM ET, Tue November 29, 2016", "15:26 GMT 29 Nov 2016",
# "03:49 pm IST, 03 Jun 2016"): matched at the end of the text before a date that has no time of its own,
# with nothing but separators between them.
_TIME_BEFORE = re.compile(
    rf"(?<![\d:.])(?P<h>\d{{1,2}})[:.](?P<mi>\d{{2}})(?:[:.](?P<s>\d{{2}}))?\s*(?:{_AMPM})?\s*{_ZONE_RE}?"
    rf"\s*(?:{_SEP}|\s)*\s*(?:(?:{alternation_in_order(TIME_BEFORE_DATE_LINKS)})\s+)?$",
    re.I,
)
# "May 23, 2018 8:15 PM"
_MDY = re.compile(
    rf"(?:{_DAYS}\.?,?\s*)?(?P<mon>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:{alternation_in_order(DAY_AFTER_MONTH_SUFFIXES)})?,?\s+"
    r"(?P<y>\d{4})(?!\d)" + _time_after(MONTH_FIRST_TIME_LINKS),
    re.I,
)
# Pattern "era year": Japanese pages count years in the emperor's era ("令和8年" = 2026), Taiwanese ones
# from the Republic's founding ("民國115年" = 2026): read as the Gregorian year, before the CJK pattern.
_ERA_YEAR = re.compile(
    rf"({alternation_in_order(tuple(ERA_YEAR_BASES))})\s*(\d{{1,3}}|{alternation_in_order(ERA_FIRST_YEAR_WORDS)})\s*年"
)
_LUNAR_MARK = re.compile(alternation_in_order(LUNAR_HIJRI_MARKS))
#: The Buddhist era (Thai pages: "7 ธ.ค. 2569") counts 543 years more than the Common era; a year in this
#: window is no plausible Gregorian year of a news page, only a Buddhist one.
_BUDDHIST_OFFSET = 543
_BUDDHIST_YEARS = range(1990 + _BUDDHIST_OFFSET, 2200 + _BUDDHIST_OFFSET)
#: Solar Hijri years a news page can date from (1990 to 2100).
_SOLAR_HIJRI_YEARS = range(1368, 1480)
_ISOISH = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*"
    # a zone abbreviation in capitals ("2016-11-29 15:26 JST"); none glued to a word ("20:15 zum"); an
    # offset written after UTC or GMT ("2024-04-30 11:43 GMT+7")
    r"(Z|[+-]\d{2}(?::?\d{2})?|(?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?|UTC|GMT|(?-i:[A-Z]{2,5}))?(?![A-Za-z]))?",
    re.I,
)
# ISO 8601 basic format, as some CMSs write JSON-LD dates: "20180619T055000+0900".
_ISO_BASIC = re.compile(
    r"(?<!\d)(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(?:[.,]\d+)?(Z|[+-]\d{2}:?\d{2})?(?!\d)", re.I
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)")
_URL_DATE_COMPACT = re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})(?:/|-|_|\.|$)")


def _tzinfo(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


_UTC_PREFIX = re.compile(r"^(?:UTC|GMT)\s*(?=[+-]\d)", re.I)


def _offset(text: str | None) -> tzinfo | None:
    """A "+07:00" / "-0500" offset or a zone abbreviation of the lexicon as a tzinfo; None if neither."""
    if not text:
        return None
    text = _UTC_PREFIX.sub("", text.strip())  # "GMT+7", "UTC+05:30": the offset after the name
    named = ZONE_ABBREVIATIONS.get(text.upper())
    if named is not None:
        if named[0] not in "+-":
            return _tzinfo(named)
        text = named
    m = re.fullmatch(r"([+-])(\d{1,2}):?(\d{2})?", text)
    if not m:
        return None
    hours, minutes = int(m.group(2)), int(m.group(3) or 0)
    if hours > 14 or minutes > 59:
        return None
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(-delta if m.group(1) == "-" else delta)


def _plausible(d: date) -> bool:
    return 1990 <= d.year <= datetime.now(UTC).year + 1


def _finish(
    dt: datetime, has_time: bool, tz: str | None, raw: str, source: str, seconds: bool = False
) -> FoundDate | None:
    if not _plausible(dt.date()):
        return None
    if not has_time:
        return FoundDate(dt.date().isoformat(), raw, source)
    precision = "second" if seconds else "minute"
    if dt.tzinfo is None:
        zone = _tzinfo(tz)
        if zone is None:
            wall = dt.isoformat(timespec="seconds")
            return FoundDate(dt.date().isoformat(), raw, source, naive=wall, precision=precision)
        return FoundDate(dt.replace(tzinfo=zone).isoformat(timespec="seconds"), raw, source, None, precision, "tz")
    return FoundDate(dt.isoformat(timespec="seconds"), raw, source, None, precision, "stated")


def _build(
    y: int, mo: int, d: int, h: str | None, mi: str | None, s: str | None, ampm: str | None, zone: tzinfo | None
) -> tuple[datetime, bool] | None:
    try:
        if h is None:
            return datetime(y, mo, d), False
        hour = int(h)
        # "a.m."/"p.m." after a 24-hour time is another word ("14:30 Uhr am Montag": German "am", on).
        if ampm and 1 <= hour <= 12:
            hour = hour % 12 + (12 if ampm.lower().startswith("p") else 0)
        return datetime(y, mo, d, hour, int(mi or 0), int(s or 0), tzinfo=zone), True
    except ValueError:
        return None


def _numeric_order(first: int, second: int, english: bool) -> tuple[str, str, bool] | None:
    """Day and month of a numeric date "first/second/year", and whether the two could be swapped.

    Day first, as everywhere outside North America; month first when only that reading is a date
    ("11/29/2016"). On English pages none is read here (dateparser's last pass may): "03/12/2024" is March
    12 in the US and 3 December in Britain, and where a numeric date is unambiguous, reading it first
    measured worse: on the in-sample pages it added only dates of post lists and forum thread tables
    ("Posted on: 07-28-2008" beside each listed post), where before the story's own date was found.
    """
    if english:
        return None
    if first > 12 and second <= 12:
        return str(first), str(second), False
    if first <= 12 < second:
        return str(second), str(first), False
    if first > 12:
        return None
    return str(first), str(second), first != second


def parse_iso(raw: str, tz: str | None = None, source: str = "meta") -> FoundDate | None:
    """Parse ISO 8601 and common near-ISO forms ('2018-05-23 20:15:00 +0700')."""
    if not raw:
        return None
    text = raw.strip()
    m = _ISOISH.search(text)
    if not m:
        m = _ISO_BASIC.search(text)
        if not m:
            return None
    y, mo, d, h, mi, s, off = m.groups()
    zone = _offset("Z" if off and off.upper() == "Z" else off)
    built = _build(int(y), int(mo), int(d), h, mi, s, None, zone)
    if built is None:
        return None
    return _finish(built[0], built[1], tz, raw, source, s is not None)


def parse_visible(
    raw: str,
    tz: str | None = None,
    languages: list[str] | None = None,
    source: str = "text",
    use_dateparser: bool = True,
    short_year: bool = False,
) -> FoundDate | None:
    """Parse a date as printed on a page, e.g. 'Rabu, 23 Mei 2018 20:15 WIB', '۱۴ آذر ۱۴۰۵', '令和8年12月7日';
    with `short_year`, also a numeric date with a two-digit year ('12/20/16 08:00 AM', a labelled date)."""
    if not raw or len(raw) > 400:
        return None
    english = bool(languages) and all((lang or "").startswith("en") for lang in languages or ())
    text = _fold(raw)
    if "年" in text and any(era in text for era in ERA_YEAR_BASES):
        text = _ERA_YEAR.sub(_era_year, text)
    patterns = [(_DMY, "dmy"), (_MDY, "mdy"), (_YMD_WORDS, "ymdw"), (_NUMERIC_YMD, "ymd"), (_NUMERIC_DMY, "num")]
    if any(ch in text for ch in "年년"):
        patterns.insert(0, (_CJK_YMD, "cjk"))
    if short_year:
        patterns.append((_NUMERIC_SHORT, "num"))
    for pattern, order in patterns:
        m = pattern.search(text)
        if not m:
            continue
        g = m.groupdict()
        d, mon, y = g["d"], g["mon"], g["y"]
        swap = False
        if order == "num":
            read = _numeric_order(int(d), int(mon), english)
            if read is None:
                continue
            d, mon, swap = read
        year, calendar = int(y), "gregorian"
        if len(y) == 2:
            year += 2000 if year < SHORT_YEAR_PIVOT else 1900
        if order in ("num", "ymd", "cjk"):
            month: int | None = int(mon)
        else:
            key = mon.lower().rstrip(".")
            month = _MONTHS.get(key)
            if month is None and (month := _JALALI.get(key)) is not None:
                calendar = "solar-hijri"
        if order == "ymd" and year < 1900:
            if not _solar_hijri_numeric(raw, languages):
                continue
            calendar = "solar-hijri"
        if calendar == "gregorian" and year in _BUDDHIST_YEARS:
            year -= _BUDDHIST_OFFSET
        if not month:
            continue
        if calendar == "solar-hijri":
            converted = _solar_hijri_day(year, month, int(d))
            if converted is None:
                continue
            year, month, d = converted.year, converted.month, str(converted.day)
        h, mi, s, ampm, end = _clock_time(g, m)
        zname, off = g.get("zn"), g.get("off")
        start = m.start()
        if h is None and (before := _TIME_BEFORE.search(text, 0, m.start())):
            b = before.groupdict()
            h, mi, s, ampm, zname = b["h"], b["mi"], b["s"], b["ap"], b["zn"]
            off, start = None, before.start()
        elif h is None:
            zname = off = None
        zone = _offset(off) or _offset(zname)
        built = _build(year, month, int(d), h, mi, s, ampm, zone)
        if built:
            # The date as printed, without the rest of its line: a masthead strip's weather and links
            # ("Tuesday, March 9, 2004 | Weather: 54°F | Subscribe"), a footer's sentence around it. From the
            # page's own text where folding kept every position (an era year rewritten did not).
            printed = _span(raw if len(text) == len(raw) else text, start, end)
            found = _finish(built[0], built[1], tz, printed, source, s is not None)
            if found is not None and swap:
                other = _build(year, int(d), month, h, mi, s, ampm, zone)
                alt = _finish(other[0], other[1], tz, printed, source, s is not None) if other else None
                if alt is not None:
                    found = replace(found, swapped=alt)
            return found
    iso = parse_iso(text, tz, source)
    if iso:
        return replace(iso, raw=raw)
    if use_dateparser:
        return _dateparser(raw, tz, languages, source)
    return None


def _clock_time(
    g: dict[str, str | None], m: re.Match[str]
) -> tuple[str | None, str | None, str | None, str | None, int]:
    """Hour, minute, second and half of the day ("a"/"p") of a matched date's time, and where the match
    ends. A time needs its minutes, "a.m."/"p.m." or a word for noon ("5 December 2026 3 comments" has none;
    the match then ends with the date). A word for noon or midnight is its hour ("12 noon" is 12:00)."""
    h, mi, s = g["h"], g["mi"], g["s"]
    ampm = g.get("ap") or (HALF_DAY_WORDS_BEFORE_TIME.get(g["half"] or "") if g.get("half") else None)
    clock = g.get("clock") or g.get("clockonly")
    if clock:
        return str(CLOCK_WORDS[clock.lower()]), "00", None, None, m.end()
    if h is None:
        return None, None, None, None, m.end()
    if mi is None and ampm is None:
        return None, None, None, None, max(m.end(k) for k in ("d", "mon", "y"))
    return h, mi, s, ampm, m.end()


def _era_year(m: re.Match[str]) -> str:
    """An era year ("令和8年", "民國115年", "令和元年") as its Gregorian year ("2026年")."""
    number = 1 if m.group(2) in ERA_FIRST_YEAR_WORDS else int(m.group(2))
    return f"{ERA_YEAR_BASES[m.group(1)] + number}年"


def _solar_hijri_numeric(raw: str, languages: list[str] | None) -> bool:
    """A year-first numeric date with a year 13xx/14xx is a Solar Hijri date on a Persian page (Persian
    digits, or the page's language), unless it carries a lunar Hijri mark ("هـ"): Arabic pages print the
    lunar Hijri date with the same years."""
    persian = any("\u06f0" <= ch <= "\u06f9" for ch in raw) or any(
        (lang or "").startswith("fa") for lang in languages or ()
    )
    return persian and not _LUNAR_MARK.search(raw)


#: Years (Solar Hijri) where the 33-year leap cycle restarts (Borkowski's breaks, as jalaali-js uses them):
#: with them the conversion is exact for every year a news page can carry.
_JALALI_BREAKS = (
    -61,
    9,
    38,
    199,
    426,
    686,
    756,
    818,
    1111,
    1181,
    1210,
    1635,
    2060,
    2097,
    2192,
    2262,
    2324,
    2394,
    2456,
    3178,
)


def _nowruz(jy: int) -> date:
    """The Gregorian day of 1 Farvardin (Nowruz) of Solar Hijri year `jy`."""
    gy = jy + 621
    leap_j, jp, jump = -14, _JALALI_BREAKS[0], 0
    for jm in _JALALI_BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += jump // 33 * 8 + jump % 33 // 4
        jp = jm
    n = jy - jp
    leap_j += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    leap_g = gy // 4 - (gy // 100 + 1) * 3 // 4 - 150
    return date(gy, 3, 1) + timedelta(days=19 + leap_j - leap_g)


def solar_hijri_to_gregorian(jy: int, jm: int, jd: int) -> date | None:
    """The Gregorian day of Solar Hijri (Jalali) date jy/jm/jd, None when it is no date: months 1-6 have 31
    days, 7-11 30, Esfand 29 or 30 (30 only in a leap year)."""
    if not (1 <= jm <= 12 and 1 <= jd <= (31 if jm <= 6 else 30)) or not -61 < jy < 3177:
        return None
    day = _nowruz(jy) + timedelta(days=(jm - 1) * 31 - max(jm - 7, 0) + jd - 1)
    if jm == 12 and jd == 30 and day >= _nowruz(jy + 1):
        return None  # Esfand 30 of a common year
    return day


def _solar_hijri_day(year: int, month: int, day: int) -> date | None:
    """solar_hijri_to_gregorian for a year a news page can carry."""
    return solar_hijri_to_gregorian(year, month, day) if year in _SOLAR_HIJRI_YEARS else None


def _span(raw: str, start: int, end: int) -> str:
    """The matched date of `raw` (its separators and a dangling comma trimmed)."""
    return raw[start:end].strip().rstrip(",|/\u2013\u2014\u2022\u00b7-").strip() or raw


def _dateparser(raw: str, tz: str | None, languages: list[str] | None, source: str) -> FoundDate | None:
    years = list(_YEAR.finditer(raw))
    if not years:
        return None
    if len(years) > 1:
        # Two dates in one text ("January 19, 2017 February 2017": a date beside an archive menu, a
        # published and an updated line): dateparser would splice them into one (February 19). The
        # first date is read, up to its year.
        raw = raw[: years[0].end()]
    import dateparser  # imported lazily: ~0.5 s import, needed only on the last fallback

    settings = {
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "DATE_ORDER": "DMY",
    }
    try:
        parsed = dateparser.parse(raw, languages=languages or None, settings=settings)
    except Exception:  # noqa: BLE001 - dateparser raises many kinds on odd input
        return None
    if parsed is None:
        return None
    has_time = bool(re.search(r"\d{1,2}[:.h]\d{2}", raw))
    return _finish(parsed, has_time, tz, raw, source, bool(re.search(r"\d{1,2}[:.]\d{2}[:.]\d{2}", raw)))


def from_url(url: str) -> FoundDate | None:
    """A /YYYY/MM/DD/ date in the URL path (day only)."""
    for pattern in (_URL_DATE, _URL_DATE_COMPACT):
        m = pattern.search(url)
        if m:
            try:
                d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
            if _plausible(d):
                return FoundDate(d.isoformat(), m.group(0), "url")
    return None


def to_datetime(value: str | None, naive_tz: tzinfo | None = None) -> datetime | None:
    """An ISO 8601 string as an aware datetime; a naive one gets naive_tz, or None without it."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo:
        return parsed
    return parsed.replace(tzinfo=naive_tz) if naive_tz else None
