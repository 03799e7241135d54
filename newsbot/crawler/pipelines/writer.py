"""Output stage: per-run JSONL files written under a temporary name and renamed at close, plus a summary.

Files: ``<NEWSBOT_OUTPUT_DIR>/<outlet>/<YYYY-MM-DD>/<run-id>.articles.jsonl``, ``.rejects.jsonl``,
``.errors.jsonl`` (``.jsonl.gz`` etc. with ``NEWSBOT_GZIP``) and ``<run-id>.summary.json`` (schema-1 runs
named the article file ``<run-id>.jsonl``; recovery finds both). While the
run is open they are ``*.part`` files; every line is written whole and flushed, and the run holds an
exclusive lock on its article file so another run can tell it is alive.

Crash safety: an article is remembered in the state store only after its line is flushed. A run that
opens finds the ``*.part`` files of runs that died (SIGKILL, OOM killer, a scheduler's timeout) --
files nobody holds a lock on -- cuts any half-written last line, replays their articles into the
state store and renames them into place with a summary marked ``"interrupted": true``. The URLs of all
their records (articles, rejections, errors) become claims of the new run (`newsbot.state.claims`), so it
neither fetches nor records them again. So across a killed run and the next one every URL ends as
exactly one record and no file has a corrupt line.

At close, before the files are renamed, the URLs the run decided not to fetch (past DEPTH_LIMIT or max_pages,
older than ``since`` or known from an earlier run, that no later discovery fetched; then the requests still
queued or in flight when the crawl stopped early) are counted in the summary's ``skipped`` by reason, and
written to ``<run-id>.skipped.jsonl`` only with ``NEWSBOT_RECORD_SKIPPED`` (`newsbot.crawler.skipped`): they
are no records of the run.

The summary also decides the run's outcome, ``status`` and exit status (the table is in
`newsbot.crawler.commands.crawl`): ``ok`` (0; ``first_run`` when no earlier successful run of this outlet is in
the output folder, ``nothing_new`` when there is one and this run found no article), ``stopped`` (0: a limit or a
signal ended it early), ``partial`` (5: some start pages, feeds or sitemaps failed), ``site_failed`` (3: none
answered with anything usable), ``failed`` (4: every extraction failed), ``redis_unavailable`` (6: a Redis
worker gave up on an unreachable Redis) and ``disk_full`` (7: a line could not be written, ENOSPC or EDQUOT).

Redis away (a Redis worker stops with exit 6): the files are renamed into place as usual, but the shared state may
lack the last articles (their lines were written, their commit failed). The run leaves ``<run-id>.resync`` next to
its files; the next run opening the folder treats it like a killed run's files (replays its articles, inherits its
URLs, marks the run recovered) and removes the marker. An emit claim the run won without writing a line (Redis went
away between the claim and the write) needs no file: it is a lease that lapses with the run's alive key, and any
worker of the job that gets the page again emits it (`newsbot.crawler.pipelines.state`).

Disk full: the line that failed is cut off the file (the files keep whole lines only), nothing more is written,
the article whose line failed is not remembered (`StatePipeline.uncommitted`) and the run stops; the next run
with space fetches and emits it (a Redis job's page is re-delivered: its lease was never acknowledged).
"""

from __future__ import annotations

import errno
import fcntl
import gzip
import json
import logging
import os
import zlib
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError
from scrapy import Spider, signals
from scrapy.crawler import Crawler

from newsbot.crawler import settings as defaults
from newsbot.crawler.pipelines.state import StatePipeline
from newsbot.crawler.runinfo import new_run_id, run_info
from newsbot.crawler.skipped import Skipped
from newsbot.models import Article, ErrorRecord, Rejection, run_file_kind, upgrade

logger = logging.getLogger(__name__)

#: Suffix of the marker a run that gave up on Redis leaves next to its files (module doc, "Redis away").
RESYNC = ".resync"

__all__ = ["JsonlWriterPipeline", "new_run_id"]

# Names no glob confuses (`*.articles.jsonl` is articles only): newsbot.models.RUN_FILE_SUFFIXES for readers;
# the skipped file only with NEWSBOT_RECORD_SKIPPED (`newsbot.crawler.skipped`).
SUFFIXES = {
    "article": ".articles.jsonl",
    "rejection": ".rejects.jsonl",
    "error": ".errors.jsonl",
    "skipped": ".skipped.jsonl",
}

#: Exit statuses a run can end with (also in the summary as ``exit_code``).
EXIT_OK = 0
EXIT_NOTHING_FETCHED = 3
EXIT_ALL_EXTRACTION_FAILED = 4
EXIT_PARTIAL = 5
EXIT_REDIS_UNAVAILABLE = 6
EXIT_DISK_FULL = 7
#: errno values that mean "no space for this write".
_NO_SPACE = (errno.ENOSPC, errno.EDQUOT)

#: Why a crawl stopped early, as the summary's reason says it (Scrapy's close reasons; others as they are).
STOP_REASONS = {"shutdown": "a shutdown signal", "cancelled": "the crawl was cancelled"}


def previous_success(outlet_dir: Path, run_id: str) -> str | None:
    """When the latest earlier run of this outlet that went well (exit code 0, not interrupted) finished, from
    the summaries in its output folder; None when there is none (this is its first run here)."""
    # Day folders newest first, stopping at the first day with a good run: a run every 15 minutes for a year
    # leaves 35,000 summaries, and only the latest days are read.
    for day in sorted((d for d in outlet_dir.iterdir() if d.is_dir()), reverse=True) if outlet_dir.is_dir() else []:
        latest: str | None = None
        for path in day.glob("*.summary.json"):
            if path.name.startswith(run_id + "."):
                continue
            try:
                summary = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if not isinstance(summary, dict) or summary.get("exit_code") != EXIT_OK or summary.get("interrupted"):
                continue
            finished = summary.get("finished_at")
            if isinstance(finished, str) and (latest is None or finished > latest):
                latest = finished
        if latest is not None:
            return latest
    return None


def _read_complete_lines(part: Path) -> list[bytes]:
    """The whole lines of a (possibly gzip, possibly truncated) part or final file; a half last line is dropped."""
    raw = part.read_bytes()
    if part.name.endswith((".gz.part", ".gz")):
        decoder = zlib.decompressobj(wbits=31)  # gzip framing; stops quietly at a truncated end
        try:
            raw = decoder.decompress(raw)
        except zlib.error:
            raw = b""
    lines = raw.split(b"\n")
    return [line + b"\n" for line in lines[:-1] if line.strip()]  # lines[-1] is b"" or a half line


def _cut_half_line(path: Path) -> None:
    """Truncate a plain JSONL file after its last whole line (a write that ran out of space may leave half of
    one); shrinking needs no space. Compressed files are left: readers stop at a truncated gzip end anyway."""
    if path.name.endswith(".gz.part") or not path.exists():
        return
    with open(path, "rb+") as handle:
        data = handle.read()
        cut = data.rfind(b"\n") + 1
        if cut != len(data):
            handle.truncate(cut)


def _try_lock(path: Path) -> IO[bytes] | None:
    """An open handle holding an exclusive lock on path, or None when a live process holds it."""
    handle = open(path, "rb")  # noqa: SIM115 - the handle is the lock
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return None
    return handle


class JsonlWriterPipeline:
    """Write articles, rejections and errors to per-run JSONL files, renamed into place at close."""

    def __init__(
        self, output_dir: str, run_id: str | None, crawler: Crawler | None = None, gzip_output: bool = False
    ) -> None:
        self.crawler = crawler
        self.output_dir = Path(output_dir)
        self.run_id = run_id or new_run_id()
        self.gzip = gzip_output
        self.files: dict[str, IO[Any]] = {}
        self.paths: dict[str, Path] = {}
        self.counts: Counter[str] = Counter()
        self.reasons: Counter[str] = Counter()
        self.error_kinds: Counter[str] = Counter()
        #: The first detail seen per rejection reason and error kind (the one-line reason quotes the most common).
        self.first_detail: dict[str, str] = {}
        self.started = datetime.now(UTC)
        self.run_dir: Path | None = None
        self.spider_args: dict[str, Any] = {}
        self.recovered: list[str] = []
        self.summary: dict[str, Any] = {}
        self._finish_on_signal = False
        #: URLs not fetched, by reason (`newsbot.crawler.skipped`); listed one per line only with record_skipped.
        self.skipped: Counter[str] = Counter()
        self.record_skipped = False
        #: Why a write failed for lack of space (one line), once it did: nothing more is written.
        self.disk_full: str | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JsonlWriterPipeline:
        # Run id and start day shared with the WARC archive (newsbot.crawler.archive), so its files sit beside ours.
        info = run_info(crawler)
        gzip = crawler.settings.getbool("NEWSBOT_GZIP", defaults.NEWSBOT_GZIP)
        pipeline = cls(str(info.output_dir), info.run_id, crawler, gzip)
        pipeline.started = info.started
        # The run ends in spider_closed, the one place Scrapy tells why the spider closed (see close_spider).
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        pipeline._finish_on_signal = True
        pipeline.record_skipped = crawler.settings.getbool("NEWSBOT_RECORD_SKIPPED", defaults.NEWSBOT_RECORD_SKIPPED)
        return pipeline

    def _name(self, spider: Spider | None) -> str:
        return (
            getattr(spider, "run_name", None)
            or getattr(spider, "outlet_name", None)
            or getattr(spider, "name", None)
            or "crawl"
        )

    def _state(self) -> StatePipeline | None:
        """The crawl's state stage, through Scrapy's API (None before the engine exists or without it)."""
        if self.crawler is None:
            return None
        try:
            return self.crawler.get_item_pipeline(StatePipeline)
        except RuntimeError:  # get_item_pipeline() before the engine is created (a bare crawler in a test)
            return None

    def open_spider(self, spider: Spider | None = None) -> None:
        try:
            self._open_spider(spider)
        except OSError as exc:
            if exc.errno not in _NO_SPACE:
                raise
            # Nothing fetched yet: the crawl cannot start, but with the disk-full status, line and exit code.
            self.disk_full = f"disk full: cannot open the run's files under {self.output_dir} ({exc.strerror})"
            if self.crawler is not None and getattr(self.crawler, "stats", None) is not None:
                self.crawler.stats.set_value("newsbot/exit_code", EXIT_DISK_FULL)
                self.crawler.stats.set_value("newsbot/exit_reason", self.disk_full)
            raise

    def _open_spider(self, spider: Spider | None = None) -> None:
        spider = spider or getattr(self.crawler, "spider", None)
        name = self._name(spider)
        self.recover(self.output_dir / name)
        self.run_dir = self.output_dir / name / self.started.strftime("%Y-%m-%d")
        self.run_dir.mkdir(parents=True, exist_ok=True)
        gz = ".gz" if self.gzip else ""
        for kind, suffix in SUFFIXES.items():
            if kind == "skipped" and not self.record_skipped:
                continue
            final = self.run_dir / f"{self.run_id}{suffix}{gz}"
            self.paths[kind] = final
            part = final.with_name(final.name + ".part")
            if self.gzip:
                self.files[kind] = gzip.open(part, "wt", encoding="utf-8")
            else:
                self.files[kind] = open(part, "w", encoding="utf-8")  # noqa: SIM115
        # Held until close: tells a later run that this one is alive (the kernel drops it if we die).
        self._lock = open(self.paths["article"].with_name(self.paths["article"].name + ".part"), "rb")  # noqa: SIM115
        fcntl.flock(self._lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        if spider is not None:
            self.spider_args = {
                k: v
                for k, v in vars(spider).items()
                if k
                in ("outlet_name", "start_url", "base_url", "max_pages", "max_articles", "since", "fresh", "max_depth")
            }
            self.spider_args = {
                k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in self.spider_args.items()
            }

    # --- recovery of killed runs ---------------------------------------------------------------
    def recover(self, outlet_dir: Path) -> None:
        """Finish the files of runs that died: cut half lines, replay articles into the state, rename."""
        if not outlet_dir.is_dir():
            return
        runs: dict[tuple[Path, str], list[Path]] = {}
        # Runs that stopped because Redis went away: their files are final, their state maybe not (module doc).
        for marker in sorted(outlet_dir.glob(f"*/*{RESYNC}")):
            run_id = marker.name[: -len(RESYNC)]
            if not list(marker.parent.glob(f"{run_id}.*.part")):
                self._recover_run(marker.parent, run_id, [])
                marker.unlink(missing_ok=True)
        for part in outlet_dir.glob("*/*.part"):
            if ".jsonl" not in part.name:
                continue  # not ours: e.g. a <run-id>.warc.gz.part, which newsbot.crawler.archive finishes itself
            run_id = part.name.split(".", 1)[0]
            runs.setdefault((part.parent, run_id), []).append(part)
        for (folder, run_id), parts in sorted(runs.items()):
            article_parts = [p for p in parts if run_file_kind(p.name) == "article"]
            if not article_parts:
                continue  # the article file is renamed last: without it these belong to a closing run
            lock = _try_lock(article_parts[0])
            if lock is None:
                continue  # a live run (another scheduled job) owns these files
            try:
                self._recover_run(folder, run_id, parts)
            finally:
                lock.close()

    def _recover_run(self, folder: Path, run_id: str, parts: list[Path]) -> None:
        counts: Counter[str] = Counter()
        state = self._state()
        urls: list[str] = []

        def tally(lines: list[bytes]) -> Iterator[tuple[bytes, dict[str, Any]]]:
            """The parseable lines with their records, counted and their URLs collected."""
            for line in lines:
                try:
                    record = json.loads(line)
                except ValueError:
                    continue  # cannot happen for whole lines; never let one stop the recovery
                if record.get("record_type") == "skipped":
                    continue  # not fetched, no record: the resuming run decides these URLs afresh
                counts[record.get("record_type", "")] += 1
                if isinstance(record.get("url"), str):
                    urls.append(record["url"])
                yield line, record

        for part in parts:
            final = part.with_name(part.name[: -len(".part")])
            good: list[bytes] = []
            for line, record in tally(_read_complete_lines(part)):
                good.append(line)
                if record.get("record_type") == "article" and state is not None:
                    try:
                        state.replay(Article.model_validate(upgrade(record)))  # a schema-1 run's too
                    except (ValidationError, ValueError):
                        pass
            tmp = final.with_name(final.name + ".recovering")
            if final.name.endswith(".gz"):
                with gzip.open(tmp, "wb") as handle:
                    handle.writelines(good)
            else:
                tmp.write_bytes(b"".join(good))
            os.replace(tmp, final)
            part.unlink(missing_ok=True)
        # A run killed while closing has renamed some of its files already (the article file goes last): their
        # records are that run's too. Their URLs are inherited (and counted), or this run would record them again.
        renamed = {p.name[: -len(".part")] for p in parts}
        for final in sorted(folder.glob(f"{run_id}.*")):
            if final.name in renamed or not final.name.endswith((".jsonl", ".jsonl.gz")):
                continue
            for _line, record in tally(_read_complete_lines(final)):
                if record.get("record_type") == "article" and state is not None and not parts:
                    try:  # a run that gave up on Redis: its last articles may never have reached the state
                        state.replay(Article.model_validate(upgrade(record)))
                    except (ValidationError, ValueError):
                        pass
        if state is not None:
            state.inherit(run_id, urls)
        summary_path = folder / f"{run_id}.summary.json"
        if not summary_path.exists():
            summary = {
                "run_id": run_id,
                "interrupted": True,
                "recovered_by": self.run_id,
                "status": "interrupted",
                "articles": counts["article"],
                "rejections": counts["rejection"],
                "errors": counts["error"],
                "pages": sum(counts.values()),
            }
            summary_path.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
        self.recovered.append(run_id)
        logger.warning("recovered the files of interrupted run %s (%d articles)", run_id, counts["article"])

    # --- writing ---------------------------------------------------------------------------------
    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if isinstance(item, Skipped):
            self.skipped[item.reason] += 1
            if "skipped" in self.files and not self.disk_full:
                try:
                    self.files["skipped"].write(item.to_json() + "\n")
                except OSError as exc:  # a full disk is full for every file: stop as for any other
                    if exc.errno not in _NO_SPACE:
                        raise
                    self._out_of_space("skipped", exc)
            return item
        kind = getattr(item, "record_type", None)
        if kind not in self.files:
            return item
        if self.disk_full:
            return self._not_written(item)
        handle = self.files[kind]
        try:
            handle.write(item.to_json() + "\n")
            handle.flush()
        except OSError as exc:
            if exc.errno not in _NO_SPACE:
                raise
            self._out_of_space(kind, exc)
            return self._not_written(item)
        self.counts[kind] += 1
        if isinstance(item, Rejection):
            self.reasons[item.reason] += 1
            self.first_detail.setdefault(item.reason, item.detail or "")
        elif isinstance(item, ErrorRecord):
            self.error_kinds[item.kind] += 1
            self.first_detail.setdefault(item.kind, item.detail or "")
        if isinstance(item, Article):
            state = self._state()
            if state is not None:
                state.committed(item)  # only now: the line is on disk
        return item

    def _out_of_space(self, kind: str, exc: OSError) -> None:
        """A write failed for lack of space: cut the half line off, stop writing and stop the run."""
        part = self.paths[kind].with_name(self.paths[kind].name + ".part")
        self.disk_full = f"disk full: cannot write {part} ({exc.strerror or exc})"
        logger.error("%s: stopping the run", self.disk_full)
        for name, handle in self.files.items():
            try:
                handle.close()  # flushing what is buffered fails too; the cut below drops any half line
            except OSError:
                pass
            _cut_half_line(self.paths[name].with_name(self.paths[name].name + ".part"))
        state = self._state()
        if state is not None:
            state.stopping("disk_full")  # now: a Redis worker acknowledges no lease after this (see stopping)
        engine = getattr(self.crawler, "engine", None)
        if engine is not None:
            from scrapy.utils.defer import deferred_from_coro

            deferred_from_coro(engine.close_spider_async(reason="disk_full"))

    def _write_at_close(self, record: Any, spider: Spider | None) -> None:
        """Write a record at close; one the disk has no space for is dropped (the run is failing already)."""
        from scrapy.exceptions import DropItem

        try:
            self.process_item(record, spider)
        except DropItem:
            pass

    def _not_written(self, item: Any) -> Any:
        """Drop a record that cannot be written (disk full); an article's claim is given back."""
        from scrapy.exceptions import DropItem

        state = self._state()
        if isinstance(item, Article) and state is not None:
            state.uncommitted(item)
        raise DropItem(self.disk_full or "not written")

    def _exit(self, stats: dict[str, Any], spider: Spider | None) -> tuple[int, str, str]:
        """The run's exit code, status and one-line reason (see the module docstring)."""
        if self.disk_full:
            return EXIT_DISK_FULL, "disk_full", self.disk_full
        if getattr(self._state(), "stop_reason", None) == "redis_unavailable":
            from newsbot.state.redis import OUTAGE

            why = OUTAGE.gave_up or "Redis unreachable"
            return EXIT_REDIS_UNAVAILABLE, "redis_unavailable", f"{why}: stopped; the job's next worker resumes it"
        sources: dict[str, str | None] = dict(getattr(spider, "sources", None) or {})
        failed = {url: why for url, why in sources.items() if why is not None}
        if not stats.get("newsbot/responses_ok", 0):
            settings = getattr(self.crawler, "settings", None)
            if not self.counts["error"] and settings is not None and settings.get("NEWSBOT_REDIS_URL"):
                return EXIT_OK, "ok", "ok (other workers emptied the shared queue)"  # a worker that came late
            kinds = ", ".join(sorted(self.error_kinds)) or "no response"
            return (
                EXIT_NOTHING_FETCHED,
                "site_failed",
                f"nothing could be fetched ({self.counts['error']} errors: {kinds}){self._most_common()}",
            )
        if sources and len(failed) == len(sources):
            return (
                EXIT_NOTHING_FETCHED,
                "site_failed",
                f"the site answered nothing usable: {self._sources_text(failed, len(sources))}",
            )
        # Counted by the extraction stage (ExtractPipeline), which knows which records it made.
        extraction_errors = stats.get("newsbot/extraction_errors", 0)
        if extraction_errors and not stats.get("newsbot/extraction_ok", 0):
            kinds = ", ".join(sorted(self.error_kinds))
            return EXIT_ALL_EXTRACTION_FAILED, "failed", f"every extraction failed ({extraction_errors} pages: {kinds})"
        if failed:
            return EXIT_PARTIAL, "partial", f"partial: {self._sources_text(failed, len(sources))}"
        stopped = self._stop_reason()
        if stopped:
            return EXIT_OK, "stopped", f"stopped early ({stopped})"
        return EXIT_OK, "ok", "ok"

    def _most_common(self) -> str:
        """``; most common: offsite (5), e.g. loopback: ...``: the cause, whichever file (errors or rejections)
        holds it; empty when nothing was recorded."""
        causes = self.error_kinds + self.reasons
        if not causes:
            return ""
        cause, count = causes.most_common(1)[0]
        detail = self.first_detail.get(cause, "")[:200]
        return f"; most common: {cause} ({count})" + (f", e.g. {detail}" if detail else "")

    @staticmethod
    def _sources_text(failed: dict[str, str], total: int) -> str:
        """``2 of 3 start pages, feeds and sitemaps failed: URL (HTTP 404), ...`` (at most three named)."""
        named = ", ".join(f"{url} ({why})" for url, why in sorted(failed.items())[:3])
        more = f" and {len(failed) - 3} more" if len(failed) > 3 else ""
        return f"{len(failed)} of {total} start pages, feeds and sitemaps failed: {named}{more}"

    def _stop_reason(self) -> str | None:
        """Why the crawl stopped before its end (max_articles, a CLOSESPIDER_* limit, a signal), or None."""
        state = self._state()
        reason = getattr(state, "stop_reason", None)
        if not reason or reason == "finished":
            return None
        if reason == "max_articles":
            return f"max_articles={getattr(state, 'max_articles', None)} reached"
        return STOP_REASONS.get(reason, reason)

    def close_spider(self, spider: Spider | None = None) -> None:
        """Finish the run here only for a pipeline driven by hand. In a crawl the ``spider_closed`` signal
        finishes it: the one-line reason and the records of unfinished requests need the reason the engine
        closed the spider for, and Scrapy passes it to that signal only (it comes after the pipelines closed)."""
        if not self._finish_on_signal:
            self.finish(spider)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        """Scrapy's ``spider_closed`` signal: finish the run knowing why it stopped, then let the state close."""
        state = self._state()
        if state is not None:
            state.stopping(reason)
        try:
            self.finish(spider)
        finally:
            if state is not None:
                state.close_store()

    def finish(self, spider: Spider | None = None) -> None:
        """Write what is left, rename the files into place, write the summary and print the one line."""
        spider = spider or getattr(self.crawler, "spider", None)
        state = self._state()
        if state is not None and not self.disk_full:
            for record in state.flush_deferred():
                self._write_at_close(record, spider)
        if state is not None and not self.disk_full:
            # Requests still queued or in flight when the crawl stopped early: one record each, before the rename.
            for unfinished in state.flush_unfinished():
                self._write_at_close(unfinished, spider)
        # The article file last: while its .part exists (and is locked) the run counts as alive.
        for kind in ("skipped", "rejection", "error", "article"):
            if kind not in self.files:
                continue
            try:
                self.files[kind].close()
            except OSError as exc:
                if exc.errno not in _NO_SPACE:
                    raise
                self.disk_full = self.disk_full or f"disk full: cannot write {self.paths[kind]} ({exc.strerror})"
                _cut_half_line(self.paths[kind].with_name(self.paths[kind].name + ".part"))
            part = self.paths[kind].with_name(self.paths[kind].name + ".part")
            os.replace(part, self.paths[kind])
        self._lock.close()
        if not self.disk_full and getattr(state, "stop_reason", None) == "redis_unavailable":
            assert self.run_dir is not None
            (self.run_dir / f"{self.run_id}{RESYNC}").touch()  # the next run brings the state up to date
        finished = datetime.now(UTC)
        stats: dict[str, Any] = (
            dict(self.crawler.stats.get_stats())
            if self.crawler is not None and getattr(self.crawler, "stats", None)
            else {}
        )
        state_counts: Counter[str] = state.counts if state is not None else Counter()
        code, status, reason = self._exit(stats, spider)
        articles = self.counts["article"]
        assert self.run_dir is not None
        previous = previous_success(self.run_dir.parent, self.run_id)
        # "Nothing new" only where there is a "last run" to compare with and this one ran to its end.
        nothing_new = articles == 0 and status == "ok" and previous is not None
        if reason != "ok":
            pass  # a reason of its own (a Redis worker that came late) is kept
        elif nothing_new:
            reason = f"nothing new since the last successful run ({previous})"
        elif previous is None:
            reason = "first run" + ("" if articles else ": no articles found")
        skipped = stats.get("newsbot/skipped_known", 0)
        summary = {
            "run_id": self.run_id,
            "outlet": getattr(spider, "outlet_name", None),
            "spider": getattr(spider, "name", None),
            "status": status,
            "exit_code": code,
            "reason": reason,
            "nothing_new": nothing_new,
            # No earlier successful run of this outlet in the output folder; else when the latest one finished.
            "first_run": previous is None,
            "previous_run_at": previous,
            # Start pages, feeds and sitemaps: how many were tried and which failed (URL -> why).
            "sources": len(getattr(spider, "sources", None) or {}),
            "sources_failed": {
                url: why for url, why in sorted((getattr(spider, "sources", None) or {}).items()) if why is not None
            },
            "started_at": self.started.isoformat(timespec="seconds"),
            "finished_at": finished.isoformat(timespec="seconds"),
            "duration_s": round((finished - self.started).total_seconds(), 3),
            # Every response (any status) except robots.txt: pages, feeds and sitemaps.
            "pages_fetched": max(
                0, stats.get("downloader/response_count", 0) - stats.get("robotstxt/response_count", 0)
            ),
            # Records written (articles + rejections + errors); "pages" is its older name, kept for readers.
            "pages": sum(self.counts.values()),
            "records": sum(self.counts.values()),
            # Page requests the crawl made against max_pages (won fetch claims; feeds and sitemaps not counted).
            "pages_requested": getattr(spider, "pages_scheduled", None),
            "articles": articles,
            "articles_new": state_counts["new"] if state is not None else articles,
            "articles_changed": state_counts["changed"],
            "unchanged": state_counts["unchanged"],
            "duplicates": state_counts["duplicates"],
            "skipped_known": skipped,
            "skipped_since": stats.get("newsbot/skipped_since", 0),
            "skipped_max_pages": stats.get("newsbot/skipped_max_pages", 0),
            # Claimed for fetching but never answered: queued or in flight when the crawl stopped early.
            "unfinished": stats.get("newsbot/unfinished", 0),
            # URLs not fetched, by reason (known, since, depth, max_pages, stopped, seen): no records; listed in
            # <run-id>.skipped.jsonl only with NEWSBOT_RECORD_SKIPPED (newsbot.crawler.skipped).
            "skipped": dict(sorted(self.skipped.items())),
            "listing_mismatches": state_counts["listing_mismatch"],
            "rejections": self.counts["rejection"],
            "errors": self.counts["error"],
            "rejections_by_reason": dict(sorted(self.reasons.items())),
            "errors_by_kind": dict(sorted(self.error_kinds.items())),
            # Which speed-ups extraction ran with ("on" / "off: why"; newsbot.speedups), {} if nothing was extracted.
            "speedups": dict(stats.get("newsbot/speedups") or {}),
            "recovered_runs": self.recovered,
            "files": {k: str(p) for k, p in self.paths.items()},
            "arguments": self.spider_args,
        }
        if self.crawler is not None and getattr(self.crawler, "stats", None) is not None:
            self.crawler.stats.set_value("newsbot/exit_code", code)
            self.crawler.stats.set_value("newsbot/exit_reason", reason)
        summary_path = self.run_dir / f"{self.run_id}.summary.json"
        tmp = summary_path.with_name(f"{summary_path.name}.tmp-{os.getpid()}")
        try:
            tmp.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            os.replace(tmp, summary_path)
        except OSError as exc:
            if exc.errno not in _NO_SPACE:
                raise
            tmp.unlink(missing_ok=True)
            logger.error("disk full: the summary %s was not written", summary_path)
        self.summary = summary
        if nothing_new:
            what = f"0 articles: nothing new since the last run at {previous} ({skipped} known pages not re-fetched"
            what += f", {summary['unchanged']} unchanged)" if summary["unchanged"] else ")"
        else:
            what = f"{articles} articles ({summary['articles_new']} new, {summary['articles_changed']} changed)"
            if status == "ok" and previous is None and not articles:
                what = "0 articles (first run of this outlet: none found)"
            elif status == "stopped":
                what = f"{reason}: {what}"
        print(
            f"newsbot: {what}, {summary['rejections']} rejections, {summary['errors']} errors "
            f"({summary['pages']} pages; {sum(self.skipped.values())} URLs not fetched) -> {self.paths['article']} "
            f"(+ .rejects.jsonl, .errors.jsonl, .summary.json)",
            flush=True,
        )
