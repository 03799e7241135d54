"""langdetect-rs gives langdetect's answers on our fixture pages (language and probability).

`newsbot.extraction.language` uses langdetect-rs when it is installed because it is much faster; that is
only sound if the answers are the same, so this compares the two on every fixture page: on exactly the
text newsbot passes (title + extracted body) for pages that extract to an article, and on the page's
whole visible text for every page (rejected ones too).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from newsbot.extraction import extract
from newsbot.extraction.language import detect_language
from newsbot.models import Article

langdetect = pytest.importorskip("langdetect")
langdetect_rs = pytest.importorskip("langdetect_rs", reason="langdetect-rs is not installed")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAGES = sorted([*FIXTURES.glob("pages/*.html"), *FIXTURES.glob("sites/**/*.html")])


def _texts(path: Path) -> list[str]:
    body = path.read_bytes()
    texts = []
    try:
        tree = lxml_html.fromstring(body)
        for bad in tree.xpath("//script|//style"):
            bad.drop_tree()
        texts.append(" ".join(tree.text_content().split()))
    except Exception:  # noqa: BLE001 - an unparsable page still has its article text below
        pass
    result = extract(body, f"https://example.org/{path.name}")
    if isinstance(result, Article):
        texts.append(f"{result.title}\n{result.text}")
    return texts


def test_fixture_pages_found() -> None:
    assert len(PAGES) >= 60, PAGES


@pytest.mark.parametrize("path", PAGES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_same_language_and_probability(path: Path) -> None:
    texts = _texts(path)
    assert texts
    for text in texts:
        expected = detect_language(text, backend=langdetect)
        assert expected[0] is not None, text[:200]  # every fixture page has enough text to decide
        assert detect_language(text, backend=langdetect_rs) == expected, text[:200]
        # Not only the rounded best answer: every candidate and its unrounded probability.
        assert _candidates(langdetect_rs, text) == _candidates(langdetect, text), text[:200]


def _candidates(module: object, text: str) -> list[tuple[str, float]]:
    module.DetectorFactory.seed = 0  # type: ignore[attr-defined]
    return [(str(c.lang), float(c.prob)) for c in module.detect_langs(text[:3000])]  # type: ignore[attr-defined]
