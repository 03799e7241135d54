"""The extraction library: ``extract(html bytes, url, outlet) -> Article | Rejection``.

No Scrapy here: spiders fetch, pipelines call this. It never raises on bad input; every outcome is a
record.
"""

from __future__ import annotations

import codecs
import copy
import hashlib
import re
from collections.abc import Callable
from html import escape as html_escape
from html import unescape
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html
from lxml.etree import ParserError, XPath
from pydantic import ValidationError

from ..clock import now_iso
from ..lexicon.navigation import ERROR_TITLE_PATTERNS, LISTING_PATH_WORDS, PAGINATION_PATH_WORDS, alternation
from ..models import Article, Rejection
from ..outlets import ISO_639_1
from .body import (
    _BYLINE,
    _FLIGHT_PUSH,
    PULL_QUOTE_MARKS,
    _strip_headline,
    clean_body,
    extract_body,
    fill_gaps,
    flight_tree,
    jsonld_paragraphs,
    prune_tree,
    readability_lines,
    reconcile,
    source_wraps,
    visible_lead,
)
from .dates import FoundDate
from .encoding import decode_html
from .junk import DEFAULT_TABLE, JunkTable, without_author_lines, without_code_tail
from .language import SAMPLE_CHARS, detect_language
from .metadata import ARTICLE_TYPES, EPISODE_TYPES, LISTING_TYPES, Metadata, extract_metadata, jsonld_objects
from .pagetype import ENTITY_TYPES, entity_page, non_article, slideshow
from .text import clean_line, clean_paragraphs, element_text, folded_search, norm_key, restore_joiners, word_count
from .titles import heading_text, shown_over_title
from .trees import CLASS_VALUES, ID_VALUES
from .urls import article_id, canonical_url, is_date_archive_url, is_search_url

if TYPE_CHECKING:
    from ..outlets import Outlet

__all__ = ["extract", "MIN_WORDS", "MAX_HTML_BYTES", "MAX_ELEMENTS"]

#: Fewer words than this in the body and the page is a stub, teaser or caption, not an article. Kept low:
#: short news items and blog posts are articles (measured on ../shared/devset); listings, profiles,
#: galleries and video pages are told apart by their structure below, not by length.
MIN_WORDS = 25
#: A body under MIN_WORDS with an article's marks (see _short_article) is kept when it has this many words ...
SHORT_MIN_WORDS = 8
#: ... and a line of this many (a sentence, not menu labels).
SHORT_LINE_WORDS = 5
#: A page typed as a video or a record (og:type) with this many words of text is a story told with it, not
#: its caption (the fixture video pages show 21-33 words).
MEDIA_STORY_WORDS = 100
#: A paragraph of this many words is prose (a sentence or more of running text), not a label or a link.
PROSE_WORDS = 20
#: Readability's body is asked to check ours (body.reconcile) when ours has this many lines: a tail to
#: trim needs a line after the story's end (a short blog post of one paragraph over its trackback box or a
#: sidebar's note: session 15, was 4).
PEER_MIN_LINES = 2
#: Readability's body is asked for lines ours lacks between two of ours (body.fill_gaps) when ours has this
#: many lines: a gap needs a line on each side.
GAP_MIN_LINES = 2
#: Readability's body replaces one without prose when it has this many words of prose ...
PEER_PROSE_WORDS = 50
#: ... and less than this share of its text in links (a list of links is no story).
PEER_LINK_SHARE = 0.3
#: A page without a paragraph of prose is a listing, front page or gallery when this share of its body's
#: words is in teaser leads and picture captions (the fixture listings: 60-100%; short posts: 0-20%).
TEASER_SHARE = 0.4
#: A series is this many sibling elements of one shape (tag and class), each holding a link or a button ...
SERIES_ENTRIES = 4
#: ... and an undated page without prose is a listing when this share of its body's words is in such
#: entries (the fixture schedules, score boards and indexes: 55-85%).
SERIES_SHARE = 0.5
#: An entry of a series is a row: at most this many words (a schedule's or an index's rows: 3-25; a box
#: holding a whole story, one of several alike on a blog's page, is no row) ...
SERIES_ENTRY_WORDS = 40
#: ... with this many words of its own beside its links (a time and a label, a date and a type).
SERIES_ROW_FIELDS = 2
#: The body's lines must come from this many different rows.
SERIES_HITS = 3
#: A paywalled page showing fewer words than this is a paywall stub ...
PAYWALL_STUB_WORDS = 150
#: ... unless this many of them are story prose (paragraphs of 20+ words): a paywalled page that shows
#: the opening paragraphs of its story (a dpa brief, a lead and a first paragraph) is a partial article
#: worth a record, while a stub shows a headline, a one-sentence standfirst and subscription prompts.
PAYWALL_TEASER_PROSE_WORDS = 60
#: ... or this many paragraphs of story prose, however short (blind18, pattern "paywall teaser": a regional
#: paper shows the lead and a second paragraph, 20-35 words each, above its subscription box; a stub's
#: standfirst is one paragraph).
PAYWALL_TEASER_PARAGRAPHS = 2
#: Pages larger than this are refused rather than parsed (memory and time bound).
MAX_HTML_BYTES = 10 * 1024 * 1024
#: Pages with more elements than this are refused after parsing: trafilatura's time grows faster than
#: linearly with the element count (100k links took 12 s), and real articles are far below it (the
#: largest of the 1,248 devset pages has 10,106 elements).
MAX_ELEMENTS = 50_000
MAX_TEXT_CHARS = 500_000
MAX_FIELD_CHARS = 2_000

# A path segment naming a listing ("tag", "category", "archive", "index.html"), maybe as a file name (a
# web page's suffix after it).
_LISTING_SEGMENT = re.compile(rf"(?:{alternation(LISTING_PATH_WORDS)})(?P<file>\.(?:s?html?|php|aspx?|jsp))?", re.I)
# Pattern "numbered listing page": a pagination word is a listing's mark only with the page number after it
# (/page/2, /halaman/3, /seite/4); the word alone is no mark ("page.html" is what test harnesses and
# static hosts call any page).
_PAGINATION_SEGMENT = re.compile(rf"(?:{alternation(PAGINATION_PATH_WORDS)})", re.I)
_PAGE_NUMBER = re.compile(r"\d{1,4}")
# Pattern "default document": index.html (index.php, /index) is what a server serves for a directory, a
# story's as well as a section's (old CMSs, static hosts, mirrors, test harnesses at
# http://127.0.0.1:8000/<id>/index.html): as the file name it names no listing.
_DEFAULT_DOCUMENT = re.compile(r"index(?:\.\w+)?", re.I)
# A story's marks in a path: a date (/2008/04/14/, /2008/WORLD/04/), an id of 5+ digits, a slug of 4+ words.
_STORY_PATH = re.compile(r"/(?:19|20)\d{2}/(?:[^/]+/){0,3}\d{1,2}/|\d{5,}|/[^/]*\w+[-_]\w+[-_]\w+[-_]\w+[^/]*/?$")
# C0 controls are invalid in HTML and break lxml serialisation (see extract()).
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
# The same characters written as numeric character references ("&#26;", "&#x1B"): the parser turns them
# into the control characters the scrub above removed, and one in a text node makes trafilatura's lxml
# calls fail (ValueError: "All strings must be XML compatible"), losing the article or raising.
_CONTROL_REF = re.compile(
    r"&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01]|127)(?!\d)|[xX]0*(?:[0-8]|[bcefBCEF]|1[\da-fA-F]|7[fF])(?![\da-fA-F]));?"
)
_CONTROL_REF_BYTES = re.compile(_CONTROL_REF.pattern.encode("ascii"))
_NON_ARTICLE_OG = ("profile", "video", "book", "music", "website:profile")
_ERROR_TITLE = re.compile("|".join(ERROR_TITLE_PATTERNS), re.I)
_PAYWALL_CLASS = re.compile(r"paywall|piano-offer|premium-wall|regwall|subscriber-only|locked-content", re.I)
_PAYWALL_WORDS = re.compile(_PAYWALL_CLASS.pattern)  # for lowered ASCII text (see text.folded_search)


def _paywalled(tree: lxml_html.HtmlElement, meta: Metadata) -> bool:
    """The page says its text is for subscribers (JSON-LD isAccessibleForFree false or a paywall box)."""
    if meta.free is False:
        return True
    # A class holding "paywall" with any of P, A, Y, W, L in upper case: what XPath's contains(translate(.,
    # 'PAYWL', 'paywl'), 'paywall') tested on each value. bytes.lower() changes A-Z only, and UTF-8 codes
    # every other character in bytes >= 0x80, so b"paywall" is found in the lowered UTF-8 exactly there.
    # The values are joined by newlines: neither test can match one, so a match lies within one value,
    # as when each value was searched on its own.
    if b"paywall" in "\n".join(CLASS_VALUES(tree)).encode("utf-8").lower():
        return True
    # folded_search: on ASCII ids a case-sensitive search of the lowered text, five times cheaper.
    return folded_search(_PAYWALL_CLASS, _PAYWALL_WORDS, "\n".join(ID_VALUES(tree)[:3000]))


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _teaser_share(paragraphs: list[str], counts: list[int], tree: lxml_html.HtmlElement) -> float:
    """The share of the body's words in lines that hold a teaser's lead or a picture's caption.

    A teaser is a link of 3+ words to another page (its headline, alone or in a heading) followed by a
    short text, the lead (after a date or section line, maybe); a caption is a <figcaption>, or a short
    text right after an <img>. A line that is a link and nothing else counts too (a list of links).
    """
    keys: set[str] = set()
    links: set[str] = set()  # the texts of links to other pages: a line that is one is an item of a link list
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")):
            continue
        text = element_text(a)
        links.add(norm_key(clean_line(text)))
        if len(text.split()) < 3:
            continue
        block = a
        for _ in range(2):  # the heading around the link, or the link's wrapper when the lead is the wrapper's sibling
            parent = block.getparent()
            if parent is None or not (parent.tag in _HEADINGS or block.getnext() is None and len(parent) == 1):
                break
            block = parent
        # The lead, or a date or section line and then the lead.
        after = block.getnext()
        _add_key(keys, after)
        if after is not None:
            _add_key(keys, after.getnext())
    for img in tree.iter("img"):
        _add_key(keys, img.getnext())
    for caption in tree.iter("figcaption"):
        _add_key(keys, caption)
    shown = 0
    for para, n in zip(paragraphs, counts, strict=True):
        # The line holds a lead or caption (with the headline or date beside it), or is one of its parts,
        # or it is a link to another page and nothing else.
        line = norm_key(para)
        if line.lstrip("-•–—* ") in links or any(k in line or n >= 3 and line in k for k in keys):
            shown += n
    return shown / max(1, sum(counts))


def _squeezed(text: str) -> str:
    """The text without whitespace: a row's text read from its elements glues a heading inside a link to
    the field after it ("Pasta e ceci" + "Facile · 35 min") where the body's line has a space."""
    return "".join(text.split())


def _series_lines(
    paragraphs: list[str], tree: lxml_html.HtmlElement, published: FoundDate | None, boxed: bool = False
) -> set[int]:
    """The indexes of the body's lines that sit inside an entry of a series; none on a dated page.

    An entry is one of SERIES_ENTRIES+ siblings of one shape (same tag, same class) that each hold a link
    or a button of their own: the rows of a schedule, a score board, an index of press releases, notices
    or newsletter issues, each pointing to its own page or action. With `boxed`, a line counts only when
    its entry is a box beside its link, not a paragraph with links in its sentences: the entry is no <p>
    and the line holds none of the entry's link texts (a corrections page's "A March 2 article misstated
    ..." beside "Read the corrected article"; a post's paragraphs, each with a link inline, are prose).
    """
    entries: list[str] = []
    # Per entry: its tag and its links' texts (squeezed, see _squeezed), read for `boxed`.
    shapes_of: list[tuple[str, list[str]]] = []
    for parent in tree.iter():
        if not isinstance(parent.tag, str) or len(parent) < SERIES_ENTRIES:
            continue
        shapes: dict[tuple[str, str], list[lxml_html.HtmlElement]] = {}
        for child in parent:
            if isinstance(child.tag, str) and child.tag not in ("a", "script", "style", "br"):
                shapes.setdefault((child.tag, child.get("class") or ""), []).append(child)
        for group in shapes.values():
            if len(group) < SERIES_ENTRIES:  # too few to make a series, whatever their texts
                continue
            linked = [c for c in group if c.find(".//a") is not None or c.find(".//button") is not None]
            if len(linked) < SERIES_ENTRIES:
                continue
            # A row holds fields beside its link (a time, a date, a score, a label): an entry that is its link
            # and nothing else is an item of a list of links, which a link-blog post is made of.
            rows = [
                (text, c)
                for c in linked
                if (text := norm_key(clean_line(element_text(c))))
                and len(text.split()) <= SERIES_ENTRY_WORDS
                and len(text.split()) - sum(len(element_text(a).split()) for a in c.iter("a")) >= SERIES_ROW_FIELDS
            ]
            if len(rows) >= SERIES_ENTRIES:
                entries.extend(text for text, _ in rows)
                shapes_of.extend(
                    (str(c.tag), [_squeezed(norm_key(clean_line(element_text(a)))) for a in c.iter("a")])
                    for _, c in rows
                )
    if not entries:
        return set()
    # The page's own date makes it a dated post: only a date found by htmldate's guess, an "updated" stamp
    # (a board refreshed every minute) or the date printed in one of the entries is not the page's own.
    if published is not None and published.source != "htmldate" and not published.update:
        raw = _squeezed(norm_key(published.raw or ""))
        if not raw or not any(raw in _squeezed(entry) for entry in entries):
            return set()
    # Compared without whitespace (see _squeezed): the markup's joins are not the body's.
    keys = [_squeezed(entry) for entry in entries]
    # One search in all the keys at once settles most lines (those in no entry) before the search per entry.
    every = "\x00".join(keys)
    inside: set[int] = set()
    hit: set[int] = set()
    for index, para in enumerate(paragraphs):
        line = _squeezed(norm_key(para).lstrip("-•–—* "))
        if not line or line not in every:
            continue
        found = [
            i
            for i, entry in enumerate(keys)
            if line
            and line in entry
            and not (boxed and (shapes_of[i][0] == "p" or any(link and link in line for link in shapes_of[i][1])))
        ]
        if found:
            inside.add(index)
            hit.update(found[:1])
    # ... and the body's lines come from SERIES_HITS+ of the rows: a list, not one box (the body may drop a row).
    if len(hit) < SERIES_HITS:
        return set()
    return inside


def _add_key(keys: set[str], el: lxml_html.HtmlElement | None) -> None:
    """Add the comparison key of a short text block (3 to 60 words) to `keys`."""
    if el is None or not isinstance(el.tag, str) or el.tag in ("a", "img", "script", "style"):
        return
    text = clean_line(element_text(el))
    if 3 <= len(text.split()) <= 60:
        keys.add(norm_key(text))


#: A headline taken from the body's first sentence is cut to this many characters (at a word boundary).
FALLBACK_TITLE_CHARS = 150
_SENTENCE = re.compile(r"^(.{15,}?[.!?…])(?=\s|$)")


#: Withdrawn ISO 639-1 codes some pages still declare, and their current ones.
LANGUAGE_ALIASES = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro"}
_SPACE = re.compile(r"\s")


def _quote_spaces(url: str) -> str:
    """The URL with white space percent-encoded (a record's URLs are valid URIs: no spaces)."""
    return _SPACE.sub(lambda m: f"%{ord(m.group()):02X}", url) if _SPACE.search(url) else url


#: Where a timestamp's offset comes from, as `FoundDate.zone` says it -> as the record says it.
_ZONE_SOURCES = {"stated": "stated", "page": "page"}


def date_fields(prefix: str, found: FoundDate | None, outlet_zone: bool) -> dict[str, Any]:
    """The record's date group for a found date (schema 2): `prefix`_at (a timestamp with offset, or None),
    _date (the day as the page states it), _at_precision, _at_local (the wall clock, no offset) and
    _at_zone_source. A time the page gives without a zone, with no zone to place it in, keeps its wall
    clock in _at_local while _at stays None."""
    if found is None:
        return {}
    zone: str | None = None
    if found.has_time:
        precision = found.precision if found.precision != "day" else "second"
        if found.zone == "tz":
            zone = "outlet" if outlet_zone else "locale"
        else:
            zone = _ZONE_SOURCES.get(found.zone or "stated", "stated")
        at: str | None = found.value
        local: str | None = found.value[:19]
    else:
        at, local = None, found.naive
        precision = found.precision if found.naive else "day"
    return {
        f"{prefix}_at": at,
        f"{prefix}_date": found.value[:10],
        f"{prefix}_at_precision": precision,
        f"{prefix}_at_local": local,
        f"{prefix}_at_zone_source": zone,
    }


# <font size="4"> and up, or "+1" and up: bigger than the text.
_BIG_FONT = re.compile(r"^\s*(?:[4-7]|\+[1-4])\s*$")


def _heading_above(tree: lxml_html.HtmlElement, paragraphs: list[str], link_keys: set[str]) -> str:
    """The last heading (h1-h6) before the body's first line in the page, or "" when there is none.

    A heading that links to another page is a teaser's headline, not this page's.
    """
    if not paragraphs:
        return ""
    first = norm_key(paragraphs[0])
    heading = big = ""
    body = tree.find("body")
    for el in (body if body is not None else tree).iter():
        if el.tag in _HEADINGS:
            text = heading_text(el)
            key = norm_key(text)
            if key == first:  # the heading is the body's first line: the headline shown above the story
                return text
            # Pattern "byline heading": "<h6>Headline</h6><h5>Von Leonora Holling</h5>" sets the author's
            # line as a heading of its own between the headline and the text; it names no story.
            if 1 <= len(text.split()) <= 30 and key not in link_keys and not _BYLINE.match(text):
                heading = text
            continue
        if el.tag == "font" and _BIG_FONT.match(el.get("size") or "") and not heading:
            # Pattern "font headline": table-layout pages of the 1990s-2000s set the headline in a large
            # <font>, not in a heading; one of 3-30 words, not a link, is the headline when no heading is.
            text = clean_line(element_text(el))
            key = norm_key(text)
            if 3 <= len(text.split()) <= 30 and key not in link_keys and key != first and el.find(".//a") is None:
                big = text
                continue
        own = el.text
        if not isinstance(el.tag, str) or not own or len(own.strip()) < 8:
            continue
        if first.startswith(norm_key(own)[:40]):  # the element where the body starts
            return heading or big
    return ""


def _headline_at_top(tree: lxml_html.HtmlElement, paragraphs: list[str], link_keys: set[str]) -> str:
    """A heading or big-font line (3-30 words, no link) that is one of the body's first lines, or "".

    Table-layout pages put a section label ("Local News") in the same cell as the headline, so the body
    begins above the headline; the line set big among the first three is the headline shown.
    """
    top = {norm_key(p) for p in paragraphs[:3]}
    body = tree.find("body")
    for el in (body if body is not None else tree).iter(*_HEADINGS, "font"):
        if el.tag == "font" and not _BIG_FONT.match(el.get("size") or ""):
            continue
        text = heading_text(el)
        key = norm_key(text)
        if (
            key in top
            and 3 <= len(text.split()) <= 30
            and key not in link_keys
            and el.find(".//a") is None
            and not _BYLINE.match(text)  # an author's line set as a heading (see _heading_above)
        ):
            return text
    return ""


def _first_sentence(paragraphs: list[str]) -> str:
    """The body's first sentence (or line), cut at a word boundary to FALLBACK_TITLE_CHARS."""
    if not paragraphs:
        return ""
    first = paragraphs[0]
    match = _SENTENCE.match(first)
    sentence = match.group(1) if match else first
    if len(sentence) <= FALLBACK_TITLE_CHARS:
        return sentence
    return sentence[:FALLBACK_TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",;:-–— ") + "…"


_COUNT_ELEMENTS = XPath("count(//*)")


# trafilatura's own parser settings: comments and processing instructions out, so that the tree we
# share between metadata and body extraction gives trafilatura exactly what it would build itself.
_PARSER = etree.HTMLParser(
    collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
)
# Every element is an HtmlElement, chosen in C: lxml.html's own lookup is a Python function called for
# each element proxy (a million calls per 300 pages, ~10% of extraction). What it adds, special classes
# for form fields (<input>.value, <form>.fields), nothing here or in trafilatura uses.
_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=lxml_html.HtmlElement,
        comment=lxml_html.HtmlComment,
        pi=lxml_html.HtmlProcessingInstruction,
        entity=lxml_html.HtmlEntity,
    )
)


def parse_html(text: str, utf8: bytes | None = None) -> lxml_html.HtmlElement:
    """Parse decoded HTML once (bytes to lxml, so an <?xml encoding?> declaration is harmless).

    `utf8`, when given, is the text already encoded as UTF-8 (the page's own bytes), saving the encoding.
    """
    data = utf8 if utf8 is not None else text.encode("utf-8", errors="replace")
    # An etree.HTMLParser whose element lookup makes HtmlElements (set above): what lxml.html's own parser
    # gives, without its Python lookup. The stubs accept only lxml.html's parser classes.
    return lxml_html.document_fromstring(data, parser=_PARSER)  # type: ignore[arg-type]


def _link_text_keys(tree: lxml_html.HtmlElement, url: str = "", canonical: str | None = None) -> set[str]:
    """Texts of links to other pages with 3+ words: a body line equal to one is a related headline.

    Links to a place in the same page (a table of contents: "#section-2") or to the page itself (a
    headline or section heading linked to its own URL) name this article's own parts, so they are not
    taken as related headlines. The page's own URL is the one it was fetched at and the one its canonical
    link names: a page fetched at another address (a mirror, an archive, a test harness's placeholder URL)
    still links its headline to its canonical URL.
    """
    own = url.split("#", 1)[0].rstrip("/")
    also = ""
    if canonical and own:
        try:
            also = urljoin(url, canonical.strip()).split("#", 1)[0].rstrip("/")
        except ValueError:  # a malformed canonical link names no page
            also = ""
    keys = set()
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if href.startswith(("#", "javascript:")):
            continue
        raw = element_text(a)
        # clean_line() of ASCII text without an entity never lengthens it (it only drops tags, controls
        # and repeated blanks; NFC leaves ASCII alone): a shorter raw text fails the length test below.
        if len(raw) < 15 and raw.isascii() and "&" not in raw:
            continue
        text = clean_line(raw)
        # The text test is cheap and fails for most links (icons, "More", dates), so it goes before
        # resolving the href, which costs more than the rest of this loop together.
        if len(text) < 15 or len(text.split()) < 3:
            continue
        if own and href:
            try:
                target = href if href.startswith(("http://", "https://")) else urljoin(url, href)
            except ValueError:  # a malformed href ("http://[ccpa-preferences]") is nobody's headline
                continue
            target = target.split("#", 1)[0].rstrip("/")
            if target == own or target == also:
                continue
        keys.add(norm_key(text))
    return keys


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# Pattern "script written without spaces between words": Thai, Lao, Myanmar and Khmer put a space between
# phrases or sentences only, so a whole paragraph splits into two or three "words". Their words are about
# four code points long (consonant, vowel and tone marks), so four such characters count as one word.
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


def text_words(paragraph: str) -> int:
    """Words for length checks; CJK scripts write no spaces, so two characters count as one word (four for
    Thai, Lao, Myanmar and Khmer, whose words are spelt with more code points)."""
    if paragraph.isascii():  # no CJK character to count (a C-level test, cheaper than the regex scan)
        return len(paragraph.split())
    cjk = len(_CJK.findall(paragraph))
    unspaced = len(_UNSPACED.findall(paragraph))
    if not cjk and not unspaced:
        return len(paragraph.split())
    if unspaced:
        paragraph = _UNSPACED.sub("", paragraph)
    return len(_CJK.sub(" ", paragraph).split()) + cjk // 2 + unspaced // 4


_SENTENCE_END = re.compile(r"[.!?:;…\"”»)]$")


def _unwrapped(paragraphs: list[str]) -> list[str]:
    """Hard-wrapped prose (blogs in <pre> or <br>-broken lines) joined back into paragraphs.

    A line that does not end a sentence, followed by one starting in lower case, is the same
    paragraph; only used to judge whether a page has prose, the record keeps the page's lines.
    """
    out: list[str] = []
    for para in paragraphs:
        if out and not _SENTENCE_END.search(out[-1]) and para[:1].islower():
            out[-1] = f"{out[-1]} {para}"
        else:
            out.append(para)
    return out


def _unwrapped_words(paragraphs: list[str], counts: list[int]) -> list[int]:
    """[text_words(p) for p in _unwrapped(paragraphs)], given counts[i] = text_words(paragraphs[i]).

    Only a paragraph joined from several lines is counted again (CJK counting is not additive).
    """
    lines: list[str] = []
    out: list[int | None] = []
    for para, n in zip(paragraphs, counts, strict=True):
        if lines and not _SENTENCE_END.search(lines[-1]) and para[:1].islower():
            lines[-1] = f"{lines[-1]} {para}"
            out[-1] = None
        else:
            lines.append(para)
            out.append(n)
    return [text_words(line) if n is None else n for line, n in zip(lines, out, strict=True)]


def _prose_words(paragraphs: list[str], counts: list[int]) -> int:
    """Words in the paragraphs of prose (PROSE_WORDS+ once hard-wrapped lines are joined); `counts` as in
    _unwrapped_words."""
    return sum(n for n in _unwrapped_words(paragraphs, counts) if n >= PROSE_WORDS)


def _classify(
    meta: Metadata,
    paragraphs: list[str],
    link_keys: set[str],
    url: str,
    min_words: int,
    paywalled: bool = False,
    counts: list[int] | None = None,
    page: Callable[[], lxml_html.HtmlElement] | None = None,
) -> tuple[str, str] | None:
    """A (reason, detail) when the page is not an article; None when it is one.

    `counts`, when given, are text_words() of each paragraph. `page` gives the page's tree as parsed
    (asked only when the body has no paragraph of prose, to look for teasers and captions).
    """
    if counts is None:
        counts = [text_words(p) for p in paragraphs]
    words = sum(counts)
    prose = [n for n in _unwrapped_words(paragraphs, counts) if n >= PROSE_WORDS]
    long_paras = len(prose)
    typed = meta.is_article_typed or meta.og_type == "article"
    if meta.jsonld_types & LISTING_TYPES and not meta.jsonld_types & ARTICLE_TYPES:
        return "not_article", f"JSON-LD type {sorted(meta.jsonld_types & LISTING_TYPES)[0]}"
    # Pattern "episode page": a podcast or broadcast episode's own page (JSON-LD PodcastEpisode, RadioEpisode)
    # is its player and a blurb of show notes; with a transcript or a written report beside the player (two
    # paragraphs of prose or more) it is a story, and so is a page that declares an Article type as well.
    if meta.jsonld_types & EPISODE_TYPES and not meta.jsonld_types & ARTICLE_TYPES and long_paras < 2:
        return "not_article", f"JSON-LD type {sorted(meta.jsonld_types & EPISODE_TYPES)[0]} without a story"
    if _ERROR_TITLE.search(meta.title or "") and long_paras < 2:
        return "not_article", f"error page: {meta.title[:80]!r}"
    # Pattern "soft 404": an error page served with status 200 keeps the site's own og:title (the record's
    # title) while its <title> or <h1> says the page was not found; the same guard of prose as above.
    if long_paras < 2:
        for shown in meta.title_candidates:
            if _ERROR_TITLE.search(shown):
                return "not_article", f"error page: {shown[:80]!r}"
    # og:type names what the page is about (a video, a book, a record, a person), not always what it is:
    # a page with a written story of two or more prose paragraphs beside the player, the cover or the
    # portrait is an article about it (a review, a report); with a caption or a short bio only it is not.
    # A media page (not a profile, whose subject's name is no byline) with a paragraph of prose under a
    # reporter's dated byline is a news item told with a video or a record; so is one whose text is a
    # story's length (MEDIA_STORY_WORDS+, written in short paragraphs as old layouts do): a video's
    # caption is a sentence or three.
    media = bool(meta.og_type) and "profile" not in (meta.og_type or "")
    if (
        meta.og_type
        and meta.og_type.startswith(_NON_ARTICLE_OG)
        and not meta.is_article_typed
        and long_paras < 2
        and not (long_paras and media and _dated_byline(meta))
        and not (media and words >= MEDIA_STORY_WORDS)
    ):
        return "not_article", f"og:type {meta.og_type}"
    if not meta.is_article_typed and is_search_url(url):
        return "not_article", "search results URL"
    if not meta.is_article_typed and is_date_archive_url(url):
        return "not_article", "date archive URL"
    if paragraphs:
        linked = sum(len(p) for p in paragraphs if norm_key(p) in link_keys)
        share = linked / max(1, sum(len(p) for p in paragraphs))
        if share > 0.35:
            return "not_article", f"{share:.0%} of the text is link titles (a listing page)"
    if (
        paywalled
        and words < PAYWALL_STUB_WORDS
        and sum(prose) < PAYWALL_TEASER_PROSE_WORDS
        and long_paras < PAYWALL_TEASER_PARAGRAPHS
    ):
        return "too_short", f"paywall stub: {words} words visible"
    # A short body is no evidence by itself that the page is not an article (a brief, a picture post, a
    # one-line blog post): it is too short only when the page also lacks an article's marks (see
    # _short_article); a short page with them still goes through the structural tests below.
    if words < min_words and not _short_article(meta, words, counts, typed):
        return "too_short", f"{words} words in the body (minimum {min_words})"
    # A short body beside a slideshow's counter ("1 / 48") is the caption of its picture (pattern "slideshow",
    # see pagetype.slideshow): a gallery page, even when it declares itself an article.
    if words < min_words and page is not None and (counter := slideshow(page())):
        return "not_article", f"photo gallery: slideshow counter {counter!r} beside {words} words"
    if long_paras == 0 and not typed and page is not None:
        # No paragraph of prose is no evidence by itself (short posts, picture posts and technical notes
        # are written in short lines): the page is a listing, a front page or a gallery when most of its
        # text is what such pages are made of, the leads of teasers and the captions of pictures, and it
        # does not declare itself an article (a link-blog post is a list of links with a line each).
        share = _teaser_share(paragraphs, counts, page())
        if share >= TEASER_SHARE:
            return "not_article", f"{share:.0%} of the text is teaser leads, captions or links (a listing)"
    # Pattern "series of entries": most of the text is rows of one shape that each link to their own page
    # or action (a TV schedule, a live-score board, an index of press releases, death notices or
    # newsletter issues), with a line of intro at most, and the page states no date of its own (none, or
    # only an entry's date or an "updated" stamp): a list, not a story, which is told once and dated.
    # The rows may be sentences themselves (a corrections page: each entry a dated sentence or two and a
    # link to the corrected story): on a page that names no author, prose inside the rows is the rows' own
    # and the line of intro at most is counted outside them (a story with a list in it has a byline or
    # paragraphs of its own beside the list).
    if (long_paras <= 1 or not meta.authors) and not typed and page is not None:
        inside = _series_lines(paragraphs, page(), meta.published, boxed=long_paras > 1)
        share = sum(counts[i] for i in inside) / max(1, sum(counts))
        outside_prose = sum(1 for i, n in enumerate(counts) if i not in inside and n >= PROSE_WORDS)
        if share >= SERIES_SHARE and (long_paras <= 1 or outside_prose <= 1):
            return "not_article", f"{share:.0%} of the text is entries of one series (a listing)"
    # A listing's URL (/tag/harbour, /page/2) and little prose: a listing. A listing word as the file name
    # only (/news/archive.html, /tags.php) is weaker evidence: static hosts, mirrors and test harnesses name
    # files as they please. It counts only when the page lacks an article's marks too: a paragraph of
    # prose, or an author and a date of its own.
    # A topic page may open with an intro of several paragraphs above its list: with no author named (a
    # story at a listing's address has its writer) the prose does not make it one.
    listing = (
        _listing_url(url)
        if not typed and meta.og_type in (None, "website") and (long_paras < 3 or not meta.authors)
        else None
    )
    if listing == "path" or listing == "file" and not long_paras and not _dated_byline(meta):
        return "not_article", "listing URL without article prose"
    return None


def _listing_url(url: str) -> str | None:
    """How the URL marks a listing: "path" for a listing word naming a directory in its last two path
    segments (/tag/harbour, /category/local/) or a pagination word with the page number after it (/page/2);
    "file" when only the file name is a listing word (/news/archive.html, /tags.php); None otherwise (the
    file name index.html is no mark, see _DEFAULT_DOCUMENT), and when the path has a story's marks (a date,
    a long id, a slug of several words): /archive/2008/04/pier-repairs-begin is a story.
    """
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    segments = [part for part in path.split("/") if part]
    mark = None
    for i in range(max(0, len(segments) - 2), len(segments)):
        after = segments[i + 1] if i + 1 < len(segments) else ""
        if _PAGINATION_SEGMENT.fullmatch(segments[i]) and _PAGE_NUMBER.fullmatch(after):
            mark = "path"
        elif not after and _DEFAULT_DOCUMENT.fullmatch(segments[i]):
            continue
        elif found := _LISTING_SEGMENT.fullmatch(segments[i]):
            mark = mark or ("file" if found.group("file") else "path")
            if mark == "file" and i < len(segments) - 1:  # "/index.html/..." names a directory after all
                mark = "path"
    if mark is None or _STORY_PATH.search(path) is not None:
        return None
    return mark


def _recovered(own: list[str], candidates: list[list[str]], link_keys: set[str], min_words: int) -> list[str]:
    """The candidate body that replaces a short one of ours, or `own` itself.

    A candidate qualifies with `min_words` words or more, a paragraph of prose (PROSE_WORDS+), more
    words than ours, and under PEER_LINK_SHARE of its text in related-link headlines (a list of links is
    no story); of those, the one with the most prose wins (the first listed on a tie).
    """
    best, best_prose = own, 0
    for lines in candidates:
        counts = [text_words(p) for p in lines]
        prose = _prose_words(lines, counts)
        if not prose or sum(counts) < max(min_words, sum(text_words(p) for p in own) + 1):
            continue
        linked = sum(len(p) for p in lines if norm_key(p.lstrip("-•–—* ")) in link_keys)
        if linked >= PEER_LINK_SHARE * sum(len(p) for p in lines):
            continue
        if prose > best_prose:
            best, best_prose = lines, prose
    return best


def _short_article(meta: Metadata, words: int, counts: list[int], typed: bool) -> bool:
    """A body under the minimum is still an article's when the page carries an article's marks.

    Short articles exist (a news brief, a picture post, a two-line blog post); listings, profiles and
    galleries are told by their structure, not their length. The marks: the page declares itself an
    article (JSON-LD Article types, og:type article), or it shows a headline with a dated byline (an
    author and a publication date read from the page itself; htmldate's guess finds a date on any page).
    And the body says something: SHORT_MIN_WORDS words, with a line of SHORT_LINE_WORDS or more (a
    sentence, not a row of menu labels).
    """
    if words < SHORT_MIN_WORDS or not any(n >= SHORT_LINE_WORDS for n in counts):
        return False
    if meta.declares_video:
        # A few lines beside a video the page declares as its content (a JSON-LD VideoObject or the
        # article's "video", og:video) are the video's caption: a video page, even when marked NewsArticle.
        return False
    return typed or bool(meta.title) and _dated_byline(meta)


def _dated_byline(meta: Metadata) -> bool:
    """The page names an author and a publication date of its own (htmldate's guess finds a date on any page)."""
    return bool(meta.authors) and meta.published is not None and meta.published.source != "htmldate"


def _plain_text_page(text: str) -> str:
    """A page of plain text as HTML: each non-empty line a paragraph (see "story as plain text")."""
    lines = (html_escape(line.strip(), quote=False) for line in text.splitlines())
    return "<html><body>" + "".join(f"<p>{line}</p>" for line in lines if line) + "</body></html>"


def extract(
    html: bytes | str,
    url: str,
    outlet: Outlet | None = None,
    *,
    http_charset: str | None = None,
    fetched_at: str | None = None,
    http_status: int | None = None,
) -> Article | Rejection:
    """Turn one fetched page into an Article, or a Rejection with the reason. Never raises."""
    fetched = fetched_at or now_iso()
    try:
        return _extract(html, url, outlet, http_charset=http_charset, fetched_at=fetched, http_status=http_status)
    except Exception as exc:  # noqa: BLE001 - the last guard: a bug on one page must cost that page only
        detail = f"extraction failed: {type(exc).__name__}: {exc}"[:MAX_FIELD_CHARS]
        try:
            return Rejection(
                url=str(url),
                outlet=outlet.name if outlet else None,
                reason="invalid",
                detail=detail,
                fetched_at=fetched,
                http_status=http_status,
            )
        except (ValidationError, AttributeError, TypeError):  # a caller's value the record cannot hold
            return Rejection(url=str(url), reason="invalid", detail=detail)


def _extract(
    html: bytes | str,
    url: str,
    outlet: Outlet | None,
    *,
    http_charset: str | None,
    fetched_at: str,
    http_status: int | None,
) -> Article | Rejection:
    outlet_name = outlet.name if outlet else None
    fetched = fetched_at

    def reject(reason: str, detail: str) -> Rejection:
        return Rejection(
            url=url,
            outlet=outlet_name,
            reason=reason,  # type: ignore[arg-type]
            detail=detail[:MAX_FIELD_CHARS],
            fetched_at=fetched,
            http_status=http_status,
        )

    if isinstance(html, str):
        text_html = html
    else:
        if len(html) > MAX_HTML_BYTES:
            return reject("too_large", f"{len(html)} bytes (limit {MAX_HTML_BYTES})")
        if not html.strip():
            return reject("not_html", "empty body")
        head = html[:2048]
        if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            return reject("not_html", "binary data")
        text_html, encoding = decode_html(html, http_charset)
    # C0 control characters are invalid in HTML; left in, one stray \x01 makes lxml serialisation (and so
    # body extraction) fail and the whole article is lost. Decoded as UTF-8 (strictly, or after a BOM
    # with errors="replace"), the text has one only where the bytes do (a byte below 0x80 is always that
    # character in UTF-8), and a deleting bytes.translate() finds them five times faster than the regex.
    utf8 = None  # text_html in UTF-8, when that is the page's bytes as they came
    if (
        isinstance(html, str)
        or encoding != "utf-8"
        or len(html.translate(None, _CONTROL_BYTES)) != len(html)
        or _CONTROL_REF_BYTES.search(html)
    ):
        text_html = _CONTROL_CHARS.sub("", text_html)
        if "&#" in text_html:
            text_html = _CONTROL_REF.sub("", text_html)
    elif not html.startswith(codecs.BOM_UTF8):
        # Strictly decoded from UTF-8 and left unchanged, so encoding text_html gives these bytes back.
        utf8 = html
    if text_html.find("<", 0, 100_000) < 0:  # "<" not in text_html[:100_000], without the copy
        # Pattern "story as plain text": a server that sends the story's text without markup (a text
        # export, a print or "lite" view) sent an article all the same; its lines become paragraphs and
        # the usual tests decide. Text with no prose in it still ends as a rejection there.
        if not text_html.strip() or text_html.lstrip()[:1] in ("{", "["):  # nothing, or JSON data
            return reject("not_html", "no HTML markup")
        text_html = _plain_text_page(text_html)
        utf8 = None
    try:
        tree = parse_html(text_html, utf8)
    except (ParserError, ValueError) as exc:
        return reject("not_html", f"unparseable HTML: {exc}")
    # Counted in C: a Python loop over every node cost ~1 ms a page.
    elements = int(_COUNT_ELEMENTS(tree))
    if elements > MAX_ELEMENTS:
        return reject("too_large", f"{elements} HTML elements (limit {MAX_ELEMENTS})")

    tz = outlet.timezone if outlet else None
    lang_hint = outlet.language if outlet else None
    extraction = outlet.extraction if outlet else None
    # Comment threads and consent banners go first: their timestamps and names are not the article's.
    # The cutline search costs more than this test of the page's HTML; read once for the three prunings.
    cutlines = "cutline" in text_html
    pullquotes = any(mark in text_html for mark in PULL_QUOTE_MARKS)
    prune_tree(tree, cutlines=cutlines, pullquotes=pullquotes)
    selected = bool(extraction and extraction.body_selector)
    # Readability's body (readability_peer below) is asked for on most pages without an outlet's body
    # selector, and readability prunes the tree it reads: it gets a copy of the pruned tree, taken now,
    # before anything else reads or consumes it. Parsing the page again and pruning that cost three times
    # the copy (on the 97 large news pages of issue 19: ~2.2 ms against ~0.7 ms a page).
    spare = copy.deepcopy(tree) if not selected else None
    meta = extract_metadata(tree, url, tz=tz, language_hint=lang_hint, page_html=text_html)
    link_keys = _link_text_keys(tree, url, meta.canonical)
    # Section fronts with leads, data-table pages, galleries: told by structure, before the body is read.
    if (page_kind := non_article(tree, meta.is_article_typed or meta.og_type == "article")) is not None:
        return reject("not_article", page_kind)
    # A job ad or a list of events, jobs or products: its JSON-LD says so, and nothing calls it an article
    # (read again only on such pages: rare).
    if (
        meta.jsonld_types & ENTITY_TYPES
        and not meta.is_article_typed
        and meta.og_type != "article"
        and (page_kind := entity_page(tree, jsonld_objects(tree), [meta.title or "", *meta.title_candidates]))
    ):
        return reject("not_article", page_kind)
    # Read here, while the tree is still in the CPU caches (trafilatura's work below evicts it): the
    # tree is the same afterwards, extract_body() and trafilatura work on copies of it.
    paywalled = _paywalled(tree, meta)
    table = JunkTable(extraction.junk_phrases) if extraction and extraction.junk_phrases else DEFAULT_TABLE
    titles = [meta.title, *meta.title_candidates]
    lead = visible_lead(tree, meta.description)
    body_options = dict(
        drop_selectors=extraction.drop_selectors if extraction else None,
        body_selector=extraction.body_selector if extraction else None,
        table=table,
        jsonld_body=meta.jsonld_body,
        titles=titles,
        lead=lead,
        link_keys=link_keys,
    )
    min_words = extraction.min_words if extraction and extraction.min_words else MIN_WORDS
    try:
        # The source line breaks are read once, here: the tree still holds the text nodes of its copy
        # `spare` (nothing above changes it), and readability's body below reads the same (~0.8 ms a page).
        wraps = source_wraps(tree)
        # The tree is not read after this, unless the page streams its story (flight_tree() below reads
        # its scripts): otherwise trafilatura may work on it without a copy.
        paragraphs = extract_body(
            tree,
            **body_options,  # type: ignore[arg-type]
            consume=_FLIGHT_PUSH not in text_html,
            wraps=wraps,
        )
        counts = [text_words(p) for p in paragraphs]  # for this test and _classify()
        if sum(counts) < min_words and (streamed := flight_tree(tree)) is not None:
            # A Next.js page that renders its story client-side: the served HTML has a spinner, the
            # story is in the streamed payload.
            paragraphs = extract_body(streamed, **body_options) or paragraphs  # type: ignore[arg-type]
            counts = [text_words(p) for p in paragraphs]
    except RecursionError:
        return reject("invalid", "document nested too deeply")
    peers: list[tuple[list[str], float]] = []

    def readability_peer() -> tuple[list[str], float]:
        """Readability's body (trafilatura's port) after newsbot's cleanup, and its share in links; once."""
        if not peers:
            fresh = spare
            if fresh is None:  # readability prunes its tree: one of its own
                fresh = parse_html(text_html, utf8)
                prune_tree(fresh, cutlines=cutlines, pullquotes=pullquotes)
            found, linked = readability_lines(fresh, wraps if fresh is spare else None)
            peers.append((clean_body(found, table=table, titles=titles, lead=lead, link_keys=link_keys), linked))
        return peers[0]

    if not selected and not _prose_words(paragraphs, counts):
        # No paragraph of prose in our body: maybe the page has none (a listing, a picture post), maybe the
        # main extractor took a box of links for the story. Readability (trafilatura's port), which
        # scores the page differently, is asked then only (its cost): its body wins when it holds prose
        # and is not itself a list of links.
        found, linked = readability_peer()
        found_counts = [text_words(p) for p in found]
        prose = _prose_words(found, found_counts)
        if prose >= PEER_PROSE_WORDS and linked < PEER_LINK_SHARE:
            paragraphs, counts = found, found_counts
    if not selected and sum(counts) < min_words:
        # A short body is no evidence that the page is not an article: the story may sit where our
        # extractor did not look. The other candidates are asked (only here, their cost): trafilatura
        # favouring recall, the publisher's JSON-LD articleBody, readability's body; one with prose
        # that is not a list of links replaces ours (see _recovered).
        fresh = parse_html(text_html, utf8)
        prune_tree(fresh, cutlines=cutlines, pullquotes=pullquotes)
        recall = extract_body(fresh, **body_options, recall=True)  # type: ignore[arg-type]
        ld = clean_body(jsonld_paragraphs(meta.jsonld_body), table=table, titles=titles, lead=lead, link_keys=link_keys)
        found, linked = readability_peer()
        best = _recovered(paragraphs, [recall, ld, found if linked < PEER_LINK_SHARE else []], link_keys, min_words)
        if best is not paragraphs:
            paragraphs, counts = best, [text_words(p) for p in best]
    parsed: list[lxml_html.HtmlElement] = []

    def page() -> lxml_html.HtmlElement:
        """The page as parsed, parsed again on the first call: `tree` has been pruned, maybe consumed."""
        if not parsed:
            parsed.append(parse_html(text_html, utf8))
        return parsed[0]

    if not selected and len(paragraphs) >= PEER_MIN_LINES:
        # Readability's body as a second candidate: where ours goes on past its end into blocks the page
        # shows as teasers or promo boxes, that tail goes (body.reconcile). Asked only when our body has
        # lines enough for a tail.
        peer, _ = readability_peer()
        trimmed = reconcile(paragraphs, peer, page)
        # a trim is no evidence that the page is not an article: one that would leave too few words to keep
        # (a short post of a sentence or two above its blog's furniture) is not made
        if len(trimmed) < len(paragraphs) and sum(text_words(p) for p in trimmed) >= min_words:
            # the story's last line is last now: an agency code glued to it goes (pattern "agency code"),
            # and the words of the lines it cut are counted again
            paragraphs = without_code_tail(trimmed)
            counts = [text_words(p) for p in paragraphs]
    if not selected and len(paragraphs) >= GAP_MIN_LINES:
        # Readability's body as a candidate for what ours lacks: lines it shows between two of ours, in the
        # page's container of those two, are the story's paragraphs trafilatura skipped (body.fill_gaps).
        peer, _ = readability_peer()
        filled = fill_gaps(paragraphs, peer, page)
        if filled is not paragraphs:
            paragraphs, counts = filled, [text_words(p) for p in filled]

    verdict = _classify(meta, paragraphs, link_keys, url, min_words, paywalled, counts, page)
    if verdict:
        return reject(*verdict)
    title = meta.title
    if not title:
        # A page without a <title>, h1, og:title or JSON-LD headline still shows its story: the headline
        # is the heading right above the body, else the body's first sentence. Never a reason to drop it.
        title = _heading_above(page(), paragraphs, link_keys) or _first_sentence(paragraphs)
        if not title:
            return reject("invalid", "no title")
        paragraphs = _strip_headline(paragraphs, [title]) or paragraphs
    elif (
        len(meta.title_candidates) == 1
        and not meta.title_heading
        and (shown := _heading_above(page(), paragraphs, link_keys) or _headline_at_top(page(), paragraphs, link_keys))
    ):
        # Only a <title> (no h1, og:title, JSON-LD): the headline shown over the body may be the story's
        # where the <title> names the site and a section (titles.shown_over_title).
        wins = shown_over_title(shown, meta.title_candidates[0], meta.site_name, urlsplit(url).hostname or "")
        if wins and not any(name in wins for name in meta.authors):
            title = wins
            paragraphs = _strip_headline(paragraphs, [title]) or paragraphs

    if meta.authors:
        paragraphs = without_author_lines(paragraphs, meta.authors)
    text = clean_paragraphs(paragraphs)
    if "\u200c" in text_html or "\u200d" in text_html or "&zwnj;" in text_html or "&zwj;" in text_html:
        # Persian and Indic spellings (text.restore_joiners); the entities only on pages that write them
        page_text = unescape(text_html) if "&zw" in text_html else text_html
        text = restore_joiners(text, page_text)
    # Caps are rejections with a reason, never silent truncation of the body or the headline.
    if len(text) > MAX_TEXT_CHARS:
        return reject("too_large", f"text is {len(text)} characters (limit {MAX_TEXT_CHARS})")
    if len(title) > MAX_FIELD_CHARS:
        return reject("too_large", f"title is {len(title)} characters (limit {MAX_FIELD_CHARS})")
    # detect_language() reads the first SAMPLE_CHARS characters only: no need to join the whole text.
    language, confidence = detect_language(f"{title}\n{text[:SAMPLE_CHARS]}")
    if language is None:
        language = lang_hint or meta.html_lang
    language = LANGUAGE_ALIASES.get(language or "", language)
    if language not in ISO_639_1:
        language = None  # an html lang of "eng" or "x-default" is no ISO 639-1 code: not a language we know
    canonical = _quote_spaces(canonical_url(url, meta.canonical, outlet.domains if outlet else None))
    url = _quote_spaces(url)
    image = meta.image_url
    if image:
        image = _quote_spaces(urljoin(url, image.strip()))
        if not image.startswith(("http://", "https://")) or len(image) > MAX_FIELD_CHARS:
            image = None
    try:
        return Article(
            id=article_id(canonical),
            url=url,
            canonical_url=canonical,
            outlet=outlet_name,
            site_name=(meta.site_name or (outlet.site_name if outlet else None) or None),
            title=title,
            description=(meta.description or None) and meta.description[:MAX_FIELD_CHARS],
            authors=[a[:200] for a in meta.authors[:30]],
            **date_fields("published", meta.published, bool(tz)),
            published_at_source=meta.published.source if meta.published else None,
            published_at_raw=clean_line(meta.published.raw)[:200] if meta.published else None,
            **date_fields("modified", meta.modified, bool(tz)),
            language=language,
            language_confidence=confidence,
            text=text,
            word_count=word_count(text),
            section=meta.section[:200] if meta.section else None,
            tags=[t[:100] for t in meta.tags],
            image_url=image,
            content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            fetched_at=fetched,
            http_status=http_status,
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        return reject("invalid", f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}")
