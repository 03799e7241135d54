#!/usr/bin/env python3
"""Rejections of the devset's real articles when each page comes with another URL than its own.

A harness, a test server or a saved file gives pages URLs that say nothing about them
(``http://127.0.0.1:8000/<id>/index.html``, ``http://fakehost.com/test/page.html``). A URL is weak evidence:
newsbot should reject the same pages under any of them as under the page's own URL. ``REAL`` stands for the
URL the benchmark gives the page (extraction_quality.page_url).

Usage::

    .venv/bin/python benchmarks/url_probe.py dragnet REAL http://127.0.0.1:8000/index.html \\
        http://fakehost.com/test/page.html [--workers 2]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import extraction_quality as eq  # noqa: E402

REAL = "REAL"


def _one(task: tuple[str, Sequence[str], str]) -> list[str | None]:
    """The rejection ("reason: detail") of one page under each URL, None where it is an article."""
    from newsbot.extraction import extract
    from newsbot.models import Article

    path, urls, own = task
    raw = eq.read_html(Path(path))
    out: list[str | None] = []
    for url in urls:
        record = extract(raw, own if url == REAL else url)
        out.append(None if isinstance(record, Article) else f"{record.reason}: {record.detail}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Print, per URL, how many real articles of the sets are rejected, and the commonest reasons."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", help="comma-separated devset sets (fundus,trafilatura,dragnet)")
    parser.add_argument("urls", nargs="+", help=f"URLs to give every page ({REAL}: its own)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--devset", type=Path, default=eq.DEFAULT_DEVSET)
    args = parser.parse_args(argv)
    pages = [p for s in args.sets.split(",") for p in eq.load_pages(args.devset, s) if p.is_article]
    tasks = [(str(p.path), tuple(args.urls), p.url) for p in pages]
    rejected: Counter[str] = Counter()
    reasons: Counter[tuple[str, str]] = Counter()
    with ProcessPoolExecutor(args.workers) as pool:
        for outcome in pool.map(_one, tasks, chunksize=8):
            for url, why in zip(args.urls, outcome, strict=True):
                if why is not None:
                    rejected[url] += 1
                    reasons[url, why.split(" (")[0][:60]] += 1
    print(f"{len(pages)} real article pages")
    for url in args.urls:
        print(f"  {rejected[url]:5} rejected at {url}")
    for (url, why), count in reasons.most_common(20):
        print(f"  {count:5}  {url}  {why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
