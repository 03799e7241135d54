"""`newsbot crawl URL...` and `newsbot.crawl()`: one command (or call) from URL to records, with the
records, files and exit codes of `scrapy crawl`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SITES, read_jsonl

import newsbot
from newsbot.cli.crawl_cmd import crawl_commands, target_for, worst
from newsbot.devtools.devserver import serve_site

pytestmark = pytest.mark.crawl  # runs crawls, servers or worker processes

LOOPBACK = {"NEWSBOT_ALLOW_LOOPBACK": "True", "AUTOTHROTTLE_ENABLED": "False", "LOG_LEVEL": "WARNING"}


def test_configured_outlet_urls_crawl_the_outlet_and_others_their_site() -> None:
    assert target_for("http://127.0.0.1:8471/berita/") == ("outlet", {"outlet": "duniaku"})  # its own start pages
    assert target_for("http://127.0.0.1:9999/") == (
        "outlet",
        {"outlet": "duniaku", "base_url": "http://127.0.0.1:9999"},
    )
    assert target_for("https://news.example.org/") == ("site", {"url": "https://news.example.org/"})
    commands = crawl_commands(["https://news.example.org/", "https://news.example.org/"], since="2d", out="o")
    assert len(commands) == 1 and commands[0][3:] == [
        "crawl",
        "site",
        "-a",
        "url=https://news.example.org/",
        "-a",
        "since=2d",
        "-s",
        "NEWSBOT_OUTPUT_DIR=o",
    ]


def test_worst_exit_status() -> None:
    assert worst([0, 3, 4]) == 3 and worst([0, 0]) == 0 and worst([4, 2]) == 2 and worst([]) == 0
    assert worst([0, 5]) == 5 and worst([5, 4]) == 4  # a partial run is worse than success only


def test_newsbot_crawl_command_and_python_call(tmp_path: Path) -> None:
    with serve_site(SITES / "duniaku") as base:
        out = tmp_path / "cli"
        sets = [arg for k, v in LOOPBACK.items() for arg in ("-s", f"{k}={v}")]
        proc = subprocess.run(
            [sys.executable, "-m", "newsbot.cli", "crawl", base + "/", "--out", str(out), *sets],
            capture_output=True,
            text=True,
            timeout=600,
            cwd=tmp_path,
        )  # any folder works
        assert proc.returncode == 0, proc.stderr[-2000:]
        assert "newsbot: 15 articles" in proc.stdout
        files = list(out.glob("duniaku/*/*.summary.json"))
        assert len(files) == 1
        articles = [p for p in out.glob("duniaku/*/*.jsonl") if not p.name.endswith(("rejects.jsonl", "errors.jsonl"))]
        cli_urls = sorted(a["canonical_url"] for a in read_jsonl(articles[0]))
        records = list(
            newsbot.crawl(
                base + "/",
                out=tmp_path / "api",
                settings={**LOOPBACK, "NEWSBOT_STATE_PATH": str(tmp_path / "api.sqlite3")},
            )
        )
    assert len(records) == 15 and sorted(r["canonical_url"] for r in records) == cli_urls
    assert all(r["record_type"] == "article" for r in records)
    assert ROOT.is_dir()
