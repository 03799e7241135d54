"""Crawl planning: what to do with each discovered page URL, decided without Scrapy.

A spider hands the planner what it found (`Found`: URL, page kind, what a feed or sitemap said); the planner
decides each URL once per run (`Decision`) and claims it (`newsbot.state.claims`):

* ``FETCH`` -- request it (within the page budget; each claim won counts against ``max_pages``);
* recorded now: a scheme other than http(s) (``BAD_SCHEME``), a request URL over URLLENGTH_LIMIT
  (``TOO_LONG``), an article this run handled under another URL (``DUPLICATE``);
* deferred to the end of the run, since a later discovery may still fetch the URL: deeper than DEPTH_LIMIT
  (``TOO_DEEP``), dated before ``since`` (``SKIP_SINCE``), emitted by an earlier run (``SKIP_KNOWN``), over
  ``max_pages`` (``OVER_BUDGET``).

Checks run in that order; the first that applies decides. Scrapy's DepthMiddleware and UrlLengthMiddleware
would drop such requests silently; here each ends as a record. The planner keeps what feeds and sitemaps
said about each URL (`ListingMemory`) and caches the state store's answers (`SeenCheck`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import Enum
from typing import Generic, Literal, NamedTuple, Protocol, TypeVar
from urllib.parse import urlsplit, urlunsplit

from newsbot.clock import now_iso
from newsbot.discovery.listings import Entry, url_date
from newsbot.extraction.dates import to_datetime
from newsbot.extraction.urls import clean_url
from newsbot.models import Rejection, RejectionReason, upgrade
from newsbot.state.base import Known
from newsbot.state.bounded import BoundedDict
from newsbot.state.claims import DEFER, FETCH, LINKS, LINKS_ONLY, RECORD, WON, MemoryClaims, RunClaims

#: What a discovered page is fetched as: an article (its links followed to articles only) or a listing page.
PageKind = Literal["article", "listing"]
#: Where a listing entry came from.
Source = Literal["feed", "sitemap"]
#: What feeds and sitemaps said about one URL, merged: published, modified, title, language, source (and,
#: once fetched, requested_url). A plain dict: it travels with the request and the fetched page.
Listing = dict[str, str | None]

#: Request priorities: discovery documents first, then what news sitemaps and feeds list (newest
#: news first), then sitemap URLs, then pages found by following links.
PRIORITY_DISCOVERY = 100
PRIORITY = {"news": 30, "feed": 20, "sitemap": 10, "article": 5, "listing": 0}

#: Scrapy's URLLENGTH_LIMIT default (used when a crawl does not set it).
URL_LENGTH_LIMIT = 2083

# An http(s) URL of characters a request keeps as they are (an ASCII host, a port up to 65535, no whitespace,
# quotes or non-ASCII): Scrapy's escaping (w3lib's safe_url_string) cannot fail on it and at most triples its
# length (a stray "%" becomes "%25").
_PLAIN_URL = re.compile(
    r"https?://[A-Za-z0-9.-]+"
    r"(?::(?:[0-9]{1,4}|[0-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?"
    r"(?:[/?][A-Za-z0-9._~!$&'()*+,;=:@%/?-]*)?"
)

_FLOOR = datetime.min.replace(tzinfo=UTC)


def parse_since(value: str | datetime | None, now: datetime | None = None) -> datetime | None:
    """``since`` as an aware datetime: ISO date/datetime (naive = UTC) or ``<n>m|h|d|w`` back from now."""
    if isinstance(value, datetime):
        return value
    if not value:
        return None
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


def listing_time(value: str | None) -> datetime | None:
    """A feed or sitemap date as an aware datetime (None when unparseable)."""
    # Dates without a zone are compared as UTC: a day's error at most.
    return to_datetime(value, UTC)


def newest_first(entries: list[Entry]) -> list[Entry]:
    """Listing entries sorted newest first (undated last), so the page budget goes to recent news."""
    return sorted(entries, key=lambda e: listing_time(e.published or e.modified) or _FLOOR, reverse=True)


#: Link kinds (`newsbot.discovery.listings.classify_link`) never fetched as pages.
_NEVER_FETCHED = ("search", "feed", "denied", "asset")


def listed_kind(link_kind: str, outlet_decides: bool) -> PageKind | None:
    """What a feed/sitemap entry is fetched as: "article", "listing" (fetched for its links) or None (skipped).
    outlet_decides: the outlet has ``allow`` patterns, which alone say what is an article."""
    if link_kind == "article":
        return "article"
    if link_kind in _NEVER_FETCHED:
        return None
    if outlet_decides:
        return "listing"
    # Listed in a feed or sitemap: an article unless the URL says it is a tag/author/pagination page.
    return "article" if link_kind in ("section", "other") else "listing"


def linked_kind(link_kind: str, on_article: bool) -> PageKind | None:
    """What a link on a fetched page is followed as (None: not followed): all kinds of pages from listing
    pages, only articles from articles; links of unknown kind ("other") are not followed."""
    if link_kind in _NEVER_FETCHED or link_kind == "other" or (on_article and link_kind != "article"):
        return None
    return "article" if link_kind == "article" else "listing"


class Mirror:
    """An outlet served from another address (``base_url``, e.g. the fixture server): its domains map onto it."""

    def __init__(self, base_url: str | None, domains: Iterable[str]) -> None:
        self.base_url = base_url.rstrip("/") if base_url else None
        self.domains = set(domains)

    def rebase(self, url: str) -> str:
        """url with the mirror's scheme and host (unchanged without a mirror)."""
        if not self.base_url:
            return url
        b = urlsplit(self.base_url)
        u = urlsplit(url)
        return urlunsplit((b.scheme, b.netloc, u.path, u.query, u.fragment))

    def local(self, url: str) -> str:
        """url rebased onto the mirror when its host is one of the outlet's domains."""
        if self.base_url and (urlsplit(url).hostname or "") in self.domains:
            return self.rebase(url)
        return url


@dataclass(frozen=True)
class Limits:
    """Where the crawl stops: DEPTH_LIMIT (0: none), URLLENGTH_LIMIT (0: none), ``since`` (None: none)."""

    depth: int = 0
    url_length: int = URL_LENGTH_LIMIT
    since: datetime | None = None

    def too_deep(self, depth: int) -> bool:
        """Whether a request at this depth is beyond DEPTH_LIMIT."""
        return bool(self.depth) and depth > self.depth

    def depth_detail(self, depth: int) -> str:
        """The rejection detail of a URL found beyond DEPTH_LIMIT."""
        return f"found at depth {depth}, beyond DEPTH_LIMIT={self.depth}: not fetched"

    def length_detail(self, request_url: str) -> str | None:
        """The rejection detail when the request URL is over URLLENGTH_LIMIT, else None."""
        if self.url_length and len(request_url) > self.url_length:
            return f"URL of {len(request_url)} characters, over URLLENGTH_LIMIT={self.url_length}: not fetched"
        return None

    def surely_short(self, url: str) -> bool:
        """True when the request for url would certainly be within URLLENGTH_LIMIT (and building it could not
        fail): a plain URL, escaped at most to thrice its length."""
        return bool(_PLAIN_URL.fullmatch(url)) and (not self.url_length or 3 * len(url) <= self.url_length)

    def dated_before_since(self, *dates: str | None) -> bool:
        """Whether the first parseable of dates is before ``since`` (False without since or a date)."""
        if self.since is None:
            return False
        for value in dates:
            when = listing_time(value)
            if when is not None:
                return when < self.since
        return False

    def since_detail(self) -> str:
        """The rejection detail of a URL dated before ``since``."""
        assert self.since is not None
        return f"dated before since={self.since.isoformat()}: not fetched"


class DecisionKind(Enum):
    """What the planner decided for one discovered URL (see the module docstring)."""

    FETCH = "fetch"
    BAD_SCHEME = "bad_scheme"
    TOO_LONG = "too_long"
    DUPLICATE = "duplicate"
    TOO_DEEP = "too_deep"
    SKIP_SINCE = "skip_since"
    SKIP_KNOWN = "skip_known"
    OVER_BUDGET = "over_budget"


#: Each kind's rejection reason and the run-summary stat a deferred one is counted under (None: not counted).
_REJECTION: dict[DecisionKind, tuple[RejectionReason, str | None]] = {
    DecisionKind.BAD_SCHEME: ("offsite", None),
    DecisionKind.TOO_LONG: ("too_large", None),
    DecisionKind.DUPLICATE: ("duplicate", None),
    DecisionKind.TOO_DEEP: ("limit", None),
    DecisionKind.SKIP_SINCE: ("limit", "skipped_since"),
    DecisionKind.SKIP_KNOWN: ("unchanged", "skipped_known"),
    DecisionKind.OVER_BUDGET: ("limit", "skipped_max_pages"),
}


class HasUrl(Protocol):
    """What the planner needs of a request: its final (escaped) URL."""

    @property
    def url(self) -> str: ...


R = TypeVar("R", bound=HasUrl)

#: Builds the request for a page URL (url, priority, page kind); its ``url`` is what URLLENGTH_LIMIT measures.
RequestFactory = Callable[[str, int, PageKind], R]


class Claim(NamedTuple):
    """One claim (`newsbot.state.claims`): key, FETCH/RECORD/DEFER, payload (a deferred record; LINKS)."""

    key: str
    want: str
    payload: str | None


@dataclass
class Decision(Generic[R]):
    """The planner's decision for one URL: fetch it (``request``) or end it as a rejection."""

    kind: DecisionKind
    #: The claim key (``u:<url>``) and what is claimed: FETCH, RECORD (recorded now) or DEFER (at the end).
    key: str
    want: str
    url: str
    page_kind: PageKind = "listing"
    detail: str = ""
    request: R | None = None
    listing: Listing | None = None
    fetched_at: str | None = None

    @property
    def count(self) -> str | None:
        """The run-summary stat (``newsbot/<count>``) a deferred rejection is counted under."""
        return _REJECTION[self.kind][1] if self.kind in _REJECTION else None

    def rejection(self, outlet: str | None) -> Rejection:
        """The record of a URL not fetched (not for FETCH)."""
        reason = _REJECTION[self.kind][0]
        return Rejection(url=self.url, outlet=outlet, reason=reason, detail=self.detail, fetched_at=self.fetched_at)

    def claim(self, outlet: str | None) -> Claim:
        """The claim this decision makes; a deferred one carries its record."""
        if self.want == DEFER:
            return Claim(self.key, DEFER, deferred_payload(self.rejection(outlet), self.count))
        return Claim(self.key, self.want, LINKS if self.want == FETCH and self.page_kind == "listing" else None)


def deferred_payload(record: Rejection, count: str | None) -> str:
    """A deferred claim's payload: its record and the stat it is counted under when written."""
    return json.dumps({"record": record.model_dump(mode="json"), "count": count})


def read_deferred(payload: str) -> tuple[Rejection, str | None]:
    """The record and stat of a deferred claim's payload (`deferred_payload`)."""
    data = json.loads(payload)
    # A claim deferred by a run of schema 1 (a store outlives upgrades) is upgraded first.
    return Rejection.model_validate(upgrade(data["record"])), data.get("count")


@dataclass
class Planned(Generic[R]):
    """A decision the caller acts on: fetch ``decision.request`` (``links_only``: an inherited listing page,
    fetched for its links only, not recorded) or write ``decision.rejection``."""

    decision: Decision[R]
    links_only: bool = False


class Found(NamedTuple):
    """A discovered page URL: its kind and, when a feed or sitemap listed it, its entry and source."""

    url: str
    kind: PageKind
    entry: Entry | None = None
    source: Source | None = None


class ListingMemory:
    """What feeds and sitemaps said about each URL, merged over all listings: only the most recent URLs (a
    fetched page's listing travels with its request); and the listing of each page in the item pipelines."""

    def __init__(self, size: int) -> None:
        self.recent: BoundedDict[str, Listing] = BoundedDict(max(1, size))
        #: Listing of each fetched page, by response URL, until its record leaves the pipelines.
        self.in_pipelines: dict[str, Listing] = {}

    def __len__(self) -> int:
        return len(self.recent)

    def __contains__(self, url: object) -> bool:
        return url in self.recent

    def get(self, url: str) -> Listing | None:
        """The merged listing of url, if still remembered."""
        return self.recent.get(url)

    def merge(self, url: str, entry: Entry, source: Source) -> Listing:
        """Merge one listing entry into url's listing: the first value of each field, the latest ``modified``;
        the source is the first one, or a news sitemap."""
        merged = self.recent.setdefault(url, {})
        for key in ("published", "title", "language"):
            if getattr(entry, key) and not merged.get(key):
                merged[key] = getattr(entry, key)
        if entry.modified and (
            not merged.get("modified")
            or (listing_time(entry.modified) or _FLOOR) > (listing_time(merged["modified"]) or _FLOOR)
        ):
            merged["modified"] = entry.modified
        if not merged.get("source") or source == "sitemap" and entry.news:
            merged["source"] = source
        return merged

    def for_fetch(self, url: str, listing: Listing | None) -> Listing:
        """The listing a fetch carries: a dict even when no listing named it yet (a link found it first), so a
        feed or sitemap listing it while it is queued merges into the same one."""
        return listing if listing is not None else self.recent.setdefault(url, {})

    def take(self, url: str, carried: Listing | None) -> Listing:
        """A copy of an answered URL's listing (the remembered one, else what its request carried), forgotten."""
        cached = self.recent.pop(url, None)
        return dict(cached or carried or {})

    def hand_over(self, url: str, listing: Listing) -> None:
        """A fetched page enters the item pipelines with its listing."""
        self.in_pipelines[url] = listing

    def for_page(self, url: str) -> Listing | None:
        """A fetched page's listing, handed out once (to the state stage)."""
        return self.in_pipelines.pop(url, None)

    def page_done(self, url: str) -> None:
        """A page's record left the pipelines: its listing is no longer needed."""
        self.in_pipelines.pop(url, None)


class EmittedArticles(Protocol):
    """What the planner asks the state store (`newsbot.state.base.StateStore` answers it)."""

    def canonical_for(self, url: str) -> str | None:
        """The canonical URL a URL turned out to stand for, or None."""

    def seen(self, canonical: str) -> Known | None:
        """The article emitted for this canonical URL, or None if never."""


class Seen(Enum):
    """What the state store says about the article behind a URL."""

    NEW = "new"  # never emitted, or a listing date says it changed since
    EARLIER = "earlier"  # emitted by an earlier run and unchanged
    THIS_RUN = "this run"  # handled in this run under another URL


class SeenCheck:
    """Asks the state store whether a URL's article was already emitted; positive answers cached per URL."""

    def __init__(self, fresh: bool = False, size: int = 50_000) -> None:
        self.fresh = fresh
        self._cache: BoundedDict[str, Seen] = BoundedDict(size)

    def verdict(self, url: str, modified: str | None, store: EmittedArticles | None, claims: RunClaims) -> Seen:
        """Asked once per URL and run (keyed by the URL itself: its AMP or tracking variants are asked
        separately, they may be reached before this one was handled); a listing date reopens it."""
        cached = self._cache.get(url)
        if cached is None or cached is Seen.NEW or modified:
            cached = self._ask(url, modified, store, claims)
            self._cache[url] = cached
        return cached

    def _ask(self, url: str, modified: str | None, store: EmittedArticles | None, claims: RunClaims) -> Seen:
        if self.fresh or store is None:
            return Seen.NEW
        canonical = store.canonical_for(url)
        if canonical and claims.holds(f"c:{canonical}"):
            return Seen.THIS_RUN
        known = store.seen(canonical) if canonical else None
        if known is None:
            return Seen.NEW
        if modified and modified != known.listing_modified:
            # With no listing date on record (the page was first reached by a link), a listing date says the
            # page changed only when it is later than our last fetch of it.
            if known.listing_modified is not None:
                return Seen.NEW
            listed, fetched = listing_time(modified), listing_time(known.last_seen)
            if listed is None or fetched is None or listed > fetched:
                return Seen.NEW
        return Seen.EARLIER


@dataclass
class PageBudget:
    """``max_pages``: page requests (won fetch claims) allowed in this run (None: no limit)."""

    max_pages: int | None = None
    spent: int = 0

    @property
    def exhausted(self) -> bool:
        """Whether no further page may be requested."""
        return self.max_pages is not None and self.spent >= self.max_pages

    def detail(self) -> str:
        """The rejection detail of a URL over the budget."""
        return f"max_pages {self.max_pages} reached: not fetched"


def _local_claims() -> RunClaims:
    return RunClaims(MemoryClaims(), "local")


@dataclass
class CrawlPlanner(Generic[R]):
    """Decides and claims every discovered page URL of one run (see the module docstring). Its claims and store
    are the state stage's once bound (`bind`); until then (a bare spider in a test) claims in memory, no store."""

    limits: Limits
    build: RequestFactory[R]
    outlet: str | None = None
    mirror: Mirror = field(default_factory=lambda: Mirror(None, ()))
    schemes: frozenset[str] = frozenset({"http", "https"})
    listings: ListingMemory = field(default_factory=lambda: ListingMemory(20_000))
    seen: SeenCheck = field(default_factory=SeenCheck)
    budget: PageBudget = field(default_factory=PageBudget)
    claims: RunClaims = field(default_factory=_local_claims)
    store: EmittedArticles | None = None

    def bind(self, claims: RunClaims, store: EmittedArticles | None) -> None:
        """Use the run's claims and state store (the state stage's)."""
        self.claims, self.store = claims, store

    # --- the claim protocol around a fetch ------------------------------------------------------------
    def is_decided(self, url: str) -> bool:
        """True when url (as cleaned) is known to be fetched or recorded in this run: nothing more to decide."""
        return self.claims.is_final(f"u:{url}")

    def answered(self, key: str | None) -> None:
        """The claimed request got its response or failure: its record comes from that callback, so the close
        of an early-stopped crawl must not write one for it (`RunClaims.take_unfinished`)."""
        if key:
            self.claims.fetched(key)

    def recorded_by_killed_run(self, urls: Iterable[str]) -> bool:
        """Whether the killed run this one resumes recorded one of urls (a redirect landing there)."""
        return any(self.claims.inherited_key(f"u:{url}") for url in urls)

    # --- decisions ---------------------------------------------------------------------------------
    def decide(self, found: Found, depth: int) -> Decision[R] | None:
        """The decision for one URL found at depth, or None when this run decided it already."""
        url, kind, entry, source = found
        if urlsplit(url).scheme.lower() not in self.schemes:
            # file:, ftp:, data:, javascript: ... are never requested; the URL still ends as a record.
            return Decision(
                DecisionKind.BAD_SCHEME,
                f"u:{url[:2000]}",
                RECORD,
                url[:2000],
                kind,
                "scheme: only http and https are requested",
                fetched_at=now_iso(),
            )
        url = clean_url(self.mirror.local(url))
        key = f"u:{url}"
        if self.claims.is_final(key):
            if entry is not None and url in self.listings:
                self.listings.merge(url, entry, source or "feed")  # still queued: its request's listing grows
            # Fetched or recorded already (not cached again: that would keep every fetched URL's listing).
            return None
        listing = self.listings.merge(url, entry, source or "feed") if entry is not None else self.listings.get(url)

        def refused(what: DecisionKind, want: str, detail: str) -> Decision[R]:
            return Decision(what, key, want, url, kind, detail)

        if self.limits.too_deep(depth) and self.limits.surely_short(url):
            # What the checks below say, without escaping the URL into a request that is thrown away (most
            # links of a crawl at its depth limit end here).
            return refused(DecisionKind.TOO_DEEP, DEFER, self.limits.depth_detail(depth))
        request = self.build(url, self._priority(kind, entry, source), kind)
        too_long = self.limits.length_detail(request.url)
        if too_long is not None:
            return refused(DecisionKind.TOO_LONG, RECORD, too_long)
        if self.limits.too_deep(depth):
            # A shallower link found later may still fetch it.
            return refused(DecisionKind.TOO_DEEP, DEFER, self.limits.depth_detail(depth))
        published = (listing or {}).get("published")
        modified = (listing or {}).get("modified")
        if kind == "article" and self.limits.dated_before_since(published or modified, url_date(url)):
            return refused(DecisionKind.SKIP_SINCE, DEFER, self.limits.since_detail())
        if kind == "article":
            seen = self.seen.verdict(url, modified, self.store, self.claims)
            if seen is Seen.THIS_RUN:
                return refused(
                    DecisionKind.DUPLICATE,
                    RECORD,
                    "its article was already handled in this run under another URL: not fetched",
                )
            if seen is Seen.EARLIER:
                return refused(
                    DecisionKind.SKIP_KNOWN,
                    DEFER,
                    "emitted by an earlier run and no listing says it changed: not re-fetched",
                )
        if self.budget.exhausted:
            # The budget never grows back in this run, but a deferred claim loses to an earlier deferred one
            # (depth, since, known): the URL keeps its first reason.
            return refused(DecisionKind.OVER_BUDGET, DEFER, self.budget.detail())
        return Decision(
            DecisionKind.FETCH, key, FETCH, url, kind, request=request, listing=self.listings.for_fetch(url, listing)
        )

    @staticmethod
    def _priority(kind: PageKind, entry: Entry | None, source: Source | None) -> int:
        if kind != "article":
            return PRIORITY["listing"]
        if entry is not None and entry.news:
            return PRIORITY["news"]
        return PRIORITY.get(source or "article", PRIORITY["article"])

    def plan(self, found: Iterable[Found], depth: int) -> Iterator[Planned[R]]:
        """Decide and claim the page URLs found at depth, in one batch per response, so that each URL is
        fetched or recorded once per run; yields what the caller must fetch or record now."""
        decided: list[Decision[R]] = []
        keys: set[str] = set()
        for one in found:
            decision = self.decide(one, depth)
            if decision is None or decision.key in keys:
                continue
            keys.add(decision.key)
            decided.append(decision)
            if self.budget.max_pages is not None and decision.want == FETCH:
                # Each fetch claim settled before the next decision: the page budget counts only the won ones.
                yield from self._settle(decided)
                decided = []
        yield from self._settle(decided)

    def _settle(self, decided: list[Decision[R]]) -> Iterator[Planned[R]]:
        answers = self.claims.claim([decision.claim(self.outlet) for decision in decided])
        for decision, answer in zip(decided, answers, strict=True):
            if answer == LINKS_ONLY:
                # Recorded by the killed run this one resumes: fetched again only for its links, not recorded.
                yield Planned(decision, links_only=True)
            elif answer == WON and decision.want == FETCH:
                self.budget.spent += 1
                yield Planned(decision)
            elif answer == WON and decision.want == RECORD:
                yield Planned(decision)
            # a won DEFER is recorded at the end of the run (StatePipeline.flush_deferred), unless taken over

    def child_sitemap(self, request: R, depth: int) -> Decision[R] | None:
        """A child sitemap to fetch (FETCH, not claimed: discovery documents are not records), or a TOO_LONG
        or TOO_DEEP rejection to record now (claimed; None when this run recorded it already)."""
        key = f"u:{request.url}"
        detail = self.limits.length_detail(request.url)
        kind = DecisionKind.TOO_LONG
        if detail is None and self.limits.too_deep(depth):
            kind, detail = DecisionKind.TOO_DEEP, self.limits.depth_detail(depth)
        if detail is None:
            return Decision(DecisionKind.FETCH, key, FETCH, request.url, request=request)
        if not self.claims.claim_one(key, RECORD):
            return None
        return Decision(kind, key, RECORD, request.url, detail=detail)


# --- walking a listing through its pages -------------------------------------------------------------------


@dataclass(frozen=True)
class ListingStep:
    """What one page of a listing walk offered (a section front, an archive, a tag page, or a later page of one).

    ``page`` is its place in the walk (1: the page the walk started from); ``links`` its article links;
    ``new`` those not on the walk's previous page; ``fetched`` how many of the new ones this page's planning
    fetches; ``claimed`` how many were decided earlier in this run (a feed, a sitemap, another listing);
    ``dates`` its teasers' dates (``<time datetime>``, the URL dates of the new links).
    """

    page: int
    links: frozenset[str]
    new: int
    fetched: int
    claimed: int
    dates: tuple[str, ...] = ()


def walk_stop(step: ListingStep, limits: Limits, listing_pages: int) -> str | None:
    """Why a listing walk ends at this page, or None to follow its next page. ``listing_pages`` is the
    per-listing page budget (NEWSBOT_LISTING_PAGES; 0: none).

    The walk ends at the budget; at a page with no article link the walk's previous page did not have (past
    the last page, many sites serve the last page again or an empty one); at a page whose new links were all
    refused (known from an earlier run, dated before ``since``, over a limit: the rest of the archive is older
    still); and when most of its dated teasers are older than ``since``. Links another listing or a sitemap
    claimed first do not end the walk: the newest pages of a front repeat what the feed lists."""
    if listing_pages and step.page >= listing_pages:
        return f"listing page budget NEWSBOT_LISTING_PAGES={listing_pages} reached"
    if not step.new:
        return "no article link the previous page did not have"
    if not step.fetched and not step.claimed:
        return "every new article link known from an earlier run, before since or over a limit"
    if limits.since is not None and step.dates:
        times = [t for t in (listing_time(d) for d in step.dates) if t is not None]
        if times and sum(t < limits.since for t in times) * 2 > len(times):
            return f"most teasers dated before since={limits.since.isoformat()}"
    return None


def listing_position(start: bool, walked: bool, has_next: bool, declares_article: bool, url_kind: str) -> str | None:
    """Why a page fetched as a listing is a listing by its place in the crawl (never sent to extraction as an
    article), or None to let extraction decide.

    The crawl's start pages (unless the URL itself looks like an article's: a user may start from one) and the
    later pages of a listing walk; and, unless the page declares itself an article (og:type article, JSON-LD
    Article: a story split over pages, a story under /profile/), a listing page with a pager to a next page and
    one whose URL names a tag, author or numbered listing page (``url_kind``, `classify_link`). A short-path
    page without a pager may be a story with a short URL, so extraction decides."""
    if start and url_kind != "article":
        return "the crawl's start page: a listing, its links followed"
    if walked:
        return "a later page of a listing (reached through its pager): its links followed"
    if declares_article:
        return None
    if has_next:
        return "a paginated listing (a front with a pager to a next page): its links followed"
    if url_kind in ("tag", "author", "pagination"):
        return f"a {url_kind} listing by its URL, reached as a listing: its links followed"
    return None
