"""Scrapy's feed exports (``-o``/``-O``, ``FEEDS``) carry articles by default.

Every record of a run goes through the item pipelines (articles, rejections, errors); newsbot's own run files
keep each kind apart. A feed gets only the articles unless its options say otherwise, so ``-O out.jsonl`` is a
file ``newsbot validate`` accepts and ``-O out.csv`` has the article columns (Scrapy takes a CSV header from the
first item, which was often a rejection). For each feed without options of its own:

* ``item_classes``: `newsbot.models.Article` (give ``item_classes`` or ``item_filter`` to export rejections or
  errors too: ``FEEDS = {"all.jsonl": {"format": "jsonlines", "item_classes": [...]}}``);
* ``fields``: every article field in model order (unless ``FEED_EXPORT_FIELDS`` or the feed's ``fields`` say);
* CSV: lists (authors, tags) joined with ``"; "`` (an author's name may hold a comma).

Installed in place of Scrapy's FeedExporter (``EXTENSIONS`` in `newsbot.crawler.settings`); every format Scrapy
offers works as it does in Scrapy.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.extensions.feedexport import FeedExporter, ItemFilter

from newsbot.models import Article

#: How list fields (authors, tags) are joined in a CSV feed.
CSV_LIST_JOINER = "; "


def _own_choice(options: dict[str, Any]) -> bool:
    """Whether the feed's options choose what it carries."""
    return bool(options.get("item_classes") or options.get("item_filter"))


class ArticleFeedExporter(FeedExporter):
    """Scrapy's FeedExporter whose feeds carry articles, with every article field, unless told otherwise."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        for options in self.feeds.values():
            if _own_choice(options):
                continue
            if not options.get("fields"):
                options["fields"] = list(Article.model_fields)
            if options.get("format") == "csv":
                options["item_export_kwargs"] = {"join_multivalued": CSV_LIST_JOINER, **options["item_export_kwargs"]}

    def _load_filter(self, feed_options: dict[str, Any]) -> ItemFilter:
        if _own_choice(feed_options):
            return super()._load_filter(feed_options)
        return ItemFilter({"item_classes": [Article]})
