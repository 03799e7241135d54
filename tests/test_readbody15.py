"""Session 15, body text against readability's on pages nobody tuned on (helper readbody15)."""

from __future__ import annotations

from lxml import html as lxml_html

from newsbot.extraction import extract
from newsbot.extraction.body import rejoin_wraps, source_wraps
from newsbot.models import Article

URL = "https://news.example/2024/03/12/harbour-pier.html"

# Pattern "hard-wrapped source": the text of a <div> wrapped at 72 columns in the HTML file, as old CMSs
# and hand-written pages have it; two paragraphs share some wrapped lines word for word.
_FIRST = """The harbour board met on Monday evening and agreed to
      repair the old pier before the winter storms arrive. The members
      said the cost of the works had been checked twice by the council,
      and the timetable would be published on the board's website."""
_SECOND = """Members recalled that in 2019 the board had already voted to
      repair the old pier before the winter storms arrive. The members
      said the cost of the works had been checked twice by the council,
      but the money never came and the pier was closed for two years."""


def _page(first: str, second: str) -> bytes:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour board agrees pier repairs</title></head>
<body><header><nav><a href="/">Home</a> <a href="/local">Local</a></nav></header>
<article><h1>Harbour board agrees pier repairs</h1>
    <div>
      {first}
    </div>
    <h2>An old promise</h2>
    <div>
      {second}
    </div>
    <p>The chair said the work could start in March, weather permitting, and should take about eight weeks.</p>
</article>
<footer><p>&copy; 2024 Harbour News</p></footer></body></html>""".encode()


def test_a_hard_wrapped_paragraph_is_one_line() -> None:
    record = extract(_page(_FIRST, _SECOND), URL, http_status=200)
    assert isinstance(record, Article)
    lines = record.text.split("\n\n")
    assert " ".join(_FIRST.split()) in lines


def test_a_paragraph_sharing_wrapped_lines_with_another_is_kept_whole() -> None:
    # Split at the source's line breaks, the second paragraph's middle lines were the first one's word for
    # word and went as repeats: the paragraph lost its middle.
    record = extract(_page(_FIRST, _SECOND), URL, http_status=200)
    assert isinstance(record, Article)
    assert " ".join(_SECOND.split()) in record.text.split("\n\n")


def test_only_breaks_inside_one_text_node_are_joined() -> None:
    # Lines the page itself breaks (a <br>, two elements, <pre>) stay lines of their own.
    tree = lxml_html.document_fromstring(
        "<html><body><div>Posted by<br>Anna Berg</div><p>Line one\n  line two</p>"
        "<pre>kept one\nkept two</pre><p>Tail\n</p><p>Next</p></body></html>"
    )
    wraps = source_wraps(tree)
    lines = ["Posted by", "Anna Berg", "Line one", "line two", "kept one", "kept two", "Tail", "Next"]
    assert rejoin_wraps(lines, wraps) == [
        "Posted by",
        "Anna Berg",
        "Line one line two",
        "kept one",
        "kept two",
        "Tail",
        "Next",
    ]


def test_a_blank_line_in_the_text_stays_a_paragraph_break() -> None:
    # Writers who type paragraphs as text with blank lines between them (shown by white-space: pre-line).
    tree = lxml_html.document_fromstring(
        "<html><body><div>First paragraph ends here.\n\nSecond one starts\n  and goes on.</div></body></html>"
    )
    lines = ["First paragraph ends here.", "Second one starts", "and goes on."]
    assert rejoin_wraps(lines, source_wraps(tree)) == ["First paragraph ends here.", "Second one starts and goes on."]


# Pattern "short story above a long teaser list": readability's body is the story, a small share of ours.


def test_a_peer_body_a_quarter_of_ours_may_mark_our_tail() -> None:
    from newsbot.extraction.body import peer_tail

    story = [
        "The harbour board agreed on Monday to repair the old pier before the winter storms arrive in the bay.",
        "The chair said the work could start in March and should take about eight weeks, weather permitting.",
        "Fishermen welcomed the decision but asked the board to keep one berth open during the works.",
    ]
    teasers = [
        f"Read next: the {n} best walks along the coast this spring, chosen by our readers and their dogs"
        for n in ("three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
    ]
    assert peer_tail(story + teasers, story) == len(story)
