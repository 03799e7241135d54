"""metadata._page_elements() (one walk) finds what the separate lookups it replaces find."""

from __future__ import annotations

import glob
from pathlib import Path

from newsbot.extraction import metadata, parse_html

ROOT = Path(__file__).resolve().parent.parent
SNIPPET = """<html><head><title>First</title><meta name="a" content="1">
<script type="application/LD+JSON">{"@type": "NewsArticle"}</script><script type="text/javascript">x</script>
<script type="APPLICATION/ld+json">{}</script><script>y</script><link rel="CANONICAL" href=" https://a/1 ">
<link rel="canonical"><link rel="Canonical" href="https://a/2"><link rel="canonical stylesheet" href="s.css">
<link href="https://a/3"></head><body><h1>One <b>bold</b></h1><div><h1>Two</h1><title>Second</title>
<meta property="og:title" content="T"><svg><title>icon</title></svg></div></body></html>"""


def _separate(tree) -> tuple:
    return (
        list(tree.iter("meta")),
        metadata._JSONLD_SCRIPTS(tree),
        list(tree.iter("h1")),
        tree.find(".//title"),
        [str(h) for h in metadata._CANONICAL(tree)],
    )


def _walked(tree) -> tuple:
    page = metadata._page_elements(tree)
    return page.metas, page.scripts, page.h1s, page.title, page.canonical


def test_one_walk_finds_the_same_elements() -> None:
    files = sorted(glob.glob(str(ROOT / "fixtures/**/*.html"), recursive=True))
    pages = [SNIPPET.encode()] + [Path(f).read_bytes() for f in files]
    assert len(pages) > 5
    for page in pages:
        tree = parse_html(page.decode("utf-8", errors="replace"))
        assert _walked(tree) == _separate(tree)
    tree = parse_html(SNIPPET)
    metas, scripts, h1s, title, canonical = _walked(tree)
    assert (len(metas), len(scripts), len(h1s), title.text, canonical) == (
        2,
        2,
        2,
        "First",
        [" https://a/1 ", "https://a/2"],
    )


def test_a_subtree_gets_the_separate_lookups() -> None:
    div = parse_html(SNIPPET).find(".//div")
    assert _walked(div) == _separate(div)
    assert _walked(div)[3].text == "Second"
