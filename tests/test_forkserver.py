"""The pool's fork server: workers are forked warm from one process per pool, with the same records."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES

from newsbot.workers import forkserver
from newsbot.workers.pool import ExtractPool, PageTask

TESTS = Path(__file__).resolve().parent
REPORTS = "forkserver_hooks:extract"

pytestmark = pytest.mark.skipif(not forkserver.supported(), reason="the fork server needs fork and pidfds (Linux)")


@pytest.fixture
def hooks_importable(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fork server is a fresh interpreter: let it (and the workers forked from it) import tests/*_hooks.py."""
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (str(TESTS), os.environ.get("PYTHONPATH")) if p))


def _task(name: object, body: bytes = b"<html><body><p>x</p></body></html>") -> PageTask:
    return PageTask(f"https://example.org/news/2024/01/02/{name}.html", body, None, None, "2024-01-02T03:04:05Z", 200)


def _one_page_per_language() -> list[Path]:
    """The first fixture page of each language prefix (non-articles included): dates in many scripts."""
    first: dict[str, Path] = {}
    for path in sorted((FIXTURES / "pages").glob("*.html")):
        first.setdefault(path.name.split("-", 1)[0], path)
    return list(first.values())


@pytest.mark.crawl
def test_workers_and_their_replacements_are_forked_warm_from_one_server(hooks_importable: None) -> None:
    """Every worker, recycled ones too, is a child of the pool's fork server and starts with dateparser's
    locales already loaded (the ~3 s a fresh interpreter paid on its first free-text date)."""

    async def run() -> tuple[list[Any], int]:
        async with ExtractPool(2, timeout=60, function=REPORTS, max_tasks_per_worker=1) as pool:
            answers = [await pool.extract(_task(n)) for n in range(4)]
            assert pool.forks is not None
            return answers, pool.forks.proc.pid

    answers, server = asyncio.run(run())
    assert all(answer["parent"] == server for answer in answers), answers
    assert len({answer["pid"] for answer in answers}) == 4  # one page per worker: each was a fresh fork
    assert all(answer["locales"] > 100 for answer in answers), answers


@pytest.mark.crawl
def test_without_the_fork_server_each_worker_is_its_own_cold_interpreter(hooks_importable: None) -> None:
    async def run() -> list[Any]:
        async with ExtractPool(1, timeout=60, function=REPORTS, fork_server=False) as pool:
            assert pool.forks is None
            return [await pool.extract(_task(n)) for n in range(2)]

    answers = asyncio.run(run())
    assert all(answer["parent"] == os.getpid() and answer["locales"] < 100 for answer in answers), answers


@pytest.mark.crawl
def test_forked_and_fresh_workers_give_identical_records() -> None:
    """Determinism: what the server warms (compiled locales, pure caches) changes no record."""
    tasks = [_task(path.stem, path.read_bytes()) for path in _one_page_per_language()]
    assert len(tasks) > 30

    async def records(fork_server: bool) -> list[tuple[str, dict[str, Any]]]:
        async with ExtractPool(1, timeout=120, fork_server=fork_server) as pool:
            assert (pool.forks is not None) == fork_server
            return [(type(r).__name__, r.model_dump(mode="json")) for r in [await pool.extract(t) for t in tasks]]

    forked = asyncio.run(records(True))
    fresh = asyncio.run(records(False))
    assert [kind for kind, _ in forked].count("Article") > 20
    assert forked == fresh


@pytest.mark.crawl
def test_pool_goes_on_with_its_own_interpreters_when_the_fork_server_is_gone(hooks_importable: None) -> None:
    async def run() -> tuple[Any, Any, bool]:
        async with ExtractPool(1, timeout=60, function=REPORTS, max_tasks_per_worker=1) as pool:
            assert pool.forks is not None
            first = await pool.extract(_task(0))
            os.kill(pool.forks.proc.pid, signal.SIGKILL)
            pool.forks.proc.wait()
            for _ in range(250):  # the pool learns it from the server's socket, on its event loop
                if not pool.forks.alive:
                    break
                await asyncio.sleep(0.02)
            return first, await pool.extract(_task(1)), pool.forks.alive

    first, after, alive = asyncio.run(run())
    assert first["parent"] != os.getpid()
    assert not alive
    assert after["parent"] == os.getpid()  # the replacement is the pool's own child, started cold


def test_the_crawler_setting_turns_the_fork_server_off() -> None:
    from scrapy.utils.test import get_crawler

    from newsbot.crawler.pipelines.extract import ExtractPipeline
    from newsbot.workers.pool import FORK_SERVER

    assert ExtractPipeline.from_crawler(get_crawler()).fork_server is FORK_SERVER
    off = get_crawler(settings_dict={"NEWSBOT_EXTRACT_FORK_SERVER": "False"})
    assert ExtractPipeline.from_crawler(off).fork_server is False
