"""Old table-layout pages: the story as inline text in table cells, paragraphs only separated by <br><br>.

Sites built before CSS layouts put the story straight into a layout cell, often inside <font> tags,
with no <p> at all: ``<td><font>Para one.<br><br>Para two.<br><br><center>ad</center>Para three.</font></td>``.
lxml closes the <font> at a block such as <center>, leaving the following text as loose tails of the
cell, and trafilatura drops text that is a tail after a block (the first paragraph after a floated photo
table, the paragraphs after an in-story ad). Turning every run of inline content between double line
breaks or blocks into a <p> gives trafilatura the paragraphs the reader sees.

The same cells carry the reader comments below the story, under a "Reader Comments" heading with no
class or id to prune them by; once the cell is in paragraphs, the heading and everything after it in
the cell is dropped.
"""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from .junk import DEFAULT_TABLE, JunkTable

# Elements that end a run of inline text (the browser starts a new line before and after them).
BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "iframe",
        "li",
        "main",
        "nav",
        "noscript",
        "ol",
        "p",
        "pre",
        "script",
        "section",
        "style",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    }
)


def paragraphize(cell: lxml_html.HtmlElement) -> bool:
    """In place: wrap each run of inline content between <br><br> or block children of the cell in a <p>.

    Only a cell holding loose text and a double break is touched: <br><br> is how such a page marks a
    paragraph, while loose text beside blocks without one is a breadcrumb, a date or a counter line that
    trafilatura rightly ignores today. Single <br>s stay inside the paragraph (a line break within it);
    a run's leading and trailing breaks are dropped. A run that is mostly link text (a breadcrumb, a
    "Home | News" bar) is left loose, as it was. Returns True when the cell changed.
    """
    children = list(cell)
    has_text = bool((cell.text or "").strip()) or any((c.tail or "").strip() for c in children)
    if not has_text or not _has_double_break(children):
        return False
    items: list[lxml_html.HtmlElement | str] = [cell.text] if cell.text else []
    for child in children:
        tail, child.tail = child.tail, None
        items.append(child)
        if tail:
            items.append(tail)
    cell.text = None
    for child in children:
        cell.remove(child)

    run: list[lxml_html.HtmlElement | str] = []
    breaks: list[lxml_html.HtmlElement] = []

    def flush() -> None:
        if any(not isinstance(x, str) or x.strip() for x in run):
            if _mostly_links(run):
                _append_loose(cell, [*run, *breaks])
            else:
                cell.append(_paragraph(run))
        run.clear()
        breaks.clear()

    for item in items:
        if isinstance(item, str):
            if item.strip():
                run.extend(breaks if run else [])  # a break inside the run is a line break in the paragraph
                breaks.clear()
            if run or item.strip():
                run.append(item)
        elif item.tag == "br":
            breaks.append(item)
            if len(breaks) >= 2:
                flush()
        elif isinstance(item.tag, str) and item.tag in BLOCK_TAGS:
            flush()
            cell.append(item)
        else:
            run.extend(breaks if run else [])
            breaks.clear()
            run.append(item)
    flush()
    return True


def _mostly_links(run: list[lxml_html.HtmlElement | str]) -> bool:
    """At least half of the run's words are link text."""
    total = linked = 0
    for item in run:
        if isinstance(item, str):
            total += _words(item)
            continue
        words = _words(item.text_content())
        total += words + _words(item.tail)
        linked += words if item.tag == "a" else sum(_words(a.text_content()) for a in item.iter("a"))
    return total > 0 and linked * 2 >= total


def _append_loose(cell: lxml_html.HtmlElement, items: list[lxml_html.HtmlElement | str]) -> None:
    """Put items back into the cell as they were: loose text and inline elements."""
    for item in items:
        if isinstance(item, str):
            last = cell[-1] if len(cell) else None
            if last is None:
                cell.text = (cell.text or "") + item
            else:
                last.tail = (last.tail or "") + item
        else:
            cell.append(item)


def _has_double_break(children: list[lxml_html.HtmlElement]) -> bool:
    """Two <br>s with nothing but whitespace between them among the direct children."""
    for prev, child in zip(children, children[1:], strict=False):
        if prev.tag == "br" and child.tag == "br" and not (prev.tail or "").strip():
            return True
    return False


def _paragraph(run: list[lxml_html.HtmlElement | str]) -> lxml_html.HtmlElement:
    """A <p> holding the run's text and inline elements in order."""
    p = lxml_html.Element("p")
    _append_loose(p, run)
    return p


def drop_comment_threads(
    table: lxml_html.HtmlElement, cells: list[lxml_html.HtmlElement], junk: JunkTable = DEFAULT_TABLE
) -> int:
    """In place: drop each reader-comment heading in the layout table and everything after it in its container.

    The heading is an element whose whole text is a comment-section heading ("Reader Comments",
    "Komentar (3)"), not a link (a "Comments" link in a tool bar points elsewhere). The container is
    the outermost element holding nothing but the heading (its <p>, row or cell) and its siblings after
    it go too. Taken only when they hold fewer words than come before the heading in its layout cell,
    so a story that happens to sit below such a heading is never cut away. Returns the number dropped.
    """
    cellset = set(cells)
    removed: list[lxml_html.HtmlElement] = []
    for el in list(table.iter()):
        text = el.text
        if (
            not text
            or len(text) > 60
            or not isinstance(el.tag, str)
            or el.tag == "a"
            or not junk.is_comment_heading(text)
            or not junk.is_comment_heading(el.text_content())
        ):
            continue
        ancestors = list(el.iterancestors())
        if any(a.tag == "a" or a in removed for a in ancestors):
            continue
        top = el
        parent = top.getparent()
        while parent is not None and parent is not table and junk.is_comment_heading(parent.text_content()):
            top, parent = parent, parent.getparent()
        cell = (
            next((a for a in (parent, *parent.iterancestors()) if a in cellset), None) if parent is not None else None
        )
        if cell is None or parent is None:
            continue
        siblings = list(parent)
        at = siblings.index(top)
        after = sum(_words(s.text_content()) + _words(s.tail) for s in siblings[at + 1 :])
        if after >= _words_before(cell, top):
            continue
        for doomed in siblings[at:]:
            parent.remove(doomed)  # remove() takes the tail too: the thread's loose text goes with it
            removed.append(doomed)
    return len(removed)


def _words_before(cell: lxml_html.HtmlElement, target: lxml_html.HtmlElement) -> int:
    """Words of the cell's text that come before the target element in reading order."""
    ancestors = set(target.iterancestors())
    count = 0
    for el in cell.iter():
        if el is target:
            break
        # An ancestor's tail comes after the target; anything else met before it is read before it.
        count += _words(el.text) + (0 if el in ancestors else _words(el.tail))
    return count


def _words(text: str | None) -> int:
    return len(text.split()) if text else 0


def reflow_layout_table(
    table: lxml_html.HtmlElement, cells: list[lxml_html.HtmlElement], junk: JunkTable = DEFAULT_TABLE
) -> None:
    """In place, on a layout table whose cells are being unwrapped: paragraphs from <br><br> runs, no comments.

    <font> goes first (trafilatura strips it anyway): lxml has closed it at the first block inside it, so
    a paragraph run can only be seen whole in the cell without it.
    """
    etree.strip_tags(table, "font")
    changed = False
    for cell in cells:
        changed = paragraphize(cell) or changed
    if changed:
        drop_comment_threads(table, cells, junk)
