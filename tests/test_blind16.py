"""Session 15's second round of blind fixture pages (blind16): the shapes they showed newsbot missing.

- "series of entries": an undated page whose text is mostly rows of one shape, each linking to its own
  page or action (a TV schedule, a live-score board, an index of press releases, death notices or
  newsletter issues), is a listing; a dated story with such a list below it stays an article.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pagekit import fixture_record

from newsbot.extraction import extract
from newsbot.models import Article, Rejection

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"


def _extract(stem: str) -> Article | Rejection:
    return fixture_record(stem)


@pytest.mark.parametrize(
    "stem",
    [
        "nonarticle-tvguide-1",
        "nonarticle-scores-1",
        "nonarticle-pressreleases-1",
        "nonarticle-obituaries-1",
        "nonarticle-newsletter-2",
    ],
)
def test_undated_series_of_entries_is_a_listing(stem: str) -> None:
    # Before: each was emitted as an article (its rows as the body, the page heading as the title).
    record = _extract(stem)
    assert isinstance(record, Rejection)
    assert record.reason == "not_article"


ROWS = "".join(
    f'<li class="row"><span>{d}</span> <a href="/notice/{i}">Notice of the harbour board meeting {i}</a></li>'
    for i, d in enumerate(["3 March", "28 February", "26 February", "24 February", "21 February"])
)


def _page(head: str, intro: str) -> bytes:
    return (
        f"<html><head><title>Harbour board notices</title>{head}</head><body><h1>Harbour board notices</h1>"
        f"<p>{intro}</p><ul class='notices'>{ROWS}</ul></body></html>"
    ).encode()


def test_undated_notice_index_is_rejected() -> None:
    record = extract(_page("", "Notices of the board."), "https://harbour.example/notices/", http_status=200)
    assert isinstance(record, Rejection)


def test_dated_short_post_with_a_series_stays_an_article() -> None:
    # The page states its own date: a short dated post that lists notices is the post, not the list.
    head = '<meta property="article:published_time" content="2025-03-04T10:00:00+00:00">'
    intro = "The harbour board publishes its notices for the spring season, and these are the five meetings."
    record = extract(_page(head, intro), "https://harbour.example/2025/03/04/spring-notices/", http_status=200)
    assert isinstance(record, Article)


def _credited_page(meta_author: str, site: str) -> bytes:
    story = (
        "<p>The harbour board agreed on Monday to rebuild the old wooden pier before winter, after divers found "
        "that storms had loosened most of the piles that hold up its northern end.</p>"
    ) * 3
    return (
        f'<html lang="en"><head><title>Board rebuilds pier</title><meta property="og:site_name" content="{site}">'
        f'<meta name="author" content="{meta_author}"><meta property="og:type" content="article"></head><body>'
        f'<h1>Board rebuilds pier</h1><div class="byline">By <a href="/author/jane-doe">Jane Doe</a></div>'
        f"<article>{story}</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "credit",
    [
        "HP Online",  # the outlet's initials and a descriptor (pattern "initials and descriptor")
        "Harbour Post Westside",  # the outlet's brand (its host) and an edition
    ],
)
def test_outlet_brand_with_descriptor_in_metadata_yields_to_the_visible_writer(credit: str) -> None:
    # Before: the author meta tag's outlet credit was kept as the author over the byline's person.
    record = extract(
        _credited_page(credit, "Harbour Post News"), "https://www.harbourpost.example/news/pier", http_status=200
    )
    assert isinstance(record, Article)
    assert record.authors == ["Jane Doe"]


def test_bh_family_byline_beats_the_online_desk_credit() -> None:
    record = _extract("ms-bharianraya-pahang-naik-taraf-jalan-kampung")
    assert isinstance(record, Article)
    assert record.authors == ["Nurul Huda Mansor"]


@pytest.mark.parametrize(
    ("stem", "junk"),
    [
        ("id-kumparanraya-kemenhub-siapkan-bus-mudik-gratis", ["Bagaimana reaksimu", "Konten Terkait", "Tiket Kereta"]),
        (
            "es-lanacionraya-estacionamiento-medido-celular-15-barrios",
            ["minutos de lectura", "Seguí leyendo", "Conforme a los criterios", "Otras noticias de"],
        ),
        (
            "en-axiosraya-denver-car-free-streets-vote",
            ["Get more local stories", "Support local journalism", "No stories could be found"],
        ),
        ("tl-bomboraya-rotational-brownout-sa-iloilo", ["Makinig sa Bombo"]),
    ],
)
def test_chrome_lines_of_the_page_language_go(stem: str, junk: list[str]) -> None:
    # Before: each line stayed in the body (words added to the lexicon: junk.py families, junklines.py).
    record = _extract(stem)
    assert isinstance(record, Article)
    assert [j for j in junk if j in record.text] == []


def test_name_then_job_in_a_byline_element_beats_the_outlet_credit() -> None:
    # Before: "Agus Setiawan , Jurnalis-<date>" had no byline prefix and the outlet (the author meta tag) stayed.
    record = _extract("id-okezoneraya-harga-cabai-rawit-bandung-melonjak")
    assert isinstance(record, Article)
    assert record.authors == ["Agus Setiawan"]


def test_undated_link_blog_post_is_no_series_of_entries() -> None:
    # A list whose items are their links and nothing else is a link-blog post (an in-sample devset page
    # was rejected by the first version of the rule).
    items = "".join(
        f'<li><a href="https://other.example/{i}">Hospital costs and the {w} question</a></li>'
        for i, w in enumerate(["insurance", "staffing", "billing", "pricing", "coding", "debt"])
    )
    page = (
        "<html><head><title>Links for Wednesday</title></head><body><h1>Links for Wednesday</h1>"
        f"<ul class='links'>{items}</ul><p>Plus, a guest post on the hosting of the weekly roundup.</p></body></html>"
    ).encode()
    record = extract(page, "https://healthblog.example/links-for-wednesday.html", http_status=200)
    # (this short page may be too short for other rules; the series rule must not call it a listing)
    assert not (isinstance(record, Rejection) and "series" in (record.detail or ""))
