"""Session 15 merge: the outlet credited beside the writer is not a second author (blind15's byline gaps).

Pages written for these tests in the layouts of real outlet families (never copied from a site or the
devset): an Indonesian business portal whose byline reads "Name, BRAND Indonesia" with no site name stated
anywhere, and a broadcaster whose JSON-LD lists the reporter and the newsroom (its brand and "News").
"""

from __future__ import annotations

import json

import pytest

from newsbot.extraction import extract
from newsbot.extraction.bylines import without_outlet_credit
from newsbot.models import Article

STORY = "".join(
    f"<p>{line}</p>"
    for line in (
        "Harga batu bara acuan turun ke level terendah dalam dua tahun terakhir pada perdagangan pekan ini.",
        "Pelemahan permintaan dari China dan India menjadi penyebab utama turunnya harga komoditas tersebut.",
        "Para analis memperkirakan harga masih akan tertekan hingga akhir kuartal pertama tahun depan.",
    )
)


def _authors(head: str, byline: str, host: str) -> list[str]:
    raw = (
        f'<html lang="id"><head><title>Harga batu bara anjlok</title>{head}</head><body><article>'
        f"<h1>Harga batu bara anjlok ke level terendah</h1>{byline}{STORY}</article></body></html>"
    ).encode()
    record = extract(raw, f"https://www.{host}/market/20261207/harga-batu-bara-anjlok")
    assert isinstance(record, Article)
    return record.authors


def test_brand_in_capitals_beside_the_writer_goes() -> None:
    # Before: ["Aulia Savitri", "CNBCRAYA Indonesia"] (the page states no site name: only the host knows it).
    byline = '<div class="author">Aulia Savitri, CNBCRAYA Indonesia</div>'
    assert _authors("", byline, "cnbcraya.example") == ["Aulia Savitri"]


def test_brand_in_words_beside_the_writer_goes() -> None:
    # Before: ["Carlo Mendoza", "ABSC Raya News"] from a JSON-LD Person and Organization author.
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Harga batu bara anjlok ke level terendah",
        "author": [{"@type": "Person", "name": "Carlo Mendoza"}, {"@type": "Organization", "name": "ABSC Raya News"}],
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    assert _authors(head, "", "abscraya.example") == ["Carlo Mendoza"]


@pytest.mark.parametrize(
    ("names", "outlet"),
    [
        (["Raya Putri", "Dewi Lestari"], ("raya",)),  # a person whose first name is the host's word
        (["CNBCRAYA Indonesia"], ("cnbcraya",)),  # the outlet as the whole credit stays (organisation byline)
        (["Aulia Savitri", "Reuters"], ("cnbcraya",)),  # an agency is not the outlet
    ],
)
def test_people_and_lone_outlet_credits_stay(names: list[str], outlet: tuple[str, ...]) -> None:
    assert without_outlet_credit(names, outlet) == names
