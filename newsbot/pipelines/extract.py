"""Extraction stage: FetchedPage -> Article | Rejection (| ErrorRecord when extraction itself fails)."""

from __future__ import annotations

from typing import Any

from ..extraction import extract
from ..items import FetchedPage
from ..models import ErrorRecord
from ..outlets import Outlet


class ExtractPipeline:
    """FetchedPage -> Article | Rejection, using the extraction library."""

    def __init__(self, crawler: Any = None) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> ExtractPipeline:
        return cls(crawler)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if not isinstance(item, FetchedPage):
            return item
        spider = spider or getattr(self.crawler, "spider", None)
        outlet: Outlet | None = getattr(spider, "outlet", None)
        try:
            return extract(item.body, item.url, outlet, http_charset=item.http_charset,
                           fetched_at=item.fetched_at, http_status=item.status)
        except Exception as exc:  # noqa: BLE001 - a bug on one page must not lose the page
            return ErrorRecord(url=item.url, outlet=item.outlet, kind=type(exc).__name__,
                               detail=str(exc)[:500], fetched_at=item.fetched_at, http_status=item.status)
