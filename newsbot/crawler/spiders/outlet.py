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
  budget end as ``limit`` rejections (counted as ``skipped_max_pages``);
* ``max_articles`` -- stop once this many articles were emitted; requests still queued or in flight then
  end as ``limit`` rejections saying why the crawl stopped (so do they after a shutdown signal);
* ``fresh`` -- ``1`` ignores the incremental state: known pages are fetched and emitted again.

Incremental runs: a URL whose article was emitted by an earlier run (see `newsbot.state`) is not
requested again, unless a feed or sitemap now gives it a modification date different from the one
recorded; such skips are counted as ``skipped_known`` in the run summary.

Every discovered URL ends as exactly one record per run, fetched or not (`newsbot.state.claims`): a URL
longer than URLLENGTH_LIMIT is a ``too_large`` rejection; one deeper than DEPTH_LIMIT (Scrapy would
drop it silently) or dated before ``since`` is a ``limit`` rejection; one known from an earlier run is
an ``unchanged`` rejection; these three are deferred to the end of the run, because a later discovery
(a shallower link, a listing date saying the page changed) may still fetch the URL. Unfetched
rejections carry no ``fetched_at``.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import scrapy
from scrapy import signals
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from newsbot import __version__
from newsbot.clock import now_iso
from newsbot.crawler import settings as defaults
from newsbot.crawler.items import FetchedPage
from newsbot.crawler.pipelines.state import StatePipeline
from newsbot.crawler.safety import ALLOWED_SCHEMES, failure_record
from newsbot.discovery.links import SameSiteLinks
from newsbot.discovery.listings import Entry, classify_link, looks_like_xml, parse_feed, parse_sitemap, url_date
from newsbot.extraction.dates import to_datetime
from newsbot.extraction.urls import clean_url
from newsbot.models import ErrorRecord, Rejection
from newsbot.outlets import Outlet, OutletError, load_outlet
from newsbot.state.bounded import BoundedDict
from newsbot.state.claims import DEFER, FETCH, LINKS, LINKS_ONLY, RECORD, WON, MemoryClaims, RunClaims

logger = logging.getLogger(__name__)

#: Request priorities: discovery documents first, then what news sitemaps and feeds list (newest
#: news first), then sitemap URLs, then pages found by following links.
PRIORITY_DISCOVERY = 100
PRIORITY = {"news": 30, "feed": 20, "sitemap": 10, "article": 5, "listing": 0}

_ARTICLE_PAGE = re.compile(
    rb"""<meta[^>]+property=["']og:type["'][^>]+content=["']article|"@type"\s*:\s*"(?:News|Blog)?Article"|<article\b""",
    re.I)


# An http(s) URL of characters a request keeps as they are (an ASCII host, a port up to 65535, no whitespace,
# quotes or non-ASCII): Scrapy's escaping (w3lib's safe_url_string) cannot fail on it and at most triples its
# length (a stray "%" becomes "%25").
_PLAIN_URL = re.compile(r"https?://[A-Za-z0-9.-]+"
                        r"(?::(?:[0-9]{1,4}|[0-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?"
                        r"(?:[/?][A-Za-z0-9._~!$&'()*+,;=:@%/?-]*)?")



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


def parse_since(value: str | datetime | None, now: datetime | None = None) -> datetime | None:
    """``since`` as an aware datetime: ISO date/datetime (naive = UTC) or ``<n>m|h|d|w`` back from now."""
    if value is None or value == "" or isinstance(value, datetime):
        return value or None
    text = str(value).strip()
    match = re.fullmatch(r"(\d+)\s*([mhdw])", text, re.I)
    if match:
        unit = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}[match.group(2).lower()]
        return (now or datetime.now(UTC)) - timedelta(**{unit: int(match.group(1))})
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ValueError(f"since={text!r}: expected an ISO date/datetime or a span like 36h, 7d, 2w") from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _when(value: str | None) -> datetime | None:
    # Feed and sitemap dates without a zone are compared as UTC: a day's error at most.
    return to_datetime(value, UTC)


def _flag(value: Any) -> bool:
    return str(value).strip().lower() in ("1", "true", "yes", "on") if value is not None else False


def _positive_int(name: str, value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name}={value!r}: expected a whole number") from None
    if number < 0:
        raise ValueError(f"{name}={value!r}: must not be negative")
    return number


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

    def __init__(self, outlet: str | None = None, base_url: str | None = None,
                 max_pages: str | int | None = None, max_articles: str | int | None = None,
                 since: str | None = None, fresh: str | bool | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.outlet_name: str | None = self._outlet_arg(outlet)
        self.base_url = base_url.rstrip("/") if base_url else None
        self.max_pages = _positive_int("max_pages", max_pages)
        self.max_articles = _positive_int("max_articles", max_articles)
        self.since = parse_since(since)
        self.fresh = _flag(fresh)
        self.outlet: Outlet | None = None
        self.pages_scheduled = 0
        #: What feeds and sitemaps said about each URL (merged over all listings), by cleaned URL: only the most
        #: recent NEWSBOT_LISTING_MEMORY URLs, for merging. A won fetch carries its listing in request.meta
        #: (``newsbot_listing``, the same dict: merges land there while it is cached), so queued and in-flight
        #: pages keep theirs; a URL decided without fetching is only in this cache.
        self.listings: BoundedDict[str, dict[str, str | None]] = BoundedDict(20_000)
        #: Listing of each fetched page, by response URL, while the page is in the item pipelines (the
        #: state stage asks for it; `_page_done` drops it when the page's record leaves the pipelines).
        self._by_response: dict[str, dict[str, str | None]] = {}
        #: Cache of state-store answers per article URL (bounded: an evicted URL is simply asked again).
        self._known_checked: BoundedDict[str, str | None] = BoundedDict(50_000)
        #: Claims of a crawler without a state stage (unit tests); normally the state stage's, in the store.
        self._memory_claims: RunClaims | None = None
        #: Scrapy's DEPTH_LIMIT (0: none) and URLLENGTH_LIMIT, applied here so that what its middlewares would
        #: drop silently ends as a record.
        self.depth_limit = 0
        self.url_limit = 2083

    def _outlet_arg(self, outlet: str | None) -> str | None:
        if not outlet:
            raise ValueError("missing spider argument: -a outlet=NAME")
        return outlet

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        super().update_settings(settings)
        # The default user agent names the contact URL setting's *current* value (it may be set with -s).

        if settings.get("USER_AGENT") == defaults.USER_AGENT:
            contact = settings.get("NEWSBOT_CONTACT_URL") or defaults.NEWSBOT_CONTACT_URL
            settings.set("USER_AGENT", f"newsbot/{__version__} (+{contact})", priority="spider")

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> OutletSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.setup_outlet(crawler)
        robots_logger = logging.getLogger("scrapy.downloadermiddlewares.robotstxt")
        if not any(isinstance(f, _OneLineRobotsErrors) for f in robots_logger.filters):
            robots_logger.addFilter(_OneLineRobotsErrors())
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(spider._page_done, signal=signal)
        return spider

    def _page_done(self, item: Any = None, **kwargs: Any) -> None:
        """A record left the pipelines: forget its page's listing (articles, rejections and errors alike)."""
        url = getattr(item, "url", None)
        if url is not None:
            self._by_response.pop(url, None)

    def setup_outlet(self, crawler: Any) -> None:
        """Load the outlet file and derive the allowed domains and link extractor."""
        assert self.outlet_name is not None
        self._setup_limits(crawler)
        self.outlet = load_outlet(self.outlet_name, crawler.settings.get("NEWSBOT_OUTLETS_DIR"))
        self._setup_links()

    def _setup_limits(self, crawler: Any) -> None:
        self.depth_limit = crawler.settings.getint("DEPTH_LIMIT", 0)
        self.url_limit = crawler.settings.getint("URLLENGTH_LIMIT", 2083) or 0
        memory = crawler.settings.getint("NEWSBOT_LISTING_MEMORY", defaults.NEWSBOT_LISTING_MEMORY)
        self.listings = BoundedDict(max(1, memory))

    def _setup_links(self) -> None:
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

    # --- state ---------------------------------------------------------------------------------
    def _already_emitted(self, url: str, modified: str | None) -> str | None:
        """"earlier" when an earlier run emitted the article behind url and no listing says it changed
        since; "this run" when this run already handled it under another URL; else None."""
        if self.fresh:
            return None
        state = self._state_stage()
        if state is None:
            return None
        canonical = state.store.canonical_for(url)
        if canonical and state.claims.holds(f"c:{canonical}"):
            return "this run"
        known = state.store.seen(canonical) if canonical else None
        if known is None:
            return None
        if modified and modified != known.listing_modified:
            # With no listing date on record (the page was first reached by a link), a listing date says the
            # page changed only when it is later than our last fetch of it.
            if known.listing_modified is not None:
                return None
            listed, fetched = _when(modified), _when(known.last_seen)
            if listed is None or fetched is None or listed > fetched:
                return None
        return "earlier"

    def listing_for(self, url: str) -> dict[str, str | None] | None:
        """What feeds/sitemaps said about a fetched page (asked once, by the state stage)."""
        return self._by_response.pop(url, None)

    def _inc(self, key: str, count: int = 1) -> None:
        stats = getattr(getattr(self, "crawler", None), "stats", None)
        if stats is not None:
            stats.inc_value(f"newsbot/{key}", count)

    # --- requests --------------------------------------------------------------------------------
    def _local(self, url: str) -> str:
        """With base_url set (a mirror of the outlet, e.g. a fixture server), its domains map onto it."""
        if self.base_url and self.outlet and (urlsplit(url).hostname or "") in self.outlet.domains:
            return _rebase(url, self.base_url)
        return url

    def _remember_listing(self, url: str, entry: Entry, source: str) -> dict[str, str | None]:
        merged = self.listings.setdefault(url, {})
        for key in ("published", "title", "language"):
            if getattr(entry, key) and not merged.get(key):
                merged[key] = getattr(entry, key)
        if entry.modified and (not merged.get("modified") or (_when(entry.modified) or datetime.min.replace(
                tzinfo=UTC)) > (_when(merged["modified"]) or datetime.min.replace(tzinfo=UTC))):
            merged["modified"] = entry.modified
        if not merged.get("source") or source == "sitemap" and entry.news:
            merged["source"] = source
        return merged

    def _too_old(self, *dates: str | None) -> bool:
        if self.since is None:
            return False
        for value in dates:
            when = _when(value)
            if when is not None:
                return when < self.since
        return False

    def _state_stage(self) -> StatePipeline | None:
        """The crawl's state stage, found through Scrapy's API (None without it: a bare spider in a test)."""
        crawler = getattr(self, "crawler", None)
        if crawler is None or getattr(crawler, "engine", None) is None:
            return None
        return crawler.get_item_pipeline(StatePipeline)

    def _claims(self) -> RunClaims:
        state = self._state_stage()
        if state is not None:
            return state.claims
        if self._memory_claims is None:
            self._memory_claims = RunClaims(MemoryClaims(), "local")
        return self._memory_claims

    def _unfetchable(self, request: scrapy.Request, depth: int) -> tuple[str, str] | None:
        """(reason, detail) when Scrapy's UrlLengthMiddleware or DepthMiddleware would drop the request."""
        if self.url_limit and len(request.url) > self.url_limit:
            return "too_large", (f"URL of {len(request.url)} characters, over URLLENGTH_LIMIT={self.url_limit}: "
                                 "not fetched")
        if self.depth_limit and depth > self.depth_limit:
            return "limit", self._depth_detail(depth)
        return None

    def _depth_detail(self, depth: int) -> str:
        return f"found at depth {depth}, beyond DEPTH_LIMIT={self.depth_limit}: not fetched"

    def _surely_short(self, url: str) -> bool:
        """True when the request for url would certainly be within URLLENGTH_LIMIT (and building it could not
        fail): a plain URL, escaped at most to thrice its length."""
        return bool(_PLAIN_URL.fullmatch(url)) and (not self.url_limit or 3 * len(url) <= self.url_limit)

    def _answered(self, meta: dict[str, Any]) -> None:
        """The claimed request got its response or failure: its record comes from this callback, so the close
        of an early-stopped crawl must not write one for it (`RunClaims.take_unfinished`)."""
        key = meta.get("newsbot_claim")
        if key:
            self._claims().fetched(key)

    def _take_listing(self, answered: Response | scrapy.Request) -> dict[str, str | None]:
        """A copy of the answered request's listing, dropped from the merge cache. Keyed by the claimed URL: after
        a redirect the request's URL is the target's (the cache entry would otherwise stay)."""
        meta = answered.meta
        key = meta.get("newsbot_claim")
        url = key[2:] if key else (answered.request.url if isinstance(answered, Response) and answered.request
                                   is not None else answered.url)
        cached = self.listings.pop(url, None)
        return dict(cached or meta.get("newsbot_listing") or {})

    def _redirected_onto_inherited(self, response: Response) -> bool:
        """A redirect landed on a URL the killed run this one resumes recorded: the killed run fetched the same
        redirect (its record carries the target URL), so recording the target again would record it twice."""
        if not response.meta.get("redirect_urls"):
            return False
        claims = self._claims()
        return any(claims.inherited_key(f"u:{url}") for url in dict.fromkeys((response.url, clean_url(response.url))))

    def _rejection(self, url: str, reason: str, detail: str) -> Rejection:
        return Rejection(url=url, outlet=self.outlet_name, reason=reason, detail=detail)  # type: ignore[arg-type]

    def _deferred(self, key: str, record: Rejection, count: str | None) -> tuple[str, str, str | None, Any]:
        return key, DEFER, json.dumps({"record": record.model_dump(mode="json"), "count": count}), None

    def _decide(self, url: str, kind: str, entry: Entry | None, source: str | None, depth: int,
                claims: RunClaims) -> tuple[str, str, str | None, Any] | None:
        """What to do with a discovered page URL: (claim key, FETCH/RECORD/DEFER, deferred payload, the request
        or record), or None when it is already decided in this run. Over max_pages it is a deferred ``limit``
        rejection."""
        if urlsplit(url).scheme.lower() not in ALLOWED_SCHEMES:
            # file:, ftp:, data:, javascript: ... are never requested; the URL still ends as a record.
            return f"u:{url[:2000]}", RECORD, None, Rejection(
                url=url[:2000], outlet=self.outlet_name, reason="offsite",
                detail="scheme: only http and https are requested", fetched_at=now_iso())
        url = clean_url(self._local(url))
        key = f"u:{url}"
        if claims.is_final(key):
            if entry is not None and url in self.listings:
                self._remember_listing(url, entry, source or "feed")  # still queued: its request's listing grows
            # Fetched or recorded already (not cached again: that would keep every fetched URL's listing).
            return None
        listing = self._remember_listing(url, entry, source or "feed") if entry is not None else self.listings.get(url)
        priority = PRIORITY["listing"]
        if kind == "article":
            news = entry is not None and entry.news
            priority = PRIORITY["news"] if news else PRIORITY.get(source or "article", PRIORITY["article"])
        if self.depth_limit and depth > self.depth_limit and self._surely_short(url):
            # What _unfetchable says below, without escaping the URL into a request that is thrown away (most
            # links of a crawl at its depth limit end here).
            return self._deferred(key, self._rejection(url, "limit", self._depth_detail(depth)), None)
        request = scrapy.Request(url, callback=self.parse_page, errback=self.on_error, priority=priority,
                                 cb_kwargs={"kind": kind})
        unfetchable = self._unfetchable(request, depth)
        if unfetchable is not None:
            reason, detail = unfetchable
            if reason == "too_large":
                return key, RECORD, None, self._rejection(url, reason, detail)
            # A shallower link found later may still fetch it.
            return self._deferred(key, self._rejection(url, reason, detail), None)
        published = (listing or {}).get("published")
        modified = (listing or {}).get("modified")
        if kind == "article" and self._too_old(published or modified, url_date(url)):
            assert self.since is not None
            return self._deferred(key, self._rejection(
                url, "limit", f"dated before since={self.since.isoformat()}: not fetched"), "skipped_since")
        if kind == "article":
            # Asked once per URL and run (keyed by the URL itself: its AMP or tracking variants are asked
            # separately, they may be reached before this one was handled); a listing date reopens it.
            verdict = self._known_checked.get(url, "")
            if verdict in ("", None) or modified:
                verdict = self._already_emitted(url, modified)
                self._known_checked[url] = verdict
            if verdict == "this run":
                return key, RECORD, None, self._rejection(
                    url, "duplicate", "its article was already handled in this run under another URL: not fetched")
            if verdict:
                return self._deferred(key, self._rejection(
                    url, "unchanged", "emitted by an earlier run and no listing says it changed: not re-fetched"),
                    "skipped_known")
        if self.max_pages is not None and self.pages_scheduled >= self.max_pages:
            # The budget never grows back in this run, but a deferred claim loses to an earlier deferred one
            # (depth, since, known): the URL keeps its first reason.
            return self._deferred(key, self._rejection(
                url, "limit", f"max_pages {self.max_pages} reached: not fetched"), "skipped_max_pages")
        # The claim key travels with the request (through retries and redirects): the answer marks it fetched.
        request.meta["newsbot_claim"] = key
        # A dict even when no listing named it yet (a link found it first): a feed or sitemap listing it while
        # it is queued merges into this one (see the is_final branch above).
        request.meta["newsbot_listing"] = listing if listing is not None else self.listings.setdefault(url, {})
        return key, FETCH, LINKS if kind == "listing" else None, request

    def _page_requests(self, found: list[tuple[str, str, Entry | None, str | None]], depth: int
                       ) -> Iterator[scrapy.Request | Rejection]:
        """Requests and records for discovered page URLs (url, kind, listing entry, source), claimed in one batch
        so that each URL is fetched or recorded once per run."""
        claims = self._claims()
        decided: list[tuple[str, str, str | None, Any]] = []
        keys: set[str] = set()
        for url, kind, entry, source in found:
            decision = self._decide(url, kind, entry, source, depth, claims)
            if decision is None or decision[0] in keys:
                continue
            keys.add(decision[0])
            decided.append(decision)
            if self.max_pages is not None and decision[1] == FETCH:
                # Each fetch claim settled before the next decision: the page budget counts only the won ones.
                yield from self._settle(decided, claims)
                decided = []
        yield from self._settle(decided, claims)

    def _settle(self, decided: list[tuple[str, str, str | None, Any]], claims: RunClaims
                ) -> Iterator[scrapy.Request | Rejection]:
        won = claims.claim([(key, want, payload) for key, want, payload, _ in decided])
        for (_, want, _, result), answer in zip(decided, won, strict=True):
            if answer == LINKS_ONLY:
                # Recorded by the killed run this one resumes: fetched again only for its links, not recorded.
                result.meta["newsbot_inherited"] = True
                yield result
            elif answer == WON and want == FETCH:
                self.pages_scheduled += 1
                yield result
            elif answer == WON and want == RECORD:
                yield result
            # a won DEFER is recorded at the end of the run (StatePipeline.flush_deferred), unless taken over

    def _discovery_request(self, url: str, callback: Any, errback: Any = None) -> scrapy.Request:
        return scrapy.Request(self._local(url), callback=callback, errback=errback or self.on_error,
                              priority=PRIORITY_DISCOVERY, meta={"newsbot_discovery": True})

    def _kind(self, url: str) -> str:
        allow = self.outlet.allow if self.outlet else None
        deny = self.outlet.deny if self.outlet else None
        return classify_link(url, allow or None, deny or None)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        assert self.outlet is not None
        for url in self.outlet.feeds:
            yield self._discovery_request(_rebase(url, self.base_url), self.parse_feed)
        for url in self.outlet.sitemaps:
            yield self._discovery_request(_rebase(url, self.base_url), self.parse_sitemap)
        for record in self._page_requests([(_rebase(url, self.base_url), "listing", None, None)
                                           for url in self.outlet.start_urls], 0):
            yield record  # type: ignore[misc]

    # --- callbacks -------------------------------------------------------------------------------
    def _entries_newest_first(self, entries: list[Entry]) -> list[Entry]:
        floor = datetime.min.replace(tzinfo=UTC)
        return sorted(entries, key=lambda e: _when(e.published or e.modified) or floor, reverse=True)

    def parse_feed(self, response: Response) -> Iterator[Any]:
        """Article URLs from an RSS/Atom feed."""
        self._inc("responses_ok")
        found = []
        for entry in self._entries_newest_first(parse_feed(response.body, response.url)):
            kind = self._feed_kind(entry.url)
            if kind:
                found.append((entry.url, kind, entry, "feed"))
        yield from self._page_requests(found, response.meta.get("depth", 0) + 1)

    def _feed_kind(self, url: str) -> str | None:
        """What a feed/sitemap entry is: "article", "listing" (fetched for its links) or None (skipped)."""
        kind = self._kind(self._local(url))
        if kind == "article":
            return "article"
        if kind in ("search", "feed", "denied", "asset"):
            return None
        if self.outlet and self.outlet.allow:
            return "listing"  # the outlet's patterns decide what is an article
        # Listed in a feed or sitemap: an article unless the URL says it is a tag/author/pagination page.
        return "article" if kind in ("section", "other") else "listing"

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        """Article URLs (and child sitemaps) from a sitemap or sitemap index."""
        self._inc("responses_ok")
        depth = response.meta.get("depth", 0) + 1
        found = []
        for entry in self._entries_newest_first(parse_sitemap(response.body, response.url)):
            if entry.is_sitemap:
                if self._too_old(entry.modified):
                    continue  # a child sitemap not modified since: nothing newer inside
                request = self._discovery_request(entry.url, self.parse_sitemap)
                unfetchable = self._unfetchable(request, depth)
                if unfetchable is None:
                    yield request
                elif self._claims().claim_one(f"u:{request.url}", RECORD):
                    yield self._rejection(request.url, *unfetchable)
                continue
            kind = self._feed_kind(entry.url)
            if kind:
                found.append((entry.url, kind, entry, "sitemap"))
        yield from self._page_requests(found, depth)

    def parse_page(self, response: Response, kind: str = "listing") -> Iterator[Any]:
        """Hand the page to the pipelines and follow its links."""
        self._inc("responses_ok")
        self._answered(response.meta)
        if response.meta.get("newsbot_inherited") or self._redirected_onto_inherited(response):
            # Its record is in the killed run's files; only its links are wanted (see newsbot.state.claims).
            self._take_listing(response)
            if _is_html(response) and not looks_like_xml(response.body):
                yield from self.follow_links(response, kind)
            return
        if not _is_html(response) or looks_like_xml(response.body):
            ctype = response.headers.get(b"Content-Type", b"").decode("latin-1")
            yield Rejection(url=response.url, outlet=self.outlet_name, reason="not_html",
                            detail=f"Content-Type {ctype or 'missing'}", fetched_at=now_iso(),
                            http_status=response.status)
            return
        charset = None
        ctype = response.headers.get(b"Content-Type", b"").decode("latin-1")
        if "charset=" in ctype.lower():
            charset = ctype.lower().split("charset=", 1)[1].split(";")[0].strip()
        requested = response.request.url if response.request is not None else response.url
        # Fetched: the listing moves with the page (links to it are dropped by its claim from now on).
        listing = self._take_listing(response)
        listing["requested_url"] = requested
        self._by_response[response.url] = listing
        yield FetchedPage(url=response.url, body=response.body, status=response.status,
                          outlet=self.outlet_name, fetched_at=now_iso(), http_charset=charset, listing=listing)
        yield from self.follow_links(response, kind)

    def follow_links(self, response: Response, kind: str) -> Iterator[scrapy.Request | Rejection]:
        """Requests for the page's links: all kinds from listing pages, only articles from articles."""
        on_article = kind == "article" or bool(_ARTICLE_PAGE.search(response.body[:200_000]))
        encoding = getattr(response, "encoding", None)
        claims = self._claims()
        found: list[tuple[str, str, Entry | None, str | None]] = []
        for url in self.link_extractor.extract(response.body, response.url, encoding):
            if claims.is_final(f"u:{url}"):
                continue  # most links on a page (navigation, "more stories") were seen before: no more work
            link_kind = self._kind(url)
            if link_kind in ("search", "feed", "denied", "asset", "other") or (on_article and link_kind != "article"):
                continue
            found.append((url, "article" if link_kind == "article" else "listing", None, None))
        yield from self._page_requests(found, response.meta.get("depth", 0) + 1)  # type: ignore[misc]

    def on_error(self, failure: Failure) -> Iterator[Any]:
        """A request that failed after retries: a Rejection for HTTP errors, else an ErrorRecord."""
        request = failure.request  # type: ignore[attr-defined]
        self._take_listing(request)  # done with this URL (a retry would be a new request)
        self._answered(request.meta)
        if request.meta.get("newsbot_inherited"):
            return  # recorded by the killed run this one resumes
        if failure.check(HttpError):
            response = failure.value.response
            yield Rejection(url=request.url, outlet=self.outlet_name, reason="http_error",
                            detail=f"HTTP {response.status}", fetched_at=now_iso(), http_status=response.status)
            return
        # Policy refusals (offsite) and size caps (too_large) are rejections with their reason.
        refused = failure_record(failure, request.url, self.outlet_name, now_iso())
        if refused is not None:
            yield refused
            return
        detail = str(failure.value)[:500]
        yield ErrorRecord(url=request.url, outlet=self.outlet_name, kind=failure.type.__name__,
                          detail=detail, fetched_at=now_iso())


__all__ = ["OutletSpider", "OutletError", "parse_since"]
