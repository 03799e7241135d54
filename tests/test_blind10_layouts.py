"""Junk, byline and date patterns the blind pages of session 10 showed (fixtures/pages, blind10): each test
names the general pattern, and each failed before its rule was written."""

from __future__ import annotations

from lxml import html as lxml_html

from newsbot.extraction import extract
from newsbot.extraction.authors import clean_authors
from newsbot.extraction.bylines import text_bylines
from newsbot.extraction.datecands import unlabelled_date
from newsbot.extraction.dates import parse_visible
from newsbot.extraction.junk import remove_junk
from newsbot.models import Article

_STORY = (
    "The harbour board agreed on Monday to rebuild the old wooden pier before winter, after divers found "
    "that storms had loosened most of the piles that hold up its northern end."
)
_MORE = "Work is due to start in May and the pier will stay closed to anglers until the autumn, the board said."


def test_posted_by_line_with_its_date_after_on_is_a_byline() -> None:
    """Pattern "posted by X on <date>": the story line of blog and portal CMSs names the writer first."""
    page = lxml_html.fromstring(
        "<html><body><b>Harbour board rebuilds the pier</b><br>"
        "<font>Posted by Dale Martin on Thursday, October 17, 2002 @ 09:14:33 PDT</font>"
        f"<p>{_STORY}</p></body></html>"
    )
    lines = text_bylines(page, "Harbour board rebuilds the pier")
    assert lines and clean_authors(lines) == ["Dale Martin"]


def test_at_sign_between_date_and_time_keeps_the_time() -> None:
    """Pattern "@ time": "Thursday, October 17, 2002 @ 09:14:33 PDT" is a time with its zone."""
    found = parse_visible("Thursday, October 17, 2002 @ 09:14:33 PDT", None, None, "text", use_dateparser=False)
    assert found is not None and found.value == "2002-10-17T09:14:33-07:00"


def test_headline_in_a_font_line_anchors_the_nearest_date() -> None:
    """Pattern "headline without a heading tag": the date next to a <b> headline beats the masthead's."""
    menu = " ".join(f"<a href='/m{i}'>Menu item {i}</a>" for i in range(8))
    body = lxml_html.fromstring(
        f"<html><body><table><tr><td>Wednesday, October 16, 2002</td></tr></table><div>{menu}</div>"
        "<p>There are currently 3 guests online today.</p><b>Harbour board rebuilds the pier</b><br>"
        f"<font>Posted by Dale Martin on Thursday, October 17, 2002</font><p>{_STORY}</p></body></html>"
    ).find("body")
    found = unlabelled_date(body, None, None, "Harbour board rebuilds the pier")
    assert found is not None and found.value == "2002-10-17"


def test_agency_in_capitals_after_the_name_is_credited_apart() -> None:
    """Pattern "agency after the name": "Nor Azlina Hamid BERNAMA" is the writer and the agency."""
    assert clean_authors(["Nor Azlina Hamid BERNAMA"]) == ["Nor Azlina Hamid", "BERNAMA"]
    assert clean_authors(["Oleh Budi Santoso ANTARA"]) == ["Budi Santoso", "ANTARA"]
    assert clean_authors(["Sid Vicious"]) == ["Sid Vicious"]  # capitals only


def test_picture_credit_with_by_is_no_writer() -> None:
    """Pattern "photos by": "Story by X | Photos by Y" names Y for the pictures."""
    assert clean_authors(["Story by Rebecca Toomey | Photos by Dwayne Hill"]) == ["Rebecca Toomey"]
    assert clean_authors(["By Jane Doe, photos by John Roe"]) == ["Jane Doe"]
    # the writer who took the pictures too stays
    assert clean_authors(["Text and photos by Jane Doe"]) == ["Jane Doe"]


def test_about_an_organisation_is_no_author_box() -> None:
    """Pattern "about the organisation": a press release's "About <Company>" heading names no writer."""

    def page(about: str) -> lxml_html.HtmlElement:
        return lxml_html.fromstring(
            f"<html><body><h1>Valve maker opens plant</h1><p>{_STORY}</p><p><b>{about}</b></p>"
            f"<p>{_MORE}</p></body></html>"
        )

    assert text_bylines(page("About Harbor Valve Technologies"), "Valve maker opens plant") == []
    assert text_bylines(page("About Jane Doe"), "Valve maker opens plant") == ["About Jane Doe"]


def test_paywall_notice_and_portal_boxes_are_chrome() -> None:
    """Paywall notices, the "who's online" box of 2000s portals, the Italian channel prompt."""
    junk = [
        "This story is available exclusively to subscribers.",
        "You've read all of your free articles this month.",
        "There are currently, 3 guest(s) and 0 member(s) that are online.",
        "You are Anonymous user. You can register for free by clicking here",
        "Ricevi le notizie di Genova su WhatsApp: iscriviti al nostro canale",
    ]
    assert remove_junk([_STORY, *junk, _MORE]) == [_STORY, _MORE]


def test_wire_source_line_ends_the_release() -> None:
    """Pattern "press-release end mark": the wire's "SOURCE <issuer>" line, then the wire's chrome."""
    out = remove_junk(
        [_STORY, _MORE, "SOURCE Harbor Valve Technologies", "Get started with PR Wire today.", "Get Started"]
    )
    assert out == [_STORY, _MORE]
    # "Source" in a sentence or a lower-case credit is text
    kept = "Source of the figures is the port authority's yearly report on cargo and passengers."
    assert remove_junk([_STORY, kept]) == [_STORY, kept]


def test_cutline_caption_is_not_text() -> None:
    """Pattern "cutline": a news picture's caption under its US newsroom name."""
    paras = "".join(f"<p>{_STORY} Part {i}.</p>" for i in range(3))
    page = (
        '<html lang="en"><head><title>Harbour board rebuilds pier</title></head><body><article>'
        f'<h1>Harbour board rebuilds pier</h1>{paras}<div class="photo"><img src="/p.jpg">'
        '<p class="cutline">Divers inspect the piles. (Dwayne Hill/Harbour Times)</p></div>'
        f"<p>{_MORE}</p></article></body></html>"
    ).encode()
    record = extract(page, "https://harbour.example/news/pier.html")
    assert isinstance(record, Article), record
    assert "Divers inspect the piles" not in record.text and _MORE in record.text


def test_footer_of_a_1990s_page_is_chrome() -> None:
    """Patterns "back-to links" (a footer's link line up the site), hit counter, webmaster's address."""
    footer = [
        "Back to News Releases | Top of Page",
        "You are visitor number 004512 since January 1, 1998.",
        "Send comments to webmaster@marlowext.example",
    ]
    assert remove_junk([_STORY, _MORE, *footer]) == [_STORY, _MORE]
    # a sentence opening with the same words is text
    kept = "Back to the drawing board, the harbour master said after the vote."
    assert remove_junk([_STORY, kept]) == [_STORY, kept]
