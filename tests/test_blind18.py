"""Session 16's blind round of article kinds (blind18): the shapes its pages showed newsbot missing.

- "dated link rows": an index of live blogs (or podcasts, stories) lists each as a link with its <time> and
  no lead; MIN_TEASERS+ such rows and no paragraph of story make the page an index, while a live blog's own
  timestamped entries (each with its text) keep it an article.
- "paywall teaser": a paywalled story that shows two paragraphs of story prose above its subscription box
  is a partial article, even when the two are shorter than PAYWALL_TEASER_PROSE_WORDS together.
- chrome lines: a press release's contact heading, a sponsor's promo line, a print view's closing pointer
  to the story online, a Dutch metered paywall's lines, a Portuguese newsletter pitch.
"""

from __future__ import annotations

import pytest

from newsbot.extraction import extract
from newsbot.extraction.junk import JunkTable
from newsbot.models import Article, Rejection
from tests.pagekit import ld, page

pytestmark = pytest.mark.unit

_ROWS = "".join(
    f'<li><a href="/live/2026/dec/0{d}/story-{d}">Storm and rail updates as they happened on day {d}</a>'
    f' <time datetime="2026-12-0{d}T09:00:00+00:00">{d} Dec</time></li>'
    for d in range(1, 7)
)


def test_index_of_dated_links_is_rejected() -> None:
    body = (
        "<header><a href='/'>Home</a> <a href='/news'>News</a></header><main><h1>Live coverage</h1>"
        "<p>Follow our live blogs for minute-by-minute updates on breaking news and big matches.</p>"
        f"<ul>{_ROWS}</ul></main><footer>© 2026 Star Media</footer>"
    )
    got = extract(
        page('<meta property="og:type" content="website">', body, "Live coverage"), "https://star.example/live"
    )
    assert isinstance(got, Rejection) and got.reason == "not_article"


def test_live_blog_entries_with_permalinks_stay_an_article() -> None:
    entries = "".join(
        f'<div class="entry"><time datetime="2026-12-01T0{h}:00:00+00:00">0{h}:00</time>'
        f'<a href="#e{h}">Link</a><p>Crews reopened lane {h} of the bypass after clearing fallen trees and'
        f" debris, and police asked drivers to keep clear of the area while repairs to the barrier go on.</p></div>"
        for h in range(1, 7)
    )
    body = f"<article><h1>Storm live: roads reopen</h1><p>By Ann Lee</p>{entries}</article>"
    head = ld({"@type": "LiveBlogPosting", "headline": "Storm live: roads reopen", "datePublished": "2026-12-01"})
    got = extract(page(head, body, "Storm live: roads reopen"), "https://star.example/live/2026/dec/01/storm")
    assert isinstance(got, Article)
    assert "Crews reopened lane 6 of the bypass" in got.text


def test_paywall_teaser_of_two_short_paragraphs_is_kept() -> None:
    first = (
        "The city will build 2000 fewer homes in the harbour district than planned, the alderman for planning"
        " told the council on Monday evening."
    )
    second = (
        "Developers who bought land there over the past years in the hope of building flats from 2028 reacted"
        " with dismay."
    )
    body = (
        f"<article><h1>City cuts harbour homes plan</h1><p>By Tom Baker</p><p>{first}</p><p>{second}</p>"
        '<div class="paywall"><h3>Subscribe to read more</h3><p>Already a subscriber? Log in</p></div></article>'
    )
    head = ld(
        {
            "@type": "NewsArticle",
            "headline": "City cuts harbour homes plan",
            "datePublished": "2026-12-01T05:30:00+01:00",
            "isAccessibleForFree": False,
        }
    )
    got = extract(page(head, body, "City cuts harbour homes plan"), "https://koerier.example/city/harbour-homes")
    assert isinstance(got, Article)
    assert first in got.text and second in got.text


@pytest.mark.parametrize(
    "line",
    [
        "Pressekontakt",
        "Sponsored: Ship faster with CloudDeploy. Start your free trial today.",
        "Retrouvez cet article sur https://www.example.fr/angers/tramway",
        "Lees verder met een abonnement",
        "Je hebt 0 van 3 gratis artikelen over. Neem een digitaal abonnement en lees onbeperkt.",
        "Al abonnee? Log in",
        "Subscreva a newsletter do Guia e receba as melhores sugestões de fim de semana.",
    ],
)
def test_chrome_lines_are_junk(line: str) -> None:
    assert JunkTable().is_junk(line)
