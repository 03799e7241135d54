"""In-run de-duplication by article id (canonical URL)."""

from __future__ import annotations

from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler

from newsbot.crawler import settings as defaults
from newsbot.models import Article, Rejection
from newsbot.state.bounded import BoundedDict

#: Article ids remembered in memory. Bounded so a long crawl does not grow without end: a duplicate of an
#: article older than the last this-many is still not emitted twice -- the state stage finds it in the state
#: store and rejects it as ``unchanged`` instead of ``duplicate`` (except with ``fresh=1``, which ignores the
#: store).
DEFAULT_MEMORY: int = defaults.NEWSBOT_DEDUPE_MEMORY


class DedupePipeline:
    """Articles with an id already emitted in this run become `duplicate` rejections (nothing is lost)."""

    def __init__(self, memory: int = DEFAULT_MEMORY) -> None:
        self.seen: BoundedDict[str, str] = BoundedDict(memory)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupePipeline:
        return cls(crawler.settings.getint("NEWSBOT_DEDUPE_MEMORY", DEFAULT_MEMORY) or DEFAULT_MEMORY)

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if not isinstance(item, Article):
            return item
        first = self.seen.get(item.id)
        if first is not None:
            return Rejection.of_article(item, "duplicate", f"same canonical URL {item.canonical_url} as {first}")
        self.seen[item.id] = item.url
        return item
