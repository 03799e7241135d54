"""`scrapy crawl` for newsbot: a one-line reason and a meaningful exit status for schedulers.

Exit status (cron, scrapyd, systemd timers and CI can act on it):

* 0 -- the run went well (including "nothing new since the last run");
* 2 -- it could not start: unknown outlet, invalid outlet file, bad spider argument, state store
  unusable; nothing was fetched;
* 3 -- nothing could be fetched (every request failed: site down, DNS, refused by robots.txt...);
* 4 -- pages were fetched but every extraction failed;
* 1 -- anything else Scrapy reports as a failed start.

Failures print one line, ``newsbot: error: <reason>``, on stderr -- no traceback. Installed through
``COMMANDS_MODULE = "newsbot.crawler.commands"`` in newsbot's settings, so plain ``scrapy crawl`` (and
scrapyd, which runs it) behave this way.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError
from scrapy.settings import BaseSettings

EXIT_BAD_START = 2


def _fail(reason: str) -> None:
    print(f"newsbot: error: {reason}", file=sys.stderr, flush=True)


def check_arguments(spider: str, spargs: dict[str, Any], settings: BaseSettings) -> str | None:
    """Why the crawl cannot start (one line), or None. Instantiates the spider's argument parsing and
    loads its outlet, the two things that would otherwise fail with a traceback inside Scrapy."""
    from newsbot.crawler.config import open_state_for
    from newsbot.crawler.spiders.outlet import OutletSpider
    from newsbot.outlets import OutletError, load_outlet
    from newsbot.state import StateError

    try:
        from scrapy.spiderloader import get_spider_loader

        spidercls = get_spider_loader(settings).load(spider)
    except KeyError:
        return None  # Scrapy's own message for an unknown spider is already one line
    if issubclass(spidercls, OutletSpider):
        try:
            instance = spidercls(**spargs)
        except (TypeError, ValueError) as exc:
            return str(exc)
        if instance.outlet_name:
            try:
                load_outlet(instance.outlet_name, settings.get("NEWSBOT_OUTLETS_DIR"))
            except OutletError as exc:
                return str(exc)
    try:
        open_state_for(settings).close()
    except StateError as exc:
        return str(exc)
    return None


class Command(ScrapyCrawl):
    """Scrapy's crawl, plus argument checks up front and the run's exit status."""

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("running 'scrapy crawl' needs exactly one spider name")
        assert self.crawler_process is not None
        problem = check_arguments(args[0], opts.spargs, self.crawler_process.settings)
        if problem:
            _fail(problem)
            self.exitcode = EXIT_BAD_START
            return
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        stats = crawler.stats.get_stats() if crawler.stats is not None else {}
        code = stats.get("newsbot/exit_code")
        if self.crawler_process.bootstrap_failed and code is None:
            _fail("the crawl could not start (see the log above)")
            self.exitcode = 1
        elif code:
            _fail(str(stats.get("newsbot/exit_reason") or "the run failed"))
            self.exitcode = int(code)
