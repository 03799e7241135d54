"""The junk module's chrome-line patterns are built from newsbot.lexicon.junklines: every word listed there
is matched, and story sentences are none of these lines."""

from __future__ import annotations

import re

import pytest

from newsbot.extraction import junk
from newsbot.lexicon import junklines as lex
from newsbot.lexicon.dates import DATE_TIME_LINKS

#: (pattern, a line it must match) for every word of every list.
CASES: list[tuple[re.Pattern[str], str]] = [
    *((junk._EMBED_TOKEN, f"[{w.capitalize()}: Harbour tour]") for w in lex.EMBED_KINDS),
    *((junk._BRACKETED_CREDIT, f"({w.capitalize()}: Jane Roe)") for w in lex.BRACKETED_CREDIT_LABELS),
    *((junk._UPDATED_LINE, f"{w.capitalize()}: 14.02.2019") for w in lex.UPDATED_LABELS),
    *((junk._TIMING_LINE, f"{w.capitalize()} 10 {u}") for w in lex.READ_VERBS for u in lex.READ_TIME_UNITS),
    *(
        (junk._TIMING_LINE, f"{lex.READ_VERBS[0]} {w} 3 {u}ute")
        for w in lex.READ_VERB_LINKS
        for u in lex.READ_TIME_UNIT_STEMS
    ),
    *((junk._TIMING_LINE, f"5 {m} {w}") for m in lex.READ_MINUTE_WORDS for w in lex.READ_AFTER_MINUTES),
    *((junk._TIMING_LINE, f"{w.capitalize()}: 3 Min.") for w in lex.READ_TIME_LABELS),
    *((junk._TIMING_LINE, f"{lex.READ_TIME_LABELS[1]} {w} 3 min") for w in lex.READ_TIME_LABEL_LINKS),
    *((junk._TIMING_LINE, f"{w.capitalize()} 01:34") for w in lex.DURATION_LABELS),
    *((junk._FOLLOW_LINE, f"{w.capitalize()} Kabar Nusa on Facebook, X and Instagram") for w in lex.FOLLOW_VERBS),
    *((junk._FOLLOW_LINE, f"Follow Kabar Nusa {w} Facebook and Instagram") for w in lex.FOLLOW_ON),
    *((junk._FOLLOW_LINE, f"Follow Kabar Nusa on Facebook, X {w} Instagram") for w in lex.FOLLOW_LIST_CONJUNCTIONS),
    *((junk._FOLLOW_LINE, f"Follow Kabar Nusa on {n.title()} and {n.title()}") for n in lex.SOCIAL_NETWORKS),
    *((junk._BACK_TO, f"{w.capitalize()} Beranda") for w in lex.BACK_TO_LINKS),
    *(
        (junk._COVERAGE_LINE, f"{v.capitalize()} more {c} of the vote {at} https://paper.example/vote")
        for v in lex.COVERAGE_VERBS
        for c in lex.COVERAGE_WORDS
        for at in lex.COVERAGE_LINKS
    ),
    *((junk._BYLINE_WITH_EXTRAS, f"{w.capitalize()} Marcus Lee | Valley Courier") for w in lex.BYLINE_EXTRAS_PREFIXES),
    *((junk._SOURCED_FROM, f"({w.capitalize()} EFE)") for w in lex.SOURCED_FROM_OPENINGS),
    *((junk._CAPTION_CREDIT, f"Warga di pantai. {w.capitalize()}: Kabar Nusa") for w in lex.CAPTION_CREDIT_LABELS),
    *((junk._PICTURE_WORD, f"{w.capitalize()} of the harbour") for w in lex.PICTURE_WORDS),
    *(
        (junk._SCROLL_LINE, f"{v.capitalize()} down to {w} reading")
        for v in lex.SCROLL_VERBS
        for w in lex.SCROLL_CONTINUE_WORDS
    ),
    *((junk._SCROLL_LINE, f"{lex.SCROLL_VERBS[0]} to {w}kan") for w in lex.SCROLL_CONTINUE_STEMS),
    *((junk._CLICK_HERE, f"{w.capitalize()} untuk terus membaca") for w in lex.CLICK_HERE_WORDS),
    *((junk._ROLE_NAME_LINE, f"{w.capitalize()}: Rina Marlina") for w in lex.ROLE_LINE_WORDS),
    *((junk._NAME_ROLE_LINE, f"Rina Anggraeni, {w.title()}") for w in lex.NAME_ROLE_WORDS),
    *((junk._DATELINE_LINE, f"{w.capitalize()} 12/03/2024 14:05") for w in lex.DATELINE_LINE_WORDS),
    *((junk._DATELINE_LINE, f"Publié {w} 12/03/2024") for w in lex.DATELINE_LINE_LINKS),
    *((junk._DATELINE_LINE, f"Publié le 12/03/2024 {w} 14:05") for w in DATE_TIME_LINKS),
    *((junk._DATELINE_LINE, f"Publié le 12/03/2024 14:05 {w}") for w in lex.DATELINE_HOUR_WORDS),
    *(
        (junk._DATELINE_LINE, f"Publicado 1{o} {d} marzo {d} 2024")
        for o in lex.DAY_ORDINAL_SUFFIXES
        for d in lex.DATE_PART_LINKS
    ),
    *((junk._BY_NAME_LINE, f"{w.capitalize()} Jane Roe") for w in lex.BY_NAME_PREFIXES),
    *((junk._ROLE_ONLY_LINE, f"Courier {w.title()}") for w in lex.BYLINE_ROLE_WORDS),
    *((junk._PROFILE_LINK, f"Read on. {w.capitalize()} Claire Donovan") for w in lex.PROFILE_LINK_LABELS),
]
#: Patterns looked for anywhere in the line (the others match from its start).
SEARCHED = (junk._PROFILE_LINK, junk._CAPTION_CREDIT)


@pytest.mark.parametrize(("pattern", "line"), CASES, ids=[line for _, line in CASES])
def test_every_listed_word_is_matched(pattern: re.Pattern[str], line: str) -> None:
    assert pattern.search(line) if pattern in SEARCHED else pattern.match(line)


@pytest.mark.parametrize("verb", lex.BIO_VERBS)
def test_bio_verbs(verb: str) -> None:
    assert junk._BIO_VERB.match(f"Claire Donovan {verb} a correspondent", len("Claire Donovan"))


@pytest.mark.parametrize(
    "note",
    [
        "(opens in a new window)",
        "(link is external)",
        "(öffnet in einem neuen Fenster)",
        "(s’ouvre dans un nouvel onglet)",
        "(abre en una nueva pestaña)",
        "(abre em nova aba)",
    ],
)
def test_new_tab_notes_are_cut(note: str) -> None:
    assert any(key in note for key in lex.NEW_TAB_KEYS)
    assert junk._inline_notes(f"Read the report {note} on the council site.") == "Read the report on the council site."


def test_story_sentences_are_none_of_these_lines() -> None:
    line = "The harbour board said on Monday that repairs to the old pier start in spring."
    patterns = [pattern for pattern, _ in CASES]
    assert not any(p.match(line) for p in patterns)
    assert junk._inline_notes("The museum opens a new window onto the harbour.") == (
        "The museum opens a new window onto the harbour."
    )


@pytest.mark.parametrize("word", lex.CREDIT_WORDS_WITHOUT_COLON)
def test_a_credit_word_needs_no_colon(word: str) -> None:
    assert junk._starts_with_role(f"{word} 2024 kabar nusa", (word,))
    assert not junk._starts_with_role("pewarta rina marlina", ("pewarta",))


@pytest.mark.parametrize("opening", lex.LONG_CREDIT_OPENINGS)
def test_a_long_credit_line_with_its_opening_is_still_a_credit_line(opening: str) -> None:
    line = f"{opening.capitalize()} telah tayang di Kabar Nusa dengan judul " + " ".join(["Warga"] * 20)
    assert junk._is_credit_line(line, junk.DEFAULT_TABLE)


@pytest.mark.parametrize(
    "line",
    [
        "Voltar para Notícias | Voltar para Início",
        "Torna a Notizie | Torna a Home",
        "Terug naar Nieuws | Terug naar Home",
        "Bumalik sa Balita | Print",
    ],
)
def test_a_footer_link_line_back_up_the_site_in_the_languages_added_in_session_11(line: str) -> None:
    assert junk.DEFAULT_TABLE.is_junk(line)
