"""Network policy and fault accounting for crawls: what may be requested, and what a failure becomes.

* `SafetyMiddleware` (downloader middleware, first in line): refuses non-http(s) schemes, hosts
  outside the outlet's domains, and hosts whose address is private, loopback, link-local, reserved,
  multicast or a cloud metadata endpoint, checked on the *resolved* IP (a name that resolves to
  127.0.0.1 is refused too). ``NEWSBOT_ALLOW_LOOPBACK = True`` allows loopback, and only loopback.
  A refused request never reaches the network; it ends as a ``Rejection(reason="offsite")``. A name that
  does not resolve is no refusal: it fails as a ``DNSLookupError`` (an error record of that kind).
* `SafeResolver` (``DNS_RESOLVER``): the same address policy at connect time, so a name whose DNS
  answer changes between the check and the connection (DNS rebinding) is still refused.
* `RetryAfterMiddleware`: honours ``Retry-After`` on 429/503 before Scrapy's retry, capped by
  ``NEWSBOT_RETRY_AFTER_MAX`` so no server can make the crawl wait longer than that.
* `NoRetryOnRefusalMiddleware`: Scrapy's retries, except for a refused connection (nothing listens there: a
  retry milliseconds later gets the same answer), so a port with nothing listening fails in one line at once.
* `SafeRedirectMiddleware`: Scrapy's redirects, except that a redirected request is not dropped by
  the duplicate filter (a redirect loop or a redirect onto a seen URL would otherwise vanish with no
  record); loops end at ``REDIRECT_MAX_TIMES`` as an error record.
* `LazyMetaRefreshMiddleware`: Scrapy's ``<meta http-equiv=refresh>`` redirects, without decoding every
  page to text to find out that it has none.
* `CallbackGuardMiddleware` (spider middleware): an exception in a spider callback becomes an
  ErrorRecord for that URL instead of a lost page.
* `failure_record`: the spider's errback turns a failed request into the right record (oversize
  bodies and decompression bombs are ``too_large`` rejections, refusals ``offsite``).
"""

from __future__ import annotations

import asyncio
import codecs
import functools
import ipaddress
import logging
import re
import socket
from collections.abc import AsyncIterator, Iterable, Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import DownloadCancelledError, DownloadConnectionRefusedError, IgnoreRequest
from scrapy.http import HtmlResponse, Response
from scrapy.resolver import CachingThreadedResolver
from scrapy.statscollectors import StatsCollector
from twisted.internet.base import ReactorBase
from twisted.internet.defer import Deferred
from twisted.internet.error import ConnectionRefusedError as TxConnectionRefusedError
from twisted.internet.error import DNSLookupError
from twisted.python.failure import Failure
from w3lib.encoding import resolve_encoding

from newsbot.crawler import settings as defaults
from newsbot.models import ErrorRecord, Rejection

logger = logging.getLogger(__name__)

ALLOWED_SCHEMES = frozenset({"http", "https"})
#: Cloud instance-metadata endpoints (AWS/GCP/Azure/OpenStack, Alibaba, Oracle, AWS IPv6).
METADATA_ADDRESSES = frozenset({"169.254.169.254", "169.254.170.2", "100.100.100.200", "192.0.0.192", "fd00:ec2::254"})


class RefusedRequest(IgnoreRequest):
    """A request the network policy refuses; ``why`` is a short class (scheme, offsite, loopback...)."""

    def __init__(self, why: str, detail: str) -> None:
        super().__init__(f"{why}: {detail}")
        self.why = why
        self.detail = detail


class RefusedAddress(DNSLookupError):
    """Raised by `SafeResolver` when a name resolves to a refused address (at connect time)."""


def address_refusal(ip: str, allow_loopback: bool = False) -> str | None:
    """Why this IP address may not be contacted (e.g. "private"), or None when it may."""
    try:
        addr: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(ip.split("%", 1)[0])
    except ValueError:
        return "unparseable address"
    if isinstance(addr, ipaddress.IPv6Address):
        # ::ffff:10.0.0.1 and 2002:0a00:0001:: (6to4) reach IPv4 hosts: judge the IPv4 inside.
        inner = addr.ipv4_mapped or addr.sixtofour
        if inner is not None:
            addr = inner
    if addr.is_loopback:
        return None if allow_loopback else "loopback"
    if str(addr) in METADATA_ADDRESSES:
        return "metadata"
    if addr.is_link_local:
        return "link-local"
    if addr.is_multicast:
        return "multicast"
    if addr.is_unspecified or addr.is_reserved:
        return "reserved"
    if addr.is_private:
        return "private"
    if not addr.is_global:  # shared address space 100.64/10, documentation ranges, ...
        return "reserved"
    return None


def host_in_domains(host: str, domains: Iterable[str]) -> bool:
    """True when host is one of the domains or a subdomain of one (ports ignored, unlike Scrapy's helper)."""
    host = host.lower().strip("[]").rstrip(".")
    for domain in domains:
        domain = domain.lower().strip("[]").rstrip(".")
        if ":" in domain and not domain.count(":") > 1:  # "127.0.0.1:8471" style entries: the host part
            domain = domain.split(":", 1)[0]
        if domain and (host == domain or host.endswith("." + domain)):
            return True
    return False


def _literal_ip(host: str) -> str | None:
    try:
        return str(ipaddress.ip_address(host.strip("[]").split("%", 1)[0]))
    except ValueError:
        return None


class SafetyMiddleware:
    """Downloader middleware: scheme, domain and address policy, checked before any connection."""

    def __init__(
        self,
        allow_loopback: bool = False,
        dns_timeout: float = 60.0,
        stats: StatsCollector | None = None,
        crawler: Crawler | None = None,
    ) -> None:
        self.allow_loopback = allow_loopback
        self.dns_timeout = dns_timeout
        self.stats = stats
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SafetyMiddleware:
        mw = cls(
            crawler.settings.getbool("NEWSBOT_ALLOW_LOOPBACK"),
            crawler.settings.getfloat("DNS_TIMEOUT", 60.0),
            crawler.stats,
            crawler,
        )
        mw.maxsize = crawler.settings.getint("DOWNLOAD_MAXSIZE")
        crawler.signals.connect(mw.bytes_received, signal=signals.bytes_received)
        return mw

    maxsize = 0

    def bytes_received(self, data: bytes, request: Request, spider: Spider | None = None) -> None:
        """Count body bytes, so a download Scrapy cancels for size is told apart from other cancellations."""
        received = request.meta.get("newsbot_bytes", 0) + len(data)
        request.meta["newsbot_bytes"] = received
        limit = request.meta.get("download_maxsize", self.maxsize)
        if limit and received > limit:
            request.meta["newsbot_oversize"] = True

    def _refuse(self, why: str, detail: str) -> RefusedRequest:
        if self.stats is not None:
            self.stats.inc_value(f"newsbot/refused/{why}")
        return RefusedRequest(why, detail)

    #: Seconds a host's checked addresses are reused (one lookup per host, not per request).
    cache_seconds = 300.0

    async def resolve(self, host: str) -> list[str]:
        """Every address the host resolves to (IPv4 and IPv6), bounded by DNS_TIMEOUT; cached briefly."""
        cache: dict[str, tuple[float, list[str]]] = self.__dict__.setdefault("_dns_cache", {})
        loop = asyncio.get_running_loop()
        hit = cache.get(host)
        if hit and hit[0] > loop.time():
            return hit[1]
        infos = await asyncio.wait_for(loop.getaddrinfo(host, None, type=socket.SOCK_STREAM), timeout=self.dns_timeout)
        addresses = sorted({str(info[4][0]) for info in infos})
        if len(cache) > 10_000:
            cache.clear()
        cache[host] = (loop.time() + self.cache_seconds, addresses)
        return addresses

    async def check(self, url: str, allowed_domains: Sequence[str] | None) -> None:
        """Raise `RefusedRequest` unless the URL may be fetched."""
        parts = urlsplit(url)
        if parts.scheme.lower() not in ALLOWED_SCHEMES:
            raise self._refuse("scheme", f"{parts.scheme or 'no'} scheme is never requested")
        host = (parts.hostname or "").rstrip(".")
        if not host:
            raise self._refuse("offsite", "no host in URL")
        if allowed_domains and not host_in_domains(host, allowed_domains):
            raise self._refuse("offsite", f"{host} is not one of the outlet's domains")
        literal = _literal_ip(host)
        if literal is not None:
            why = address_refusal(literal, self.allow_loopback)
            if why:
                raise self._refuse(why, f"{host} is a {why} address")
            return
        try:
            addresses = await self.resolve(host)
        except (OSError, TimeoutError) as exc:
            # A name that does not resolve is a failure of the site (or of DNS), not a policy refusal: an error
            # record of its kind (Scrapy's retry middleware retries it like any DNS failure), never `offsite`.
            raise DNSLookupError(f"{host}: {exc or type(exc).__name__}") from None
        for ip in addresses:
            why = address_refusal(ip, self.allow_loopback)
            if why:
                raise self._refuse(why, f"{host} resolves to {ip}, a {why} address")

    async def process_request(self, request: Request) -> None:
        spider = getattr(self.crawler, "spider", None)
        await self.check(request.url, getattr(spider, "allowed_domains", None))
        request.meta.pop("newsbot_bytes", None)  # a retry or redirect counts its body afresh
        request.meta.pop("newsbot_oversize", None)
        return None


class SafeResolver(CachingThreadedResolver):
    """Scrapy's caching resolver with the address policy: refused answers never reach connect()."""

    def __init__(self, reactor: ReactorBase, cache_size: int, timeout: float, allow_loopback: bool = False) -> None:
        super().__init__(reactor, cache_size, timeout)
        self.allow_loopback = allow_loopback

    @classmethod
    def from_crawler(cls, crawler: Crawler, reactor: ReactorBase) -> SafeResolver:
        cache_size = crawler.settings.getint("DNSCACHE_SIZE") if crawler.settings.getbool("DNSCACHE_ENABLED") else 0
        return cls(
            reactor,
            cache_size,
            crawler.settings.getfloat("DNS_TIMEOUT"),
            crawler.settings.getbool("NEWSBOT_ALLOW_LOOPBACK"),
        )

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> Deferred[str]:  # noqa: N802 - Twisted's name
        deferred = super().getHostByName(name, timeout)
        deferred.addCallback(self._check, name)
        return deferred

    def _check(self, ip: str, name: str) -> str:
        why = address_refusal(ip, self.allow_loopback)
        if why:
            raise RefusedAddress(f"{name} resolves to {ip}, a {why} address")
        return ip


def _retry_after_seconds(value: bytes | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds: delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    text = value.decode("latin-1", "replace").strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class RetryAfterMiddleware:
    """Wait what a 429/503 Retry-After asks (at most NEWSBOT_RETRY_AFTER_MAX seconds) before Scrapy retries."""

    def __init__(self, cap: float = 30.0, max_retry_times: int = 2, enabled: bool = True) -> None:
        self.cap = cap
        self.max_retry_times = max_retry_times
        self.enabled = enabled

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        s = crawler.settings
        cap = s.getfloat("NEWSBOT_RETRY_AFTER_MAX", defaults.NEWSBOT_RETRY_AFTER_MAX)
        return cls(cap, s.getint("RETRY_TIMES"), s.getbool("RETRY_ENABLED"))

    def delay_for(self, request: Request, response: Response) -> float:
        """Seconds to wait before the retry that Scrapy's RetryMiddleware is about to schedule (0 = none)."""
        if not self.enabled or response.status not in (429, 503) or request.meta.get("dont_retry"):
            return 0.0
        retries = request.meta.get("retry_times", 0)
        if retries >= request.meta.get("max_retry_times", self.max_retry_times):
            return 0.0  # no retry follows: waiting would only delay the record
        seconds = _retry_after_seconds(response.headers.get(b"Retry-After"))
        return min(seconds, self.cap) if seconds else 0.0

    async def process_response(self, request: Request, response: Response) -> Response:
        delay = self.delay_for(request, response)
        if delay > 0:
            await asyncio.sleep(delay)
        return response


#: A connection refused: nothing listens on that port (or a firewall says no at once).
_REFUSALS: tuple[type[BaseException], ...] = (
    DownloadConnectionRefusedError,
    TxConnectionRefusedError,
    ConnectionRefusedError,
)


class NoRetryOnRefusalMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware, except that a refused connection is not retried.

    A refusal is the host's definite answer, given at once: nothing listens on that port. Scrapy retries without
    any backoff, so its retries a few milliseconds later get the same answer -- they only multiplied the wait
    (a `site` crawl of a port with nothing listening took 15-26 s, then 38 s on a loaded machine, of retries of
    robots.txt, the home page and each guessed sitemap) before the same one-line error. Timeouts, dropped
    connections and 5xx answers, which do pass, are still retried as Scrapy does.
    """

    def process_exception(
        self, request: Request, exception: Exception, spider: Spider | None = None
    ) -> Request | Response | None:
        if isinstance(exception, _REFUSALS):
            if self.crawler is not None and self.crawler.stats is not None:
                self.crawler.stats.inc_value("newsbot/refused_not_retried")
            return None
        return super().process_exception(request, exception)


def is_refusal(value: BaseException | None) -> bool:
    """Whether a failure is a refused connection (nothing listens there)."""
    return isinstance(value, _REFUSALS)


class SafeRedirectMiddleware(RedirectMiddleware):
    """Scrapy's RedirectMiddleware whose redirected requests bypass the duplicate filter.

    Without this a redirect onto an already-seen URL (or back into a loop) is silently dropped by the
    scheduler and the original URL ends with no record. Loops are still bounded by REDIRECT_MAX_TIMES.
    """

    # ``spider`` only keeps the base class's signature: Scrapy no longer passes it (deprecated in 2.13).
    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        result = super().process_response(request, response)
        if isinstance(result, Request) and result is not request:
            result.dont_filter = True
        return result


#: How much of the decoded page Scrapy's MetaRefreshMiddleware looks at (``response.text[0:4096]``).
_META_REFRESH_CHARS = 4096
#: Byte order marks: html_to_unicode decodes by the BOM whatever the declared encoding says.
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


#: Codecs (by Python's name) that are UTF-8 or single-byte without shift sequences: an ASCII character of a decoded
#: text is its own byte in the undecoded one. (ISO-2022-JP, for one, is not: ESC ( B between two letters vanishes.)
_SINGLE_BYTE = re.compile(r"ascii|latin-1|iso8859-\d+|cp125\d|koi8-[rtu]|mac-(?:roman|cyrillic|latin2)")


@functools.lru_cache(maxsize=64)
def _bytes_per_char_bound(encoding: str) -> int | None:
    """Most bytes one decoded character takes in ``encoding``, when every ASCII character of a decoded text
    is its own byte in the undecoded one (so text the bytes do not contain is not in the document); else None.
    Only UTF-8 and single-byte encodings qualify: almost every page, and easy to be sure of."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return None
    if name == "utf-8":
        return 4
    if not _SINGLE_BYTE.fullmatch(name):
        return None
    decoded = bytes(range(256)).decode(name, "replace")
    # Checked, not assumed: one character per byte, ASCII as itself and from nothing else.
    ascii_alone = decoded[:128] == bytes(range(128)).decode("ascii") and all(ord(c) >= 128 for c in decoded[128:])
    return 1 if len(decoded) == 256 and ascii_alone else None


class LazyMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Scrapy's MetaRefreshMiddleware, ruling out a refresh in the bytes first.

    Scrapy decodes the whole body (``response.text``) to look for ``<meta http-equiv="refresh">`` in its
    first 4,096 characters: 5% of the crawler's CPU on news pages, which almost never have one. Its scan
    only considers tags whose attributes spell ``refresh`` (any case) as they stand in the text. With a
    declared UTF-8 or single-byte encoding those letters are bytes of the page's first 4 x 4,096 bytes, so
    when those bytes lack them the answer is Scrapy's "no refresh" without decoding; every other page
    (a ``refresh`` in the head, a BOM, another or an undeclared encoding) goes through Scrapy's own code.
    """

    # ``spider`` only keeps the base class's signature: Scrapy no longer passes it (deprecated in 2.13).
    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        if isinstance(response, HtmlResponse) and self._no_refresh(response):
            return response  # what Scrapy returns when get_meta_refresh finds none
        return super().process_response(request, response)

    @staticmethod
    def _no_refresh(response: HtmlResponse) -> bool:
        body = response.body
        if body.startswith(_BOMS):
            return False
        declared = getattr(response, "_declared_encoding", None)  # Scrapy's; the inferred one decodes the body
        encoding = declared() if declared is not None else None
        # Scrapy decodes with the label as w3lib resolves it (e.g. latin-1 as cp1252): both must qualify.
        resolved = resolve_encoding(encoding) if encoding else None
        bound = _bytes_per_char_bound(encoding) if encoding and resolved else None
        other = _bytes_per_char_bound(resolved) if bound is not None and resolved else None
        if bound is None or other is None:
            return False
        bound = max(bound, other)
        return b"refresh" not in body[: _META_REFRESH_CHARS * bound].lower()


class CallbackGuardMiddleware:
    """Spider middleware: a callback that raises turns into an ErrorRecord, unless the URL already has one."""

    def __init__(self, stats: StatsCollector | None = None, crawler: Crawler | None = None) -> None:
        self.stats = stats
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CallbackGuardMiddleware:
        return cls(crawler.stats, crawler)

    @staticmethod
    def _mark(response: Response, result: object) -> None:
        if getattr(result, "url", None) == response.url and not isinstance(result, Request):
            response.meta["newsbot_recorded"] = True

    async def process_spider_output(self, response: Response, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for item in result:
            self._mark(response, item)
            yield item

    def process_spider_exception(self, response: Response, exception: BaseException) -> Iterable[Any]:
        spider = getattr(self.crawler, "spider", None)
        if self.stats is not None:
            self.stats.inc_value("newsbot/callback_exceptions")
        logger.error("callback failed on %s: %r", response.url, exception)
        if response.meta.get("newsbot_recorded"):
            return []
        response.meta["newsbot_recorded"] = True
        return [
            ErrorRecord(
                url=response.url,
                outlet=getattr(spider, "outlet_name", None),
                kind=type(exception).__name__,
                detail=str(exception)[:500],
                fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
                http_status=response.status,
            )
        ]


def failure_record(failure: Failure, url: str, outlet: str | None, fetched_at: str) -> Rejection | ErrorRecord | None:
    """The record for a failed request when the failure is a policy refusal or a size cap; else None."""
    exc = failure.value
    if isinstance(exc, RefusedRequest):
        return Rejection(url=url, outlet=outlet, reason="offsite", detail=str(exc)[:500], fetched_at=fetched_at)
    message = str(exc)
    request = getattr(failure, "request", None)
    oversize = (
        (isinstance(exc, IgnoreRequest) and "DOWNLOAD_MAXSIZE" in message)  # decompression bomb
        or (isinstance(exc, DownloadCancelledError) and "download max size" in message)  # Content-Length too big
        # Body grew past the limit while streaming: Scrapy cancels without a message; our byte count knows.
        or (
            isinstance(exc, DownloadCancelledError)
            and request is not None
            and bool(request.meta.get("newsbot_oversize"))
        )
    )
    # Only the streaming case has no message, and it is oversize only with a request.
    if oversize and not message and request is not None:
        message = f"body over DOWNLOAD_MAXSIZE after {request.meta.get('newsbot_bytes', 0)} bytes"
    if oversize:
        return Rejection(url=url, outlet=outlet, reason="too_large", detail=message[:500], fetched_at=fetched_at)
    return None
