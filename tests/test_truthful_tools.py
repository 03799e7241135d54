"""Issue 14: `make run` that crawls only the server it started, connection refused in one short line, progress
for a person; Scrapy's own tools (JOBDIR resume, `scrapy parse`, feed exports) on newsbot's spiders."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, SITES, run_crawl
from test_accounting import fanout_site  # noqa: F401 - a fixture used here

DEVSERVER = [sys.executable, "-m", "newsbot.devtools.devserver"]


@pytest.fixture
def taken_port() -> Iterator[int]:
    """A loopback port some other program listens on."""
    holder = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    holder.bind(("127.0.0.1", 0))
    holder.listen(1)
    try:
        yield holder.getsockname()[1]
    finally:
        holder.close()


@pytest.mark.crawl
def test_devserver_runs_nothing_when_its_port_is_taken(taken_port: int, tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    command = [sys.executable, "-c", "import pathlib, sys; pathlib.Path(sys.argv[1]).write_text('ran')", str(marker)]
    proc = subprocess.run(
        [*DEVSERVER, str(SITES / "duniaku"), "--port", str(taken_port), "--", *command],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert not marker.exists()  # the command (the crawl) never ran against whatever holds the port
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert f"127.0.0.1:{taken_port}" in lines[0] and "taken" in lines[0]


@pytest.mark.crawl
def test_devserver_runs_the_command_against_its_own_server(tmp_path: Path) -> None:
    fetch = (
        "import sys, urllib.request; r = urllib.request.urlopen(sys.argv[1] + '/'); "
        "sys.exit(7 if r.status == 200 else 1)"
    )
    proc = subprocess.run(
        [*DEVSERVER, str(SITES / "duniaku"), "--port", "0", "--", sys.executable, "-c", fetch, "{base}"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 7, proc.stderr  # the command's own exit status, after it reached the server


@pytest.mark.crawl
@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_run_stops_with_one_line_when_the_port_is_taken(taken_port: int, tmp_path: Path) -> None:
    # -o install: the Makefile's run recipe as it is, with this interpreter's environment (no reinstall).
    proc = subprocess.run(
        ["make", "-s", "-o", "install", "run", f"PORT={taken_port}", f"BIN={Path(sys.executable).parent}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode != 0
    assert "taken" in proc.stderr and "nothing was crawled" in proc.stderr
    assert "Traceback" not in proc.stderr and "newsbot:" not in proc.stdout  # no crawl summary line


@pytest.mark.crawl
def test_connection_refused_is_one_error_at_once_without_retries(tmp_path: Path) -> None:
    """A port with nothing listening: the start page's refusal is one error record of its kind and the one line
    names it; no retry (a refusal is a definite answer) and no guessed sitemap paths on a host that is not there."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again when the crawl starts: nothing listens there
    result = run_crawl(tmp_path, f"url=http://127.0.0.1:{port}/", spider="site", settings={"LOG_LEVEL": "INFO"})
    assert result.returncode == 3
    assert [e["kind"] for e in result.errors] == ["DownloadConnectionRefusedError"]
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("newsbot: error: nothing could be fetched") and "ConnectionRefused" in last
    assert "Retrying" not in result.stderr and "Gave up retrying" not in result.stderr
    assert "sitemap" not in result.stderr  # no guessed paths requested on a host that refused robots.txt


# --- feed exports ---------------------------------------------------------------------------------------------


@pytest.mark.crawl
def test_feed_exports_carry_articles_with_every_field(duniaku_base: str, tmp_path: Path) -> None:
    """-O out.jsonl and -O out.csv: the run's articles only (rejections and errors stay in newsbot's own files);
    the JSONL passes `newsbot validate`; the CSV header is every article field, lists joined."""
    import csv
    import json

    from newsbot.models import Article

    jsonl, table = tmp_path / "out.jsonl", tmp_path / "out.csv"
    cmd = [sys.executable, "-m", "scrapy", "crawl", "outlet", "-a", "outlet=duniaku", "-a", f"base_url={duniaku_base}"]
    cmd += ["-O", str(jsonl), "-O", str(table)]
    for key, value in {
        "NEWSBOT_ALLOW_LOOPBACK": "True",
        "AUTOTHROTTLE_ENABLED": "False",
        "LOG_LEVEL": "WARNING",
        "NEWSBOT_OUTPUT_DIR": str(tmp_path / "output"),
    }.items():
        cmd += ["-s", f"{key}={value}"]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    summary = json.loads(next((tmp_path / "output").rglob("*.summary.json")).read_text(encoding="utf-8"))
    assert summary["articles"] and summary["rejections"]  # the run had both kinds
    lines = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == summary["articles"] and {r["record_type"] for r in lines} == {"article"}
    checked = subprocess.run(
        [sys.executable, "-m", "newsbot.cli", "validate", str(jsonl)], capture_output=True, text=True, timeout=120
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    with open(table, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(Article.model_fields)
    assert len(rows) == summary["articles"] and {row["record_type"] for row in rows} == {"article"}
    by_url = {row["url"]: row for row in rows}
    several = [r for r in lines if len(r["authors"]) > 1 or len(r["tags"]) > 1]
    assert several  # the fixture outlet has articles with several tags or authors
    for record in several:
        assert by_url[record["url"]]["tags"] == "; ".join(record["tags"])
        assert by_url[record["url"]]["authors"] == "; ".join(record["authors"])


# --- progress for a person --------------------------------------------------------------------------------------


class _Stream:
    """A stderr stand-in: a terminal or not."""

    def __init__(self, tty: bool) -> None:
        self.tty = tty
        self.written = ""

    def isatty(self) -> bool:
        return self.tty

    def write(self, text: str) -> int:
        self.written += text
        return len(text)

    def flush(self) -> None:
        pass


def test_progress_line_format() -> None:
    from newsbot.crawler.progress import format_progress

    line = format_progress(120, 80, 30, 2, 160.0, 310)
    assert line == (
        "newsbot: 120 pages fetched | 80 articles, 30 rejections, 2 errors | 45.0 pages/min | 310 queued | 2:40"
    )
    assert format_progress(0, 0, 0, 0, 0.0, 0).endswith("| 0.0 pages/min | 0 queued | 0:00")
    assert format_progress(7200, 1, 1, 1, 3725.0, 0).endswith("| 1:02:05")
    assert len(format_progress(120, 80, 30, 2, 160.0, 310, width=40)) == 39  # never wraps in a narrow terminal


def test_progress_line_only_on_a_terminal() -> None:
    from scrapy.exceptions import NotConfigured
    from scrapy.utils.test import get_crawler

    from newsbot.crawler.progress import ProgressExtension
    from newsbot.models import Rejection

    with pytest.raises(NotConfigured):
        ProgressExtension.from_crawler(get_crawler(), _Stream(tty=False))  # Scrapy's log line is enough
    terminal = _Stream(tty=True)
    extension = ProgressExtension.from_crawler(get_crawler(), terminal)
    extension.scraped(Rejection(url="http://127.0.0.1/x", reason="not_article"))
    extension.show()
    assert terminal.written.startswith("\rnewsbot: 0 pages fetched | 0 articles, 1 rejections, 0 errors")
    assert terminal.written.endswith("\x1b[K")  # rewritten in place
    # The setting overrides the terminal check either way.
    forced = ProgressExtension.from_crawler(get_crawler(settings_dict={"NEWSBOT_PROGRESS": True}), _Stream(False))
    assert isinstance(forced, ProgressExtension)
    with pytest.raises(NotConfigured):
        ProgressExtension.from_crawler(get_crawler(settings_dict={"NEWSBOT_PROGRESS": False}), _Stream(True))


# --- JOBDIR pause and resume ------------------------------------------------------------------------------------


def _crawl_command(base: str, outlets: Path, output: Path, jobdir: Path) -> list[str]:
    cmd = [sys.executable, "-m", "scrapy", "crawl", "outlet", "-a", "outlet=fanout", "-a", f"base_url={base}"]
    for key, value in {
        "NEWSBOT_ALLOW_LOOPBACK": "True",
        "AUTOTHROTTLE_ENABLED": "False",
        "LOG_LEVEL": "WARNING",
        "NEWSBOT_OUTPUT_DIR": str(output),
        "NEWSBOT_OUTLETS_DIR": str(outlets),
        "CONCURRENT_REQUESTS": "1",
        "DOWNLOAD_DELAY": "0.5",
        "JOBDIR": str(jobdir),
        "NEWSBOT_RECORD_SKIPPED": "True",
        # In-process extraction: the home page is recorded as soon as it is fetched, with the stories still queued.
        "NEWSBOT_EXTRACT_WORKERS": "0",
    }.items():
        cmd += ["-s", f"{key}={value}"]
    return cmd


@pytest.mark.crawl
def test_jobdir_pause_and_resume_finishes_without_false_errors(
    fanout_site: tuple[str, Path],  # noqa: F811 - the fixture imported from test_accounting
    tmp_path: Path,
) -> None:
    """SIGTERM pauses a JOBDIR crawl once its first page is recorded; the same command resumes it. The start page
    Scrapy's seen-requests memory drops on resume is skipped as ``seen``, not a RequestDropped error; across the
    two runs every URL is fetched and recorded once."""
    import json
    import signal
    import time
    from collections import Counter
    from urllib.parse import urlsplit

    from conftest import read_jsonl
    from test_accounting import FANOUT_PATHS

    base, outlets = fanout_site
    output, jobdir = tmp_path / "out", tmp_path / "job"
    cmd = _crawl_command(base, outlets, output, jobdir)
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120  # a guard against a hung crawl, not a timing assertion
        while time.monotonic() < deadline and proc.poll() is None:
            if any(p.stat().st_size for p in output.rglob("*.jsonl.part")):
                break  # the home page is recorded: the stories are queued in JOBDIR
            time.sleep(0.05)
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    resumed = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    summaries = sorted(
        (json.loads(p.read_text(encoding="utf-8")) for p in output.rglob("*.summary.json")),
        key=lambda s: s["started_at"] + s["run_id"],
    )
    assert len(summaries) == 2
    first, second = summaries
    assert first["status"] == "stopped" and second["status"] == "ok"
    assert first["skipped"]["stopped"] >= 1 and second["pages_fetched"] >= 1  # the resumed run had work left
    assert second["errors_by_kind"] == {}, second["errors_by_kind"]  # no false RequestDropped
    assert second["skipped"].get("seen", 0) >= 1  # the start page, fetched by the paused run
    records = [
        r for path in output.rglob("*.jsonl") if not path.name.endswith(".skipped.jsonl") for r in read_jsonl(path)
    ]
    # Every URL fetched once over the two runs: one record each, none twice.
    assert Counter(urlsplit(r["url"]).path for r in records) == FANOUT_PATHS


# --- scrapy parse ------------------------------------------------------------------------------------------------

ARTICLE_PATH = "/berita/2018/05/23/kemlu-rusia-undang-pimpinan-hamas-ke-moskow.html"


def _parse(base: str, output: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "scrapy", "parse", *args]
    cmd += ["-s", "NEWSBOT_ALLOW_LOOPBACK=True", "-s", f"NEWSBOT_OUTPUT_DIR={output}", "-s", "LOG_LEVEL=WARNING"]
    return subprocess.run([*cmd, f"{base}{ARTICLE_PATH}"], cwd=ROOT, capture_output=True, text=True, timeout=300)


@pytest.mark.crawl
@pytest.mark.parametrize(
    "how",
    [
        ["--spider", "outlet", "-a", "outlet=duniaku", "-a", "base_url={base}"],
        ["--spider", "outlet", "-a", "outlet=duniaku", "-a", "base_url={base}", "--pipelines", "-c", "parse_page"],
        ["--spider", "site", "-a", "url={base}/"],
    ],
    ids=["outlet", "outlet-pipelines", "site"],
)
def test_scrapy_parse_prints_the_record_and_writes_nothing(duniaku_base: str, tmp_path: Path, how: list[str]) -> None:
    output = tmp_path / "output"
    proc = _parse(duniaku_base, output, *(part.replace("{base}", duniaku_base) for part in how))
    assert proc.returncode == 0, proc.stderr[-3000:]
    scraped = proc.stdout.split("# Scraped Items")[1].split("# Requests")[0]
    assert "'record_type': 'article'" in scraped and "Kemlu Rusia" in scraped  # the page's article record
    assert "'record_type': 'error'" not in scraped and "FetchedPage" not in scraped
    assert "closed database" not in proc.stderr and "Traceback" not in proc.stderr
    assert "WARNING" not in proc.stderr and "ERROR" not in proc.stderr, proc.stderr[-3000:]
    assert not output.exists() or not any(output.rglob("*"))  # no run files, no state store


@pytest.mark.crawl
def test_progress_and_the_run_line_patch_no_scrapy_object(duniaku_base: str, tmp_path: Path) -> None:
    """Issue 13: the progress line ends and the writer prints the run's line in spider_closed handlers; neither
    wraps engine.close_spider_async any more (both did, to learn of the close before the pipelines closed)."""
    result = run_crawl(
        tmp_path,
        "outlet=duniaku",
        f"base_url={duniaku_base}",
        settings={
            "NEWSBOT_PROGRESS": "True",
            # -s EXTENSIONS replaces newsbot's own dict: name the progress extension again beside the probe.
            "EXTENSIONS": '{"newsbot.crawler.progress.ProgressExtension": 0, "redis_probe.SlotProbe": 900}',
        },
        env={"PYTHONPATH": str(Path(__file__).parent)},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "probe: engine replaced=[]" in result.stderr, result.stderr[-3000:]
    assert "probe: slot seen=True replaced=[]" in result.stderr
    assert "pages/min" in result.stderr  # the progress line was on, and ended (a newline) before the close
    assert result.summary["status"] == "ok" and result.articles
