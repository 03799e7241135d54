"""A generated news site, served on loopback: for the discovery benchmark, fault scripts and fixture sites.

`GeneratedSite` renders every page of an invented news outlet on demand (nothing is downloaded or copied
from a real site; all text is made up from a small vocabulary, deterministically from ``seed``):

* sections whose fronts are paginated in different ways (``?page=N`` with ``rel=next``, ``/page/N/`` with
  "Older posts", a bare numbered pager, a "Load more" link that carries a URL, and pagers labelled
  "Berikutnya", "Weiter", "Siguiente", "Suivant", "Próxima"), each listing its articles newest first;
* a feed, a sitemap index with a Google News sitemap and one monthly sitemap that cover only the newest
  articles (``listed_share``): the rest is reachable only through the later pages of the section fronts;
* tag, author, search, photo-gallery and video pages; an AMP copy of every article (``/amp/...``) and share
  links with ``?utm_source=`` copies; cookie banner, navigation, ad slots and "related" lists on every page.

``truth()`` says what every path is (``article``, ``listing``, ``gallery``, ...). ``serve(site)`` serves it on
127.0.0.1 and counts requests; ``write(site, folder)`` writes it as a static fixture site for
`newsbot.devtools.devserver` (absolute URLs as ``{{base}}``; a page with a query string as
``<name>@<query>.html``, which the devserver serves for that query).

``python -m newsbot.devtools.gensite --articles 2000 --port 8480`` serves one until interrupted;
``--write DIR`` writes it instead.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import signal
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cached_property
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from newsbot.devtools.devserver import send_page, serve_handler

#: How each section's front is paginated (assigned to the sections in turn): URL shape and pager wording.
PAGER_STYLES: tuple[str, ...] = (
    "relnext",  # ?page=N, <link rel="next"> and a numbered pager with "Next ›"
    "older",  # /page/N/, "« Newer posts" and "Older posts »"
    "numbers",  # ?page=N, a numbered pager only (a window of page numbers, no word)
    "loadmore",  # /more?offset=K, one "Load more stories" link carrying the URL
    "berikutnya",  # ?halaman=N, "Sebelumnya" / "Berikutnya"
    "weiter",  # /seite/N, "Zurück" / "Weiter"
    "siguiente",  # /pagina/N, "Anterior" / "Siguiente"
    "suivant",  # ?p=N, "Précédent" / "Suivant"
    "proxima",  # ?pg=N, "Anterior" / "Próxima"
)
_SECTIONS = ("news", "world", "business", "sport", "culture", "science", "tech", "health", "opinion", "travel")
_WORDS_PREV_NEXT = {
    "relnext": ("‹ Previous", "Next ›"),
    "older": ("« Newer posts", "Older posts »"),
    "berikutnya": ("Sebelumnya", "Berikutnya"),
    "weiter": ("Zurück", "Weiter"),
    "siguiente": ("Anterior", "Siguiente"),
    "suivant": ("Précédent", "Suivant"),
    "proxima": ("Anterior", "Próxima"),
}
_SUBJECTS = (
    "City council",
    "Harbour authority",
    "Regional hospital",
    "Local farmers",
    "University researchers",
    "Transport ministry",
    "Fishing cooperative",
    "School board",
    "Water utility",
    "Island ferry operator",
    "Chamber of commerce",
    "Volunteer firefighters",
    "Museum trustees",
    "Weather service",
    "Youth football club",
    "Airport operator",
)
_VERBS = (
    "approves",
    "delays",
    "unveils",
    "questions",
    "expands",
    "cuts",
    "reviews",
    "defends",
    "launches",
    "postpones",
    "funds",
    "rejects",
)
_OBJECTS = (
    "plan for a new bridge",
    "budget for road repairs",
    "night bus service",
    "coastal flood barrier",
    "summer festival programme",
    "rules on short-term rentals",
    "solar panels on public roofs",
    "expansion of the fish market",
    "tram line extension",
    "library opening hours",
    "vaccination drive in rural villages",
    "bid to host the regional games",
    "renovation of the old lighthouse",
    "water price increase",
    "hiring of forty nurses",
    "ban on diesel delivery vans",
)
_PLACES = (
    "in the northern districts",
    "after heated debate",
    "despite protests",
    "ahead of the winter",
    "for the third time",
    "on the waterfront",
    "across the valley",
    "before the elections",
)
_VOCAB = (
    "the residents said that the decision had been expected for months and that the costs "
    "were higher than first planned while officials insisted the work would begin in spring "
    "a spokesperson for the group told reporters on Tuesday that talks would continue "
    "several families living near the site have asked for more information about noise "
    "and traffic during construction the mayor promised regular public meetings and "
    "an independent review of the contract figures published last week show a rise "
    "of twelve percent compared with the same period a year earlier according to the "
    "annual report engineers warned that older equipment needs to be replaced soon "
    "opposition members called the plan rushed and said the public had not been consulted "
    "shop owners along the main street reported fewer visitors since the works began "
    "the regional government will cover half of the costs with the rest coming from loans "
    "experts from the university will monitor water quality throughout the project "
    "teachers welcomed the announcement but asked for clearer timetables and support"
).split()
_AUTHORS = ("Ana Lima", "Budi Santoso", "Clara Weber", "Diego Ruiz", "Elodie Martin", "Farah Aziz", "Greta Olsen")
#: Service pages every page links to (not articles).
_STATIC_PAGES = {
    "/about": "About us",
    "/contact": "Contact",
    "/privacy": "Privacy policy",
    "/terms": "Terms of use",
    "/subscribe": "Subscribe",
    "/newsletter": "Newsletters",
}
_TAGS = ("transport", "climate", "budget", "health", "education", "housing", "energy", "elections", "fisheries")


@dataclass(frozen=True)
class ArticleInfo:
    """One generated article."""

    index: int  # 0 = newest
    path: str
    section: str
    title: str
    published: datetime
    author: str
    tags: tuple[str, ...]


@dataclass
class GeneratedSite:
    """An invented news site of ``articles`` articles; pages rendered on demand (see the module docstring)."""

    articles: int = 2000
    sections: int = 9
    per_page: int = 12
    #: Share of the articles (the newest) that the feed and sitemaps list; the rest only the section pagers.
    listed_share: float = 0.25
    galleries: int = 12
    videos: int = 8
    #: The pager style of each section in turn (`PAGER_STYLES`).
    styles: tuple[str, ...] = PAGER_STYLES
    #: How many of the newest articles have an AMP copy (-1: all).
    amp_copies: int = -1
    seed: int = 16
    name: str = "Harbour Gazette"
    newest: datetime = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)
    #: Hours between two articles (newest first).
    spacing_hours: float = 5.0
    requests: Counter[str] = field(default_factory=Counter)

    # --- the site's content --------------------------------------------------------------------------
    @cached_property
    def section_names(self) -> tuple[str, ...]:
        """The sections, each paginated in its own style (`style`)."""
        return _SECTIONS[: max(1, min(self.sections, len(_SECTIONS)))]

    def style(self, section: str) -> str:
        """The pager style of a section front."""
        return self.styles[self.section_names.index(section) % len(self.styles)]

    @cached_property
    def all_articles(self) -> list[ArticleInfo]:
        """Every article, newest first."""
        out = []
        for i in range(self.articles):
            rnd = random.Random(self.seed * 1_000_003 + i)
            section = self.section_names[i % len(self.section_names)]
            title = f"{rnd.choice(_SUBJECTS)} {rnd.choice(_VERBS)} {rnd.choice(_OBJECTS)} {rnd.choice(_PLACES)}"
            published = self.newest - timedelta(hours=self.spacing_hours * i, minutes=rnd.randrange(60))
            slug = _slug(title)
            shape = i % 10
            if shape < 7:  # most sites: a date in the path
                path = f"/{section}/{published:%Y/%m/%d}/{slug}.html"
            elif shape < 9:  # a slug and a numeric id
                path = f"/{section}/{slug}-{100000 + i}"
            elif i % 20 == 9:  # an id alone
                path = f"/{section}/story/{200000 + i}"
            else:  # two words and a short number: nothing in the URL says "article"
                path = f"/{section}/{slug.split('-')[0]}-{slug.split('-')[-1]}-{i}"
            tags = tuple(sorted({rnd.choice(_TAGS), rnd.choice(_TAGS)}))
            out.append(ArticleInfo(i, path, section, title, published, rnd.choice(_AUTHORS), tags))
        return out

    @cached_property
    def by_path(self) -> dict[str, ArticleInfo]:
        """Articles by path."""
        return {a.path: a for a in self.all_articles}

    @cached_property
    def by_section(self) -> dict[str, list[ArticleInfo]]:
        """Each section's articles, newest first."""
        out: dict[str, list[ArticleInfo]] = {s: [] for s in self.section_names}
        for a in self.all_articles:
            out[a.section].append(a)
        return out

    @cached_property
    def listed(self) -> list[ArticleInfo]:
        """The newest articles: the ones feeds and sitemaps list."""
        return self.all_articles[: int(self.articles * self.listed_share)]

    def pages_of(self, section: str) -> int:
        """How many pages a section front has."""
        return max(1, -(-len(self.by_section[section]) // self.per_page))

    def page_path(self, section: str, number: int) -> str:
        """The path (with query) of page ``number`` (1-based) of a section front."""
        if number <= 1:
            return f"/{section}/"
        style = self.style(section)
        query = {"relnext": "page", "numbers": "page", "berikutnya": "halaman", "suivant": "p", "proxima": "pg"}
        if style in query:
            return f"/{section}/?{query[style]}={number}"
        if style == "older":
            return f"/{section}/page/{number}/"
        if style == "loadmore":
            return f"/{section}/more?offset={(number - 1) * self.per_page}"
        return f"/{section}/{'seite' if style == 'weiter' else 'pagina'}/{number}"

    @cached_property
    def _listing_pages(self) -> dict[str, tuple[str, int]]:
        return {self.page_path(s, n): (s, n) for s in self.section_names for n in range(1, self.pages_of(s) + 1)}

    def gallery_paths(self) -> list[str]:
        """Photo gallery pages (not articles)."""
        return [f"/gallery/{_slug(_OBJECTS[i % len(_OBJECTS)])}-in-pictures-{i}" for i in range(self.galleries)]

    def video_paths(self) -> list[str]:
        """Video pages (not articles)."""
        return [f"/video/watch-the-{_slug(_OBJECTS[i % len(_OBJECTS)])}-{i}" for i in range(self.videos)]

    def truth(self) -> dict[str, str]:
        """What each page path is: article, amp (a copy of one), listing, tag, author, search, gallery, video,
        static (about, contact...)."""
        out = {a.path: "article" for a in self.all_articles}
        out.update({"/amp" + a.path: "amp" for a in self.all_articles if self._has_amp(a)})
        out.update({p: "listing" for p in self._listing_pages})
        out["/"] = "listing"
        out.update({f"/tag/{t}/": "tag" for t in _TAGS})
        out.update({f"/author/{_slug(a)}/": "author" for a in _AUTHORS})
        out.update({f"/search?q={t}": "search" for t in _TAGS[:3]})
        out.update({p: "gallery" for p in self.gallery_paths()})
        out.update({p: "video" for p in self.video_paths()})
        out.update({p: "static" for p in _STATIC_PAGES})
        return out

    # --- rendering ---------------------------------------------------------------------------------------
    def render(self, target: str, base: str) -> tuple[int, str, bytes]:
        """(status, content type, body) for a request path with its query; ``base`` prefixes absolute URLs."""
        parts = urlsplit(target)
        path, query = parts.path or "/", parts.query
        key = f"{path}?{query}" if query else path
        html_type = "text/html; charset=utf-8"
        if path == "/robots.txt":
            return 200, "text/plain; charset=utf-8", f"User-agent: *\nSitemap: {base}/sitemap_index.xml\n".encode()
        if path == "/feed.xml":
            return 200, "application/rss+xml", self._feed(base).encode()
        if path == "/sitemap_index.xml":
            return 200, "application/xml", self._sitemap_index(base).encode()
        if path == "/sitemaps/news.xml":
            return 200, "application/xml", self._sitemap(base, news=True).encode()
        if path == "/sitemaps/latest.xml":
            return 200, "application/xml", self._sitemap(base, news=False).encode()
        if path == "/":
            return 200, html_type, self._home(base).encode()
        if key in self._listing_pages:
            return 200, html_type, self._front(base, *self._listing_pages[key]).encode()
        article = self.by_path.get(path)
        if article is not None:  # tracking parameters serve the same page, as on real sites
            return 200, html_type, self._article(base, article).encode()
        if path.startswith("/amp/") and path[4:] in self.by_path and self._has_amp(self.by_path[path[4:]]):
            return 200, html_type, self._amp(base, self.by_path[path[4:]]).encode()
        if path.startswith("/tag/") and path.rstrip("/").rsplit("/", 1)[-1] in _TAGS:
            tag = path.rstrip("/").rsplit("/", 1)[-1]
            items = [a for a in self.listed if tag in a.tags][:15]
            return 200, html_type, self._listing_page(base, f"Tag: {tag}", items, path).encode()
        if path.startswith("/author/"):
            slug = path.rstrip("/").rsplit("/", 1)[-1]
            names = [a for a in _AUTHORS if _slug(a) == slug]
            if names:
                items = [a for a in self.listed if a.author == names[0]][:15]
                return 200, html_type, self._listing_page(base, names[0], items, path).encode()
        if path == "/search":
            term = (parse_qs(query).get("q") or [""])[0]
            items = [a for a in self.listed if term and term in a.tags][:10]
            return 200, html_type, self._listing_page(base, f"Search results for {term}", items, key).encode()
        if path in _STATIC_PAGES:
            return 200, html_type, self._static(base, path).encode()
        if path in self.gallery_paths():
            return 200, html_type, self._gallery(base, path).encode()
        if path in self.video_paths():
            return 200, html_type, self._video(base, path).encode()
        return 404, html_type, b"<html><head><title>Page not found</title></head><body><h1>404</h1></body></html>"

    def _has_amp(self, a: ArticleInfo) -> bool:
        return self.amp_copies < 0 or a.index < self.amp_copies

    def _head(self, base: str, title: str, canonical: str, extra: str = "") -> str:
        return (
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)} | {self.name}</title>"
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<link rel="canonical" href="{base}{canonical}">'
            f'<link rel="alternate" type="application/rss+xml" title="{self.name}" href="{base}/feed.xml">'
            f'<link rel="stylesheet" href="/static/site.css">{extra}</head>\n<body>\n'
        )

    def _chrome_top(self) -> str:
        nav = "".join(f'<li><a href="/{s}/">{s.title()}</a></li>' for s in self.section_names)
        return (
            '<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience and '
            'to show personalised ads. <a href="/privacy">Privacy policy</a></p><button>Accept all</button></div>\n'
            f'<header class="site-header"><a class="logo" href="/">{self.name}</a>'
            f'<nav class="main-nav"><ul>{nav}</ul></nav>'
            '<a class="search-link" href="/search?q=transport">Search</a>'
            '<a class="subscribe" href="/subscribe">Subscribe</a></header>\n'
            '<div class="ad-slot ad-leaderboard">Advertisement</div>\n'
        )

    def _chrome_bottom(self) -> str:
        tags = " ".join(f'<a href="/tag/{t}/">{t}</a>' for t in _TAGS)
        galleries = "".join(
            f'<li><a href="{p}">In pictures: {p.split("/")[-1].replace("-", " ")}</a></li>'
            for p in self.gallery_paths()[:4]
        )
        return (
            f'<aside class="sidebar"><div class="ad-slot ad-mpu">Advertisement</div>'
            f'<div class="tag-cloud"><h3>Topics</h3>{tags}</div>'
            f'<div class="galleries"><h3>Galleries</h3><ul>{galleries}</ul></div></aside>\n'
            '<footer class="site-footer"><ul><li><a href="/about">About us</a></li>'
            '<li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li>'
            '<li><a href="/terms">Terms of use</a></li></ul>'
            f"<p>&copy; 2026 {self.name}. All rights reserved.</p></footer>\n</body></html>\n"
        )

    @staticmethod
    def _teaser(a: ArticleInfo, lead: bool = False) -> str:
        extra = f"<p>{html.escape(_paragraphs(a, 1)[0][:140])}…</p>" if lead else ""
        return (
            f'<article class="teaser"><h2><a href="{a.path}">{html.escape(a.title)}</a></h2>'
            f'<time datetime="{a.published.isoformat()}">{a.published:%d %b %Y}</time>{extra}</article>\n'
        )

    def _home(self, base: str) -> str:
        top = "".join(self._teaser(a, lead=True) for a in self.all_articles[:15])
        blocks = []
        for section in self.section_names:
            items = "".join(self._teaser(a) for a in self.by_section[section][:4])
            blocks.append(
                f'<section class="block"><h2><a href="/{section}/">{section.title()}</a></h2>{items}</section>'
            )
        lite = "".join(
            f'<li><a href="/amp{a.path}">{html.escape(a.title)} (lite)</a></li>'
            for a in self.all_articles[:5]
            if self._has_amp(a)
        )
        shared = "".join(
            f'<li><a href="{a.path}?utm_source=homepage&amp;utm_medium=trending">{html.escape(a.title)}</a></li>'
            for a in self.all_articles[5:10]
        )
        videos = "".join(f'<li><a href="{p}">Video</a></li>' for p in self.video_paths())
        return (
            self._head(base, "Home", "/")
            + self._chrome_top()
            + f'<main id="home"><div class="top-stories">{top}</div>{"".join(blocks)}'
            f'<div class="trending"><h3>Trending</h3><ul>{shared}</ul></div>'
            f'<div class="lite"><h3>Lite versions</h3><ul>{lite}</ul></div>'
            f'<div class="videos"><h3>Watch</h3><ul>{videos}</ul></div></main>\n' + self._chrome_bottom()
        )

    def _pager(self, section: str, number: int) -> str:
        style, last = self.style(section), self.pages_of(section)
        if style == "loadmore":
            if number >= last:
                return ""
            return (
                f'<div class="load-more-wrap"><a class="btn load-more" href="{self.page_path(section, number + 1)}" '
                'data-target="#stream">Load more stories</a></div>'
            )
        numbers = "".join(
            f'<li class="current"><span>{n}</span></li>'
            if n == number
            else f'<li><a href="{self.page_path(section, n)}">{n}</a></li>'
            for n in range(max(1, number - 3), min(last, number + 3) + 1)
        )
        if style == "numbers":
            return f'<nav class="pagination"><ul>{numbers}</ul></nav>'
        prev_word, next_word = _WORDS_PREV_NEXT[style]
        prev = f'<a class="prev" href="{self.page_path(section, number - 1)}">{prev_word}</a>' if number > 1 else ""
        nxt = f'<a class="next" href="{self.page_path(section, number + 1)}">{next_word}</a>' if number < last else ""
        if style in ("older", "weiter"):  # blog-style: words only
            return f'<div class="nav-links">{prev} {nxt}</div>'
        return f'<nav class="pagination">{prev}<ul>{numbers}</ul>{nxt}</nav>'

    def _front(self, base: str, section: str, number: int) -> str:
        items = self.by_section[section][(number - 1) * self.per_page : number * self.per_page]
        extra = ""
        if self.style(section) == "relnext" and number < self.pages_of(section):
            extra = f'<link rel="next" href="{base}{self.page_path(section, number + 1)}">'
        title = section.title() + (f" - page {number}" if number > 1 else "")
        teasers = "".join(self._teaser(a, lead=True) for a in items)
        # "Most read" points at the newest stories (also listed by the feed): as on real fronts, the same
        # few links on every page.
        popular = "".join(f'<li><a href="{a.path}">{html.escape(a.title)}</a></li>' for a in self.all_articles[:5])
        return (
            self._head(base, title, self.page_path(section, number), extra)
            + self._chrome_top()
            + f'<main class="section-front"><h1>{section.title()}</h1><div id="stream">{teasers}</div>'
            f"{self._pager(section, number)}</main>\n"
            f'<div class="most-read"><h3>Most read</h3><ol>{popular}</ol></div>\n' + self._chrome_bottom()
        )

    def _listing_page(self, base: str, title: str, items: list[ArticleInfo], canonical: str) -> str:
        teasers = "".join(self._teaser(a, lead=True) for a in items)
        return (
            self._head(base, title, canonical)
            + self._chrome_top()
            + f'<main class="listing"><h1>{html.escape(title)}</h1>{teasers}</main>\n'
            + self._chrome_bottom()
        )

    def _article(self, base: str, a: ArticleInfo) -> str:
        paras = _paragraphs(a, 7)
        body = "".join(f"<p>{html.escape(p)}</p>" for p in paras[:3])
        newer = self.by_section[a.section][:3]
        body += (
            f'<p class="read-also"><strong>Read also:</strong> <a href="{newer[0].path}">'
            f"{html.escape(newer[0].title)}</a></p>"
        )
        body += '<div class="ad-slot ad-inarticle">Advertisement</div>'
        body += "".join(f"<p>{html.escape(p)}</p>" for p in paras[3:])
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": a.published.isoformat(),
            "author": {"@type": "Person", "name": a.author},
            "publisher": {"@type": "Organization", "name": self.name},
            "mainEntityOfPage": base + a.path,
        }
        extra = (
            f'<meta property="og:type" content="article"><meta property="og:title" content="{html.escape(a.title)}">'
            f'<meta property="og:url" content="{base}{a.path}">'
            f'<meta property="article:published_time" content="{a.published.isoformat()}">'
            + (f'<link rel="amphtml" href="{base}/amp{a.path}">' if self._has_amp(a) else "")
            + f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        )
        tags = " ".join(f'<a rel="tag" href="/tag/{t}/">{t}</a>' for t in a.tags)
        share = "".join(
            f'<a class="share-{net}" href="{a.path}?utm_source={net}&amp;utm_medium=social">{net.title()}</a>'
            for net in ("facebook", "twitter", "whatsapp")
        )
        related = "".join(f'<li><a href="{r.path}">{html.escape(r.title)}</a></li>' for r in newer)
        return (
            self._head(base, a.title, a.path, extra)
            + self._chrome_top()
            + f'<nav class="breadcrumb"><a href="/">Home</a> › <a href="/{a.section}/">{a.section.title()}</a></nav>\n'
            f'<main><article class="story"><h1 class="headline">{html.escape(a.title)}</h1>'
            f'<div class="byline">By <a href="/author/{_slug(a.author)}/">{a.author}</a> · '
            f'<time datetime="{a.published.isoformat()}">{a.published:%d %B %Y, %H:%M} UTC</time></div>'
            f'<div class="share">{share}</div>'
            f'<div class="story-body">{body}</div><div class="tags">Topics: {tags}</div></article>'
            f'<section class="related"><h3>More from {a.section.title()}</h3><ul>{related}</ul></section>'
            f'<div class="newsletter">Get the morning briefing in your inbox. <a href="/newsletter">Sign up</a></div>'
            "</main>\n" + self._chrome_bottom()
        )

    def _amp(self, base: str, a: ArticleInfo) -> str:
        # The same story text as the article page (an AMP copy differs in markup, not in words).
        body = "".join(f"<p>{html.escape(p)}</p>" for p in _paragraphs(a, 7))
        return (
            f'<!DOCTYPE html>\n<html amp lang="en"><head><meta charset="utf-8"><title>{html.escape(a.title)}</title>'
            f'<link rel="canonical" href="{base}{a.path}"><meta property="og:type" content="article">'
            f'<meta property="article:published_time" content="{a.published.isoformat()}"></head>'
            f'<body><article><h1>{html.escape(a.title)}</h1><div class="byline">By {a.author}</div>{body}'
            "</article></body></html>\n"
        )

    def _static(self, base: str, path: str) -> str:
        title = _STATIC_PAGES[path]
        return (
            self._head(base, title, path)
            + self._chrome_top()
            + f'<main class="page"><h1>{title}</h1><p>{self.name} is an invented newspaper. Write to '
            "desk@gazette.example for corrections, tips and advertising.</p></main>\n" + self._chrome_bottom()
        )

    def _gallery(self, base: str, path: str) -> str:
        name = path.rsplit("/", 1)[-1].replace("-", " ")
        figures = "".join(
            f'<figure><img src="/img/{path.rsplit("/", 1)[-1]}-{i}.jpg" alt="Photo {i}">'
            f"<figcaption>Photo {i} of 12: {html.escape(name)}.</figcaption></figure>"
            for i in range(1, 13)
        )
        return (
            self._head(base, f"In pictures: {name}", path, '<meta property="og:type" content="website">')
            + self._chrome_top()
            + f'<main class="gallery"><h1>In pictures: {html.escape(name)}</h1>{figures}</main>\n'
            + self._chrome_bottom()
        )

    def _video(self, base: str, path: str) -> str:
        name = path.rsplit("/", 1)[-1].replace("-", " ")
        return (
            self._head(base, name, path, '<meta property="og:type" content="video.other">')
            + self._chrome_top()
            + f'<main class="video"><h1>{html.escape(name)}</h1><video controls src="/media/{path[7:]}.mp4"></video>'
            "<p>Duration 2:14</p></main>\n" + self._chrome_bottom()
        )

    def _feed(self, base: str) -> str:
        items = "".join(
            f"<item><title>{html.escape(a.title)}</title><link>{base}{a.path}</link>"
            f"<pubDate>{a.published:%a, %d %b %Y %H:%M:%S +0000}</pubDate></item>"
            for a in self.listed[:50]
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{self.name}</title><link>{base}/</link>{items}</channel></rss>\n"
        )

    def _sitemap_index(self, base: str) -> str:
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{base}/sitemaps/news.xml</loc></sitemap>"
            f"<sitemap><loc>{base}/sitemaps/latest.xml</loc></sitemap></sitemapindex>\n"
        )

    def _sitemap(self, base: str, news: bool) -> str:
        chosen = self.listed[:40] if news else self.listed
        rows = []
        for a in chosen:
            extra = (
                f"<news:news><news:publication><news:name>{self.name}</news:name><news:language>en"
                f"</news:language></news:publication><news:publication_date>{a.published.isoformat()}"
                f"</news:publication_date><news:title>{html.escape(a.title)}</news:title></news:news>"
                if news
                else f"<lastmod>{a.published.isoformat()}</lastmod>"
            )
            rows.append(f"<url><loc>{base}{a.path}</loc>{extra}</url>")
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + "".join(rows) + "</urlset>\n"
        )

    # --- as files -------------------------------------------------------------------------------------
    def paths(self) -> list[str]:
        """Every path (with query) the site serves, discovery documents included."""
        docs = ["/robots.txt", "/feed.xml", "/sitemap_index.xml", "/sitemaps/news.xml", "/sitemaps/latest.xml"]
        return docs + list(self.truth())


def _slug(text: str) -> str:
    return "-".join("".join(c for c in word.lower() if c.isalnum()) for word in text.split() if word.strip("-"))


def _paragraphs(a: ArticleInfo, count: int) -> list[str]:
    rnd = random.Random(a.index * 7919 + 17)
    out = []
    for n in range(count):
        words = [rnd.choice(_VOCAB) for _ in range(rnd.randrange(28, 52))]
        if n == 0:
            words = [*a.title.lower().split()[:4], *words]
        text = " ".join(words)
        out.append(text[0].upper() + text[1:] + ".")
    return out


def file_for(path: str) -> str:
    """The relative file a static copy keeps a path in (``/x/`` -> ``x/index.html``; ``/x/?page=2`` ->
    ``x/index@page=2.html``; ``/a/b`` -> ``a/b`` as is when it has a suffix, else ``a/b/index.html``)."""
    parts = urlsplit(path)
    name = parts.path.lstrip("/")
    if not name or name.endswith("/"):
        name += "index.html"
    elif "." not in name.rsplit("/", 1)[-1]:
        name += "/index.html"
    if parts.query:
        stem, dot, suffix = name.rpartition(".")
        name = f"{stem}@{parts.query}.{suffix}" if dot else f"{name}@{parts.query}"
    return name


def expected(site: GeneratedSite) -> dict[str, dict[str, object]]:
    """A fixture site's expected.json: each served page path -> ``{"kind": "article", "title", "language",
    "published_at", "listed", "on_home"}`` (``listed``: in the feed or a sitemap; ``on_home``: linked from the
    home page) or ``{"kind": "rejection", "page": what it is}``."""
    listed = {a.path for a in site.listed}
    home = site.render("/", "")[2].decode()
    out: dict[str, dict[str, object]] = {}
    for path, kind in site.truth().items():
        a = site.by_path.get(path)
        if kind == "article" and a is not None:
            out[path] = {
                "kind": "article",
                "title": a.title,
                "language": "en",
                "published_at": a.published.isoformat(),
                "listed": path in listed,
                "on_home": f'href="{path}"' in home,
            }
        else:
            out[path] = {"kind": "rejection", "page": kind}
    return out


#: The fixture site fixtures/sites/tidewater (deep pagination: six sections of five pages, three teasers a page,
#: each paginated its own way; the feed and sitemaps list the newest fifth): regenerate it with
#: ``python -m newsbot.devtools.gensite --fixture tidewater --write fixtures/sites/tidewater``.
FIXTURES: dict[str, dict[str, object]] = {
    "tidewater": {
        "articles": 90,
        "sections": 6,
        "per_page": 3,
        "listed_share": 0.2,
        "galleries": 3,
        "videos": 2,
        "seed": 21,
        "name": "Tidewater Courier",
        "newest": datetime(2026, 10, 15, 16, 30, tzinfo=UTC),
        "styles": ("relnext", "older", "numbers", "loadmore", "berikutnya", "siguiente"),
        "amp_copies": 3,
    }
}


def write(site: GeneratedSite, folder: Path) -> list[Path]:
    """Write every page as a static fixture site (absolute URLs as ``{{base}}``) and its expected.json; the
    files written."""
    written = []
    for path in site.paths():
        status, _ctype, body = site.render(path, "{{base}}")
        if status != 200:
            continue
        target = folder / file_for(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
        written.append(target)
    target = folder / "expected.json"
    target.write_text(json.dumps(expected(site), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    written.append(target)
    return written


@contextmanager
def serve(site: GeneratedSite, port: int = 0) -> Iterator[str]:
    """Serve the site on 127.0.0.1 in a thread (requests counted in ``site.requests``); yields the base URL."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "newsbot-gensite/1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
            return

        def do_GET(self) -> None:  # noqa: N802 - stdlib naming
            site.requests[self.path] += 1
            host = self.headers.get("Host") or f"127.0.0.1:{getattr(self.server, 'server_port', 0)}"
            status, ctype, body = site.render(self.path, f"http://{host}")
            send_page(self, status, ctype, body)

    with serve_handler(Handler, port) as base:
        yield base


def main(argv: list[str] | None = None) -> int:
    """Serve a generated site until interrupted, or write it to a folder."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--sections", type=int, default=9)
    parser.add_argument("--per-page", type=int, default=12)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--port", type=int, default=8480)
    parser.add_argument("--fixture", choices=sorted(FIXTURES), help="the settings of a committed fixture site")
    parser.add_argument("--write", type=Path, help="write the site as static files here instead of serving it")
    args = parser.parse_args(argv)
    if args.fixture:
        site = GeneratedSite(**FIXTURES[args.fixture])  # type: ignore[arg-type]  # the fixture's own settings
    else:
        site = GeneratedSite(args.articles, args.sections, args.per_page, seed=args.seed)
    if args.write:
        print(f"wrote {len(write(site, args.write))} files to {args.write}")
        return 0
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with serve(site, args.port) as base:
        print(f"serving {site.articles} articles at {base}", flush=True)
        try:
            stop.wait()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
