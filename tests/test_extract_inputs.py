"""Every way in besides a crawl: folders of saved pages (URL from a mapping file, --url or the page's
canonical link; several processes, same lines in the same order) and WARC files written by others."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from newsbot.cli.extract_cmd import expand_paths, page_url_from_html, read_url_map

pytestmark = pytest.mark.crawl  # runs crawls, servers or worker processes

PAGES = ROOT / "fixtures" / "pages"


def _newsbot(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "newsbot.cli", *args], capture_output=True, input=stdin, timeout=600)


def _expected(name: str) -> dict[str, object]:
    return json.loads((PAGES / (name + ".json")).read_text("utf-8"))


def test_folder_of_pages_with_their_canonical_links(tmp_path: Path) -> None:
    names = ["id-pemkot-bogor-uji-coba-bus-listrik", "en-scientists-map-deep-sea-coral-reef"]
    for name in names:
        (tmp_path / "saved").mkdir(exist_ok=True)
        (tmp_path / "saved" / f"{name}.html").write_bytes((PAGES / f"{name}.html").read_bytes())
    # a gzipped page in a subfolder is found too
    (tmp_path / "saved" / "more").mkdir()
    (tmp_path / "saved" / "more" / "p.html.gz").write_bytes(gzip.compress((PAGES / f"{names[0]}.html").read_bytes()))
    proc = _newsbot("extract", str(tmp_path / "saved"))
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(lines) == 3
    assert [r["record_type"] for r in lines] == ["article"] * 3
    assert lines[1]["id"] == lines[2]["id"]  # sorted: en-, id-, more/p.html.gz (the id- page gzipped): same id


def test_url_mapping_file_and_jobs_give_the_same_lines_in_order(tmp_path: Path) -> None:
    pages = sorted(PAGES.glob("*.html"))[:6]
    mapping = tmp_path / "urls.tsv"
    mapping.write_text("".join(f"{p}\t{_expected(p.stem)['url']}\n" for p in pages), encoding="utf-8")
    one = _newsbot("extract", *map(str, pages), "--urls", str(mapping))
    two = _newsbot("extract", *map(str, pages), "--urls", str(mapping), "--jobs", "2")
    assert one.returncode == two.returncode == 0, (one.stderr, two.stderr)
    strip = [{k: v for k, v in json.loads(line).items() if k != "fetched_at"} for line in one.stdout.splitlines()]
    strip2 = [{k: v for k, v in json.loads(line).items() if k != "fetched_at"} for line in two.stdout.splitlines()]
    assert strip == strip2 and len(strip) == len(pages)
    assert [r["url"] for r in strip] == [_expected(p.stem)["url"] for p in pages]


def test_a_page_without_any_url_still_ends_as_one_record(tmp_path: Path) -> None:
    page = tmp_path / "bare.html"
    page.write_text("<html><body><p>" + "Kata " * 80 + "</p></body></html>", encoding="utf-8")
    proc = _newsbot("extract", str(page))
    lines = proc.stdout.decode().splitlines()
    # An unknown URL is no evidence against the page: it is an article whose url is the file's URI.
    record = json.loads(lines[0])
    assert len(lines) == 1 and record["record_type"] == "article", record
    assert record["url"] == record["canonical_url"] == page.resolve().as_uri()
    assert b"give --url or --urls" in proc.stderr


def test_helpers() -> None:
    assert (
        page_url_from_html(b'<head><link href="https://a.example/x" rel="canonical"></head>') == "https://a.example/x"
    )
    assert (
        page_url_from_html(b'<meta property="og:url" content="https://a.example/y?a=1&amp;b=2">')
        == "https://a.example/y?a=1&b=2"
    )
    assert page_url_from_html(b'<link rel="canonical" href="/relative">') is None
    assert expand_paths(["-"]) == ["-"]


def test_url_map_formats(tmp_path: Path) -> None:
    f = tmp_path / "m.txt"
    f.write_text(
        '# comment\na.html\thttps://x.example/a\n{"path": "b.html", "url": "https://x.example/b"}\n', encoding="utf-8"
    )
    assert read_url_map(f) == {
        str(tmp_path / "a.html"): "https://x.example/a",
        str(tmp_path / "b.html"): "https://x.example/b",
    }


def _warc_record(kind: str, uri: str, block: bytes, extra: str = "") -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2026-12-01T00:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash((kind, uri))):032x}>\r\n{extra}"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode()
    # CC-NEWS: one gzip member per record
    return gzip.compress(head + block + b"\r\n\r\n")


def build_ccnews_warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    """A small CC-NEWS-style WARC: warcinfo, then request + response per page (one gzip member each)."""
    out = io.BytesIO()
    out.write(_warc_record("warcinfo", "", b"software: newsbot-test\r\n", "Content-Type: application/warc-fields\r\n"))
    for uri, body in pages:
        out.write(
            _warc_record(
                "request",
                uri,
                b"GET / HTTP/1.1\r\nHost: x\r\n\r\n",
                "Content-Type: application/http; msgtype=request\r\n",
            )
        )
        encoded = gzip.compress(body)
        http = (
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
            + f"Content-Length: {len(encoded)}\r\n\r\n".encode()
            + encoded
        )
        out.write(_warc_record("response", uri, http, "Content-Type: application/http; msgtype=response\r\n"))
    out.write(
        _warc_record(
            "response",
            "https://x.example/logo.png",
            b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG",
            "Content-Type: application/http; msgtype=response\r\n",
        )
    )
    path.write_bytes(out.getvalue())


def test_extract_warc_gives_the_records_of_extract(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc", reason="fastwarc is in the archive extra that make install installs")
    names = ["id-pemkot-bogor-uji-coba-bus-listrik", "de-neue-faehrlinie-soll-pendler-entlasten", "nonarticle-404-1"]
    pages = [(str(_expected(n)["url"]), (PAGES / f"{n}.html").read_bytes()) for n in names]
    warc = tmp_path / "CC-NEWS-20261201000000-00001.warc.gz"
    build_ccnews_warc(warc, pages)
    proc = _newsbot("extract-warc", str(warc), "--jobs", "2", "--out", str(tmp_path / "out.jsonl"))
    assert proc.returncode == 0, proc.stderr
    assert b"3 pages from 1 WARC file(s)" in proc.stderr
    got = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    assert [r["url"] for r in got] == [u for u, _ in pages]  # the PNG is not a page; order kept
    for (url, _), record, name in zip(pages, got, names, strict=True):
        alone = json.loads(_newsbot("extract", str(PAGES / f"{name}.html"), "--url", url).stdout)
        assert record["record_type"] == alone["record_type"]
        assert record.get("text") == alone.get("text") and record.get("id") == alone.get("id")
        assert record["http_status"] == 200
