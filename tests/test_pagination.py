"""Listings followed through their pages (issue 16): next-page links in many shapes and languages, where a walk
stops, which pages are listings by their place in the crawl; and crawls of the tidewater fixture site, whose
articles are mostly reachable only through the later pages of its section fronts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import SITES, CrawlResult, run_crawl

from newsbot.devtools.devserver import serve_site
from newsbot.discovery.links import SameSiteLinks, next_page_links
from newsbot.discovery.listings import page_number
from newsbot.discovery.planner import Limits, ListingStep, listing_position, walk_stop

TIDEWATER = json.loads((SITES / "tidewater" / "expected.json").read_text(encoding="utf-8"))
ARTICLES = {path for path, e in TIDEWATER.items() if e["kind"] == "article"}
LISTINGS = {path for path, e in TIDEWATER.items() if e.get("page") == "listing"}
LINKS = SameSiteLinks(["example.org"])


def _next(body: str, url: str = "https://example.org/news/") -> list[tuple[str, str]]:
    return [(c.url, c.how) for c in next_page_links(body.encode(), url, LINKS)]


# --- next-page links --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    ["Next", "Next ›", "Older posts »", "« Older stories", "Berikutnya", "Selanjutnya »", "Weiter", "Suivant",
     "Siguiente", "Página siguiente", "Próxima", "Ältere Beiträge"],
)  # fmt: skip
def test_a_next_or_older_label_in_any_listed_language_names_the_next_page(label: str) -> None:
    body = (
        f'<a href="/news/">Home</a> <a class="prev" href="/news/?page=1">Newer</a> <a href="/news/?page=2">{label}</a>'
    )
    assert _next(body) == [("https://example.org/news/?page=2", "word")]


@pytest.mark.parametrize(
    "label",
    ["Weiterlesen", "Next: council approves the new ferry timetable for the northern harbour", "Previous", "Newer"],
)
def test_story_links_and_backward_links_are_not_next_pages(label: str) -> None:
    assert _next(f'<a href="/news/2024/01/02/some-story.html">{label}</a>') == []


def test_rel_next_beats_labels_and_numbers_and_each_url_comes_once() -> None:
    body = (
        '<head><link rel="next" href="https://example.org/news/page/2/"></head>'
        '<a href="/news/page/2/">2</a> <a href="/news/page/3/">3</a> <a href="/news/page/2/">Next</a>'
        '<a href="https://elsewhere.example/page/2/">Next</a>'
    )
    assert _next(body) == [("https://example.org/news/page/2/", "rel")]


def test_a_numbered_pager_alone_gives_the_page_after_this_one() -> None:
    body = '<ul class="pagination"><li><a href="?page=2">2</a></li><li><span>3</span></li><li><a href="?page=4">4</a>'
    assert _next(body, "https://example.org/news/?page=3") == [("https://example.org/news/?page=4", "number")]
    assert _next('<a href="/news/page/3/">Page 3</a>', "https://example.org/news/page/2/") == [
        ("https://example.org/news/page/3/", "number")
    ]


def test_load_more_links_and_buttons_that_carry_a_url() -> None:
    assert _next('<a class="btn" href="/news/more?offset=12">Load more stories</a>') == [
        ("https://example.org/news/more?offset=12", "more")
    ]
    assert _next('<button class="load-more" data-href="/news/more?offset=12">Muat lebih banyak</button>') == [
        ("https://example.org/news/more?offset=12", "more")
    ]
    assert _next('<button class="load-more" onclick="more()">Load more</button>') == []  # no URL: nothing to fetch


def test_a_next_class_and_an_aria_label_count_as_labels() -> None:
    assert _next('<a class="next page-numbers" href="/news/page/2/"><i class="icon"></i></a>') == [
        ("https://example.org/news/page/2/", "word")
    ]
    assert _next('<a aria-label="Next page" href="/news/page/2/"><svg></svg></a>') == [
        ("https://example.org/news/page/2/", "word")
    ]


def test_page_numbers_of_listing_urls() -> None:
    assert page_number("https://example.org/news/") == 1
    assert page_number("https://example.org/news/page/7/") == 7
    assert page_number("https://example.org/news/?page=3&sort=new") == 3
    assert page_number("https://example.org/berita?halaman=4") == 4
    assert page_number("https://example.org/news/seite/5") == 5


# --- where a walk stops -----------------------------------------------------------------------------------


def _step(page: int = 2, new: int = 5, fetched: int = 5, claimed: int = 0, dates: tuple[str, ...] = ()) -> ListingStep:
    return ListingStep(page, frozenset(f"u{i}" for i in range(new)), new, fetched, claimed, dates)


def test_a_walk_goes_on_while_pages_bring_new_article_links() -> None:
    limits = Limits()
    assert walk_stop(_step(), limits, 50) is None
    # Links a feed or sitemap claimed first: the front's newest pages repeat the feed, older ones follow.
    assert walk_stop(_step(fetched=0, claimed=5), limits, 50) is None
    assert walk_stop(_step(page=50), limits, 50) == "listing page budget NEWSBOT_LISTING_PAGES=50 reached"
    assert walk_stop(_step(page=500), limits, 0) is None  # 0: no budget
    assert walk_stop(_step(new=0, fetched=0), limits, 50) == "no article link the previous page did not have"
    assert (walk_stop(_step(fetched=0, claimed=0), limits, 50) or "").startswith("every new article link known")


def test_a_walk_stops_when_most_teasers_are_older_than_since() -> None:
    limits = Limits(since=datetime(2024, 3, 1, tzinfo=UTC))
    old, new = "2024-02-10T08:00:00+00:00", "2024-03-05"
    assert (
        walk_stop(_step(dates=(old, old, new)), limits, 50)
        == "most teasers dated before since=2024-03-01T00:00:00+00:00"
    )
    assert walk_stop(_step(dates=(old, new, new)), limits, 50) is None
    assert walk_stop(_step(dates=(old, old, new)), Limits(), 50) is None  # no since: dates do not matter


def test_listings_by_their_place_in_the_crawl() -> None:
    assert listing_position(True, False, False, False, "section") is not None  # the start page
    assert listing_position(True, False, False, True, "article") is None  # started from a story's URL
    assert listing_position(False, True, False, False, "pagination") is not None  # page 2+ of a walk
    assert listing_position(False, False, True, False, "section") is not None  # a front with a pager
    assert listing_position(False, False, True, True, "section") is None  # a story split over pages
    assert listing_position(False, False, False, False, "tag") is not None  # /tag/x/ reached as a listing
    assert listing_position(False, False, False, True, "author") is None  # a story that says it is one
    assert listing_position(False, False, False, False, "section") is None  # a short URL: extraction decides


# --- crawls of the tidewater fixture site -----------------------------------------------------------------


@pytest.fixture(scope="module")
def tidewater_base() -> Iterator[str]:
    with serve_site(SITES / "tidewater") as base:
        yield base


def _paths(records: list[dict], field: str = "url") -> list[str]:
    """Each record's URL (or another URL field) as the fixture's path (with its query)."""
    out = []
    for record in records:
        parts = urlsplit(record[field])
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _assert_fetched_as_itself(articles: list[dict]) -> None:
    """Each record's URL is its story's main page, never the AMP copy (whichever copy the crawl reached first)."""
    for fetched, canonical in zip(_paths(articles), _paths(articles, "canonical_url"), strict=True):
        assert fetched == canonical, (fetched, canonical)


def _outlet(tmp_path: Path, base: str, **fields: object) -> Path:
    folder = tmp_path / "outlets"
    folder.mkdir(exist_ok=True)
    lines = ['name = "tide"', 'domains = ["127.0.0.1"]']
    for key, value in fields.items():
        lines.append(f"{key} = {json.dumps(value)}")
    (folder / "tide.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_the_fixture_hides_most_articles_in_the_later_pages() -> None:
    deep = [p for p in ARTICLES if not TIDEWATER[p]["listed"] and not TIDEWATER[p]["on_home"]]
    assert len(ARTICLES) == 90 and len(deep) >= 60
    assert sum(1 for p in LISTINGS if p != "/") == 30  # six sections, five pages each


@pytest.mark.crawl
def test_site_spider_gets_every_article_and_no_listing_as_an_article(tidewater_base: str, tmp_path: Path) -> None:
    result: CrawlResult = run_crawl(tmp_path / "out", f"url={tidewater_base}/", spider="site")
    assert result.returncode == 0, result.stderr[-3000:]
    # A related list links AMP copies, and which copy of a story is fetched first depends on the order responses
    # arrive; either way the story is emitted once, from its main URL (an AMP copy hands over to it).
    emitted = _paths(result.articles, "canonical_url")
    assert sorted(emitted) == sorted(ARTICLES)  # every article, each once
    _assert_fetched_as_itself(result.articles)
    rejected = {path: r for path, r in zip(_paths(result.rejections), result.rejections, strict=True)}
    for path in LISTINGS:  # every front and every later page was fetched, none is an article
        assert rejected[path]["reason"] == "not_article", rejected.get(path)
        assert "listing" in rejected[path]["detail"]
    assert not any(TIDEWATER.get(p, {}).get("kind") == "rejection" for p in emitted)


@pytest.mark.crawl
def test_outlet_sections_are_walked_to_their_last_page(tidewater_base: str, tmp_path: Path) -> None:
    fronts = [f"{tidewater_base}/{s}/" for s in ("news", "world", "business", "sport", "culture", "science")]
    outlets = _outlet(tmp_path, tidewater_base, start_urls=fronts)
    result = run_crawl(tmp_path / "out", "outlet=tide", settings={"NEWSBOT_OUTLETS_DIR": str(outlets)})
    assert result.returncode == 0, result.stderr[-3000:]
    assert sorted(_paths(result.articles, "canonical_url")) == sorted(ARTICLES)
    _assert_fetched_as_itself(result.articles)
    # With a budget of two pages per listing, each section gives its first two pages only.
    few = run_crawl(
        tmp_path / "few", "outlet=tide", settings={"NEWSBOT_OUTLETS_DIR": str(outlets), "NEWSBOT_LISTING_PAGES": "2"}
    )
    assert few.returncode == 0, few.stderr[-3000:]
    fetched_fronts = {p for p in _paths(few.rejections) if p in LISTINGS and p != "/"}  # "/": the logo's link
    assert len(fetched_fronts) == 12
    assert len(few.articles) < len(ARTICLES)


@pytest.mark.crawl
def test_since_ends_the_walk_at_older_teasers(tidewater_base: str, tmp_path: Path) -> None:
    dates = sorted(TIDEWATER[p]["published_at"] for p in ARTICLES)
    since = dates[len(dates) // 2][:10]  # the newer half
    result = run_crawl(tmp_path / "out", f"url={tidewater_base}/", f"since={since}", spider="site")
    assert result.returncode == 0, result.stderr[-3000:]
    newer = {p for p in ARTICLES if TIDEWATER[p]["published_at"][:10] >= since}
    # By canonical URL: a story may be reached first through its AMP copy (linked from a related list) when
    # the walk stops before the listing page that links the story itself; the record names its canonical URL.
    assert newer <= set(_paths(result.articles, "canonical_url"))
    walked = {p for p in _paths(result.rejections) if p in LISTINGS}
    assert 6 < len(walked) < len(LISTINGS)  # past the fronts, not down to the oldest pages


def test_unclosed_links_do_not_hide_the_pager_after_them() -> None:
    body = '<a href="/x">' * 5000 + '<nav><a href="/news/page/2/">Older posts</a></nav>'
    assert _next(body) == [("https://example.org/news/page/2/", "word")]
    long_label = '<a href="/news/page/2/">' + "Next " + "x" * 3000 + "</a>"  # not a pager link's label
    assert _next(long_label) == []


@pytest.mark.crawl
def test_a_story_reached_only_through_its_amp_copy_is_recorded_under_its_main_url(tmp_path: Path) -> None:
    """The crawl meets a story's AMP copy first (here: the only link to it): the copy hands over to the main URL
    named by its rel=canonical, which is fetched and gives the article; the copy ends as a duplicate rejection."""
    amp = next(p for p, e in TIDEWATER.items() if e.get("page") == "amp")
    main = amp.removeprefix("/amp")
    site = tmp_path / "site"
    for path in (amp, main):
        (site / path.lstrip("/")).parent.mkdir(parents=True, exist_ok=True)
        (site / path.lstrip("/")).write_bytes((SITES / "tidewater" / path.lstrip("/")).read_bytes())
    (site / "index.html").write_text(f'<html><body><ul><li><a href="{amp}">Lite</a></li></ul></body></html>')
    with serve_site(site) as base:
        outlets = _outlet(tmp_path, base, start_urls=[f"{base}/"])
        result = run_crawl(tmp_path / "out", "outlet=tide", settings={"NEWSBOT_OUTLETS_DIR": str(outlets)})
    assert result.returncode == 0, result.stderr[-3000:]
    assert [urlsplit(a["url"]).path for a in result.articles] == [main]
    copy = [r for r in result.rejections if urlsplit(r["url"]).path == amp]
    assert len(copy) == 1 and copy[0]["reason"] == "duplicate" and main in copy[0]["detail"]
