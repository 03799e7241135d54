"""Title choice, session 14: general patterns (each test failed before its change)."""

from __future__ import annotations

from pagekit import ld, title_of


def _title(head: str, body: str, url: str = "https://news.example/politik/ticker-1234.html") -> str | None:
    return title_of(head, body, url)


def _ld(headline: str) -> str:
    return ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline})


# The trail's current item set as the page's h1, inside a breadcrumb list (schema.org markup, as CMS
# themes write it), with the story's headline block after it.
_TRAIL = (
    '<div class="c-breadcrumb"><ol itemscope itemtype="https://schema.org/BreadcrumbList">'
    '<li class="c-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
    '<a itemprop="item" href="/"><span itemprop="name">Home</span></a><meta itemprop="position" content="1"></li>'
    '<li class="c-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
    '<a itemprop="item" href="/politik/"><span itemprop="name">Politik</span></a>'
    '<meta itemprop="position" content="2"></li>'
    '<li class="c-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
    '<h1 itemprop="name">{crumb}</h1><meta itemprop="position" content="3"></li></ol></div>'
)


def test_a_breadcrumb_h1_gives_way_to_the_json_ld_headline() -> None:
    # Pattern "breadcrumb h1": the trail's last item repeats the page's name as the menu keeps it (here the
    # latest entry of a running ticker, as og:title and the <title> have it); the publisher's structured
    # headline names the story. Before, the h1 with og:title outvoted the JSON-LD headline.
    crumb = "Mideast ticker: settlers suspected of shooting a Palestinian"
    head = f'<meta property="og:title" content="{crumb}"><title>{crumb} | Radio News</title>' + _ld(
        "War in Israel and Gaza in the news ticker from 26 August to 1 September"
    )
    body = (
        _TRAIL.format(crumb=crumb)
        + '<main><div class="ticker-head"><p class="kicker">Live</p></div>'
        + "<p>The latest from the region, updated through the day.</p></main>"
    )
    assert _title(head, body) == "War in Israel and Gaza in the news ticker from 26 August to 1 September"


def test_a_breadcrumb_h1_without_structured_data_stays_the_visible_headline() -> None:
    # Without a JSON-LD headline the breadcrumb's h1 is still the page's visible name and keeps its vote:
    # the h1 and the <title> agree against a social card naming something else.
    crumb = "Town council approves the new cycle lanes on Main Street"
    head = f'<meta property="og:title" content="Local news from the valley"><title>{crumb} - Valley Courier</title>'
    body = _TRAIL.format(crumb=crumb) + "<main><p>The council voted on Tuesday evening.</p></main>"
    assert _title(head, body) == crumb


def test_a_subheading_ending_in_a_colon_is_a_lead_in_not_the_headline() -> None:
    # Pattern "lead-in heading": a blog platform sets the headline over two headings, the first ending in a
    # colon; without an h1 or structured data, that first heading is no whole headline against og:title.
    full = "Neighbourhood Library Project: Better Reading Rooms"
    head = f'<meta property="og:title" content="{full}"><title>{full} \u2014 Blogplatform</title>'
    body = (
        '<main><div class="section-content"><h2 class="graf--h2">Neighbourhood Library Project:</h2>'
        '<h4 class="graf--h4">Better Reading Rooms</h4><p>We opened the first reading room in January.</p>'
        "</div></main>"
    )
    assert _title(head, body) == full


def test_an_h1_ending_in_a_colon_is_a_lead_in_not_the_headline() -> None:
    full = "Harbour festival: three days of music on the quay"
    head = f'<meta property="og:title" content="{full}"><title>{full} | Coastal Times</title>'
    body = (
        '<main><h1 class="headline">Harbour festival:</h1><p class="headline-rest">three days of music on the'
        " quay</p><p>The festival opens on Friday.</p></main>"
    )
    assert _title(head, body) == full
