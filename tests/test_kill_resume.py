"""SIGKILL a crawl at a few random points and resume it: nothing lost, no URL recorded twice, no torn line.

`make test` runs 3 kill points; `make test-faults` runs tests/kill_resume.py with 25.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest
from conftest import read_jsonl, run_crawl
from kill_resume import kill_and_resume

pytestmark = pytest.mark.crawl

KILLS = int(os.environ.get("NEWSBOT_KILLS", "3"))


def test_kill_and_resume_loses_nothing_and_duplicates_nothing(tmp_path: Path) -> None:
    report = kill_and_resume(KILLS, seed=11, delay=0.3, workdir=tmp_path, max_kill_after=4.0)
    assert report["kills"] >= KILLS, report
    assert report["final_exit"] == 0, (tmp_path / "crawl.log").read_text()[-3000:]
    assert report["line_problems"] == []
    assert report["missing_articles"] == [], report
    assert report["duplicate_articles"] == [], report
    assert report["duplicate_urls"] == [], report  # one record per URL across articles + rejects + errors
    assert report["unaccounted_urls"] == [], report
    assert report["leftover_part_files"] == []
    assert report["articles"] == report["reference"]["article"]
    assert report["ok"]


def test_a_run_killed_while_closing_is_not_recorded_again(duniaku_base: str, tmp_path: Path) -> None:
    """Killed between renaming its rejects file and its article file (the article file goes last): the run
    resuming it must inherit the URLs of the already-renamed files too, or it records those pages again."""
    first = run_crawl(tmp_path, "outlet=duniaku", f"base_url={duniaku_base}")
    assert first.returncode == 0, first.stderr[-3000:]
    assert first.rejections, "the fixture outlet has non-article pages"
    for path in first.files:
        if path.name.endswith(".jsonl") and ".rejects." not in path.name and ".errors." not in path.name:
            path.rename(path.with_name(path.name + ".part"))  # the article file: not renamed yet
        elif path.name.endswith(".summary.json"):
            path.unlink()  # written after the renames
    second = run_crawl(tmp_path, "outlet=duniaku", f"base_url={duniaku_base}")
    assert second.returncode == 0, second.stderr[-3000:]
    assert second.summary["recovered_runs"] == [first.summary["run_id"]]
    records = [r for path in tmp_path.rglob("*.jsonl") for r in read_jsonl(path)]
    twice = sorted(url for url, n in Counter(r["url"] for r in records).items() if n > 1)
    assert twice == []
    assert {r["url"] for r in first.rejections} <= {r["url"] for r in records}
