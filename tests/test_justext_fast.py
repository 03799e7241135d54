"""The justext speed-ups (newsbot.speedups.justext_fast) give justext's own paragraphs and cleaning nodes."""

from __future__ import annotations

import copy
import gzip
import importlib
import random
import sys
from pathlib import Path
from typing import Any

import justext.core
import lxml.html
import pytest
import trafilatura.external as external
from conftest import require_devset
from justext.core import ParagraphMaker, classify_paragraphs, revise_paragraph_classification
from justext.paragraph import Paragraph
from justext.utils import normalize_whitespace
from lxml import etree

from newsbot import speedups
from newsbot.extraction import decode_html, parse_html
from newsbot.speedups import guard, justext_fast

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_PAGES = sorted((ROOT / "fixtures").rglob("*.html"))
DEVSET = ROOT.parent / "shared" / "devset"
baseline = importlib.import_module("trafilatura.baseline")  # the module, not trafilatura.baseline()
# Everything trafilatura, classify_paragraphs and revise_paragraph_classification read, and the rest.
ATTRIBUTES = (
    "text",
    "text_nodes",
    "chars_count_in_links",
    "tags_count",
    "dom_path",
    "xpath",
    "cf_class",
    "heading",
    "class_type",
    "is_boilerplate",
    "words_count",
    "is_heading",
)


@pytest.fixture(autouse=True, scope="module")
def installed() -> speedups.Report:
    """The speed-ups, installed explicitly (importing newsbot installs nothing)."""
    return speedups.install()


def _classified(paragraphs: list[Any], stoplist: frozenset[str]) -> list[dict[str, Any]]:
    # As trafilatura's try_justext classifies them.
    classify_paragraphs(paragraphs, stoplist, 50, 150, 0.1, 0.2, 0.25, True)
    revise_paragraph_classification(paragraphs, 150)
    return [{name: getattr(p, name) for name in ATTRIBUTES} for p in paragraphs]


def _stoplist() -> frozenset[str]:
    return frozenset(external.JT_STOPLIST or external.jt_stoplist_init())


def assert_same_paragraphs(tree: Any) -> int:
    """justext_fast's paragraphs of `tree` equal justext's (every attribute), without a fallback."""
    before = justext_fast.fallbacks
    plain = ParagraphMaker.make_paragraphs(copy.deepcopy(tree))
    fast = justext_fast.make_paragraphs(copy.deepcopy(tree))
    assert justext_fast.fallbacks == before, "the walk gave up: justext's own code ran"
    assert _classified(fast, _stoplist()) == _classified(plain, _stoplist())
    return len(plain)


def assert_same_cleaning(tree: Any) -> int:
    """BASIC_CLEAN_XPATH's replacement finds the same nodes in the same order."""
    clean = baseline.BASIC_CLEAN_XPATH
    assert isinstance(clean, justext_fast._BasicClean)
    nodes = clean(tree)
    assert nodes == clean.original(tree)
    return len(nodes)


def test_shortcuts_are_installed(installed: speedups.Report) -> None:
    assert installed["justext-paragraphs"] == "on", "justext/trafilatura/lxml.sax changed: the paragraph walk is off"
    assert installed["basic-clean"] == "on", "BASIC_CLEAN_XPATH changed: its replacement is off"
    assert external.ParagraphMaker is justext_fast.FastParagraphMaker
    assert isinstance(baseline.BASIC_CLEAN_XPATH, justext_fast._BasicClean)


@pytest.mark.parametrize("page", FIXTURE_PAGES, ids=lambda p: str(p.relative_to(ROOT / "fixtures")))
def test_same_paragraphs_on_fixture_pages(page: Path) -> None:
    tree = parse_html(decode_html(page.read_bytes(), None)[0])
    assert_same_cleaning(tree)
    assert_same_paragraphs(tree)
    with speedups.disabled():
        cleaned = baseline.basic_cleaning(copy.deepcopy(tree))
    assert_same_paragraphs(cleaned)  # what trafilatura hands to justext


def test_fixture_pages_have_paragraphs_and_cleaning_nodes() -> None:
    # The comparisons above must not be vacuous.
    trees = [parse_html(decode_html(page.read_bytes(), None)[0]) for page in FIXTURE_PAGES]
    assert sum(assert_same_paragraphs(tree) for tree in trees) > 10 * len(trees)
    assert sum(assert_same_cleaning(tree) for tree in trees) > 0


SNIPPETS = {
    "nested paragraph tags": "<div>lead <p>one <b>bold</b> two</p> between <div><p>deep</p>after</div> end</div>",
    "br br": "<p>first line<br><br>second part<br>\n<br>third<br> <br><br>fourth<br>tail</p>",
    "br then block": "<div>text<br><div>inside</div><br>after the block<br>x</div>",
    "br only": "<div><br></div><p><br><br></p><p>real text</p>",
    "links with tails": "<p>See <a href='/a'>the link</a> and more <a>a <b>bold</b> link</a>tail text.</p>"
    "<p><a>outer <a>inner</a> after inner</a> out</p>",
    "link spanning paragraphs": "<a>link start<p>para in link</p>link tail</a> plain",
    "whitespace only": "<div>   \n\t </div><p> \u00a0 </p><span>\u2003</span><p>\r\n</p><p>word</p>",
    "comments": "<div>before<!-- a comment -->after comment<p>p<!--x-->q</p><!-- c --> tail</div>",
    "processing instructions": "<div>a<?php echo 1; ?>b</div>",
    "entities": "<p>Fish &amp; chips &lt;tag&gt; &copy; 2024 &nbsp;&nbsp; caf&eacute; &#x2603; &bogus;</p>",
    "non-ascii": "<h1>Überschrift mit Umlauten</h1><p>日本語のテキスト。 Ελληνικά ΟΔΟΣ. İstanbul ﬁ</p>"
    "<p>Rückkehr der Wölfe in die Wälder, sagt der Förster, sei ein Gewinn für alle.</p>",
    "unicode whitespace": "<p>a\u2028b\u2029c\u3000\u3000d\x0b\x0ce\x1cf\x85g\u200bh \u00a0 i\r\rj</p>",
    "select and headings": "<form><select><option>Option text long enough</option></select></form>"
    "<h2>Heading</h2><p>" + "The story goes on and on about things. " * 8 + "</p>",
    "tables": "<table><tr><td>cell one</td><td>cell <a>two</a></td></tr></table><ul><li>item</li><li>it</li></ul>",
    "copyright": "<div>\u00a9 2024 Example Media. All rights reserved.</div><div>&amp;copy text</div>",
    "prefixed tags": "<p>x <fb:like>liked</fb:like> <o:p>office</o:p> <a:b>c</a:b></p><my-widget>w</my-widget>",
    "siblings": "<div><p>1</p><span>s</span><p>2</p><p>3<br><br>4</p><span>t</span></div><div><p>5</p></div>",
}


@pytest.mark.parametrize("html", SNIPPETS.values(), ids=SNIPPETS.keys())
def test_same_paragraphs_on_snippets(html: str) -> None:
    # lxml.html's default parser keeps comments and processing instructions (newsbot's drops them).
    document = lxml.html.document_fromstring(f"<html><body>{html}</body></html>")
    assert assert_same_paragraphs(document) > 0
    for element in document.iter("div", "p", "a", "body"):
        assert_same_paragraphs(copy.copy(element))  # a copy is a root with the element's tail
    assert_same_cleaning(document)


def test_same_paragraphs_on_built_trees() -> None:
    # Namespaced tags (saxify reports the local name) and a root with processing instructions beside it.
    root = etree.Element("{http://www.w3.org/1999/xhtml}html")
    body = etree.SubElement(root, "{http://www.w3.org/1999/xhtml}body")
    for i in range(3):
        p = etree.SubElement(body, "{http://www.w3.org/1999/xhtml}p")
        p.text = f"paragraph {i} with some words"
        a = etree.SubElement(p, "{urn:other}a")
        a.text, a.tail = "ns link", " tail"
    document = etree.fromstring(b"<?first x?><html><body><p>text</p></body></html><?after y?>").getroottree()
    for tree in (root, body, document.getroot(), document):
        assert_same_paragraphs(tree)


def test_entity_and_deep_trees_fall_back_to_justext() -> None:
    # saxify cannot handle an entity node: justext fails, and so must the shortcut (trafilatura logs it).
    tree = etree.Element("html")
    etree.SubElement(tree, "p").append(etree.Entity("amp"))
    with pytest.raises(TypeError):
        ParagraphMaker.make_paragraphs(tree)
    before = justext_fast.fallbacks
    with pytest.raises(TypeError):
        justext_fast.make_paragraphs(tree)
    assert justext_fast.fallbacks == before + 1
    # Deeper than Python's recursion limit: justext's (compiled) saxify copes, so justext's code runs.
    deep = element = etree.Element("html")
    for i in range(sys.getrecursionlimit() + 100):
        element = etree.SubElement(element, "p" if i % 7 else "span")
        element.text = f"level {i}"
    paragraphs = justext_fast.make_paragraphs(deep)
    assert justext_fast.fallbacks == before + 2
    assert [p.text for p in paragraphs] == [p.text for p in ParagraphMaker.make_paragraphs(deep)]


def test_whitespace_normalisation_is_justexts() -> None:
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert len(spaces) > 20
    rng = random.Random(7)
    alphabet = spaces + list("ab \n\r\t")
    samples = ["", " ", "  ", "a", " a ", "a b", "a  b", *spaces, *(s + t for s in spaces for t in spaces)]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 12))) for _ in range(5000)]
    for sample in samples:
        assert justext_fast.normalize_whitespace(sample) == normalize_whitespace(sample), repr(sample)


def test_cleaning_nodes_on_a_tricky_snippet() -> None:
    html = """<html><body class="cookie-banner"><div id="CookieConsent-x"><p class="x">in
    <span class="NOTICE_cookie">nested match</span></p></div><div class="site-footer" id="cmplz">both</div>
    <aside><footer>f</footer></aside><section id="consent-manager" class="consent-manager">twice</section>
    <p class="onetrust-pc">x</p><p class="moove_gdpr">y</p><svg><g class="Borlabs"/></svg><script>1</script>
    <p class="cookies">not a match</p></body></html>"""
    tree = lxml.html.document_fromstring(html)
    assert assert_same_cleaning(tree) >= 10
    assert assert_same_cleaning(tree.find("body")) >= 9  # the context node itself is not a candidate


def test_switched_off_when_the_library_differs(monkeypatch: pytest.MonkeyPatch) -> None:
    paragraphs = next(s for s in justext_fast.SPEEDUPS if s.name == "justext-paragraphs")
    assert guard.check(paragraphs.pins) is None

    class PathInfo(justext.core.PathInfo):
        def append(self, tag_name: str) -> Any:
            return super().append(tag_name.lower())

    monkeypatch.setattr(justext.core, "PathInfo", PathInfo)
    assert "justext.core:PathInfo" in (guard.check(paragraphs.pins) or "")
    monkeypatch.undo()
    assert guard.check(paragraphs.pins) is None
    monkeypatch.setattr(justext.core, "PARAGRAPH_TAGS", justext.core.PARAGRAPH_TAGS | {"section"})
    assert "justext.core:PARAGRAPH_TAGS" in (guard.check(paragraphs.pins) or "")
    # BASIC_CLEAN_XPATH: replaced only when it reads as written against, with a regex that cannot match "".
    original = baseline.BASIC_CLEAN_XPATH.original
    assert justext_fast._basic_clean(original) is not None
    regexp = {"re": "http://exslt.org/regular-expressions"}
    assert justext_fast._basic_clean(etree.XPath(original.path.replace(".//svg|", ""), namespaces=regexp)) is None
    empty = original.path
    for attribute in ("class", "id"):  # the same regex both times, now matching ""
        empty = empty.replace(f"re:test(@{attribute}, '", f"re:test(@{attribute}, 'x?|")
    assert empty.count("x?|") == 2
    assert justext_fast._basic_clean(etree.XPath(empty, namespaces=regexp)) is None


def test_disabled_runs_justexts_own_code() -> None:
    tree = lxml.html.document_fromstring("<html><body><p>Some text here.</p></body></html>")
    assert type(external.ParagraphMaker.make_paragraphs(tree)[0]) is justext_fast.FastParagraph
    with speedups.disabled():
        assert type(external.ParagraphMaker.make_paragraphs(tree)[0]) is Paragraph


@pytest.mark.gate
def test_same_paragraphs_on_real_pages() -> None:
    require_devset(DEVSET / "fundus" / "html", DEVSET / "trafilatura" / "html")
    pages = (
        sorted((DEVSET / "fundus" / "html").glob("*.html.gz"))[::25]
        + sorted((DEVSET / "trafilatura" / "html").glob("*.html.gz"))[::60]
    )
    assert pages
    for page in pages:
        tree = parse_html(decode_html(gzip.decompress(page.read_bytes()), None)[0])
        assert_same_cleaning(tree)
        assert_same_paragraphs(tree)
