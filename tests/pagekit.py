"""Small builders shared by the extraction tests: a page from a head and a body, its article, its title."""

from __future__ import annotations

import json
from pathlib import Path

from newsbot.extraction import extract, parse_html
from newsbot.extraction.metadata import extract_metadata
from newsbot.models import Article, Rejection

#: The hand-written fixture pages (<stem>.html beside its expected <stem>.json).
FIXTURE_PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"


def page(head: str, body: str, title: str, lang: str = "en") -> bytes:
    """A UTF-8 page with `title` as its <title>, `head` after it and `body` as the whole body."""
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>{body}</body></html>'
    ).encode()


def extract_article(raw: bytes, url: str) -> Article:
    """The page's record, which the test needs to be an article (served with status 200)."""
    record = extract(raw, url, http_status=200)
    assert isinstance(record, Article), record
    return record


def ld(obj: object) -> str:
    """A JSON-LD script element holding `obj` (non-ASCII kept as written, as publishers do)."""
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


def title_of(head: str, body: str, url: str) -> str | None:
    """The title newsbot's metadata step chooses for a page made of `head` and `body`."""
    tree = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    return extract_metadata(tree, url).title


def fixture_record(stem: str) -> Article | Rejection:
    """The record of fixture page `stem`, extracted at the URL its expected JSON gives (status 200)."""
    expected = json.loads((FIXTURE_PAGES / f"{stem}.json").read_text(encoding="utf-8"))
    record = extract((FIXTURE_PAGES / f"{stem}.html").read_bytes(), expected["url"], http_status=200)
    assert isinstance(record, (Article, Rejection)), record
    return record
