"""Every fixture page against its expected JSON: articles keep every paragraph and carry no junk;
non-article pages come out as Rejections with a reason.

Pages: fixtures/pages/*.html (+ .json) and the served pages of fixtures/sites/duniaku (expected.json),
the latter read from disk with the site's ``{{base}}`` placeholder set to its public origin.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsbot.extraction import extract
from newsbot.models import Article, Rejection
from newsbot.outlets import load_outlet

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "fixtures" / "pages"
DUNIAKU = ROOT / "fixtures" / "sites" / "duniaku"
DUNIAKU_ORIGIN = "https://duniaku.example"


def _duniaku_file(path: str) -> Path:
    return DUNIAKU / (path.lstrip("/") + "index.html" if path.endswith("/") else path.lstrip("/"))


# Known gaps, each strict: the test starts failing (XPASS) the day the gap is closed.
KNOWN_GAPS = {
    "en-volunteers-restore-maple-park-bandstand": "table-layout page: trafilatura drops the first paragraph, "
    "which sits in a <font> right after a floated photo table",
}


def _cases() -> list[Any]:
    cases = []
    for html in sorted(PAGES.glob("*.html")):
        expected = json.loads(html.with_suffix(".json").read_text("utf-8"))
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[html.stem])] if html.stem in KNOWN_GAPS else []
        cases.append(pytest.param(html.read_bytes(), expected["url"], None, expected, id=html.stem, marks=marks))
    for path, expected in json.loads((DUNIAKU / "expected.json").read_text("utf-8")).items():
        raw = _duniaku_file(path).read_bytes().replace(b"{{base}}", DUNIAKU_ORIGIN.encode())
        cases.append(pytest.param(raw, DUNIAKU_ORIGIN + path, "duniaku", expected, id=f"duniaku{path}"))
    return cases


CASES = _cases()


def test_fixture_set_is_large_enough() -> None:
    kinds = [c.values[3]["kind"] for c in CASES]
    assert kinds.count("article") >= 12
    assert kinds.count("rejection") >= 20


def _fields(record: Article) -> dict[str, str]:
    return {name: value if isinstance(value, str) else " ".join(value)
            for name, value in record.model_dump().items() if isinstance(value, str | list)}


@pytest.mark.parametrize(("raw", "url", "outlet_name", "expected"), CASES)
def test_fixture_page(raw: bytes, url: str, outlet_name: str | None, expected: dict) -> None:
    outlet = load_outlet(outlet_name) if outlet_name else None
    record = extract(raw, url, outlet, http_status=200)
    if expected["kind"] == "rejection":
        assert isinstance(record, Rejection), f"expected a rejection, got an article titled {record.title!r}"
        assert record.reason and record.detail
        return
    assert isinstance(record, Article), f"rejected: {record.reason}: {record.detail}"
    missing = [p for p in expected["paragraphs"] if p not in record.text]
    assert not missing, f"paragraphs missing from the text: {missing}"
    fields = _fields(record)
    leaked = [(junk, name) for junk in expected.get("junk", []) for name, value in fields.items() if junk in value]
    assert not leaked, f"junk in the record: {leaked}"
    assert record.title == expected["title"]
    assert record.language == expected["language"]
    assert record.published_at == expected["published_at"]
    assert record.authors == expected["authors"]
    assert "\ufffd" not in record.text, "mojibake / replacement characters in the text"


def test_in_page_links_are_not_related_headlines_and_bad_hrefs_do_not_raise() -> None:
    """A heading linked from the page's table of contents stays; a malformed href is ignored, not fatal."""
    from newsbot.extraction import extract as _extract
    from newsbot.models import Article as _Article

    body = " ".join(["The harbour board agreed on Monday to rebuild the old wooden pier before winter."] * 4)
    page = f"""<html lang="en"><head><title>Harbour board rebuilds pier</title></head><body>
<nav><a href="#costs">How the repair costs were shared</a> <a href="http://[ccpa-preferences]/x">Do not sell my
personal information today</a></nav><article><h1>Harbour board rebuilds pier</h1><p>{body}</p>
<h2 id="costs">How the repair costs were shared</h2><p>{body}</p></article></body></html>""".encode()
    record = _extract(page, "https://harbour.example/news/pier.html")
    assert isinstance(record, _Article), record
    assert "How the repair costs were shared" in record.text.split("\n")
