#!/usr/bin/env python3
"""Crawl-throughput benchmark: Scrapy fetching only vs. trafilatura in the callback vs. newsbot.

Serves ``--pages`` article pages on 127.0.0.1 (the devset pages from ``../shared/devset``, read at
run time and repeated under distinct URLs ``/p/<i>.html``; generated pages when the devset is
absent) from a separate server process, then crawls them in one run with three spiders, each in its
own ``scrapy`` process with the same concurrency settings:

* **floor**: Scrapy fetching only (the callback does nothing);
* **naive**: Scrapy with ``trafilatura.extract(response.body)`` in the callback, one process;
* **newsbot**: ``scrapy crawl outlet`` (sitemap discovery, extraction pool, validation, dedupe,
  JSONL writer) on a temporary outlet file pointing at the server.

For each it prints pages/s (wall clock of the whole ``scrapy`` process, start-up included), CPU
seconds per page (user+system of the crawler and all its child processes) and peak RSS (sum over
the crawler and its children, sampled every 50 ms), then the ratios newsbot/naive and newsbot/floor.
It also times newsbot's ``extract`` against plain ``trafilatura.bare_extraction(with_metadata=True)``
on the same distinct pages, in one process. ``--json`` prints everything as one JSON object.

``--rounds N`` runs the three spiders N times, interleaved (floor, naive, newsbot, floor, ...), each
newsbot crawl in a fresh work directory, and reports each round's pages/s, then medians (the
newsbot/naive ratio is the median of the rounds' ratios: a round's two crawls ran minutes apart, on a
host whose speed drifts) and the highest peak RSS of any round. ``make bench`` uses 3 rounds.

``--memory`` instead crawls 10,000 pages with newsbot only and reports the RSS of its process tree
when 2,000 and 10,000 pages have been served.

    .venv/bin/python benchmarks/crawl_throughput.py [--pages 2000] [--rounds N] [--json] [--devset DIR]
    .venv/bin/python benchmarks/crawl_throughput.py --memory [--pages 10000]

Only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DEVSET = PROJECT_ROOT.parent / "shared" / "devset"
CONCURRENCY = 16  # the same for every spider: requests in flight to the one loopback host


# --- pages and the server -------------------------------------------------------------------------
def load_bodies(devset: Path | None) -> tuple[list[bytes], str]:
    """The distinct page bodies to serve, and where they came from."""
    files = sorted(devset.glob("*/html/*.html.gz")) if devset and devset.is_dir() else []
    if files:
        return [gzip.decompress(f.read_bytes()) for f in files], f"devset ({len(files)} distinct pages, {devset})"
    return [_generated_page(i) for i in range(300)], "generated (300 distinct pages; no devset found)"


def _generated_page(seed: int) -> bytes:
    """A plausible news page with chrome, metadata and 6-12 paragraphs of pseudo-text."""
    rng = random.Random(seed)
    words = (
        "council budget river harbour school minister police market weather festival library train "
        "hospital report village election museum bridge farmers court season record plan city"
    ).split()

    def sentence() -> str:
        return " ".join(rng.choice(words) for _ in range(rng.randint(8, 20))).capitalize() + "."

    paras = "".join(
        f"<p>{' '.join(sentence() for _ in range(rng.randint(2, 5)))}</p>" for _ in range(rng.randint(6, 12))
    )
    nav = "".join(f"<li><a href='/section/{w}'>{w.title()}</a></li>" for w in words[:12])
    title = sentence()[:80]
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta property='og:type' content='article'><meta name='author' content='Ann Writer'>"
        f"<meta property='article:published_time' content='2024-05-{1 + seed % 28:02d}T10:00:00+00:00'>"
        f"</head><body><nav><ul>{nav}</ul></nav><main><article><h1>{title}</h1>{paras}</article></main>"
        f"<aside class='related'><ul>{nav}</ul></aside><footer>Copyright Example News</footer>"
        f"</body></html>"
    ).encode()


def _serve(bodies: list[bytes], pages: int, port_out: Any, served: Any, ready: Any) -> None:
    """Server process: /p/<i>.html -> bodies[i % len], /sitemap.xml lists /p/0..pages-1."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
            return

        def do_GET(self) -> None:  # noqa: N802 - stdlib naming
            path = self.path.split("?", 1)[0]
            ctype = "text/html"  # no charset: the page's own <meta> speaks, as on many real sites
            body: bytes | None = None
            if path.startswith("/p/") and path.endswith(".html"):
                try:
                    index = int(path[3:-5])
                except ValueError:
                    index = -1
                if 0 <= index < pages:
                    body = bodies[index % len(bodies)]
                    with served.get_lock():
                        served.value += 1
            elif path == "/sitemap.xml":
                host = self.headers.get("Host")
                urls = "".join(f"<url><loc>http://{host}/p/{i}.html</loc></url>" for i in range(pages))
                body = (
                    '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                    f'sitemap/0.9">{urls}</urlset>'
                ).encode()
                ctype = "application/xml"
            if body is None:
                body, status, ctype = b"<html><body>not found</body></html>", 404, "text/html"
            else:
                status = 200
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    port_out.value = server.server_address[1]
    ready.set()
    server.serve_forever()


# --- measuring a crawler process tree --------------------------------------------------------------
def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
        kids.setdefault(ppid, []).append(int(entry.name))
    return kids


def tree_rss_mb(pid: int) -> tuple[float, float]:
    """(sum of VmRSS over pid and all its descendants, VmRSS of pid alone), in MB (shared pages count in each)."""
    kids = _children_map()
    total_kb, main_kb, stack = 0, 0, [pid]
    while stack:
        p = stack.pop()
        stack.extend(kids.get(p, []))
        try:
            with open(f"/proc/{p}/status", "rb") as fh:
                for line in fh:
                    if line.startswith(b"VmRSS:"):
                        total_kb += int(line.split()[1])
                        main_kb = main_kb or (int(line.split()[1]) if p == pid else 0)
                        break
        except OSError:
            continue
    return total_kb / 1024, main_kb / 1024


class Sampler(threading.Thread):
    """Samples the tree RSS every 50 ms; notes the RSS when the served count first reaches marks."""

    def __init__(self, pid: int, served: Any, marks: tuple[int, ...] = ()) -> None:
        super().__init__(daemon=True)
        self.pid, self.served, self.marks = pid, served, list(marks)
        self.peak = 0.0
        self.peak_main = 0.0  # the crawler process alone (without its extraction workers)
        self.at: dict[int, float] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            rss, main = tree_rss_mb(self.pid)
            self.peak = max(self.peak, rss)
            self.peak_main = max(self.peak_main, main)
            while self.marks and self.served.value >= self.marks[0]:
                self.at[self.marks.pop(0)] = rss
            self.stop.wait(0.05)


def run_crawler(
    cmd: list[str], served: Any, pages: int, marks: tuple[int, ...] = (), env: dict[str, str] | None = None
) -> dict[str, Any]:
    """Run one crawler process to completion; wall time, CPU of its whole tree, peak and marked RSS."""
    served.value = 0
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )
    sampler = Sampler(proc.pid, served, marks)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    sampler.stop.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"crawler failed ({proc.returncode}): {' '.join(cmd)}\n{err[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    fetched = served.value
    if fetched < pages:
        raise SystemExit(f"only {fetched} of {pages} pages were fetched by {' '.join(cmd[:6])}...\n{err[-3000:]}")
    return {
        "pages": fetched,
        "wall_s": round(wall, 2),
        "pages_per_s": round(fetched / wall, 1),
        "cpu_s_per_page": round(cpu / fetched, 4),
        "peak_rss_mb": round(sampler.peak, 1),
        "crawler_peak_rss_mb": round(sampler.peak_main, 1),
        "rss_at": {k: round(v, 1) for k, v in sampler.at.items()},
        "stdout": out,
        "stderr": err,
    }


def common_settings() -> dict[str, str]:
    """The Scrapy settings every spider gets, so only the per-page work differs."""
    return {
        "CONCURRENT_REQUESTS": str(CONCURRENCY),
        "CONCURRENT_REQUESTS_PER_DOMAIN": str(CONCURRENCY),
        "AUTOTHROTTLE_ENABLED": "False",
        "LOG_LEVEL": "WARNING",
        "TELNETCONSOLE_ENABLED": "False",
        "RETRY_ENABLED": "False",
        "COOKIES_ENABLED": "False",
    }


def simple_cmd(kind: str, base: str, pages: int) -> list[str]:
    return [sys.executable, __file__, "--spider", kind, "--base", base, "--pages", str(pages)]


def newsbot_cmd(base: str, pages: int, workdir: Path, extra: dict[str, str] | None = None) -> list[str]:
    outlets = workdir / "outlets"
    outlets.mkdir(parents=True, exist_ok=True)
    (outlets / "bench.toml").write_text(
        f'name = "bench"\ndomains = ["127.0.0.1"]\nsitemaps = ["{base}/sitemap.xml"]\n', encoding="utf-8"
    )
    settings = {
        **common_settings(),
        "NEWSBOT_ALLOW_LOOPBACK": "True",
        "NEWSBOT_OUTLETS_DIR": str(outlets),
        "NEWSBOT_OUTPUT_DIR": str(workdir / "output"),
        "ROBOTSTXT_OBEY": "True",
        # sitemap (depth 0) -> pages (depth 1); links found on the pages are extracted, then dropped
        "DEPTH_LIMIT": "1",
        **(extra or {}),
    }
    cmd = [sys.executable, "-m", "scrapy", "crawl", "outlet", "-a", "outlet=bench", "-a", f"base_url={base}"]
    for key, value in settings.items():
        cmd += ["-s", f"{key}={value}"]
    return cmd


def _summary(workdir: Path) -> dict[str, Any]:
    found = sorted((workdir / "output").rglob("*.summary.json"), key=lambda p: p.stat().st_mtime)
    return json.loads(found[-1].read_text(encoding="utf-8")) if found else {}


# --- the floor and naive spiders (run in their own process via --spider) -------------------------
def run_simple_spider(kind: str, base: str, pages: int) -> None:
    import scrapy
    from scrapy.crawler import CrawlerProcess

    class BenchSpider(scrapy.Spider):
        name = f"bench_{kind}"

        async def start(self) -> Any:
            for i in range(pages):
                yield scrapy.Request(f"{base}/p/{i}.html", callback=self.parse)

        def parse(self, response: Any) -> Iterator[dict[str, Any]]:
            if kind == "naive":
                import trafilatura

                text = trafilatura.extract(response.body, url=response.url)
                yield {"url": response.url, "chars": len(text or "")}

    settings = {
        **common_settings(),
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "ROBOTSTXT_OBEY": False,
    }
    process = CrawlerProcess(settings)
    process.crawl(BenchSpider)
    process.start()


# --- extraction CPU: newsbot.extract vs bare_extraction ------------------------------------------
def extraction_cpu(bodies: list[bytes], limit: int) -> dict[str, float]:
    """CPU ms/page of newsbot.extract and of trafilatura.bare_extraction(with_metadata=True), same pages."""
    import trafilatura

    from newsbot import speedups
    from newsbot.extraction import extract

    speedups.install()  # as in the crawl's extraction workers
    sample = bodies[:limit]
    urls = [f"http://127.0.0.1/p/{i}.html" for i in range(len(sample))]
    extract(sample[0], urls[0])  # warm both up: imports, lazy data
    trafilatura.bare_extraction(sample[0], url=urls[0], with_metadata=True)
    # Page by page, alternating which goes first: the machine's speed drifts (other processes, clock
    # boost), and two back-to-back passes differed by +-8% from run to run; interleaved they agree.
    plain_s = ours_s = 0.0
    for i, (body, url) in enumerate(zip(sample, urls, strict=True)):
        for which in (0, 1) if i % 2 == 0 else (1, 0):
            start = time.process_time()
            if which == 0:
                with speedups.disabled():  # plain trafilatura, as the naive spider runs it (no newsbot there)
                    trafilatura.bare_extraction(body, url=url, with_metadata=True)
                plain_s += time.process_time() - start
            else:
                extract(body, url)
                ours_s += time.process_time() - start
    plain, ours = plain_s * 1000 / len(sample), ours_s * 1000 / len(sample)
    return {
        "pages": len(sample),
        "bare_extraction_ms_per_page": round(plain, 2),
        "newsbot_extract_ms_per_page": round(ours, 2),
        "ratio": round(ours / plain, 3),
    }


# --- main ----------------------------------------------------------------------------------------
def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores ({model or platform.machine()}), {mem:.0f} GiB, Python {platform.python_version()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=None, help="pages to crawl (default 2000; 10000 with --memory)")
    parser.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    parser.add_argument("--json", action="store_true", help="also print all numbers as one JSON object")
    parser.add_argument("--memory", action="store_true", help="newsbot only, RSS at 2k and 10k pages")
    parser.add_argument("--workers", type=int, default=None, help="NEWSBOT_EXTRACT_WORKERS (default: cores)")
    parser.add_argument("--cpu-sample", type=int, default=300, help="pages for the extraction CPU comparison")
    parser.add_argument(
        "-s",
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="extra Scrapy/newsbot setting for the newsbot crawl (repeatable)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="run the spiders this many times, interleaved (floor, naive, newsbot, floor, ...), "
        "and report medians: the ratio is the median of the rounds' ratios",
    )
    parser.add_argument(
        "--spiders",
        default="floor,naive,newsbot",
        help="which of floor,naive,newsbot to run (default all; ratios need all three)",
    )
    parser.add_argument("--spider", choices=("floor", "naive"), help=argparse.SUPPRESS)
    parser.add_argument("--base", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.spider:
        run_simple_spider(args.spider, args.base, args.pages)
        return 0
    pages = args.pages or (10_000 if args.memory else 2_000)
    bodies, source = load_bodies(args.devset)
    ctx = multiprocessing.get_context("fork")  # the server shares the loaded pages, nothing else runs yet
    port, served, ready = ctx.Value("i", 0), ctx.Value("q", 0), ctx.Event()
    server = ctx.Process(target=_serve, args=(bodies, pages, port, served, ready), daemon=True)
    server.start()
    ready.wait(30)
    base = f"http://127.0.0.1:{port.value}"
    extra = {"NEWSBOT_EXTRACT_WORKERS": str(args.workers)} if args.workers is not None else {}
    extra.update(item.split("=", 1) for item in args.set)
    report: dict[str, Any] = {"machine": machine(), "pages": pages, "source": source, "concurrency": CONCURRENCY}
    print(f"# {report['machine']}; {pages} pages from {source}; {CONCURRENCY} requests in flight", flush=True)
    try:
        with tempfile.TemporaryDirectory(prefix="newsbot-bench-") as tmp:
            if args.memory:
                marks = (2_000, pages)
                run = run_crawler(newsbot_cmd(base, pages, Path(tmp), extra), served, pages, marks)
                summary = _summary(Path(tmp))
                report.update(
                    {
                        "newsbot_pages_per_s": run["pages_per_s"],
                        "newsbot_peak_rss_mb": run["peak_rss_mb"],
                        "newsbot_crawler_peak_rss_mb": run["crawler_peak_rss_mb"],
                        "rss_mb_at_2000": run["rss_at"].get(2_000),
                        f"rss_mb_at_{pages}": run["rss_at"].get(pages),
                        "newsbot_records": {k: summary.get(k) for k in ("articles", "rejections", "errors")},
                    }
                )
                at2, atn = run["rss_at"].get(2_000), run["rss_at"].get(pages)
                print(
                    f"newsbot {pages} pages: {run['pages_per_s']} pages/s, peak RSS {run['peak_rss_mb']} MB; "
                    f"RSS at 2,000 pages {at2} MB, at {pages:,} pages {atn} MB"
                    + (f" (ratio {atn / at2:.2f})" if at2 and atn else "")
                )
                report["rss_ratio"] = round(atn / at2, 3) if at2 and atn else None
            else:
                names = [n for n in ("floor", "naive", "newsbot") if n in args.spiders.split(",")]
                rounds: list[dict[str, dict[str, Any]]] = []
                for number in range(1, max(1, args.rounds) + 1):
                    # A fresh work directory per round: the state of the previous newsbot crawl would make
                    # this one "nothing new".
                    workdir = Path(tmp) / f"round-{number}"
                    runs: dict[str, dict[str, Any]] = {}
                    for name in names:
                        cmd = (
                            newsbot_cmd(base, pages, workdir, extra)
                            if name == "newsbot"
                            else simple_cmd(name, base, pages)
                        )
                        runs[name] = run_crawler(cmd, served, pages)
                        print(f"  round {number}: {name} done in {runs[name]['wall_s']} s", file=sys.stderr, flush=True)
                    rounds.append(runs)

                # Medians of speed; the highest memory peak of any round (the target is a ceiling).
                def middle(name: str, key: str, digits: int) -> float:
                    return round(statistics.median(r[name][key] for r in rounds), digits)

                results = {
                    name: {
                        "pages_per_s": middle(name, "pages_per_s", 1),
                        "cpu_s_per_page": middle(name, "cpu_s_per_page", 4),
                        "peak_rss_mb": max(r[name]["peak_rss_mb"] for r in rounds),
                        "crawler_peak_rss_mb": max(r[name]["crawler_peak_rss_mb"] for r in rounds),
                    }
                    for name in names
                }
                if len(rounds) > 1:
                    report["rounds"] = [
                        {
                            f"{name}_{key}": run[key]
                            for name, run in r.items()
                            for key in ("pages_per_s", "cpu_s_per_page", "peak_rss_mb")
                        }
                        for r in rounds
                    ]
                    print(
                        f"{'round':<7}"
                        + "".join(f"{name + ' pages/s':>17}" for name in names)
                        + (f"{'newsbot/naive':>15}" if {"naive", "newsbot"} <= set(names) else "")
                    )
                    for number, r in enumerate(rounds, 1):
                        ratio = (
                            f"{r['newsbot']['pages_per_s'] / r['naive']['pages_per_s']:>14.2f}x"
                            if {"naive", "newsbot"} <= set(names)
                            else ""
                        )
                        print(f"{number:<7}" + "".join(f"{r[name]['pages_per_s']:>17}" for name in names) + ratio)
                    print(f"over {len(rounds)} rounds (pages/s and CPU: medians; peak RSS: the highest):")
                summary = _summary(Path(tmp) / f"round-{len(rounds)}")
                cpu = extraction_cpu(bodies, args.cpu_sample) if args.cpu_sample > 0 else None
                print(f"{'spider':<9}{'pages/s':>9}{'CPU s/page':>12}{'peak RSS MB':>13}{'crawler alone':>15}")
                for name, run in results.items():
                    print(
                        f"{name:<9}{run['pages_per_s']:>9}{run['cpu_s_per_page']:>12.4f}{run['peak_rss_mb']:>13}"
                        f"{run['crawler_peak_rss_mb']:>15}"
                    )
                    for key in ("pages_per_s", "cpu_s_per_page", "peak_rss_mb", "crawler_peak_rss_mb"):
                        report[f"{name}_{key}"] = run[key]
                if len(results) == 3:
                    c_b = statistics.median(r["newsbot"]["pages_per_s"] / r["naive"]["pages_per_s"] for r in rounds)
                    c_a = statistics.median(r["newsbot"]["pages_per_s"] / r["floor"]["pages_per_s"] for r in rounds)
                    report.update({"newsbot_over_naive": round(c_b, 3), "newsbot_over_floor": round(c_a, 3)})
                    print(f"newsbot/naive {c_b:.2f}x (target >= 1.6)   newsbot/floor {c_a:.2f}x")
                report.update(
                    {
                        "extraction_cpu": cpu,
                        "newsbot_records": {
                            k: summary.get(k)
                            for k in ("articles", "rejections", "errors", "rejections_by_reason", "errors_by_kind")
                        },
                    }
                )
                if cpu is not None:  # --cpu-sample 0 skips the comparison
                    print(
                        f"extraction CPU on {cpu['pages']} distinct pages: newsbot.extract "
                        f"{cpu['newsbot_extract_ms_per_page']} ms/page, bare_extraction(with_metadata=True) "
                        f"{cpu['bare_extraction_ms_per_page']} ms/page,"
                        f" ratio {cpu['ratio']} (target <= 1.3)"
                    )
                print(f"newsbot records: {report['newsbot_records']}")
    finally:
        server.terminate()
        server.join(5)
    if args.json:
        print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
