"""Title choice, session 12: general patterns (each test failed before its change)."""

from __future__ import annotations

from newsbot.extraction import parse_html
from newsbot.extraction.metadata import extract_metadata


def _title(head: str, body: str, url: str = "https://archive.example/page/x.html") -> str:
    tree = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    return extract_metadata(tree, url).title


def test_a_date_line_with_category_labels_under_the_headline_comes_off() -> None:
    # Pattern "date line in the heading": the date and then the category labels in small type inside the
    # h1; og:title shows the headline alone.
    head = '<meta property="og:title" content="Fans return to the club halls of the region">'
    body = (
        "<main><h1>Fans return to the club halls of the region<br><small><span class=icon></span> 02.02.2022"
        " \u2022 <span class=cats>Association <span>, </span> Press <span>, </span> General</span></small></h1>"
        "<p>Text.</p></main>"
    )
    assert _title(head, body) == "Fans return to the club halls of the region"


def test_a_label_inside_a_link_wrapping_the_heading_is_a_kicker() -> None:
    # Pattern "linked heading": forum and CMS thread titles wrap the whole heading in a link to the
    # thread; its first child is the prefix label, which og:title carries as "Label - Headline".
    head = (
        '<meta property="og:title" content="Patch Notes - Release 4.47 brings the spring bugfix build">'
        "<title>Patch Notes - Release 4.47 brings the spring bugfix build | Example Forums</title>"
    )
    body = (
        '<main><h1><a href="/forums/threads/release-4-47.1/"><span class="label">Patch Notes</span>'
        '<span class="label-append"> </span>Release 4.47 brings the spring bugfix build</a></h1>'
        "<p>Text.</p></main>"
    )
    assert _title(head, body) == "Release 4.47 brings the spring bugfix build"


def test_an_overline_with_a_hidden_colon_in_css_in_js_markup_is_a_kicker() -> None:
    # The overline holds a visually hidden ":" in a styled span with its CSS rule rendered beside it: the
    # kicker is the overline's words (the colon is no word, the CSS no text), and the <title> confirms the
    # headline after it; og:title names the section.
    head = (
        '<meta property="og:title" content="Media releases">'
        "<title>Vaccination stays possible everywhere until the end of February</title>"
    )
    body = (
        "<main><h1><style>.css-a{display:block}</style><span>Release of the health"
        " directorate <style>.css-b{position:absolute;width:1px}</style><span>:</span></span>"
        "Vaccination stays possible everywhere until the end of February</h1><p>Text.</p></main>"
    )
    assert _title(head, body) == "Vaccination stays possible everywhere until the end of February"


def test_the_site_name_with_the_word_logo_is_the_masthead() -> None:
    # Pattern "logo label": the brand's text and its SVG image's title read together ("POLITICO Politico
    # Logo") are the masthead, not a headline: the story's own h1 below it is the headline shown, against a
    # <title> worded otherwise.
    head = '<meta property="og:site_name" content="POLITICO"><title>Senate votes on the budget tonight</title>'
    body = (
        "<div class=top><h1>POLITICO <svg><title>Politico Logo</title></svg></h1></div>"
        "<main><h1>Senate passes the budget bill after a long night</h1><p>Text.</p></main>"
    )
    url = "https://www.politico.com/news/2024/05/12/senate-budget-00123"
    assert _title(head, body, url) == "Senate passes the budget bill after a long night"
    # Without the site's name in it, a heading with the word is no logo label.
    body = "<main><h1>Logo design trends of the year</h1><p>Text.</p></main>"
    assert _title("<title>Logo design trends of the year</title>", body) == "Logo design trends of the year"


def test_a_site_name_affix_in_the_json_ld_headline_comes_off() -> None:
    # Pattern "site name in the headline field": the CMS fills the JSON-LD headline from the <title>'s
    # template ("Headline | DW", "Headline – DW – 12.05.2024" on dw.com); the page shows the headline.
    for affix in (" | DW", " – DW – 12.05.2024"):
        value = "Senate passes the budget bill after a long night" + affix
        head = (
            f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{value}"}}</script>'
            f'<meta property="og:title" content="{value}"><title>{value}</title>'
        )
        body = "<main><h1>Senate passes the budget bill after a long night</h1><p>Text.</p></main>"
        assert _title(head, body, "https://www.dw.com/en/senate-budget/a-123") == (
            "Senate passes the budget bill after a long night"
        )
