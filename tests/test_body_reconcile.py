"""Readability's body as a second candidate: our lines past its end go only when the page shows them as teasers."""

from __future__ import annotations

from typing import Any

import pytest
from lxml import html as lxml_html

from newsbot.extraction.body import peer_tail, reconcile, teaser_tail_share

STORY = [
    f"The harbour board said on Monday that repairs to the old pier, closed after the storm, start in spring ({n})."
    for n in range(4)
]
TEASERS = [
    f"Ferry timetable changes for winter number {n} Operators cut two late crossings on weekdays from November."
    for n in range(3)
]


def _page(teaser_html: str) -> lxml_html.HtmlElement:
    story = "".join(f"<p>{line}</p>" for line in STORY)
    return lxml_html.document_fromstring(f"<html><body><article>{story}</article>{teaser_html}</body></html>")


def _teaser_list() -> str:
    items = "".join(
        f'<li><a href="/ferry-{n}">Ferry timetable changes for winter number {n}</a> Operators cut two late '
        "crossings on weekdays from November.</li>"
        for n in range(3)
    )
    return f"<ul>{items}</ul>"


def test_tail_after_readability_body_found() -> None:
    assert peer_tail([*STORY, *TEASERS], STORY) == len(STORY)
    # No tail, or a readability body that is a small part of ours (a box, not the story): no cut.
    assert peer_tail(STORY, STORY) is None
    assert peer_tail([*STORY, *TEASERS, *TEASERS, *TEASERS], STORY[:1]) is None


def test_teaser_tail_dropped() -> None:
    page = _page(_teaser_list())
    assert teaser_tail_share(page, TEASERS) == 1.0
    assert reconcile([*STORY, *TEASERS], STORY, lambda: page) == STORY


def test_teaser_leads_under_linked_headlines_dropped() -> None:
    # A related box: linked headlines over leads (the headline lines already gone as link text).
    boxes = "".join(
        f'<div><h3><a href="/ferry-{n}">Ferry timetable changes for winter</a></h3><p>{line}</p></div>'
        for n, line in enumerate(TEASERS)
    )
    page = _page(f"<div>{boxes}</div>")
    assert reconcile([*STORY, *TEASERS], STORY, lambda: page) == STORY


def test_story_prose_after_readability_end_kept() -> None:
    # Readability stops early on some stories: prose paragraphs of our body past its end stay.
    more = [line.replace("Ferry timetable", "The board added that") for line in TEASERS]
    page = _page("<div>" + "".join(f"<p>{line}</p>" for line in more) + "</div>")
    assert teaser_tail_share(page, more) == 0.0
    assert reconcile([*STORY, *more], STORY, lambda: page) == [*STORY, *more]


def test_page_layout_classes_and_table_rows_are_no_evidence() -> None:
    # A class on <body> names the page's layout ("no-sidebars"), not a box of teasers; a table row of the
    # story's data ("| a | b |") is never a teaser, even where a menu link shares its first word.
    rows = ["| Calories | 434 kcal |", "| Protein | 12 g |"]
    story = "".join(f"<p>{line}</p>" for line in STORY)
    more = "<p>" + TEASERS[0].replace("Ferry timetable", "The board added that") + "</p>"
    page = lxml_html.document_fromstring(
        '<html><body class="no-sidebars"><nav><a href="/calories">Calories</a></nav>'
        f"<article>{story}{more}<table><tr><td>Calories</td><td>434 kcal</td></tr>"
        "<tr><td>Protein</td><td>12 g</td></tr></table></article></body></html>"
    )
    tail = [TEASERS[0].replace("Ferry timetable", "The board added that"), *rows]
    assert teaser_tail_share(page, tail) == 0.0
    assert reconcile([*STORY, *tail], STORY, lambda: page) == [*STORY, *tail]


def test_list_of_headed_items_is_a_teaser_list() -> None:
    # Each item a headline (no link on it) over a lead and a "more" link: other stories, not this one.
    items = "".join(
        f"<li><h3>Ferry timetable changes for winter number {n}</h3> Operators cut two late crossings on weekdays "
        f'from November. <a href="/ferry-{n}">More</a></li>'
        for n in range(3)
    )
    page = _page(f"<div><ul>{items}</ul></div>")
    assert teaser_tail_share(page, TEASERS) == 1.0
    assert reconcile([*STORY, *TEASERS], STORY, lambda: page) == STORY


def test_words_counted_again_after_the_agency_code_goes_from_the_trimmed_body(monkeypatch: pytest.MonkeyPatch) -> None:
    """Once reconcile cuts the tail, the agency code glued to the new last line goes, and so do its words."""
    import newsbot.extraction as extraction

    coded = "The harbour board will publish the full repair plan and its costs before the end of the month. (dpa/lnw)"
    body = "".join(f"<p>{line}</p>" for line in [*STORY, coded, *TEASERS[:2]])
    html = (
        "<html lang='en'><head><title>Pier repairs start in spring</title></head><body><article>"
        f"<h1>Pier repairs start in spring</h1>{body}</article></body></html>"
    )
    seen: list[tuple[list[str], list[int]]] = []
    real_classify = extraction._classify

    def classify(*args: Any) -> Any:
        paragraphs, counts = args[1], args[6]  # _classify(meta, paragraphs, ..., counts, page)
        seen.append((list(paragraphs), list(counts)))
        return real_classify(*args)

    # Readability's body ends with the coded line: the two lines after it are cut as a teaser tail.
    monkeypatch.setattr(extraction, "reconcile", lambda paragraphs, peer, page: paragraphs[: len(paragraphs) - 2])
    monkeypatch.setattr(extraction, "_classify", classify)
    extraction.extract(html, "https://news.example.com/2024/01/02/pier-repairs.html")
    ((paragraphs, counts),) = seen
    assert paragraphs[-1].endswith("month."), paragraphs
    assert counts == [extraction.text_words(p) for p in paragraphs]
