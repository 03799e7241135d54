"""`newsbot reextract WARC... [--out FILE]`: today's extraction re-run on archived pages, no network.

Each response record of a newsbot WARC (see `newsbot.crawler.archive`) goes through the same steps as in a
crawl: a non-2xx status becomes an ``http_error`` rejection and a non-HTML body a ``not_html`` one
(as the spider does), the rest goes through the extraction function, the validate stage and the
in-run de-duplication (reset per WARC, as each WARC is one run). Ids derive from the canonical URL,
so the fresh records carry the same ids as the originals and can replace them.

Near-duplicates are marked as a crawl marks them (``duplicate_of``: the earliest-published copy, then the
first, `newsbot.state.neardup`), among the articles of all the WARCs given, each against every other: the
records are held in a spool file until the last page is read, then written in page order.
"""

from __future__ import annotations

import argparse
import gzip
import os
import sys
import tempfile
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

# Only the standard library at import time: cli.py imports this module for every `newsbot` command, and
# Scrapy (via newsbot.crawler.archive) and the extraction stack take a while to import.


@dataclass
class ArchivedPage:
    """One response record of a WARC, decoded."""

    url: str
    status: int
    headers: dict[str, str]  # lower-cased names; the last value of a repeated header
    body: bytes
    outlet: str | None
    fetched_at: str


def _iso(warc_date: str) -> str:
    """WARC-Date (``...Z``, maybe with fractions) -> ``YYYY-MM-DDTHH:MM:SS+00:00`` as the spider writes it."""
    return warc_date.split(".")[0].rstrip("Z") + "+00:00"


def _charset(content_type: str) -> str | None:
    lowered = content_type.lower()
    if "charset=" not in lowered:
        return None
    return lowered.split("charset=", 1)[1].split(";")[0].strip().strip('"') or None


def iter_pages(path: Path, progress: Progress | None = None) -> Iterator[ArchivedPage]:
    """The response records of a WARC file (gzip per record or plain), in file order."""
    from warcio.archiveiterator import ArchiveIterator  # optional dependency (extra "archive")
    from warcio.exceptions import ArchiveLoadFailed

    with open(path, "rb") as handle:
        try:
            yield from _pages(ArchiveIterator(handle), handle, progress)
        except (ArchiveLoadFailed, EOFError, OSError, zlib.error) as exc:
            # A run killed mid-write leaves at most its last record cut off; the pages before it still count.
            print(f"newsbot: {path}: stopped at a damaged record ({type(exc).__name__}: {exc})", file=sys.stderr)


def _pages(records: Iterator[Any], handle: IO[bytes], progress: Progress | None) -> Iterator[ArchivedPage]:
    from newsbot.crawler.archive import OUTLET_HEADER

    default_outlet: str | None = None  # from the warcinfo record, for records without their own header
    for record in records:
        if record.rec_type == "warcinfo":
            fields = record.content_stream().read().decode("utf-8", "replace")
            for line in fields.splitlines():
                name, _, value = line.partition(":")
                if name.strip().lower() == "newsbot-outlet" and value.strip():
                    default_outlet = value.strip()
            continue
        if record.rec_type != "response" or record.http_headers is None:
            continue
        headers = {k.lower(): v for k, v in record.http_headers.headers}
        body = record.content_stream().read()
        outlet = record.rec_headers.get_header(OUTLET_HEADER) or default_outlet
        yield ArchivedPage(
            url=record.rec_headers.get_header("WARC-Target-URI"),
            status=int(record.http_headers.get_statuscode() or 0),
            headers=headers,
            body=body,
            outlet=outlet,
            fetched_at=_iso(record.rec_headers.get_header("WARC-Date") or ""),
        )
        if progress is not None:
            progress.update(handle.tell())


class Reextractor:
    """Archived page -> the record a crawl would write for it today."""

    def __init__(self, function: str | None = None, outlets_dir: str | None = None) -> None:
        from newsbot.crawler.pipelines.dedupe import DedupePipeline
        from newsbot.crawler.pipelines.validate import ValidatePipeline
        from newsbot.workers.pool import DEFAULT_EXTRACT_FUNCTION, PageExtractor

        self.extractor = PageExtractor(function or DEFAULT_EXTRACT_FUNCTION, outlets_dir)
        self._dedupe_class = DedupePipeline
        self.validate = ValidatePipeline()
        self.dedupe = DedupePipeline()

    def new_run(self) -> None:
        """Forget the ids seen so far: de-duplication is per run, and each WARC is one run."""
        self.dedupe = self._dedupe_class()

    def __call__(self, page: ArchivedPage) -> Any:
        from newsbot.crawler.archive import is_html_response
        from newsbot.discovery.listings import looks_like_xml
        from newsbot.models import ErrorRecord, Rejection
        from newsbot.workers.pool import PageTask

        ctype = page.headers.get("content-type", "")
        if not 200 <= page.status < 300:
            return Rejection(
                url=page.url,
                outlet=page.outlet,
                reason="http_error",
                detail=f"HTTP {page.status}",
                fetched_at=page.fetched_at,
                http_status=page.status,
            )
        if not is_html_response(page.headers, page.body) or looks_like_xml(page.body):
            return Rejection(
                url=page.url,
                outlet=page.outlet,
                reason="not_html",
                detail=f"Content-Type {ctype or 'missing'}",
                fetched_at=page.fetched_at,
                http_status=page.status,
            )
        try:
            record = self.extractor(
                PageTask(page.url, page.body, page.outlet, _charset(ctype), page.fetched_at, page.status)
            )
        except Exception as exc:  # noqa: BLE001 - e.g. an outlet file that no longer loads: one page, one error
            record = ErrorRecord(
                url=page.url,
                outlet=page.outlet,
                kind=type(exc).__name__,
                detail=str(exc)[:500],
                fetched_at=page.fetched_at,
                http_status=page.status,
            )
        return self.dedupe.process_item(self.validate.process_item(record))


class Progress:
    """A one-line progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, stream: IO[str] | None = None, width: int = 30) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.width = width
        self.name = ""
        self.size = 1
        self.pages = 0

    def start(self, path: Path) -> None:
        self.name = path.name
        self.size = max(path.stat().st_size, 1)

    def update(self, position: int) -> None:
        self.pages += 1
        if not self.enabled:
            return
        fraction = min(position / self.size, 1.0)
        filled = int(fraction * self.width)
        self.stream.write(
            f"\r[{'#' * filled}{'.' * (self.width - filled)}] {fraction:4.0%} {self.pages} pages  {self.name[-40:]}"
        )
        self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * (self.width + 60) + "\r")
            self.stream.flush()


def _sibling(out: Path, suffix: str) -> Path:
    """``x.jsonl`` or ``x.articles.jsonl`` -> ``x.rejects.jsonl`` (``.gz`` kept), the run files' naming."""
    name = out.name
    gz = name.endswith(".gz")
    stem = name.removesuffix(".gz").removesuffix(".jsonl").removesuffix(".articles")
    return out.with_name(f"{stem}{suffix}.jsonl" + (".gz" if gz else ""))


class NearDuplicates:
    """``duplicate_of`` for re-extracted articles: every article's signature and publication key are gathered
    first (`add`), then each article gets the original among all of them (`original`), as `neardup.earliest`
    defines it, so the answer does not depend on the order of the pages or of the WARC files."""

    def __init__(self) -> None:
        from newsbot.state.neardup import NearDupIndex

        self.index = NearDupIndex()
        self.keys: dict[str, tuple[str, int]] = {}

    def add(self, article: Any) -> None:
        from newsbot.state.neardup import fingerprint, published_key

        signature = fingerprint(article.text)
        if signature is None or article.id in self.keys:
            return
        key = published_key(article)
        self.keys[article.id] = (key, len(self.keys))
        self.index.add(signature, article.id, key)

    def original(self, article: Any) -> str | None:
        from newsbot.state.neardup import fingerprint

        if article.id not in self.keys:
            return None
        signature = fingerprint(article.text)
        if signature is None:
            return None
        key, rank = self.keys[article.id]
        best = self.index.find_original(signature, exclude=article.id, published=key, rank=rank)
        return best[2] if best else None


def _open_part(path: Path) -> IO[str]:
    part = path.with_name(path.name + ".part")
    if path.name.endswith(".gz"):
        return gzip.open(part, "wt", encoding="utf-8")
    return open(part, "w", encoding="utf-8")  # noqa: SIM115 - closed by the caller


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Arguments of `newsbot reextract`."""
    p.add_argument("warcs", nargs="+", type=Path, help="WARC files written with NEWSBOT_WARC=True")
    p.add_argument(
        "--out",
        type=Path,
        help="articles to FILE (rejections to FILE's .rejects.jsonl, errors to "
        ".errors.jsonl, like a run); default: every record to stdout",
    )
    p.add_argument("--outlets-dir", help="folder of user outlet files (as NEWSBOT_OUTLETS_DIR)")


def _mark_duplicate(line: str, duplicates: NearDuplicates) -> str:
    """The article line with its ``duplicate_of`` (re-serialised only when it changes)."""
    from newsbot.models import Article

    article = Article.model_validate_json(line)
    original = duplicates.original(article)
    if original == article.duplicate_of:
        return line
    return article.model_copy(update={"duplicate_of": original}).to_json() + "\n"


def run(args: argparse.Namespace) -> int:
    """Re-run today's extraction on archived pages (WARC) and write fresh records with the same ids."""
    missing = [str(p) for p in args.warcs if not p.is_file()]
    if missing:
        print(f"newsbot: no such WARC file: {', '.join(missing)}", file=sys.stderr)
        return 2
    reextract = Reextractor(outlets_dir=args.outlets_dir or os.environ.get("NEWSBOT_OUTLETS_DIR"))
    progress = Progress()
    counts: Counter[str] = Counter()
    outputs: dict[str, tuple[Path, IO[str]]] = {}
    duplicates = NearDuplicates()
    spool = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115 - closed below
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        for kind, path in (
            ("article", args.out),
            ("rejection", _sibling(args.out, ".rejects")),
            ("error", _sibling(args.out, ".errors")),
        ):
            outputs[kind] = (path, _open_part(path))
    try:
        for warc in args.warcs:
            reextract.new_run()
            progress.start(warc)
            for page in iter_pages(warc, progress):
                record = reextract(page)
                counts[record.record_type] += 1
                if record.record_type == "article":
                    duplicates.add(record)
                spool.write(record.to_json() + "\n")
        spool.seek(0)
        for line in spool:
            if line.startswith('{"record_type":"article"'):
                line = _mark_duplicate(line, duplicates)
            kind = line[len('{"record_type":"') :].split('"', 1)[0]  # the first key of every record
            if outputs:
                outputs[kind][1].write(line)
            else:
                sys.stdout.write(line)
    except Exception:
        for path, handle in outputs.values():  # no half output under the final names
            handle.close()
            path.with_name(path.name + ".part").unlink(missing_ok=True)
        raise
    finally:
        progress.finish()
        spool.close()
    for path, handle in outputs.values():
        handle.close()
        os.replace(path.with_name(path.name + ".part"), path)
    target = f" -> {args.out}" if args.out is not None else ""
    print(
        f"newsbot: reextracted {progress.pages} pages from {len(args.warcs)} WARC file(s): "
        f"{counts['article']} articles, {counts['rejection']} rejections, {counts['error']} errors{target}",
        file=sys.stderr,
    )
    return 0
