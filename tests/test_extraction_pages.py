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
# (Session 14 settled the last two: when no person is printed, the outlet named by the page's author metadata
# is the credit, as the devset's truths give it on 17 in-sample pages; those two pages now expect it.)
KNOWN_GAPS: dict[str, str] = {
    # Session 15's blind title pages: og:title a trimmed copy (words left out) of the headline that the h1 and
    # the <title> state twice, no JSON-LD. The rule preferring the headline (titles15) changed no in-sample
    # page with a title truth and lost two held-out fundus pages (fundus labels the social title): not kept.
    "id-kabarnusantara-logo-h1-h2-headline": "og:title trimmed from the headline wins (no JSON-LD)",
    "nl-haagschecourant-og-shortened-upper": "og:title trimmed and in capitals wins (no JSON-LD)",
    # blind18 pages (article kinds, written blind, session 16)
    "tl-balitapinoy-photo-essay-mangingisda-ng-batangas": "a story told in <figcaption>s only (no <p>): the body is"
    " one glued line with the headline, byline, share bar and ad label in it (body.py: captions as paragraphs)",
    "id-suaraborneo-index-php-harga-sawit": "no author: the 'Penulis: X' label of an old CMS's date line (h2"
    " headline, no h1, no metadata) is not read, in a line of its own either (bylines.py)",
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
    return {
        name: value if isinstance(value, str) else " ".join(value)
        for name, value in record.model_dump().items()
        if isinstance(value, str | list)
    }


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
    dates = {name: getattr(record, name) for name in expected if name.startswith("published_")}
    assert dates == {name: expected[name] for name in dates}  # the schema-2 date group
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


_PROSE = (
    "The harbour board agreed on Monday to rebuild the old wooden pier before winter, after divers found "
    "that storms had loosened most of the piles that hold up its northern end."
)


def _page(body: str, head: str = "", title: str = "Harbour board rebuilds pier") -> bytes:
    return (
        f'<html lang="en"><head><title>{title}</title><meta property="og:type" content="article">{head}</head>'
        f"<body>{body}</body></html>"
    ).encode()


def test_nextjs_page_that_streams_its_story_gets_it_from_the_payload() -> None:
    """The served HTML holds a spinner; the story is a text chunk ("id:T<hex bytes>,") of the RSC payload."""
    story = "".join(f"<p>{_PROSE} Paragraph {i}.</p>" for i in range(4))
    pushes = [[1, '1:"$Sreact.fragment"\n'], [1, f"24:T{len(story.encode()):x},"], [1, story]]
    scripts = "".join(f"<script>self.__next_f.push({json.dumps(p)})</script>" for p in pushes)
    record = extract(_page(f'<main><div class="spinner"></div></main>{scripts}'), "https://harbour.example/a/1")
    assert isinstance(record, Article), record
    assert record.text.count("the old wooden pier") == 4
    assert "Paragraph 3." in record.text


def test_jsonld_article_body_holding_the_story_twice_is_used_once() -> None:
    story = " ".join(f"{_PROSE} Sentence {i}." for i in range(8))
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Harbour board rebuilds pier",
            "articleBody": f"{story} {story}",
        }
    )
    body = f"<article><h1>Harbour board rebuilds pier</h1><p>{_PROSE} Sentence 0.</p></article>"
    record = extract(_page(body, f'<script type="application/ld+json">{ld}</script>'), "https://harbour.example/a/2")
    assert isinstance(record, Article), record
    assert record.text.count("Sentence 7.") == 1
    assert record.text.count("Sentence 0.") == 1


def test_live_ticker_entries_are_not_pruned_as_reader_comments() -> None:
    entries = "".join(
        f'<div class="live-match-comment"><div class="live-match-comment-time">{90 - i}\'</div>'
        f'<div class="live-match-comment-body"><p>{_PROSE} Minute {90 - i}.</p></div></div>'
        for i in range(4)
    )
    page = _page(
        f'<article><h1>Harbour derby live</h1><div class="live-match-comments">{entries}</div>'
        f'</article><div class="comments"><p>Reader: {_PROSE}</p></div>',
        title="Harbour derby live",
    )
    record = extract(page, "https://harbour.example/live/3")
    assert isinstance(record, Article), record
    assert "Minute 87." in record.text
    assert "Reader:" not in record.text


def test_paywalled_page_showing_its_opening_paragraphs_is_a_partial_article() -> None:
    body = (
        f"<article><h1>Harbour board rebuilds pier</h1><p>{_PROSE}</p><p>{_PROSE} Works start in May.</p>"
        '<div class="paywall">Subscribe to read on</div></article>'
    )
    record = extract(_page(body), "https://harbour.example/a/4")
    assert isinstance(record, Article), record
    assert "Works start in May." in record.text
    stub = extract(
        _page(
            "<article><h1>Harbour board rebuilds pier</h1><p>The board met on Monday about the pier.</p>"
            '<div class="paywall">Subscribe to read on</div></article>'
        ),
        "https://harbour.example/a/5",
    )
    assert isinstance(stub, Rejection) and "paywall" in stub.detail


def test_stories_appended_below_the_article_are_not_its_body() -> None:
    other = "The town's football club named a new coach on Tuesday after a long and difficult season at home."
    appended = "".join(
        f"<article><h1>Club news {n}</h1>{''.join(f'<p>{other} {i}</p>' for i in range(8))}</article>" for n in range(2)
    )
    body = (
        f"<main><article><h1>Harbour board rebuilds pier</h1>{''.join(f'<p>{_PROSE}</p>' for _ in range(4))}"
        f"</article>{appended}</main>"
    )
    record = extract(_page(body), "https://harbour.example/a/6")
    assert isinstance(record, Article), record
    assert "old wooden pier" in record.text
    assert "football club" not in record.text


def test_embedded_tweet_keeps_its_words_and_attribution_but_not_its_picture_link() -> None:
    body = (
        f"<article><h1>Harbour board rebuilds pier</h1><p>{_PROSE}</p>"
        "<blockquote><p>The pier is finally getting fixed pic.twitter.com/AbC123xyz</p>"
        "<p>— Harbour Watch (@harbourwatch) March 4, 2026</p></blockquote><p>{_PROSE}</p></article>"
    )
    record = extract(_page(body), "https://harbour.example/a/7")
    assert isinstance(record, Article), record
    assert "The pier is finally getting fixed" in record.text
    assert "pic.twitter.com" not in record.text
    assert "(@harbourwatch) March 4, 2026" in record.text


def test_video_page_with_a_written_story_is_an_article_but_caption_only_is_not() -> None:
    head = '<meta property="og:type" content="video.other">'
    story = (
        f"<h1>Harbour board rebuilds pier</h1><video src='pier.mp4'></video><p>{_PROSE}</p>"
        f"<p>{_PROSE} Works start in May.</p>"
    )
    page = f'<html lang="en"><head><title>Pier video</title>{head}</head><body>{story}</body></html>'
    record = extract(page.encode(), "https://harbour.example/videos/pier")
    assert isinstance(record, Article), record
    caption = f"<h1>Harbour board rebuilds pier</h1><video src='pier.mp4'></video><p>{_PROSE}</p>"
    page = f'<html lang="en"><head><title>Pier video</title>{head}</head><body>{caption}</body></html>'
    record = extract(page.encode(), "https://harbour.example/videos/pier")
    assert isinstance(record, Rejection) and record.reason == "not_article"
