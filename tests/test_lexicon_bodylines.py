"""The body's line patterns are built from newsbot.lexicon.bodylines: every word listed there is matched."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newsbot.extraction import body, junk
from newsbot.lexicon import bodylines as lex


@pytest.mark.parametrize("word", lex.CREDIT_LABELS)
def test_credit_labels(word: str) -> None:
    assert body._CREDIT.match(f"{word.title()}: Jane Doe/Agency")


@pytest.mark.parametrize("word", lex.DATELINE_LABELS + lex.DATELINE_LABELS_BEFORE_DIGIT + lex.DATELINE_COLON_LABELS)
def test_dateline_labels(word: str) -> None:
    assert body._DATELINE.match(f"{word.capitalize()}: 22.04.2024, 06:00")


@pytest.mark.parametrize("link", lex.DATELINE_LABEL_LINKS)
def test_dateline_links(link: str) -> None:
    assert body._DATELINE.match(f"{lex.DATELINE_LABELS[0]} {link} 22.04.2024")


@pytest.mark.parametrize("link", lex.DATELINE_TIME_LINKS)
def test_dateline_time_links(link: str) -> None:
    assert body._DATELINE.match(f"Senin, 14 April 2008 {link} 10:25")


@pytest.mark.parametrize("word", lex.BYLINE_NAME_PREFIXES)
def test_byline_prefixes(word: str) -> None:
    assert body._BYLINE.match(f"{word} Jane Doe")


@pytest.mark.parametrize("word", lex.BYLINE_NAME_LABELS)
def test_byline_labels_in_either_case(word: str) -> None:
    assert body._BYLINE.match(f"{word}: Jane Doe") and body._BYLINE.match(f"{word.capitalize()} : Jane Doe")


@pytest.mark.parametrize("word", lex.BYLINE_NAME_CONJUNCTIONS)
def test_byline_conjunctions(word: str) -> None:
    assert body._BYLINE.match(f"by Jane Doe {word} John Roe")


@pytest.mark.parametrize("word", lex.RELEASE_ABOUT_HEADINGS)
def test_release_about_headings(word: str) -> None:
    assert junk._RELEASE_BOILERPLATE.match(f"{word.capitalize()} Acme Holdings")


@pytest.mark.parametrize("word", lex.CONTACT_LABELS + tuple(f"{k} contact" for k in lex.RELEASE_CONTACT_KINDS))
def test_release_contact_lines(word: str) -> None:
    assert junk._RELEASE_BOILERPLATE.match(f"{word.capitalize()}: Jane Roe, 555-0188")


@pytest.mark.parametrize("word", lex.AGENCY_WITH_WORDS)
def test_agency_with(word: str) -> None:
    assert junk._AGENCY_WITH.match(f"Le Monde {word} AFP")


@pytest.mark.parametrize("word", lex.CONTACT_LINE_WORDS)
@pytest.mark.parametrize("at", lex.CONTACT_LINE_AT)
def test_contact_line(word: str, at: str) -> None:
    assert junk._CONTACT_LINE.match(f"{word.capitalize()} Jane Doe {at} jdoe@paper.example")


@pytest.mark.parametrize("word", lex.COMMENT_CLASS_WORDS)
def test_comment_thread_class_words(word: str) -> None:
    assert body._thread_tokens(f"box {word} wide") and body._thread_tokens(f"box {word.upper()}")


@pytest.mark.parametrize("word", lex.CAPTION_CLASS_WORDS)
def test_caption_class_words(word: str) -> None:
    box = lxml_html.fragment_fromstring(f'<div class="article-{word}"><span>Foto der Woche</span></div>')
    assert body._captioned(box[0])


def test_story_sentences_are_none_of_these_lines() -> None:
    line = "The harbour board said on Monday that repairs to the old pier start in spring."
    patterns = (body._CREDIT, body._DATELINE, body._BYLINE, junk._RELEASE_BOILERPLATE, junk._CONTACT_LINE)
    assert not any(p.match(line) for p in patterns)
    assert not body._thread_tokens("article-body story")
