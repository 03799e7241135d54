"""The author cleaner's, the byline finder's and the metadata byline search's patterns are built from
newsbot.lexicon.bylines (and .dates): every word listed there is matched where it is used."""

from __future__ import annotations

import re

import pytest

from newsbot.extraction import authors, bylines, metadata
from newsbot.lexicon import bylines as lex
from newsbot.lexicon.dates import DATE_CLASS_WORDS

#: (pattern, a text it must match from its start) for every word of every list.
CASES: list[tuple[re.Pattern[str], str]] = [
    *((authors._AMBIGUOUS, f"{w} Jane Doe") for w in lex.AMBIGUOUS_BY_PREFIXES),
    *((authors._NAMED_LABEL, f"Pressemitteilung {w} Katja Kipping") for w in lex.LABEL_BY_PREFIXES),
    *((authors._ROLE, f"{w.capitalize()} Jane Doe") for w in lex.ROLE_WORDS_BEFORE_NAME),
    *((bylines._NOT_BYLINE_CLASS, f"{w}-box") for w in lex.NOT_BYLINE_CLASS_WORDS),
    *((bylines._BYLINE_CLASS, f"{w}-box") for w in lex.BYLINE_CLASS_WORDS),
    *((bylines._TEXT_BYLINE, f"By Juan {w} Cruz") for w in lex.NAME_PARTICLES),
    *((bylines._TEXT_BYLINE, f"By Jane Doe {w} John Roe") for w in lex.BYLINE_TEXT_CONJUNCTIONS),
    *((bylines._TEXT_BYLINE, f"Posted by Jane Doe {w} 10:42 PM") for w in lex.NAME_TIME_CONNECTORS),
    *((bylines._TEXT_BYLINE, f"Posted by Jane Doe at 10:42 {w}") for w in lex.NAME_TIME_SUFFIXES),
    *((bylines._POSTED_LEAD, f"Posted {w} July 2, 2024 by Jane Doe") for w in lex.DATE_CONNECTORS),
    *((bylines._POSTED_LEAD, f"Posted July 2, 2024 {w} Jane Doe") for w in lex.AFTER_DATE_BY_PREFIXES),
    *((bylines._META_READ_TIME, f"5 min {w}") for w in lex.META_READ_TIME_AFTER),
    *((metadata._BYLINE_CLASS, f"{w}-box") for w in lex.BYLINE_CLASS_WORDS),
    *((metadata._NOT_BYLINE_CLASS, f"{w}-wrap") for w in lex.METADATA_NOT_BYLINE_CLASS_WORDS),
    *((metadata._DATE_CLASS, f"post-{w}") for w in DATE_CLASS_WORDS),
    *((metadata._BYLINE_TEXT, f"{w.capitalize()}: Jane Doe") for w in lex.METADATA_BYLINE_PREFIXES),
    *((metadata._BYLINE_TEXT, f"{w} Tom Whitaker, Staff Writer") for w in lex.STAFF_BYLINE_PREFIXES),
    *((metadata._BYLINE_TEXT, f"by Tom Whitaker, {w.title()} Writer") for w in lex.STAFF_ROLE_MODIFIERS),
    *((metadata._BYLINE_TEXT, f"by Tom Whitaker, {w.title()}") for w in lex.STAFF_ROLES),
]
#: Patterns looked for anywhere in the value (class and id words).
SEARCHED = (
    bylines._NOT_BYLINE_CLASS,
    bylines._BYLINE_CLASS,
    metadata._BYLINE_CLASS,
    metadata._NOT_BYLINE_CLASS,
    metadata._DATE_CLASS,
)


@pytest.mark.parametrize(("pattern", "text"), CASES, ids=[text for _, text in CASES])
def test_every_listed_word_is_matched(pattern: re.Pattern[str], text: str) -> None:
    assert pattern.search(text) if pattern in SEARCHED else pattern.match(text)


@pytest.mark.parametrize("word", lex.DATE_CONNECTORS + lex.DANGLING_CONNECTORS)
def test_a_date_after_the_name_goes_with_its_connector(word: str) -> None:
    assert authors.clean_authors([f"Orion Jones {word} November 8, 2012"]) == ["Orion Jones"]


@pytest.mark.parametrize("word", lex.NAME_TIME_CONNECTORS)
def test_a_posting_time_after_the_name_goes(word: str) -> None:
    assert authors.clean_authors([f"Jane Doe {word} 10:42 pm"]) == ["Jane Doe"]


@pytest.mark.parametrize("word", lex.NAME_SPLIT_WORDS)
def test_names_joined_by_a_conjunction_are_split(word: str) -> None:
    assert authors._SPLIT.split(f"Jane Doe {word} John Roe") == ["Jane Doe", "John Roe"]


def test_an_initial_e_is_no_conjunction() -> None:
    assert authors._SPLIT.split("Maria E. Costa") == ["Maria E. Costa"]


@pytest.mark.parametrize("word", lex.NAME_ABBREVIATIONS)
def test_a_name_ending_in_an_abbreviation_keeps_its_period(word: str) -> None:
    assert authors._ABBREVIATION_END.search(f"John Roe {word}.")


@pytest.mark.parametrize("word", lex.NAME_PARTICLES)
def test_a_full_name_with_particles_before_a_spaced_dash(word: str) -> None:
    head = authors._NAMED_HEAD.match(f"Anna {word} Berg – Freie Journalistin")
    assert head is not None and head.group(1) == f"Anna {word} Berg"


@pytest.mark.parametrize("word", lex.WEEKDAY_ABBREVIATIONS)
def test_an_abbreviated_weekday_goes_with_the_date(word: str) -> None:
    assert authors._MONTH_TAIL.search(f"Jane Doe » {word.title()} Jul 12, 2009")
    assert authors._DATE_TAIL.search(f"Jane Doe {word.title()}, 18. Oktober 2019")


@pytest.mark.parametrize("word", lex.LOWER_CASE_NAME_WORDS)
def test_a_lower_case_name_word_may_open_a_name(word: str) -> None:
    assert authors._is_name(f"{word} Berg Anna", set())
    assert not authors._is_name("filed Berg Anna", set())


@pytest.mark.parametrize("agency", lex.NEWS_AGENCIES)
def test_an_agency_after_the_name_is_no_dateline_place(agency: str) -> None:
    text = f"Jane Doe, {agency.title()}"
    assert not authors._dateline_place(text, ["Jane Doe", agency.title()])
    assert authors._dateline_place("Jane Doe, Washington", ["Jane Doe", "Washington"])
