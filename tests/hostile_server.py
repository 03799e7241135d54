"""A hostile fixture outlet on 127.0.0.1: every fault a crawler meets, one per path.

`serve_hostile()` starts the server in a thread and yields a `HostileServer` (base URL, the log of
requested paths). `write_outlet(folder)` writes the matching outlet file ``hostile.toml`` for
``NEWSBOT_OUTLETS_DIR``. `EXPECT` says, for every URL the crawl discovers, which record(s) may stand
for it and under which URL (redirects end at their target), so tests can check that each one ends as
exactly one record.

The server only binds loopback. Links to private, metadata and other-domain addresses are only
*written* into pages, feeds and redirects; the crawler must refuse them before connecting.
``python tests/hostile_server.py --port 8472`` serves it by hand.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

BOMB_BYTES = 40 * 1024 * 1024  # decompressed size of the gzip/brotli bombs
OVERSIZE_BYTES = 3 * 1024 * 1024  # bodies sent to a crawl whose DOWNLOAD_MAXSIZE is below this
#: DOWNLOAD_MAXSIZE the fault crawls use (small, so over-size bodies are quick to send).
TEST_MAXSIZE = 2 * 1024 * 1024

_SENTENCES = [
    "The council met on Tuesday evening to review the harbour budget and heard from residents on both sides.",
    "Engineers said the old timber pier had rotted below the waterline and could no longer carry delivery vans.",
    "Local shop owners welcomed the decision but asked for the works to avoid the busy summer market season.",
    "A spokesperson for the port authority said tenders would open next month and close before the winter.",
    "Fishermen who moor at the pier every morning will be moved to a temporary pontoon on the northern quay.",
    "The mayor told reporters that the repair was overdue and that the city had delayed it for far too long.",
    "Opposition members questioned the cost estimate and asked for an independent survey of the foundations.",
    "Residents of the old town said the pier is part of their history and deserves a careful restoration.",
    "The library committee also approved longer weekend opening hours after a petition gathered many names.",
    "Volunteers from the rowing club offered to help clear debris from the shore once the works begin.",
]


def article_html(
    slug: str,
    *,
    title: str | None = None,
    head: str = "",
    body_extra: str = "",
    charset: str | None = "utf-8",
    paragraphs: int = 8,
) -> str:
    """A plain news article page; ``slug`` makes its text unique (so in-run dedupe keeps it)."""
    title = title or f"Harbour council approves pier repair plan ({slug})"
    seed = int(hashlib.sha256(slug.encode()).hexdigest(), 16)
    paras = []
    for i in range(paragraphs):
        picks = [_SENTENCES[(seed + i * 3 + k) % len(_SENTENCES)] for k in range(3)]
        paras.append(f"<p>{' '.join(picks)} Report {slug} part {i + 1}.</p>")
    meta_charset = f'<meta charset="{charset}">' if charset else ""
    return (
        f"<!doctype html><html lang='en'><head>{meta_charset}<title>{title}</title>"
        "<meta property='og:type' content='article'>"
        "<meta property='article:published_time' content='2024-05-06T07:08:09+00:00'>"
        f"{head}</head><body><header><nav><a href='/'>Home</a></nav></header>"
        f"<article><h1>{title}</h1>{''.join(paras)}{body_extra}</article>"
        "<footer>Copyright Hostile Times</footer></body></html>"
    )


@dataclass(frozen=True)
class Expect:
    """What a discovered path may end as: outcomes like "article", "rejection:http_error", "error:*"."""

    outcomes: frozenset[str]
    #: URLs (paths on this server, or absolute) the record may carry; empty = the path itself.
    record_urls: tuple[str, ...] = ()


def _e(*outcomes: str, urls: tuple[str, ...] = ()) -> Expect:
    return Expect(frozenset(outcomes), urls)


REDIRECT_CHAIN_LONG = 25  # over REDIRECT_MAX_TIMES (10)
REDIRECT_CHAIN_SHORT = 3

#: Every URL the hostile outlet lets the crawl discover, and what may become of it.
EXPECT: dict[str, Expect] = {
    "/": _e("rejection:not_article", "rejection:too_short"),
    "/article/ok-1": _e("article"),
    "/article/ok-2": _e("article"),
    "/article/sitemap-only": _e("article"),
    "/fault/429-once": _e("article"),  # 429 with Retry-After the first time, then the page
    "/fault/429": _e("rejection:http_error"),  # always 429, Retry-After one hour (capped)
    "/fault/503": _e("rejection:http_error"),
    "/fault/500": _e("rejection:http_error"),
    "/fault/404": _e("rejection:http_error"),
    "/fault/410": _e("rejection:http_error"),
    "/fault/reset": _e("error:*"),
    "/fault/hang-body": _e("error:*"),
    "/fault/hang-headers": _e("error:*"),
    "/fault/gzip-truncated": _e("article", "rejection:*", "error:*"),
    "/fault/redirect-loop-a": _e("error:*", urls=("/fault/redirect-loop-a", "/fault/redirect-loop-b")),
    f"/fault/chain/{REDIRECT_CHAIN_LONG}": _e(
        "error:*", urls=tuple(f"/fault/chain/{i}" for i in range(REDIRECT_CHAIN_LONG + 1))
    ),
    f"/fault/chain/{REDIRECT_CHAIN_SHORT}": _e("article", urls=("/article/chained",)),
    "/fault/redirect-private": _e("rejection:offsite", urls=("http://10.0.0.5/admin",)),
    "/fault/redirect-metadata": _e("rejection:offsite", urls=("http://169.254.169.254/latest/meta-data/",)),
    "/fault/redirect-offsite": _e("rejection:offsite", urls=("http://evil.example/landing",)),
    "/fault/redirect-file": _e(
        "rejection:offsite", "rejection:http_error", "error:*", urls=("file:///etc/passwd", "/fault/redirect-file")
    ),
    "/fault/oversize": _e("rejection:too_large"),
    "/fault/oversize-stream": _e("rejection:too_large"),
    "/fault/gzip-bomb": _e("rejection:too_large"),
    "/fault/brotli-bomb": _e("rejection:too_large"),
    "/fault/binary": _e("rejection:not_html"),
    "/fault/json": _e("rejection:not_html"),
    "/fault/empty": _e("rejection:not_html"),
    "/fault/wrong-charset": _e("article"),
    "/fault/no-charset": _e("article"),
    "/fault/malformed-html": _e("article", "rejection:*"),
    "/fault/deep-html": _e("article", "rejection:*"),
    "/fault/huge-attr": _e("article", "rejection:*"),
    "/fault/huge-title": _e("rejection:too_large"),
    "/fault/huge-text": _e("rejection:too_large"),
    "/fault/control-chars": _e("article", "rejection:invalid"),
    "/fault/markup-title": _e("article", "rejection:invalid"),
    # Listed in the feed/sitemap but refused by the network policy before any connection.
    "http://169.254.169.254/latest/meta-data/": _e("rejection:offsite"),
    "http://10.1.2.3/internal": _e("rejection:offsite"),
    "http://192.168.1.1/admin": _e("rejection:offsite"),
    "http://[::ffff:169.254.169.254]/latest/": _e("rejection:offsite"),
    "http://evil.example/phishing": _e("rejection:offsite"),
    "file:///etc/passwd": _e("rejection:offsite"),
    "ftp://127.0.0.1/pub/file.html": _e("rejection:offsite"),
    "data:text/html,<h1>injected</h1>": _e("rejection:offsite"),
    "javascript:alert(document.cookie)": _e("rejection:offsite"),
}

#: Paths the crawler must never request (an external DTD or entity fetched by the XML parser).
NEVER_REQUESTED = ("/xxe-hit", "/xxe-dtd", "/article/xxe-leak")

_FEED_ONLY = [u for u in EXPECT if u.startswith("http")]
_SITEMAP_ONLY = [
    "/article/sitemap-only",
    "file:///etc/passwd",
    "ftp://127.0.0.1/pub/file.html",
    "data:text/html,<h1>injected</h1>",
    "javascript:alert(document.cookie)",
]
_LINKED = [p for p in EXPECT if p.startswith("/") and p not in ("/", "/article/sitemap-only")]


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def home_html() -> str:
    """The start page: links to every fault, plus links that must never be followed."""
    links = "".join(f"<li><a href='{p}'>{p}</a></li>" for p in _LINKED)
    bad = (
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.5/",
        "http://evil.example/",
        "javascript:alert(1)",
        "data:text/html,x",
        "file:///etc/passwd",
        "mailto:x@evil.example",
        "http://localhost/x",
        "http://[::1]/x",
    )
    bad_links = "".join(f"<a href='{u}'>bad</a> " for u in bad)
    return (
        f"<!doctype html><html><head><title>Hostile Times</title></head><body><h1>Hostile Times</h1>"
        f"<ul>{links}</ul><p>{bad_links}</p><script>fetch('/xxe-hit')</script></body></html>"
    )


def rss_xml(base: str) -> str:
    items = [f"{base}/article/ok-1", f"{base}/fault/429-once", *_FEED_ONLY]
    body = "".join(f"<item><title>t</title><link>{_xml_escape(u)}</link></item>" for u in items)
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Hostile</title>{body}</channel></rss>"


def sitemap_xml(base: str) -> str:
    locs = [u if ":" in u else f"{base}{u}" for u in _SITEMAP_ONLY]
    body = "".join(f"<url><loc>{_xml_escape(u)}</loc></url>" for u in locs)
    return f"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{body}</urlset>"


def billion_laughs(root: str) -> str:
    """An entity-expansion payload: 10^9 'lol's if a parser expands entities."""
    ents = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    ]
    if root == "rss":
        doc = "<rss version='2.0'><channel><item><title>&lol9;</title><link>/article/ok-2</link></item></channel></rss>"
    else:
        doc = "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>&lol9;</loc></url></urlset>"
    return f"<?xml version='1.0'?><!DOCTYPE {root} [{''.join(ents)}]>{doc}"


def xxe_xml(base: str, root: str) -> str:
    """External entities and an external DTD pointing back at this server (requests are logged)."""
    doctype = (
        f"<!DOCTYPE {root} SYSTEM '{base}/xxe-dtd' [<!ENTITY xxe SYSTEM '{base}/xxe-hit'>"
        "<!ENTITY file SYSTEM 'file:///etc/hostname'>]>"
    )
    if root == "rss":
        return (
            f"<?xml version='1.0'?>{doctype}<rss version='2.0'><channel><item><title>&file;</title>"
            "<link>&xxe;</link></item></channel></rss>"
        )
    return (
        f"<?xml version='1.0'?>{doctype}<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        "<url><loc>&xxe;</loc></url><url><loc>&file;</loc></url></urlset>"
    )


_CACHE: dict[str, bytes] = {}


def _cached(key: str, make: Callable[[], bytes]) -> bytes:
    if key not in _CACHE:
        _CACHE[key] = make()
    return _CACHE[key]


def gzip_bomb() -> bytes:
    return _cached("gzip", lambda: gzip.compress(b"\0" * BOMB_BYTES, compresslevel=9))


def brotli_bomb() -> bytes:
    import brotli  # the test extra; Scrapy needs it to decode br at all

    return _cached("br", lambda: brotli.compress(b"<p>" + b"a" * BOMB_BYTES, quality=5))


def prepare_bombs() -> None:
    """Build the compressed bombs now (the server then only sends bytes); brotli only when installed."""
    gzip_bomb()
    try:
        brotli_bomb()
    except ImportError:
        pass  # Scrapy cannot decode br without it either: the crawl gets no br bomb to time out on


def _outlet_toml() -> str:
    feeds = ["/rss.xml", "/feed-bomb.xml", "/feed-xxe.xml", "/feed-malformed.xml"]
    sitemaps = ["/sitemap.xml", "/sitemap-bomb.xml", "/sitemap-xxe.xml", "/sitemap-malformed.xml"]
    q = ", ".join
    return (
        "# The hostile fixture outlet (tests/hostile_server.py); crawl with -a base_url=http://127.0.0.1:PORT\n"
        'name = "hostile"\nsite_name = "Hostile Times"\n'
        # 10.0.0.5 is an outlet domain on purpose: the redirect to it must be refused by address, not domain.
        'domains = ["hostile.example", "127.0.0.1", "10.0.0.5"]\n'
        'start_urls = ["http://hostile.example/"]\n'
        f"feeds = [{q(repr('http://hostile.example' + f) for f in feeds)}]\n"
        f"sitemaps = [{q(repr('http://hostile.example' + s) for s in sitemaps)}]\n"
        "allow = ['/article/', '/fault/']\nlanguage = \"en\"\n"
    ).replace("'", '"')


def write_outlet(folder: Path, name: str = "hostile") -> Path:
    """Write the hostile outlet file into folder (for NEWSBOT_OUTLETS_DIR); returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.toml"
    path.write_text(_outlet_toml().replace('name = "hostile"', f'name = "{name}"'), encoding="utf-8")
    return path


class _Handler(BaseHTTPRequestHandler):
    server: HostileHTTPServer
    server_version = "hostile/1"
    protocol_version = "HTTP/1.0"  # one request per connection: resets and hangs stay per path

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        return

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        path = urlsplit(self.path).path
        self.server.record(path)
        try:
            self._route(path)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            pass  # the crawler hung up (size cap, timeout): expected

    def _send(
        self,
        status: int,
        body: bytes,
        ctype: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
        length: bool = True,
    ) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _html(self, text: str, status: int = 200, **kw: object) -> None:
        self._send(status, text.encode("utf-8"), **kw)  # type: ignore[arg-type]

    def _redirect(self, location: str, status: int = 302) -> None:
        self._send(status, b"", headers={"Location": location})

    def _base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def _route(self, path: str) -> None:  # noqa: C901 - one branch per fault is the point
        base = self._base()
        if path == "/":
            return self._html(home_html())
        if path.startswith("/article/"):
            return self._html(article_html(path.rsplit("/", 1)[-1]))
        if path == "/rss.xml":
            return self._send(200, rss_xml(base).encode(), "application/rss+xml")
        if path == "/sitemap.xml":
            return self._send(200, sitemap_xml(base).encode(), "application/xml")
        if path in ("/feed-bomb.xml", "/sitemap-bomb.xml"):
            return self._send(200, billion_laughs("rss" if "feed" in path else "urlset").encode(), "application/xml")
        if path in ("/feed-xxe.xml", "/sitemap-xxe.xml"):
            return self._send(200, xxe_xml(base, "rss" if "feed" in path else "urlset").encode(), "application/xml")
        if path == "/feed-malformed.xml":
            return self._send(200, b"<?xml version='1.0'?><rss><channel><item><link>/article/ok-2</lin", "text/xml")
        if path == "/sitemap-malformed.xml":
            return self._send(200, b"\x00\xff<urlset><url><loc>", "application/xml")
        if path == "/xxe-hit":
            return self._send(200, f"{base}/article/xxe-leak".encode(), "text/plain")
        fault = path.removeprefix("/fault/")
        if fault == "429-once":
            if self.server.hits.count(path) == 1:
                return self._html("slow down", 429, headers={"Retry-After": "1"})
            return self._html(article_html("429-once"))
        if fault == "429":
            return self._html("slow down", 429, headers={"Retry-After": "3600"})
        if fault == "503":
            return self._html("maintenance", 503, headers={"Retry-After": "1"})
        if fault in ("500", "404", "410"):
            return self._html(f"<html><body>error {fault}</body></html>", int(fault))
        if fault == "reset":
            return self._reset()
        if fault == "hang-body":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(b"<html><body><p>never finishes")
            self.wfile.flush()
            self.server.stop.wait(120)
            return None
        if fault == "hang-headers":
            self.server.stop.wait(120)
            return None
        if fault == "gzip-truncated":
            data = gzip.compress(article_html("gzip-truncated").encode())
            return self._send(200, data[: len(data) // 2], headers={"Content-Encoding": "gzip"})
        if fault == "redirect-loop-a":
            return self._redirect("/fault/redirect-loop-b")
        if fault == "redirect-loop-b":
            return self._redirect("/fault/redirect-loop-a")
        if fault.startswith("chain/"):
            n = int(fault.split("/")[1])
            return self._redirect(f"/fault/chain/{n - 1}" if n > 0 else "/article/chained", 301)
        if fault == "redirect-private":
            return self._redirect("http://10.0.0.5/admin")
        if fault == "redirect-metadata":
            return self._redirect("http://169.254.169.254/latest/meta-data/")
        if fault == "redirect-offsite":
            return self._redirect("http://evil.example/landing")
        if fault == "redirect-file":
            return self._redirect("file:///etc/passwd")
        if fault == "oversize":
            return self._send(200, b"<html><body>" + b"x" * OVERSIZE_BYTES)
        if fault == "oversize-stream":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"y" * 65536 + b"</p>"
            for _ in range(OVERSIZE_BYTES // len(chunk) + 2):
                self.wfile.write(chunk)
            return None
        if fault == "gzip-bomb":
            return self._send(200, gzip_bomb(), headers={"Content-Encoding": "gzip"})
        if fault == "brotli-bomb":
            return self._send(200, brotli_bomb(), headers={"Content-Encoding": "br"})
        if fault == "binary":
            return self._send(200, bytes(range(256)) * 64 + b"\x00" * 1000)
        if fault == "json":
            return self._send(200, b'{"title": "not a page"}', "application/json")
        if fault == "empty":
            return self._send(200, b"")
        if fault == "wrong-charset":  # UTF-8 bytes, the header says Latin-1
            page = article_html("wrong-charset", title="Café crème: résumé of the pier repair", charset=None)
            return self._send(200, page.encode("utf-8"), "text/html; charset=iso-8859-1")
        if fault == "no-charset":  # windows-1252 bytes, no charset anywhere
            page = article_html("no-charset", title="Über die Brücke: Café crème am Hafen", charset=None)
            return self._send(200, page.encode("cp1252"), "text/html")
        if fault == "malformed-html":
            page = article_html("malformed").replace("</p>", "").replace("</article>", "<div><span><table><tr>")
            return self._html(page + "</td></html></body><<<>>>&&&;<!--")
        if fault == "deep-html":
            return self._html("<html><body>" + "<div>" * 100_000 + "deep" + "</div>" * 100_000 + "</body></html>")
        if fault == "huge-attr":
            return self._html(article_html("huge-attr", body_extra=f"<p data-x='{'a' * 1_000_000}'>tail</p>"))
        if fault == "huge-title":
            return self._html(article_html("huge-title", title="Pier " + "very " * 2000 + "long"))
        if fault == "huge-text":
            return self._html(article_html("huge-text", paragraphs=2000))
        if fault == "control-chars":
            return self._html(
                article_html(
                    "control-chars",
                    title="Pier\x01 repair \x1b[31m&#xD800; &#0; plan",
                    body_extra="<p>bell\x07 null&#0; surrogate &#xDFFF; escape\x1b end</p>",
                )
            )
        if fault == "markup-title":
            return self._html(
                article_html(
                    "markup-title",
                    title="&lt;script&gt;alert(1)&lt;/script&gt; Pier plan",
                    body_extra="<p>&lt;b&gt;bold&lt;/b&gt; and <script>alert(2)</script></p>",
                )
            )
        return self._html("<html><body>not found</body></html>", 404)

    def _reset(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "50000")
        self.end_headers()
        self.wfile.write(b"<html><body><p>half a page")
        self.wfile.flush()
        # SO_LINGER 0 makes close() send a TCP RST instead of a FIN: a reset mid-body.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True


class HostileHTTPServer(ThreadingHTTPServer):
    """ThreadingHTTPServer that logs requested paths and releases hanging handlers on shutdown."""

    daemon_threads = True

    def __init__(self, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.hits: list[str] = []
        self.lock = threading.Lock()
        self.stop = threading.Event()

    def record(self, path: str) -> None:
        with self.lock:
            self.hits.append(path)

    def handle_error(self, request: object, client_address: object) -> None:
        return  # resets and hung-up clients are the point of this server


@dataclass
class HostileServer:
    """A running hostile server: its base URL and the paths requested so far."""

    base: str
    httpd: HostileHTTPServer
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def hits(self) -> list[str]:
        with self.httpd.lock:
            return list(self.httpd.hits)

    def url(self, path_or_url: str) -> str:
        return path_or_url if not path_or_url.startswith("/") else self.base + path_or_url


@contextmanager
def serve_hostile(port: int = 0) -> Iterator[HostileServer]:
    """Serve the hostile outlet on 127.0.0.1 in a thread."""
    # The bombs are built before the first request, not by it: compressing 40 MB takes a second or two (more on a
    # loaded machine, the two at once), which counted against the crawl's 2 s DOWNLOAD_TIMEOUT and turned the
    # expected too_large rejections into DownloadTimeoutError records.
    prepare_bombs()
    httpd = HostileHTTPServer(port)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield HostileServer(f"http://127.0.0.1:{httpd.server_address[1]}", httpd)
    finally:
        httpd.stop.set()
        httpd.shutdown()
        httpd.server_close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8472)
    args = parser.parse_args()
    with serve_hostile(args.port) as server:
        print(f"hostile outlet at {server.base}", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
