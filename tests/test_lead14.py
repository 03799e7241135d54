"""Patterns the lead found on the look half of session 14's external sets (Mozilla Readability's test pages):
small pages of our own."""

from __future__ import annotations

from newsbot.extraction import extract
from newsbot.models import Article

_PROSE = " ".join(["The working group published a new draft of the storage protocol after two years of review."] * 5)


def _page(head: str) -> bytes:
    return f"""<html lang="en"><head><title>A protocol for per-user storage</title>{head}</head>
<body><div class="doc"><h1>A protocol for per-user storage</h1><p>{_PROSE}</p><p>{_PROSE}</p></div>
</body></html>""".encode()


def _authors(page: bytes) -> list[str]:
    record = extract(page, "https://drafts.example/doc/draft-storage-04.html")
    assert isinstance(record, Article)
    return record.authors


# Pattern "catalogue names": Dublin Core creators, one tag per person, written "Last, First".


def test_dublin_core_creators_one_tag_per_person_are_inverted_names() -> None:
    head = '<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">'
    assert _authors(_page(head)) == ["F. Kooman", "Michiel de Jong"]


def test_a_single_creator_tag_with_a_comma_is_not_taken_for_an_inverted_name() -> None:
    # One tag holding "A, B" is as often two people as one inverted name: no inversion without the
    # one-tag-per-person evidence.
    authors = _authors(_page('<meta name="DC.Creator" content="Ana Lima, Rui Costa">'))
    assert "Rui Costa Ana Lima" not in authors
