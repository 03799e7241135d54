"""The body's line patterns are built from newsbot.lexicon.bodylines: every word listed there is matched."""

from __future__ import annotations

import re

import pytest
from lxml import html as lxml_html

from newsbot.extraction import body, junk
from newsbot.lexicon import bodylines as lex
from newsbot.lexicon.dates import DATE_TIME_LINKS

_DATELINE_WORDS = lex.DATELINE_LABELS + lex.DATELINE_LABELS_BEFORE_DIGIT + lex.DATELINE_COLON_LABELS
#: (pattern, a line it must match) for every word of every list.
CASES: list[tuple[re.Pattern[str], str]] = [
    *((body._CREDIT, f"{w.title()}: Jane Doe/Agency") for w in lex.CREDIT_LABELS),
    *((body._DATELINE, f"{w.capitalize()}: 22.04.2024, 06:00") for w in _DATELINE_WORDS),
    *((body._DATELINE, f"{lex.DATELINE_LABELS[0]} {w} 22.04.2024") for w in lex.DATELINE_LABEL_LINKS),
    *((body._DATELINE, f"Senin, 14 April 2008 {w} 10:25") for w in DATE_TIME_LINKS),
    *((body._BYLINE, f"{w} Jane Doe") for w in lex.BYLINE_NAME_PREFIXES),
    *((body._BYLINE, f"{w}: Jane Doe") for w in lex.BYLINE_NAME_LABELS),
    *((body._BYLINE, f"{w.capitalize()} : Jane Doe") for w in lex.BYLINE_NAME_LABELS),
    *((body._BYLINE, f"by Jane Doe {w} John Roe") for w in lex.BYLINE_NAME_CONJUNCTIONS),
    *((junk._RELEASE_BOILERPLATE, f"{w.capitalize()} Acme Holdings") for w in lex.RELEASE_ABOUT_HEADINGS),
    *((junk._RELEASE_BOILERPLATE, f"{w.capitalize()}: Jane Roe, 555-0188") for w in lex.CONTACT_LABELS),
    *((junk._RELEASE_BOILERPLATE, f"{w.capitalize()} contacts") for w in lex.RELEASE_CONTACT_KINDS),
    *((junk._AGENCY_WITH, f"Le Monde {w} AFP") for w in lex.AGENCY_WITH_WORDS),
    *((junk._AGENCY_WITH, f"(with {a.upper()})") for a in lex.AGENCY_WITH_AGENCIES),
    *((junk._AGENCY_CREDIT_LINE, f"aja/{a.upper()}") for a in lex.AGENCY_CREDIT_AFTER_INITIALS),
    *((junk._AGENCY_CREDIT_LINE, f"({a}/lnw)") for a in lex.AGENCY_CREDIT_BEFORE_INITIALS),
    *((body._CREDIT, f"Harbour at dawn. Jane Roe / {a.title()}") for a in lex.PICTURE_AGENCIES_AFTER_SLASH),
    *((body._CREDIT, f"Harbour at dawn. Photo by Jane Roe {t.title()}") for t in lex.PICTURE_CREDIT_TAILS),
    *(
        (junk._CONTACT_LINE, f"{w.capitalize()} Jane Doe {at} jdoe@paper.example")
        for w in lex.CONTACT_LINE_WORDS
        for at in lex.CONTACT_LINE_AT
    ),
]


@pytest.mark.parametrize(("pattern", "line"), CASES, ids=[line for _, line in CASES])
def test_every_listed_word_is_matched(pattern: re.Pattern[str], line: str) -> None:
    assert pattern.match(line)


@pytest.mark.parametrize("word", lex.COMMENT_CLASS_WORDS)
def test_comment_thread_class_words(word: str) -> None:
    assert body._thread_tokens(f"box {word} wide") and body._thread_tokens(f"box {word.upper()}")


@pytest.mark.parametrize("word", lex.CAPTION_CLASS_WORDS)
def test_caption_class_words(word: str) -> None:
    box = lxml_html.fragment_fromstring(f'<div class="article-{word}"><span>Foto der Woche</span></div>')
    assert body._captioned(box[0])


def test_story_sentences_are_none_of_these_lines() -> None:
    line = "The harbour board said on Monday that repairs to the old pier start in spring."
    patterns = (
        body._CREDIT,
        body._DATELINE,
        body._BYLINE,
        junk._RELEASE_BOILERPLATE,
        junk._CONTACT_LINE,
        junk._AGENCY_WITH,
        junk._AGENCY_CREDIT_LINE,
    )
    assert not any(p.match(line) for p in patterns)
    assert not body._thread_tokens("article-body story")


@pytest.mark.parametrize(
    "line", ["Von Nina Magoley", "By Jane Doe and John Roe", "Oleh Budi Santoso", "Par Marie Dupont"]
)
def test_a_capitalised_byline_prefix_makes_a_byline_line(line: str) -> None:
    # The pattern's own examples: a byline line starts with a capital as often as not.
    assert body._BYLINE.match(line)
    assert body._is_chrome_line(line, set())


@pytest.mark.parametrize("line", ["Di Maria Lopez", "De Niro Pacino", "Da Silva Santos", "Door Prize Winners"])
def test_prefixes_that_also_begin_names_or_words_stay_lower_case_only(line: str) -> None:
    assert not body._BYLINE.match(line)
    assert body._BYLINE.match(line[0].lower() + line[1:])


@pytest.mark.parametrize("line", ["Von Risiken und Nebenwirkungen", "By Reuters", "By JaneDoe"])
def test_after_a_capitalised_prefix_only_full_names_make_a_byline_line(line: str) -> None:
    # German capitalises nouns: a heading "Von X und Y" is no byline; a one-word name is no full name.
    assert not body._BYLINE.match(line)


@pytest.mark.parametrize("line", ["14 abril 2008 às 10:25", "14 aprile 2008 alle 10:25", "14 april 2008 om 10:25"])
def test_a_date_line_with_its_time_in_the_languages_added_in_session_11(line: str) -> None:
    assert body._DATELINE.match(line)
