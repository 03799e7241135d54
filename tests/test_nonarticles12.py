"""Session 12 (nonart12): a signup page of cards with sign-up buttons is not an article; a linked "Read:"
teaser line and a closing e-mail address line are chrome; a shop's customer reviews name no writer."""

from __future__ import annotations

from lxml import html as lxml_html

from newsbot.extraction import extract
from newsbot.extraction.body import clean_body
from newsbot.extraction.pagetype import _signup_cards, non_article
from newsbot.models import Article, Rejection

LETTERS = [
    ("Evening Briefing", "The day's main stories and what they mean for you, in one short email every weekday."),
    ("Climate Desk", "Reporting and analysis on the climate crisis and the people working to slow it, weekly."),
    ("Book Club", "New fiction and non-fiction picked by our critics, with an interview every fortnight."),
    ("Weekend Reads", "Long reads, essays and the best of our photography, sent early every Saturday morning."),
    ("Local Politics", "Council decisions, planning rows and elections in the region, every Tuesday evening."),
]
STORY = (
    "The river authority said on Thursday that the flood barrier at the old mill would be raised by half a "
    "metre before the winter, after three floods in two years reached the houses along the lower bank."
)


def _cards(button: str = "<button>Sign up</button>", klass: str = "card") -> str:
    return (
        '<div class="letters">'
        + "".join(f'<div class="{klass}"><h3>{name}</h3><p>{blurb}</p>{button}</div>' for name, blurb in LETTERS)
        + "</div>"
    )


def _signup_page(cards: str, og_type: str = "website", story: str = "") -> bytes:
    return (
        f'<html lang="en"><head><title>Newsletters | The Valley Courier</title><meta property="og:type" '
        f'content="{og_type}"></head><body><header><a href="/">The Valley Courier</a></header><main>'
        "<h1>Our newsletters</h1><p>Choose the letters you want and unsubscribe whenever you like.</p>"
        f"{story}{cards}</main><footer><p>Copyright 2024 The Valley Courier</p></footer></body></html>"
    ).encode()


def test_a_page_of_cards_with_sign_up_buttons_is_a_signup_page() -> None:
    # Before: no structure test saw the cards (their headings are not links), and the page was an article.
    record = extract(_signup_page(_cards()), "https://courier.example/newsletters")
    assert isinstance(record, Rejection)
    assert "signup page" in record.detail


def test_sign_up_links_drawn_as_buttons_and_submit_inputs_count_too() -> None:
    buttons = (
        '<a class="btn btn-primary" href="/signup?l=1">Subscribe now</a>',
        '<input type="submit" value="Anmelden">',
        '<a class="newsletter-cta" href="/iscrizione">Iscriviti</a>',
    )
    for button in buttons:
        tree = lxml_html.fromstring(_signup_page(_cards(button)).decode())
        assert len(_signup_cards(tree)) == len(LETTERS)


def test_a_story_with_a_newsletter_box_of_cards_stays_an_article() -> None:
    story = f"<article><p>{STORY}</p><p>{STORY}</p></article>"
    record = extract(_signup_page(_cards(), og_type="article", story=story), "https://courier.example/news/barrier")
    assert isinstance(record, Article)
    assert STORY in record.text


def test_comments_with_reply_buttons_and_a_contact_form_are_no_signup_cards() -> None:
    comments = _cards("<button>Reply</button>", klass="comment")
    fields = "".join(
        f'<div class="field"><label>{label}</label><input type="text"><button>Sign up</button></div>'
        for label in ("First name", "Last name", "Email", "Postcode")
    )
    for html in (comments, f"<form>{fields}</form>"):
        tree = lxml_html.fromstring(_signup_page(html).decode())
        assert _signup_cards(tree) == []
        assert non_article(tree) is None


def test_three_cards_are_not_a_series() -> None:
    cards = "".join(f'<div class="card"><h3>{n}</h3><p>{b}</p><button>Sign up</button></div>' for n, b in LETTERS[:3])
    tree = lxml_html.fromstring(_signup_page(f"<div>{cards}</div>").decode())
    assert _signup_cards(tree) == []


def _story_page(extra: str, tail: str = "") -> bytes:
    return (
        '<html lang="en"><head><title>Flood barrier to be raised</title><meta property="og:type" content="article">'
        "</head><body><article><h1>Flood barrier to be raised</h1>"
        f"<p>{STORY}</p>{extra}<p>{STORY.replace('Thursday', 'Friday')}</p>{tail}</article>"
        '<aside><a href="/news/bridge-reopens-4411">Old bridge reopens after a year of repairs</a></aside>'
        "</body></html>"
    ).encode()


def test_a_linked_read_teaser_line_is_dropped() -> None:
    # Before: "Read: <headline>" stayed in the body (the label alone is no junk word, nor was the line a link).
    link = '<a href="/news/bridge-reopens-4411">Old bridge reopens after a year of repairs</a>'
    extra = f"<p><strong>Read:</strong> {link}</p>"
    record = extract(_story_page(extra), "https://courier.example/news/barrier-4412")
    assert isinstance(record, Article)
    assert "Old bridge reopens" not in record.text
    assert "Friday" in record.text


def test_a_read_line_that_is_no_link_stays() -> None:
    extra = "<p>Read: the authority's statement in full on its website before the hearing.</p>"
    record = extract(_story_page(extra), "https://courier.example/news/barrier-4412")
    assert isinstance(record, Article)
    assert "Read: the authority's statement in full" in record.text


def test_an_e_mail_address_closing_the_story_is_dropped_and_one_inside_stays() -> None:
    lines = ["First paragraph of the story, long enough to be prose.", "jdoe@courier.example"]
    assert clean_body(lines) == lines[:1]
    assert clean_body([*lines, "The last paragraph of the story."]) == [*lines, "The last paragraph of the story."]
    assert clean_body([lines[0], "Email: jdoe@courier.example"]) == lines[:1]
    # a sentence naming an address is no address line
    sentence = "Write to the desk at jdoe@courier.example"
    assert clean_body([lines[0], sentence]) == [lines[0], sentence]


def test_a_customer_review_names_no_writer() -> None:
    # Before: the "review-author" class made the buyer's name (and "verified buyer") the page's authors.
    reviews = "".join(
        f'<div class="review"><p class="review-title">Lovely</p><p>{STORY}</p>'
        f'<p class="review-author">{name}, verified buyer</p></div>'
        for name in ("Helen", "Mark")
    )
    page = (
        '<html lang="en"><head><title>Stoneware teapot</title><meta property="og:type" content="product"></head>'
        f'<body><main><h1>Stoneware teapot</h1><p>{STORY}</p><section class="reviews"><h2>Customer reviews</h2>'
        f"{reviews}</section></main></body></html>"
    ).encode()
    record = extract(page, "https://shop.example/products/teapot")
    assert isinstance(record, Article)
    assert record.authors == []


def test_tick_boxes_in_a_sign_up_form_are_cards_and_consent_boxes_are_not() -> None:
    # Before: only a card's own button made it a card; a form of ticked letters and one "Subscribe" was none.
    boxes = "".join(
        f'<li class="letter"><label><input type="checkbox" name="l{i}"> <b>{name}</b> {blurb}</label></li>'
        for i, (name, blurb) in enumerate(LETTERS)
    )
    form = f'<form action="/subscribe"><ul>{boxes}</ul><input type="email"><button>Subscribe</button></form>'
    tree = lxml_html.fromstring(_signup_page(form).decode())
    assert len(_signup_cards(tree)) == len(LETTERS)
    assert non_article(tree) is not None
    consent = "".join(f'<p><input type="checkbox"> I agree ({i})</p>' for i in range(5))
    tree = lxml_html.fromstring(_signup_page(f"<form>{consent}<button>Subscribe</button></form>").decode())
    assert _signup_cards(tree) == []
