"""An unlabelled date is the story's when it is printed next to the story's headline; htmldate's day is
read as the page prints it (synthetic pages)."""

from __future__ import annotations

from newsbot.extraction import parse_html
from newsbot.extraction.datecands import unlabelled_date
from newsbot.extraction.metadata import extract_metadata

_PROSE = "<p>" + "The council met on the day and talked about the budget for the coming year at length. " * 3 + "</p>"
_NAV = "<ul>" + "".join(f"<li><a href='/s{i}'>Section number {i} of the site</a></li>" for i in range(15)) + "</ul>"


def _published(title: str, body: str, url: str = "https://blog.example/post") -> str | None:
    tree = parse_html(f"<html lang='en'><head><title>{title}</title></head><body>{body}</body></html>")
    found = extract_metadata(tree, url).published
    return found.value if found else None


def test_the_date_under_a_post_title_in_an_h2_is_the_posts() -> None:
    """A blog template prints the blog's name in the <h1> and the post's title in an <h2>, with the byline
    date under it: that date is next to the headline, not far from it (htmldate's guess, the date of a
    later listed post, does not replace it)."""
    body = (
        "<div><h1><a href='/'>A small science blog</a></h1>" + _NAV + "</div>"
        "<div><h2 class='post-title'>Three positions open in a lab by the sea</h2>"
        "<p>By <a href='/author/x'>Iddo</a> on August 1st, 2012</p>" + _PROSE + "</div>"
        "<div><h3>Recent posts</h3><ul><li><a href='/p2'>Another post</a> 6 August 2012</li></ul></div>"
    )
    title = "Three positions open in a lab by the sea | A small science blog"
    found = unlabelled_date(parse_html(f"<html><body>{body}</body></html>").find("body"), None, ["en"], title)
    assert found is not None and found.value == "2012-08-01" and not found.unlabelled
    assert _published(title, body) == "2012-08-01"


def test_the_date_nearest_the_headline_wins_over_the_first_date_of_the_page() -> None:
    """The menu above the story lists an event with its dates ("(Oct 30-Nov 2, 2012)"); the story's own
    "Posted Aug 9th 2012" sits under its headline."""
    menu = "<ul><li><a href='/show'>Motor show</a> <span>(Oct 30-Nov 2, 2012)</span></li></ul>" + _NAV
    story = (
        "<div><h1>A carmaker pauses making two small electric cars</h1>"
        "<p>By Sam Writer</p><p>Posted Aug 9th 2012 1:50PM</p>" + _PROSE + "</div>"
    )
    title = "A carmaker pauses making two small electric cars"
    found = unlabelled_date(parse_html(f"<html><body>{menu + story}</body></html>").find("body"), None, ["en"], title)
    assert found is not None and found.value == "2012-08-09" and not found.unlabelled


def test_a_photo_credit_beside_the_headline_is_no_date_of_the_story() -> None:
    """A caption's credit line "© Name, 31.05.2013" under the headline dates the photo, not the page; the
    byline's date further down is the story's."""
    body = (
        "<body><div><h1>Wind farms at sea and what they deliver</h1><div><img src='a.jpg'>"
        "<span>© Kurt Photographer, 31.05.2013</span></div><p>Published 2 March 2021</p>" + _PROSE + "</div></body>"
    )
    tree = parse_html(f"<html lang='de'>{body}</html>")
    found = unlabelled_date(tree.find("body"), None, ["de"], "Wind farms at sea and what they deliver")
    assert found is not None and found.value == "2021-03-02"


def test_htmldates_day_with_day_and_month_swapped_agrees_with_the_page() -> None:
    """htmldate reads the footer's "11/06/2012" day first (11 June); the page prints "Nov. 6, 2012" far from
    its headline: the two name the same day, and the page's reading of it stands."""
    body = (
        "<h1>News and events</h1>" + _NAV + "<div><p><b>For immediate release:</b> Nov. 6, 2012</p>" + _PROSE + "</div>"
        "<div>Page last updated: 11/06/2012</div>"
    )
    assert _published("News and events", body) == "2012-11-06"


def test_a_rail_of_dated_teasers_above_the_story_yields_to_the_date_under_the_headline() -> None:
    """A rail of other stories above the story prints each teaser's date with the same class as the story's
    own date line under its headline: the story's date is the one next to its headline."""
    rail = "".join(
        f"<li><a href='/p{i}'><span class='date'>October {10 + i} 2012</span>"
        f"<span class='title'>Another story number {i} with a long enough title to read</span></a></li>"
        for i in range(6)
    )
    body = (
        f"<div class='top'><ul>{rail}</ul></div>" + _NAV + "<div class='post'><h1>A founder loses his lawyer in a long "
        "case</h1><div class='entry-meta'><span class='the-time'>October 30, 2012 3:41 PM</span></div>"
        + _PROSE
        + "</div>"
    )
    assert (_published("A founder loses his lawyer in a long case", body) or "")[:10] == "2012-10-30"
    # a date printed in the post's footer, far below its headline, stays the post's
    body = (
        "<div class='post'><h1>A founder loses his lawyer in a long case</h1>" + _PROSE * 4 + "<p class='postmeta'>"
        "Posted on October 30, 2012</p></div>"
    )
    assert (_published("A founder loses his lawyer in a long case", body) or "")[:10] == "2012-10-30"


def test_a_day_only_meta_date_that_is_the_utc_day_of_the_printed_time_is_the_same_instant() -> None:
    """The CMS's day-only meta tag names the UTC day ("2012-08-09"); the byline prints the local time with
    its zone ("Aug 8, 2012 5:13 PM PDT", 00:13 UTC on the 9th): one instant, on the publisher's day."""
    head = '<meta name="sailthru.date" content="2012-08-09">'
    tree = parse_html(
        f"<html lang='en'><head><title>A close game in the evening</title>{head}</head><body><div>"
        "<h1>A close game in the evening</h1><p class='byline'>by a fan on Aug 8, 2012 5:13 PM PDT</p>"
        + _PROSE
        + "</div></body></html>"
    )
    found = extract_metadata(tree, "https://blog.example/post").published
    assert found is not None and found.value == "2012-08-08T17:13:00-07:00"


def test_a_linked_headline_with_a_date_in_it_is_another_posts_title() -> None:
    """A list of recent posts links "Week in Review - October 29, 2012": a headline with a date in it, the
    title of another post, not a date line; the post's own date is printed in its footer. A link that is
    the date alone (a permalink on the post's date) stays a date."""
    recent = (
        "<ul><li><a href='/p1'>Week in Review - October 29, 2012</a></li>"
        "<li><a href='/p2'>Ten tips for your first server farm</a></li></ul>"
    )
    post = "<div><h3>Ten tips for your first server farm</h3>" + _PROSE * 4 + "<p>-- Jeff; November 05, 2012</p></div>"
    body = parse_html(f"<html><body><h1>The cloud blog</h1>{recent}{post}</body></html>").find("body")
    found = unlabelled_date(body, None, ["en"], "The cloud blog")
    assert found is not None and found.value == "2012-11-05"
    permalink = "<p><a href='/p3'>November 05, 2012</a></p>"
    body = parse_html(f"<html><body><h1>The cloud blog</h1>{permalink}{_PROSE}</body></html>").find("body")
    found = unlabelled_date(body, None, ["en"], "The cloud blog")
    assert found is not None and found.value == "2012-11-05"


def test_in_a_tie_a_timestamp_in_the_publishers_offset_outweighs_a_time_without_zone() -> None:
    """A generic "date" meta tag holds when the page was generated ("July 31, 2012, 2:38 pm", no zone); the
    story's <time> states its timestamp with the publisher's offset: the tie goes to the timestamp."""
    head = '<meta name="date" content="2012-07-31 14:38">'
    tree = parse_html(
        f"<html lang='en'><head><title>Phones pay the rent in a big city</title>{head}</head><body><div>"
        "<time datetime='2012-07-24T09:49:32-04:00'>9:49 am, EDT</time><h1>Phones pay the rent in a big city</h1>"
        + _PROSE
        + "</div></body></html>"
    )
    found = extract_metadata(tree, "https://news.example/story").published
    assert found is not None and found.value == "2012-07-24T09:49:32-04:00"


def test_an_unlabelled_update_line_is_not_the_publication() -> None:
    """ "updated 7:39 AM EST, Wed November 7, 2012" under the headline is the update, not the publication;
    the page's only date, it is the date the page gives."""
    title = "The result was not enough in the end"
    update = "<p>updated 7:39 AM EST, Wed November 7, 2012</p>"
    body = f"<body><div><h1>{title}</h1>{update}<p>Boston, November 6, 2012</p>" + _PROSE + "</div></body>"
    found = unlabelled_date(parse_html(f"<html>{body}</html>").find("body"), None, ["en"], title)
    assert found is not None and found.value == "2012-11-06"
    body = f"<body><div><h1>{title}</h1>{update}" + _PROSE + "</div></body>"
    found = unlabelled_date(parse_html(f"<html>{body}</html>").find("body"), None, ["en"], title)
    assert found is not None and found.value[:10] == "2012-11-07"


def test_a_date_line_far_from_the_headline_that_names_the_publication_is_not_weak() -> None:
    """A blog post's footer "This entry was posted on Saturday, October 16th, 2010", far below the
    headline, names its date as the publication: it is not an unlabelled date (weak evidence)."""
    body = (
        "<body><div><h1>A small car maker gets its chance at last</h1>"
        + _PROSE * 5
        + "<p>This entry was posted on Saturday, October 16th, 2010</p><p>Edition of 25 January 2011</p>"
        "</div></body>"
    )
    tree = parse_html(f"<html>{body}</html>")
    found = unlabelled_date(tree.find("body"), None, ["en"], "A small car maker gets its chance at last")
    assert found is not None and found.value == "2010-10-16" and not found.unlabelled


def test_on_a_page_without_heading_elements_the_date_nearest_the_printed_title_wins() -> None:
    """An old table layout: a masthead strip prints the day's date ("Tuesday, March 9, 2004 | Weather"),
    the story's headline is a <font size=5><b> (no h1-h3) with its own date line under it. The headline
    is found where the page prints the title as a text of its own."""
    strip = "<table><tr><td><font size=1>Tuesday, March 9, 2004 | Weather: 54F | Subscribe</font></td></tr></table>"
    story = (
        "<table><tr><td>" + _NAV + "</td><td><font size=2>Local News</font><br>"
        "<font size=5><b>Water board approves rate increase</b></font><br>"
        "<font size=1>Monday, March 8, 2004</font><br>" + _PROSE + "</td></tr></table>"
    )
    body = parse_html(f"<html><body>{strip}{story}</body></html>").find("body")
    found = unlabelled_date(body, None, ["en"], "Water board approves rate increase")
    assert found is not None and found.value == "2004-03-08"
    # a title the page does not print as a text of its own: the first date, as before
    found = unlabelled_date(body, None, ["en"], "The Courier Online")
    assert found is not None and found.value == "2004-03-09"
