"""Extraction stage: FetchedPage -> Article | Rejection (| ErrorRecord when extraction itself fails).

Extraction is CPU work; done here on the reactor it would stall downloading and keep to one core.
With ``NEWSBOT_EXTRACT_WORKERS`` >= 1 (default: one per core) pages go to an `ExtractPool` of
worker processes and this stage awaits the answer, so the reactor keeps fetching meanwhile (this
needs the asyncio reactor, which settings.py selects). With 0
extraction runs in-process, which is easier to debug (breakpoints, profilers).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler

from newsbot.crawler import settings as defaults
from newsbot.crawler.items import FetchedPage
from newsbot.models import ErrorRecord
from newsbot.workers.pool import (
    DEFAULT_EXTRACT_FUNCTION,
    FORK_SERVER,
    START_TIMEOUT,
    ExtractPool,
    PageExtractor,
    PageTask,
    quiet_gc,
    tune_heap,
)

#: Pages between two heap trims in the crawler process.
_TRIM_EVERY = 100


class ExtractPipeline:
    """FetchedPage -> Article | Rejection | ErrorRecord, in worker processes or in-process."""

    def __init__(
        self,
        workers: int = 0,
        timeout: float = 60.0,
        *,
        function: str = DEFAULT_EXTRACT_FUNCTION,
        outlets_dir: str | None = None,
        max_tasks_per_worker: int = 0,
        depth: int = 2,
        start_timeout: float = START_TIMEOUT,
        fork_server: bool = FORK_SERVER,
        crawler: Crawler | None = None,
    ) -> None:
        self.crawler = crawler
        self.fork_server = fork_server
        self.workers = workers
        self.timeout = timeout
        self.function = function
        self.outlets_dir = outlets_dir
        self.max_tasks = max_tasks_per_worker
        self.depth = depth
        self.start_timeout = start_timeout
        self.pool: ExtractPool | None = None
        self.local: PageExtractor | None = None
        self._trim: Callable[[int], int] | None = None
        self._pages = 0
        #: Which speed-ups extraction runs with (newsbot.speedups report), once known; in the run summary.
        self.speedups: dict[str, str] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        settings = crawler.settings
        workers = settings.get("NEWSBOT_EXTRACT_WORKERS")
        workers = (os.cpu_count() or 1) if workers in (None, "") else int(workers)
        return cls(
            workers,
            settings.getfloat("NEWSBOT_EXTRACT_TIMEOUT", defaults.NEWSBOT_EXTRACT_TIMEOUT),
            function=settings.get("NEWSBOT_EXTRACT_FUNCTION") or DEFAULT_EXTRACT_FUNCTION,
            outlets_dir=settings.get("NEWSBOT_OUTLETS_DIR"),
            max_tasks_per_worker=settings.getint("NEWSBOT_EXTRACT_MAX_TASKS", defaults.NEWSBOT_EXTRACT_MAX_TASKS),
            depth=settings.getint("NEWSBOT_EXTRACT_DEPTH", defaults.NEWSBOT_EXTRACT_DEPTH),
            start_timeout=settings.getfloat("NEWSBOT_EXTRACT_START_TIMEOUT") or START_TIMEOUT,
            fork_server=(
                FORK_SERVER
                if settings.get("NEWSBOT_EXTRACT_FORK_SERVER") is None
                else settings.getbool("NEWSBOT_EXTRACT_FORK_SERVER")
            ),
            crawler=crawler,
        )

    async def open_spider(self, spider: Spider | None = None) -> None:
        # Every page body passes through the crawler process too: same heap policy as the workers.
        self._trim = tune_heap()
        # And the same collector policy: ~0.3 ms of the crawler's ~4 ms a page went to young-generation
        # collections scanning Scrapy's and Twisted's long-lived objects (2,000-page bench crawl).
        quiet_gc()
        if self.workers > 0:
            self.pool = ExtractPool(
                self.workers,
                self.timeout,
                function=self.function,
                outlets_dir=self.outlets_dir,
                max_tasks_per_worker=self.max_tasks,
                depth=self.depth,
                start_timeout=self.start_timeout,
                fork_server=self.fork_server,
            )
            await self.pool.start()
        else:
            self._local()

    def _local(self) -> PageExtractor:
        """The in-process extractor (it installs the speed-ups here and logs a WARNING per one off)."""
        if self.local is None:
            self.local = PageExtractor(self.function, self.outlets_dir)
            self._report_speedups(self.local.speedups)
        return self.local

    def _report_speedups(self, states: dict[str, str]) -> None:
        """Keep the speed-up report for the run summary (read from the stats by the writer)."""
        self.speedups = states
        if self.crawler is not None and self.crawler.stats is not None:
            self.crawler.stats.set_value("newsbot/speedups", states)

    async def close_spider(self, spider: Spider | None = None) -> None:
        if self.pool is not None:
            if self.crawler is not None and self.crawler.stats is not None:
                self.crawler.stats.set_value("newsbot/extract_worker_restarts", self.pool.restarts)
            await self.pool.close()
            self.pool = None

    async def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if not isinstance(item, FetchedPage):
            return item
        task = PageTask(item.url, item.body, item.outlet, item.http_charset, item.fetched_at, item.status)
        if self.pool is not None:
            result = await self.pool.extract(task)
            if self.speedups is None and self.pool.speedups is not None:  # the workers' first answer
                self._report_speedups(self.pool.speedups)
        else:
            result = self._local()(task)  # also used without open_spider (e.g. directly from a script)
        self._pages += 1
        if self._trim is not None and self._pages % _TRIM_EVERY == 0:
            self._trim(0)
        # Counted here, not by URL further down: the writer's exit status tells "every extraction failed"
        # (4) from "nothing fetched" (3) with these, without a per-crawl set of URLs.
        if self.crawler is not None and self.crawler.stats is not None:
            ok = not isinstance(result, ErrorRecord)
            self.crawler.stats.inc_value("newsbot/extraction_ok" if ok else "newsbot/extraction_errors")
        return result
