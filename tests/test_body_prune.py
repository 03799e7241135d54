"""prune_tree(): comment threads and consent banners go, the story's own containers stay."""

from __future__ import annotations

from lxml import html as lxml_html

from newsbot.extraction import extract
from newsbot.extraction.body import prune_tree
from newsbot.models import Article

PARAS = [
    "Heat pumps draw the warmth they deliver from the air, the ground or the water around a house.",
    "In an old house they work well when the water in the radiators does not need to be very hot.",
    "Insulated walls, new windows and large radiators or underfloor heating keep that temperature low.",
]


def _aem_page() -> str:
    """A story as Adobe Experience Manager's core components render it: every block a "cmp-" component."""
    blocks = "".join(
        f"<div class='text aem-GridColumn'><div id='text-{n}' class='cmp-text'><h2>Part {n}</h2><p>{p}</p></div></div>"
        for n, p in enumerate(PARAS)
    )
    return (
        "<html><head><title>Heat pumps in old houses</title></head><body><main>"
        "<div class='cmp-title'><h1 class='cmp-title__text'>Heat pumps in old houses</h1></div>"
        f"<div id='container-1' class='cmp-container'>{blocks}</div>"
        "<div class='cmp-banner'><p>We use cookies to improve this site.</p><button>Accept</button></div>"
        "</main></body></html>"
    )


def test_aem_components_are_not_consent_banners() -> None:
    tree = lxml_html.document_fromstring(_aem_page())
    prune_tree(tree)
    text = tree.text_content()
    assert all(p in text for p in PARAS)
    assert "We use cookies" not in text  # a consent manager's "cmp-banner" still goes


def test_extract_keeps_an_aem_story() -> None:
    result = extract(_aem_page().encode(), "https://heat.example/knowledge/heat-pumps-in-old-houses.html")
    assert isinstance(result, Article), result
    assert all(p in result.text for p in PARAS)
