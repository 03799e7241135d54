"""Fast same-site link extraction for the crawler process.

Why not Scrapy's `LinkExtractor`: it parses every page into a parsel/lxml tree and runs
``safe_url_string`` + ``urlparse`` on every link before filtering by domain. On real news pages (hundreds
of links, most of them navigation or off-site) that was 58% of the crawler process's CPU, and the crawler
runs on the same cores as the extraction workers. Extraction parses the page properly in a worker; the
crawler only needs the ``href`` values of ``<a>``/``<area>`` tags, so this scans the bytes with one regular
expression, skips off-site hosts by a cheap host check and joins only what is left. Per-link URL
cleaning (`newsbot.extraction.urls.clean_url`) happens later, only for links the spider will follow.

Differences from `LinkExtractor` (accepted): links inside HTML comments or script strings that look like
tags are also found (they are filtered like any other link, and the dupefilter drops repeats); a ``>``
inside an attribute value before ``href`` ends the tag early and that one link is missed.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit

# <a ... href="..."> / <area ... href=...>: quoted or bare value. (?<![\w-]) keeps data-href etc. out.
# Script bodies and comments are matched first (group "skip") so links built in JavaScript strings or
# commented out are not taken for links, as an HTML parser would not. Their bodies are spelled "unrolled"
# (runs of [^<] / [^-], then one "<" / "-" that does not start the end; possessive, as the end needs the "<" /
# "-" a run stops at, so giving back cannot help): the same matches as the lazy ``.*?</script\s*>`` /
# ``.*?-->``, 2.5x faster on pages with big inline scripts (the scan was half the cost of `extract`), and no
# slower on pathological ones (thousands of unclosed "<!--").
_HREF = re.compile(
    rb"""<(?:(?P<skip>script\b[^<]*+(?:<(?!/script\s*>)[^<]*+)*+</script\s*>|!--[^-]*+(?:-(?!->)[^-]*+)*+-->)"""
    rb"""|(?:a|area)\s[^>]*?(?<![\w-])href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))""",
    re.I | re.S,
)
_BASE = re.compile(rb"""<base\s[^>]*?(?<![\w-])href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
# Hrefs that are never pages: fragments, javascript:, mailto:, tel:, data: ...
_NOT_PAGE = re.compile(r"^(?:#|javascript:|mailto:|tel:|data:|sms:|whatsapp:|about:)", re.I)
_HTML_WHITESPACE = " \t\n\r\f"
# An href that names its scheme ("https://..."): resolves the same on every page.
_ABSOLUTE = re.compile(rb"[A-Za-z]{2,10}://")
# The host of an absolute or protocol-relative http(s) href, when it can be read off the raw bytes as is
# (no entity, no whitespace, ASCII): most links on a news page are off-site and are dropped on this alone.
_RAW_NETLOC = re.compile(rb"(?:[hH][tT][tT][pP][sS]?:)?//([^/?#\\\s&]*)(?:[/?#\\]|$)")
# A "." or ".." path segment: urljoin resolves those, so such a path is not simply appended to the origin.
_DOT_SEGMENT = re.compile(r"(?:^|/)\.\.?(?:/|$)")
#: Resolved hrefs kept by a SameSiteLinks (cleared when full); a few MB at most.
_RESOLVED_MAX = 50_000


def _value(match: re.Match[bytes], first: int = 1) -> bytes:
    for group in (first, first + 1, first + 2):
        if match.group(group) is not None:
            return match.group(group)
    return b""


def _netloc(rest: str) -> str:
    """The netloc of a URL given without its ``scheme://``."""
    for stop in "/?#\\":
        rest = rest.split(stop, 1)[0]
    return rest


def _join_rooted(origin: str, href: str) -> str | None:
    """``urljoin(base, href)`` without its fragment, for a root-relative href (``/path?query``) and a base whose
    scheme and netloc make ``origin``; None when urljoin would change the path (dot segments, empty ``;params``)
    or drop characters (tab, CR, LF), so the caller asks urljoin. A page has ~30 such links: this is 10x
    cheaper than urljoin, which parses the base again for each."""
    head = href.split("#", 1)[0]
    path, _, query = head.partition("?")
    if ";" in path or "\t" in head or "\r" in head or "\n" in head or _DOT_SEGMENT.search(path):
        return None
    return origin + path + "?" + query if query else origin + path  # urljoin drops an empty "?"


class SameSiteLinks:
    """Absolute http(s) URLs of a page's links whose host is one of ``domains`` (or a subdomain of one).

    ``domains`` may hold bare hosts (``example.org``) and ``host:port`` (a local mirror); a link matches
    when its netloc equals one of them or ends with ``.`` + one of them.
    """

    def __init__(self, domains: Iterable[str]) -> None:
        self.domains = tuple(sorted({d.lower().strip(".") for d in domains if d}))
        self._suffixes = tuple("." + d for d in self.domains)
        self._exact = frozenset(self.domains)
        self._resolved: dict[tuple[str, str, bytes], str | None] = {}
        #: host_allowed of netlocs read off raw hrefs (the same few hundred off-site hosts recur on every page).
        self._raw_hosts: dict[bytes, bool] = {}

    def host_allowed(self, netloc: str) -> bool:
        """Whether a URL's netloc (``host`` or ``host:port``, any case, maybe with userinfo) is on the site.

        As Scrapy's ``allow_domains``: a netloc with a port matches only a ``host:port`` entry (a mirror on
        127.0.0.1:8080 does not open every port of 127.0.0.1), except for the scheme default ports.
        """
        netloc = netloc.rpartition("@")[2].lower()
        if netloc.endswith((":80", ":443")):
            netloc = netloc.rsplit(":", 1)[0]
        return netloc in self._exact or netloc.endswith(self._suffixes)

    def extract(self, body: bytes, url: str, encoding: str | None = None) -> Iterator[str]:
        """The page's same-site links in document order, each once, as absolute URLs with fragments dropped."""
        encoding = encoding or "utf-8"
        base = url
        found = _BASE.search(body, 0, 65536)  # <base href> lives in <head>
        if found:
            try:
                base = urljoin(url, self._decode(_value(found), encoding))
            except ValueError:
                base = url
        base_scheme = base.partition(":")[0] or "https"
        origin = base.split("/", 3)[:3]
        base_origin = "/".join(origin)
        rooted = self._rooted_origin(base)
        if len(self._resolved) > _RESOLVED_MAX:
            self._resolved.clear()  # bounded: a long crawl meets ever new article URLs
        # ASCII bytes read the same in every encoding the href scan can see (not in UTF-16/32 pages).
        raw_hosts = not encoding.lower().replace("_", "-").startswith(("utf-16", "utf-32"))
        if len(self._raw_hosts) > _RESOLVED_MAX:
            self._raw_hosts.clear()
        seen: set[bytes | str] = set()
        for match in _HREF.finditer(body):
            # Exactly one group matched: 1 is a script or comment, 2-4 the href value (quoted or bare).
            group = match.lastindex
            if group is None or group == 1:  # (None cannot happen: the pattern is one alternation of groups)
                continue
            raw = match.group(group)
            if not raw or raw in seen:  # bytes-level repeat: nothing to decode or join
                continue
            seen.add(raw)
            if raw_hosts and (netloc := _RAW_NETLOC.match(raw)) is not None:
                host = netloc.group(1)
                allowed = self._raw_hosts.get(host)
                if allowed is None:
                    allowed = self._raw_hosts[host] = not host.isascii() or self.host_allowed(host.decode("ascii"))
                if not allowed:
                    continue  # off-site: what _resolve would say, without decoding and joining
            # The same navigation and off-site links recur on every page of a site. What an absolute,
            # protocol-relative or root-relative href resolves to depends only on the page's scheme or
            # origin, so those answers are kept; other relative hrefs depend on the page's path.
            if raw.startswith(b"//"):
                key: tuple[str, str, bytes] | None = (base_scheme, encoding, raw)
            elif raw.startswith(b"/"):
                key = (base_origin, encoding, raw)
            elif _ABSOLUTE.match(raw):
                key = ("", encoding, raw)
            else:
                key = None
            if key is not None and key in self._resolved:
                absolute = self._resolved[key]
            else:
                absolute = self._resolve(raw, encoding, base, base_scheme, rooted)
                if key is not None:
                    self._resolved[key] = absolute
            if absolute is None or absolute in seen:
                continue
            seen.add(absolute)
            yield absolute

    def _rooted_origin(self, base: str) -> tuple[str, bool] | None:
        """(scheme://netloc as urljoin rebuilds it, whether that host is on the site) for `_join_rooted`; None
        when the base is not a plain http(s) URL with a netloc (urljoin then decides)."""
        try:
            parts = urlsplit(base)
        except ValueError:
            return None
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return None
        return f"{parts.scheme}://{parts.netloc}", self.host_allowed(_netloc(parts.netloc + "/"))

    def _resolve(
        self, raw: bytes, encoding: str, base: str, base_scheme: str, rooted: tuple[str, bool] | None = None
    ) -> str | None:
        """The absolute same-site http(s) URL of one href (fragment dropped), or None."""
        href = self._decode(raw, encoding)
        if not href or _NOT_PAGE.match(href):
            return None
        if rooted is not None and href.startswith("/") and not href.startswith("//"):
            joined = _join_rooted(rooted[0], href)
            if joined is not None:
                return joined if rooted[1] else None  # a relative link is on the site when its page's base is
        if href.startswith("//"):
            href = base_scheme + ":" + href
        scheme, sep, rest = href.partition("://")
        host_checked = bool(sep) and scheme.isalpha()
        if host_checked:
            # Absolute (most off-site links are): check the host before paying for urljoin.
            if scheme.lower() not in ("http", "https") or not self.host_allowed(_netloc(rest)):
                return None
        try:
            absolute = urljoin(base, href)
        except ValueError:  # e.g. "[...]" taken for an IPv6 host: not a link we can follow
            return None
        if not host_checked:
            scheme, _, rest = absolute.partition("://")
            if scheme.lower() not in ("http", "https") or not self.host_allowed(_netloc(rest)):
                return None
        return absolute.split("#", 1)[0]

    @staticmethod
    def _decode(raw: bytes, encoding: str) -> str:
        text = raw.decode(encoding, errors="replace")
        if "&" in text:
            text = html.unescape(text)
        return text.strip(_HTML_WHITESPACE)


# --- a listing's next page ----------------------------------------------------------------------------------

# <link ...> tags (rel=next lives in <head>) and <a>/<button> elements with their attributes and inner markup.
# Opening and closing tags are matched in one pass and paired here (an opening tag with the next closing one),
# so that unclosed <a> tags on a hostile page cost one match each, not a scan to the end of the page each.
_LINK_TAG = re.compile(rb"<link\s([^>]*)>", re.I)
_PAGER_TAGS = re.compile(rb"<(a|button)\s([^>]*)>|</(?:a|button)\s*>", re.I)
#: Longest inner markup of a pager link looked at (a label, an icon).
_PAGER_INNER_MAX = 2000
_ATTRIBUTE = re.compile(rb"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_MARKUP = re.compile(rb"<[^>]*>")
# Arrows, bullets and punctuation around a pager label ("Next ›", "« Older posts", "[Weiter]").
_LABEL_NOISE = re.compile(r"[«»‹›<>→←⟩⟨|•·…:;,.!?\-–—()\[\]\"'/\\]+")
# A pager label that is only an arrow: a next page only when its URL also says so (checked by the caller).
_ARROWS = frozenset({"»", "›", "→", ">", "⟩", "〉"})
# URL attributes of a "load more" element that is not a link (<button data-href=...>).
_DATA_URL_ATTRIBUTES = (b"data-href", b"data-url", b"data-next", b"data-next-url", b"data-next-page")
# Teaser dates of a listing page: <time datetime="...">.
_TIME_DATETIME = re.compile(rb"""<time\s[^>]*?datetime\s*=\s*["']?([^"'\s>]+)""", re.I)


class PagerLink(NamedTuple):
    """A candidate for a listing's next page: its absolute URL and how it was recognised ("rel": rel=next,
    "word": a next/older label or class, "more": a load-more label, "number": the next page number, "arrow":
    a bare arrow)."""

    url: str
    how: str


def _attributes(raw: bytes, encoding: str) -> dict[bytes, str]:
    out: dict[bytes, str] = {}
    for match in _ATTRIBUTE.finditer(raw):
        name = match.group(1).lower()
        if name not in out:
            out[name] = html.unescape(_value(match, 2).decode(encoding, "replace")).strip(_HTML_WHITESPACE)
    return out


def _words(label: str) -> list[str]:
    return _LABEL_NOISE.sub(" ", label.lower()).split()


def _pager_kind(label: str, classes: str, next_number: int) -> str | None:
    """How a link's label or classes name it a next page (see `PagerLink`), or None."""
    from newsbot.lexicon.navigation import LOAD_MORE_PHRASES, NEXT_PAGE_CLASSES, NEXT_PAGE_WORDS, PAGE_LABEL_WORDS

    stripped = label.strip()
    words = _words(stripped)
    if words and len(words) <= 4 and any(word in NEXT_PAGE_WORDS for word in words):
        return "word"
    if words and len(words) <= 6 and any(phrase in " ".join(words) for phrase in LOAD_MORE_PHRASES):
        return "more"
    tokens = classes.lower().split()
    if any(t in NEXT_PAGE_CLASSES or t.endswith(("-next", "_next")) for t in tokens) and len(words) <= 4:
        return "more" if any("more" in t for t in tokens) else "word"
    if words and words[-1].isdigit() and int(words[-1]) == next_number:
        rest = " ".join(words[:-1])
        if not rest or rest in PAGE_LABEL_WORDS:
            return "number"
    if stripped in _ARROWS:
        return "arrow"
    return None


_RANK = {"rel": 0, "word": 1, "more": 2, "number": 3, "arrow": 4}


def _pager_elements(body: bytes) -> Iterator[tuple[re.Match[bytes], bytes]]:
    """Each closed <a>/<button> element: its opening tag's match and its inner markup (at most
    _PAGER_INNER_MAX bytes: a longer one is not a pager link's)."""
    opening: re.Match[bytes] | None = None
    for match in _PAGER_TAGS.finditer(body):
        if match.group(1) is not None:
            opening = match  # an element opened inside another one replaces it (links do not nest)
        elif opening is not None:
            if match.start() - opening.end() <= _PAGER_INNER_MAX:
                yield opening, body[opening.end() : match.start()]
            opening = None


def next_page_links(body: bytes, url: str, links: SameSiteLinks, encoding: str | None = None) -> list[PagerLink]:
    """Candidates for the next page of the listing at url, best first (rel=next, then a "Next"/"Older"/
    "Berikutnya" label or a next class, then "Load more", then the link numbered one past this page, then a bare
    arrow), each same-site URL once; the page itself excluded. The caller decides which one to follow (an
    article URL is never a next page)."""
    from newsbot.discovery.listings import page_number

    encoding = encoding or "utf-8"
    base = url
    found_base = _BASE.search(body, 0, 65536)
    if found_base:
        try:
            base = urljoin(url, SameSiteLinks._decode(_value(found_base), encoding))
        except ValueError:
            base = url
    here = url.split("#", 1)[0]
    next_number = page_number(here) + 1
    candidates: list[tuple[int, int, PagerLink]] = []

    def add(href: str, how: str, order: int) -> None:
        if not href or _NOT_PAGE.match(href):
            return
        try:
            absolute = urljoin(base, href).split("#", 1)[0]
        except ValueError:
            return
        scheme, _, rest = absolute.partition("://")
        if scheme.lower() not in ("http", "https") or not links.host_allowed(_netloc(rest)) or absolute == here:
            return
        candidates.append((_RANK[how], order, PagerLink(absolute, how)))

    for order, match in enumerate(_LINK_TAG.finditer(body, 0, 200_000)):
        attributes = _attributes(match.group(1), encoding)
        if "next" in attributes.get(b"rel", "").lower().split():
            add(attributes.get(b"href", ""), "rel", order)
    for order, (match, inner_markup) in enumerate(_pager_elements(body)):
        attributes = _attributes(match.group(2), encoding)
        href = attributes.get(b"href", "")
        if match.group(1).lower() == b"button" or not href:
            href = next((attributes[name] for name in _DATA_URL_ATTRIBUTES if attributes.get(name)), "")
        if not href:
            continue
        if "next" in attributes.get(b"rel", "").lower().split():
            add(href, "rel", order)
            continue
        inner = html.unescape(_MARKUP.sub(b" ", inner_markup).decode(encoding, "replace"))
        label = " ".join(inner.split()) or attributes.get(b"aria-label", "") or attributes.get(b"title", "")
        how = _pager_kind(label, attributes.get(b"class", ""), next_number)
        if how is None and label != attributes.get(b"aria-label", label):
            how = _pager_kind(attributes.get(b"aria-label", ""), "", next_number)
        if how is not None:
            add(href, how, order)
    out: list[PagerLink] = []
    seen: set[str] = set()
    for _, _, candidate in sorted(candidates):
        if candidate.url not in seen:
            seen.add(candidate.url)
            out.append(candidate)
    return out


def teaser_dates(body: bytes) -> list[str]:
    """The ``<time datetime>`` values of a page (a listing's teaser dates), in document order."""
    return [m.group(1).decode("ascii", "replace") for m in _TIME_DATETIME.finditer(body)]


# --- AMP copies ---------------------------------------------------------------------------------------------

# An AMP document says so on its root element: <html amp> or <html ⚡> (the AMP spec requires one of them).
_AMP_HTML = re.compile(rb"<html\b[^>]*?\s(?:amp|\xe2\x9a\xa1)(?=[\s=/>])", re.I)
_REL_CANONICAL = re.compile(rb"""(?<![\w-])rel\s*=\s*["']?canonical(?![\w-])""", re.I)
_HREF_ATTR = re.compile(rb"""(?<![\w-])href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)


def amp_main_url(body: bytes, url: str, links: SameSiteLinks, encoding: str | None = None) -> str | None:
    """The main URL of the page at url when the page is an AMP copy of it, else None.

    General pattern: publishers serve one story twice, as itself and as an AMP copy (``/amp/`` paths,
    ``.amp.html``, ``?amp=1``, ``amp.`` hosts), and link both. An AMP document declares itself on its root
    element and names the page it copies with ``rel=canonical`` (the AMP spec requires both). Only a same-site
    canonical other than the page itself, whose last path segment (slug or id) the copy's URL ends with, counts: an
    AMP-only page names itself, and a canonical pointing at the home page or a section is a misconfiguration,
    not the story's main copy (the copy is then extracted as itself)."""
    head = body[:200_000]
    root = _AMP_HTML.search(head, 0, 65_536)
    if root is None:
        return None
    for tag in _LINK_TAG.finditer(head, root.end()):
        attrs = tag.group(1)
        if not _REL_CANONICAL.search(attrs):
            continue
        found = _HREF_ATTR.search(attrs)
        if found is None:
            return None
        main = links._resolve(_value(found), encoding or "utf-8", url, url.partition(":")[0] or "https")
        if main is None or main == url.split("#", 1)[0]:
            return None
        # The same story: one of the copy's last two path segments (``slug.amp.html``, ``123/amp``) carries the
        # main URL's last one (its slug or id, without the extension). A canonical naming the home page or a
        # section (a misconfigured template) does not.
        slug = urlsplit(main).path.rstrip("/").rpartition("/")[2].partition(".")[0]
        tail = [part for part in urlsplit(url).path.split("/") if part][-2:]
        return main if slug and any(slug in part for part in tail) else None
    return None
