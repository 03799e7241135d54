"""Text normalization shared by every field."""

from __future__ import annotations

import html
import re
import unicodedata
from typing import Any

from lxml.etree import tostring as _tostring

from ..models import markup_spans

_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\r\f\v]+")
# The ideographic space (U+3000) separates the parts of a Japanese or Chinese headline ("大雪で運休\u3000あすも
# 見合わせ") as publishers print them (the fundus truths keep it): a run of spaces holding one stays one U+3000.
_IDEOGRAPHIC_SPACE = re.compile(r" *\u3000[ \u3000]*")
_CTRL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufeff\u2028\u2029]")
# Pattern "joining controls": the zero-width non-joiner and joiner (U+200C, U+200D) are part of the spelling
# in Persian, Urdu and the Indic scripts ("بهره‌برداری", "می‌رسد"): dropping them glues or splits words. They
# are kept after a letter of those scripts and dropped elsewhere (stray template characters in Latin text).
_JOINER = re.compile(
    r"(?<![\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u0900-\u0dff\ufb50-\ufdff\ufe70-\ufeff])[\u200c\u200d]"
)
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
        if "\u200c" in value or "\u200d" in value:
            value = _JOINER.sub("", value)
    value = unicodedata.normalize("NFC", value)
    if value.isprintable():
        return " ".join(value.split())
    value = _WS.sub(" ", value)
    if "\u3000" in value:
        value = _IDEOGRAPHIC_SPACE.sub("\u3000", value)
    return value.strip()


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


# A word holding a joining control, as the page spells it: letters and marks around U+200C / U+200D, cut at
# spaces and punctuation (the whole run of non-separators around the control).
_WORD_CUT = r"\s!-/:-@\[-`{-~«»،؛؟“”‘’"
_CUT = re.compile(f"[{_WORD_CUT}]")
_WORD_REST = re.compile(f"[^{_WORD_CUT}]*")
_JOINER_CHAR = re.compile(r"[\u200c\u200d]")


def _joined_words(page: str) -> list[str]:
    """Each run of non-separators of `page` that holds a joining control, in page order.

    What ``re.findall(r"[^CUT]*[ZWNJ ZWJ][^CUT]*", page)`` finds, in time linear in the page: that
    pattern, tried at every position of a long run without a control (an inline script, a data: URI), scanned
    the rest of the run each time (1.2 s on one 1 MB page). Here each run is found from one of its controls.
    """
    words: list[str] = []
    end = 0
    for control in _JOINER_CHAR.finditer(page):
        at = control.start()
        if at < end:
            continue  # in the run already taken
        start = at
        while start > end and not _CUT.match(page, start - 1):
            start -= 1
        found = _WORD_REST.match(page, at)
        end = found.end() if found else at + 1
        words.append(page[start:end])
    return words


def restore_joiners(text: str, page: str) -> str:
    """`text` with the joining controls of the page's words put back where the body extractor dropped them.

    Pattern "joining controls" (see _JOINER): trafilatura drops every non-printable character from the body
    text, the zero-width non-joiner of Persian and Indic words too ("بهره‌برداری" becomes "بهرهبرداری", another
    spelling). Each word of the page that holds one, in a script that uses them, is its own spelling of the
    same word without them; only called for pages that hold one.
    """
    words: dict[str, str] = {}
    for word in _joined_words(page):
        bare = word.replace("\u200c", "").replace("\u200d", "")
        if bare and not _JOINER.search(word):
            words.setdefault(bare, word)
    if not words:
        return text
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    found = re.compile(rf"(?<![^\s!-/:-@\[-`{{-~«»،؛؟“”‘’])(?:{alternation})(?![^\s!-/:-@\[-`{{-~«»،؛؟“”‘’])")
    return found.sub(lambda m: words[m.group(0)], text)


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
    if "\u200c" in value or "\u200d" in value:
        # a word with its joining controls and the same word without them (trafilatura's body drops them,
        # see restore_joiners) are one word
        value = value.replace("\u200c", "").replace("\u200d", "")
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
