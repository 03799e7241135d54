"""Two crawler processes sharing one Redis frontier and state: every article once, nothing twice.

Uses the Redis server named by ``NEWSBOT_TEST_REDIS_URL`` (CI starts one, see .ci/run; its database
is flushed), else starts ``redis-server`` on a free loopback port; skips when neither is available.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import CrawlResult, run_crawl

pytestmark = pytest.mark.crawl

redis = pytest.importorskip("redis", reason="the redis extra is not installed")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Redis URL with an empty database."""
    url = os.environ.get("NEWSBOT_TEST_REDIS_URL")
    proc = None
    if not url:
        exe = shutil.which("redis-server")
        if exe is None:
            pytest.skip(
                "redis-server is not installed and NEWSBOT_TEST_REDIS_URL is not set "
                "(apt-get install redis-server; CI does this in .ci/run)"
            )
        port = _free_port()
        workdir = tmp_path_factory.mktemp("redis")
        proc = subprocess.Popen(
            [
                exe,
                "--bind",
                "127.0.0.1",
                "--port",
                str(port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(workdir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    client.flushdb()
    try:
        yield url
    finally:
        client.flushdb()
        client.close()
        if proc is not None:
            proc.terminate()
            proc.wait(10)


def _crawl(out: Path, base: str, url: str, job: str) -> CrawlResult:
    return run_crawl(
        out,
        "outlet=duniaku",
        f"base_url={base}",
        settings={"NEWSBOT_REDIS_URL": url, "NEWSBOT_REDIS_JOB": job, "NEWSBOT_EXTRACT_WORKERS": "1"},
    )


def test_two_workers_share_frontier_and_state(
    redis_url: str, duniaku_base: str, duniaku_crawl: CrawlResult, tmp_path: Path
) -> None:
    with ThreadPoolExecutor(2) as pool:
        runs = list(pool.map(lambda name: _crawl(tmp_path / name, duniaku_base, redis_url, "job1"), ["w1", "w2"]))
    for run in runs:
        assert run.returncode == 0, run.stderr[-3000:]
    # Every article of a normal single-process crawl, exactly once across the two workers.
    ids = Counter(a["id"] for run in runs for a in run.articles)
    assert ids and max(ids.values()) == 1, [i for i, n in ids.items() if n > 1]
    assert set(ids) == {a["id"] for a in duniaku_crawl.articles}
    # No URL was fetched by both workers (one shared dupefilter).
    urls = Counter(r["url"] for run in runs for r in run.articles + run.rejections + run.errors)
    assert max(urls.values()) == 1, [u for u, n in urls.items() if n > 1]
    # The state went to Redis, not to SQLite files beside the outputs.
    client = redis.Redis.from_url(redis_url)
    assert client.hlen("newsbot:state:articles") == len(ids)
    assert not list(tmp_path.rglob("*.sqlite3"))

    # A worker that joins job1 after it is done finds the shared queue empty and every URL seen: it fetches
    # nothing, and that is a good run (exit 0), not "nothing could be fetched" (exit 3). When the two workers
    # above race, the second can be in this position too, which is why this is checked on its own.
    late = _crawl(tmp_path / "late", duniaku_base, redis_url, "job1")
    assert late.returncode == 0, late.stderr[-3000:]
    assert late.summary, late.stderr[-3000:]
    assert late.articles == [] and late.errors == []

    # A third worker, on a new job (fresh frontier: it fetches the feeds and sitemaps again), emits nothing new.
    third = _crawl(tmp_path / "w3", duniaku_base, redis_url, "job2")
    assert third.returncode == 0, third.stderr[-3000:]
    assert third.summary, third.stderr[-3000:]
    assert third.articles == []


def test_emit_claim_is_atomic_across_workers(redis_url: str) -> None:
    """Two workers (two connections) claiming the same canonical URLs at once: exactly one wins each, so the
    AMP and the main URL of one story fetched by two workers cannot both be emitted (StatePipeline's claim)."""
    import threading

    from newsbot.state.claims import RECORD
    from newsbot.state.redis import open_store

    stores = [open_store(redis_url, prefix="newsbot:test-claims:") for _ in range(2)]
    keys = [f"c:https://example.com/story-{i}" for i in range(300)]
    results: list[list[int]] = [[], []]
    barrier = threading.Barrier(2)

    def claim(n: int) -> None:
        barrier.wait()
        results[n] = [stores[n].claim("job:x:duniaku", [(k, RECORD, None)])[0] for k in keys]

    threads = [threading.Thread(target=claim, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [a + b for a, b in zip(*results, strict=True)] == [1] * len(keys)
    assert stores[0].claimed("job:x:duniaku", keys[0]) == RECORD
    # Deferred records are handed out once, whichever worker asks.
    stores[0].claim("job:x:duniaku", [("u:deep", "D", '{"r": 1}')])
    assert stores[1].take_deferred("job:x:duniaku") == ['{"r": 1}'] and stores[0].take_deferred("job:x:duniaku") == []
    for store in stores:
        store.release("job:x:duniaku")
        store.close()


def test_clean_crawl_acknowledges_every_lease_without_patching_scrapy(
    redis_url: str, duniaku_base: str, duniaku_crawl: CrawlResult, tmp_path: Path
) -> None:
    """Each leased request is acknowledged once Scrapy is done with it (LeaseTracker, through signals and a spider
    middleware): after a clean crawl the job's stream holds nothing, pending or waiting, and no attribute of
    Scrapy's scraper slot was replaced (it used to be: ``slot.finish_response``)."""
    job = "acks"
    result = run_crawl(
        tmp_path / "w",
        "outlet=duniaku",
        f"base_url={duniaku_base}",
        settings={
            "NEWSBOT_REDIS_URL": redis_url,
            "NEWSBOT_REDIS_JOB": job,
            "NEWSBOT_EXTRACT_WORKERS": "1",
            "NEWSBOT_REDIS_IDLE_CLOSE": "1",
            # Unacknowledged entries keep a worker open (they may come back): bound the crawl instead of hanging.
            "CLOSESPIDER_TIMEOUT": "90",
            "EXTENSIONS": '{"redis_probe.SlotProbe": 900}',
        },
        env={"PYTHONPATH": str(Path(__file__).parent)},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    # A new job: its own frontier, so every page is fetched again (the articles are known to the shared state
    # when the other tests ran first, so they need not be emitted).
    assert result.summary["pages_fetched"] >= len(duniaku_crawl.articles), result.summary
    client = redis.Redis.from_url(redis_url)
    stream = f"newsbot:{job}:duniaku:stream"
    assert client.exists(stream)
    assert client.xpending(stream, "workers")["pending"] == 0
    assert client.xlen(stream) == 0
    assert "probe: slot seen=True replaced=[]" in result.stderr, result.stderr[-3000:]
