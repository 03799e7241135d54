"""LazyMetaRefreshMiddleware decides exactly as Scrapy's MetaRefreshMiddleware, without decoding most pages."""

from __future__ import annotations

import pytest
from scrapy import Request
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from newsbot.crawler.safety import LazyMetaRefreshMiddleware, _bytes_per_char_bound

REFRESH = b'<meta http-equiv="Refresh" content="0; url=/moved.html">'
FILLER = b"<p>" + "caf\u00e9 na\u00efve \u4e2d\u6587 ".encode() * 40 + b"</p>"

BODIES = {
    "plain page": b"<html><head><title>t</title></head><body>" + FILLER * 20 + b"</body></html>",
    "refresh in head": b"<html><head>" + REFRESH + b"</head><body>x</body></html>",
    "upper-case refresh": b'<html><head><META HTTP-EQUIV="REFRESH" CONTENT="2;URL=/b"></head></html>',
    "refresh with utf-8 meta": b'<html><head><meta charset="utf-8">' + REFRESH + b"</head></html>",
    "refresh beyond 4096 chars": b"<html><head><title>t</title></head><body>" + FILLER * 40 + REFRESH + b"</body>",
    "refresh just inside 4096 multi-byte chars": b'<html><head><meta charset="utf-8"></head><body>'
    + "\u4e2d".encode() * 4000
    + REFRESH
    + b"</body>",
    "BOM and refresh": b"\xef\xbb\xbf<html><head>" + REFRESH + b"</head></html>",
    "UTF-16 page with refresh": "<html><head><meta http-equiv='refresh' content='0;url=/u'></head></html>".encode(
        "utf-16"
    ),
    "word refresh in text only": b"<html><head><title>Refresh your skills</title></head><body>x</body></html>",
    "shift_jis page": b'<html><head><meta charset="shift_jis">' + REFRESH + b"</head></html>",
    "iso-2022-jp split refresh": b'<html><head><meta charset="iso-2022-jp"><meta http-equiv="ref\x1b(Bresh" '
    b'content="0;url=/j"></head></html>',
}
CONTENT_TYPES = (
    b"text/html",
    b"text/html; charset=utf-8",
    b"text/html; charset=iso-8859-1",
    b"text/html; charset=shift_jis",
)


def _decide(middleware: MetaRefreshMiddleware, body: bytes, ctype: bytes) -> object:
    request = Request("http://127.0.0.1/page.html")
    response = HtmlResponse(request.url, body=body, headers={b"Content-Type": ctype}, request=request)
    result = middleware.process_response(request, response)
    return ("response", result is response) if isinstance(result, HtmlResponse) else ("redirect", result.url)


@pytest.mark.parametrize("ctype", CONTENT_TYPES)
@pytest.mark.parametrize("name", sorted(BODIES))
def test_same_decision_as_scrapy(name: str, ctype: bytes) -> None:
    crawler = get_crawler()
    ours, scrapys = LazyMetaRefreshMiddleware.from_crawler(crawler), MetaRefreshMiddleware.from_crawler(crawler)
    assert _decide(ours, BODIES[name], ctype) == _decide(scrapys, BODIES[name], ctype)


def test_a_refresh_in_the_head_is_followed() -> None:
    middleware = LazyMetaRefreshMiddleware.from_crawler(get_crawler())
    assert _decide(middleware, BODIES["refresh in head"], b"text/html") == ("redirect", "http://127.0.0.1/moved.html")


def test_pages_without_refresh_skip_the_decode() -> None:
    request = Request("http://127.0.0.1/page.html")
    response = HtmlResponse(
        request.url, body=BODIES["plain page"], headers={b"Content-Type": b"text/html; charset=utf-8"}, request=request
    )
    assert LazyMetaRefreshMiddleware._no_refresh(response)
    assert response._cached_ubody is None  # the body was never decoded


def test_only_utf8_and_single_byte_encodings_are_scanned_as_bytes() -> None:
    assert _bytes_per_char_bound("utf-8") == 4
    assert _bytes_per_char_bound("cp1252") == _bytes_per_char_bound("iso-8859-5") == 1
    for encoding in ("utf-16", "utf-7", "shift_jis", "gb18030", "iso-2022-jp", "hz", "no-such-codec"):
        assert _bytes_per_char_bound(encoding) is None
