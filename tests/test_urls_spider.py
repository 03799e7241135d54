"""`scrapy crawl urls -a urls_file=FILE` and `newsbot crawl --urls FILE|-`: exactly the listed pages, one record
each, with the state and dedupe of every crawl (issue 16)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from conftest import SITES, read_jsonl, run_crawl

import newsbot
from newsbot.cli.crawl_cmd import crawl_commands
from newsbot.crawler.spiders.urls import read_urls
from newsbot.devtools.devserver import serve_site

TIDEWATER = json.loads((SITES / "tidewater" / "expected.json").read_text(encoding="utf-8"))
ARTICLES = sorted(path for path, e in TIDEWATER.items() if e["kind"] == "article")
LOOPBACK = {"NEWSBOT_ALLOW_LOOPBACK": "True", "AUTOTHROTTLE_ENABLED": "False", "LOG_LEVEL": "WARNING"}


def test_a_url_list_skips_blanks_and_comments_and_adds_a_scheme() -> None:
    text = "\ufeff# links of the day\nhttps://a.example/x\n\n  example.org/y  \nftp://b.example/z\n"
    assert list(read_urls(io.StringIO(text.lstrip("\ufeff")))) == [
        "https://a.example/x",
        "https://example.org/y",
        "ftp://b.example/z",
    ]


def test_newsbot_crawl_urls_runs_the_urls_spider_after_the_others() -> None:
    commands = crawl_commands(["https://news.example.org/"], urls_file="links.txt", out="o")
    assert [c[4] for c in commands] == ["site", "urls"]
    assert commands[1][5:7] == ["-a", "urls_file=links.txt"]


def _listed(base: str) -> list[str]:
    return [
        "# four articles (one twice), a section front, a missing page, a page of another scheme",
        *(base + p for p in ARTICLES[:3]),
        base + ARTICLES[0],
        "",
        base + ARTICLES[10] + "?utm_source=newsletter",
        base + "/news/",
        base + "/no-such-page",
        "ftp://127.0.0.1/file",
    ]


def _by_url(records: list[dict]) -> Counter[str]:
    return Counter(r["url"] for r in records)


@pytest.mark.crawl
def test_the_urls_spider_fetches_exactly_the_listed_pages_once_each(tmp_path: Path) -> None:
    with serve_site(SITES / "tidewater") as base:
        listed = tmp_path / "links.txt"
        listed.write_text("\n".join(_listed(base)) + "\n", encoding="utf-8")
        result = run_crawl(tmp_path / "out", f"urls_file={listed}", spider="urls")
        assert result.returncode == 0, result.stderr[-3000:]
        records = result.articles + result.rejections + result.errors
        expected_urls = {base + p for p in ARTICLES[:3]} | {base + ARTICLES[10], base + "/news/"}
        expected_urls |= {base + "/no-such-page", "ftp://127.0.0.1/file"}
        assert _by_url(records) == Counter(expected_urls)  # one record per listed page, nothing else
        assert sorted(a["url"] for a in result.articles) == sorted(base + p for p in [*ARTICLES[:3], ARTICLES[10]])
        reasons = {r["url"]: r["reason"] for r in result.rejections}
        assert reasons[base + "/news/"] == "not_article"
        assert reasons[base + "/no-such-page"] == "http_error"
        assert reasons["ftp://127.0.0.1/file"] == "offsite"
        assert result.summary["spider"] == "urls" and "/urls/" in result.summary["files"]["article"]
        # The state of every crawl: the next run does not fetch the articles again.
        again = run_crawl(tmp_path / "out", f"urls_file={listed}", spider="urls")
        assert again.returncode == 0, again.stderr[-3000:]
        assert not again.articles
        # Known pages are not fetched again: counted by reason, not recorded (issue 14's skipped counts).
        assert again.summary["skipped"] == {"known": len(result.articles)}


@pytest.mark.crawl
def test_newsbot_crawl_urls_from_stdin_and_from_python(tmp_path: Path) -> None:
    with serve_site(SITES / "tidewater") as base:
        sets = [arg for k, v in LOOPBACK.items() for arg in ("-s", f"{k}={v}")]
        proc = subprocess.run(
            [sys.executable, "-m", "newsbot.cli", "crawl", "--urls", "-", "--out", str(tmp_path / "cli"), *sets],
            input="\n".join(base + p for p in ARTICLES[:2]) + "\n",
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
        assert "newsbot: 2 articles" in proc.stdout
        files = list((tmp_path / "cli").glob("urls/*/*.articles.jsonl"))
        assert sorted(a["url"] for a in read_jsonl(files[0])) == sorted(base + p for p in ARTICLES[:2])
        listed = tmp_path / "links.txt"
        listed.write_text(base + ARTICLES[5] + "\n", encoding="utf-8")
        records = list(newsbot.crawl(urls_file=listed, out=tmp_path / "api", settings=LOOPBACK))
    assert [r["url"] for r in records] == [base + ARTICLES[5]]


@pytest.mark.crawl
def test_a_missing_urls_file_fails_in_one_line(tmp_path: Path) -> None:
    result = run_crawl(tmp_path / "out", f"urls_file={tmp_path / 'nope.txt'}", spider="urls")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "no such file" in result.stderr.strip().splitlines()[-1]
