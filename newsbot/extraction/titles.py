"""The headline chosen by agreement between the page's title sources.

Sources: the JSON-LD headline, og:title, twitter:title, the visible headline (an <h1> of the article, not
a logo, a menu or a screen-reader label), the <title>, and trafilatura's title reading (its h1/h2 with a
headline class). A source's " | Section", " - Site" affixes are taken off when another source confirms
the shorter form, or when they name the site; a real ending of the headline ("… - booking the right
day could save you thousands'") is not a site name and stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html
from lxml.etree import XPath

from ..lexicon.bodylines import alternation_in_order
from ..lexicon.junklines import DATELINE_HOUR_WORDS
from ..lexicon.navigation import PAGE_LABEL_WORDS, UI_HEADINGS
from .text import clean_line, element_text, norm_key

_NON_WORD = re.compile(r"\W+")
# Separators between a headline and a site or section name.
_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " › ", " « ", " // ", " │ ", " : ")
# A date and time after a title separator ("Headline : 31.10.2023, 10.19 Uhr"): the page's timestamp.
_DATE_AFFIX = re.compile(rf"^[\d\s.,:/-]+(?:{alternation_in_order(DATELINE_HOUR_WORDS)})?$", re.I)
_AFFIX_MAX = 60
# An h1 that is not the headline: the logo, the site name, a menu or section label, a screen-reader label.
# Matched on the parts of a class or id token (split at "-", "_", ":" and camelCase), a word that starts
# a part: "main-menu", "siteHeader", "logoarea" are chrome; "mousemove_menueenter" is a script hook, no menu.
_UI_CLASS = re.compile(
    r"(?:^|[-_:\s])(?:logo|brand|(?:site|blog)-?(?:title|name|header)|masthead|(?:\w*(?:menu|navigation)|navbar|login|toggle|skip)s?"
    r"(?=$|[-_:\s\d])|screen-reader|sr-only|visually-?hidden)",
)
_CAMEL = re.compile(r"([a-z])([A-Z])")
# WordPress writes the post's own tags and categories as classes of its box ("tag-branding",
# "category-personal-branding"): words about the content, not chrome.
_TAXONOMY_TOKEN = re.compile(r"^(?:tag|category|cat)-")


def _marks_match(marks: str, pattern: re.Pattern[str]) -> bool:
    """Class and id tokens, without the post's own tags and categories, matching a pattern (see _UI_CLASS)."""
    tokens = [t for t in marks.split() if not _TAXONOMY_TOKEN.match(t)]
    return bool(tokens) and bool(pattern.search(_CAMEL.sub(r"\1-\2", " ".join(tokens)).lower()))


def _ui_marks(marks: str) -> bool:
    """Class and id tokens that name site chrome (see _UI_CLASS)."""
    return _marks_match(marks, _UI_CLASS)


_CONTENT_ROOTS = frozenset({"article", "main", "body", "html"})
_UI_WORDS = frozenset(UI_HEADINGS)


@lru_cache(maxsize=512)
def title_key(text: str | None) -> str:
    """Comparison key: case, spacing and punctuation ignored (cached: each title is compared many times).

    Soft hyphens are ignored too: a hyphenation hint inside a word ("Monats\xadkarten") is no word break, and
    the h1 that carries them is the very headline og:title writes without them."""
    return _NON_WORD.sub(" ", norm_key((text or "").replace(_SOFT_HYPHEN, ""))).strip()


_SOFT_HYPHEN = "\xad"


_key = title_key
SEPARATORS = _SEPARATORS


def names_host(text: str, host: str) -> bool:
    """The text is the site's own name as its host spells it ("L-Mag" on www.l-mag.de): a logo."""
    compact = _key(text).replace(" ", "")
    labels = [label.replace("-", "") for label in host.lower().split(".") if label not in ("www", "m")]
    return len(compact) >= 3 and any(compact == label for label in labels)


# "Logo" as screen readers and text extraction read a logo image's alt text or SVG <title> out.
_LOGO_WORDS = frozenset({"logo", "logotype", "logotipo", "logotyp", "logó"})


def _logo_label(key: str, site_name: str | None, host: str) -> bool:
    """Pattern "logo label": the site's name with the word "logo" ("POLITICO Politico Logo": the brand's text
    and the alt text of its image read together) is the masthead, not a headline. Every other word must
    spell the site's name (og:site_name, or a label of its host), once or repeated."""
    words = key.split()
    if not any(w in _LOGO_WORDS for w in words):
        return False
    rest = "".join(w for w in words if w not in _LOGO_WORDS)
    names = _host_labels(host)
    if site_name:
        names.add(_key(site_name).replace(" ", ""))
    for name in sorted((n for n in names if len(n) >= 2), key=len, reverse=True):
        rest = rest.replace(name, "")
    return not rest


def is_ui_heading(
    el: lxml_html.HtmlElement, text: str, site_name: str | None, host: str = "", page_url: str = ""
) -> bool:
    """An <h1> that labels the site or its navigation rather than the story (`page_url`: the page's own
    address, to tell its permalink from a link elsewhere)."""
    key = _key(text)
    if not key or key in _UI_WORDS or (site_name and key == _key(site_name)) or names_host(text, host):
        return True
    if _logo_label(key, site_name, host):
        return True
    node: Any = el
    for _ in range(5):
        if node is None or node.tag in ("body", "html"):
            break
        if node.tag in ("nav",):
            return True
        # The article, the main column and the page are no chrome: a class on <body>, <main> or <article>
        # ("with-subnavigation", "has-menu") describes the page, not the heading inside it.
        marks = "" if node.tag in _CONTENT_ROOTS else f"{node.get('class') or ''} {node.get('id') or ''}"
        if marks.strip() and _ui_marks(marks):
            return True
        node = node.getparent()
    # A heading that is one short link with its own text is the logo ("<h1><a href="/">L-Mag</a></h1>") or a
    # teaser's or section's label linking elsewhere ("<h1><a href="/surveys/other-story/">Other…</a></h1>");
    # not the story's own permalink ("<h1 class=entry-title><a href="/article/2766-this-page.html">").
    links = list(el.iter("a"))
    if len(links) != 1 or _key(element_text(links[0])) != key:
        return False
    href = links[0].get("href") or ""
    return href.rstrip("/").count("/") <= 2 and not (page_url and _same_page(href, page_url))


def _same_page(href: str, page_url: str) -> bool:
    """The link goes to the page itself (its permalink)."""
    link, page = urlsplit(urljoin(page_url, href.strip())), urlsplit(page_url)
    return link.netloc == page.netloc and link.path.rstrip("/") == page.path.rstrip("/") and bool(page.path.strip("/"))


def _parts(text: str) -> list[str]:
    """The text and each side of each separator in it ("A | B | C" -> A, B, C, "A | B", "B | C")."""
    out = [text]
    for sep in _SEPARATORS:
        if sep in text:
            pieces = text.split(sep)
            for i in range(1, len(pieces)):
                out.append(sep.join(pieces[:i]).strip())
                out.append(sep.join(pieces[i:]).strip())
    return out


def _confirmed(cand: str, others: list[str]) -> str:
    """`cand` without an affix that another source shows it without ("X | Sport" where og:title is "X")."""
    keys = {_key(o): o for o in others if o and len(_key(o)) >= 8}
    if _key(cand) in keys:
        return cand
    for part in _parts(cand)[1:]:
        if _key(part) in keys and len(cand) - len(part) <= _AFFIX_MAX + 3:
            return part
    return cand


_HOST_WORDS = 5


def _holds_host_name(part: str, host: str) -> bool:
    """A title part of a few words holding the host's name as whole words, in any case ("sheego ♥ Magazin"
    on sheego.de, "EFC Bayrische Bembel Regensburg" on bayrische-bembel.de): the site's own name with a
    club, city or section word around it. Whole words only: "Bildung" holds no "bild"."""
    words = _key(part).split()
    if not words or len(words) > _HOST_WORDS or not host:
        return False
    labels = {
        label.replace("-", "")
        for label in host.lower().split(".")[:-1]
        if len(label) >= 4 and label not in _GENERIC_LABELS
    }
    return any("".join(words[i:j]) in labels for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _site_like(suffix: str, site_name: str | None, host: str) -> bool:
    """A title affix that names the site: the site name, a host name, or a short capitalised name."""
    key = _key(suffix)
    compact = key.replace(" ", "")
    if site_name and (key == _key(site_name) or compact == _key(site_name).replace(" ", "")):
        return True
    if _holds_host_name(suffix, host):
        return True
    if compact and host and compact in host.replace(".", "").replace("-", ""):
        return True
    if "." in suffix and " " not in suffix.strip():  # "example.com"
        return True
    if _DATE_AFFIX.match(suffix.strip()) and any(c.isdigit() for c in suffix):
        return True
    words = suffix.split()
    # Site and section names are short and start with a capital or digit; a lower-case start or a closing
    # quote is the headline going on.
    return (
        0 < len(words) <= 4
        and not suffix[:1].islower()
        and not suffix.startswith(("#", "@"))
        and not suffix.rstrip().endswith(("'", "’", '"', "”", "?", "!"))
    )


_AFFIX_PUNCT = " /|-–—»«›·:"
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}/?$")


def _names_site(text: str, site_name: str | None, host: str) -> bool:
    """The text is the site's own name: og:site_name, a domain ("example.de"), or the host's name."""
    key = _key(text)
    if not key:
        return False
    if site_name and len(site_name.split()) < 4 and key == _key(site_name):  # four words: a headline
        return True
    if _DOMAIN.match(text.strip()):
        return True
    compact = key.replace(" ", "")
    return bool(host) and len(compact) >= 4 and compact in host.replace(".", "").replace("-", "")


def html_title_text(raw: str, site_name: str | None, host: str = "") -> str:
    """The <title>'s text on one line; a line break used as the separator before the site's name
    ("Headline\n  Blog Name", no " | " or " - ") becomes one, so that the site's name comes off like any
    affix. Only a last line of a few words that reads as a name (capitalised, no closing quote or question
    mark, see _site_like) after a first line of three words or more is taken as such: a long headline
    wrapped over two lines in the source goes on in its last line."""
    lines = [clean_line(line) for line in raw.splitlines()]
    lines = [line for line in lines if line]
    marks = [sep.strip() for sep in _SEPARATORS]
    if len(lines) == 2 and not any(lines[0].endswith(m) or lines[1].startswith(m) for m in marks):
        head, tail = lines
        if len(head.split()) >= 3 and len(tail.split()) <= 4 and _site_like(tail, site_name, host):
            return f"{head} | {tail}"
    return clean_line(raw)


def strip_affix(title: str, site_name: str | None, host: str = "", generic: bool = True) -> str:
    """'Headline | Site' / 'Site - Headline' -> 'Headline', when the affix names the site or a section.

    Without `generic`, only the site's own name (site_name) is taken off.
    """
    if not title:
        return title
    if site_name:
        # A "site name" of four words or more that leaves a word or two is a headline a CMS put in
        # og:site_name ("Long headline here | Brand"): nothing is taken off then.
        headline_like = len(site_name.split()) >= 4
        for sep in _SEPARATORS:
            if title.endswith(sep + site_name):
                rest = title[: -len(sep + site_name)].strip()
                if not headline_like or len(rest.split()) > 2:
                    # "Headline | Section | Site": the section before the site's name comes off as well, by
                    # the same separator.
                    head, found, tail = rest.rpartition(sep)
                    if (
                        generic
                        and found
                        and len(head) >= 15
                        and len(tail) <= _AFFIX_MAX
                        and _site_like(tail, None, host)
                    ):
                        return head.strip()
                    return rest
            if title.startswith(site_name + sep):
                rest = title[len(site_name + sep) :].strip()
                if not headline_like or len(rest.split()) > 2:
                    return rest
    if generic and title.endswith(")") and " (" in title:
        # "Headline (example.de)", "Headline (Site Name)": the site named in parentheses at the end.
        head, _, inner = title[:-1].rpartition(" (")
        if len(head) >= 15 and _names_site(inner, site_name, host):
            return strip_affix(head.strip(), site_name, host)
    for sep in _SEPARATORS if generic else ():
        # "example.de | Headline", "Site Name // » Headline": a first part that names the site itself (its
        # host, a domain, og:site_name) is the prefix, whatever the length of what follows.
        head, found, tail = title.partition(sep)
        if found and len(tail.strip()) >= 3 and _names_site(head.strip(_AFFIX_PUNCT), site_name, host):
            return strip_affix(tail.strip(_AFFIX_PUNCT), site_name, host)
        # "EFC Bayrische Bembel Regensburg - Headline" on bayrische-bembel.de: a first part holding the host's
        # name as words, before a headline of its own (three words or more, longer than the prefix).
        if found and _holds_host_name(head, host) and len(tail.split()) >= 3 and len(tail) > len(head):
            return strip_affix(tail.strip(_AFFIX_PUNCT), site_name, host)
    for sep in _SEPARATORS if generic else ():
        if sep in title:
            head, _, tail = title.rpartition(sep)
            if len(head) >= 15 and len(tail) <= _AFFIX_MAX and _site_like(tail, site_name, host):
                return strip_affix(head.strip(), site_name, host) if head.count(sep) else head.strip()
    return title


# What a heading holds that the reader never sees as its words: CSS-in-JS rules rendered into the markup
# ("<h1><style>.css-x{...}</style>Headline</h1>"), scripts, an inert <template>, a <noscript> fallback, an
# icon's <svg> (its <title> is a tooltip: "<svg><title>Nur mit Abo</title></svg>" after a paywalled
# headline), a <button> (share, bookmark, listen controls set into the heading), and a box hidden by the
# hidden attribute or an inline display:none.
_UNSHOWN_TAGS = frozenset({"style", "script", "template", "noscript", "svg", "button"})
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.I)


def _unshown(node: lxml_html.HtmlElement) -> bool:
    """The element is inside a heading but never shown as its text (see _UNSHOWN_TAGS)."""
    if not isinstance(node.tag, str):
        return True  # a comment or a processing instruction
    if node.tag in _UNSHOWN_TAGS or node.get("hidden") is not None:
        return True
    style = node.get("style")
    return bool(style and _DISPLAY_NONE.search(style))


def heading_text(el: lxml_html.HtmlElement) -> str:
    """The heading's text without what it holds that is never shown (see _UNSHOWN_TAGS).

    A line break is a space between the words on either side: a headline set over two lines, or a kicker
    line above it, with nothing but a <br> between them ("Naik,<br>Pedagang") is two words, not one."""
    if not len(el) or not any(node.tag == "br" or _unshown(node) for node in el.iterdescendants()):
        return clean_line(element_text(el))
    parts: list[str] = []

    def walk(node: lxml_html.HtmlElement) -> None:
        parts.append(node.text or "")
        for child in node:
            if child.tag == "br":
                parts.append(" ")
            elif not _unshown(child):
                walk(child)
            parts.append(child.tail or "")

    walk(el)
    return clean_line("".join(parts))


def _shown_children(el: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The element's child elements the reader sees (see heading_text): a kicker or a trailer is one of
    them, never a CSS rule, an icon or a button."""
    return [child for child in el if not _unshown(child)]


def _words(text: str) -> int:
    """The number of words, a lone punctuation mark not counted ("Direktion :" is one word)."""
    return sum(1 for w in text.split() if _NON_WORD.fullmatch(w) is None)


def _after_kicker(el: lxml_html.HtmlElement, text: str) -> str | None:
    """The h1's text after a leading child element of a few words (a kicker, an overline), or None."""
    node = el
    while True:
        if (node.text or "").strip():
            return None
        children = _shown_children(node)
        # Pattern "linked heading": a link (or span) wrapping the whole heading ("<h1><a href=thread><span
        # class=label>Topic</span> Headline</a></h1>", forum and CMS thread titles) holds the kicker.
        if len(children) == 1 and len(children[0]) and not (children[0].tail or "").strip():
            node = children[0]
            continue
        break
    if not children:
        return None
    first = children[0]
    # heading_text: the kicker's own text without CSS-in-JS rules inside it (a visually hidden ":" set
    # in a styled span of its own after the overline).
    kicker = heading_text(first)
    if not kicker or _words(kicker) > _KICKER_WORDS or not text.startswith(kicker):
        return None
    rest = text[len(kicker) :].lstrip(_AFFIX_PUNCT)
    return rest if len(rest.split()) >= 2 else None


# Pattern "hidden separator after a kicker": the kicker (overline, Dachzeile) set apart by layout, with the
# punctuation a screen reader or a copy reads between it and the headline in a visually hidden element of
# its own ("<span class=kicker>Topic</span><span class=sr-only>: </span><span>Headline</span>"). The
# publisher states by it how the two read as one line: a colon joins them into one headline ("Topic:
# Headline", as the fundus labels of Bild, Zeit, Tagesspiegel and Taz keep it); a dash or bar only sets the
# label apart from the headline (trafilatura/'s labels keep the headline alone).
_HIDDEN_CLASS = re.compile(r"sr-only|screen-?reader|visually-?hidden|visuallyhidden|a11y-?hidden|assistive-text")
_HIDDEN_SEP = re.compile(r"^[:\-–—|]$")
# Elements scanned for a hidden colon (the headline sits near the top of any page; bounded for huge pages).
_HIDDEN_SEP_SCAN = 16000
# The candidates, found by lxml in one pass: a childless element of those tags with a class and at most a
# few characters (the exact test is _hidden_sep's); walking every element in Python cost more than the rest.
_HIDDEN_SEP_NODES = XPath(
    ".//*[@class]["
    + " or ".join(
        f"contains(@class, '{part}')"
        for part in ("r-only", "r-Only", "R-only", "R-ONLY", "creen", "CREEN", "isually", "ISUALLY", "11y", "11Y")
        + ("ssistive", "SSISTIVE")
    )
    + "][self::span or self::div or self::p or self::i or self::em or self::small]"
    "[not(*) and string-length(normalize-space()) <= 3]"
)


def _hidden_sep(el: lxml_html.HtmlElement) -> str | None:
    """The separator mark a visually hidden element holds (":", "-", "–", "—", "|"), or None."""
    if not isinstance(el.tag, str) or not _HIDDEN_CLASS.search((el.get("class") or "").lower()):
        return None
    text = (el.text_content() or "").strip()
    return text if _HIDDEN_SEP.match(text) and not len(el) else None


def _sep_after(el: lxml_html.HtmlElement) -> str | None:
    """The hidden separator set right after the element (see _hidden_sep), or None."""
    nxt = el.getnext()
    if nxt is None or (el.tail or "").strip():
        return None
    return _hidden_sep(nxt)


def colon_kickers(tree: lxml_html.HtmlElement) -> list[tuple[str, str]]:
    """(kicker, headline) pairs the page joins by a visually hidden colon (see _HIDDEN_CLASS): the kicker
    element's text and the text of the element after the hidden colon, each as shown."""
    pairs = []
    for node in _HIDDEN_SEP_NODES(tree)[:_HIDDEN_SEP_SCAN]:
        if _hidden_sep(node) != ":":
            continue
        prev, nxt = node.getprevious(), node.getnext()
        parent = node.getparent()
        if prev is None and nxt is None and parent is not None and not (node.tail or "").strip():
            # "<span class=kicker>Topic<span class=sr-only>:</span></span><span>Headline</span>": the hidden
            # colon closes the kicker element itself; the headline is the element after the kicker.
            node, nxt = parent, parent.getnext()
            kicker = clean_line(parent.text or "") if len(parent) == 1 else ""
        elif prev is None or (prev.tail or "").strip():
            continue
        else:
            kicker = heading_text(prev)
        if nxt is None or (node.tail or "").strip():
            continue
        headline = heading_text(nxt)
        if kicker and headline and 0 < _words(kicker) <= _KICKER_WORDS and len(headline.split()) >= 2:
            pairs.append((kicker, headline))
        if len(pairs) >= 3:
            break
    return pairs


# A trailing element of a heading that is page furniture, not words of the headline: a comment count, a
# date ("<h2>Headline <span class=comments>524</span></h2>", "<h2>Headline <em>9 December, 2011</em></h2>").
# A count with its noun ("12 Comments", "3 Kommentare") is such furniture too (a theme's comment link set
# into the h1); only ever taken off when another source shows the headline without it.
_TRAILER = re.compile(r"^[\d\s.,:/()-]+$|\d{4}|\d{1,2}[./]\d{1,2}|^\(?\d[\d.,]*\)?\s+\w+$")
_TRAILER_WORDS = 4
_DATE_FIRST = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")
_DATED_TRAILER_WORDS = 12


# Pattern "badge after the headline": a marker of the story's kind set as a small element at the end of the
# heading ("Headline <span class=badge>Plus</span>", a paywall, exclusive or sponsored flag); its class says
# so. Like a count, taken off only when another source shows the headline without it.
_BADGE_MARKS = re.compile(r"badge|label|flag|icon|premium|plus|paywall|paid|abo\b|exclusive|sponsor", re.I)
_BADGE_WORDS = 2


def _badge(el: lxml_html.HtmlElement) -> bool:
    """The element's class or id marks it as a badge (see _BADGE_MARKS)."""
    return bool(_BADGE_MARKS.search(f"{el.get('class') or ''} {el.get('id') or ''}"))


def _before_trailer(el: lxml_html.HtmlElement, text: str) -> str | None:
    """The heading's text without a short trailing child element holding a number or a date, or a badge,
    or None."""
    shown = _shown_children(el)
    last = shown[-1] if shown else None
    if last is None or (last.tail or "").strip():
        return None
    trailer = heading_text(last)
    if not trailer or not text.endswith(trailer):
        return None
    # Pattern "date line in the heading": the date first and the category labels after it, in small type
    # under the headline ("Headline<br><small>02.02.2022 • Verband, Presse</small>"): metadata, however
    # many labels follow the date.
    if _words(trailer) > (_DATED_TRAILER_WORDS if _DATE_FIRST.match(trailer) else _TRAILER_WORDS):
        return None
    if not _TRAILER.search(trailer) and not (_words(trailer) <= _BADGE_WORDS and _badge(last)):
        return None
    rest = text[: -len(trailer)].rstrip(_AFFIX_PUNCT)
    return rest if len(rest.split()) >= 2 else None


# A breadcrumb trail: a box whose class, id, type or label names it ("c-breadcrumb__item", "BreadcrumbList",
# aria-label="Breadcrumb"), or an item of a schema.org list (itemprop="itemListElement").
_BREADCRUMB = re.compile(r"breadcrumb|itemlistelement", re.I)
_BREADCRUMB_DEPTH = 6


def _dash_kicker(el: lxml_html.HtmlElement) -> bool:
    """The heading's first shown child (its kicker) is followed by a visually hidden dash or bar."""
    node = el
    while True:
        children = _shown_children(node)
        if len(children) == 1 and len(children[0]) and not (children[0].tail or "").strip():
            node = children[0]
            continue
        break
    sep = _sep_after(children[0]) if children else None
    return sep is not None and sep != ":"


def in_breadcrumb(el: lxml_html.HtmlElement) -> bool:
    """The heading is an item of the page's breadcrumb trail (the trail's last, current item set as an h1)."""
    node: Any = el
    for _ in range(_BREADCRUMB_DEPTH):
        node = node.getparent()
        if node is None or node.tag in ("body", "html", "article", "main"):
            return False
        marks = " ".join(node.get(a) or "" for a in ("class", "id", "itemprop", "itemtype", "aria-label"))
        if _BREADCRUMB.search(marks):
            return True
    return False


def in_dialog(el: lxml_html.HtmlElement) -> bool:
    """The heading sits in a modal dialog: a <dialog>, or a box marked role="dialog"/"alertdialog" or
    aria-modal="true" (a cookie consent, a newsletter or paywall pop-up laid over the page)."""
    node: Any = el
    while node is not None and node.tag not in ("body", "html"):
        if node.tag == "dialog" or node.get("role") in ("dialog", "alertdialog") or node.get("aria-modal") == "true":
            return True
        node = node.getparent()
    return False


def _lead_in(text: str) -> bool:
    """Pattern "lead-in heading": a heading ending in a colon announces what follows it ("Sie sind hier:"
    before a trail, "Open Journalism Project:" with the rest of the headline set in the next element); it
    is no whole headline and casts no vote."""
    return text.rstrip().endswith(":")


def visible_headline(
    h1s: list[lxml_html.HtmlElement],
    others: list[str],
    site_name: str | None,
    peer: Callable[[], str | None] | None = None,
    host: str = "",
    page_url: str = "",
    structured: bool = False,
) -> str | None:
    """The article's <h1>: the first that another source confirms, else the first that is not site chrome.

    `peer` gives trafilatura's title reading; asked only when several h1s remain and none is confirmed.
    `structured`: the page states a JSON-LD headline (a breadcrumb's h1 then gives way, see below).
    """
    texts = []
    elements = []
    for el in h1s:
        text = _undecorated(heading_text(el))
        # Pattern "breadcrumb h1": templates set the trail's current item ("Home > Politik > <h1>Page</h1>")
        # as the page's h1. It is navigation: the page's name as the site's menu or SEO keeps it (a short,
        # an older or a kicker-first wording), not the headline set over the story. Where the publisher
        # states its headline in structured data, such an h1 is no headline of its own and casts no vote
        # against it; without one it is still the best visible reading of the page's name and stays.
        if structured and in_breadcrumb(el):
            continue
        if _lead_in(text):
            continue
        if 3 <= len(text) <= 300 and not is_ui_heading(el, text, site_name, host, page_url):
            texts.append(text)
            elements.append(el)
    if not texts:
        return None
    # Pattern "dialog h1": a modal laid over the page (cookie consent, newsletter or paywall pop-up) often
    # carries an h1 of its own, before the story's in the source. Marked as a dialog (ARIA or <dialog>) it
    # is no headline while an h1 outside it remains; a page whose only h1s are in a dialog keeps them (an
    # article opened as an overlay).
    outside = [i for i, el in enumerate(elements) if not in_dialog(el)]
    if outside and len(outside) < len(elements):
        texts, elements = [texts[i] for i in outside], [elements[i] for i in outside]
    confirmed = {_key(p) for o in others if o for p in _parts(o)}
    # As another source writes it, kicker and punctuation included, up to typography (the page's curly
    # apostrophe against a straight one in og:title: "Editor’s Letter: X" is that very headline).
    shown = {_typeset(p) for o in others if o for p in _parts(o)}
    for text, el in zip(texts, elements, strict=True):
        rest = _after_kicker(el, text)
        if rest and _key(rest) in confirmed and _dash_kicker(el):
            # A kicker set off by a hidden dash (see _HIDDEN_SEP) is a label over the headline, not part
            # of it, even where og:title copies the heading's whole text: another source shows the rest.
            return rest
        if _typeset(text) in shown:
            return text
        # "<h1><span class=kicker>Topic</span> Headline</h1>": the headline without the kicker element set
        # apart by layout, when another source shows it alone or as "Topic: Headline".
        if rest and (_key(rest) in confirmed or any(_kicker_before(o, rest) for o in others if o)):
            return rest
        if _key(text) in confirmed:
            return text
        # "<h2>Headline <span>524</span></h2>": the headline without the count or date glued after it, when
        # another source shows it alone.
        rest = _before_trailer(el, text)
        if rest and _key(rest) in confirmed:
            return rest
    if len(texts) > 1:
        # Several h1s (a place line, a site tagline, the story): the one another source begins with ("H1,
        # Country" in og:title) is the story's.
        starts = [_key(o) for o in others if o]
        for text in texts:
            key = _key(text)
            if len(key.split()) >= 2 and any(o.startswith(key + " ") for o in starts):
                return text
    if len(texts) > 1 and peer is not None:
        reading = peer()
        if reading and _key(reading) in {_key(t) for t in texts}:
            return reading
    return texts[0]


# A run of glyphs set before a heading as decoration ("[> Name", "| Headline", "-> Headline"); not », ›
# or * (German quotes, emphasis pairs: "»frag.jetzt«", "*Ab Montag* ...").
_DECORATION = re.compile(r"^[\[(<>→•·|~=/\\:\-–— ]+")


def _undecorated(text: str) -> str:
    """The heading without a leading run of decorative glyphs; a bracket closed later ("[Update] ...") and
    a quote ("«Zitat»") are part of the headline and stay."""
    match = _DECORATION.match(text)
    if not match:
        return text
    run = match.group()
    if ("[" in run and "]" in text) or ("(" in run and ")" in text) or len(run) == len(text):
        return text
    return text[len(run) :]


def subheading_headline(
    tree: lxml_html.HtmlElement, metas: list[str], site_name: str | None, host: str = "", page_url: str = ""
) -> str | None:
    """Without a usable <h1>, the page's first <h2> when it words the story og:title / the <title> name.

    Older and CMS templates set the article's headline in an h2 (the h1, if any, is the logo or a menu
    label); the metadata then often names the site or the section, or an SEO wording ("Feuerwehr - Training"
    where the page shows "Boat service training"). Only the first h2 that is not site chrome is asked, and
    only when it shares content words with the metadata (_reworded_by_meta): a first h2 about something else
    is a teaser or a box label, not the headline.
    """
    if not metas:
        return None
    for el in tree.iter("h2"):
        text = heading_text(el)
        if not 3 <= len(text) <= 300 or is_ui_heading(el, text, site_name, host, page_url):
            continue
        text = _undecorated(text)
        if _lead_in(text):
            return None
        rest = _before_trailer(el, text)
        if rest and any(_key(rest) == _key(p) for m in metas for p in _parts(strip_affix(m, site_name, host))):
            return rest
        return text if _reworded_by_meta(text, metas) else None
    return None


def _sides(text: str) -> list[tuple[str, str]]:
    """Each split of a title into a head and a tail at one separator ("A | B: C" -> (A, B: C), (A | B, C))."""
    out = []
    for sep in (*_SEPARATORS, ": "):
        start = text.find(sep)
        while start > 0:
            head, tail = text[:start].strip(), text[start + len(sep) :].strip()
            if head and tail:
                out.append((head, tail))
            start = text.find(sep, start + 1)
    return out


_SIDE_HEADINGS = 80
# The site's own masthead around a heading: a logo, the brand, the site's or blog's title box.
_MASTHEAD_CLASS = re.compile(r"(?:^|[-_:\s])(?:logo|brand|(?:site|blog)-?(?:title|name)|masthead)")
# The page's banner: the ARIA landmark for the site's own header (role="banner"), or a box whose class or
# id token starts with "banner" (Movable Type and Typepad blogs: "<div id=banner><h1 id=banner-header><a
# href=".../blog/">Blog Name</a></h1>"). Only a token that starts with it: "hero-banner", "article-banner"
# are boxes around the story's own headline.
_BANNER_TOKEN = re.compile(r"(?:^|\s)banner", re.I)


def _is_root(href: str) -> bool:
    """The link goes to a site's home page ("/", "https://example.com/", "index.html"), not a story or a
    section ("/artists/22792-andy-stott/")."""
    parts = urlsplit(href.strip())
    return not parts.query and parts.path.strip("/").lower() in ("", "index.html", "index.htm", "index.php")


def _above(href: str, page_url: str) -> bool:
    """The link goes to a folder above the page on its own site: a blog's home ("https://example.com/zen/"
    on "https://example.com/zen/2012/10/post.html")."""
    link, page = urlsplit(urljoin(page_url, href.strip())), urlsplit(page_url)
    path = link.path if link.path.endswith("/") else link.path + "/"
    return link.netloc == page.netloc and not link.query and page.path.startswith(path) and page.path != link.path


def _home_link(el: lxml_html.HtmlElement, key: str, page_url: str = "") -> bool:
    """The heading is one link, to a site's root (or, given the page's URL, a folder above the page), with
    the heading's own text ("<h1><a href="/">Blog</a></h1>")."""
    links = list(el.iter("a"))
    if len(links) != 1 or _key(element_text(links[0])) != key:
        return False
    href = links[0].get("href") or ""
    return _is_root(href) or (bool(page_url) and _above(href, page_url))


def _is_masthead(el: lxml_html.HtmlElement, key: str, page_url: str = "") -> bool:
    """An <h1>/<h2> that shows the site's name: a link to the site's (or blog's) home, or in a logo/brand/
    site-title box, or in the page banner (see _BANNER_TOKEN)."""
    if el.tag not in ("h1", "h2"):
        return False
    if _home_link(el, key, page_url):
        return True
    node: Any = el
    for _ in range(4):
        if node is None or node.tag in _CONTENT_ROOTS:
            return False
        marks = f"{node.get('class') or ''} {node.get('id') or ''}"
        if _marks_match(marks, _MASTHEAD_CLASS) or _BANNER_TOKEN.search(marks) or node.get("role") == "banner":
            return True
        node = node.getparent()
    return False


def shown_title_side(
    metas: list[str],
    headings: list[lxml_html.HtmlElement],
    site_name: str | None,
    host: str = "",
    page_url: str = "",
) -> tuple[str, str] | None:
    """The side of a "Site: Story", "Story - Site" og:title/<title> that is the story, by the page's headings.

    Pages without structured data (old templates, blogs) name the site and the story in the <title> in any
    order, with any separator, and set the blog's name in a masthead <h1> and the story in an h2 or h3
    ("<h1><a href="/">Bike Hugger</a></h1> ... <h2 class=entry-title>Yard Sign Fenders</h2>", <title>Yard
    Sign Fenders - Bike Hugger</title>). The page's headings tell the sides apart: the story is the side
    shown as a content heading of its own, when the other side is the masthead (a home-link or logo
    heading), names the site, or is the shorter; or, no side shown as content, the side opposite the
    masthead. Both sides shown as content headings ("<h1>Artist</h1><h2>Album</h2>") decide nothing.
    Returns (story, site side) with the story as the page shows it, or None.
    """
    splits = [pair for meta in metas for head, tail in _sides(meta) for pair in ((tail, head), (head, tail))]
    if not splits:  # no title with two sides: nothing to decide, the headings go unread
        return None
    # Only headings that read as a side of the title, or as a part of one, are looked up below: the others
    # are not tested as mastheads or interface labels (the cost of this function is those tests).
    wanted = {_key(part) for pair in splits for side in pair for part in _parts(side)}
    content: dict[str, str] = {}
    masthead: set[str] = set()
    for el in headings[:_SIDE_HEADINGS]:
        text = _undecorated(heading_text(el))
        key = _key(text)
        if not key or len(text) > 300 or key not in wanted:
            continue
        if _is_masthead(el, key, page_url):
            masthead.add(key)
        elif key not in content and not _lead_in(text) and not is_ui_heading(el, text, site_name, host, page_url):
            content[key] = text
    if not content and not masthead:
        return None
    best: tuple[str, str] | None = None
    for story, site in splits:
        story_key, site_key = _key(story), _key(site)
        found = content.get(story_key)
        if found is None or story_key in masthead or (site_key in content and site_key not in masthead):
            continue
        # The other side is the site: its masthead text (alone or after a section: "Section · Site"), a name
        # of the site, or shorter than the story.
        site_shown = any(_key(part) in masthead for part in _parts(site))
        if (site_shown or _names_site(site, site_name, host) or len(story) >= len(site)) and (
            best is None or len(found) > len(best[0])
        ):
            best = (found, site)
    if best:
        return best
    for story, site in splits:
        story_key = _key(story)
        if _key(site) in masthead and story_key not in content and story_key not in masthead and len(story_key) >= 3:
            story = strip_affix(story, site_name, host)
            # A story side with a separator left ("Blog Archive » Story", "Story - YouTube") is no clean
            # headline: no decision.
            if not any(sep in story for sep in _SEPARATORS):
                return story, site
    return None


# Separators after a topic kicker ("Chronik: ...", "Corona-Pandemie - ...", "Local News | ...").
_KICKER_SEPARATORS = (": ", " : ", " - ", " – ", " — ", " | ", " ǀ ", " / ", " » ")
_KICKER_WORDS = 6


def _kicker_before(value: str, headline: str) -> bool:
    """`value` is the visible `headline` with a short topic kicker before it ("Chronik: Lotte Tobisch ist
    tot" where the page's h1 reads "Lotte Tobisch ist tot"): metadata prepends the kicker, the page sets it
    apart (a label above the headline), and the headline is what the page shows."""
    want = _key(headline)
    if len(want.split()) < 2:
        return False
    for sep in _KICKER_SEPARATORS:
        head, found, tail = value.partition(sep)
        words = len(head.split())
        # After a colon the kicker may run to a few words; after a dash or bar, a longer part than the
        # headline is a headline of its own ("Headline - Subtitle" where the h1 shows the subtitle).
        if not found or not 0 < words <= (_KICKER_WORDS if ":" in sep else min(_KICKER_WORDS, len(want.split()) - 1)):
            continue
        # "Kicker: Headline - Site": the same after the site's affix came off
        if _key(tail) == want or _key(strip_affix(tail, None)) == want:
            return True
    return False


# Typographic variants of one character: curly and straight quotes, guillemets, dashes and hyphens.
_TYPESET = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "‚": "'",
        "‛": "'",
        "´": "'",
        "`": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‹": "'",
        "›": "'",
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
    }
)


def _typeset(text: str) -> str:
    """The text with typographic variants folded to ASCII, case and spacing ignored."""
    return _glyphs(text).casefold()  # casefolding adds no whitespace: the same as folding before the split


def _glyphs(text: str) -> str:
    """The text with typographic variants folded to ASCII and spacing ignored; case kept (a heading in
    capitals is no typographic variant of the sentence-case headline)."""
    return " ".join(text.translate(_TYPESET).split())


_TAIL_SEPARATORS = frozenset({"|", "-", "–", "—", "·", "»", "::", "•"})


def _extends(short: str, long: str) -> bool:
    """One of the two is the other with a part added at its end set apart as a title of its own: an affix
    ("Headline - Current news" against "Headline") or a subtitle glued into the h1 ("Headline Welcome to
    ..." where the tail starts a new capitalised phrase). A tail going on in lower case ("... Kapazität in
    Tennessee") is the sentence going on, a longer wording."""
    a, b = _key(short), _key(long)
    if a.startswith(b + " "):
        return True
    if not b.startswith(a + " "):
        return False
    # The first word of the tail, as written in the longer form.
    words = long.split()
    tail = words[len(short.split())] if len(words) > len(short.split()) else ""
    return tail[:1].isupper() or tail in _TAIL_SEPARATORS


def _visible_wins(h1: str, other: str) -> bool:
    """Without a JSON-LD headline, the page's visible headline against og:title / the <title>.

    The h1 is what the reader sees as the headline; og:title and the <title> are written for social cards
    and search results and often append a tail to it ("Headline: the SEO tail | Site", "Headline » Offer").
    The h1 wins when it is the other's beginning. It does not when it holds the other whole (a kicker, a
    subtitle or the site name glued into the h1 around the real headline).
    """
    a, b = _key(h1), _key(other)
    if a == b:
        # The same headline in other type: the page's curly quotes, dashes or capitals against the social
        # card's straight ASCII copy. The form the page shows wins; not when the h1 lost punctuation (a
        # kicker set apart by layout instead of a colon): that is no typographic variant.
        return h1 != other and _typeset(h1) == _typeset(other)
    return bool(a) and len(a.split()) >= 2 and b.startswith(a + " ")


def _stems(text: str) -> set[str]:
    """The content words of a text as five-letter stems ("Gefahrstoffmanagement" and "Gefahrstoff-Service"
    share "gefah"); words under four letters (articles, prepositions) say nothing about the topic."""
    return {w[:5] for w in _key(text).split() if len(w) >= 4 or w.isdigit()}


def _reworded_by_meta(h1: str, metas: list[str]) -> bool:
    """The visible headline against og:title / the <title> worded differently, without a JSON-LD headline.

    Outside structured data, og:title and the <title> are written for social cards and search results: a
    shorter, an SEO or an older wording of the story's headline ("Wärmepumpe im Altbau - Wann es sich
    lohnt" where the page shows "Eignet sich eine Wärmepumpe im Altbau?"). The reader sees the h1, and the
    h1 wins when it is about the same thing: a third of the content words of the shorter of the two are
    shared. An h1 sharing fewer is some other heading (a section label, a teaser's headline, a price)
    and does not; nor does an h1 that is the other plus an affix ("Headline | SITE.NET": the site name
    set into the heading) or with a kicker glued before it ("<span>Topic</span><span>Headline</span>").
    """
    stems = _stems(h1)
    if not stems or not metas:
        return False
    h1_key = _key(h1)
    h1_parts = {_key(p) for p in _parts(h1)[1:]}
    for meta in metas:
        other, meta_key = _stems(meta), _key(meta)
        if not other or 3 * len(stems & other) < min(len(stems), len(other)):
            return False
        if meta_key in h1_parts or (h1_key != meta_key and h1_key.endswith(meta_key)):
            return False
    return True


def _about_the_same(a: str, b: str) -> bool:
    """The two texts share a third of the content words of the shorter (see _reworded_by_meta)."""
    x, y = _stems(a), _stems(b)
    return bool(x) and bool(y) and 3 * len(x & y) >= min(len(x), len(y))


def _label_before(h1: str, html_title: str) -> bool:
    """Without og:title or JSON-LD, an h1 of a word or three sharing no content word with a <title> of a
    sentence (five words or more, no site or section affix left) is a label, not the story's headline: the
    blog's name ("Virtual Geek"), a section ("News & Events", "Maps"), a template placeholder ("Main
    Headline"). The <title> is then the headline."""
    return (
        len(h1.split()) <= 3
        and len(html_title.split()) >= 5
        and not any(sep in html_title for sep in _SEPARATORS)
        and not _stems(h1) & _stems(html_title)
    )


# Opening quotes and the closing quotes that may end them.
_QUOTE_PAIRS = {'"': '"', "“": "”", "„": "“”", "«": "»", "'": "'", "‘": "’", "‚": "‘’"}


def _quoted_rest(fuller: str, cut: str) -> bool:
    """`fuller` is `cut` followed by a quoted part ('... Biden de "unfit"' after '... Biden de')."""
    if not fuller.startswith(cut + " "):
        return False
    rest = fuller[len(cut) + 1 :]
    closers = _QUOTE_PAIRS.get(rest[:1], "")
    return any(c in rest[1:] for c in closers)


def kicker_glued(h1s: list[lxml_html.HtmlElement], visible: str | None) -> bool:
    """The visible headline is an h1's whole text with a kicker element glued before it (see _after_kicker)."""
    if not visible:
        return False
    for el in h1s:
        text = _undecorated(heading_text(el))
        if text == visible:
            return _after_kicker(el, text) is not None
    return False


_CUT_MIN = 40


def _cut_within_word(cut: str, whole: str) -> bool:
    """`cut` is `whole` cut off inside a word: `whole` goes on with a small letter or a digit right where
    `cut` ends on a letter or digit ("... de service ju" against "... de service jusqu'en 2030"). A capital
    there starts a word glued on (a slogan run into the <title>: "Truckwash A31Das etwas andere ..."), and a
    short value is no length limit's cut."""
    n = len(cut)
    return (
        len(whole) > n >= _CUT_MIN
        and whole.startswith(cut)
        and cut[-1].isalnum()
        and whole[n].isalnum()
        and not whole[n].isupper()
    )


def _one_word_apart(a: str, b: str) -> bool:
    """The two wordings differ in one word at most (one replaced, dropped or added): a copy edit."""
    x, y = _key(a).split(), _key(b).split()
    if abs(len(x) - len(y)) > 1:
        return False
    i = 0
    while i < min(len(x), len(y)) and x[i] == y[i]:
        i += 1
    j = 0
    while j < min(len(x), len(y)) - i and x[-1 - j] == y[-1 - j]:
        j += 1
    return max(len(x), len(y)) - i - j <= 1


def _site_tail(value: str, site_name: str | None, host: str) -> str:
    """The value without trailing affixes that name the site itself or a date ("Headline | DW",
    "Headline – DW – 12.05.2024" on dw.com, "Headline - example.de").

    Pattern "site name in the headline field": CMSs fill the JSON-LD headline from the same template as
    the <title>, suffix included. Such an affix is no ending of the headline: it names the site (its
    og:site_name, a domain, or one of its host's labels spelled whole) or is a date. A generic short
    capitalised suffix (a section, a slogan) is not taken off here: in the headline field it may well
    be the headline's own ending.
    """
    labels = _host_labels(host)
    while True:
        for sep in _SEPARATORS:
            head, found, tail = value.rpartition(sep)
            if not found or len(head) < 15:
                continue
            tail = tail.strip()
            compact = _key(tail).replace(" ", "")
            dated = bool(_DATE_AFFIX.match(tail)) and any(c.isdigit() for c in tail)
            if dated or _names_site(tail, site_name, host) or (len(compact) >= 2 and compact in labels):
                value = head.strip()
                break
        else:
            return value


# Pattern "pictograph as decoration": an emoji set before or after a headline (a red dot or a siren for
# breaking news, a camera for a video; an <img class=emoji> in the h1, the character in og:title and the
# <title>) marks the kind of story, like a label; it is no word of the headline. Only pictographs (emoji,
# dingbats, miscellaneous symbols); letters, digits, quotes and currency signs stay.
_PICTOGRAPHS = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d"
_PICTO_EDGE = re.compile(rf"^[{_PICTOGRAPHS}\s]*[{_PICTOGRAPHS}]\s*|\s*[{_PICTOGRAPHS}][{_PICTOGRAPHS}\s]*$")

# Pattern "page number after the headline": a story split over pages prints its headline with the page's
# number ("Headline - Page 2", "Headline | Halaman 2", "Headline (Seite 3 von 5)") in the <title> and often
# in the h1; the number names the page, not the story. A label word of a pager and a number, at the end.
_PAGE_WORDS = "|".join(re.escape(w) for w in sorted(PAGE_LABEL_WORDS, key=len, reverse=True))
_PAGE_SUFFIX = re.compile(
    rf"(?:\s*[|\-–—:·,/]\s*|\s+|\s*\()(?:{_PAGE_WORDS})\s*\d{{1,3}}"
    rf"(?:\s*(?:/|of|von|dari|de|di|sur)\s*\d{{1,3}})?\)?$",
    re.I,
)
_PAGE_HEAD = 15


def _source_form(value: str | None) -> str | None:
    """A title source without what is no part of the headline in any source: soft hyphens, pictographs
    at its edges, a trailing page number (each pattern above)."""
    if not value:
        return value
    value = value.replace(_SOFT_HYPHEN, "")
    bare = _PICTO_EDGE.sub("", value)
    if bare != value and len(bare.split()) >= 2:
        value = bare
    paged = _PAGE_SUFFIX.search(value)
    if paged and paged.start() >= _PAGE_HEAD:
        value = value[: paged.start()].rstrip()
    return value


def _colon_joined(value: str, kicker: str, headline: str) -> bool:
    """`value` reads "Kicker: Headline" (a colon, French spacing too) for this kicker and headline."""
    head, found, tail = value.partition(":")
    return bool(found) and _key(head) == _key(kicker) and _key(tail) == _key(headline)


def choose_title(
    ld: str | None,
    og: str | None,
    tw: str | None,
    h1: str | None,
    html_title: str | None,
    site_name: str | None,
    host: str = "",
    h1_kicker: bool = False,
    colon_kicked: Sequence[tuple[str, str]] = (),
) -> str:
    """The headline by agreement (see the module doc); the JSON-LD headline first when sources disagree.

    Order when no agreement rule applies, as measured on the fundus pages: JSON-LD headline, og:title,
    the h1, the <title>. The visible headline wins over a JSON-LD headline variant that only the <title>
    repeats, when og:title shows the visible one (a CMS's SEO headline against the page's own).
    """
    ld, og, tw, h1, html_title = (_source_form(v) for v in (ld, og, tw, h1, html_title))
    raw = {"ld": ld, "og": og, "tw": tw, "h1": h1, "title": html_title}
    cands: dict[str, str] = {}
    for name, value in raw.items():
        if not value:
            continue
        if name == "h1":  # the visible headline is shown as it is: never shortened
            cands[name] = value
            continue
        # A shorter social title (twitter:title) confirms nothing: it is a variant, not an affix test.
        others = [v for n, v in raw.items() if v and n not in (name, "tw")]
        shorter = _confirmed(value, others)
        # The headline fields (the visible h1, the JSON-LD headline) showing this very form: its ending is
        # the headline's, not a site name (og:title and <title> often share one affix, so they prove nothing).
        headlines = {_key(_site_tail(v, site_name, host)) for n in ("h1", "ld") if n != name and (v := raw[n])}
        if shorter != value or _key(value) in headlines:
            cands[name] = shorter
        elif name != "ld" and _key(site_off := strip_affix(value, site_name, host, generic=False)) in headlines:
            # "Headline - Kicker - Site" where the h1 reads "Headline - Kicker": with the site's name off, the
            # rest is what the headline fields show, and no part of it is a section affix.
            cands[name] = site_off
        elif name == "ld":
            # The JSON-LD headline is the headline field: only the site's own name comes off it.
            cands[name] = strip_affix(_site_tail(value, site_name, host), site_name, host, generic=False)
        else:
            cands[name] = strip_affix(value, site_name, host)
    if site_name and ("ld" in cands or "h1" in cands):
        # Pattern "site name as og:title": a template that fills every page's og:title (and <title>) with
        # the site's own name (og:title == og:site_name) names no story; the headline fields decide.
        site_key = _key(site_name)
        headline_keys = (_key(cands.get("ld")), _key(cands.get("h1")))
        for name in ("og", "tw", "title"):
            if name in cands and _key(raw[name]) == site_key and site_key not in headline_keys:
                del cands[name]
    groups: dict[str, set[str]] = {}
    for name, value in cands.items():
        groups.setdefault(_key(value), set()).add(name)
    order = [n for n in ("ld", "og", "h1", "title") if n in cands]
    if not order:
        return cands.get("tw", "")
    choice = order[0]
    if (
        "h1" in cands
        and not (ld and _kicker_before(ld, cands["h1"]))
        and any(_kicker_before(v, cands["h1"]) for n in ("og", "title") if (v := raw[n]))
    ):
        # The kicker only og:title and the <title> carry is a social/SEO prefix: the visible headline
        # wins. A JSON-LD headline with the kicker is the publisher's own statement of the headline and
        # stays (news publishers' structured data keeps "Kicker: Headline" as one headline).
        choice = "h1"
    elif choice == "ld" and "h1" in cands:
        ld_group, h1_group = groups[_key(cands["ld"])], groups[_key(cands["h1"])]
        if ld_group <= {"ld", "title"} and {"h1", "og"} <= h1_group:
            choice = "h1"
        elif (
            "og" in ld_group
            and h1_group <= {"h1", "tw", "title"}
            and not _kicker_before(ld or "", cands["h1"])
            and not h1_kicker
            and not _extends(cands["ld"], cands["h1"])
            and not _one_word_apart(cands["ld"], cands["h1"])
            and _reworded_by_meta(cands["h1"], [cands["ld"]])
        ):
            # Pattern "rewritten headline": the structured data and the social card keep one wording (often
            # the first, or an SEO one) while the page shows the headline the desk rewrote ("Brexit:
            # Nervenkrieg geht in nächste Runde" against the h1 "Der Nervenkrieg um den Brexit geht in die
            # nächste Runde"). About the same story (content words shared), the reader's headline wins. Not
            # for an h1 that is the JSON-LD headline without its kicker, or with a kicker element glued into
            # its text (no clean headline), or a copy edit of it (a word apart: "Joburg" for "Johannesburg").
            choice = "h1"
    elif choice != "h1" and "h1" in cands and not ld and _visible_wins(cands["h1"], cands[choice]):
        choice = "h1"
    elif (
        choice == "og"
        and "h1" in cands
        and not ld
        and {"h1", "title"} <= groups[_key(cands["h1"])]
        and _key(cands["h1"]).startswith(_key(cands["og"]) + " ")
    ):
        # Pattern "social title cut short": without structured data, the page's headline and its <title>
        # agree word for word, and og:title is their beginning only (a card's length limit or an editor's
        # trim took the last words: "... For Body-Shaming" against "... For Body-Shaming Her"). The
        # headline the page states twice is the whole one.
        choice = "h1"
    elif (
        choice == "og"
        and "h1" in cands
        and not ld
        and {"h1", "title"} <= groups[_key(cands["h1"])]
        and not _about_the_same(cands["h1"], cands["og"])
    ):
        # Pattern "og:title names something else": without structured data, the page's headline and its
        # <title> agree on one headline and og:title alone names another thing (a section label,
        # "Medienmitteilungen"; the blog's name): two of the page's own sources outvote it. A social
        # wording of the same story (content words shared) is no other thing and stays.
        choice = "h1"
    elif (
        choice != "h1"
        and "h1" in cands
        and not ld
        and groups[_key(cands["h1"])] <= {"h1", "tw"}
        and _reworded_by_meta(cands["h1"], [cands[n] for n in ("og", "title") if n in cands])
    ):
        choice = "h1"
    if choice == "h1" and not ld and not og and "title" in cands and _label_before(cands["h1"], cands["title"]):
        choice = "title"
    if choice == "ld" and "h1" in cands and _glyphs(cands["h1"]) == _glyphs(cands["ld"]):
        # Pattern "same headline, other type": the JSON-LD copy with straight quotes or hyphens where the
        # page shows curly quotes and dashes ("X - Y" against the h1's "X – Y"). The form the reader sees wins.
        choice = "h1"
    title = cands[choice]
    # Pattern "hidden colon after a kicker" (see _HIDDEN_CLASS): the page joins a kicker and the headline
    # it shows by a visually hidden colon, and og:title, the <title> or the JSON-LD headline reads them as
    # one line "Kicker: Headline". The publisher states that line twice (markup and metadata): it is the
    # headline, also where another field keeps the headline alone or words it for search. (A teaser's
    # kicker elsewhere on the page is never what the page's own metadata reads.)
    for kicker, shown_headline in colon_kicked:
        forms = (cands[n] for n in ("og", "title", "ld") if n in cands)
        joined = next((v for v in forms if _colon_joined(v, kicker, shown_headline)), None)
        if joined:
            title = joined
            break
    # Pattern "headline field cut at a length limit": CMSs cut the JSON-LD headline (search engines' 110
    # characters) or og:title at a fixed length, often inside a word and without an ellipsis. No headline
    # ends inside a word that another source's headline goes on with: that source (the visible one first)
    # holds the whole headline.
    order_whole = [n for n in ("h1", "title", "ld", "og") if n in cands]
    whole = next((cands[n] for n in order_whole if _cut_within_word(title, cands[n])), None)
    if whole:
        return whole
    # A meta value cut at a quote the page forgot to escape (content="... calls Biden "unfit"" ends before
    # the quote): another source holding it with the quoted rest is the whole headline.
    cut = next((c for n, c in cands.items() if n != choice and _quoted_rest(c, title)), None)
    if cut:
        return cut
    if title.endswith(("…", "...")):
        # A truncated headline: a fuller form elsewhere on the page wins.
        stem = norm_key(title.rstrip(".… "))
        fuller = next(
            (c for n, c in cands.items() if n != choice and norm_key(c).startswith(stem) and len(c) > len(title)), None
        )
        return fuller or title
    return title


_GENERIC_LABELS = frozenset({"www", "com", "net", "org", "html", "index", "online", "example"})


def _host_labels(host: str) -> set[str]:
    """The host's labels that may name the site, hyphens dropped ("bayrische-bembel.de" -> {"bayrischebembel"})."""
    return {label.replace("-", "") for label in host.lower().split(".")[:-1] if label not in _GENERIC_LABELS}


def _names_host(part: str, host: str) -> bool:
    """A <title> part holding the site's host name ("The Ridge Courier Online" on ridgecourier.com)."""
    compact = _key(part).replace(" ", "")
    labels = [label.replace("-", "") for label in host.lower().split(".")]
    return any(len(label) >= 4 and label not in _GENERIC_LABELS and label in compact for label in labels)


def shown_over_title(shown: str, html_title: str, site_name: str | None, host: str = "") -> str | None:
    """Without an h1, og:title or JSON-LD headline: the line set as a heading (or in a big font) right above
    the body's first line is the headline rather than the <title>.

    Pattern "old template headline": pages of the 1990s-2000s and small sites name the site and the section
    in the <title> ("The Ridge Courier Online - Local News", "Club - Page name") and set the story's
    headline in a <font size=5> or a heading over the text. The shown line wins when the <title> words the
    same story (content words shared: "Dark Sky Weekend Report" over "Dark Sky Weekend at Pine Hollow"), or
    when the <title> only names the site and a section (a part with the host's name, the rest a label of a
    few words). A <title> that is a sentence of its own about something else stays.
    """
    shown = _undecorated(shown)
    words = shown.split()
    if not 2 <= len(words) <= 30 or _key(shown) == _key(html_title) or _TRAILER.fullmatch(shown):
        return None
    if len(_stems(shown) & _stems(html_title)) >= 2 and _reworded_by_meta(shown, [html_title]):
        return shown
    pieces = [p for p in _parts(html_title)[1:] if not any(sep in p for sep in _SEPARATORS)] or [html_title]
    named = [p for p in pieces if _names_host(p, host) or _names_site(p, site_name, host)]
    return shown if named and all(p in named or len(p.split()) <= 3 for p in pieces) else None
