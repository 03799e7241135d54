"""`scrapy crawl urls -a urls_file=FILE`: fetch exactly the pages a list names, one record each.

The daily "here are 5,000 links, give me records" job: each line of the file (``-``: standard input) is a page
URL (blank lines and ``#`` comments are skipped; a URL without a scheme gets ``https://``). Every URL is
fetched and ends as one record (an article, a rejection or an error); its links are not followed. A listed
page whose URL is not an article's and that has a pager to a next page (a section front), or a tag, author or
numbered listing URL, is a ``not_article`` rejection without extraction, as in the other spiders. The same
politeness (robots.txt, AutoThrottle, per-domain concurrency, the network policy), state and dedupe as the
other spiders: a URL listed twice is fetched once, an article an earlier run emitted is not
fetched again (an ``unchanged`` rejection; ``-a fresh=1`` fetches it anyway), ``since`` skips URLs whose path
carries an older date, ``max_pages`` and ``max_articles`` bound the run. The file is read as the crawl goes,
not into memory. Records carry ``outlet: null``; files go to ``output/urls/...``. Any host may be listed (the
list names them, so there is no outlet domain to stay on).
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import Crawler
from scrapy.http import Response

from newsbot.crawler.spiders.arguments import UrlsArguments
from newsbot.crawler.spiders.outlet import OutletSpider
from newsbot.discovery.links import PagerLink, SameSiteLinks
from newsbot.discovery.planner import Found
from newsbot.models import Rejection
from newsbot.outlets import Outlet

#: URLs planned at once: a batch is claimed in one round trip to the state (Redis), and the file is read no
#: further ahead than Scrapy takes requests.
_BATCH = 100


def read_urls(handle: IO[str]) -> Iterator[str]:
    """The page URLs of a list, one a line: blank lines and ``#`` comments skipped, ``https://`` added to a URL
    without a scheme."""
    for raw in handle:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        yield line if "://" in line or line.startswith(("data:", "javascript:", "mailto:")) else f"https://{line}"


class UrlsSpider(OutletSpider):
    """Fetch each URL of a list as one page; follow nothing."""

    name = "urls"

    arguments_model = UrlsArguments
    # The list names exactly the pages to record: a listed AMP copy is extracted as itself.
    amp_to_main = False

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.urls_file = str(getattr(self.arguments, "urls_file", ""))
        if self.urls_file != "-" and not Path(self.urls_file).is_file():
            raise ValueError(f"urls_file={self.urls_file!r}: no such file")
        self.outlet_name = None  # records say outlet null
        self.run_name = "urls"
        #: A link scanner per host of the list (for next-page links only).
        self._hosts: dict[str, SameSiteLinks] = {}

    def setup_outlet(self, crawler: Crawler) -> None:
        self.outlet = Outlet(name=self.run_name, domains=["urls.invalid"], start_urls=[])
        self._setup_links(crawler)
        self.allowed_domains = []  # the list names its hosts: no outlet domain to keep to

    async def start(self) -> AsyncIterator[scrapy.Request | Rejection]:
        handle: IO[str] = sys.stdin if self.urls_file == "-" else open(self.urls_file, encoding="utf-8-sig")  # noqa: SIM115
        try:
            batch: list[Found] = []
            for url in read_urls(handle):
                batch.append(Found(url, "article"))
                if len(batch) >= _BATCH:
                    for record in self._page_requests(batch, 0):
                        yield record
                    batch = []
            for record in self._page_requests(batch, 0):
                yield record
        finally:
            if handle is not sys.stdin:
                handle.close()

    def _pager(self, response: Response, kind: str) -> list[PagerLink]:
        # Any listed page may be a listing (a section front on the list): its pager is evidence of that. Its
        # next page is on its own host (the list has no outlet domains).
        parts = urlsplit(response.url)
        if len(self._hosts) > 1000:
            self._hosts.clear()
        self.link_extractor = self._hosts.setdefault(
            parts.netloc, SameSiteLinks([parts.netloc, parts.hostname or parts.netloc])
        )
        return super()._pager(response, "listing")

    def _listing_position(self, response: Response, kind: str, pager: list[PagerLink]) -> str | None:
        """A listed page whose URL is not an article's is a listing when it has a pager or a tag/author/numbered
        listing URL (`newsbot.discovery.planner.listing_position`); article URLs are left to extraction."""
        if self._kind(response.url) == "article":
            return None
        return super()._listing_position(response, "listing", pager)

    def follow_links(
        self, response: Response, kind: str, pager: list[PagerLink] | None = None
    ) -> Iterator[scrapy.Request | Rejection]:
        """A listed page's links are not followed: the list is the crawl."""
        return iter(())
