"""Patterns the blind pages of session 13 showed (fixtures/pages, blind13: he, uk, it, nl, pl, cs, el, ko, th,
vi, fr-BE, tr, es, de-AT; an obituary, a fact-check, a recipe article, a print view, a story split over two
<article> elements, a long-read with pull quotes, an AMP page; a soft 404, a podcast episode, a slideshow, an
events agenda): each test names the general pattern, and each failed before its rule was written."""

from __future__ import annotations

import json

from lxml import html as lxml_html

from newsbot.extraction import extract, text_words
from newsbot.extraction.junk import remove_junk, without_author_lines
from newsbot.extraction.pagetype import slideshow
from newsbot.models import Article, Rejection

_STORY = (
    "The harbour board agreed on Monday to rebuild the old wooden pier before winter, after divers found "
    "that storms had loosened most of the piles that hold up its northern end."
)
_PARAS = "".join(f"<p>{_STORY} Part {i}.</p>" for i in range(4))
_THAI = (
    "การรถไฟแห่งประเทศไทยเปิดใช้สถานีขอนแก่นแห่งใหม่บนเส้นทางรถไฟทางคู่อย่างเป็นทางการเมื่อวันจันทร์ที่ผ่านมา "
    "หลังจากทดลองเดินรถมาตั้งแต่ปลายปีก่อน"
)


def _page(head: str, body: str, title: str = "Harbour board rebuilds pier", lang: str = "en") -> bytes:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>{body}</body></html>'
    ).encode()


def test_thai_words_are_counted_without_spaces() -> None:
    """Pattern "script written without spaces between words": a Thai paragraph is one or two space-separated
    runs, yet a story's paragraph; four Thai code points count as one word."""
    assert text_words(_THAI) >= 25
    assert text_words("Harbour board rebuilds pier") == 4


def test_a_short_thai_story_is_an_article() -> None:
    body = f"<article><h1>ขอนแก่นเปิดใช้สถานีรถไฟทางคู่ใหม่</h1><p>{_THAI}</p><p>{_THAI}</p></article>"
    record = extract(_page("", body, "ขอนแก่นเปิดใช้สถานีรถไฟทางคู่ใหม่", "th"), "https://isan.example/local/2819934")
    assert isinstance(record, Article), record


def test_soft_404_keeps_the_sites_og_title() -> None:
    """Pattern "soft 404": the error page served with status 200 keeps the site's og:title; its <title> says
    the page was not found (here in Czech)."""
    head = '<meta property="og:title" content="Ostravské listy - zprávy z Ostravy">'
    body = (
        "<h1>Jejda, tady nic není</h1><p>Požadovaná stránka neexistuje nebo byla přesunuta. Zkontrolujte prosím "
        "zadanou adresu, nebo zkuste vyhledávání.</p>"
        + "".join(f'<p><a href="/z/{i}">Tramvaj do Poruby pojede dál číslo {i}</a></p>' for i in range(3))
    )
    record = extract(_page(head, body, "Stránka nenalezena - Ostravské listy", "cs"), "https://listy.example/z/a1")
    assert isinstance(record, Rejection) and "error page" in record.detail, record


def test_episode_page_with_a_blurb_is_no_article_and_with_a_transcript_is_one() -> None:
    """Pattern "episode page": a PodcastEpisode's page is its player and a blurb; a transcript makes it a story."""
    ld = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"PodcastEpisode",'
        '"name":"Episode 112: Who owns the river?","datePublished":"2025-11-14"}</script>'
        '<meta property="og:type" content="article">'
    )
    blurb = (
        "<article><h1>Episode 112: Who owns the river?</h1><audio src='/112.mp3'></audio><p>A fight over a "
        "private boat ramp turns into a question about who the river belongs to. We talk with a waterman and a "
        "property lawyer.</p></article>"
    )
    url = "https://post.example/podcasts/episode-112/"
    record = extract(_page(ld, blurb, "Episode 112: Who owns the river?"), url)
    assert isinstance(record, Rejection) and "podcastepisode" in record.detail, record
    transcript = f"<article><h1>Episode 112: Who owns the river?</h1><audio src='/112.mp3'></audio>{_PARAS}</article>"
    assert isinstance(extract(_page(ld, transcript, "Episode 112: Who owns the river?"), url), Article)


def test_slideshow_counter_marks_a_gallery_page() -> None:
    """Pattern "slideshow": one picture at a time under a "1 / 48" counter, thumbnails beside it, a caption."""
    thumbs = "".join(f'<a href="#"><img src="/t{i}.jpg"></a>' for i in range(6))
    body = (
        '<div class="gallery"><h1>Dni Gliwic 2025 [ZDJĘCIA]</h1><span class="count">1 / 48</span>'
        f'<img src="/1.jpg"><p>Sobotni koncert zgromadził kilka tysięcy osób.</p><div>{thumbs}</div></div>'
    )
    head = (
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2025-06-15T22:10:00+02:00">'
    )
    page = _page(head, body, "Dni Gliwic 2025 [ZDJĘCIA]", "pl")
    assert slideshow(lxml_html.fromstring(page)) == "1 / 48"
    record = extract(page, "https://kurier.example/gliwice/dni-gliwic/ga/c1-1/zd/2")
    assert isinstance(record, Rejection) and "slideshow" in record.detail, record
    # a time code ("00:00 / 42:13") or a score is no counter, nor a total below a series
    assert slideshow(lxml_html.fromstring(page.replace(b"1 / 48", b"00:00 / 42:13"))) is None
    assert slideshow(lxml_html.fromstring(page.replace(b"1 / 48", b"1 / 3"))) is None


def test_two_events_and_no_story_are_an_agenda() -> None:
    """Pattern "entity listing": two JSON-LD Events and no paragraph of story are an agenda page."""
    events = [
        {"@context": "https://schema.org", "@type": "Event", "name": n, "startDate": "2025-09-06T10:00:00+02:00"}
        for n in ("Sleepboot Dagen", "Orgelconcert Grote Kerk")
    ]
    head = f'<script type="application/ld+json">{json.dumps(events)}</script>'
    items = "".join(
        f'<li><h2><a href="/uit/{i}">{n}</a></h2><p>Haven Maassluis · 10:00 - 17:00 · Gratis. Een middag vol '
        "muziek en oude schepen.</p></li>"
        for i, n in enumerate(("Sleepboot Dagen", "Orgelconcert Grote Kerk", "Weekmarkt", "Open Monumentendag"))
    )
    record = extract(
        _page(head, f"<h1>Uitagenda Maassluis</h1><ul>{items}</ul>", "Uitagenda", "nl"), "https://o.example/uitagenda"
    )
    assert isinstance(record, Rejection) and "entity listing" in record.detail, record


def test_read_also_and_photo_credits_in_ukrainian_thai_czech_and_bulgarian() -> None:
    lines = [
        _STORY,
        "Читайте також: В Одесі можуть підвищити ціни на проїзд у маршрутках",
        "อ่านข่าวที่เกี่ยวข้อง อุดรธานีเตรียมสร้างสะพานข้ามทางรถไฟเพิ่มสองแห่ง",
        "Související: Ostrava objednala dalších dvanáct tramvají",
        "Прочетете още: Започва ремонтът на моста при Лазур",
        _STORY + " Again.",
        "Помітили помилку? Виділіть її та натисніть Ctrl+Enter",
        "Фото: Одеська міська рада",
        "ภาพ: สำนักงานประชาสัมพันธ์จังหวัดขอนแก่น",
    ]
    assert remove_junk(lines) == [_STORY, _STORY + " Again."]


def test_korean_reporter_sign_off_goes() -> None:
    """Pattern "reporter sign-off": "<name> 기자 <address>" closes a Korean story."""
    story = "강릉시는 열차 증편에 맞춰 강릉역과 경포 해변을 잇는 시내버스 노선도 주말에 한해 배차 간격을 줄일 계획이다."
    assert remove_junk([story, story + " 또", "최민준 기자 minjun@dongbu.example"]) == [story, story + " 또"]
    assert remove_junk([story, story + " 또", "홍길동 특파원"]) == [story, story + " 또"]
    # a sentence about a reporter stays
    said = "이 기자는 현장에서 주민들의 이야기를 들었다."
    assert remove_junk([story, story + " 또", said]) == [story, story + " 또", said]


def test_printout_address_and_ad_slot_lines_go() -> None:
    lines = [
        _STORY,
        "Story continues below advertisement",
        _STORY + " Again.",
        "URL: https://tribune.example/news/local/county-to-close-two-rural-landfills/",
    ]
    assert remove_junk(lines) == [_STORY, _STORY + " Again."]


def test_byline_row_with_date_stamps_goes() -> None:
    """Pattern "dateline line" after the author's name: the header's meta row printed in the body."""
    row = "Elif Yıldırım Yayınlanma: 04.09.2025 - 11:42 Güncelleme: 04.09.2025 - 12:10"
    assert without_author_lines([row, _STORY, _STORY + " 2"], ["Elif Yıldırım"]) == [_STORY, _STORY + " 2"]


def test_pull_quote_block_goes_and_the_paragraph_that_says_it_stays() -> None:
    """Pattern "pull quote": a sentence of the story set again between paragraphs in a block whose class
    names it; a quote block of its own (a <blockquote> without that class) stays."""
    said = (
        "\u201cYou can't hide in a room with seven people,\u201d Morrow said. \u201cEvery child is seen, every day. "
        "That is the whole secret.\u201d"
    )
    pull = "\u201cEvery child is seen, every day.\u201d"
    body = (
        f"<article><h1>The last one-room schoolhouse</h1><p>{_STORY}</p>"
        f'<blockquote class="pullquote"><p>{pull}</p></blockquote><p>{said}</p><p>{_STORY} Again.</p>'
        f"<blockquote><p>{pull} Cited from the district's own report.</p></blockquote></article>"
    )
    record = extract(_page("", body, "The last one-room schoolhouse"), "https://pq.example/features/school")
    assert isinstance(record, Article), record
    lines = record.text.split("\n\n")
    assert pull not in lines
    assert said in lines
    assert f"{pull} Cited from the district's own report." in lines
