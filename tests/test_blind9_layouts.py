"""Junk and byline patterns the blind pages of session 9 showed (fixtures/pages, blind9): each test names
the general pattern, and each failed before its rule was written."""

from __future__ import annotations

from newsbot.extraction.authors import clean_authors
from newsbot.extraction.junk import remove_junk, without_author_lines

_STORY = (
    "The harbour board agreed on Monday to rebuild the old wooden pier before winter, after divers found "
    "that storms had loosened most of the piles that hold up its northern end."
)
_MORE = "Work is due to start in May and the pier will stay closed to anglers until the autumn, the board said."


def test_new_tab_note_of_a_link_is_cut_from_the_sentence() -> None:
    """Pattern "new-tab note": the screen-reader text of a link, after a comma or in brackets."""
    out = remove_junk(
        [
            "The operators offered a pay rise of 4.5%, they said in a statement, opens new tab.",
            "The rules are on the council's site (opens in a new window) and at the town hall.",
            "The museum opens a new window onto the town's past with its harbour gallery this spring.",
        ]
    )
    assert out[0] == "The operators offered a pay rise of 4.5%, they said in a statement."
    assert out[1] == "The rules are on the council's site and at the town hall."
    assert "opens a new window onto" in out[2]  # prose, no brackets or comma: kept


def test_editor_initials_in_square_brackets_close_the_story() -> None:
    """Pattern "agency code": the editor's initials alone on the last line, in square brackets too."""
    assert remove_junk([_STORY, _MORE, "[faz]"]) == [_STORY, _MORE]
    assert remove_junk([_STORY, "[ded/rnd]"]) == [_STORY]


def test_publication_and_update_times_as_a_line_are_chrome() -> None:
    """Pattern "dateline line": the words and the dates only, in the languages that print them."""
    lines = [
        "Publié le 12/03/2024 14:05 Mis à jour le 12/03/2024 18:30",
        "Veröffentlicht am 12. März 2024, 14:05 Uhr",
        "Publicado el 12 de marzo de 2024",
        "Atualizado em 12/03/2024 às 18h30",
    ]
    assert remove_junk([*lines, _STORY]) == [_STORY]
    # a sentence mentioning publication is text
    kept = "Le rapport, publié le 12/03/2024, recommande de fermer la ligne pendant trois mois."
    assert remove_junk([_STORY, kept]) == [_STORY, kept]


def test_french_byline_block_and_desk_lines_at_the_top_go() -> None:
    """Pattern "byline line": "Article rédigé par X - Outlet" and the desk line under it."""
    out = remove_junk(["Article rédigé par Julie Martin - Info Continue", "Rédaction Économie", _STORY])
    assert out == [_STORY]


def test_reader_poll_box_goes_with_its_question_and_answers() -> None:
    """Pattern "poll box": the heading, then short lines (question, options) go; prose after it stays."""
    out = remove_junk([_STORY, "Today's Poll", "Should the district have raised rates?", "Yes", "No", _MORE])
    assert out == [_STORY, _MORE]


def test_role_line_under_a_by_line_goes() -> None:
    """Pattern "byline role line": "Courier Staff Writer" printed under "By Janet Morrow"."""
    out = remove_junk(["By Janet Morrow", "Courier Staff Writer", _STORY])
    assert "Courier Staff Writer" not in out and _STORY in out
    # the same words without a byline above them are left alone
    assert remove_junk([_STORY, "Courier Staff Writer"])[-1] == "Courier Staff Writer"


def test_author_profile_box_closing_the_story_goes() -> None:
    """Pattern "author bio box": one of the last lines opens with an author's name and a verb about them and
    ends in the profile link's label; a wire service's bio line without it is kept (body truths keep it)."""
    bio = "Claire Donovan is a national correspondent for The Ledger, based in Denver. More about Claire Donovan"
    assert without_author_lines([_STORY, _MORE, _STORY + " Again.", bio], ["Claire Donovan"])[-1] != bio
    # someone else's description is text
    other = "Lena Ortiz is Aurora's water director and has held the post since 2019."
    assert without_author_lines([_STORY, _MORE, _STORY + " Again.", other], ["Claire Donovan"])[-1] == other
    wire = "Claire Donovan covers water and drought for the Ledger News Service. Follow Claire on X."
    assert without_author_lines([_STORY, _MORE, _STORY + " Again.", wire], ["Claire Donovan"])[-1] == wire


def test_chrome_phrases_of_new_outlet_families() -> None:
    """Lexicon families: sponsorship label, print-edition note, site-wide update line, paywall box, programme
    note, print-only address line."""
    chrome = [
        "Supported by",
        "A version of this article appears in print on March 13, 2024, Section A, Page 14 of the New York edition.",
        "Get Current Updates on India News along with Latest News and Top Headlines from India and the world.",
        "Zugang zu allen Plus-Artikeln. Jederzeit kündbar.",
        "Jetzt 30 Tage kostenfrei testen",
        "Sie sind bereits Abonnent? Hier anmelden",
        "Dieses Thema im Programm: Das Erste, tagesblick, 12. März 2024, 20:00 Uhr",
        "Dieser Artikel wurde ausgedruckt unter der Adresse: www.tagesblick.example/wirtschaft/x-100.html",
        "Print this story | E-mail this story to a friend | Write a letter to the editor",
    ]
    for line in chrome:
        assert remove_junk([_STORY, line, _MORE]) == [_STORY, _MORE], line


def test_posting_time_after_the_name_is_not_part_of_it() -> None:
    """A blog footer's "Posted by X at 10:42 PM" and a forum's "by X » Sun Jul 12, 2009 9:02 pm"."""
    assert clean_authors(["Posted by Greg Halvorsen at 10:42 PM"]) == ["Greg Halvorsen"]
    assert clean_authors(["by Old Digger » Sun Jul 12, 2009 9:02 pm"]) == ["Old Digger"]


def test_blog_footer_byline_with_a_time_is_found() -> None:
    from lxml import html as lxml_html

    from newsbot.extraction.bylines import text_bylines

    tree = lxml_html.fromstring(
        "<html><body><h3>First frost and the last tomatoes</h3><p>" + _STORY + "</p>"
        '<p class="entry-footer"><span>Posted by Greg Halvorsen at 10:42 PM</span> | <a>Permalink</a></p>'
        "</body></html>"
    )
    assert text_bylines(tree, "First frost and the last tomatoes") == ["Posted by Greg Halvorsen at 10:42 PM"]
