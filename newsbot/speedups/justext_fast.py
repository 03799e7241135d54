"""A cheaper path through trafilatura's justext fallback, with exactly the same result.

trafilatura runs justext (``external.justext_rescue``) on short or "unclean" bodies, about one page in
ten, and it is the costliest fallback left (~15 ms a call). Two parts of it are replaced here:

* ``justext.core.ParagraphMaker.make_paragraphs`` turns the tree into paragraphs through
  ``lxml.sax.saxify``: for every element a namespace map, an attribute object and Python calls for its
  start, end, text and tail, a ``PathInfo`` dict per element and a ``dom`` and ``xpath`` string built
  for every paragraph started (most of them never get text), and a regular expression with a Python
  callback per whitespace run of every text. ``make_paragraphs`` below walks the elements directly and
  makes the same decisions on the same events (saxify: ``characters`` for a non-empty text right after
  the start and for a non-empty tail right after the end; for comments and processing instructions only
  their tail; the root's processing-instruction siblings and the root's own tail included). The
  paragraphs have the same text nodes, ``chars_count_in_links``, ``tags_count``, ``dom_path`` and
  ``xpath`` (the last computed only when read: nothing in justext's classification or trafilatura
  reads it).
* justext's ``Paragraph.text`` is a property that joins and normalises the text nodes again each time it
  is read, and ``classify_paragraphs`` reads it about seven times a paragraph. The paragraphs made here
  hold it as a plain attribute computed once (the text nodes never change after the walk) and count
  stopwords on one split of it. justext's own ``classify_paragraphs`` and
  ``revise_paragraph_classification`` then run unchanged on them.

And ``trafilatura.baseline.BASIC_CLEAN_XPATH`` (run by ``basic_cleaning`` before justext, and by the
baseline and html2txt) tests a regular expression on the class and id of every element as an EXSLT
``re:test``, a Python callback per element and attribute: ``_BasicClean`` finds the same nodes in the
same order from the class and id values read in one pass.

These are the speed-ups "justext-paragraphs" and "basic-clean" of `SPEEDUPS`, each installed (by
`newsbot.speedups.install()`) only when the sources it mirrors hash as the ones it was written against
(justext 3.0.2, trafilatura 2.3.1, lxml 6's sax.py), and honouring ``newsbot.speedups.disabled()``.
``tests/test_justext_fast.py`` compares paragraphs with justext's own.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from lxml.etree import Comment, ProcessingInstruction, XPath, _Element

from ..extraction.trees import IN_DOCUMENT_ORDER
from . import switch
from .guard import Speedup

try:
    import justext.core as justext_core
    from justext.core import PARAGRAPH_TAGS, ParagraphMaker
    from justext.paragraph import Paragraph
except ImportError:  # trafilatura without justext: nothing to speed up
    justext_core = None
    Paragraph = object  # type: ignore[assignment,misc,unused-ignore]  # justext absent: placeholders
    ParagraphMaker = object  # type: ignore[assignment,misc,unused-ignore]
    PARAGRAPH_TAGS = frozenset()

#: Trees on which the walk gave up and justext's own ParagraphMaker ran (an entity node, a bug): for tests.
fallbacks = 0

# justext's normalize_whitespace replaces every run of whitespace (re's \s, Unicode) by "\n" if it holds
# a "\n" or "\r", else by " ", through a Python callback per run: one per word gap. A run that is one
# plain space is replaced by itself, so only the other runs need the callback: runs of two or more, and
# single whitespace characters other than " " (the greedy \s{2,} takes a whole run from its first
# character, so no match starts inside a run).
_OTHER_RUNS = re.compile(r"\s{2,}|[^\S ]")


def normalize_whitespace(text: str) -> str:
    """justext.utils.normalize_whitespace(text), without a callback for single spaces."""
    return _OTHER_RUNS.sub(_replace_whitespace, text)


def _replace_whitespace(match: re.Match[str]) -> str:
    # justext.utils._replace_whitespace
    text = match.group()
    return "\n" if "\n" in text or "\r" in text else " "


def _local_name(tag: str) -> str:
    """The name saxify reports for an element (lxml.sax._getNsTag: the part after "{namespace}")."""
    return tag[1:].split("}", 1)[1] if tag[0] == "{" and "}" in tag else tag


class FastParagraph(Paragraph):  # type: ignore[misc,valid-type,unused-ignore]  # justext is untyped
    """A justext Paragraph whose text is computed once; xpath is computed when read.

    ``text`` is a plain class attribute here, shadowing the base class's property, so the instance's own
    value is read.
    """

    text = ""

    def __init__(
        self,
        dom_path: str,
        anchor: Any,
        closed: bool,
        root: Any,
        text_nodes: list[str],
        chars_count_in_links: int,
        tags_count: int,
    ) -> None:
        # Not Paragraph.__init__: it reads a PathInfo.
        self.dom_path = dom_path
        self.text_nodes = text_nodes
        self.chars_count_in_links = chars_count_in_links
        self.tags_count = tags_count
        self.class_type = ""
        # Paragraph.text: the nodes never change once the walk is over.
        self.text = normalize_whitespace("".join(text_nodes).strip())
        # Where the path stood when the paragraph began: at `anchor`'s start, or after its end when
        # `closed` (the path is then its parent's); None: the empty path.
        self._anchor = anchor
        self._closed = closed
        self._root = root

    @property
    def xpath(self) -> str:  # type: ignore[override,unused-ignore]  # a method where justext has a property
        """PathInfo.xpath when the paragraph began: name[n] per open element, n counting same-name siblings."""
        element = self._anchor
        if element is not None and self._closed:
            element = None if element is self._root else element.getparent()
        steps = []
        while element is not None:
            name = _local_name(element.tag)
            if element is self._root:
                steps.append(f"{name}[1]")  # PathInfo gives the first element a fresh children dict
                break
            order = 1 + sum(
                1
                for sibling in element.itersiblings(preceding=True)
                if isinstance(sibling.tag, str) and _local_name(sibling.tag) == name
            )
            steps.append(f"{name}[{order}]")
            element = element.getparent()
        return "/" + "/".join(reversed(steps))

    def stopwords_count(self, stopwords: Any) -> int:
        """Paragraph.stopwords_count, the membership tests in C."""
        return sum(map(stopwords.__contains__, map(str.lower, self.text.split())))

    def stopwords_density(self, stopwords: Any) -> float:
        """Paragraph.stopwords_density on one split of the text (the same integers divided)."""
        words = self.text.split()
        if not words:
            return 0
        return float(sum(map(stopwords.__contains__, map(str.lower, words))) / len(words))


class _Unsupported(Exception):
    """A node saxify would fail on (an entity): justext's own ParagraphMaker runs instead."""


def _walk(root: Any) -> list[FastParagraph]:
    """ParagraphMaker.make_paragraphs(root), on the elements instead of SAX events."""
    if hasattr(root, "getroot"):
        root = root.getroot()
    paragraphs: list[FastParagraph] = []
    # The paragraph being filled (ParagraphMaker.paragraph) and the handler's flags.
    nodes: list[str] = []
    links = 0
    tags = 0
    dom = ""
    anchor: Any = None
    closed = False
    link = False
    br = False

    def new_paragraph(new_dom: str, new_anchor: Any, new_closed: bool) -> None:
        # ParagraphMaker._start_new_pragraph: keep the paragraph if it got text, start the next one. It
        # tests `self.paragraph and ...contains_text()`: a Paragraph is false when its text is empty
        # (__len__), as when its only text node is the " " of a <br>.
        nonlocal nodes, links, tags, dom, anchor, closed
        if nodes:
            paragraph = FastParagraph(dom, anchor, closed, root, nodes, links, tags)
            if paragraph.text:
                paragraphs.append(paragraph)
        nodes = []
        links = tags = 0
        dom, anchor, closed = new_dom, new_anchor, new_closed

    def characters(content: str) -> None:
        # ParagraphMaker.characters (content is never empty here: saxify skips empty text and tails)
        nonlocal links, br
        if content.isspace():
            return
        text = _OTHER_RUNS.sub(_replace_whitespace, content)
        nodes.append(text)
        if link:
            links += len(text)
        br = False

    def walk(element: Any, parent_dom: str | None) -> None:
        # lxml.sax.ElementTreeProducer._recursive_saxify with ParagraphMaker's handlers inlined.
        nonlocal tags, link, br
        tag = element.tag
        if tag.__class__ is not str:
            if tag is not Comment and tag is not ProcessingInstruction:
                raise _Unsupported(tag)
            tail = element.tail
            if tail:
                characters(tail)
            return
        name = tag[1:].split("}", 1)[1] if tag[0] == "{" and "}" in tag else tag  # _local_name(), inlined
        here = name if parent_dom is None else f"{parent_dom}.{name}"
        # startElementNS
        if name in PARAGRAPH_TAGS or (name == "br" and br):
            if name == "br":
                tags -= 1  # <br><br> separates paragraphs and is not counted in the one it ends
            new_paragraph(here, element, False)
        else:
            br = name == "br"
            if br:
                nodes.append(" ")
            elif name == "a":
                link = True
            tags += 1
        text = element.text
        if text:
            characters(text)
        for child in element:
            walk(child, here)
        # endElementNS
        if name in PARAGRAPH_TAGS:
            new_paragraph(parent_dom or "", element, True)
        if name == "a":
            link = False
        tail = element.tail
        if tail:
            characters(tail)

    # ElementTreeProducer.saxify: the processing instructions just before and after the root go too.
    before = []
    sibling: Any = root.getprevious() if hasattr(root, "getprevious") else None
    while getattr(sibling, "tag", None) is ProcessingInstruction:
        before.append(sibling)
        sibling = sibling.getprevious()
    for sibling in reversed(before):
        walk(sibling, None)
    walk(root, None)
    sibling = root.getnext() if hasattr(root, "getnext") else None
    while getattr(sibling, "tag", None) is ProcessingInstruction:
        walk(sibling, None)
        sibling = sibling.getnext()
    new_paragraph("", None, False)  # endDocument
    return paragraphs


def make_paragraphs(root: Any) -> list[Any]:
    """justext's paragraphs of `root`, as ParagraphMaker.make_paragraphs makes them (its own code if not)."""
    global fallbacks
    try:
        return _walk(root)
    except Exception:  # an entity node (saxify raises there), a tree too deep for this recursion
        fallbacks += 1
        return list(ParagraphMaker.make_paragraphs(root))


class FastParagraphMaker(ParagraphMaker):  # type: ignore[misc,valid-type,unused-ignore]  # justext is untyped
    """What trafilatura's try_justext calls: `make_paragraphs` above unless the speed-ups are disabled."""

    @classmethod
    def make_paragraphs(cls, root: Any) -> list[Any]:
        """See the module function; plain justext under newsbot.speedups.disabled()."""
        if not switch.enabled:
            return list(ParagraphMaker.make_paragraphs(root))
        return make_paragraphs(root)


# trafilatura 2.3.1's BASIC_CLEAN_XPATH; "{}" stands for its cookie-banner regular expression (read from
# the installed XPath), tested case-insensitively on @class and on @id.
_BASIC_CLEAN_TEMPLATE = (
    ".//aside|.//div[contains(@class|@id, 'footer')]|.//fencedframe|.//footer|.//script|.//style|.//svg|.//template"
    "|.//*[re:test(@class, '{}', 'i') or re:test(@id, '{}', 'i')]"
)
# Smart strings: .getparent() is the element. Descendants only, as ".//*" in the XPath.
_CLASSES = XPath(".//*/@class")
_IDS = XPath(".//*/@id")


class _BasicClean:
    """BASIC_CLEAN_XPATH's nodes without its re:test callbacks: the regular expression runs on each
    distinct class and id value once, the rest of the XPath as it is, the union put in document order."""

    def __init__(self, original: Any, plain: Any, regex: re.Pattern[str]) -> None:
        self.original = original
        self.plain = plain
        self.regex = regex
        self.path = original.path

    def __call__(self, tree: Any, **kwargs: Any) -> Any:
        if kwargs or not switch.enabled or not isinstance(tree, _Element):
            return self.original(tree, **kwargs)
        search = self.regex.search
        matched = []
        for values in (_CLASSES(tree), _IDS(tree)):
            if values:
                passed = {value for value in set(values) if search(value)}
                if passed:
                    matched += [value.getparent() for value in values if value in passed]
        plain = self.plain(tree)
        if not matched:
            return plain
        return IN_DOCUMENT_ORDER(tree, matched=plain + matched)


def _basic_clean(expression: Any) -> _BasicClean | None:
    """The replacement for `expression` if it reads as trafilatura 2.3.1's BASIC_CLEAN_XPATH, else None."""
    path = getattr(expression, "path", None)
    if not isinstance(path, str):
        return None
    shape = re.fullmatch("([^']*)".join(map(re.escape, _BASIC_CLEAN_TEMPLATE.split("{}"))), path)
    if shape is None or shape.group(1) != shape.group(2):
        return None
    try:
        # As lxml's EXSLT re:test compiles it with the 'i' flag.
        regex = re.compile(shape.group(1), re.UNICODE | re.IGNORECASE)
    except re.error:
        return None
    if regex.search(""):  # an element without the attribute is tested on "": it would match too
        return None
    plain = XPath(_BASIC_CLEAN_TEMPLATE.split("|.//*[re:test(")[0])
    return _BasicClean(expression, plain, regex)


def _install_paragraphs() -> str | None:
    if justext_core is None:
        return "justext is not installed"
    import trafilatura.external as external

    switch.patch(external, "ParagraphMaker", FastParagraphMaker)
    return None


def _install_basic_clean() -> str | None:
    # The module: `import trafilatura.baseline as ...` gives the package's baseline() function.
    baseline = importlib.import_module("trafilatura.baseline")
    replacement = _basic_clean(baseline.BASIC_CLEAN_XPATH)
    if replacement is None:
        return "BASIC_CLEAN_XPATH does not read as the template"
    switch.patch(baseline, "BASIC_CLEAN_XPATH", replacement)
    return None


# What each speed-up mirrors or replaces, with the sha256 of its source (see newsbot.speedups.guard).
SPEEDUPS: tuple[Speedup, ...] = (
    Speedup(
        "justext-paragraphs",
        "justext's paragraphs from a walk of the elements instead of SAX events",
        {
            "trafilatura.external:try_justext": "6f0fa6cffc365def23443fc7f20dbba7ca157c3c4ed5823a5c905f8abc2a05d2",
            # replaced by FastParagraphMaker
            "trafilatura.external:ParagraphMaker": "b41fe77fbc5b6a64e0f6e1f62061d3dcadb9dfd3620a0dbda60ae3d2866844a1",
            "justext.core:PathInfo": "a0654d40b436e45da8a568e655984801d0fac638a285fc15472e6f07f6c6e93b",
            "justext.core:PARAGRAPH_TAGS": "028ef7f76317d60a6c1692989ebe4cc1b1c3d484dbe52b11635404c8206fc0ab",
            "justext.core:classify_paragraphs": "37149c0348a99b3c193a658a17caba961ea59b53bdfb7edd4050b30d9cab7b42",
            "justext.core:revise_paragraph_classification": "cdb816fa335044f0b678e90c2ae920e5e33197eba9b7d28b37802d1cd0591d63",
            "justext.core:_get_neighbour": "2b29d11400c9c65c3a958a8646a98f56a87e3cb0b26fa05db8e6fce0b7e7547c",
            "justext.paragraph:Paragraph": "638810ac2d88e31cf1533f5602577e48a8b97a308ce73db6190804d8c9de8c41",
            "justext.utils:normalize_whitespace": "9bffba6a89181d2c4ffe415b566339093ae5eedf3e9c919fbe397ba324238584",
            "justext.utils:_replace_whitespace": "f81a4958774975cd568c4fae45818034b08647073bbfd711053500dc23b5bc92",
            "justext.utils:is_blank": "4761029ea6494a6d01a2f82c3d91399d2d6cb90bb50e3d50ce70cea2a898938f",
            "justext.utils:MULTIPLE_WHITESPACE_PATTERN": "df99d5260165a2aa09871aabf1a124a9b9395972eaad16be84ba6b24773949f4",
            # the events saxify sends, which the walk makes the same decisions on
            "lxml.sax:_getNsTag": "6c538af9c684cf19f826c5ab73facbf5a61c93eac949eadbfc3dbb7f42b31976",
            "lxml.sax:ElementTreeProducer": "97b3f036073fdf4aab4a746bb29200912f843bb2f58d0d8501c2d11268b3fa9a",
        },
        _install_paragraphs,
    ),
    Speedup(
        "basic-clean",
        "BASIC_CLEAN_XPATH's nodes without its EXSLT regular-expression callbacks",
        {"trafilatura.baseline:BASIC_CLEAN_XPATH": "db6c25acd08aef99afbf1be38c751d8c7cf7132256d1a013d1d2e4e4fe86651f"},
        _install_basic_clean,
    ),
)
