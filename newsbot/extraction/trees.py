"""Small lxml helpers shared by the extraction and the optional speed-ups (`newsbot.speedups`).

Nothing here changes trafilatura: `donate()` is a hint that a speed-up may act on, and nothing happens
when none is installed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from lxml.etree import XPath

# Attribute values, not elements: no element proxies to build. "//*/@id" is "//@id" (only elements have
# attributes), the same values in the same order, and libxml2 walks it faster.
CLASS_VALUES = XPath("//*/@class", smart_strings=False)
ID_VALUES = XPath("//*/@id", smart_strings=False)
#: The elements passed as $matched, in document order and without repeats (libxml2 sorts a node-set).
IN_DOCUMENT_ORDER = XPath("$matched")

_donation = threading.local()


@contextmanager
def donate(tree: Any) -> Iterator[None]:
    """Inside the block, trafilatura may work on `tree` itself instead of a copy: for a caller done with it.

    `tree` None donates nothing. Only a hint: the speed-up "tree-donation" takes it (trafilatura prunes
    comment sections and appended-article containers from its input in place; the rest of its work is on
    copies), and only in the first bare_extraction() call of the block; without it trafilatura copies.
    """
    _donation.tree = tree
    try:
        yield
    finally:
        _donation.tree = None


def take_donation(obj: Any) -> bool:
    """True if `obj` is the tree donated in the current block; the donation is then spent."""
    tree = getattr(_donation, "tree", None)
    if tree is None or tree is not obj:
        return False
    _donation.tree = None
    return True


def own_boxes(members: Sequence[Any]) -> list[Any]:
    """Each member's own box: its highest ancestor below <body> that holds no other member (or the member).

    Teasers, cards and repeated posts are recognised by the box around each one; the ancestors are counted
    once over all chains so the walk is linear in the members' depth.
    """
    chains = [list(el.iterancestors()) for el in members]
    under: dict[Any, int] = {}
    for chain in chains:
        for parent in chain:
            under[parent] = under.get(parent, 0) + 1
    boxes = []
    for el, chain in zip(members, chains, strict=True):
        box = el
        for parent in chain:
            if parent.tag in ("body", "html") or under[parent] > 1:
                break
            box = parent
        boxes.append(box)
    return boxes
