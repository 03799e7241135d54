"""Pages that are not articles, told by their structure: positive evidence only.

Three shapes, each a page whose main matter is something other than a story, with no block of story
prose beside it:
- a section front whose teasers carry leads (a list of 4+ items, each a linked headline in a heading with
  a sentence or two under it): the link-share test misses it, since the leads are not link text;
- a data page: a table of mostly numbers (market quotes, scores, results) with a line of explanation,
  or with notes only (no block of NOTE_WORDS+ words beside the table);
- a photo gallery: many captioned pictures (<figcaption>, or picture-and-text blocks) and no text but
  the captions;
- a signup page: a series of cards, each a short blurb with its own sign-up button (a newsletter or
  alerts page), and no prose beside them;
- an entity's page (see entity_page): a job ad, whose JSON-LD JobPosting is the page's headline, or a list
  of several entities of one kind (events, jobs, products) in a page without story prose; neither page
  declares itself an article.

A page with a paragraph of prose (STORY_BLOCK_WORDS+ words) outside those structures is never rejected
here, nor one where the text outside them is as long as they are (twice as long for a data page's
notes): an article with a teaser list, a results table or a picture series below its story stays an
article.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from lxml import html as lxml_html
from lxml.etree import XPath

from ..lexicon.junk import SIGNUP_LABELS
from ..lexicon.navigation import SLIDE_COUNTER_WORDS, STEP_LABEL_WORDS, alternation
from ..lexicon.units import ABBREVIATIONS, COMPASS, SIGNS, WORDS
from .metadata import jsonld_types_of
from .text import clean_line, norm_key
from .trees import own_boxes

#: A block of this many words outside the teasers, tables or pictures is story prose: the page is kept.
STORY_BLOCK_WORDS = 35
#: A teaser's lead: at least this many words in its item besides the headline.
LEAD_WORDS = 8
#: A teaser's lead is a sentence or two: an item longer than this is a post shown whole (a blog front page,
#: a forum thread), not a teaser.
TEASER_MAX_WORDS = 100
#: A teaser's headline has at least this many words (a forum post's heading is its author's name).
HEADLINE_WORDS = 3
#: Teasers with leads, in lists of at least TEASER_LIST_ITEMS items under one parent, that make a front.
MIN_TEASERS = 5
TEASER_LIST_ITEMS = 4
#: A data table: this many rows and this many numeric cells, and at least half its cells numeric.
DATA_ROWS = 6
DATA_NUMBERS = 20
#: On a page without a paragraph of story, a table of figure rows: this many rows of data cells, each with a
#: figure, and figures at least this share of its cells (a forecast of five days, a round of fixtures).
FIGURE_ROWS = 5
FIGURE_SHARE = 0.2
#: A data grid's box (a row of figures drawn with <div>s or <li>s) has this many cells at least, and at most.
GRID_CELLS = 3
GRID_MAX_CELLS = 15
#: A signup page: this many cards in one series, each with CARD_WORDS+ words beside its button.
SIGNUP_CARDS = 4
CARD_WORDS = 8
#: A gallery: this many captions; a slideshow, whose counter tells the whole series, this many at least.
GALLERY_CAPTIONS = 6
SLIDESHOW_CAPTIONS = 3
#: A picture's caption block (a picture and its text, without <figcaption>) has at most this many words.
CAPTION_BLOCK_WORDS = 40
#: A data page's notes: no block outside its tables reaches this many words (a sentence of story does), and
#: the notes are at most DATA_NOTES_SHARE times the tables' words.
NOTE_WORDS = 20
DATA_NOTES_SHARE = 2.0

#: JSON-LD types of things a page may list or sell, never a story: with ENTITY_LIST_ITEMS+ objects of one of
#: them and no story prose the page is a listing of them (an events calendar, a job board, a shop's shelf).
ENTITY_TYPES = frozenset(
    {
        "event",
        "businessevent",
        "childrensevent",
        "comedyevent",
        "danceevent",
        "educationevent",
        "exhibitionevent",
        "festival",
        "foodevent",
        "literaryevent",
        "musicevent",
        "saleevent",
        "screeningevent",
        "socialevent",
        "sportsevent",
        "theaterevent",
        "jobposting",
        "product",
        "course",
    }
)
#: Entity types whose own page is never an article, even with paragraphs of prose: a job ad's prose is
#: the role's description. Not Product (a shop's product page): the public extraction benchmarks count
#: its description as the page's text to extract (5 devset pages with og:type product, 3 held-out), nor
#: a single Event (a match report carries its SportsEvent, an event's page its programme).
OWN_PAGE_TYPES = frozenset({"jobposting"})
ENTITY_LIST_ITEMS = 3
#: ... or this many, each linked to its own page (pattern "linked entity listing").
LINKED_ENTITY_ITEMS = 2

_NON_LINK_TEXT = XPath(
    ".//text()[not(ancestor::a) and not(ancestor::script) and not(ancestor::style)"
    " and not(ancestor::noscript) and not(ancestor::template)]"
)
# The texts of _NON_LINK_TEXT that could hold `words` words (_words: split on whitespace): a word is a
# character at least, with a separator between two, so 2 * words - 1 characters at least. The length test
# comes first and libxml2 stops there for the short texts (most of a page's): no ancestor walks, no result
# object for them. Used where only the long texts matter (_has_story_outside: ~60 ms on 10,000-node pages).
_LONG_NON_LINK_TEXT = XPath(
    ".//text()[string-length() >= 2 * $words - 1 and not(ancestor::a) and not(ancestor::script)"
    " and not(ancestor::style) and not(ancestor::noscript) and not(ancestor::template)]"
)
_ALL_TEXT = XPath(
    ".//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript) and not(ancestor::template)]"
)
# A cell that states a number: a quote, a change, a percentage, a score, a time ("+0.60%", "39,098.68",
# "2-1", "12:05"), with an optional currency or unit sign. Two writings of numbers are figures too:
# thousands grouped by spaces ("7 771,02", "1 203 110": fr, pl, ru, sv and others write them so, with a
# plain, no-break or narrow no-break space), and a score spaced around its dash ("2 - 1", "0 – 0"); the
# currency sign may follow the number, as those languages write it ("1 250 €").
_NUMERIC = re.compile(
    r"^[+\-−–]?\s*[$€£¥]?\s*[\d][\d.,:/\-–]*(?:[ \u00a0\u202f]\d{3}(?:[.,]\d+)?)*(?:\s[\-–:]\s\d{1,3})?"
    r"\s*(?:%|[kmbKMB]|[A-Za-z]{0,3}|[$€£¥])?$"
)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# A cell that states a measured value: a number with a unit ("7°", "9°C", "1013 hPa"), a wind's with its
# compass point ("22 mph SW"), optionally after a one-word label ("Wind 24 mph", "Humidity: 95 %"); a label
# without a unit is not enough ("Wed 13", "Page 2").
_MEASURE = re.compile(
    rf"^(?:[^\W\d_]{{2,15}}:?\s+)?[+\-−–]?\d[\d.,\-–/]*\s*(?:{_alternation(SIGNS + ABBREVIATIONS + WORDS)})"
    rf"(?:\s+(?:{_alternation(COMPASS)}))?$",
    re.IGNORECASE,
)


def _is_value(cell: str) -> bool:
    """The cell is a figure: a number, a quote, a time or a measured value (see _NUMERIC, _MEASURE)."""
    return len(cell) <= 20 and (_NUMERIC.match(cell) is not None or _MEASURE.match(cell) is not None)


def _words(text: str | None) -> int:
    return len(text.split()) if text else 0


def _non_link_words(el: lxml_html.HtmlElement) -> int:
    return sum(_words(t) for t in _NON_LINK_TEXT(el))


def _all_words(el: lxml_html.HtmlElement) -> int:
    """Words of the element's text, node by node (text_content() glues table cells into one word)."""
    return sum(_words(t) for t in _ALL_TEXT(el))


def _teaser_lists(tree: lxml_html.HtmlElement) -> tuple[list[lxml_html.HtmlElement], int]:
    """The teaser items with leads that stand in lists, and how many there are.

    A teaser is a heading holding (or held by) a link; its item is the largest ancestor holding no other
    teaser heading. Items whose text beyond the headline has LEAD_WORDS+ words have a lead.
    """
    body = tree.find("body")
    headings = [
        h
        for h in (body.iter("h2", "h3", "h4") if body is not None else ())
        if h.find(".//a[@href]") is not None or next(h.iterancestors("a"), None) is not None
    ]
    if len(headings) < MIN_TEASERS:
        return [], 0
    items: dict[lxml_html.HtmlElement, lxml_html.HtmlElement] = {}
    for heading, item in zip(headings, own_boxes(headings), strict=True):
        headline = _words(heading.text_content())
        if (
            headline >= HEADLINE_WORDS
            and LEAD_WORDS <= _words(item.text_content()) - headline
            and _words(item.text_content()) <= TEASER_MAX_WORDS
        ):
            items[heading] = item
    by_parent: dict[lxml_html.HtmlElement, list[lxml_html.HtmlElement]] = {}
    for item in items.values():
        holder = item.getparent()
        if holder is not None:
            by_parent.setdefault(holder, []).append(item)
    listed = [item for group in by_parent.values() if len(group) >= TEASER_LIST_ITEMS for item in group]
    return listed, len(listed)


# Call-to-action controls: a button, a submit input, a link drawn as a button ("btn", "cta"). Found in C:
# most pages have none whose label is a sign-up word, and the test stops there.
_CONTROLS = XPath(
    "//body//button | //body//input[@type='submit' or @type='button']"
    " | //body//a[@role='button' or contains(@class, 'btn') or contains(@class, 'button') or contains(@class, 'cta')]"
)
_SIGNUP = frozenset(" ".join(label.casefold().split()) for label in SIGNUP_LABELS)
#: A control's label is a sign-up word, alone or followed by a few words ("Sign up now", "Subscribe free").
SIGNUP_LABEL_WORDS = 4


def _signup_control(el: lxml_html.HtmlElement) -> bool:
    label = " ".join(((el.get("value") or "") if el.tag == "input" else el.text_content()).split()).casefold()
    label = label.strip(" .!+›»→>✓")
    if not label or len(label.split()) > SIGNUP_LABEL_WORDS:
        return False
    return label in _SIGNUP or any(label.startswith(word + " ") for word in _SIGNUP)


def _signup_cards(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """Cards with a sign-up button each, in a series (pattern "signup cards": a newsletter or alerts page
    lists its letters as SIGNUP_CARDS+ sibling boxes of one kind, each a name and a sentence about it
    beside its own "Sign up" button, or its own tick box in a form that a sign-up button sends).

    A card is the largest ancestor of a sign-up control holding no other one; it has CARD_WORDS+ words
    besides the button's label and at most TEASER_MAX_WORDS (a story's paragraphs are not cards). A
    comment thread's "Reply" buttons are not sign-up words; a newsletter box under a story is one card.
    """
    controls = [c for c in _CONTROLS(tree) if _signup_control(c)]
    # A form that signs up for the letters ticked in it: each tick box stands for its card's button.
    forms = {form: None for c in controls for form in c.iterancestors("form")}
    controls += [box for form in forms for box in form.iterfind(".//input[@type='checkbox']")]
    if len(controls) < SIGNUP_CARDS:
        return []
    series: dict[tuple[object, object, str], list[lxml_html.HtmlElement]] = {}
    for control, card in zip(controls, own_boxes(controls), strict=True):
        words = _all_words(card) - _all_words(control)
        if card is not control and CARD_WORDS <= words <= TEASER_MAX_WORDS:
            series.setdefault((card.getparent(), card.tag, card.get("class") or ""), []).append(card)
    return [card for cards in series.values() if len(cards) >= SIGNUP_CARDS for card in cards]


def _is_calendar(numeric: list[str]) -> bool:
    """The numbers are the days of a month in order (1, 2, ... 28+): a blog's calendar widget, not data."""
    return len(numeric) <= 31 and numeric == [str(day) for day in range(1, len(numeric) + 1)]


# A year alone, or a span of years ("1999", "2003–2007"): a list of works or offices by year (a discography,
# a filmography, an encyclopedia's table of titles) states no figure of the thing named.
_YEARS = re.compile(r"^\d{4}(?:\s*[\-–]\s*\d{2,4})?$")


def _row_figure(cell: str) -> bool:
    return _is_value(cell) and _YEARS.match(cell) is None


def _figure_rows(rows: list[lxml_html.HtmlElement], cells: int, numbers: int) -> bool:
    """The table is rows of figures (pattern "figure rows"): FIGURE_ROWS+ rows of data cells, every one
    with a figure in it (a year is none, see _YEARS), and figures at least FIGURE_SHARE of the cells. A
    forecast's days, a round's fixtures with their scores or kick-off times, a short quotes table: each row
    names a thing and states its figures, too few in all for a table of mostly numbers (names and words
    fill the other cells)."""
    data = [row for row in rows if any(c.tag == "td" for c in row)]
    return (
        len(data) >= FIGURE_ROWS
        and numbers >= FIGURE_SHARE * cells
        and all(any(c.tag == "td" and _row_figure(c.text_content().strip()) for c in row) for row in data)
    )


def _data_tables(tree: lxml_html.HtmlElement, storyless: bool = False) -> list[lxml_html.HtmlElement]:
    """Tables of mostly numbers (DATA_ROWS+ rows, DATA_NUMBERS+ numeric cells, half the cells or more);
    on a `storyless` page (no paragraph of story anywhere), tables of figure rows too (see _figure_rows)."""
    found = []
    body = tree.find("body")
    for table in body.iter("table") if body is not None else ():
        if next(table.iterancestors("table"), None) is not None:
            continue
        rows = table.findall(".//tr")
        if len(rows) < (FIGURE_ROWS if storyless else DATA_ROWS):
            continue
        cells = [c.text_content().strip() for row in rows for c in row if c.tag in ("td", "th")]
        cells = [c for c in cells if c]
        numeric = [c for c in cells if _is_value(c)]
        numbers = len(numeric)
        if _is_calendar(numeric):
            continue
        if (len(rows) >= DATA_ROWS and numbers >= DATA_NUMBERS and numbers * 2 >= len(cells)) or (
            storyless and _figure_rows(rows, len(cells), numbers)
        ):
            found.append(table)
    return found


# Parents of DATA_ROWS+ elements: found in C (a Python walk over every element cost ~1 ms a page).
_GRID_PARENTS = XPath(f"//body//*[count(*) >= {DATA_ROWS}]")


def _data_grids(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """Grids of boxes that are rows of figures: a table drawn without <table> (pattern "data grid": a
    forecast's day boxes, a quotes strip, a scoreboard).

    A grid is DATA_ROWS+ sibling boxes of one kind (tag and class), each of GRID_CELLS to GRID_MAX_CELLS
    short cells (text nodes), not links (a list of teasers with their times is links), holding together
    DATA_NUMBERS+ figures that are at least half the cells (see _is_value).
    """
    found = []
    for parent in _GRID_PARENTS(tree):
        if parent.tag in ("table", "tbody", "thead", "tr", "select"):
            continue
        series: dict[tuple[object, str], list[lxml_html.HtmlElement]] = {}
        for child in parent:
            if isinstance(child.tag, str):
                series.setdefault((child.tag, child.get("class") or ""), []).append(child)
        for boxes in series.values():
            if len(boxes) < DATA_ROWS or not any(ch.isdigit() for ch in boxes[0].text_content()):
                continue
            cells: list[str] = []
            unlinked = 0
            for box in boxes:
                texts = [c for c in (t.strip() for t in _ALL_TEXT(box)) if c]
                if not GRID_CELLS <= len(texts) <= GRID_MAX_CELLS:
                    break
                cells.extend(texts)
                unlinked += sum(1 for t in _NON_LINK_TEXT(box) if t.strip())
            else:
                linked = len(cells) - unlinked
                numbers = sum(1 for c in cells if _is_value(c))
                if numbers >= DATA_NUMBERS and numbers * 2 >= len(cells) and linked * 2 < len(cells):
                    found.extend(boxes)
    return found


_PICTURE_HOLDERS = frozenset({"div", "li", "figure", "section", "article"})


def _picture_blocks(body: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """Pictures with their captions as plain blocks (a gallery without <figcaption>): for each <img>, the
    largest ancestor holding that one picture and at most CAPTION_BLOCK_WORDS words, when it has words."""
    images = list(body.iter("img"))
    if len(images) < GALLERY_CAPTIONS:
        return []
    blocks: dict[lxml_html.HtmlElement, None] = {}
    # Words per block, counted once: the pictures of a row share ancestors, and a block is counted again below.
    words: dict[lxml_html.HtmlElement, int] = {}

    def all_words(el: lxml_html.HtmlElement) -> int:
        if el not in words:
            words[el] = _all_words(el)
        return words[el]

    for img in images:
        block = None
        for parent in img.iterancestors():
            if parent.tag == "a":  # a linked picture: its block is further up
                continue
            if parent.tag not in _PICTURE_HOLDERS:
                break
            # a second picture ends the walk: the count stops there, not at the end of a large container
            if next(islice(parent.iter("img"), 1, None), None) is not None or all_words(parent) > CAPTION_BLOCK_WORDS:
                break
            block = parent
        if block is not None and all_words(block) >= HEADLINE_WORDS:
            blocks[block] = None
    # A gallery is a series: GALLERY_CAPTIONS+ blocks of one kind (tag and class) under one parent, whose
    # captions are text, not links (a row of shop or book widgets is links).
    series: dict[tuple[object, object, str], list[lxml_html.HtmlElement]] = {}
    for block in blocks:
        series.setdefault((block.getparent(), block.tag, block.get("class") or ""), []).append(block)
    return [
        block
        for group in series.values()
        if len(group) >= GALLERY_CAPTIONS
        and sum(all_words(b) - _non_link_words(b) for b in group) * 4 < sum(all_words(b) for b in group)
        for block in group
    ]


# A step's label at the start of its block's text: a step word and the step's number ("Step 3", "Schritt 3:").
_STEP_LABEL = re.compile(rf"^\W*(?:{alternation(STEP_LABEL_WORDS)})\s*(\d{{1,3}})\b", re.IGNORECASE)
#: How-to steps: this many numbered blocks at least, and at least half the picture blocks.
MIN_STEPS = 3


def _in_caption(text: Any, block: lxml_html.HtmlElement) -> bool:
    """The text node (an lxml smart string) lies in a <figcaption> inside the block."""
    el = text.getparent() if text.is_text else text.getparent().getparent()
    while el is not None and el is not block:
        if el.tag == "figcaption":
            return True
        el = el.getparent()
    return False


def _numbered_steps(blocks: list[lxml_html.HtmlElement]) -> bool:
    """The picture blocks are a how-to's steps (pattern "how-to steps"): a how-to shows each step beside its
    picture, which looks like a gallery's series of captioned pictures; but its blocks start with a step's
    label ("Step 1", "Schritt 2") whose numbers rise one by one down the page, and each says what to do
    (HEADLINE_WORDS+ words beside the label, outside the picture's caption). A gallery numbers its pictures
    with counters of the whole ("3 / 12", "3 of 12"), never with a step word.
    """
    numbers = []
    for block in blocks:
        own = " ".join(" ".join(t for t in _ALL_TEXT(block) if not _in_caption(t, block)).split())
        found = _STEP_LABEL.match(own)
        if found and _words(own[found.end() :]) >= HEADLINE_WORDS:
            numbers.append(int(found.group(1)))
    if len(numbers) < max(MIN_STEPS, len(blocks) / 2):
        return False
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))


def _lettered_words(text: str | None) -> int:
    """Words with a letter in them: a line of figures ("12:00 31° | 13:00 33°") says no sentence."""
    return sum(1 for w in text.split() if any(ch.isalpha() for ch in w)) if text else 0


def _lettered_rest(body: lxml_html.HtmlElement, blocks: list[lxml_html.HtmlElement]) -> int:
    """Words with a letter in them in the body's text outside links and outside the blocks."""
    inside = set(blocks)
    total = 0
    for text in _NON_LINK_TEXT(body):
        # A tail's element is the one before it: the text's holder is that element's parent.
        holder = text.getparent().getparent() if text.is_tail else text.getparent()
        if holder is not None and holder not in inside and not any(a in inside for a in holder.iterancestors()):
            total += _lettered_words(text)
    return total


#: Pattern "dated link rows" (blind18): an index of live blogs, podcasts or other stories lists each as a
#: row holding a link to its own page and its <time>, and no lead of its own (under LEAD_WORDS words
#: beside the link); MIN_TEASERS+ such rows under one parent and no paragraph of story elsewhere make the
#: page an index. A live blog's entries carry a time too, but each entry has its text (and its link, if
#: any, points into the page itself), so they are no such rows.
ROW_HOPS = 3


def _dated_link_rows(body: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The rows of the page's longest list of dated links without leads (see ROW_HOPS), or []."""
    times = list(islice(body.iter("time"), 200))
    if len(times) < MIN_TEASERS:
        return []
    by_parent: dict[lxml_html.HtmlElement, list[lxml_html.HtmlElement]] = {}
    for time in times:
        row = time.getparent()
        for _ in range(ROW_HOPS):
            if row is None or row.find(".//a[@href]") is not None:
                break
            row = row.getparent()
        if row is None or row is body:
            continue
        links = [a for a in row.iter("a") if not (a.get("href") or "#").startswith("#")]
        own = sum(1 for _ in row.iter("time"))
        if len(links) != 1 or own != 1 or _non_link_words(row) >= LEAD_WORDS:
            continue
        holder = row.getparent()
        if holder is not None:
            by_parent.setdefault(holder, []).append(row)
    best = max(by_parent.values(), key=len, default=[])
    return best if len(best) >= MIN_TEASERS else []


def _has_story_outside(
    tree: lxml_html.HtmlElement,
    blocks: list[lxml_html.HtmlElement],
    words: int = STORY_BLOCK_WORDS,
    lettered: bool = False,
) -> bool:
    """A paragraph or a loose run of text of `words`+ words outside the blocks (with `lettered`, words
    with a letter in them only)."""
    inside = set(blocks)
    _count = _lettered_words if lettered else _words

    def outside(el: lxml_html.HtmlElement) -> bool:
        return el not in inside and not any(a in inside for a in el.iterancestors())

    body = tree.find("body")
    for p in body.iter("p") if body is not None else ():
        if _count(p.text_content()) >= words and outside(p):
            return True
    for text in _LONG_NON_LINK_TEXT(body, words=words) if body is not None else []:
        if _count(text) >= words:
            parent = text.getparent()
            if parent is not None and outside(parent):
                return True
    return False


def non_article(tree: lxml_html.HtmlElement, article_typed: bool = False) -> str | None:
    """Why the page is not an article, from its structure; None when nothing says so.

    `article_typed`: the page declares itself an article (JSON-LD or og:type); then the text outside the
    structure must be much shorter still (a quarter of it instead of a half) before the page is rejected.
    """
    body = tree.find("body")
    if body is None:
        return None
    share = 0.25 if article_typed else 0.5
    teasers, count = _teaser_lists(tree)
    # A grid of figures, a table of figure rows or a series of signup cards is looked for only on a page
    # without a paragraph of story (no grid or cards could make one with it a non-article): most pages have
    # one, and the searches walk the page.
    storyless = count < MIN_TEASERS and not _has_story_outside(tree, [])
    # Figure rows (names and words beside a figure each) are weaker evidence than a table of mostly numbers:
    # read so only where the page does not declare itself an article either (a forecast, a fixtures page).
    tables = _data_tables(tree, storyless and not article_typed) if count < MIN_TEASERS else []
    if storyless:
        tables += _data_grids(tree)
    captions = list(body.iter("figcaption")) if count < MIN_TEASERS and not tables else []
    # Pattern "slideshow" (see slideshow()): a gallery that shows a few of its pictures at a time, under a
    # counter of the whole series ("1 / 24"), is a gallery with fewer captions on the page; the counter is
    # evidence enough that the page is the gallery, even when it declares itself an article.
    # Pattern "numbered series": the same counter over a full series of captioned pictures ("1 / 6" in each
    # caption) says the page is the gallery as much, even when it declares itself an article (a photo desk's
    # "Foto: <title>" page is typed as one).
    gallery_min = GALLERY_CAPTIONS
    if SLIDESHOW_CAPTIONS <= len(captions) and slideshow(tree, SLIDESHOW_CAPTIONS):
        gallery_min, share = SLIDESHOW_CAPTIONS, 0.5
    pictures = (
        [p for p in (c.getparent() for c in captions) if p is not None]
        if len(captions) >= gallery_min
        else _picture_blocks(body)
        if count < MIN_TEASERS and not tables and not captions
        else []
    )
    cards = _signup_cards(tree) if storyless and not tables and len(pictures) < gallery_min else []
    rows = _dated_link_rows(body) if storyless and not tables and not cards else []
    for kind, blocks in (
        ("section front", teasers if count >= MIN_TEASERS else []),
        ("signup page", cards),
        ("data table page", tables),
        ("photo gallery", pictures if len(pictures) >= gallery_min else []),
        ("index of dated links", rows),
    ):
        # A paragraph of story outside the blocks settles it first: cheap, and true on most articles.
        if not blocks or _has_story_outside(tree, blocks):
            continue
        if kind == "photo gallery" and _numbered_steps(blocks):
            continue
        inner = sum(_all_words(b) for b in blocks)
        rest = _non_link_words(body) - sum(_non_link_words(b) for b in blocks)
        # A data page's other text is notes (when updated, where from, not advice), none of it a sentence
        # of story: counted in words, a table of figures weighs less than it reads, so the notes may
        # outweigh it (pattern "data page": a quotes or rates table, an index box and a disclaimer).
        # A line of figures beside the table (an hourly strip "12:00 31° | 13:00 33°") is no sentence of
        # story: only words with letters count there.
        # The notes' figures are data too, not words of notes (a results page's per-region lines "Lugo · PP 8
        # · BNG 4" beside its table): only words with letters count in the notes' length.
        notes_only = (
            kind == "data table page"
            and _lettered_rest(body, blocks) < DATA_NOTES_SHARE * inner
            and not _has_story_outside(tree, blocks, NOTE_WORDS, lettered=True)
        )
        # A data page that does not call itself an article may have notes as long as its figures (a
        # forecaster's summary beside the forecast, a match's line-up beside the scores): a table of figures
        # weighs less than it reads (pattern "data page": the figures are the page's main matter).
        # A signup page's cards are the same: each blurb is a line or two beside its button, and the page's
        # intro and form notes may be as long (pattern "signup cards").
        # An index of dated links is the same (pattern "dated link rows"): each row is a headline and a date,
        # and the index's intro, filters and newsletter box may weigh as much as its rows.
        untyped_blocks = kind in ("data table page", "signup page", "index of dated links") and not article_typed
        if rest < (2 * share if untyped_blocks else share) * inner or notes_only:
            return (
                f"{kind}: {len(blocks)} {'teasers with leads' if kind == 'section front' else 'blocks'}, "
                f"{rest} words of other text beside their {inner}"
            )
    return None


def _entity_types(obj: dict[str, Any]) -> set[str]:
    """The object's ENTITY_TYPES, every kind of event as "event" (a calendar mixes concerts and markets)."""
    found = jsonld_types_of(obj) & ENTITY_TYPES
    return {"event" if kind.endswith("event") or kind == "festival" else kind for kind in found}


def _entity_name(obj: dict[str, Any]) -> str:
    for key in ("title", "name"):  # a JobPosting's title is the role; its name, when given, too
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return norm_key(clean_line(value))
    return ""


def entity_page(tree: lxml_html.HtmlElement, objects: list[dict[str, Any]], headlines: list[str]) -> str | None:
    """Why the page is an entity's page, not an article; None when nothing says so.

    `objects` are the page's JSON-LD objects, `headlines` the headline forms the page shows (its <h1>,
    og:title, <title>); the caller asks only when they hold an ENTITY_TYPES object
    and nothing declares the page an article (no Article type in its JSON-LD, og:type not article): a
    story that mentions a product, a concert or a vacancy carries their markup beside its own.
    Two shapes, each positive evidence:
    - the page is the entity's own (pattern "job ad"): an OWN_PAGE_TYPES object whose title is the page's
      headline (an <h1> or og:title says it);
    - the page lists entities (pattern "entity listing": an events calendar, a job board): ENTITY_LIST_ITEMS+
      objects of one type and no paragraph of story prose (STORY_BLOCK_WORDS+ words) anywhere on the page
      (a round-up story of several products or events has paragraphs of its own).
    """
    by_type: dict[str, list[dict[str, Any]]] = {}
    for obj in objects:
        for kind in _entity_types(obj):
            by_type.setdefault(kind, []).append(obj)
    if not by_type:
        return None
    shown = {norm_key(h) for h in headlines if h}
    for kind in sorted(by_type.keys() & OWN_PAGE_TYPES):
        for obj in by_type[kind]:
            name = _entity_name(obj)
            if name and name in shown:
                return f"entity page: JSON-LD {kind} {name[:60]!r} is the page's headline"
    listed = max(by_type, key=lambda kind: len(by_type[kind]))
    found = by_type[listed]
    if len(found) >= ENTITY_LIST_ITEMS and not _has_story_outside(tree, []):
        return f"entity listing: {len(found)} JSON-LD {listed} objects and no paragraph of story"
    # Pattern "linked entity listing": an agenda that marks up only its first events (two objects) still
    # links each of them to its own page under its name, as a listing does; a short story about two
    # events names them in its sentences. Without a paragraph of story either way.
    if len(found) >= LINKED_ENTITY_ITEMS:
        names = {_entity_name(obj) for obj in found}
        links = {norm_key(clean_line(a.text_content())) for a in tree.iter("a") if a.get("href")}
        if "" not in names and names <= links and not _has_story_outside(tree, []):
            return f"entity listing: {len(found)} JSON-LD {listed} objects, each linked to its own page"
    return None


# Pattern "slideshow": a gallery that shows one picture at a time puts a counter over it ("1 / 48", "3 of 12")
# and thumbnails of the others beside it; the counter alone is an element's whole text, its total a series.
_SLIDE_COUNTER = re.compile(
    rf"^\s*\d{{1,3}}\s*(?:/|(?:{_alternation(list(SLIDE_COUNTER_WORDS))})\s)\s*(\d{{1,4}})\s*$", re.I
)
_COUNTER_HOLDERS = XPath("//body//*[self::span or self::div or self::p or self::li or self::em or self::strong]")


def slideshow(tree: lxml_html.HtmlElement, pictures: int = GALLERY_CAPTIONS) -> str | None:
    """The counter of a one-picture-at-a-time gallery ("1 / 48") when the page has one; None otherwise.

    Positive evidence of a gallery page only with `pictures`+ pictures on the page (GALLERY_CAPTIONS, or
    fewer where captioned pictures say it too) and a total of GALLERY_CAPTIONS+; the callers ask only when
    the body is too short for an article by itself, or beside a series of captioned pictures.
    """
    if sum(1 for _ in tree.iter("img")) < pictures:
        return None
    for el in _COUNTER_HOLDERS(tree):
        if len(el):
            continue
        text = el.text or ""
        if len(text) <= 16 and (m := _SLIDE_COUNTER.match(text)) and int(m.group(1)) >= GALLERY_CAPTIONS:
            return " ".join(text.split())
    return None
