"""The crawl planner (`newsbot.discovery.planner`): each discovered URL decided once per run, with a typed
decision, without Scrapy (requests here are plain objects with a URL)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from newsbot.discovery.listings import Entry
from newsbot.discovery.planner import (
    CrawlPlanner,
    DecisionKind,
    Found,
    Limits,
    ListingMemory,
    Mirror,
    PageBudget,
    PageKind,
    SeenCheck,
    parse_since,
    read_deferred,
)
from newsbot.state.base import Known
from newsbot.state.claims import DEFER, FETCH, LINKS, RECORD, MemoryClaims, RunClaims

SITE = "http://127.0.0.1:9"


@dataclass
class FakeRequest:
    """A request as the planner sees it: its escaped URL (spaces escaped, as Scrapy would)."""

    url: str
    priority: int
    kind: PageKind


class FakeStore:
    """The two questions the planner asks the state store, answered from dicts."""

    def __init__(self, aliases: dict[str, str], known: dict[str, Known]) -> None:
        self.aliases, self.known = aliases, known

    def canonical_for(self, url: str) -> str | None:
        return self.aliases.get(url)

    def seen(self, canonical: str) -> Known | None:
        return self.known.get(canonical)


def _planner(
    limits: Limits | None = None, max_pages: int | None = None, fresh: bool = False, built: list[str] | None = None
) -> CrawlPlanner[FakeRequest]:
    def build(url: str, priority: int, kind: PageKind) -> FakeRequest:
        if built is not None:
            built.append(url)
        return FakeRequest(url.replace(" ", "%20"), priority, kind)

    return CrawlPlanner(
        limits or Limits(),
        build,
        outlet="test",
        listings=ListingMemory(100),
        seen=SeenCheck(fresh),
        budget=PageBudget(max_pages),
    )


def _article(i: int) -> str:
    return f"{SITE}/news/2024/03/{i:02d}/story-{i}.html"


def test_the_planner_imports_no_scrapy() -> None:
    code = (
        "import sys, newsbot.discovery.planner; "
        "sys.exit(any(m == 'scrapy' or m.startswith('scrapy.') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_parse_since_accepts_spans_and_iso_dates_and_refuses_the_rest() -> None:
    now = datetime(2024, 3, 10, 12, tzinfo=UTC)
    assert parse_since("36h", now) == datetime(2024, 3, 9, 0, tzinfo=UTC)
    assert parse_since("2024-03-01") == datetime(2024, 3, 1, tzinfo=UTC)  # naive: UTC
    assert parse_since(None) is None and parse_since("") is None
    with pytest.raises(ValueError, match="since="):
        parse_since("last tuesday")


def test_a_fetch_decision_carries_its_request_priority_and_listing() -> None:
    planner = _planner()
    entry = Entry(url=_article(1), published="2024-03-01", news=True)
    decision = planner.decide(Found(_article(1), "article", entry, "sitemap"), 1)
    assert decision is not None and decision.kind is DecisionKind.FETCH and decision.want == FETCH
    assert decision.request == FakeRequest(_article(1), 30, "article")  # news sitemap: highest page priority
    assert decision.listing == {"published": "2024-03-01", "source": "sitemap"}
    assert decision.claim("test").payload is None  # an article: fetched and recorded
    listing_page = planner.decide(Found(f"{SITE}/section/", "listing"), 1)
    assert listing_page is not None and listing_page.claim("test").payload == LINKS


def test_checks_run_in_order_and_each_refusal_has_its_reason() -> None:
    planner = _planner(Limits(depth=2, url_length=80, since=datetime(2024, 3, 5, tzinfo=UTC)))
    bad = planner.decide(Found("ftp://127.0.0.1/file", "article"), 1)
    assert bad is not None and bad.kind is DecisionKind.BAD_SCHEME and bad.want == RECORD
    assert bad.rejection("test").reason == "offsite" and bad.rejection("test").fetched_at is not None
    long_url = f"{SITE}/news/" + "x" * 100
    too_long = planner.decide(Found(long_url, "article"), 3)  # also too deep: length is checked first
    assert too_long is not None and too_long.kind is DecisionKind.TOO_LONG and too_long.want == RECORD
    assert too_long.rejection("test").reason == "too_large"
    deep = planner.decide(Found(_article(9), "article"), 3)
    assert deep is not None and deep.kind is DecisionKind.TOO_DEEP and deep.want == DEFER
    assert deep.rejection("test").reason == "limit" and "DEPTH_LIMIT=2" in deep.detail
    old = planner.decide(Found(_article(1), "article"), 1)  # dated by its URL before since
    assert old is not None and old.kind is DecisionKind.SKIP_SINCE and old.count == "skipped_since"
    listed_new = Entry(url=_article(2), published="2024-03-06")  # the listing date comes before the URL's
    assert planner.decide(Found(_article(2), "article", listed_new, "feed"), 1).kind is DecisionKind.FETCH  # type: ignore[union-attr]


def test_a_plain_url_past_the_depth_limit_is_deferred_without_building_its_request() -> None:
    built: list[str] = []
    planner = _planner(Limits(depth=1), built=built)
    decision = planner.decide(Found(_article(1), "article"), 2)
    assert decision is not None and decision.kind is DecisionKind.TOO_DEEP and built == []
    accented = planner.decide(Found(f"{SITE}/caf\u00e9 story", "article"), 2)  # not plain: measured once built
    assert accented is not None and accented.kind is DecisionKind.TOO_DEEP and built == [f"{SITE}/caf\u00e9 story"]


def test_known_articles_are_deferred_unless_a_listing_says_they_changed() -> None:
    canonical = f"{SITE}/canonical/1"
    store = FakeStore(
        {_article(1): canonical, _article(2): canonical},
        {canonical: Known("id1", "hash", 1, listing_modified=None, last_seen="2024-03-02T00:00:00Z")},
    )
    planner = _planner()
    planner.bind(planner.claims, store)
    known = planner.decide(Found(_article(1), "article"), 1)
    assert known is not None and known.kind is DecisionKind.SKIP_KNOWN and known.count == "skipped_known"
    assert known.rejection("test").reason == "unchanged"
    older = Entry(url=_article(1), modified="2024-03-01T00:00:00Z")  # listed as modified before our last fetch
    assert planner.decide(Found(_article(1), "article", older, "sitemap"), 1).kind is DecisionKind.SKIP_KNOWN  # type: ignore[union-attr]
    newer = Entry(url=_article(1), modified="2024-03-03T00:00:00Z")
    assert planner.decide(Found(_article(1), "article", newer, "sitemap"), 1).kind is DecisionKind.FETCH  # type: ignore[union-attr]
    # This run already holds the canonical URL (another URL of the same story): a duplicate, recorded now.
    assert planner.claims.claim_one(f"c:{canonical}", RECORD)
    duplicate = planner.decide(Found(_article(2), "article"), 1)
    assert duplicate is not None and duplicate.kind is DecisionKind.DUPLICATE and duplicate.want == RECORD
    fresh = _planner(fresh=True)
    fresh.bind(fresh.claims, store)
    assert fresh.decide(Found(_article(1), "article"), 1).kind is DecisionKind.FETCH  # type: ignore[union-attr]


def test_the_page_budget_counts_won_fetches_and_defers_the_rest() -> None:
    planner = _planner(max_pages=2)
    found = [Found(_article(i), "article") for i in (1, 2, 1, 3, 4)]  # one URL twice in the batch
    planned = list(planner.plan(found, 1))
    assert [p.decision.url for p in planned] == [_article(1), _article(2)]
    assert planner.budget.spent == 2 and planner.budget.exhausted
    deferred = [read_deferred(payload) for payload in planner.claims.take_deferred()]
    assert sorted((r.url, r.reason, count) for r, count in deferred) == [
        (_article(3), "limit", "skipped_max_pages"),
        (_article(4), "limit", "skipped_max_pages"),
    ]


def test_each_url_is_decided_once_per_run_and_a_deferred_one_can_be_taken_over() -> None:
    planner = _planner(Limits(depth=1))
    assert list(planner.plan([Found(_article(1), "article")], 2)) == []  # too deep: deferred, nothing to do now
    taken = list(planner.plan([Found(_article(1), "article")], 1))  # a shallower link: fetched after all
    assert [p.decision.kind for p in taken] == [DecisionKind.FETCH]
    assert planner.is_decided(_article(1))
    assert list(planner.plan([Found(_article(1), "article")], 1)) == []
    assert planner.claims.take_deferred() == []  # the deferred rejection was taken over


def test_an_inherited_listing_page_is_fetched_for_its_links_only() -> None:
    claims = RunClaims(MemoryClaims(), "run")
    claims.inherit([f"u:{SITE}/section/", f"u:{_article(1)}"])
    planner = _planner()
    planner.bind(claims, None)
    planned = list(planner.plan([Found(f"{SITE}/section/", "listing"), Found(_article(1), "article")], 1))
    assert [(p.decision.url, p.links_only) for p in planned] == [(f"{SITE}/section/", True)]
    assert planner.budget.spent == 0
    assert planner.recorded_by_killed_run([_article(1)]) and not planner.recorded_by_killed_run([_article(2)])


def test_answered_fetches_are_not_left_unfinished() -> None:
    planner = _planner()
    planned = list(planner.plan([Found(_article(1), "article"), Found(_article(2), "article")], 1))
    planner.answered(planned[0].decision.key)
    assert planner.claims.take_unfinished() == [f"u:{_article(2)}"]


def test_a_child_sitemap_past_the_limits_is_recorded_once() -> None:
    planner = _planner(Limits(depth=1))
    near = FakeRequest(f"{SITE}/sitemap-1.xml", 100, "listing")
    fetch = planner.child_sitemap(near, 1)
    assert fetch is not None and fetch.kind is DecisionKind.FETCH and fetch.request is near
    deep = FakeRequest(f"{SITE}/sitemap-2.xml", 100, "listing")
    refused = planner.child_sitemap(deep, 2)
    assert refused is not None and refused.kind is DecisionKind.TOO_DEEP and refused.want == RECORD
    assert refused.rejection("test").reason == "limit"
    assert planner.child_sitemap(deep, 2) is None


def test_listing_memory_merges_entries_and_stays_bounded() -> None:
    memory = ListingMemory(2)
    url = _article(1)
    memory.merge(url, Entry(url=url, published="2024-03-01", modified="2024-03-02T00:00:00Z"), "feed")
    merged = memory.merge(
        url, Entry(url=url, published="2024-02-01", modified="2024-03-04T00:00:00Z", news=True), "sitemap"
    )
    assert merged == {"published": "2024-03-01", "modified": "2024-03-04T00:00:00Z", "source": "sitemap"}
    memory.merge(_article(2), Entry(url=_article(2)), "feed")
    memory.merge(_article(3), Entry(url=_article(3)), "feed")
    assert len(memory) == 2 and url not in memory
    assert memory.take(_article(3), None) == {"source": "feed"} and _article(3) not in memory
    memory.hand_over(url, {"requested_url": url})
    assert memory.for_page(url) == {"requested_url": url} and memory.for_page(url) is None


def test_a_mirror_maps_only_the_outlets_domains() -> None:
    mirror = Mirror("http://127.0.0.1:9/", ["example.com"])
    assert mirror.local("https://example.com/a?b#c") == "http://127.0.0.1:9/a?b#c"
    assert mirror.local("https://other.org/a") == "https://other.org/a"
    assert Mirror(None, ["example.com"]).local("https://example.com/a") == "https://example.com/a"


def test_listed_entries_are_articles_unless_the_url_or_the_outlet_says_otherwise() -> None:
    from newsbot.discovery.planner import listed_kind

    assert listed_kind("article", True) == "article"
    assert listed_kind("section", False) == "article"  # listed in a feed: an article by default
    assert listed_kind("section", True) == "listing"  # the outlet's patterns decide what is an article
    assert listed_kind("tag", False) == "listing"
    assert listed_kind("search", False) is None and listed_kind("asset", True) is None


def test_links_from_an_article_lead_to_articles_only() -> None:
    from newsbot.discovery.planner import linked_kind

    assert linked_kind("article", True) == "article"
    assert linked_kind("section", True) is None
    assert linked_kind("section", False) == "listing" and linked_kind("tag", False) == "listing"
    assert linked_kind("other", False) is None and linked_kind("feed", False) is None
