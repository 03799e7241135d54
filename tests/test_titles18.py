"""Title choice, session 16 round 2 (titles18): a kicker joined to the headline by a visually hidden mark."""

from __future__ import annotations

from pagekit import ld, title_of

from newsbot.extraction import parse_html
from newsbot.extraction.titles import colon_kickers

URL = "https://www.stadtkurier.example/region/artikel-4711.html"


def _ld(headline: str) -> str:
    return ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline})


def _meta(og: str, title: str) -> str:
    return f'<meta property="og:title" content="{og}"><title>{title}</title>'


def test_hidden_colon_kicker_in_a_heading_h2_keeps_the_kicker() -> None:
    # Pattern "hidden colon after a kicker": the headline set as an h2 of kicker + hidden ":" + headline,
    # og:title and the <title> read "Kicker: Headline", the JSON-LD headline omits the kicker.
    # Before: the JSON-LD headline won.
    head = _meta(
        "Mietspiegel Kassel: Vergleichsmiete steigt um acht Prozent",
        "Mietspiegel Kassel: Vergleichsmiete steigt um acht Prozent - Kurier",
    )
    head += _ld("Vergleichsmiete steigt um acht Prozent")
    body = (
        '<article><h2 class="headline"><span class="kicker">Mietspiegel Kassel</span>'
        '<span class="visually-hidden">: </span>'
        '<span class="title">Vergleichsmiete steigt um acht Prozent</span></h2><p>Text.</p></article>'
    )
    assert title_of(head, body, URL) == "Mietspiegel Kassel: Vergleichsmiete steigt um acht Prozent"


def test_hidden_colon_kicker_before_the_h1_keeps_the_kicker() -> None:
    # The kicker span and the hidden ":" stand before the h1 (a header label). Before: the JSON-LD headline won.
    head = _meta("Wohnungsbau in Kassel: Nur 900 neue Wohnungen", "Wohnungsbau in Kassel: Nur 900 neue Wohnungen")
    head += _ld("Nur 900 neue Wohnungen")
    body = (
        '<article><header><span class="header-label">Wohnungsbau in Kassel</span><span class="sr-only">:</span>'
        "<h1>Nur 900 neue Wohnungen</h1></header><p>Text.</p></article>"
    )
    assert title_of(head, body, URL) == "Wohnungsbau in Kassel: Nur 900 neue Wohnungen"


def test_hidden_colon_kicker_beats_a_reworded_json_ld_headline() -> None:
    # The JSON-LD headline is an SEO wording; page markup and og:title agree on "Kicker: shown headline".
    head = _meta("Nachtzug Kassel–Wien: Bahn stellt Verbindung ein", "Nachtzug Kassel–Wien: Bahn stellt Verbindung ein")
    head += _ld("Bahn stellt Nachtzug Kassel–Wien ein")
    body = (
        '<article><h2><span class="kicker">Nachtzug Kassel–Wien</span><span class="sr-only">: </span>'
        '<span class="headline">Bahn stellt Verbindung ein</span></h2><p>Text.</p></article>'
    )
    assert title_of(head, body, URL) == "Nachtzug Kassel–Wien: Bahn stellt Verbindung ein"


def test_hidden_colon_closing_the_kicker_element_keeps_the_kicker() -> None:
    # The hidden ":" is the kicker element's last child (Zeit-like markup), the headline the element after.
    head = _meta("Euroleague: Nach Schlägerei drohen Sperren", "Euroleague: Nach Schlägerei drohen Sperren")
    head += _ld("Nach Schlägerei drohen Sperren")
    body = (
        '<article><h2><span class="kicker">Euroleague<span class="visually-hidden">:</span></span> '
        '<span class="title">Nach Schlägerei drohen Sperren</span></h2><p>Text.</p></article>'
    )
    assert title_of(head, body, URL) == "Euroleague: Nach Schlägerei drohen Sperren"


def test_hidden_colon_without_metadata_reading_it_changes_nothing() -> None:
    # Guard: no source reads "Kicker: Headline": the headline alone stays (the kicker is a label).
    head = _meta("Vaporetti, corse ogni dieci minuti", "Vaporetti, corse ogni dieci minuti - Cronaca")
    head += _ld("Vaporetti, corse ogni dieci minuti")
    body = (
        '<article><h1><span class="overtitle">Trasporti</span><span class="visually-hidden">: </span>'
        "Vaporetti, corse ogni dieci minuti</h1><p>Text.</p></article>"
    )
    assert title_of(head, body, URL) == "Vaporetti, corse ogni dieci minuti"


def test_a_teaser_kicker_elsewhere_is_not_the_headline() -> None:
    # Guard: a related teaser joined by a hidden colon, which no metadata field reads, does not touch the title.
    head = _meta("Bahn stellt Verbindung ein", "Bahn stellt Verbindung ein") + _ld("Bahn stellt Verbindung ein")
    body = (
        "<article><h1>Bahn stellt Verbindung ein</h1><p>Text.</p></article>"
        '<aside><a><span class="kicker">Verkehr</span><span class="sr-only">:</span>'
        "<span>Busse fahren länger</span></a></aside>"
    )
    assert title_of(head, body, URL) == "Bahn stellt Verbindung ein"


def test_hidden_dash_sets_the_kicker_off_the_headline() -> None:
    # Pattern "hidden dash after a kicker": the h1's kicker followed by a hidden " – " is a label; og:title
    # copies the heading's whole text, JSON-LD and the <title> give the headline alone. Before: og:title and
    # the h1's whole text outvoted JSON-LD and the kicker stayed.
    head = _meta(
        "Island lifeline – Ferry timetable cut for winter", "Ferry timetable cut for winter | Harbour Times"
    ) + _ld("Ferry timetable cut for winter")
    body = (
        '<article><h1><span class="kicker">Island lifeline</span><span class="visually-hidden"> – </span>'
        "Ferry timetable cut for winter</h1><p>Text.</p></article>"
    )
    assert title_of(head, body, URL) == "Ferry timetable cut for winter"


def test_colon_kickers_reads_the_pairs() -> None:
    tree = parse_html(
        '<html><body><h2><span>Topic line</span><span class="sr-only">: </span><span>The headline here</span></h2>'
        '<p><span>Label</span><span class="sr-only">–</span><span>Not a colon pair</span></p></body></html>'
    )
    assert colon_kickers(tree) == [("Topic line", "The headline here")]
