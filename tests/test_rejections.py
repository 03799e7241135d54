"""Real articles are not rejected without positive evidence that the page is not one (issue 19).

Each test is one cause seen on pages outside the devset, on small pages written here.
"""

from __future__ import annotations

import pytest

import newsbot.extraction as extraction
from newsbot.extraction import extract
from newsbot.extraction.text import clean_line
from newsbot.extraction.urls import is_search_url
from newsbot.models import Article, Rejection, markup_spans

PROSE = (
    "The harbour authority said on Tuesday that the repairs to the old pier would begin in the spring "
    "and take about eight months, with the walkway closed to the public for most of that time."
)
MORE = (
    "Local fishermen, who use the pier to land their catch, will be moved to a temporary jetty on the "
    "north side of the bay, and the authority promised to keep the ferry running throughout."
)
URL = "https://news.example/2024/05/06/pier-repair-plan.html"


def page(body: str, head: str = "<title>Pier repairs to begin in spring</title>") -> bytes:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>".encode()


def test_control_character_entity_does_not_lose_the_article() -> None:
    """'&#26;' became a control character after the scrub; trafilatura then failed on the tree."""
    result = extract(page(f"<h1>Pier repairs</h1><p>{PROSE} &#26; &#x1B;</p><p>{MORE}&#1;</p>"), URL)
    assert isinstance(result, Article)
    assert "eight months" in result.text and "temporary jetty" in result.text


def test_extract_never_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("All strings must be XML compatible")

    monkeypatch.setattr(extraction, "extract_metadata", broken)
    result = extract(page(f"<h1>Pier repairs</h1><p>{PROSE}</p>"), URL)
    assert isinstance(result, Rejection)
    assert result.reason == "invalid" and "ValueError" in result.detail


@pytest.mark.parametrize(
    ("url", "search"),
    [
        ("https://tv.example/Global/story.asp?S=7565791", False),  # an id in a parameter named S
        ("https://blog.example/post.php?id=3&s=a9f8e7d6c5b4", False),  # an opaque token
        ("https://news.example/2020/01/search-for-missing-hiker-ends", False),
        ("https://blog.example/?s=climate+change", True),
        ("https://news.example/search?q=budget", True),
        ("https://news.example/suche/", True),
    ],
)
def test_search_url_is_a_query_of_words(url: str, search: bool) -> None:
    assert is_search_url(url) is search


def test_story_url_with_numeric_s_parameter_is_an_article() -> None:
    result = extract(
        page(f"<h1>Pier repairs</h1><p>{PROSE}</p><p>{MORE}</p>"), "https://tv.example/Global/story.asp?S=7565791"
    )
    assert isinstance(result, Article)


@pytest.mark.parametrize("quoted", ["&lt;noun&gt;.js", "WHERE &lt;SEARCH CONDITION&gt;", "List&lt;String&gt;"])
def test_prose_quoting_code_keeps_its_angle_brackets(quoted: str) -> None:
    code = f"To try it, put {quoted} in the config file and restart the service, then read the log output."
    result = extract(page(f"<h1>Notes</h1><p>{PROSE}</p><p>{code}</p><p>{MORE}</p>"), URL)
    assert isinstance(result, Article), result
    shown = quoted.replace("&lt;", "<").replace("&gt;", ">")
    assert shown in result.text


def test_leaked_markup_is_still_removed() -> None:
    leaked = "The plan &lt;div class=&quot;box&quot;&gt;was approved&lt;/div&gt; by the &lt;b&gt;council&lt;/b&gt;."
    result = extract(page(f"<h1>Notes</h1><p>{PROSE}</p><p>{leaked}</p><p>{MORE}</p>"), URL)
    assert isinstance(result, Article)
    assert "was approved" in result.text and "<div" not in result.text and "<b>" not in result.text


@pytest.mark.parametrize(
    ("value", "markup"),
    [
        ("use <noun>.js here", False),
        ("WHERE <SEARCH CONDITION>", False),
        ("if a<b and c>d", False),
        ("a lone <p> tag named in prose", False),
        ('<a href="/x">link</a>', True),
        ("text</p>", True),
        ("line<br/>break", True),
        ("<span data-x=1>y", True),
    ],
)
def test_markup_spans_tells_markup_from_prose(value: str, markup: bool) -> None:
    assert bool(markup_spans(value)) is markup
    assert not markup_spans(clean_line(value))  # what clean_line leaves always validates


def test_missing_title_is_filled_from_the_heading_above_the_body() -> None:
    html = (
        f"<html><body><div class=nav><a href='/'>Home</a></div><div><h2>Pier repairs to begin</h2>"
        f"<p>{PROSE}</p><p>{MORE}</p></div></body></html>"
    )
    result = extract(html.encode(), URL)
    assert isinstance(result, Article), result
    assert result.title == "Pier repairs to begin"
    assert not result.text.startswith("Pier repairs")


def test_missing_title_without_heading_is_the_first_sentence() -> None:
    result = extract(page(f"<p>{PROSE}</p><p>{MORE}</p>", head="<title> </title>"), URL)
    assert isinstance(result, Article), result
    assert result.title.endswith("…") and len(result.title) <= 151  # the long sentence cut at a word
    assert PROSE.startswith(result.title[:-1])
    assert result.text.startswith(PROSE)


def test_short_post_without_a_paragraph_of_prose_is_kept() -> None:
    lines = [
        "Quick note: the build now needs Python 3.12.",
        "Run make install again after pulling.",
        "The old virtualenv can be deleted.",
        "Tests take about four minutes on two cores.",
        "Ping me if the fuzz tests time out.",
    ]
    result = extract(
        page("<h1>Build notes</h1>" + "".join(f"<p>{line}</p>" for line in lines), head="<title>Build notes</title>"),
        "https://dev.example/notes/build",
    )
    assert isinstance(result, Article), result
    assert "four minutes" in result.text


def test_teasers_with_leads_are_a_listing() -> None:
    teasers = "".join(
        f"<div class=item><h2><a href='/story-{i}.html'>Headline number {i} of the day here</a></h2>"
        f"<p>Lead sentence of story {i}, short and plain.</p></div>"
        for i in range(8)
    )
    result = extract(
        f"<html><head><title>News</title></head><body>{teasers}</body></html>".encode(), "https://news.example/"
    )
    assert isinstance(result, Rejection)
    assert result.reason == "not_article" and "teaser" in result.detail


def test_readability_body_replaces_a_body_without_prose(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the main extractor takes a box of links for the story, readability's prose body wins."""
    links = ["Gift guide", "Receive email alerts", "- Ten recipes for polenta", "- A feud on a cooking show"]
    monkeypatch.setattr(extraction, "extract_body", lambda tree, **kwargs: list(links))
    items = "".join(f"<li><a href='/l{i}'>{t}</a></li>" for i, t in enumerate(links))
    html = page(f"<h1>Pier repairs</h1><p>{PROSE}</p><p>{MORE}</p><ul class=links>{items}</ul>")
    result = extract(html, URL)
    assert isinstance(result, Article), result
    assert "eight months" in result.text and "temporary jetty" in result.text
    assert "polenta" not in result.text


def test_readability_body_needs_prose(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page of short lines stays as newsbot found it: readability has no prose to offer either."""
    lines = [
        "Quick note: the build now needs Python 3.12.",
        "Run make install again after pulling.",
        "The old virtualenv can be deleted.",
        "Tests take about four minutes on two cores.",
        "Ping me if the fuzz tests time out.",
        "Thanks to everyone who tested the branch.",
    ]
    monkeypatch.setattr(extraction, "extract_body", lambda tree, **kwargs: list(lines))
    result = extract(page("<h1>Build notes</h1>" + "".join(f"<p>{line}</p>" for line in lines)), URL)
    assert isinstance(result, Article), result
    assert result.text.split("\n\n") == lines


def test_a_list_of_bare_links_is_a_listing() -> None:
    """Lines that are each a link to another page and nothing else are a link directory, not a story."""
    items = "".join(f"<li><a href='/archive/{i}'>/archive/{i}</a></li>" for i in range(30))
    result = extract(
        f"<html><head><title>Archive</title></head><body><h1>Archive</h1><ul>{items}</ul></body></html>".encode(),
        "https://news.example/",
    )
    assert isinstance(result, Rejection)
    assert result.reason == "not_article"


BRIEF = "Firefighters put out a small blaze at the old grain silo on Harbour Road late on Monday night."


def _brief_page(head: str, byline: str = "") -> bytes:
    """A wire brief as regional sites publish them: headline, byline line, one sentence, nothing else."""
    return (
        f"<html><head><title>Fire at grain silo put out</title>{head}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/local'>Local</a></nav>"
        f"<article><h1>Fire at grain silo put out</h1>{byline}<p>{BRIEF}</p></article>"
        "<footer><a href='/contact'>Contact</a></footer></body></html>"
    ).encode()


def test_short_brief_declared_an_article_is_kept() -> None:
    """A short body is no evidence against an article: a page that declares itself one is kept."""
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Fire at grain silo put out",'
        ' "datePublished": "2024-05-06T22:40:00+01:00"}</script>'
    )
    result = extract(_brief_page(ld), "https://news.example/local/2024/05/06/silo-fire")
    assert isinstance(result, Article), result
    assert result.text == BRIEF


def test_short_post_with_a_dated_byline_is_kept() -> None:
    head = (
        '<meta name="author" content="Ana Ruiz">'
        '<meta property="article:published_time" content="2024-05-06T22:40:00+01:00">'
    )
    result = extract(_brief_page(head), "https://blog.example/silo-fire")
    assert isinstance(result, Article), result
    assert result.text == BRIEF and result.authors == ["Ana Ruiz"]


@pytest.mark.parametrize(
    "video",
    [
        ', "video": {"@type": "VideoObject", "name": "Silo fire", "embedUrl": "https://player.example/e/1"}',
        '}</script><meta property="og:video" content="https://player.example/e/1.mp4"><script>{',
    ],
)
def test_short_caption_beside_a_declared_video_is_a_video_page(video: str) -> None:
    """A NewsArticle-typed page whose content is a declared video and a caption is a video page."""
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Fire at grain silo put out",'
        f' "datePublished": "2024-05-06T22:40:00+01:00"{video}}}</script>'
    )
    result = extract(_brief_page(ld), "https://news.example/videos/2024/05/06/silo-fire")
    assert isinstance(result, Rejection), result
    assert result.reason == "too_short"


def test_short_page_without_article_marks_is_too_short() -> None:
    result = extract(_brief_page(""), "https://blog.example/silo-fire")
    assert isinstance(result, Rejection)
    assert result.reason == "too_short"


def test_short_body_is_replaced_by_a_candidate_with_prose() -> None:
    own = ["Home", "Local news", "Share this"]
    menu = ["Weather", "Sport", "Traffic", "Jobs", "Cars", "Homes", "Dating", "Puzzles", "Obituaries", "Events"] * 3
    story = [PROSE, MORE]
    links = {extraction.norm_key(PROSE)}
    # the candidate with prose wins over one of more words without any
    assert extraction._recovered(own, [menu, story], set(), 25) == story
    # a candidate whose text is related-link headlines is no story
    assert extraction._recovered(own, [story], links, 25) == own
    # nothing with prose: ours stays
    assert extraction._recovered(own, [menu], set(), 25) is own


@pytest.mark.parametrize("og_type", ["book", "music.album", "profile"])
def test_review_with_a_non_article_og_type_is_an_article(og_type: str) -> None:
    """og:type names what a page is about: a review of a book or a record, with a written story, is an article."""
    head = f'<title>Pier repairs, reviewed</title><meta property="og:type" content="{og_type}">'
    story = f"<h1>Pier repairs, reviewed</h1><img src='/cover.jpg'><p>{PROSE}</p><p>{MORE}</p>"
    result = extract(page(story, head=head), URL)
    assert isinstance(result, Article), result
    assert "temporary jetty" in result.text


def test_profile_page_with_a_short_bio_is_not_an_article() -> None:
    head = '<title>Ana Ruiz</title><meta property="og:type" content="profile">'
    bio = (
        "<h1>Ana Ruiz</h1><p>Ana Ruiz covers the harbour, the council and the courts for the paper since 2019.</p>"
        + "".join(f"<p><a href='/story-{i}'>Story number {i} by Ana Ruiz about the harbour</a></p>" for i in range(4))
    )
    result = extract(page(bio, head=head), "https://news.example/authors/ana-ruiz")
    assert isinstance(result, Rejection)
    assert result.reason == "not_article"


def test_video_report_under_a_dated_byline_is_an_article() -> None:
    """A news item told with a video: og:type video, one paragraph of prose, a reporter's name and date."""
    head = (
        '<title>Pier repairs to begin</title><meta property="og:type" content="video.other">'
        '<meta name="author" content="Ana Ruiz">'
        '<meta property="article:published_time" content="2024-05-06T09:00:00+01:00">'
    )
    story = f"<h1>Pier repairs to begin</h1><video src='/pier.mp4'></video><p>{PROSE}</p>"
    result = extract(page(story, head=head), URL)
    assert isinstance(result, Article), result
    assert "eight months" in result.text
    # the same page without the byline is a video page with a caption
    result = extract(page(story, head=head.replace('<meta name="author" content="Ana Ruiz">', "")), URL)
    assert isinstance(result, Rejection) and result.reason == "not_article"


SHORT_LINES = "".join(
    f"<p>{line}</p>"
    for line in (
        "The harbour authority met on Tuesday.",
        "Repairs to the old pier begin in spring.",
        "The walkway will be closed for eight months.",
        "Fishermen move to a temporary jetty.",
        "The ferry keeps running throughout.",
        "A public meeting is set for next week.",
    )
)


def test_story_url_ending_in_index_html_is_not_a_listing() -> None:
    """Old news sites served each story as .../index.html under a dated path; short paragraphs are their style."""
    url = "https://edition.news.example/2008/WORLD/europe/04/14/pier.repairs/index.html"
    result = extract(page(f"<h1>Pier repairs to begin</h1>{SHORT_LINES}"), url)
    assert isinstance(result, Article), result
    assert "temporary jetty" in result.text


@pytest.mark.parametrize("url", ["https://news.example/tag/harbour/", "https://news.example/category/local/page/2"])
def test_listing_url_without_prose_is_a_listing(url: str) -> None:
    result = extract(page(f"<h1>Harbour</h1>{SHORT_LINES}"), url)
    assert isinstance(result, Rejection)
    assert result.reason == "not_article" and "listing URL" in result.detail


def test_video_page_with_a_story_in_short_paragraphs_is_an_article() -> None:
    """og:type video and no byline, but a story's length of text (old layouts write it in short paragraphs,
    none a 'paragraph of prose'): a report told with a video, not the video's caption."""
    head = '<title>Pier repairs to begin</title><meta property="og:type" content="video.other">'
    lines = [
        "The harbour authority met on Tuesday evening in the town hall.",
        "Repairs to the old pier will begin in the spring, it said.",
        "The walkway will be closed to the public for eight months.",
        "Fishermen who land their catch there will move to a temporary jetty.",
        "The new jetty is on the north side of the bay, near the lifeboat station.",
        "The ferry to the islands keeps running throughout the works.",
        "A public meeting on the plans is set for next Thursday.",
        "Residents may send written comments to the authority until the end of May.",
        "The works are paid for by the county and a grant from the coastal fund.",
    ]
    story = "<h1>Pier repairs to begin</h1><video src='/pier.mp4'></video>" + "".join(f"<p>{x}</p>" for x in lines)
    result = extract(page(story, head=head), URL)
    assert isinstance(result, Article), result
    assert "coastal fund" in result.text
    # its first three lines only are the video's caption: a video page
    short = "<h1>Pier repairs to begin</h1><video src='/pier.mp4'></video>" + "".join(f"<p>{x}</p>" for x in lines[:3])
    result = extract(page(short, head=head), URL)
    assert isinstance(result, Rejection) and result.reason == "not_article"
