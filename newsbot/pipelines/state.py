"""Incremental stage: emit only new or changed articles; mark near-duplicates; cross-check listings.

For each `Article` (after in-run de-duplication):

* **new** (canonical URL never emitted): emitted with ``revision`` 1;
* **changed** (emitted before, different ``content_hash``): emitted with the same ``id`` and
  ``revision`` + 1;
* **unchanged** (emitted before, same ``content_hash``): becomes a `Rejection` with reason
  ``unchanged``, so the fetched URL is still accounted for (most known URLs are not even requested:
  the spider skips them and counts them as ``skipped_known`` in the summary);
* past ``max_articles`` emitted articles: a `Rejection` with reason ``limit`` (not remembered, so the
  next run picks it up).

Emitted articles whose text is a near-copy (MinHash, see `newsbot.neardup`) of an earlier article (this run or any
earlier one, any outlet sharing the store) get ``duplicate_of`` = that article's id; they are still
emitted. With ``-a fresh=1`` the store is not consulted for skipping or suppression (everything
found is emitted), but revisions are still counted and the store is still updated.

The store is written by the writer (`committed`), after the article's line is flushed to disk.
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

from pydantic import ValidationError

from ..extraction.dates import to_datetime
from ..extraction.urls import normalize_url
from ..models import Article, Rejection
from ..neardup import NearDupIndex, fingerprint
from ..state import StateStore, open_state

logger = logging.getLogger(__name__)


class StatePipeline:
    """New / changed / unchanged against the state store; near-duplicates; listing cross-checks."""

    def __init__(self, crawler: Any = None, store: StateStore | None = None) -> None:
        self.crawler = crawler
        self._store = store
        self.index = NearDupIndex()
        self.counts: Counter[str] = Counter()
        self.fresh = False
        self.max_articles: int | None = None
        self.pending: dict[str, tuple[str | None, tuple[str, ...]]] = {}
        #: Canonical URLs emitted (or found unchanged) by this run, to tell them from earlier runs' articles.
        self.this_run: set[str] = set()
        if crawler is not None:
            # The writer finds this stage here, to record articles once they are on disk.
            crawler.newsbot_state = self

    @classmethod
    def from_crawler(cls, crawler: Any) -> StatePipeline:
        return cls(crawler)

    @property
    def store(self) -> StateStore:
        """The state store, opened on first use."""
        if self._store is None:
            self._store = open_state(self.crawler.settings)
        return self._store

    def open_spider(self, spider: Any = None) -> None:
        spider = spider or getattr(self.crawler, "spider", None)
        self.fresh = bool(getattr(spider, "fresh", False))
        self.max_articles = getattr(spider, "max_articles", None)
        _ = self.store  # open now: a bad path fails the run at start, not at the first article

    def close_spider(self, spider: Any = None) -> None:
        self._stats()
        if self._store is not None:
            self._store.close()

    def _stats(self) -> None:
        stats = getattr(self.crawler, "stats", None)
        if stats is None:
            return
        for key in ("new", "changed", "unchanged", "duplicates", "limit", "listing_mismatch"):
            stats.set_value(f"newsbot/articles_{key}", self.counts[key])

    def _listing(self, url: str, spider: Any) -> dict[str, str | None]:
        lookup = getattr(spider, "listing_for", None)
        return (lookup(url) if lookup else None) or {}

    def _cross_check(self, item: Article, listing: dict[str, str | None]) -> Article:
        """Fill what the page lacks from the feed/sitemap; count disagreements (the page wins)."""
        updates: dict[str, Any] = {}
        published = listing.get("published")
        source = listing.get("source") or "feed"
        if published and not item.published_at:
            updates.update(published_at=published, published_at_source=source, published_at_raw=published)
        elif published and item.published_at:
            a, b = to_datetime(published), to_datetime(item.published_at)
            if a and b and abs((a - b).total_seconds()) > 36 * 3600:
                self.counts["listing_mismatch"] += 1
                logger.info("%s: page says published %s, %s says %s", item.url, item.published_at, source, published)
        if listing.get("modified") and not item.modified_at and "T" in (listing.get("modified") or ""):
            updates["modified_at"] = listing["modified"]  # the sitemap's lastmod / feed's updated
        language = (listing.get("language") or "").lower()[:2] or None
        if language and not item.language:
            updates["language"] = language
        elif language and item.language and language != item.language:
            self.counts["listing_mismatch"] += 1
            logger.info("%s: page language %s, %s says %s", item.url, item.language, source, language)
        if not updates:
            return item
        try:
            return Article.model_validate({**item.model_dump(), **updates})
        except ValidationError:
            return item  # a listing value the model refuses: keep the page's own

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if not isinstance(item, Article):
            return item
        spider = spider or getattr(self.crawler, "spider", None)
        listing = self._listing(item.url, spider)
        item = self._cross_check(item, listing)
        known = self.store.seen(item.canonical_url)
        self.this_run.add(item.canonical_url)
        if known is not None and known.content_hash == item.content_hash and not self.fresh:
            self.counts["unchanged"] += 1
            # Remember the listing date now, so the next run does not re-request the page for it.
            self.store.record(item.model_copy(update={"revision": known.revision}),
                              listing_modified=listing.get("modified"), aliases=self._aliases(item, listing))
            return Rejection(url=item.url, outlet=item.outlet, reason="unchanged",
                             detail=f"same content as revision {known.revision} of {item.id}",
                             fetched_at=item.fetched_at, http_status=item.http_status)
        if self.max_articles is not None and self.counts["new"] + self.counts["changed"] >= self.max_articles:
            self.counts["limit"] += 1
            self._stop(spider)
            return Rejection(url=item.url, outlet=item.outlet, reason="limit",
                             detail=f"max_articles={self.max_articles} reached", fetched_at=item.fetched_at,
                             http_status=item.http_status)
        if known is None:
            revision = 1
            self.counts["new"] += 1
        elif known.content_hash != item.content_hash:
            revision = known.revision + 1
            self.counts["changed"] += 1
        else:  # fresh run, same text: re-emitted as it is
            revision = known.revision
            self.counts["new"] += 1
        updates: dict[str, Any] = {"revision": revision}
        signature = fingerprint(item.text)
        if signature is not None and not item.duplicate_of:
            # The store knows earlier runs (and other outlets); the index this run's not yet committed articles.
            first = self.store.find_near_duplicate(signature, exclude_id=item.id) or self.index.find(
                signature, exclude=item.id)
            if first:
                updates["duplicate_of"] = first
                self.counts["duplicates"] += 1
            self.index.add(signature, item.id)
        self.pending[item.id] = (listing.get("modified"), self._aliases(item, listing))
        if self.max_articles is not None and self.counts["new"] + self.counts["changed"] >= self.max_articles:
            self._stop(spider)
        return item.model_copy(update=updates)

    @staticmethod
    def _aliases(item: Article, listing: dict[str, str | None]) -> tuple[str, ...]:
        requested = listing.get("requested_url")
        return (requested,) if requested and normalize_url(requested) != normalize_url(item.url) else ()

    def _stop(self, spider: Any) -> None:
        engine = getattr(self.crawler, "engine", None)
        if engine is not None and spider is not None and not getattr(self, "_stopping", False):
            self._stopping = True
            from scrapy.utils.defer import deferred_from_coro

            deferred_from_coro(engine.close_spider_async(reason="max_articles"))

    def committed(self, item: Article) -> None:
        """Called by the writer once the article's line is on disk: remember it."""
        listing_modified, aliases = self.pending.pop(item.id, (None, ()))
        self.store.record(item, listing_modified=listing_modified, aliases=aliases)
        # The store finds it from now on; keeping it in the in-run index too would grow it for the whole crawl.
        self.index.discard(item.id)

    def replay(self, item: Article) -> None:
        """An article found in a killed run's output file: remember it so it is not emitted again."""
        self.store.record(item)
