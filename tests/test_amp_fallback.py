"""A story reached through its AMP copy is handed over to its main URL (`OutletSpider._amp_copy`). The hand-over
must not lose it: the feed or sitemap dates of the copy go with the main URL's request, and when the main URL
fails (an HTTP error, a timeout) the copy's page is extracted in its place, recorded under the main URL."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import SITES, run_crawl
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import TimeoutError as TwistedTimeout
from twisted.python.failure import Failure

BASE = "http://127.0.0.1:9"
BRIDGE = "/news/2024/03/12/harbour-bridge-repairs-to-finish-early.html"
AMP = BRIDGE.replace(".html", ".amp.html")


def _amp_body(base: str = BASE) -> bytes:
    raw = (SITES / "harbourtimes" / AMP.lstrip("/")).read_bytes()
    return raw.replace(b"{{base}}", base.encode())


def _spider() -> object:
    from scrapy.utils.test import get_crawler

    from newsbot.crawler.spiders.outlet import OutletSpider

    crawler = get_crawler(OutletSpider, {})
    return OutletSpider.from_crawler(crawler, outlet="harbourtimes", base_url=BASE)


def _main_request(spider: object) -> tuple[Request, list[object]]:
    """The main URL's request the AMP copy (listed in a sitemap with dates) hands over to, and all it yielded."""
    from newsbot.discovery.listings import Entry
    from newsbot.discovery.planner import Found

    entry = Entry(url=BASE + AMP, published="2024-03-12T09:30:00+00:00", modified="2024-03-13T08:00:00+00:00")
    [copy_request] = list(spider._page_requests([Found(entry.url, "article", entry, "sitemap")], 1))  # type: ignore[attr-defined]
    response = HtmlResponse(
        copy_request.url, body=_amp_body(), request=copy_request, headers={"Content-Type": "text/html; charset=utf-8"}
    )
    out = list(spider.parse_page(response, kind="article"))  # type: ignore[attr-defined]
    main = [r for r in out if isinstance(r, Request) and urlsplit(r.url).path == BRIDGE]
    assert len(main) == 1, out
    return main[0], out


def test_the_amp_copys_listing_dates_go_with_the_main_urls_request() -> None:
    from newsbot.models import Rejection

    spider = _spider()
    main, out = _main_request(spider)
    # The copy's feed/sitemap dates: the fallback publication date and the "changed since" check of the main URL.
    assert main.meta["newsbot_listing"]["published"] == "2024-03-12T09:30:00+00:00"
    assert main.meta["newsbot_listing"]["modified"] == "2024-03-13T08:00:00+00:00"
    assert main.meta["newsbot_listing"]["source"] == "sitemap"
    copies = [r for r in out if isinstance(r, Rejection)]
    assert [(urlsplit(r.url).path, r.reason) for r in copies] == [(AMP, "duplicate")]


@pytest.mark.parametrize("fault", ["timeout", "http503", "http404"])
def test_a_failing_main_url_falls_back_to_the_amp_copys_page(fault: str) -> None:
    from newsbot.crawler.items import FetchedPage

    spider = _spider()
    main, _ = _main_request(spider)
    if fault == "timeout":
        failure = Failure(TwistedTimeout(string="Getting the page took longer than 180 seconds."))
    else:
        status = int(fault[4:])
        failure = Failure(HttpError(HtmlResponse(main.url, status=status, request=main), "Ignoring non-200 response"))
    failure.request = main  # type: ignore[attr-defined] - as Scrapy hands it to the errback
    records = list(spider.on_error(failure))  # type: ignore[attr-defined]
    assert len(records) == 1 and isinstance(records[0], FetchedPage), records
    page = records[0]
    assert page.url == main.url  # recorded under the main URL, with the copy's text
    assert page.body == _amp_body() and page.status == 200 and page.http_charset == "utf-8"
    assert page.listing["published"] == "2024-03-12T09:30:00+00:00"  # its listing travels on to the state stage


def test_a_failing_main_url_without_a_copy_is_recorded_as_before() -> None:
    from newsbot.models import Rejection

    spider = _spider()
    request = Request(BASE + BRIDGE, meta={"newsbot_claim": "u:" + BASE + BRIDGE})
    failure = Failure(HttpError(HtmlResponse(request.url, status=404, request=request), "Ignoring non-200 response"))
    failure.request = request  # type: ignore[attr-defined]
    [record] = list(spider.on_error(failure))  # type: ignore[attr-defined]
    assert isinstance(record, Rejection) and record.reason == "http_error" and record.detail == "HTTP 404"


@pytest.mark.crawl
def test_a_story_whose_main_url_is_gone_is_extracted_from_its_amp_copy(
    site_copy: tuple[Path, str], tmp_path: Path
) -> None:
    """Only the AMP copy of the bridge story is linked within reach (DEPTH_LIMIT 1, a tag page lists it), and its
    main URL answers 404: the article is still recorded, under the main URL, from the copy's page."""
    root, base = site_copy
    (root / BRIDGE.lstrip("/")).unlink()  # the main URL answers 404
    outlets = tmp_path / "outlets"
    outlets.mkdir()
    toml = (SITES.parent.parent / "newsbot" / "outlets" / "harbourtimes.toml").read_text(encoding="utf-8")
    lines = [line for line in toml.splitlines() if not line.startswith(("start_urls", "feeds", "sitemaps"))]
    lines.insert(1, f'start_urls = ["{base}/tag/ferries/"]')
    (outlets / "harbourtimes.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_crawl(
        tmp_path / "out",
        "outlet=harbourtimes",
        f"base_url={base}",
        settings={"NEWSBOT_OUTLETS_DIR": str(outlets), "DEPTH_LIMIT": "1"},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    bridge = [a for a in result.articles if a["canonical_url"].endswith(BRIDGE)]
    assert len(bridge) == 1, json.dumps(result.rejections + result.errors)[:2000]
    assert urlsplit(bridge[0]["url"]).path == BRIDGE
    assert bridge[0]["title"] == "Harbour bridge repairs to finish three weeks early"
    assert bridge[0]["word_count"] > 50
    # One record per URL: the copy is a duplicate rejection, the main URL's 404 became the article.
    by_path = [urlsplit(r["url"]).path for r in result.rejections + result.errors]
    assert by_path.count(AMP) == 1 and BRIDGE not in by_path
    assert "extracting its AMP copy" in result.stderr
