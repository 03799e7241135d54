"""Session 16's blind round of Western outlets (blind17b): the shapes its pages showed newsbot missing.

- "series of entries" whose rows are sentences: a corrections page lists dated corrections, each a sentence
  or two with a link to the corrected story; on a page naming no author the prose inside the rows is theirs.
- rows read from their elements glue a heading inside a link to the field after it: compared without
  whitespace with the body's lines (a recipe index's cards).
- "data page" notes counted in words with letters: a results page's per-region lines of figures are data.
- topic pages: "topic" in the outlets' languages names a listing's directory (/thema/, /topicos/), and a
  topic page's intro of several paragraphs does not make it a story when it names no author.
- chrome lines: a paywall's offer, a newsletter blurb, a TV station's app promo, a reader call, the label
  "More news:" before a related headline, the Italian reading time.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pagekit import fixture_record

from newsbot.extraction import _listing_url, extract
from newsbot.models import Article, Rejection

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"


def _extract(stem: str) -> Article | Rejection:
    return fixture_record(stem)


@pytest.mark.parametrize(
    "stem",
    [
        "nonarticle-corrections-1",
        "nonarticle-newsletter-3",
        "nonarticle-recipes-1",
        "nonarticle-results-3",
        "nonarticle-topic-3",
    ],
)
def test_blind_non_articles_are_rejected(stem: str) -> None:
    # Before: each was emitted as an article (its intro, rows or table as the body).
    record = _extract(stem)
    assert isinstance(record, Rejection), record
    assert record.reason == "not_article"


_CORRECTIONS = [
    (
        "March 4, 2025",
        "A March 2 article about the harbour budget misstated the size of the levy increase. It is 4.5%.",
    ),
    (
        "March 3, 2025",
        "A photo caption on March 1 misidentified a rowing club captain. She is Ana Lund, not Ana Lunde.",
    ),
    ("March 1, 2025", "A Feb. 27 obituary gave the wrong date for a memorial service at the chapel. It is March 8."),
    (
        "February 28, 2025",
        "A Feb. 26 story misstated the opening year of the new ferry terminal. It is expected in 2030.",
    ),
    (
        "February 27, 2025",
        "A Feb. 25 article misspelled the name of the school board chair on second reference. She is Ida Vue.",
    ),
]


def _corrections_page(head: str = "", byline: str = "") -> bytes:
    rows = "".join(
        f'<div class="correction"><time>{day}</time><p>{text} The story has been updated.</p>'
        f'<a href="/story/{600100 + i}/">Read the corrected article</a></div>'
        for i, (day, text) in enumerate(_CORRECTIONS)
    )
    return (
        f"<html lang='en'><head><title>Corrections</title>{head}</head><body><h1>Corrections</h1>{byline}"
        "<p>The Harbour Ledger corrects errors of fact. To report an error, write to the desk or call the"
        f" newsroom.</p><section>{rows}</section></body></html>"
    ).encode()


def test_corrections_page_is_a_listing() -> None:
    # Before: an article whose body was the corrections (two of them long enough to be prose).
    record = extract(_corrections_page(), "https://ledger.example/corrections/", http_status=200)
    assert isinstance(record, Rejection), record
    assert record.reason == "not_article"


def test_the_same_rows_under_a_byline_stay_a_story() -> None:
    # A page that names its writer is a story about the corrections (the rule reads author-less pages only;
    # each row here is a sentence of prose, 20+ words).
    head = '<meta name="author" content="Jane Roe">'
    record = extract(
        _corrections_page(head, "<p class='byline'>By Jane Roe</p>"),
        "https://ledger.example/corrections/",
        http_status=200,
    )
    assert isinstance(record, Article), record


_PROSE = (
    "The harbour board voted on Tuesday to rebuild the old wooden pier, which has been closed since a storm "
    "damaged its pilings two winters ago, and work is due to start in May once the contracts are signed."
)


def test_article_with_a_results_table_stays_an_article() -> None:
    rows = "".join(
        f"<tr><td>Party {c}</td><td>{n}</td><td>{n * 1000}</td><td>{n}.5%</td></tr>"
        for c, n in zip("ABCDEF", range(1, 7), strict=True)
    )
    page = (
        "<html lang='en'><head><title>Count ends</title></head><body><h1>Count ends in the county</h1>"
        f"<p>{_PROSE}</p><table>{rows}</table><p>{_PROSE}</p><p>{_PROSE}</p></body></html>"
    ).encode()
    record = extract(page, "https://ledger.example/news/count-ends-in-the-county", http_status=200)
    assert isinstance(record, Article), record


@pytest.mark.parametrize(
    ("url", "mark"),
    [
        ("https://zeitung.example/thema/bahn/", "path"),
        ("https://folha.example/topicos/dengue/", "path"),
        ("https://giornale.example/argomenti/meteo/", "path"),
        ("https://krant.example/onderwerpen/wonen/", "path"),
        ("https://zeitung.example/thema/bahn/streik-legt-den-regionalverkehr-lahm-2556781", None),
    ],
)
def test_topic_words_mark_a_listing_path(url: str, mark: str | None) -> None:
    assert _listing_url(url) == mark


_SECOND = (
    "Fishermen who tie up along the pier have asked the board for years to repair it, and several of them told "
    "the meeting that the closure had forced them to unload their catch at the ferry slip across the bay."
)
_THIRD = (
    "The board's engineer said the new pier would stand on steel piles driven deeper into the harbour floor, "
    "and that the deck would be raised by half a metre to keep it clear of the highest winter tides."
)


def _topic_page(head: str = "", byline: str = "") -> bytes:
    links = "".join(
        f'<li><a href="/thema/klima/{2556700 + i}">Story number {i} about the climate and the harbour</a></li>'
        for i in range(6)
    )
    return (
        f"<html lang='en'><head><title>Climate</title>{head}</head><body><h1>Climate</h1>{byline}"
        f"<p>{_PROSE}</p><p>{_SECOND}</p><p>{_THIRD}</p><ul>{links}</ul></body></html>"
    ).encode()


def test_topic_page_with_a_long_intro_is_a_listing() -> None:
    # Before: an article (three paragraphs of intro were too much prose for the listing URL's test).
    record = extract(_topic_page(), "https://ledger.example/thema/klima/", http_status=200)
    assert isinstance(record, Rejection), record


def test_story_with_a_writer_at_a_topic_address_stays_an_article() -> None:
    head = '<meta name="author" content="Jane Roe">'
    record = extract(_topic_page(head, "<p>By Jane Roe</p>"), "https://ledger.example/thema/klima/", http_status=200)
    assert isinstance(record, Article), record


@pytest.mark.parametrize(
    "line",
    [
        "MORE NEWS: Shark sighting closes the beach",
        "Get unlimited access to Ledger.example for $1.99/month for the first year. Cancel anytime.",
        "The latest in politics and policy. Direct to your inbox.",
        "Download the Channel 12 News app for breaking news and weather alerts.",
        "Do you have a story to share? Email us at desk@ledger.example",
        "2 minuti di lettura",
        "Continue a ler",
        "Catch all the City News, Breaking News Events and Latest News Updates on The Ledger.",
    ],
)
def test_chrome_lines_leave_the_body(line: str) -> None:
    # Before: each line stayed in the story's text.
    page = (
        "<html lang='en'><head><title>Pier rebuilt</title></head><body><article><h1>Harbour board rebuilds pier</h1>"
        f"<p>{_PROSE}</p><p>{line}</p><p>{_PROSE} The board meets again in June.</p></article></body></html>"
    ).encode()
    record = extract(page, "https://ledger.example/news/harbour-board-rebuilds-pier", http_status=200)
    assert isinstance(record, Article), record
    assert line not in record.text
    assert "The board meets again in June." in record.text


def test_post_whose_paragraphs_each_hold_a_link_stays_an_article() -> None:
    # A colophon or a short essay without a byline: sibling paragraphs, each a sentence or two with a link in
    # it, are prose, not a series of rows (the relaxed "series of entries" test reads boxes beside their link).
    tools = ["Harbour CMS", "Tidewater Stats", "Quay Fonts", "Pier Hosting", "Buoy Mail"]
    paragraphs = "".join(
        f"<p>The site has been built on <a href='https://{i}.example/'>{tool}</a> since the first issue came out, "
        "and every page you read here was written, edited and published with it by the two of us.</p>"
        for i, tool in enumerate(tools)
    )
    page = (
        "<html lang='en'><head><title>Colophon</title></head><body><h1>Colophon</h1>"
        f"<p>This little magazine is written and produced by two neighbours on the harbour front.</p>{paragraphs}"
        "</body></html>"
    ).encode()
    record = extract(page, "https://harbour.example/colophon/", http_status=200)
    assert isinstance(record, Article), record
