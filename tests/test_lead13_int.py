"""Fixes the lead made while merging session 13's branches (issue 19)."""

from __future__ import annotations

from newsbot.extraction.authors import clean_authors
from newsbot.extraction.bylines import _TEXT_BYLINE


def test_writer_label_and_name_in_greek_or_cyrillic_script_make_a_byline() -> None:
    # a name's words start with a capital of their own script
    assert _TEXT_BYLINE.match("Συντάκτης: Ελένη Παπαδοπούλου")
    assert _TEXT_BYLINE.match("Автор: Олена Коваленко")
    assert clean_authors(["Συντάκτης: Ελένη Παπαδοπούλου"]) == ["Ελένη Παπαδοπούλου"]
