"""URLs a run decided not to fetch: counted in the run summary by reason, listed only when asked.

A scheduled run's output grows with what it fetched, not with what it knows: a URL known from an earlier run,
dated before ``since``, beyond DEPTH_LIMIT or ``max_pages``, still queued when the crawl stopped early, or
dropped by Scrapy's duplicate filter in a run resumed from JOBDIR is no
record of the run (every *fetched* page still ends as exactly one article, rejection or error). The summary
counts them (``skipped: {reason: n}``); with ``-s NEWSBOT_RECORD_SKIPPED=True`` they are also written one per
line into ``<run-id>.skipped.jsonl`` beside the run's other files.

The line is not one of the record models (`newsbot.models`: articles, rejections, errors), since it is not a
record of a fetched page: ``{"record_type": "skipped", "url", "outlet", "reason", "detail"}``.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Literal

#: Why a URL was not fetched.
#: Why a URL was not fetched; ``seen``: Scrapy's duplicate filter dropped it (a crawl resumed from JOBDIR, whose
#: paused run fetched it).
SkipReason = Literal["known", "since", "depth", "max_pages", "stopped", "seen"]

#: The planner's run-summary stat of a deferred decision (`newsbot.discovery.planner.Decision.count`) -> reason;
#: the stat None is the only other deferred decision, a URL beyond DEPTH_LIMIT.
REASON_OF_STAT: dict[str | None, SkipReason] = {
    "skipped_known": "known",
    "skipped_since": "since",
    "skipped_max_pages": "max_pages",
    None: "depth",
}


@dataclass(frozen=True)
class Skipped:
    """One URL the run did not fetch, and why (``detail`` says it in words)."""

    url: str
    outlet: str | None
    reason: SkipReason
    detail: str = ""
    record_type: str = "skipped"

    def to_json(self) -> str:
        """One JSONL line (no trailing newline)."""
        data = asdict(self)
        return json.dumps({"record_type": data.pop("record_type"), **data}, ensure_ascii=False)
