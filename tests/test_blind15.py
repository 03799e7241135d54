"""Session 15's blind fixture pages: the non-article shapes they showed newsbot missing.

- figures written with thousands grouped by spaces ("7 771,02") and scores spaced around their dash
  ("2 - 1") are figures (a French quotes table, a football round);
- on a page without a paragraph of story, a table whose every row states a figure is a data table even
  when names and words fill most of its cells (a five-day forecast, a round of fixtures);
- a line of figures beside a data table ("12:00 31° | 13:00 33°") is no sentence of story;
- a slideshow that shows a few of its captioned pictures under a counter of the whole series ("1 / 24")
  is a gallery, even with fewer captions than a gallery page shows at once.
Each is checked against an article of the same shape, which must stay an article.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import html as lxml_html

from newsbot.extraction import extract, parse_html
from newsbot.extraction.junk import remove_junk
from newsbot.extraction.metadata import extract_metadata
from newsbot.extraction.pagetype import _data_tables, _has_story_outside, _is_value
from newsbot.models import Article, Rejection

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"

STORY = (
    "<p>The regional council met on Tuesday evening to discuss the forecast for the coming week, and its "
    "members agreed that the new water restrictions would stay in force until the reservoirs reach their "
    "usual level again, which engineers say could take until the end of the autumn.</p>"
)


@pytest.mark.parametrize(
    "cell", ["7 771,02", "1 203 110", "612\u00a0300", "2\u202f450,5", "2 - 1", "0 – 0", "+1 250 €"]
)
def test_space_grouped_numbers_and_spaced_scores_are_figures(cell: str) -> None:
    # Before: "7 771,02" and "2 - 1" were no figures, and a quotes table or a round of fixtures held too few.
    assert _is_value(cell)


@pytest.mark.parametrize("cell", ["Pekan 24", "Persib Bandung", "2025 Bilder", "12 34", "Jumat, 28 Feb 2025"])
def test_words_and_loose_digit_groups_are_no_figures(cell: str) -> None:
    assert not _is_value(cell)


def _fixtures_table() -> str:
    teams = [("Harbour FC", "Mill Town"), ("Rovers", "Athletic"), ("United", "City"), ("Port Vale", "Wanderers")]
    rows = "".join(
        f"<tr><td>Sat 1 Mar</td><td>{home}</td><td>{i} - {i + 1}</td><td>{away}</td><td>FT</td></tr>"
        for i, (home, away) in enumerate(teams)
    )
    rows += "<tr><td>Sun 2 Mar</td><td>Albion</td><td>15:30</td><td>County</td><td>TV</td></tr>"
    return f"<table>{rows}</table>"


def test_a_storyless_table_of_figure_rows_is_a_data_table_but_not_beside_a_story() -> None:
    # Before: 5 figures in 25 cells were too few for a table "of mostly numbers": the page was kept.
    page = f"<html><body><h1>Results, round 24</h1>{_fixtures_table()}</body></html>"
    tree = lxml_html.fromstring(page)
    assert len(_data_tables(tree, storyless=True)) == 1
    assert _data_tables(tree) == []  # only a page without story prose is read this way


def test_a_fixtures_page_is_rejected_and_a_match_report_with_the_table_is_kept() -> None:
    page = f"<html><head><title>Results, round 24</title></head><body><h1>Results, round 24</h1>{_fixtures_table()}"
    page += "<p>All times local. Fixtures subject to change.</p></body></html>"
    result = extract(page.encode(), "https://league.example/results/round-24")
    assert isinstance(result, Rejection) and result.reason == "not_article", result
    story = page.replace("<h1>Results, round 24</h1>", f"<h1>Results, round 24</h1>{STORY}{STORY}")
    assert isinstance(extract(story.encode(), "https://league.example/news/round-24-report"), Article)


def test_a_line_of_figures_is_no_sentence_but_a_line_of_words_is() -> None:
    strip = " | ".join(f"{h}:00 {20 + h}°" for h in range(8, 20))
    tree = lxml_html.fromstring(f"<html><body><p>{strip}</p><table></table></body></html>")
    assert _has_story_outside(tree, [], 20)  # counted as before: 36 words
    assert not _has_story_outside(tree, [], 20, lettered=True)
    words = " ".join(["rain"] * 25)
    tree = lxml_html.fromstring(f"<html><body><p>{words}</p></body></html>")
    assert _has_story_outside(tree, [], 20, lettered=True)


def _slides(n: int, counter: str) -> str:
    figures = "".join(
        f'<figure><img src="/p/{i}.jpg"><figcaption>{i}/24 – Firefighters pump water out of the flooded '
        f"street near the old bridge. Photo: A. Weber</figcaption></figure>"
        for i in range(1, n + 1)
    )
    return (
        '<html><head><meta property="og:type" content="article"><title>Flood pictures</title></head><body>'
        f"<h1>Floods on the river: the pictures</h1><p>24 pictures</p>{figures}<div><a>Back</a>"
        f"<span>{counter}</span><a>Next</a></div><footer>Imprint</footer></body></html>"
    )


def test_a_slideshow_with_a_counter_is_a_gallery_with_fewer_captions() -> None:
    # Before: 5 captions were fewer than the 6 of a gallery and the counter was asked only of short bodies.
    result = extract(_slides(5, "1 / 24").encode(), "https://paper.example/region/flood-pictures-114455")
    assert isinstance(result, Rejection) and "gallery" in result.detail, result


def test_captioned_pictures_without_a_counter_stay_what_they_were() -> None:
    tree_page = _slides(5, "Share this page").encode()
    result = extract(tree_page, "https://paper.example/region/flood-pictures-114455")
    assert not (isinstance(result, Rejection) and "gallery" in result.detail)


BLIND_NON_ARTICLES = ["nonarticle-gallery-8", "nonarticle-market-4", "nonarticle-results-2", "nonarticle-weather-2"]


@pytest.mark.parametrize("name", BLIND_NON_ARTICLES)
def test_the_blind_non_articles_are_rejected_as_such(name: str) -> None:
    # Before: each came out as an article (its title and its table or captions as the body).
    expected = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    result = extract((PAGES / f"{name}.html").read_bytes(), expected["url"])
    assert isinstance(result, Rejection) and result.reason == "not_article", result


STORY_LINES = [
    "The mine's operator said on Monday that a fault at a substation had stopped its concentrator plant.",
    "Stocks of copper in registered warehouses have fallen by almost half since January, traders said.",
    "Other base metals also gained, with aluminium up 0.8% and zinc up 0.5% in the afternoon session.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Sign up here.",  # en: a wire page's newsletter prompt as a line of its own
        "Veja mais notícias da região no g1 Campinas",  # pt: the regional desk's sign-off
        "PANOORIN SA ABS-CBN NEWS:",  # tl: the "watch on <outlet>" lead-in to the video
    ],
)
def test_chrome_lines_of_the_blind_pages_are_junk(line: str) -> None:
    # Before: each stayed in the body as a line of the story.
    kept = remove_junk([STORY_LINES[0], line, *STORY_LINES[1:]])
    assert line not in kept and kept == STORY_LINES


def test_a_tagalog_published_label_is_no_author() -> None:
    # Before: "Nailathala Abril 14, 2025" (tl "Published April 14, 2025") gave the author "Nailathala".
    page = (
        "<html><head><title>Bagyo, papalapit sa Luzon</title></head><body><h1>Bagyo, papalapit sa Luzon</h1>"
        '<div class="byline">Nailathala <span>Abril 14, 2025 3:22pm</span></div>'
        f"<div class='story'>{STORY}{STORY}</div></body></html>"
    )
    meta = extract_metadata(parse_html(page), "https://balita.example/news/912233/bagyo/story/")
    assert "Nailathala" not in meta.authors


def test_a_storyless_table_of_figure_rows_in_a_page_that_declares_an_article_is_kept() -> None:
    # Figure rows are weaker evidence than a table of mostly numbers: a page typed as an article keeps them.
    page = (
        '<html><head><meta property="og:type" content="article"><title>Results, round 24</title></head>'
        f"<body><h1>Results, round 24</h1>{_fixtures_table()}<p>All times local.</p></body></html>"
    )
    result = extract(page.encode(), "https://league.example/news/results-round-24")
    assert not (isinstance(result, Rejection) and "data table" in (result.detail or "")), result


def test_a_storyless_list_of_works_by_year_is_no_table_of_figure_rows() -> None:
    # A discography or an encyclopedia's table of titles by year states no figure of the things it names.
    rows = "".join(f"<tr><td>Song number {i}</td><td>{1999 + i}</td></tr>" for i in range(8))
    tree = lxml_html.fromstring(f"<html><body><h1>Works</h1><table>{rows}</table></body></html>")
    assert _data_tables(tree, storyless=True) == []
