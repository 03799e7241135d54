"""The split/join fast paths of clean_line() and norm_key() rest on two facts about str.isprintable().

A printable string has no character that clean_line() drops as a control character, and no whitespace
(by str.split() or by the _WS regex) but the space; checked here for every code point, so a Python
whose Unicode data broke either fact fails this test instead of changing records.
"""

from __future__ import annotations

import sys

from newsbot.extraction import text


def test_printable_strings_hold_no_controls_and_no_whitespace_but_the_space() -> None:
    offenders = []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char == " " or not char.isprintable():
            continue
        if char.isspace() or text._WS.match(char) or text._CTRL.match(char):
            offenders.append(hex(code))
    assert offenders == []


def test_fast_paths_match_the_regex_forms() -> None:
    import html
    import unicodedata

    def clean_line_slow(value: str) -> str:
        value = html.unescape(str(value))
        value = text.strip_markup(value)
        value = value.replace("\n", " ")
        value = text._JOINER.sub("", text._CTRL.sub("", value))
        value = unicodedata.normalize("NFC", value)
        return text._IDEOGRAPHIC_SPACE.sub("\u3000", text._WS.sub(" ", value)).strip()

    def norm_key_slow(value: str) -> str:
        value = unicodedata.normalize("NFKC", value).replace("\u200c", "").replace("\u200d", "")
        return text._WS.sub(" ", value).strip().casefold()

    samples = [
        "  Plain  ASCII text ",
        "Straße   und\tWeg",
        "a\u00a0b\u200bc\u1680d",
        "x\u2028y\u2029z\x85w",
        "e\u0301 caf\u00e9  ",
        "&amp; &lt;b&gt;bold&lt;/b&gt;",
        "<i>tag</i> text",
        "\x01ctrl\x1f\x7f",
        "\ufeffbom \u200c\u200d",
        "بهره\u200cبرداری می\u200cرسد",
        "ﬁ ligature Ⅻ",
        "\u3000全角\u3000スペース",
        "line\nbreak",
        "",
        "   ",
        "\u2000\u2001en quad",
        "Kelvin \u212a and long \u017f",
        "\ud800 lone surrogate",
    ]
    for sample in samples:
        assert text.clean_line(sample) == clean_line_slow(sample), repr(sample)
        assert text.norm_key(sample) == norm_key_slow(sample), repr(sample)


def test_junk_whitespace_is_every_space_character() -> None:
    import re

    from newsbot.extraction import junk

    spaces = {chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()}
    assert set(junk.WHITESPACE) == spaces
    assert spaces == {chr(code) for code in range(sys.maxunicode + 1) if re.match(r"\s", chr(code))}


def test_junk_trim_and_fold_match_their_regexes() -> None:
    import random

    from newsbot.extraction import junk

    rng = random.Random(9)
    alphabet = list(" \t\n\x0b\x1c\x85\xa0\u1680\u2028\u3000\u200bab.:!|•·»>-–—*#…/xÄß↓›")
    for _ in range(20_000):
        sample = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert junk._trim(sample) == junk._TRIM.sub("", sample), repr(sample)
        assert junk._fold(sample) == junk._FOLD.sub(" ", sample).strip().casefold(), repr(sample)


def test_contains_groups_find_what_the_phrase_list_finds() -> None:
    from newsbot.extraction import junk

    table = junk.JunkTable(["Mehr dazu", "cookie jar"])
    phrases = table.contains
    assert {p for _key, group in table._contains_groups for p in group} == set(phrases)
    assert all(key in p for key, group in table._contains_groups for p in group)
    texts = ["", "a", "cookie", "cookies", "we use cookie", "privacy", "powered by", "the story goes on"]
    for p in phrases:
        texts += [p, p[:-1], p[1:], f"some text {p} more", f"x{p}y", p.replace(" ", "  "), p.upper()]
    texts += [f"{a} {b}" for a in phrases[:20] for b in ("and", "to view", "cookie")]
    hits = 0
    for text_ in texts:
        expected = any(c in text_ for c in phrases)
        hits += expected
        assert table._holds_contained(text_) == expected, text_
    assert 0 < hits < len(texts)


def test_element_text_is_text_content() -> None:
    import glob
    from pathlib import Path

    from newsbot.extraction import parse_html

    root = Path(__file__).resolve().parent.parent
    snippet = (
        "<html><body><div>a &amp; b<!-- c --><p>d<b>e</b>f</p>g<?pi x?><script>var s = '<p>';</script>"
        "<svg><title>t</title><![CDATA[x]]></svg>&nbsp;&#x1F600;\u00e9</div><p></p><span>only</span></body></html>"
    )
    pages = [snippet] + [
        Path(f).read_bytes().decode("utf-8", "replace")
        for f in sorted(glob.glob(str(root / "fixtures/**/*.html"), recursive=True))
    ]
    checked = 0
    for page in pages:
        for el in parse_html(page).iter():
            if isinstance(el.tag, str):
                assert text.element_text(el) == el.text_content()
                checked += 1
    assert checked > 1000


def test_clean_line_never_lengthens_ascii_without_entities() -> None:
    # _link_text_keys skips clean_line() for a link text of fewer than 15 such characters.
    import itertools
    import random

    rng = random.Random(5)
    pieces = [
        "<a>",
        "<b x='1'>",
        "</p>",
        "< br/>",
        "<",
        ">",
        " ",
        "  ",
        "\t",
        "\n",
        "\r",
        "\x0b",
        "\x0c",
        "\x00",
        "\x1f",
        "\x7f",
        "x",
        "ab",
        "Word",
        "1",
    ]
    samples = ["".join(p) for p in itertools.product(pieces, repeat=2)]
    samples += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    samples += [chr(c) * 3 for c in range(128) if chr(c) != "&"]
    for sample in samples:
        assert len(text.clean_line(sample)) <= len(sample), repr(sample)


def test_casefold_adds_no_whitespace_and_removes_no_character() -> None:
    # junk._fold_words() counts the words of a folded text by its spaces.
    from newsbot.extraction import junk

    offenders = []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char.isspace():
            continue
        folded = char.casefold()
        if not folded or any(c.isspace() for c in folded):
            offenders.append(hex(code))
    assert offenders == []
    for sample in ["", "a", " a  b\u00a0c\u3000d ", "Straße STRASSE", "\u0130stanbul", "x\u200by", "\t\n"]:
        assert junk._fold_words(junk._fold(sample)) == len(sample.split())


def test_unwrapped_words_counts_the_unwrapped_paragraphs() -> None:
    from newsbot.extraction import _unwrapped, _unwrapped_words, text_words

    cases = [
        [],
        ["One."],
        ["a line without an end", "continued here.", "New one", "lower again", "Done!"],
        ["中文没有空格的句子", "继续", "また", "next line", "ends here."],
        ["no end", "x", "y", "Z", "z"],
        ["ends:", "lower", "ends”", "lower", "(ends)", "lower", "…", "lower"],
    ]
    for paragraphs in cases:
        counts = [text_words(p) for p in paragraphs]
        assert _unwrapped_words(paragraphs, counts) == [text_words(p) for p in _unwrapped(paragraphs)]
