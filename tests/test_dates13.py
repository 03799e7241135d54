"""Dates printed in other scripts' digits and other calendars, 12-hour and worded times, more zone
abbreviations, and "Updated X / Published Y" lines in either order (session 13, helper dates13)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from lxml import html as lxml_html

from newsbot.extraction import extract
from newsbot.extraction.datecands import is_update_text, publication_part, unlabelled_date
from newsbot.extraction.dates import parse_visible, solar_hijri_to_gregorian
from newsbot.models import Article


def _value(text: str, lang: str) -> str | None:
    found = parse_visible(text, None, [lang], "text", use_dateparser=False)
    return found.value if found else None


def _wall(text: str, lang: str, tz: str | None = None) -> str | None:
    """The value, or the wall time printed without a zone."""
    found = parse_visible(text, tz, [lang], "text", use_dateparser=False)
    return (found.naive or found.value) if found else None


# -- digits of other scripts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("١٤ مايو ٢٠٢٤", "ar", "2024-05-14"),  # Arabic-Indic digits, Egyptian month name
        ("١٤ أيار ٢٠٢٤", "ar", "2024-05-14"),  # Levantine month name with hamza
        ("14 ايار 2024", "ar", "2024-05-14"),  # the same without hamza
        ("٧ كانون الأول ٢٠٢٦", "ar", "2026-12-07"),  # a month name of two words
        ("۵ دسامبر ۲۰۲۶", "fa", "2026-12-05"),  # Persian digits, Gregorian month in Persian
        ("०७ दिसंबर २०२६", "hi", "2026-12-07"),  # Devanagari digits
        ("০৭ ডিসেম্বর ২০২৬", "bn", "2026-12-07"),  # Bengali digits
        ("๗ ธันวาคม ๒๕๖๙", "th", "2026-12-07"),  # Thai digits, Buddhist year
        ("２０２６年１２月７日", "ja", "2026-12-07"),  # full-width digits
        ("7 декабря 2026", "ru", "2026-12-07"),
        ("7 грудня 2026", "uk", "2026-12-07"),
        ("7 Δεκεμβρίου 2026", "el", "2026-12-07"),
        ("7 دسمبر 2026", "ur", "2026-12-07"),
    ],
)
def test_a_date_in_another_scripts_digits_and_month_names(text: str, lang: str, day: str) -> None:
    assert _value(text, lang) == day


def test_the_printed_date_keeps_the_pages_own_digits() -> None:
    found = parse_visible("تاریخ انتشار: ۱۳ اسفند ۱۴۰۴ - ۱۰:۳۰", None, ["fa"], "text", use_dateparser=False)
    assert found is not None and found.raw == "۱۳ اسفند ۱۴۰۴ - ۱۰:۳۰"
    assert found.naive == "2026-03-04T10:30:00"


# -- other calendars ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("jalali", "gregorian"),
    [
        ((1399, 1, 1), date(2020, 3, 20)),  # Nowruz
        ((1400, 1, 1), date(2021, 3, 21)),
        ((1403, 1, 1), date(2024, 3, 20)),
        ((1404, 1, 1), date(2025, 3, 21)),
        ((1403, 10, 1), date(2024, 12, 21)),  # 1 Dey, the day after Yalda night
        ((1357, 11, 22), date(1979, 2, 11)),  # 22 Bahman 1357, the revolution's anniversary
        ((1403, 12, 30), date(2025, 3, 20)),  # Esfand 30 of a leap year
        ((1404, 12, 13), date(2026, 3, 4)),
        ((1405, 9, 14), date(2026, 12, 5)),
    ],
)
def test_solar_hijri_to_gregorian_on_known_days(jalali: tuple[int, int, int], gregorian: date) -> None:
    assert solar_hijri_to_gregorian(*jalali) == gregorian


def test_solar_hijri_days_follow_each_other_without_gaps() -> None:
    """Every Solar Hijri day of 1369-1410 is the Gregorian day after the one before (no gap, no overlap)."""
    previous = solar_hijri_to_gregorian(1369, 1, 1)
    assert previous == date(1990, 3, 21)
    for year in range(1369, 1411):
        for month in range(1, 13):
            for day in range(1, 32):
                found = solar_hijri_to_gregorian(year, month, day)
                if found is None:
                    continue
                if (year, month, day) != (1369, 1, 1):
                    assert found == previous + timedelta(days=1), (year, month, day)
                previous = found


@pytest.mark.parametrize("jalali", [(1404, 12, 30), (1405, 7, 31), (1405, 13, 1), (1405, 0, 1)])
def test_solar_hijri_non_days(jalali: tuple[int, int, int]) -> None:
    assert solar_hijri_to_gregorian(*jalali) is None


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("۱۴ آذر ۱۴۰۵", "fa", "2026-12-05"),
        ("سه‌شنبه ۱۶ مهر ۱۴۰۳", "fa", "2024-10-07"),  # مهر (7) not read as مه (May)
        ("۱۴ آذر ۱۴۰۵ ساعت ۱۰:۳۰", "fa", "2026-12-05"),
        ("۱۴۰۵/۰۹/۱۴ - ۱۰:۳۰", "fa", "2026-12-05"),  # year-first numeric Solar Hijri date
        ("1405/09/14", "fa", "2026-12-05"),  # Latin digits on a Persian page
        ("7 ธ.ค. 2569", "th", "2026-12-07"),  # Buddhist era
        ("7 ธันวาคม พ.ศ. 2569", "th", "2026-12-07"),
        ("๗/๑๒/๒๕๖๙", "th", "2026-12-07"),
        ("令和8年12月7日", "ja", "2026-12-07"),
        ("令和元年5月1日", "ja", "2019-05-01"),
        ("平成31年4月30日", "ja", "2019-04-30"),
        ("令和8年（2026年）12月7日", "ja", "2026-12-07"),
        ("中華民國115年12月7日", "zh", "2026-12-07"),
        ("民国115年12月7日", "zh", "2026-12-07"),
    ],
)
def test_a_date_of_another_calendar_is_its_gregorian_day(text: str, lang: str, day: str) -> None:
    assert _value(text, lang) == day


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("١٤٤٦/٠٦/٠٥ هـ", "ar"),  # lunar Hijri: not a Solar Hijri date
        ("1404/12/13", "en"),  # a year 14xx on a page that is not Persian
    ],
)
def test_a_year_first_hijri_year_is_read_only_on_persian_pages(text: str, lang: str) -> None:
    assert _value(text, lang) is None


# -- times ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "wall"),
    [
        # "p.m." with dots after a date in words: the time was read as 10:30 before
        ("7 December 2026, 10:30 p.m.", "en", "2026-12-07T22:30:00"),
        ("7 de diciembre de 2026, 10:30 p. m.", "es", "2026-12-07T22:30:00"),
        ("07/12/2026 10:30 p.m.", "de", "2026-12-07T22:30:00"),
        ("Dec. 7, 2026, 3 p.m. ET", "en", "2026-12-07T15:00:00-05:00"),  # AP style: the hour alone
        ("Dec. 7, 2026, 12:15 a.m. ET", "en", "2026-12-07T00:15:00-05:00"),
        ("Dec. 7, 2026, noon ET", "en", "2026-12-07T12:00:00-05:00"),
        ("December 7, 2026 at 12 noon EST", "en", "2026-12-07T12:00:00-05:00"),
        ("7 December 2026 midnight", "en", "2026-12-07T00:00:00"),
        ("2026년 12월 7일 오후 3:45", "ko", "2026-12-07T15:45:00"),
        ("2026年12月7日 午後3時45分", "ja", "2026-12-07T15:45:00"),
        ("民國115年12月7日 下午3:20", "zh", "2026-12-07T15:20:00"),
        # "am" after a 24-hour time is a word ("on"), not the morning
        ("14.03.2024 14:30 Uhr am Montag", "de", "2024-03-14T14:30:00"),
        # an hour without minutes or a.m./p.m. is no time
        ("5 December 2026 3 comments", "en", "2026-12-05"),
    ],
)
def test_twelve_hour_and_worded_times(text: str, lang: str, wall: str) -> None:
    assert _wall(text, lang) == wall


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("December 7, 2026 10:30 a.m. NST", "2026-12-07T10:30:00-03:30"),  # Newfoundland
        ("December 7, 2026 10:30 a.m. ADT", "2026-12-07T10:30:00-03:00"),
        ("07.12.2026 10:30 IRST", "2026-12-07T10:30:00+03:30"),
        ("7 December 2026 18:00 ChST", "2026-12-07T18:00:00+10:00"),  # Guam, in its own letter case
        ("07.12.2026, 10:30 Uhr WEZ", "2026-12-07T10:30:00+00:00"),
        ("07.12.2026, 10:30 OESZ", "2026-12-07T10:30:00+03:00"),
        ("7 décembre 2026 à 10 h 30 HNE", "2026-12-07T10:30:00-05:00"),
        ("7 December 2026, 10:30 BDT", "2026-12-07T10:30:00+06:00"),
        ("7 December 2026, 10:30 IDT", "2026-12-07T10:30:00+03:00"),
    ],
)
def test_zone_abbreviations_the_lexicon_lacked(text: str, value: str) -> None:
    assert _value(text, "de" if text[0].isdigit() and "." in text[:3] else "en") == value


# -- "Updated X / Published Y" in either order ------------------------------------------------------------

_LINES = [
    ("Updated 8 Dec 2026 / Published 7 Dec 2026", "en"),
    ("Published 7 Dec 2026 / Updated 8 Dec 2026", "en"),
    ("Aktualisiert am 08.12.2026, veröffentlicht am 07.12.2026", "de"),
    ("Aggiornato il 8 dicembre 2026, pubblicato il 7 dicembre 2026", "it"),
    ("Mis à jour le 8 décembre 2026, publié le 7 décembre 2026", "fr"),
    ("Diperbarui 8 Desember 2026, diterbitkan 7 Desember 2026", "id"),
    ("Aktualizacja: 08.12.2026, opublikowano: 07.12.2026", "pl"),
    ("更新時間：2026年12月8日 發布時間：2026年12月7日", "zh"),
    ("更新日時 2026年12月8日 配信日時 2026年12月7日", "ja"),
    ("수정 2026.12.08 10:30 입력 2026.12.07 09:00", "ko"),
    ("آخر تحديث: ٨ ديسمبر ٢٠٢٦ - نشر في: ٧ ديسمبر ٢٠٢٦", "ar"),
    ("بروزرسانی: ۱۷ آذر ۱۴۰۵ | تاریخ انتشار: ۱۶ آذر ۱۴۰۵", "fa"),
    ("อัปเดตล่าสุด 8 ธ.ค. 2569 เผยแพร่ 7 ธ.ค. 2569", "th"),
    ("अपडेट: ०८ दिसंबर २०२६ | प्रकाशित: ०७ दिसंबर २०२६", "hi"),
]


@pytest.mark.parametrize(("line", "lang"), _LINES)
def test_a_date_line_gives_its_publication_in_either_order(line: str, lang: str) -> None:
    assert not is_update_text(line)
    found = parse_visible(publication_part(line), None, [lang], "text", use_dateparser=False)
    assert found is not None and found.value[:10] in ("2026-12-07", "2026-12-06")  # 16 Azar 1405 = 6 Dec


def test_an_unlabelled_date_line_naming_the_update_first_gives_the_publication() -> None:
    """The line printed under the headline with no class: its update date came first and was taken."""
    body = lxml_html.fromstring(
        "<html><body><h1>Harbour board rebuilds the old pier</h1>"
        "<p>Updated 8 December 2026, first published 7 December 2026</p>"
        f"<p>{'The harbour board agreed to rebuild the pier. ' * 10}</p></body></html>"
    ).find("body")
    found = unlabelled_date(body, None, ["en"], "Harbour board rebuilds the old pier")
    assert found is not None and found.value == "2026-12-07"


@pytest.mark.parametrize(("line", "lang"), [("更新時間：2026年12月8日", "zh"), ("อัปเดตล่าสุด 8 ธ.ค. 2569", "th")])
def test_an_update_label_glued_to_the_next_word_is_still_an_update(line: str, lang: str) -> None:
    """Chinese and Thai write no space after the label ("更新時間"): it was not found as a word."""
    assert is_update_text(line)


def test_a_page_dated_only_by_its_solar_hijri_line() -> None:
    paragraph = (
        "شورای شهر تبریز روز گذشته طرح توسعه خط دوم قطار شهری را با اکثریت آرا تصویب کرد و اجرای آن از بهار آغاز می‌شود."
    )
    page = (
        '<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>تصویب طرح توسعه قطار شهری تبریز</title>'
        '<meta property="og:type" content="article"></head><body><article><h1>تصویب طرح توسعه قطار شهری تبریز</h1>'
        '<div class="news-date">۱۴ آذر ۱۴۰۵ - ۱۰:۳۰</div>'
        f"<div class='body'><p>{paragraph}</p><p>{paragraph}</p><p>{paragraph}</p></div></article></body></html>"
    ).encode()
    record = extract(page, "https://khabar.example/news/88412")
    assert isinstance(record, Article)
    assert record.published_date == "2026-12-05"


# -- month names and orders of more languages -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "wall"),
    [
        ("2026. december 7. 15:45", "hu", "2026-12-07T15:45:00"),  # Hungarian: year first, with dots
        ("2026. május 7., csütörtök", "hu", "2026-05-07"),
        ("7 decembrie 2026, 15:45", "ro", "2026-12-07T15:45:00"),
        ("7. joulukuuta 2026 klo 15.45", "fi", "2026-12-07T15:45:00"),
        ("7. decembra 2026", "sk", "2026-12-07"),
        ("7. avgusta 2026", "sl", "2026-08-07"),
        ("7 Desemba 2026", "sw", "2026-12-07"),
        ("7 mrt 2026", "nl", "2026-03-07"),
        ("the 7th of December 2026", "en", "2026-12-07"),
        ("Updated: 07-Dec-2026 10:30 AM", "en", "2026-12-07T10:30:00"),  # day, month and year with dashes
    ],
)
def test_month_names_and_orders_of_more_languages(text: str, lang: str, wall: str) -> None:
    assert _wall(text, lang) == wall


def test_a_year_before_a_month_without_the_dots_is_not_a_date() -> None:
    assert _value("in 2026 December 7 things changed", "en") is None
