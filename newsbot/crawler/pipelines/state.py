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

Emitted articles whose text is a near-copy (MinHash, see `newsbot.state.neardup`) of an earlier article (this run or any
earlier one, any outlet sharing the store) get ``duplicate_of`` = that article's id; they are still
emitted. With ``-a fresh=1`` the store is not consulted for skipping or suppression (everything
found is emitted), but revisions are still counted and the store is still updated.

The store is written by the writer (`committed`), after the article's line is flushed to disk.

Exactly one record per URL and canonical URL per run: this stage owns the run's claims
(`newsbot.state.claims`, kept in the store). An article whose canonical URL this run (or, with Redis, another
worker of the job) already claimed becomes a ``duplicate`` rejection -- the claim is atomic, so two
workers meeting the AMP and the main URL of one story at once cannot both emit it.

With Redis the emit claim is a lease (`newsbot.state.redis.RedisStateStore.claim_emit`): it names its holder and
becomes final only when the writer has committed the article's line (`committed`). Each worker keeps an alive
key in Redis (renewed every third of ``NEWSBOT_REDIS_LEASE_IDLE``); a holder that died or lost Redis stops renewing
it, and its leases lapse: the page, re-delivered to any worker on any machine, is emitted there. An article whose
claim is held by a live worker waits (without blocking the crawl) until that lease becomes final (a duplicate) or
lapses (taken over), so a holder dying mid-way never turns the other copy into a lost article.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from typing import Any

from pydantic import ValidationError

from newsbot.crawler.config import open_state_for, setting
from newsbot.crawler.runinfo import run_info
from newsbot.crawler.skipped import REASON_OF_STAT, Skipped
from newsbot.discovery.planner import read_deferred
from newsbot.extraction.dates import to_datetime
from newsbot.extraction.urls import normalize_url
from newsbot.models import Article, ErrorRecord, Rejection, date_group
from newsbot.state import StateError, StateStore
from newsbot.state.claims import EMIT_HELD, EMIT_LOST, EMIT_TAKEN_OVER, EMIT_WON, RECORD, JobClaims, RunClaims
from newsbot.state.neardup import NearDupIndex, Signature, fingerprint, published_key

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
        self._claims: RunClaims | None = None
        self._flushed = False
        #: Why the engine closes the spider ("finished", "max_articles", "shutdown", ...), once it does.
        self.stop_reason: str | None = None
        self._store_closed = False
        #: Renews this worker's alive key in Redis (job-shared runs only), which keeps its emit leases held.
        self._heartbeat: Any = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> StatePipeline:
        return cls(crawler)

    @property
    def store(self) -> StateStore:
        """The state store, opened on first use."""
        if self._store is None:
            self._store = open_state_for(self.crawler.settings)
        return self._store

    @property
    def claims(self) -> RunClaims:
        """This run's claims (`newsbot.state.claims`), in the store."""
        if self._claims is None:
            self._claims = (JobClaims if self._job_shared else RunClaims)(self.store, self._scope())
        return self._claims

    @property
    def _job_shared(self) -> bool:
        """Whether the claims belong to a Redis job, shared by its workers, rather than to this run."""
        settings = getattr(self.crawler, "settings", None)
        return bool(settings is not None and settings.get("NEWSBOT_REDIS_URL"))

    def _scope(self) -> str:
        """The claims' scope: the run id; with Redis the job and outlet, which all the job's workers share."""
        settings = getattr(self.crawler, "settings", None)
        if self.crawler is None or settings is None:
            return "local"
        if self._job_shared:
            spider = getattr(self.crawler, "spider", None)
            outlet = getattr(spider, "run_name", None) or getattr(spider, "outlet_name", None) or "crawl"
            return f"job:{settings.get('NEWSBOT_REDIS_JOB') or 'default'}:{outlet}"
        return run_info(self.crawler).run_id

    def open_spider(self, spider: Any = None) -> None:
        spider = spider or getattr(self.crawler, "spider", None)
        self.fresh = bool(getattr(spider, "fresh", False))
        self.max_articles = getattr(spider, "max_articles", None)
        _ = self.claims  # open now: a bad path fails the run at start, not at the first article
        if self._job_shared and self.crawler is not None:
            from twisted.internet.task import LoopingCall

            self._alive()
            self._heartbeat = LoopingCall(self._alive)
            self._heartbeat.start(self._lease_s / 3, now=False)

    @property
    def _lease_s(self) -> float:
        """Seconds an emit lease outlives its holder's last sign of life: the job's lease time for requests too."""
        return float(setting(getattr(self.crawler, "settings", None), "NEWSBOT_REDIS_LEASE_IDLE"))

    @property
    def _owner(self) -> str:
        """This worker's name on its emit leases: the run id."""
        return run_info(self.crawler).run_id

    def _alive(self) -> None:
        """Renew this worker's alive key (the heartbeat loop); Redis gone: the scheduler stops the run."""
        try:
            self.store.alive(self._owner, self._lease_s)  # type: ignore[attr-defined]
        except StateError as exc:
            logger.warning("alive key not renewed: %s", exc)

    def close_spider(self, spider: Any = None) -> None:
        self._stats()
        if not self._closed_by_writer():
            self.close_store()

    def _closed_by_writer(self) -> bool:
        """Whether the crawl's writer finishes the run in ``spider_closed`` (after the pipelines closed) and
        closes the store then: it still records unfinished requests through the claims."""
        from newsbot.crawler.pipelines.writer import JsonlWriterPipeline  # the writer imports this module

        try:
            writer = self.crawler.get_item_pipeline(JsonlWriterPipeline) if self.crawler is not None else None
        except (RuntimeError, AttributeError):  # a bare crawler in a test, or none
            return False
        return bool(writer is not None and writer._finish_on_signal)

    def close_store(self) -> None:
        """End of the run: release its claims (if they were flushed) and close the store; idempotent."""
        if self._store is not None and not self._store_closed:
            self._store_closed = True
            if self._heartbeat is not None:
                if self._heartbeat.running:
                    self._heartbeat.stop()
                try:  # every line this run will write is written: a lease it still holds lapses now
                    self._store.gone(self._owner)  # type: ignore[attr-defined]
                except StateError as exc:
                    logger.warning("alive key not removed (it expires by itself): %s", exc)
            # A clean end of the run: its claims are done with (a killed run's stay, for the run resuming it).
            # Redis claims belong to the job, shared by its workers and kept like its dupefilter.
            if self._flushed and not self._job_shared:
                self.claims.release()
            self._store.close()

    def flush_deferred(self) -> list[Skipped]:
        """The URLs this run decided not to fetch that no later discovery took over (called by the writer at
        close): no records, counted by reason (`newsbot.crawler.skipped`); each also under its payload's
        ``count`` stat (e.g. skipped_known, skipped_since)."""
        self._flushed = True
        skipped = []
        stats = getattr(self.crawler, "stats", None)
        try:
            payloads = self.claims.take_deferred()
        except StateError as exc:  # Redis gone: the job's deferred records wait there for its next worker
            logger.warning("deferred records not written: %s", exc)
            return []
        for payload in payloads:
            record, count = read_deferred(payload)
            skipped.append(Skipped(record.url, record.outlet, REASON_OF_STAT.get(count, "depth"), record.detail))
            if stats is not None and count:
                stats.inc_value(f"newsbot/{count}")
        return skipped

    def flush_unfinished(self) -> list[Skipped | ErrorRecord]:
        """Each URL claimed for fetching in this run whose response never came (called by the writer at close,
        before the files are renamed): skipped (``stopped``, the detail naming why the crawl stopped early), or
        an error record if it ran to its end (the request was dropped somewhere; it must not vanish). Not with
        Redis: the job's queue outlives this worker, another worker (or the job's next start) fetches them."""
        if self._job_shared:
            try:
                self.claims.flush_fetched()
            except StateError as exc:
                logger.warning("fetch marks not written: %s", exc)
            return []
        keys = self.claims.take_unfinished()
        if not keys:
            return []
        spider = getattr(self.crawler, "spider", None)
        outlet = getattr(spider, "outlet_name", None)
        reason = self.stop_reason or "finished"
        stats = getattr(self.crawler, "stats", None)
        if stats is not None:
            stats.inc_value("newsbot/unfinished", len(keys))
        if reason == "finished":
            return [
                ErrorRecord(
                    url=key[2:],
                    outlet=outlet,
                    kind="RequestDropped",
                    detail="claimed for fetching but never answered, though the crawl finished",
                )
                for key in keys
            ]
        why = f"max_articles={self.max_articles} reached" if reason == "max_articles" else reason
        return [
            Skipped(key[2:], outlet, "stopped", f"crawl stopped ({why}) before it was fetched: not fetched")
            for key in keys
        ]

    def inherit(self, killed_run: str, urls: list[str]) -> None:
        """A killed run being recovered recorded these URLs (and had inherited more): this run does not fetch
        or record them again. Its claims then go."""
        if self._job_shared:
            # The job's claims are shared: the killed worker's are already this worker's. Its recorded URLs become
            # inherited (a re-delivered page of it is fetched for its links only) and the run is marked recovered
            # (an emit claim it won but never wrote a line for may be taken over: `_won`).
            self.claims.inherit(sorted({f"u:{url}" for url in urls}))
            self.store.mark_recovered(self.claims.scope, killed_run)  # type: ignore[attr-defined]
            return
        keys = sorted({f"u:{url}" for url in urls} | set(self.store.inherited(killed_run)))
        self.claims.inherit(keys)
        self.store.release(killed_run)

    def _stats(self) -> None:
        stats = getattr(self.crawler, "stats", None)
        if stats is None:
            return
        for key in ("new", "changed", "unchanged", "duplicates", "limit", "listing_mismatch"):
            stats.set_value(f"newsbot/articles_{key}", self.counts[key])
        for key in ("emit_waits", "emit_taken_over", "emit_lease_lost"):  # Redis jobs' emit leases
            if self.counts[key]:
                stats.set_value(f"newsbot/{key}", self.counts[key])

    def _listing(self, url: str, spider: Any) -> dict[str, str | None]:
        lookup = getattr(spider, "listing_for", None)
        return (lookup(url) if lookup else None) or {}

    def _cross_check(self, item: Article, listing: dict[str, str | None]) -> Article:
        """Fill what the page lacks from the feed/sitemap; count disagreements (the page wins)."""
        updates: dict[str, Any] = {}
        published = listing.get("published")
        source = listing.get("source") or "feed"
        if published and not item.published_at and not item.published_date:
            try:
                updates.update(date_group("published", published, published, "stated"))
            except ValueError:
                pass  # a listing value without an offset: the page had no date, neither has the record
            else:
                updates.update(published_at_source=source, published_at_raw=published)
        elif published and item.published_at:
            a, b = to_datetime(published), to_datetime(item.published_at)
            if a and b and abs((a - b).total_seconds()) > 36 * 3600:
                self.counts["listing_mismatch"] += 1
                logger.info("%s: page says published %s, %s says %s", item.url, item.published_at, source, published)
        modified = listing.get("modified")
        if modified and not item.modified_at and "T" in modified:
            try:  # the sitemap's lastmod / feed's updated
                updates.update(date_group("modified", modified, modified, "stated"))
            except ValueError:
                pass
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
        if not self._job_shared:
            return self._decide(item, listing, spider, self.claims.claim_one(f"c:{item.canonical_url}", RECORD))
        answer = self._claim_emit(item)
        if answer == EMIT_HELD:
            return self._after_lease(item, listing, spider)
        return self._decide(item, listing, spider, answer == EMIT_WON)

    async def _after_lease(self, item: Article, listing: dict[str, str | None], spider: Any) -> Any:
        """The article's emit claim is a live worker's lease: ask again until that worker commits its line (then
        this copy is a duplicate) or its lease lapses (it died or lost Redis: this copy takes it over). Bounded by
        twice the lease time: a holder that lives on without writing (a stall) costs a duplicate record, never a
        crawl waiting forever."""
        from scrapy.utils.asyncio import sleep

        self.counts["emit_waits"] += 1
        deadline = time.monotonic() + 2 * self._lease_s
        answer = EMIT_HELD
        while answer == EMIT_HELD and time.monotonic() < deadline:
            await sleep(min(0.5, self._lease_s / 4))
            answer = self._claim_emit(item)
        return self._decide(item, listing, spider, answer == EMIT_WON)

    def _decide(self, item: Article, listing: dict[str, str | None], spider: Any, won: bool) -> Any:
        """The record of an article whose emit claim was decided (won or lost)."""
        if not won:
            # Handled already in this run: by this process (dedupe keeps only recent ids) or another worker.
            self.counts["duplicates_in_run"] += 1
            return Rejection.of_article(
                item, "duplicate", f"same canonical URL {item.canonical_url} already handled in this run"
            )
        known = self.store.seen(item.canonical_url)
        if known is not None and known.content_hash == item.content_hash and not self.fresh:
            self.counts["unchanged"] += 1
            # Remember the listing date now, so the next run does not re-request the page for it.
            self.store.record(
                item.model_copy(update={"revision": known.revision}),
                listing_modified=listing.get("modified"),
                aliases=self._aliases(item, listing),
            )
            self._settle(item)  # decided: its record is a rejection, the state has the article
            return Rejection.of_article(item, "unchanged", f"same content as revision {known.revision} of {item.id}")
        if self.max_articles is not None and self.counts["new"] + self.counts["changed"] >= self.max_articles:
            self.counts["limit"] += 1
            self._settle(item)  # decided: not emitted in this job
            self._stop(spider)
            return Rejection.of_article(item, "limit", f"max_articles={self.max_articles} reached")
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
            # The original is the earliest-published copy no later than this one (a tie: the store's, recorded
            # first), so the direction never depends on fetch order (neardup module doc).
            published = published_key(item)
            first = self._original(signature, item.id, published)
            if first:
                updates["duplicate_of"] = first
                self.counts["duplicates"] += 1
            self.index.add(signature, item.id, published)
        self.pending[item.id] = (listing.get("modified"), self._aliases(item, listing))
        if self.max_articles is not None and self.counts["new"] + self.counts["changed"] >= self.max_articles:
            self._stop(spider)
        return item.model_copy(update=updates)

    def _original(self, signature: Signature, item_id: str, published: str) -> str | None:
        """The id of the original of a text among the store's articles and this run's in flight, or None."""
        in_run = self.index.find_original(signature, exclude=item_id, published=published)
        find_original = getattr(self.store, "find_original", None)
        if find_original is None:  # a store without publication keys: the earliest recorded, as before
            return self.store.find_near_duplicate(signature, exclude_id=item_id) or (in_run[2] if in_run else None)
        stored = find_original(signature, item_id, published)
        # A tie in publication goes to the store's copy: it was emitted before any still in flight.
        if in_run is not None and (stored is None or in_run[0] < stored[0]):
            return in_run[2]
        return stored[2] if stored else None

    def _claim_emit(self, item: Article) -> int:
        """A Redis job's emit claim of item's canonical URL, as a lease held by this run (EMIT_WON), lost to a final
        claim or one this run holds (EMIT_LOST), or held by another live worker (EMIT_HELD). A lease taken over
        from a holder that is gone counts as lost when the state has this very text already: the holder's line
        was written and replayed from its files (its commit was what failed); the lease is final then."""
        key = f"c:{item.canonical_url}"
        answer = self.store.claim_emit(self.claims.scope, key, self._owner, self._lease_s)  # type: ignore[attr-defined]
        if answer != EMIT_TAKEN_OVER:
            return int(answer)
        known = self.store.seen(item.canonical_url)
        if known is not None and known.content_hash == item.content_hash:
            self._settle(item)
            return EMIT_LOST
        self.counts["emit_taken_over"] += 1
        logger.warning("%s: took over the emit lease of a worker that is gone (it never committed the line)", item.url)
        return EMIT_WON

    def _settle(self, item: Article) -> None:
        """A Redis job's emit lease of item becomes final (its record is decided and, for an article, on disk)."""
        if not self._job_shared:
            return
        if not self.store.settle(self.claims.scope, f"c:{item.canonical_url}", self._owner):  # type: ignore[attr-defined]
            # This run stalled past its lease and another worker took the article over: both may emit it (at
            # least once, never lost). Counted, so a job whose lease time is too short for its workers shows it.
            self.counts["emit_lease_lost"] += 1
            logger.warning("%s: emit lease lapsed before its record was decided (another worker took it)", item.url)

    def uncommitted(self, item: Article) -> None:
        """The writer could not write item's line (disk full): give its emit claim back, so that the page, re-delivered
        to a worker with space (Redis) or fetched by the next run, emits it."""
        self.pending.pop(item.id, None)
        if self._job_shared:
            try:
                self.store.unclaim(self.claims.scope, f"c:{item.canonical_url}")  # type: ignore[attr-defined]
            except StateError as exc:
                logger.warning("emit claim of %s not given back: %s", item.url, exc)

    @staticmethod
    def _aliases(item: Article, listing: dict[str, str | None]) -> tuple[str, ...]:
        requested = listing.get("requested_url")
        if not requested or requested == item.url:  # no redirect (most pages): nothing to normalize
            return ()
        return (requested,) if normalize_url(requested) != normalize_url(item.url) else ()

    def stopping(self, reason: str) -> None:
        """The run is about to close for `reason` (the first one named wins). Set at once, not in spider_closed:
        until the close, the Redis scheduler must acknowledge nothing more after a fault (disk_full), so that
        the pages whose records were not written are re-delivered."""
        if self.stop_reason is None:
            self.stop_reason = reason

    def _stop(self, spider: Any) -> None:
        engine = getattr(self.crawler, "engine", None)
        if engine is not None and spider is not None and not getattr(self, "_stopping", False):
            self._stopping = True
            self.stopping("max_articles")
            from scrapy.utils.defer import deferred_from_coro

            deferred_from_coro(engine.close_spider_async(reason="max_articles"))

    def committed(self, item: Article) -> None:
        """Called by the writer once the article's line is on disk: remember it."""
        listing_modified, aliases = self.pending.pop(item.id, (None, ()))
        self.store.record(item, listing_modified=listing_modified, aliases=aliases)
        self._settle(item)  # after the record: a final claim always has its article in the state
        # The store finds it from now on; keeping it in the in-run index too would grow it for the whole crawl.
        self.index.discard(item.id)

    def replay(self, item: Article) -> None:
        """An article found in a killed run's output file: remember it so it is not emitted again."""
        self.store.record(item)
