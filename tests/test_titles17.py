"""Title choice, session 17: general patterns found on blind pages written before reading titles.py."""

from __future__ import annotations

import json

from newsbot.extraction import parse_html
from newsbot.extraction.metadata import extract_metadata
from newsbot.extraction.titles import title_key


def _title(head: str, body: str, url: str = "https://www.stadtblatt.example/lokales/artikel-4711.html") -> str:
    tree = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    return extract_metadata(tree, url).title


def _ld(headline: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def test_soft_hyphens_in_the_h1_are_no_part_of_the_headline() -> None:
    # Pattern "hyphenation hints": German sites set &shy; into long compounds of the h1. The record's title is
    # the words without them (before: "Monats\xadkarten..." went into the record and its key split the word).
    head = "<title>Verkehrsbetriebe erhöhen Monatskartenpreise - Kurier</title>"
    body = "<article><h1>Verkehrs&shy;betriebe erhöhen Monats&shy;karten&shy;preise</h1><p>Text.</p></article>"
    assert _title(head, body) == "Verkehrsbetriebe erhöhen Monatskartenpreise"


def test_the_title_key_ignores_soft_hyphens() -> None:
    assert title_key("Monats\xadkarten\xadpreise steigen") == title_key("Monatskartenpreise steigen")


def test_a_leading_emoji_is_decoration_not_headline() -> None:
    # Pattern "pictograph as decoration": a red dot for breaking news before the headline in og:title and the
    # <title>; the h1 shows it as an <img> (no text). Before, og:title's "🔴 Headline" was the title.
    head = (
        '<meta property="og:title" content="🔴 Stop alla raccolta dell\'organico in tre quartieri">'
        "<title>🔴 Stop alla raccolta dell'organico in tre quartieri - Bologna Oggi</title>"
    )
    body = (
        '<article><h1><img class="emoji" alt="🔴" src="/e.svg">Stop alla raccolta dell\'organico in tre quartieri'
        "</h1><p>Testo.</p></article>"
    )
    assert _title(head, body) == "Stop alla raccolta dell'organico in tre quartieri"


def test_a_trailing_emoji_of_og_title_comes_off() -> None:
    head = '<meta property="og:title" content="Harbour fireworks light up the new year 🎆✨">'
    assert _title(head, "<div><p>Text.</p></div>") == "Harbour fireworks light up the new year"


def test_a_page_number_after_the_headline_comes_off() -> None:
    # Pattern "page number after the headline": page 2 of a split story prints "| Halaman 2" in the h1 and
    # the <title>. Before, the h1 with the page number won (the <title> confirmed it).
    head = (
        '<meta property="og:title" content="Ganjil Genap Berlaku di Lima Ruas Jalan Bandung">'
        "<title>Ganjil Genap Berlaku di Lima Ruas Jalan Bandung Halaman 2 - PrianganNews</title>"
    )
    body = (
        "<article><h1>Ganjil Genap Berlaku di Lima Ruas Jalan Bandung <span>| Halaman 2</span></h1>"
        "<p>Teks.</p></article>"
    )
    assert _title(head, body) == "Ganjil Genap Berlaku di Lima Ruas Jalan Bandung"


def test_a_page_number_is_taken_off_a_title_element_alone() -> None:
    head = "<title>Microsoft verteilt das Vorbereitungsupdate - Seite 34</title>"
    assert _title(head, "<div><p>Text.</p></div>") == "Microsoft verteilt das Vorbereitungsupdate"


def test_a_headline_ending_in_a_part_number_keeps_it() -> None:
    # Guard: "Part 2" is the story's own numbering (a series), no pager label; it stays.
    head = "<title>How the valley lost its water, Part 2</title>"
    body = "<article><h1>How the valley lost its water, Part 2</h1><p>Text.</p></article>"
    assert _title(head, body) == "How the valley lost its water, Part 2"


def test_a_comment_count_inside_the_h1_comes_off() -> None:
    # Pattern "count in the heading": a WordPress theme sets the comment link ("12 Comments") inside the
    # h1; og:title shows the headline without it. Before, "Headline 12 Comments" was the title.
    head = '<meta property="og:title" content="Covered bridge to close for five months &#8211; Messenger">'
    body = (
        '<article><h1 class="entry-title">Covered bridge to close for five months <a href="#comments">'
        '<span class="count">12 Comments</span></a></h1><p>Text.</p></article>'
    )
    assert _title(head, body) == "Covered bridge to close for five months"


def test_a_number_and_word_ending_the_h1_stay_when_no_source_drops_them() -> None:
    # Guard: the count rule needs another source without the trailer; a headline ending in "<b>40 Buses</b>"
    # that og:title repeats whole keeps it.
    head = '<meta property="og:title" content="City orders 40 Buses">'
    body = "<article><h1>City orders <b>40 Buses</b></h1><p>Text.</p></article>"
    assert _title(head, body) == "City orders 40 Buses"


def test_a_line_break_in_the_h1_is_a_space() -> None:
    # Pattern "headline over two lines": "<h1>Naik,<br>Pedagang</h1>" with no whitespace around the <br> is
    # two words. Before, the words were glued ("Naik,Pedagang") and no other source confirmed the h1.
    head = "<title>Harga Cabai Naik, Pedagang Mengeluh - Kota</title>"
    body = "<article><h1>Harga Cabai Naik,<br>Pedagang Mengeluh</h1><p>Teks.</p></article>"
    assert _title(head, body) == "Harga Cabai Naik, Pedagang Mengeluh"


def test_a_kicker_line_over_a_br_comes_off_when_og_title_shows_the_headline_alone() -> None:
    # Guard (passed before too): with the <br> now a space, the kicker element still comes off
    # ("<h1><small>Exklusiv</small><br>Headline</h1>") when og:title shows the headline alone.
    head = '<meta property="og:title" content="Hafen bekommt neuen Kran">'
    body = "<article><h1><small>Exklusiv</small><br>Hafen bekommt neuen Kran</h1><p>Text.</p></article>"
    assert _title(head, body) == "Hafen bekommt neuen Kran"


def test_an_icon_title_inside_the_h1_is_no_word_of_the_headline() -> None:
    # Pattern "never shown": an <svg> icon's <title> is a tooltip ("Nur mit Abo" after a paywalled headline).
    # Before, its text was glued to the headline and outvoted the <title>.
    head = "<title>Hafen bekommt neuen Kran | Stadtblatt</title>"
    body = (
        "<article><h1>Hafen bekommt neuen Kran <svg aria-label='Abo'><title>Nur mit Abo</title></svg></h1>"
        "<p>Text.</p></article>"
    )
    assert _title(head, body) == "Hafen bekommt neuen Kran"


def test_hidden_template_noscript_and_button_text_in_the_h1_is_not_shown() -> None:
    head = "<title>Hafen bekommt neuen Kran | Stadtblatt</title>"
    for inner in (
        "<span hidden>Anzeige</span>",
        "<span style='display: none'>Anzeige</span>",
        "<template><span>Platzhalter Text</span></template>",
        "<noscript>Bitte JavaScript aktivieren</noscript>",
        "<button class='share'>Teilen</button>",
    ):
        body = f"<article><h1>Hafen bekommt neuen Kran{inner}</h1><p>Text.</p></article>"
        assert _title(head, body) == "Hafen bekommt neuen Kran", inner


def test_a_hidden_h1_itself_keeps_its_text() -> None:
    # Guard: only what a heading holds is judged; an h1 hidden as a whole (an SEO copy) is read as before.
    head = "<title>Hafen bekommt neuen Kran | Stadtblatt</title>"
    body = "<article><h1 hidden>Hafen bekommt neuen Kran <em>heute</em></h1><p>Text.</p></article>"
    assert _title(head, body) == "Hafen bekommt neuen Kran heute"


def test_a_badge_after_the_headline_comes_off_when_another_source_shows_it_alone() -> None:
    # Pattern "badge after the headline": "<span class=badge>Plus</span>" closing the h1 marks a paywalled
    # story. Before, "Headline Plus" was the title.
    head = '<meta property="og:title" content="Hafen bekommt neuen Kran">'
    body = "<article><h1>Hafen bekommt neuen Kran <span class='badge'>Plus</span></h1><p>Text.</p></article>"
    assert _title(head, body) == "Hafen bekommt neuen Kran"


def test_a_last_word_in_markup_without_a_badge_class_stays() -> None:
    # Guard: an emphasised last word is the headline's own, even when og:title was cut before it.
    head = '<meta property="og:title" content="Wir lieben den Hafen von">'
    body = "<article><h1>Wir lieben den Hafen von <em>Hamburg</em></h1><p>Text.</p></article>"
    assert _title(head, body) == "Wir lieben den Hafen von Hamburg"
