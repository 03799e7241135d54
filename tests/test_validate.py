"""`newsbot validate`: run output passes; bad lines are reported with line numbers and a non-zero exit."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from conftest import CrawlResult

from newsbot import cli

pytestmark = pytest.mark.crawl


def test_the_runs_files_pass(duniaku_crawl: CrawlResult, capsys: pytest.CaptureFixture[str]) -> None:
    pattern = str(duniaku_crawl.output_dir / "**" / "*.jsonl")  # expanded by validate, as without globstar
    assert cli.main(["validate", pattern]) == 0
    out = capsys.readouterr().out
    total = len(duniaku_crawl.articles) + len(duniaku_crawl.rejections) + len(duniaku_crawl.errors)
    assert f"ok: {total} lines in 3 files, 0 bad" in out


def _article(crawl: CrawlResult) -> dict:
    return dict(crawl.articles[0])


def test_bad_lines_are_reported_with_numbers(
    duniaku_crawl: CrawlResult, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _article(duniaku_crawl)
    lines = [
        json.dumps(good),
        json.dumps({**good, "title": 5}),
        json.dumps(good),
        json.dumps({**good, "published_at": "yesterday"}),
        "{not json",
        json.dumps({**good, "extra": 1}),
    ]
    path = tmp_path / "x.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    assert cli.main(["validate", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    problems = {line.split(":")[1]: line for line in out if line.startswith(str(path))}
    assert set(problems) == {"2", "4", "5", "6"}
    assert "title" in problems["2"] and "string" in problems["2"]
    assert "published_at" in problems["4"] and "'yesterday'" in problems["4"]
    assert "not JSON" in problems["5"]
    assert "extra" in problems["6"]
    assert "FAILED: 6 lines in 1 files, 4 bad" in out[-1]


def test_each_file_kind_has_its_own_schema(
    duniaku_crawl: CrawlResult, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rejects = tmp_path / "r.rejects.jsonl"
    rejects.write_text(
        json.dumps(duniaku_crawl.rejections[0])
        + "\n"
        + json.dumps(_article(duniaku_crawl))
        + "\n"
        + json.dumps({**duniaku_crawl.rejections[0], "reason": "bored"})
        + "\n",
        encoding="utf-8",
    )
    assert cli.main(["validate", str(rejects), "--max-problems", "1"]) == 1
    out = capsys.readouterr().out
    # Each line is checked against the schema of its own record_type; the file's name says which one belongs.
    assert f"{rejects}:2: an article record in a file of rejection records" in out
    assert ":3:" not in out and "1 more bad lines" in out


def test_truncated_last_line_and_missing_files(
    duniaku_crawl: CrawlResult, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cut.jsonl"
    path.write_text(
        json.dumps(_article(duniaku_crawl)) + "\n" + json.dumps(_article(duniaku_crawl))[:40], encoding="utf-8"
    )
    assert cli.main(["validate", str(path)]) == 1
    assert f"{path}:2: line not terminated" in capsys.readouterr().out
    assert cli.main(["validate", str(tmp_path / "nothing-*.jsonl")]) == 2
    assert "no JSONL file matches" in capsys.readouterr().err


def test_schema_option_uses_that_file(
    duniaku_crawl: CrawlResult, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "a.jsonl"
    data.write_text(json.dumps(_article(duniaku_crawl)) + "\n", encoding="utf-8")
    strict = tmp_path / "strict.json"
    strict.write_text(json.dumps({"type": "object", "required": ["no_such_field"]}), encoding="utf-8")
    assert cli.main(["validate", str(data), "--schema", str(strict)]) == 1
    assert "no_such_field" in capsys.readouterr().out


def test_schema_1_and_schema_2_files_are_read(
    duniaku_crawl: CrawlResult, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A run of schema 1 (<run-id>.jsonl, one published_at holding a day or a timestamp) passes beside schema 2;
    a schema-1 line is held to what schema 1 allowed."""
    from newsbot.models import Article

    v2 = _article(duniaku_crawl)
    v1 = {k: v for k, v in v2.items() if k in Article.model_fields and not k.startswith(("published_", "modified_"))}
    v1 |= {"schema_version": 1, "published_at": "2018-05-23", "published_at_source": "url", "modified_at": None}
    v1 |= {"published_at_raw": None}
    old = tmp_path / "20240101T000000Z-abcdef.jsonl"
    old.write_text(json.dumps(v1) + "\n" + json.dumps({**v1, "published_at": "2018-05-23T20:15:00+07:00"}) + "\n")
    new = tmp_path / "20240102T000000Z-abcdef.articles.jsonl"
    new.write_text(json.dumps(v2) + "\n")
    assert cli.main(["validate", str(tmp_path)]) == 0
    assert "ok: 3 lines in 2 files, 0 bad" in capsys.readouterr().out
    old.write_text(json.dumps({**v1, "published_at": "2018-05-23T20:15:00"}) + "\n" + json.dumps(v2) + "\n")
    assert cli.main(["validate", str(old)]) == 1  # schema 1 wanted an offset too
    out = capsys.readouterr().out
    assert f"{old}:1: model (article): published_at: ISO 8601 datetime without UTC offset" in out
    assert f"{old}:2:" not in out  # a schema-2 line in an old-named file is fine
