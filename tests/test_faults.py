"""Faults and hostile input: every discovered URL ends as exactly one record, nothing is let in.

One real crawl of the hostile outlet (tests/hostile_server.py) is shared by the end-to-end tests; the
network policy, Retry-After and XML parsing also have unit tests that never open a connection.
"""

from __future__ import annotations

import asyncio
import socket
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import CrawlResult, run_crawl
from hostile_server import (
    EXPECT,
    NEVER_REQUESTED,
    TEST_MAXSIZE,
    HostileServer,
    billion_laughs,
    serve_hostile,
    write_outlet,
    xxe_xml,
)
from scrapy import Request
from scrapy.http import Response
from twisted.python.failure import Failure

from newsbot.crawler.safety import (
    CallbackGuardMiddleware,
    RefusedAddress,
    RefusedRequest,
    RetryAfterMiddleware,
    SafeResolver,
    SafetyMiddleware,
    _retry_after_seconds,
    address_refusal,
    failure_record,
    host_in_domains,
)
from newsbot.discovery.listings import parse_feed, parse_sitemap
from newsbot.models import ErrorRecord

#: Short waits so the faults (hangs, Retry-After, retries) cost seconds, not minutes.
FAULT_SETTINGS = {
    "DOWNLOAD_TIMEOUT": "2",
    "RETRY_TIMES": "1",
    "NEWSBOT_RETRY_AFTER_MAX": "1",
    "DOWNLOAD_MAXSIZE": str(TEST_MAXSIZE),
    "DNS_TIMEOUT": "5",
}


@pytest.fixture(scope="module")
def hostile() -> Iterator[HostileServer]:
    with serve_hostile() as server:
        yield server


@pytest.fixture(scope="module")
def outlets_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile-outlets")
    write_outlet(folder)
    return folder


@pytest.fixture(scope="module")
def hostile_crawl(
    hostile: HostileServer, outlets_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[CrawlResult, list[str]]:
    """One crawl of the hostile outlet (loopback allowed, as for any fixture outlet); and the paths it requested."""
    out = tmp_path_factory.mktemp("hostile-crawl")
    result = run_crawl(
        out,
        "outlet=hostile",
        f"base_url={hostile.base}",
        timeout=240,
        settings={**FAULT_SETTINGS, "NEWSBOT_OUTLETS_DIR": str(outlets_dir)},
    )
    # The outlet names a sitemap that answers with binary garbage: a failed sitemap while the others work is a
    # partial run (exit 5, issue 14), and the only failed source.
    assert result.returncode == 5, result.stderr[-3000:]
    assert result.summary["status"] == "partial"
    assert list(result.summary["sources_failed"]) == [f"{hostile.base}/sitemap-malformed.xml"]
    return result, hostile.hits


def _outcome(record: dict) -> str:
    kind = record["record_type"]
    if kind == "rejection":
        return f"rejection:{record['reason']}"
    if kind == "error":
        return f"error:{record['kind']}"
    return "article"


def _allowed(outcome: str, allowed: frozenset[str]) -> bool:
    return outcome in allowed or f"{outcome.split(':', 1)[0]}:*" in allowed


# --- the contract, end to end ----------------------------------------------------------------------------


@pytest.mark.crawl
def test_every_discovered_url_ends_as_exactly_one_record(
    hostile_crawl: tuple[CrawlResult, list[str]], hostile: HostileServer
) -> None:
    result, _ = hostile_crawl
    records = result.articles + result.rejections + result.errors
    pool: Counter[str] = Counter(r["url"] for r in records)
    by_url: dict[str, list[dict]] = {}
    for record in records:
        by_url.setdefault(record["url"], []).append(record)
    # Match each discovered URL to one record (the URL itself, or where its redirects end), most specific first.
    problems = []
    for key, expect in sorted(EXPECT.items(), key=lambda kv: len(kv[1].record_urls or (kv[0],))):
        candidates = [hostile.url(u) for u in (expect.record_urls or (key,))]
        match = next(
            (u for u in candidates if pool[u] > 0 and any(_allowed(_outcome(r), expect.outcomes) for r in by_url[u])),
            None,
        )
        if match is None:
            seen = {u: [_outcome(r) for r in by_url.get(u, [])] for u in candidates}
            problems.append(f"{key}: expected one of {sorted(expect.outcomes)}, records {seen}")
            continue
        pool[match] -= 1
    leftover = {u: n for u, n in pool.items() if n > 0}
    assert not problems, "\n".join(problems)
    assert not leftover, f"records that stand for no discovered URL (duplicates?): {leftover}"
    assert len(records) == len(EXPECT)


@pytest.mark.crawl
def test_summary_counts_every_record(hostile_crawl: tuple[CrawlResult, list[str]]) -> None:
    result, _ = hostile_crawl
    summary = result.summary
    assert summary["articles"] == len(result.articles)
    assert summary["rejections"] == len(result.rejections)
    assert summary["errors"] == len(result.errors)
    assert summary["rejections_by_reason"] == dict(Counter(r["reason"] for r in result.rejections))
    assert summary["errors_by_kind"] == dict(Counter(r["kind"] for r in result.errors))
    assert summary["rejections_by_reason"].get("offsite", 0) >= 10  # refusals are counted, not silent


@pytest.mark.crawl
def test_no_exception_escapes_a_component(hostile_crawl: tuple[CrawlResult, list[str]]) -> None:
    result, _ = hostile_crawl
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert "Spider error processing" not in result.stderr
    assert "callback failed" not in result.stderr  # CallbackGuardMiddleware never had to step in
    assert not any(e["kind"] in ("UnexpectedItem", "WorkerCrashed", "ExtractTimeout") for e in result.errors)


@pytest.mark.crawl
def test_failures_carry_status_or_exception_kind(
    hostile_crawl: tuple[CrawlResult, list[str]], hostile: HostileServer
) -> None:
    result, _ = hostile_crawl
    statuses = {r["url"]: r["http_status"] for r in result.rejections if r["reason"] == "http_error"}
    for code in (429, 503, 500, 404, 410):
        assert statuses[hostile.url(f"/fault/{code}")] == code
    kinds = {r["url"]: r["kind"] for r in result.errors}
    assert "Timeout" in kinds[hostile.url("/fault/hang-body")]
    assert "Timeout" in kinds[hostile.url("/fault/hang-headers")]
    assert kinds[hostile.url("/fault/reset")] not in ("", "Exception")


@pytest.mark.crawl
def test_retries_are_bounded_and_retry_after_is_honoured(hostile_crawl: tuple[CrawlResult, list[str]]) -> None:
    _, hits = hostile_crawl
    count = Counter(hits)
    assert count["/fault/429-once"] == 2  # waited the Retry-After, retried, got the article
    retries = int(FAULT_SETTINGS["RETRY_TIMES"])
    for path in ("/fault/429", "/fault/503", "/fault/500"):
        assert count[path] == retries + 1, path
    assert count["/fault/redirect-loop-a"] <= 6 and count["/fault/redirect-loop-b"] <= 6  # REDIRECT_MAX_TIMES


@pytest.mark.crawl
def test_private_and_offsite_targets_are_never_contacted(hostile_crawl: tuple[CrawlResult, list[str]]) -> None:
    result, hits = hostile_crawl
    details = {r["url"]: r["detail"] for r in result.rejections if r["reason"] == "offsite"}
    # 10.0.0.5 is one of the outlet's domains: refused for its address, after a redirect.
    assert "private" in details["http://10.0.0.5/admin"]
    for url in (
        "http://169.254.169.254/latest/meta-data/",
        "http://evil.example/phishing",
        "file:///etc/passwd",
        "javascript:alert(document.cookie)",
        "data:text/html,<h1>injected</h1>",
    ):
        assert url in details, url
    # Nothing those URLs name was fetched from anywhere, not even rebased onto the fixture server.
    assert not {"/latest/meta-data/", "/admin", "/phishing", "/landing", "/etc/passwd", "/pub/file.html"} & set(hits)


@pytest.mark.crawl
def test_xml_entities_and_external_dtds_are_never_resolved(hostile_crawl: tuple[CrawlResult, list[str]]) -> None:
    result, hits = hostile_crawl
    for path in NEVER_REQUESTED:
        assert path not in hits, f"the XML parser fetched {path}"
    for record in result.articles + result.rejections + result.errors:
        assert "lollol" not in record["url"]


@pytest.mark.crawl
def test_size_caps_end_as_too_large(hostile_crawl: tuple[CrawlResult, list[str]], hostile: HostileServer) -> None:
    result, _ = hostile_crawl
    too_large = {r["url"]: r["detail"] for r in result.rejections if r["reason"] == "too_large"}
    for path in (
        "/fault/oversize",
        "/fault/oversize-stream",
        "/fault/gzip-bomb",
        "/fault/brotli-bomb",
        "/fault/huge-title",
        "/fault/huge-text",
    ):
        assert hostile.url(path) in too_large, path
        assert too_large[hostile.url(path)], f"{path}: too_large without a reason"


@pytest.mark.crawl
def test_hostile_pages_give_clean_records(hostile_crawl: tuple[CrawlResult, list[str]], hostile: HostileServer) -> None:
    result, _ = hostile_crawl  # run_crawl already ran assert_clean_records on every record
    articles = {a["url"]: a for a in result.articles}
    wrong = articles[hostile.url("/fault/wrong-charset")]
    assert "Café crème" in wrong["title"] and "Ã" not in wrong["title"]
    marked = articles.get(hostile.url("/fault/markup-title"))
    if marked is not None:
        assert "<script" not in marked["title"] and "<script" not in marked["text"]


@pytest.mark.crawl
def test_loopback_refused_by_default_even_by_name(outlets_dir: Path, tmp_path: Path) -> None:
    """NEWSBOT_ALLOW_LOOPBACK off: `localhost` resolves to 127.0.0.1 and every request is refused unsent."""
    with serve_hostile() as server:
        base = server.base.replace("127.0.0.1", "localhost")
        result = run_crawl(
            tmp_path,
            "outlet=hostile",
            f"base_url={base}",
            timeout=120,
            settings={**FAULT_SETTINGS, "NEWSBOT_OUTLETS_DIR": str(outlets_dir), "NEWSBOT_ALLOW_LOOPBACK": "False"},
        )
        hits = server.hits
    assert result.returncode in (0, 1, 2, 3), result.stderr[-2000:]
    assert hits == [], f"the crawl reached the server: {hits}"
    refused = [r for r in result.rejections if r["reason"] == "offsite"]
    assert refused and all("loopback" in r["detail"] for r in refused), refused
    assert not result.articles


# --- unit tests: the address policy, without any connection -----------------------------------------------


@pytest.mark.parametrize(
    "ip, why",
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("fd12::1", "private"),
        ("169.254.169.254", "metadata"),
        ("fd00:ec2::254", "metadata"),
        ("100.100.100.200", "metadata"),
        ("169.254.1.1", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "reserved"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "reserved"),
        ("::ffff:10.0.0.1", "private"),
        ("::ffff:127.0.0.1", "loopback"),
        ("2002:a00:1::", "private"),
        ("93.184.215.14", None),
        ("2606:4700::1111", None),
    ],
)
def test_address_policy(ip: str, why: str | None) -> None:
    assert address_refusal(ip) == why


def test_allow_loopback_allows_loopback_only() -> None:
    assert address_refusal("127.0.0.1", allow_loopback=True) is None
    assert address_refusal("::1", allow_loopback=True) is None
    for ip in ("10.0.0.1", "169.254.169.254", "192.168.0.1", "fe80::1", "0.0.0.0"):
        assert address_refusal(ip, allow_loopback=True) is not None, ip


def test_domains_match_hosts_not_ports() -> None:
    assert host_in_domains("127.0.0.1", ["127.0.0.1"])
    assert host_in_domains("www.duniaku.example", ["duniaku.example"])
    assert not host_in_domains("duniaku.example.evil.test", ["duniaku.example"])
    assert not host_in_domains("evilduniaku.example", ["duniaku.example"])


@pytest.fixture
def no_connections(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a connection was attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)


def _check(mw: SafetyMiddleware, url: str, domains: list[str]) -> str | None:
    try:
        asyncio.run(mw.check(url, domains))
    except RefusedRequest as exc:
        return exc.why
    return None


@pytest.mark.usefixtures("no_connections")
def test_names_are_judged_by_their_resolved_address(monkeypatch: pytest.MonkeyPatch) -> None:
    answers = {
        "metadata.outlet.test": ["169.254.169.254"],
        "intranet.outlet.test": ["10.9.8.7"],
        "dev.outlet.test": ["127.0.0.1"],
        "mixed.outlet.test": ["93.184.215.14", "192.168.0.10"],
        "www.outlet.test": ["93.184.215.14"],
    }
    resolved: list[str] = []

    async def fake_resolve(self: SafetyMiddleware, host: str) -> list[str]:
        resolved.append(host)
        return answers[host]

    monkeypatch.setattr(SafetyMiddleware, "resolve", fake_resolve)
    domains = ["outlet.test"]
    strict, loopback_ok = SafetyMiddleware(allow_loopback=False), SafetyMiddleware(allow_loopback=True)
    assert _check(strict, "http://metadata.outlet.test/latest/", domains) == "metadata"
    assert _check(loopback_ok, "http://intranet.outlet.test/", domains) == "private"
    assert _check(strict, "http://dev.outlet.test:8080/", domains) == "loopback"
    assert _check(loopback_ok, "http://dev.outlet.test:8080/", domains) is None
    assert _check(strict, "http://mixed.outlet.test/", domains) == "private"  # any bad answer refuses
    assert _check(strict, "https://www.outlet.test/a", domains) is None
    # Refused before resolving: other domains, IP literals, schemes.
    resolved.clear()
    assert _check(strict, "http://evil.test/", domains) == "offsite"
    assert _check(strict, "ftp://www.outlet.test/", domains) == "scheme"
    assert _check(strict, "file:///etc/passwd", domains) == "scheme"
    assert _check(loopback_ok, "http://169.254.169.254/", ["169.254.169.254"]) == "metadata"
    assert _check(loopback_ok, "http://[::ffff:10.0.0.1]/", ["::ffff:10.0.0.1"]) == "private"
    assert resolved == []


@pytest.mark.usefixtures("no_connections")
def test_localhost_is_refused_by_its_real_resolution() -> None:
    """`localhost` is resolved for real (from the hosts file, no network) and refused as loopback."""
    assert _check(SafetyMiddleware(allow_loopback=False), "http://localhost:8471/", ["localhost"]) == "loopback"
    assert _check(SafetyMiddleware(allow_loopback=True), "http://localhost:8471/", ["localhost"]) is None


def test_resolver_refuses_at_connect_time() -> None:
    resolver = SafeResolver.__new__(SafeResolver)
    resolver.allow_loopback = True
    assert resolver._check("127.0.0.1", "dev.test") == "127.0.0.1"
    with pytest.raises(RefusedAddress):
        resolver._check("169.254.169.254", "rebind.test")


def test_a_dns_failure_is_an_error_of_its_kind_not_an_offsite_rejection(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only addresses the policy refuses are offsite; a name that does not resolve is the site's failure
    (issue 14, item 8): the spider's errback makes it an error record of kind DNSLookupError."""
    from twisted.internet.error import DNSLookupError

    from newsbot.crawler.spiders.outlet import OutletSpider

    async def no_answer(self: SafetyMiddleware, host: str) -> list[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(SafetyMiddleware, "resolve", no_answer)
    url = "http://gone.outlet.test/news/"
    with pytest.raises(DNSLookupError) as caught:
        asyncio.run(SafetyMiddleware(allow_loopback=False).check(url, ["outlet.test"]))
    assert not isinstance(caught.value, RefusedRequest)
    failure = Failure(caught.value)
    failure.request = Request(url)  # type: ignore[attr-defined] - as Scrapy hands it to the errback
    records = list(OutletSpider(outlet="harbourtimes").on_error(failure))
    assert len(records) == 1 and isinstance(records[0], ErrorRecord)
    assert records[0].kind == "DNSLookupError" and "gone.outlet.test" in records[0].detail


def test_refusals_become_offsite_rejections() -> None:
    failure = Failure(RefusedRequest("private", "10.0.0.5 is a private address"))
    record = failure_record(failure, "http://10.0.0.5/", "hostile", "2024-01-01T00:00:00+00:00")
    assert record is not None and record.reason == "offsite" and "private" in record.detail


# --- Retry-After ------------------------------------------------------------------------------------------


def test_retry_after_parsing() -> None:
    assert _retry_after_seconds(b"120") == 120
    assert _retry_after_seconds(b"-5") == 0
    assert _retry_after_seconds(b"soon") is None
    assert _retry_after_seconds(None) is None
    from datetime import UTC, datetime

    now = datetime(2015, 10, 21, 7, 27, 0, tzinfo=UTC)
    assert _retry_after_seconds(b"Wed, 21 Oct 2015 07:28:00 GMT", now) == 60


def test_retry_after_wait_is_capped() -> None:
    mw = RetryAfterMiddleware(cap=30, max_retry_times=2)
    request = Request("http://127.0.0.1/x")
    assert mw.delay_for(request, Response(request.url, status=429, headers={"Retry-After": "3600"})) == 30
    assert mw.delay_for(request, Response(request.url, status=503, headers={"Retry-After": "2"})) == 2
    assert mw.delay_for(request, Response(request.url, status=500, headers={"Retry-After": "2"})) == 0
    last = Request("http://127.0.0.1/x", meta={"retry_times": 2})
    assert mw.delay_for(last, Response(last.url, status=429, headers={"Retry-After": "5"})) == 0  # no retry follows


# --- the callback guard -----------------------------------------------------------------------------------


def test_callback_exception_becomes_one_error_record() -> None:
    crawler = SimpleNamespace(spider=SimpleNamespace(outlet_name="hostile"))
    guard = CallbackGuardMiddleware(crawler=crawler)
    response = Response("http://127.0.0.1/page", request=Request("http://127.0.0.1/page"))
    records = list(guard.process_spider_exception(response, ValueError("boom")))
    assert len(records) == 1 and isinstance(records[0], ErrorRecord) and records[0].kind == "ValueError"
    assert list(guard.process_spider_exception(response, ValueError("again"))) == []  # already accounted for


# --- XML: no entity expansion, no network -------------------------------------------------------------------


def test_billion_laughs_is_not_expanded() -> None:
    for body, parse in ((billion_laughs("rss"), parse_feed), (billion_laughs("urlset"), parse_sitemap)):
        entries = parse(body.encode(), "http://127.0.0.1:9/")
        for entry in entries:
            assert len(entry.url) < 200 and len(entry.title or "") < 200


@pytest.mark.crawl
def test_external_entities_and_dtds_are_not_fetched(hostile: HostileServer) -> None:
    before = len(hostile.hits)
    feed = parse_feed(xxe_xml(hostile.base, "rss").encode(), hostile.base + "/")
    sitemap = parse_sitemap(xxe_xml(hostile.base, "urlset").encode(), hostile.base + "/")
    assert hostile.hits[before:] == []  # neither the DTD nor the entity was requested
    hostname = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else "\0"
    for entry in feed + sitemap:
        assert "xxe-leak" not in entry.url and hostname not in (entry.title or "") + entry.url.split("/")[-1]


def test_the_hostile_server_builds_its_bombs_before_the_crawl_asks_for_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """Building a 40 MB bomb takes seconds on a loaded machine; done by the first request, it ran into the fault
    crawl's 2 s DOWNLOAD_TIMEOUT (a DownloadTimeoutError instead of the too_large rejection test_size_caps expects).
    The server builds them when it starts, so serving one is sending a few kilobytes."""
    import hostile_server

    monkeypatch.setattr(hostile_server, "_CACHE", {})
    with serve_hostile():
        built = set(hostile_server._CACHE)
    assert "gzip" in built
    try:
        import brotli  # noqa: F401
    except ImportError:
        return
    assert "br" in built
