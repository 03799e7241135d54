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


# Pattern "outlet's possessive" and a beat before the job title: the words around the name are no part of it.


def test_outlet_possessive_before_the_names_is_dropped() -> None:
    page = _page(header='<div class="byline">By NBC\'s Chuck Dodd, Mark Murry and Brooke Brewer</div>')
    assert _authors(page) == ["Chuck Dodd", "Mark Murry", "Brooke Brewer"]


def test_outlet_possessive_in_the_s_apostrophe_form_is_dropped() -> None:
    page = _page(header='<div class="byline">By NBC News\' Akbar Shinwa and Amna Nawa</div>')
    assert _authors(page) == ["Akbar Shinwa", "Amna Nawa"]


def test_beat_before_the_job_title_is_cut_with_it() -> None:
    page = _page(header='<div class="byline">By Judith Burrows Education reporter, Example News</div>')
    assert _authors(page) == ["Judith Burrows"]


# A picture's credit marked up as a person (class "credit", vcard markup) is not the byline.


def test_picture_credit_marked_as_a_person_is_not_the_author() -> None:
    credit = (
        '<div class="photo"><img src="a.jpg" alt=""><span class="credit vcard contributor" itemscope '
        'itemtype="http://data-vocabulary.org/Person"><span class="fn" itemprop="name">Carol Kastner</span>'
        ' / <span class="org">AP</span></span></div>'
    )
    page = _page(header=f'{credit}<div class="story-byline">By Laura Neergard</div>')
    assert _authors(page) == ["Laura Neergard"]


# Pattern "outlet staff after the name": "By Adam Aaronson" and "PhillyVoice Staff" read as one line.


def test_outlet_staff_credit_after_the_name_is_cut() -> None:
    page = _page(header='<div class="byline">By <span>Adam Aronsen</span> <span>Example News Staff</span></div>')
    assert _authors(page) == ["Adam Aronsen"]


def test_outlet_staff_alone_stays_the_credit() -> None:
    page = _page(header='<div class="byline">By Example Wire Staff</div>')
    assert _authors(page) != ["Example"]


def test_lone_prefix_with_linked_names_joined_by_commas_keeps_them_all() -> None:
    header = (
        '<ul><li>Von <span><a href="/bill-mccartey">Bill McCartey</a>, </span>'
        '<span><a href="/marisha-goldhammer">Marisha Goldhammer</a></span></li></ul>'
    )
    page = _page(header=header, lang="de")
    assert _authors(page) == ["Bill McCartey", "Marisha Goldhammer"]


# Pattern "opening signature": the writers' names in bold as the story's first paragraph, where the
# metadata credits only the outlet.


def _signed_page(signature: str) -> bytes:
    return f"""<html lang="en"><head><title>Mining blasts shatter homes - Example Times</title>
<meta property="og:site_name" content="Example Times">
<script type="application/ld+json">{{"@type": "BlogPosting", "headline": "Mining blasts shatter homes",
 "datePublished": "2024-03-12T10:00:00+00:00", "author": {{"@type": "Person", "name": "Example Times"}}}}</script>
</head><body><div class="page"><article><h1>Mining blasts shatter homes</h1>
<p>{signature}</p><p>{_PROSE}</p><p>{_PROSE}</p></article></div></body></html>""".encode()


def test_bold_names_opening_the_story_sign_it() -> None:
    record = extract(_signed_page("<strong>Mathata Sebus/Mohalen Phakel</strong>"), "https://times.example/a")
    assert isinstance(record, Article)
    assert record.authors == ["Mathata Sebus", "Mohalen Phakel"]


def test_bold_lead_words_of_the_story_are_no_signature() -> None:
    record = extract(_signed_page("<strong>Council Budget</strong> was agreed on Tuesday."), "https://times.example/a")
    assert isinstance(record, Article)
    assert record.authors == ["Example Times"]
