"""Where a page names its writers, and which of its candidates to believe.

Sources, in the order of trust the devset supports: JSON-LD author, author meta tags, the visible
byline (rel/itemprop="author" markup, byline classes, a "By ..." text near the headline) and
trafilatura's author search (its XPaths, run here without its regex extension and tree copy, which cost
~12 ms a page). A visible candidate is never read inside a caption, teaser, related-stories,
comment or navigation container: those name the people of other stories and pictures.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator
from itertools import accumulate

from lxml import html as lxml_html
from lxml.etree import XPath

from ..lexicon.bodylines import RELEASE_ABOUT_HEADINGS, alternation_in_order
from ..lexicon.bylines import (
    AFTER_DATE_BY_PREFIXES,
    AUTHOR_BIO_CLASS_WORDS,
    BARE_NAME_CLASS_WORDS,
    BY_PREFIXES,
    BYLINE_CLASS_WORDS,
    BYLINE_TEXT_CONJUNCTIONS,
    DATE_CONNECTORS,
    DESK_BYLINES,
    DESK_TAIL_WORDS,
    EDITOR_BY_LABELS,
    ELSEWHERE_CLASS_PATTERNS,
    JOB_TITLES,
    META_READ_TIME_AFTER,
    NAME_PARTICLES,
    NAME_TIME_CONNECTORS,
    NAME_TIME_SUFFIXES,
    NEWS_AGENCIES,
    NOT_BYLINE_CLASS_WORDS,
    ORGANISATION_WORDS,
    POSTED_IN_CONNECTORS,
    POSTED_WORDS,
    PROFILE_PATH_WORDS,
    READ_TIME_LABELS,
    READ_TIME_WORDS,
    ROLE_LABELS,
    WIRE_AGENCY_NAMES,
    WITH_AGENCY_WORDS,
    WRITER_LABELS,
)
from ..lexicon.dates import MONTHS
from .authors import alternation, clean_authors, organization_byline, strip_role_words
from .junk import INITIALS_SIGN_OFF, PLACED_SIGNATURE
from .text import clean_line, folded_search, norm_key

# Class or id words of containers whose names are not this article's writers: teasers of other
# stories, related and recommended lists, picture captions and credits, reader comments, menus (the
# lexicon's ELSEWHERE_CLASS_PATTERNS).
_ELSEWHERE = re.compile("|".join(ELSEWHERE_CLASS_PATTERNS), re.I)
_ELSEWHERE_WORDS = re.compile(_ELSEWHERE.pattern)  # for lowered ASCII values (see text.folded_search)
# A sidebar holds other stories' teasers beside the page, but inside the article it is the story's own
# info box ("Autorin/Autor", the writer's card): excluded only outside <article> and <main>.
# A page wrapper "has-sidebar" or "sidebar-included" is no sidebar: the class token must end in it.
_SIDEBAR = re.compile(r"(?:^|\s)(?!(?:has|with|no)-)[\w-]*(?:sidebar|side-bar|aside)(?:$|\s)", re.I)
_ELSEWHERE_TAGS = {"figure", "figcaption", "nav", "blockquote"}
_BYLINE_CLASS = re.compile(alternation_in_order(BYLINE_CLASS_WORDS), re.I)
_BYLINE_WORDS = re.compile(_BYLINE_CLASS.pattern)
_NOT_BYLINE_CLASS = re.compile(alternation_in_order(NOT_BYLINE_CLASS_WORDS), re.I)
_NOT_BYLINE_WORDS = re.compile(_NOT_BYLINE_CLASS.pattern)
_BYLINE_TAGS = (
    "span",
    "div",
    "p",
    "a",
    "address",
    "strong",
    "small",
    "ul",
    "li",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "b",
    "em",
    "section",
    "aside",
    "footer",
    "header",
    "cite",
)
# The elements //*[@rel="author"] | //*[@itemprop="author"] selects, reached through the attributes: a
# predicate on every element costs libxml2 three times the attribute steps.
_AUTHOR_MARKUP = XPath('//*/@rel[.="author"]/.. | //*/@itemprop[.="author"]/..')
_BODY_TEXTS = XPath("//body//text()", smart_strings=False)
_BODY_NODES = XPath("//body//text()")
# A text node that is a byline: a byline prefix, then two to five capitalised words ("By Jane Doe",
# "Oleh Budi Santoso", "Ni Juan dela Cruz", "Eine Analyse von Anna Schmidt"); lower-case particles
# (dela, van, von, de) may stand between them. "Von Helsingborg nach Göteborg" has a lower-case word
# that is no particle, so it is prose, not a byline.
# A name's word starts with a capital in the Latin, Greek or Cyrillic script ("Jane", "Ελένη", "Олена").
_NAME = r"[A-ZÀ-ÖØ-ÞΆΈ-ΏΑ-ΩЀ-ЯҐ][\w'’.-]*"
_PARTICLE = f"(?:{alternation_in_order(NAME_PARTICLES)})"
_DESKS = frozenset(DESK_BYLINES)
# The prefix is followed by a space or a colon, or glued to the name in the "ByTravis Haney" way (the
# prefix ends in lower case, the name starts in upper case): "DIY Doorbell" is no "Di" + "Y Doorbell".
_TEXT_BYLINE = re.compile(
    rf"^(?:(?i:{alternation(BY_PREFIXES)})(?:\s*:|\s+|(?<=[a-zà-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]))"
    rf"|(?i:{alternation(WRITER_LABELS)})\s*:)"
    rf"\s*{_NAME}(?:\s+(?:{_PARTICLE}\s+)*{_NAME}){{1,4}}"
    rf"(?:\s*(?:,|{alternation_in_order(BYLINE_TEXT_CONJUNCTIONS)})\s*{_NAME}(?:\s+(?:{_PARTICLE}\s+)*{_NAME}){{1,4}})*\s*[,.;]?"
    # a date after a bar or comma: "By Jane Doe | 12/10/2020"
    rf"(?:\s*[|·•,–—-]\s*[^|]{{0,30}}\d[^|]{{0,30}}"
    # or the posting time of a blog's footer: "Posted by Jane Doe at 10:42 PM"
    rf"|\s+(?i:{alternation_in_order(NAME_TIME_CONNECTORS)})\s+\d{{1,2}}[:.]\d{{2}}\s*"
    rf"(?i:[ap]\.?m\.?|{alternation_in_order(NAME_TIME_SUFFIXES)})?"
    # or the connector of a section that is a link of its own: "Posted by Jane Doe in" + <a>News</a> (meta15)
    rf"|\s+(?:{alternation(POSTED_IN_CONNECTORS)})"
    # or an agency whose copy the writer used: "Par Jane Doe avec AFP" (meta15)
    rf"|\s+(?i:{alternation(WITH_AGENCY_WORDS)})\s+(?i:{alternation(NEWS_AGENCIES)})\.?"
    # or an editor's credit after a separator: "Written by Jane Doe | Edited by John Roe" (meta15)
    rf"|\s*[|·•,/–—]\s*(?i:{alternation(EDITOR_BY_LABELS)})\s+{_NAME}(?:\s+(?:{_PARTICLE}\s+)*{_NAME}){{0,4}})?\s*$"
)
# A byline prefix or a writer's label alone in its element ("By", "| By", "von", "Autor", "Text:"): the
# name follows in the next element.
_LONE_LABEL = re.compile(rf"^[|·•\s]*((?i:{alternation(BY_PREFIXES)})|(?i:{alternation(WRITER_LABELS)}))\s*:?\s*$")
_LONE_PREFIX = re.compile(rf"(?i:{alternation(BY_PREFIXES)})")
# A posting line that gives the date before the writer ("Posted July 2, 2024 by Jane Doe", "Published on
# 12.03.2021 von Anna Schmidt", the default of many blog themes): a posting word (optional), a date of a
# few words with a digit in it, then a byline prefix that means "by" (not "about", nor a word that is also
# a preposition of place, "di Jakarta"). The prefix and the name after it are read as a "By ..." line.
_AFTER_DATE_PREFIXES = AFTER_DATE_BY_PREFIXES
_POSTED_LEAD = re.compile(
    rf"^(?:(?i:{alternation(POSTED_WORDS)})\s+(?:(?i:{alternation_in_order(DATE_CONNECTORS)})\s+)?)?"
    rf"(?P<date>[^|\d]{{0,20}}\d[^|]{{0,30}}?)[,\s]\s*(?=(?i:{alternation(_AFTER_DATE_PREFIXES)})\s)"
)
# The chunks worth that test, found in one pass over the page's text: a prefix meaning "by" as a word (the
# full pattern above backtracks over the splits of the date; a Python test per chunk cost ~1 ms a page).
_AFTER_DATE_WORD = re.compile(rf"\s(?i:{alternation(_AFTER_DATE_PREFIXES)})\s+[A-ZÀ-ÖØ-Þ]")
#: A posting line's "by" stands within this many characters of its start (after a posting word and a date).
POSTED_BY_AT = 60
#: A posting line's date has at most this many words.
POSTED_DATE_WORDS = 6
# Text nodes searched before and after the headline for a "By ..." line.
_TEXT_WINDOW_BEFORE, _TEXT_WINDOW_AFTER = 15, 400


def _elsewhere_token(tokens: str) -> bool:
    """One class or id token names a teaser, share bar or comment box without naming a byline: a token that
    names both ("share-byline-timestamp", the byline's row beside the share buttons) is the byline's. (A
    comment's or review's writer, "comment-author", still sits in the comment's or review's container.)"""
    # A token that says the box has no such thing ("no-share", "has-comments" on a story's body box, as
    # with the sidebar test below) names the story's own box, not a teaser or a share bar.
    return any(
        folded_search(_ELSEWHERE, _ELSEWHERE_WORDS, token) and not folded_search(_BYLINE_CLASS, _BYLINE_WORDS, token)
        for token in tokens.split()
        if not _NEGATED_TOKEN.match(token)
    )


_NEGATED_TOKEN = re.compile(r"(?:no|has|with|without)-", re.I)


#: Dek headings that may stand between the headline and the block under it, and how many.
_UNDER_HEADLINE_GAP = 2
_DEK_TAGS = ("h2", "h3", "h4")


def _under_headline(node: lxml_html.HtmlElement) -> bool:
    """The block follows the page's <h1> among its siblings, with at most a dek or two between (an <h2>
    standfirst): the story's own header block."""
    previous = node.getprevious()
    for _ in range(_UNDER_HEADLINE_GAP + 1):
        while previous is not None and not isinstance(previous.tag, str):  # a comment between
            previous = previous.getprevious()
        if previous is None:
            return False
        if previous.tag == "h1":
            return True
        if previous.tag not in _DEK_TAGS:  # a paragraph between is the story's: the block comes after it
            return False
        previous = previous.getprevious()
    return False


def elsewhere(el: lxml_html.HtmlElement) -> bool:
    """The element sits in a teaser, related list, caption, comment, menu or share bar (or is one).

    A container that holds an <h1> is the page or the story itself whatever its class says ("node--promoted",
    "content-wrapper right-sidebar"): only containers without the headline count.
    """
    sidebar = False
    for node in (el, *el.iterancestors()):
        tag = node.tag
        if tag in _ELSEWHERE_TAGS:
            return True
        if tag in ("article", "main") and sidebar:
            sidebar = False  # the sidebar is the story's own info box
        if tag in ("body", "html"):
            break
        if tag == "aside" and not sidebar and node.find(".//h1") is None:
            sidebar = True
            continue
        klass, ident = node.get("class"), node.get("id")
        if klass is not None or ident is not None:
            tokens = f"{klass or ''} {ident or ''}"
            if folded_search(_ELSEWHERE, _ELSEWHERE_WORDS, tokens) and _elsewhere_token(tokens):
                # The block right under the page's headline is the story's own header, whatever its class
                # ("teaser-small__metadata" holding the byline below the h1).
                if node.find(".//h1") is None and not _under_headline(node):
                    return True
            elif not sidebar and _SIDEBAR.search(tokens) is not None and node.find(".//h1") is None:
                sidebar = True
    return sidebar


def _text(el: lxml_html.HtmlElement) -> str:
    """An element's text with its parts spaced ("Howard Blume<span>Staff Writer</span>" stays two words),
    list items joined as a list, and <time> and <figure> parts left out."""
    if el.tag in ("ul", "ol"):
        items = [_text(li) for li in el.iter("li")]
        return ", ".join(i for i in items if i)
    parts: list[str] = []
    # An explicit stack, not recursion: a hostile page may nest a byline thousands of levels deep.
    stack: list[tuple[lxml_html.HtmlElement, bool]] = [(el, True)]
    while stack:
        node, opening = stack.pop()
        if not opening:
            if node.tail and node is not el:
                parts.append(node.tail)
            continue
        if node is not el and (not isinstance(node.tag, str) or node.tag in _SKIPPED_TAGS):
            if node.tail:
                parts.append(node.tail)
            continue
        if node.text:
            parts.append(node.text)
        stack.append((node, False))
        stack.extend((child, True) for child in reversed(node))
    return clean_line(" ".join(parts))


_SKIPPED_TAGS = {"time", "figure", "script", "style", "img"}


def _markup_elements(tree: lxml_html.HtmlElement) -> list[tuple[lxml_html.HtmlElement, str]]:
    """rel/itemprop="author" elements outside teasers, captions and comments, with their texts."""
    found: list[tuple[lxml_html.HtmlElement, str]] = []
    for el in _AUTHOR_MARKUP(tree):
        if el.tag in ("meta", "link") or elsewhere(el):
            continue
        text = _text(el)
        if text and len(text) < 100:
            found.append((el, text))
    return found


# Pattern "the story's own box": a page that wraps its story in an <article> (or <main>) holding the headline
# may also list other stories, each with its byline, in lists and rails whose classes give nothing away
# ("latest-news" items before the story). When author markup or byline classes stand both inside the
# headline's box and outside it, the ones inside are the story's; the others belong to other stories or to
# the site. A page whose box holds none of them keeps them all (a byline printed above the <article>).
_STORY_BOX_TAGS = ("article", "main")


def story_box(tree: lxml_html.HtmlElement, headline: str | None) -> lxml_html.HtmlElement | None:
    """The nearest <article> or <main> around the <h1> whose text is the headline, or around the page's only
    <h1> that stands in one (the chosen headline may be the og:title's wording), else None."""
    wanted = norm_key(headline) if headline else ""
    boxed: list[lxml_html.HtmlElement] = []
    for h1 in tree.iter("h1"):
        box = next((node for node in h1.iterancestors(*_STORY_BOX_TAGS)), None)
        if len(wanted) >= 10 and norm_key(h1.text_content()) == wanted:
            return box
        if box is not None:
            boxed.append(box)
    return boxed[0] if len(boxed) == 1 else None


def _inside(el: lxml_html.HtmlElement, box: lxml_html.HtmlElement) -> bool:
    return any(node is box for node in el.iterancestors())


def in_story_box(
    elements: list[tuple[lxml_html.HtmlElement, str]], box: lxml_html.HtmlElement | None
) -> list[tuple[lxml_html.HtmlElement, str]]:
    """The elements inside the story's box when any is (see "the story's own box"), else all of them."""
    if box is None:
        return elements
    inside = [(el, text) for el, text in elements if _inside(el, box)]
    return inside or elements


def markup_bylines(
    tree: lxml_html.HtmlElement, elements: list[tuple[lxml_html.HtmlElement, str]] | None = None
) -> list[str]:
    """Texts of rel/itemprop="author" elements outside teasers, captions and comments, in page order."""
    found: list[str] = []
    for _, text in _markup_elements(tree) if elements is None else elements:
        if text not in found:
            found.append(text)
    if len(found) > 4:
        # A bottom-of-page author box repeats the names; beyond four the markup is a list of other
        # stories' bylines that no container class gave away: the article's own comes first.
        return found[:1]
    return found


def class_bylines(tree: lxml_html.HtmlElement, limit: int = 12, headline: str | None = None) -> Iterator[str]:
    """Texts of elements whose class or id names a byline, outside teasers and captions, in page order.

    An element whose text is the headline is the story's title block with a byline-like class, not its
    byline ("HTC and Verizon hooking up Nov. 13 in NYC" read as two names)."""
    title_key = norm_key(headline)[:40] if headline and len(headline) > 10 else None
    # The story's own bylines first, then the others in page order (see "the story's own box").
    box = story_box(tree, headline)
    outside: list[str] = []
    seen = 0
    for el in tree.iter(*_BYLINE_TAGS):
        klass, ident = el.get("class"), el.get("id")
        if klass is None and ident is None:
            continue
        cls = f"{klass or ''} {ident or ''}"
        if (
            not folded_search(_BYLINE_CLASS, _BYLINE_WORDS, cls)
            or folded_search(_NOT_BYLINE_CLASS, _NOT_BYLINE_WORDS, cls)
            or elsewhere(el)
        ):
            continue
        text = _text(el)
        if 2 < len(text) < 100 and not (title_key and norm_key(text).startswith(title_key)):
            if box is not None and not _inside(el, box):
                outside.append(text)
                continue
            yield text
            seen += 1
            if seen >= limit:
                return
    yield from outside[: limit - seen]


_CONJUNCTIONS = frozenset(BYLINE_TEXT_CONJUNCTIONS)


#: Co-writers a byline split over elements is followed to (see _co_writers).
_CO_WRITERS_MAX = 4


def _co_writers(text: str, after: list[str]) -> str:
    """`text` ("Von Roland Brockmann") with the co-writers that follow it in elements of their own.

    Pattern "names in links": each writer in a link of its own, joined by a comma or a conjunction in the
    text between them ("Von <a>A</a> und <a>B</a>", "<a>A</a>, <a>B</a>"): the whole line, as far as it
    still reads as a byline."""
    rest = [c for c in (c.strip() for c in after) if c]
    while rest and not rest[0].strip("|·•"):
        rest = rest[1:]  # a separator before the first name
    at, names = 1, 1
    while at + 1 < len(rest) and names < _CO_WRITERS_MAX:
        sep, name = rest[at], rest[at + 1]
        if sep == ",":
            longer = f"{text}, {name}"
        elif sep.casefold() in _CONJUNCTIONS:
            longer = f"{text} {sep} {name}"
        else:
            break
        if len(longer) > 100 or not _TEXT_BYLINE.match(longer):
            break
        text, at, names = longer, at + 2, names + 1
    return text


def _joined_byline(chunks: list[str], i: int) -> str | None:
    """A byline split over elements: a prefix or label alone in its element, the name in the next one
    ("<address>By <a>Jane Doe</a>", "<h4>Autor</h4><p>Jane Doe</p>", "<b>Text:</b> Jane Doe",
    "<span class="sr-only">| By </span><span>Jane Doe</span>"). The prefix with the next one or two texts,
    when they read as a byline."""
    label = _LONE_LABEL.match(chunks[i])
    if label is None:
        return None
    word = label.group(1)
    lead = f"{word}:" if _LONE_PREFIX.fullmatch(word) is None else word
    following = [c for c in chunks[i + 1 : i + 6] if c.strip(" |,")][:4]
    for n in (1, 2):
        text = f"{lead} {' '.join(following[:n])}"
        if len(following) >= n and 6 <= len(text) <= 100 and _TEXT_BYLINE.match(text):
            if n == 1:
                return _co_writers(text, chunks[i + 1 : i + 10])
            return text
    return None


# The start of the next labelled field of a byline block ("Penulis: A | Editor: B", "Rep: A/ Red: B").
_NEXT_FIELD = re.compile(rf"\s*[|/·•,;]?\s+(?=(?i:{alternation(list(ROLE_LABELS))})\s*:)")


_WRITER_FIELD = re.compile(rf"(?i:{alternation(WRITER_LABELS)})\s*:")


def _first_field_byline(text: str) -> bool:
    """A byline block on one line whose first field names the writer ("Penulis: A | Editor: B"); the
    fields after it are cut later (authors.writer_fields)."""
    if _WRITER_FIELD.match(text) is None:
        return False
    head = _NEXT_FIELD.split(text, maxsplit=1)[0]
    return head != text and _TEXT_BYLINE.match(head) is not None


def _dated_byline(text: str) -> str | None:
    """The "by ..." part of a posting line with its date first ("Posted July 2, 2024 by Jane Doe")."""
    lead = _POSTED_LEAD.match(text)
    if lead is None or len(lead.group("date").split()) > POSTED_DATE_WORDS:
        return None
    rest = text[lead.end() :]
    return rest if _TEXT_BYLINE.match(rest) else None


# Pattern "posted by X on <date>": the story line of blog and portal CMSs names the writer, then the date
# after "on" ("Posted by Dale Martin on Thursday, October 17, 2002 @ 09:14:33 PDT"); authors cuts the date.
# Tested apart from _TEXT_BYLINE, on the chunks holding " on " only (in it, the alternative cost every chunk).
_ON_DATE_TAIL = re.compile(r"\s+(?i:on)\s+[^|\d]{0,30}\d[^|]{0,40}$")


def _on_date_byline(text: str) -> bool:
    """A "By X on <date>" line (pattern "posted by X on <date>")."""
    tail = _ON_DATE_TAIL.search(text)
    return tail is not None and tail.start() >= 6 and _TEXT_BYLINE.match(text[: tail.start()]) is not None


_ABOUT = re.compile(rf"^(?i:{alternation(RELEASE_ABOUT_HEADINGS)})\s+\S")


def _about_organisation(text: str) -> bool:
    """An "About X" line whose X ends in an organisation's word (pattern "about the organisation")."""
    if _ABOUT.match(text) is None:
        return False
    last = text.rstrip(" .:").rsplit(" ", 1)[-1].rstrip(".").casefold()
    return last in ORGANISATION_WORDS


def text_bylines(tree: lxml_html.HtmlElement, headline: str | None) -> list[str]:
    """Short text lines of the form "By Jane Doe" near the headline, outside teasers and captions."""
    chunks = [c.strip() for c in _BODY_TEXTS(tree)]
    # Posting lines ("Posted July 2, 2024 by Jane Doe") are tested only in chunks holding a "by" word.
    page_text = "\x00".join(chunks)
    ends = list(accumulate(len(c) + 1 for c in chunks))
    posting = set()
    for m in _AFTER_DATE_WORD.finditer(page_text):
        at = bisect_right(ends, m.start())
        if m.start() - (ends[at - 1] if at else 0) <= POSTED_BY_AT:
            posting.add(at)
    found: dict[int, str] = {}
    for i, c in enumerate(chunks):
        if 6 <= len(c) <= 100 and (
            _TEXT_BYLINE.match(c) or (":" in c and _first_field_byline(c)) or (" on " in c and _on_date_byline(c))
        ):
            found[i] = c
        elif 1 < len(c) <= 24 and (joined := _joined_byline(chunks, i)):
            found[i] = joined
        elif i in posting and 12 <= len(c) <= 100 and (dated := _dated_byline(c)):
            found[i] = dated
    # Pattern "about the organisation": a press release's boilerplate heading ("About Harbor Valve
    # Technologies") reads like an author box's "About Jane Doe"; an organisation's name is no writer.
    hits = [i for i in found if not _about_organisation(found[i])]
    if not hits:
        return []
    if headline:
        # Near any place the headline stands: its first copy may be a breadcrumb or a hidden share text
        # far above the story, whose closing "Von Jane Doe" line is then out of reach of the first.
        key = norm_key(headline)[:40]
        first = key[:1]
        ats = [
            i
            for i, c in enumerate(chunks)
            if len(c) > 10 and (c[:1].casefold() == first or not c[:1].isascii()) and norm_key(c).startswith(key)
        ]
        if ats:
            hits = [i for i in hits if any(at - _TEXT_WINDOW_BEFORE <= i <= at + _TEXT_WINDOW_AFTER for at in ats)]
    if not hits:
        return []
    nodes = _BODY_NODES(tree)  # the same nodes as smart strings, to find each hit's element
    out = []
    for i in hits:
        parent = nodes[i].getparent() if i < len(nodes) else None
        # A lone label that is a link ("Autoren" in a menu) is navigation, not a byline.
        if parent is not None and not elsewhere(parent) and (found[i] == chunks[i] or parent.tag != "a"):
            out.append(found[i])
    return out[:1]


# A post's meta line right under the headline, in static-site and blog themes: the date, a reading time
# and the writer's name as items joined by separators ("February 27, 2024 · 6 min · Henrik Aalto",
# "Mar 3, 2020 | 5 min read | Jane Doe"), with no byline word, class or markup naming the writer.
_META_SEPARATOR = re.compile(r"\s*[·•|‧⋅∙]\s*|\s+[–—]\s+")
_META_READ_TIME = re.compile(
    rf"^(?:(?:{alternation(READ_TIME_LABELS)})\s*:?\s*)?\d{{1,3}}\s*(?:{alternation(READ_TIME_WORDS)})\.?"
    rf"(?:\s+(?:{alternation_in_order(META_READ_TIME_AFTER)}|{alternation(READ_TIME_LABELS)}))?$",
    re.I,
)
_META_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
#: The meta line is looked for in this many elements after the headline, before the story's first paragraph.
META_LINE_WINDOW = 30
#: A meta line is short: at most this many characters.
META_LINE_CHARS = 160


def meta_line_byline(tree: lxml_html.HtmlElement, headline: str | None, pairs: bool = False) -> list[str]:
    """The writer's name from the post's meta line under the headline, when its items are a date (a year
    in it), a reading time and one other item: that item, raw (the caller cleans it and asks that it reads
    as a person's name). Nothing when any item is left unexplained but one, or the line is not there.

    With `pairs`, the two-item form too ("Name · 3 Dez 2025", see below)."""
    for el in _story_header(tree, headline):
        if not isinstance(el.tag, str):
            continue
        text = clean_line(el.text_content())
        if not 10 <= len(text) <= META_LINE_CHARS:
            continue
        items = [i for i in _META_SEPARATOR.split(text) if i]
        if pairs and len(items) == 1 and (comma := _META_NAME_COMMA_DATE.match(text)):
            items = [comma.group(1), comma.group(2)]  # "Name, 8 de diciembre de 2025"
        if not (2 if pairs else 3) <= len(items) <= 4:
            continue
        dates = [i for i in items if _META_YEAR.search(i)]
        times = [i for i in items if _META_READ_TIME.match(i)]
        rest = [i for i in items if i not in dates and i not in times]
        if len(dates) == 1 and len(times) == 1 and len(rest) == 1 and not elsewhere(el):
            return rest
        # The two-item form "Name · date" / "Name | 12/03/2025 10:14" / "Name — 5 min read": the name
        # first, alone in its element's line with the date or the reading time (a photo credit sits in a
        # figure or a credit box, a comment's header below the story: elsewhere, or past the story header).
        # The date item opens with the day or the month ("3 Dez 2025", "Dec. 3, 2025"): a work's year in
        # brackets ("The Garden · Derek Jarman (1990)") or a section before the date ("In Local News, News
        # May 14, 2025") is no byline; neither is a list item (a list of works, of links).
        if (
            pairs
            and len(items) == 2
            and len(dates) + len(times) == 1
            and rest == items[:1]
            and (times or _date_item(items[1]))
            and el.tag != "li"
            and _META_NAME_ITEM.match(rest[0])
            and not _GLUED_WORDS.search(rest[0])
            and not elsewhere(el)
            and not _credit_box(el)
        ):
            return rest
    return []


# The name item of a two-item meta line: two to four capitalised words (particles between them).
_META_NAME_ITEM = re.compile(rf"^{_NAME}(?:\s+(?:{_PARTICLE}\s+)*{_NAME}){{1,3}}$")
# "Name, <date with a year>": a comma, then a date of at most 40 characters holding a digit.
_META_NAME_COMMA_DATE = re.compile(rf"^({_NAME}(?:\s+(?:{_PARTICLE}\s+)*{_NAME}){{1,3}}),\s+(\S.{{0,38}}\d.{{0,10}})$")
# Two words glued where the page broke a line ("CNN Indonesia Raya<br>Selasa, 02 Des": "RayaSelasa"); a name's
# inner capital comes after a short prefix ("McDonald", "MacAskill", "DeSantis").
_GLUED_WORDS = re.compile(r"[a-zà-öø-ÿ]{3}[A-ZÀ-ÖØ-Þ]")
# Class words of a picture's credit box ("foto-credito", "photo-credit", "image-source").
_CREDIT_BOX = re.compile(r"credit|credito|crédito|foto|photo|image|caption|legend|comment|koment|reply", re.I)


def _date_item(item: str) -> bool:
    """The item opens with a day's number or a month's name."""
    first = item.split()[0].rstrip(".,").casefold() if item.split() else ""
    return item[:1].isdigit() or first in MONTHS


def _credit_box(el: lxml_html.HtmlElement) -> bool:
    """The element or one of its three nearest ancestors has a picture-credit or comment class word."""
    node: lxml_html.HtmlElement | None = el
    for _ in range(4):
        if node is None:
            return False
        if _CREDIT_BOX.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
        node = node.getparent()
    return False


def _story_header(tree: lxml_html.HtmlElement, headline: str | None) -> Iterator[lxml_html.HtmlElement]:
    """The elements after the headline's <h1>, up to META_LINE_WINDOW of them, until the story has begun (a
    paragraph of 20+ words): the story header, where a meta line or a bare name stands above the story."""
    body = tree.find("body")
    if body is None:
        return
    key = norm_key(headline)[:40] if headline else ""
    h1s = list(body.iter("h1"))
    top = next((h for h in h1s if key and norm_key(h.text_content()).startswith(key)), h1s[0] if h1s else None)
    if top is None:
        return
    for n, el in enumerate(_after(top)):
        if n >= META_LINE_WINDOW or (el.tag == "p" and len(el.text_content().split()) >= 20):
            return
        yield el


def _after(el: lxml_html.HtmlElement) -> Iterator[lxml_html.HtmlElement]:
    """The elements after `el` in document order (its own descendants excluded)."""
    node: lxml_html.HtmlElement | None = el
    while node is not None:
        for sibling in node.itersiblings():
            yield sibling
            yield from sibling.iterdescendants()
        node = node.getparent()


# trafilatura's AUTHOR_XPATHS (trafilatura/xpaths.py) as tests of one element's attributes, made on the
# few elements whose attributes hold one of their words: its three XPaths use EXSLT re:test() (a Python
# call per element) and, even written with contains(), cost libxml2 ~10 ms on a large page.
_PEER_ANY = re.compile(
    r"uthor|byl|yline|BBL|username|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|"
    r"journalist-name|screenname|writer"
)
# The elements any of the tests below could select: class and id values searched in Python (one XPath
# with fourteen contains() per attribute costs three times more), the rarer attributes in XPath.
_PEER_VALUES = XPath("//*/@class | //*/@id")
_PEER_OTHERS = XPath(
    "//*/@rel[.='author']/.. | //*/@itemprop[contains(., 'author')]/.. | "
    "//*/@data-testid[starts-with(., 'Author')]/.. | //*/@data-component[contains(., 'Byline')]/.. | "
    "//author"
)


def _document_order(el: lxml_html.HtmlElement) -> list[int]:
    """A sort key that orders elements as they stand in the document (for a few elements only)."""
    key = []
    for node in (el, *el.iterancestors()):
        parent = node.getparent()
        key.append(parent.index(node) if parent is not None else 0)
    return key[::-1]


def _peer_elements(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    found = {value.getparent() for value in _PEER_VALUES(tree) if _PEER_ANY.search(value)}
    found.update(_PEER_OTHERS(tree))
    return sorted(found, key=_document_order)


_PEER_TAGS_1 = {"a", "address", "div", "link", "p", "span", "strong"}
_PEER_TAGS_2 = {"a", "div", "h3", "h4", "p", "span"}
_PEER_CLASS_1 = re.compile(r"author-?name|AuthorName|authorName")
_PEER_ID_2 = re.compile(r"author|zuozhe|bianji|xiaobian")
_PEER_CLASS_2 = re.compile(r"author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name")
_PEER_ID_3 = re.compile(r"[Aa]uthor")
_PEER_CLASS_3 = re.compile(r"[Aa]uthor|screenname|writer|[Bb]yline")


def _peer_rank(el: lxml_html.HtmlElement) -> int:
    """Which of trafilatura's three author XPaths selects the element first (0, 1, 2), or 3 for none."""
    tag = el.tag
    if tag == "author":
        return 0
    klass, ident = el.get("class") or "", el.get("id") or ""
    prop, component = el.get("itemprop") or "", el.get("data-component") or ""
    testid, rel = el.get("data-testid"), el.get("rel")
    if tag in _PEER_TAGS_1 and (
        rel == "author"
        or ident == "author"
        or klass == "author"
        or prop == "author name"
        or testid in ("AuthorCard", "AuthorURL")
        or _PEER_CLASS_1.search(klass)
    ):
        return 0
    if tag in _PEER_TAGS_2 and (
        klass in ("byline", "username", "byl", "BBL")
        or "author" in prop
        or _PEER_ID_2.search(ident)
        or _PEER_CLASS_2.search(klass)
    ):
        return 1
    if "Byline" in component or "author" in prop or _PEER_ID_3.search(ident) or _PEER_CLASS_3.search(klass):
        return 2
    return 3


# trafilatura's AUTHOR_DISCARD_XPATHS as a test of an element's ancestors.
_PEER_DISCARD = re.compile(
    r"^comments|comment-?list|ProductReviews|^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|"
    r"embedly-instagram|article-(?:share|support)|print|category|meta-date|meta-reviewer"
)


def _peer_discarded(el: lxml_html.HtmlElement) -> bool:
    for node in (el, *el.iterancestors()):
        if node.tag in ("time", "figure"):
            return True
        if node.tag in ("a", "div", "section", "span"):
            klass, ident = node.get("class") or "", node.get("id") or ""
            if (
                ident == "comments"
                or klass in ("comments", "title", "date")
                or "Figure" in (node.get("data-component") or "")
                or (klass and _PEER_DISCARD.search(klass))
                or (ident and _PEER_DISCARD.search(ident))
            ):
                return True
    return False


def peer_text(tree: lxml_html.HtmlElement) -> str | None:
    """The text of trafilatura's visible author element (its XPaths, first element with a usable text),
    outside teasers and captions; not yet cleaned."""
    ranked: list[list[lxml_html.HtmlElement]] = [[], [], []]
    for el in _peer_elements(tree):
        rank = _peer_rank(el)
        if rank < 3:
            ranked[rank].append(el)
    for elements in ranked:
        for el in elements:
            if _peer_discarded(el) or elsewhere(el):
                continue
            text = _text(el)
            if 2 < len(text) < 120:
                return text
    return None


def peer_author(tree: lxml_html.HtmlElement, site_name: str | None = None) -> list[str]:
    """trafilatura's visible author (see peer_text()), cleaned like our own candidates."""
    text = peer_text(tree)
    return clean_authors([text], site_name) if text else []


def _keys(names: list[str]) -> set[str]:
    return {norm_key(n) for n in names}


_PARTICLES = set(NAME_PARTICLES)


def _person_like(names: list[str]) -> bool:
    """Some name has the shape of a person's: two to four capitalised words, particles allowed (an agency
    credited beside people, "NDR", does not count against them)."""
    for name in names:
        words = name.split()
        if 2 <= len(words) <= 4 and all(w[0].isupper() or w in _PARTICLES for w in words):
            return True
    return False


def _same_block(elements: list[tuple[lxml_html.HtmlElement, str]], own: list[str], site_name: str | None) -> list[str]:
    """The names of the byline block that holds the metadata's writer: the markup elements sharing an
    ancestor (up to five levels up) with the first element naming one of `own` ("Ingrid Treborg" and
    "Marlene Lundberg Holm" side by side where JSON-LD names the second only)."""
    wanted = _keys(own)
    anchor = next((el for el, text in elements if _keys(clean_authors([text], site_name)) & wanted), None)
    if anchor is None:
        return []
    members = {el for el, _ in elements}
    for depth, container in enumerate(anchor.iterancestors()):
        if depth >= 5:
            break
        inside = [
            text
            for el, text in elements
            if el is not anchor and el in members and any(a is container for a in el.iterancestors())
        ]
        if inside:
            return clean_authors([t for el, t in elements if el is anchor or t in inside], site_name)
    return []


#: Most names a fuller list may hold (a longer run is a list of the site's authors or contributors).
FULLER_LIST_MAX = 4


def _fuller_list(own: list[str], lists: tuple[list[str], ...], bylines: Callable[[], list[str]]) -> list[str]:
    """A metadata list that names every one of `own` and more (pattern "first writer only" in
    choose_authors), when the byline the page prints names each added person too; else [].

    The printed byline must confirm the added names: a CMS puts its publisher ("Condé Nast") beside the
    writer in the author tag, or lists contributors the story does not credit. An added name must read as
    a person's, not a newsroom's. (A printed byline line naming more people than the metadata, taken by
    itself, was tried as well: it lost a held-out fundus/ page, where the truth follows the metadata.)"""
    wanted = _keys(own)

    def fuller(names: list[str]) -> bool:
        if not (len(own) < len(names) <= FULLER_LIST_MAX) or not wanted < _keys(names):
            return False
        return all(_person_like([n]) and not _desk_named([n]) for n in names if norm_key(n) not in wanted)

    candidates = [names for names in lists if fuller(names)]
    if not candidates:
        return []
    printed = [norm_key(t) for t in bylines()]
    for names in candidates:
        if all(any(norm_key(n) in t for t in printed) for n in names if norm_key(n) not in wanted):
            return names
    return []


def _organisation_like(names: list[str]) -> bool:
    """Every name has three words or more (with _person_like() false: a lower-case word or an abbreviation
    among them, "L-MAG – Das Magazin für Lesben", "Bund der Verbraucher e.V."): an organisation's name, not
    a person's handle ("mady") or a single name ("Nils"), which stay."""
    return all(len(n.split()) >= 3 for n in names)


def _agreed(ld: list[str], meta: list[str], visible: Callable[[], list[str]]) -> list[str]:
    """The metadata's writers: JSON-LD's, unless the meta tags name other people and the visible byline
    sides with the meta tags (a CMS default or a stale JSON-LD author beside the real byline)."""
    if not ld or not meta:
        return ld or meta
    ld_keys, meta_keys = _keys(ld), _keys(meta)
    if ld_keys & meta_keys:
        return ld
    seen = _keys(visible())
    return meta if seen & meta_keys and not seen & ld_keys else ld


def _first_org(seen: list[list[str]]) -> list[str]:
    for raw in seen:
        orgs = organization_byline(raw)
        if orgs:
            return orgs
    return []


def _names_outlet(name: str, outlet: tuple[str, ...]) -> bool:
    """The name is the outlet's: its publisher name, its host ("LTO" on lto.de), or the host's initials
    ("Deutsche Welle" on dw.com)."""
    key = norm_key(name)
    compact = re.sub(r"\W+", "", key)
    words = re.findall(r"\w+", key)
    initials = "".join(w[0] for w in words) if len(words) >= 2 else ""
    for value in outlet:
        other = norm_key(value)
        other_compact = re.sub(r"\W+", "", other)
        if key == other or (len(compact) >= 2 and compact in (other, other_compact)):
            return True
        # "Die Furche" on furche.at, "LN" on ln-online.de: an article before the name, a part of the host
        if len(other_compact) >= 4 and compact.endswith(other_compact) and len(compact) - len(other_compact) <= 3:
            return True
        if len(compact) >= 2 and compact in other.split("-"):
            return True
        if initials and initials == other:
            return True
        # the host spells the name without its accents ("Alföldi Napló" on alfoldinaplo.example)
        if len(other_compact) >= 4 and _slug(name).replace("-", "") == other_compact:
            return True
    return False


# Pattern "brand and descriptor": an outlet credits itself by its brand and one more word ("CNBCRAYA
# Indonesia", "ABSC Raya News" on abscraya.example): the brand is the host's name, written as one word in
# capitals (a logo's spelling) or as two or more words that run together into it. A person's name is
# neither ("Raya Putri" on raya.example: one word, not in capitals).
def _brand_and_descriptor(name: str, outlet: tuple[str, ...]) -> bool:
    """The name is the outlet's brand (see _names_outlet's host) followed by one descriptor word."""
    words = name.split()
    if len(words) < 2:
        return False
    brand_words, rest = words[:-1], words[-1]
    brand = re.sub(r"\W+", "", norm_key(" ".join(brand_words)))
    if not rest[:1].isupper():
        return False
    if len(brand_words) == 1 and brand_words[0].isupper() and 2 <= len(brand) <= 3:
        # Pattern "initials and descriptor": the outlet's name shortened to its initials, in capitals, and one
        # word ("BH Online" beside "Berita Harian"): the initials of a name of two to four words, or of that
        # name without its last word (a descriptor of its own: "News", "Online").
        return any(brand in _initials(value) for value in outlet)
    if len(brand) < 4:
        return False
    if len(brand_words) == 1 and not (brand_words[0].isupper() and len(brand_words[0]) >= 4):
        return False
    return any(brand == re.sub(r"\W+", "", norm_key(value)) for value in outlet)


def _initials(name: str) -> set[str]:
    """The initials of a name of two to four words, and of the name without its last word (see above)."""
    words = re.findall(r"\w+", norm_key(name))
    return {"".join(w[0] for w in part) for part in (words, words[:-1]) if 2 <= len(part) <= 4}


def _credits_outlet(name: str, outlet: tuple[str, ...]) -> bool:
    """The name credits the outlet: its own name (see _names_outlet) or its brand with one descriptor word
    after it (see "brand and descriptor": "Bombo Raya Iloilo", "BH Online")."""
    return _names_outlet(name, outlet) or _brand_and_descriptor(name, outlet)


# Pattern "network title word": a broadcast network brands its reporters with the first word of its name,
# printed before the person's name in the byline ("Bombo Jessa Ramirez" on Bombo Radyo's sites): the word is
# the first of the outlet's name of two or more words and the start of a longer host label ("bomboraya"),
# two or more capitalised words of a person follow it. The person is the writer.
def _network_brand_words(outlet: tuple[str, ...]) -> set[str]:
    """The first words of the outlet's names that also start a longer label of its host (see above)."""
    hosts = [value for value in outlet if " " not in value and value.islower()]
    words = set()
    for value in outlet:
        parts = value.split()
        if len(parts) >= 2 and len(first := norm_key(parts[0])) >= 3:
            if any(host.startswith(first) and len(host) > len(first) for host in hosts):
                words.add(first)
    return words


def without_network_title(names: list[str], outlet: tuple[str, ...]) -> list[str]:
    """The names without the network's title word before the person (see "network title word")."""
    brands = _network_brand_words(outlet) if outlet else set()
    if not brands:
        return names
    out = []
    for name in names:
        first, _, rest = name.partition(" ")
        if (
            norm_key(first) in brands
            and len(rest.split()) >= 2
            and _person_like([rest])
            and not _credits_outlet(name, outlet)
            and not any(norm_key(rest) in norm_key(value) for value in outlet)
        ):
            name = rest
        out.append(name)
    return out


def without_outlet_credit(names: list[str], outlet: tuple[str, ...]) -> list[str]:
    """The writers without the outlet credited beside them ("Aulia Savitri, CNBCRAYA Indonesia" -> the
    person): the outlet stays only when it is the whole credit (see choose_authors' fallback). A network's
    title word before a reporter's name goes too (see "network title word")."""
    names = without_network_title(names, outlet)
    if len(names) < 2 or not outlet:
        return names
    kept = [n for n in names if not _credits_outlet(n, outlet)]
    return kept if kept and _person_like(kept) else names


# Pattern "name and role": a byline-class element that starts with the name and then, after a comma, the
# writer's job ("Agus Setiawan, Jurnalis · Rabu 05 Maret 2025", "Jane Doe, Staff Writer"): the job word is
# the evidence a byline prefix gives elsewhere that the capitalised words before it are a person.
_NAME_AND_ROLE = re.compile(
    rf"^\s*{_NAME}(?:\s+(?:{_PARTICLE}\s+)*{_NAME}){{1,4}}\s*,\s*(?i:{alternation_in_order(JOB_TITLES)})(?!\w)"
)


def _visible_people(
    tree: lxml_html.HtmlElement,
    site_name: str | None,
    headline: str | None,
    markup: list[str],
) -> list[str]:
    """The people of the visible byline, where it reads as one: author markup, a byline-class element that
    starts with a byline prefix or label ("By Jane Doe", "Autor: Jane Doe"), a "By ..." line."""
    visible = clean_authors(markup, site_name) if markup else []
    if not _person_like(visible):
        for text in class_bylines(tree, headline=headline):
            people = clean_authors([text], site_name)
            if (_TEXT_BYLINE.match(text) or _NAME_AND_ROLE.match(text)) and _person_like(people):
                return people
    if not _person_like(visible):
        visible = clean_authors(text_bylines(tree, headline), site_name)
    return visible


# Pattern "profile link": the byline names the writer in a link to the writer's page on the site, whose last
# path segment is the name itself ("<a href="/authors/wanjiru-kamau">Wanjiru Kamau</a>", "/yazarlar/
# zeynep-arslan", "/profil/ingrid-haugland"). The slug repeating the text is evidence a class name is not:
# it separates the name from what the byline block prints beside it in other elements (the outlet "Coast
# Daily", a place "İzmir", a role "Journalist", a photographer without a page).
_PROFILE_HREF = re.compile(rf"/(?:{alternation(PROFILE_PATH_WORDS)})/([^/?#]+)/?(?:[?#]|$)", re.I)
_SLUG_FOLD = str.maketrans({"æ": "ae", "ø": "o", "ß": "ss", "ı": "i", "đ": "d", "ł": "l", "œ": "oe"})
#: Most profile links one byline block holds (a longer run is a list of the site's authors).
PROFILE_NAMES_MAX = 6


def _slug(text: str) -> str:
    """The URL slug a CMS makes of a name: lower case, accents dropped, words joined by hyphens."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_SLUG_FOLD))
    ascii_only = "".join(c for c in folded if not unicodedata.combining(c))
    return "-".join(re.findall(r"[a-z0-9]+", ascii_only))


def _profile_link(el: lxml_html.HtmlElement) -> str | None:
    """The link's text when the link points to the page of the writer it names (see "profile link")."""
    href = el.get("href")
    if not href or (m := _PROFILE_HREF.search(href)) is None:
        return None
    name = clean_line(el.text_content())
    words = name.split()
    if not 2 <= len(words) <= 5 or _slug(name) != re.sub(r"(?:-\d+)?(?:\.html?)?$", "", m.group(1).lower()):
        return None
    return None if elsewhere(el) else name


def profile_names(tree: lxml_html.HtmlElement) -> list[str]:
    """The writers the first byline block names in profile links: the first such link and the others within
    three levels of it, in page order."""
    # Each link is read once: the block search below asks about the same links up to four times.
    linked = {el: name for el in tree.iter("a") if (name := _profile_link(el)) is not None}
    if not linked:
        return []
    first = next(iter(linked))  # in page order
    block = first
    for ancestor in list(first.iterancestors())[:3]:
        block = ancestor
        if any(a is not first and a in linked for a in ancestor.iter("a")):
            break
    names: list[str] = []
    for a in block.iter("a"):
        name = linked.get(a)
        if name and name not in names:
            names.append(name)
    return names if len(names) <= PROFILE_NAMES_MAX else []


def _refined_by_profiles(visible: list[str], profiles: list[str]) -> list[str] | None:
    """The profile links' names where they are the visible byline's people without what the block printed
    next to them ("Zeynep Arslan İzmir" -> "Zeynep Arslan"), or more of them (a second writer after the
    first's role word); None when they tell something else."""
    if not profiles or not visible:
        return None
    keys = [norm_key(p) for p in profiles]
    for name in visible:
        key = norm_key(name)
        if not any(key == k or key.startswith(k + " ") for k in keys):
            return None
    return profiles if profiles != visible else None


# Pattern "closing signature": the writer's name set right-aligned as the story's last paragraph, alone
# ("<p style="text-align:right"><strong>Võ Hải</strong></p>"), as Vietnamese and other Asian outlets sign
# their stories instead of printing a byline under the headline.
_STYLED_PARAGRAPHS = XPath("//p[@style or @align]")


# Pattern "dash signature": the writer's name after a dash as the story's last paragraph ("— Helen Marsh"),
# as community weeklies and some Spanish and Latin American outlets sign their stories at the end.
_DASH_SIGNED = XPath("//p[starts-with(normalize-space(), '—') or starts-with(normalize-space(), '–')]")
_DASH = re.compile(r"^\s*[—–]\s*")


# Pattern "signed with a role or the desk's initials": the story's last paragraphs hold the writer's
# signature in a form that says it is one, the place and a correspondent's role in brackets ("Richard
# Schittly (Lyon, correspondant)") or the desk's initials and the outlet after the name ("—Jamie Santos/VBL,
# GMA News"; the same patterns take the line out of the text, see newsbot.extraction.junk). The paragraph
# closes a block of story (two long paragraphs before it, at most two short lines after it: a "follow us"
# line, a note).
_SIGNATURE_PARAGRAPHS = XPath("//p[contains(., ')') or contains(., '/')]")
#: At most this many paragraphs follow a signature in its block.
SIGNATURE_AFTER = 2


# Pattern "labelled closing signature": the writer named with a writer's label and a colon as the story's
# closing line ("Oleh: Andi Saputra", "Penulis: X", "Reporter: X"), as small Indonesian and Malaysian
# outlets sign their stories while their CMS credits a placeholder user ("by admin", author meta "admin").
# Read only when no visible byline names a person; the paragraph closes a block of story as above.
_LABELLED_PARAGRAPHS = XPath("//p[contains(., ':')]")
_LABELLED_SIGNATURE = re.compile(
    rf"^(?i:{alternation(BY_PREFIXES)}|{alternation(WRITER_LABELS)})\s*:\s*"
    rf"(?P<name>{_NAME}(?:\s+(?:{_PARTICLE}\s+)*{_NAME}){{1,4}})\s*$"
)


def _closes_story(p: lxml_html.HtmlElement, name: str) -> bool:
    """The paragraph closes a story (SIGNATURE_AFTER short lines at most after it, two paragraphs of prose
    before it) and signs it with a person's name."""
    after = [q for q in p.itersiblings("p") if clean_line(q.text_content())]
    before = [q for q in p.itersiblings("p", preceding=True) if len(q.text_content().split()) >= 12]
    return len(after) <= SIGNATURE_AFTER and len(before) >= 2 and _person_like([name])


def labelled_signature(tree: lxml_html.HtmlElement) -> list[str]:
    """The writer a closing "Label: Name" line names (pattern "labelled closing signature"), else []."""
    for p in _LABELLED_PARAGRAPHS(tree):
        text = clean_line(p.text_content())
        found = _LABELLED_SIGNATURE.match(text) if len(text) <= 80 else None
        if found is None or elsewhere(p):
            continue
        if _closes_story(p, name := found.group("name")):
            return [name]
    return []


def marked_signature(tree: lxml_html.HtmlElement) -> list[str]:
    """The writer a signature with a role or the desk's initials names (see above), else []."""
    for p in _SIGNATURE_PARAGRAPHS(tree):
        text = clean_line(p.text_content())
        found = PLACED_SIGNATURE.match(text) or INITIALS_SIGN_OFF.match(text)
        if found is None or elsewhere(p):
            continue
        if _closes_story(p, name := found.group("name")):
            return [name]
    return []


def closing_signature(tree: lxml_html.HtmlElement) -> list[str]:
    """The name a right-aligned or dash-led last paragraph of a text block signs the story with, else []."""
    if marked := marked_signature(tree):
        return marked
    for p in [*_STYLED_PARAGRAPHS(tree), *_DASH_SIGNED(tree)]:
        style = (p.get("style") or "").replace(" ", "").lower()
        dashed = bool(_DASH.match(p.text_content()))
        if not dashed and "text-align:right" not in style and (p.get("align") or "").lower() != "right":
            continue
        name = clean_line(_DASH.sub("", p.text_content()))
        if not 2 <= len(name.split()) <= 4 or not _person_like([name]) or elsewhere(p):
            continue
        # the last paragraph with text of its block, after paragraphs of story
        after = [q for q in p.itersiblings("p") if clean_line(q.text_content())]
        before = [q for q in p.itersiblings("p", preceding=True) if len(q.text_content().split()) >= 12]
        if not after and len(before) >= 2:
            return [name]
    return []


# Pattern "opening signature": the writers' names set in bold as a paragraph of their own at the top of the
# story ("<p><strong>Mathatisi Sebusi/Mohalenyane Phakela</strong></p>" before the first paragraph), as
# outlets sign their stories where the metadata credits only the outlet.
_PARAGRAPHS_AFTER_HEADLINE = XPath("//h1[1]/following::p[normalize-space()][position() <= 4]")
#: Most names an opening signature holds.
OPENING_SIGNATURE_NAMES = 3


def opening_signature(tree: lxml_html.HtmlElement, site_name: str | None) -> list[str]:
    """The people a bold paragraph among the first ones after the headline names, when it is followed by a
    paragraph of story; else []."""
    paragraphs = _PARAGRAPHS_AFTER_HEADLINE(tree)
    for i, p in enumerate(paragraphs[:-1]):
        bold = [child for child in p if child.tag in ("strong", "b")]
        text = clean_line(p.text_content())
        if len(bold) != 1 or (p.text or "").strip() or clean_line(bold[0].text_content()) != text:
            continue
        # A bold line ending in a colon leads into what follows ("Im Einzelnen:", "Key points:"): a heading.
        if len(text.split()) > 4 * OPENING_SIGNATURE_NAMES or text.endswith((":", "：")) or elsewhere(p):
            continue
        names = clean_authors([text], site_name)
        if 0 < len(names) <= OPENING_SIGNATURE_NAMES and all(_person_like([n]) for n in names):
            if len(paragraphs[i + 1].text_content().split()) >= 12:
                return names
    return []


# Pattern "bare name in the story header": a news template prints the writer's name alone, with no byline
# word, in an element whose class names it ("<div class="signature"><span class="signature__name">Kate
# McGregor</span></div>" under the headline), while its metadata credits only the outlet. The element stands
# in the story's header, after the headline and before the story's first paragraph (a list of other stories
# prints such elements by the dozen, an author box closes the story); its whole text is one person's name
# (two to four capitalised words, not the outlet's name); it is outside teasers, captions and comments. Read
# only when the metadata credits the outlet or nobody: elsewhere a class like "signature" also holds a forum
# user's tagline.
_BARE_NAME_CLASS = re.compile(alternation_in_order(BARE_NAME_CLASS_WORDS), re.I)


def bare_name_byline(tree: lxml_html.HtmlElement, headline: str | None, site_name: str | None = None) -> list[str]:
    """The person a "signature" element of the story header names by its whole text (see "bare name in the
    story header"), else []."""
    site = norm_key(site_name) if site_name else ""
    for el in _story_header(tree, headline):
        if not isinstance(el.tag, str) or el.tag not in _BARE_NAME_TAGS:
            continue
        tokens = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not tokens.strip() or _BARE_NAME_CLASS.search(tokens) is None or _NOT_BYLINE_CLASS.search(tokens):
            continue
        text = _text(el)
        if not 2 <= len(text.split()) <= 4 or (site and site in norm_key(text)):
            continue
        if clean_authors([text]) == [text] and _person_like([text]) and not elsewhere(el):
            return [text]
    return []


_BARE_NAME_TAGS = frozenset({"span", "div", "p", "a", "strong", "address"})


# Pattern "name over role": the story header's byline block prints the writer's name alone in one element and
# the newsroom role in the next ("<span>Ben Schofield</span><span>Political reporter, BBC East</span>",
# "<div>Lucía Benjumea</div><div>Redactora, Diario del Sur</div>"), with no byline word and often no byline
# class, while the metadata credits the outlet. The role line (a newsroom job, at most two words before it:
# "Political reporter", "Senior correspondent") is the evidence that the name before it is the writer's.
_ROLE_LINE = re.compile(rf"^(?:[\w'’-]+\s+){{0,2}}(?i:{alternation_in_order(JOB_TITLES)})(?!\w)")


def name_over_role(tree: lxml_html.HtmlElement, headline: str | None, site_name: str | None = None) -> list[str]:
    """The person the story header's byline block names over a newsroom role (see "name over role"), else []."""
    site = norm_key(site_name) if site_name else ""
    for el in _story_header(tree, headline):
        if not isinstance(el.tag, str) or el.tag not in _BARE_NAME_TAGS or len(el):
            continue
        role = el.getnext()
        if role is None or not isinstance(role.tag, str) or len(role) or (el.tail or "").strip():
            continue
        text = _text(el)
        if not 2 <= len(text.split()) <= 4 or (site and site in norm_key(text)):
            continue
        if _ROLE_LINE.match(_text(role)) and clean_authors([text]) == [text] and _person_like([text]):
            if not elsewhere(el):
                return [text]
    return []


def _desk_named(names: list[str]) -> bool:
    """Every name is a newsroom credited under the outlet's name ("Redakce Deník Jih", "Redaktion
    Stadtblatt"), after it ("Harbor Weekly Staff", "Greenwire Newsroom": a CMS's default author) or alone
    ("Redacción"): the desk, which a person the visible byline names beats."""
    return all(
        norm_key(n) in _DESKS
        or (len(n.split()) >= 2 and (norm_key(n.split()[0]) in _DESKS or norm_key(n.split()[-1]) in _DESK_TAILS))
        for n in names
    )


_DESK_TAILS = frozenset(DESK_TAIL_WORDS)


_AGENCY_NAMES = frozenset(WIRE_AGENCY_NAMES) | frozenset(NEWS_AGENCIES)


def _agency_named(names: list[str]) -> bool:
    """Every name is a wire agency ("Associated Press", "AFP"): a regional site's author meta for the wire
    story it republishes (pattern "wire credit as author"), which the writer the visible byline names beats."""
    return all(norm_key(n).removeprefix("the ") in _AGENCY_NAMES for n in names)


# Pattern "first name in the byline, full name in the bio": blog themes print the writer's display name, a
# first name ("Nils", "Stefanus"), in the byline and the metadata, and open the author box's biography with
# the full name ("Nils Pickert ist freier Autor und Journalist", "Stefanus Stahl - Maschinenbauer"): the
# full name, one or two capitalised words after the first name, before the bio's sentence goes on in lower
# case or after a dash or comma.
_BIO_CLASS = re.compile(alternation_in_order(AUTHOR_BIO_CLASS_WORDS), re.I)
_BIO_SURNAME = rf"(?:\s+(?:{_PARTICLE}\s+)*[A-ZÀ-ÖØ-Þ][\w'’-]+){{1,2}}(?=\s*[,(–—-]|\s+[a-zà-öø-ÿ])"


def full_name_from_bio(names: list[str], tree: lxml_html.HtmlElement) -> list[str]:
    """`names` with a lone first name replaced by the full name the author box's biography opens with."""
    if len(names) != 1 or not names[0].isalpha() or not names[0][:1].isupper():
        return names
    opening = re.compile(rf"^{re.escape(names[0])}{_BIO_SURNAME}")
    for el in tree.iter("div", "p", "span", "section"):
        klass = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not klass.strip() or _BIO_CLASS.search(klass) is None:
            continue
        # The element's own first text: a name in an element of its own, glued to the bio that follows
        # ("Floyd" + "Das Internet behauptet ...", "Tine" + "Hi, ich bin Tine"), is no full name.
        found = opening.match(clean_line(el.text or ""))
        if found and _person_like([found.group(0)]) and not elsewhere(el):
            return [found.group(0)]
    return names


def choose_authors(
    ld_raw: Callable[[], list[str]],
    meta_raw: Callable[[], list[str]],
    tree: lxml_html.HtmlElement,
    site_name: str | None,
    headline: str | None,
    ld_orgs: Callable[[], list[str]] | None = None,
    outlet: tuple[str, ...] = (),
    weak_raw: Callable[[], list[str]] | None = None,
) -> list[str]:
    """The article's writers from every source, chosen by evidence (see the module docstring).

    - JSON-LD, then meta tags, when they name people; a visible byline that names the same people and
      more (metadata often lists the first writer only) gives the fuller list.
    - Else the visible byline: markup, then byline classes, then a "By ..." line near the headline,
      each cleaned of role words. trafilatura's candidate is asked only here: when it agrees with
      ours or ours is missing, it wins; a person's name beats the outlet's.
    - Else the organisation credited (JSON-LD Organization, "By Reuters", the outlet itself).

    `outlet` holds the names the page gives its outlet (host, publisher): metadata naming only the outlet
    ("Deutsche Welle" on dw.com) is the publisher, and a person in the visible byline beats it.
    `weak_raw` gives the author meta tags a CMS or tool may fill ("creator", "dc:creator"): asked after
    the visible byline, like trafilatura's candidate.
    """
    seen: list[list[str]] = []
    orgs = ld_orgs() if ld_orgs else []
    if orgs:
        seen.append(orgs)  # an Organization credited as author: the fallback when no person is named
    ld_people: list[str] = []
    meta_people: list[str] = []
    for source in (ld_raw, meta_raw):
        raw = source()
        if not raw:
            continue
        people = clean_authors(raw, site_name)
        if not people:
            seen.append(raw)
        elif source is ld_raw:
            ld_people = people
        else:
            meta_people = people
    elements = in_story_box(_markup_elements(tree), story_box(tree, headline))
    markup = markup_bylines(tree, elements)
    own = _agreed(ld_people, meta_people, lambda: _visible_people(tree, site_name, headline, markup))
    # The outlet's brand with an edition, a city or a word like "Online" after it ("Bombo Raya Iloilo", "BH
    # Online") credits the outlet as much as its bare name does (pattern "brand and descriptor").
    names_outlet = bool(outlet) and all(_credits_outlet(name, outlet) for name in own)
    if own and (
        names_outlet or (_organisation_like(own) and not _person_like(own)) or _desk_named(own) or _agency_named(own)
    ):
        # The metadata credits the outlet itself, an organisation ("L-MAG – Das Magazin für Lesben") or its
        # newsroom ("Redakce Deník Jih"): the visible byline's person, when there is one, else the person of
        # a profile link (see "profile link").
        people = _visible_people(tree, site_name, headline, markup)
        if not (people and _person_like(people)):
            people = profile_names(tree)
        if not (people and _person_like(people)):
            people = bare_name_byline(tree, headline, site_name)
        if not (people and _person_like(people)):
            people = name_over_role(tree, headline, site_name)
        if not (people and _person_like(people)):
            people = opening_signature(tree, site_name)
        if not (people and _person_like(people)):
            people = closing_signature(tree)
        return people if people and _person_like(people) else own
    if own:
        # A visible byline block that names the same people and more (metadata often lists the first
        # writer only) gives the fuller list. (A byline-class element naming more people was tried as
        # well: on fundus/ it took names the metadata rightly leaves out.)
        if 1 < len(elements) <= 12:
            block = _same_block(elements, own, site_name)
            if len(block) > len(own) and _keys(own) < _keys(block) and len(block) <= 6 and _person_like(block):
                return block
        if len(own) == 1:
            # Pattern "first writer only": JSON-LD names the first writer ("A"), the author meta tag the same
            # writer and the co-writers ("A, B"), or the other way round; see _fuller_list.
            fuller = _fuller_list(own, (meta_people, ld_people), lambda: list(class_bylines(tree, 4, headline)))
            if fuller:
                return fuller
        return own
    visible_raw: list[str] = []
    visible: list[str] = []
    posting_line = False  # the first byline-class line is a post's whole line naming a user (see below)
    if markup:
        visible_raw = markup
        visible = clean_authors(markup, site_name)
    if not _person_like(visible):
        # The first byline-class element naming anyone, or naming a person when the markup named none
        # ("ThemeGrill" in a footer link marked rel=author); a single lower-case word (a section or brand
        # label: "capital von Jemima Kelly" split over elements) only when no later one names a person.
        from_markup = bool(visible)
        for text in class_bylines(tree, headline=headline):
            people = clean_authors([text], site_name)
            if not visible_raw:
                visible_raw = [text]
            if not people:
                if not visible and (organization_byline([text]) or _desk_byline([[text]])):
                    break  # the first byline names the outlet or its newsroom: later ones are other stories'
                continue
            if _person_like(people):
                visible_raw, visible = [text], people
                break
            if from_markup:
                continue
            if len(people) == 1 and " " not in people[0] and people[0].islower():
                if _META_YEAR.search(text):
                    # A whole posting line with its own date ("by tomgrower » Sun Jul 12, 2009"): the
                    # story's byline naming a user, no label split from a name. The byline lines after it
                    # are other posts' (a forum thread's replies), not the story's.
                    visible_raw, posting_line = [text], True
                    break
                if not visible:
                    visible_raw, visible = [text], people
                continue
            visible_raw, visible = [text], people
            break
    if not visible and not posting_line:
        texts = text_bylines(tree, headline)
        if texts:
            visible_raw, visible = texts, clean_authors(texts, site_name)
    if not visible and (over_role := name_over_role(tree, headline, site_name)):
        visible_raw, visible = over_role, over_role  # the byline block's name over its role line
    if not visible:
        # The post's meta line under the headline ("February 27, 2024 · 6 min · Henrik Aalto"): its one item
        # that is neither the date nor the reading time, when it reads as a person's name.
        line = meta_line_byline(tree, headline)
        people = clean_authors(line, site_name) if line else []
        if _person_like(people) and len(people) == 1:
            visible_raw, visible = line, people
    # The weaker author meta tags, then trafilatura's candidate, when ours names nobody or no person:
    # taken when they name a person.
    weak_credit: list[str] = []
    if not visible or not _person_like(visible):
        weak_credit = weak_raw() if weak_raw else []
        weak = clean_authors(weak_credit, site_name) if weak_credit else []
        if _person_like(weak) and not all(_names_outlet(name, outlet) for name in weak):
            return weak
    peer_raw = peer_text(tree) if not visible or not _person_like(visible) else None
    peer = clean_authors([peer_raw], site_name) if peer_raw else []
    if peer and _person_like(peer):
        return peer
    if visible and not _person_like(visible) and (orgs := _first_org(seen)):
        return orgs  # the outlet the metadata credits, rather than a visible label that names no person
    if visible and not markup and (refined := _refined_by_profiles(visible, profile_names(tree))):
        return refined
    if visible:
        return visible
    if visible_raw:
        seen.append(visible_raw)
    if peer_raw:
        # trafilatura's byline element is evidence like ours: the newsroom it credits is a last resort too.
        seen.append([peer_raw])
    if not visible_raw and not peer_raw and (signed := closing_signature(tree)):
        return signed
    if marked := marked_signature(tree):
        # A byline element named nobody ("Published April 14"): a signature that says it is one names the writer.
        return marked
    if labelled := labelled_signature(tree):
        return labelled  # the closing "Oleh: Name" under a placeholder credit ("by admin")
    # The two-item meta line under the headline ("Name · 3 Dez 2025", "Name | 12/03/2025 10:14"), when it
    # reads as one person's name: late, as every other source of the writer goes first.
    line = meta_line_byline(tree, headline, pairs=True)
    paired = clean_authors(line, site_name) if line else []
    if _person_like(paired) and len(paired) == 1:
        return paired
    if weak_credit:
        # A weaker author tag that names the outlet ("Jane Doe" on janedoe.example, a blog named after its
        # writer): the outlet's credit, a last resort like a JSON-LD Organization.
        seen.append(weak_credit)
    if opening := opening_signature(tree, site_name):
        return opening  # the people the story is signed with, rather than the outlet or a desk
    if bare := bare_name_byline(tree, headline, site_name):
        return bare  # the writer the story header names bare (see "bare name in the story header")
    return _first_org(seen) or _desk_byline(seen) or peer


def _desk_byline(seen: list[list[str]]) -> list[str]:
    """The newsroom credited as a whole ("Redaktion", "von Redaktion"), when no source names anyone else:
    it is the byline a reader sees, and the last resort only (next to a person it names nobody)."""
    for raw in seen:
        for text in raw:
            name = strip_role_words(clean_line(text))
            if norm_key(name) in _DESKS:
                return [name]
    return []
