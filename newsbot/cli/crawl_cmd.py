"""`newsbot crawl URL... [--since 2d] [--out DIR]`: from URLs to records in one command, and
`newsbot.crawl(urls, since=...)` for notebooks and pipelines.

Each URL that belongs to a configured outlet (its host is one of the outlet's domains) crawls that outlet
(`scrapy crawl outlet -a outlet=NAME`); any other URL crawls its site (`scrapy crawl site -a url=URL`).
``--urls FILE`` (``-``: standard input) fetches exactly the pages the file lists, one record each
(`scrapy crawl urls -a urls_file=FILE`, newsbot.crawler.spiders.urls), after the crawls of the URLs given.
Each crawl is Scrapy's own `scrapy crawl` in a child process, with newsbot's settings: the same records,
files, state, exit codes and one-line summary as when you run it yourself, and Scrapy's periodic progress
line on stderr. Several crawls run one after the other; the exit status is the worst of theirs.

Why a child process: Scrapy's Twisted reactor can run once per process and cannot start inside a running
event loop (a Jupyter kernel has one), so `newsbot.crawl()` works the same in a script, a notebook or an
Airflow task. What it cannot do: hand back records while the crawl is still running (they are read from the
run's files when each crawl ends), or share one Scrapy process between calls.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newsbot.cli.report import open_text
from newsbot.models import run_files

#: The settings module every child crawl uses, whatever the current folder.
SETTINGS_MODULE = "newsbot.crawler.settings"
#: Exit statuses ordered from best to worst, to report the worst of several crawls.
_SEVERITY = {0: 0, 5: 1, 4: 2, 3: 3, 1: 4, 2: 5}


def target_for(url: str, outlets_dir: str | None = None) -> tuple[str, dict[str, str]]:
    """(spider, spider arguments) for one URL: its configured outlet, else its site. An outlet URL on
    another origin than the outlet's own start pages (a mirror, the fixture server on another port) crawls
    the outlet there (``base_url``)."""
    from newsbot.outlets import OutletError, available_outlets, load_outlet

    parts = urlsplit(url if "://" in url else f"https://{url}")
    host = (parts.hostname or "").lower()
    for name in sorted(available_outlets(outlets_dir)):
        try:
            outlet = load_outlet(name, outlets_dir)
        except OutletError:
            continue
        if any(host == d or host.endswith("." + d) for d in outlet.domains):
            own = {urlsplit(u).netloc for u in [*outlet.start_urls, *outlet.feeds, *outlet.sitemaps]}
            if own and parts.netloc not in own:
                return "outlet", {"outlet": name, "base_url": f"{parts.scheme}://{parts.netloc}"}
            return "outlet", {"outlet": name}
    return "site", {"url": url}


def crawl_commands(
    urls: Sequence[str],
    *,
    since: str | None = None,
    out: str | None = None,
    settings: dict[str, str] | None = None,
    outlets_dir: str | None = None,
    extra_args: dict[str, str] | None = None,
    urls_file: str | None = None,
) -> list[list[str]]:
    """The `scrapy crawl` command lines that crawl these URLs (one per distinct outlet or site), then the one
    that fetches the pages of ``urls_file`` (when given)."""
    commands: list[list[str]] = []
    seen: set[tuple[str, tuple[tuple[str, str], ...]]] = set()
    targets = [target_for(url, outlets_dir) for url in urls]
    if urls_file:
        targets.append(("urls", {"urls_file": urls_file}))
    for spider, spargs in targets:
        key = (spider, tuple(sorted(spargs.items())))
        if key in seen:
            continue
        seen.add(key)
        cmd = [sys.executable, "-m", "scrapy", "crawl", spider]
        for name, value in {**spargs, **({"since": since} if since else {}), **(extra_args or {})}.items():
            cmd += ["-a", f"{name}={value}"]
        merged = dict(settings or {})
        if out:
            merged["NEWSBOT_OUTPUT_DIR"] = out
        if outlets_dir:
            merged["NEWSBOT_OUTLETS_DIR"] = outlets_dir
        for name, value in merged.items():
            cmd += ["-s", f"{name}={value}"]
        commands.append(cmd)
    return commands


def _run(cmd: list[str], capture: bool) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": SETTINGS_MODULE}
    return subprocess.run(
        cmd,
        env=env,
        text=True,
        stdout=subprocess.PIPE if capture else None,
        stderr=subprocess.PIPE if capture else None,
    )


def worst(codes: Sequence[int]) -> int:
    """The worst of several crawls' exit statuses (a failed start beats a site down beats all extractions
    failing beats a partial run beats success)."""
    return max(codes, key=lambda c: _SEVERITY.get(c, 6), default=0)


def _newest_summary(out: Path, before: set[Path]) -> Path | None:
    new = [p for p in out.rglob("*.summary.json") if p not in before]
    return max(new, key=lambda p: p.stat().st_mtime) if new else None


def crawl(
    urls: str | Sequence[str] = (),
    *,
    urls_file: str | os.PathLike[str] | None = None,
    since: str | None = None,
    out: str | os.PathLike[str] = "output",
    settings: dict[str, str] | None = None,
    records: Sequence[str] = ("article",),
    outlets_dir: str | None = None,
    **spider_args: str,
) -> Iterator[dict[str, Any]]:
    """Crawl the outlets or sites of these URLs and yield their records as dicts, crawl by crawl; then fetch
    the pages ``urls_file`` lists (one URL a line), one record each.

    ``records`` picks which files are read: ``"article"`` (default), ``"rejection"``, ``"error"``.
    ``since``, ``out`` and ``settings`` are as for `newsbot crawl`; other keyword arguments are spider
    arguments (``max_articles=20``). A crawl that fails raises ``RuntimeError`` with its one-line reason
    after the records of the crawls before it were yielded; a partial crawl (exit 5) warns (``RuntimeWarning``).
    See the module docstring for how it runs.
    """
    targets = [urls] if isinstance(urls, str) else list(urls)
    out_dir = Path(out)
    for cmd in crawl_commands(
        targets,
        since=since,
        out=str(out_dir),
        settings=settings,
        outlets_dir=outlets_dir,
        extra_args={k: str(v) for k, v in spider_args.items()},
        urls_file=str(urls_file) if urls_file else None,
    ):
        before = set(out_dir.rglob("*.summary.json")) if out_dir.is_dir() else set()
        proc = _run(cmd, capture=True)
        summary_path = _newest_summary(out_dir, before) if out_dir.is_dir() else None
        if summary_path is None:
            reason = (proc.stderr or "").strip().splitlines()[-1:] or [f"exit status {proc.returncode}"]
            raise RuntimeError(f"newsbot crawl failed ({' '.join(cmd[4:6])}): {reason[0]}")
        summary = json.loads(summary_path.read_text(encoding="utf-8"))
        run_id = summary["run_id"]
        for kind in records:
            for path in run_files(summary_path.parent, run_id, kind):
                with open_text(path) as handle:
                    for line in handle:
                        if line.strip():
                            yield json.loads(line)
        if proc.returncode == 5:  # partial: some sources failed, the rest was crawled; not a failure
            warnings.warn(f"newsbot crawl: {summary.get('reason')}", RuntimeWarning, stacklevel=2)
        elif proc.returncode != 0:
            raise RuntimeError(f"newsbot crawl: {summary.get('reason') or 'exit status ' + str(proc.returncode)}")


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Arguments of `newsbot crawl`."""
    p.add_argument("urls", nargs="*", help="outlet or site URLs (a configured outlet's URL crawls that outlet)")
    p.add_argument(
        "--urls",
        dest="urls_file",
        metavar="FILE",
        help="fetch exactly the pages this file lists, one URL a line, one record each (- reads standard input)",
    )
    p.add_argument("--since", help="skip items older than this (ISO date, or a span such as 36h or 7d)")
    p.add_argument("--out", help="output folder (default: the NEWSBOT_OUTPUT_DIR setting, output/)")
    p.add_argument("--max-articles", type=int, help="stop after this many articles per crawl")
    p.add_argument("--max-pages", type=int, help="request at most this many pages per crawl")
    p.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="a Scrapy setting")
    p.add_argument("--dry-run", action="store_true", help="print the scrapy commands instead of running them")


def run(args: argparse.Namespace) -> int:
    """Crawl the outlets or sites of the URLs with Scrapy; the exit status is the worst crawl's."""
    if not args.urls and not args.urls_file:
        print("newsbot crawl: give outlet or site URLs, or --urls FILE", file=sys.stderr)
        return 2
    settings: dict[str, str] = {}
    for item in args.set:
        name, sep, value = item.partition("=")
        if not sep:
            print(f"newsbot: -s {item!r}: expected NAME=VALUE", file=sys.stderr)
            return 2
        settings[name] = value
    extra = {k: str(v) for k, v in (("max_articles", args.max_articles), ("max_pages", args.max_pages)) if v}
    commands = crawl_commands(
        args.urls, since=args.since, out=args.out, settings=settings, extra_args=extra, urls_file=args.urls_file
    )
    if args.dry_run:
        for cmd in commands:
            print(" ".join(cmd[1:]))
        return 0
    codes = [_run(cmd, capture=False).returncode for cmd in commands]
    return worst(codes)
