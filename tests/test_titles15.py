"""Title choice, session 15: general patterns found on blind pages written before reading titles.py."""

from __future__ import annotations

import json

from newsbot.extraction import parse_html
from newsbot.extraction.metadata import extract_metadata


def _title(head: str, body: str, url: str = "https://www.stadtblatt.example/lokales/artikel-4711.html") -> str:
    tree = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    return extract_metadata(tree, url).title


def _ld(headline: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


_LONG = (
    "Strasbourg : la ville renonce au tramway vers Kehl et mise sur des bus électriques à haut niveau de"
    " service jusqu'en 2030"
)


def test_a_json_ld_headline_cut_inside_a_word_gives_way_to_the_whole_headline() -> None:
    # Pattern "headline field cut at a length limit": the CMS cut the JSON-LD headline at 110 characters,
    # inside a word and without an ellipsis; the h1 and the <title> hold it whole. Before, the cut won.
    cut = _LONG[:110]
    assert cut.endswith(" ju")
    head = f"<title>{_LONG} - Le Courrier</title>" + _ld(cut)
    body = f"<header><a href='/'>Le Courrier</a></header><article><h1>{_LONG}</h1><p>Texte.</p></article>"
    assert _title(head, body) == _LONG


def test_a_json_ld_headline_ending_on_a_whole_word_is_not_a_cut() -> None:
    # Guard: a JSON-LD headline that the h1 goes on from after a space (a subtitle glued into the h1) is no
    # cut inside a word, and the structured headline stays.
    head = "<title>Hafen bekommt neuen Kran</title>" + _ld("Hafen bekommt neuen Kran")
    body = "<article><h1>Hafen bekommt neuen Kran Mehr Umschlag ab Mai</h1><p>Text.</p></article>"
    assert _title(head, body) == "Hafen bekommt neuen Kran"


def test_an_og_title_trimmed_inside_and_at_the_end_gives_way_to_the_headline_stated_twice() -> None:
    # Pattern "social title trimmed": no structured data; the h2 headline under a logo h1 and the <title>
    # agree, og:title keeps only some of their words in order. Before, og:title won.
    headline = "Pemkot Surabaya Tambah 40 Bus Listrik untuk Rute Pinggiran Kota"
    head = (
        f"<title>{headline} | Nasional | Kabar Nusantara</title>"
        '<meta property="og:title" content="Surabaya Tambah 40 Bus Listrik">'
    )
    body = (
        '<div class="header-top"><h1 class="logo"><a href="/">Kabar Nusantara</a></h1></div>'
        f'<div class="read__content"><h2 class="read__title">{headline}</h2><p>Isi berita.</p></div>'
    )
    assert _title(head, body, "https://www.kabarnusantara.example/nasional/read/2025/07/15/1/bus") == headline


def test_an_og_title_in_capitals_with_words_left_out_gives_way_to_the_headline() -> None:
    # The same pattern with a card set in capitals: "SCHEVENINGEN: BETAALD PARKEREN OP ZONDAG" drops
    # "krijgt vanaf zomer" from the h1 that the <title> repeats. Before, og:title won.
    headline = "Scheveningen krijgt vanaf zomer betaald parkeren op zondag"
    head = (
        f"<title>{headline} | Haagsche Stadskrant</title>"
        '<meta property="og:title" content="SCHEVENINGEN: BETAALD PARKEREN OP ZONDAG">'
    )
    body = f"<article><h1>{headline}</h1><p>Bezoekers betalen voortaan ook op zondag.</p></article>"
    assert _title(head, body) == headline


def test_an_og_title_one_word_apart_from_the_headline_stays() -> None:
    # Guard: one word dropped is a copy edit, which either wording may be; the old order (og:title first
    # without structured data) decides, as before.
    head = (
        "<title>Council approves new harbour cycle lane plan | Gazette</title>"
        '<meta property="og:title" content="Council approves harbour cycle lane plan">'
    )
    body = "<article><h1>Council approves new harbour cycle lane plan</h1><p>Text.</p></article>"
    assert _title(head, body) == "Council approves harbour cycle lane plan"


def test_a_headline_stated_only_in_the_title_element_is_kept() -> None:
    # Blind page (passed before): no h1, og:title or JSON-LD; the <title> "Headline - Site" is all there is.
    head = "<title>Gemeinde erhöht Hundesteuer ab Januar - Stadtblatt</title>"
    body = "<div class='text'><p>Die Gemeinde erhöht die Hundesteuer.</p></div>"
    assert _title(head, body) == "Gemeinde erhöht Hundesteuer ab Januar"
