"""Discovery: feeds, sitemaps (index + Google News), sections; link classification; since and limits."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import SITES, CrawlResult, run_crawl

from newsbot.devtools.devserver import serve_site
from newsbot.discovery.listings import classify_link, feed_links, parse_feed, parse_sitemap, robots_sitemaps, url_date

HARBOUR = json.loads((SITES / "harbourtimes" / "expected.json").read_text(encoding="utf-8"))
ELFARO = json.loads((SITES / "elfaro" / "expected.json").read_text(encoding="utf-8"))
BASE = "http://127.0.0.1:9"


def _served(site: str, path: str) -> bytes:
    """A fixture file as the dev server sends it (``{{base}}`` filled in)."""
    return (SITES / site / path).read_bytes().replace(b"{{base}}", BASE.encode())


def _paths(records: list[dict]) -> set[str]:
    """Paths of the records' pages; an article's by its canonical URL (harbourtimes links one story as itself
    and as its AMP variant: which one is extracted first, and so carries the article, depends on timing)."""
    return {urlsplit(r.get("canonical_url") or r["url"]).path for r in records}


@pytest.fixture(scope="module")
def harbour_base() -> Iterator[str]:
    with serve_site(SITES / "harbourtimes") as base:
        yield base


@pytest.fixture(scope="module")
def elfaro_base() -> Iterator[str]:
    with serve_site(SITES / "elfaro") as base:
        yield base


def _outlet_dir(tmp_path: Path, name: str, base: str, **fields: list[str]) -> Path:
    """A user outlet folder holding a variant of a fixture outlet with only the given discovery sources."""
    folder = tmp_path / "outlets"
    folder.mkdir(exist_ok=True)
    lines = [
        f'name = "{name}"',
        'domains = ["harbourtimes.example", "127.0.0.1"]',
        r"allow = ['/(?:news|business)/\d{4}/\d{2}/\d{2}/[^/]+\.html$']",
        'language = "en"',
    ]
    for key in ("start_urls", "feeds", "sitemaps"):
        urls = ", ".join(f'"{base}{p}"' for p in fields.get(key, []))
        lines.append(f"{key} = [{urls}]")
    (folder / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _crawl(tmp_path: Path, *args: str, outlets: Path | None = None, **kwargs: object) -> CrawlResult:
    settings = {"NEWSBOT_OUTLETS_DIR": str(outlets)} if outlets else {}
    settings.update(kwargs.pop("settings", {}) or {})  # type: ignore[arg-type]
    return run_crawl(tmp_path / "out", *args, settings=settings, **kwargs)  # type: ignore[arg-type]


# --- parsing -----------------------------------------------------------------------------------------------


def test_sitemap_index_lists_child_sitemaps() -> None:
    entries = parse_sitemap(_served("harbourtimes", "sitemap_index.xml"), BASE + "/sitemap_index.xml")
    assert [e.url for e in entries] == [BASE + "/sitemaps/news.xml", BASE + "/sitemaps/2024-02.xml"]
    assert all(e.is_sitemap for e in entries)


def test_news_sitemap_fields_are_read() -> None:
    entries = parse_sitemap(_served("elfaro", "sitemap-noticias.xml"), BASE + "/sitemap-noticias.xml")
    by_path = {urlsplit(e.url).path: e for e in entries}
    assert len(entries) == 4 and all(e.news for e in entries)
    for path, entry in by_path.items():
        assert entry.title == ELFARO[path]["title"]
        assert entry.language == ELFARO[path]["language"]
        assert entry.published == ELFARO[path]["published_at"]


def test_atom_and_rss_feeds() -> None:
    atom = parse_feed(_served("harbourtimes", "feeds/atom.xml"), BASE + "/feeds/atom.xml")
    rss = parse_feed(_served("elfaro", "rss/portada.xml"), BASE + "/rss/portada.xml")
    assert {urlsplit(e.url).path for e in atom} <= set(HARBOUR) and len(atom) == 4
    assert {urlsplit(e.url).path for e in rss} <= set(ELFARO) and len(rss) == 4
    assert all(e.published for e in atom + rss)
    # RSS dates are RFC 822; they come out as ISO 8601 with the offset kept.
    assert rss[0].published == ELFARO[urlsplit(rss[0].url).path]["published_at"]


def test_robots_and_announced_feeds() -> None:
    assert robots_sitemaps(_served("elfaro", "robots.txt"), BASE + "/robots.txt") == [BASE + "/sitemap.xml"]
    assert feed_links(_served("harbourtimes", "index.html"), BASE + "/") == [BASE + "/feeds/atom.xml"]


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://x.example/news/2024/03/12/harbour-bridge-repairs-to-finish-early.html", "article"),
        ("https://x.example/world/europe/1234567", "article"),
        ("https://x.example/politics/council-approves-new-budget-after-long-debate", "article"),
        ("https://x.example/seccion/local/", "section"),
        ("https://x.example/news/page/2/", "pagination"),
        ("https://x.example/seccion/local/pagina/2/", "pagination"),
        ("https://x.example/archive?page=3", "pagination"),
        ("https://x.example/tag/ferries/", "tag"),
        ("https://x.example/etiqueta/puerto/", "tag"),
        ("https://x.example/author/jane-parata/", "author"),
        ("https://x.example/autor/lucia-romero/", "author"),
        ("https://x.example/search?q=ferry", "search"),
        ("https://x.example/buscar/?q=faro", "search"),
        ("https://x.example/feeds/atom.xml", "feed"),
        ("https://x.example/images/a.jpg", "asset"),
    ],
)
def test_link_classification_without_patterns(url: str, kind: str) -> None:
    assert classify_link(url) == kind


def test_outlet_patterns_decide_articles() -> None:
    allow, deny = [r"/noticias/\d{4}/"], [r"/buscar/"]
    assert classify_link("https://x.example/noticias/2024/03/12/a.html", allow, deny) == "article"
    # Without a match the heuristics no longer call it an article, however long the slug.
    assert classify_link("https://x.example/opinion/a-very-long-slug-with-many-words", allow, deny) != "article"
    assert classify_link("https://x.example/buscar/noticias/2024/", allow, deny) == "denied"


def test_url_dates() -> None:
    assert url_date("https://x.example/noticias/2024/03/12/a.html") == "2024-03-12"
    assert url_date("https://x.example/news/20240312/a") == "2024-03-12"
    assert url_date("https://x.example/news/a-2024") is None


# --- crawls: each discovery source on its own ---------------------------------------------------------------


@pytest.mark.crawl
def test_discovery_from_feed_only(harbour_base: str, tmp_path: Path) -> None:
    outlets = _outlet_dir(tmp_path, "hfeed", harbour_base, feeds=["/feeds/atom.xml"])
    result = _crawl(tmp_path, "outlet=hfeed", outlets=outlets)
    assert result.returncode == 0, result.stderr[-2000:]
    # The feed lists the four March stories; article pages only lead to other articles.
    march = {p for p, e in HARBOUR.items() if e["published_at"].startswith("2024-03")}
    assert march <= _paths(result.articles)


@pytest.mark.crawl
def test_discovery_from_sitemap_index_and_news_sitemap(harbour_base: str, tmp_path: Path) -> None:
    outlets = _outlet_dir(tmp_path, "hmap", harbour_base, sitemaps=["/sitemap_index.xml"])
    result = _crawl(tmp_path, "outlet=hmap", outlets=outlets)
    assert result.returncode == 0, result.stderr[-2000:]
    assert _paths(result.articles) == set(HARBOUR)  # news sitemap (4) + the February sitemap (1)
    assert result.summary["pages_fetched"] >= 3 + len(HARBOUR)  # index + 2 sitemaps + the articles


@pytest.mark.crawl
def test_discovery_from_sections_follows_pagination(harbour_base: str, tmp_path: Path) -> None:
    outlets = _outlet_dir(tmp_path, "hsec", harbour_base, start_urls=["/news/"])
    result = _crawl(tmp_path, "outlet=hsec", outlets=outlets)
    assert result.returncode == 0, result.stderr[-2000:]
    fetched = _paths(result.articles + result.rejections)
    assert "/news/page/2/" in fetched  # pagination followed
    assert "/news/page/3/" in fetched  # a broken pagination link: fetched, a 404 rejection
    assert set(HARBOUR) <= _paths(result.articles)
    assert not any(
        r["reason"] not in ("not_article", "too_short", "http_error", "duplicate", "offsite") for r in result.rejections
    ), result.rejections


@pytest.mark.crawl
def test_site_spider_discovers_an_unconfigured_site(elfaro_base: str, tmp_path: Path) -> None:
    result = _crawl(tmp_path, f"url={elfaro_base}/", spider="site")
    assert result.returncode == 0, result.stderr[-2000:]
    assert _paths(result.articles) == set(ELFARO)
    assert all(a["outlet"] is None for a in result.articles)
    assert result.summary["spider"] == "site"
    assert result.summary["files"]["article"].split("/")[-3].startswith("site-127-0-0-1-")


@pytest.mark.crawl
@pytest.mark.parametrize("site", ["duniaku", "harbourtimes", "elfaro"])
def test_site_spider_records_its_start_url_once(site: str, tmp_path: Path) -> None:
    """The home page was fetched as a discovery request and again, claimed, as a link of itself: Scrapy's
    duplicate filter dropped the second request, which ended as a false RequestDropped error besides the home
    page's own not_article rejection (issue 14, item 3)."""
    with serve_site(SITES / site) as base:
        result = _crawl(tmp_path, f"url={base}/", spider="site")
    assert result.returncode == 0, result.stderr[-2000:]
    records = result.articles + result.rejections + result.errors
    assert [r for r in records if r["url"] == f"{base}/"] == [r for r in result.rejections if r["url"] == f"{base}/"]
    assert len([r for r in records if r["url"] == f"{base}/"]) == 1
    assert not [e for e in result.errors if e["kind"] == "RequestDropped"], result.errors
    urls = [r["url"] for r in records]
    assert len(urls) == len(set(urls))


# --- since and limits ----------------------------------------------------------------------------------------


@pytest.mark.crawl
def test_since_skips_older_items(harbour_base: str, tmp_path: Path) -> None:
    result = _crawl(tmp_path, "outlet=harbourtimes", f"base_url={harbour_base}", "since=2024-03-10")
    assert result.returncode == 0, result.stderr[-2000:]
    expected = {p for p, e in HARBOUR.items() if e["published_at"] >= "2024-03-10"}
    assert _paths(result.articles) == expected
    assert result.summary["skipped_since"] >= 1
    assert result.summary["arguments"]["since"].startswith("2024-03-10")


@pytest.mark.crawl
def test_max_articles_and_max_pages(harbour_base: str, tmp_path: Path) -> None:
    limited = _crawl(tmp_path / "a", "outlet=harbourtimes", f"base_url={harbour_base}", "max_articles=2")
    assert limited.returncode == 0, limited.stderr[-2000:]
    assert len(limited.articles) == 2 and limited.summary["articles"] == 2
    few = _crawl(
        tmp_path / "b",
        "outlet=harbourtimes",
        f"base_url={harbour_base}",
        "max_pages=3",
        settings={"NEWSBOT_RECORD_SKIPPED": "True"},
    )
    assert few.returncode == 0, few.stderr[-2000:]
    assert few.summary["pages_requested"] == 3  # page requests; feeds and sitemaps are not pages
    # Every URL the feeds, sitemaps and pages listed is a record (fetched) or skipped (counted; listed when asked).
    records = few.articles + few.rejections + few.errors
    urls = [r["url"] for r in records + few.skipped]
    assert len(urls) == len(set(urls)) and few.summary["records"] == len(records) == 3
    assert set(HARBOUR) <= _paths(records + few.skipped)
    over = [s for s in few.skipped if s["detail"] == "max_pages 3 reached: not fetched"]
    assert over and all(s["reason"] == "max_pages" for s in over) and len(few.skipped) == len(over)


@pytest.mark.crawl
def test_bad_arguments_fail_in_one_line(tmp_path: Path) -> None:
    result = _crawl(tmp_path, "outlet=harbourtimes", "since=last tuesday")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "since='last tuesday'" in result.stderr.strip().splitlines()[-1]


# --- `newsbot outlets` ---------------------------------------------------------------------------------------


def test_outlets_command_lists_and_checks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from newsbot.cli import main

    (tmp_path / "broken.toml").write_text('name = "broken"\ndomains = []\nallow = ["("]\n', encoding="utf-8")
    assert main(["outlets", "--outlets-dir", str(tmp_path)]) == 0
    listed = {line.split("\t")[0]: line for line in capsys.readouterr().out.splitlines()}
    assert {"duniaku", "harbourtimes", "elfaro", "broken"} <= set(listed)
    assert "INVALID" in listed["broken"] and "\ten\t" in listed["harbourtimes"]
    assert main(["outlets", "check", "elfaro"]) == 0
    assert capsys.readouterr().out.startswith("ok elfaro:")
    assert main(["outlets", "check", "broken", "--outlets-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "broken.toml" in err and "domains" in err and "allow" in err
