"""`newsbot extract` (saved pages, files or folders) and `newsbot extract-warc` (web archives written by
others, such as Common Crawl's CC-NEWS): the same extraction as a crawl, one JSON line per page, in
input order, on as many cores as asked.

A saved page's URL comes from ``--urls`` (a file mapping paths to URLs), else ``--url``, else the page's
own canonical link or og:url; a page that names none is extracted as it is (an unknown URL is no evidence
against the page), its record's url being the file's ``file:///`` URI, with a warning saying to give ``--url``
or ``--urls``.

WARC files are streamed record by record (never a whole file in memory) with fastwarc, a WARC parser
written in Rust, several times faster than warcio (benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import zlib
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from pathlib import Path
from typing import IO, Any

#: File names taken from a folder.
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")
#: How far into a page to look for its canonical link (it sits in <head>).
HEAD_BYTES = 256 * 1024
_CANONICAL = re.compile(
    rb"<link\b[^>]*?\brel\s*=\s*[\"']?canonical[\"']?[^>]*?\bhref\s*=\s*[\"']?([^\"'\s>]+)"
    rb"|<link\b[^>]*?\bhref\s*=\s*[\"']?([^\"'\s>]+)[\"']?[^>]*?\brel\s*=\s*[\"']?canonical"
    rb"|<meta\b[^>]*?\bproperty\s*=\s*[\"']og:url[\"'][^>]*?\bcontent\s*=\s*[\"']([^\"']+)"
    rb"|<meta\b[^>]*?\bcontent\s*=\s*[\"']([^\"']+)[\"'][^>]*?\bproperty\s*=\s*[\"']og:url[\"']",
    re.I,
)
#: Pages in flight per worker when streaming a WARC: enough to keep every core busy, bounded memory.
IN_FLIGHT_PER_JOB = 4


def page_url_from_html(data: bytes) -> str | None:
    """The absolute http(s) URL a page names for itself (canonical link, else og:url), or None."""
    for match in _CANONICAL.finditer(data[:HEAD_BYTES]):
        found = next(g for g in match.groups() if g).decode("utf-8", "replace").strip()
        if found.startswith(("http://", "https://")):
            import html

            return html.unescape(found)
    return None


def expand_paths(paths: Iterable[str]) -> list[str]:
    """Files as given, and the page files under each folder (sorted, recursively); '-' stays stdin."""
    out: list[str] = []
    for path in paths:
        folder = Path(path)
        if path != "-" and folder.is_dir():
            out.extend(str(p) for p in sorted(folder.rglob("*")) if p.is_file() and p.name.endswith(PAGE_SUFFIXES))
        else:
            out.append(path)
    return out


def read_url_map(path: Path) -> dict[str, str]:
    """``--urls`` file: lines ``PATH<TAB>URL`` (or ``PATH URL``), or JSON lines ``{"path": ..., "url": ...}``.
    Relative paths are taken from the mapping file's folder; keys are resolved absolute paths."""
    mapping: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("{"):
            entry = json.loads(line)
            page, url = str(entry["path"]), str(entry["url"])
        else:
            parts = line.split("\t") if "\t" in line else line.rsplit(None, 1)
            if len(parts) != 2:
                raise ValueError(f"{path}:{number}: expected 'PATH<TAB>URL'")
            page, url = parts[0].strip(), parts[1].strip()
        mapping[str((path.parent / page).resolve())] = url
    return mapping


def _read_page(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    data = Path(path).read_bytes()
    return gzip.decompress(data) if path.endswith(".gz") else data


# --- the work, in worker processes -------------------------------------------------------------------

_OUTLET: Any = None


def _init_worker(outlet_name: str | None) -> None:
    global _OUTLET
    from newsbot.outlets import load_outlet

    _OUTLET = load_outlet(outlet_name) if outlet_name else None


def _extract_one(task: tuple[bytes, str, int | None]) -> str:
    """One page to one JSON line (an Article or a Rejection)."""
    from newsbot.extraction import extract

    data, url, status = task
    record = extract(data, url, _OUTLET)
    if status is not None:
        record = record.model_copy(update={"http_status": status})
    return record.to_json()


class _InOrder:
    """Run tasks on a pool (or inline with one job) and yield their results in submission order, with at
    most ``limit`` in flight, so a stream of any length runs in bounded memory."""

    def __init__(self, jobs: int, outlet_name: str | None) -> None:
        self.executor: Executor | None = None
        if jobs > 1:
            self.executor = ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(outlet_name,))
        else:
            _init_worker(outlet_name)
        self.limit = max(1, jobs) * IN_FLIGHT_PER_JOB

    def map(self, tasks: Iterable[tuple[bytes, str, int | None]]) -> Iterator[str]:
        if self.executor is None:
            yield from (_extract_one(task) for task in tasks)
            return
        pending: deque[Future[str]] = deque()
        for task in tasks:
            pending.append(self.executor.submit(_extract_one, task))
            if len(pending) >= self.limit:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown()


def _jobs(value: int) -> int:
    return os.cpu_count() or 1 if value <= 0 else value


# --- newsbot extract ---------------------------------------------------------------------------------


def add_extract_arguments(p: argparse.ArgumentParser) -> None:
    """Arguments of `newsbot extract`."""
    p.add_argument(
        "paths", nargs="+", help="saved HTML files (.html, .htm, .html.gz) or folders of them; '-' reads stdin"
    )
    p.add_argument(
        "--url",
        help="the URL the page(s) were fetched from (default: --urls, else each page's canonical link or og:url)",
    )
    p.add_argument(
        "--urls",
        type=Path,
        help="file mapping pages to URLs: 'PATH<TAB>URL' lines or JSON lines "
        '{"path", "url"} (relative paths from the file\'s folder)',
    )
    p.add_argument("--outlet", help="outlet name, for its hints (time zone, language, overrides)")
    p.add_argument("--jobs", type=int, default=1, help="worker processes (0: one per core; default 1)")


def run_extract(args: argparse.Namespace) -> int:
    """One JSON line per page, in input order; unreadable inputs are reported on stderr (exit 1)."""
    from newsbot.outlets import OutletError, load_outlet

    if args.outlet:
        try:
            load_outlet(args.outlet)
        except OutletError as exc:
            print(f"newsbot: {exc}", file=sys.stderr)
            return 2
    try:
        mapping = read_url_map(args.urls) if args.urls else {}
    except (OSError, ValueError, KeyError, json.JSONDecodeError) as exc:
        print(f"newsbot: cannot read --urls {args.urls}: {exc}", file=sys.stderr)
        return 2
    status = 0

    def tasks() -> Iterator[tuple[bytes, str, int | None]]:
        nonlocal status
        for path in expand_paths(args.paths):
            try:
                data = _read_page(path)
            except (OSError, EOFError, zlib.error) as exc:
                print(f"newsbot: cannot read {path}: {getattr(exc, 'strerror', None) or exc}", file=sys.stderr)
                status = 1
                continue
            url = mapping.get(str(Path(path).resolve())) if path != "-" else None
            url = url or args.url or page_url_from_html(data)
            if url is None:
                url = Path(path).resolve().as_uri() if path != "-" else "file:///dev/stdin"
                print(
                    f"newsbot: {path}: no URL (give --url or --urls; the page has no canonical link):"
                    " its record's url is the file's URI",
                    file=sys.stderr,
                )
            yield data, url, None

    pool = _InOrder(_jobs(args.jobs), args.outlet)
    try:
        for line in pool.map(tasks()):
            print(line, flush=True)
    finally:
        pool.close()
    return status


# --- newsbot extract-warc ----------------------------------------------------------------------------


def _decode_body(body: bytes, encoding: str) -> bytes:
    """A body as the server sent it, without its Content-Encoding (archives may keep it)."""
    encoding = encoding.strip().lower()
    try:
        if encoding in ("gzip", "x-gzip") and body[:2] == b"\x1f\x8b":
            return gzip.decompress(body)
        if encoding == "deflate":
            try:
                return zlib.decompress(body)
            except zlib.error:
                return zlib.decompress(body, -zlib.MAX_WBITS)
        if encoding == "br":
            import brotli  # type: ignore[import-not-found,import-untyped,unused-ignore]

            return bytes(brotli.decompress(body))
    except (OSError, EOFError, zlib.error, ImportError, Exception):  # noqa: BLE001 - a bad body is an empty page
        return b""
    return body


def warc_pages(stream: IO[bytes]) -> Iterator[tuple[bytes, str, int | None]]:
    """(body, target URI, HTTP status) of each HTML response record, streamed."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    for record in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True):
        url = record.headers.get("WARC-Target-URI") or ""
        if not url.startswith(("http://", "https://")):
            continue
        http = record.http_headers
        content_type = (http.get("Content-Type") or "").lower() if http is not None else ""
        if content_type and "html" not in content_type:
            continue
        status = int(http.status_code) if http is not None and http.status_code else None
        body = record.reader.read()
        encoding = http.get("Content-Encoding") if http is not None else None
        if encoding:
            body = _decode_body(body, encoding)
        yield body, url, status


def add_warc_arguments(p: argparse.ArgumentParser) -> None:
    """Arguments of `newsbot extract-warc`."""
    p.add_argument("files", nargs="+", type=Path, help="WARC files (.warc or .warc.gz, e.g. CC-NEWS)")
    p.add_argument("--outlet", help="outlet name, for its hints")
    p.add_argument("--jobs", type=int, default=0, help="worker processes (default 0: one per core)")
    p.add_argument("--out", type=Path, help="write the JSON lines here (default: stdout)")


def run_warc(args: argparse.Namespace) -> int:
    """One JSON line per HTML response record of the WARC files, in archive order."""
    try:
        import fastwarc  # noqa: F401
    except ImportError:
        print("newsbot: extract-warc needs fastwarc (pip install 'newsbot[archive]')", file=sys.stderr)
        return 2
    status = 0

    def tasks() -> Iterator[tuple[bytes, str, int | None]]:
        nonlocal status
        for path in args.files:
            try:
                with open(path, "rb") as stream:
                    yield from warc_pages(stream)
            except OSError as exc:
                print(f"newsbot: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
                status = 1

    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout  # noqa: SIM115 - closed below
    pool = _InOrder(_jobs(args.jobs), args.outlet)
    pages = 0
    try:
        for line in pool.map(tasks()):
            out.write(line + "\n")
            pages += 1
    finally:
        pool.close()
        if args.out:
            out.close()
    print(
        f"newsbot: {pages} pages from {len(args.files)} WARC file(s)" + (f" -> {args.out}" if args.out else ""),
        file=sys.stderr,
    )
    return status
