"""Text normalization shared by every field."""

from __future__ import annotations

import html
import re
import unicodedata
from typing import Any

from lxml.etree import tostring as _tostring

from ..models import markup_spans

_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\r\f\v]+")
_CTRL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufeff\u200c\u200d\u2028\u2029]")
_WORD = re.compile(r"\w+", re.UNICODE)


def clean_line(value: str | None) -> str:
    """One-line field: unescape entities, drop markup and control chars, NFC, collapse spaces."""
    if not value:
        return ""
    value = str(value)
    # The guards skip calls that could not change the value (no entity without "&", no tag without "<").
    if "&" in value:
        value = html.unescape(value)
    if "<" in value:
        value = strip_markup(value)
    value = value.replace("\n", " ")
    # A printable string (str.isprintable()) holds no control character and no whitespace but the space
    # (all of them are in non-printable categories; tests/test_text_fastpath.py checks every code
    # point), so dropping controls is a no-op and collapsing whitespace is a split and join: the
    # regexes cost more than these C-level scans.
    if value.isascii() and value.isprintable():
        return " ".join(value.split())  # printable ASCII is also its own NFC form
    if not value.isprintable():
        value = _CTRL.sub("", value)
    value = unicodedata.normalize("NFC", value)
    if value.isprintable():
        return " ".join(value.split())
    return _WS.sub(" ", value).strip()


def strip_markup(value: str) -> str:
    """`value` without leaked HTML tags (models.markup_spans); angle brackets in prose stay.

    Repeated until none is left: dropping a tag can join the text around it into a new one.
    """
    for _ in range(5):
        spans = markup_spans(value)
        if not spans:
            return value
        parts, last = [], 0
        for start, end in spans:
            parts.append(value[last:start])
            last = end
        parts.append(value[last:])
        value = " ".join(parts)
    return value.replace("<", " ").replace(">", " ") if markup_spans(value) else value


def clean_paragraphs(paragraphs: list[str]) -> str:
    """Join cleaned, non-empty paragraphs with one blank line."""
    out = [p for p in (clean_line(p) for p in paragraphs) if p]
    return "\n\n".join(out)


def word_count(text: str) -> int:
    """Number of words (Unicode \\w runs)."""
    return len(_WORD.findall(text))


def norm_key(value: str) -> str:
    """Case- and space-insensitive comparison key."""
    if value.isascii() and value.isprintable():
        # Printable ASCII is its own NFKC form, its only whitespace is the space and casefold is lower.
        return " ".join(value.split()).lower()
    value = unicodedata.normalize("NFKC", value)
    if value.isprintable():  # only the space as whitespace (see clean_line)
        return " ".join(value.split()).casefold()
    return _WS.sub(" ", value).strip().casefold()


def element_text(el: Any) -> str:
    """el.text_content(), taken from el.text when el has no child nodes (links, spans: the common case).

    text_content() evaluates XPath string(), a context set up per call. len() counts every child node but
    text (elements, comments, PIs, entities), so a childless element holds text nodes only, and its
    string value is those joined, which is what lxml's .text returns. With children, the text
    serialisation without the tail: lxml fills it with libxml2's xmlBufGetNodeContent(), the function
    string() reads a node's value with (xmlNodeGetContent()), a quarter cheaper than the XPath call
    (tests/test_text_fastpath.py compares the two).
    """
    return _tostring(el, method="text", encoding=str, with_tail=False) if len(el) else (el.text or "")


def folded_search(pattern: re.Pattern[str], lowered: re.Pattern[str], value: str) -> bool:
    """pattern.search(value) is not None, for a re.I `pattern` of lower-case ASCII words.

    `lowered` is the same pattern without re.I. On ASCII text re.IGNORECASE folds ASCII letters only, so
    `pattern` matches exactly where `lowered` matches the lowered text, a cheaper search; non-ASCII values
    (where re also folds İ, ı, ſ, K) go to `pattern` itself.
    """
    if value.isascii():
        return lowered.search(value.lower()) is not None
    return pattern.search(value) is not None
