"""A live progress line for a person watching a crawl in a terminal.

When stderr is a terminal (``NEWSBOT_PROGRESS`` None, the default) or ``NEWSBOT_PROGRESS = True``, one line on
stderr is rewritten in place every ``NEWSBOT_PROGRESS_INTERVAL`` seconds::

    newsbot: 120 pages fetched | 80 articles, 30 rejections, 2 errors | 45.0 pages/min | 310 queued | 2:40

Otherwise (a cron job, a log file, scrapyd) nothing is added: Scrapy's own periodic log line (LogStats,
``LOGSTATS_INTERVAL``) says how the crawl goes. Only the counts are read here: Scrapy's stats (responses, the
scheduler's queue) and the records leaving the item pipelines.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any, TextIO

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from newsbot.crawler import settings as defaults


def format_progress(
    pages: int, articles: int, rejections: int, errors: int, seconds: float, queued: int, width: int = 0
) -> str:
    """The progress line: pages fetched, records by kind, pages per minute, requests queued, time elapsed; cut
    to ``width`` characters when given (a line longer than the terminal would wrap and not be rewritten)."""
    rate = pages / seconds * 60 if seconds > 0 else 0.0
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    clock = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    line = (
        f"newsbot: {pages} pages fetched | {articles} articles, {rejections} rejections, {errors} errors"
        f" | {rate:.1f} pages/min | {queued} queued | {clock}"
    )
    return line[: width - 1] if width > 1 and len(line) >= width else line


def wanted(setting: bool | None, stream: TextIO) -> bool:
    """Whether to show the line: as the setting says, or (None) when the stream is a terminal."""
    if setting is not None:
        return setting
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class ProgressExtension:
    """Rewrites one progress line on stderr while the crawl runs (see the module docstring)."""

    def __init__(self, crawler: Crawler, stream: TextIO, interval: float) -> None:
        self.crawler = crawler
        self.stream = stream
        self.interval = interval
        self.counts: dict[str, int] = {"article": 0, "rejection": 0, "error": 0}
        self.started = time.monotonic()
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler, stream: TextIO | None = None) -> ProgressExtension:
        settings = crawler.settings
        stream = stream or sys.stderr
        setting = settings.get("NEWSBOT_PROGRESS", defaults.NEWSBOT_PROGRESS)
        if not wanted(None if setting is None else settings.getbool("NEWSBOT_PROGRESS"), stream):
            # No message: Scrapy would log one as a WARNING on every crawl. Its periodic log line says the rest.
            raise NotConfigured
        interval = settings.getfloat("NEWSBOT_PROGRESS_INTERVAL", defaults.NEWSBOT_PROGRESS_INTERVAL)
        extension = cls(crawler, stream, interval)
        crawler.signals.connect(extension.opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.scraped, signal=signals.item_scraped)
        return extension

    def scraped(self, item: Any = None, **kwargs: Any) -> None:
        """A record left the pipelines: count it by kind."""
        kind = getattr(item, "record_type", None)
        if kind in self.counts:
            self.counts[kind] += 1

    def line(self) -> str:
        """The current progress line."""
        stats = self.crawler.stats.get_stats() if self.crawler.stats is not None else {}
        pages = max(0, stats.get("downloader/response_count", 0) - stats.get("robotstxt/response_count", 0))
        queued = max(0, stats.get("scheduler/enqueued", 0) - stats.get("scheduler/dequeued", 0))
        width = _terminal_width(self.stream)
        return format_progress(
            pages,
            self.counts["article"],
            self.counts["rejection"],
            self.counts["error"],
            time.monotonic() - self.started,
            queued,
            width,
        )

    def show(self) -> None:
        """Rewrite the line in place (carriage return, then clear to the end of the line)."""
        self.stream.write("\r" + self.line() + "\x1b[K")
        self.stream.flush()

    def opened(self) -> None:
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.show)
        self.loop.start(self.interval, now=False)

    def finish(self) -> None:
        """Show the last state and end the line (once)."""
        if self.loop is None:
            return
        if self.loop.running:
            self.loop.stop()
        self.loop = None
        self.show()
        self.stream.write("\n")
        self.stream.flush()

    def closed(self) -> None:
        """spider_closed: end the line. Extensions connect to signals before the item pipelines exist, so this
        runs before the writer's own spider_closed handler prints the run's line (on a line of its own)."""
        self.finish()


def _terminal_width(stream: TextIO) -> int:
    """Columns of the terminal behind stream (0 when unknown)."""
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (OSError, ValueError, AttributeError):
        return 0
