"""Visible dates in the languages newsbot's outlets print, with their offsets."""

from __future__ import annotations

import pytest

from newsbot.extraction.dates import from_url, parse_iso, parse_visible
from newsbot.extraction.metadata import zone_for_locale


@pytest.mark.parametrize(
    ("raw", "tz", "langs", "expected"),
    [
        ("Rabu, 23 Mei 2018 20:15 WIB", None, ["id"], "2018-05-23T20:15:00+07:00"),
        ("Rabu, 23 Mei 2018 20:15 WITA", None, ["id"], "2018-05-23T20:15:00+08:00"),
        ("23 Mei 2018 20.15 WIT", None, ["id"], "2018-05-23T20:15:00+09:00"),
        ("12. März 2024, 14:05 Uhr", "Europe/Berlin", ["de"], "2024-03-12T14:05:00+01:00"),
        ("Publié le 12 mars 2024 à 14h05", "Europe/Paris", ["fr"], "2024-03-12T14:05:00+01:00"),
        ("12 de marzo de 2024 - 14:05 CET", None, ["es"], "2024-03-12T14:05:00+01:00"),
        ("12/03/2024 14h05", "America/Sao_Paulo", ["pt"], "2024-03-12T14:05:00-03:00"),
        ("12.03.2024", None, ["de"], "2024-03-12"),
        ("May 23, 2018 8:15 PM", None, ["en"], "2018-05-23"),  # naive and no zone: the day only
    ],
)
def test_parse_visible(raw: str, tz: str | None, langs: list[str], expected: str) -> None:
    found = parse_visible(raw, tz, langs, use_dateparser=False)
    assert found is not None and found.value == expected
    assert found.raw in raw  # the date as printed (see the next test)


@pytest.mark.parametrize(
    ("raw", "printed"),
    [
        ("Tuesday, March 9, 2004 | Weather: 54°F Partly Cloudy | Subscribe", "Tuesday, March 9, 2004"),
        ("This page was last updated on April 24, 2001.", "April 24, 2001"),
        ("Publié le 12 mars 2024 à 14h05", "12 mars 2024 à 14h05"),
        ("4:23 PM ET, Tue November 29, 2016 | Share", "4:23 PM ET, Tue November 29, 2016"),
        ("Rabu, 23 Mei 2018 20:15 WIB", "Rabu, 23 Mei 2018 20:15 WIB"),
    ],
)
def test_the_raw_value_is_the_date_as_printed_without_its_neighbours(raw: str, printed: str) -> None:
    """published_at_raw is the date read, not the line around it (a masthead strip's weather and links,
    a footer's sentence): the neighbours are no part of the date, and junk in the record."""
    found = parse_visible(raw, None, ["en", "fr", "id"], use_dateparser=False)
    assert found is not None and found.raw == printed


def test_numeric_dates_are_not_day_first_in_english() -> None:
    assert parse_visible("03/12/2024", None, ["en"], use_dateparser=False) is None
    # nor read in the fast pass when unambiguous (post lists print them beside every listed post)
    assert parse_visible("07-28-2008", None, ["en"], use_dateparser=False) is None


def test_iso_keeps_offset_and_source() -> None:
    found = parse_iso("2018-05-23T20:15:00+07:00", "Europe/Berlin", "jsonld")
    assert found is not None and (found.value, found.source) == ("2018-05-23T20:15:00+07:00", "jsonld")


def test_url_date_is_day_only() -> None:
    found = from_url("https://x.example/berita/2018/05/23/judul.html")
    assert found is not None and (found.value, found.source) == ("2018-05-23", "url")


@pytest.mark.parametrize(
    ("locale", "zone"),
    [("pt-BR", "America/Sao_Paulo"), ("de", "Europe/Berlin"), ("en", None), ("es", None), (None, None)],
)
def test_zone_for_locale(locale: str | None, zone: str | None) -> None:
    assert zone_for_locale(locale) == zone


def test_pages_without_a_language_ask_dateparser_in_the_detected_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """No lang attribute: dateparser gets the detected language and English, not all ~200 of its locales."""
    from newsbot.extraction import dates, metadata

    asked: list[list[str] | None] = []
    real = dates._dateparser

    def spy(raw: str, tz: str | None, languages: list[str] | None, source: str) -> dates.FoundDate | None:
        asked.append(languages)
        return real(raw, tz, languages, source)

    monkeypatch.setattr(dates, "_dateparser", spy)
    paragraph = (
        "<p>Der Stadtrat hat am Dienstag über den Haushalt für das kommende Jahr beraten und neue Pläne "
        "für den Ausbau der Radwege in der Innenstadt beschlossen.</p>"
    )
    page = (
        f"<html><head><title>Stadtrat beschließt Haushalt</title></head><body><h1>Stadtrat beschließt Haushalt"
        f"</h1><span class='date'>Dienstag, 12.März.2024</span>{paragraph * 4}</body></html>"
    )
    from lxml import html

    meta = metadata.extract_metadata(html.fromstring(page), "https://example.de/politik/haushalt")
    assert asked == [["de", "en"]]
    assert meta.published is not None and meta.published.value == "2024-03-12"
    # A declared language is used as it is.
    asked.clear()
    metadata.extract_metadata(html.fromstring(page.replace("<html>", "<html lang='de'>")), "https://example.de/x")
    assert asked == [["de"]]


@pytest.mark.parametrize(
    ("raw", "langs", "expected"),
    [
        ("29.11.2016 um 15:26 Uhr", ["de"], "2016-11-29"),  # day first
        ("11/29/2016", ["de"], "2016-11-29"),  # month first is the only reading
        ("2016年11月29日 15:26", ["ja"], "2016-11-29"),
        ("2016年11月29日(火) 15時26分", ["ja"], "2016-11-29"),
        ("2016년 11월 29일 15:26", ["ko"], "2016-11-29"),
    ],
)
def test_numeric_and_cjk_dates_read_in_the_only_possible_order(raw: str, langs: list[str], expected: str) -> None:
    found = parse_visible(raw, None, langs, use_dateparser=False)
    assert found is not None and found.value[:10] == expected
    assert found.naive == f"{expected}T15:26:00" or "15" not in raw


def test_an_ambiguous_numeric_date_keeps_its_other_reading() -> None:
    found = parse_visible("11/01/2023 12:43", None, ["de"], use_dateparser=False)
    assert found is not None and found.value == "2023-01-11" and found.swapped is not None
    assert found.swapped.value == "2023-11-01" and found.swapped.naive == "2023-11-01T12:43:00"
    # 12/12 or a day past 12 reads one way only
    found = parse_visible("12/12/2023", None, ["de"], use_dateparser=False)
    assert found is not None and found.swapped is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-04-30 11:43 GMT+7", "2024-04-30T11:43:00+07:00"),  # was read as UTC, the +7 lost
        ("2024-04-30T11:43:00 UTC+05:30", "2024-04-30T11:43:00+05:30"),
        ("30/04/2024 11:43 (GMT+7)", "2024-04-30T11:43:00+07:00"),  # a zone in brackets
        ("Apr 30, 2024 at 11:43 AM (UTC+2)", "2024-04-30T11:43:00+02:00"),
        ("2024-04-30 11:43 UTC", "2024-04-30T11:43:00+00:00"),
    ],
)
def test_an_offset_written_after_utc_or_gmt_or_in_brackets_is_kept(raw: str, expected: str) -> None:
    found = parse_visible(raw, None, ["en"] if "Apr " in raw else ["vi"], use_dateparser=False)
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    ("locale", "zone"),
    [
        ("fr-CA", None),  # Canada's clocks, not Paris's (the language's home was taken before)
        ("fr-SN", None),  # a country without an entry: no guess from the language
        ("it-CH", "Europe/Zurich"),
        ("en-KE", "Africa/Nairobi"),  # the region's country keeps one clock
        ("zh-TW", "Asia/Taipei"),
        ("ms", "Asia/Kuala_Lumpur"),  # Malay is written at +08:00 wherever it is a national language
        ("fil", "Asia/Manila"),
        ("en-GB", "Europe/London"),
        ("de-DE-1996", "Europe/Berlin"),  # no two-letter region: the language's
    ],
)
def test_a_locales_region_names_the_clock(locale: str, zone: str | None) -> None:
    assert zone_for_locale(locale) == zone


@pytest.mark.parametrize(
    ("raw", "langs", "expected"),
    [
        ("5 Ogos 2024, 10:30", ["ms"], "2024-08-05"),  # Malay
        ("Hulyo 4, 2024", ["tl"], "2024-07-04"),  # Tagalog
        ("5 października 2023 10:00", ["pl"], "2023-10-05"),
        ("12. března 2024", ["cs"], "2024-03-12"),
        ("5 Ağustos 2024 14:30", ["tr"], "2024-08-05"),
        ("5 janv. 2024", ["fr"], "2024-01-05"),
        ("5. Mrz 2024", ["de"], "2024-03-05"),
        ("5 maj 2024", ["sv"], "2024-05-05"),
    ],
)
def test_month_names_of_more_languages_are_read_without_dateparser(raw: str, langs: list[str], expected: str) -> None:
    found = parse_visible(raw, None, langs, use_dateparser=False)
    assert found is not None and found.value[:10] == expected


def test_an_english_word_is_not_read_as_a_month_abbreviation() -> None:
    assert parse_visible("sold 5 out 2000 units", None, ["en"], use_dateparser=False) is None
