"""newsbot.speedups: installed only on request, each speed-up guarded by the hash of the upstream code it
replaces, one WARNING per speed-up off, and the report carried to the pool and the run summary."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import trafilatura.core as core
import trafilatura.external as external
from conftest import ROOT, SITES, run_crawl

from newsbot import speedups
from newsbot.extraction import extract
from newsbot.speedups import guard

TESTS = Path(__file__).resolve().parent
NAMES = [speedup.name for speedup in speedups.SPEEDUPS]
PAGE = SITES / "duniaku" / "berita" / "2018" / "05" / "23" / "kemlu-rusia-undang-pimpinan-hamas-ke-moskow.html"
# What the upstream attributes the speed-ups replace look like when untouched, printed by a fresh interpreter.
PROBE = (
    "import trafilatura.core as c, trafilatura.external as e, trafilatura.main_extractor as m; "
    "print(c.html2txt.__module__, c.trafilatura_sequence.__module__, c._extract_and_compare.__module__, "
    "c.copy.__module__, e.try_readability.__module__, e.ParagraphMaker.__module__, "
    "m.prune_unwanted_nodes.__module__, type(c.RAW_TREE_PRUNE_XPATH[0]).__name__, "
    "type(__import__('importlib').import_module('trafilatura.baseline').BASIC_CLEAN_XPATH).__name__)"
)


@pytest.fixture
def reinstalled() -> Iterator[None]:
    """Start from plain trafilatura; leave the speed-ups installed (as other test modules expect)."""
    speedups.uninstall()
    yield
    speedups.uninstall()
    speedups.install()


def _python(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120
    ).stdout.strip()


def test_importing_newsbot_changes_nothing_in_trafilatura() -> None:
    plain = _python(PROBE)
    after = _python(
        "import newsbot, newsbot.speedups, newsbot.workers.pool, newsbot.crawler.pipelines.extract; " + PROBE
    )
    assert "newsbot" not in after and after == plain
    # The check: html2txt is trafilatura's own (defined in trafilatura.baseline in 2.3.1).
    html2txt = _python("import newsbot, trafilatura.core as c; print(c.html2txt.__module__)")
    assert html2txt.startswith("trafilatura.")


def test_install_reports_every_speedup_on_and_uninstall_restores(reinstalled: None) -> None:
    before = _python(PROBE)
    assert speedups.report().off.keys() == set(NAMES)  # "not installed"
    report = speedups.install()
    assert report.on == NAMES, report.off
    assert core.html2txt.__module__ == "newsbot.speedups.fastpath"
    assert speedups.install() == report  # idempotent
    speedups.uninstall()
    assert core.html2txt.__module__ == "trafilatura.baseline"
    assert external.ParagraphMaker.__module__ == "justext.core"
    assert before.split()[0] == core.html2txt.__module__


def test_a_changed_upstream_function_leaves_its_speedup_off_with_one_warning(
    reinstalled: None, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    upstream = external._prefer_readability

    def _prefer_readability(*args: Any, **kwargs: Any) -> bool:  # same answers, other source
        return bool(upstream(*args, **kwargs))

    monkeypatch.setattr(external, "_prefer_readability", _prefer_readability)
    with caplog.at_level(logging.WARNING, logger="newsbot.speedups"):
        report = speedups.install()
    assert report.off.keys() == {"readability-skip"}
    assert report.off["readability-skip"].startswith("trafilatura.external:_prefer_readability is not the code")
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "speed-up readability-skip is off" in warnings[0], warnings
    assert external.try_readability.__module__ == "trafilatura.external"  # that one left alone
    assert core.html2txt.__module__ == "newsbot.speedups.fastpath"  # the others on
    raw = PAGE.read_bytes()
    fast = extract(raw, "https://duniaku.example/berita/x.html", fetched_at="2024-01-01T00:00:00+00:00")
    with speedups.disabled():
        plain = extract(raw, "https://duniaku.example/berita/x.html", fetched_at="2024-01-01T00:00:00+00:00")
    assert fast.to_json() == plain.to_json()


def test_guard_names_a_missing_target() -> None:
    assert guard.check({"trafilatura.core:no_such_function": "0" * 64}) == "trafilatura.core:no_such_function not found"
    assert (guard.check({"trafilatura.core:html2txt": "0" * 64}) or "").startswith("trafilatura.core:html2txt is not")
    assert guard.check({"lxml.sax:_getNsTag": guard.fingerprint("lxml.sax:_getNsTag")}) is None  # compiled module


@pytest.fixture
def hooks_importable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers are fresh interpreters: let them import tests/speedup_hooks.py."""
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (str(TESTS), os.environ.get("PYTHONPATH")) if p))


def _task() -> Any:
    from newsbot.workers.pool import PageTask

    body = PAGE.read_bytes().replace(b"{{base}}", b"http://127.0.0.1:8471")
    return PageTask("http://127.0.0.1:8471/berita/x.html", body, "duniaku", "utf-8", "2024-01-02T03:04:05+00:00", 200)


def test_pool_keeps_the_workers_report_and_warns_once(hooks_importable: None, caplog: pytest.LogCaptureFixture) -> None:
    from newsbot.workers.pool import ExtractPool

    async def run(function: str) -> tuple[dict[str, str] | None, dict[str, str] | None]:
        async with ExtractPool(1, timeout=60, function=function) as pool:
            before = pool.speedups
            await asyncio.gather(pool.extract(_task()), pool.extract(_task()))
            return before, pool.speedups

    before, states = asyncio.run(run("newsbot.extraction:extract"))
    assert before is None and states == dict.fromkeys(NAMES, "on")
    with caplog.at_level(logging.WARNING, logger="newsbot.workers.pool"):
        _, states = asyncio.run(run("speedup_hooks:extract"))
    assert states is not None and states["readability-skip"].startswith("off: trafilatura.external:_prefer_readability")
    assert [name for name, state in states.items() if state != "on"] == ["readability-skip"]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "speed-up readability-skip is off" in warnings[0], warnings


class _Stats:
    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def set_value(self, key: str, value: Any) -> None:
        self.values[key] = value

    def inc_value(self, key: str, count: int = 1) -> None:
        self.values[key] = self.values.get(key, 0) + count


def test_in_process_extraction_puts_the_report_in_the_stats() -> None:
    from newsbot.crawler.pipelines.extract import ExtractPipeline

    crawler = type("Crawler", (), {"stats": _Stats()})()
    pipeline = ExtractPipeline(0, crawler=crawler)
    asyncio.run(pipeline.open_spider())
    assert crawler.stats.values["newsbot/speedups"] == dict(speedups.report()) == dict.fromkeys(NAMES, "on")


@pytest.mark.crawl
def test_run_summary_lists_the_speedups(duniaku_crawl: Any) -> None:
    assert duniaku_crawl.summary["speedups"] == dict.fromkeys(NAMES, "on")
    assert "speed-up" not in duniaku_crawl.stderr


@pytest.mark.crawl
def test_crawl_log_warns_when_a_speedup_is_off(duniaku_base: str, tmp_path: Path) -> None:
    result = run_crawl(
        tmp_path,
        "outlet=duniaku",
        f"base_url={duniaku_base}",
        settings={"NEWSBOT_EXTRACT_FUNCTION": "speedup_hooks:extract", "NEWSBOT_EXTRACT_WORKERS": "2"},
        env={"PYTHONPATH": os.pathsep.join(p for p in (str(TESTS), os.environ.get("PYTHONPATH")) if p)},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    states = result.summary["speedups"]
    assert states["readability-skip"].startswith("off: trafilatura.external:_prefer_readability")
    assert all(state == "on" for name, state in states.items() if name != "readability-skip")
    lines = [line for line in result.stderr.splitlines() if "speed-up readability-skip is off" in line]
    assert len(lines) == 1 and "WARNING" in lines[0], result.stderr[-3000:]
