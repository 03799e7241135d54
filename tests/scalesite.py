"""A generated news site of N articles on loopback, for the scale-out fault script and benchmark.

Small and plain on purpose (the discovery benchmark has its own, harder generator): ``robots.txt`` names a
sitemap index whose sitemaps list every article; the home page links the first archive page and the newest
articles; archive pages list 40 articles each and link the next one; each article links its neighbours.
Every text is made up from a small vocabulary, deterministically from the article number: nothing is
copied from a real site.

``python tests/scalesite.py --articles 2000 --port 8480`` serves one until interrupted.
"""

from __future__ import annotations

import argparse
import html
import random
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler

from newsbot.devtools.devserver import send_page, serve_handler

_WORDS = (
    "council harbour market river school budget minister festival weather railway bridge village farmers "
    "season report election hospital museum library coast fishermen market street traffic court police "
    "teachers students rainfall harvest energy project company workers union tourism island mountain "
    "province district mayor agency station airport ferry summit trade prices housing water forest garden"
).split()
_VERBS = "said announced reported opened closed approved rejected expected planned finished delayed".split()
PER_ARCHIVE_PAGE = 40
PER_SITEMAP = 500


class ScaleSite:
    """The pages of a site with ``articles`` articles (see the module docstring)."""

    def __init__(self, articles: int = 2000) -> None:
        self.articles = articles

    def article_path(self, number: int) -> str:
        day = 1 + number % 28
        return f"/news/2026/11/{day:02d}/story-{number:05d}.html"

    def article_paths(self) -> list[str]:
        return [self.article_path(n) for n in range(self.articles)]

    def _sentence(self, rng: random.Random) -> str:
        words = [rng.choice(_WORDS) for _ in range(rng.randint(9, 16))]
        words.insert(rng.randint(2, len(words) - 1), rng.choice(_VERBS))
        return " ".join(words).capitalize() + "."

    def _article(self, base: str, number: int) -> str:
        rng = random.Random(number)
        title = f"Story {number}: the {rng.choice(_WORDS)} {rng.choice(_VERBS)} by the {rng.choice(_WORDS)}"
        day = 1 + number % 28
        published = f"2026-11-{day:02d}T{number % 24:02d}:{number % 60:02d}:00+00:00"
        paragraphs = "\n".join(
            "<p>" + " ".join(self._sentence(rng) for _ in range(rng.randint(4, 6))) + "</p>" for _ in range(6)
        )
        url = base + self.article_path(number)
        neighbours = " ".join(
            f'<li><a href="{self.article_path(n)}">Story {n}</a></li>'
            for n in (number - 1, number + 1)
            if 0 <= n < self.articles
        )
        t = html.escape(title)
        return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{t} | Scale Times</title>
<link rel="canonical" href="{url}"><meta property="og:type" content="article">
<meta property="og:title" content="{t}"><meta property="article:published_time" content="{published}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{t}",
"datePublished":"{published}","author":{{"@type":"Person","name":"Reporter {number % 17}"}}}}</script>
</head><body><header><a href="/">Scale Times</a> <nav><a href="/archive/1.html">Archive</a></nav></header>
<main><article><h1>{t}</h1><p class="byline">By Reporter {number % 17}</p>
<time datetime="{published}">{published[:10]}</time>
{paragraphs}
</article><aside><h2>More stories</h2><ul>{neighbours}</ul></aside></main>
<footer>Scale Times, a generated test site</footer></body></html>"""

    def _archive(self, page: int) -> str:
        first = (page - 1) * PER_ARCHIVE_PAGE
        items = "".join(
            f'<li><a href="{self.article_path(n)}">Story {n}</a></li>'
            for n in range(first, min(first + PER_ARCHIVE_PAGE, self.articles))
        )
        more = (
            f'<a rel="next" href="/archive/{page + 1}.html">Older stories</a>'
            if first + PER_ARCHIVE_PAGE < self.articles
            else ""
        )
        return (
            f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Archive page {page}</title></head>'
            f"<body><h1>Archive, page {page}</h1><ul>{items}</ul>{more}</body></html>"
        )

    def _home(self) -> str:
        items = "".join(
            f'<li><a href="{self.article_path(n)}">Story {n}</a></li>' for n in range(min(20, self.articles))
        )
        return (
            '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Scale Times</title></head>'
            f'<body><h1>Scale Times</h1><ul>{items}</ul><a href="/archive/1.html">Archive</a></body></html>'
        )

    def _sitemaps(self) -> int:
        return (self.articles + PER_SITEMAP - 1) // PER_SITEMAP

    def render(self, path: str, base: str) -> tuple[int, str, bytes]:
        """(status, content type, body) for path."""
        if path == "/robots.txt":
            return 200, "text/plain", f"User-agent: *\nAllow: /\nSitemap: {base}/sitemap.xml\n".encode()
        if path == "/sitemap.xml":
            inner = "".join(f"<sitemap><loc>{base}/sitemap-{i}.xml</loc></sitemap>" for i in range(self._sitemaps()))
            body = f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{inner}'
            return 200, "application/xml", (body + "</sitemapindex>").encode()
        if path.startswith("/sitemap-") and path.endswith(".xml"):
            index = int(path[len("/sitemap-") : -len(".xml")])
            numbers = range(index * PER_SITEMAP, min((index + 1) * PER_SITEMAP, self.articles))
            urls = "".join(f"<url><loc>{base}{self.article_path(n)}</loc></url>" for n in numbers)
            body = f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
            return 200, "application/xml", body.encode()
        if path in ("/", "/index.html"):
            return 200, "text/html; charset=utf-8", self._home().encode()
        if path.startswith("/archive/") and path.endswith(".html"):
            page = int(path[len("/archive/") : -len(".html")] or 0)
            if 1 <= page <= (self.articles + PER_ARCHIVE_PAGE - 1) // PER_ARCHIVE_PAGE:
                return 200, "text/html; charset=utf-8", self._archive(page).encode()
        if path.startswith("/news/") and path.endswith(".html"):
            number = int(path.rsplit("-", 1)[-1][: -len(".html")])
            if 0 <= number < self.articles and path == self.article_path(number):
                return 200, "text/html; charset=utf-8", self._article(base, number).encode()
        return 404, "text/html", b"<html><body>not found</body></html>"


@contextmanager
def serve(site: ScaleSite, port: int = 0) -> Iterator[str]:
    """Serve site on 127.0.0.1 (a free port by default); yields its base URL."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
            pass

        def do_GET(self) -> None:  # noqa: N802 - stdlib naming
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            status, ctype, body = site.render(self.path.split("?", 1)[0], base)
            send_page(self, status, ctype, body)

    with serve_handler(Handler, port) as base:
        yield base


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--port", type=int, default=8480)
    args = parser.parse_args(argv)
    with serve(ScaleSite(args.articles), args.port) as base:
        print(f"serving {args.articles} articles at {base} (Ctrl-C stops)", flush=True)
        threading.Event().wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
