"""Patterns found on the session-8 blind fixture pages (blogs, press releases, old table layouts, AMP, entity
pages): each named pattern goes or is recognised, and the look-alike next to it stays."""

from __future__ import annotations

import pytest

from newsbot.extraction import extract, parse_html
from newsbot.extraction.datecands import time_markup_date
from newsbot.extraction.junk import remove_junk
from newsbot.models import Article

STORY = [
    "The harbour board agreed on Monday to rebuild the old wooden pier before winter, after divers found that "
    "storms had loosened most of the piles that hold up its northern end.",
    "Works start in May and the board expects the pier to reopen to anglers and walkers by the end of October.",
    "Fishermen who moor their boats along the pier will be offered berths in the inner harbour until then.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Comparte esta noticia",
        "Share this story",
        "Compartilhe esta notícia",
        "Partager cet article",
        "FOR IMMEDIATE RELEASE",
    ],
)
def test_share_bar_labels_and_release_header_go(line: str) -> None:
    assert remove_junk([STORY[0], line, *STORY[1:]]) == STORY


def test_press_release_end_mark_cuts_the_issuers_boilerplate() -> None:
    boilerplate = [
        "About Harbour State University",
        "Founded in 1891, Harbour State University is a public research university serving 22,000 students.",
        "Media contact: Jane Roe, University Communications, 555-0188",
    ]
    assert remove_junk([*STORY, "###", *boilerplate]) == STORY
    assert remove_junk([*STORY, "-30-", *boilerplate]) == STORY
    # "###" between a blog post's sections (no boilerplate after it) is a separator: nothing is cut after it
    sections = [*STORY[:2], "###", "Odds and ends:", STORY[2]]
    assert remove_junk(sections)[-2:] == ["Odds and ends:", STORY[2]]


def test_agency_code_with_a_number_and_the_outlet_is_cut() -> None:
    out = remove_junk([*STORY[:2], STORY[2] + " (mcr27/ragamwarta)"])
    assert out[-1] == STORY[2]
    assert remove_junk([*STORY, "(cr3/tribun)"]) == STORY
    # an ordinary closing bracket stays
    assert remove_junk([*STORY[:2], "He said prices fell (and/or rose)."])[-1] == "He said prices fell (and/or rose)."


def _page(body: str, head: str = "", title: str = "<title>Harbour board rebuilds pier</title>") -> bytes:
    return f'<html lang="en"><head>{title}{head}</head><body>{body}</body></html>'.encode()


_STORY_HTML = "".join(f"<p>{p}</p>" for p in STORY)


def test_posted_date_line_goes_but_a_posted_by_line_is_left_to_the_byline_rules() -> None:
    body = f"<h1>Harbour board rebuilds pier</h1><p>Posted: Monday, March 3, 2008 4:52 PM EST</p>{_STORY_HTML}"
    record = extract(_page(body), "https://harbour.example/news/2008/03/03/pier")
    assert isinstance(record, Article), record
    assert "Posted:" not in record.text
    assert STORY[0] in record.text


def test_old_page_without_title_or_heading_takes_the_big_font_headline() -> None:
    body = (
        "<table><tr><td><font size='5'><b>Harbour board rebuilds the old pier</b></font><br>"
        f"<font size='2'>{_STORY_HTML}</font></td></tr></table>"
    )
    record = extract(_page(body, title=""), "http://harbour.example/global/story.asp?S=8123456")
    assert isinstance(record, Article), record
    assert record.title == "Harbour board rebuilds the old pier"


def test_blog_template_abbr_date_in_its_only_entry_is_the_publication_date() -> None:
    post = (
        "<div class='widget Blog'><div class='post hentry'><h3>Pier</h3><div class='post-body'>x</div>"
        "<div class='post-footer'><abbr class='published' title='2024-03-12T15:14:00-04:00'>3:14 PM</abbr>"
        "</div></div></div>"
    )
    found = time_markup_date(parse_html(_page(post).decode()), None)
    assert found is not None and found.value == "2024-03-12T15:14:00-04:00"
    # two marked entries (a blog's front page, a related list): the walk up decides as before, the widget
    # around them is foreign
    two = post.replace("</div></div></div>", "</div></div>") + post[len("<div class='widget Blog'>") :]
    assert time_markup_date(parse_html(_page(two).decode()), None) is None
