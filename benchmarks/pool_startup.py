#!/usr/bin/env python3
"""CPU a crawl's extraction pool spends, with workers forked from its warm fork server and without it.

Each run is one fresh process (the crawler's place) that drives an `ExtractPool` of `--workers` workers
recycled every `--max-tasks` pages over the pages of `--pages`, as one scheduled crawl does, and reports
the wall time and the CPU (user + system) of every process the pool started: workers, and the fork server
with the workers forked from it (each reaped by its parent, so it is all in the run's RUSAGE_CHILDREN once
the pool is closed). "spawn" starts every worker as its own interpreter (``fork_server=False``), as before
session 14; "fork" forks them from the server. The two modes take turns for `--rounds` rounds, so that a
change in the machine's other load falls on both alike; the least of each mode's rounds is reported.

    .venv/bin/python benchmarks/pool_startup.py [--pages fixtures/pages] [--workers 2] [--max-tasks 50] [--rounds 2]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _run(pages: Path, workers: int, max_tasks: int, fork: bool) -> dict[str, float]:
    """In this (fresh) process: one pool over the pages; wall seconds and CPU seconds of its processes."""
    sys.path.insert(0, str(PROJECT_ROOT))
    from newsbot.models import ErrorRecord
    from newsbot.workers.pool import ExtractPool, PageTask

    tasks = [
        PageTask(
            f"https://example.org/news/2024/01/02/{p.stem}.html",
            p.read_bytes(),
            None,
            None,
            "2024-01-02T03:04:05Z",
            200,
        )
        for p in sorted(pages.glob("*.html"))
    ]

    async def crawl() -> tuple[int, int]:
        async with ExtractPool(workers, timeout=300, max_tasks_per_worker=max_tasks, fork_server=fork) as pool:
            records = await asyncio.gather(*(pool.extract(task) for task in tasks))
            return sum(isinstance(r, ErrorRecord) for r in records), pool.restarts

    start = time.monotonic()
    errors, restarts = asyncio.run(crawl())
    wall = time.monotonic() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "pages": len(tasks),
        "errors": errors,
        "restarts": restarts,
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=PROJECT_ROOT / "fixtures" / "pages", help="directory of *.html")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--max-tasks", type=int, default=50, help="pages per worker before it is recycled (0: never)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--mode", choices=("fork", "spawn"), help=argparse.SUPPRESS)  # one run, in a child
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(_run(args.pages, args.workers, args.max_tasks, args.mode == "fork")))
        return 0
    best: dict[str, dict[str, float]] = {}
    for round_ in range(1, args.rounds + 1):
        for mode in ("spawn", "fork"):
            cmd = [sys.executable, __file__, "--mode", mode, "--pages", str(args.pages)]
            cmd += ["--workers", str(args.workers), "--max-tasks", str(args.max_tasks)]
            run = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
            print(
                f"round {round_} {mode:5}: {run['pages']:.0f} pages, {run['restarts']:.0f} recycled, "
                f"{run['errors']:.0f} errors; wall {run['wall']:6.2f} s, pool CPU {run['cpu']:6.2f} s "
                f"({1000 * run['cpu'] / run['pages']:.1f} ms/page)"
            )
            if mode not in best or run["cpu"] < best[mode]["cpu"]:
                best[mode] = run
    saved = best["spawn"]["cpu"] - best["fork"]["cpu"]
    print(
        f"least pool CPU: spawn {best['spawn']['cpu']:.2f} s, fork {best['fork']['cpu']:.2f} s "
        f"(fork/spawn {best['fork']['cpu'] / best['spawn']['cpu']:.2f}x, {saved:.2f} s saved)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
