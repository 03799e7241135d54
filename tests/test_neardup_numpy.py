"""The numpy MinHash gives the pure-Python signatures bit for bit (stored signatures must keep comparing)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from newsbot.state import neardup

pytest.importorskip("numpy", reason="numpy (the fast extra) is not installed")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _values(text: str) -> list[int]:
    return [x % neardup._PRIME for x in neardup._shingles(text)]


def test_numpy_and_python_minhash_agree_on_fixture_texts() -> None:
    from lxml import html as lxml_html

    checked = 0
    for path in sorted(FIXTURES.glob("pages/*.html")):
        values = _values(lxml_html.fromstring(path.read_bytes()).text_content())
        if values:
            assert neardup._minhash_numpy(values) == neardup._minhash_python(values), path.name
            checked += 1
    assert checked >= 10


def test_numpy_and_python_minhash_agree_on_extreme_values() -> None:
    rng = random.Random(7)
    edge = [0, 1, 2, (1 << 32) - 1, 1 << 32, neardup._PRIME - 2, neardup._PRIME - 1]
    for _ in range(300):
        values = [rng.randrange(neardup._PRIME) for _ in range(rng.randint(1, 40))] + rng.sample(edge, 3)
        assert neardup._minhash_numpy(values) == neardup._minhash_python(values)
