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
"""

from __future__ import annotations

import functools
import logging
import time
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.settings import BaseSettings

from newsbot.crawler import settings as defaults

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
        settings.set("SCHEDULER_QUEUE_KEY", _PREFIX + ":requests", priority="addon")
        settings.set("SCHEDULER_DUPEFILTER_KEY", _PREFIX + ":dupefilter", priority="addon")
        # Scrapy pulls requests from the scheduler until CONCURRENT_REQUESTS are active, parking the ones
        # over the per-domain limit in memory: one worker would empty the shared queue into its own
        # downloader. Capping the total at the per-domain limit keeps the rest in Redis for the others.
        per_domain = settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
        if settings.getint("CONCURRENT_REQUESTS") > per_domain:
            settings.set("CONCURRENT_REQUESTS", per_domain, priority="addon")
        extensions = settings.getdict("EXTENSIONS")
        extensions["newsbot.crawler.redis.KeepAliveWhileQueued"] = 100
        settings.set("EXTENSIONS", extensions, priority="addon")


def _keys(spider: Spider) -> dict[str, str]:
    job = spider.settings.get("NEWSBOT_REDIS_JOB") or defaults.NEWSBOT_REDIS_JOB
    return {"job": job, "outlet": getattr(spider, "outlet_name", None) or spider.name, "spider": spider.name}


@functools.cache
def _scheduler_class() -> type:
    from scrapy_redis.dupefilter import RFPDupeFilter
    from scrapy_redis.scheduler import Scheduler

    class OutletScheduler(Scheduler):
        """scrapy-redis's scheduler with keys per job and per outlet (every outlet uses the one spider)."""

        # scrapy-redis has no type hints: its attributes are declared here, as its __init__ sets them.
        queue_key: str
        df: Any

        def open(self, spider: Spider) -> Any:  # whatever scrapy-redis returns (untyped)
            keys = _keys(spider)
            self.queue_key = self.queue_key % keys
            if not self.df:
                dupefilter_key = spider.settings.get("SCHEDULER_DUPEFILTER_KEY") % keys
                self.df = RFPDupeFilter(
                    self.server, key=dupefilter_key, debug=spider.settings.getbool("DUPEFILTER_DEBUG")
                )
            logger.info("shared frontier in Redis: %s", self.queue_key)
            return super().open(spider)

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
        if len(queue) > 0:
            self.empty_since = None
            raise DontCloseSpider("the shared Redis queue still has requests")
        now = time.monotonic()
        if self.empty_since is None:
            self.empty_since = now
        if now - self.empty_since < self.grace:
            raise DontCloseSpider("the shared Redis queue is empty, waiting in case other workers refill it")
