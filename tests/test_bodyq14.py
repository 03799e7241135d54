"""Session 14 (bodyq14): our body against readability's, on pages where ours was worse.

Pages written for these tests (never copied from a site or the devset), in the layouts of real outlet
families: a broadcaster's story page with a comment box and its report-abuse form below the story, a
movie blog whose trailer widget keeps other videos' descriptions in hidden lightbox layers.
"""

from __future__ import annotations

from lxml import html as lxml_html

from newsbot.extraction.body import clean_body, reconcile, teaser_tail_share
from newsbot.extraction.text import norm_key

STORY = [
    "The county council voted on Tuesday to close the old landfill north of the river by the end of next year.",
    "Residents near the site had complained for a decade about the smell and the lorries on the narrow lane.",
    "The council said the site would be covered with soil and planted with trees once the last cell is full.",
    '"We listened to the people who live there," the council leader said after the vote in the town hall.',
]
FORM_TAIL = [
    "Posting adverts, profanity or personal attacks is not allowed here. By using the site you accept the terms.",
    "Report offensive content:",
    "If you believe this comment breaks the rules of the site, you can report it below and a moderator will look.",
    "Select the kind of offence:",
    "Spam: advertisements, commercial links, or repeated posts",
    "Hi, I found this reader's comment on the site and thought you might like to read it.",
]


def _comment_box_page(story_wrapper: str = "story-body") -> lxml_html.HtmlElement:
    story = "".join(f"<p>{line}</p>" for line in STORY)
    return lxml_html.document_fromstring(
        f'<html><body><div id="main"><div class="{story_wrapper}">{story}</div>'
        '<div id="readerComments"><div class="userComments"><dl class="addcommentform">'
        f'<dd class="terms">{FORM_TAIL[0]}</dd></dl></div>'
        f'<div id="reportArea"><form id="reportForm"><h6>{FORM_TAIL[1]}</h6><p>{FORM_TAIL[2]}</p>'
        f'<p><b>{FORM_TAIL[3]}</b></p><p class="radio"><input type="radio"><b>{FORM_TAIL[4]}</b></p></form>'
        f'<form id="mailFriend"><textarea id="mailBody">{FORM_TAIL[5]}</textarea></form></div>'
        "</div></div></body></html>"
    )


def test_comment_form_after_the_story_goes() -> None:
    # Pattern "box beside the story": the comment box's terms and its report form's labels are in containers
    # named for comments and in <form>s that do not hold the story (before: kept, not teaser-shaped).
    page = _comment_box_page()
    assert teaser_tail_share(page, FORM_TAIL, STORY) > 0.5
    assert reconcile([*STORY, *FORM_TAIL], STORY, lambda: page) == STORY


def test_a_form_or_comment_wrapper_holding_the_story_is_no_evidence() -> None:
    # An ASP.NET page wraps the whole page in one <form>; a story wrapper may be named for its comments
    # ("article-with-comments"): prose after readability's end inside them stays.
    more = [line.replace("The council", "The mayor") for line in STORY[:2]]
    story = "".join(f"<p>{line}</p>" for line in STORY)
    rest = "".join(f"<p>{line}</p>" for line in more)
    for page in (
        lxml_html.document_fromstring(
            f'<html><body><form id="aspnetForm"><div class="story">{story}</div><div>{rest}</div></form></body></html>'
        ),
        lxml_html.document_fromstring(
            f'<html><body><div class="article-with-comments"><div class="story">{story}</div>'
            f"<div>{rest}</div></div></body></html>"
        ),
    ):
        assert teaser_tail_share(page, more, STORY) == 0.0
        assert reconcile([*STORY, *more], STORY, lambda page=page: page) == [*STORY, *more]


def test_hidden_lightbox_layers_after_the_story_go() -> None:
    # A trailer widget's lightbox layers hold other videos' descriptions, prose of other stories; the story's
    # last line starts in an <em> (found at its paragraph all the same).
    others = [
        f"The new trailer for the heist sequel number {n} shows the crew back in Lisbon for one last job; looks fun."
        for n in range(3)
    ]
    story = "".join(f"<p>{line}</p>" for line in STORY[:-1]) + f"<p><em>{STORY[-1][:20]}</em>{STORY[-1][20:]}</p>"
    layers = "".join(
        f'<div class="lightbox" id="video-lightbox-{n}"><div class="text"><p>{line}</p></div></div>'
        for n, line in enumerate(others)
    )
    page = lxml_html.document_fromstring(
        f'<html><body><div class="post-content">{story}</div><div class="trailer-widget-lightboxes">{layers}</div>'
        "</body></html>"
    )
    assert reconcile([*STORY, *others], STORY, lambda: page) == STORY


def test_excerpts_of_other_posts_after_the_story_go() -> None:
    # Pattern "excerpt of another post": a blog's widget of other posts' excerpts, each cut short with
    # "[...]" (WordPress's excerpt), in plain <div>s with no class naming them (before: kept).
    excerpts = [
        f"The facelifted crossover number {n} gets a bigger screen and a quieter cabin, and the base engine [...]"
        for n in range(4)
    ]
    story = "".join(f"<p>{line}</p>" for line in STORY)
    widget = "".join(f"<div><div>{line}</div></div>" for line in excerpts)
    page = lxml_html.document_fromstring(f"<html><body><div>{story}</div><div>{widget}</div></body></html>")
    assert teaser_tail_share(page, excerpts) == 1.0
    assert reconcile([*STORY, *excerpts], STORY, lambda: page) == STORY


def test_linked_previous_and_next_post_lines_go() -> None:
    # Pattern "linked previous/next post line": the label and the other post's linked headline (before: kept).
    lines = [
        *STORY,
        "Previous post: Nine ways to walk the old towpath in winter",
        "Next post: The bakery on the corner turns forty",
    ]
    keys = {norm_key("Nine ways to walk the old towpath in winter"), norm_key("The bakery on the corner turns forty")}
    assert clean_body(lines, link_keys=keys) == STORY
    # The label alone proves nothing: a line that is not a link's text stays.
    story_line = "Next post: the council meets again in March to set the fees for the new site."
    assert clean_body([*STORY, story_line], link_keys=keys) == [*STORY, story_line]


def test_blog_engine_lines_under_a_post_go() -> None:
    # A Movable Type / TypePad post page: the trackback box and the archive notes under the post (before: kept).
    lines = [
        *STORY,
        "TrackBack URL for this entry:",
        "Listed below are links to weblogs that reference Landfill vote:",
        "This page contains a single entry by Jo Reed published on March 3, 2012 9:10 AM.",
        "Bus lanes on the bridge was the previous entry in this blog.",
        "You can find recent content on the main index or look in the archives to find all content.",
    ]
    assert clean_body(lines) == STORY


def test_post_navigation_bar_goes() -> None:
    # Pattern "link bar line": "« <previous post> | Main | <next post> »", each long piece a linked headline.
    keys = {norm_key("Snow closes the mountain pass again"), norm_key("The ferry gets a new timetable")}
    bar = "« Snow closes the mountain pass again | Main | The ferry gets a new timetable »"
    assert clean_body([*STORY, bar], link_keys=keys) == STORY
    # A line with pipes whose long pieces are not links, and a table row, stay.
    # So do the linked names of the sources a roundup cites (no arrow: not a navigation bar).
    keys |= {norm_key("The Valley Courier Online"), norm_key("The Ferry Times")}
    kept = [
        "Opening hours: Monday to Friday | Saturday mornings by appointment only",
        "| Landfill | 1962 | 2025 |",
        "The Valley Courier Online | The Ferry Times",
    ]
    assert clean_body([*STORY, *kept], link_keys=keys) == [*STORY, *kept]
