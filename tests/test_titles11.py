"""Title choice, session 11: general patterns (each test failed before its change)."""

from __future__ import annotations

from newsbot.extraction import _heading_above, parse_html
from newsbot.extraction.metadata import extract_metadata
from newsbot.extraction.text import norm_key
from newsbot.extraction.titles import strip_affix


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


_PARA = (
    "The harbour board agreed on Monday to rebuild the old wooden pier before winter, after divers found "
    "that storms had loosened most of the piles that hold up its northern end. "
)


def test_an_author_line_set_as_a_heading_is_no_headline() -> None:
    # Pattern "byline heading": the author's line set as a heading of its own ("<h5>Von X</h5>") right above
    # the text, under a headline the page also links from its news box. The author's line is never the
    # heading shown over the body (it became the title of a page with only a "site | Section" <title>).
    html = (
        "<html><body><div><h2>Board backs the rebuilding of the old pier</h2>"
        f"<h5><em>Von Leonora Holling</em></h5><p>{_PARA}</p></div></body></html>"
    )
    tree = parse_html(html)
    link_keys = {norm_key("Board backs the rebuilding of the old pier")}
    assert _heading_above(tree, [_PARA.strip()], link_keys) == ""
    assert _heading_above(tree, [_PARA.strip()], set()) == "Board backs the rebuilding of the old pier"


def test_a_title_part_holding_the_host_name_is_the_site_affix() -> None:
    # Pattern "host name in the affix": a club's or a shop's name around its host's name, as prefix or in
    # lower case as suffix, comes off the <title> like a site name.
    head = "<title>EFC Harbour Anglers Kiel - Board backs the rebuilding of the old pier - Club News</title>"
    assert _title(head, "<p>Text.</p>", "https://www.harbour-anglers.de/news/1") == (
        "Board backs the rebuilding of the old pier"
    )
    assert strip_affix("Board backs the pier | harbourbay ♥ Magazin", None, "www.harbourbay.de") == (
        "Board backs the pier"
    )
    # Whole words only: "Harbourside" holds no host name "harbour".
    assert strip_affix("Harbourside Lights - a new festival for the old town", None, "www.harbour.de") == (
        "Harbourside Lights - a new festival for the old town"
    )


def test_an_og_title_naming_something_else_yields_to_the_headline_and_title() -> None:
    # Pattern "og:title names something else": no structured data; the h1 and the <title> agree, og:title
    # alone is the section's name (or the blog's), sharing no content word with them.
    head = (
        '<meta property="og:title" content="Press releases"><title>Board backs the rebuilding of the old pier</title>'
    )
    body = "<main><h1>Board backs the rebuilding of the old pier</h1><p>Text.</p></main>"
    assert _title(head, body) == "Board backs the rebuilding of the old pier"
    # A social wording of the same story stays the og:title's (it is no other thing).
    head = (
        '<meta property="og:title" content="Old pier to be rebuilt"><title>Board backs rebuilding the old pier</title>'
    )
    body = "<main><h1>Board backs rebuilding the old pier</h1><p>Text.</p></main>"
    assert _title(head, body) == "Old pier to be rebuilt"


def test_a_kicker_after_css_rules_rendered_into_the_heading_comes_off() -> None:
    # CSS-in-JS frameworks render their rules into the heading before the kicker element: the kicker is
    # still the heading's first child the reader sees, and the <title> confirms the headline without it.
    head = "<title>Board backs the rebuilding of the old pier</title>"
    body = (
        "<main><h1><style>.css-x1{font-size:16px}</style><span>Media release of the port directorate:</span>"
        "<span>Board backs the rebuilding of the old pier</span></h1><p>Text.</p></main>"
    )
    assert _title(head, body) == "Board backs the rebuilding of the old pier"
