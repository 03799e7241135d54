"""`scrapy crawl site -a url=URL`: crawl a news site that has no outlet file.

Discovery, in order of trust:

1. robots.txt ``Sitemap:`` lines, then the usual sitemap paths (``/sitemap.xml``, ``/sitemap_index.xml``,
   ``/news-sitemap.xml``...): sitemap indexes are followed, Google News sitemaps' ``news:`` fields read;
2. feeds announced by the home page (``<link rel="alternate" type="application/rss+xml">``), then the
   usual feed paths (``/feed``, ``/rss.xml``, ``/atom.xml``...);
3. the home page's links: sections, pagination and tag pages are followed for more articles.

Links are told apart by URL heuristics (`newsbot.discovery.listings.classify_link`); from an article page only
article links are followed. Probes of usual paths that miss are counted (``newsbot/probe_misses``), not
recorded: they are guesses, not pages of the site. Records carry ``outlet: null``; files go to
``output/site-<host>/...``. The other arguments (since, max_pages, max_articles, fresh) work as for
the outlet spider.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.crawler import Crawler
from scrapy.exceptions import CannotResolveHostError
from scrapy.http import Response
from twisted.internet.error import DNSLookupError
from twisted.python.failure import Failure

from newsbot.crawler.safety import is_refusal
from newsbot.crawler.spiders.arguments import SiteArguments
from newsbot.crawler.spiders.outlet import OutletSpider, Output
from newsbot.discovery.listings import (
    COMMON_FEED_PATHS,
    COMMON_SITEMAP_PATHS,
    feed_links,
    parse_feed,
    parse_sitemap,
    robots_sitemaps,
)
from newsbot.discovery.planner import Found, PageKind
from newsbot.models import Rejection
from newsbot.outlets import Outlet


class SiteSpider(OutletSpider):
    """Discover and crawl an unconfigured site from its home page URL."""

    name = "site"

    arguments_model = SiteArguments

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        url = str(getattr(self.arguments, "url", ""))
        parts = urlsplit(url if "://" in url else f"https://{url}")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"url={url!r}: expected an http(s) URL")
        self.start_url = parts.geturl()
        self.root = f"{parts.scheme}://{parts.netloc}"
        self.outlet_name = None  # unconfigured: records say outlet null
        host = parts.hostname.lower()
        self.run_name = "site-" + re.sub(r"[^a-z0-9]+", "-", f"{host}-{parts.port}" if parts.port else host).strip("-")
        self.found_feeds: list[str] = []
        self.found_sitemaps: list[str] = []

    def setup_outlet(self, crawler: Crawler) -> None:
        host = urlsplit(self.start_url).hostname or ""
        bare = host[4:] if host.startswith("www.") else host
        self.outlet = Outlet(name=self.run_name, domains=sorted({host, bare}), start_urls=[self.start_url])
        self._setup_links(crawler)

    async def start(self) -> AsyncIterator[scrapy.Request | Rejection]:
        yield self._discovery_request(
            urljoin(self.root, "/robots.txt"), self.parse_robots, self.on_probe_miss, source=False
        )
        # The home page is a page of the run like any other: claimed through the planner, so that the home page's
        # own links back to it are not requested again (Scrapy's duplicate filter would drop that request and the
        # claim would end as a false RequestDropped error besides the home page's own record).
        for record in self._page_requests([Found(self.start_url, "listing")], 0, source=True):
            yield record.replace(callback=self.parse_home) if isinstance(record, scrapy.Request) else record

    def _probe(self, url: str, callback: Callable[[Response], Iterator[Output]]) -> scrapy.Request:
        """A request for a feed or sitemap the crawl found (robots.txt, the home page) or guessed (a usual path):
        a source of the run's outcome only when it answers usably. Sites keep stale ``Sitemap:`` lines and feed
        links for years; the user named only the home page, so only its failure fails the run."""
        return self._discovery_request(url, callback, self.on_probe_miss, source="probe")

    def parse_robots(self, response: Response) -> Iterator[Output]:
        """Sitemaps named by robots.txt; the usual sitemap paths when it names none."""
        named = robots_sitemaps(response.body, response.url) if response.status == 200 else []
        for url in named or [urljoin(self.root, p) for p in COMMON_SITEMAP_PATHS]:
            yield self._probe(url, self.parse_sitemap_doc)

    def on_probe_miss(self, failure: Failure) -> Iterator[scrapy.Request]:
        """A found or guessed path that is not there: counted, no record (it was never a page of the site)."""
        request = failure.request  # type: ignore[attr-defined]
        self._inc("probe_misses")
        if isinstance(failure.value, DNSLookupError | CannotResolveHostError) or is_refusal(failure.value):
            return  # the host is not there (no name, nothing listening): guessing paths on it would only wait
        if urlsplit(request.url).path == "/robots.txt":
            for path in COMMON_SITEMAP_PATHS:
                yield self._probe(urljoin(self.root, path), self.parse_sitemap_doc)

    def parse_sitemap_doc(self, response: Response) -> Iterator[Output]:
        """A discovered sitemap: remembered, then parsed like a configured one."""
        if parse_sitemap(response.body, response.url):
            self.found_sitemaps.append(response.url)
        yield from self.parse_sitemap(response)

    def parse_feed_doc(self, response: Response) -> Iterator[Output]:
        """A discovered feed: remembered, then parsed like a configured one."""
        if parse_feed(response.body, response.url):
            self.found_feeds.append(response.url)
        yield from self.parse_feed(response)

    def parse_home(self, response: Response, kind: PageKind = "listing") -> Iterator[Output]:
        """The home page: its announced feeds (or the usual feed paths), then the page itself and its links."""
        announced = feed_links(response.body, response.url) if self._html(response) else []
        for url in announced or [urljoin(self.root, p) for p in COMMON_FEED_PATHS]:
            if urlsplit(url).hostname in self.allowed_domains:
                yield self._probe(url, self.parse_feed_doc)
        yield from self.parse_page(response, kind)

    @staticmethod
    def _html(response: Response) -> bool:
        return b"<" in response.body[:2048]
