#!/usr/bin/env python3
"""CPU per page of newsbot and of plain trafilatura on a directory of pages, one-time costs apart.

Both systems pay one-time costs in a fresh process that have nothing to do with a page: above all
dateparser compiling the patterns of each of its ~200 locales the first time a date string is tried
against all of them (htmldate's free-text date scan does this, in trafilatura's metadata and in newsbot's
date peer), ~3 s of CPU, once per process. Timed one after the other in one process, the system that runs
first pays them for both. Here each system makes a first pass over all pages in a process of its own,
after the same warm-up (the first `--warm` pages, as a worker warms up): "first", what a fresh worker
spends, one-time costs included.
Then, in one more process, both systems are warmed by a pass each and make `--rounds` passes taking turns
page by page, so that a change in the machine's other load falls on both alike: "warm", each system's
least pass, the CPU per page of a worker past its one-time costs.

    .venv/bin/python benchmarks/cpu_per_page.py --pages DIR [--urls FILE.json]

`DIR` holds ``*.html`` or ``*.html.gz`` pages; `--urls` maps a page's file name without its suffix to
``{"url": ...}`` ('#' in a key stands for '_' in the file name); without it each page gets a made-up URL.
newsbot runs with its speed-ups installed (as its workers do), trafilatura as shipped
(``bare_extraction(with_metadata=True)``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import sys
import time
from collections.abc import Callable
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _pages(directory: Path, urls: Path | None) -> list[tuple[bytes, str]]:
    """The pages' bytes and URLs, in file-name order."""
    known: dict[str, str] = {}
    if urls is not None:
        known = {key.replace("#", "_"): value["url"] for key, value in json.loads(urls.read_text()).items()}
    pages = []
    for path in sorted([*directory.glob("*.html"), *directory.glob("*.html.gz")]):
        raw = path.read_bytes()
        stem = path.name.removesuffix(".gz").removesuffix(".html")
        if path.suffix == ".gz":
            raw = gzip.decompress(raw)
        pages.append((raw, known.get(stem, f"https://example.org/news/2017/01/02/{stem}.html")))
    return pages


def _extractors(directory: str, urls: str) -> tuple[list[tuple[bytes, str]], dict[str, Callable[[bytes, str], object]]]:
    """The pages, and a function extracting one page per system (newsbot with its speed-ups, trafilatura as
    shipped: the speed-ups are switched off around each of its calls)."""
    sys.path.insert(0, str(PROJECT_ROOT))
    import trafilatura

    from newsbot import speedups
    from newsbot.extraction import extract

    speedups.install(warn=False)

    def plain(raw: bytes, url: str) -> object:
        with speedups.disabled():
            return trafilatura.bare_extraction(raw.decode("utf-8", "replace"), url=url, with_metadata=True)

    pages = _pages(Path(directory), Path(urls) if urls else None)
    return pages, {"newsbot": extract, "trafilatura": plain}


def _first(system: str, directory: str, urls: str, warm: int) -> float:
    """In a fresh process: CPU seconds of one pass over the pages after the warm-up (one-time costs included)."""
    pages, systems = _extractors(directory, urls)
    one = systems[system]
    for raw, url in pages[:warm]:
        one(raw, url)
    start = time.process_time()
    for raw, url in pages:
        one(raw, url)
    return time.process_time() - start


def _warm(directory: str, urls: str, rounds: int) -> dict[str, float]:
    """In a fresh process: both systems warmed by a pass each, then `rounds` passes with the two systems
    taking turns page by page (a change in the machine's other load falls on both alike); CPU seconds of
    each system's least pass."""
    pages, systems = _extractors(directory, urls)
    for one in systems.values():
        for raw, url in pages:
            one(raw, url)
    best = dict.fromkeys(systems, float("inf"))
    for _ in range(rounds):
        spent = dict.fromkeys(systems, 0.0)
        for raw, url in pages:
            for system, one in systems.items():
                start = time.process_time()
                one(raw, url)
                spent[system] += time.process_time() - start
        best = {system: min(best[system], spent[system]) for system in systems}
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, required=True, help="directory of *.html / *.html.gz pages")
    parser.add_argument("--urls", type=Path, help="JSON: file name without suffix -> {'url': ...}")
    parser.add_argument("--warm", type=int, default=3, help="pages extracted before timing (a worker's warm-up)")
    parser.add_argument("--rounds", type=int, default=3, help="warm passes (the least is reported)")
    args = parser.parse_args()
    count = len(_pages(args.pages, args.urls))
    where = (str(args.pages), str(args.urls or ""))
    context = multiprocessing.get_context("spawn")
    first = {}
    for system in ("newsbot", "trafilatura"):
        with context.Pool(1) as pool:  # a fresh interpreter per system: nobody's one-time costs are shared
            first[system] = pool.apply(_first, (system, *where, args.warm))
    with context.Pool(1) as pool:
        warm = pool.apply(_warm, (*where, args.rounds))
    print(f"{count} pages; CPU seconds per pass (ms per page)")
    for system in first:
        print(
            f"  {system:12} first {first[system]:6.2f} ({1000 * first[system] / count:5.1f})"
            f"   warm {warm[system]:6.2f} ({1000 * warm[system] / count:5.1f})"
        )
    ratio_first = first["newsbot"] / first["trafilatura"]
    print(f"  newsbot / trafilatura: first {ratio_first:.2f}x   warm {warm['newsbot'] / warm['trafilatura']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
