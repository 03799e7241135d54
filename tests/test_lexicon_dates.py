"""The date patterns of newsbot.extraction.dates and .datecands, the byline finder's and the title module's
container and heading words are built from newsbot.lexicon: every word listed there is matched."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newsbot.extraction import bylines, datecands, dates, titles
from newsbot.lexicon import bylines as lex_bylines
from newsbot.lexicon import dates as lex
from newsbot.lexicon import junklines, navigation


@pytest.mark.parametrize("word", lex.DATE_TIME_LINKS)
def test_the_time_after_a_date_in_words_is_read_after_its_link_word(word: str) -> None:
    found = dates._DMY.search(f"Rabu, 23 Mei 2018 {word} 20:15 WIB")
    assert found and found.group("h", "mi", "zn") == ("20", "15", "WIB")


@pytest.mark.parametrize("word", lex.DATE_TIME_LINKS)
def test_the_time_after_a_numeric_date_is_read_after_its_link_word(word: str) -> None:
    found = dates._NUMERIC_DMY.search(f"12.03.2024 {word} 14:05")
    assert found and found.group("h", "mi") == ("14", "05")


@pytest.mark.parametrize("word", lex.MONTH_FIRST_TIME_LINKS)
def test_the_time_after_a_month_first_date_is_read_after_its_link_word(word: str) -> None:
    found = dates._MDY.search(f"May 23, 2018 {word} 8:15 PM")
    assert found and found.group("h", "mi", "ap") == ("8", "15", "P")


@pytest.mark.parametrize("word", lex.HOUR_WORDS)
def test_the_zone_after_an_hour_word_is_read(word: str) -> None:
    found = dates._DMY.search(f"23. Mai 2018 um 20:15 {word.capitalize()} MESZ")
    assert found and found.group("zn") == "MESZ"
    found = dates._NUMERIC_DMY.search(f"23.05.2018, 20:15 {word.capitalize()} MESZ")
    assert found and found.group("zn") == "MESZ"


@pytest.mark.parametrize("word", lex.DAY_MONTH_LINKS)
def test_a_date_with_link_words_between_its_parts(word: str) -> None:
    found = dates._DMY.search(f"23 {word} mayo {word} 2024")
    assert found and found.group(1, 2, 3) == ("23", "mayo", "2024")


@pytest.mark.parametrize("suffix", lex.DAY_BEFORE_MONTH_SUFFIXES)
def test_a_day_with_an_ordinal_suffix_before_its_month(suffix: str) -> None:
    found = dates._DMY.search(f"1{suffix} March 2024")
    assert found and found.group(1, 3) == ("1", "2024")


@pytest.mark.parametrize("suffix", lex.DAY_AFTER_MONTH_SUFFIXES)
def test_a_day_with_an_ordinal_suffix_after_its_month(suffix: str) -> None:
    found = dates._MDY.search(f"November 29{suffix}, 2016")
    assert found and found.group(2, 3) == ("29", "2016")


@pytest.mark.parametrize("word", lex.TIME_BEFORE_DATE_LINKS)
def test_a_time_before_its_date_with_a_link_word(word: str) -> None:
    assert dates._TIME_BEFORE.search(f"Posted 4:23 PM ET {word} ")


@pytest.mark.parametrize("word", lex.UPDATE_CLASS_WORDS)
def test_update_class_words(word: str) -> None:
    assert datecands._UPDATE_CLASS.search(f"post-{word}ed-time")


@pytest.mark.parametrize("word", lex.PUBLISH_CLASS_WORDS)
def test_publish_class_words(word: str) -> None:
    assert datecands._PUBLISH_CLASS.search(f"meta {word}")


@pytest.mark.parametrize("label", (*lex.UPDATE_LABELS, *lex.UPDATE_LABELS_BEFORE_TIME))
@pytest.mark.parametrize("link", lex.UPDATE_LABEL_LINKS)
def test_an_update_label_with_its_link_word_before_a_time(label: str, link: str) -> None:
    assert datecands._UPDATE_LABEL.search(f"Story {label.capitalize()} {link} ")


@pytest.mark.parametrize("word", lex.DATE_LINE_WORDS)
def test_words_of_a_printed_date(word: str) -> None:
    assert datecands._DATE_WORD.match(word)


@pytest.mark.parametrize(
    "marks", ["baca-juga", "bacajuga", "list-terpopuler", "more-stories", "twitter-tweet", "prev-post"]
)
def test_containers_whose_dates_are_not_the_articles(marks: str) -> None:
    assert datecands._FOREIGN_CLASS.search(marks)


@pytest.mark.parametrize("marks", ["bild-credit", "foto-credit", "baca-juga", "main-nav", "license-author"])
def test_containers_whose_names_are_not_the_writers(marks: str) -> None:
    assert bylines._ELSEWHERE.search(marks)


def test_an_article_container_is_none_of_those() -> None:
    assert not datecands._FOREIGN_CLASS.search("article-meta entry-header")
    assert not bylines._ELSEWHERE.search("article-byline entry-header")
    assert len(lex.FOREIGN_DATE_CLASS_PATTERNS) == len(set(lex.FOREIGN_DATE_CLASS_PATTERNS))
    assert len(lex_bylines.ELSEWHERE_CLASS_PATTERNS) == len(set(lex_bylines.ELSEWHERE_CLASS_PATTERNS))


@pytest.mark.parametrize("word", navigation.UI_HEADINGS)
def test_a_navigation_heading_is_no_headline(word: str) -> None:
    h1 = lxml_html.fragment_fromstring(f"<h1>{word.title()}</h1>")
    assert titles.is_ui_heading(h1, h1.text_content(), None)


def test_a_headline_is_no_navigation_heading() -> None:
    h1 = lxml_html.fragment_fromstring("<h1>Harbour board delays pier repairs</h1>")
    assert not titles.is_ui_heading(h1, h1.text_content(), None)


@pytest.mark.parametrize("word", junklines.DATELINE_HOUR_WORDS)
def test_a_date_and_time_after_a_title_separator(word: str) -> None:
    assert titles._DATE_AFFIX.match(f"31.10.2023, 10.19 {word.capitalize()}")
    assert not titles._DATE_AFFIX.match("Harbour 2023")


@pytest.mark.parametrize(
    ("label", "marks"),
    [
        ("Aggiornato il", ""),
        ("Diperbarui pada", ""),
        ("Na-update noong", ""),
        ("", "fecha-actualizacion"),
        ("", "data-atualizacao"),
        ("", "data-aggiornamento"),
        ("", "datum-bijgewerkt"),
        ("", "tarikh-dikemaskini"),
    ],
)
def test_an_update_time_in_the_languages_added_in_session_11(label: str, marks: str) -> None:
    box = lxml_html.fragment_fromstring(f'<p>{label} <time class="{marks}">5.8.2024 20:49</time></p>')
    assert datecands.is_update_element(box[0])


def test_a_publication_time_is_no_update_time() -> None:
    box = lxml_html.fragment_fromstring('<p>Pubblicato il <time class="data-pubblicazione">5.8.2024</time></p>')
    assert not datecands.is_update_element(box[0])


@pytest.mark.parametrize("text", ["Selasa, 12/03/2024 pukul 14.05 WIB", "12/03/2024 jam 14:05 WIB"])
def test_the_time_after_a_numeric_indonesian_date(text: str) -> None:
    found = dates._NUMERIC_DMY.search(text)
    assert found and found.group("h", "mi", "zn") == ("14", "05", "WIB")
