"""Session 14's CPU work in extraction: cheaper forms that find exactly what the slower ones found."""

from __future__ import annotations

import random
import re

from lxml import html as lxml_html

from newsbot.extraction import pagetype
from newsbot.extraction.text import _joined_words, restore_joiners

# The pattern _joined_words replaces (text.py before session 14): every run of non-separators holding a
# joining control, found by a regex that rescanned long runs from each of their positions.
_OLD_JOINED_WORD = re.compile(r"[^\s!-/:-@\[-`{-~«»،؛؟“”‘’]*[\u200c\u200d][^\s!-/:-@\[-`{-~«»،؛؟“”‘’]*")


def test_joined_words_finds_what_the_regex_found() -> None:
    alphabet = ["a", "b", " ", "\n", ".", "-", "\u200c", "\u200d", "ب", "«", "’", "\u3000", "/", "@", "\t", "é"]
    rng = random.Random(14)
    for _ in range(20_000):
        page = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert _joined_words(page) == _OLD_JOINED_WORD.findall(page), repr(page)
    page = "<p>می\u200cرسد بهره\u200cبرداری</p><script>var x='" + "q" * 5000 + "';</script>\u200c"
    assert _joined_words(page) == _OLD_JOINED_WORD.findall(page) == ["می\u200cرسد", "بهره\u200cبرداری", "\u200c"]


def test_restore_joiners_on_a_page_with_a_long_run_without_controls() -> None:
    """A long run of non-separators (an inline script) beside a Persian word: the word's spelling comes back."""
    page = "<p>خبر می\u200cرسد امروز</p><script>" + "x" * 200_000 + "</script>"
    assert restore_joiners("خبر میرسد امروز", page) == "خبر می\u200cرسد امروز"


def test_long_non_link_texts_are_the_non_link_texts_that_can_hold_the_words() -> None:
    words = "word " * 40
    spaced = "w\u00a0" * 35  # no-break spaces: words to split(), one text to XPath
    page = lxml_html.fromstring(
        "<html><body><div>short <b>bold</b> tail</div>"
        f"<p>{words}<a href='/x'>{words}</a>{words}</p><script>{words}</script>"
        f"<ul><li>{'w ' * 34}w</li><li>{'w ' * 33}w</li><li>{spaced}</li></ul>"
        f"<noscript><p>{words}</p></noscript><span>{'x' * 80}</span></body></html>"
    )
    body = page.find("body")
    for least in (1, 2, 34, 35, 36, 40, 200):
        old = [t for t in pagetype._NON_LINK_TEXT(body) if pagetype._words(t) >= least]
        new = [t for t in pagetype._LONG_NON_LINK_TEXT(body, words=least) if pagetype._words(t) >= least]
        assert new == old
        assert [t.getparent() for t in new] == [t.getparent() for t in old]
        assert [t.is_tail for t in new] == [t.is_tail for t in old]
