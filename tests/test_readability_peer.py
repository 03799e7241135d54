"""Readability's body (extract()'s peer candidate) is read from a copy of the pruned tree, not a second parse."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

import newsbot.extraction as extraction
from newsbot import speedups
from newsbot.extraction import decode_html, extract, parse_html
from newsbot.extraction.body import prune_tree, readability_lines
from newsbot.models import Article

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_PAGES = sorted((ROOT / "fixtures" / "pages").glob("*.html"))


@pytest.fixture(autouse=True, scope="module")
def installed() -> speedups.Report:
    """The speed-ups, as the extraction workers install them."""
    return speedups.install()


@pytest.mark.parametrize("page", FIXTURE_PAGES[::3], ids=lambda p: p.name)
def test_readability_body_of_a_copy_is_that_of_a_fresh_parse(page: Path) -> None:
    """The copy of the pruned tree gives readability's body exactly as parsing and pruning the page again did."""
    text, _ = decode_html(page.read_bytes(), None)
    tree = parse_html(text)
    prune_tree(tree, cutlines="cutline" in text)
    fresh = parse_html(text)
    prune_tree(fresh, cutlines="cutline" in text)
    assert readability_lines(copy.deepcopy(tree)) == readability_lines(fresh)


def test_the_page_is_parsed_once_when_only_readability_reads_it_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """An article whose body asks readability (4+ lines) and nothing else of the page as served: one parse."""
    paragraphs = "".join(
        f"<p>Paragraph {n} of the harbour story tells what the council decided on the new pier and why.</p>"
        for n in range(6)
    )
    html = (
        "<html><head><title>Harbour pier approved by the council</title>"
        '<meta property="og:type" content="article"></head><body><article>'
        f"<h1>Harbour pier approved by the council</h1>{paragraphs}</article></body></html>"
    ).encode()
    calls = []
    real = extraction.parse_html

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(extraction, "parse_html", counted)
    record = extract(html, "https://example.org/news/2024/05/06/harbour-pier-approved.html")
    assert isinstance(record, Article), record
    assert len(calls) == 1
