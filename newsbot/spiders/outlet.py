"""`scrapy crawl outlet -a outlet=NAME`: crawl one configured outlet.

The spider only discovers and fetches: every HTML response becomes a `FetchedPage` item for the
pipelines to extract; every failed request becomes a `Rejection` (HTTP status) or an `ErrorRecord`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import scrapy
from scrapy.http import Response
from scrapy.linkextractors import LinkExtractor
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from ..discovery import looks_like_xml, parse_feed, parse_sitemap
from ..items import FetchedPage
from ..models import ErrorRecord, Rejection
from ..outlets import Outlet, load_outlet
from ..safety import ALLOWED_SCHEMES, failure_record


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _rebase(url: str, base: str | None) -> str:
    if not base:
        return url
    b = urlsplit(base)
    u = urlsplit(url)
    return urlunsplit((b.scheme, b.netloc, u.path, u.query, u.fragment))


def _is_html(response: Response) -> bool:
    ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
    if "html" in ctype or "xhtml" in ctype:
        return True
    if ctype and not ctype.startswith("text/plain") and "octet-stream" not in ctype:
        return False
    head = response.body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


class OutletSpider(scrapy.Spider):
    """Crawl a configured outlet: its feeds, sitemaps and start pages, following its links."""

    name = "outlet"

    def __init__(self, outlet: str | None = None, base_url: str | None = None,
                 max_pages: str | int | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if not outlet:
            raise ValueError("missing spider argument: -a outlet=NAME")
        self.outlet_name = outlet
        self.base_url = base_url.rstrip("/") if base_url else None
        self.max_pages = int(max_pages) if max_pages else None
        self.outlet: Outlet | None = None
        self.pages_scheduled = 0

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> OutletSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.outlet = load_outlet(spider.outlet_name, crawler.settings.get("NEWSBOT_OUTLETS_DIR"))
        domains = list(spider.outlet.domains)
        if spider.base_url:
            base = urlsplit(spider.base_url)
            domains.append(base.hostname or "")
            if base.port:  # Scrapy's LinkExtractor matches domains against host:port, so add the netloc too
                domains.append(base.netloc)
        spider.allowed_domains = domains
        spider.link_extractor = LinkExtractor(allow_domains=domains, deny=spider.outlet.deny)
        return spider

    def _local(self, url: str) -> str:
        """With base_url set (a mirror of the outlet, e.g. a fixture server), its domains map onto it."""
        if self.base_url and self.outlet and (urlsplit(url).hostname or "") in self.outlet.domains:
            return _rebase(url, self.base_url)
        return url

    def _page_request(self, url: str, listing: dict[str, str | None] | None = None
                      ) -> scrapy.Request | Rejection | None:
        if urlsplit(url).scheme.lower() not in ALLOWED_SCHEMES:
            # file:, ftp:, data:, javascript: ... are never requested; the URL still ends as a record.
            return Rejection(url=url[:2000], outlet=self.outlet_name, reason="offsite",
                             detail="scheme: only http and https are requested", fetched_at=_now())
        url = self._local(url)
        if self.max_pages is not None and self.pages_scheduled >= self.max_pages:
            return None
        self.pages_scheduled += 1
        return scrapy.Request(url, callback=self.parse_page, errback=self.on_error,
                              cb_kwargs={"listing": listing or {}})

    async def start(self) -> AsyncIterator[scrapy.Request]:
        assert self.outlet is not None
        for url in self.outlet.feeds:
            yield scrapy.Request(_rebase(url, self.base_url), callback=self.parse_feed, errback=self.on_error,
                                 meta={"newsbot_discovery": True})
        for url in self.outlet.sitemaps:
            yield scrapy.Request(_rebase(url, self.base_url), callback=self.parse_sitemap,
                                 errback=self.on_error, meta={"newsbot_discovery": True})
        for url in self.outlet.start_urls:
            request = self._page_request(_rebase(url, self.base_url))
            if request:
                yield request

    def parse_feed(self, response: Response) -> Iterator[Any]:
        """Article URLs from an RSS/Atom feed."""
        for entry in parse_feed(response.body, response.url):
            request = self._page_request(entry.url, {"published": entry.published, "title": entry.title,
                                                     "source": "feed"})
            if request:
                yield request

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        """Article URLs (and child sitemaps) from a sitemap."""
        for entry in parse_sitemap(response.body, response.url):
            if entry.is_sitemap:
                yield scrapy.Request(self._local(entry.url), callback=self.parse_sitemap, errback=self.on_error,
                                     meta={"newsbot_discovery": True})
                continue
            request = self._page_request(entry.url, {"published": entry.published, "modified": entry.modified,
                                                     "title": entry.title, "language": entry.language,
                                                     "source": "sitemap"})
            if request:
                yield request

    def parse_page(self, response: Response, listing: dict[str, str | None]) -> Iterator[Any]:
        """Hand the page to the pipelines and follow its links."""
        if not _is_html(response) or looks_like_xml(response.body):
            ctype = response.headers.get(b"Content-Type", b"").decode("latin-1")
            yield Rejection(url=response.url, outlet=self.outlet_name, reason="not_html",
                            detail=f"Content-Type {ctype or 'missing'}", fetched_at=_now(),
                            http_status=response.status)
            return
        charset = None
        ctype = response.headers.get(b"Content-Type", b"").decode("latin-1")
        if "charset=" in ctype.lower():
            charset = ctype.lower().split("charset=", 1)[1].split(";")[0].strip()
        yield FetchedPage(url=response.url, body=response.body, status=response.status,
                          outlet=self.outlet_name, fetched_at=_now(), http_charset=charset, listing=listing)
        for link in self.link_extractor.extract_links(response):
            request = self._page_request(link.url)
            if request:
                yield request

    def on_error(self, failure: Failure) -> Iterator[Any]:
        """A request that failed after retries: a Rejection for HTTP errors, else an ErrorRecord."""
        request = failure.request  # type: ignore[attr-defined]
        if failure.check(HttpError):
            response = failure.value.response
            yield Rejection(url=request.url, outlet=self.outlet_name, reason="http_error",
                            detail=f"HTTP {response.status}", fetched_at=_now(), http_status=response.status)
            return
        # Policy refusals (offsite) and size caps (too_large) are rejections with their reason.
        refused = failure_record(failure, request.url, self.outlet_name, _now())
        if refused is not None:
            yield refused
            return
        detail = str(failure.value)[:500]
        yield ErrorRecord(url=request.url, outlet=self.outlet_name, kind=failure.type.__name__,
                          detail=detail, fetched_at=_now())
