"""Fixes the lead made while merging session 13's branches (issue 19)."""

from __future__ import annotations

from newsbot.extraction.authors import clean_authors
from newsbot.extraction.bylines import _TEXT_BYLINE


def test_writer_label_and_name_in_greek_or_cyrillic_script_make_a_byline() -> None:
    # a name's words start with a capital of their own script
    assert _TEXT_BYLINE.match("Συντάκτης: Ελένη Παπαδοπούλου")
    assert _TEXT_BYLINE.match("Автор: Олена Коваленко")
    assert clean_authors(["Συντάκτης: Ελένη Παπαδοπούλου"]) == ["Ελένη Παπαδοπούλου"]


def test_english_line_of_publication_and_update_dates_is_no_text() -> None:
    from newsbot.extraction.body import clean_body

    story = "The state cabinet on Sunday approved the second phase of the metro rail project after a long wait."
    pair = "Published: 7th December 2026 05:42 AM | Last Updated: 8th December 2026 10:15 AM"
    assert clean_body([pair, story]) == [story]
    # a sentence about publishing and updating is text
    sentence = "The report was published on 7 December 2026 and updated on 8 December 2026 after complaints."
    assert clean_body([story, sentence]) == [story, sentence]


def test_byline_row_with_a_writer_label_and_its_dates_is_no_text() -> None:
    from newsbot.extraction.junk import without_author_lines

    story = "Büyükşehir Belediyesi, kentin kuzeyindeki mahalleleri şehir merkezine bağlayan üç yeni hattı açtı."
    row = "Haber: Mehmet Yılmaz | 07.12.2026 14:20 | Güncelleme: 07.12.2026 16:45"
    assert without_author_lines([row, story], ["Mehmet Yılmaz"]) == [story]
    assert without_author_lines([story], ["Mehmet Yılmaz"]) == [story]
