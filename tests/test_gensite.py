"""The generated news site (newsbot.devtools.gensite): deterministic, every listed page served, pagers complete."""

from __future__ import annotations

import urllib.request
from pathlib import Path

import pytest

from newsbot.devtools.devserver import serve_site
from newsbot.devtools.gensite import GeneratedSite, file_for, serve, write


def test_same_seed_same_site_and_every_article_on_some_front_page() -> None:
    one, two = GeneratedSite(articles=120, sections=4, per_page=5), GeneratedSite(articles=120, sections=4, per_page=5)
    assert one.truth() == two.truth()
    path = one.all_articles[77].path
    assert one.render(path, "http://h") == two.render(path, "http://h")
    on_fronts: set[str] = set()
    for section in one.section_names:
        assert one.pages_of(section) == 6
        for number in range(1, one.pages_of(section) + 1):
            status, _, body = one.render(one.page_path(section, number), "http://h")
            assert status == 200
            on_fronts |= {a.path for a in one.by_section[section] if f'href="{a.path}"'.encode() in body}
    assert on_fronts == {a.path for a in one.all_articles}
    # Feeds and sitemaps list only the newest share.
    _, _, sitemap = one.render("/sitemaps/latest.xml", "http://h")
    assert sitemap.count(b"<url>") == len(one.listed) == 30
    assert one.render("/nowhere", "http://h")[0] == 404


def test_file_names_of_a_static_copy() -> None:
    assert file_for("/") == "index.html"
    assert file_for("/news/?page=2") == "news/index@page=2.html"
    assert file_for("/sport/more?offset=24") == "sport/more/index@offset=24.html"
    assert file_for("/news/2026/01/02/a-b-c-d.html") == "news/2026/01/02/a-b-c-d.html"


@pytest.mark.crawl
def test_served_and_written_copies_answer_the_same(tmp_path: Path) -> None:
    site = GeneratedSite(articles=30, sections=3, per_page=4)
    write(site, tmp_path / "site")
    page = site.page_path(site.section_names[0], 2)
    with serve(site) as live, serve_site(tmp_path / "site") as static:
        got = [urllib.request.urlopen(base + page).read().replace(base.encode(), b"B") for base in (live, static)]
    assert got[0] == got[1]
    assert site.requests[page] == 1
