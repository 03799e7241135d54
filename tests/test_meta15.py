"""Patterns of authors and publication dates on sites nobody tuned on (session 15, meta15): JSON-LD that
describes another story, update times printed before the publication, a rail's dates above the headline,
and bylines whose roles, agency credits and conjunctions differ by language. Each test names the general
pattern; each failed before its rule was written."""

from __future__ import annotations

from pagekit import extract_article, ld, page

from newsbot.extraction.authors import clean_authors
from newsbot.models import Article

_STORY = (
    "The water board agreed on Monday to replace the old pumping station before winter, after engineers found "
    "that the last storm had flooded two of its four motors and left the others running on borrowed time."
)
_PARAS = "".join(f"<p>{_STORY} Part {i}.</p>" for i in range(4))
_URL = "https://www.lowlandnews.example/local/water-board-replaces-pumping-station"
_TITLE = "Water board replaces pumping station"


def _page(head: str, body: str, title: str = _TITLE, lang: str = "en") -> bytes:
    return page(head, body, title, lang)


def _article(raw: bytes, url: str = _URL) -> Article:
    return extract_article(raw, url)


# --- Pattern "another story's article object" --------------------------------------------------------------


def test_graph_article_of_a_linked_story_listed_first_is_not_the_page_s() -> None:
    other = {
        "@type": "NewsArticle",
        "@id": "https://www.lowlandnews.example/local/dike-repairs-run-late#article",
        "headline": "Dike repairs run late",
        "datePublished": "2026-02-20T10:00:00+01:00",
        "author": [{"@type": "Person", "name": "Wim Kok"}],
        "mainEntityOfPage": "https://www.lowlandnews.example/local/dike-repairs-run-late",
    }
    own = {
        "@type": "NewsArticle",
        "@id": f"{_URL}#article",
        "headline": _TITLE,
        "datePublished": "2026-03-02T07:00:00+01:00",
        "author": [{"@type": "Person", "name": "Eva Smit"}],
        "mainEntityOfPage": {"@id": _URL},
    }
    raw = _page(ld({"@context": "https://schema.org", "@graph": [other, own]}), f"<h1>{_TITLE}</h1>{_PARAS}")
    record = _article(raw)
    assert record.authors == ["Eva Smit"]
    assert record.published_at == "2026-03-02T07:00:00+01:00"


def test_sidebar_news_article_of_another_story_gives_way_to_the_page_s_microdata() -> None:
    side = ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Ferry timetable changes in spring",
            "datePublished": "2026-02-11T09:00:00+01:00",
            "author": {"@type": "Person", "name": "Paolo Neri"},
            "url": "https://www.lowlandnews.example/local/ferry-timetable-changes",
        }
    )
    body = (
        '<article itemscope itemtype="https://schema.org/NewsArticle">'
        f'<h1 itemprop="headline">{_TITLE}</h1>'
        '<p>By <span itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">Giulia Russo</span></span> '
        '<time itemprop="datePublished" datetime="2026-03-05T08:30:00+01:00">5 March 2026</time></p>'
        f"{_PARAS}</article>"
        '<aside class="rail"><a href="/local/ferry-timetable-changes">Ferry timetable changes in spring</a>'
        f"{side}</aside>"
    )
    record = _article(_page("", body))
    assert record.authors == ["Giulia Russo"]
    assert (record.published_at or "").startswith("2026-03-05")


def test_article_object_naming_the_page_by_its_canonical_form_is_kept() -> None:
    # The JSON-LD url differs from the fetched URL (a query string), the headline is the page's: its own.
    obj = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": _TITLE,
        "datePublished": "2026-03-02T07:00:00+01:00",
        "author": {"@type": "Person", "name": "Eva Smit"},
        "url": "https://www.lowlandnews.example/local/water-board-replaces-pumping-station-2026",
    }
    record = _article(_page(ld(obj), f"<h1>{_TITLE}</h1>{_PARAS}"), _URL + "?utm_source=feed")
    assert record.authors == ["Eva Smit"]


# --- Dates: update label first, a rail above the headline, a <time> with a two-digit year ------------------


def test_german_stand_line_before_the_first_publication_is_the_update() -> None:
    body = (
        f"<h1>{_TITLE}</h1><p class='x-stand'>Stand: 05.03.2026, 13:47 Uhr</p><p>Von Julia Weber</p>"
        f"<p class='x-erst'>Erstveröffentlichung: 05.03.2026, 10:05 Uhr</p>{_PARAS}"
    )
    record = _article(_page("", body, lang="de"))
    assert record.published_at == "2026-03-05T10:05:00+01:00"


def test_rail_dates_printed_just_above_the_headline_are_not_the_story_s() -> None:
    body = (
        '<aside class="columns"><h3>Columns</h3>'
        '<div><a href="/c/1">Alan Ode</a><p>Where is the coast road? · 04.03.2026</p></div>'
        '<div><a href="/c/2">Elif Kaya</a><p>Is the season over? · 03.03.2026</p></div></aside>'
        f"<div class='story'><h1>{_TITLE}</h1><div><span>Muhabir: Mehmet Yılmaz</span> "
        "<span>Giriş: 05.03.2026 11:42 | Güncelleme: 05.03.2026 13:10</span></div>"
        f"{_PARAS}</div>"
    )
    record = _article(_page("", body, lang="tr"), "https://www.karadeniz.example/trabzon/iskele-h1287.html")
    assert record.published_at == "2026-03-05T11:42:00+03:00"


def test_time_element_text_with_a_two_digit_year_is_read() -> None:
    body = (
        f"<h1>{_TITLE}</h1><div class='meta'><span>Door Pieter Jansen</span> "
        f"<time class='tijd'>06-03-26, 09:12</time></div>{_PARAS}"
    )
    record = _article(_page("", body, lang="nl"))
    assert record.published_at == "2026-03-06T09:12:00+01:00"


# --- Bylines ------------------------------------------------------------------------------------------------


def test_editor_credit_after_a_bar_is_no_writer() -> None:
    assert clean_authors(["Written by Arjun Mehta | Edited by Neha Rao"]) == ["Arjun Mehta"]
    body = f"<h1>{_TITLE}</h1><div class='x'><span>Written by Arjun Mehta | Edited by Neha Rao</span></div>{_PARAS}"
    assert _article(_page("", body)).authors == ["Arjun Mehta"]


def test_posting_line_ending_in_the_connector_of_a_section_link() -> None:
    assert clean_authors(["Posted by Helen Ashworth in"]) == ["Helen Ashworth"]
    body = f"<h1>{_TITLE}</h1><p class='x'>Posted by Helen Ashworth in <a href='/news'>News</a></p>{_PARAS}"
    assert _article(_page("", body)).authors == ["Helen Ashworth"]


def test_agency_credited_with_avec_mit_with_is_set_apart_like_a_comma() -> None:
    assert clean_authors(["Par Julien Marchand avec AFP"]) == ["Julien Marchand", "AFP"]
    assert clean_authors(["Von Anna Keller mit dpa"]) == ["Anna Keller", "dpa"]
    body = f"<h1>{_TITLE}</h1><p class='sig'>Par Julien Marchand avec AFP</p>{_PARAS}"
    assert _article(_page("", body, lang="fr")).authors == ["Julien Marchand", "AFP"]


def test_conjunction_of_the_byline_language_after_its_prefix() -> None:
    assert clean_authors(["Ni Maria Santos at Jose Ramos"]) == ["Maria Santos", "Jose Ramos"]
    assert clean_authors(["Door Pieter Jansen en Fleur Bakker"]) == ["Pieter Jansen", "Fleur Bakker"]
    # Elsewhere the same words are prose: a place, not a second writer.
    assert clean_authors(["Por Ana Gil en Madrid"]) == ["Ana Gil"]


def test_broadcaster_after_the_writer_is_the_employer() -> None:
    assert clean_authors(["Por Ana Lima, TV Serra"]) == ["Ana Lima"]
