"""newsbot: news-article scraper and normalizer.

The extraction library (`newsbot.extract`) has no Scrapy import; spiders and pipelines live in
`newsbot.crawl.spiders` and `newsbot.crawl.pipelines`.
"""

from newsbot.extraction import extract
from newsbot.models import SCHEMA_VERSION, Article, ErrorRecord, Rejection

__all__ = ["extract", "Article", "Rejection", "ErrorRecord", "SCHEMA_VERSION"]
__version__ = "0.1.0"
