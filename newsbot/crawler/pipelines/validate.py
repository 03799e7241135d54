"""Validation stage: every record is re-validated against its pydantic model before writing."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from scrapy import Spider

from newsbot.models import Article, ErrorRecord, Rejection


class ValidatePipeline:
    """Re-validate every record before it is written (later stages may have changed fields)."""

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if not isinstance(item, Article | Rejection | ErrorRecord):
            return ErrorRecord(
                url=str(getattr(item, "url", "") or "unknown"), kind="UnexpectedItem", detail=type(item).__name__
            )
        try:
            return type(item).model_validate(item.model_dump())
        except ValidationError as exc:
            first = exc.errors()[0]
            return Rejection(
                url=getattr(item, "url", ""),
                outlet=getattr(item, "outlet", None),
                reason="invalid",
                detail=f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"[:500],
                fetched_at=getattr(item, "fetched_at", None),
            )
