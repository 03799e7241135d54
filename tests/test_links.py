"""newsbot.discovery.links.SameSiteLinks: the crawler's regex link scan finds what an HTML parser would, on the
site only."""

from __future__ import annotations

from newsbot.discovery.links import SameSiteLinks, amp_main_url

PAGE = b"""<html><head><base href="/news/"></head><body>
<a href="a-story.html#comments">relative to base</a>
<a class=x href='https://www.example.org/2024/01/02/other-story'>subdomain, single quotes</a>
<A HREF=https://example.org/bare>bare value, upper case</A>
<a data-href="/not-a-link" title="t">no href</a>
<a href="https://elsewhere.com/x">off-site</a>
<a href="//cdn.example.org/y">protocol-relative subdomain</a>
<a href="mailto:desk@example.org">mail</a> <a href="javascript:void(0)">js</a> <a href="#top">top</a>
<a href="/q?a=1&amp;b=2">entity in query</a>
<a href="a-story.html">repeat</a>
<area shape=rect href="/map-target">
<!-- <a href="/commented-out">old</a> -->
<script>var t = '<a href="/built-in-js/' + id + '">';</script>
<a href="http://example.org:8080/other-port">other port</a>
</body></html>"""


def test_same_site_links_in_order() -> None:
    links = list(SameSiteLinks(["example.org"]).extract(PAGE, "https://example.org/index.html"))
    assert links == [
        "https://example.org/news/a-story.html",
        "https://www.example.org/2024/01/02/other-story",
        "https://example.org/bare",
        "https://cdn.example.org/y",
        "https://example.org/q?a=1&b=2",
        "https://example.org/map-target",
    ]


def test_mirror_port_matches_only_that_port() -> None:
    body = b'<a href="/a">a</a><a href="http://127.0.0.1:9/b">b</a><a href="http://127.0.0.1:8080/c">c</a>'
    links = list(SameSiteLinks(["127.0.0.1:8080"]).extract(body, "http://127.0.0.1:8080/"))
    assert links == ["http://127.0.0.1:8080/a", "http://127.0.0.1:8080/c"]


def test_default_port_and_case() -> None:
    site = SameSiteLinks(["Example.org"])
    assert site.host_allowed("WWW.EXAMPLE.ORG:443") and site.host_allowed("user@example.org")
    assert not site.host_allowed("badexample.org") and not site.host_allowed("example.org.evil.com")


def test_non_utf8_page_and_broken_hrefs() -> None:
    body = '<a href="/caf\xe9">x</a><a href="http://[broken/x">y</a><a href="  /spaced  ">z</a>'.encode("latin-1")
    links = list(SameSiteLinks(["example.org"]).extract(body, "https://example.org/", "latin-1"))
    assert links == ["https://example.org/caf\xe9", "https://example.org/spaced"]


def test_remembered_hrefs_resolve_per_origin_and_scheme() -> None:
    # One extractor (as in a crawl) meets the same hrefs on pages of other origins, schemes and paths: each
    # answer must be what a fresh extractor gives, or the href cache leaks one page's base into another's.
    page = (
        b'<a href="/nav/section">root-relative</a><a href="//example.org/p">protocol-relative</a>'
        b'<a href="https://example.org/abs">absolute</a><a href="rel/story">relative</a>'
        b'<a href="x/y://z">odd relative</a>'
    )
    domains = ["example.org", "127.0.0.1:8000"]
    shared = SameSiteLinks(domains)
    bases = [
        "https://example.org/a/",
        "http://example.org/b/c.html",
        "http://127.0.0.1:8000/d/",
        "https://www.example.org/e/",
        "https://example.org/a/",
    ]
    for base in bases:
        assert list(shared.extract(page, base)) == list(SameSiteLinks(domains).extract(page, base)), base
    assert "http://127.0.0.1:8000/nav/section" in list(shared.extract(page, "http://127.0.0.1:8000/d/"))


def _reference(extractor: SameSiteLinks, body: bytes, url: str, encoding: str = "utf-8") -> list[str]:
    """The links by the slow path alone: every href decoded, joined and host-checked (no shortcut, no cache)."""
    from urllib.parse import urljoin

    from newsbot.discovery.links import _BASE, _HREF, _value

    found = _BASE.search(body)
    base = urljoin(url, extractor._decode(_value(found), encoding)) if found else url
    out: list[str] = []
    for match in _HREF.finditer(body):
        if match.group("skip") is None and (raw := _value(match, 2)):
            absolute = extractor._resolve(raw, encoding, base, base.partition(":")[0])
            if absolute is not None and absolute not in out:
                out.append(absolute)
    return out


def test_raw_host_shortcut_agrees_with_the_slow_path() -> None:
    hrefs = [
        "https://Example.ORG/a",
        "HTTPS://www.example.org/b",
        "//example.org/c",
        "//elsewhere.net/d",
        "https://example.org:443/e",
        "https://example.org:8443/f",
        "https://user@evil.com@example.org/g",
        "https://evil.com@example.org/h",
        "https://example.org.evil.com/i",
        "https://ex&#97;mple.org/j",
        "https://exämple.org/k",
        "http://example.org?q=1",
        "http://example.org#top",
        "https://badexample.org/",
        " https://example.org/l ",
        "https://example.org\\m",
        "ftp://example.org/n",
        "https://EXAMPLE.org",
    ]
    body = "".join(f'<a href="{h}">x</a>' for h in hrefs).encode()
    extractor = SameSiteLinks(["example.org"])
    assert list(extractor.extract(body, "https://example.org/")) == _reference(extractor, body, "https://example.org/")


def test_links_agree_with_the_slow_path_on_fixture_pages() -> None:
    from pathlib import Path

    pages = sorted((Path(__file__).resolve().parent.parent / "fixtures").rglob("*.html"))
    extractor = SameSiteLinks(["127.0.0.1:8000", "example.org"])
    for page in pages:
        body = page.read_bytes().replace(b"{{base}}", b"http://127.0.0.1:8000")
        url = "http://127.0.0.1:8000/" + page.name
        assert list(extractor.extract(body, url)) == _reference(extractor, body, url), page.name


def test_root_relative_links_resolve_as_urljoin_does() -> None:
    """Root-relative hrefs skip urljoin when it would only append them to the origin; the rest still use it."""
    from urllib.parse import urljoin

    hrefs = [
        "/a/b.html",
        "/a//b",
        "/a/./b",
        "/a/../b",
        "/..",
        "/a/.",
        "/x?",
        "/x?q=1#frag",
        "/x#",
        "/p;",
        "/p;v=1",
        "/a\tb",
        "/a;/b",
        "/%2e%2e/c",
        "/\u00e9t\u00e9",
        "/a?b?c#d#e",
        "/a?#",
    ]
    body = "".join(f'<a href="{h}">x</a>' for h in hrefs).encode()
    for base in ("http://example.org/dir/page.html", "HTTP://Example.org:80/", "http://example.org?q"):
        got = list(SameSiteLinks(["example.org"]).extract(body, base))
        want = list(dict.fromkeys(urljoin(base, h).split("#", 1)[0] for h in hrefs))
        assert got == want, base


def test_relative_links_of_an_off_site_base_are_dropped() -> None:
    body = b'<base href="https://elsewhere.com/"><a href="/a">a</a><a href="https://example.org/b">b</a>'
    assert list(SameSiteLinks(["example.org"]).extract(body, "https://example.org/")) == ["https://example.org/b"]


def test_an_amp_copy_names_its_main_url_and_other_pages_do_not() -> None:
    """An AMP document (<html amp> or <html ⚡>) with a same-site rel=canonical other than itself is a copy of that
    page; an ordinary page, an AMP-only page naming itself, an off-site or home-page canonical are not."""
    links = SameSiteLinks(["example.org"])
    url = "https://example.org/amp/news/2024/01/02/story.html"
    main = "https://example.org/news/2024/01/02/story.html"

    def page(root: str, link: str) -> bytes:
        return f"<!DOCTYPE html>\n{root}<head><meta charset='utf-8'>{link}</head><body><p>x</p></body></html>".encode()

    canonical = '<link rel="canonical" href="/news/2024/01/02/story.html">'
    assert amp_main_url(page('<html amp lang="en">', canonical), url, links) == main
    assert amp_main_url(page('<html lang="en" \u26a1>', canonical), url, links) == main
    assert amp_main_url(page("<HTML AMP>", f"<link href='{main}' rel='canonical'>"), url, links) == main
    assert amp_main_url(page('<html lang="en">', canonical), url, links) is None  # not AMP: the page itself
    assert amp_main_url(page('<html lang="en" data-amp-x="1">', canonical), url, links) is None
    assert amp_main_url(page("<html amp>", f'<link rel="canonical" href="{url}">'), url, links) is None  # AMP-only
    assert amp_main_url(page("<html amp>", '<link rel="canonical" href="https://other.example/x">'), url, links) is None
    assert amp_main_url(page("<html amp>", '<link rel="canonical" href="/">'), url, links) is None
    assert amp_main_url(page("<html amp>", '<link rel="canonical" href="/news/">'), url, links) is None  # a section
    query = "https://example.org/news/2024/01/02/story.html?amp=1"
    assert amp_main_url(page("<html amp>", canonical), query, links) == main
    assert amp_main_url(page("<html amp>", '<link rel="canonical" href="/story/123">'), url + "/x", links) is None
    assert (
        amp_main_url(
            page("<html amp>", '<link rel="canonical" href="/story/123">'), "https://example.org/amp/story/123", links
        )
        == "https://example.org/story/123"
    )
    assert amp_main_url(page("<html amp>", '<link rel="amphtml" href="/x.amp.html">'), url, links) is None
