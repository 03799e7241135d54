"""The lowered-ASCII fast paths for the class/id regexes give the regexes' own answers.

prune_tree()'s _thread_tokens() and text.folded_search() search lowered ASCII values without
re.IGNORECASE (or screen them with a word list first); non-ASCII values go to the regexes themselves.
"""

from __future__ import annotations

import itertools
import re
import string

from newsbot.extraction import body, metadata
from newsbot.extraction.text import folded_search

TRICKY = [
    "",
    " ",
    "comments",
    "Comments",
    "COMMENT-LIST",
    "comment_section",
    "article-comments",
    "post-comments foo",
    "xcomments",
    "commentsx",
    "Kommentare",
    "KOMENTAR",
    "comentários",
    "COMENTÁRIOS",
    "Commentaires",
    "disqus_thread",
    "DisqusWidget",
    "respond",
    "cookie-banner",
    "CookieNotice",
    "consent_box",
    "cmp-container",
    "CMP-x",
    "gdpr",
    "live-match-comments",
    "cmp",
    "cookies",
    "\u212aommentare",
    "coo\u212aie",
    "di\u017fqus",
    "COOK\u0130E",
    "cook\u0131e",
    "con\u017fent",
    "date",
    "DATE",
    "pubDate",
    "post-time",
    "Timestamp",
    "metaData",
    "PUBLISHED",
    "posted-on",
    "tanggal",
    "Datum",
    "fecha",
    "dateline",
    "waktu",
    "da\u212ae",
    "\u0130tem",
    "publi\u017fh",
    "byline",
    "Byline",
    "AUTHOR-name",
    "penulis",
    "Reporter",
    "writer",
    "autor",
    "Auteur",
    "creator",
    "author-bio",
    "author-box",
    "avatar",
    "IMG",
    "photo-credit",
    "description",
    "b\u0131o",
    "bio",
    "\u017fomething",
    "crea\u212aor",
    "\u00e9dition commentaires",
    "éditeur",
    "ñ comments",
    "tab\tcomments",
    "x\ncomments",
]


def _pairs() -> list[str]:
    out = list(TRICKY)
    out += [f"{a} {b}" for a, b in itertools.product(TRICKY[:40], TRICKY[30:70])]
    return out


def test_ascii_case_folding_is_ascii_lowering() -> None:
    # The fast path's premise: on an ASCII character, re.IGNORECASE folds exactly as str.lower() does.
    for code, letter in itertools.product(range(128), string.ascii_lowercase):
        char = chr(code)
        assert (re.fullmatch(letter, char, re.I) is not None) == (char.lower() == letter)


def test_thread_tokens_matches_the_regex() -> None:
    for value in _pairs():
        assert body._thread_tokens(value) == (body._THREAD.search(value) is not None), value


def test_folded_search_matches_the_regexes() -> None:
    cases = [
        (metadata._DATE_CLASS, metadata._DATE_WORDS),
        (metadata._BYLINE_CLASS, metadata._BYLINE_WORDS),
        (metadata._NOT_BYLINE_CLASS, metadata._NOT_BYLINE_WORDS),
    ]
    matched = 0
    for value in _pairs():
        for pattern, lowered in cases:
            expected = pattern.search(value) is not None
            matched += expected
            assert folded_search(pattern, lowered, value) == expected, (pattern.pattern, value)
    assert matched > 100  # the inputs do exercise both answers


def test_paywalled_ids_match_the_regex() -> None:
    from newsbot.extraction import _PAYWALL_CLASS, _paywalled, parse_html
    from newsbot.extraction.metadata import Metadata

    ids = [
        "PayWall",
        "x-paywall-box",
        "Piano-Offer",
        "PREMIUM-WALL",
        "regWall",
        "subscriber-only",
        "locked-content",
        "LOCKED-CONTENT",
        "lo\u212aked-content",
        "\u017fubscriber-only",
        "SUBSCR\u0130BER-only",
        "payw",
        "piano offer",
        "premium_wall",
        "content",
        "\u00e9paywall",
        "locked-contents",
    ]
    for value in ids:
        page = f'<html><body><div id="a"></div><div id="{value}">x</div></body></html>'
        assert _paywalled(parse_html(page), Metadata()) == (_PAYWALL_CLASS.search(f"a\n{value}") is not None), value
    assert sum(_paywalled(parse_html(f'<html><body><p id="{v}">x</p></body></html>'), Metadata()) for v in ids) >= 8
