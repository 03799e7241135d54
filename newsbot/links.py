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
from urllib.parse import urljoin

# <a ... href="..."> / <area ... href=...>: quoted or bare value. (?<![\w-]) keeps data-href etc. out.
# Script bodies and comments are matched first (group "skip") so links built in JavaScript strings or
# commented out are not taken for links, as an HTML parser would not.
_HREF = re.compile(
    rb"""<(?:(?P<skip>script\b.*?</script\s*>|!--.*?-->)"""
    rb"""|(?:a|area)\s[^>]*?(?<![\w-])href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))""", re.I | re.S)
_BASE = re.compile(rb"""<base\s[^>]*?(?<![\w-])href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
# Hrefs that are never pages: fragments, javascript:, mailto:, tel:, data: ...
_NOT_PAGE = re.compile(r"^(?:#|javascript:|mailto:|tel:|data:|sms:|whatsapp:|about:)", re.I)
_HTML_WHITESPACE = " \t\n\r\f"


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


class SameSiteLinks:
    """Absolute http(s) URLs of a page's links whose host is one of ``domains`` (or a subdomain of one).

    ``domains`` may hold bare hosts (``example.org``) and ``host:port`` (a local mirror); a link matches
    when its netloc equals one of them or ends with ``.`` + one of them.
    """

    def __init__(self, domains: Iterable[str]) -> None:
        self.domains = tuple(sorted({d.lower().strip(".") for d in domains if d}))
        self._suffixes = tuple("." + d for d in self.domains)
        self._exact = frozenset(self.domains)

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
        seen: set[bytes | str] = set()
        for match in _HREF.finditer(body):
            if match.group("skip") is not None:
                continue
            raw = _value(match, 2)
            if not raw or raw in seen:  # bytes-level repeat: nothing to decode or join
                continue
            seen.add(raw)
            href = self._decode(raw, encoding)
            if not href or _NOT_PAGE.match(href):
                continue
            if href.startswith("//"):
                href = base_scheme + ":" + href
            scheme, sep, rest = href.partition("://")
            host_checked = bool(sep) and scheme.isalpha()
            if host_checked:
                # Absolute (most off-site links are): check the host before paying for urljoin.
                if scheme.lower() not in ("http", "https") or not self.host_allowed(_netloc(rest)):
                    continue
            try:
                absolute = urljoin(base, href)
            except ValueError:  # e.g. "[...]" taken for an IPv6 host: not a link we can follow
                continue
            if not host_checked:
                scheme, _, rest = absolute.partition("://")
                if scheme.lower() not in ("http", "https") or not self.host_allowed(_netloc(rest)):
                    continue
            absolute = absolute.split("#", 1)[0]
            if absolute in seen:
                continue
            seen.add(absolute)
            yield absolute

    @staticmethod
    def _decode(raw: bytes, encoding: str) -> str:
        text = raw.decode(encoding, errors="replace")
        if "&" in text:
            text = html.unescape(text)
        return text.strip(_HTML_WHITESPACE)
