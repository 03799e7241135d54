"""Redis workers under faults: the leased queue, Redis going away, a full disk.

The queue and retry tests start a private ``redis-server`` on a free loopback port (skipped when it is not
installed); the disk-full crawl mounts a small tmpfs (skipped without root). The whole scale-out fault run
(3 workers, 20 SIGKILLs, a Redis restart, a full disk on 2,000 articles) is ``tests/scale_faults.py``, run by
``make test-faults``.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, CrawlResult, run_crawl

redis = pytest.importorskip("redis", reason="the redis extra is not installed")

from scale_faults import RedisServer  # noqa: E402


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RedisServer]:
    """A private redis-server with an append-only file (restartable: `stop`, `start`)."""
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    srv = RedisServer(tmp_path / "redis")
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def outage() -> Iterator[Any]:
    """The process's outage clock, reset before and after (it is process-wide on purpose)."""
    from newsbot.state.redis import OUTAGE

    OUTAGE.reset()
    yield OUTAGE
    OUTAGE.reset()
    OUTAGE.reached = False


class _Spider:
    name = "outlet"


def _queue(url: str, consumer: str, lease_idle: float = 60.0) -> Any:
    from newsbot.crawler.leasedqueue import StreamQueue

    return StreamQueue(redis.Redis.from_url(url), _Spider(), "t:stream", consumer=consumer, lease_idle=lease_idle)


def _request(n: int) -> Any:
    from scrapy import Request

    return Request(f"http://127.0.0.1/page-{n}", meta={"newsbot_claim": f"u:page-{n}"})


def test_addon_settings_take_effect_over_project_settings() -> None:
    """newsbot's settings module sets EXTENSIONS, SPIDER_MIDDLEWARES and CONCURRENT_REQUESTS at "project" priority;
    the add-on's keep-alive extension, re-delivery middleware and concurrency cap must still apply (a plain
    set() at "addon" priority was silently ignored: the cap and the keep-alive never took effect)."""
    from scrapy.utils.project import get_project_settings

    from newsbot.crawler.redis import KeepAliveWhileQueued, RedeliveredLinks, RedisAddon

    settings = get_project_settings()
    settings.set("NEWSBOT_REDIS_URL", "redis://127.0.0.1:1/0", priority="cmdline")
    RedisAddon().update_settings(settings)
    assert KeepAliveWhileQueued in settings.getdict("EXTENSIONS")
    assert RedeliveredLinks in settings.getdict("SPIDER_MIDDLEWARES")
    assert settings.getint("CONCURRENT_REQUESTS") == settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
    assert settings.get("SCHEDULER_QUEUE_CLASS") == "newsbot.crawler.leasedqueue.StreamQueue"
    # The first worker to finish must not delete the shared queue and dupefilter under the others.
    assert settings.getbool("SCHEDULER_PERSIST") and not settings.getbool("SCHEDULER_FLUSH_ON_START")


def test_leased_queue_hands_each_request_to_one_worker_and_back_after_a_death(server: RedisServer) -> None:
    from newsbot.crawler.leasedqueue import LEASE, REDELIVERED

    a, b = _queue(server.url, "a"), _queue(server.url, "b")
    assert a.push_new(_request(1), "t:df", "fp1") and a.push_new(_request(2), "t:df", "fp2")
    assert not b.push_new(_request(1), "t:df", "fp1")  # the dupefilter and the stream move together
    first, second = a.pop(), b.pop()
    assert {first.url, second.url} == {"http://127.0.0.1/page-1", "http://127.0.0.1/page-2"}
    assert a.pop() is None and b.pop() is None  # each entry delivered once: nothing fetched twice
    assert len(a) == 2  # in flight still counts: a worker may die and hand its requests back
    assert b.ack(second) and len(a) == 1
    # Worker a dies (never acknowledges). Its successor of the same name takes its request back at once.
    successor = _queue(server.url, "a")
    again = successor.pop()
    assert again.url == first.url and again.meta[REDELIVERED] and again.meta[LEASE] == first.meta[LEASE]
    assert successor.ack(again) and len(successor) == 0
    # A redirect of a leased request: queued and the lease acknowledged in one step.
    assert a.push_new(_request(3), "t:df", "fp3")
    leased = b.pop()
    follow = leased.replace(url="http://127.0.0.1/page-3b")
    assert b.push_new(follow, "t:df", "fp3b") and len(b) == 1  # the new entry only: the old lease is gone
    redirected = b.pop()
    assert redirected.url.endswith("page-3b") and redirected.meta[LEASE] != leased.meta[LEASE]
    assert REDELIVERED not in redirected.meta and b.ack(redirected) and len(b) == 0


def test_an_idle_lease_is_taken_over_by_another_worker_and_a_renewed_one_is_not(server: RedisServer) -> None:
    live, dead, other = (_queue(server.url, name, lease_idle=0.3) for name in ("live", "dead", "other"))
    live.push_new(_request(1), None, None)
    live.push_new(_request(2), None, None)
    held, lost = live.pop(), dead.pop()
    time.sleep(0.4)  # both leases idle past 0.3 s ...
    live.renew()  # ... but the live worker renews its own
    other._last_claim = 0.0
    taken = other.pop()
    assert taken is not None and taken.url == lost.url  # the dead worker's request, not the live one's
    assert other.pop() is None
    assert live.ack(held) and other.ack(taken) and len(other) == 0


def test_redis_outage_is_retried_for_the_budget_then_fails_at_once(server: RedisServer, outage: Any) -> None:
    from newsbot.state.redis import RedisUnavailable, client_for

    client = client_for(server.url, retry_for=30)
    client.set("k", "v")
    server.stop()
    server.start()  # restarted from its AOF: the retry rides it out, the data is there
    assert client.get("k") == b"v" and outage.since is None
    server.stop()
    short = client_for(server.url, retry_for=0.5)
    with pytest.raises(RedisUnavailable):
        short.get("k")
    assert outage.gave_up and "0.5 s" in outage.gave_up
    server.start()
    with pytest.raises(RedisUnavailable):  # given up: every later command fails at once, even with Redis back
        client.get("k")


def test_a_client_that_never_reached_redis_fails_at_once(outage: Any) -> None:
    from newsbot.state import StateError
    from newsbot.state.redis import open_store

    with pytest.raises(StateError, match="cannot reach"):
        open_store("redis://127.0.0.1:1/0", retry_for=60)
    assert outage.since is None


class _FakeState:
    """What the writer asks of the state stage: records which articles were committed or given back."""

    def __init__(self) -> None:
        self.committed_ids: list[str] = []
        self.uncommitted_ids: list[str] = []
        self.counts: Counter[str] = Counter()
        self.stop_reason: str | None = None

    def committed(self, item: Any) -> None:
        self.committed_ids.append(item.id)

    def uncommitted(self, item: Any) -> None:
        self.uncommitted_ids.append(item.id)

    def stopping(self, reason: str) -> None:
        if self.stop_reason is None:
            self.stop_reason = reason

    def flush_deferred(self) -> list[Any]:
        raise AssertionError("nothing is written at close once the disk is full")

    flush_unfinished = flush_deferred


class _FakeCrawler:
    def __init__(self, state: _FakeState) -> None:
        self.state, self.engine, self.stats, self.settings, self.spider = state, None, None, None, None

    def get_item_pipeline(self, cls: type) -> _FakeState:
        return self.state


def _article(n: int) -> Any:
    from newsbot.models import Article

    text = f"Paragraph {n}. " + "Some words of the story go here. " * 20
    return Article.model_validate(
        {
            "id": f"{n:032x}",
            "url": f"https://example.com/story-{n}",
            "canonical_url": f"https://example.com/story-{n}",
            "outlet": "example",
            "title": f"Story {n}",
            "text": text,
            "language": "en",
            "word_count": 141,
            "content_hash": f"{n:064x}",
            "fetched_at": "2026-12-01T00:00:00+00:00",
        }
    )


def test_disk_full_cuts_the_half_line_keeps_the_article_out_of_the_state_and_fails_the_run(tmp_path: Path) -> None:
    from scrapy.exceptions import DropItem

    from newsbot.crawler.pipelines.writer import EXIT_DISK_FULL, JsonlWriterPipeline

    state = _FakeState()
    writer = JsonlWriterPipeline(str(tmp_path), "run1", _FakeCrawler(state))  # type: ignore[arg-type]
    writer.open_spider(None)
    writer.process_item(_article(1))
    handle = writer.files["article"]
    real_write = handle.write

    def write_half_then_fail(text: str) -> int:
        real_write(text[: len(text) // 2])  # part of the line reaches the file, then the disk is full
        handle.flush()
        raise OSError(errno.ENOSPC, "No space left on device")

    handle.write = write_half_then_fail  # type: ignore[method-assign]
    with pytest.raises(DropItem, match="disk full"):
        writer.process_item(_article(2))
    # The fault is known at once, not only when spider_closed comes: until then a Redis worker must acknowledge
    # no more leases (the scale-out fault script lost 27 pages when it was set only at spider_closed).
    assert state.stop_reason == "disk_full"
    with pytest.raises(DropItem):  # nothing more is written
        writer.process_item(_article(3))
    assert state.committed_ids == [_article(1).id]  # only the article whose line is on disk
    assert state.uncommitted_ids == [_article(2).id, _article(3).id]
    writer.close_spider(None)
    lines = writer.paths["article"].read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [_article(1).id]  # whole lines only, the half one cut
    summary = json.loads((writer.run_dir / "run1.summary.json").read_text(encoding="utf-8"))  # type: ignore[operator]
    assert summary["status"] == "disk_full" and summary["exit_code"] == EXIT_DISK_FULL
    assert summary["reason"].startswith("disk full: cannot write")


def _mount(folder: Path, size: str) -> str | None:
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        return "not root"
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    return None if done.returncode == 0 else done.stderr.decode(errors="replace")


@pytest.mark.crawl
def test_a_crawl_on_a_full_disk_stops_with_its_exit_code_and_the_next_run_emits_the_rest(
    tmp_path: Path, duniaku_base: str, duniaku_crawl: CrawlResult
) -> None:
    out = tmp_path / "disk"
    problem = _mount(out, "24k")
    if problem:
        pytest.skip(f"cannot mount a small tmpfs: {problem}")
    try:
        settings = {"NEWSBOT_STATE_PATH": str(tmp_path / "state.sqlite3"), "NEWSBOT_EXTRACT_WORKERS": "1"}
        first = run_crawl(out, "outlet=duniaku", f"base_url={duniaku_base}", settings=settings)
        assert first.returncode == 7, first.stderr[-2000:]
        assert "newsbot: error: disk full: cannot write" in first.stderr
        written = [
            json.loads(line)
            for path in out.rglob("*.jsonl")
            if ".rejects." not in path.name and ".errors." not in path.name
            for line in path.read_text(encoding="utf-8").splitlines()  # every line whole JSON
        ]
        assert len(written) < len(duniaku_crawl.articles)
        # The state holds exactly the articles whose lines are on disk.
        from newsbot.state.sqlite import SqliteStateStore

        store = SqliteStateStore(tmp_path / "state.sqlite3")
        assert store.count() == len(written)
        store.close()
        subprocess.run(["mount", "-o", "remount,size=16m", str(out)], check=True)
        second = run_crawl(out, "outlet=duniaku", f"base_url={duniaku_base}", settings=settings)
        assert second.returncode == 0, second.stderr[-2000:]
        ids = Counter(a["id"] for a in written + second.articles)
        assert set(ids) == {a["id"] for a in duniaku_crawl.articles} and max(ids.values()) == 1
    finally:
        subprocess.run(["umount", str(out)], capture_output=True)


@pytest.mark.crawl
def test_redis_away_stops_a_worker_with_its_exit_code_and_the_next_worker_resumes(
    tmp_path: Path, server: RedisServer, duniaku_base: str, duniaku_crawl: CrawlResult
) -> None:
    settings = {
        "NEWSBOT_REDIS_URL": server.url,
        "NEWSBOT_REDIS_JOB": "away",
        "NEWSBOT_REDIS_RETRY_FOR": "2",
        "NEWSBOT_REDIS_WORKER": "w",
        "NEWSBOT_EXTRACT_WORKERS": "1",
        "DOWNLOAD_DELAY": "0.3",
        "NEWSBOT_ALLOW_LOOPBACK": "True",
        "AUTOTHROTTLE_ENABLED": "False",
        "LOG_LEVEL": "WARNING",
        "NEWSBOT_OUTPUT_DIR": str(tmp_path / "w"),
    }
    cmd = [sys.executable, "-m", "scrapy", "crawl", "outlet", "-a", "outlet=duniaku", "-a", f"base_url={duniaku_base}"]
    for key, value in settings.items():
        cmd += ["-s", f"{key}={value}"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # Redis goes away once the worker has written its first article line.
    while proc.poll() is None and not any(p.stat().st_size for p in (tmp_path / "w").rglob("*.articles.jsonl.part")):
        time.sleep(0.05)
    server.stop()
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 6, err[-3000:]
    assert "newsbot: error: Redis unreachable for more than 2 s" in err
    server.start()  # back, from its append-only file
    resumed = run_crawl(tmp_path / "w", "outlet=duniaku", f"base_url={duniaku_base}", settings=settings)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    articles = [
        json.loads(line)
        for path in (tmp_path / "w").rglob("*.jsonl")
        if ".rejects." not in path.name and ".errors." not in path.name
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    ids = Counter(a["id"] for a in articles)
    assert set(ids) == {a["id"] for a in duniaku_crawl.articles} and max(ids.values()) == 1


def test_an_emit_claim_is_a_lease_final_once_committed_and_lapsing_with_its_holder(server: RedisServer) -> None:
    """Worker run1 wins the emit claim of an article: a lease, held while run1 is alive, final once its line is
    committed (`settle`). When run1 dies (or loses Redis) before that, its alive key expires and any worker takes
    the article over, whatever machine and folder it runs on; recovered files free the lease at once."""
    from newsbot.state.claims import EMIT_HELD, EMIT_LOST, EMIT_TAKEN_OVER, EMIT_WON, FETCH, JobClaims
    from newsbot.state.redis import open_store

    store = open_store(server.url, prefix="t:state:")
    scope, key = "job:x:site", "c:https://example.com/story"
    lease = 0.3
    assert store.claim_emit(scope, key, "run1", lease) == EMIT_WON
    assert store.claim_emit(scope, key, "run2", 60) == EMIT_HELD  # run1 is alive: its line may still come
    assert store.claim_emit(scope, key, "run1", lease) == EMIT_LOST  # run1 holds it already (a second copy)
    store.alive("run1", lease)
    assert store.claim_emit(scope, key, "run2", 60) == EMIT_HELD
    time.sleep(lease + 0.2)  # run1 stops renewing its alive key: it died or lost Redis
    assert store.claim_emit(scope, key, "run2", 60) == EMIT_TAKEN_OVER
    assert store.claim_emit(scope, key, "run3", 60) == EMIT_HELD  # now run2's lease
    assert not store.settle(scope, key, "run1")  # run1 lost it: its commit cannot make it final
    assert store.settle(scope, key, "run2")
    assert store.claim_emit(scope, key, "run3", 60) == EMIT_LOST  # final: a committed line
    # A holder whose files a later worker recovered lapses at once, though its alive key still runs.
    other = "c:https://example.com/other"
    assert store.claim_emit(scope, other, "run4", 60) == EMIT_WON
    assert store.claim_emit(scope, other, "run5", 60) == EMIT_HELD
    store.mark_recovered(scope, "run4")
    assert store.claim_emit(scope, other, "run5", 60) == EMIT_TAKEN_OVER
    # A worker that ends lets go of what it still holds.
    third = "c:https://example.com/third"
    assert store.claim_emit(scope, third, "run6", 60) == EMIT_WON
    store.gone("run6")
    assert store.claim_emit(scope, third, "run7", 60) == EMIT_TAKEN_OVER
    # Disk full: the claim is given back, and the page's next delivery wins it.
    store.unclaim(scope, key)
    assert store.claim_emit(scope, key, "run8", 60) == EMIT_WON
    # Links a dead worker claimed for fetching count as won while a re-delivered page's callback runs.
    claims = JobClaims(store, scope)
    store.claim(scope, [("u:link", FETCH, None)])
    assert claims.claim([("u:link", FETCH, None)]) == [0]
    claims.rechecking = True
    assert claims.claim([("u:link", FETCH, None), (key, FETCH, None)]) == [1, 0]
    store.close()


def test_a_copy_meeting_a_live_workers_emit_lease_waits_until_it_is_final_or_lapses(
    server: RedisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Worker runA holds the emit lease of an article (the AMP and the main URL of one story met at once, or the
    page re-delivered while runA still looked alive). runB's copy neither emits a second article nor gives up
    on it: it waits (the state stage returns a coroutine) until runA commits its line (runB's copy: a duplicate)
    or runA's lease lapses (runB takes the article over and emits it)."""
    import asyncio
    import inspect

    from scrapy.utils.test import get_crawler

    from newsbot.crawler.pipelines.state import StatePipeline
    from newsbot.models import Article, Rejection
    from newsbot.state.claims import EMIT_LOST, EMIT_WON
    from newsbot.state.redis import open_store

    store = open_store(server.url, prefix="t:state:")
    settings = {"NEWSBOT_REDIS_URL": server.url, "NEWSBOT_RUN_ID": "runB", "NEWSBOT_REDIS_LEASE_IDLE": 30}
    stage = StatePipeline(get_crawler(settings_dict=settings), store=store)
    scope = stage.claims.scope
    polls: list[float] = []

    def waiting(then: Any) -> Any:
        async def sleep(seconds: float) -> None:  # runA's side of the wait: on the second poll, `then` happens
            polls.append(seconds)
            if len(polls) == 2:
                then()

        return sleep

    first, second = _article(1), _article(2)
    key1, key2 = f"c:{first.canonical_url}", f"c:{second.canonical_url}"
    assert store.claim_emit(scope, key1, "runA", 30) == EMIT_WON
    monkeypatch.setattr("scrapy.utils.asyncio.sleep", waiting(lambda: store.settle(scope, key1, "runA")))
    pending = stage.process_item(first)
    assert inspect.iscoroutine(pending)
    record = asyncio.run(pending)
    assert isinstance(record, Rejection) and record.reason == "duplicate" and len(polls) == 2

    polls.clear()
    assert store.claim_emit(scope, key2, "runA", 30) == EMIT_WON
    monkeypatch.setattr("scrapy.utils.asyncio.sleep", waiting(lambda: store.gone("runA")))  # runA dies
    record = asyncio.run(stage.process_item(second))
    assert isinstance(record, Article) and record.id == second.id and stage.counts["emit_taken_over"] == 1
    stage.committed(record)  # its line is on disk: the lease runB took over is final
    assert store.claim_emit(scope, key2, "runC", 30) == EMIT_LOST
    assert store.seen(second.canonical_url) is not None
    store.close()


@pytest.mark.crawl
@pytest.mark.parametrize("elsewhere", [False, True], ids=["same-folder", "other-machine"])
def test_redis_away_between_an_articles_claim_and_its_line_loses_no_article(
    tmp_path: Path, server: RedisServer, duniaku_base: str, duniaku_crawl: CrawlResult, elsewhere: bool
) -> None:
    """Redis goes away right after the state stage won an article's emit claim, before the writer wrote its line
    (a test pipeline shuts it down there: tests/redis_probe.py). The worker stops (exit 6) holding a claim with no
    line behind it; the job's next worker must still emit that article, and every other one once. "other-machine":
    the next worker has another name and output folder, so it never sees the first one's files (nor its
    ``.resync`` marker): the claim is a lease that only a committed line makes final, and it lapses with the
    worker that held it."""
    from newsbot.crawler.settings import ITEM_PIPELINES

    pipelines = {**ITEM_PIPELINES, "redis_probe.RedisCutAfterClaim": 360}
    settings = {
        "NEWSBOT_REDIS_URL": server.url,
        "NEWSBOT_REDIS_JOB": "cut",
        "NEWSBOT_REDIS_RETRY_FOR": "2",
        "NEWSBOT_REDIS_WORKER": "w",
        "NEWSBOT_EXTRACT_WORKERS": "1",
        # The other machine's worker takes the first one's leased pages over once idle this long.
        "NEWSBOT_REDIS_LEASE_IDLE": "3",
    }
    out = tmp_path / "w"
    env = {"PYTHONPATH": str(Path(__file__).parent)}
    first = run_crawl(
        out,
        "outlet=duniaku",
        f"base_url={duniaku_base}",
        settings={**settings, "ITEM_PIPELINES": json.dumps(pipelines)},
        env=env,
    )
    assert first.returncode == 6, first.stderr[-3000:]
    assert "probe: Redis shut down after the claim of" in first.stderr
    server.stop()  # reap the process SHUTDOWN ended
    server.start()  # back, from its append-only file
    out2 = tmp_path / "w2" if elsewhere else out
    settings2 = {**settings, "NEWSBOT_REDIS_WORKER": "w2"} if elsewhere else settings
    resumed = run_crawl(out2, "outlet=duniaku", f"base_url={duniaku_base}", settings=settings2)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    if elsewhere:  # the lease lapsed with its holder: no file of the first worker was needed to free it
        assert "took over the emit lease of a worker that is gone" in resumed.stderr
    articles = [
        json.loads(line)
        for folder in {out, out2}
        for path in folder.rglob("*.jsonl")
        if ".rejects." not in path.name and ".errors." not in path.name
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    ids = Counter(a["id"] for a in articles)
    assert set(ids) == {a["id"] for a in duniaku_crawl.articles} and max(ids.values()) == 1
