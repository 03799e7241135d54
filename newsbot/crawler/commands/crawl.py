"""`scrapy crawl` for newsbot: a one-line reason and a meaningful exit status for schedulers.

Each run's summary has a ``status``, an ``exit_code`` (this command's exit status), a one-line ``reason``,
``nothing_new`` and ``first_run``; cron, scrapyd, systemd timers and CI can act on the exit status:

========  =============  ==========================================================================================
exit      status         meaning
========  =============  ==========================================================================================
0         ``ok``         the run went to its end; ``first_run`` when no earlier successful run of this outlet is in
                         the output folder (never "nothing new" then); ``nothing_new`` when there is one and this run
                         found no new or changed article (the line names that run's time)
0         ``stopped``    stopped early by ``max_articles``, a ``CLOSESPIDER_*`` limit or a shutdown signal (never
                         "nothing new": the rest was not looked at)
5         ``partial``    some start pages, feeds or sitemaps failed (error, HTTP error, nothing usable) while others
                         answered (child sitemaps of an index and a site crawl's found or guessed feeds and
                         sitemaps count only when they answer); the reason names them
3         ``site_failed``  no start page, feed or sitemap answered with anything usable (site down, DNS, 404
                         everywhere, an empty home page, every request refused)
4         ``failed``     pages were fetched but every extraction failed
6         ``redis_unavailable``  a worker of a Redis job could not reach Redis for ``NEWSBOT_REDIS_RETRY_FOR``
                         seconds: it stopped; its files are valid, the job's next worker resumes what it held
7         ``disk_full``  a line could not be written (no space, quota): the run stopped, its files keep whole
                         lines only; the next run with space emits the articles not written
2         --             it could not start: unknown spider, outlet, argument or ``NEWSBOT_*`` setting, invalid outlet
                         file, unusable state store; nothing was fetched (no run files)
1         --             anything else Scrapy reports as a failed start
========  =============  ==========================================================================================

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

from newsbot.crawler.spiders.arguments import did_you_mean

EXIT_BAD_START = 2


def _fail(reason: str) -> None:
    print(f"newsbot: error: {reason}", file=sys.stderr, flush=True)


def check_arguments(spider: str, spargs: dict[str, Any], settings: BaseSettings) -> str | None:
    """Why the crawl cannot start (one line), or None. Instantiates the spider's argument parsing and
    loads its outlet, the two things that would otherwise fail with a traceback inside Scrapy."""
    from scrapy.spiderloader import get_spider_loader

    from newsbot.crawler.config import open_state_for
    from newsbot.crawler.spiders.outlet import OutletSpider
    from newsbot.outlets import OutletError, load_outlet
    from newsbot.state import StateError

    loader = get_spider_loader(settings)
    try:
        spidercls = loader.load(spider)
    except KeyError:
        return did_you_mean(spider, list(loader.list()), "spider")
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


def check_settings(names: list[str]) -> str | None:
    """Why a ``NEWSBOT_*`` setting given with ``-s`` is not one (one line), or None. Only newsbot's own
    prefix is checked: Scrapy's and add-ons' settings are theirs."""
    from newsbot.crawler import settings as defaults

    known = [name for name in vars(defaults) if name.startswith("NEWSBOT_")]
    for name in names:
        if name.startswith("NEWSBOT_") and name not in known:
            return did_you_mean(name, known, "setting")
    return None


class Command(ScrapyCrawl):
    """Scrapy's crawl, plus argument checks up front and the run's exit status."""

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("running 'scrapy crawl' needs exactly one spider name")
        assert self.crawler_process is not None
        given = [item.split("=", 1)[0].strip() for item in (getattr(opts, "set", None) or [])]
        problem = check_settings(given) or check_arguments(args[0], opts.spargs, self.crawler_process.settings)
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
