"""The trafilatura speed-ups (newsbot.speedups.fastpath) change speed, never output."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
import trafilatura
from conftest import require_devset

from newsbot import speedups
from newsbot.extraction import decode_html, parse_html, trees
from newsbot.extraction.body import prune_tree
from newsbot.speedups import fastpath

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_PAGES = sorted((ROOT / "fixtures").rglob("*.html"))
DEVSET = ROOT.parent / "shared" / "devset"


@pytest.fixture(autouse=True, scope="module")
def installed() -> speedups.Report:
    """The speed-ups, installed explicitly (importing newsbot installs nothing)."""
    return speedups.install()


def _both(html: bytes) -> tuple[dict | None, dict | None, int]:
    """trafilatura's result on the page with and without the shortcut, and how often it was taken."""
    text, _ = decode_html(html, None)
    results = []
    before = fastpath.skipped
    for shortcut in (True, False):
        tree = parse_html(text)
        prune_tree(tree)
        if shortcut:
            doc = trafilatura.bare_extraction(tree, include_comments=False, with_metadata=False)
        else:
            with speedups.disabled():
                doc = trafilatura.bare_extraction(tree, include_comments=False, with_metadata=False)
        results.append(None if doc is None else {"text": doc.text, "raw": doc.raw_text})
    return results[0], results[1], fastpath.skipped - before


def test_shortcuts_are_installed(installed: speedups.Report) -> None:
    names = [speedup.name for speedup in fastpath.SPEEDUPS]
    assert len(names) == 5
    off = {name: why for name, why in installed.off.items() if name in names}
    assert not off, f"trafilatura's code changed: speed-ups off (see newsbot/speedups/fastpath.py): {off}"


@pytest.mark.parametrize("page", FIXTURE_PAGES, ids=lambda p: str(p.relative_to(ROOT / "fixtures")))
def test_same_output_on_fixture_pages(page: Path) -> None:
    fast, plain, _ = _both(page.read_bytes())
    assert fast == plain


def test_shortcut_is_taken_on_some_fixture_pages_only() -> None:
    taken = sum(_both(page.read_bytes())[2] for page in FIXTURE_PAGES)
    # Both sides matter: never taken means the speed-up is dead code; always taken means the bound
    # is not being checked.
    assert 0 < taken < len(FIXTURE_PAGES)


def test_not_taken_when_readability_could_win() -> None:
    # The extractor's text is a small part of a page full of other prose: readability might be longer.
    filler = "".join(f"<div><span>Filler sentence {i} with several words in it.</span></div>" for i in range(200))
    html = (f"<html><body><article><p>{'Short story text here. ' * 6}</p></article>{filler}</body></html>").encode()
    tree = parse_html(html.decode())
    body = tree.find(".//article")
    assert not fastpath.readability_cannot_win(tree, body, "Short story text here. " * 6)
    assert fastpath.readability_cannot_win(tree, body, "x" * 20_000)


@pytest.mark.gate
def test_same_output_on_real_pages() -> None:
    require_devset(DEVSET / "fundus" / "html", DEVSET / "trafilatura" / "html")
    pages = (
        sorted((DEVSET / "fundus" / "html").glob("*.html.gz"))[::8]
        + sorted((DEVSET / "trafilatura" / "html").glob("*.html.gz"))[::40]
    )
    taken = 0
    for page in pages:
        fast, plain, used = _both(gzip.decompress(page.read_bytes()))
        assert fast == plain, page.name
        taken += used
    assert taken > 0


def test_escalation_measurement_skipped_only_when_the_bound_decides() -> None:
    """The html2txt shortcut is live (trafilatura's escalation line still reads as expected) and bounded."""
    story = b"<article><p>" + b"A short item of news with a few words. " * 8 + b"</p></article>"
    # The story is most of the page's text: the recall retry cannot run, the page is not measured again.
    alone = b"<html><body>" + story + b"</body></html>"
    before = fastpath.measure_skipped
    fast, plain, _ = _both(alone)
    assert fast == plain
    assert fastpath.measure_skipped == before + 1
    # The story is a small part of a page full of other text: trafilatura must measure the page.
    crowded = (
        b"<html><body>" + b"<div>Other words on the page, not the story at all.</div>" * 120 + story + b"</body></html>"
    )
    before = fastpath.measure_skipped
    fast, plain, _ = _both(crowded)
    assert fast == plain
    assert fastpath.measure_skipped == before


def _readability_length(tree: object) -> int:
    from copy import copy

    from lxml.etree import tostring
    from trafilatura.external import try_readability

    algo = try_readability(copy(tree))
    return len(" ".join(tostring(algo, method="text", encoding="utf-8").decode("utf-8").split()))


@pytest.mark.parametrize("page", FIXTURE_PAGES, ids=lambda p: str(p.relative_to(ROOT / "fixtures")))
def test_readable_text_bound_holds_on_fixture_pages(page: Path) -> None:
    text, _ = decode_html(page.read_bytes(), None)
    tree = parse_html(text)
    prune_tree(tree)
    bound = fastpath.readable_text_bound(tree)
    assert bound is not None
    assert _readability_length(tree) <= bound <= fastpath._page_text_length(tree) + 6 * len(tree.findall(".//iframe"))


def test_readable_text_bound_leaves_out_what_readability_drops() -> None:
    story = "<p>" + "The harbour board met on Monday and agreed a new plan for the quay. " * 6 + "</p>"
    menu = "<div class='Main-Menu'>" + "<a href='/s'>Section name here</a> " * 60 + "</div>"
    video = "<iframe src='https://www.youtube.com/embed/x'></iframe>"
    html = f"<html><body>{menu}<article>{story}{video}</article><div id='Footer'>Copyright words</div></body></html>"
    tree = parse_html(html)
    bound = fastpath.readable_text_bound(tree)
    # 'Main-Menu' holds "main" (readability's maybe-a-candidate word): kept; the footer is dropped.
    assert bound is not None and _readability_length(tree) <= bound
    assert bound < fastpath._page_text_length(tree)
    body = tree.find(".//article")
    found = " ".join(body.text_content().split())
    # The menu is kept in the bound, so 2x the story is not enough to rule readability out ...
    assert not fastpath.readability_cannot_win(tree, body, found)
    # ... without the menu's class words it is dropped, and the story alone decides.
    tree = parse_html(html.replace("Main-Menu", "nav-menu"))
    body = tree.find(".//article")
    assert fastpath.readability_cannot_win(tree, body, found)
    assert fastpath._page_text_length(tree) > 2 * len(found)  # decided by the second bound, not the first


def test_prefiltered_prune_xpaths_select_what_trafilatura_selects() -> None:
    import trafilatura.core as core

    prefiltered = [
        x
        for x in (*core.RAW_TREE_PRUNE_XPATH, *core.REMOVE_COMMENTS_AND_LISTS_XPATH)
        if isinstance(x, fastpath._Prefiltered)
    ]
    assert len(prefiltered) == 3, "trafilatura's prune XPaths changed: the prefilters are off (see fastpath.py)"
    values = [
        "elementor-share-buttons",
        "x elementor-share-buttons-wrap",
        "Comments",
        "comment-list",
        "commentary",
        "comol",
        "disqus_thread",
        "dsq-comments",
        "post-comments",
        "article-comments",
        "no-comments",
        "infinite-scroll",
        "infinitescroll",
        "Infinite-Scroll",
        "mvp-post-add-box",
        "mvp-post-add-wrap",
        "mvp-post-add",
        "main",
        "",
    ]
    blocks = "".join(
        f"<{tag} {attr}='{v}'><p>x</p>{'<h1>h</h1>' if i % 2 else ''}</{tag}>"
        for i, v in enumerate(values)
        for tag in ("div", "section", "aside", "ul", "details")
        for attr in ("id", "class")
    )
    trees = [parse_html(f"<html><body>{blocks}</body></html>")]
    trees += [parse_html(decode_html(p.read_bytes(), None)[0]) for p in FIXTURE_PAGES]
    hits = 0
    for tree in trees:
        for x in prefiltered:
            original = x.original(tree)
            assert x.fast(tree) == original
            fastpath._state.in_sequence = True  # as inside trafilatura_sequence: the page-level word check too
            try:
                assert x(tree) == original
            finally:
                fastpath._state.in_sequence = False
                fastpath._state.attributes = None
            hits += len(original)
    assert hits > 0


def test_a_consumed_tree_is_not_copied_and_gives_the_same_text() -> None:
    from newsbot.extraction.body import run_trafilatura

    assert speedups.report()["tree-donation"] == "on", "bare_extraction changed: donation is off"
    html = (
        "<html><body><article><p>"
        + "The ferry timetable changes on Monday for the winter season. " * 8
        + "</p></article><div id='comments'><p>Reader one says something about it all.</p></div></body></html>"
    )
    kept, consumed = parse_html(html), parse_html(html)
    assert run_trafilatura(kept) == run_trafilatura(consumed, consume=True)
    assert kept.find(".//div[@id='comments']") is not None  # trafilatura worked on a copy
    assert consumed.find(".//div[@id='comments']") is None  # ... and here on the tree itself
    assert getattr(trees._donation, "tree", None) is None  # one call only


@pytest.mark.parametrize("page", FIXTURE_PAGES[::3], ids=lambda p: str(p.relative_to(ROOT / "fixtures")))
def test_consuming_extraction_gives_the_same_text_on_fixture_pages(page: Path) -> None:
    from newsbot.extraction.body import run_trafilatura

    text, _ = decode_html(page.read_bytes(), None)
    kept, consumed = parse_html(text), parse_html(text)
    prune_tree(kept)
    prune_tree(consumed)
    assert run_trafilatura(kept) == run_trafilatura(consumed, consume=True)


# Marked title='hit': what OVERALL_DISCARD_XPATH selects below the context node (id='context', itself a match
# that './/*' leaves out). re:test(@id|@class, r) and starts-with(@id|@class, s) read the first of the two
# attributes in source order; an absent attribute reads as "".
_DISCARD_SNIPPET = """<html><body><div id="context" class="sidebar">
<div class="cookie-notice" id="main" title="hit"><p>a</p></div>
<div id="main" class="cookie-notice"><p>b</p></div>
<p id="reply-3" class="x" title="hit">c</p>
<p class="x" id="reply-3">d</p>
<span id="hidden-thing" style="color: red" title="hit">e</span>
<span style="color: red" id="hidden-thing">f</span>
<em style="visibility: hidden" title="hit">g</em>
<section role="Navigation" title="hit">h</section>
<section role="NAVIGATION">i</section>
<a role="navigation" href="/x">j</a>
<div style="display:none" title="hit">k</div>
<div style="display : none">l</div>
<div aria-hidden="true" title="hit">m</div>
<div aria-hidden="false">n</div>
<item class="share-links" title="hit">o</item>
<list class="menu" title="hit"><item>p</item></list>
<li class="menu">q</li>
<div>r<!-- a comment --></div>
<div id="" class="" style="">s</div>
<div data-lp-replacement-content="" title="hit">t</div>
<div data-component="MostPopularStories-list" title="hit">u</div>
<h3 class="comments-title" title="hit">v</h3>
<div class="sidebar" title="hit"><p class="meta" title="hit">w</p><span id="nav-top" title="hit">x</span></div>
<div class="story"><p class="text nocomments" title="hit">y</p></div>
</div></body></html>"""


def test_regex_free_discard_is_installed() -> None:
    import trafilatura.htmlprocessing as htmlprocessing
    import trafilatura.main_extractor as main_extractor

    assert speedups.install()["regex-free-discard"] == "on"
    assert fastpath.regex_free_discard is not None, (
        "trafilatura's OVERALL_DISCARD_XPATH or prune_unwanted_nodes changed: the speed-up is off"
    )
    assert main_extractor.prune_unwanted_nodes is not htmlprocessing.prune_unwanted_nodes
    assert fastpath.regex_free_discard.originals == main_extractor.OVERALL_DISCARD_XPATH


def test_regex_free_discard_tests_fail_on_an_absent_attribute() -> None:
    # An element without the attribute is never looked at: each test must be false on "" (what XPath reads).
    discard = fastpath.regex_free_discard
    assert discard is not None
    tests = [test for _, terms in discard.tests for _, test in terms if test is not None]
    assert len(tests) == 12
    assert not any(test("") for test in tests)


def test_regex_free_discard_is_off_for_other_xpaths() -> None:
    import trafilatura.main_extractor as main_extractor
    from lxml.etree import XPath

    assert fastpath._regex_free_discard([XPath(".//div"), XPath(".//p")]) is None
    assert fastpath._regex_free_discard(main_extractor.OVERALL_DISCARD_XPATH[:1]) is None
    # A regular expression matching "" would select elements that lack the attribute.
    first = main_extractor.OVERALL_DISCARD_XPATH[0]
    loose = XPath(
        first.path.replace("re:test(@id, '", "re:test(@id, 'x?|", 1),
        namespaces={"re": "http://exslt.org/regular-expressions"},
    )
    assert fastpath._regex_free_discard([loose, main_extractor.OVERALL_DISCARD_XPATH[1]]) is None


def test_regex_free_discard_selects_what_trafilatura_selects_on_a_tricky_snippet() -> None:
    discard = fastpath.regex_free_discard
    assert discard is not None
    context = parse_html(_DISCARD_SNIPPET).find(".//div[@id='context']")
    original = [xpath(context) for xpath in discard.originals]
    order = {element: n for n, element in enumerate(context.iter())}
    assert {e for e in order if e.get("title") == "hit"} == set(original[0]) | set(original[1])
    assert all(found == sorted(found, key=order.__getitem__) for found in original)  # document order
    assert discard.nodes(context) == original
    assert discard(context) == original[0] + original[1]


def test_regex_free_discard_selects_what_trafilatura_selects_on_fixture_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """On the raw page and on every tree trafilatura's main extractor prunes with OVERALL_DISCARD_XPATH."""
    import trafilatura.main_extractor as main_extractor

    discard = fastpath.regex_free_discard
    assert discard is not None
    installed = main_extractor.prune_unwanted_nodes
    checked = {"trees": 0, "nodes": 0}

    def check(tree: object) -> None:
        original = [xpath(tree) for xpath in discard.originals]
        assert discard.nodes(tree) == original
        checked["trees"] += 1
        checked["nodes"] += len(original[0]) + len(original[1])

    def prune_unwanted_nodes(tree: object, nodelist: object, with_backup: bool = False) -> object:
        if nodelist is main_extractor.OVERALL_DISCARD_XPATH:
            check(tree)
        return installed(tree, nodelist, with_backup)

    monkeypatch.setattr(main_extractor, "prune_unwanted_nodes", prune_unwanted_nodes)
    for page in FIXTURE_PAGES:
        text, _ = decode_html(page.read_bytes(), None)
        tree = parse_html(text)
        check(tree)
        prune_tree(tree)
        trafilatura.bare_extraction(tree, include_comments=False, with_metadata=False)
    assert checked["trees"] > 2 * len(FIXTURE_PAGES)
    assert checked["nodes"] > 0
