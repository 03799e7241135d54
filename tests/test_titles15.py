"""Title choice, session 15: general patterns found on blind pages written before reading titles.py."""

from __future__ import annotations

from pagekit import ld, title_of


def _title(head: str, body: str, url: str = "https://www.stadtblatt.example/lokales/artikel-4711.html") -> str | None:
    return title_of(head, body, url)


def _ld(headline: str) -> str:
    return ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline})


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


def test_a_headline_stated_only_in_the_title_element_is_kept() -> None:
    # Blind page (passed before): no h1, og:title or JSON-LD; the <title> "Headline - Site" is all there is.
    head = "<title>Gemeinde erhöht Hundesteuer ab Januar - Stadtblatt</title>"
    body = "<div class='text'><p>Die Gemeinde erhöht die Hundesteuer.</p></div>"
    assert _title(head, body) == "Gemeinde erhöht Hundesteuer ab Januar"


def test_a_section_before_the_site_name_comes_off_a_title_element_headline() -> None:
    # Pattern "Headline | Section | Site": with the site's name (og:site_name) taken off the end, the section
    # before it, set apart by the same separator, is an affix too. Before, "Headline | Politik" stayed.
    head = (
        "<title>Gemeinde erhöht Hundesteuer ab Januar | Politik | Stadtblatt</title>"
        '<meta property="og:site_name" content="Stadtblatt">'
    )
    body = "<div class='text'><p>Die Gemeinde erhöht die Hundesteuer.</p></div>"
    assert _title(head, body) == "Gemeinde erhöht Hundesteuer ab Januar"


_CONSENT = (
    '<div id="cmp" role="dialog" aria-modal="true"><h1>Datenschutzeinstellungen</h1>'
    "<p>Wir und unsere Partner speichern Informationen auf Ihrem Gerät.</p><button>Akzeptieren</button></div>"
)


def test_an_h1_in_a_consent_dialog_is_not_the_headline() -> None:
    # Pattern "dialog h1": the consent pop-up's h1 comes first in the source; the <title> names only the site,
    # so no source confirms either h1. Before, the dialog's h1 was taken.
    head = "<title>Stadtblatt</title>"
    body = _CONSENT + "<article><h1>Gemeinde erhöht Hundesteuer ab Januar</h1><p>Text.</p></article>"
    assert _title(head, body) == "Gemeinde erhöht Hundesteuer ab Januar"


def test_an_article_opened_as_an_overlay_keeps_its_h1() -> None:
    # Guard: the page's only h1 is inside a dialog (a story opened as an overlay): it stays the headline.
    head = "<title>Stadtblatt</title>"
    body = '<div role="dialog"><article><h1>Gemeinde erhöht Hundesteuer ab Januar</h1><p>Text.</p></article></div>'
    assert _title(head, body) == "Gemeinde erhöht Hundesteuer ab Januar"


def test_a_part_of_the_headline_before_the_site_name_is_no_section_when_the_h1_shows_it() -> None:
    # Guard for the section rule: "Headline - Tail - Site" in og:title and the <title> where the h1 reads
    # "Headline - Tail": the tail is the headline's own.
    full = "Harbour board approves the new pier - a boost for ferries"
    head = f'<title>{full} - Gazette</title><meta property="og:title" content="{full} - Gazette">'
    head += '<meta property="og:site_name" content="Gazette">'
    body = f"<article><h1>{full}</h1><p>Text.</p></article>"
    assert _title(head, body) == full
