"""Patterns behind the fixture pages' known gaps closed in session 14 (gaps14): a breaking-news strip's date, a
writer's bare name in the story header beside metadata that credits the outlet, a fact-checker's platform
disclosure, a commissioned picture credit, a contributor's bio with a copula. Each test names the general
pattern; each failed before its rule was written (the guards beside them pass either way)."""

from __future__ import annotations

from pagekit import extract_article, page

from newsbot.extraction.junk import DEFAULT_TABLE, _is_chrome_pattern, without_author_bio
from newsbot.models import Article

_STORY = (
    "The harbour board agreed on Monday to rebuild the old wooden pier before winter, after divers found "
    "that storms had loosened most of the piles that hold up its northern end."
)
_PARAS = "".join(f"<p>{_STORY} Part {i}.</p>" for i in range(4))
_URL = "https://www.portnews.example/local/harbour-board-rebuilds-pier"
_TITLE = "Harbour board rebuilds pier"


def _page(head: str, body: str, lang: str = "en") -> bytes:
    return page(head, body, f"{_TITLE} | Port News", lang)


def _article(raw: bytes) -> Article:
    return extract_article(raw, _URL)


# Pattern "breaking-news strip"


def _strip(label: str, klass: str = "top-strip") -> str:
    return (
        f'<div class="{klass}">{label} <a href="/news/warehouse-fire-industrial-estate">Fire breaks out in a '
        "warehouse on the industrial estate</a> <span>06.12.2026 23:15</span></div>"
    )


def _story(strip: str) -> bytes:
    body = (
        f'{strip}<main><article><h1>{_TITLE}</h1><div class="info"><span>Von Anna Schmidt</span> | '
        f"<span>07.12.2026 14:20</span></div>{_PARAS}</article></main>"
    )
    return _page("", body, lang="de")


def test_a_breaking_news_strip_with_one_item_gives_not_the_date() -> None:
    """One item, no list: the label ("Eilmeldung:") makes it another story's strip."""
    assert _article(_story(_strip("<strong>Eilmeldung:</strong>"))).published_date == "2026-12-07"


def test_a_breaking_news_strip_named_by_its_class_gives_not_the_date() -> None:
    assert _article(_story(_strip("", klass="breaking-news-bar"))).published_date == "2026-12-07"


def test_a_lone_dated_link_without_a_breaking_label_is_still_read() -> None:
    """Guard: without the label or class, a lone item stays as before (a blog's post header)."""
    assert _article(_story(_strip("<strong>Heute:</strong>"))).published_date == "2026-12-06"


# Pattern "bare name in the story header"


def _header(name: str, head: str = '<meta name="author" content="Port News">') -> bytes:
    body = (
        f'<main><article><h1>{_TITLE}</h1><div class="story-header"><div class="signature">'
        f'<span class="signature__name">{name}</span></div><time>December 7 2026 - 5:00am</time></div>'
        f"{_PARAS}</article></main>"
    )
    return _page(f'<meta property="og:site_name" content="Port News">{head}', body)


def test_a_bare_name_in_the_header_beats_the_outlet_credited_by_the_metadata() -> None:
    assert _article(_header("Kate McGregor")).authors == ["Kate McGregor"]


def test_a_bare_name_beats_an_author_meta_naming_the_outlet_without_a_site_name() -> None:
    body = (
        f'<main><article><h1>{_TITLE}</h1><div class="signature"><span class="signature__name">Kate McGregor'
        f"</span></div>{_PARAS}</article></main>"
    )
    assert _article(_page('<meta name="author" content="Port News">', body)).authors == ["Kate McGregor"]


def test_a_signature_element_holding_a_phrase_names_no_writer() -> None:
    """Guard: a tagline in a "signature" element is no person; the outlet's credit stays."""
    assert _article(_header("Keep calm and carry on")).authors == ["Port News"]


# Pattern "fact-checker's platform disclosure"


def test_a_fact_checkers_partnership_disclosure_is_junk() -> None:
    assert DEFAULT_TABLE.is_junk("TruthDesk is part of a fact-checking partnership with Meta. Read our methodology.")
    assert DEFAULT_TABLE.is_junk("Verificado forma parte del programa de verificación de datos de Meta en España.")


def test_a_story_sentence_about_fact_checking_programmes_stays() -> None:
    sentence = "Meta ended its third-party fact-checking program in the United States in January."
    assert not DEFAULT_TABLE.is_junk(sentence)


# Pattern "commissioned picture credit"


def test_a_commissioned_picture_credit_is_chrome() -> None:
    assert _is_chrome_pattern("Photographs by Martin Greaves for Prairie Quarterly")
    assert _is_chrome_pattern("Fotos von Henrik Lüders für das Stadtmagazin")


def test_a_bare_photo_credit_and_a_sentence_stay() -> None:
    """Guard: in-sample dragnet truths keep "Photo by X" lines; a sentence with "for" is no credit."""
    assert not _is_chrome_pattern("Photo by Harold Laudeus")
    assert not _is_chrome_pattern("Photos by the river show the flood line for the whole town.")


# Pattern "contributor's bio"

_LINES = [f"{_STORY} Part {i}." for i in range(4)]


def test_a_contributors_bio_with_a_copula_closing_the_story_goes() -> None:
    bio = "Carmen Ruiz Valverde es catedrática de Ecología en la Universidad de Sevilla."
    assert without_author_bio([*_LINES, bio], ["Carmen Ruiz Valverde"]) == _LINES
    bio = "Jane Roe is a professor of history at the University of Leeds."
    assert without_author_bio([*_LINES, bio, "Share this story"], ["Jane Roe"]) == [*_LINES, "Share this story"]


def test_a_staff_reporters_beat_line_stays() -> None:
    """Guard: in-sample dragnet truths keep a wire reporter's beat line ("X covers ... for ...")."""
    beat = "Joan Smith covers storage and networking for The Wire Service. Follow Joan on Twitter."
    assert without_author_bio([*_LINES, beat], ["Joan Smith"]) == [*_LINES, beat]
