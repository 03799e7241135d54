"""Scrapy extension loaded by tests (test_redis_workers, test_truthful_tools) into a crawl subprocess: reports
whether any method of Scrapy's engine or scraper slot was replaced on its instance (issue 13: no monkeypatching
of Scrapy objects)."""

from __future__ import annotations

import logging
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler

logger = logging.getLogger("redis_probe")


class SlotProbe:
    """On each scraped item, notes the scraper slot's instance attributes that shadow methods of its class."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.replaced: set[str] = set()
        self.engine_replaced: set[str] = set()
        self.seen = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SlotProbe:
        probe = cls(crawler)
        crawler.signals.connect(probe.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(probe.spider_closed, signal=signals.spider_closed)
        return probe

    def item_scraped(self, **_: Any) -> None:
        assert self.crawler.engine is not None
        slot = self.crawler.engine.scraper.slot
        if slot is not None:
            self.seen = True
            self.replaced |= _shadowed(slot)
        self.engine_replaced |= _shadowed(self.crawler.engine)

    def spider_closed(self, **_: Any) -> None:
        assert self.crawler.engine is not None
        self.engine_replaced |= _shadowed(self.crawler.engine)
        logger.warning("probe: slot seen=%s replaced=%s", self.seen, sorted(self.replaced))
        logger.warning("probe: engine replaced=%s", sorted(self.engine_replaced))


def _shadowed(obj: Any) -> set[str]:
    """Instance attributes of obj that shadow a method of its class (a patched method)."""
    return {name for name in vars(obj) if callable(getattr(type(obj), name, None))}


class RedisCutAfterClaim:
    """Item pipeline placed right after the state stage (test_redis_faults): on the first article, whose emit claim
    the state stage has just won, Redis shuts down, and the next state command (the one the state stage or the
    writer's commit would make) fails once the retry budget is spent. Reproduces "Redis goes away between an
    article's claim and its line" deterministically (under load the restart test hit it by chance)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.cut = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisCutAfterClaim:
        return cls(crawler)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        from newsbot.crawler.pipelines.state import StatePipeline
        from newsbot.models import Article

        if self.cut or not isinstance(item, Article):
            return item
        self.cut = True
        import redis

        state = self.crawler.get_item_pipeline(StatePipeline)
        try:  # a plain client (no retries): SHUTDOWN fsyncs the append-only file and exits, like a restart's SIGTERM
            redis.Redis.from_url(self.crawler.settings.get("NEWSBOT_REDIS_URL")).shutdown()
        except redis.ConnectionError:
            pass
        logger.warning("probe: Redis shut down after the claim of %s", item.canonical_url)
        state.store.seen(item.canonical_url)  # raises RedisUnavailable once the retry budget is spent
        return item
