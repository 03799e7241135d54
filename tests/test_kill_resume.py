"""SIGKILL a crawl at a few random points and resume it: nothing lost, no URL recorded twice, no torn line.

`make test` runs 3 kill points; `make test-faults` runs tests/kill_resume.py with 25.
"""

from __future__ import annotations

import os
from pathlib import Path

from kill_resume import kill_and_resume

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
