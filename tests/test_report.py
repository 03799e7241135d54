"""`newsbot report`: the page rendered from a fixture crawl shows what the crawl did, and loads nothing."""

from __future__ import annotations

import re
from collections import Counter
from html import escape
from pathlib import Path

import pytest
from conftest import CrawlResult

from newsbot import cli
from newsbot.cli.report import find_runs, hbar_chart, render, stacked_day_chart


@pytest.fixture(scope="module")
def page(duniaku_crawl: CrawlResult, tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("report") / "report.html"
    assert cli.main(["report", str(duniaku_crawl.output_dir), "--html", str(out)]) == 0
    return out.read_text(encoding="utf-8")


def _section(page: str, anchor: str) -> str:
    return page.split(f'id="{anchor}"', 1)[1].split("<h2", 1)[0]


@pytest.mark.crawl
def test_totals_per_outlet_and_run(page: str, duniaku_crawl: CrawlResult) -> None:
    s = duniaku_crawl.summary
    row = re.search(r"<tr><td>duniaku</td>(.*?)</tr>", _section(page, "outlets")).group(1)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row)
    assert cells == ["1", str(s["pages"]), str(s["articles"]), str(s["rejections"]), str(s["errors"])]
    assert s["run_id"] in _section(page, "runs")


@pytest.mark.crawl
def test_charts_carry_the_counts(page: str, duniaku_crawl: CrawlResult) -> None:
    languages = Counter(a["language"] for a in duniaku_crawl.articles)
    section = _section(page, "languages")
    for language, n in languages.items():
        assert f"<title>{language}: {n} (" in section
    reasons = Counter(r["reason"] for r in duniaku_crawl.rejections)
    section = _section(page, "rejections")
    for reason, n in reasons.items():
        assert f"<title>{reason}: {n} (" in section
    days = Counter(a["published_at"][:10] for a in duniaku_crawl.articles if a.get("published_at"))
    section = _section(page, "per-day")
    assert section.count("<rect") >= len(days)
    for day, n in days.items():
        assert f"<title>duniaku {day}: {n}</title>" in section


@pytest.mark.crawl
def test_slowest_largest_and_latest(page: str, duniaku_crawl: CrawlResult) -> None:
    assert _section(page, "slowest").count("<tr>") == 11  # header + top 10
    largest = _section(page, "largest")
    sizes = [float(x) for x in re.findall(r"([\d.]+) KiB", largest)]
    assert sizes and sizes == sorted(sizes, reverse=True)
    latest = _section(page, "latest")
    for article in duniaku_crawl.articles:
        assert escape(article["title"]) in latest
        assert f'href="{escape(article["canonical_url"])}"' in latest
    dates = re.findall(r'<span class="nowrap">(\d{4}-\d\d-\d\d)', latest)
    assert dates == sorted(dates, reverse=True)


@pytest.mark.crawl
def test_page_is_self_contained(page: str) -> None:
    assert "<script" not in page and "<link" not in page and "@import" not in page
    assert not re.search(r'\ssrc=|url\(', page)
    assert "default-src 'none'" in page


def test_hbar_chart_scales_bars() -> None:
    svg = hbar_chart([("a", 10), ("b", 5)], "things")
    widths = [float(w) for w in re.findall(r'<rect [^>]*width="([\d.]+)"', svg)]
    assert widths[0] == pytest.approx(2 * widths[1])
    assert "No things." in hbar_chart([], "things")


def test_day_chart_ticks_are_whole_numbers() -> None:
    svg = stacked_day_chart({"a": Counter({"2024-01-01": 3, "2024-01-02": 1}), "b": Counter({"2024-01-02": 2})})
    ticks = re.findall(r'class="tick">(\d+)</text>', svg)
    assert ticks and ticks[0] == "0" and int(ticks[-1]) >= 3
    assert svg.count("<title>") == 3


def test_runs_not_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["report", str(tmp_path), "--html", str(tmp_path / "r.html")]) == 2
    assert not (tmp_path / "r.html").exists()
    assert find_runs([tmp_path]) == []
    assert "no run summaries" in capsys.readouterr().err
    assert "No dated articles" in render([])
