"""Spider arguments are a pydantic model each (`newsbot.crawler.spiders.arguments`): a typo in an ``-a``
argument, an unknown ``NEWSBOT_*`` setting or an unknown spider stops `scrapy crawl` with exit 2 and one line,
before any request (issue 14, item 2)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from conftest import ROOT

from newsbot.crawler.spiders.arguments import OutletArguments, SiteArguments, parse_arguments


def test_arguments_are_typed_and_documented() -> None:
    args = parse_arguments(
        OutletArguments,
        {"outlet": "duniaku", "since": "2d", "max_pages": "5", "fresh": "1", "base_url": "http://127.0.0.1:9/"},
    )
    assert isinstance(args.since, datetime) and args.max_pages == 5 and args.fresh is True
    assert args.base_url == "http://127.0.0.1:9" and args.max_articles is None
    for model in (OutletArguments, SiteArguments):
        assert model.model_config.get("extra") == "forbid"
        assert all(field.description for field in model.model_fields.values())
    assert set(OutletArguments.model_fields) == {"outlet", "base_url", "since", "max_articles", "max_pages", "fresh"}
    assert set(SiteArguments.model_fields) == {"url", "base_url", "since", "max_articles", "max_pages", "fresh"}


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({"outlet": "duniaku", "sinse": "2d"}, "unknown argument 'sinse' (did you mean 'since'?)"),
        ({"outlet": "duniaku", "max_page": "2"}, "unknown argument 'max_page' (did you mean 'max_pages'?)"),
        ({}, "missing spider argument: -a outlet=NAME"),
        ({"outlet": "duniaku", "max_pages": "x"}, "max_pages='x': expected a whole number"),
        ({"outlet": "duniaku", "max_articles": "-1"}, "max_articles='-1': must not be negative"),
        ({"outlet": "duniaku", "since": "yesterday"}, "since='yesterday': expected an ISO date/datetime"),
    ],
)
def test_bad_arguments_are_one_line(given: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_arguments(OutletArguments, given)
    assert str(caught.value).startswith(message) and "\n" not in str(caught.value)


def _crawl(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    cmd = [
        sys.executable,
        "-m",
        "scrapy",
        "crawl",
        *args,
        "-s",
        "LOG_LEVEL=WARNING",
        "-s",
        f"NEWSBOT_OUTPUT_DIR={tmp_path}",
    ]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300, env=dict(os.environ))


@pytest.mark.crawl
@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ("outlet", "-a", "outlet=duniaku", "-a", "sinse=2d"),
            "newsbot: error: unknown argument 'sinse' (did you mean 'since'?)",
        ),
        (
            ("site", "-a", "url=http://127.0.0.1:1/", "-a", "max_artcles=2"),
            "newsbot: error: unknown argument 'max_artcles' (did you mean 'max_articles'?)",
        ),
        (
            ("outlet", "-a", "outlet=duniaku", "-s", "NEWSBOT_ALLOW_LOOPBAK=True"),
            "newsbot: error: unknown setting 'NEWSBOT_ALLOW_LOOPBAK' (did you mean 'NEWSBOT_ALLOW_LOOPBACK'?)",
        ),
        (("nosuchspider",), "newsbot: error: unknown spider 'nosuchspider' (known: outlet, site, urls)"),
    ],
)
def test_typos_stop_the_crawl_with_exit_2_and_one_line(args: tuple[str, ...], line: str, tmp_path: Path) -> None:
    proc = _crawl(*args, tmp_path=tmp_path)
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert proc.stderr.strip().splitlines() == [line]
    assert not list(tmp_path.rglob("*.jsonl")) and not list(tmp_path.rglob("*.summary.json"))  # nothing ran
