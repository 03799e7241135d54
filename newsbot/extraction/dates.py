"""Date parsing: ISO and near-ISO strings, Indonesian visible dates, other languages via dateparser.

A value keeps its time and UTC offset whenever the source gives them. A naive time is placed in the
outlet's time zone when one is known; otherwise only the day is kept (never an invented offset).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..lexicon.bodylines import alternation_in_order
from ..lexicon.dates import (
    ANY_CASE_ZONES,
    DATE_TIME_LINKS,
    DAY_AFTER_MONTH_SUFFIXES,
    DAY_BEFORE_MONTH_SUFFIXES,
    DAY_MONTH_LINKS,
    HOUR_WORDS,
    MONTH_FIRST_TIME_LINKS,
    MONTHS,
    TIME_BEFORE_DATE_LINKS,
    WEEKDAYS,
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

    @property
    def has_time(self) -> bool:
        return "T" in self.value


_MONTHS = MONTHS
_DAYS = WEEKDAYS
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "Rabu, 23 Mei 2018 20:15 WIB", "23 May 2018, 20.15 WIB", "Tue 29 Nov 2016 15.26 EST": the zone
# abbreviations of the lexicon, the distinctive ones in any case, the rest in capitals only.
_ANY_CASE = sorted((z for z in ZONE_ABBREVIATIONS if z in ANY_CASE_ZONES), key=len, reverse=True)
_CAPITALS = sorted((z for z in ZONE_ABBREVIATIONS if z not in ANY_CASE_ZONES and z != "Z"), key=len, reverse=True)
_ZONE_RE = rf"((?:{'|'.join(_ANY_CASE)}|(?-i:{'|'.join(_CAPITALS)}))(?![A-Za-z]))"
# What pages print between a date and its time: a comma, a bar, a slash, a dash, a bullet or a middle dot
# ("29 November 2016 • 15:26 BST", "5 Maret 2024 | 14:30 WIB"), the word "at" in a language (the Nordic
# "kl." and the Finnish "klo", "o'clock": "14. maj 2024 kl. 10.12"), or an at sign (pattern "@ time", the
# story line of portal and forum CMSs of the 2000s: "Thursday, October 17, 2002 @ 09:14:33 PDT").
_SEP = r"[,|/@\u2013\u2014\u2022\u00b7-]"
_HOUR = alternation_in_order(HOUR_WORDS)
_OF = alternation_in_order(DAY_MONTH_LINKS)
_DMY = re.compile(
    rf"(?:{_DAYS}\.?,?\s*)?(?<!\d)(\d{{1,2}})(?:{alternation_in_order(DAY_BEFORE_MONTH_SUFFIXES)})?\.?\s+"
    rf"(?:(?:{_OF})\s+)?({_MONTH_RE})\.?,?\s+(?:(?:{_OF})\s+)?"
    r"(\d{4})(?!\d)"
    rf"(?:\s*(?:{_SEP}|\s)\s*(?:{alternation_in_order(DATE_TIME_LINKS)})?\s*(\d{{1,2}})[:.h](\d{{2}})(?:[:.](\d{{2}}))?"
    rf"\s*(?:(?:{_HOUR})\b)?\s*(?:(am|pm)\b)?\s*\(?{_ZONE_RE}?(?:\s*([+-]\d{{1,2}}(?::?\d{{2}})?))?)?",
    re.I,
)
# "12/03/2024 14h05", "12.03.2024, 14:05 Uhr": day first, as everywhere outside North America; month first
# when only that reading is a date ("11/29/2016"), see _numeric_order.
_NUMERIC_DMY = re.compile(
    r"(?<![\d/.-])(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?![\d/.-])"
    rf"(?:\s*(?:{_SEP}|\s)\s*(?:{alternation_in_order(DATE_TIME_LINKS)})?\s*(\d{{1,2}})[:.h](\d{{2}})"
    rf"(?:[:.](\d{{2}}))?\s*(?:(?:{_HOUR})\b)?"
    rf"\s*(?:(am|pm)\b)?\s*\(?{_ZONE_RE}?(?:\s*([+-]\d{{1,2}}(?::?\d{{2}})?))?)?",
    re.I,
)
# "2016年11月29日 15:26", "2016년 11월 29일 15:26": year, month and day as Chinese, Japanese and Korean pages
# print them, with an optional weekday in brackets and an optional time ("15時26分").
_CJK_YMD = re.compile(
    r"((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]"
    r"(?:\s*[(（][^)）]{1,4}[)）])?(?:\s*(\d{1,2})\s*[:時시]\s*(\d{2})(?:\s*[:分분]\s*(?:(\d{2})\s*秒?)?)?)?"
)
# "2016/11/29 15:26 JST", "2016.11.29 15:26": year first (as East Asian pages print dates), then month and
# day in every language; the ISO form with dashes is parse_iso's.
_NUMERIC_YMD = re.compile(
    r"(?<![\d/.-])((?:19|20)\d{2})[./](\d{1,2})[./](\d{1,2})(?![\d/.-])"
    rf"(?:\s*(?:{_SEP}|\s)\s*(\d{{1,2}})[:.h](\d{{2}})(?:[:.](\d{{2}}))?"
    rf"\s*(?:(am|pm)\b)?\s*\(?{_ZONE_RE}?(?:\s*([+-]\d{{1,2}}(?::?\d{{2}})?))?)?",
    re.I,
)
# The time printed before its date ("4:23 PM ET, Tue November 29, 2016", "15:26 GMT 29 Nov 2016",
# "03:49 pm IST, 03 Jun 2016"): matched at the end of the text before a date that has no time of its own,
# with nothing but separators between them.
_TIME_BEFORE = re.compile(
    rf"(?<![\d:.])(\d{{1,2}})[:.](\d{{2}})(?:[:.](\d{{2}}))?\s*(?:([ap])\.?m\b\.?)?\s*{_ZONE_RE}?"
    rf"\s*(?:{_SEP}|\s)*\s*(?:(?:{alternation_in_order(TIME_BEFORE_DATE_LINKS)})\s+)?$",
    re.I,
)
# "May 23, 2018 8:15 PM"
_MDY = re.compile(
    rf"(?:{_DAYS}\.?,?\s*)?({_MONTH_RE})\.?\s+(\d{{1,2}})(?:{alternation_in_order(DAY_AFTER_MONTH_SUFFIXES)})?,?\s+"
    r"(\d{4})(?!\d)"
    rf"(?:\s*(?:{_SEP}|\s)\s*(?:{alternation_in_order(MONTH_FIRST_TIME_LINKS)})?\s*(\d{{1,2}})[:.](\d{{2}})(?:[:.](\d{{2}}))?\s*(?:([ap])\.?m\b\.?)?"
    rf"\s*\(?{_ZONE_RE}?(?:\s*([+-]\d{{1,2}}(?::?\d{{2}})?))?)?",
    re.I,
)
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
        if ampm:
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
) -> FoundDate | None:
    """Parse a date as printed on a page, e.g. 'Rabu, 23 Mei 2018 20:15 WIB'."""
    if not raw or len(raw) > 400:
        return None
    english = bool(languages) and all((lang or "").startswith("en") for lang in languages or ())
    patterns = [(_DMY, "dmy"), (_MDY, "mdy"), (_NUMERIC_YMD, "ymd"), (_NUMERIC_DMY, "num")]
    if any(ch in raw for ch in "年년"):
        patterns.insert(0, (_CJK_YMD, "cjk"))
    for pattern, order in patterns:
        m = pattern.search(raw)
        if not m:
            continue
        if order == "cjk":
            y, mon, d, h, mi, s = m.groups()
            ampm = zname = off = None
        elif order == "mdy":
            mon, d, y, h, mi, s, ampm, zname, off = m.groups()
        elif order == "ymd":
            y, mon, d, h, mi, s, ampm, zname, off = m.groups()
        else:
            d, mon, y, h, mi, s, ampm, zname, off = m.groups()
        swap = False
        if order == "num":
            read = _numeric_order(int(d), int(mon), english)
            if read is None:
                continue
            d, mon, swap = read
        month = int(mon) if order in ("num", "ymd", "cjk") else _MONTHS.get(mon.lower().rstrip("."))
        if not month:
            continue
        start = m.start()
        if h is None and (before := _TIME_BEFORE.search(raw, 0, m.start())):
            h, mi, s, ampm, zname = before.groups()
            off, start = None, before.start()
        zone = _offset(off) or _offset(zname)
        built = _build(int(y), month, int(d), h, mi, s, ampm, zone)
        if built:
            # The date as printed, without the rest of its line: a masthead strip's weather and links
            # ("Tuesday, March 9, 2004 | Weather: 54°F | Subscribe"), a footer's sentence around it.
            printed = _span(raw, start, m.end())
            found = _finish(built[0], built[1], tz, printed, source, s is not None)
            if found is not None and swap:
                other = _build(int(y), int(d), month, h, mi, s, ampm, zone)
                alt = _finish(other[0], other[1], tz, printed, source, s is not None) if other else None
                if alt is not None:
                    found = replace(found, swapped=alt)
            return found
    iso = parse_iso(raw, tz, source)
    if iso:
        return iso
    if use_dateparser:
        return _dateparser(raw, tz, languages, source)
    return None


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
