"""readability's "unlikely candidates" pass, finding its elements from the attribute values: same tree, less CPU.

trafilatura's readability port (``trafilatura.readability_lxml.Document``) starts by dropping every element
whose class and id read as an unlikely candidate (``remove_unlikely_candidates``): it makes a Python proxy
for every element of the page (``findall(".//*")``) and reads its class and id, ~3 ms on a large news page,
run twice per page by newsbot (trafilatura's own fallback, and newsbot's readability peer body).

None of the words of ``unlikelyCandidatesRe`` holds a space, and lowering a "class id" string lowers each
value as it would alone, so a match in the lowered joined value lies within the class or within the id:
the elements whose class or id value matches are a superset of those the pass can drop. They are found from
the attribute values alone (one XPath each for class and id, no proxy for the other elements), put in
document order, and given the upstream test, verdict for verdict, and ``drop_tree()`` in the same order. An
element outside the superset gets a False verdict upstream and is never touched. So the tree afterwards is
the same (``tests/test_readability_fast.py`` checks it on every fixture page).

Guarded by the sha256 of the method and of the module that holds its regular expressions (trafilatura
2.3.1); where either differs, the speed-up stays off and readability runs unchanged.
"""

from __future__ import annotations

from typing import Any

from lxml.etree import XPath

from ..extraction.trees import IN_DOCUMENT_ORDER
from . import switch
from .guard import Speedup

# The values of the element's descendants only (the pass reads ``.//*``, never the element itself).
# Smart strings: their parent is the element.
_CLASSES = XPath("descendant::*/@class")
_IDS = XPath("descendant::*/@id")
#: Times the fast pass ran (tests).
runs = 0


def _remove_unlikely_candidates(self: Any) -> None:
    """``Document.remove_unlikely_candidates`` on the elements that can match only (see the module docstring)."""
    from trafilatura.readability_lxml import FRAME_TAGS, REGEXES, Document

    if not switch.enabled:
        switch.original(Document, "remove_unlikely_candidates")(self)
        return
    global runs
    runs += 1
    unlikely, ok_maybe = REGEXES["unlikelyCandidatesRe"], REGEXES["okMaybeItsACandidateRe"]
    doc = self.doc
    matched = {
        value.getparent() for values in (_CLASSES(doc), _IDS(doc)) for value in values if unlikely.search(value.lower())
    }
    if not matched:
        return
    # Upstream's loop, over the candidates in document order (the order of its drop_tree() calls).
    verdicts: dict[str, bool] = {}
    for elem in IN_DOCUMENT_ORDER(doc, matched=list(matched)):
        attrs = " ".join(filter(None, (elem.get("class"), elem.get("id"))))
        if len(attrs) < 2 or elem.tag in FRAME_TAGS:
            continue
        if attrs not in verdicts:
            low = attrs.lower()
            verdicts[attrs] = bool(unlikely.search(low)) and not ok_maybe.search(low)
        if verdicts[attrs]:
            elem.drop_tree()


def _install() -> str | None:
    from trafilatura.readability_lxml import Document

    switch.patch(Document, "remove_unlikely_candidates", _remove_unlikely_candidates)
    return None


SPEEDUPS: tuple[Speedup, ...] = (
    Speedup(
        "readability-unlikely",
        "readability's unlikely-candidate pass from the class and id values, without a proxy per element",
        {
            # replaced
            "trafilatura.readability_lxml:Document.remove_unlikely_candidates": "6ef38c8475242af9ce59c705f7496bffe575c01007de5586d3f616f1ecfd207c",
            # its regular expressions and FRAME_TAGS
            "trafilatura.readability_lxml": "d308e782a00344fd8548cfcafd3a4d5d5b2a77846d78651d5c7dde4785d7cba1",
        },
        _install,
    ),
)
