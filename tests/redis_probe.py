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
