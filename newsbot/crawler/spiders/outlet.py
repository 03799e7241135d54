"""`scrapy crawl outlet -a outlet=NAME`: crawl one configured outlet.

The spider only discovers and fetches: every HTML response becomes a `FetchedPage` item for the
pipelines to extract; every failed page request becomes a `Rejection` (HTTP status) or an
`ErrorRecord`. Feeds, sitemaps and robots.txt are discovery documents, not pages: they give URLs and
what the listing says about them (dates, news: title and language), nothing else.

Arguments (``-a NAME=VALUE``):

* ``outlet`` -- the outlet file's name (``newsbot outlets`` lists them);
* ``base_url`` -- serve the outlet from a mirror (the fixture server): its domains map onto it;
* ``since`` -- skip feed/sitemap items (and links with a date in the URL) older than this: an ISO date
  or datetime, or a span back from now such as ``36h``, ``7d``, ``2w``;
* ``max_pages`` -- at most this many page requests (feeds and sitemaps not counted); URLs found beyond the
  budget are skipped (``max_pages``);
* ``max_articles`` -- stop once this many articles were emitted; requests still queued or in flight then
  are skipped (``stopped``, the detail saying why the crawl stopped; so are they after a shutdown signal);
* ``fresh`` -- ``1`` ignores the incremental state: known pages are fetched and emitted again.

Incremental runs: a URL whose article was emitted by an earlier run (see `newsbot.state`) is not
requested again, unless a feed or sitemap now gives it a modification date different from the one
recorded; such skips are counted as ``skipped_known`` in the run summary.

What to do with each discovered URL is decided by the crawl planner (`newsbot.discovery.planner`); the spider
turns its decisions into requests and records. Every discovered URL ends as exactly one record per run,
fetched or not (`newsbot.state.claims`): a URL
longer than URLLENGTH_LIMIT is a ``too_large`` rejection; one deeper than DEPTH_LIMIT (Scrapy would
drop it silently), dated before ``since``, known from an earlier run or over ``max_pages`` is *skipped*:
no record, counted in the summary's ``skipped`` by reason (`newsbot.crawler.skipped`; listed only with
``NEWSBOT_RECORD_SKIPPED``). Skips are decided at the end of the run, because a later discovery (a
shallower link, a listing date saying the page changed) may still fetch the URL.
"""

from __future__ import annotations

import logging
import re
import zlib
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.settings import BaseSettings
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from newsbot import __version__
from newsbot.clock import now_iso
from newsbot.crawler import settings as defaults
from newsbot.crawler.items import FetchedPage
from newsbot.crawler.pipelines.state import StatePipeline
from newsbot.crawler.pipelines.writer import JsonlWriterPipeline
from newsbot.crawler.redis import errback_output
from newsbot.crawler.safety import ALLOWED_SCHEMES, failure_record
from newsbot.crawler.skipped import Skipped
from newsbot.crawler.spiders.arguments import CrawlArguments, OutletArguments, parse_arguments
from newsbot.discovery.links import PagerLink, SameSiteLinks, amp_main_url, next_page_links, teaser_dates
from newsbot.discovery.listings import Entry, classify_link, looks_like_xml, parse_feed, parse_sitemap, url_date
from newsbot.discovery.planner import (
    PRIORITY_DISCOVERY,
    URL_LENGTH_LIMIT,
    CrawlPlanner,
    Found,
    Limits,
    ListingMemory,
    ListingStep,
    Mirror,
    PageBudget,
    PageKind,
    SeenCheck,
    Source,
    linked_kind,
    listed_kind,
    listing_position,
    newest_first,
    parse_since,
    walk_stop,
)
from newsbot.extraction.urls import clean_url
from newsbot.models import ErrorRecord, Rejection
from newsbot.outlets import Outlet, OutletError, load_outlet

logger = logging.getLogger(__name__)

#: Request meta of a story's main URL reached through its AMP copy: the copy (URL, zlib-compressed body, status,
#: fetch time, charset), which stands in when the main URL fails (`OutletSpider._amp_fallback`).
AMP_COPY = "newsbot_amp_copy"

#: What a callback yields: requests, fetched pages and records.
Output = scrapy.Request | FetchedPage | Rejection | ErrorRecord

_ARTICLE_PAGE = re.compile(
    rb"""<meta[^>]+property=["']og:type["'][^>]+content=["']article|"@type"\s*:\s*"(?:News|Blog)?Article"|<article\b""",
    re.I,
)
_ARTICLE_TAG = re.compile(rb"<article\b", re.I)
# A page that says it is an article (not merely has <article> teasers): og:type article, JSON-LD Article types.
_DECLARES_ARTICLE = re.compile(
    rb"""<meta[^>]+property=["']og:type["'][^>]+content=["']article"""
    rb"""|"@type"\s*:\s*"[A-Za-z]*(?:Article|Posting)["]""",
    re.I,
)


def _depth(response: Response) -> int:
    """A page's depth in link hops from the start: the later pages of a listing keep its first page's depth
    (their requests reset Scrapy's own depth, see NEWSBOT_LISTING_PAGES)."""
    depth = response.meta.get("newsbot_depth")
    return int(depth) if depth is not None else int(response.meta.get("depth", 0))


def _content_type(response: Response) -> str:
    return (response.headers.get(b"Content-Type") or b"").decode("latin-1")


def _charset(response: Response) -> str | None:
    """The charset the Content-Type header names, or None."""
    ctype = _content_type(response).lower()
    return ctype.split("charset=", 1)[1].split(";")[0].strip() if "charset=" in ctype else None


def _is_html(response: Response) -> bool:
    ctype = _content_type(response).lower()
    if "html" in ctype or "xhtml" in ctype:
        return True
    if ctype and not ctype.startswith("text/plain") and "octet-stream" not in ctype:
        return False
    head = response.body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


class _OneLineRobotsErrors(logging.Filter):
    """robots.txt download failures are logged by Scrapy with a traceback; one line is enough."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info:
            record.exc_info = None
            record.exc_text = None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


class OutletSpider(scrapy.Spider):
    """Crawl a configured outlet: its feeds, sitemaps and start pages, following its links."""

    name = "outlet"

    #: The ``-a`` arguments (`newsbot.crawler.spiders.arguments`): unknown ones are refused.
    arguments_model: type[CrawlArguments] = OutletArguments
    #: An AMP copy of a story hands over to the story's main URL (`_amp_copy`), so the record's ``url`` does not
    #: depend on which copy the crawl reached first.
    amp_to_main = True

    def __init__(self, **kwargs: Any) -> None:
        # Arguments starting with "_" are not ours (scrapyd's _job): Scrapy's Spider keeps them as attributes.
        super().__init__(**{k: v for k, v in kwargs.items() if k.startswith("_")})
        self.arguments = parse_arguments(
            self.arguments_model, {k: v for k, v in kwargs.items() if not k.startswith("_")}
        )
        self.outlet_name: str | None = getattr(self.arguments, "outlet", None)
        self.base_url = self.arguments.base_url
        self.max_pages = self.arguments.max_pages
        self.max_articles = self.arguments.max_articles
        self.since = self.arguments.since
        self.fresh = self.arguments.fresh
        self.listing_pages = defaults.NEWSBOT_LISTING_PAGES
        self.outlet: Outlet | None = None
        #: How each start page, feed and sitemap answered: URL -> None (usable) or why not (the run's outcome,
        #: `newsbot.crawler.pipelines.writer`: none usable is a failed site, some a partial run).
        self.sources: dict[str, str | None] = {}
        #: Decides what each discovered URL becomes (configured with the crawl's settings in `setup_outlet`).
        self.planner: CrawlPlanner[scrapy.Request] = self._planner(Limits(since=self.since))

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        # The default user agent names the contact URL setting's *current* value (it may be set with -s).
        if settings.get("USER_AGENT") == defaults.USER_AGENT:
            contact = settings.get("NEWSBOT_CONTACT_URL") or defaults.NEWSBOT_CONTACT_URL
            settings.set("USER_AGENT", f"newsbot/{__version__} (+{contact})", priority="spider")

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> OutletSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.setup_outlet(crawler)
        robots_logger = logging.getLogger("scrapy.downloadermiddlewares.robotstxt")
        if not any(isinstance(f, _OneLineRobotsErrors) for f in robots_logger.filters):
            robots_logger.addFilter(_OneLineRobotsErrors())
        crawler.signals.connect(spider._bind_state, signal=signals.spider_opened)
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(spider._page_done, signal=signal)
        crawler.signals.connect(spider._request_dropped, signal=signals.request_dropped)
        return spider

    def _request_dropped(self, request: scrapy.Request, **kwargs: object) -> None:
        """The scheduler dropped a claimed page request: Scrapy's duplicate filter had seen it. The planner claims
        each URL once per run, so this happens when the filter remembers an earlier run: a crawl resumed from
        JOBDIR, whose paused run fetched (and recorded) the page. Not fetched here, so no record of this run:
        skipped as ``seen`` -- never a false RequestDropped error at the end of the run."""
        key = request.meta.get("newsbot_claim")
        if not key:
            return
        self.planner.answered(key)
        self._take_listing(request)
        self._inc("skipped_seen")
        writer = self.crawler.get_item_pipeline(JsonlWriterPipeline) if getattr(self, "crawler", None) else None
        if writer is not None:
            detail = "dropped by Scrapy's duplicate filter (fetched by the run this one resumes): not fetched"
            writer.process_item(Skipped(key[2:], self.outlet_name, "seen", detail))

    def _bind_state(self) -> None:
        """The crawl's state stage (found through Scrapy's API once the engine exists) holds the run's claims
        and the state store; without it (a bare crawler in a test) the planner keeps claims in memory."""
        state = self.crawler.get_item_pipeline(StatePipeline)
        if state is not None:
            self.planner.bind(state.claims, state.store)

    def _page_done(self, item: object = None, **kwargs: object) -> None:
        """A record left the pipelines: forget its page's listing (articles, rejections and errors alike)."""
        url = getattr(item, "url", None)
        if url is not None:
            self.planner.listings.page_done(url)

    def setup_outlet(self, crawler: Crawler) -> None:
        """Load the outlet file and derive the allowed domains, link extractor and planner."""
        assert self.outlet_name is not None
        self.outlet = load_outlet(self.outlet_name, crawler.settings.get("NEWSBOT_OUTLETS_DIR"))
        self._setup_links(crawler)

    def _setup_links(self, crawler: Crawler) -> None:
        assert self.outlet is not None
        domains = list(self.outlet.domains)
        for url in (self.base_url or "", *self.outlet.start_urls):
            base = urlsplit(url)
            if base.hostname and base.hostname not in domains:
                domains.append(base.hostname)
            if base.port and base.netloc not in domains:
                # links to a mirror are matched by host:port, so add the netloc too
                domains.append(base.netloc)
        self.allowed_domains = domains
        # Deny patterns are applied per link by classify_link (kind "denied"), not here.
        self.link_extractor = SameSiteLinks(domains)
        settings = crawler.settings
        self.listing_pages = settings.getint("NEWSBOT_LISTING_PAGES", defaults.NEWSBOT_LISTING_PAGES)
        # Scrapy's DEPTH_LIMIT (0: none) and URLLENGTH_LIMIT, applied by the planner so that what its middlewares
        # would drop silently ends as a record.
        self.planner = self._planner(
            Limits(
                settings.getint("DEPTH_LIMIT", 0), settings.getint("URLLENGTH_LIMIT", URL_LENGTH_LIMIT) or 0, self.since
            ),
            settings.getint("NEWSBOT_LISTING_MEMORY", defaults.NEWSBOT_LISTING_MEMORY),
        )

    def _planner(
        self, limits: Limits, listing_memory: int = defaults.NEWSBOT_LISTING_MEMORY
    ) -> CrawlPlanner[scrapy.Request]:
        return CrawlPlanner(
            limits,
            self._page_request,
            outlet=self.outlet_name,
            mirror=Mirror(self.base_url, self.outlet.domains if self.outlet else ()),
            schemes=ALLOWED_SCHEMES,
            listings=ListingMemory(listing_memory),
            seen=SeenCheck(self.fresh),
            budget=PageBudget(self.max_pages),
        )

    @property
    def pages_scheduled(self) -> int:
        """Page requests made against max_pages (won fetch claims; feeds and sitemaps not counted)."""
        return self.planner.budget.spent

    @property
    def listings(self) -> ListingMemory:
        """What feeds and sitemaps said about the URLs (the planner's memory)."""
        return self.planner.listings

    def listing_for(self, url: str) -> dict[str, str | None] | None:
        """What feeds/sitemaps said about a fetched page (asked once, by the state stage)."""
        return self.planner.listings.for_page(url)

    def _source(self, request: scrapy.Request | None, problem: str | None) -> None:
        """Note how a start page, feed or sitemap answered (other requests are not sources); a source that
        answered usably once stays usable (a retry or redirect does not undo it)."""
        source = request.meta.get("newsbot_source") if request is not None else None
        if not source or (source == "probe" and problem is not None):
            return  # not a source; or a guessed path that is not there (only a usable answer counts)
        assert request is not None
        url = request.meta.get("newsbot_source_url") or request.url
        if problem is None or self.sources.get(url, "") is not None:
            self.sources[url] = problem

    def _inc(self, key: str, count: int = 1) -> None:
        stats = getattr(getattr(self, "crawler", None), "stats", None)
        if stats is not None:
            stats.inc_value(f"newsbot/{key}", count)

    # --- requests --------------------------------------------------------------------------------
    def _page_request(self, url: str, priority: int, kind: PageKind) -> scrapy.Request:
        return scrapy.Request(
            url, callback=self.parse_page, errback=self.on_error, priority=priority, cb_kwargs={"kind": kind}
        )

    def _discovery_request(
        self,
        url: str,
        callback: Callable[[Response], Iterator[Output]],
        errback: Callable[[Failure], Iterator[Output]] | None = None,
        source: bool | str = True,
    ) -> scrapy.Request:
        """A feed or sitemap request: a source of the run; ``source="probe"`` for a guessed path (counted only
        when it answers usably), False for none (robots.txt)."""
        local = self.planner.mirror.local(url)
        return scrapy.Request(
            local,
            callback=callback,
            errback=errback or self.on_error,
            priority=PRIORITY_DISCOVERY,
            meta={"newsbot_discovery": True, "newsbot_source": source, "newsbot_source_url": local},
        )

    def _page_requests(
        self, found: Iterable[Found], depth: int, source: bool = False, meta: dict[str, Any] | None = None
    ) -> Iterator[scrapy.Request | Rejection]:
        """The planner's decisions on discovered page URLs as requests to fetch and records to write."""
        for planned in self.planner.plan((Found(*one) for one in found), depth):
            decision = planned.decision
            if decision.request is None:
                yield decision.rejection(self.outlet_name)
                continue
            request = decision.request
            # The claim key travels with the request (through retries and redirects): the answer marks it fetched.
            request.meta["newsbot_claim"] = decision.key
            request.meta["newsbot_listing"] = decision.listing
            request.meta["newsbot_depth"] = depth
            if meta:
                request.meta.update(meta)
            if planned.links_only:
                request.meta["newsbot_inherited"] = True
            if source:  # a start page: how it answers decides the run's outcome
                request.meta["newsbot_source"] = True
                request.meta["newsbot_source_url"] = request.url
            yield request

    def _kind(self, url: str) -> str:
        allow = self.outlet.allow if self.outlet else None
        deny = self.outlet.deny if self.outlet else None
        return classify_link(url, allow or None, deny or None)

    async def start(self) -> AsyncIterator[scrapy.Request | Rejection]:
        assert self.outlet is not None
        mirror = self.planner.mirror
        for url in self.outlet.feeds:
            yield self._discovery_request(mirror.rebase(url), self.parse_feed)
        for url in self.outlet.sitemaps:
            yield self._discovery_request(mirror.rebase(url), self.parse_sitemap)
        for record in self._page_requests(
            [Found(mirror.rebase(url), "listing") for url in self.outlet.start_urls], 0, source=True
        ):
            yield record

    # --- callbacks -------------------------------------------------------------------------------
    def parse(self, response: Response, **kwargs: Any) -> Iterator[Output]:
        """The default callback (`scrapy parse URL` without ``-c``): the page as the crawl would take it, an
        article or a listing page by its URL."""
        kind: PageKind = "article" if self._kind(response.url) == "article" else "listing"
        yield from self.parse_page(response, kind)

    def parse_feed(self, response: Response) -> Iterator[Output]:
        """Article URLs from an RSS/Atom feed."""
        self._inc("responses_ok")
        entries = parse_feed(response.body, response.url)
        self._source(
            response.request,
            None
            if entries or looks_like_xml(response.body)
            else f"not a feed (Content-Type {_content_type(response) or 'missing'})",
        )
        yield from self._page_requests(self._listed(newest_first(entries), "feed"), response.meta.get("depth", 0) + 1)

    def _listed(self, entries: list[Entry], source: Source) -> list[Found]:
        """The feed or sitemap entries to plan, in their order, each with its page kind."""
        found = []
        outlet_decides = bool(self.outlet and self.outlet.allow)
        for entry in entries:
            kind = listed_kind(self._kind(self.planner.mirror.local(entry.url)), outlet_decides)
            if kind:
                found.append(Found(entry.url, kind, entry, source))
        return found

    def parse_sitemap(self, response: Response) -> Iterator[Output]:
        """Article URLs (and child sitemaps) from a sitemap or sitemap index."""
        self._inc("responses_ok")
        depth = response.meta.get("depth", 0) + 1
        entries = newest_first(parse_sitemap(response.body, response.url))
        self._source(
            response.request,
            None
            if entries or looks_like_xml(response.body)
            else f"not a sitemap (Content-Type {_content_type(response) or 'missing'})",
        )
        for entry in entries:
            if not entry.is_sitemap or self.planner.limits.dated_before_since(entry.modified):
                continue  # a page; or a child sitemap not modified since: nothing newer inside
            # A child sitemap counts for the run's outcome only when it answers: indexes keep listing retired
            # children for years, and the user named the index, not them.
            child = self._discovery_request(
                entry.url, self.parse_sitemap, source="probe" if response.meta.get("newsbot_source") else False
            )
            decision = self.planner.child_sitemap(child, depth)
            if decision is not None:
                yield decision.request or decision.rejection(self.outlet_name)
        yield from self._page_requests(self._listed([e for e in entries if not e.is_sitemap], "sitemap"), depth)

    def parse_page(self, response: Response, kind: PageKind = "listing") -> Iterator[Output]:
        """Hand the page to the pipelines and follow its links."""
        self._inc("responses_ok")
        self.planner.answered(response.meta.get("newsbot_claim"))
        usable = _is_html(response) and not looks_like_xml(response.body)
        self._source(
            response.request,
            None
            if usable and response.body.strip()
            else "empty page"
            if usable
            else f"not HTML (Content-Type {_content_type(response) or 'missing'})",
        )
        if response.meta.get("newsbot_inherited") or self._redirected_onto_inherited(response):
            # Its record is in the killed run's files; only its links are wanted (see newsbot.state.claims).
            self._take_listing(response)
            if usable:
                yield from self.follow_links(response, kind)
            return
        pager = self._pager(response, kind) if usable else []
        position = self._listing_position(response, kind, pager) if usable else None
        if position is not None:
            # A listing by its place in the crawl: not an article whatever its text, so not extracted.
            self._take_listing(response)
            yield Rejection(
                url=response.url,
                outlet=self.outlet_name,
                reason="not_article",
                detail=position,
                fetched_at=now_iso(),
                http_status=response.status,
            )
            yield from self.follow_links(response, kind, pager)
            return
        if not usable:
            ctype = _content_type(response)
            yield Rejection(
                url=response.url,
                outlet=self.outlet_name,
                reason="not_html",
                detail=f"Content-Type {ctype or 'missing'}",
                fetched_at=now_iso(),
                http_status=response.status,
            )
            return
        main = (
            amp_main_url(response.body, response.url, self.link_extractor, getattr(response, "encoding", None))
            if self.amp_to_main
            else None
        )
        if main is not None and clean_url(self.planner.mirror.local(main)) != clean_url(response.url):
            yield from self._amp_copy(response, kind, main)
            return
        charset = _charset(response)
        requested = response.request.url if response.request is not None else response.url
        # Fetched: the listing moves with the page (links to it are dropped by its claim from now on).
        listing = self._take_listing(response)
        listing["requested_url"] = requested
        self.planner.listings.hand_over(response.url, listing)
        yield FetchedPage(
            url=response.url,
            body=response.body,
            status=response.status,
            outlet=self.outlet_name,
            fetched_at=now_iso(),
            http_charset=charset,
            listing=listing,
        )
        yield from self.follow_links(response, kind, pager)

    def _amp_copy(self, response: Response, kind: PageKind, main: str) -> Iterator[Output]:
        """An AMP copy of a story (`amp_main_url`): the story is fetched (and recorded) under its main URL, this
        copy ends as a ``duplicate`` rejection. Which copy a crawl reaches first depends on link and response
        order; this way the article's ``url`` does not.

        The hand-over must not lose the story: what a feed or sitemap said about the copy (its dates: the fallback
        date when the page has none, and the "changed since" check) goes with the main URL's request, and so does
        the copy itself (compressed), which stands in for the main URL if that fails (`_amp_fallback`)."""
        listing = self._take_listing(response)
        entry = None
        if any(listing.get(key) for key in ("published", "modified", "title", "language")):
            entry = Entry(
                url=main,
                published=listing.get("published"),
                modified=listing.get("modified"),
                title=listing.get("title"),
                language=listing.get("language"),
            )
        source = listing.get("source")
        copy = {
            "url": response.url,
            "body": zlib.compress(response.body, 1),
            "status": response.status,
            "fetched_at": now_iso(),
            "charset": _charset(response),
        }
        yield Rejection(
            url=response.url,
            outlet=self.outlet_name,
            reason="duplicate",
            detail=f"AMP copy of {main}: the story is fetched and recorded under that URL",
            fetched_at=now_iso(),
            http_status=response.status,
        )
        # At this page's own depth: the main URL stands in for it (a main URL decided already is not fetched again).
        # Scrapy's depth is reset as for a listing walk's pages (newsbot_depth carries ours), or DEPTH_LIMIT would
        # drop the stand-in of a copy found at the limit.
        found = Found(main, "article", entry, source if source in ("feed", "sitemap") else None)  # type: ignore[arg-type]
        yield from self._page_requests([found], _depth(response), meta={"depth_reset": True, AMP_COPY: copy})
        yield from self.follow_links(response, kind)

    def _amp_fallback(self, request: scrapy.Request, copy: dict[str, Any], why: str) -> Iterator[Output]:
        """The main URL of a story reached through its AMP copy failed (an HTTP error, a timeout, a refused
        connection): the copy's page is extracted instead, recorded under the main URL (the copy's own record
        is its ``duplicate`` rejection), so the story is not lost to a main URL that is down."""
        key = request.meta.get("newsbot_claim")
        url = key[2:] if key else request.url  # the main URL as claimed (a redirect may have moved the request)
        try:
            body = zlib.decompress(copy["body"])
        except (KeyError, TypeError, zlib.error):
            return  # never happens for a copy this spider made; the failure is then recorded as usual
        self._inc("amp_fallbacks")
        logger.warning("%s failed (%s): extracting its AMP copy %s instead", url, why, copy.get("url"))
        listing = self.planner.listings.take(url, request.meta.get("newsbot_listing"))
        listing["requested_url"] = url
        self.planner.listings.hand_over(url, listing)
        yield FetchedPage(
            url=url,
            body=body,
            status=int(copy.get("status") or 200),
            outlet=self.outlet_name,
            fetched_at=str(copy.get("fetched_at") or now_iso()),
            http_charset=copy.get("charset"),
            listing=listing,
        )

    def _pager(self, response: Response, kind: str) -> list[PagerLink]:
        """The next-page candidates of a page fetched as a listing that does not declare itself an article: the
        ones that are not article URLs (an arrow only when its URL is a numbered page's)."""
        if kind != "listing" or _DECLARES_ARTICLE.search(response.body[:200_000]):
            return []
        out = []
        for candidate in next_page_links(
            response.body, response.url, self.link_extractor, getattr(response, "encoding", None)
        ):
            link_kind = self._kind(candidate.url)
            if link_kind not in ("article", "search", "feed", "denied", "asset") and (
                candidate.how != "arrow" or link_kind == "pagination"
            ):
                out.append(candidate)
        return out

    @staticmethod
    def _looks_like_article(body: bytes) -> bool:
        """Whether a page fetched as a listing reads as one story (then only its article links are followed): it
        declares itself an article, or has one <article> element (teasers in <article> elements are a listing's)."""
        head = body[:200_000]
        if _DECLARES_ARTICLE.search(head):
            return True
        return bool(_ARTICLE_PAGE.search(head)) and len(_ARTICLE_TAG.findall(head, 0)) <= 1

    def _listing_position(self, response: Response, kind: str, pager: list[PagerLink]) -> str | None:
        """Why this page is a listing by its place in the crawl (`listing_position`), or None."""
        if kind != "listing":
            return None
        start = response.meta.get("newsbot_source") is True
        declares = bool(_DECLARES_ARTICLE.search(response.body[:200_000]))
        return listing_position(start, "newsbot_walk" in response.meta, bool(pager), declares, self._kind(response.url))

    def follow_links(
        self, response: Response, kind: str, pager: list[PagerLink] | None = None
    ) -> Iterator[scrapy.Request | Rejection]:
        """Requests for the page's links: all kinds from listing pages, only articles from articles; and a
        listing's next page, while its walk goes on (`newsbot.discovery.planner.walk_stop`)."""
        if pager is None:
            pager = self._pager(response, kind)
        on_article = kind == "article" or (not pager and self._looks_like_article(response.body))
        encoding = getattr(response, "encoding", None)
        depth = _depth(response)
        found: list[Found] = []
        if on_article:
            for url in self.link_extractor.extract(response.body, response.url, encoding):
                if self.planner.is_decided(url):
                    continue  # most links on a page (navigation, "more stories") were seen before: no more work
                page_kind = linked_kind(self._kind(url), on_article)
                if page_kind is not None:
                    found.append(Found(url, page_kind))
            yield from self._page_requests(found, depth + 1)
            return
        articles: list[str] = []
        claimed: set[str] = set()
        pages_of_this = {candidate.url for candidate in pager}
        for url in self.link_extractor.extract(response.body, response.url, encoding):
            link_kind = self._kind(url)
            decided = self.planner.is_decided(url)
            if link_kind == "article":
                articles.append(url)
                if decided:
                    claimed.add(url)
            if decided or (pager and (link_kind == "pagination" or url in pages_of_this)):
                continue  # decided already; or a page of this listing, which the walk below reaches in turn
            page_kind = linked_kind(link_kind, False)
            if page_kind is not None:
                found.append(Found(url, page_kind))
        fetched = 0
        for record in self._page_requests(found, depth + 1):
            if isinstance(record, scrapy.Request) and record.cb_kwargs.get("kind") == "article":
                fetched += 1
            yield record
        if pager:
            yield from self._walk_on(response, pager[0].url, articles, claimed, fetched, depth)

    def _walk_on(
        self, response: Response, next_url: str, articles: list[str], claimed: set[str], fetched: int, depth: int
    ) -> Iterator[scrapy.Request | Rejection]:
        """The next page of this listing, unless its walk ends here (`walk_stop`)."""
        page, previous = response.meta.get("newsbot_walk") or (1, ())
        links = frozenset(articles)
        new = links.difference(previous)
        dates = tuple(teaser_dates(response.body)) + tuple(d for d in map(url_date, new) if d)
        step = ListingStep(page, links, len(new), fetched, len(new & claimed), dates)
        stop = walk_stop(step, self.planner.limits, self.listing_pages)
        if stop is not None:
            self._inc("listing_walks_ended")
            logger.debug("listing walk ends at %s (page %d): %s", response.url, page, stop)
            return
        self._inc("listing_pages_followed")
        # The walk's pages keep its first page's depth: Scrapy's own depth is reset, newsbot_depth carries ours.
        meta = {"newsbot_walk": (page + 1, tuple(sorted(links))), "depth_reset": True}
        yield from self._page_requests([Found(next_url, "listing")], depth, meta=meta)

    def _take_listing(self, answered: Response | scrapy.Request) -> dict[str, str | None]:
        """A copy of the answered request's listing, dropped from the planner's memory. Keyed by the claimed URL:
        after a redirect the request's URL is the target's (the memory would otherwise keep it)."""
        meta = answered.meta
        key = meta.get("newsbot_claim")
        url = (
            key[2:]
            if key
            else (
                answered.request.url
                if isinstance(answered, Response) and answered.request is not None
                else answered.url
            )
        )
        return self.planner.listings.take(url, meta.get("newsbot_listing"))

    def _redirected_onto_inherited(self, response: Response) -> bool:
        """A redirect landed on a URL the killed run this one resumes recorded: the killed run fetched the same
        redirect (its record carries the target URL), so recording the target again would record it twice."""
        if not response.meta.get("redirect_urls"):
            return False
        return self.planner.recorded_by_killed_run(dict.fromkeys((response.url, clean_url(response.url))))

    def on_error(self, failure: Failure) -> Iterator[Output]:
        """A request that failed after retries: a Rejection for HTTP errors, else an ErrorRecord."""
        # Announced (signals) to the Redis lease tracker: a download failure's errback output skips the spider
        # middlewares, through which the tracker sees everything else a request gives.
        output = self._failed(failure)
        crawler = getattr(self, "crawler", None)  # None: a spider built outside a crawl (tests)
        return output if crawler is None else errback_output(crawler, failure.request, output)  # type: ignore[attr-defined]

    def _failed(self, failure: Failure) -> Iterator[Output]:
        request = failure.request  # type: ignore[attr-defined]
        value = failure.value
        why = f"HTTP {value.response.status}" if isinstance(value, HttpError) else type(value).__name__
        self._source(request, why)
        self.planner.answered(request.meta.get("newsbot_claim"))
        if request.meta.get("newsbot_inherited"):
            self._take_listing(request)
            return  # recorded by the killed run this one resumes
        copy = request.meta.get(AMP_COPY)
        if copy is not None:
            fallback = list(self._amp_fallback(request, copy, why))
            if fallback:
                yield from fallback
                return
        self._take_listing(request)  # done with this URL (a retry would be a new request)
        if isinstance(failure.value, HttpError):
            response = failure.value.response
            yield Rejection(
                url=request.url,
                outlet=self.outlet_name,
                reason="http_error",
                detail=f"HTTP {response.status}",
                fetched_at=now_iso(),
                http_status=response.status,
            )
            return
        # Policy refusals (offsite) and size caps (too_large) are rejections with their reason.
        refused = failure_record(failure, request.url, self.outlet_name, now_iso())
        if refused is not None:
            yield refused
            return
        detail = str(failure.value)[:500]
        yield ErrorRecord(
            url=request.url,
            outlet=self.outlet_name,
            kind=type(failure.value).__name__,
            detail=detail,
            fetched_at=now_iso(),
        )


__all__ = ["OutletSpider", "OutletError", "parse_since"]
