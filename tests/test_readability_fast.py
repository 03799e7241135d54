"""readability's unlikely-candidate pass (newsbot.speedups.readability_fast) changes speed, never the tree."""

from __future__ import annotations

import copy
import gzip
from pathlib import Path

import pytest
from conftest import require_devset
from lxml import etree
from trafilatura.readability_lxml import Document

from newsbot import speedups
from newsbot.extraction import decode_html, parse_html
from newsbot.extraction.body import prune_tree, readability_lines
from newsbot.speedups import readability_fast

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_PAGES = sorted((ROOT / "fixtures").rglob("*.html"))
DEVSET = ROOT.parent / "shared" / "devset"

# Every case of the upstream test: a class or an id that matches, in upper case, both; an "ok maybe" word
# that saves the element; nested candidates (the inner one is dropped inside the dropped outer one); a
# frame tag; one-character attributes; tails that drop_tree() moves to the previous sibling or the parent.
_SNIPPET = """<html><body class="sidebar"><div id="page">
<p>Story text one.</p>
<div class="Comment-List">Comments<div id="footer-inner">inner</div>tail of inner</div>tail one
<div class="sidebar main-column">kept: ok maybe</div>
<aside id="menu" class="x">menu</aside>tail two
<span class="c">one char</span><span id="rss">feed</span>
<section class="story"><div class="share tweet">tweet</div>tail three<p class="body-text">Story text two.</p></section>
<div class="pager" id="article-pager">kept by its id</div>
</div></body></html>"""


@pytest.fixture(autouse=True, scope="module")
def installed() -> speedups.Report:
    """The speed-ups, installed explicitly (importing newsbot installs nothing)."""
    return speedups.install()


def _both(tree: etree._Element) -> tuple[bytes, bytes]:
    """The tree after the pass, fast and as shipped (each on its own copy)."""
    fast, plain = copy.deepcopy(tree), copy.deepcopy(tree)
    Document(fast).remove_unlikely_candidates()
    with speedups.disabled():
        Document(plain).remove_unlikely_candidates()
    return etree.tostring(fast, encoding="unicode").encode(), etree.tostring(plain, encoding="unicode").encode()


def test_installed(installed: speedups.Report) -> None:
    assert installed["readability-unlikely"] == "on"


def test_same_tree_on_a_snippet_with_every_case() -> None:
    before = readability_fast.runs
    fast, plain = _both(parse_html(_SNIPPET))
    assert readability_fast.runs == before + 1
    assert fast == plain
    assert b"Comments" not in fast and b"tail of inner" not in fast and b"tail one" in fast
    assert b"kept: ok maybe" in fast and b"kept by its id" in fast and b"one char" in fast
    assert b"menu" not in fast and b"feed" not in fast and b"tweet" not in fast and b"tail three" in fast


def test_same_tree_on_a_subtree() -> None:
    """The pass reads the element's descendants only, never the rest of the page nor the element itself."""
    tree = parse_html(_SNIPPET)
    section = tree.find(".//section")
    fast, plain = copy.deepcopy(tree), copy.deepcopy(tree)
    Document(fast.find(".//section")).remove_unlikely_candidates()
    with speedups.disabled():
        Document(plain.find(".//section")).remove_unlikely_candidates()
    assert etree.tostring(fast) == etree.tostring(plain)
    assert section is not None and b"Comments" in etree.tostring(fast)


@pytest.mark.parametrize("page", FIXTURE_PAGES, ids=lambda p: str(p.relative_to(ROOT / "fixtures")))
def test_same_tree_and_readability_body_on_fixture_pages(page: Path) -> None:
    text, _ = decode_html(page.read_bytes(), None)
    tree = parse_html(text)
    fast, plain = _both(tree)
    assert fast == plain
    prune_tree(tree)
    fast_lines = readability_lines(copy.deepcopy(tree))
    with speedups.disabled():
        plain_lines = readability_lines(copy.deepcopy(tree))
    assert fast_lines == plain_lines


@pytest.mark.parametrize("page", FIXTURE_PAGES[::4], ids=lambda p: str(p.relative_to(ROOT / "fixtures")))
def test_readability_body_of_a_copy_is_that_of_a_fresh_parse(page: Path) -> None:
    """extract() gives readability a copy of the pruned tree instead of parsing and pruning the page again."""
    text, _ = decode_html(page.read_bytes(), None)
    tree = parse_html(text)
    prune_tree(tree)
    fresh = parse_html(text)
    prune_tree(fresh)
    assert readability_lines(copy.deepcopy(tree)) == readability_lines(fresh)


@pytest.mark.gate
def test_same_tree_on_real_pages() -> None:
    require_devset(DEVSET / "fundus" / "html", DEVSET / "trafilatura" / "html")
    pages = (
        sorted((DEVSET / "fundus" / "html").glob("*.html.gz"))[::8]
        + sorted((DEVSET / "trafilatura" / "html").glob("*.html.gz"))[::40]
    )
    for page in pages:
        text, _ = decode_html(gzip.decompress(page.read_bytes()), None)
        fast, plain = _both(parse_html(text))
        assert fast == plain, page.name
