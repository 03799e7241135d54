"""Patterns of pages whose date and byline are only printed (session 13, meta13): no JSON-LD, no og:article
times, no author meta, or wrong ones (a CMS default author, the site's launch date in <meta name="date">).
Each test names the general pattern; each failed before its rule was written."""

from __future__ import annotations

from lxml import html as lxml_html
from pagekit import extract_article, page

from newsbot.extraction.datecands import teaser_chunks
from newsbot.models import Article

_STORY = (
    "The harbour board agreed on Monday to rebuild the old wooden pier before winter, after divers found "
    "that storms had loosened most of the piles that hold up its northern end."
)
_PARAS = "".join(f"<p>{_STORY} Part {i}.</p>" for i in range(4))
_URL = "https://www.portnews.example/local/harbour-board-rebuilds-pier"


def _page(head: str, body: str, title: str = "Harbour board rebuilds pier", lang: str = "en") -> bytes:
    return page(head, body, title, lang)


def _article(raw: bytes, url: str = _URL) -> Article:
    return extract_article(raw, url)


def _rail(date: str) -> str:
    """A 'latest news' rail above the story: each item a headline link beside its own date and writer."""
    return (
        '<div class="latest-rail"><h2>Latest news</h2>'
        '<div class="rail-item"><a href="/news/lorry-crash-closes-road">'
        "Lorry crash closes the coast road for hours</a>"
        f'<div class="rail-meta">By Owen Pritchard · {date}</div></div>'
        '<div class="rail-item"><a href="/news/school-wins-award">Primary school wins national reading award</a>'
        '<div class="rail-meta">By Megan Lloyd · 5 Dec 2026</div></div></div>'
    )


def test_teaser_item_date_above_the_headline_is_not_the_story_date() -> None:
    """Pattern "teaser item": a rail item holding another story's headline link and its date, printed just
    above the headline with the same date classes as the story's own date line, is the other story's."""
    body = (
        _rail("6 Dec 2026") + '<main><article><h1>Harbour board rebuilds pier</h1><div class="byline-block">'
        'By <a href="/authors/tom-aldridge/">Tom Aldridge</a><div class="time-info">'
        '<span class="date-stamp">7 Dec 2026</span></div></div>' + _PARAS + "</article></main>"
    )
    record = _article(_page("", body))
    assert record.published_date == "2026-12-07"


def test_teaser_item_date_without_a_class_is_not_the_story_date() -> None:
    """Pattern "teaser item", unlabelled: a breaking-news strip before the story ("Son Dakika: <a>headline</a>
    <span>date</span>", one item after the other) is nearer the headline than the story's own plain date line."""
    body = (
        '<div class="son-dakika"><strong>Son Dakika:</strong> <a href="/gundem/deprem-oldu">Ege kıyılarında '
        'dört büyüklüğünde deprem</a> <span>06.12.2026 23:15</span> <a href="/spor/derbi">Derbide kazanan '
        "çıkmadı bu akşam</a> <span>06.12.2026 22:40</span></div><main><article>"
        "<h1>Belediye üç yeni otobüs hattı açtı</h1><div><span>07.12.2026 14:20</span></div>"
        + _PARAS
        + "</article></main>"
    )
    record = _article(_page("", body, "Belediye üç yeni otobüs hattı açtı", "tr"))
    assert record.published_date == "2026-12-07"


def test_agency_dateline_gives_the_day_its_year_from_the_page() -> None:
    """Pattern "agency dateline": the only date of the story is its wire dateline without a year; the year
    is the one that puts it at the page's latest other date, and a template's <meta name="date"> naming the
    site's launch day is outvoted."""
    body = (
        '<aside class="ticker"><ul><li><span class="time">06.12.2026, 18:40</span> '
        '<a href="/region/markt">Weihnachtsmarkt zieht Bilanz nach dem ersten Wochenende</a></li>'
        '<li><span class="time">06.12.2026, 16:12</span> '
        '<a href="/sport/derby">Derby endet torlos vor ausverkauftem Haus</a></li></ul></aside>'
        "<main><article><h1>Regionalzüge fallen aus</h1>"
        f"<p>HANNOVER, 7. Dezember (dpa) - {_STORY}</p>" + _PARAS + "</article></main>"
    )
    record = _article(_page('<meta name="date" content="2008-04-01">', body, "Regionalzüge fallen aus", "de"))
    assert record.published_date == "2026-12-07"


def test_blog_post_header_linking_its_own_title_is_no_teaser() -> None:
    """Pattern "teaser item" needs a list: a blog post's lone header links the post's title to its permalink
    beside its date (and the page's <title> names only the blog): that date is the post's."""
    body = (
        '<h1>Harbour Notes</h1><div class="post"><div class="entrytitle"><h2><a href="./harbour-board-rebuilds-'
        'the-old-pier">Harbour board rebuilds the old pier</a></h2><h3>November 7 2012</h3></div>'
        '<a href="/archive?cat=harbour-and-port-news">Harbour and port news</a>' + _PARAS + "</div>"
        '<div class="sidebar"><p>Older posts</p><p>1 December 2012</p></div>'
    )
    record = _article(_page("", body, "Harbour Notes"))
    assert record.published_date == "2012-11-07"
    tree = lxml_html.fromstring(_page("", body, "Harbour Notes"))
    assert "November 7 2012" not in teaser_chunks(tree.find("body"), "Harbour Notes")


def test_agency_dateline_without_any_dated_text_is_not_guessed() -> None:
    """Pattern "agency dateline": without another date printed on the page the year is unknown: no date."""
    body = f"<main><article><h1>Regionalzüge fallen aus</h1><p>HANNOVER, 7. Dezember (dpa) - {_STORY}</p>{_PARAS}"
    record = _article(_page("", body + "</article></main>", "Regionalzüge fallen aus", "de"))
    assert record.published_date is None


def test_newsroom_default_author_meta_gives_way_to_the_dash_signature() -> None:
    """Patterns "desk after the outlet's name" ("Harbor Weekly Staff", a CMS's default author) and "dash
    signature" (the story signed "— Helen Marsh" in its last paragraph)."""
    body = f"<main><article><h1>Harbour board rebuilds pier</h1>{_PARAS}<p>— Helen Marsh</p></article></main>"
    record = _article(_page('<meta name="author" content="Harbor Weekly Staff">', body))
    assert record.authors == ["Helen Marsh"]


def test_lone_desk_author_meta_gives_way_to_the_dash_signature() -> None:
    """Pattern "desk alone": an author meta naming only the newsroom ("Redacción") is no writer."""
    body = f"<main><article><h1>El puerto amplía el muelle</h1>{_PARAS}<p><em>— Lucía Ferrer</em></p></article></main>"
    record = _article(_page('<meta name="author" content="Redacción">', body, "El puerto amplía el muelle", "es"))
    assert record.authors == ["Lucía Ferrer"]


def test_newsroom_author_meta_gives_way_to_the_author_box_profile() -> None:
    """Pattern "desk after the outlet's name" ("Greenwire Newsroom"): the author box's profile link names the
    writer."""
    body = (
        f"<main><article><h1>Harbour board rebuilds pier</h1>{_PARAS}"
        '<div class="author-box"><h4>About the author</h4><p><a href="/author/samuel-okafor/">Samuel Okafor</a> '
        "covers energy and rural affairs.</p></div></article></main>"
    )
    record = _article(_page('<meta name="author" content="Greenwire Newsroom">', body))
    assert record.authors == ["Samuel Okafor"]


def test_turkish_news_label_names_the_writer() -> None:
    """Pattern "writer label" in Turkish: "Haber: Name" (news by) before the date in the story's info line."""
    body = (
        "<main><article><h1>Belediye üç yeni otobüs hattı açtı</h1>"
        "<div><span>Haber: Mehmet Yılmaz</span> | <span>07.12.2026 14:20</span></div>" + _PARAS + "</article></main>"
    )
    record = _article(_page("", body, "Belediye üç yeni otobüs hattı açtı", "tr"))
    assert record.authors == ["Mehmet Yılmaz"]
