"""Article body: trafilatura on the shared tree, then text-level cleanup measured on real pages.

What was measured on ../shared/devset (see benchmarks/README.md) and decided here:
- trafilatura's default mode without comments beats favor_precision / favor_recall / fast overall;
- pruning "chrome" containers by class name before trafilatura *lowers* F1 (it removes article
  wrappers named 'content-with-sidebar', 'share-wrap' ...), so the DOM is only pruned by the outlet's
  own drop_selectors;
- what helps: dropping the headline repeated as the first lines, the junk table, lines that are
  nothing but a link's text (related headlines), image-credit / dateline / byline lines, and putting
  back the standfirst (the page's description shown as a visible block) that trafilatura skips.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable

import trafilatura
from lxml import html as lxml_html
from lxml.etree import ParserError, XPath, XPathError
from trafilatura.settings import Document
from trafilatura.xpaths import BODY_XPATH

from ..lexicon.bodylines import (
    BYLINE_NAME_CONJUNCTIONS,
    BYLINE_NAME_LABELS,
    BYLINE_NAME_PREFIXES,
    CAPTION_CLASS_WORDS,
    COMMENT_CLASS_WORDS,
    CREDIT_LABELS,
    DATELINE_COLON_LABELS,
    DATELINE_LABEL_LINKS,
    DATELINE_LABEL_LINKS_BEFORE_DIGIT,
    DATELINE_LABELS,
    DATELINE_LABELS_BEFORE_DIGIT,
    DATELINE_TIME_SUFFIXES,
    PICTURE_AGENCIES_AFTER_SLASH,
    PICTURE_CREDIT_TAILS,
    RELEASE_HEADER_WORDS,
    alternation_in_order,
    first_letter_either_case,
)
from ..lexicon.bylines import AMBIGUOUS_BY_PREFIXES
from ..lexicon.dates import DATE_TIME_LINKS
from ..lexicon.junklines import MAIL_LABELS, POST_NAV_LABELS, READ_TEASER_LABELS
from .junk import DEFAULT_TABLE, JunkTable, remove_junk, without_code_tail
from .layout import reflow_layout_table
from .text import clean_line, element_text, norm_key
from .trees import donate, own_boxes

# Short lines that credit a picture or a source rather than tell the story.
# A dash may open one ("— Foto: Reprodução/TV", a video's credit under the player). A caption may end with
# its agency after a bar, the photographer after the agency ("Ein Zug in Altona | picture alliance / Name").
_CREDIT = re.compile(
    rf"^(?:[-–—]\s*)?(?:{alternation_in_order(CREDIT_LABELS)})"
    r"\s*:\s*\S.{0,80}$"
    rf"|^.{{0,80}}(?:{alternation_in_order(PICTURE_CREDIT_TAILS)}"
    rf"|/ ?(?:{alternation_in_order(PICTURE_AGENCIES_AFTER_SLASH)}))$"
    rf"|^.{{0,120}}\s\|\s(?:{alternation_in_order(PICTURE_AGENCIES_AFTER_SLASH)})(?:\s*/\s*[^/|]{{1,40}})?$",
    re.I,
)
# A template placeholder left in the text ("$$ARTICLEAD$$": where the CMS injects an advert).
_PLACEHOLDER = re.compile(r"^(?:\$\$|\{\{|%%)[\w-]{2,40}(?:\$\$|\}\}|%%)$")
# The picture link an embedded tweet's text ends with. The tweet's words are quoted story text and its
# attribution line ("— Name (@handle) July 18, 2026") says who is quoted, so both stay in the body.
_TWEET_PIC = re.compile(r"\s*(?:https?://)?pic\.twitter\.com/\w+$")
# A line that only states when or how long: "Stand: 22.04.2024, 06:00 Uhr", "05.09.2024 | 2:03 min".
_DATELINE = re.compile(
    rf"^(?:{alternation_in_order(DATELINE_LABELS)})\s*:?\s*"
    rf"(?:(?:{alternation_in_order(DATELINE_LABEL_LINKS)})\s+)?[\w.,: |/-]{{4,40}}$"
    # the same in Malay, Indonesian and Tagalog, a digit in what follows ("Diterbitkan: 25 Nov 2024, 4:40
    # PTG", "Dikemas kini: ...", "Inilathala: Hulyo 24, 2024 8:15am"): "Diterbitkan oleh X" is a sentence.
    # Malay papers set an "@" between the date and the time ("Disiarkan pada: Disember 8, 2025 @ 2:05pm").
    # "Posted: Monday, March 3, 2008 4:52 PM EST": the label of old news templates, with its colon and a
    # digit within the first words. Not "Posted on <date>" closing a blog post: body truths keep that line.
    rf"|^(?:{alternation_in_order(DATELINE_COLON_LABELS)})\s*:\s*(?=[^\d]{{0,25}}\d)[\w.,: |/-]{{4,45}}$"
    rf"|^(?:{alternation_in_order(DATELINE_LABELS_BEFORE_DIGIT)})\s*:?\s*"
    rf"(?:(?:{alternation_in_order(DATELINE_LABEL_LINKS_BEFORE_DIGIT)})\s+)?(?=[^\d]{{0,20}}\d)[\w.,: |/@-]{{4,40}}$"
    r"|^(?:\w+,?\s+)?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:[,| ]+\d{1,2}[:.]\d{2}"
    rf"(?:\s*(?:{alternation_in_order(DATELINE_TIME_SUFFIXES)}))?)?"
    r"(?:\s*\|\s*\d{1,2}:\d{2}\s*min\.?)?$"
    # with the month in words and an optional time and zone, as old templates print it above the story:
    # "Senin, 14 April 2008 | 10:25 WIB", "Monday, April 14, 2008, 10:25 AM"
    r"|^(?:\w+,?\s+)?(?:\d{1,2}\.?\s+[^\W\d]{3,10}\.?|[^\W\d]{3,10}\.?\s+\d{1,2},?)\s+\d{4}"
    rf"(?:\s*[,|/-]?\s*(?:(?:{alternation_in_order(DATE_TIME_LINKS)})\s+)?\d{{1,2}}[:.]\d{{2}}"
    r"(?:\s*[^\W\d]{1,4}\.?)?)?$",
    re.I,
)
# A byline line: "Von Nina Magoley", "By Jane Doe and John Roe", "Penulis : Rina Marlina". The prefix in
# lower case before one to four capitalised words per name, or capitalised before full names only (two to
# four words each, spaced): German capitalises nouns, so "Von Risiken und Nebenwirkungen" is a heading.
# Capitalised, not a prefix that also begins names or is a word of its own ("De Niro", "Di Maria", "Da
# Silva", "Door Prizes"): the line is a name or a heading.
_CAPITALISED_BY = tuple(w.capitalize() for w in BYLINE_NAME_PREFIXES if w not in AMBIGUOUS_BY_PREFIXES)
_FULL_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3}\s*"
_BYLINE = re.compile(
    rf"^(?:(?:{alternation_in_order(BYLINE_NAME_PREFIXES)})\s+|"
    rf"(?:{first_letter_either_case(BYLINE_NAME_LABELS)})\s*:\s*)"
    r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]+\s*){1,4}"
    rf"(?:(?:,|{alternation_in_order(BYLINE_NAME_CONJUNCTIONS)})\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]+\s*){{1,4}})*$"
    rf"|^(?:{alternation_in_order(_CAPITALISED_BY)})\s+{_FULL_NAME}"
    rf"(?:(?:,|{alternation_in_order(BYLINE_NAME_CONJUNCTIONS)})\s+{_FULL_NAME})*$"
)


#: Adobe Experience Manager's core components, whose classes are "cmp-" and the component's name
#: ("cmp-text", "cmp-container", "cmp-image"): the story itself on the sites built with it, never a
#: consent manager's ("CMP") banner, whose classes are "cmp-" and a box's name ("cmp-banner", "cmp-overlay").
AEM_COMPONENTS = (
    "accordion", "breadcrumb", "button", "carousel", "container", "contentfragment", "download", "embed",
    "experiencefragment", "form", "image", "languagenavigation", "list", "navigation", "pdfviewer",
    "progressbar", "search", "separator", "tabs", "tableofcontents", "teaser", "text", "title",
)  # fmt: skip
# Containers that are never article text: reader comment threads and consent banners. Deliberately
# narrow (a broad "chrome" list by class name removed article wrappers and cost F1 on real pages).
_THREAD = re.compile(
    rf"(?:^|[\s_-])(?:comments?|comment-?list|comment-?section|{alternation_in_order(COMMENT_CLASS_WORDS)}|"
    r"disqus\w*|respond|cookie\w*|consent\w*|gdpr|cmp-(?!" + "|".join(AEM_COMPONENTS) + r")\w+)(?:$|[\s_-])",
    re.I,
)
# A word each _THREAD match holds, in lower case: most class/id values hold none, and this plain search of
# the lowered value costs a third of _THREAD's (whose boundary alternative is tried at every position).
_THREAD_WORDS = re.compile(
    rf"comment|{alternation_in_order(tuple(w for w in COMMENT_CLASS_WORDS if w.isascii()))}"
    r"|disqus|respond|cookie|consent|gdpr|cmp-"
)


def _thread_tokens(tokens: str) -> bool:
    """_THREAD.search(tokens) is not None, with ASCII values screened by _THREAD_WORDS first.

    On ASCII text re.IGNORECASE folds ASCII letters only, so a _THREAD match in an ASCII value is one of
    its words in the lowered value; non-ASCII values (where re also folds İ, ı, ſ, K) go to _THREAD.
    """
    if tokens.isascii() and _THREAD_WORDS.search(tokens.lower()) is None:
        return False
    return _THREAD.search(tokens) is not None


_CELLS = XPath(".//td | .//th")  # compiled once (tree.xpath() compiles on every call)
# Pattern "cutline": the caption of a news picture under the name US newsrooms give it (<p class="cutline">,
# "photo-cutline"); trafilatura drops the blocks whose class says "caption", not these.
_CUTLINES = XPath("//@class[contains(., 'cutline')]/parent::*[self::p or self::div or self::span][not(.//p[2])]")
_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "ul", "ol", "blockquote", "table")
# Pattern "pull quote": a sentence of the story set again in large type between its paragraphs, in a block
# whose class names it ("pullquote", "pull-quote", "PullQuote", "article-body__pullquote"): a repeat, never
# new text (the paragraph that says it stays). Short blocks only, never one holding the headline or the story.
_PULL_QUOTES = XPath(
    "//body//*[@class][contains(translate(@class, 'PULQOTE_-', 'pulqote'), 'pullquote')]"
    "[not(.//h1) and not(.//article)]"
)
#: A pull quote's block holds at most this many words.
PULL_QUOTE_WORDS = 60
#: Strings one of which the HTML of a page with a pull-quote block holds (a cheap test before the search).
PULL_QUOTE_MARKS = ("ullquote", "ullQuote", "ull-quote", "ull_quote", "ull-Quote", "ULLQUOTE")


# Pattern "headed teaser box": a box of other stories' headlines under a heading the junk table names as a
# related-stories heading ("Most read", "Recommended", "Inirerekomenda"), in or after the story. The line
# rule of remove_junk drops the headlines after such a heading, but trafilatura drops headings of boxes
# and keeps their links' text, so the box goes from the tree: an element whose first text is that heading
# (a heading element or the box's own text), everything else in it headline-short lines (no sentence of a
# story), no headline of the page's own (<h1>).
_BOX_TAGS = ("div", "section", "aside")
_BOX_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6", "strong", "span", "p", "header"})
_BOX_LINES = XPath(".//*[self::p or self::li or self::a or self::h3 or self::h4 or self::h5][normalize-space()]")
# The boxes _box_heading may accept, found by lxml in one pass (it tests each exactly): text of its own, or
# a first element of a heading's tag.
_BOX_CANDIDATES = XPath(
    "descendant-or-self::*[self::" + " or self::".join(_BOX_TAGS) + "]"
    "[normalize-space(text()[1]) or *[1][self::" + " or self::".join(sorted(_BOX_HEADINGS)) + "]]"
)
#: A teaser box holds at most this many words, each of its lines at most TEASER_LINE_WORDS.
TEASER_BOX_WORDS = 150
TEASER_LINE_WORDS = 20


def _box_heading(box: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The element or text heading the box when it is a related-stories heading; the box itself when its
    own text is; else None."""
    own = box.text or ""
    if own.strip():
        return box if DEFAULT_TABLE.is_related_heading(own) else None
    first = next((c for c in box if isinstance(c.tag, str)), None)
    if first is None or first.tag not in _BOX_HEADINGS or len(first) > 1:
        return None
    return first if DEFAULT_TABLE.is_related_heading(element_text(first)) else None


def teaser_boxes(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The headed teaser boxes of the page (see "headed teaser box")."""
    boxes = []
    for box in _BOX_CANDIDATES(tree):
        heading = _box_heading(box)
        if heading is None or box.find(".//h1") is not None:
            continue
        words = len(box.text_content().split())
        if words > TEASER_BOX_WORDS:
            continue
        lines = [el for el in _BOX_LINES(box) if el is not heading]
        if not lines and heading is not box:
            continue
        if all(
            len(text.split()) <= TEASER_LINE_WORDS and not _SENTENCE_END.search(text)
            for el in lines
            if (text := element_text(el))
        ):
            boxes.append(box)
    return boxes


def _without_teaser_boxes(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """A copy without the headed teaser boxes (see above), or the tree itself when it has none.

    A copy: the tree is shared, and the date rules read the dates a "Lo último" box prints beside the
    story's own (the year of a date printed without one).
    """
    boxes = teaser_boxes(tree)
    if not boxes:
        return tree
    root = tree.getroottree()
    paths = [root.getpath(box) for box in boxes]
    target = copy.deepcopy(tree)
    try:
        doomed = [target.xpath(path)[0] for path in paths]
    except (IndexError, XPathError):  # a path that does not resolve in the copy: leave the page as it is
        return tree
    for box in doomed:
        if box.getparent() is not None:
            box.drop_tree()
    return target


def prune_tree(tree: lxml_html.HtmlElement, cutlines: bool = True, pullquotes: bool = False) -> None:
    """In place: drop comment threads, cookie banners and cutlines; turn layout tables into plain blocks.

    `cutlines`: whether the page may hold one (the caller's "cutline" in its HTML: the search costs more
    than that test, on every page); `pullquotes` the same for pull-quote blocks (see PULL_QUOTE_MARKS).

    Run after metadata extraction (the tree is shared). A layout table (cells holding paragraphs or
    long text, as on old table-layout news sites) otherwise comes out of trafilatura as one table row
    with the navigation, the story and the reader comments glued together.
    """
    doomed = []
    for el in tree.iter("div", "section", "aside", "ul", "ol", "footer", "form"):
        klass, ident = el.get("class"), el.get("id")
        if klass is None and ident is None:  # blank tokens: not a thread
            continue
        tokens = f"{klass or ''} {ident or ''}"
        # Never a container of the story itself ('article-with-comments', a wrapper holding the h1), nor a
        # live blog's or match ticker's entries ('live-match-comments': the reporter's commentary).
        if (
            tokens.strip()
            and _thread_tokens(tokens)
            and el.find(".//h1") is None
            and el.find(".//article") is None
            and not re.search(r"article|story|content|post-body|entry|(?:^|[\s_-])live", tokens, re.I)
        ):
            doomed.append(el)
    if cutlines:
        doomed.extend(_CUTLINES(tree))
    if pullquotes:
        doomed.extend(el for el in _PULL_QUOTES(tree) if len(el.text_content().split()) <= PULL_QUOTE_WORDS)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    layout = False
    for table in list(tree.iter("table")):
        if table.tag != "table":  # already unwrapped with the layout table around it
            continue
        cells = _CELLS(table)
        if any(cell.find(".//p") is not None or len(cell.text_content().split()) > 60 for cell in cells):
            _unwrap_table(table, cells)
            layout = True
    if layout:
        # A menu bar in a page-frame table of its own beside the layout table: left a table, trafilatura
        # renders its links as a table row of the body. Only short tables that are mostly link text: data
        # tables and link lists outside the layout table are kept as tables (unwrapped, real pages lost rows).
        for table in [t for t in tree.iter("table") if next(t.iterancestors("table"), None) is None]:
            words = len(table.text_content().split())
            linked = sum(len(a.text_content().split()) for a in table.iter("a"))
            if 0 < words <= 60 and linked * 2 >= words:
                _unwrap_table(table, _CELLS(table))


def _unwrap_table(table: lxml_html.HtmlElement, cells: list[lxml_html.HtmlElement]) -> None:
    """In place: a layout table and the tables in it become plain blocks, their cells' text paragraphs."""
    for el in table.iter("table", "tbody", "thead", "tfoot", "tr", "td", "th"):
        el.tag = "div"
        el.attrib.pop("class", None) if el.get("class", "").startswith("table") else None
    # Old layouts put the story in the cell as <br><br>-separated text, comments below it.
    reflow_layout_table(table, cells)


def _paragraphs(text: str | None) -> list[str]:
    if not text:
        return []
    return [p for p in (clean_line(line) for line in text.split("\n")) if p]


# Pattern "hard-wrapped source": a text node whose words run over several lines of the HTML file (editors
# and old CMSs wrap at 72-80 columns) is one paragraph on screen (a browser shows the line break as a
# space), but the extractors hand back each source line as a line of its own: short fragments that the
# line-level junk rules take for labels, and fragments equal to another paragraph's that go as repeats.
# Only breaks inside one text node count (with words on both sides): a break between elements, at a <br>
# or in <pre> is the page's own, and the junk rules are tuned on those lines (a blanket collapse of the
# tree's breaks, session 14, lost on such pages).
_WRAPPED_TEXT = XPath(
    "descendant::text()[contains(., '\n') and normalize-space(.) != ''"
    " and not(ancestor::pre or ancestor::textarea or ancestor::script or ancestor::style or ancestor::code)]"
)
#: The two sides of a source line break are told by this many characters of each (or the whole side).
WRAP_SIDE_CHARS = 24
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
#: Source breaks are looked up by this many characters of the line after them.
_WRAP_KEY_CHARS = 8


def source_wraps(tree: lxml_html.HtmlElement) -> dict[str, set[tuple[str, str]]]:
    """The line breaks inside the page's text nodes, each as (end of the line before, start of the next),
    by the first characters of the next."""
    wraps: dict[str, set[tuple[str, str]]] = {}
    # Read from each outermost <body> (what "//body//text()" selects, in document order): one walk of the
    # body instead of a search of the whole document for <body> elements first.
    bodies = [b for b in tree.getroottree().getroot().iter("body") if next(b.iterancestors("body"), None) is None]
    try:
        nodes = [node for body in bodies for node in _WRAPPED_TEXT(body)]
    except XPathError:
        return wraps
    for node in nodes:
        text = str(node)
        # Most of these nodes are one line between indentation: with no break left once the white space
        # around it is stripped, the other lines are white space, which clean_line() empties.
        if "\n" not in text.strip():
            continue
        # A blank line in the text is a paragraph break its writer typed (shown so by "white-space: pre-line"
        # and read so by the benchmarks' truths): only single breaks join.
        for block in _BLANK_LINE.split(text):
            pieces = [p for p in (clean_line(line) for line in block.split("\n")) if p]
            for before, after in zip(pieces, pieces[1:], strict=False):
                wraps.setdefault(after[:_WRAP_KEY_CHARS], set()).add(
                    (before[-WRAP_SIDE_CHARS:], after[:WRAP_SIDE_CHARS])
                )
    return wraps


def rejoin_wraps(lines: list[str], wraps: dict[str, set[tuple[str, str]]]) -> list[str]:
    """The lines with each source line break (see source_wraps) joined back into its paragraph: a line
    that ends as the text before a break and a next line that starts as the text after it."""
    if not wraps or len(lines) < 2:
        return lines
    out = [lines[0]]
    for line in lines[1:]:
        found = wraps.get(line[:_WRAP_KEY_CHARS], ())
        if any(out[-1].endswith(before) and line.startswith(after) for before, after in found):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


_NON_WORDS = re.compile(r"\W+")


def _key(text: str) -> str:
    """Comparison key that ignores punctuation and case."""
    return _NON_WORDS.sub(" ", norm_key(text)).strip()


def _outlet_target(
    tree: lxml_html.HtmlElement, drop_selectors: list[str], body_selector: str | None
) -> lxml_html.HtmlElement:
    """A copy of the tree with the outlet's selectors applied (the shared tree stays intact)."""
    target = copy.deepcopy(tree)
    for selector in drop_selectors:
        try:
            for el in target.cssselect(selector):
                el.drop_tree()
        except Exception:  # noqa: BLE001 - a bad outlet selector must not kill extraction
            continue
    if body_selector:
        try:
            found = target.cssselect(body_selector)
        except Exception:  # noqa: BLE001 - bad selector from an outlet file
            found = []
        if found:
            wrapper = lxml_html.Element("html")
            body = lxml_html.Element("body")
            wrapper.append(body)
            for el in found:
                body.append(el)
            return wrapper
    return target


def run_trafilatura(tree: lxml_html.HtmlElement, *, consume: bool = False, recall: bool = False) -> str | None:
    """trafilatura's body text (default mode, or favouring recall; no comments).

    The tree is copied by trafilatura, unless `consume` says the caller no longer needs it as it is.
    """
    try:
        with donate(tree if consume else None):
            doc = trafilatura.bare_extraction(tree, include_comments=False, with_metadata=False, favor_recall=recall)
    except (ParserError, ValueError, TypeError, RecursionError, AttributeError):
        return None
    # bare_extraction returns a Document unless as_dict=True (a dict), which is never asked for here
    return doc.text if isinstance(doc, Document) else None


#: A line of this many words or more is a paragraph of the story, not a label above it.
_PROSE_WORDS = 15


def _strip_headline(paragraphs: list[str], titles: list[str]) -> list[str]:
    """Drop the headline (and 'Headline | Site' forms) repeated in the first lines.

    Only at the top of the body: above the headline copy there may be a kicker, a date or a label, not a
    paragraph. After a paragraph of the story, a line equal to the headline is text of the story (a
    subheading, a quote, a review's own heading).
    """
    keys = {_key(t) for t in titles if t}
    keys.discard("")
    out = list(paragraphs)
    i = 0
    # the headline's copy is looked for among the first 3 lines, or further down below labels only
    while i < min(3, len(out)) or (i < min(_LABELS_ABOVE, len(out)) and all(_label_line(p) for p in out[:i])):
        k = _key(out[i])
        if (
            k in keys
            or any(k.startswith(t) and len(k) - len(t) <= 30 and len(t) >= 20 for t in keys)
            or (i == 0 and _kicker_and_headline(out[i], k, titles))
        ):
            labels = bool(i) and _labels_above(out[:i], out[i + 1 :])
            if i >= 3 and not labels:
                break  # below the first lines, the copy goes only with the labels above it
            del out[i]
            if labels:
                # Pattern "labels above the headline": what the body holds above the headline's copy is
                # the page's labels (a kicker, a section, a layout table's side column: "Weather", "7-Day
                # Forecast"), never a paragraph of the story, which starts below its headline.
                del out[:i]
                i = 0
            continue
        if len(k.split()) >= _PROSE_WORDS:
            break
        i += 1
    return out


#: Labels above the headline's copy looked through at most (pattern "labels above the headline").
_LABELS_ABOVE = 6


def _label_line(line: str) -> bool:
    """A short line that is no sentence: a label, a kicker, a menu entry."""
    return len(line.split()) <= 6 and line.rstrip()[-1:] not in '.!?"”'


_RELEASE_HEADER = re.compile(rf"\b(?:{'|'.join(RELEASE_HEADER_WORDS)})\b", re.I)


def _labels_above(above: list[str], below: list[str]) -> bool:
    """The lines above the headline's copy are labels to drop: all short non-sentences, no press release's
    header among them (its truths keep it), and a paragraph of the story below the copy (without one, the
    page's text is not a story under its headline and nothing is dropped)."""
    return (
        all(_label_line(line) for line in above)
        and not any(_RELEASE_HEADER.search(line) for line in above)
        and any(len(line.split()) >= _PROSE_WORDS for line in below)
    )


#: A kicker printed before the headline has at most this many characters.
KICKER_CHARS = 40
_SENTENCE_MARK = re.compile(r"[.?!]")


def _kicker_and_headline(line: str, key: str, titles: list[str]) -> bool:
    """The line is a headline with its kicker before it ("Unterbringung von GeflüchtetenKommunen klagen
    über Kosten", two spans of one heading glued): it ends with a title, after a short label with no
    digit and no sentence in it (a sentence or a dateline ending with the headline's words is text).
    Asked of the body's first line only: further down, a subheading repeating the headline is text."""
    for title in titles:
        if not title:
            continue
        tkey = _key(title)
        if len(tkey) < 20 or len(key) <= len(tkey) or not key.endswith(tkey):
            continue
        head = key[: len(key) - len(tkey)]
        before = line[: max(0, len(line) - len(title))]
        if len(head) <= KICKER_CHARS and not any(ch.isdigit() for ch in head) and not _SENTENCE_MARK.search(before):
            return True
    return False


# Pattern "linked read-also teaser": a line that is a read label and a link to another story, "Read: <the
# other story's headline>". The label alone proves nothing (a quoted document may follow "Read:"); the rest
# being exactly a link's text to another page is the evidence. A label inside the link is a line equal to
# a link's text, dropped the same way.
# Pattern "linked previous/next post line": "Previous post: <the other post's headline>", the same evidence.
_READ_TEASER = re.compile(
    rf"^(?:{alternation_in_order((*READ_TEASER_LABELS, *POST_NAV_LABELS))})\s*[:：]\s*(.+)$", re.I
)
# Pattern "contact address line": the reporter's or desk's e-mail address alone on the story's last line,
# optionally labelled. Only the last line: an address under the byline or inside a list of contacts is
# part of what the truths keep.
_MAIL_LINE = re.compile(rf"^(?:(?:{alternation_in_order(MAIL_LABELS)})\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$", re.I)


def _is_chrome_line(para: str, link_keys: set[str]) -> bool:
    """Credit, dateline, byline and placeholder lines and bare related-link headlines."""
    # _CREDIT.match: both its alternatives start with ^, so a search could only succeed at the start.
    if len(para) <= 120 and (
        _CREDIT.match(para) or _DATELINE.match(para) or _BYLINE.match(para) or _PLACEHOLDER.match(para)
    ):
        return True
    if not link_keys:
        return False
    core = para.lstrip("-•–—* ").strip()
    if len(core.split()) < 3:
        return False
    if norm_key(core) in link_keys:
        return True
    teaser = _READ_TEASER.match(core) if ":" in core[:20] or "：" in core[:20] else None
    if teaser is not None and len(teaser.group(1).split()) >= 3 and norm_key(teaser.group(1)) in link_keys:
        return True
    return " | " in core and not core.startswith("|") and _link_bar(core, link_keys)


# Arrows a blog's post navigation puts around the linked headlines ("« Older post | Main | Newer post »").
_NAV_ARROWS = "«»‹›←→"


def _link_bar(core: str, link_keys: set[str]) -> bool:
    """Pattern "post navigation bar": pieces joined by " | " that are each another page's linked headline or
    a label of at most two words, with an arrow pointing to the post before or after ("« <previous post> |
    Main | <next post> »"), and one headline at least. Without an arrow such a line is a list of linked
    names the story cites ("Seattle Times | The New York Times": measured, the truths keep it). A table
    row as trafilatura renders it starts with "|" and is never asked."""
    if not any(arrow in core for arrow in _NAV_ARROWS):
        return False
    pieces = [piece.strip(_NAV_ARROWS + " ") for piece in core.split(" | ")]
    long_pieces = [piece for piece in pieces if len(piece.split()) > 2]
    return bool(long_pieces) and all(norm_key(piece) in link_keys for piece in long_pieces)


def _with_lead(paragraphs: list[str], lead: str | None) -> list[str]:
    """Put back the standfirst when trafilatura skipped it."""
    if not lead:
        return paragraphs
    k = _key(lead)
    if len(k) < 30 or any(k in _key(p) for p in paragraphs[:6]):
        return paragraphs
    return [clean_line(lead), *paragraphs]


def visible_lead(tree: lxml_html.HtmlElement, description: str | None) -> str | None:
    """The description when the page shows it as a block of its own (a standfirst), else None."""
    if not description or len(description) < 30:
        return None
    wanted = norm_key(clean_line(description))
    body = tree.find("body")
    if body is None:
        return None
    for el in body.iter("p", "div", "h2", "span", "strong", "section", "header"):
        text = element_text(el)
        if len(text) < len(wanted) - 5 or len(text) > 2 * len(wanted) + 50:
            continue
        if norm_key(clean_line(text)) == wanted:
            return description
    return None


def extract_body(
    tree: lxml_html.HtmlElement,
    *,
    drop_selectors: list[str] | None = None,
    body_selector: str | None = None,
    table: JunkTable = DEFAULT_TABLE,
    jsonld_body: str | None = None,
    titles: list[str] | None = None,
    lead: str | None = None,
    link_keys: set[str] | None = None,
    consume: bool = False,
    recall: bool = False,
    wraps: dict[str, set[tuple[str, str]]] | None = None,
) -> list[str]:
    """The article paragraphs, cleaned; expects a tree already pruned by prune_tree().

    With `consume`, the caller is done with the tree and trafilatura may prune it in place; with
    `recall`, trafilatura favours recall (asked only for a second look at a page whose body is short);
    `wraps` is source_wraps(tree) when the caller has read it already.
    """
    target = _outlet_target(tree, drop_selectors or [], body_selector) if (drop_selectors or body_selector) else tree
    if not body_selector:
        target = _thread_joined(_without_next_stories(_without_teaser_boxes(target)))
    # trafilatura falls back on JSON-LD articleBody itself when the page shows little, so the doubled
    # copy some CMSs put there can come from either source.
    # A copy made here is nobody else's: trafilatura may have it.
    if wraps is None or target is not tree:
        wraps = source_wraps(target)  # read before trafilatura, which may consume the tree
    paragraphs = rejoin_wraps(
        _paragraphs(_unrepeated(run_trafilatura(target, consume=consume or target is not tree, recall=recall) or "")),
        wraps,
    )
    if jsonld_body:
        ld = jsonld_paragraphs(jsonld_body)
        ld_words = sum(len(p.split()) for p in ld)
        ex_words = sum(len(p.split()) for p in paragraphs)
        # Trust JSON-LD articleBody only when it agrees with what the page shows and has more of it
        # (paywalled or lazy-loaded pages show a part; the feed copy has the whole story).
        if ld_words > 1.3 * ex_words and ld and _agrees(ld, paragraphs):
            paragraphs = ld
    return clean_body(paragraphs, table=table, titles=titles, lead=lead, link_keys=link_keys)


def jsonld_paragraphs(jsonld_body: str | None) -> list[str]:
    """The lines of a JSON-LD articleBody (once, when the CMS put the text there twice)."""
    return _paragraphs(_unrepeated(jsonld_body.replace("\r", "\n"))) if jsonld_body else []


def clean_body(
    paragraphs: list[str],
    *,
    table: JunkTable = DEFAULT_TABLE,
    titles: list[str] | None = None,
    lead: str | None = None,
    link_keys: set[str] | None = None,
) -> list[str]:
    """An extractor's lines after newsbot's cleanup: headline, junk, chrome lines out, standfirst in."""
    paragraphs = _strip_headline(paragraphs, titles or [])
    paragraphs = remove_junk(paragraphs, table)
    keys = link_keys or set()
    paragraphs = [_TWEET_PIC.sub("", p) if "pic.twitter.com" in p else p for p in paragraphs]
    paragraphs = [p for p in paragraphs if p and not _is_chrome_line(p, keys)]
    if paragraphs and "@" in paragraphs[-1] and _MAIL_LINE.match(paragraphs[-1].strip()):
        paragraphs = paragraphs[:-1]
    return _with_lead(without_code_tail(paragraphs), lead)


_READABLE_BLOCKS = (
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "br",
    "tr",
    "td",
    "th",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "figcaption",
    "section",
    "article",
)


def readability_lines(
    tree: lxml_html.HtmlElement, wraps: dict[str, set[tuple[str, str]]] | None = None
) -> tuple[list[str], float]:
    """The lines of readability's body for `tree` (trafilatura's port), and the share of it in links.

    `tree` is modified (readability prunes it): give it a tree nobody else reads. `wraps` is
    source_wraps() of a tree with the same text, when the caller has read it already.
    """
    if wraps is None:
        wraps = source_wraps(tree)  # read before readability prunes the tree
    try:
        from trafilatura.readability_lxml import Document

        summary = lxml_html.fromstring(Document(tree, min_text_length=25).summary())
    except Exception:  # noqa: BLE001 - the candidate is optional; any failure leaves newsbot's own body
        return [], 0.0
    linked = sum(len(element_text(a)) for a in summary.iter("a"))
    for el in summary.iter(_READABLE_BLOCKS):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + (el.text or "")
    text = summary.text_content()
    lines = rejoin_wraps(_paragraphs(text), wraps)
    total = sum(len(line) for line in lines)
    return lines, linked / max(1, total)


def _without_next_stories(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """A copy without the further stories a page appends below its own (infinite-scroll article pages).

    Each appended story is a top-level <article> with its own <h1>; trafilatura would take them all as
    one body. Only <article>s after the first one with an <h1> are dropped, so pages that wrap their
    one story, or its parts, in <article>s without headlines of their own are untouched.
    """
    headed = [
        a
        for a in tree.iter("article")
        if a.find(".//h1") is not None and next(a.iterancestors("article"), None) is None
    ]
    if len(headed) < 2 or _words_of(headed[0]) < 100:
        return tree
    target = copy.deepcopy(tree)
    headed = [
        a
        for a in target.iter("article")
        if a.find(".//h1") is not None and next(a.iterancestors("article"), None) is None
    ]
    for story in headed[1:]:
        story.drop_tree()
    return target


#: Pattern "posts in a series": a forum thread shows its posts as boxes of one kind side by side, each with
#: the post's text in a block of one class ('content', 'postbody'), and some story pages split their text
#: into several blocks of one class ('articleBody', 'body__container'); trafilatura's body XPaths end with
#: [1] and read the first block only: the opening post, the story's first part. The later blocks are the
#: same text (the trafilatura benchmark's forum threads keep their replies). THREAD_POSTS+ blocks, each
#: with THREAD_POST_WORDS+ words, make a series.
THREAD_POSTS = 2
THREAD_POST_WORDS = 5
# The class values trafilatura's body XPaths pick (trafilatura.xpaths.BODY_XPATH: its first, third and
# fourth expressions, in their order, without their id tests), as (exact values, pattern searched): the
# first value in the page that one of them matches is the block trafilatura reads, unless an id or the
# page's first <article> says otherwise, which its XPaths then tell (evaluated only on such pages: their cost).
_BODY_CLASSES = (
    (
        frozenset({"post", "entry"}),
        re.compile(
            r"post[-_]text|post-body|post-?entry|post[-_]?content|postContent|post_inner_wrapper|article-?text"
            r"|articleText|(?:entry|page|text|article|art)-content|article__content|article(?:-|__)?body"
            r"|articleBody|ArticleContent|body-text|article__container"
        ),
    ),
    (
        frozenset({"postarea", "art-postcontent", "text", "cell", "story"}),
        re.compile(
            r"(?i:fulltext)|^article |post-bodycopy|story-?content|(?:theme|blog|section|single)-content"
            r"|single-post|main-column|wpb_text_column|story-body|field-body"
        ),
    ),
    (frozenset({"content"}), re.compile(r"content[-_]main|content(?:-|__)body|(?i:main-content|page-content)")),
)
# A heading linked to another page (a front page's or an archive's full posts link their permalinks; a
# thread's posts link to their anchors in the page, "#p15230", or nowhere).
_PERMALINK_HEADING = XPath(
    ".//*[self::h1 or self::h2 or self::h3 or self::h4]//a[@href][not(contains(@href, '#'))]"
    " | .//a[@href][not(contains(@href, '#'))][.//h1 or .//h2 or .//h3 or .//h4]"
)


def _thread_joined(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """A copy with the later blocks of a series of posts (see THREAD_POSTS) moved into the first one, where
    trafilatura reads them; the tree itself when the page has no such series.

    The blocks are those of the class of the one trafilatura's body XPaths pick, each in a box (its
    largest ancestor holding no other such block), the boxes siblings of one tag, none headed by a link
    to another page (a front page's full posts are other pages).
    """
    # The blocks' classes in page order (a loop over iter() costs a third of an XPath's for them).
    blocks = [(value, el) for el in tree.iter("div", "article", "section", "main") if (value := el.get("class"))]
    unique = dict.fromkeys(value for value, _ in blocks)  # in page order
    read = next(
        (value for exact, pattern in _BODY_CLASSES for value in unique if value in exact or pattern.search(value)),
        None,
    )
    if read is None or sum(1 for value, _ in blocks if value == read) < THREAD_POSTS:
        return tree
    if sum(1 for value, el in blocks if value == read and _words_of(el) >= THREAD_POST_WORDS) < THREAD_POSTS:
        return tree
    first = None
    for expr in BODY_XPATH:
        found = expr(tree)
        if found:
            first = found[0]
            break
    klass = first.get("class") if first is not None else None
    if first is None or klass != read:
        return tree
    series = [
        el
        for el in tree.iter(first.tag)
        if el.get("class") == klass and next((a for a in el.iterancestors() if a.get("class") == klass), None) is None
    ]
    if len(series) < THREAD_POSTS or first not in series or any(_words_of(el) < THREAD_POST_WORDS for el in series):
        return tree
    boxes = own_boxes(series)
    holder = boxes[0].getparent()
    if any(b.getparent() is not holder or b.tag != boxes[0].tag for b in boxes) or any(
        _PERMALINK_HEADING(b) for b in boxes
    ):
        return tree
    target = copy.deepcopy(tree)
    root = tree.getroottree()
    try:
        opener, *replies = (target.xpath(root.getpath(el))[0] for el in series)
    except (IndexError, XPathError):  # a path that does not resolve in the copy: leave the page as it is
        return tree
    for reply in replies:
        opener.append(reply)
    return target


def _words_of(el: lxml_html.HtmlElement) -> int:
    """Words in an element's text."""
    return len(el.text_content().split())


def _unrepeated(text: str) -> str:
    """The text once when it is the same text twice (some CMSs fill JSON-LD articleBody with two copies)."""
    if "\t" in text or "  " in text:  # else the substitution would put each single space back
        text = _BLANKS.sub(" ", text)
    text = text.strip()
    if len(text) < 400:
        return text
    probe = text[:200]
    again = text.find(probe, 1)
    while again > 0:
        if text.startswith(text[again:].rstrip()):
            return text[:again].rstrip()
        again = text.find(probe, again + 1)
    return text


def _agrees(ld: list[str], page: list[str]) -> bool:
    if not page:
        return False
    ld_text = norm_key(" ".join(ld))
    hits = sum(1 for p in page if norm_key(p)[:60] in ld_text)
    return hits >= 0.5 * len(page)


_BLANKS = re.compile(r"[ \t]+")
_FLIGHT_PUSH = "self.__next_f.push("
_FLIGHT_TEXT = re.compile(rb"(?:^|\n)[0-9a-f]+:T([0-9a-f]{1,8}),")


def flight_tree(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The article HTML a Next.js (App Router) page ships only in its streamed React payload, as a tree.

    Such pages can render the body client-side from `self.__next_f.push([1, "..."])` scripts while the
    served HTML holds a spinner; the payload carries long strings as "id:T<hex byte length>," text
    chunks, and the story's HTML is one of them. None when the page has no such chunk with paragraphs.
    Only used when the visible page gave too little text (it costs a JSON decode per script).
    """
    parts: list[str] = []
    for script in tree.iter("script"):
        code = (script.text or "").strip()
        if not code.startswith(_FLIGHT_PUSH) or not code.endswith(")"):
            continue
        try:
            value = json.loads(code[len(_FLIGHT_PUSH) : -1])
        except ValueError:
            continue
        if isinstance(value, list) and len(value) > 1 and isinstance(value[1], str):
            parts.append(value[1])
    if not parts:
        return None
    payload = "".join(parts).encode("utf-8", errors="replace")
    chunks = []
    for match in _FLIGHT_TEXT.finditer(payload):
        chunk = payload[match.end() : match.end() + int(match.group(1), 16)].decode("utf-8", errors="replace")
        if "<p" in chunk:
            chunks.append(chunk)
    if not chunks:
        return None
    try:
        return lxml_html.document_fromstring(f"<html><body><article>{''.join(chunks)}</article></body></html>")
    except (ParserError, ValueError):
        return None


#: Readability's body may trim ours only when it holds at least this share of our words (a smaller one is
#: a part of the story readability took for the whole) and no more than all of them. The tail still goes
#: only on the page's evidence that it is teasers (TEASER_TAIL_SHARE), so the share only keeps a box of the
#: story from passing for the story: at 0.4 a short story above a long list of teasers (a recipe or a
#: blog post with a page of "more like this" below) kept the list (session 15: 0.2 won 2 in-sample pages
#: and lost none).
PEER_MIN_SHARE = 0.2
#: Readability's body of fewer words than this is no evidence about ours.
PEER_MIN_WORDS = 30
#: A line of ours is in readability's body when this share of its word 4-grams is there.
SHARED_LINE = 0.5
#: Our lines after readability's last one go when this share of their words sits in teaser-shaped blocks.
TEASER_TAIL_SHARE = 0.5
# Containers of other pages' teasers, by class or id: a line found inside one is not this story's.
# Not "teaser" (German CMSs name the story's own standfirst so), "widget" (page builders wrap every block
# in one) or "footer" as a class (an article footer holds the story's notes).
_ELSEWHERE_CLASS = re.compile(
    r"related|sidebar|promo|recommend|more-?stories|trending|popular|most-?read|read-?more|"
    r"you-?may|also-?like|outbrain|taboola",
    re.I,
)
# Pattern "box beside the story": containers, by class or id, of what a page shows around a story and that
# is not part of one: comment threads and their forms ("postComments", "addcommentform", camel-cased or glued,
# so prune_tree's word-bounded thread test passed them), trackback lists of old blog engines, and lightbox,
# modal or popup layers (hidden boxes opened over the page: other videos' descriptions). These words also
# name wrappers of the whole story ("article-with-comments", a page-wide modal root), so a container counts
# only when it does not hold the story's own last line (see _teaser_block's `story`).
_BESIDE_CLASS = re.compile(r"comment|trackback|lightbox|modal|popup", re.I)
# Tags of the same kind: a <form> (a comment, report-abuse or e-mail-a-friend form: its labels, terms and
# options); ASP.NET pages wrap the whole page in one, which holds the story and so never counts.
_BESIDE_TAGS = frozenset({"form", "textarea", "select"})
# Pattern "the post's own container": blog engines and CMS themes (WordPress, TypePad, Movable Type, Blogger,
# Ghost) wrap a post's text in a container named for the entry's or post's body ("entry-content",
# "entry-body", "post-body", "postBody", "article-content"); their furniture (trackback boxes, comment threads,
# the sidebar's modules, book and promo lists, author boxes) sits outside it. Not a bare "content" or "entry"
# (page layouts name whole columns so), and only the nearest such container of the story's last line counts.
_POST_CLASS = re.compile(
    r"(?:^|[\s_-])(?:entry|post|article|story|blog-?post)[-_]?(?:content|body|text)(?:$|[\s_-])", re.I
)
#: Readability's body may trim ours with less than PEER_MIN_SHARE / PEER_MIN_WORDS when the story's last line
#: sits in a post's own container (_POST_CLASS) and the tail lies outside it: a short post (a few lines over a
#: picture) above a blog's long furniture, the container being the page's evidence where the post ends.
POST_MIN_SHARE = 0.05
POST_MIN_WORDS = 8
#: A tail line is found in the page at the element whose own text starts with this many of its characters.
MATCH_CHARS = 24
#: A list of this many items, each with a heading, is a list of stories.
TEASER_ITEMS = 3
_ITEM_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_ELSEWHERE_TAGS = frozenset({"aside", "footer", "nav"})
_LINE_BLOCKS = frozenset({"p", "li", "div", "dd", "dt", "td", "article", "section", "blockquote", "figure"})
_LIST_MARKS = "-•–—*| "


def _line_starts(
    tree: lxml_html.HtmlElement, wanted: dict[str, list[int]], *, tails: bool, min_start: int
) -> dict[int, tuple[lxml_html.HtmlElement, bool]]:
    """Where in the page each line starts: the element holding the first text node (in document order)
    that begins it, and whether that text is the element's own (False: a child's tail, with `tails`).

    `wanted` maps a line's key (norm_key) to the indices of the lines with that key. A text node begins a
    line when its first MATCH_CHARS characters start the key, or it is the whole key; with fewer, but at
    least `min_start` (< MATCH_CHARS), it begins the line only tentatively: that match stands when no full
    one comes later. Used by teaser_tail_share (own texts, full matches only) and fill_gaps (tails too).
    """
    found: dict[int, tuple[lxml_html.HtmlElement, bool]] = {}
    tentative: dict[str, tuple[lxml_html.HtmlElement, bool]] = {}
    body = tree.find("body")
    for el in (body if body is not None else tree).iter():
        if not wanted:
            break
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        texts = ((el.text, el, True), (el.tail, el.getparent(), False)) if tails else ((el.text, el, True),)
        for text, holder, own_text in texts:
            if holder is None or not text or len(text.strip()) < 4:
                continue
            start = norm_key(text)[:MATCH_CHARS]
            full = len(start) >= MATCH_CHARS
            for key in [k for k in wanted if k.startswith(start) and (full or len(start) >= min_start or k == start)]:
                if full or key == start:
                    for index in wanted.pop(key):
                        found[index] = (holder, own_text)
                    tentative.pop(key, None)
                else:
                    tentative.setdefault(key, (holder, own_text))
    for key, start_at in tentative.items():
        for index in wanted.get(key, []):
            found[index] = start_at
    return found


def _grams(line: str) -> set[tuple[str, ...]]:
    """The word 4-grams of a line (the whole line as one gram when it is shorter)."""
    words = norm_key(line).split()
    if len(words) < 4:
        return {tuple(words)}
    return {tuple(words[i : i + 4]) for i in range(len(words) - 3)}


def peer_tail(
    own: list[str], peer: list[str], *, min_share: float = PEER_MIN_SHARE, min_words: int = PEER_MIN_WORDS
) -> int | None:
    """Where our body's lines after readability's body start, when readability's body may trim ours.

    Readability keeps one container of the page (and its scored siblings); trafilatura, which gave `own`,
    gathers text from the whole page, and on pages with teaser lists, picture galleries or promo boxes
    below the story it carries them on after the story's end. None when there is no such tail, or when
    readability's body is too small a part of ours (a box of the story, not the story: under `min_share`
    of our words or `min_words` words) or larger than it.
    """
    own_words = sum(len(p.split()) for p in own)
    peer_words = sum(len(p.split()) for p in peer)
    if peer_words < min_words or not min_share * own_words <= peer_words <= own_words:
        return None
    grams: set[tuple[str, ...]] = set()
    for line in peer:
        grams |= _grams(line)
    last = None
    for index, line in enumerate(own):
        mine = _grams(line)
        if len(mine & grams) >= SHARED_LINE * len(mine):
            last = index
    if last is None or last + 1 >= len(own):
        return None
    return last + 1


def _linked_words(el: lxml_html.HtmlElement) -> int:
    return sum(len(element_text(a).split()) for a in el.iter("a") if (a.get("href") or "#")[:1] != "#")


def post_container(story: lxml_html.HtmlElement | None) -> lxml_html.HtmlElement | None:
    """The nearest container of the story's element named for a post's own body (_POST_CLASS), if any."""
    if story is None:
        return None
    for anc in (story, *story.iterancestors()):
        if anc.tag in ("body", "html"):
            return None
        tokens = f"{anc.get('class') or ''} {anc.get('id') or ''}"
        if tokens.strip() and _POST_CLASS.search(tokens):
            return anc
    return None


def _outside_post(el: lxml_html.HtmlElement, post: lxml_html.HtmlElement) -> bool:
    """The element lies outside the post's container, not in a container of it, nor in a post container of
    its own (a forum thread's replies and a blog page's next post carry the same names: they are posts)."""
    if el in (post, *post.iterancestors()):
        return False
    for anc in (el, *el.iterancestors()):
        if anc is post or anc.tag in ("body", "html"):
            return anc is not post
        tokens = f"{anc.get('class') or ''} {anc.get('id') or ''}"
        if tokens.strip() and _POST_CLASS.search(tokens):
            return False
    return True


def _teaser_block(el: lxml_html.HtmlElement, story: lxml_html.HtmlElement | None = None) -> bool:
    """The element holding a line's start is a teaser's: a headline link, a link-led block, a promo box.

    - the line starts in a link of 3+ words (a teaser's headline with its lead after it);
    - its block is half or more link text, or follows a block that is mostly a link (a linked headline
      over a lead);
    - it sits in an aside, footer or nav, or a container named for related, promoted or popular stories;
    - with `story` (the element holding the story's last line): it sits in a box beside the story (a
      comment form, a trackback list, a lightbox) that does not also hold the story;
    - it is the heading of an item in a list of items with headings (a list of stories).
    """
    holding = {story, *story.iterancestors()} if story is not None else set()
    beside = bool(holding)  # until a container holding the story too is reached (its name is no evidence)
    for anc in (el, *el.iterancestors()):
        if anc.tag in ("body", "html"):  # their classes describe the page's layout ("no-sidebars")
            break
        beside = beside and anc not in holding
        if anc.tag == "a" and (anc.get("href") or "#")[:1] != "#" and len(element_text(anc).split()) >= 3:
            return True
        if anc.tag in _ELSEWHERE_TAGS:
            return True
        tokens = f"{anc.get('class') or ''} {anc.get('id') or ''}"
        if tokens.strip() and _ELSEWHERE_CLASS.search(tokens):
            return True
        if beside and (anc.tag in _BESIDE_TAGS or (tokens.strip() and _BESIDE_CLASS.search(tokens))):
            return True
    if _headed_list_item(el):
        return True
    block = next((a for a in (el, *el.iterancestors()) if a.tag in _LINE_BLOCKS), None)
    if block is None:
        return False
    words = len(element_text(block).split())
    if words and _linked_words(block) * 2 >= words:
        return True
    before = block.getprevious()
    if before is not None and isinstance(before.tag, str):
        text_words = len(element_text(before).split())
        return text_words >= 3 and _linked_words(before) * 2 >= text_words
    return False


def _headed_list_item(el: lxml_html.HtmlElement) -> bool:
    """The element is (in) the heading of a list item, in a list of TEASER_ITEMS+ items that each have one.

    A list whose items each start with a headline is a list of stories (their headlines over their leads).
    """
    heading = next((a for a in (el, *el.iterancestors()) if a.tag in _ITEM_HEADINGS), None)
    item = next(heading.iterancestors("li"), None) if heading is not None else None
    holder = item.getparent() if item is not None else None
    if holder is None:
        return False
    items = [li for li in holder if li.tag == "li"]
    return len(items) >= TEASER_ITEMS and all(next(li.iter(*_ITEM_HEADINGS), None) is not None for li in items)


# Pattern "excerpt of another post": a lead cut short and closed by a bracketed ellipsis ("... the new model
# [...]"), how blog engines (WordPress's excerpt) end the teasers of other posts in lists and widgets. A
# story's sentence ends with its own words; an omission inside a quote is bracketed before the quote's end.
_EXCERPT_END = re.compile(r"\[\s*(?:\.\.\.|…|&hellip;)\s*\]$")
#: The story's element is looked for at this many of its last lines (the last one found stands).
STORY_LINES = 3


def _story_element(tree: lxml_html.HtmlElement, story: list[str]) -> lxml_html.HtmlElement | None:
    """The element of the page holding the last of the story's lines that can be found there.

    Found as fill_gaps finds a line (a text node that starts it, a child's tail too: the line may open with
    a bold or linked word), so that a line beginning in an <em> is found at its paragraph.
    """
    wanted: dict[str, list[int]] = {}
    for index, line in enumerate(story[-STORY_LINES:]):
        key = norm_key(line.lstrip(_LIST_MARKS))
        if len(key) >= GAP_MATCH_CHARS:
            wanted.setdefault(key, []).append(index)
    starts = _line_starts(tree, wanted, tails=True, min_start=GAP_MATCH_CHARS)
    return starts[max(starts)][0] if starts else None


def teaser_tail_share(
    tree: lxml_html.HtmlElement, tail: list[str], story: list[str] | None = None, *, outside_post: bool = False
) -> float:
    """The share of the tail lines' words whose line starts, in the page, in a teaser-shaped block.

    A line is found at the first element (in document order) whose own text begins it; lines not found,
    and table rows, count as not teasers. `story` holds the story's lines (ours up to the last one both
    bodies hold): its last line found in the page lets boxes beside the story count (see _teaser_block), and
    lines outside the post's own container (_POST_CLASS) count too. With `outside_post`, only those count.
    """
    story_el = _story_element(tree, story) if story else None
    post = post_container(story_el)
    wanted: dict[str, list[int]] = {}
    for index, line in enumerate(tail):
        # A table row ("| a | b |", as trafilatura renders tables) is data shown with the story, never a teaser.
        key = norm_key(line.lstrip(_LIST_MARKS))
        if len(key) >= 8 and not line.startswith("|") and key not in wanted:
            wanted[key] = [index]  # a repeated line is found once, as its first
    # A short text ("Kalorien", "Kreole:") begins too many lines to tell where one starts: the line is
    # found where an element's text is its whole start (MATCH_CHARS) or the whole line.
    starts = _line_starts(tree, wanted, tails=False, min_start=MATCH_CHARS)
    found = {index: not outside_post and _teaser_block(holder, story_el) for index, (holder, _) in starts.items()}
    if post is not None:
        # A line outside the post's own container (see _POST_CLASS) is the blog's furniture, not the post.
        # Looked for as the story's lines are (a text node starting the line with GAP_MATCH_CHARS of its
        # characters, a child's tail too): a widget's short line broken by a link ("Get the details at <a>")
        # is found where the full MATCH_CHARS test above finds nothing.
        wanted = {}
        for index, line in enumerate(tail):
            key = norm_key(line.lstrip(_LIST_MARKS))
            if len(key) >= GAP_MATCH_CHARS and not line.startswith("|"):
                wanted.setdefault(key, []).append(index)
        for index, (holder, _) in _line_starts(tree, wanted, tails=True, min_start=GAP_MATCH_CHARS).items():
            found[index] = found.get(index, False) or _outside_post(holder, post)
    if not outside_post:
        found.update({index: True for index, line in enumerate(tail) if _EXCERPT_END.search(line.rstrip())})
    total = sum(len(line.split()) for line in tail)
    teasers = sum(len(tail[i].split()) for i, hit in found.items() if hit)
    return teasers / max(1, total)


def reconcile(own: list[str], peer: list[str], page: Callable[[], lxml_html.HtmlElement]) -> list[str]:
    """Our body, without the lines after readability's body when the page shows them as teasers.

    The one reconciliation step between the two extractors: the lines both hold are the story; ours
    beyond readability's end go only on positive evidence from the page that they are other pages'
    teasers or promo boxes (see teaser_tail_share), since readability also stops early on some stories.
    `page` gives the page's tree as parsed (asked only when there is such a tail).
    """
    cut = peer_tail(own, peer)
    if cut is not None:
        return own if teaser_tail_share(page(), own[cut:], own[:cut]) < TEASER_TAIL_SHARE else own[:cut]
    # A short post above a blog's furniture: readability's small body may trim ours, but only where the
    # tail lies outside the post's own container (see POST_MIN_SHARE); teaser shapes alone are too weak a
    # sign against so small a peer (a how-to's linked steps look like a link list).
    cut = peer_tail(own, peer, min_share=POST_MIN_SHARE, min_words=POST_MIN_WORDS)
    if cut is None or teaser_tail_share(page(), own[cut:], own[:cut], outside_post=True) < TEASER_TAIL_SHARE:
        return own
    return own[:cut]


#: A line of readability's body that ours lacks is put back when it ends a sentence and has this many
#: words ...
GAP_MIN_WORDS = 4
#: ... and the lines put back hold at most this share of our body's words, or GAP_MAX_WORDS words (more
#: is another body: a comment thread, a second story).
GAP_MAX_SHARE = 1.0
GAP_MAX_WORDS = 120
#: A line is found in the page where a text node starts with this many of its characters (or is all of it).
GAP_MATCH_CHARS = 12
# A line that ends a sentence (a lead paragraph), not a byline, a tag list or a label.
_SENTENCE_END = re.compile(r"[.!?…][\"”’»)]?$")
# Inline tags: text in them is part of the block around them.
_INLINE = frozenset({"a", "span", "b", "i", "em", "strong", "font", "u", "small", "big", "sup", "sub", "abbr", "cite"})
# Blocks that are one paragraph: the container of their text is their parent.
_PARAGRAPHS = frozenset({"p", "li", "dd", "dt", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "td", "th"})


_CAPTION_CLASS = re.compile(rf"caption|credit|legend|{alternation_in_order(CAPTION_CLASS_WORDS)}", re.I)


def _captioned(el: lxml_html.HtmlElement) -> bool:
    """The element is a picture's caption or credit (a <figcaption>, a class naming one), or its block is."""
    for anc in (el, *el.iterancestors()):
        if anc.tag in ("figcaption", "figure"):
            return True
        tokens = f"{anc.get('class') or ''} {anc.get('id') or ''}"
        if tokens.strip() and _CAPTION_CLASS.search(tokens):
            return True
        if anc is not el and anc.tag not in _INLINE:
            break
    return False


def _container(holder: lxml_html.HtmlElement, own_text: bool) -> lxml_html.HtmlElement | None:
    """The container of a text node held by `holder` (its own text, or a child's tail); None for a caption.

    Out of inline tags to the block; a paragraph's (or a <div> used as one) container is its parent, bare
    text's the block itself.
    """
    block: lxml_html.HtmlElement = holder
    while block.tag in _INLINE:
        parent = block.getparent()
        if parent is None:
            break
        block, own_text = parent, False
    if _captioned(holder):
        return None  # a caption is found nowhere: never put back, never a neighbour
    parent = block.getparent()
    if parent is not None and (own_text or block.tag in _PARAGRAPHS):
        return parent
    return block


def _containers(tree: lxml_html.HtmlElement, lines: dict[int, str]) -> dict[int, lxml_html.HtmlElement]:
    """For each line, the element of the page its text sits in as a paragraph: the parent of the paragraph
    (<p>, <li>, a <div> used as one) that holds it, or the <div> itself when the line is bare text in it
    (text after a <br> or in a <span> straight in the <div>, as blogs and old CMSs write their posts).

    A line is found at the first text node (in document order) that starts it.
    """
    wanted: dict[str, list[int]] = {}
    for index, line in lines.items():
        key = norm_key(line.lstrip(_LIST_MARKS))  # a list item as trafilatura renders it: "- text"
        if len(key) >= GAP_MATCH_CHARS:
            wanted.setdefault(key, []).append(index)
    # A text node shorter than MATCH_CHARS ("Indoor Google Maps for", the rest in <span>s) may start the line
    # or only a word of it (a bold name opening another paragraph): its match stands until a full one.
    starts = _line_starts(tree, wanted, tails=True, min_start=GAP_MATCH_CHARS)
    found = {index: _container(holder, own_text) for index, (holder, own_text) in starts.items()}
    return {index: container for index, container in found.items() if container is not None}


#: A line put back may sit in a container enclosing the containers of its two neighbours this many levels up.
GAP_NEST_LEVELS = 2


def _encloses(outer: lxml_html.HtmlElement, inner: lxml_html.HtmlElement) -> bool:
    """`outer` is `inner` or one of its ancestors at most GAP_NEST_LEVELS levels up.

    Pattern "bare text among the post's blocks": blog editors (Blogger, old WYSIWYG CMSs) write a post as
    text and <span>s straight in the post's <div>, with some paragraphs or captioned pictures wrapped in
    <div>s of their own; a line of bare text between two such blocks sits in the <div> holding both, one
    level up from theirs. A box of its own (a comment thread, a promo) sits in a container beside or
    inside the story's blocks, never one holding them both, so it stays out.
    """
    el: lxml_html.HtmlElement | None = inner
    for _ in range(GAP_NEST_LEVELS + 1):
        if el is None:
            return False
        if el is outer:
            return True
        el = el.getparent()
    return False


def fill_gaps(own: list[str], peer: list[str], page: Callable[[], lxml_html.HtmlElement]) -> list[str]:
    """Our body with the lines readability's body shows between two of ours, when the page holds them in
    the same container as those two: paragraphs of the story that trafilatura skipped.

    trafilatura skips, in some layouts, text written straight into a <div> or a <span> among the story's
    paragraphs (blogs, old CMSs), a <div> used as a paragraph, a line beside a picture; readability scores
    the container and keeps them. Readability's body also holds comment threads and caption boxes that
    are not the story's, so a line (a sentence) is put back only on the page's evidence: it comes between
    two consecutive lines of our body, and the page holds the three in one container (a comment thread or
    a caption box is a container of its own); or it comes before our first line, in the container of our
    first two (an opening paragraph). Lines after our last are reconcile's business (a tail there is
    mostly signatures and notes). `page` gives the page's tree (asked only when readability has such a
    line).
    """
    if len(own) < 2 or not peer:
        return own
    keys = [norm_key(line) for line in own]
    exact = {key: j for j, key in reversed(list(enumerate(keys)))}  # the first line of ours with the key
    joined = f" {' '.join(keys)} "
    own_grams: list[set[tuple[str, ...]]] = []  # made on the first line that is not one of ours verbatim

    def match(line: str) -> int | None:
        j = exact.get(norm_key(line))
        if j is not None:
            return j
        if not own_grams:
            own_grams.extend(_grams(mine) for mine in own)
        grams = _grams(line)
        return next((j for j, mine in enumerate(own_grams) if len(grams & mine) >= SHARED_LINE * len(grams)), None)

    gaps: list[tuple[int, list[str]]] = []  # (our line before the gap, readability's lines in it)
    before: int | None = None
    pending: list[str] = []
    for line in peer:
        j = match(line)
        if j is None:
            # A paragraph of the story ends a sentence: a byline, a tag list, a kicker, a label or a
            # heading does not (tried without: bylines, tag lines and box titles came back).
            if (
                len(line.split()) >= GAP_MIN_WORDS
                and _SENTENCE_END.search(line)
                and f" {norm_key(line)} " not in joined
            ):
                pending.append(line)
            continue
        if pending and (before is not None and j == before + 1 or before is None and j == 0):
            # between two consecutive lines of ours, or before our first (an opening paragraph
            # trafilatura took for a standfirst box)
            gaps.append((-1 if before is None else before, pending))
        pending, before = [], j
    if not gaps:
        return own
    words = sum(len(line.split()) for _, lines in gaps for line in lines)
    if words > max(GAP_MAX_WORDS, GAP_MAX_SHARE * sum(len(line.split()) for line in own)):
        return own
    # Keys: -1 - j for our line j, (j + 1) * 1000 + k for the k-th line of the gap after it (j = -1: before
    # our first line). A line of ours whose text the page splits in many short pieces is not found: the one
    # before it (or after) stands in; before our first line, our first two lines must share the container.
    wanted: dict[int, str] = {}
    for j, lines in gaps:
        wanted.update({-1 - i: own[i] for i in range(max(0, j - 1), min(len(own), j + 3))})
        wanted.update({(j + 1) * 1000 + k: line for k, line in enumerate(lines)})
    held = _containers(page(), wanted)
    inserts: dict[int, list[str]] = {}
    for j, lines in gaps:
        above = [held[-1 - i] for i in (j, j - 1) if i >= 0 and -1 - i in held]
        below = [held[-1 - i] for i in (j + 1, j + 2) if -1 - i in held]
        if j == -1:
            above, below = below[:1], below[1:]
        if not above or not below:
            continue
        inserts[j] = [
            line
            for k, line in enumerate(lines)
            if (held_at := held.get((j + 1) * 1000 + k)) is not None
            and _encloses(held_at, above[0])
            and _encloses(held_at, below[0])
        ]
    if not any(inserts.values()):
        return own
    out: list[str] = []
    out.extend(inserts.get(-1, []))
    for j, line in enumerate(own):
        out.append(line)
        out.extend(inserts.get(j, []))
    return out
