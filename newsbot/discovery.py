"""Feed and sitemap parsing (no Scrapy): lxml without entity expansion or network access.

Scrapy's sitemap parser drops the ``news:`` fields of Google News sitemaps, so sitemaps are read
here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree

from .extraction.dates import parse_iso, parse_visible

# resolve_entities=False and no_network=True: no billion-laughs expansion, no external DTD fetch.
_PARSER_OPTS = {"resolve_entities": False, "no_network": True, "huge_tree": False, "recover": True,
                "load_dtd": False, "dtd_validation": False}


@dataclass(frozen=True)
class Entry:
    """One URL found in a feed or sitemap, with what the listing says about it."""

    url: str
    published: str | None = None  # ISO 8601 (or day) as the feed/sitemap states it
    modified: str | None = None
    title: str | None = None
    language: str | None = None
    is_sitemap: bool = False  # a child sitemap of a sitemap index


def _parse_xml(body: bytes) -> etree._Element | None:
    if not body or not body.strip():
        return None
    try:
        parser = etree.XMLParser(**_PARSER_OPTS)
        root = etree.fromstring(body.strip(), parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    return root


def _local(tag: object) -> str:
    return tag.split("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(el: etree._Element, *names: str) -> str | None:
    for child in el:
        if _local(child.tag) in names and child.text and child.text.strip():
            return child.text.strip()
    return None


def _date(raw: str | None) -> str | None:
    if not raw:
        return None
    found = parse_iso(raw, None, "feed") or parse_visible(raw, None, None, "feed", use_dateparser=False)
    return found.value if found else None


def parse_feed(body: bytes, base_url: str) -> list[Entry]:
    """Items of an RSS 2.0, RSS 1.0 or Atom feed; [] when the body is not a feed."""
    root = _parse_xml(body)
    if root is None:
        return []
    entries: list[Entry] = []
    for el in root.iter():
        name = _local(el.tag)
        if name == "item":
            link = _child_text(el, "link") or _child_text(el, "guid")
            published = _child_text(el, "pubdate", "date", "published")
            modified = _child_text(el, "updated", "modified")
        elif name == "entry":
            link = None
            for child in el:
                if _local(child.tag) == "link" and child.get("rel", "alternate") == "alternate":
                    link = child.get("href")
                    break
            published = _child_text(el, "published", "issued")
            modified = _child_text(el, "updated", "modified")
        else:
            continue
        if link and link.strip().startswith(("http://", "https://", "/")):
            entries.append(Entry(urljoin(base_url, link.strip()), _date(published), _date(modified),
                                 _child_text(el, "title")))
    return entries


def parse_sitemap(body: bytes, base_url: str) -> list[Entry]:
    """URLs of a sitemap (with news: fields) or child sitemaps of a sitemap index."""
    root = _parse_xml(body)
    if root is None:
        return []
    kind = _local(root.tag)
    entries: list[Entry] = []
    for el in root:
        name = _local(el.tag)
        if name not in ("url", "sitemap"):
            continue
        loc = _child_text(el, "loc")
        if not loc:
            continue
        published = title = language = None
        for child in el:
            if _local(child.tag) == "news":
                published = _child_text(child, "publication_date")
                title = _child_text(child, "title")
                for pub in child:
                    if _local(pub.tag) == "publication":
                        language = _child_text(pub, "language")
        entries.append(Entry(urljoin(base_url, loc), _date(published), _date(_child_text(el, "lastmod")),
                             title, language, is_sitemap=(kind == "sitemapindex" or name == "sitemap")))
    return entries


def looks_like_xml(body: bytes) -> bool:
    """True when a body starts like an XML document (feed or sitemap)."""
    head = body[:512].lstrip().lower()
    return head.startswith(b"<?xml") or bool(re.match(rb"<(rss|feed|urlset|sitemapindex|rdf:rdf)\b", head))
