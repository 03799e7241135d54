"""The extraction worker pool: crashes and hangs cost one page, never the crawl."""

from __future__ import annotations

import asyncio
import os
from collections import Counter
from pathlib import Path

import pytest
from conftest import ROOT, SITES, CrawlResult, run_crawl

from newsbot.models import Article, ErrorRecord
from newsbot.workers.pool import ExtractPool, PageTask

TESTS = Path(__file__).resolve().parent
HOOKS = "pool_hooks:extract"
ARTICLE_FILES = sorted((SITES / "duniaku" / "berita").rglob("*.html"))[:4]
# Seconds before a hung page is given up. A fresh worker's imports no longer count against its first page
# (they once did, and 3 s timed good pages out when two test suites shared the machine's two cores).
HANG_TIMEOUT = 5
BASE = "http://127.0.0.1:8471"
# A worker module whose import sleeps POOL_HOOK_IMPORT_SLEEP seconds (tests/pool_slow_hooks.py): longer
# than the page timeout, so a first page whose timeout counted the imports would always time out.
SLOW_HOOKS = "pool_slow_hooks:extract"
SLOW_IMPORT_PAGE_TIMEOUT = 5
SLOW_IMPORT = SLOW_IMPORT_PAGE_TIMEOUT + 2


@pytest.fixture
def hooks_importable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers are fresh interpreters: let them import tests/pool_hooks.py."""
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (str(TESTS), os.environ.get("PYTHONPATH")) if p))


def _task(path: Path, url: str | None = None) -> PageTask:
    body = path.read_bytes().replace(b"{{base}}", BASE.encode())
    url = url or BASE + "/" + path.relative_to(SITES / "duniaku").as_posix()
    return PageTask(url, body, "duniaku", "utf-8", "2024-01-02T03:04:05+00:00", 200)


@pytest.mark.crawl
def test_crash_and_hang_cost_only_their_page(hooks_importable: None) -> None:
    good = [_task(p) for p in ARTICLE_FILES]
    crash = _task(ARTICLE_FILES[0], BASE + "/berita/crash-me.html")
    hang = _task(ARTICLE_FILES[1], BASE + "/berita/hang-me.html")
    bug = _task(ARTICLE_FILES[2], BASE + "/berita/raise-me.html")
    tasks = [good[0], crash, good[1], hang, good[2], bug, good[3], crash]

    async def run() -> tuple[list, object, int]:
        async with ExtractPool(2, timeout=HANG_TIMEOUT, function=HOOKS) as pool:
            records = await asyncio.gather(*(pool.extract(t) for t in tasks))
            # The pool is still usable afterwards: a fresh page extracts normally.
            return list(records), await pool.extract(good[0]), pool.restarts

    records, after, restarts = asyncio.run(run())
    by_url = {t.url: r for t, r in zip(tasks, records, strict=True)}
    for task in good:
        assert isinstance(by_url[task.url], Article), by_url[task.url]
    assert isinstance(after, Article)
    crashed = [r for t, r in zip(tasks, records, strict=True) if t is crash]
    assert all(isinstance(r, ErrorRecord) and r.kind == "WorkerCrashed" for r in crashed), crashed
    assert "status 3" in crashed[0].detail
    assert isinstance(by_url[hang.url], ErrorRecord) and by_url[hang.url].kind == "ExtractTimeout"
    assert isinstance(by_url[bug.url], ErrorRecord) and by_url[bug.url].kind == "RuntimeError"
    assert by_url[hang.url].url == hang.url and by_url[hang.url].outlet == "duniaku"
    assert restarts == 3  # two crashes and one timeout; the exception did not cost a worker


@pytest.mark.crawl
def test_a_fresh_workers_slow_imports_do_not_count_against_its_first_page(
    hooks_importable: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page timeout starts once the worker is ready: imports longer than it cost no page."""
    monkeypatch.setenv("POOL_HOOK_IMPORT_SLEEP", str(SLOW_IMPORT))
    tasks = [_task(p) for p in ARTICLE_FILES[:2]]

    async def run() -> list:
        async with ExtractPool(1, timeout=SLOW_IMPORT_PAGE_TIMEOUT, function=SLOW_HOOKS, depth=2) as pool:
            return list(await asyncio.gather(*(pool.extract(t) for t in tasks)))

    records = asyncio.run(run())
    assert all(isinstance(r, Article) for r in records), records


@pytest.mark.crawl
def test_a_worker_that_never_gets_ready_costs_its_page_as_an_error(
    hooks_importable: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Start-up has its own bound: a worker stuck in its imports is killed and its page is an ErrorRecord."""
    monkeypatch.setenv("POOL_HOOK_IMPORT_SLEEP", "3600")
    task = _task(ARTICLE_FILES[0])

    async def run() -> tuple[object, int]:
        async with ExtractPool(1, timeout=60, function=SLOW_HOOKS, start_timeout=1) as pool:
            return await pool.extract(task), pool.restarts

    record, restarts = asyncio.run(run())
    assert isinstance(record, ErrorRecord) and record.kind == "WorkerStartTimeout", record
    assert record.url == task.url and record.outlet == "duniaku"
    assert restarts == 1  # the stuck worker was killed, not left behind


@pytest.mark.crawl
def test_recycling_workers_keeps_results(hooks_importable: None) -> None:
    tasks = [_task(p) for p in ARTICLE_FILES] * 2

    async def run() -> tuple[list, int]:
        async with ExtractPool(1, timeout=60, function=HOOKS, max_tasks_per_worker=3) as pool:
            return list(await asyncio.gather(*(pool.extract(t) for t in tasks))), pool.restarts

    records, restarts = asyncio.run(run())
    assert all(isinstance(r, Article) for r in records)
    assert restarts == 2  # 8 pages, 3 per worker


@pytest.mark.crawl
def test_first_workers_are_recycled_at_staggered_counts(hooks_importable: None) -> None:
    """Two workers, 4 pages each: the first generation retires after 2 and 4 pages, replacements after 4."""

    async def run() -> tuple[list[int], list[int], int]:
        async with ExtractPool(2, timeout=60, function=HOOKS, max_tasks_per_worker=4) as pool:
            first = set(pool._all)
            budgets = sorted(w.max_tasks for w in first)
            for path in ARTICLE_FILES + ARTICLE_FILES[:2]:  # one at a time: 6 pages
                assert isinstance(await pool.extract(_task(path)), Article)
            replacements = [w.max_tasks for w in pool._all if w not in first]
            return budgets, replacements, pool.restarts

    budgets, replacements, restarts = asyncio.run(run())
    assert budgets == [2, 4]
    # 5 pages cannot go to two workers without one of them reaching its budget (2 or 4).
    assert restarts >= 1 and replacements and set(replacements) == {4}


@pytest.mark.crawl
def test_pool_rejects_work_after_close() -> None:
    pool = ExtractPool(1, timeout=5)
    asyncio.run(pool.close())
    with pytest.raises(RuntimeError):
        asyncio.run(pool.extract(_task(ARTICLE_FILES[0])))


def _accounted(result: CrawlResult) -> Counter[str]:
    return Counter(r["url"] for r in result.articles + result.rejections + result.errors)


@pytest.mark.crawl
def test_crawl_survives_crash_and_hang(duniaku_base: str, duniaku_crawl: CrawlResult, tmp_path: Path) -> None:
    crash_path, hang_path = (p.relative_to(SITES / "duniaku").as_posix() for p in ARTICLE_FILES[:2])
    env = {
        "PYTHONPATH": os.pathsep.join(p for p in (str(TESTS), os.environ.get("PYTHONPATH")) if p),
        "POOL_HOOK_CRASH": crash_path,
        "POOL_HOOK_HANG": hang_path,
    }
    result = run_crawl(
        tmp_path,
        "outlet=duniaku",
        f"base_url={duniaku_base}",
        env=env,
        settings={
            "NEWSBOT_EXTRACT_FUNCTION": HOOKS,
            "NEWSBOT_EXTRACT_TIMEOUT": str(HANG_TIMEOUT),
            "NEWSBOT_EXTRACT_WORKERS": "2",
        },
    )
    assert result.returncode == 0, result.stderr[-3000:]
    kinds = {e["url"].split("/", 3)[3]: e["kind"] for e in result.errors}
    assert kinds.get(crash_path) == "WorkerCrashed", result.errors
    assert kinds.get(hang_path) == "ExtractTimeout", result.errors
    # Every other page came out exactly as in the normal crawl, each URL once.
    counts = _accounted(result)
    assert max(counts.values()) == 1
    assert set(counts) == set(_accounted(duniaku_crawl))
    normal = {a["url"] for a in duniaku_crawl.articles}
    lost = {f"{duniaku_base}/{crash_path}", f"{duniaku_base}/{hang_path}"}
    assert {a["url"] for a in result.articles} == normal - lost
    assert result.summary["errors_by_kind"].get("WorkerCrashed") == 1


@pytest.mark.crawl
def test_in_process_extraction_gives_the_same_records(
    duniaku_base: str, duniaku_crawl: CrawlResult, tmp_path: Path
) -> None:
    result = run_crawl(
        tmp_path, "outlet=duniaku", f"base_url={duniaku_base}", settings={"NEWSBOT_EXTRACT_WORKERS": "0"}
    )
    assert result.returncode == 0, result.stderr[-3000:]

    def strip(records: list[dict]) -> list[dict]:
        # duplicate_of depends on which of two near-identical pages finished first: not the pool's business.
        skip = {"fetched_at", "duplicate_of"}
        return sorted(({k: v for k, v in r.items() if k not in skip} for r in records), key=lambda r: r["url"])

    assert strip(result.articles) == strip(duniaku_crawl.articles)
    assert strip(result.rejections) == strip(duniaku_crawl.rejections)


@pytest.mark.crawl
def test_default_crawl_used_the_pool(duniaku_crawl: CrawlResult) -> None:
    # The shared crawl runs with the default settings: workers on, nothing crashed or timed out.
    assert duniaku_crawl.articles
    assert not [e for e in duniaku_crawl.errors if e["kind"] in ("WorkerCrashed", "ExtractTimeout")]
    assert (ROOT / "newsbot" / "workers" / "pool.py").exists()


@pytest.mark.crawl
def test_worker_sends_the_near_duplicate_signature() -> None:
    """The MinHash signature is computed in the worker; the crawler gets the same one without recomputing it."""
    from newsbot.state import neardup

    async def run() -> Article | object:
        async with ExtractPool(1, timeout=60) as pool:
            return await pool.extract(_task(ARTICLE_FILES[0]))

    neardup._MEMO.clear()
    record = asyncio.run(run())
    assert isinstance(record, Article)
    sent = neardup._MEMO.get(record.text)
    assert sent is not None and len(sent) == neardup.PERMUTATIONS
    neardup._MEMO.clear()
    assert neardup.fingerprint(record.text) == sent  # computed here from scratch: identical


@pytest.mark.crawl
@pytest.mark.parametrize("depth", [1, 2, 3])
def test_pages_queued_behind_a_lost_worker_go_to_another(hooks_importable: None, depth: int) -> None:
    """With pages waiting in a worker's pipe, only the page that crashed or hung it becomes an error."""
    good = [_task(p) for p in ARTICLE_FILES[:3]]
    crash = _task(ARTICLE_FILES[0], BASE + "/berita/crash-me.html")
    hang = _task(ARTICLE_FILES[1], BASE + "/berita/hang-me.html")
    tasks = [crash, good[0], hang, good[1], good[2]]

    async def run() -> tuple[list, int, int]:
        async with ExtractPool(1, timeout=HANG_TIMEOUT, function=HOOKS, depth=depth) as pool:
            records = await asyncio.gather(*(pool.extract(t) for t in tasks))
            restarts = pool.restarts
            # A lost worker is replaced by the next page.
            records.append(await pool.extract(good[0]))
            return list(records), restarts, len(pool._all)

    records, restarts, alive = asyncio.run(run())
    assert isinstance(records[0], ErrorRecord) and records[0].kind == "WorkerCrashed"
    assert isinstance(records[2], ErrorRecord) and records[2].kind == "ExtractTimeout"
    assert all(isinstance(records[i], Article) for i in (1, 3, 4, 5)), records
    assert restarts == 2 and alive == 1


@pytest.mark.crawl
@pytest.mark.skipif(not os.uname().sysname == "Linux", reason="pipe sizes are a Linux fcntl")
def test_pages_queued_for_a_worker_fit_in_its_pipe_whole() -> None:
    """A worker's pipes are widened from 64 KiB, so the next page (three in four are larger) waits whole."""
    import fcntl

    async def sizes() -> list[int]:
        async with ExtractPool(1) as pool:
            (worker,) = pool._all
            fds = [
                worker.writer.transport.get_extra_info("pipe").fileno(),
                worker.reader._transport.get_extra_info("pipe").fileno(),
            ]  # type: ignore[attr-defined]
            found = [fcntl.fcntl(fd, getattr(fcntl, "F_GETPIPE_SZ", 1032)) for fd in fds]
            page = _task(ARTICLE_FILES[0])
            assert isinstance(await pool.extract(page), Article)  # and the wide pipes carry pages
            return found

    assert all(size >= 256 * 1024 for size in asyncio.run(sizes()))


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="reads /proc/self/statm")
def test_worker_trims_its_heap_when_its_rss_grows_not_on_every_page() -> None:
    from newsbot.workers.pool import _HeapWatch

    watch = _HeapWatch(slack=8 * 1024 * 1024)
    if watch.trim is None:
        pytest.skip("not glibc")
    assert watch.rss() > 0
    watch.check()
    assert watch.trims == 0  # no growth: no trim
    grown = bytearray(b"x" * (32 * 1024 * 1024))  # touched, so resident
    watch.check()
    assert watch.trims == 1
    assert watch.limit >= watch.rss()  # the limit starts again from what is left
    watch.check()
    assert watch.trims == 1
    del grown


def test_quiet_gc_freezes_the_warm_heap_and_collects_the_young_less_often() -> None:
    import gc

    from newsbot.workers.pool import _GC_THRESHOLD, quiet_gc

    before = gc.get_threshold()
    try:
        quiet_gc()
        assert gc.get_freeze_count() > 0  # the warm objects are out of every collection's scan
        assert gc.get_threshold() == (_GC_THRESHOLD, *before[1:])
        assert _GC_THRESHOLD > before[0]
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
