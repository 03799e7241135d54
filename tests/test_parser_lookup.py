"""The extraction parser picks element classes in C; records must be what lxml.html's parser gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

import newsbot.extraction as extraction

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_PAGES = sorted((ROOT / "fixtures").rglob("*.html"))
FETCHED = "2026-01-01T00:00:00+00:00"


def test_every_element_is_an_html_element() -> None:
    tree = extraction.parse_html("<html><body><form><input name=q><p>x<!-- c --></p></form></body></html>")
    assert all(isinstance(el, lxml_html.HtmlElement) for el in tree.iter())
    assert tree.find(".//p").text_content() == "x"


@pytest.mark.parametrize("page", FIXTURE_PAGES, ids=lambda p: str(p.relative_to(ROOT / "fixtures")))
def test_same_record_as_with_lxml_html_parser(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    html = page.read_bytes()
    url = "https://example.com/news/2024/a-story"
    ours = extraction.extract(html, url, fetched_at=FETCHED)
    monkeypatch.setattr(
        extraction,
        "_PARSER",
        lxml_html.HTMLParser(
            collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
        ),
    )
    plain = extraction.extract(html, url, fetched_at=FETCHED)
    assert ours.model_dump() == plain.model_dump()
