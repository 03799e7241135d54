"""Article body: DOM pre-cleaning, trafilatura, then the junk table on the paragraphs."""

from __future__ import annotations

import re

import trafilatura
from lxml import html as lxml_html
from lxml.etree import ParserError, XPathError

from .junk import DEFAULT_TABLE, JunkTable, remove_junk
from .text import clean_line, norm_key

# Containers that are chrome wherever they appear: matched on class/id tokens.
_CHROME = re.compile(
    r"(?:^|[\s_-])(?:cookie|cookies|consent|gdpr|cmp|newsletter|subscribe|subscription|paywall-prompt|"
    r"share|sharing|social|sosmed|related|terkait|baca-?juga|read-?more|readmore|more-stories|"
    r"recommend\w*|outbrain|taboola|disqus|comments?|komentar|kommentar\w*|comentarios|commentaires|"
    r"ad|ads|adslot|ad-slot|advert\w*|banner|promo|sponsor\w*|iklan|most-?read|mostread|popular|"
    r"populer|terpopuler|trending|author-?bio|about-?author|author-box|bio-box|tags?|breadcrumbs?|"
    r"sidebar|widget|footer|nav|navbar|menu)(?:$|[\s_-])",
    re.I,
)
_KEEP_TAGS = {"html", "body", "article", "main"}


def _strip_chrome(tree: lxml_html.HtmlElement, drop_selectors: list[str]) -> None:
    for selector in drop_selectors:
        try:
            for el in tree.cssselect(selector):
                el.drop_tree()
        except (XPathError, ValueError, Exception):  # noqa: B014 - a bad outlet selector must not kill extraction
            continue
    doomed = []
    for el in tree.iter("div", "section", "aside", "ul", "ol", "p", "span", "figure", "nav", "footer", "form"):
        if el.tag in _KEEP_TAGS:
            continue
        tokens = f"{el.get('class', '')} {el.get('id', '')}"
        if tokens.strip() and _CHROME.search(tokens):
            # Never drop a container that holds most of the page's paragraphs (some sites put
            # 'content-with-sidebar' or similar on the article wrapper).
            if len(el.findall(".//p")) >= 4 and len(el.text_content()) > 1500:
                continue
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    for el in tree.xpath("//aside | //nav | //footer | //form | //noscript | //iframe"):
        if el.getparent() is not None:
            el.drop_tree()


def _related_blocks(tree: lxml_html.HtmlElement, table: JunkTable) -> None:
    """Remove a related-news heading together with the list that follows it."""
    for el in list(tree.iter("h2", "h3", "h4", "h5", "h6", "strong", "b", "p", "div", "span")):
        if el.getparent() is None or len(el) > 3:
            continue
        text = clean_line(el.text_content())
        if not text or len(text) > 40 or not table.is_related_heading(text):
            continue
        sibling = el.getnext()
        if sibling is not None and sibling.tag in ("ul", "ol", "div") and len(sibling.text_content()) < 1500:
            sibling.drop_tree()
        el.drop_tree()


def _paragraphs(text: str | None) -> list[str]:
    if not text:
        return []
    return [p for p in (clean_line(line) for line in text.split("\n")) if p]


def extract_body(tree: lxml_html.HtmlElement, *, drop_selectors: list[str] | None = None,
                 body_selector: str | None = None, table: JunkTable = DEFAULT_TABLE,
                 jsonld_body: str | None = None) -> list[str]:
    """The article paragraphs, cleaned; the tree is modified."""
    _strip_chrome(tree, drop_selectors or [])
    _related_blocks(tree, table)
    target = tree
    if body_selector:
        try:
            found = tree.cssselect(body_selector)
        except Exception:  # noqa: BLE001 - bad selector from an outlet file
            found = []
        if found:
            wrapper = lxml_html.Element("html")
            body = lxml_html.Element("body")
            wrapper.append(body)
            for el in found:
                body.append(el)
            target = wrapper
    try:
        text = trafilatura.extract(target, include_comments=False, include_tables=True, favor_precision=False,
                                   deduplicate=False, with_metadata=False)
    except (ParserError, ValueError, TypeError, RecursionError):
        text = None
    paragraphs = _paragraphs(text)
    if jsonld_body:
        ld = _paragraphs(jsonld_body.replace("\r", "\n"))
        ld_words = sum(len(p.split()) for p in ld)
        ex_words = sum(len(p.split()) for p in paragraphs)
        # Trust JSON-LD articleBody only when it agrees with what the page shows.
        if ld_words > 1.3 * ex_words and ld and _agrees(ld, paragraphs):
            paragraphs = ld
    return remove_junk(paragraphs, table)


def _agrees(ld: list[str], page: list[str]) -> bool:
    if not page:
        return False
    ld_text = norm_key(" ".join(ld))
    hits = sum(1 for p in page if norm_key(p)[:60] in ld_text)
    return hits >= 0.5 * len(page)
