"""One run id and start time per crawl, shared by every component that writes a run's files.

The JSONL writer and the WARC archive both call `run_info(crawler)`; the first call fixes the run id
(``NEWSBOT_RUN_ID`` or a fresh one) and the start time, later calls get the same values, so the
archive lands beside ``<run-id>.articles.jsonl`` in the same ``<outlet>/<YYYY-MM-DD>/`` folder even when the
components are created a moment apart (or on either side of midnight).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from weakref import WeakKeyDictionary

from scrapy.crawler import Crawler

from newsbot.crawler import settings as defaults

#: One RunInfo per crawler, kept beside it (not as an attribute on it), gone with it.
_RUNS: WeakKeyDictionary[Crawler, RunInfo] = WeakKeyDictionary()


def new_run_id() -> str:
    """Sortable, unique run id: UTC time plus random suffix."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


@dataclass(frozen=True)
class RunInfo:
    """The identity of one crawl's output."""

    run_id: str
    started: datetime
    output_dir: Path

    def run_dir(self, outlet: str) -> Path:
        """``<output_dir>/<outlet>/<YYYY-MM-DD>`` (UTC day the run started)."""
        return self.output_dir / outlet / self.started.strftime("%Y-%m-%d")


def run_info(crawler: Crawler) -> RunInfo:
    """The crawler's RunInfo, created on first use from its settings, the same for every later call."""
    info = _RUNS.get(crawler)
    if info is None:
        settings = crawler.settings
        info = RunInfo(
            settings.get("NEWSBOT_RUN_ID") or new_run_id(),
            datetime.now(UTC),
            Path(settings.get("NEWSBOT_OUTPUT_DIR") or defaults.NEWSBOT_OUTPUT_DIR),
        )
        _RUNS[crawler] = info
    return info
