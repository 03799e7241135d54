"""Output stage: per-run JSONL files written under a temporary name and renamed at close, plus a summary."""

from __future__ import annotations

import json
import os
import secrets
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from ..models import ErrorRecord, Rejection
from ..runinfo import run_info


def new_run_id() -> str:
    """Sortable, unique run id: UTC time plus random suffix."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


class JsonlWriterPipeline:
    """Write articles, rejections and errors to per-run JSONL files, renamed into place at close.

    Files: ``<NEWSBOT_OUTPUT_DIR>/<outlet>/<YYYY-MM-DD>/<run-id>.jsonl`` (articles),
    ``.rejects.jsonl``, ``.errors.jsonl`` and ``.summary.json``. While the run is open they are
    ``*.part`` files, each line flushed whole, so a reader never sees a half file.
    """

    def __init__(self, output_dir: str, run_id: str | None, crawler: Any = None) -> None:
        self.crawler = crawler
        self.output_dir = Path(output_dir)
        self.run_id = run_id or new_run_id()
        self.files: dict[str, IO[str]] = {}
        self.paths: dict[str, Path] = {}
        self.counts: Counter[str] = Counter()
        self.reasons: Counter[str] = Counter()
        self.error_kinds: Counter[str] = Counter()
        self.started = datetime.now(UTC)
        self.run_dir: Path | None = None
        self.spider_args: dict[str, Any] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> JsonlWriterPipeline:
        # Run id and start day shared with the WARC archive (newsbot.archive), so its files sit beside ours.
        info = run_info(crawler)
        pipeline = cls(str(info.output_dir), info.run_id, crawler)
        pipeline.started = info.started
        return pipeline

    def open_spider(self, spider: Any = None) -> None:
        spider = spider or getattr(self.crawler, "spider", None)
        outlet = getattr(spider, "outlet_name", None) or getattr(spider, "name", "crawl")
        self.run_dir = self.output_dir / outlet / self.started.strftime("%Y-%m-%d")
        self.run_dir.mkdir(parents=True, exist_ok=True)
        for kind, suffix in (("article", ".jsonl"), ("rejection", ".rejects.jsonl"), ("error", ".errors.jsonl")):
            final = self.run_dir / f"{self.run_id}{suffix}"
            self.paths[kind] = final
            self.files[kind] = open(final.with_name(final.name + ".part"), "w", encoding="utf-8")  # noqa: SIM115
        if spider is not None:
            self.spider_args = {k: v for k, v in vars(spider).items()
                                if k in ("outlet_name", "base_url", "max_pages", "max_articles", "since", "fresh")}

    def process_item(self, item: Any, spider: Any = None) -> Any:
        kind = getattr(item, "record_type", None)
        if kind not in self.files:
            return item
        handle = self.files[kind]
        handle.write(item.to_json() + "\n")
        handle.flush()
        self.counts[kind] += 1
        if isinstance(item, Rejection):
            self.reasons[item.reason] += 1
        elif isinstance(item, ErrorRecord):
            self.error_kinds[item.kind] += 1
        return item

    def close_spider(self, spider: Any = None) -> None:
        spider = spider or getattr(self.crawler, "spider", None)
        for kind, handle in self.files.items():
            handle.close()
            part = self.paths[kind].with_name(self.paths[kind].name + ".part")
            os.replace(part, self.paths[kind])
        finished = datetime.now(UTC)
        summary = {
            "run_id": self.run_id,
            "outlet": getattr(spider, "outlet_name", None),
            "started_at": self.started.isoformat(timespec="seconds"),
            "finished_at": finished.isoformat(timespec="seconds"),
            "duration_s": round((finished - self.started).total_seconds(), 3),
            "pages": sum(self.counts.values()),
            "articles": self.counts["article"],
            "rejections": self.counts["rejection"],
            "errors": self.counts["error"],
            "rejections_by_reason": dict(sorted(self.reasons.items())),
            "errors_by_kind": dict(sorted(self.error_kinds.items())),
            "files": {k: str(p) for k, p in self.paths.items()},
            "arguments": self.spider_args,
        }
        assert self.run_dir is not None
        summary_path = self.run_dir / f"{self.run_id}.summary.json"
        tmp = summary_path.with_name(summary_path.name + ".part")
        tmp.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        os.replace(tmp, summary_path)
        self.summary = summary
        print(
            f"newsbot: {summary['articles']} articles, {summary['rejections']} rejections, "
            f"{summary['errors']} errors ({summary['pages']} pages) -> {self.paths['article']} "
            f"(+ .rejects.jsonl, .errors.jsonl, .summary.json)",
            flush=True,
        )
