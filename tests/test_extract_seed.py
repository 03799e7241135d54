"""The seed article (../shared/seed) as served by the duniaku fixture site, with and without JSON-LD.

The seed file is the article text as a person scraped it by hand: paragraphs, then the page's junk
from "BERITA TERKAIT:" on. It is read at test time and never copied into the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbot.extraction import extract
from newsbot.models import Article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "duniaku-article-as-scraped.txt"
PAGES = ROOT / "fixtures" / "sites" / "duniaku" / "berita" / "2018" / "05" / "23"
URL = "https://duniaku.example/berita/2018/05/23/"
FILES = ["kemlu-rusia-undang-pimpinan-hamas-ke-moskow.html", "kemlu-rusia-undang-hamas-tanpa-jsonld.html"]
JUNK = ["BERITA TERKAIT", "Advertisement", "Disqus Comments", "This website uses cookies"]

pytestmark = pytest.mark.skipif(not SEED.is_file(), reason=f"seed article absent ({SEED})")


def _seed() -> tuple[str, list[str]]:
    """(title line, article paragraphs before 'BERITA TERKAIT:')."""
    lines = [line.strip() for line in SEED.read_text("utf-8").split("\n") if line.strip()]
    end = next(i for i, line in enumerate(lines) if line.startswith("BERITA TERKAIT"))
    return lines[0], lines[1:end]


def _related_headlines(html: str) -> list[str]:
    """Link texts of the page's related-news block (after the BERITA TERKAIT heading)."""
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(html)
    out: list[str] = []
    for heading in tree.xpath("//*[contains(text(), 'BERITA TERKAIT')]"):
        for el in heading.xpath("following::a"):
            text = " ".join(el.text_content().split())
            if len(text.split()) >= 4:
                out.append(text)
    return out


@pytest.mark.parametrize("name", FILES)
def test_seed_article_from_fixture(name: str) -> None:
    raw = (PAGES / name).read_bytes()
    record = extract(raw, URL + name)
    assert isinstance(record, Article), record
    title, paragraphs = _seed()
    text_lines = record.text.split("\n")
    for para in paragraphs:
        assert para in record.text, f"seed paragraph missing: {para[:80]!r}"
    for junk in JUNK:
        assert junk not in record.text, f"junk {junk!r} in text"
    related = _related_headlines(raw.decode("utf-8", "replace"))
    assert related, "the fixture page should carry a related-news block"
    for headline in related:
        assert headline not in text_lines, f"related headline in text: {headline!r}"
    # Nothing but seed paragraphs (the text may hold them in the page's order only).
    assert [line for line in text_lines if line.strip() and line not in paragraphs] == []
    assert record.title == title
    assert record.language == "id"
    assert record.published_at == "2018-05-23T20:15:00+07:00"
    assert record.authors == ["Rina Santoso"]
