"""Title choice, session 11: general patterns (each test failed before its change)."""

from __future__ import annotations

from newsbot.extraction import parse_html
from newsbot.extraction.metadata import extract_metadata


def _title(head: str, body: str, url: str = "https://archive.example/page/x.html") -> str:
    tree = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    return extract_metadata(tree, url).title


def test_the_blog_name_in_the_page_banner_is_no_headline() -> None:
    # Pattern "blog name in the banner": Movable Type / Typepad templates set the blog's name as the page's
    # <h1> in a #banner box (linking to the blog's home, which the archived page's URL cannot show) and the
    # post's title in an h3; the <title> reads "Blog Name: Post title".
    head = "<title>Harbour Notes: The pier will be rebuilt before winter</title>"
    body = (
        '<div id="banner"><div id="banner-inner"><h1 id="banner-header">'
        '<a href="http://harbour.example/notes/">Harbour Notes</a></h1></div></div>'
        '<div class="entry"><h3 class="entry-header">The pier will be rebuilt before winter</h3>'
        "<p>Text.</p></div>"
    )
    assert _title(head, body) == "The pier will be rebuilt before winter"
    # The ARIA landmark for the site's header says the same.
    body = (
        '<header role="banner"><h1><a href="http://harbour.example/notes/">Harbour Notes</a></h1></header>'
        '<main><h2 class="post-title">The pier will be rebuilt before winter</h2><p>Text.</p></main>'
    )
    assert _title(head, body) == "The pier will be rebuilt before winter"
    # A box whose class only ends in "banner" (a hero banner around the story) holds the story's headline.
    head = "<title>The pier will be rebuilt before winter: what it costs</title>"
    body = (
        '<div class="hero-banner"><h1>The pier will be rebuilt before winter</h1></div>'
        "<h2>Harbour board</h2><p>Text.</p>"
    )
    assert _title(head, body) == "The pier will be rebuilt before winter"
