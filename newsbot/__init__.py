"""newsbot: news-article scraper and normalizer.

The extraction library (`newsbot.extract`) has no Scrapy import; spiders and pipelines live in
`newsbot.crawler.spiders` and `newsbot.crawler.pipelines`. `newsbot.extract` and `newsbot.crawl` (URLs to
records, through Scrapy in a child process) are imported on first use, so that commands that only read
records (`newsbot report`, `newsbot validate`) do not load trafilatura.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsbot.models import SCHEMA_VERSION, Article, ErrorRecord, Rejection

if TYPE_CHECKING:
    from newsbot.cli.crawl_cmd import crawl
    from newsbot.extraction import extract

__all__ = ["crawl", "extract", "Article", "Rejection", "ErrorRecord", "SCHEMA_VERSION"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name == "extract":
        from newsbot.extraction import extract

        return extract
    if name == "crawl":
        from newsbot.cli.crawl_cmd import crawl

        return crawl
    raise AttributeError(f"module 'newsbot' has no attribute {name!r}")
