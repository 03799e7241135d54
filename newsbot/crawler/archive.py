"""Raw-page archive (WARC) and per-page fetch statistics, as a Scrapy extension.

With ``NEWSBOT_WARC`` on, every fetched HTML response is written to ``<run-id>.warc.gz`` beside the
run's JSONL files: a ``warcinfo`` record naming the outlet and run, then per page a ``response``
record (status line, response headers, body) and a ``request`` record (request line and headers),
each gzip-compressed on its own as WARC readers expect. ``newsbot reextract`` replays these pages
through today's extractor.

Independently of the archive, the extension keeps the slowest and largest responses of the run
and writes them to ``<run-id>.pages.json`` at close (bounded memory: top N only), for ``newsbot
report``.

The body archived is the one the spider saw (already decompressed by Scrapy), so the response
headers are adjusted to match it: Content-Encoding and Transfer-Encoding are dropped and
Content-Length is the body's length.
"""

from __future__ import annotations

import fcntl
import heapq
import io
import json
import os
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.http import Headers, Request, Response

from newsbot.crawler import settings as defaults
from newsbot.crawler.runinfo import run_info

#: WARC header naming the outlet on every response record (warcinfo carries it too).
OUTLET_HEADER = "Newsbot-Outlet"
#: How many slowest / largest pages each run keeps in its pages.json.
TOP_PAGES = 20
#: Response headers that describe the wire encoding, not the decoded body we store.
_WIRE_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


def is_html_response(headers: dict[str, str], body: bytes) -> bool:
    """The spider's notion of an HTML page: an HTML content type, or an untyped body that starts like HTML."""
    ctype = headers.get("content-type", "").lower()
    if "html" in ctype:
        return True
    if ctype and not ctype.startswith("text/plain") and "octet-stream" not in ctype:
        return False
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def _header_pairs(headers: Headers) -> list[tuple[str, str]]:
    """Scrapy Headers (bytes keys, lists of bytes values) -> (name, value) strings, repeated headers kept."""
    pairs = []
    for name, values in headers.items():
        key = name.decode("latin-1") if isinstance(name, bytes) else str(name)
        for value in values:
            pairs.append((key, value.decode("latin-1") if isinstance(value, bytes) else str(value)))
    return pairs


def _warc_date(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class WarcArchive:
    """Append request/response pairs to a gzip-per-record WARC file written as ``.part`` and renamed at close."""

    def __init__(self, path: Path, info: dict[str, str]) -> None:
        from warcio.warcwriter import WARCWriter  # optional dependency (extra "archive")

        self.path = path
        self.part = path.with_name(path.name + ".part")
        self.handle: IO[bytes] = open(self.part, "wb")  # noqa: SIM115 - closed in close()
        # Held until close: a later run sees that this archive's run is alive (the kernel drops it if we die).
        fcntl.flock(self.handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        self.writer = WARCWriter(self.handle, gzip=True, warc_version="1.1")
        self.records = 0
        self.writer.write_record(self.writer.create_warcinfo_record(path.name, info))

    def write(
        self,
        url: str,
        status: int,
        response_headers: list[tuple[str, str]],
        body: bytes,
        method: str,
        request_headers: list[tuple[str, str]],
        request_body: bytes,
        when: datetime,
        extra: dict[str, str],
    ) -> None:
        """One response record and its request record, linked by WARC-Concurrent-To."""
        from warcio.statusandheaders import StatusAndHeaders

        headers = [(k, v) for k, v in response_headers if k.lower() not in _WIRE_HEADERS]
        headers.append(("Content-Length", str(len(body))))
        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:
            phrase = "Unknown"
        date = _warc_date(when)
        response = self.writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=StatusAndHeaders(f"{status} {phrase}", headers, protocol="HTTP/1.1"),
            warc_headers_dict={"WARC-Date": date, **extra},
        )
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        req_headers = list(request_headers)
        if not any(k.lower() == "host" for k, _ in req_headers):
            req_headers.insert(0, ("Host", parts.netloc))
        request = self.writer.create_warc_record(
            url,
            "request",
            payload=io.BytesIO(request_body),
            length=len(request_body),
            http_headers=StatusAndHeaders(f"{method} {target} HTTP/1.1", req_headers, is_http_request=True),
            warc_headers_dict={
                "WARC-Date": date,
                "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID"),
            },
        )
        self.writer.write_record(response)
        self.writer.write_record(request)
        self.handle.flush()  # whole records on disk as we go: a crashed run still leaves a readable .part
        self.records += 1

    def close(self) -> None:
        """Close the file and move it into place."""
        self.handle.close()
        os.replace(self.part, self.path)


def finish_dead_archives(outlet_dir: Path) -> list[Path]:
    """Rename the ``*.warc.gz.part`` of runs that died (no process holds their lock) into place.

    Records are flushed whole, so such a file is readable up to at most one cut-off record at its end
    (which `newsbot reextract` reports and skips).
    """
    finished = []
    for part in sorted(outlet_dir.glob("*/*.warc.gz.part")):
        with open(part, "rb") as handle:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                continue  # a live run is still writing it
            final = part.with_name(part.name.removesuffix(".part"))
            os.replace(part, final)
            finished.append(final)
    return finished


class ArchiveExtension:
    """Archive HTML responses as WARC (``NEWSBOT_WARC``) and record the run's slowest and largest pages."""

    def __init__(self, crawler: Crawler, warc: bool, top: int = TOP_PAGES) -> None:
        self.crawler = crawler
        self.warc_enabled = warc
        self.top = top
        self.archive: WarcArchive | None = None
        self.run_dir: Path | None = None
        self.run_id = ""
        self.outlet: str | None = None
        self.pages = 0
        self.total_bytes = 0
        # Min-heaps of (key, seq, entry): the smallest is dropped once a heap holds `top` entries.
        self._slowest: list[tuple[float, int, dict[str, Any]]] = []
        self._largest: list[tuple[float, int, dict[str, Any]]] = []  # key: bytes (an int)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchiveExtension:
        ext = cls(crawler, crawler.settings.getbool("NEWSBOT_WARC", defaults.NEWSBOT_WARC))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.response_received, signal=signals.response_received)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def _writer_run(self) -> tuple[str, Path] | None:
        """The JSONL writer's run id and folder, so our files sit beside its files under the same id.

        Item pipelines are opened before the spider_opened signal, so the writer has chosen both by now.
        Found by duck typing, as a project may replace the writer with a subclass or its own.
        """
        engine = getattr(self.crawler, "engine", None)
        itemproc = getattr(getattr(engine, "scraper", None), "itemproc", None)
        for component in getattr(itemproc, "middlewares", ()):
            run_id, run_dir = getattr(component, "run_id", None), getattr(component, "run_dir", None)
            if isinstance(run_id, str) and isinstance(run_dir, Path):
                return run_id, run_dir
        return None

    def spider_opened(self, spider: Spider) -> None:
        outlet_name: str | None = getattr(spider, "outlet_name", None)
        outlet = outlet_name or spider.name  # a Spider always has a name (its __init__ checks)
        self.outlet = outlet
        found = self._writer_run()
        if found is None:  # no JSONL writer in this crawl: name the run ourselves
            info = run_info(self.crawler)
            found = info.run_id, info.run_dir(outlet)
        self.run_id, self.run_dir = found
        self.run_dir.mkdir(parents=True, exist_ok=True)
        finish_dead_archives(self.run_dir.parent)
        if self.warc_enabled:
            self.archive = WarcArchive(
                self.run_dir / f"{self.run_id}.warc.gz",
                {
                    "software": "newsbot",
                    "format": "WARC File Format 1.1",
                    "newsbot-outlet": outlet,
                    "newsbot-run-id": self.run_id,
                    "robots": "obey" if self.crawler.settings.getbool("ROBOTSTXT_OBEY") else "ignore",
                },
            )

    def response_received(self, response: Response, request: Request, spider: Spider | None = None) -> None:
        now = datetime.now(UTC)
        size = len(response.body)
        headers = _header_pairs(response.headers)
        lower = {k.lower(): v for k, v in headers}
        seconds = round(float(request.meta.get("download_latency") or 0.0), 4)
        entry: dict[str, Any] = {
            "url": response.url,
            "status": response.status,
            "bytes": size,
            "seconds": seconds,
            "content_type": lower.get("content-type", ""),
        }
        self.pages += 1
        self.total_bytes += size
        for heap, key in ((self._slowest, seconds), (self._largest, size)):
            item = (key, self.pages, entry)
            if len(heap) < self.top:
                heapq.heappush(heap, item)
            else:
                heapq.heappushpop(heap, item)
        if self.archive is not None and is_html_response(lower, response.body):
            self.archive.write(
                response.url,
                response.status,
                headers,
                response.body,
                request.method,
                _header_pairs(request.headers),
                request.body or b"",
                now,
                {OUTLET_HEADER: self.outlet or ""},
            )

    def spider_closed(self, spider: Spider | None = None, reason: str = "") -> None:
        if self.archive is not None:
            self.archive.close()
            if self.crawler.stats is not None:
                self.crawler.stats.set_value("newsbot/warc_pages", self.archive.records)
        if self.run_dir is None:
            return
        stats = {
            "run_id": self.run_id,
            "outlet": self.outlet,
            "responses": self.pages,
            "bytes": self.total_bytes,
            "slowest": [e for _, _, e in sorted(self._slowest, key=lambda t: (-t[0], t[1]))],
            "largest": [e for _, _, e in sorted(self._largest, key=lambda t: (-t[0], t[1]))],
            "warc": str(self.archive.path) if self.archive is not None else None,
        }
        path = self.run_dir / f"{self.run_id}.pages.json"
        tmp = path.with_name(path.name + ".part")
        tmp.write_text(json.dumps(stats, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        os.replace(tmp, path)
