"""URL normalization and canonical URLs."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from ..lexicon.navigation import SEARCH_PATH_WORDS, SEARCH_QUERY_PARAMS, alternation

_TRACKING = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|gclsrc|dclid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|igshid|ref_src|"
    r"ocid|cmpid|icid|ito|spm|_hsenc|_hsmi|mkt_tok|wt_mc|wt\.mc_id|xtor|at_medium|at_campaign|"
    r"s_cid|sr_share|share|amp|outputtype)$",
    re.I,
)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_HOST_PREFIX = re.compile(r"^(?:www|m|mobile|amp)\.")


def normalize_url(url: str) -> str:
    """Lowercase scheme and host, drop default port, fragment and tracking parameters, AMP suffixes."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    try:
        port = parts.port
    except ValueError:
        port = None
    port = port if port and port != _DEFAULT_PORTS.get(scheme) else None
    for prefix in ("amp.", "m.", "mobile."):
        # AMP and mobile hosts serve the same article as the main host.
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix) :]
            break
    netloc = host if port is None else f"{host}:{port}"
    path = parts.path or "/"
    path = re.sub(r"/amp/?$|\.amp(?=\.html?$)|/amp(?=\.html?$)", "", path) or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


def clean_url(url: str) -> str:
    """The URL to request: fragment and tracking parameters dropped, everything else as given.

    Lighter than `normalize_url` (which also folds AMP/mobile variants and sorts the query): the
    cleaned URL must still be the page the link meant, so two links differing only in ``utm_*``
    or ``#comments`` become one request.
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https"):
        return url.strip()
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not _TRACKING.match(k)]
    query = parts.query if len(kept) == len(pairs) else urlencode(kept)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, ""))


def site_key(host: str) -> str:
    """Host without www/m/amp prefixes, for same-site comparison."""
    return _HOST_PREFIX.sub("", host.lower().split(":")[0])


def canonical_url(fetched: str, canonical_link: str | None, outlet_domains: list[str] | None = None) -> str:
    """The page's canonical link when it is on the same site (or the outlet's), else the normalized URL."""
    if canonical_link:
        absolute = urljoin(fetched, canonical_link.strip())
        parts = urlsplit(absolute)
        if parts.scheme in ("http", "https") and parts.hostname:
            host = site_key(parts.hostname)
            fetched_host = site_key(urlsplit(fetched).hostname or "")
            allowed = {fetched_host} | {site_key(d) for d in outlet_domains or []}
            if host in allowed or any(host.endswith("." + a) for a in allowed if a):
                return normalize_url(absolute)
    return normalize_url(fetched)


def article_id(canonical: str) -> str:
    """Stable record id derived from the canonical URL."""
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


# A search results page is one that runs a query: a path named for search ("/search", "/suche/..."), or
# a query parameter named for one whose value is words ("?s=climate+change", "?q=wahl"). A parameter of
# the same name holding a number or an opaque token is an id ("/Global/story.asp?S=7565791": the
# story's id in an old CMS), not a search, and parameter names are matched in lower case only, as
# search forms write them.
# The words are the lexicon's (newsbot.lexicon.navigation), shared with link classification.
_SEARCH_PATH = re.compile(rf"/(?:{alternation(SEARCH_PATH_WORDS)})(?:/|$|\.html?|\.aspx?|\.php)", re.I)
_SEARCH_PARAMS = frozenset(SEARCH_QUERY_PARAMS)
# Two letters in a row: a query holds a word; an id is digits, or a token mixing digits and letters.
_WORD = re.compile(r"[^\W\d_]{2}")
_TOKEN = re.compile(r"(?=.*\d)[\w-]{8,}")


def is_search_url(url: str) -> bool:
    """True when the URL is a search results page (a search path, or a search parameter holding words)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if _SEARCH_PATH.search(parts.path):
        return True
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key in _SEARCH_PARAMS and _WORD.search(value) and not _TOKEN.fullmatch(value):
            return True
    return False


# Pattern "date archive": a path that ends in a date, with no slug or id after it ("/archiv/2024/05/14/",
# "/2024/05/"), is the index of that day's or month's stories, as blog engines and newspaper archives
# serve it; a story's URL names the story after its date. A query string may name the story instead
# ("/2024/05/?p=123"), so a URL with one is not taken for an archive on its path alone.
_DATE_ARCHIVE_PATH = re.compile(r"/(?:19|20)\d{2}/(?:0?[1-9]|1[0-2])(?:/(?:0?[1-9]|[12]\d|3[01]))?/?$")


def is_date_archive_url(url: str) -> bool:
    """True when the URL's path ends in a year and month (and day) with nothing after: a date archive."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return not parts.query and _DATE_ARCHIVE_PATH.search(parts.path) is not None
