"""The writer named only in a post's meta line under the headline ("February 27, 2024 · 6 min · Henrik
Aalto", static-site and blog themes): taken when the line's other items are the date and a reading time;
and the posting line that gives the date before the writer ("Posted July 2, 2024 by Jane Doe")."""

from __future__ import annotations

import pytest

from newsbot.extraction import extract, parse_html
from newsbot.extraction.bylines import _dated_byline, meta_line_byline
from newsbot.models import Article

URL = "https://blog.example/posts/search-query-ignored-the-index/"
PROSE = (
    "Last month the search box on our internal tracker started taking eight seconds to answer, and nothing in "
    "the code had changed for weeks, so we assumed the database was struggling under the load of the quarter."
)
MORE = (
    "It was not: the planner had stopped using the index because the statistics were stale after a bulk import, "
    "and a single analyse brought the answer back under fifty milliseconds for every query we tried."
)


def _page(meta_line: str, where: str = "header") -> bytes:
    line = f'<div class="post-meta">{meta_line}</div>'
    headline = "<h1>Why our search query ignored the index</h1>"
    header = f'<header class="post-header">{headline}{line if where == "header" else ""}</header>'
    after = line if where == "after" else ""
    return (
        "<html><head><title>Why our search query ignored the index | Kettle</title></head><body><main><article>"
        f"{header}<div class='post-content'><p>{PROSE}</p>{after}<p>{MORE}</p></div></article></main></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("<span>February 27, 2024</span>&nbsp;·&nbsp;6 min&nbsp;·&nbsp;Henrik Aalto", ["Henrik Aalto"]),
        ("Mar 3, 2020 | 5 min read | Jane Doe", ["Jane Doe"]),
        ("12.03.2021 · 4 Min. Lesezeit · Anna Schmidt", ["Anna Schmidt"]),
        # no reading time: a date and a capitalised item may be a place ("Berlin"): not taken
        ("March 3, 2020 · Jane Doe", []),
        # the third item is a category, not a person's name
        ("February 27, 2024 · 6 min · Databases", []),
        # two items besides the date and the reading time: which is the writer is not said
        ("February 27, 2024 · 6 min · Jane Doe · Databases", []),
    ],
)
def test_meta_line_names_the_writer(line: str, authors: list[str]) -> None:
    result = extract(_page(line), URL)
    assert isinstance(result, Article)
    assert result.authors == authors


def test_meta_line_below_the_story_start_is_not_read() -> None:
    """A line of the same shape inside the story (after its first paragraph) is no meta line."""
    tree = parse_html(_page("February 27, 2024 · 6 min · Henrik Aalto", where="after").decode())
    assert meta_line_byline(tree, "Why our search query ignored the index") == []
    result = extract(_page("February 27, 2024 · 6 min · Henrik Aalto", where="after"), URL)
    assert isinstance(result, Article) and result.authors == []


def test_meta_line_in_a_teaser_is_not_read() -> None:
    page = _page("").replace(
        b"<div class='post-content'>",
        b"<div class='related-posts'><div>Jan 2, 2024 \xc2\xb7 3 min \xc2\xb7 Mia Berg</div></div>"
        b"<div class='post-content'>",
    )
    tree = parse_html(page.decode())
    assert meta_line_byline(tree, "Why our search query ignored the index") == []


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Posted July 2, 2024 by Ruth Calloway", "by Ruth Calloway"),
        ("Posted on Thursday, Aug 9, 2012  by Jane Doe", "by Jane Doe"),
        ("August 6th, 2012 by Jane Doe", "by Jane Doe"),
        ("Published on 12.03.2021 von Anna Schmidt", "von Anna Schmidt"),
        # "di" is also a preposition of place: "posted in South Jakarta" names nobody
        ("Diposting 2 Juli 2024 di Jakarta Selatan", None),
        # "about" introduces a subject after a date, not a writer
        ("Updated 2 days ago about Climate Change", None),
        # prose with a year and "by" in it
        ("In 2020 the council by a narrow vote agreed", None),
    ],
)
def test_posting_line_with_the_date_before_the_writer(line: str, byline: str | None) -> None:
    assert _dated_byline(line) == byline


def test_posting_line_names_the_writer() -> None:
    page = _page("").replace(
        b'<div class="post-meta"></div>', b"<p class='meta'>Posted July 2, 2024 by Ruth Calloway</p>"
    )
    result = extract(page, URL)
    assert isinstance(result, Article)
    assert result.authors == ["Ruth Calloway"]
