"""Session 15, CPU (helper cpu16): the source line breaks read in one walk, once a page, with the same result."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
from lxml import html as lxml_html
from lxml.etree import XPath

from newsbot.extraction.body import (
    WRAP_SIDE_CHARS,
    prune_tree,
    readability_lines,
    source_wraps,
)
from newsbot.extraction.text import clean_line

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"

# The reading of session 15 (before the speed-up), kept here as the reference: every text node with a break
# below any <body>, searched from the document root, each line cleaned.
_REFERENCE_NODES = XPath(
    "//body//text()[contains(., '\n') and normalize-space(.) != ''"
    " and not(ancestor::pre or ancestor::textarea or ancestor::script or ancestor::style or ancestor::code)]"
)
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


def _reference(tree: lxml_html.HtmlElement) -> dict[str, set[tuple[str, str]]]:
    wraps: dict[str, set[tuple[str, str]]] = {}
    for node in _REFERENCE_NODES(tree):
        for block in _BLANK_LINE.split(str(node)):
            pieces = [p for p in (clean_line(line) for line in block.split("\n")) if p]
            for before, after in zip(pieces, pieces[1:], strict=False):
                wraps.setdefault(after[:8], set()).add((before[-WRAP_SIDE_CHARS:], after[:WRAP_SIDE_CHARS]))
    return wraps


# Pattern "lines that clean to nothing": a line of no-break spaces, of an escaped entity printed as text, or
# of a zero-width space between two wrapped lines; a node of one line between indentation; a nested <body>
# (a page pasted into a page) whose text must be read once.
_EDGE_PAGES = [
    "<html><body><div>\n   One line between indentation.\n   </div></body></html>",
    "<html><body><p>First line of the story\n\u00a0\u00a0\nsecond line of it</p></body></html>",
    "<html><body><p>First line of the story\n&amp;nbsp;\nsecond line of it</p></body></html>",
    "<html><body><p>First line of the story\n\u200b\nsecond line of it</p></body></html>",
    "<html><body><p>A wrapped line\nand its end.</p><pre>code\nlines</pre><code>x\ny</code></body></html>",
    "<html><body><div>Outer text\nwrapped here.<body><p>Inner text\nwrapped too.</p></body></div></body></html>",
    "<html><head><title>No body</title></head></html>",
]


@pytest.mark.parametrize("page", _EDGE_PAGES)
def test_source_wraps_reads_what_the_whole_document_search_read(page: str) -> None:
    tree = lxml_html.document_fromstring(page)
    assert source_wraps(tree) == _reference(tree)


def test_source_wraps_on_every_fixture_page_is_the_reference_reading() -> None:
    pages = sorted(PAGES.glob("*.html"))
    assert pages
    for path in pages:
        tree = lxml_html.document_fromstring(path.read_bytes())
        prune_tree(tree)
        wraps = source_wraps(tree)
        assert wraps == _reference(tree), path.name


def test_the_edge_pages_hold_wraps_to_compare() -> None:
    # the comparisons above are not of empty readings only
    read = [source_wraps(lxml_html.document_fromstring(page)) for page in _EDGE_PAGES]
    assert sum(bool(w) for w in read) >= 4
    nested = read[5]
    assert ("Outer text", "wrapped here.") in nested["wrapped "]
    assert ("Inner text", "wrapped too.") in nested["wrapped "]


def test_readability_lines_with_the_wraps_read_before_are_the_same() -> None:
    # _extract() reads the wraps once from the pruned tree and hands them to readability's copy of it.
    for path in sorted(PAGES.glob("*.html"))[:60]:
        tree = lxml_html.document_fromstring(path.read_bytes())
        prune_tree(tree)
        shared = source_wraps(tree)
        assert readability_lines(copy.deepcopy(tree), shared) == readability_lines(copy.deepcopy(tree)), path.name
