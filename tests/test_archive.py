"""WARC archive of a crawl, and `newsbot reextract` reproducing the crawl's records from it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from conftest import CrawlResult, read_jsonl

from newsbot import cli

warcio = pytest.importorskip("warcio", reason="warcio (extra 'archive') is not installed")
from warcio.archiveiterator import ArchiveIterator  # noqa: E402


def _warc(crawl: CrawlResult) -> Path:
    run_id = crawl.summary["run_id"]
    warcs = [p for p in crawl.files if p.name == f"{run_id}.warc.gz"]
    assert warcs, f"no {run_id}.warc.gz beside the run's files: {[p.name for p in crawl.files]}"
    return warcs[0]


@pytest.mark.crawl
def test_warc_sits_beside_the_run_files_with_the_same_run_id(duniaku_crawl: CrawlResult) -> None:
    warc = _warc(duniaku_crawl)
    assert warc.parent == Path(duniaku_crawl.summary["files"]["article"]).parent
    assert not list(duniaku_crawl.output_dir.rglob("*.warc.gz.part"))


@pytest.mark.crawl
def test_warc_has_request_and_response_headers_for_every_html_page(duniaku_crawl: CrawlResult) -> None:
    responses, requests, info = {}, {}, []
    with open(_warc(duniaku_crawl), "rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type == "warcinfo":
                info.append(record.content_stream().read().decode())
            elif record.rec_type == "response":
                responses[record.rec_headers.get_header("WARC-Record-ID")] = record.rec_headers.get_header(
                    "WARC-Target-URI"
                )
                assert record.rec_headers.get_header("Newsbot-Outlet") == "duniaku"
                assert record.http_headers.get_header("Content-Type")
                assert record.http_headers.get_statuscode()
                assert record.content_stream().read()
            elif record.rec_type == "request":
                requests[record.rec_headers.get_header("WARC-Concurrent-To")] = record.http_headers
    assert info and "newsbot-outlet: duniaku" in info[0]
    assert set(requests) == set(responses), "every response has its request record"
    for headers in requests.values():
        request_line = f"{headers.protocol} {headers.statusline}"  # warcio splits off the method
        assert request_line.startswith("GET /") and request_line.endswith(" HTTP/1.1"), request_line
        assert headers.get_header("User-Agent", "").startswith("newsbot/")
    # Every page that became a record was fetched as HTML, so it is in the archive.
    fetched = {r["url"] for r in duniaku_crawl.articles + duniaku_crawl.rejections if r.get("reason") != "offsite"}
    assert fetched <= set(responses.values())


@pytest.mark.crawl
def test_pages_json_lists_slowest_and_largest(duniaku_crawl: CrawlResult) -> None:
    run_id = duniaku_crawl.summary["run_id"]
    pages = [p for p in duniaku_crawl.files if p.name == f"{run_id}.pages.json"]
    assert pages
    stats = json.loads(pages[0].read_text(encoding="utf-8"))
    assert stats["responses"] >= duniaku_crawl.summary["pages"]
    sizes = [e["bytes"] for e in stats["largest"]]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] > 0
    seconds = [e["seconds"] for e in stats["slowest"]]
    assert seconds == sorted(seconds, reverse=True)


@pytest.mark.crawl
def test_reextract_reproduces_the_run(
    duniaku_crawl: CrawlResult, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "again.jsonl"
    assert cli.main(["reextract", str(_warc(duniaku_crawl)), "--out", str(out)]) == 0
    again = {r["id"]: r for r in read_jsonl(out)}
    before = {r["id"]: r for r in duniaku_crawl.articles}
    assert before and set(again) == set(before)
    for key, record in before.items():
        assert again[key]["text"] == record["text"], record["url"]
        assert again[key]["title"] == record["title"]
        assert again[key]["url"] == record["url"]
    rejects = read_jsonl(tmp_path / "again.rejects.jsonl")
    assert sorted(r["url"] for r in rejects) == sorted(r["url"] for r in duniaku_crawl.rejections)
    assert (tmp_path / "again.errors.jsonl").exists()
    assert not list(tmp_path.glob("*.part"))
    err = capsys.readouterr().err
    assert f"{len(before)} articles" in err and "reextracted" in err
    assert "\r[" not in err, "no progress bar when stderr is not a terminal"


@pytest.mark.crawl
def test_reextract_to_stdout_and_progress_bar_on_a_tty(
    duniaku_crawl: CrawlResult, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsbot.cli import reextract

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty = Tty()
    monkeypatch.setattr(reextract.sys, "stderr", tty)
    assert cli.main(["reextract", str(_warc(duniaku_crawl))]) == 0
    lines = capsys.readouterr().out.splitlines()
    kinds = {json.loads(line)["record_type"] for line in lines}
    assert len(lines) == len(duniaku_crawl.articles) + len(duniaku_crawl.rejections)
    assert kinds == {"article", "rejection"}
    assert "\r[" in tty.getvalue() and "100%" in tty.getvalue()


def test_reextract_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["reextract", str(tmp_path / "nope.warc.gz")]) == 2
    assert "no such WARC file" in capsys.readouterr().err
