"""Author cleanup: role words, lists, non-names, the site name, organisation bylines."""

from __future__ import annotations

import pytest

from newsbot.extraction import extract
from newsbot.extraction.authors import clean_authors, organization_byline
from newsbot.models import Article


@pytest.mark.parametrize(
    ("raw", "site", "expected"),
    [
        (["By Jane Doe and John Roe"], None, ["Jane Doe", "John Roe"]),
        (["Oleh: Rina Santoso"], None, ["Rina Santoso"]),
        (["Penulis: Budi Hartono | Editor: Sari Dewi"], None, ["Budi Hartono"]),
        (["Von Anna Schmidt und Max Müller"], None, ["Anna Schmidt", "Max Müller"]),
        (["Por Ana García y Luis Pérez"], None, ["Ana García", "Luis Pérez"]),
        (["Par Marie Dupont et Jean Martin"], None, ["Marie Dupont", "Jean Martin"]),
        (["Jane Doe", "jane doe", "Jane  Doe"], None, ["Jane Doe"]),  # no duplicates, first form kept
        (["Jane Doe <jane@example.com>", "@janedoe"], None, ["Jane Doe"]),
        (["Redaksi", "Staff", "admin"], None, []),
        (["Jane Doe", "The Daily Example"], "The Daily Example", ["Jane Doe"]),  # site name beside a person
        (["Jane Doe, Washington"], None, ["Jane Doe"]),  # dateline place
        (["Jane Doe, Reuters"], None, ["Jane Doe", "Reuters"]),  # agency credit kept
        (["Example News, Frankfurt, Germany"], "Example News", []),  # the outlet's address
        (["sophie-foster"], None, []),  # CMS slug
        (["Stand: 28. April 2023"], None, []),
        (["BR24 Redaktion"], None, ["BR24 Redaktion"]),
        (["Perry Bacon Jr."], None, ["Perry Bacon Jr."]),  # the period of an abbreviation stays
        (["By Jane Doe."], None, ["Jane Doe"]),  # the line's period goes
        (["© Kathrin Berg"], None, ["Kathrin Berg"]),  # a copyright sign before the name
        (["Jörn Meyer am 12. Mai 2021"], None, ["Jörn Meyer"]),  # the date's connector left behind
        (["Bund der Verbraucher e.V."], None, ["Bund der Verbraucher e.V."]),  # "e.V." is no list
        (["Publiziert am"], None, []),  # the label of a date line
        (["No Author", "wordpressadmin"], None, []),  # CMS placeholders
        # issue 19: role words, glued labels and neighbouring text
        (["Par"], None, []),
        (["ByTravis Haney"], None, ["Travis Haney"]),
        (["Howard BlumeStaff Writer"], None, ["Howard Blume"]),
        (["Lindsay Dunsmuir5 Min Read"], None, ["Lindsay Dunsmuir"]),
        (["Eine Analyse von Anna Schmidt"], None, ["Anna Schmidt"]),
        (["Ni Juan dela Cruz"], None, ["Juan dela Cruz"]),
        (["Di Maria"], None, ["Di Maria"]),  # a short prefix that is also a name's first word
        (["Rina Marlina - detikNews"], None, ["Rina Marlina"]),
        (["Rep: Rizky Pratama/ Red: Ratna Puspita"], None, ["Rizky Pratama"]),
        (["Editor: Sari Dewi"], None, []),  # editors are not authors
        (["Jane Doe | Jakarta"], None, ["Jane Doe"]),
        (["Guardian staff reporter"], None, ["Guardian staff reporter"]),  # a title cut from full names only
        (["Christoph Hein Chefredakteur"], None, ["Christoph Hein"]),
        (["Zeige alle Beiträge von Cem Basman", "Archiv anzeigen →"], None, ["Cem Basman"]),
        (["Veröffentlicht vonChris Jung"], None, ["Chris Jung"]),
        (["Von Tomas Spahn Fr, 18. Oktober 2019"], None, ["Tomas Spahn"]),
        (["MDR Stand: 28. April 2023"], None, []),
        (["Kristen Doe Kristen Doe"], None, ["Kristen Doe"]),
        (["Twitter Facebook"], None, []),
        (["edilson.la.rosa"], None, []),  # a login handle
        (["jane[at]example.org"], None, []),
        (["Über Jane Doe"], None, ["Jane Doe"]),
        # a full name, a spaced dash, then what the writer is or writes for
        (["Marta Kowalczyk - Freie Autorin beim Blatt"], None, ["Marta Kowalczyk"]),
        (["Jan van der Berg – Correspondent Example Weekly"], None, ["Jan van der Berg"]),
        (["Hans-Peter Lindner"], None, ["Hans-Peter Lindner"]),  # a hyphen without spaces joins the name
        # a date with its month's name after the name, with or without a connector or posting word
        (["Corin Bale on November 8, 2012, 12:43 PM"], None, ["Corin Bale"]),
        (["Tamsin Hurley posted Nov 12th, 2012 10:00AM"], None, ["Tamsin Hurley"]),
        (["Tamsin Hurley", "November 12th"], None, ["Tamsin Hurley"]),
        (["Arne Vik | Monday, March 4"], None, ["Arne Vik"]),
        (["Jan Hollis"], None, ["Jan Hollis"]),  # a month's abbreviation as a first name, no day after it
        # a date before the byline prefix
        (["Monday, November 12, 2012, by Corin Bale"], None, ["Corin Bale"]),
        # the label of a link to the writer's page repeats the name
        (["Corin Bale", "View all posts by Corin Bale"], None, ["Corin Bale"]),
        # the writer's role and employer after the name (corporate and press blogs)
        (["Idris Navarro, Product Manager"], None, ["Idris Navarro"]),
        (["Idris Navarro, Director of Consumer Marketing, Example EMEA"], None, ["Idris Navarro"]),
        (["Idris Navarro, Program Manager for Example Maps"], None, ["Idris Navarro"]),
        # phrases of the byline line and button labels are no names
        (["Tamsin Hurley", "filed under Cities"], None, ["Tamsin Hurley"]),
        (["the Example Wire Staff"], None, ["the Example Wire Staff"]),  # an article before a desk's name
        (["This post was written by Nigel Subscribe To Our Feed"], None, ["Nigel"]),
        (["Anna Brisk View Profile RSS"], None, ["Anna Brisk"]),
        (["Corin Bale", "Archive"], None, ["Corin Bale"]),
        (["Tweet"], None, []),
        # pronouns are no part of a name: headings and links
        (["About This Blog"], None, []),
        (["Email Me"], None, []),
        (["My Account"], None, []),
        (["Xiaoying You"], None, ["Xiaoying You"]),  # a romanised Chinese surname
    ],
)
def test_clean_authors(raw: list[str], site: str | None, expected: list[str]) -> None:
    assert clean_authors(raw, site) == expected


def test_organization_byline_only_when_it_is_the_byline() -> None:
    assert organization_byline(["BBC News"]) == ["BBC News"]
    assert organization_byline(["sportschau.de"]) == ["sportschau.de"]
    assert organization_byline(["https://example.com/author/x"]) == []
    assert organization_byline(["Staff"]) == []


def _page(author_ld: str, visible: str = "") -> bytes:
    body = " ".join(["The council met on Tuesday and agreed the new budget for the coming year."] * 6)
    return f"""<html lang="en"><head><title>Council agrees budget - Example News</title>
<meta property="og:site_name" content="Example News">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Council agrees budget",
 "datePublished": "2024-03-12T10:00:00+00:00", "author": {author_ld}}}</script></head>
<body><article><h1>Council agrees budget</h1>{visible}<p>{body}</p><p>{body}</p></article></body></html>""".encode()


def test_organization_named_as_sole_author_is_kept() -> None:
    record = extract(_page('{"@type": "Organization", "name": "Example News"}'), "https://news.example/a/1.html")
    assert isinstance(record, Article)
    assert record.authors == ["Example News"]


def test_visible_person_byline_beats_site_name_default() -> None:
    page = _page('{"@type": "Person", "name": "Example News"}', '<p class="byline">By Jane Doe</p>')
    record = extract(page, "https://news.example/a/2.html")
    assert isinstance(record, Article)
    assert record.authors == ["Jane Doe"]


def test_site_name_beside_people_is_dropped() -> None:
    page = _page('[{"@type": "Person", "name": "Jane Doe"}, {"@type": "Organization", "name": "Example News"}]')
    record = extract(page, "https://news.example/a/3.html")
    assert isinstance(record, Article)
    assert record.authors == ["Jane Doe"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (["Marie Dupont | lundi 9 décembre 2019 à 09h08"], ["Marie Dupont"]),  # a weekday before the date
        (["Jane Doe, Monday, 12 May 2020"], ["Jane Doe"]),
        (["Michael L. Anderson, PhD, Carla Dobkin, PhD"], ["Michael L. Anderson", "Carla Dobkin"]),  # degrees
        (["Text: Jane Doe, Übersetzung: John Roe"], ["Jane Doe"]),  # a translator is no writer
        (["By Jane Doe | Translated by: John Roe"], ["Jane Doe"]),
        (["Pressemitteilung von Katja Berg"], ["Katja Berg"]),  # a label word before the prefix
        (["Recipe by Jane Doe"], ["Jane Doe"]),
        (["Christoph von Ritter"], ["Christoph von Ritter"]),  # a name particle, not a prefix
        (["Ursula von der Leyen"], ["Ursula von der Leyen"]),
        (["Rechtsanwalt Sebastian Brandt"], ["Sebastian Brandt"]),  # a profession before the name
        (["FOCUS-Online-Experte Robin Berg"], ["Robin Berg"]),
    ],
)
def test_neighbouring_words_are_not_names(raw: list[str], expected: list[str]) -> None:
    assert clean_authors(raw) == expected
