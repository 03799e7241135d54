"""Entity pages (a job ad, a list of events or jobs) are rejected on their markup AND their shape, and a
story that carries such markup beside its own text is kept (pagetype.entity_page)."""

from __future__ import annotations

import json

from newsbot.extraction import extract
from newsbot.models import Article, Rejection

URL = "https://news.example/2024/06/12/whats-on-this-weekend"
ROLE = (
    "You will report on the council, sit in on committees and turn the papers nobody reads into stories that "
    "matter to our readers, working closely with the news editor on budget rounds and elections."
)
STORY = (
    "The town's summer season opens this weekend with a market on the green, a concert on the museum porch "
    "and the rotary club's duck race, which raised more than four thousand dollars for the food pantry last year."
)
MORE = (
    "Organisers said the forecast was good for Saturday but that the duck race might move indoors to the fire "
    "hall if the river ran too high after the week's storms, as it did two summers ago."
)


def _ld(*objects: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(list(objects))}</script>'


def _page(head: str, body: str) -> bytes:
    return f"<html><head>{head}</head><body><main>{body}</main></body></html>".encode()


JOB = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Senior Reporter, Local Government"}
ARTICLE = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour Times is hiring"}


def _events(n: int) -> list[dict]:
    kinds = ["Event", "MusicEvent", "Festival"]
    return [{"@context": "https://schema.org", "@type": kinds[i % 3], "name": f"Ev {i}"} for i in range(n)]


def _cards(n: int) -> str:
    return "".join(
        f'<div class="card"><h3><a href="/e/{i}">Event number {i} this weekend</a></h3>'
        f"<p>Bring a blanket for a free outdoor showing, popcorn sold by the scouts.</p><p>Free</p></div>"
        for i in range(n)
    )


def test_job_ad_whose_posting_is_the_headline_is_rejected() -> None:
    head = (
        '<title>Senior Reporter, Local Government | Careers</title><meta property="og:type" content="website">'
        + _ld(JOB)
    )
    body = f"<h1>Senior Reporter, Local Government</h1><p>{ROLE}</p><p>{ROLE}</p><a href='/apply'>Apply now</a>"
    result = extract(_page(head, body), URL)
    assert isinstance(result, Rejection)
    assert result.reason == "not_article" and "jobposting" in result.detail


def test_story_declared_an_article_keeps_its_job_posting() -> None:
    """A newsroom's story announcing the vacancy carries the JobPosting beside its NewsArticle."""
    head = f"<title>Senior Reporter, Local Government</title>{_ld(ARTICLE, JOB)}"
    body = f"<h1>Senior Reporter, Local Government</h1><p>{ROLE}</p><p>{STORY}</p>"
    assert isinstance(extract(_page(head, body), URL), Article)


def test_story_whose_headline_is_not_the_posting_is_kept() -> None:
    head = f"<title>The Harbour Times is hiring</title>{_ld(JOB)}"
    body = f"<h1>The Harbour Times is hiring</h1><p>{STORY}</p><p>{MORE}</p><p>{ROLE}</p>"
    assert isinstance(extract(_page(head, body), URL), Article)


def test_list_of_events_without_story_is_rejected() -> None:
    head = f'<title>What\'s on this weekend</title><meta property="og:type" content="website">{_ld(*_events(3))}'
    # cards grouped by day, two or three a day: too few in one list for a section front's teasers
    days = "".join(f"<div class='day'><h2>Day {d}</h2>{_cards(n)}</div>" for d, n in ((1, 1), (2, 2), (3, 2)))
    body = f"<h1>What's on this weekend</h1>{days}"
    result = extract(_page(head, body), URL)
    assert isinstance(result, Rejection)
    assert result.reason == "not_article" and "3 JSON-LD event objects" in result.detail


def test_round_up_story_with_its_events_is_kept() -> None:
    """A what's-on story has paragraphs of its own beside the events' markup."""
    head = f"<title>What's on this weekend</title>{_ld(*_events(3))}"
    body = f"<h1>What's on this weekend</h1><p>{STORY}</p><p>{MORE}</p>{_cards(3)}"
    assert isinstance(extract(_page(head, body), URL), Article)


def test_events_on_a_page_typed_article_are_kept() -> None:
    head = f'<title>What\'s on this weekend</title><meta property="og:type" content="article">{_ld(*_events(5))}'
    body = f"<h1>What's on this weekend</h1><p>{STORY}</p>{_cards(5)}"
    assert isinstance(extract(_page(head, body), URL), Article)


def test_two_events_are_no_listing() -> None:
    head = f"<title>Concert and market this weekend</title>{_ld(*_events(2))}"
    body = f"<h1>Concert and market this weekend</h1><p>{STORY[:150]}</p><p>{MORE[:140]}</p>"
    assert isinstance(extract(_page(head, body), URL), Article)
