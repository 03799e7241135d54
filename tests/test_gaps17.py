"""gaps17: the junk-line and byline families of session 15's blind pages, each tested on text of its own.

Each test failed before its fix (the pattern named in newsbot.extraction.junk, .body or .bylines).
"""

from __future__ import annotations

import json

import pytest
from lxml import html as lxml_html

from newsbot.extraction import extract
from newsbot.extraction.body import _without_teaser_boxes
from newsbot.extraction.bylines import _credits_outlet, without_network_title, without_outlet_credit
from newsbot.extraction.junk import (
    _counter_line,
    _follow_list_line,
    _is_chrome_pattern,
    _partner_line,
    remove_junk,
)
from newsbot.models import Article

_STORY = [
    "The county council agreed on Tuesday to rebuild the flood wall along the river before the winter storms arrive.",
    "Engineers found last month that the old wall had cracked in three places after the February floods.",
    "Work is due to start in September and should take about eleven weeks, the council said in a statement.",
    "Residents of the lower town said they had waited for the repair since the floods of 2019 reached their homes.",
]


def _page(body: str, head: str = "", title: str = "Council rebuilds the river flood wall", lang: str = "en") -> bytes:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:type" content="article">{head}</head><body>{body}</body></html>'
    ).encode()


def _article(raw: bytes, url: str = "https://riverpost.example/news/2025/flood-wall-rebuilt") -> Article:
    record = extract(raw, url, None, http_status=200)
    assert isinstance(record, Article), record
    return record


def _story_html(extra_after: str = "", extra_before: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _STORY)
    return (
        f"<article><h1>Council rebuilds the river flood wall</h1>{extra_before}"
        f"<div class='story-body'>{paragraphs}{extra_after}</div></article>"
    )


# --- pattern "follow us", the list form ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Follow Somerset news on BBC Sounds, Facebook, Instagram and X.",
        "Síguenos en Facebook, Instagram, X y WhatsApp para no perderte nada.",
        "Siga a Gazeta Norte no WhatsApp e no Instagram",
        "Seguici anche su Facebook, Instagram e Telegram",
        "Volg Stadskrant Oost ook op Instagram, Facebook en WhatsApp.",
        "Ikuti berita Kabar Timur lainnya di Google News",
    ],
)
def test_follow_line_in_list_form_is_chrome(line: str) -> None:
    assert _follow_list_line(line)
    assert remove_junk([*_STORY, line]) == _STORY


@pytest.mark.parametrize(
    "line",
    [
        "Follow Jane Roe on Twitter @janeroe",  # a reporter's own account: body truths keep it
        "Follow Movieline on Twitter.",
        "Volg de wedstrijd op NPO 1 en via de app",
        "Sigue la polémica en el pleno del ayuntamiento, donde la oposición pidió explicaciones por el retraso.",
    ],
)
def test_follow_line_needs_two_networks_or_a_news_app(line: str) -> None:
    assert not _follow_list_line(line)


# --- patterns "partner line", "counter line", "trust line" ----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Nos partenaires : Codes promo · Bons plans · Guide d'achat",
        "Gazeta Norte Parceiros: Cupom de desconto · Ofertas",
        "Promo codes | Deals | Buying guide",
    ],
)
def test_partner_services_line_is_chrome(line: str) -> None:
    assert _partner_line(line)
    assert remove_junk([*_STORY, line]) == _STORY


def test_a_list_of_places_is_no_partner_line() -> None:
    assert not _partner_line("Paris · Lyon · Marseille")
    assert not _partner_line("Ofertas de empleo · 3 de julio")


@pytest.mark.parametrize(
    "line",
    [
        "25 Komentar · 3,4 rb Dilihat",
        "12 comments · 3 min read",
        "4 commenti | 1.2k visualizzazioni",
        "9 reacties · 2 min read",
    ],
)
def test_counter_row_is_chrome(line: str) -> None:
    assert _counter_line(line)
    assert remove_junk([_STORY[0], line, *_STORY[1:]]) == _STORY


def test_counter_row_needs_every_item_a_count() -> None:
    assert not _counter_line("12 comments · Opinion")
    assert not _counter_line("2025 · 3 goals")


@pytest.mark.parametrize(
    "line",
    [
        "This article follows our editorial standards and corrections policy.",
        "Este conteúdo segue os princípios editoriais do Grupo Gazeta.",
        "Este artículo sigue los criterios de The Trust Project.",
        "Cet article respecte la charte de déontologie de la rédaction.",
    ],
)
def test_trust_line_is_chrome(line: str) -> None:
    assert _is_chrome_pattern(line)


def test_a_sentence_about_following_is_no_trust_line() -> None:
    assert not _is_chrome_pattern("This story follows a family through the war and its long aftermath in the valley.")


# --- pattern "headed teaser box" ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "box",
    [
        "<div class='below'><h2>Most read</h2><p>Mayor opens new bus station</p></div>",
        "<div class='reco'>Recommended <p>Fuel prices rise again this week</p></div>",
        "<section><h3>Inirerekomenda</h3><p><a href='/x'>Dalawang barangay, walang kuryente</a></p></section>",
    ],
)
def test_headed_teaser_box_after_the_story_is_dropped(box: str) -> None:
    # trafilatura drops the box's heading and keeps its headlines, where the line rule no longer knows them
    # for teasers (the blind page en-apraya-spring-storm-buries-colorado): the box leaves the tree first.
    paragraphs = "".join(f"<p>{p}</p>" for p in _STORY)
    tree = lxml_html.fromstring(
        _page(f"<div class='lead'><h1>Council rebuilds</h1></div><div class='StoryBody'>{paragraphs}</div>{box}")
    )
    text = _without_teaser_boxes(tree).text_content()  # the body's target (extract_body)
    assert all(p in text for p in _STORY)
    assert "Mayor opens" not in text and "Fuel prices" not in text and "Dalawang" not in text
    # a copy: the page's tree keeps the box (the date rules read the dates such boxes print)
    assert (
        "Mayor opens" in tree.text_content()
        or "Fuel prices" in tree.text_content()
        or "Dalawang" in tree.text_content()
    )


def test_a_section_of_prose_under_a_recommended_heading_stays() -> None:
    prose = "We recommend that residents move their cars to higher ground before the work begins on Monday morning."
    record = _article(_page(_story_html(extra_after=f"<div><h2>Recommended</h2><p>{prose}</p></div>")))
    assert prose in record.text


# --- patterns "placed signature" and "initials sign-off" -------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Sophie Marceau-Ribot (Nantes, correspondante)", "Sophie Marceau-Ribot"),
        ("Luca Bernardi (Torino, corrispondente)", "Luca Bernardi"),
        ("—Andrea Villanueva/KBK, Balita Ngayon", "Andrea Villanueva"),
    ],
)
def test_signature_closing_the_story_names_the_writer_and_leaves_the_text(line: str, name: str) -> None:
    head = '<meta property="article:author" content="River Post">'
    record = _article(_page(_story_html(extra_after=f"<p>{line}</p>"), head=head, title="River Post"))
    assert record.authors == [name]
    assert line not in record.text and all(p in record.text for p in _STORY)


# --- pattern "name over role" ---------------------------------------------------------------------------


def test_name_over_role_in_the_header_beats_the_organisation_credit() -> None:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Council rebuilds the river flood wall",
        "author": {"@type": "Organization", "name": "River Post"},
    }
    head = (
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        '<meta property="og:site_name" content="River Post">'
    )
    block = "<div class='meta'><span>Harriet Quayle</span><span>Local democracy reporter, River Post</span></div>"
    record = _article(_page(_story_html(extra_before=block), head=head))
    assert record.authors == ["Harriet Quayle"]
    assert "Local democracy reporter" not in record.text and "Harriet Quayle" not in record.text


def test_name_and_role_lines_leave_the_top_of_the_text() -> None:
    lines = ["Harriet Quayle", "Senior reporter, River Post", *_STORY]
    assert remove_junk(lines) == _STORY


# --- pattern "network title word" and the outlet credit ------------------------------------------------------


def test_network_title_word_before_the_reporter_goes() -> None:
    outlet = ("radyoraya", "Radyo Raya News")
    assert without_network_title(["Radyo Ana Lopez Cruz"], outlet) == ["Ana Lopez Cruz"]
    assert without_outlet_credit(["Radyo Ana Lopez"], outlet) == ["Ana Lopez"]


def test_network_title_word_needs_the_brand_in_a_longer_host_label() -> None:
    # the word is the whole host: it may be a person's first name ("Raya Putri Lestari" on raya.example)
    assert without_network_title(["Raya Putri Lestari"], ("raya", "Raya News")) == ["Raya Putri Lestari"]
    # the rest is the outlet's own name: no person follows the word
    outlet = ("diariodelsurraya", "Diario del Sur Raya")
    assert without_network_title(["Diario del Sur Raya"], outlet) == ["Diario del Sur Raya"]


def test_credits_outlet_is_the_name_or_the_brand_with_a_descriptor() -> None:
    outlet = ("bomboraya", "Bombo Raya News")
    assert _credits_outlet("Bombo Raya News", outlet)
    assert _credits_outlet("Bombo Raya Iloilo", outlet)
    assert not _credits_outlet("Jessa Ramirez", outlet)
