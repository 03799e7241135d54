"""Issue #6: URLs that Scrapy's middlewares or newsbot's own skips used to drop silently end as exactly one
record per run; the per-run claims that decide it live in the state store (`newsbot.state.claims`)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import ROOT, SITES, read_jsonl, run_crawl
from scrapy import Request

from newsbot.devtools.devserver import make_handler, serve_site
from newsbot.state import SqliteStateStore
from newsbot.state.claims import DEFER, FETCH, LINKS, LINKS_ONLY, LOST, RECORD, WON, MemoryClaims, RunClaims

ARTICLE = "/news/2024/03/{:02d}/story-{}.html"
LONG = "/news/2024/03/01/" + "x" * 200 + ".html"


def _page(title: str, links: list[str]) -> str:
    anchors = "".join(f"<li><a href='{link}'>{link}</a></li>" for link in links)
    return (
        f"<!doctype html><html lang='en'><head><title>{title}</title></head><body><h1>{title}</h1>"
        f"<p>Short.</p><ul>{anchors}</ul></body></html>"
    )


def _write_site(root: Path, pages: dict[str, str]) -> None:
    """Write each page (URL path -> HTML) under root; "/" is index.html."""
    for path, html in pages.items():
        target = root / (path.lstrip("/") or "index.html")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")


def _write_outlet(outlets: Path, name: str, base: str) -> None:
    """An outlet file starting at the site's home page, with dated /news/ URLs as its articles."""
    (outlets / f"{name}.toml").write_text(
        f'name = "{name}"\ndomains = ["127.0.0.1"]\nstart_urls = ["{base}/"]\n'
        "allow = ['/news/\\d{4}/\\d{2}/\\d{2}/[^/]+\\.html$']\n",
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def chain_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A home page linking a chain of article URLs 1 -> 2 -> 3 -> 4 (each linking home and all earlier ones,
    so every URL is discovered many times) and one over-long URL; served on loopback, with its outlet file."""
    root = tmp_path_factory.mktemp("chain-site")
    chain = [ARTICLE.format(i, i) for i in range(1, 5)]
    # Each story links home, every earlier story, itself and the next one.
    _write_site(
        root,
        {
            "/": _page("Home", [chain[0], LONG, "/"]),
            **{path: _page(f"Story {i + 1}", ["/", *chain[: i + 2]]) for i, path in enumerate(chain)},
        },
    )
    outlets = tmp_path_factory.mktemp("chain-outlets")
    with serve_site(root) as base:
        _write_outlet(outlets, "chain", base)
        yield base, outlets


@pytest.mark.crawl
def test_depth_and_url_length_limits_end_as_one_record_each(chain_site: tuple[str, Path], tmp_path: Path) -> None:
    base, outlets = chain_site
    result = run_crawl(
        tmp_path,
        "outlet=chain",
        f"base_url={base}",
        settings={
            "NEWSBOT_OUTLETS_DIR": str(outlets),
            "DEPTH_LIMIT": "2",
            "URLLENGTH_LIMIT": "150",
            "NEWSBOT_RECORD_SKIPPED": "True",
        },
    )
    assert result.returncode == 0, result.stderr[-3000:]
    records = result.articles + result.rejections + result.errors
    by_path = Counter(urlsplit(r["url"]).path for r in records + result.skipped)
    # Every discovered URL exactly once, though each was linked from several pages: a record, or skipped.
    # (Story 4 is linked only from story 3, which is not fetched: never discovered.)
    assert by_path == Counter({"/": 1, LONG: 1, **{ARTICLE.format(i, i): 1 for i in range(1, 4)}}), by_path
    rejections = {urlsplit(r["url"]).path: r for r in result.rejections}
    # Story 3 is at depth 3 (home 0 -> story 1 -> story 2 -> story 3): Scrapy's DepthMiddleware would drop it
    # silently; here it is skipped, with its reason (issue 14: no record of a page not fetched).
    assert [(urlsplit(s["url"]).path, s["reason"]) for s in result.skipped] == [(ARTICLE.format(3, 3), "depth")]
    assert "DEPTH_LIMIT=2" in result.skipped[0]["detail"]
    assert result.summary["skipped"] == {"depth": 1}
    long = rejections[LONG]
    assert long["reason"] == "too_large" and "URLLENGTH_LIMIT=150" in long["detail"]
    assert "limit" not in result.summary["rejections_by_reason"]
    assert result.summary["pages"] == len(records)


@pytest.mark.crawl
def test_since_skips_are_counted_and_listed_only_when_asked(tmp_path: Path) -> None:
    with serve_site(SITES / "harbourtimes") as base:
        result = run_crawl(
            tmp_path,
            "outlet=harbourtimes",
            f"base_url={base}",
            "since=2024-03-10",
            settings={"NEWSBOT_RECORD_SKIPPED": "True"},
        )
    assert result.returncode == 0, result.stderr[-3000:]
    assert not [r for r in result.rejections if r["reason"] == "limit"]  # not fetched: no record (issue 14)
    old = [s for s in result.skipped if s["reason"] == "since"]
    assert old and all("since=" in s["detail"] for s in old)
    assert result.summary["skipped_since"] == result.summary["skipped"]["since"] == len(old)
    urls = [r["url"] for r in result.articles + result.rejections + result.errors + result.skipped]
    assert len(urls) == len(set(urls)), [u for u, n in Counter(urls).items() if n > 1]


# --- the claim semantics, on every backend ------------------------------------------------------------------


@pytest.fixture(params=["memory", "sqlite"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[object]:
    if request.param == "memory":
        yield MemoryClaims()
        return
    sqlite = SqliteStateStore(tmp_path / "state.sqlite3")
    yield sqlite
    sqlite.close()


def test_claims_decide_each_key_once_and_deferred_can_be_taken_over(store: object) -> None:
    claims = RunClaims(store, "run-1")
    assert claims.claim([("u:a", FETCH, None), ("u:b", DEFER, '{"b": 1}'), ("u:c", DEFER, '{"c": 1}')]) == [
        WON,
        WON,
        WON,
    ]
    assert claims.claim([("u:a", FETCH, None), ("u:a2", RECORD, None)]) == [LOST, WON]
    assert claims.claim([("u:b", DEFER, '{"b": 2}')]) == [LOST]  # the first deferred record stays
    assert claims.claim([("u:c", FETCH, None)]) == [WON]  # a shallower link fetches it after all
    assert claims.claim([("u:c", FETCH, None)]) == [LOST]
    assert claims.take_deferred() == ['{"b": 1}']  # c was taken over: no record for it here
    assert claims.take_deferred() == []
    assert claims.claim([("u:b", FETCH, None)]) == [LOST]  # recorded now
    # Another run has its own claims.
    assert RunClaims(store, "run-2").claim([("u:a", FETCH, None)]) == [WON]


def test_inherited_urls_are_not_recorded_again_but_listings_are_followed(store: object) -> None:
    claims = RunClaims(store, "resumed")
    claims.inherit(["u:home", "u:story"])
    assert claims.claim([("u:home", FETCH, LINKS), ("u:story", FETCH, None)]) == [LINKS_ONLY, LOST]
    assert claims.claim([("u:home", FETCH, LINKS)]) == [LOST]  # followed once
    assert sorted(store.inherited("resumed")) == ["u:home", "u:story"]  # type: ignore[attr-defined]


def test_sqlite_claims_are_atomic_across_connections(tmp_path: Path) -> None:
    """Two processes' stores on one file (two connections): of two claims of one key exactly one wins."""
    first, second = SqliteStateStore(tmp_path / "s.sqlite3"), SqliteStateStore(tmp_path / "s.sqlite3")
    keys = [f"c:https://example.com/{i}" for i in range(200)]
    results: dict[str, list[int]] = {}

    def run(name: str, store: SqliteStateStore) -> None:
        results[name] = [store.claim("job", [(k, RECORD, None)])[0] for k in keys]

    threads = [threading.Thread(target=run, args=(n, s)) for n, s in (("a", first), ("b", second))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [a + b for a, b in zip(results["a"], results["b"], strict=True)] == [1] * len(keys)
    first.close()
    second.close()


# --- budgets and early stops: URLs not fetched still end as one record each -----------------------------------

WORDS = (
    "harbour council ferry timetable winter storm budget school library market fishermen bridge repairs "
    "volunteers festival museum archive railway station tram tunnel weather flood clinic"
).split()


def _article(i: int) -> str:
    """An article page with enough distinct text to be emitted (a different word order per story)."""
    sentences = []
    for s in range(14):
        words = [WORDS[(i * 7 + s * 3 + k * 5) % len(WORDS)] for k in range(14)]
        sentences.append(f"Story {i} sentence {s}: " + " ".join(words).capitalize() + ".")
    paragraphs = "".join(f"<p>{' '.join(sentences[p : p + 2])}</p>" for p in range(0, 14, 2))
    return (
        f"<!doctype html><html lang='en'><head><title>Story {i} about the harbour</title>"
        "<meta property='og:type' content='article'></head><body><article>"
        f"<h1>Story {i} about the harbour</h1><time datetime='2024-03-{i:02d}T10:00:00Z'>March {i}</time>"
        f"{paragraphs}</article></body></html>"
    )


FANOUT = 12


@pytest.fixture(scope="module")
def fanout_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A home page linking FANOUT article pages (which link nowhere): every URL is discovered by the first page."""
    root = tmp_path_factory.mktemp("fanout-site")
    stories = [ARTICLE.format(i, i) for i in range(1, FANOUT + 1)]
    _write_site(root, {"/": _page("Home", stories), **{path: _article(i) for i, path in enumerate(stories, 1)}})
    outlets = tmp_path_factory.mktemp("fanout-outlets")
    with serve_site(root) as base:
        _write_outlet(outlets, "fanout", base)
        yield base, outlets


def _one_record_per_url(records: list[dict]) -> Counter[str]:
    return Counter(urlsplit(r["url"]).path for r in records)


FANOUT_PATHS = Counter({"/": 1, **{ARTICLE.format(i, i): 1 for i in range(1, FANOUT + 1)}})


@pytest.mark.crawl
def test_urls_over_max_pages_are_skipped_and_counted(fanout_site: tuple[str, Path], tmp_path: Path) -> None:
    base, outlets = fanout_site
    result = run_crawl(
        tmp_path,
        "outlet=fanout",
        f"base_url={base}",
        "max_pages=3",
        settings={"NEWSBOT_OUTLETS_DIR": str(outlets), "NEWSBOT_RECORD_SKIPPED": "True"},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    records = result.articles + result.rejections + result.errors
    assert _one_record_per_url(records + result.skipped) == FANOUT_PATHS
    over = result.skipped
    assert len(over) == FANOUT + 1 - 3
    assert all(s["reason"] == "max_pages" and s["detail"] == "max_pages 3 reached: not fetched" for s in over)
    summary = result.summary
    # The budget counts page requests; the records count fetched pages, the summary the rest (issue 14).
    assert summary["pages_requested"] == 3 and len(result.articles) == 2
    assert summary["skipped_max_pages"] == summary["skipped"]["max_pages"] == len(over)
    assert summary["records"] == len(records) == 3


@pytest.mark.crawl
def test_requests_left_when_max_articles_stops_the_crawl_are_skipped(
    fanout_site: tuple[str, Path], tmp_path: Path
) -> None:
    base, outlets = fanout_site
    # One request at a time, spaced out: most article requests are still queued when the second article stops it.
    result = run_crawl(
        tmp_path,
        "outlet=fanout",
        f"base_url={base}",
        "max_articles=2",
        settings={
            "NEWSBOT_OUTLETS_DIR": str(outlets),
            "CONCURRENT_REQUESTS": "1",
            "DOWNLOAD_DELAY": "0.2",
            "NEWSBOT_RECORD_SKIPPED": "True",
            # In-process extraction: the second article stops the crawl as soon as it is fetched (worker
            # processes busy warming up on a loaded machine let every page be fetched first, and nothing stays).
            "NEWSBOT_EXTRACT_WORKERS": "0",
        },
    )
    assert result.returncode == 0, result.stderr[-3000:]
    records = result.articles + result.rejections + result.errors
    assert _one_record_per_url(records + result.skipped) == FANOUT_PATHS
    assert len(result.articles) == 2
    stopped = result.skipped
    assert stopped and all(
        s["reason"] == "stopped" and "crawl stopped (max_articles=2 reached)" in s["detail"] for s in stopped
    )
    assert result.summary["unfinished"] == result.summary["skipped"]["stopped"] == len(stopped)
    assert result.summary["records"] == len(records)


@pytest.mark.crawl
def test_requests_left_at_a_shutdown_signal_are_skipped(fanout_site: tuple[str, Path], tmp_path: Path) -> None:
    """SIGTERM (Scrapy's graceful shutdown) once the first page is recorded: the queued rest still get a record."""
    base, outlets = fanout_site
    cmd = [sys.executable, "-m", "scrapy", "crawl", "outlet", "-a", "outlet=fanout", "-a", f"base_url={base}"]
    for key, value in {
        "NEWSBOT_ALLOW_LOOPBACK": "True",
        "AUTOTHROTTLE_ENABLED": "False",
        "LOG_LEVEL": "WARNING",
        "NEWSBOT_OUTPUT_DIR": str(tmp_path),
        "NEWSBOT_OUTLETS_DIR": str(outlets),
        "CONCURRENT_REQUESTS": "1",
        "DOWNLOAD_DELAY": "0.5",
        "NEWSBOT_RECORD_SKIPPED": "True",
    }.items():
        cmd += ["-s", f"{key}={value}"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60  # a guard against a hung crawl, not a timing assertion
        while time.monotonic() < deadline and proc.poll() is None:
            if any(p.stat().st_size for p in tmp_path.rglob("*.jsonl.part")):
                break  # the home page (or a first story) is recorded: the stories are queued
            time.sleep(0.05)
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    summary_path = next(tmp_path.rglob("*.summary.json"))
    summary = json.loads(summary_path.read_text(encoding="utf-8"))
    records = [r for path in summary_path.parent.glob(f"{summary['run_id']}*.jsonl") for r in read_jsonl(path)]
    assert not list(tmp_path.rglob("*.part")), stderr[-3000:]
    assert _one_record_per_url(records) == FANOUT_PATHS
    stopped = [r for r in records if r["record_type"] == "skipped"]
    assert stopped and all(s["reason"] == "stopped" and "crawl stopped (shutdown)" in s["detail"] for s in stopped)
    assert summary["unfinished"] == summary["skipped"]["stopped"] == len(stopped)
    assert summary["records"] == len(records) - len(stopped)


OLD = "/news/2024/03/01/old-story.html"


@pytest.fixture(scope="module")
def redirect_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A home page linking OLD, which answers 301 to story 1 (an article), and story 2; loopback only."""
    root = tmp_path_factory.mktemp("redirect-site")
    _write_site(
        root, {"/": _page("Home", [OLD, ARTICLE.format(2, 2)]), **{ARTICLE.format(i, i): _article(i) for i in (1, 2)}}
    )

    class Redirecting(make_handler(root)):  # type: ignore[misc, valid-type]
        def do_GET(self) -> None:  # noqa: N802 - stdlib naming
            if self.path == OLD:
                self.send_response(301)
                self.send_header("Location", ARTICLE.format(1, 1))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            super().do_GET()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Redirecting)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    outlets = tmp_path_factory.mktemp("redirect-outlets")
    _write_outlet(outlets, "redirect", base)
    try:
        yield base, outlets
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.crawl
def test_resumed_run_does_not_record_a_redirect_target_again(redirect_site: tuple[str, Path], tmp_path: Path) -> None:
    """A killed run recorded story 1 as the target of OLD's redirect; the run resuming it fetches OLD again (its
    own URL has no record) and must not record story 1 a second time."""
    base, outlets = redirect_site
    settings = {"NEWSBOT_OUTLETS_DIR": str(outlets)}
    first = run_crawl(tmp_path, "outlet=redirect", f"base_url={base}", settings=settings)
    assert first.returncode == 0, first.stderr[-3000:]
    assert {urlsplit(a["url"]).path for a in first.articles} == {ARTICLE.format(1, 1), ARTICLE.format(2, 2)}
    # Make it look SIGKILLed after its last line: the files back to *.part, no summary (as a kill leaves them).
    for path in first.files:
        if path.name.endswith(".jsonl"):
            path.rename(path.with_name(path.name + ".part"))
        else:
            path.unlink()
    second = run_crawl(tmp_path, "outlet=redirect", f"base_url={base}", settings=settings)
    assert second.returncode == 0, second.stderr[-3000:]
    assert second.summary["recovered_runs"] == [first.summary["run_id"]]
    assert second.summary["pages_requested"] >= 1  # OLD was requested again: the redirect did land
    records = [r for path in tmp_path.rglob("*.jsonl") for r in read_jsonl(path)]
    by_path = Counter(urlsplit(r["url"]).path for r in records)
    assert by_path == Counter({"/": 1, ARTICLE.format(1, 1): 1, ARTICLE.format(2, 2): 1}), by_path


def test_listing_memory_is_bounded_and_fetched_pages_keep_their_listing() -> None:
    """A sitemap of many URLs over a small page budget: the spider keeps at most NEWSBOT_LISTING_MEMORY listings;
    a requested page carries its own, and a fetched URL listed again is not remembered again."""
    from scrapy.http import HtmlResponse
    from scrapy.utils.test import get_crawler

    from newsbot.crawler.items import FetchedPage
    from newsbot.crawler.spiders.outlet import OutletSpider
    from newsbot.discovery.listings import Entry

    crawler = get_crawler(OutletSpider, {"NEWSBOT_LISTING_MEMORY": 10})
    spider = OutletSpider.from_crawler(crawler, outlet="harbourtimes", base_url="http://127.0.0.1:9", max_pages="3")
    base = "http://127.0.0.1:9"
    entries = [
        Entry(url=f"{base}{ARTICLE.format(1 + i % 28, i)}", modified=f"2024-03-{1 + i % 28:02d}T10:00:00Z")
        for i in range(200)
    ]
    out = list(spider._page_requests([(e.url, "article", e, "sitemap") for e in entries], 1))
    requests = [r for r in out if isinstance(r, Request)]
    assert len(requests) == 3 and spider.pages_scheduled == 3
    assert len(spider.listings) <= 10  # 197 URLs decided without fetching: only the most recent listings kept
    first = requests[0]
    assert first.meta["newsbot_listing"]["modified"] == entries[0].modified
    body = _article(1).encode()
    page = next(
        x
        for x in spider.parse_page(
            HtmlResponse(first.url, body=body, request=first, headers={"Content-Type": "text/html"}), kind="article"
        )
        if isinstance(x, FetchedPage)
    )
    assert page.listing["modified"] == entries[0].modified and first.url not in spider.listings
    # Listed again after it was fetched: nothing to decide, nothing remembered.
    assert list(spider._page_requests([(first.url, "article", entries[0], "sitemap")], 1)) == []
    assert first.url not in spider.listings


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/2024/03/01/plain-story.html",
        "http://127.0.0.1:65535/a?b=c&d=%7e",
        "http://127.0.0.1:9/caf\u00e9/story-with-accent",  # not plain: decided through a built request
        "http://127.0.0.1:9/" + "long-" * 150,  # plain but maybe long: decided through a built request
        "http://127.0.0.1:9/" + "longer-" * 400,  # over URLLENGTH_LIMIT: too_large, recorded at once
    ],
)
def test_links_past_depth_limit_are_decided_as_with_a_built_request(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The shortcut that defers a link past DEPTH_LIMIT without building its request gives the same decision."""
    from scrapy.utils.test import get_crawler

    from newsbot.crawler.spiders.outlet import OutletSpider
    from newsbot.discovery.planner import Found, Limits

    def decide(shortcut: bool) -> tuple[str, str, object]:
        crawler = get_crawler(OutletSpider, {"DEPTH_LIMIT": 1})
        spider = OutletSpider.from_crawler(crawler, outlet="harbourtimes", base_url="http://127.0.0.1:9")
        with monkeypatch.context() as patched:
            if not shortcut:
                patched.setattr(Limits, "surely_short", lambda _self, _url: False)
            decision = spider.planner.decide(Found(url, "article"), 2)
        assert decision is not None
        claim = decision.claim(spider.outlet_name)
        return (
            claim.key,
            claim.want,
            claim.payload if claim.want == "D" else decision.rejection(spider.outlet_name).model_dump(),
        )

    assert decide(True) == decide(False)
