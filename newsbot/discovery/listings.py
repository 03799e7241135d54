"""Feed and sitemap parsing (no Scrapy): lxml without entity expansion or network access.

Scrapy's sitemap parser drops the ``news:`` fields of Google News sitemaps, so sitemaps are read
here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from lxml import etree

from newsbot.extraction.dates import parse_iso, parse_visible
from newsbot.lexicon.navigation import (
    AUTHOR_PATH_WORDS,
    PAGINATION_PATH_WORDS,
    PAGINATION_QUERY_PARAMS,
    SEARCH_PATH_WORDS,
    SEARCH_QUERY_PARAMS,
    TAG_PATH_WORDS,
    alternation,
)


def _xml_parser() -> etree.XMLParser:
    # resolve_entities=False and no_network=True: no billion-laughs expansion, no external DTD fetch.
    return etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, recover=True, load_dtd=False, dtd_validation=False
    )


@dataclass(frozen=True)
class Entry:
    """One URL found in a feed or sitemap, with what the listing says about it."""

    url: str
    published: str | None = None  # ISO 8601 (or day) as the feed/sitemap states it
    modified: str | None = None
    title: str | None = None
    language: str | None = None
    is_sitemap: bool = False  # a child sitemap of a sitemap index
    news: bool = False  # listed with news: fields (a Google News sitemap): recent, prioritised


def _parse_xml(body: bytes) -> etree._Element | None:
    if not body or not body.strip():
        return None
    try:
        parser = _xml_parser()
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
            entries.append(
                Entry(urljoin(base_url, link.strip()), _date(published), _date(modified), _child_text(el, "title"))
            )
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
        news = False
        for child in el:
            if _local(child.tag) == "news":
                news = True
                published = _child_text(child, "publication_date")
                title = _child_text(child, "title")
                for pub in child:
                    if _local(pub.tag) == "publication":
                        language = _child_text(pub, "language")
        entries.append(
            Entry(
                urljoin(base_url, loc),
                _date(published),
                _date(_child_text(el, "lastmod")),
                title,
                language,
                is_sitemap=(kind == "sitemapindex" or name == "sitemap"),
                news=news,
            )
        )
    return entries


def looks_like_xml(body: bytes) -> bool:
    """True when a body starts like an XML document (feed or sitemap)."""
    head = body[:512].lstrip().lower()
    return head.startswith(b"<?xml") or bool(re.match(rb"<(rss|feed|urlset|sitemapindex|rdf:rdf)\b", head))


# --- discovering feeds and sitemaps of an unconfigured site ----------------------------------------

#: Paths probed for feeds and sitemaps when a site does not announce them.
COMMON_FEED_PATHS = ("/feed", "/rss", "/rss.xml", "/feed.xml", "/atom.xml", "/index.xml", "/feeds/posts/default")
COMMON_SITEMAP_PATHS = ("/sitemap.xml", "/sitemap_index.xml", "/news-sitemap.xml", "/sitemap-news.xml")
_FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json"}


def robots_sitemaps(body: bytes, base_url: str) -> list[str]:
    """The ``Sitemap:`` URLs a robots.txt names."""
    found = []
    for raw in body.decode("utf-8", "replace").splitlines():
        key, _, value = raw.partition(":")
        if key.strip().lower() == "sitemap" and value.strip():
            url = urljoin(base_url, value.strip())
            if url.startswith(("http://", "https://")) and url not in found:
                found.append(url)
    return found


def feed_links(html: bytes | str, base_url: str) -> list[str]:
    """Feeds a page announces with ``<link rel="alternate" type="application/rss+xml" href=...>``."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    found = []
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        ctype = (link.get("type") or "").lower().split(";")[0].strip()
        href = (link.get("href") or "").strip()
        if "alternate" in rel and ctype in _FEED_TYPES and href:
            url = urljoin(base_url, href)
            if url.startswith(("http://", "https://")) and url not in found:
                found.append(url)
    return found


# --- telling article links from listing links --------------------------------------------------------

#: "article" | "section" | "tag" | "author" | "search" | "pagination" | "feed" | "asset" | "denied" | "other"
LinkKind = str

# Navigation pages by their URL words (newsbot.lexicon.navigation): whole path segments, any case.
_SEARCH = re.compile(
    rf"/(?:{alternation(SEARCH_PATH_WORDS)})(?:/|$)"
    rf"|[?&](?:{alternation(SEARCH_QUERY_PARAMS)})=(?!\d+(?:&|$))",
    re.I,
)
_PAGINATION = re.compile(
    rf"/(?:{alternation(PAGINATION_PATH_WORDS)})/\d+/?$"
    rf"|[?&](?:{alternation(PAGINATION_QUERY_PARAMS)})=\d+",
    re.I,
)
_TAG = re.compile(rf"/(?:{alternation(TAG_PATH_WORDS)})/", re.I)
_AUTHOR = re.compile(rf"/(?:{alternation(AUTHOR_PATH_WORDS)})/", re.I)
_FEEDISH = re.compile(r"(?:/feed/?|/rss/?|\.rss|\.xml|\.atom)$", re.I)
_ASSET = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|css|js|pdf|zip|mp[34]|ico|woff2?)$", re.I)
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=/|-|$)")
_URL_DATE_COMPACT = re.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=/|-|_|$)")
_LONG_ID = re.compile(r"(?:^|[/-])\d{5,}(?:\.html?)?$")


_PAGE_SUFFIX = re.compile(r"\.(?:html?|php|aspx?)$")
_WORD_SEPARATORS = re.compile(r"[-_]+")
# An http(s) URL that urlsplit would take apart as it stands: no tab/CR/LF (removed), no leading control or
# space (stripped), an ASCII netloc without brackets (checked for IPv6 and NFKC tricks). Its parts as urlsplit
# cuts them: netloc up to the first / ? #, path up to ? or #, query up to #.
_PLAIN_HTTP_URL = re.compile(
    r"[hH][tT][tT][pP][sS]?://(?P<netloc>[^/?#\t\r\n]*)(?P<path>[^?#\t\r\n]*)"
    r"(?:\?(?P<query>[^#\t\r\n]*))?(?:#[^\t\r\n]*)?"
)
_PLAIN_NETLOC = re.compile(r"[\x00-\x5a\x5c\x5e-\x7f]*")  # ASCII without [ and ]


def _path_query(url: str) -> tuple[str, str]:
    """``urlsplit(url).path, urlsplit(url).query``; several times cheaper for a plain http(s) URL (classify_link
    runs on every same-site link of every page)."""
    plain = _PLAIN_HTTP_URL.fullmatch(url)
    if plain is not None and _PLAIN_NETLOC.fullmatch(plain.group("netloc")):
        return plain.group("path"), plain.group("query") or ""
    parts = urlsplit(url)
    return parts.path, parts.query


def _url_date_in(path: str) -> str | None:
    match = _URL_DATE.search(path) or _URL_DATE_COMPACT.search(path)
    return f"{match.group(1)}-{match.group(2)}-{match.group(3)}" if match else None


def url_date(url: str) -> str | None:
    """The YYYY-MM-DD a URL path carries (``/2018/05/23/``, ``/2018-05-23-``, ``/20180523/``), or None."""
    return _url_date_in(_path_query(url)[0])


_PAGE_NUMBER = re.compile(
    rf"/(?:{alternation(PAGINATION_PATH_WORDS)})/(\d+)/?$|[?&](?:{alternation(PAGINATION_QUERY_PARAMS)})=(\d+)(?:&|$)",
    re.I,
)


def page_number(url: str) -> int:
    """Which page of a listing a URL is (``/page/3/``, ``?page=3``, ``/seite/3``): 1 when it says none."""
    path, query = _path_query(url)
    match = _PAGE_NUMBER.search(path + "?" + query if query else path)
    if match is None:
        return 1
    return int(match.group(1) or match.group(2) or 1)


def classify_link(url: str, allow: list[str] | None = None, deny: list[str] | None = None) -> LinkKind:
    """What a link on a news site most likely points at.

    An outlet's ``allow`` patterns, when given, decide what is an article; its ``deny`` patterns
    make a link ``denied`` (never followed); ``asset`` is an image, script, stylesheet or document.
    Without patterns: a date in the path, a long numeric id or a slug of four or more words means an
    article; /tag/, /author/, /search, /page/N and feeds are
    recognised by their usual path words in several languages; a short path is a section.
    """
    if deny and any(re.search(p, url) for p in deny):
        return "denied"
    raw_path, query = _path_query(url)
    path = raw_path or "/"
    if _ASSET.search(path):
        return "asset"
    if _FEEDISH.search(path):
        return "feed"
    path_query = path + "?" + query if query else path
    if _SEARCH.search(path_query):
        return "search"
    if allow and any(re.search(p, url) for p in allow):
        return "article"
    if _PAGINATION.search(path_query):
        return "pagination"
    if _TAG.search(path):
        return "tag"
    if _AUTHOR.search(path):
        return "author"
    segments = [s for s in path.split("/") if s]
    last = _PAGE_SUFFIX.sub("", segments[-1]) if segments else ""
    words = [w for w in _WORD_SEPARATORS.split(last) if w]
    # The cheap tests first; the date is looked for only when it decides.
    if not allow and (len(words) >= 4 or _LONG_ID.search(path) or len(words) >= 2 and _url_date_in(raw_path)):
        return "article"
    if len(segments) <= 2:
        return "section"
    return "other"
