"""`scrapy parse` for newsbot's spiders: the record(s) of one page, and nothing written.

``scrapy parse --spider outlet -a outlet=NAME URL`` (or ``--spider site -a url=HOME URL``) fetches the page, runs
the spider's callback (without ``-c``: the spider's ``parse``, which treats the URL as the crawl would, an article
or a listing page by its URL) and prints what the page becomes: the article, rejection or error record that
newsbot's extraction makes of the fetched page, plus the requests for its links. It is a look at one page, not a
run: no item pipeline that keeps state or writes files is opened (no run files in ``output/``, no state store,
no WARC), so ``--pipelines`` adds nothing; extraction runs in-process.
"""

from __future__ import annotations

import argparse
import warnings
from typing import Any

from scrapy.commands.parse import Command as ScrapyParse
from scrapy.exceptions import ScrapyDeprecationWarning

from newsbot.crawler.items import FetchedPage
from newsbot.crawler.pipelines.validate import ValidatePipeline
from newsbot.workers.pool import DEFAULT_EXTRACT_FUNCTION, PageExtractor, PageTask

#: What `scrapy parse` runs instead of newsbot's crawl set-up: no pipelines or extensions that write run files.
PARSE_SETTINGS: dict[str, Any] = {
    "ITEM_PIPELINES": {},
    "EXTENSIONS": {"newsbot.crawler.archive.ArchiveExtension": None},
    "NEWSBOT_WARC": False,
}


class Command(ScrapyParse):
    """Scrapy's parse, printing newsbot's records of the page and writing nothing."""

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        assert self.settings is not None
        for name, value in PARSE_SETTINGS.items():
            self.settings.set(name, value, priority="cmdline")
        # Scrapy's own parse command wraps every callback in a Deferred, and Scrapy 2.19 warns about that itself.
        warnings.filterwarnings("ignore", message=r".*returned a Deferred", category=ScrapyDeprecationWarning)
        self._extractor: PageExtractor | None = None

    def _records(self, items: list[Any]) -> list[Any]:
        """Each fetched page as the record newsbot's extraction makes of it (other items as they are)."""
        assert self.settings is not None
        out = []
        for item in items:
            if isinstance(item, FetchedPage):
                if self._extractor is None:
                    self._extractor = PageExtractor(
                        self.settings.get("NEWSBOT_EXTRACT_FUNCTION") or DEFAULT_EXTRACT_FUNCTION,
                        self.settings.get("NEWSBOT_OUTLETS_DIR"),
                    )
                task = PageTask(item.url, item.body, item.outlet, item.http_charset, item.fetched_at, item.status)
                item = ValidatePipeline().process_item(self._extractor(task))
            out.append(item)
        return out

    def scraped_data(self, args: tuple[Any, ...]) -> list[Any]:
        items, requests, opts, depth, spider, callback = args
        opts.pipelines = False  # the records are made here; no pipeline of a run is open
        return super().scraped_data((self._records(items), requests, opts, depth, spider, callback))
