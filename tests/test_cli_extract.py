"""`newsbot extract PAGE.html --url URL`: one JSON line per input, in order; '-' reads stdin."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SITES

pytestmark = pytest.mark.crawl

SEED_PAGE = SITES / "duniaku" / "berita" / "2018" / "05" / "23" / "kemlu-rusia-undang-pimpinan-hamas-ke-moskow.html"
HOME = SITES / "duniaku" / "index.html"
URL = "https://duniaku.example/berita/2018/05/23/kemlu-rusia-undang-pimpinan-hamas-ke-moskow.html"


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsbot.cli", "extract", *args], input=stdin, capture_output=True, timeout=120
    )


def test_one_line_per_path_in_input_order() -> None:
    proc = _run(str(SEED_PAGE), str(HOME), "--url", URL)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.decode().splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first["record_type"] == "article"
    assert first["language"] == "id"
    assert second["record_type"] == "rejection"


def test_stdin_gives_the_same_record_as_the_file() -> None:
    from_file = json.loads(_run(str(SEED_PAGE), "--url", URL).stdout)
    from_stdin = json.loads(_run("-", "--url", URL, stdin=SEED_PAGE.read_bytes()).stdout)
    from_file.pop("fetched_at")
    from_stdin.pop("fetched_at")
    assert from_file == from_stdin


def test_unreadable_file_is_a_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.html"
    proc = _run(str(missing), str(SEED_PAGE), "--url", URL)
    assert proc.returncode != 0
    err = proc.stderr.decode()
    assert "cannot read" in err and str(missing) in err
    assert "Traceback" not in err
    # The readable page is still processed.
    assert len(proc.stdout.decode().splitlines()) == 1


def test_same_page_gives_same_record() -> None:
    a = json.loads(_run(str(SEED_PAGE), "--url", URL).stdout)
    b = json.loads(_run(str(SEED_PAGE), "--url", URL).stdout)
    a.pop("fetched_at")
    b.pop("fetched_at")
    assert a == b
