#!/usr/bin/env python3
"""`newsbot extract-warc` throughput on a generated CC-NEWS-style WARC, next to reading the same records.

Writes ``--records`` (default 10,000) HTML response records, made from the fixture pages with distinct
URLs, as one gzip member per record (the CC-NEWS layout), then measures in this order:
reading every response body with warcio alone, with fastwarc alone, and the whole
``newsbot extract-warc --jobs 0`` (every core, records out). ``--json`` prints one JSON line.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_warc(path: Path, records: int) -> int:
    """A WARC of `records` HTML responses; returns its size in bytes."""
    pages = sorted((ROOT / "fixtures").rglob("*.html"))
    bodies = [p.read_bytes() for p in pages]
    with open(path, "wb") as out:
        for i in range(records):
            body = bodies[i % len(bodies)]
            uri = f"https://news{i % 50}.example/2026/12/01/story-{i}.html"
            http = (
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                + f"Content-Length: {len(body)}\r\n\r\n".encode()
                + body
            )
            head = (
                f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
                f"WARC-Date: 2026-12-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:{i:032x}>\r\n"
                f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
            )
            out.write(gzip.compress(head.encode() + http + b"\r\n\r\n", compresslevel=6))
    return path.stat().st_size


def read_warcio(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    with open(path, "rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type == "response":
                record.content_stream().read()
                n += 1
    return n


def read_fastwarc(path: Path) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    n = 0
    with open(path, "rb") as stream:
        for record in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True):
            record.reader.read()
            n += 1
    return n


def main() -> int:
    """Generate, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--json", action="store_true")
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / "CC-NEWS-bench.warc.gz"
        size = write_warc(warc, opts.records)
        result: dict[str, object] = {"records": opts.records, "warc_mb": round(size / 2**20, 1)}
        for name, reader in (("warcio_read", read_warcio), ("fastwarc_read", read_fastwarc)):
            t = time.perf_counter()
            n = reader(warc)
            seconds = time.perf_counter() - t
            result[name] = {"seconds": round(seconds, 2), "records_per_s": round(n / seconds)}
        t = time.perf_counter()
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "newsbot.cli",
                "extract-warc",
                str(warc),
                "--jobs",
                "0",
                "--out",
                str(Path(tmp) / "out.jsonl"),
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        seconds = time.perf_counter() - t
        if proc.returncode != 0:
            raise SystemExit(proc.stderr)
        lines = sum(1 for _ in open(Path(tmp) / "out.jsonl", encoding="utf-8"))
        result["newsbot_extract_warc"] = {
            "seconds": round(seconds, 1),
            "pages_per_s": round(lines / seconds, 1),
            "records_out": lines,
        }
    print(json.dumps(result) if opts.json else json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
