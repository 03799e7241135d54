"""Session 15 (blogtail16): the body stops where a blog post's own container ends.

Pattern "the post's own container": blog engines wrap a post's text in a container named for the entry's
body ("entry-content", "entry-body", "post-body"); the trackback box, the sidebar's widgets, promo and
event lists sit outside it. Readability's body ends at that container too, so our lines past readability's
end that lie outside it are the blog's furniture, even when they are not teaser-shaped.
"""

from __future__ import annotations

from lxml import html as lxml_html

from newsbot.extraction import body
from newsbot.extraction.body import peer_tail, post_container, reconcile, teaser_tail_share

POST = [
    "We spent the long weekend at the lake and finally finished the little cedar boat shed we started in May.",
    "The roof is corrugated iron from a neighbour's barn, and the doors came from a school that closed last year.",
    "Next spring we want to paint it the same green as the old ferry house across the water.",
]
SIGNATURE = "-- Ruth"
# The blog's furniture: trackback heading and box, a sidebar widget's event list (prose-shaped, no links).
FURNITURE = [
    "TrackBack",
    "Workshop: building with reclaimed timber, a hands-on Saturday session for beginners at the village hall.",
    "Every participant takes home a small bird box and a list of local yards that sell old boards cheaply.",
    "Spring market: twenty stalls of seedlings, tools and preserves, with coffee and cake from the scouts.",
]


def _blog_page(post_class: str = "entry-content") -> lxml_html.HtmlElement:
    """A TypePad/Movable Type-like page: the post in its entry container, trackbacks, then a sidebar column."""
    paragraphs = "".join(f"<p>{line}</p>" for line in [*POST, SIGNATURE])
    return lxml_html.document_fromstring(
        "<html><body><div id='container'><div id='pagebody'>"
        "<div id='beta'><div class='entry entry-type-post'>"
        "<h3 class='entry-header'>The boat shed is done</h3>"
        f"<div class='{post_class}'><div class='entry-body'>{paragraphs}</div></div>"
        "<div class='entry-footer'><p class='entry-footer-info'>Posted at 09:12 PM | Permalink</p></div>"
        "</div>"
        "<div class='trackbacks'><h3 class='trackbacks-header'>TrackBack</h3>"
        "<div class='trackbacks-info'><p>TrackBack URL for this entry: "
        "<span class='trackbacks-link'>http://blog.example/t/trackback/1234</span></p></div></div>"
        "</div>"
        "<div id='gamma'><div class='module'><div class='module-content'>"
        f"<div><p>{FURNITURE[1]}</p><p>{FURNITURE[2]}</p></div>"
        f"<div><p>Spring market: twenty stalls <a href='/market'>of seedlings</a>, tools and preserves, with "
        "coffee and cake from the scouts.</p></div>"
        "</div></div></div>"
        "</div></div></body></html>"
    )


def test_post_container_found_from_the_story_line() -> None:
    page = _blog_page()
    line = next(p for p in page.iter("p") if (p.text or "").startswith("Next spring"))
    found = post_container(line)
    assert found is not None and found.get("class") == "entry-body"
    # a page's column named "content" is no post container
    assert post_container(lxml_html.fragment_fromstring("<div id='content'><p>x</p></div>")[0]) is None


def test_furniture_outside_the_post_container_counts_as_beside_the_story() -> None:
    # Before: the sidebar's event lines (prose, few links, in a div named "module") counted as story, so the
    # tail stayed; the line broken by a link is found by its first words.
    page = _blog_page()
    assert teaser_tail_share(page, FURNITURE, [*POST, SIGNATURE]) == 1.0
    assert reconcile([*POST, SIGNATURE, *FURNITURE], [*POST, SIGNATURE], lambda: page) == [*POST, SIGNATURE]


def test_a_short_post_s_small_readability_body_may_trim_when_the_post_container_shows() -> None:
    # Readability's body of a short post is under PEER_MIN_SHARE of ours when the furniture is long; the
    # post's container is the page's evidence where the post ends.
    long_furniture = FURNITURE + [f"{line} (repeat {n})" for n in range(6) for line in FURNITURE[1:]]
    own = [*POST, SIGNATURE, *long_furniture]
    assert peer_tail(own, [*POST, SIGNATURE]) is None  # too small a share for the plain rule
    page = _blog_page()
    trimmed = reconcile(own, [*POST, SIGNATURE], lambda: page)
    assert trimmed[: len(POST) + 1] == [*POST, SIGNATURE]
    assert FURNITURE[1] not in trimmed


def test_without_a_post_container_the_small_peer_is_no_evidence() -> None:
    page = _blog_page(post_class="pane")
    for el in page.iter():
        if el.get("class") == "entry-body":
            el.set("class", "inner")
    long_furniture = FURNITURE + [f"{line} (repeat {n})" for n in range(6) for line in FURNITURE[1:]]
    own = [*POST, SIGNATURE, *long_furniture]
    assert reconcile(own, [*POST, SIGNATURE], lambda: page) == own


def test_forum_replies_in_post_containers_of_their_own_stay() -> None:
    # A forum thread: the question and each reply sit in a "post-body" container of their own; the replies
    # are posts, not furniture outside the first one.
    question = POST[:2]
    replies = [
        "It is almost always uneven watering, not the soil itself; mulch well and water deeply twice a week.",
        "Same here last summer. A drip line on a timer fixed it within three weeks, and the later fruit was fine.",
    ]
    first = "".join(f"<p>{line}</p>" for line in question)
    posts = f"<div class='message'><div class='post-body'>{first}</div></div>" + "".join(
        f"<div class='message'><div class='post-body'><p>{line}</p></div></div>" for line in replies
    )
    page = lxml_html.document_fromstring(f"<html><body><div class='thread'>{posts}</div></body></html>")
    assert teaser_tail_share(page, replies, question) == 0.0


def test_post_min_limits_are_below_the_plain_ones() -> None:
    assert body.POST_MIN_SHARE < body.PEER_MIN_SHARE and body.POST_MIN_WORDS < body.PEER_MIN_WORDS


def test_a_small_peer_does_not_trim_linked_steps_inside_the_post() -> None:
    # A how-to post: readability took the standfirst alone (a small body); the steps after it, inside the
    # post's own container, are linked list items (teaser-shaped). With so small a peer only lines outside
    # the post's container may go (before: the teaser shape alone cut the steps).
    intro = "How to remap the spare key on your keyboard and give it a shortcut of your own, in five minutes."
    steps = [
        "Download the key mapping tool from the vendor site",
        "Open the tool as an administrator",
        "Pick the key to change and the key it should act as",
        "Save the mapping and restart the computer",
    ]
    items = "".join(f"<li><a href='/help/{n}'>{step}</a></li>" for n, step in enumerate(steps))
    page = lxml_html.document_fromstring(
        f"<html><body><article class='post'><div class='post-content'><h2>{intro}</h2><ol>{items}</ol>"
        f"<p>{POST[0]}</p><p>{POST[1]}</p></div></article></body></html>"
    )
    own = [intro, *steps, POST[0], POST[1]]
    assert reconcile(own, [intro], lambda: page) == own
