"""offset17: a UTC instant of the metadata reported in the publisher's own offset when the page or the outlet
tells it (see datecands._publisher_clock), and never an invented offset."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from newsbot.extraction import extract
from newsbot.extraction.datecands import offset_plausibility
from newsbot.models import Article
from newsbot.outlets import Outlet

_BODY = "".join(
    f"<p>{text} The council met late into the night and talked about the budget for the coming year.</p>"
    for text in (
        "Residents packed the hall to hear the plan for the bus routes across the river.",
        "Officials said the changes would take effect next month after a final public hearing.",
        "Several speakers asked for more evening services and for shelters at the busiest stops.",
        "The transport committee will publish the final timetable before the end of the month.",
    )
)


_URL = "https://www.citynews.example/news/council-backs-night-bus-plan"


def _page(
    head: str, dateline: str, lang: str = "en", jsonld_date: str = "2025-03-04T02:02:00Z", extra: str = ""
) -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        "<title>Council backs new night bus plan</title>"
        '<meta property="og:title" content="Council backs new night bus plan">'
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
        f'"headline":"Council backs new night bus plan","datePublished":"{jsonld_date}"{extra},'
        '"author":{"@type":"Person","name":"Jane Porter"}}</script>'
        f"{head}</head><body><main><article><h1>Council backs new night bus plan</h1>"
        f'<div class="byline">By Jane Porter</div><div class="date">{dateline}</div>{_BODY}</article></main>'
        "</body></html>"
    )


def _record(html: str, outlet: Outlet | None = None, url: str = _URL) -> Article:
    record = extract(html.encode(), url, outlet, http_status=200)
    assert isinstance(record, Article)
    return record


def _at(record: Article) -> str | None:
    return record.model_dump(mode="json")["published_at"]


def test_the_instant_printed_with_a_us_zone_is_reported_in_that_offset() -> None:
    """The issue's page: JSON-LD "…T02:02:00Z", the page prints "9:02 p.m. ET March 3, 2025": the publisher's
    day is March 3 (was: the UTC form and March 4, where the page shows no other date)."""
    record = _record(_page("", "Published 9:02 p.m. ET March 3, 2025"))
    assert _at(record) == "2025-03-03T21:02:00-05:00"
    assert str(record.published_date) == "2025-03-03"
    assert record.published_at_zone_source == "page"


def test_the_printed_zone_moves_an_instant_past_the_publishers_midnight() -> None:
    """Pattern "one instant, two clocks": JSON-LD's UTC instant is the next UTC day; the page prints it at
    9:02 p.m. ET the day before, the publisher's day (was: UTC kept, JSON-LD never moved)."""
    record = _record(_page("", "Published 9:02 p.m. ET March 3, 2025", jsonld_date="2025-03-04T02:02:00Z"))
    assert _at(record) == "2025-03-03T21:02:00-05:00"
    assert str(record.published_date) == "2025-03-03"
    assert str(record.published_at_local) == "2025-03-03T21:02:00"


def test_on_the_publishers_own_day_the_metadatas_utc_form_stays() -> None:
    """The same instant on the same local day: the metadata's form stands (the devset's fundus truths keep
    it; moving it changes no day and loses the literal offset on 44 in-sample pages)."""
    record = _record(_page("", "Published 5:02 a.m. ET March 4, 2025", jsonld_date="2025-03-04T10:02:00Z"))
    assert _at(record) == "2025-03-04T10:02:00+00:00"


def test_a_printed_zone_wins_over_the_zone_of_the_pages_language() -> None:
    """An Indonesian page from Bali prints WITA (+08:00); its language names Jakarta's clock (+07:00): the
    page's own statement of the instant wins (was: 06:30+07:00)."""
    html = _page("", "Kamis, 6 Maret 2025 07:30 WITA", lang="id", jsonld_date="2025-03-05T23:30:00Z")
    assert _at(_record(html)) == "2025-03-06T07:30:00+08:00"


def test_a_zoneless_wall_time_at_a_plausible_offset_gives_the_offset() -> None:
    """An Australian page ("en-AU": +08:00 to +11:00) prints "12:10am" for "…T14:10:32Z": +10:00."""
    html = _page("", "Posted Tue 15 Jul 2025 at 12:10am", lang="en-AU", jsonld_date="2025-07-14T14:10:32Z")
    record = _record(html)
    assert _at(record) == "2025-07-15T00:10:32+10:00"
    assert str(record.published_date) == "2025-07-15"


def test_og_locale_names_the_region_when_html_lang_does_not() -> None:
    """<html lang="en"> and og:locale "en_PH": the Philippines' +08:00 is plausible."""
    head = '<meta property="og:locale" content="en_PH">'
    html = _page(head, "Published March 5, 2025 12:45am", jsonld_date="2025-03-04T16:45:00Z")
    assert _at(_record(html)) == "2025-03-05T00:45:00+08:00"


def test_a_zoneless_wall_time_without_a_plausible_offset_invents_none() -> None:
    """English alone spans every offset: a wall time 10 hours from the UTC instant is no evidence (was:
    moved to +10:00 on any page)."""
    html = _page("", "Posted Tue 15 Jul 2025 at 12:10am", jsonld_date="2025-07-14T14:10:32Z")
    record = _record(html)
    assert _at(record) == "2025-07-14T14:10:32+00:00"


def test_a_printed_day_without_a_time_tells_no_offset() -> None:
    record = _record(_page("", "March 4, 2025", jsonld_date="2025-03-04T10:02:00Z"))
    assert _at(record) == "2025-03-04T10:02:00+00:00"
    assert record.published_at_zone_source == "stated"


def test_a_wall_time_equal_to_the_utc_one_means_utc() -> None:
    html = _page("", "4 March 2025, 10:02", lang="en-GB", jsonld_date="2025-03-04T10:02:00Z")
    assert _at(_record(html)) == "2025-03-04T10:02:00+00:00"


def test_a_time_elements_printed_text_tells_the_offset() -> None:
    """<time datetime="…T01:47:21Z">06/02/2025 22h47</time> on a pt-BR page: the evening before in -03:00
    (was: UTC kept, the next day)."""
    head = '<meta itemprop="datePublished" content="2025-02-07T01:47:21.000Z">'
    html = _page(
        head,
        '<time datetime="2025-02-07T01:47:21.000Z">06/02/2025 22h47</time>',
        lang="pt-BR",
        jsonld_date="2025-02-07T01:47:21.000Z",
    )
    assert _at(_record(html)) == "2025-02-06T22:47:21-03:00"


def test_the_pages_other_metadata_offset_moves_an_instant_past_midnight() -> None:
    """datePublished "Z" late at night, dateModified "+02:00" the next morning, the page's URL naming the
    local day: the page's own clock gives the publisher's day."""
    extra = ',"dateModified":"2025-07-15T09:30:00+02:00"'
    html = _page("", "", lang="en", jsonld_date="2025-07-14T23:05:00Z", extra=extra)
    record = _record(html, url="https://www.citynews.example/2025/07/15/harbour-story")
    assert _at(record) == "2025-07-15T01:05:00+02:00"
    assert record.published_at_zone_source == "page"
    # on the same local day the metadata's UTC form stays
    html = _page("", "", lang="en", jsonld_date="2025-07-14T15:05:00Z", extra=extra)
    assert _at(_record(html)) == "2025-07-14T15:05:00+00:00"


def test_an_offset_of_another_season_does_not_move_a_same_day_instant() -> None:
    """A dateModified months later may carry the other offset of summer time: no evidence for the instant."""
    extra = ',"dateModified":"2025-11-20T09:30:00+01:00"'
    html = _page("", "", lang="en", jsonld_date="2025-07-14T15:05:00Z", extra=extra)
    assert _at(_record(html)) == "2025-07-14T15:05:00+00:00"


def test_the_outlets_zone_moves_the_instant() -> None:
    """The outlet's file names its clock: the instant in it (was: UTC kept where the day is the same)."""
    outlet = Outlet(name="citynews", domains=["www.citynews.example"], timezone="Europe/Berlin")
    html = _page("", "", lang="en", jsonld_date="2025-07-14T15:05:00Z")
    record = _record(html, outlet=outlet)
    assert _at(record) == "2025-07-14T17:05:00+02:00"
    assert record.published_at_zone_source == "outlet"


@pytest.mark.parametrize(
    ("hours", "ranges", "zones", "expected"),
    [
        (-3, [(-5, -2)], [], True),
        (-4.25, [(-5, -2)], [], False),  # a quarter hour within a range: another event's time
        (-3.5, [(-5, -2)], [], True),
        (10, [], [], False),  # no hint at all: nothing is plausible
        (2, [], ["Europe/Berlin"], True),  # summer time at the instant
        (1, [], ["Europe/Berlin"], False),
        (5.75, [], ["Asia/Kathmandu"], True),
    ],
)
def test_offset_plausibility(hours: float, ranges: list[tuple[float, float]], zones: list[str], expected: bool) -> None:
    at = datetime(2025, 7, 14, 12, 0, tzinfo=UTC)
    assert offset_plausibility(zones, ranges)(timedelta(hours=hours), at) is expected
