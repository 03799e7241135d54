"""Skip trafilatura's readability fallback on pages where it provably cannot change the result.

trafilatura (default, "balanced" focus) runs readability-lxml on a copy of the page after its own
extractor, about a fifth of its time, and keeps readability's text only when (see
``trafilatura.external._prefer_readability``) its own text is empty, readability's text is more than
twice as long, or its own body has no ``<p>`` text or more tables than paragraphs. Readability keeps a
subset of the page's text, so when all of the page's text (scripts and styles aside) is at most twice
what trafilatura found and trafilatura's body is made of paragraphs, readability cannot win: on those
pages we skip it (and the copy of the tree made for it). The output is byte-for-byte what trafilatura
gives without the shortcut (``tests/test_fastpath.py`` checks this on every fixture page); about half of
real news pages qualify.

The same bound saves a second pass: after the cascade, trafilatura measures the whole page with
``html2txt`` (a copy of the tree, a cleaning pass and a text walk, ~3.5 ms) to decide on a recall retry
when its text is under ``ESCALATION_PAGE_SHARE`` of the page. ``html2txt``'s text is a part of the page's
text, so when the text found is already at least that share of the page's whole text the retry cannot
happen and the measurement is skipped (about four in five of the pages that reach it).

trafilatura's main extractor also prunes every tree it reads with ``OVERALL_DISCARD_XPATH``, whose regular
expressions lxml runs as a Python callback per element and attribute (~1.3 ms a page); the same nodes are
found from the attribute values in one pass (~0.25 ms, see ``_RegexFreeDiscard``).

Each of these is one speed-up of `SPEEDUPS` (installed by `newsbot.speedups.install()`), guarded by the
sha256 of the trafilatura code it replaces or mirrors (trafilatura 2.3.1): where that code differs,
that speed-up stays off and trafilatura runs unchanged there.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from copy import copy
from typing import Any

from lxml.etree import XPath

from ..extraction.trees import CLASS_VALUES, ID_VALUES, IN_DOCUMENT_ORDER, take_donation
from . import switch
from .guard import Speedup

# The text readability can keep: it drops <script> and <style> (which hold nothing but text) before
# scoring. Counting anything more (noscript, fencedframe) only makes the bound stricter. Plain strings:
# lxml's "smart" strings (with a link to their parent) cost more than the whole count.
_VISIBLE_TEXT = XPath("//text()[not(parent::script or parent::style)]", smart_strings=False)
# What readability's own first pass drops (see readable_text_bound). Smart strings: their parent
# is the element.
# Two paths, not one union: a union is sorted into document order, which costs more than the search.
_CLASSES = XPath("//@class")
_IDS = XPath("//@id")
_VISIBLE_TEXT_BELOW = XPath(".//text()[not(parent::script or parent::style)]", smart_strings=False)
#: The second bound is tried only when the page's text is at most this many times what was found.
_WORTH_A_SECOND_LOOK = 4
_REGEXP_NS = "http://exslt.org/regular-expressions"
_IFRAMES = XPath("count(//iframe)")
_READABILITY: tuple[Any, Any, Any] | None = None
_state = threading.local()
#: The speed-ups of this module that are installed (names of `SPEEDUPS`).
active: set[str] = set()
#: Pages on which readability was skipped, for tests and benchmarks.
skipped = 0
#: Pages on which the escalation's page measurement (html2txt) was skipped.
measure_skipped = 0


def _page_text_length(tree: Any) -> int:
    """Characters of the page's text with whitespace runs collapsed (trafilatura's trim()).

    Remembered for the tree it was measured on: the escalation check below asks again for the same tree.
    """
    known = getattr(_state, "page_length", None)
    if known is not None and known[0] is tree:
        return known[1]  # type: ignore[no-any-return]  # what this function stored for this tree
    length = len(" ".join(" ".join(_VISIBLE_TEXT(tree)).split()))
    _state.page_length = (tree, length)
    return length


def _words_and_chars(texts: list[str]) -> int:
    """What these text nodes add to a length measured like _page_text_length: characters + words."""
    joined = " ".join(" ".join(texts).split())
    return len(joined) + 1 if joined else 0


def readable_text_bound(tree: Any) -> int | None:
    """At least the length of any text readability can return for `tree`; None if unknown.

    Readability first drops scripts, styles, fencedframes and every element whose class and id read as
    an "unlikely candidate" (its own regular expressions, so the bound follows the installed version),
    keeping their tails; everything after that only picks, moves or drops what is left, except that a
    video <iframe> gets the text "VIDEO". So the page's text (as `_page_text_length` measures it) less
    the text inside those elements, plus six characters per <iframe>, bounds its output. That length is
    a sum over text nodes (each adds its non-space characters and one per word, as words never join
    across nodes), so the dropped subtrees' text is subtracted instead of measuring the rest again.
    """
    if _READABILITY is None:
        return None
    unlikely, ok_maybe, frame_tags = _READABILITY
    # None of the words has a space, so a match in lower("class id") lies in the class or in the id:
    # the attribute values alone find every candidate, without an element proxy for the rest.
    candidates = {
        value.getparent()
        for values in (_CLASSES(tree), _IDS(tree))
        for value in values
        if unlikely.search(value.lower())
    }
    doomed = set()
    for el in candidates:
        attrs = " ".join(filter(None, (el.get("class"), el.get("id"))))
        if len(attrs) < 2 or el.tag in frame_tags:
            continue
        low = attrs.lower()
        if not ok_maybe.search(low):
            doomed.add(el)
    dropped = 0
    for el in doomed:
        if not any(a in doomed for a in el.iterancestors()):  # else counted with its ancestor
            dropped += _words_and_chars(_VISIBLE_TEXT_BELOW(el))
    return max(0, _page_text_length(tree) - dropped) + 6 * int(_IFRAMES(tree))


def readability_cannot_win(tree: Any, body: Any, text: str) -> bool:
    """True when readability's text could not replace trafilatura's `text` (see the module docstring)."""
    if not text:
        return False
    paragraphs = body.findall(".//p")
    if not paragraphs or not body.xpath(".//p//text()") or len(body.findall(".//table")) > len(paragraphs):
        return False
    page = _page_text_length(tree)
    if page <= 2 * len(text):
        return True
    if page > _WORTH_A_SECOND_LOOK * len(text):
        return False  # on the devset the second bound almost never helps there, and it costs ~1 ms
    # The page has more text than was found: count only what readability could keep of it.
    bound = readable_text_bound(tree)
    return bound is not None and bound <= 2 * len(text)


# trafilatura prunes the raw tree with three XPaths, two of which run a Python regular expression (EXSLT
# re:test) on the id and class of every div, section, aside or list: a callback per attribute. Each only
# matches values holding one of a few plain words. Those words are looked up once per page in all its
# class and id values: on most pages none occurs, and the XPath (a walk over every element, ~0.4 ms) is
# not evaluated at all; where one does, a contains() test of the words, in C, goes in front of the regex
# as one more predicate. Same nodes, ~1 ms a page less.
# Keyed by the part each XPath must contain; an XPath that reads otherwise is left alone. Where the key
# is a regex, the words also go in front of it as one more predicate, contains() tests in C.
_NEEDLES = {
    "re:test(@id, 'mvp-post-add-(?:box|wrap)|infinite-?scroll')": (
        ("id", "mvp-post-add-"),
        ("id", "infinite"),
        ("class", "mvp-post-add-"),
        ("class", "infinite"),
    ),
    "re:test(@id, '^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)')": (
        ("id", "omment"),
        ("id", "comol"),
        ("id", "disqus_thread"),
        ("class", "omment"),
    ),
    "contains(@class, 'elementor-share-buttons')": (("class", "elementor-share-buttons"),),
}
# Where a prefilter must sit: right after the element test, before the regular expressions.
_PREFILTER_AT = "][\n        re:test("


def _attribute_text(tree: Any) -> dict[str, str]:
    """The tree's class values and id values, each joined by NULs (no needle spans two), once per tree.

    Only while trafilatura prunes the raw tree: it removes elements and never adds one, so a word that
    is not in these values is not in the pruned tree's either.
    """
    known = getattr(_state, "attributes", None)
    if known is not None and known[0] is tree:
        return known[1]  # type: ignore[no-any-return]  # what this function stored for this tree
    values = {"class": "\0".join(CLASS_VALUES(tree)), "id": "\0".join(ID_VALUES(tree))}
    _state.attributes = (tree, values)
    return values


class _Prefiltered:
    """An XPath with a cheaper equivalent, used unless the shortcuts are disabled."""

    def __init__(self, original: Any, fast: Any, needles: tuple[tuple[str, str], ...]) -> None:
        self.original = original
        self.fast = fast
        self.needles = needles
        self.path = original.path

    def __call__(self, tree: Any, **kwargs: Any) -> Any:
        if not switch.enabled:
            return self.original(tree, **kwargs)
        if not kwargs and getattr(_state, "in_sequence", False):
            values = _attribute_text(tree)
            if not any(word in values[attr] for attr, word in self.needles):
                return []
        return self.fast(tree, **kwargs)


def _install_prefilters() -> str | None:
    import trafilatura.core as core

    lists = {}
    for name in ("RAW_TREE_PRUNE_XPATH", "REMOVE_COMMENTS_AND_LISTS_XPATH"):
        replaced = []
        for expression in getattr(core, name):
            path = getattr(expression, "path", "")
            key = next((k for k in _NEEDLES if k in path), None)
            if key is None:
                replaced.append(expression)
                continue
            fast = expression
            if key.startswith("re:test("):
                if path.count(_PREFILTER_AT) != 1 or path.index(_PREFILTER_AT) > path.index(key):
                    return f"{name}: no place for the prefilter in {path.strip()[:60]!r}"
                words = " or ".join(f"contains(@{attr}, '{word}')" for attr, word in _NEEDLES[key])
                fast = XPath(path.replace(_PREFILTER_AT, f"][{words}{_PREFILTER_AT}", 1), namespaces={"re": _REGEXP_NS})
            replaced.append(_Prefiltered(expression, fast, _NEEDLES[key]))
        lists[name] = replaced
    found = sum(isinstance(x, _Prefiltered) for replaced in lists.values() for x in replaced)
    if found != len(_NEEDLES):
        return f"{found} of the {len(_NEEDLES)} prune XPaths found"
    for name, replaced in lists.items():
        switch.patch(core, name, replaced)
    _install_sequence()
    return None


# trafilatura's main extractor prunes every tree it reads with OVERALL_DISCARD_XPATH: two XPaths holding
# six EXSLT re:test() calls, which lxml runs as Python callbacks for every div, p, span, section, item and
# list (the first XPath) and for every element (the second), whatever its attributes: ~6 us an element,
# ~1.3 ms a page. Each XPath is an "or" of tests on a few attributes, so its nodes are the elements one
# of the tests selects. Here the values of those attributes are read in one pass (C), each test runs
# on them in Python, and an XPath variable holding the matched elements puts them in document order and
# drops repeats, as the XPath returns them. An absent attribute reads as "" in these tests, on which
# none holds (checked at install for the regular expressions, by tests/test_fastpath.py for the rest),
# so elements without the attribute need no look. re:test(@id|@class, r) and starts-with(@id|@class, s)
# read the first of the two attributes in the element's own order (XPath's document order for
# attributes): that is decided on the element. Same nodes in the same order (tests/test_fastpath.py).
#
# Each XPath: its text in trafilatura 2.3.1, "{}" standing for a regular expression (read from the
# installed XPath, so trafilatura's token lists may change); the element names it is limited to (None:
# any); its tests, as (attributes read, test of the value), an int test being the n-th "{}" (re:test).
_OVERALL_DISCARD: tuple[tuple[str, frozenset[str] | None, tuple[tuple[tuple[str, ...], Any], ...]], ...] = (
    (
        """
        .//*[self::div or self::item or self::list or self::p or self::section or self::span][
        @data-lp-replacement-content or
        contains(translate(@role, 'N', 'n'), 'nav') or
        contains(@data-component, 'MostPopularStories') or
        re:test(@id|@class, '{}') or
        re:test(@id, '{}') or
        re:test(@class, '{}')]
        """,
        frozenset({"div", "item", "list", "p", "section", "span"}),
        (
            (("data-lp-replacement-content",), None),  # present: any value
            (("role",), lambda value: "nav" in value.replace("N", "n")),
            (("data-component",), lambda value: "MostPopularStories" in value),
            (("id", "class"), 0),
            (("id",), 1),
            (("class",), 2),
        ),
    ),
    (
        """
        .//*[@class='comments-title' or
        starts-with(@id|@class, 'reply-') or
        re:test(@id|@style, '{}') or
        contains(@style, 'display:none') or contains(@style, 'display: none') or
        re:test(@id, '{}') or
        re:test(@class, '{}') or @aria-hidden='true']
        """,
        None,
        (
            (("class",), lambda value: value == "comments-title"),
            (("id", "class"), lambda value: value.startswith("reply-")),
            (("id", "style"), 0),
            (("style",), lambda value: "display:none" in value or "display: none" in value),
            (("id",), 1),
            (("class",), 2),
            (("aria-hidden",), lambda value: value == "true"),
        ),
    ),
)
# Every attribute of the context node's descendants ('.//*' leaves the node itself out), in document
# order, as smart strings: .attrname says which, .getparent() the element. One walk costs about what
# one for a single attribute does.
_DESCENDANT_ATTRIBUTES = XPath(".//*/@*")


class _RegexFreeDiscard:
    """OVERALL_DISCARD_XPATH's nodes, found without its EXSLT callbacks (see above)."""

    def __init__(self, originals: list[Any], tests: list[tuple[frozenset[str] | None, list[Any]]]) -> None:
        self.originals = originals
        self.tests = tests
        self.attributes = {name for _, terms in tests for names, _ in terms for name in names}

    def nodes(self, tree: Any) -> list[list[Any]]:
        """What each of the XPaths returns for `tree`, in its order."""
        values: dict[str, list[Any]] = {name: [] for name in self.attributes}
        for value in _DESCENDANT_ATTRIBUTES(tree):
            bucket = values.get(value.attrname)
            if bucket is not None:
                bucket.append(value)
        # Pages repeat their class and id values (a list of items, a grid): each distinct one is tested once.
        distinct = {name: set(found) for name, found in values.items()}
        results = []
        for tags, terms in self.tests:
            matched: set[Any] = set()
            for names, test in terms:
                elements: set[Any] = set()
                for name in names:
                    found = values[name]
                    if found and test is not None:
                        passed = {text for text in distinct[name] if test(text)}
                        found = [value for value in found if value in passed] if passed else []
                    elements.update(value.getparent() for value in found)
                if len(names) > 1:
                    # Decided by the first of the attributes the element has, in its own order.
                    elements = {
                        element
                        for element in elements
                        if test(element.get(next(name for name in element.keys() if name in names)))
                    }
                matched.update(element for element in elements if tags is None or element.tag in tags)
            results.append(IN_DOCUMENT_ORDER(tree, matched=list(matched)) if matched else [])
        return results

    def __call__(self, tree: Any) -> list[Any]:
        """Both XPaths' nodes, one list after the other (what prune_unwanted_nodes iterates over)."""
        first, second = self.nodes(tree)
        return first + second


def _regex_free_discard(expressions: Any) -> _RegexFreeDiscard | None:
    """The replacement for trafilatura's OVERALL_DISCARD_XPATH; None if that list reads otherwise."""
    if not isinstance(expressions, list) or len(expressions) != len(_OVERALL_DISCARD):
        return None
    tests = []
    for expression, (template, tags, terms) in zip(expressions, _OVERALL_DISCARD, strict=True):
        shape = re.fullmatch("([^']*)".join(map(re.escape, template.split("{}"))), getattr(expression, "path", ""))
        if shape is None:
            return None
        try:
            # As lxml's EXSLT re:test compiles them (re.UNICODE, the default for str patterns).
            patterns = [re.compile(pattern) for pattern in shape.groups()]
        except re.error:
            return None
        # An absent attribute is tested as "": a pattern matching it would select elements without one.
        if any(pattern.search("") for pattern in patterns):
            return None
        tests.append(
            (tags, [(names, patterns[test].search if isinstance(test, int) else test) for names, test in terms])
        )
    return _RegexFreeDiscard(list(expressions), tests)


#: The installed replacement for OVERALL_DISCARD_XPATH (None: not installed), for tests.
regex_free_discard: _RegexFreeDiscard | None = None


def _install_regex_free_discard() -> str | None:
    """prune_unwanted_nodes reads its XPaths, when with_backup is set, in one line that evaluates all of them
    before removing anything, so one callable giving their nodes one list after the other gives the same dict.
    """
    global regex_free_discard
    import trafilatura.main_extractor as main_extractor

    expressions = main_extractor.OVERALL_DISCARD_XPATH
    replacement = _regex_free_discard(expressions)
    if replacement is None:
        return "OVERALL_DISCARD_XPATH does not read as the template"
    original_prune: Callable[..., Any] = main_extractor.prune_unwanted_nodes

    def prune_unwanted_nodes(tree: Any, nodelist: Any, with_backup: bool = False) -> Any:
        if with_backup and nodelist is expressions and switch.enabled:
            nodelist = [replacement]
        return original_prune(tree, nodelist, with_backup)

    switch.patch(main_extractor, "prune_unwanted_nodes", prune_unwanted_nodes)
    regex_free_discard = replacement
    return None


def _install_donation() -> str | None:
    """Let `newsbot.extraction.trees.donate()` spare bare_extraction its copy of the input tree.

    bare_extraction's first copy() is of its input (``if tree is filecontent: tree = copy(...)``): the
    module's copy() gives the donated tree itself, once, and copies everything else.
    """
    import trafilatura.core as core

    if core.copy is not copy:
        return "trafilatura.core.copy is not copy.copy"
    original_copy = core.copy

    def copy_unless_donated(obj: Any) -> Any:
        if switch.enabled and take_donation(obj):
            return obj
        return original_copy(obj)

    switch.patch(core, "copy", copy_unless_donated)
    return None


def _try_readability(htmlinput: Any) -> Any:
    """trafilatura's try_readability, or an empty element (trafilatura then keeps its own text) on a skip."""
    if getattr(_state, "skip", False):
        from lxml.html import HtmlElement

        return HtmlElement()
    return switch.original(_external(), "try_readability")(htmlinput)


def _extract_and_compare(cleaned_tree: Any, cleaned_tree_backup: Any, tree: Any, options: Any) -> Any:
    """trafilatura.core._extract_and_compare, skipping readability where it cannot win."""
    import trafilatura.core as core

    postbody, temp_text = core.extract_content(cleaned_tree, options)
    if not options.fast:
        compare = core.compare_extraction
        # Only the balanced focus: precision prunes the raw tree in place and recall has its own rules.
        if (
            switch.enabled
            and "readability-skip" in active
            and options.focus == "balanced"
            and readability_cannot_win(tree, postbody, temp_text)
        ):
            global skipped
            skipped += 1
            _state.skip = True
            try:
                # The raw tree is only read by readability, which does not run: no copy needed.
                postbody, temp_text = compare(cleaned_tree_backup, tree, postbody, temp_text, options)
            finally:
                _state.skip = False
        else:
            postbody, temp_text = compare(cleaned_tree_backup, copy(tree), postbody, temp_text, options)
    # What trafilatura_sequence holds as its text when it reaches the escalation check.
    _state.found = (tree, len(temp_text))
    return postbody, temp_text


def _trafilatura_sequence(*args: Any, **kwargs: Any) -> Any:
    """trafilatura_sequence, with this module's per-page measurements kept for its duration only."""
    import trafilatura.core as core

    _state.in_sequence = True
    try:
        return switch.original(core, "trafilatura_sequence")(*args, **kwargs)
    finally:
        # What was measured belongs to this page: no tree is kept alive past it.
        _state.found = _state.page_length = _state.attributes = None
        _state.in_sequence = False


def _baseline(filecontent: Any) -> Any:
    """trafilatura's baseline; the rescue may replace the text, so the escalation check is left as it is."""
    import trafilatura.core as core

    _state.found = None
    return switch.original(core, "baseline")(filecontent)


def _html2txt(content: Any, clean: bool = True) -> str:
    """html2txt, or "" where its only caller (the escalation check) cannot retry whatever it measures."""
    import trafilatura.core as core

    found = getattr(_state, "found", None)
    if (
        switch.enabled
        and clean
        and found is not None
        and found[0] is content
        and found[1] >= core.ESCALATION_PAGE_SHARE * _page_text_length(content)
    ):
        # html2txt's text is a part of the page's text, so the recall retry cannot run: the caller
        # only compares the length, and an empty string gives it the same answer.
        global measure_skipped
        measure_skipped += 1
        return ""
    return str(switch.original(core, "html2txt")(content, clean))


def _external() -> Any:
    import trafilatura.external as external

    return external


def _install_sequence() -> None:
    """The wrapper that scopes per-page measurements to one trafilatura_sequence call (shared, once)."""
    import trafilatura.core as core

    if core.trafilatura_sequence is not _trafilatura_sequence:
        switch.patch(core, "trafilatura_sequence", _trafilatura_sequence)


def _install_readability_skip() -> str | None:
    global _READABILITY
    import trafilatura.core as core
    from trafilatura.readability_lxml import FRAME_TAGS, REGEXES

    _READABILITY = (REGEXES["unlikelyCandidatesRe"], REGEXES["okMaybeItsACandidateRe"], frozenset(FRAME_TAGS))
    switch.patch(_external(), "try_readability", _try_readability)
    switch.patch(core, "_extract_and_compare", _extract_and_compare)
    _install_sequence()
    active.add("readability-skip")
    return None


def _install_escalation_skip() -> str | None:
    import trafilatura.core as core

    if not isinstance(core.ESCALATION_PAGE_SHARE, float):
        return "trafilatura.core.ESCALATION_PAGE_SHARE is not a float"
    # _extract_and_compare records the text found for the check; readability is skipped only when
    # "readability-skip" is on too.
    switch.patch(core, "_extract_and_compare", _extract_and_compare)
    switch.patch(core, "baseline", _baseline)
    switch.patch(core, "html2txt", _html2txt)
    _install_sequence()
    return None


def reset() -> None:
    """Forget what was installed (after `switch.restore()` put trafilatura back)."""
    global regex_free_discard, _READABILITY
    active.clear()
    regex_free_discard = _READABILITY = None


# The trafilatura 2.3.1 code each speed-up replaces or mirrors, with the sha256 of its source (see
# newsbot.speedups.guard; `python -m newsbot.speedups` prints the installed ones).
_EXTRACT_AND_COMPARE = {
    "trafilatura.core:_extract_and_compare": "f7d056c2118222e8ffb17e32d4796ccbddc452936d7177e27c53fb6d39b8f6e6"
}
SPEEDUPS: tuple[Speedup, ...] = (
    Speedup(
        "readability-skip",
        "skip readability where trafilatura's rule cannot prefer its text",
        {
            # mirrored by _extract_and_compare
            **_EXTRACT_AND_COMPARE,
            # keeps its own text on an empty readability one
            "trafilatura.external:compare_extraction": "2d3d1ffea3ba469f7cfe7a0198968d7ff7dfc1fe50842605761644a044858962",
            # the rule readability_cannot_win reads
            "trafilatura.external:_prefer_readability": "f6ee688e9ae60074642c284b175e2a995b78c14062f6ed6f87dad9bd7d383658",
            # wrapped
            "trafilatura.external:try_readability": "538e3c8e5ab7e4d4348bb412b120e19c3eb4882f1e7030525f490bea3ad772e3",
            # what readability can keep of a page (the bounds)
            "trafilatura.readability_lxml": "d308e782a00344fd8548cfcafd3a4d5d5b2a77846d78651d5c7dde4785d7cba1",
            # how trafilatura measures both texts
            "trafilatura.utils:trim": "b82ffd884c0dc23052b3eea98cfbede6054864705402ba31992831fce2eeb6e8",
        },
        _install_readability_skip,
    ),
    Speedup(
        "escalation-measure-skip",
        "skip html2txt's page measurement where the recall retry cannot run",
        {
            # mirrored by _extract_and_compare, which records the text found
            **_EXTRACT_AND_COMPARE,
            # html2txt's one use: the escalation test
            "trafilatura.core:trafilatura_sequence": "f03dc4d2946dacbd0e023ca1c51fdf329e0fdc0be342fd0f14924396ec646e05",
            # its text is a part of the page's text
            "trafilatura.core:html2txt": "a8c97eab2097c57d56202ce24171d130cb71501b227d38b20230417dc0dd719f",
            "trafilatura.baseline:_spaced_text": "d04314f988c6afae9096b9548083f275b7b9b17009e81e7b4f38290248aec75a",
            "trafilatura.baseline:basic_cleaning": "80877b2ccdefda2db182ec8a78d1360b0308a4d97e4112bfa416cce67c7cfa6c",
            # wrapped (the rescue replaces the text)
            "trafilatura.core:baseline": "4a4215f815e627456a13a7d6976a0f04dacf25767ce736d466e7adfb1bed3b41",
        },
        _install_escalation_skip,
    ),
    Speedup(
        "prune-prefilter",
        "skip the raw-tree prune XPaths on pages without their words",
        {
            "trafilatura.core:RAW_TREE_PRUNE_XPATH": "0a775839824a964b7ddc1b74530735226454dbc2e614242c0f5d0330184872a9",
            "trafilatura.core:REMOVE_COMMENTS_AND_LISTS_XPATH": "9cc18d34e6e2d258172b5df02bc44e578c95ef709b8e06722846c7a410c3a46f",
            # prunes only, on the page's raw tree
            "trafilatura.core:trafilatura_sequence": "f03dc4d2946dacbd0e023ca1c51fdf329e0fdc0be342fd0f14924396ec646e05",
        },
        _install_prefilters,
    ),
    Speedup(
        "regex-free-discard",
        "OVERALL_DISCARD_XPATH's nodes without its EXSLT regular-expression callbacks",
        {
            "trafilatura.main_extractor:OVERALL_DISCARD_XPATH": "90fe7cbe71fb424ac24d9a9fb6f88a6ac257c7d83a8ff01187f5fc19a899bf05",
            "trafilatura.main_extractor:prune_unwanted_nodes": "4731f8e24ef86449c2714a6257d2ff892ff12a6a3d544d7ca87d6536fab29915",
        },
        _install_regex_free_discard,
    ),
    Speedup(
        "tree-donation",
        "bare_extraction works on a tree its caller donates instead of a copy",
        {"trafilatura.core:bare_extraction": "2e57adb3062086f9695046cf58b1a8825143322fe74e74739791dff6d8da9fea"},
        _install_donation,
    ),
)
