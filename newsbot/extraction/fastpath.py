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

This wraps private trafilatura functions, so it is installed only when their signatures (and the one
line of ``trafilatura_sequence`` that measures the page) are the ones it was written against
(trafilatura 2.3); otherwise trafilatura runs unchanged.
"""

from __future__ import annotations

import inspect
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from copy import copy
from typing import Any

from lxml.etree import XPath

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
# The one use of html2txt in trafilatura_sequence: the recall-escalation test.
_ESCALATION_TEST = "len(temp_text) < ESCALATION_PAGE_SHARE * len(html2txt(tree))"
_installed = False
_donation = False
# Switched off (see `disabled()`) where plain trafilatura is the point: baselines, equality tests.
enabled = True
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
        return known[1]
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
    candidates = {value.getparent() for values in (_CLASSES(tree), _IDS(tree)) for value in values
                  if unlikely.search(value.lower())}
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
    "re:test(@id, 'mvp-post-add-(?:box|wrap)|infinite-?scroll')":
        (("id", "mvp-post-add-"), ("id", "infinite"), ("class", "mvp-post-add-"), ("class", "infinite")),
    "re:test(@id, '^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)')":
        (("id", "omment"), ("id", "comol"), ("id", "disqus_thread"), ("class", "omment")),
    "contains(@class, 'elementor-share-buttons')": (("class", "elementor-share-buttons"),),
}
# Where a prefilter must sit: right after the element test, before the regular expressions.
_PREFILTER_AT = "][\n        re:test("
# Attribute values, not elements: no element proxies to build. "//*/@id" is "//@id" (only elements have
# attributes), the same values in the same order, and libxml2 walks it faster.
CLASS_VALUES = XPath("//*/@class", smart_strings=False)
ID_VALUES = XPath("//*/@id", smart_strings=False)


def _attribute_text(tree: Any) -> dict[str, str]:
    """The tree's class values and id values, each joined by NULs (no needle spans two), once per tree.

    Only while trafilatura prunes the raw tree: it removes elements and never adds one, so a word that
    is not in these values is not in the pruned tree's either.
    """
    known = getattr(_state, "attributes", None)
    if known is not None and known[0] is tree:
        return known[1]
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
        if not enabled:
            return self.original(tree, **kwargs)
        if not kwargs and getattr(_state, "in_sequence", False):
            values = _attribute_text(tree)
            if not any(word in values[attr] for attr, word in self.needles):
                return []
        return self.fast(tree, **kwargs)


def _install_prefilters(core: Any) -> None:
    for name in ("RAW_TREE_PRUNE_XPATH", "REMOVE_COMMENTS_AND_LISTS_XPATH"):
        expressions = getattr(core, name, None)
        if not isinstance(expressions, list):
            continue
        replaced = []
        for expression in expressions:
            path = getattr(expression, "path", "")
            key = next((k for k in _NEEDLES if k in path), None)
            if key is None or isinstance(expression, _Prefiltered):
                replaced.append(expression)
                continue
            fast = expression
            if key.startswith("re:test("):
                if path.count(_PREFILTER_AT) != 1 or path.index(_PREFILTER_AT) > path.index(key):
                    replaced.append(expression)
                    continue
                words = " or ".join(f"contains(@{attr}, '{word}')" for attr, word in _NEEDLES[key])
                fast = XPath(path.replace(_PREFILTER_AT, f"][{words}{_PREFILTER_AT}", 1), namespaces={"re": _REGEXP_NS})
            replaced.append(_Prefiltered(expression, fast, _NEEDLES[key]))
        setattr(core, name, replaced)


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
#: The elements passed as $matched, in document order and without repeats (libxml2 sorts a node-set).
IN_DOCUMENT_ORDER = XPath("$matched")


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
            matched = set()
            for names, test in terms:
                elements = set()
                for name in names:
                    found = values[name]
                    if found and test is not None:
                        passed = {text for text in distinct[name] if test(text)}
                        found = [value for value in found if value in passed] if passed else []
                    elements.update(value.getparent() for value in found)
                if len(names) > 1:
                    # Decided by the first of the attributes the element has, in its own order.
                    elements = {element for element in elements
                                if test(element.get(next(name for name in element.keys() if name in names)))}
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
        tests.append((tags, [(names, patterns[test].search if isinstance(test, int) else test)
                             for names, test in terms]))
    return _RegexFreeDiscard(list(expressions), tests)


#: The installed replacement for OVERALL_DISCARD_XPATH (None: not installed), for tests.
regex_free_discard: _RegexFreeDiscard | None = None
# The one line of prune_unwanted_nodes that reads its XPaths when with_backup is set: all of them are
# evaluated before anything is removed, so one callable giving their nodes one list after the other
# gives the same dict.
_WITH_BACKUP_READ = "matches = dict.fromkeys(elem for expression in nodelist for elem in expression(tree))"


def _install_regex_free_discard() -> None:
    global regex_free_discard
    try:
        import trafilatura.main_extractor as main_extractor
    except ImportError:
        return
    prune: Callable[..., Any] | None = getattr(main_extractor, "prune_unwanted_nodes", None)
    expressions = getattr(main_extractor, "OVERALL_DISCARD_XPATH", None)
    if prune is None or list(inspect.signature(prune).parameters) != ["tree", "nodelist", "with_backup"]:
        return
    try:
        source = inspect.getsource(prune)
    except (OSError, TypeError):
        return
    if source.count("nodelist") != 3 or _WITH_BACKUP_READ not in source:
        return
    replacement = _regex_free_discard(expressions)
    if replacement is None:
        return
    original_prune = prune

    def prune_unwanted_nodes(tree: Any, nodelist: Any, with_backup: bool = False) -> Any:
        if with_backup and nodelist is expressions and enabled:
            nodelist = [replacement]
        return original_prune(tree, nodelist, with_backup)

    main_extractor.prune_unwanted_nodes = prune_unwanted_nodes
    regex_free_discard = replacement


def _install_donation(core: Any) -> None:
    """Let `donate()` spare bare_extraction its copy of the input tree (its first copy() call)."""
    try:
        source = inspect.getsource(core.bare_extraction)
    except (OSError, TypeError):
        return
    first = source.find("copy(")
    if first < 0 or not source[:first].rstrip().endswith("if tree is filecontent:\n            tree =") \
            or getattr(core, "copy", None) is not copy:
        return
    original_copy = core.copy

    def copy_unless_donated(obj: Any) -> Any:
        donated = getattr(_state, "donated", None)
        if donated is not None and obj is donated:
            _state.donated = None
            return obj
        return original_copy(obj)

    core.copy = copy_unless_donated
    global _donation
    _donation = True


@contextmanager
def donate(tree: Any) -> Iterator[None]:
    """Inside the block, trafilatura may work on `tree` itself instead of a copy: for a caller done with it.

    `tree` None donates nothing (trafilatura copies as usual).

    trafilatura prunes comment sections and appended-article containers from its input in place; the
    rest of its work is on copies. Only the one bare_extraction() call in the block takes the tree.
    """
    _state.donated = tree if enabled and _donation else None
    try:
        yield
    finally:
        _state.donated = None


@contextmanager
def disabled() -> Iterator[None]:
    """Plain trafilatura inside the block (benchmark baselines and tests compare against it)."""
    global enabled
    before, enabled = enabled, False
    try:
        yield
    finally:
        enabled = before


def install() -> bool:
    """Install the shortcut into trafilatura (idempotent); False when trafilatura is not the expected one."""
    global _installed
    if _installed:
        return True
    try:
        import trafilatura.core as core
        import trafilatura.external as external
    except ImportError:
        return False
    expected = {
        "_extract_and_compare": ["cleaned_tree", "cleaned_tree_backup", "tree", "options"],
        "try_readability": ["htmlinput"],
        "extract_content": ["cleaned_tree", "options"],
        "html2txt": ["content", "clean"],
        "baseline": ["filecontent"],
        "trafilatura_sequence": ["tree", "options"],
    }
    owners = {"_extract_and_compare": core, "try_readability": external, "extract_content": core,
              "html2txt": core, "baseline": core, "trafilatura_sequence": core}
    for name, params in expected.items():
        func = getattr(owners[name], name, None)
        if func is None or list(inspect.signature(func).parameters)[:len(params)] != params:
            return False
    if not hasattr(core, "compare_extraction"):
        return False
    global _READABILITY
    try:
        from trafilatura.readability_lxml import FRAME_TAGS, REGEXES

        _READABILITY = (REGEXES["unlikelyCandidatesRe"], REGEXES["okMaybeItsACandidateRe"], frozenset(FRAME_TAGS))
    except (ImportError, KeyError):
        _READABILITY = None  # the first bound alone still holds
    original_try: Callable[[Any], Any] = external.try_readability
    original_compare: Callable[..., Any] = core.compare_extraction
    extract_content: Callable[..., Any] = core.extract_content
    original_html2txt: Callable[..., str] = core.html2txt
    original_baseline: Callable[..., Any] = core.baseline
    original_sequence: Callable[..., Any] = core.trafilatura_sequence
    # The escalation shortcut relies on html2txt's only use in the sequence being this comparison.
    try:
        sequence = "\n".join(line for line in inspect.getsource(core.trafilatura_sequence).splitlines()
                             if not line.strip().startswith("#"))
    except (OSError, TypeError):
        sequence = ""
    escalation_known = (sequence.count("html2txt(") == 1 and _ESCALATION_TEST in sequence
                        and isinstance(getattr(core, "ESCALATION_PAGE_SHARE", None), float))

    def try_readability(htmlinput: Any) -> Any:
        if getattr(_state, "skip", False):
            from lxml.html import HtmlElement
            return HtmlElement()  # empty: trafilatura then keeps its own text
        return original_try(htmlinput)

    def extract_and_compare(cleaned_tree: Any, cleaned_tree_backup: Any, tree: Any, options: Any) -> Any:
        postbody, temp_text = _compare(cleaned_tree, cleaned_tree_backup, tree, options)
        # What trafilatura_sequence holds as its text when it reaches the escalation check.
        _state.found = (tree, len(temp_text))
        return postbody, temp_text

    def trafilatura_sequence(*args: Any, **kwargs: Any) -> Any:
        _state.in_sequence = True
        try:
            return original_sequence(*args, **kwargs)
        finally:
            # What was measured belongs to this page: no tree is kept alive past it.
            _state.found = _state.page_length = _state.attributes = None
            _state.in_sequence = False

    def baseline(filecontent: Any) -> Any:
        _state.found = None  # the rescue may replace the text: the escalation check is left as it is
        return original_baseline(filecontent)

    def html2txt(content: Any, clean: bool = True) -> str:
        found = getattr(_state, "found", None)
        if enabled and escalation_known and clean and found is not None and found[0] is content \
                and found[1] >= core.ESCALATION_PAGE_SHARE * _page_text_length(content):
            # html2txt's text is a part of the page's text, so the recall retry cannot run: the caller
            # only compares the length, and an empty string gives it the same answer.
            global measure_skipped
            measure_skipped += 1
            return ""
        return original_html2txt(content, clean)

    def _compare(cleaned_tree: Any, cleaned_tree_backup: Any, tree: Any, options: Any) -> Any:
        postbody, temp_text = extract_content(cleaned_tree, options)
        if options.fast:
            return postbody, temp_text
        # Only the balanced focus: precision prunes the raw tree in place and recall has its own rules.
        if enabled and options.focus == "balanced" and readability_cannot_win(tree, postbody, temp_text):
            global skipped
            skipped += 1
            _state.skip = True
            try:
                # The raw tree is only read by readability, which does not run: no copy needed.
                return original_compare(cleaned_tree_backup, tree, postbody, temp_text, options)
            finally:
                _state.skip = False
        return original_compare(cleaned_tree_backup, copy(tree), postbody, temp_text, options)

    _install_prefilters(core)
    _install_regex_free_discard()
    from . import justext_fast  # justext's paragraphs and BASIC_CLEAN_XPATH (see justext_fast.py)

    justext_fast.install()
    _install_donation(core)
    external.try_readability = try_readability
    core._extract_and_compare = extract_and_compare
    core.baseline = baseline
    core.html2txt = html2txt
    core.trafilatura_sequence = trafilatura_sequence
    _installed = True
    return True
