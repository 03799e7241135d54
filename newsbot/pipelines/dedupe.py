"""In-run de-duplication by article id (canonical URL)."""

from __future__ import annotations

from typing import Any

from ..models import Article, Rejection


class DedupePipeline:
    """Articles with an id already emitted in this run become `duplicate` rejections (nothing is lost)."""

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if not isinstance(item, Article):
            return item
        first = self.seen.get(item.id)
        if first is not None:
            return Rejection(url=item.url, outlet=item.outlet, reason="duplicate",
                             detail=f"same canonical URL {item.canonical_url} as {first}",
                             fetched_at=item.fetched_at, http_status=item.http_status)
        self.seen[item.id] = item.url
        return item
