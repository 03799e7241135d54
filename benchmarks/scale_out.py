"""Scale-out: pages/s with 1, 2 and 4 worker processes sharing one Redis, and what Redis pays per page.

    python benchmarks/scale_out.py [--workers 1 2 4] [--articles 2000] [--json]

A generated site (`tests/scalesite.py`, ``--articles`` articles plus archive pages) is served on loopback; for
each worker count a private ``redis-server`` is flushed and that many ``scrapy crawl site`` processes share one
job (``NEWSBOT_EXTRACT_WORKERS=1`` each, the default per-domain concurrency of 4, no delay, AutoThrottle off).
Measured per worker count:

* ``pages_per_s`` -- pages fetched by all workers / seconds from the launch until every article is in the
  shared state (process start-up included: it is part of what a scaled-out crawl costs);
* ``steady_articles_per_s`` -- articles between the first and the last one emitted / the time between them;
* ``per_core_efficiency`` -- pages_per_s / (pages_per_s of one worker x min(workers, cores)): 1.0 is linear
  scaling on the cores there are;
* ``redis_ops_per_page`` -- Redis commands (INFO commandstats, every command, Lua scripts counted once and
  the calls inside them as well) / pages fetched; ``redis_cpu_ms_per_page`` -- Redis CPU (user + sys) per page.

From the Redis CPU per page, ``redis_pages_per_s_one_core`` is how many pages/s one Redis core could serve, and
``workers_one_redis_serves`` that divided by one worker's pages/s (see benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from scale_faults import RedisServer  # noqa: E402
from scalesite import ScaleSite, serve  # noqa: E402


def _redis_counters(client: Any) -> tuple[dict[str, int], float]:
    """(calls so far per command, Redis CPU seconds so far)."""
    stats = client.info("commandstats")
    calls = {name.removeprefix("cmdstat_"): int(v["calls"]) for name, v in stats.items()}
    cpu = client.info("cpu")
    return calls, float(cpu["used_cpu_user"]) + float(cpu["used_cpu_sys"])


def run_workers(count: int, base: str, server: RedisServer, work: Path, articles: int) -> dict[str, Any]:
    """One measurement: count workers on a fresh Redis job until every article is in the state."""
    import redis

    client = redis.Redis.from_url(server.url)
    client.flushall()
    calls0, cpu0 = _redis_counters(client)
    procs = []
    out = work / f"w{count}"
    started = time.monotonic()
    for n in range(count):
        settings = {
            "NEWSBOT_ALLOW_LOOPBACK": "True",
            "AUTOTHROTTLE_ENABLED": "False",
            "LOG_LEVEL": "WARNING",
            "NEWSBOT_OUTPUT_DIR": str(out / f"worker{n}"),
            "NEWSBOT_REDIS_URL": server.url,
            "NEWSBOT_REDIS_JOB": f"bench{count}",
            "NEWSBOT_REDIS_WORKER": f"w{n}",
            "NEWSBOT_EXTRACT_WORKERS": "1",
            "NEWSBOT_REDIS_IDLE_CLOSE": "2",
        }
        cmd = [sys.executable, "-m", "scrapy", "crawl", "site", "-a", f"url={base}/"]
        for key, value in settings.items():
            cmd += ["-s", f"{key}={value}"]
        log = open(work / f"w{count}.log", "ab")  # noqa: SIM115 - handed to the worker
        procs.append(subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=log))
    first: float | None = None
    done: float | None = None
    while done is None:
        emitted = int(client.hlen("newsbot:state:articles"))
        now = time.monotonic()
        if emitted and first is None:
            first = now
        if emitted >= articles:
            done = now
        elif all(p.poll() is not None for p in procs):
            done = now  # the workers ended short of the articles (reported as emitted < articles)
        else:
            time.sleep(0.1)
    calls1, cpu1 = _redis_counters(client)
    for proc in procs:
        proc.wait(300)
    pages = 0
    for summary in out.rglob("*.summary.json"):
        pages += int(json.loads(summary.read_text(encoding="utf-8")).get("pages_fetched") or 0)
    seconds = done - started
    delta = {name: n - calls0.get(name, 0) for name, n in calls1.items() if n > calls0.get(name, 0)}
    delta.pop("info", None)  # this script's own polling
    delta.pop("hlen", None)
    top = sorted(delta.items(), key=lambda kv: -kv[1])[:8]
    steady = (emitted - 1) / (done - first) if first is not None and done > first else 0.0
    return {
        "workers": count,
        "articles": emitted,
        "pages": pages,
        "seconds": round(seconds, 2),
        "pages_per_s": round(pages / seconds, 1),
        "steady_articles_per_s": round(steady, 1),
        "redis_ops_per_page": round(sum(delta.values()) / max(pages, 1), 1),
        # Lua scripts are one round trip each; the commands they run inside are counted above too.
        "redis_scripts_per_page": round(delta.get("evalsha", 0) / max(pages, 1), 1),
        "redis_top_commands_per_page": {name: round(n / max(pages, 1), 2) for name, n in top},
        "redis_cpu_ms_per_page": round(1000 * (cpu1 - cpu0) / max(pages, 1), 3),
        "exit_codes": [p.returncode for p in procs],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4], help="worker counts (default 1 2 4)")
    parser.add_argument("--articles", type=int, default=2000, help="articles of the generated site (default 2000)")
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="scale-out-"))
    server = RedisServer(work / "redis")
    server.start()
    cores = os.cpu_count() or 1
    results = []
    try:
        with serve(ScaleSite(args.articles)) as base:
            for count in args.workers:
                results.append(run_workers(count, base, server, work, args.articles))
                if not args.json:
                    print(results[-1], flush=True)
    finally:
        server.stop()
    one = next((r for r in results if r["workers"] == 1), results[0])
    for r in results:
        r["per_core_efficiency"] = round(r["pages_per_s"] / (one["pages_per_s"] * min(r["workers"], cores)), 2)
    cpu_ms = max(r["redis_cpu_ms_per_page"] for r in results)
    redis_capacity = 1000 / cpu_ms if cpu_ms else None
    report = {
        "cores": cores,
        "articles": args.articles,
        "load_average_1m": round(os.getloadavg()[0], 2),
        "results": results,
        "redis_pages_per_s_one_core": round(redis_capacity) if redis_capacity else None,
        "workers_one_redis_serves": round(redis_capacity / one["pages_per_s"]) if redis_capacity else None,
        "workdir": str(work),
    }
    print(json.dumps(report) if args.json else json.dumps(report, indent=2))
    return 0 if all(r["articles"] >= args.articles for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
