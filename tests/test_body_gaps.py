"""Readability's body as a candidate for what ours lacks: its lines between two of ours, in their container."""

from __future__ import annotations

from lxml import html as lxml_html

from newsbot.extraction import extract
from newsbot.extraction.body import fill_gaps
from newsbot.models import Article

P1 = "When the harbour board met on Monday, the members agreed that the old pier needs more work than planned."
MID = "From today the walkway is closed to the public, and anglers can use the temporary jetty until the work is done."
P2 = "If you want to help, write to the board or come to the public meeting in the town hall next week. Thank you."
COMMENT = "Great news, I have waited years for somebody to finally fix that pier and its rotten planks."


def _tree(html: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(f"<html><body>{html}</body></html>")


def test_div_paragraph_between_two_of_ours_is_put_back() -> None:
    """A <div> used as a paragraph among the story's <p>s (blogs): trafilatura skips it, readability keeps it."""
    page = _tree(f"<div id='post'><p>{P1}</p><div>{MID}</div><p>{P2}</p></div>")
    assert fill_gaps([P1, P2], [P1, MID, P2], lambda: page) == [P1, MID, P2]


def test_bare_text_in_the_post_container_is_put_back() -> None:
    """Old CMSs and blog editors write the post as <span>s and <br>s straight in one <div>."""
    page = _tree(f"<div class='post-body'><span>{P1}</span><br><span>{MID}</span><br>{P2}</div>")
    assert fill_gaps([P1, P2], [P1, MID, P2], lambda: page) == [P1, MID, P2]


def test_line_in_another_container_is_not_put_back() -> None:
    """A comment thread (or any other box) between our lines in readability's body is not the story's."""
    page = _tree(f"<div id='post'><p>{P1}</p></div><div class='thread'><p>{COMMENT}</p></div><div><p>{P2}</p></div>")
    assert fill_gaps([P1, P2], [P1, COMMENT, P2], lambda: page) == [P1, P2]


def test_caption_is_not_put_back() -> None:
    """A picture's caption sits in the story's container but is not its text: never put back."""
    for caption in (f"<figcaption>{MID}</figcaption>", f"<p class='wp-caption-text'>{MID}</p>"):
        page = _tree(f"<div id='post'><p>{P1}</p>{caption}<p>{P2}</p></div>")
        assert fill_gaps([P1, P2], [P1, MID, P2], lambda page=page: page) == [P1, P2]


def test_lines_outside_our_body_or_too_many_are_not_added() -> None:
    page = _tree(f"<div id='post'><p>{P1}</p><p>{P2}</p><p>{MID}</p></div>")
    # after our last line: not between two of ours (a tail is reconcile's business, not a gap)
    assert fill_gaps([P1, P2], [P1, P2, MID], lambda: page) == [P1, P2]
    # lines of ours in another order in readability's body: no gap between consecutive lines of ours
    assert fill_gaps([P1, P2], [P2, MID, P1], lambda: page) == [P1, P2]
    # more words than ours and than GAP_MAX_WORDS between them: another body, not a skipped paragraph
    long = [f"{MID} ({n})" for n in range(8)]
    page = _tree(f"<div id='post'><p>{P1}</p>{''.join(f'<p>{x}</p>' for x in long)}<p>{P2}</p></div>")
    assert fill_gaps([P1, P2], [P1, *long, P2], lambda: page) == [P1, P2]
    # labels (fewer than GAP_MIN_WORDS words) are not paragraphs
    page = _tree(f"<div id='post'><p>{P1}</p><div>Read more</div><p>{P2}</p></div>")
    assert fill_gaps([P1, P2], [P1, "Read more", P2], lambda: page) == [P1, P2]


def test_page_is_parsed_only_when_there_is_a_gap() -> None:
    def page() -> lxml_html.HtmlElement:
        raise AssertionError("the page was asked for")

    assert fill_gaps([P1, P2], [P1, P2], page) == [P1, P2]
    assert fill_gaps([P1], [P1, MID], page) == [P1]


def test_extract_keeps_a_div_paragraph_of_a_blog_post() -> None:
    """End to end: the blog layout where trafilatura drops a <div> paragraph with a link in it."""
    mid = MID.replace("temporary jetty", '<a href="/jetty">temporary jetty</a>')
    html = (
        "<html><head><title>Pier walkway closes for repairs</title></head><body>"
        "<div id='top'><h1><a href='/'><img src='/logo.png'></a></h1></div>"
        "<div id='wrapper'><div class='container'><div id='home'><div id='post'>"
        "<h2>Pier walkway closes for repairs</h2><div class='date'><span>By Ana Ruiz, 14 November 2010</span></div>"
        f"<p>{P1}</p><p /><div>{mid}</div><p /><p>{P2}</p>"
        "</div></div></div><div class='sidebar'><div class='widget'><a href='/a'>Archive</a></div></div></div>"
        "</body></html>"
    )
    result = extract(html.encode(), "https://blog.example/2010/11/pier-walkway")
    assert isinstance(result, Article), result
    assert result.text.split("\n\n") == [P1, MID, P2]


def test_opening_sentence_before_our_first_line_is_put_back() -> None:
    """An opening paragraph trafilatura skipped, in the container of our first two lines, is the story's."""
    page = _tree(f"<div class='postBody'><p>{MID}</p><p>{P1}</p><p>{P2}</p></div>")
    assert fill_gaps([P1, P2], [MID, P1, P2], lambda: page) == [MID, P1, P2]
    # a byline there is not a sentence: left out (bylines are the record's authors, not its text)
    byline = "By Ana Ruiz and John Roe of the Harbour Desk"
    page = _tree(f"<div class='postBody'><p>{byline}</p><p>{P1}</p><p>{P2}</p></div>")
    assert fill_gaps([P1, P2], [byline, P1, P2], lambda: page) == [P1, P2]
    # a sentence in another box before the story (a promo, a teaser) is not its opening
    page = _tree(f"<div class='promo'><p>{MID}</p></div><div class='postBody'><p>{P1}</p><p>{P2}</p></div>")
    assert fill_gaps([P1, P2], [MID, P1, P2], lambda: page) == [P1, P2]


def test_one_lookup_finds_where_lines_start_for_fill_gaps_and_reconcile() -> None:
    """body._line_starts serves both: own texts and full starts for the teaser check, tails and short
    (tentative) starts for fill_gaps; a tentative start gives way to a full one later in the page."""
    from newsbot.extraction.body import MATCH_CHARS, _line_starts
    from newsbot.extraction.text import norm_key

    line = "Indoor Google Maps for every shopping centre in the city opens today."
    short = "Indoor Google Maps for"  # shorter than MATCH_CHARS, at least GAP_MATCH_CHARS
    assert 12 <= len(norm_key(short)) < MATCH_CHARS
    tail_line = "Text written after a line break straight into the post's div."
    tree = lxml_html.document_fromstring(
        f"<html><body><div id='a'><b>{short}</b> a bold name.</div>"
        f"<div id='b'><p>{line}</p></div><div id='c'>Intro<br>{tail_line}</div></body></html>"
    )

    def wanted() -> dict[str, list[int]]:
        return {norm_key(line): [0], norm_key(tail_line): [1]}

    gaps = _line_starts(tree, wanted(), tails=True, min_start=12)
    assert gaps[0][0].tag == "p" and gaps[0][1] is True  # the full start, not the bold name before it
    assert gaps[1][0].get("id") == "c" and gaps[1][1] is False  # a <br>'s tail, held by the div
    teasers = _line_starts(tree, wanted(), tails=False, min_start=MATCH_CHARS)
    assert teasers[0][0].tag == "p" and 1 not in teasers  # no tails looked at

    partial = lxml_html.document_fromstring(f"<html><body><div><b>{short}</b> the rest in spans.</div></body></html>")
    assert _line_starts(partial, wanted(), tails=True, min_start=12)[0][0].tag == "b"  # tentative stands
    assert 0 not in _line_starts(partial, wanted(), tails=False, min_start=MATCH_CHARS)


def test_bare_text_between_two_wrapped_blocks_is_put_back() -> None:
    """Pattern "bare text among the post's blocks": the post is text straight in its <div>, and the lines
    around the gap sit in <div>s of their own (centred picture captions, a wrapped paragraph): the line
    is in the container holding both of theirs, and is the story's."""
    page = _tree(
        f"<div class='post-body'><div style='text-align:center'><span>{P1}</span></div>"
        f"<span>{MID}</span><br><div style='text-align:center'><span>{P2}</span></div></div>"
    )
    assert fill_gaps([P1, P2], [P1, MID, P2], lambda: page) == [P1, MID, P2]
    # a box inside the post between the two (a promo, a quote box of another story) is no such line
    page = _tree(
        f"<div class='post-body'><div><span>{P1}</span></div>"
        f"<div class='box'><div><span>{MID}</span></div></div><div><span>{P2}</span></div></div>"
    )
    assert fill_gaps([P1, P2], [P1, MID, P2], lambda: page) == [P1, P2]
    # nor is a line in a container far above the story's blocks (a page wrapper's text)
    page = _tree(
        f"<div id='page'><div id='main'><div class='post'><div><p>{P1}</p></div><div><p>{P2}</p></div></div>"
        f"</div>{MID}</div>"
    )
    assert fill_gaps([P1, P2], [P1, MID, P2], lambda: page) == [P1, P2]
