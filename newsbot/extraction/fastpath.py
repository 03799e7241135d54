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

This wraps private trafilatura functions, so it is installed only when their signatures (and the one
line of ``trafilatura_sequence`` that measures the page) are the ones it was written against
(trafilatura 2.3); otherwise trafilatura runs unchanged.
"""

from __future__ import annotations

import inspect
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
_state = threading.local()
# The one use of html2txt in trafilatura_sequence: the recall-escalation test.
_ESCALATION_TEST = "len(temp_text) < ESCALATION_PAGE_SHARE * len(html2txt(tree))"
_installed = False
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


def readability_cannot_win(tree: Any, body: Any, text: str) -> bool:
    """True when readability's text could not replace trafilatura's `text` (see the module docstring)."""
    if not text:
        return False
    paragraphs = body.findall(".//p")
    if not paragraphs or not body.xpath(".//p//text()") or len(body.findall(".//table")) > len(paragraphs):
        return False
    return _page_text_length(tree) <= 2 * len(text)


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
        try:
            return original_sequence(*args, **kwargs)
        finally:
            # What was measured belongs to this page: no tree is kept alive past it.
            _state.found = _state.page_length = None

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

    external.try_readability = try_readability
    core._extract_and_compare = extract_and_compare
    core.baseline = baseline
    core.html2txt = html2txt
    core.trafilatura_sequence = trafilatura_sequence
    _installed = True
    return True
