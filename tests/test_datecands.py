"""The publication date chosen by evidence: zones, ISO basic dates, teasers, updates, votes, htmldate."""

from __future__ import annotations

import pytest

from newsbot.extraction import parse_html
from newsbot.extraction.dates import parse_iso, parse_visible
from newsbot.extraction.metadata import extract_metadata

_PROSE = "<p>" + "The council met on the day and talked about the budget for the coming year at length. " * 3 + "</p>"


def _published(head: str, body: str, url: str = "https://news.example/story/x", lang: str = "") -> str | None:
    attr = f' lang="{lang}"' if lang else ""
    tree = parse_html(f"<html{attr}><head><title>A headline here</title>{head}</head><body>{body}</body></html>")
    found = extract_metadata(tree, url).published
    return found.value if found else None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Tue 29 Nov 2016 15.26 EST", "2016-11-29T15:26:00-05:00"),
        ("Nov 29, 2016 04:23 pm ET", "2016-11-29T16:23:00-05:00"),  # ET in winter: EST
        ("July 4, 2019 at 10:00 a.m. ET", "2019-07-04T10:00:00-04:00"),  # ET in summer: EDT
        ("June 3, 2016 03:49 pm IST", "2016-06-03T15:49:00+05:30"),
        ("3 June 2016, 9:15 AEST", "2016-06-03T09:15:00+10:00"),
        ("Selasa, 5 Maret 2024 14:30 WITA", "2024-03-05T14:30:00+08:00"),
    ],
)
def test_a_time_with_a_zone_abbreviation_keeps_its_offset(raw: str, expected: str) -> None:
    found = parse_visible(raw, None, ["en"], use_dateparser=False)
    assert found is not None and found.value == expected


def test_a_zone_abbreviation_that_is_also_a_word_counts_only_in_capitals() -> None:
    """'et' is French for 'and': a time followed by it is a time without zone (the day only)."""
    found = parse_visible("12 mars 2024 à 14h05 et plus", None, ["fr"], use_dateparser=False)
    assert found is not None and found.value == "2024-03-12" and found.naive == "2024-03-12T14:05:00"


def test_iso_basic_format_is_read() -> None:
    found = parse_iso("20180619T055000+0900", None, "jsonld")
    assert found is not None and found.value == "2018-06-19T05:50:00+09:00"
    ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"20180619T055000+0900"}</script>'
    assert _published(ld, _PROSE) == "2018-06-19T05:50:00+09:00"


def test_two_dates_side_by_side_are_not_spliced() -> None:
    for languages in (["en"], None):
        found = parse_visible("January 19, 2017 February 2017", None, languages, use_dateparser=True)
        assert found is not None and found.value == "2017-01-19"


def test_a_teasers_time_is_not_the_publication_date() -> None:
    body = (
        "<article><h1>A headline here</h1>" + _PROSE + "</article>"
        '<div class="related-posts"><ul><li><a href="/old">An older story</a>'
        '<time datetime="2009-04-11T18:06:36+02:00">11. April 2009</time></li></ul></div>'
    )
    assert _published("", body, "https://news.example/2019/10/22/story/") == "2019-10-22"


def test_the_update_time_is_not_the_publication_date() -> None:
    body = (
        '<article><h1>A headline here</h1><p class="meta"><span>Updated:</span> '
        '<time datetime="2024-08-05T19:49:50+00:00">5 Aug 2024</time></p>'
        '<time class="published" datetime="2024-08-04T13:23:00+00:00">4 Aug 2024</time>' + _PROSE + "</article>"
    )
    assert _published("", body) == "2024-08-04T13:23:00+00:00"


def test_a_json_ld_date_outvoted_by_the_pages_other_sources() -> None:
    """Two meta tags and the printed date agree on a day; a JSON-LD date alone says another."""
    head = (
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-01-04T07:29:00Z"}'
        '</script><meta property="article:published_time" content="2022-01-06T08:29:34+01:00">'
        '<meta name="date" content="2022-01-06">'
    )
    body = '<article><h1>A headline here</h1><div class="article-date">06.01.2022</div>' + _PROSE + "</article>"
    assert _published(head, body) == "2022-01-06T08:29:34+01:00"


def test_a_utc_instant_is_reported_in_the_publishers_offset_when_the_local_day_differs() -> None:
    head = '<meta property="article:published_time" content="2019-10-18T22:04:00Z">'
    url = "https://news.example/2019/10/19/story/"
    assert _published(head, _PROSE, url, lang="de") == "2019-10-19T00:04:00+02:00"
    # the page shows the UTC day (or no day at all): the instant stays as the page wrote it
    assert _published(head, _PROSE, "https://news.example/2019/10/18/story/", lang="de") == "2019-10-18T22:04:00+00:00"
    # the same day in both clocks: the instant stays as the page wrote it
    head = '<meta property="article:published_time" content="2019-10-18T12:04:00Z">'
    assert _published(head, _PROSE, lang="de") == "2019-10-18T12:04:00+00:00"
    # no clock known for an English page: UTC as written
    head = '<meta property="article:published_time" content="2019-10-18T22:04:00Z">'
    assert _published(head, _PROSE, lang="en") == "2019-10-18T22:04:00+00:00"


def test_one_instant_in_utc_and_in_the_publishers_offset_is_reported_in_the_offset() -> None:
    """The meta tag states the instant in UTC, the byline's <time> the same instant in the publisher's
    offset: the offset form is reported (same day in both clocks, so only the form changes)."""
    head = '<meta property="article:published_time" content="2024-03-12T09:00:27.000Z">'
    body = (
        '<article><h1>A headline here</h1><div class="byline">By Ann Example <time '
        'datetime="2024-03-12T05:00:27-04:00">March 12, 2024</time></div>' + _PROSE + "</article>"
    )
    assert _published(head, body, lang="en") == "2024-03-12T05:00:27-04:00"
    # another instant in the offset form (an update time) is another event: the UTC statement stays
    later = body.replace("05:00:27-04:00", "07:30:00-04:00")
    assert _published(head, later, lang="en") == "2024-03-12T09:00:27+00:00"
    # the JSON-LD article's UTC datePublished is kept as written on the publisher's own day (the form the
    # devset's truth keeps); only an instant past the publisher's midnight moves (tests/test_offset17.py)
    ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-12T09:00:27Z"}</script>'
    assert _published(ld + head, body, lang="en") == "2024-03-12T09:00:27+00:00"


def test_a_time_without_zone_takes_the_offset_of_the_pages_other_dates() -> None:
    head = (
        '<meta property="article:published_time" content="2022-12-15T09:13:00">'
        '<meta property="article:modified_time" content="2022-12-16T10:00:00-05:00">'
    )
    assert _published(head, _PROSE, lang="en") == "2022-12-15T09:13:00-05:00"
    # without any offset on the page: the day only (the record never invents an offset)
    head = '<meta property="article:published_time" content="2022-12-15T09:13:00">'
    assert _published(head, _PROSE, lang="en") == "2022-12-15"


def test_htmldate_fills_in_when_the_page_has_no_date_newsbot_reads() -> None:
    """A two-digit year in a byline ("31.10.23") is not a form newsbot reads; htmldate's day is used."""
    body = (
        '<article><h1>A headline here</h1><div class="article-meta-wrapper">Von: Jan Muster <span>|</span> '
        "<span>31.10.23</span></div>" + _PROSE + "</article>"
    )
    assert _published("", body) == "2023-10-31"


def test_the_date_in_a_storys_own_footer_counts() -> None:
    """WordPress themes print the date in the article's entry footer; a page footer's date is not the story's."""
    body = (
        "<article><h1>A headline here</h1>" + _PROSE + '<footer class="entry-footer"><span class="posted-on">'
        '<time class="entry-date published" datetime="2016-02-03T09:00:00+01:00">3 Feb 2016</time></span>'
        "</footer></article>"
        '<footer class="site-footer"><time datetime="2024-01-01T00:00:00+00:00">2024</time></footer>'
    )
    assert _published("", body) == "2016-02-03T09:00:00+01:00"


def test_a_pages_only_time_marked_updated_is_its_date() -> None:
    """Themes mark their one date with the hAtom class "updated" (or HTML5's pubdate): it is the publication."""
    body = (
        '<article><h1>A headline here</h1><p><time class="updated" datetime="2021-03-16T08:00:48+00:00">'
        "16 marca 2021</time></p>" + _PROSE + "</article>"
    )
    assert _published("", body) == "2021-03-16T08:00:48+00:00"


def test_htmldate_full_search_when_the_page_has_no_date_at_all() -> None:
    """A date only inside a sentence of prose: newsbot's sources and htmldate's fast search read nothing,
    htmldate's free-text scan (its full search, asked only then) finds the day."""
    body = (
        "<article><h1>A headline here</h1>" + _PROSE + "<p>This story first ran in the newsroom archive on "
        "January 27, 2022, and the editors have reviewed it since then for accuracy and for the style guide.</p>"
        "</article>"
    )
    assert _published("", body, lang="en") == "2022-01-27"


def test_a_wall_time_beside_the_same_instant_in_utc_gives_the_publishers_offset() -> None:
    """The metadata states "05:30:59Z", the story prints "11:30 p.m." and a <time> "23:30:59" the evening
    before: the page's clock is UTC-6, and the date is the local day in that offset."""
    head = (
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-09T05:30:59Z"}'
        '</script><meta property="article:published_time" content="2023-11-09T05:30:59+00:00">'
    )
    body = (
        '<article><h1>A headline here</h1><div class="time">PUBLISHED: <time datetime="2023-11-08 23:30:59">'
        "November 8, 2023 at 11:30 p.m.</time></div>" + _PROSE + "</article>"
    )
    url = "https://news.example/2023/11/08/story/"
    assert _published(head, body, url, lang="en-US") == "2023-11-08T23:30:59-06:00"
    # offset17: the offset must be one the page's region, language, host or outlet makes plausible; English
    # alone is written in every offset: no offset is taken (the day is the local one all the same)
    assert _published(head, body, url, lang="en") == "2023-11-08"
    # a printed time of another minute is no evidence of the page's clock: no offset is invented (the
    # days tie, three sources each; htmldate's reading breaks the tie)
    body = body.replace("2023-11-08 23:30:59", "2023-11-08 23:12:00").replace("11:30 p.m.", "11:12 p.m.")
    assert _published(head, body, url, lang="en-US") == "2023-11-08"


def test_the_time_of_an_embedded_post_is_not_the_publication_date() -> None:
    """An embedded Instagram or Twitter post prints its own <time> inside a <blockquote>: its markup and
    its printed text are the post's date, not two votes for the story's."""
    head = '<meta property="article:published_time" content="2019-10-18T16:06:50+02:00">'
    body = (
        "<article><h1>A headline here</h1>" + _PROSE + '<blockquote class="instagram-media"><p><a '
        'href="https://www.instagram.com/p/x/">Ein Beitrag geteilt von jemandem</a> am <time '
        'datetime="2019-04-21T23:47:18+00:00">Apr 21, 2019 um 4:47 PDT</time></p></blockquote></article>'
    )
    assert _published(head, body, lang="de") == "2019-10-18T16:06:50+02:00"


def test_a_tie_between_a_utc_instant_and_the_printed_day_goes_to_htmldates_full_search() -> None:
    """A meta tag's UTC instant is past midnight, the page prints the local day before: htmldate's full
    search (not its headers-only reading, which repeats the meta tag) breaks the tie."""
    head = '<meta property="article:published_time" content="2022-05-04T00:53:29.274Z">'
    body = '<article><h1>A headline here</h1><div class="date">3 de mayo de 2022</div>' + _PROSE + "</article>"
    assert _published(head, body, "https://news.example/politica/story-nid03052022/", lang="es") == "2022-05-03"


_NAV = "<ul>" + "".join(f"<li><a href='/s{i}'>Section number {i} of the site</a></li>" for i in range(15)) + "</ul>"


def test_an_unlabelled_date_far_from_the_headline_yields_to_htmldate() -> None:
    """A masthead's edition line, many lines above the headline, is no evidence of the story's day:
    htmldate's reading of the page (here a citation meta tag newsbot does not read) is preferred."""
    head = '<meta name="citation_publication_date" content="2020/05/07">'
    masthead = "<div class='masthead'><span><a href='/'>Edition of 12 October 2020</a></span></div>"
    story = "<div><h1>A headline here</h1>" + _PROSE + "</div>"
    assert _published(head, masthead + _NAV + story, lang="en") == "2020-05-07"
    # the same line just under the headline is the story's dateline: it stands
    story = "<div><h1>A headline here</h1><p>12 October 2020</p>" + _PROSE + "</div>"
    assert _published(head, _NAV + story, lang="en") == "2020-10-12"


def test_the_date_of_a_post_in_a_grid_of_posts_is_not_the_publication_date() -> None:
    """Under the story, a grid of short <article> teasers, none holding the page's headline, prints
    each post's date: none of them is the story's."""
    teaser = (
        '<article class="post"><h3><a href="/p{i}">Another story number {i}</a></h3><div class="post-footer">'
        '<span class="post-date">Comments - 17 October 2019</span></div></article>'
    )
    head = '<meta name="citation_publication_date" content="2019/10/19">'
    body = "<div><h1>A headline here</h1>" + _PROSE * 2 + "</div>" + "".join(teaser.format(i=i) for i in range(4))
    assert _published(head, body, lang="en") == "2019-10-19"


@pytest.mark.parametrize(
    ("raw", "langs", "expected"),
    [
        # the time printed before its date, as US and Indian outlets do
        ("Updated 4:23 PM ET, Tue November 29, 2016", ["en"], "2016-11-29T16:23:00-05:00"),
        ("03:49 pm IST, 03 Jun 2016", ["en"], "2016-06-03T15:49:00+05:30"),
        ("15:26 GMT 29 Nov 2016", ["en"], "2016-11-29T15:26:00+00:00"),
        # a bullet or a middle dot between the date and its time
        ("29 November 2016 \u2022 15:26 BST", ["en"], "2016-11-29T15:26:00+01:00"),
        ("Friday 3 June 2016 \u00b7 09.15 AEST", ["en"], "2016-06-03T09:15:00+10:00"),
        # year first, as East Asian pages print it, and the ISO form with a zone abbreviation
        ("2016/11/29 15:26 JST", ["ja"], "2016-11-29T15:26:00+09:00"),
        ("2016-11-29 15:26 KST", ["ko"], "2016-11-29T15:26:00+09:00"),
        # an English ordinal day
        ("Published: 29th November 2016, 15:26 CET", ["en"], "2016-11-29T15:26:00+01:00"),
        ("29.11.2016, 15:26 Uhr MESZ", ["de"], "2016-11-29T15:26:00+02:00"),
        ("Kamis, 5 Maret 2024 | 14:30 WIT", ["id"], "2024-03-05T14:30:00+09:00"),
        ("5 March 2024 14:30 AET", ["en"], "2024-03-05T14:30:00+11:00"),  # AET in March: AEDT
    ],
)
def test_more_printed_forms_of_a_time_with_its_zone(raw: str, langs: list[str], expected: str) -> None:
    found = parse_visible(raw, None, langs, use_dateparser=False)
    assert found is not None and found.value == expected


def test_a_printed_time_before_its_date_without_zone_is_kept_as_local() -> None:
    found = parse_visible("4:23 PM, November 29, 2016", None, ["en"], use_dateparser=False)
    assert found is not None and found.value == "2016-11-29" and found.naive == "2016-11-29T16:23:00"
    # a number that is not a time next to the date is no time of it
    found = parse_visible("Issue 12, November 29, 2016", None, ["en"], use_dateparser=False)
    assert found is not None and found.value == "2016-11-29" and found.naive is None


def test_a_letter_after_an_iso_time_is_no_zone() -> None:
    """ "z" of a following word is not Zulu time: the time is kept without a zone."""
    found = parse_iso("2018-05-23 20:15 zum Thema", None, "meta")
    assert found is not None and found.value == "2018-05-23" and found.naive == "2018-05-23T20:15:00"


def test_htmldate_reads_the_page_as_served_not_the_pruned_tree() -> None:
    """newsbot drops comment threads from its tree before reading metadata; htmldate, asked when the page's
    own sources say nothing, reads the page as served (as htmldate run on the page does)."""
    from newsbot.extraction import prune_tree

    html = (
        "<html><head><title>A headline here</title></head><body><div><h1>A headline here</h1>" + _PROSE + "</div>"
        '<div id="comments"><ol class="commentlist"><li>Kommentar von Jemand <span class="date">8. Dezember '
        "2010 um 10:56</span> Eine Antwort.</li></ol></div></body></html>"
    )
    tree = parse_html(html)
    prune_tree(tree)
    assert extract_metadata(tree, "https://news.example/story/x").published is None
    found = extract_metadata(tree, "https://news.example/story/x", page_html=html).published
    assert found is not None and found.value == "2010-12-08" and found.source == "htmldate"


def test_a_publication_meta_tag_spelled_with_other_punctuation_counts() -> None:
    """ "article:published:time" is the same tag as "article:published_time" (CMSs vary the separators)."""
    head = '<meta property="article:published:time" content="2024-10-23T15:48:15+00:00">'
    body = "<article><h1>A headline here</h1><div class='date'>October 23, 2024, 3:48</div>" + _PROSE + "</article>"
    assert _published(head, body, lang="en") == "2024-10-23T15:48:15+00:00"


def test_a_meta_itemprop_date_votes_once() -> None:
    """<meta itemprop="datePublished" content> is one of the page's meta tags: it is not read a second time
    as the article's <time> markup. Here it and the printed date (an update) say one day, two meta tags
    another: a tie, which htmldate's reading breaks."""
    head = (
        '<meta property="article:published_time" content="2017-04-12T18:33:59+02:00">'
        '<meta property="dc:date.created" content="2017-04-12">'
    )
    body = (
        '<article><meta itemprop="datePublished" content="2020-02-19"><h1>A headline here</h1>'
        '<div class="date">Le 19 février 2020</div>' + _PROSE + "</article>"
    )
    assert _published(head, body, lang="fr") == "2017-04-12T18:33:59+02:00"


def test_a_naive_time_is_read_in_the_zone_of_the_outlets_country_domain() -> None:
    """An English page of a Korean (.co.kr) or British (.co.uk) outlet prints its time without zone: the
    country keeps one clock, so the time is placed in it; on a .com the time stays without offset."""
    body = '<article><h1>A headline here</h1><p class="date">Written: 2023-11-07 15:03:30</p>' + _PROSE + "</article>"
    assert _published("", body, "https://world.news.co.kr/view?id=1", lang="en") == "2023-11-07T15:03:30+09:00"
    assert _published("", body, "https://www.news.co.uk/story/x", lang="en") == "2023-11-07T15:03:30+00:00"
    assert _published("", body, "https://www.news.com/story/x", lang="en") == "2023-11-07"
    # the page's locale, when it names a zone, comes first
    assert _published("", body, "https://www.news.co.uk/story/x", lang="de") == "2023-11-07T15:03:30+01:00"


def test_a_utc_instant_at_the_publishers_midnight_is_a_local_day() -> None:
    """A CMS stores a date without time as the publisher's midnight in UTC ("23:00Z" for a German outlet in
    winter): the date is the local day, even where the page prints the UTC one."""
    head = '<meta property="article:published_time" content="2022-11-06T23:00:00.000Z">'
    body = (
        '<article><div><time class="Article__date" datetime="2022-11-06T23:00:00.000Z">6.11.22</time></div>'
        "<h1>A headline here</h1>" + _PROSE + "</article>"
    )
    assert _published(head, body, lang="de") == "2022-11-07T00:00:00+01:00"
    # any other minute is an instant: it stays as the page wrote it
    head = head.replace("23:00:00", "23:05:00")
    body = body.replace("23:00:00", "23:05:00")
    assert _published(head, body, lang="de") == "2022-11-06T23:05:00+00:00"


def test_an_ambiguous_numeric_meta_date_is_read_the_way_the_printed_date_agrees_with() -> None:
    """A meta tag writes "11/01/2023" month first, the page prints "01.11.2023": read day first the meta
    would be 11 January and split the vote; read the other way both sources name November 1."""
    head = '<meta name="date" content="11/01/2023 12:43:42">'
    body = '<article><h1>A headline here</h1><div class="date">Erstellt am: 01.11.2023</div>' + _PROSE + "</article>"
    assert _published(head, body, lang="de") == "2023-11-01T12:43:42+01:00"
    # nothing else names a day: the meta is read day first, as the page's language writes dates
    assert _published(head, "<article><h1>A headline here</h1>" + _PROSE + "</article>", lang="de") == (
        "2023-01-11T12:43:42+01:00"
    )


def test_a_webpage_json_ld_date_counts_when_the_page_has_no_article_object() -> None:
    """SEO plugins write a WebPage object with the post's datePublished and no Article: it is the page's
    own statement of the date (with its time), where before only the printed day was read."""
    head = '<script type="application/ld+json">{"@type":"WebPage","datePublished":"2022-12-06T07:00:57+00:00"}</script>'
    body = '<article><h1>A headline here</h1><div class="date">6. Dezember 2022</div>' + _PROSE + "</article>"
    assert _published(head, body, lang="de") == "2022-12-06T07:00:57+00:00"
    # a listing's date is the listing's, not a story's
    head = head.replace('"WebPage"', '"CollectionPage"')
    assert _published(head, body, lang="de") == "2022-12-06"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # an update label in another language before the only printed date: not the publication
        ("Oppdatert 12. mars 2024 | Publisert 11. mars 2024", "2024-03-11"),
        ("Letzte Änderung: 31.10.2023 · Erstellt: 30.10.2023", "2023-10-30"),
        # the update named first, the publication after it in the same line: the publication is read
        ("Updated 6 Aug 2024, first published 5 Aug 2024", "2024-08-05"),
        ("Diperbarui 05 Agustus 2024, 14:00 WIB, Terbit 04 Agustus 2024", "2024-08-04"),
        # the publication first, then "Last modified": the first date is the publication
        ("Mon 20 Jan 2020 06.05 GMT Last modified on Tue 21 Jan 2020", "2020-01-20"),
    ],
)
def test_a_printed_update_label_does_not_give_the_publication_date(line: str, expected: str) -> None:
    body = f'<article><h1>A headline here</h1><div class="date">{line}</div>' + _PROSE + "</article>"
    found = _published("", body, lang="de" if "Erstellt" in line else "en")
    assert found is not None and found[:10] == expected


@pytest.mark.parametrize(
    ("line", "is_update"),
    [
        ("Dikemas kini 05/08/2024 10:00", True),  # Malay
        ("Oppdatert 12. mars 2024", True),  # Norwegian
        ("Letzte Änderung: 31.10.2023 - 14:49", True),
        ("Last modified: 2024-08-05", True),
        ("Mon 20 Jan 2020 06.05 GMT Last modified on Tue 21 Jan 2020", False),  # the publication comes first
        ("Publisert 11. mars 2024, oppdatert 12. mars 2024", False),
    ],
)
def test_update_lines_in_more_languages(line: str, is_update: bool) -> None:
    from newsbot.extraction.datecands import is_update_text

    assert is_update_text(line) is is_update
