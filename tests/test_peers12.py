"""Authors and dates where a peer read the page right and newsbot did not (issue 19, peers12): small pages
of our own in the general patterns found on the devset's in-sample pages."""

from __future__ import annotations

from newsbot.extraction import extract
from newsbot.models import Article

_PROSE = " ".join(["The council met on Tuesday and agreed the new budget for the coming year after a long debate."] * 5)


def _page(head: str = "", header: str = "", ld_author: str | None = None, lang: str = "en") -> bytes:
    ld = "" if ld_author is None else f', "author": {ld_author}'
    return f"""<html lang="{lang}"><head><title>Council agrees budget - Example News</title>
<meta property="og:site_name" content="Example News">{head}
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Council agrees budget",
 "datePublished": "2024-03-12T10:00:00+00:00"{ld}}}</script></head>
<body><div class="page"><article><h1>Council agrees budget</h1>{header}<p>{_PROSE}</p><p>{_PROSE}</p>
</article></div></body></html>""".encode()


def _authors(page: bytes) -> list[str]:
    record = extract(page, "https://news.example/2024/03/12/council-budget.html")
    assert isinstance(record, Article)
    return record.authors


# Pattern "first writer only": JSON-LD names the first writer, the author meta tag all of them.


def test_meta_tag_naming_the_co_writers_printed_in_the_byline_gives_the_fuller_list() -> None:
    page = _page(
        head='<meta name="author" content="Jane Doe, John Roe">',
        header='<div class="byline">By Jane Doe and John Roe</div>',
        ld_author='{"@type": "Person", "name": "Jane Doe"}',
    )
    assert _authors(page) == ["Jane Doe", "John Roe"]


def test_meta_tag_adding_a_name_the_byline_does_not_print_is_not_taken() -> None:
    # a CMS puts its publisher beside the writer in the author tag
    page = _page(
        head='<meta name="author" content="Conde Media, Jane Doe">',
        header='<div class="byline">By Jane Doe</div>',
        ld_author='{"@type": "Person", "name": "Jane Doe"}',
    )
    assert _authors(page) == ["Jane Doe"]


# Pattern "names in links": "Von <a>A</a> und <a>B</a>", each co-writer in an element of its own.


def test_lone_prefix_with_two_linked_names_joined_by_a_conjunction_keeps_both() -> None:
    header = (
        '<p>Von <strong><a href="https://a.example">Roland Berger</a></strong> und '
        '<strong><a href="https://b.example/sebastian">Sebastian Dreier</a></strong><br>Kakuma</p>'
    )
    page = _page(header=header, lang="de")
    assert _authors(page) == ["Roland Berger", "Sebastian Dreier"]


def test_lone_prefix_with_one_linked_name_is_unchanged() -> None:
    page = _page(header='<p>By <a href="https://a.example/jane">Jane Doe</a></p><p>London</p>')
    assert _authors(page) == ["Jane Doe"]
