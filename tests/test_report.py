"""`newsbot report`: the page and the text summary say what the crawls did, agree on their counts, and
load nothing from anywhere."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any

import pytest
from conftest import CrawlResult

from newsbot import cli
from newsbot.cli.report import Mark, find_runs, gather, hbar_chart, render, text_summary, time_chart, time_ticks
from newsbot.devtools.sample_runs import week_of_runs

pytestmark = pytest.mark.crawl  # runs crawls, servers or worker processes

END = datetime(2026, 12, 5, 6, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def page(duniaku_crawl: CrawlResult, tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("report") / "report.html"
    assert cli.main(["report", str(duniaku_crawl.output_dir), "--html", str(out)]) == 0
    return out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def week(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    root = tmp_path_factory.mktemp("week")
    return root, week_of_runs(root, END)


def _section(page: str, anchor: str) -> str:
    return page.split(f'id="{anchor}"', 1)[1].split("<h2", 1)[0]


def test_a_real_crawl_per_outlet_and_run(page: str, duniaku_crawl: CrawlResult) -> None:
    s = duniaku_crawl.summary
    outlets = _section(page, "outlets")
    row = re.search(r'<tr data-outlet="duniaku">(.*?)</tr>', outlets).group(1)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row)
    assert cells[0] == "duniaku" and cells[1] == "1" and cells[4] == str(s["articles_new"])
    assert cells[6] == str(s["rejections"]) and cells[7] == str(s["errors"])
    runs = _section(page, "runs")
    assert s["run_id"] in runs and 'data-state="ok"' in runs


def test_charts_carry_the_counts(page: str, duniaku_crawl: CrawlResult) -> None:
    languages = Counter(a["language"] for a in duniaku_crawl.articles)
    section = _section(page, "languages")
    for language, n in languages.items():
        assert f"<title>{language}: {n} (" in section
    days = Counter(a["published_at"][:10] for a in duniaku_crawl.articles if a.get("published_at"))
    section = _section(page, "per-day")
    for day, n in days.items():
        assert f"<title>duniaku {day}: {n}</title>" in section
    assert 'data-axis="time"' in section


def test_latest_articles_newest_first(page: str, duniaku_crawl: CrawlResult) -> None:
    latest = _section(page, "latest")
    for article in duniaku_crawl.articles:
        assert escape(article["title"]) in latest
        assert f'href="{escape(article["canonical_url"])}"' in latest
    dates = re.findall(r'<span class="nowrap">(\d{4}-\d\d-\d\d)', latest)
    assert dates == sorted(dates, reverse=True)


def test_page_loads_nothing(page: str) -> None:
    assert "<link" not in page and "@import" not in page
    assert not re.search(r"\ssrc=|url\(", page)
    assert "default-src 'none'" in page and page.count("<script>") == 1


def test_week_failed_and_partial_runs_stand_out(week: tuple[Path, dict[str, Any]]) -> None:
    root, facts = week
    page = render(find_runs([root]), generated=END)
    runs = _section(page, "runs")
    for run_id in facts["failed"]:
        row = re.search(rf'<tr class="failed"[^>]*data-run="{run_id}">(.*?)</tr>', runs)
        assert row, run_id
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row.group(1))
        assert "site_failed" in cells[2] and cells[3] == "3"
    for run_id in facts["partial"]:
        assert re.search(rf'<tr class="partial"[^>]*data-run="{run_id}">', runs)
    assert f"{len(facts['failed'])} failed, {len(facts['partial'])} partial" in runs


def test_site_crawls_have_their_own_row(week: tuple[Path, dict[str, Any]]) -> None:
    root, facts = week
    report = gather(find_runs([root]))
    assert set(report.groups) == facts["groups"] and "?" not in report.groups


def test_counts_agree_between_terminal_and_page(
    week: tuple[Path, dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, facts = week
    out = tmp_path / "r.html"
    assert cli.main(["report", str(root), "--html", str(out)]) == 0
    line = capsys.readouterr().err
    expected = (
        f"{facts['runs']} runs of {len(facts['groups'])} outlets, {facts['records']} article records "
        f"({len(facts['ids'])} distinct articles)"
    )
    assert expected in line
    assert expected in out.read_text(encoding="utf-8")
    assert facts["records"] > len(facts["ids"])  # a revision: more records than articles, explained on the page
    assert "records can outnumber distinct articles" in out.read_text(encoding="utf-8")


def test_near_duplicates_are_marked(week: tuple[Path, dict[str, Any]]) -> None:
    root, facts = week
    latest = _section(render(find_runs([root]), generated=END), "latest")
    row = next(r for r in latest.split("<tr") if "near-duplicate of" in r)
    assert 'class="dup-row"' in row


def test_publication_days_on_a_real_time_axis(week: tuple[Path, dict[str, Any]]) -> None:
    root, _ = week
    section = _section(render(find_runs([root]), generated=END), "per-day")
    ticks = re.findall(r'<g class="tick-x" data-t="([^"]+)"><line x1="([\d.]+)"', section)
    assert len(ticks) >= 3
    times = [datetime.fromisoformat(t) for t, _ in ticks]
    xs = [float(x) for _, x in ticks]
    assert times == sorted(times) and xs == sorted(xs)
    # Positions are proportional to time: the 2018 stories sit far left of the week's.
    span = (times[-1] - times[0]).total_seconds()
    mid = times[len(times) // 2]
    expected = xs[0] + (xs[-1] - xs[0]) * (mid - times[0]).total_seconds() / span
    assert xs[len(xs) // 2] == pytest.approx(expected, abs=1.0)
    axis_start = re.search(r'class="axis-x" data-axis="time" data-start="([^"]+)"', section).group(1)
    assert datetime.fromisoformat(axis_start).year == 2018 and times[-1].year == 2026


def test_text_summary_for_a_cron_mail(week: tuple[Path, dict[str, Any]], capsys: pytest.CaptureFixture[str]) -> None:
    root, facts = week
    text = text_summary(gather(find_runs([root])), now=END)
    lines = text.splitlines()
    assert lines[0].startswith("newsbot report:")
    rows = {line.split()[0]: line for line in lines[2:-1]}
    assert set(rows) == facts["groups"]
    assert "1 failed runs in the last 24 hours." in text
    assert cli.main(["report", str(root)]) == 0  # without --html: the text summary on stdout
    assert "last run (UTC)" in capsys.readouterr().out


def test_time_ticks_are_round_and_inside() -> None:
    start, end = datetime(2018, 5, 23, tzinfo=UTC), datetime(2026, 12, 5, tzinfo=UTC)
    ticks = time_ticks(start, end)
    assert 2 <= len(ticks) <= 8 and all(start <= t <= end for t, _ in ticks)
    assert all(t.month == 1 and t.day == 1 for t, _ in ticks)
    day_ticks = time_ticks(datetime(2026, 12, 1, tzinfo=UTC), datetime(2026, 12, 6, tzinfo=UTC))
    assert [label for _, label in day_ticks][:2] == ["2026-12-01", "2026-12-02"]


def test_charts_scale_and_say_when_empty() -> None:
    svg = hbar_chart([("a", 10), ("b", 5)], "things")
    widths = [float(w) for w in re.findall(r'<rect [^>]*width="([\d.]+)"', svg)]
    assert widths[0] == pytest.approx(2 * widths[1])
    assert "No things." in hbar_chart([], "things")
    assert "No runs." in time_chart([], "runs", "n")
    one = time_chart([Mark(datetime(2026, 1, 1, tzinfo=UTC), 3, "a", "a: 3", "#000")], "x", "n")
    assert 'data-outlet="a"' in one


def test_runs_not_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["report", str(tmp_path), "--html", str(tmp_path / "r.html")]) == 2
    assert not (tmp_path / "r.html").exists()
    assert find_runs([tmp_path]) == []
    assert "no run summaries" in capsys.readouterr().err


def test_reading_commands_do_not_load_the_extraction_library() -> None:
    import subprocess
    import sys

    probe = (
        "import sys, newsbot, newsbot.cli.report, newsbot.cli.validate; "
        "print('trafilatura' in sys.modules, callable(newsbot.extract))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]  # loaded on first use of newsbot.extract, not on import


def test_a_partial_run_with_its_own_exit_code_is_partial_not_failed(tmp_path: Path) -> None:
    """A partial run exits 5 (newsbot.crawler.commands.crawl): the report shows it amber, not red."""
    from newsbot.cli.report import RunInfo

    def state(**summary: Any) -> str:
        return RunInfo(summary, tmp_path / "r.summary.json").state

    assert state(status="partial", exit_code=5) == "partial"
    assert state(status="stopped", exit_code=0) == "partial"
    assert state(status="site_failed", exit_code=3) == "failed" and state(status="failed", exit_code=4) == "failed"
    assert state(status="ok", exit_code=0) == "ok"
