"""Old table-layout pages: <br><br>-separated story text in cells becomes paragraphs, comment threads and
tool lines under the story go (newsbot/extraction/layout.py, the layout-table step of prune_tree)."""

from __future__ import annotations

from lxml import html as lxml_html

from newsbot.extraction import extract, parse_html
from newsbot.extraction.body import prune_tree
from newsbot.extraction.junk import DEFAULT_TABLE
from newsbot.extraction.layout import drop_comment_threads, paragraphize
from newsbot.models import Article

_S1 = "The harbour board agreed on Monday to rebuild the old wooden pier before the winter storms arrive."
_S2 = "Divers found that most of the piles holding up its northern end had been loosened by the sea."
_S3 = "Work is to start in May, and the ferry will use the fishing quay while the pier is closed."
_FILLER = " ".join(f"Councillors discussed item {i} of the agenda at length before a vote." for i in range(6))


def _cell(inner: str) -> lxml_html.HtmlElement:
    return lxml_html.fragment_fromstring(f"<div>{inner}</div>")


def _threads_dropped(table_html: str) -> tuple[int, str]:
    """Paragraphize a layout table's cells, drop its comment threads: (threads dropped, text left)."""
    tree = lxml_html.fragment_fromstring(table_html)
    cells = tree.xpath(".//td")
    for cell in cells:
        paragraphize(cell)
    return drop_comment_threads(tree, cells), tree.text_content()


def _texts(el: lxml_html.HtmlElement, tag: str = "p") -> list[str]:
    return [" ".join(p.text_content().split()) for p in el.iter(tag)]


def test_double_breaks_and_blocks_split_a_cell_into_paragraphs_single_breaks_do_not() -> None:
    cell = _cell(f"<b>Pier</b> {_S1}<br><br>{_S2}<br>second line<br><br><center>AD</center><br>{_S3}<br><br>")
    assert paragraphize(cell)
    assert _texts(cell) == [f"Pier {_S1}", f"{_S2}second line", _S3]  # text_content() joins at the <br>
    assert cell.find("center") is not None and cell.find("center").getparent() is cell
    assert cell.find("p/br") is not None  # the single break stays a line break inside its paragraph


def test_cells_without_a_double_break_or_loose_text_are_left_alone() -> None:
    crumbs = _cell('<a href="/">Home</a> » <a href="/blog/">Blog</a> » Letters<table><tr><td>x</td></tr></table>')
    assert not paragraphize(crumbs)
    assert crumbs.find("p") is None
    assert not paragraphize(_cell("<p>One.</p><br><br><p>Two.</p>"))


def test_a_run_that_is_mostly_links_stays_loose() -> None:
    cell = _cell(f'{_S1}<br><br><a href="/">Home</a> | <a href="/news/">Local news</a><br><br>{_S2}')
    assert paragraphize(cell)
    assert _texts(cell) == [_S1, _S2]
    assert "Local news" in cell.text_content()


def test_comment_thread_below_the_story_goes_but_a_heading_above_it_does_not_cut_the_story() -> None:
    page = (
        f"<table><tr><td>{_S1} {_FILLER}<br><br>{_S2}<br><br><b>Reader Comments (2)</b><hr>"
        "<b>Posted by Bill</b><br>Great news, thank you!<hr><b>Posted by Sandy</b><br>Where do we park?<hr>"
        "</td></tr></table>"
    )
    dropped, text = _threads_dropped(page)
    assert dropped > 0
    assert _S2 in text and "Posted by" not in text and "Reader Comments" not in text

    dropped, above = _threads_dropped(
        f"<table><tr><td><b>Comments</b><br><br>{_S1} {_FILLER}<br><br>{_S2}</td></tr></table>"
    )
    assert dropped == 0
    assert _S2 in above


def test_a_comments_link_is_not_a_thread_heading() -> None:
    dropped, text = _threads_dropped(
        f'<table><tr><td>{_S1} {_FILLER}<br><br><a href="#c">Comments</a><br><br>{_S2}</td></tr></table>'
    )
    assert dropped == 0
    assert _S2 in text


def test_tool_lines_and_comment_headings_are_junk_but_a_sentence_with_a_bar_is_not() -> None:
    assert DEFAULT_TABLE.is_junk("Email this story | Print this story")
    assert DEFAULT_TABLE.is_junk("Kirim ke teman | Cetak berita")
    assert DEFAULT_TABLE.is_junk("Bagikan: Facebook | Twitter")
    assert not DEFAULT_TABLE.is_junk("Email this story | The council met on Monday to discuss the pier")
    assert not DEFAULT_TABLE.is_junk("Twitter: the company said on Monday it would cut jobs")
    assert DEFAULT_TABLE.is_comment_heading("Komentar (3)")
    assert DEFAULT_TABLE.is_comment_heading("12 Comments")
    assert not DEFAULT_TABLE.is_comment_heading("Comments from the mayor on the pier")


def test_font_closed_at_an_ad_block_does_not_lose_the_paragraphs_around_it() -> None:
    """lxml closes <font> at <center>: the text after the ad is loose in the cell, the photo table floats."""
    story = (
        f'<font size="3">{_S1}<br><br>{_S2}<br><br><center><font size="1">ADVERTISEMENT</font></center><br>'
        f"{_S3}<br><br>{_FILLER}</font>"
    )
    page = (
        f"<html><head><title>Herald :: News :: Harbour board rebuilds the old pier</title></head><body><table>"
        f'<tr><td><a href="/">Home</a></td></tr><tr><td><font size="5"><b>Harbour board rebuilds the old pier</b>'
        '</font><br><font size="2">by Jane Roe, Staff Writer</font><br><br><table align="right"><tr><td>'
        f'<img src="/p.jpg"><br>A photo caption</td></tr></table>{story}<br><br>'
        '<font><a href="javascript:mail()">Email this story</a> | <a href="javascript:print()">Print this story</a>'
        "</font><br><br><font><b>Reader Comments</b></font><hr><font><b>Posted by Al</b><br>Nice one.</font>"
        "</td></tr></table></body></html>"
    ).encode()
    record = extract(page, "https://herald.example/news/pier.html")
    assert isinstance(record, Article), record
    paragraphs = record.text.split("\n\n")
    for sentence in (_S1, _S2, _S3):
        assert sentence in paragraphs
    assert "Email this story" not in record.text and "Nice one." not in record.text
    assert record.title == "Harbour board rebuilds the old pier"
    assert record.authors == ["Jane Roe"]


def test_prune_tree_leaves_a_modern_page_without_layout_tables_unchanged() -> None:
    src = f"<html><body><article><h1>Pier</h1><p>{_S1}<br><br>{_S2}</p><p>Comments</p></article></body></html>"
    tree = parse_html(src)
    before = lxml_html.tostring(tree)
    prune_tree(tree)
    assert lxml_html.tostring(tree) == before


def test_date_and_byline_lines_above_an_old_style_story_are_chrome_but_prose_with_a_date_is_not() -> None:
    from newsbot.extraction.body import _is_chrome_line

    for line in (
        "Senin, 14 April 2008 | 10:25 WIB",
        "Monday, April 14, 2008, 10:25 AM",
        "Penulis : Rina Marlina",
        "mercredi 11 septembre 2019",
    ):
        assert _is_chrome_line(line, set()), line
    for line in ("Am 14. März 2024 kam es zu einem Unfall auf der A3.", "Penulis buku itu tinggal di Bandung."):
        assert not _is_chrome_line(line, set()), line
