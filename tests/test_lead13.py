"""Authors where newsbot read a page wrong on a set of pages it had never seen (issue 19, session 13): small
pages of our own in the general patterns found there."""

from __future__ import annotations

from newsbot.extraction import extract
from newsbot.extraction.authors import clean_authors, strip_role_words
from newsbot.models import Article

_PROSE = " ".join(["The council met on Tuesday and agreed the new budget for the coming year after a long debate."] * 5)
_URL = "https://news.example/2017/03/09/council-budget.html"


def _authors(html: str) -> list[str]:
    record = extract(html.encode(), _URL)
    assert isinstance(record, Article)
    return record.authors


def _teaser(writer: str, n: int) -> str:
    slug = writer.lower().replace(" ", "-")
    return (
        f'<li class="block"><article class="story-frag"><h3><a href="/story/{n}">Other story number {n} '
        f'about something else</a></h3><footer class="meta"><p class="byline">By <span class="vcard">'
        f'<a href="/staff/{slug}" rel="author" class="url fn">{writer}</a></span></p></footer></article></li>'
    )


# Pattern "the story's own box": a list of other stories, each with its byline marked rel=author, stands
# before the story's <article> in a container whose classes give nothing away.


def test_teaser_bylines_before_the_story_yield_to_the_byline_in_the_headlines_article() -> None:
    teasers = "".join(_teaser(w, i) for i, w in enumerate(["Gail Porter", "Burt Evans", "Mia Nuss", "Dan Straw"]))
    html = f"""<html lang="en"><head><title>Council agrees budget - Example News</title></head><body>
<div class="top-bar"><section class="latest"><ul>{teasers}</ul></section></div>
<main><article class="story-main"><header><h1>Council agrees budget after long debate</h1>
<footer class="meta"><p class="byline">By <span class="vcard"><a href="/staff/steve-shepherd" rel="author"
class="url fn">Steve Shepherd</a></span></p></footer></header><p>{_PROSE}</p><p>{_PROSE}</p></article></main>
</body></html>"""
    assert _authors(html) == ["Steve Shepherd"]


def test_byline_classes_inside_the_headlines_article_come_before_teasers_above_it() -> None:
    teasers = "".join(
        f'<article class="card"><h3><a href="/s/{i}">Other story {i} on something else</a></h3>'
        f'<p class="byline">By {w}</p></article>'
        for i, w in enumerate(["Gail Porter", "Burt Evans"])
    )
    html = f"""<html lang="en"><head><title>Council agrees budget - Example News</title></head><body>
<div class="strip">{teasers}</div>
<article class="story"><h1>Council agrees budget after long debate</h1><p class="byline">By Steve Shepherd</p>
<p>{_PROSE}</p><p>{_PROSE}</p></article></body></html>"""
    assert _authors(html) == ["Steve Shepherd"]


# Pattern "section after the writer": "by Jane Doe in News on Mar 9, 2017".


def test_section_after_the_writer_is_no_part_of_the_name() -> None:
    assert clean_authors(["by Nathan Tempest in News on Mar 9, 2017 10:15 am"]) == ["Nathan Tempest"]
    assert clean_authors(["Posted by Jane Doe in Uncategorized"]) == ["Jane Doe"]
    assert clean_authors(["par Marie Lemaire dans Politique"]) == ["Marie Lemaire"]


def test_section_connector_inside_a_name_is_kept() -> None:
    # a name particle is no connector, and "in" before a lower-case word is no section
    assert clean_authors(["Leonardo di Caprio"]) == ["Leonardo di Caprio"]
    assert strip_role_words("Jan in de Wal") == "Jan in de Wal"


def test_posting_line_with_section_gives_the_writer() -> None:
    html = f"""<html lang="en"><head><title>Council agrees budget - Example News</title></head><body>
<article><h1>Council agrees budget after long debate</h1><div class="entry-header-attrib"><span class="byline">
<span class="vcard author">by <a href="/author/Nathan%20Tempest">Nathan Tempest</a></span> in
<a href="/news" rel="tag">News</a> on <abbr class="published" title="Mar 9, 2017 10:15 am">Mar 9, 2017 10:15 am</abbr>
</span></div><p>{_PROSE}</p><p>{_PROSE}</p></article></body></html>"""
    assert _authors(html) == ["Nathan Tempest"]


# Pattern "a nested item's microdata": the lead picture's ImageObject states its photographer as "author".


def test_author_of_the_lead_pictures_image_object_is_not_the_writer() -> None:
    html = f"""<html lang="en"><head><title>Council agrees budget - Example News</title></head><body>
<article itemscope itemtype="http://schema.org/NewsArticle"><h1>Council agrees budget after long debate</h1>
<div class="source">Tom Dichter | @tomdichter</div>
<div itemprop="image" itemscope itemtype="http://schema.org/ImageObject">
<meta itemprop="author" content="Brian Brent | The Denver Post | Getty Images">
<meta itemprop="uploadDate" content="2016-12-19T14:24:09-0500">
<img src="/coal.jpg" alt=""><div class="attribution">Brian Brent | The Denver Post | Getty Images</div></div>
<p>By Tom Dichter</p><p>{_PROSE}</p><p>{_PROSE}</p></article></body></html>"""
    assert _authors(html) == ["Tom Dichter"]


# Pattern "story as plain text": a server sends the story's text without any markup.


def test_story_sent_as_plain_text_is_an_article_with_its_lines_as_paragraphs() -> None:
    lines = [
        "The harbour board voted on Monday to close the old ferry pier for two years of repairs to its piles.",
        _PROSE,
        "Work is due to begin in the spring, the board said, and the ferries will use the north quay meanwhile.",
    ]
    record = extract("\n\n".join(lines).encode(), _URL)
    assert isinstance(record, Article)
    assert lines[1] in record.text and lines[2] in record.text
    # no title in the page: filled from its first line, never a reason to drop the story
    assert record.title == lines[0]


def test_json_and_blank_bodies_stay_not_html() -> None:
    for body in (b'{"title": "not a page", "items": [1, 2, 3]}', b"[1, 2, 3]", b"  \n "):
        record = extract(body, _URL)
        assert not isinstance(record, Article)
        assert record.reason == "not_html"


# Pattern "byline row beside the share buttons": a class token naming the byline and the share bar at once.


def test_byline_in_a_row_whose_class_also_names_the_share_bar_is_read() -> None:
    html = f"""<html lang="en"><head><title>Council agrees budget - Example News</title></head><body>
<article><h1>Council agrees budget after long debate</h1><div class="row"><div class="column share-byline-timestamp">
<span class="cnnbyline"><span class="byline">by <a href="mailto:julia.horne@example.com">Julia Horne</a></span>
<a href="https://social.example/intent/user?screen_name=ExampleNews" class="soc-name">@ExampleNews</a></span>
<span class="datestamp"> November 29, 2016: 8:18 AM ET </span></div><div class="share-tools"></div></div>
<p>{_PROSE}</p><p>{_PROSE}</p></article></body></html>"""
    assert _authors(html) == ["Julia Horne"]


# Pattern "header block under a dek": the byline block follows the h1 with a standfirst <h2> between, and its
# class names the comment counter it also holds.


def test_byline_block_under_the_headline_and_its_dek_is_the_storys_header() -> None:
    html = f"""<html lang="en"><head><title>Council agrees budget - Example News</title></head><body>
<article><header><h1>Council agrees budget after long debate</h1><h2>The vote ends a year of wrangling</h2>
<div class="entry-meta site-social-comments">By <span class="author vcard"><a rel="author" class="url fn"
href="/author/sara-lazar/">Sara Lazar</a></span> &#x2022; <span class="entry-date">12/16/16 12:21pm</span></div>
</header><p>{_PROSE}</p><p>{_PROSE}</p></article></body></html>"""
    assert _authors(html) == ["Sara Lazar"]


# A date line is no byline: a month's abbreviation left alone is no name; a dateline place in capitals after a
# bar is the place the story was filed from.


def test_month_left_from_a_date_line_is_no_name() -> None:
    assert clean_authors(["Dec 1st 2016 1:01PM"]) == []
    assert clean_authors(["June Carter"]) == ["June Carter"]


def test_dateline_place_in_capitals_is_no_co_writer() -> None:
    assert clean_authors(["By Howard Schneid and Linda Dunsmore | WASHINGTON"]) == ["Howard Schneid", "Linda Dunsmore"]


# Pattern "Han text read as Korean or Japanese": the script decides.


def test_traditional_chinese_text_is_chinese_not_korean() -> None:
    from newsbot.extraction.language import detect_language

    zh_tw = (
        "台北市政府今天宣布，為了因應颱風來襲，全市停班停課一天。"
        "市長表示，市民應儘量待在室內，避免外出，並注意氣象局發布的最新消息。"
    )
    ko = "서울시는 오늘 태풍에 대비해 모든 학교를 휴교한다고 밝혔다. 시장은 시민들에게 외출을 자제해 달라고 당부했다."
    ja = "東京都は今日、台風の接近に備えて全ての学校を休校にすると発表した。知事は外出を控えるよう呼びかけた。"
    assert detect_language(zh_tw)[0] == "zh"
    assert detect_language(ko)[0] == "ko"
    assert detect_language(ja)[0] == "ja"


# Pattern "update against publication": "Updated <time>" under a story whose article:published_time names
# another day is no second opinion on the publication day.


def _published(html: str) -> str | None:
    record = extract(html.encode(), "https://news.example/politics/council-budget.html")  # no date in the URL
    assert isinstance(record, Article)
    return str(record.published_at or record.published_date)


def test_update_line_does_not_outvote_the_published_time() -> None:
    html = f"""<html lang="en"><head><title>Council agrees budget - Example News</title>
<meta property="article:published_time" content="2016-12-09T15:40:20+00:00">
<meta property="article:modified_time" content="2016-12-12T14:22:26+00:00"></head><body>
<article><h1>Council agrees budget after long debate</h1><p class="byline">By Emma Kirk</p>
<p class="article-header__timestamp">Updated <time datetime="2016-12-12T09:22:26+00:00">December 12, 2016 at
9:22am EST</time></p><p>{_PROSE}</p><p>{_PROSE}</p></article></body></html>"""
    assert _published(html).startswith("2016-12-09")


def test_update_line_alone_is_the_pages_date() -> None:
    html = f"""<html lang="en"><head><title>Council agrees budget - Example News</title></head><body>
<article><h1>Council agrees budget after long debate</h1><p class="byline">By Emma Kirk</p>
<p class="stamp">Updated <time datetime="2016-12-12T09:22:26+00:00">December 12, 2016</time></p>
<p>{_PROSE}</p><p>{_PROSE}</p></article></body></html>"""
    assert _published(html).startswith("2016-12-12")


# A caption's own element dates the picture; a <time> whose datetime is written as printed still dates the
# story.


def test_caption_date_yields_to_a_time_written_as_printed() -> None:
    html = f"""<html lang="en"><head><title>Council agrees budget - Example News</title></head><body>
<div class="media"><div class="media-meta__caption">The mayor arrives at the town hall in Fayetteville, N.C.,
Dec. 6, 2016.</div><div class="media-meta__credit">Photo by Andy Hart/AP</div></div>
<h1 class="title">Council agrees budget after long debate</h1>
<div class="field-publish-date"><time datetime="12/20/16 08:00 AM" class="article-date-posted">12/20/16 08:00
AM</time></div><p>{_PROSE}</p><p>{_PROSE}</p></body></html>"""
    assert _published(html).startswith("2016-12-20")


def test_labelled_numeric_date_with_a_two_digit_year() -> None:
    from newsbot.extraction.dates import parse_visible

    found = parse_visible("20.12.16", None, ["de"], "text", use_dateparser=False, short_year=True)
    assert found is not None and found.value == "2016-12-20"
    # in running text (no label) a two-digit year is not read: "3/4/20" may be a score
    assert parse_visible("20.12.16", None, ["de"], "text", use_dateparser=False) is None


def test_comment_and_review_author_classes_stay_elsewhere() -> None:
    # "author" also names a comment's or a review's writer: only "byline" marks the story's row
    html = f"""<html lang="en"><head><title>Council agrees budget - Example News</title></head><body>
<article><h1>Council agrees budget after long debate</h1><p>{_PROSE}</p><p>{_PROSE}</p></article>
<section class="comments"><h2>Comments</h2><div class="comment"><span class="comment-author vcard">Helen Rudd</span>
<p>I was at the meeting and it went on for hours.</p></div></section></body></html>"""
    assert _authors(html) == []
