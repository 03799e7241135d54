"""No real article is rejected for the shape of the URL it comes with (session 14, helper rescue14).

Test harnesses, mirrors and static hosts serve any page as ``index.html`` or ``page.html``
(http://fakehost.com/test/page.html, http://127.0.0.1:8000/<id>/index.html): a URL is weak evidence,
and a page that looks like an article is kept whatever its URL's shape. Pages are written here.
"""

from __future__ import annotations

import pytest

from newsbot.extraction import _listing_url, extract
from newsbot.models import Article, Rejection

PLACEHOLDERS = [
    "http://127.0.0.1:8000/index",
    "http://fakehost.com/test/page.html",
    "http://127.0.0.1:8000/index.html",
    "http://127.0.0.1:8000/a17/index.html",
    "https://example.com/x.html",
    "https://example.com",
    "https://example.com/",
]

# A short story in two paragraphs under a headline: no byline, no date, no JSON-LD (a test page, a plain
# blog post).
SHORT_STORY = (
    "<h1>Ferry timetable changes</h1>"
    "<div><p>The island ferry will leave the harbour half an hour earlier on weekdays from next month, the "
    "operator said on Monday, to meet the first train to the city.</p>"
    "<p>Weekend sailings are unchanged, and the late boat on Fridays keeps its usual time.</p></div>"
)

# The same story written in short lines (as old layouts and wire briefs do): no paragraph of prose.
SHORT_LINES = "<h1>Ferry timetable changes</h1>" + "".join(
    f"<p>{line}</p>"
    for line in (
        "The island ferry will leave earlier on weekdays.",
        "The change starts next month, the operator said.",
        "It meets the first train to the city.",
        "Weekend sailings are unchanged.",
        "The late boat on Fridays keeps its time.",
        "Tickets bought already stay valid.",
    )
)


def page(body: str, head: str = "<title>Ferry timetable changes</title>") -> bytes:
    return f"<html><head><meta charset='utf-8'>{head}</head><body><article>{body}</article></body></html>".encode()


@pytest.mark.parametrize("url", PLACEHOLDERS)
def test_a_short_story_is_an_article_under_any_placeholder_url(url: str) -> None:
    """page.html was read as a listing's pagination word, index.html as a section front's file name."""
    result = extract(page(SHORT_STORY), url)
    assert isinstance(result, Article), result
    assert "first train" in result.text


@pytest.mark.parametrize(
    ("url", "mark"),
    [
        ("http://fakehost.com/test/page.html", None),  # a pagination word without a page number
        ("https://example.com/page", None),
        ("https://news.example/page/2/", "path"),
        ("https://news.example/category/local/page/2", "path"),
        ("https://berita.example/indeks/halaman/3", "path"),
        ("https://news.example/tag/harbour/", "path"),
        ("https://news.example/topics", "path"),
        ("http://127.0.0.1:8000/index.html", None),  # a directory's default document: any page
        ("https://news.example/news/index.html", None),
        ("https://news.example/sport/index/latest", "path"),  # a directory named index
        ("https://news.example/news/archive.html", "file"),  # a file name only: weak evidence
        ("https://news.example/tags.php", "file"),
        ("https://example.com", None),
        ("https://news.example/2008/WORLD/europe/04/14/pier.repairs/index.html", None),  # a story's path
    ],
)
def test_listing_marks_of_a_url(url: str, mark: str | None) -> None:
    assert _listing_url(url) == mark


def test_a_listing_file_name_does_not_outweigh_an_articles_marks() -> None:
    """A story in short lines under archive.html: kept when it has an author and a date of its own, as under
    its real URL; the same page under /tag/harbour/ (a listing's path) is still a listing."""
    head = (
        "<title>Ferry timetable changes</title>"
        '<meta name="author" content="Ana Ruiz">'
        '<meta property="article:published_time" content="2024-05-06T09:00:00+01:00">'
    )
    result = extract(page(SHORT_LINES, head), "http://127.0.0.1:8000/archive.html")
    assert isinstance(result, Article), result
    result = extract(page(SHORT_LINES, head), "https://news.example/tag/harbour/")
    assert isinstance(result, Rejection) and "listing URL" in result.detail


def test_a_listing_file_name_and_no_article_marks_is_still_a_listing() -> None:
    """Short lines, no prose, no byline, under a section's archive.html: the listing rule still holds."""
    result = extract(page(SHORT_LINES), "https://news.example/news/archive.html")
    assert isinstance(result, Rejection) and "listing URL" in result.detail


# Pattern "how-to steps": each step a label, a sentence or two and a picture with its caption.
STEPS = [
    "Measure the jar and cut the foam block a little smaller than its opening.",
    "Press a small hole into the foam for the plant's roots.",
    "Set the plant into the hole and firm the foam around it.",
    "Cover the foam with moss, pinning it down at the edges.",
    "Lower the glass cover gently over the plant and the moss.",
    "Push back any moss the glass lifted, using tweezers.",
    "Stand the jar on a saucer or a slice of wood.",
]


def _howto(step_label: str = "Step") -> bytes:
    steps = "".join(
        f'<div class="step"><div class="step-body"><div class="text"><span class="step-no">{step_label} {i}</span>'
        f"<p>{text}</p></div><figure class='thumb'><img src='/img/step{i}.jpg' alt=''></figure>"
        f"<figcaption class='caption'>Picture of step {i} (Photo: Mia Berg)</figcaption></div></div>"
        for i, text in enumerate(STEPS, 1)
    )
    body = (
        "<h1>How to make a moss jar</h1><p class='intro'>A small garden under glass.</p>"
        f"<div class='steps'>{steps}</div>"
    )
    return page(body, "<title>How to make a moss jar</title>")


def test_a_howto_with_a_picture_per_step_is_not_a_gallery() -> None:
    """Numbered steps, each with a sentence beside its picture's caption: an article, not a photo gallery."""
    result = extract(_howto(), "https://howto.example/home/make-a-moss-jar.html")
    assert isinstance(result, Article), result
    assert "tweezers" in result.text


def test_pictures_with_counters_are_still_a_gallery() -> None:
    """A gallery's pictures numbered with counters of the whole ("3 / 7") and captions only: a gallery."""
    slides = "".join(
        f"<figure class='slide'><img src='/g/{i}.jpg' alt=''><figcaption>{i} / 7 {text}</figcaption></figure>"
        for i, text in enumerate(STEPS, 1)
    )
    result = extract(
        page(f"<h1>In pictures: the moss jar workshop</h1><div class='gallery'>{slides}</div>"),
        "https://news.example/photos/moss-jar-workshop.html",
    )
    assert isinstance(result, Rejection) and "gallery" in result.detail


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000/index.html", "http://127.0.0.1:8000/a17/index.html"])
def test_a_story_in_short_lines_under_index_html_is_an_article(url: str) -> None:
    """No prose paragraph and no byline (old layouts, wire briefs): kept under index.html as under its real URL."""
    result = extract(page(SHORT_LINES), url)
    assert isinstance(result, Article), result
    real = extract(page(SHORT_LINES), "https://news.example/2024/05/06/ferry-timetable-changes.html")
    assert isinstance(real, Article), real


def test_links_to_the_canonical_url_are_the_pages_own() -> None:
    """A page fetched at another address (a mirror, a harness's placeholder) links its headline to its
    canonical URL: that link names the page itself, not a related story."""
    from newsbot.extraction import _link_text_keys, parse_html

    canonical = "https://blog.example/2024/05/ferry-timetable-changes/"
    tree = parse_html(
        f'<html><head><link rel="canonical" href="{canonical}"></head><body>'
        f'<h2><a href="{canonical}">Ferry timetable changes on weekdays</a></h2>'
        '<a href="https://blog.example/2024/05/new-harbour-cafe/">A new cafe opens on the harbour</a></body></html>'
    )
    keys = _link_text_keys(tree, "http://fakehost.com/test/page.html", canonical)
    assert keys == {"a new cafe opens on the harbour"}
    # fetched at the canonical URL itself, as before
    assert _link_text_keys(tree, canonical) == {"a new cafe opens on the harbour"}
