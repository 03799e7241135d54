"""What a scheduled run says about itself (issue 14): the summary's status, exit code, reason and
``nothing_new`` and the one printed line tell a first run, nothing new since the last successful run, a failed
site, a partial run and a run stopped early apart. One test per row of the README's exit-status table."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import CrawlResult, run_crawl

from newsbot.devtools.devserver import serve_site

pytestmark = pytest.mark.crawl


class _NotFoundEverywhere(BaseHTTPRequestHandler):
    """A broken site: an empty home page, 404 for everything else."""

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        status = 200 if self.path == "/" else 404
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def broken_site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _NotFoundEverywhere)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _harbour(out: Path, base: str, *args: str, **kwargs: object) -> CrawlResult:
    return run_crawl(out, "outlet=harbourtimes", f"base_url={base}", *args, **kwargs)  # type: ignore[arg-type]


def test_first_run_then_nothing_new_names_the_last_run(site_copy: tuple[Path, str], tmp_path: Path) -> None:
    _, base = site_copy
    first = _harbour(tmp_path / "out", base)
    assert first.returncode == 0, first.stderr[-2000:]
    assert first.summary["status"] == "ok" and first.summary["first_run"] is True
    assert first.summary["nothing_new"] is False and first.summary["previous_run_at"] is None
    assert first.summary["reason"] == "first run" and "nothing new" not in first.stdout
    second = _harbour(tmp_path / "out", base)
    assert second.returncode == 0, second.stderr[-2000:]
    assert second.summary["status"] == "ok" and second.summary["first_run"] is False
    assert second.summary["nothing_new"] is True
    assert second.summary["previous_run_at"] == first.summary["finished_at"]
    assert second.summary["reason"] == f"nothing new since the last successful run ({first.summary['finished_at']})"
    assert f"nothing new since the last run at {first.summary['finished_at']}" in second.stdout


def test_first_run_that_finds_nothing_never_says_nothing_new(site_copy: tuple[Path, str], tmp_path: Path) -> None:
    _, base = site_copy
    # Every article is older than since: nothing to emit, and no earlier run to compare with.
    result = _harbour(tmp_path / "out", base, "since=2099-01-01")
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.articles == [] and result.summary["nothing_new"] is False
    assert result.summary["first_run"] is True and result.summary["reason"] == "first run: no articles found"
    assert "since the last run" not in result.stdout
    assert "newsbot: 0 articles (first run of this outlet: none found), " in result.stdout


def test_a_site_that_answers_nothing_usable_failed(broken_site: str, tmp_path: Path) -> None:
    result = _harbour(tmp_path / "out", broken_site)
    assert result.returncode == 3, result.stdout + result.stderr[-2000:]
    assert result.summary["status"] == "site_failed" and result.summary["exit_code"] == 3
    assert result.summary["nothing_new"] is False
    assert result.summary["sources"] == 5 and len(result.summary["sources_failed"]) == 5
    assert result.summary["reason"].startswith(
        "the site answered nothing usable: 5 of 5 start pages, feeds and sitemaps failed: "
    )
    assert "empty page" in result.summary["reason"] and "HTTP 404" in result.summary["reason"]
    lines = [line for line in result.stderr.splitlines() if line.startswith("newsbot: error:")]
    assert lines == [f"newsbot: error: {result.summary['reason']}"]
    assert "since the last run" not in result.stdout


def test_a_site_crawl_of_a_pdf_is_no_success(tmp_path: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    (root / "report.pdf").write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    with serve_site(root) as base:
        result = run_crawl(tmp_path / "out", f"url={base}/report.pdf", spider="site")
    assert "since the last run" not in result.stdout
    assert result.returncode == 3 and result.summary["status"] == "site_failed", result.stdout + result.stderr
    assert "not HTML" in result.summary["reason"]


def test_some_sources_failing_is_a_partial_run(site_copy: tuple[Path, str], tmp_path: Path) -> None:
    root, base = site_copy
    (root / "feeds" / "atom.xml").unlink()  # the feed is gone; the start pages and sitemaps still work
    result = _harbour(tmp_path / "out", base)
    assert result.returncode == 5, result.stdout + result.stderr[-2000:]
    assert result.summary["status"] == "partial" and result.summary["exit_code"] == 5
    # 3 start pages, the feed, the sitemap index and its 2 sitemaps
    assert result.summary["sources"] == 7
    assert result.summary["sources_failed"] == {f"{base}/feeds/atom.xml": "HTTP 404"}
    assert result.summary["reason"] == (
        f"partial: 1 of 7 start pages, feeds and sitemaps failed: {base}/feeds/atom.xml (HTTP 404)"
    )
    assert result.articles  # the rest of the site was crawled
    assert f"newsbot: error: {result.summary['reason']}" in result.stderr


def test_a_run_stopped_early_is_stopped_never_nothing_new(site_copy: tuple[Path, str], tmp_path: Path) -> None:
    _, base = site_copy
    assert _harbour(tmp_path / "out", base).returncode == 0  # an earlier successful run exists
    result = _harbour(tmp_path / "out", base, settings={"CLOSESPIDER_PAGECOUNT": "1"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.summary["status"] == "stopped" and result.summary["exit_code"] == 0
    assert result.summary["nothing_new"] is False
    assert result.summary["reason"] == "stopped early (closespider_pagecount)"
    assert "nothing new" not in result.stdout and "newsbot: stopped early (closespider_pagecount): " in result.stdout
    # max_articles ends a run early too (fresh=1: the known articles are emitted again).
    limited = _harbour(tmp_path / "out", base, "max_articles=1", "fresh=1")
    assert limited.returncode == 0, limited.stderr[-2000:]
    assert limited.summary["status"] == "stopped" and limited.summary["nothing_new"] is False
    assert limited.summary["reason"] == "stopped early (max_articles=1 reached)"


def test_the_previous_successful_run_is_the_latest_good_one(tmp_path: Path) -> None:
    import json

    from newsbot.crawler.pipelines.writer import previous_success

    runs = [
        ("2026-12-01", "a", 0, "2026-12-01T10:00:00+00:00"),
        ("2026-12-02", "b", 3, "2026-12-02T10:00:00+00:00"),
        ("2026-12-02", "c", 0, "2026-12-02T09:00:00+00:00"),
        ("2026-12-03", "d", 0, "2026-12-03T09:00:00+00:00"),
    ]
    for day, run_id, code, finished in runs:
        (tmp_path / day).mkdir(exist_ok=True)
        (tmp_path / day / f"{run_id}.summary.json").write_text(json.dumps({"exit_code": code, "finished_at": finished}))
    (tmp_path / "2026-12-03" / "e.summary.json").write_text(
        json.dumps({"exit_code": 0, "interrupted": True, "finished_at": "2026-12-03T23:00:00+00:00"})
    )
    assert previous_success(tmp_path, "d") == "2026-12-02T09:00:00+00:00"  # b failed; d is this run itself
    assert previous_success(tmp_path, "z") == "2026-12-03T09:00:00+00:00"  # an interrupted run is no success
    assert previous_success(tmp_path / "missing", "z") is None


def test_the_line_names_the_most_common_cause_whichever_file_holds_it(
    site_copy: tuple[Path, str], tmp_path: Path
) -> None:
    """Loopback not allowed: every request is refused (offsite rejections, no error records); the one line said
    only "0 errors: no response" and the cause was only in the rejects file (issue 14, item 2)."""
    _, base = site_copy
    result = _harbour(tmp_path / "out", base, settings={"NEWSBOT_ALLOW_LOOPBACK": "False"})
    assert result.returncode == 3 and result.summary["status"] == "site_failed"
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith("newsbot: error: nothing could be fetched (0 errors: no response); most common: offsite (")
    assert "loopback" in line
