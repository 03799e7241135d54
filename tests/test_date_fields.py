"""The schema-2 date group of a record (issue 15): a time the page gives without a zone is not lost, and the
record says where its offset came from."""

from __future__ import annotations

from typing import Any

import pytest

from newsbot.extraction import extract
from newsbot.models import Article
from newsbot.outlets import Outlet

BODY = " ".join(
    f"<p>The harbour board agreed on Monday to rebuild the old wooden pier number {i} before the winter storms.</p>"
    for i in range(8)
)


def page(meta: str, lang: str = "en", printed: str = "") -> bytes:
    return f"""<html lang="{lang}"><head><title>Harbour board rebuilds pier</title>{meta}</head><body><article>
<h1>Harbour board rebuilds pier</h1><p class="date">{printed}</p>{BODY}</article></body></html>""".encode()


def dates(record: Any) -> dict[str, Any]:
    assert isinstance(record, Article), record
    return {k: v for k, v in record.model_dump().items() if k.startswith("published_") and k != "published_at_raw"}


URL = "https://harbour.example/news/pier.html"
NAIVE = '<meta property="article:published_time" content="2024-03-05T14:30:00">'


def test_a_time_without_zone_keeps_its_wall_clock() -> None:
    """No outlet zone, no locale zone, no other dated metadata: schema 1 kept '2024-03-05' only."""
    assert dates(extract(page(NAIVE), URL)) == {
        "published_at": None,
        "published_date": "2024-03-05",
        "published_at_precision": "second",
        "published_at_local": "2024-03-05T14:30:00",
        "published_at_zone_source": None,
        "published_at_source": "meta",
    }


@pytest.mark.parametrize(
    ("meta", "lang", "outlet", "expected_at", "source"),
    [
        (NAIVE, "en", Outlet(name="h", domains=["harbour.example"], timezone="Asia/Tokyo"), "+09:00", "outlet"),
        (NAIVE, "pt-BR", None, "-03:00", "locale"),
        (
            NAIVE + '<meta property="article:modified_time" content="2024-03-06T09:00:00+02:00">',
            "en",
            None,
            "+02:00",
            "page",
        ),
        (
            '<meta property="article:published_time" content="2024-03-05T14:30:00+05:30">',
            "en",
            None,
            "+05:30",
            "stated",
        ),
    ],
)
def test_where_the_offset_comes_from(
    meta: str, lang: str, outlet: Outlet | None, expected_at: str, source: str
) -> None:
    got = dates(extract(page(meta, lang), URL, outlet))
    assert got["published_at"] == f"2024-03-05T14:30:00{expected_at}"
    assert got["published_at_local"] == "2024-03-05T14:30:00"
    assert got["published_at_zone_source"] == source


def test_day_only_and_printed_minutes() -> None:
    day = dates(extract(page('<meta property="article:published_time" content="2024-03-05">'), URL))
    assert (day["published_at"], day["published_date"], day["published_at_precision"]) == (None, "2024-03-05", "day")
    assert day["published_at_local"] is None and day["published_at_zone_source"] is None
    printed = dates(extract(page("", printed="5 March 2024, 14:30 GMT"), URL))
    assert printed["published_at"] == "2024-03-05T14:30:00+00:00"
    assert printed["published_at_precision"] == "minute"
