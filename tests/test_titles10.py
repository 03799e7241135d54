"""Title choice, session 10: general patterns (each test failed before its change)."""

from __future__ import annotations

from newsbot.extraction import extract, parse_html
from newsbot.extraction.body import _strip_headline
from newsbot.extraction.metadata import extract_metadata
from newsbot.extraction.titles import html_title_text, shown_over_title
from newsbot.models import Article

_TEXT = (
    "The harbour board agreed on Monday to rebuild the old wooden pier before winter, after divers found "
    "that storms had loosened most of the piles that hold up its northern end."
)


def _title(head: str, body: str, url: str = "https://news.example/story/x") -> str:
    tree = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    return extract_metadata(tree, url).title


def _ld(headline: str) -> str:
    return f'<script type="application/ld+json">{{"@type":"NewsArticle","headline":"{headline}"}}</script>'


def _og(title: str) -> str:
    return f'<meta property="og:title" content="{title}">'


def test_an_og_title_that_is_the_site_name_names_no_story() -> None:
    # Pattern "site name as og:title": the template fills og:title and <title> with the site's own title.
    site = "Example Media - templates and design for shops"
    head = f'<meta property="og:site_name" content="{site}">{_og(site)}<title>{site}</title>'
    body = "<article><h1>Privacy update for the shop templates</h1><p>Text.</p></article>"
    assert _title(head, body) == "Privacy update for the shop templates"


def test_the_json_ld_copy_in_straight_type_yields_to_the_page_form() -> None:
    # Pattern "same headline, other type": hyphen in the structured data, en dash on the page.
    head = _ld("Council backs the plan - residents pay the bill") + _og(
        "Council backs the plan - residents pay the bill"
    )
    body = "<article><h1>Council backs the plan – residents pay the bill</h1><p>Text.</p></article>"
    assert _title(head, body) == "Council backs the plan – residents pay the bill"
    # Capitals are no typographic variant: a heading in capitals does not replace the sentence-case headline.
    head = _ld("Council backs the plan") + _og("Council backs the plan")
    assert _title(head, "<article><h1>COUNCIL BACKS THE PLAN</h1><p>Text.</p></article>") == "Council backs the plan"


def test_the_visible_headline_wins_over_an_older_wording_of_json_ld_and_og() -> None:
    # Pattern "rewritten headline": JSON-LD and og:title agree on a wording the page no longer shows.
    head = _ld("Brexit: war of nerves enters next round") + _og("Brexit: war of nerves enters next round")
    body = "<article><h1>The war of nerves over Brexit enters the next round</h1><p>Text.</p></article>"
    assert _title(head, body) == "The war of nerves over Brexit enters the next round"
    # A longer wording going on in lower case is a wording too.
    head = _ld("Cell maker raises factory capacity") + _og("Cell maker raises factory capacity")
    body = "<article><h1>Cell maker raises factory capacity in Tennessee</h1><p>Text.</p></article>"
    assert _title(head, body) == "Cell maker raises factory capacity in Tennessee"


def test_the_json_ld_headline_stays_against_an_h1_that_is_no_rewording() -> None:
    ld = "Dock strike: ports close along the coast"
    head = _ld(ld) + _og(ld)
    # the h1 is the JSON-LD headline without its kicker
    assert _title(head, "<article><h1>Ports close along the coast</h1><p>Text.</p></article>") == ld
    # a copy edit, one word apart
    assert _title(head, "<article><h1>Dock strike: ports close along the shore</h1></article>") == ld
    # the JSON-LD headline with a subtitle glued into the h1 (a new capitalised phrase)
    body = "<article><h1>Dock strike: ports close along the coast Welcome to the long weekend</h1></article>"
    assert _title(head, body) == ld
    # a kicker element glued before the h1's text, which no source confirms
    ld = "Is the sausage an illusion? The hard business of the abattoirs"
    body = (
        "<article><h1><span class='dachzeile'>Abattoirs</span> The hard business of the abattoirs: why fewer "
        "animals are slaughtered here</h1></article>"
    )
    assert _title(_ld(ld) + _og(ld), body) == ld


def test_a_line_break_before_the_site_name_in_the_title_is_a_separator() -> None:
    assert html_title_text("Honda Jazz S for sale, nearly new!\n   Simon Har", None) == (
        "Honda Jazz S for sale, nearly new! | Simon Har"
    )
    assert _title("<title>Honda Jazz S for sale, nearly new\n   Simon Har</title>", "<p>Text.</p>") == (
        "Honda Jazz S for sale, nearly new"
    )
    # A long headline wrapped in the source goes on in its last line; one line is one line.
    wrapped = "Council approves the new harbour plan after a night of debate about\n the costs and the delays"
    assert html_title_text(wrapped, None) == " ".join(wrapped.split())
    assert html_title_text("  Harbour plan approved \n", None) == "Harbour plan approved"


def test_a_body_line_repeating_the_headline_is_dropped_only_at_the_top() -> None:
    title = "Harbour board rebuilds the pier"
    # The section label above the copy goes with it (blind12, pattern "labels above the headline").
    assert _strip_headline(["Local News", title, _TEXT], [title]) == [_TEXT]
    # After a paragraph of the story, the same words are the story's (a subheading, a review's heading).
    assert _strip_headline([_TEXT, title, _TEXT], [title]) == [_TEXT, title, _TEXT]


def test_a_big_line_over_the_body_beats_a_title_naming_the_site_and_section() -> None:
    # Pattern "old template headline": no h1, og:title or JSON-LD; the <title> is "<Site> Online - Section".
    page = f"""<html><head><title>The Harbour Courier Online - Local News</title></head><body><table><tr><td>
<font size="2">Local News</font><br><font size="5"><b>Harbour board rebuilds the old pier</b></font><br>
<font size="2">{_TEXT}<br><br>{_TEXT} It will cost more than planned.<br><br>{_TEXT} Work starts in May.</font>
</td></tr></table></body></html>""".encode()
    record = extract(page, "http://www.harbourcourier.example/news/story11.html")
    assert isinstance(record, Article), record
    assert record.title == "Harbour board rebuilds the old pier"
    assert "Harbour board rebuilds the old pier" not in record.text


def test_the_shown_line_wins_only_on_evidence() -> None:
    host = "www.harbourcourier.example"
    assert shown_over_title("Harbour board rebuilds the old pier", "The Harbour Courier - News", None, host)
    # The <title> words the same story: the shown, fuller line is the headline.
    assert shown_over_title("Dark Sky Weekend at Pine Hollow", "Astro Club - Dark Sky Weekend Report", None, host)
    # A <title> that is a headline of its own about something else stays.
    assert not shown_over_title("Opening hours", "Harbour board rebuilds the old pier after storms", None, host)
    # One shared word is no evidence, and a date is no headline.
    assert not shown_over_title("Singapur - Singapore", "Reise-ABC Singapur mit allgemeinen Reise Tipps", None, host)
    assert not shown_over_title("12.03.2004", "The Harbour Courier - News", None, host)
