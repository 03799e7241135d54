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
