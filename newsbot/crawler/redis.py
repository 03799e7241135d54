"""Several crawler processes (on any number of machines) sharing one frontier through Redis.

When ``NEWSBOT_REDIS_URL`` is set, the `RedisAddon` (listed in ``ADDONS`` in settings.py; add-ons
run before the settings freeze) switches Scrapy to scrapy-redis's scheduler and dupefilter:

* the request queue and the set of seen request fingerprints live in Redis under
  ``newsbot:<job>:<outlet>:requests`` / ``:dupefilter`` (``<job>`` = ``NEWSBOT_REDIS_JOB``), so every
  worker of a job pulls from one frontier and no URL is fetched twice;
* ``SCHEDULER_PERSIST`` is on: scrapy-redis's default would let the first worker to finish delete the
  shared queue and dupefilter under the others' feet;
* `KeepAliveWhileQueued` keeps a worker open while the shared queue still holds requests (a worker
  whose own start requests were all duplicates would otherwise close at once);
* the incremental state moves to the same Redis (`newsbot.state.redis`, chosen by `open_state`).

A finished job's frontier stays in Redis (that is what makes a stopped job resumable); a new crawl of
the same outlet uses a new ``NEWSBOT_REDIS_JOB`` (e.g. the date), and the shared state keeps it from
re-emitting what earlier jobs emitted.

Faults (README "Running on several machines"):

* **a worker dies** -- the queue is a Redis Stream whose entries are leased, not popped
  (`newsbot.crawler.leasedqueue`): an entry is acknowledged only when Scrapy is done with its response
  (records written, links queued): `LeaseTracker` counts what each response gives through a spider middleware
  and Scrapy's item and request signals, and sends `lease_done`, on which the scheduler acknowledges. A dead
  worker's entries go to its successor of the same name at once or to any worker after
  ``NEWSBOT_REDIS_LEASE_IDLE``. A re-delivered page whose
  record the dead worker wrote (its files recovered) is fetched for its links only; its links claimed but
  maybe never queued are offered to the queue again (`RedeliveredLinks`; the dupefilter drops those queued);
  an emit claim is a lease that becomes final when its line is committed, and lapses when its holder dies or
  loses Redis: any worker on any machine then takes it over (`newsbot.state.redis`);
* **Redis away** -- every command retries for ``NEWSBOT_REDIS_RETRY_FOR`` seconds, then the worker stops with
  status ``redis_unavailable`` (exit 6) and acknowledges nothing more: what it had leased is re-delivered;
* **disk full** -- the writer stops the run (status ``disk_full``, exit 7); the scheduler acknowledges nothing
  more, so the pages whose records were not written are re-delivered to the next worker with space.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.http import Response
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings
from scrapy.utils.asyncio import call_later
from scrapy.utils.defer import deferred_from_coro
from twisted.internet.task import LoopingCall

from newsbot.crawler import settings as defaults
from newsbot.crawler.config import setting

logger = logging.getLogger(__name__)

_PREFIX = "newsbot:%(job)s:%(outlet)s"


class RedisAddon:
    """Scrapy add-on: scrapy-redis scheduler, dupefilter and keep-alive when NEWSBOT_REDIS_URL is set."""

    def update_settings(self, settings: BaseSettings) -> None:
        url = settings.get("NEWSBOT_REDIS_URL")
        if not url:
            return
        settings.set("REDIS_URL", url, priority="addon")
        settings.set("SCHEDULER", "newsbot.crawler.redis.OutletScheduler", priority="addon")
        settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", priority="addon")
        settings.set("SCHEDULER_PERSIST", True, priority="addon")
        # A stream, not scrapy-redis's sorted set: a new key, so a job queued by an older newsbot is not misread.
        settings.set("SCHEDULER_QUEUE_KEY", _PREFIX + ":stream", priority="addon")
        settings.set("SCHEDULER_QUEUE_CLASS", "newsbot.crawler.leasedqueue.StreamQueue", priority="addon")
        # The scheduler's client rides out Redis outages like the state store's (newsbot.state.redis.DeadlineRetry).
        from newsbot.state.redis import DeadlineRetry

        params = dict(settings.getdict("REDIS_PARAMS"))
        params.setdefault("retry", DeadlineRetry(float(setting(settings, "NEWSBOT_REDIS_RETRY_FOR"))))
        params.setdefault("socket_connect_timeout", 5)
        settings.set("REDIS_PARAMS", params, priority="addon")
        settings.set("SCHEDULER_DUPEFILTER_KEY", _PREFIX + ":dupefilter", priority="addon")
        # Scrapy pulls requests from the scheduler until CONCURRENT_REQUESTS are active, parking the ones
        # over the per-domain limit in memory: one worker would empty the shared queue into its own
        # downloader. Capping the total at the per-domain limit keeps the rest in Redis for the others.
        # (At the setting's own priority: newsbot's settings module sets it at "project", above "addon", and a
        # set() below the current priority is silently ignored.)
        per_domain = settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
        if settings.getint("CONCURRENT_REQUESTS") > per_domain:
            priority = max(settings.getpriority("CONCURRENT_REQUESTS") or 0, SETTINGS_PRIORITIES["addon"])
            settings.set("CONCURRENT_REQUESTS", per_domain, priority=priority)
        # Added into the component dicts in place, whatever their priority (the same reason).
        settings.set_in_component_priority_dict("EXTENSIONS", KeepAliveWhileQueued, 100)
        settings.set_in_component_priority_dict("SPIDER_MIDDLEWARES", RedeliveredLinks, 940)
        # Outermost (below every other spider middleware): sees each output as the scraper gets it, and is the
        # last offered an exception (so one it is offered is one nobody handled).
        settings.set_in_component_priority_dict("SPIDER_MIDDLEWARES", LeaseTracker, 0)


def _keys(spider: Spider) -> dict[str, str]:
    job = spider.settings.get("NEWSBOT_REDIS_JOB") or defaults.NEWSBOT_REDIS_JOB
    return {"job": job, "outlet": getattr(spider, "outlet_name", None) or spider.name, "spider": spider.name}


#: Stop reasons after which nothing more is acknowledged: what the worker still holds is re-delivered.
FAULT_REASONS = ("redis_unavailable", "disk_full")


def _state(crawler: Crawler) -> Any:
    """The crawl's StatePipeline (its claims and stop reason), or None."""
    from newsbot.crawler.pipelines.state import StatePipeline

    try:
        return crawler.get_item_pipeline(StatePipeline)
    except RuntimeError:
        return None


@functools.cache
def _scheduler_class() -> type:
    from scrapy_redis.dupefilter import RFPDupeFilter
    from scrapy_redis.scheduler import Scheduler

    from newsbot.crawler.leasedqueue import REDELIVERED, StreamQueue
    from newsbot.state.redis import OUTAGE, RedisUnavailable

    class OutletScheduler(Scheduler):
        """scrapy-redis's scheduler with keys per job and per outlet (every outlet uses the one spider), over a
        leased queue (`newsbot.crawler.leasedqueue.StreamQueue`): requests are acknowledged once handled."""

        # scrapy-redis has no type hints: its attributes are declared here, as its __init__ sets them.
        queue_key: str
        df: Any
        queue: StreamQueue
        crawler: Crawler | None = None

        @classmethod
        def from_crawler(cls, crawler: Crawler) -> Any:
            instance = super().from_crawler(crawler)
            instance.crawler = crawler
            return instance

        def open(self, spider: Spider) -> Any:  # whatever scrapy-redis returns (untyped)
            keys = _keys(spider)
            self.queue_key = self.queue_key % keys
            settings = spider.settings
            if not self.df:
                dupefilter_key = settings.get("SCHEDULER_DUPEFILTER_KEY") % keys
                self.df = RFPDupeFilter(self.server, key=dupefilter_key, debug=settings.getbool("DUPEFILTER_DEBUG"))
            self.spider = spider
            self.queue = StreamQueue(
                self.server,
                spider,
                self.queue_key,
                self.serializer,
                consumer=settings.get("NEWSBOT_REDIS_WORKER") or None,
                lease_idle=float(setting(settings, "NEWSBOT_REDIS_LEASE_IDLE")),
            )
            logger.info("shared frontier in Redis: %s (worker %s)", self.queue_key, self.queue.consumer)
            self._renewer = LoopingCall(self._renew)
            self._renewer.start(self.queue.renew_every, now=False)
            if self.crawler is not None:
                self.crawler.signals.connect(self.done, signal=lease_done)
            return None

        def close(self, reason: str) -> Any:
            if self._renewer.running:
                self._renewer.stop()
            return super().close(reason)

        # --- faults --------------------------------------------------------------------------------------
        def _faulted(self) -> bool:
            """Redis gone or the run stopping for a fault: acknowledge nothing more."""
            if OUTAGE.gave_up:
                self._stop("redis_unavailable")
                return True
            state = _state(self.crawler) if self.crawler is not None else None
            return getattr(state, "stop_reason", None) in FAULT_REASONS

        def _stop(self, reason: str) -> None:
            engine = getattr(self.crawler, "engine", None)
            if engine is None or getattr(self, "_stopping", False):
                return
            self._stopping = True
            deferred_from_coro(engine.close_spider_async(reason=reason))

        def _renew(self) -> None:
            if self._faulted():
                return
            try:
                self.queue.renew()
            except RedisUnavailable:
                self._stop("redis_unavailable")

        # --- the lease of each response ------------------------------------------------------------------
        def done(self, request: Request) -> None:  # lease_done handler
            """request's response was fully handled: acknowledge its lease (unless a fault stops the run)."""
            if self._faulted():
                return
            try:
                self.queue.ack(request)
            except RedisUnavailable:
                self._stop("redis_unavailable")

        # --- scrapy-redis's scheduler interface ----------------------------------------------------------
        def enqueue_request(self, request: Request) -> bool:
            try:
                if request.dont_filter:
                    queued = self.queue.push_new(request, None, None)
                else:
                    queued = self.queue.push_new(request, self.df.key, self.df.request_fingerprint(request))
            except RedisUnavailable:
                self._stop("redis_unavailable")
                return False
            if not queued:
                self.df.log(request, self.spider)
                return False
            if self.stats:
                self.stats.inc_value("scheduler/enqueued/redis")
            return True

        def next_request(self) -> Request | None:
            if self._faulted() or getattr(self, "_stopping", False):
                return None
            try:
                request = self.queue.pop()
                if request is not None and request.meta.get(REDELIVERED):
                    self._redelivered(request)
            except RedisUnavailable:
                self._stop("redis_unavailable")
                return None
            if request is not None and self.stats:
                self.stats.inc_value("scheduler/dequeued/redis")
            return request

        def has_pending_requests(self) -> bool:
            try:
                return len(self.queue) > 0
            except RedisUnavailable:
                self._stop("redis_unavailable")
                return False

        def _redelivered(self, request: Request) -> None:
            """A dead worker's request: when its files (recovered) hold the page's record, fetch it for its links
            only, like a killed run's page when a run resumes (newsbot.state.claims, state I)."""
            if self.stats:
                self.stats.inc_value("newsbot/redelivered")
            key = request.meta.get("newsbot_claim")
            state = _state(self.crawler) if self.crawler is not None else None
            if key and state is not None and state.claims.inherited_key(key):
                request.meta["newsbot_inherited"] = True

    return OutletScheduler


def __getattr__(name: str) -> Any:
    # Imported lazily so that newsbot works without the optional scrapy-redis package installed.
    if name == "OutletScheduler":
        return _scheduler_class()
    raise AttributeError(name)


class KeepAliveWhileQueued:
    """Keeps the spider open on spider_idle while the shared Redis queue has requests, and until it has
    been empty for ``NEWSBOT_REDIS_IDLE_CLOSE`` seconds (other workers may still be parsing pages whose
    links will refill it)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.grace = crawler.settings.getfloat("NEWSBOT_REDIS_IDLE_CLOSE", defaults.NEWSBOT_REDIS_IDLE_CLOSE)
        self.empty_since: float | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> KeepAliveWhileQueued:
        if not crawler.settings.get("NEWSBOT_REDIS_URL"):
            raise NotConfigured
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        return ext

    def spider_idle(self, spider: Spider) -> None:
        queue = getattr(self.crawler.engine.scheduler, "queue", None)
        if queue is None:
            return
        try:
            waiting = len(queue)
        except Exception:  # noqa: BLE001 - Redis gone (RedisUnavailable): the scheduler stops the run
            return
        if waiting > 0:
            self.empty_since = None
            raise DontCloseSpider("the shared Redis queue still has requests")
        now = time.monotonic()
        if self.empty_since is None:
            self.empty_since = now
        if now - self.empty_since < self.grace:
            raise DontCloseSpider("the shared Redis queue is empty, waiting in case other workers refill it")


class RedeliveredLinks:
    """Spider middleware: while the callback of a re-delivered response runs, a link claimed for fetching by
    another worker of the job counts as won (`newsbot.state.claims.JobClaims.rechecking`). The dead worker may
    have claimed the page's links and died before queueing them; the scheduler's dupefilter drops those it did
    queue, so each link is still queued once."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedeliveredLinks:
        if not crawler.settings.get("NEWSBOT_REDIS_URL"):
            raise NotConfigured
        return cls(crawler)

    def _claims(self, response: Response) -> Any:
        from newsbot.crawler.leasedqueue import REDELIVERED

        if not response.meta.get(REDELIVERED):
            return None
        state = _state(self.crawler)
        claims = getattr(state, "claims", None)
        return claims if hasattr(claims, "rechecking") else None

    def process_spider_output(self, response: Response, result: Iterable[Any]) -> Iterator[Any]:
        claims = self._claims(response)
        if claims is None:
            yield from result
            return
        it = iter(result)
        while True:
            claims.rechecking = True
            try:
                out = next(it)
            except StopIteration:
                return
            finally:
                claims.rechecking = False
            yield out

    async def process_spider_output_async(self, response: Response, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        claims = self._claims(response)
        if claims is None:
            async for out in result:
                yield out
            return
        it = result.__aiter__()
        while True:
            claims.rechecking = True
            try:
                out = await it.__anext__()
            except StopAsyncIteration:
                return
            finally:
                claims.rechecking = False
            yield out


#: Signal (request): Scrapy is done with request's response or failure -- its items went through the item
#: pipelines, its requests reached the scheduler. The scheduler acknowledges the request's lease on it.
lease_done = object()
#: Signals (request, output) sent around output that reaches Scrapy's scraper without the spider middlewares:
#: an errback's output for a download failure (see `errback_output`).
output_started, output_yielded, output_finished = object(), object(), object()


def errback_output(crawler: Crawler, request: Request, output: Iterable[Any]) -> Iterator[Any]:
    """output of request's errback, announced to `LeaseTracker` through signals: Scrapy hands an errback's
    output for a download failure straight to the scraper, past the spider middlewares."""
    send = crawler.signals.send_catch_log
    send(signal=output_started, request=request)
    try:
        for out in output:
            send(signal=output_yielded, request=request, output=out)
            yield out
    finally:
        send(signal=output_finished, request=request)


class _Lease:
    """What Scrapy still has to do for one leased request's response (or failure)."""

    __slots__ = ("request", "open", "items", "finished", "requests")

    def __init__(self, request: Request) -> None:
        self.request = request
        #: Outputs (spider middleware chains, errback outputs) not exhausted yet.
        self.open = 0
        #: Items yielded (by identity: an item seen by two wrappers counts once; kept alive so ids stay unique).
        self.items: dict[int, Any] = {}
        #: Items through the item pipelines (item_scraped, item_dropped or item_error).
        self.finished = 0
        #: Requests yielded and not yet handed to the scheduler.
        self.requests: dict[int, Request] = {}

    def settled(self) -> bool:
        return self.open == 0 and not self.requests and self.finished >= len(self.items)


class LeaseTracker:
    """Spider middleware and signal handlers: sends `lease_done` for a leased request once Scrapy is done with
    its response, through public Scrapy APIs only (issue 13: no patched Scrapy objects).

    Scrapy has no signal for "this response is fully handled", so it is counted: every output of the response
    passes this middleware (the outermost one), which notes each item and request and when the output is
    exhausted; the item signals (they carry the response) say when an item went through the pipelines, and
    ``request_scheduled`` when a request reached the scheduler. The scraper consumes an output while earlier
    outputs are still being processed, and an exception handled by an inner middleware adds an output that
    runs after the first one ends, so the check whether all is done runs one reactor turn later. Download
    failures bypass the spider middlewares: the spider's errback output reports itself (`errback_output`).
    A response none of this sees is never acknowledged: its lease expires and it is re-delivered (safe)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.leases: dict[str, _Lease] = {}
        #: id(request yielded) -> lease entry of the response that yielded it.
        self.yielded: dict[int, str] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LeaseTracker:
        if not crawler.settings.get("NEWSBOT_REDIS_URL"):
            raise NotConfigured
        tracker = cls(crawler)
        connect = crawler.signals.connect
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            connect(tracker.item_done, signal=signal)
        connect(tracker.request_scheduled, signal=signals.request_scheduled)
        connect(tracker.started, signal=output_started)
        connect(tracker.output, signal=output_yielded)
        connect(tracker.finished, signal=output_finished)
        return tracker

    # --- bookkeeping ----------------------------------------------------------------------------------
    @staticmethod
    def _request(source: Any) -> Request | None:
        """The request of a Response or of a Failure (the scraper sets ``failure.request``), else None."""
        request = getattr(source, "request", None)
        return request if isinstance(request, Request) else None

    def _lease(self, request: Request | None) -> _Lease | None:
        from newsbot.crawler.leasedqueue import LEASE

        entry = request.meta.get(LEASE) if request is not None else None
        if not entry:
            return None
        lease = self.leases.get(entry)
        if lease is None:
            assert request is not None
            lease = self.leases[entry] = _Lease(request)
        return lease

    def _check(self, lease: _Lease) -> None:
        call_later(0, self._settle, lease)

    def _settle(self, lease: _Lease) -> None:
        from newsbot.crawler.leasedqueue import LEASE

        entry = lease.request.meta[LEASE]
        if not lease.settled() or self.leases.get(entry) is not lease:
            return
        del self.leases[entry]
        self.crawler.signals.send_catch_log(signal=lease_done, request=lease.request)

    # --- outputs --------------------------------------------------------------------------------------
    def started(self, request: Request) -> None:
        lease = self._lease(request)
        if lease is not None:
            lease.open += 1

    def output(self, request: Request, output: Any) -> None:
        from newsbot.crawler.leasedqueue import LEASE

        lease = self._lease(request)
        if lease is None or output is None:  # the scraper ignores None
            return
        if isinstance(output, Request):
            lease.requests[id(output)] = output
            self.yielded[id(output)] = lease.request.meta[LEASE]
        else:
            lease.items[id(output)] = output

    def finished(self, request: Request) -> None:
        lease = self._lease(request)
        if lease is not None:
            lease.open -= 1
            self._check(lease)

    def item_done(self, response: Any = None) -> None:
        lease = self._lease(self._request(response))
        if lease is not None:
            lease.finished += 1
            self._check(lease)

    def request_scheduled(self, request: Request) -> None:
        entry = self.yielded.pop(id(request), None)
        lease = self.leases.get(entry) if entry else None
        if lease is not None and lease.requests.get(id(request)) is request:
            # After this call returns: the engine enqueues the request right after sending the signal.
            call_later(0, self._placed, lease, request)

    def _placed(self, lease: _Lease, request: Request) -> None:
        lease.requests.pop(id(request), None)
        self._check(lease)

    # --- spider middleware ----------------------------------------------------------------------------
    def process_spider_output(self, response: Response, result: Iterable[Any]) -> Iterator[Any]:
        request = self._request(response)
        if request is not None:
            self.started(request)
        try:
            for out in result:
                if request is not None:
                    self.output(request, out)
                yield out
        finally:
            if request is not None:
                self.finished(request)

    async def process_spider_output_async(self, response: Response, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        request = self._request(response)
        if request is not None:
            self.started(request)
        try:
            async for out in result:
                if request is not None:
                    self.output(request, out)
                yield out
        finally:
            if request is not None:
                self.finished(request)

    def process_spider_exception(self, response: Response, exception: BaseException) -> None:
        """Offered last, so no middleware handled it: the scraper logs it and is done with the response."""
        lease = self._lease(self._request(response))
        if lease is not None:
            self._check(lease)
