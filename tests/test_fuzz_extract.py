"""Fuzzing `extract()`: whatever the bytes, it returns an Article or a Rejection and never raises.

Hypothesis drives arbitrary bytes, mutated fixture pages, deeply nested tags and huge attribute
values. Example counts are modest so this stays around a minute on two cores; the time bound per
page is measured in benchmarks/hostile_extract.py, not asserted here.
"""

from __future__ import annotations

import json
import os

import pytest
from conftest import FIXTURES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbot.extraction import extract
from newsbot.models import Article, Rejection

PAGES = sorted((FIXTURES / "pages").glob("*.html"))
PAGE_BYTES = [p.read_bytes() for p in PAGES]
URL = "https://news.example/2024/05/06/pier-repair-plan.html"
#: `make test-faults` sets NEWSBOT_FUZZ_SCALE=5 for five times the examples.
SCALE = max(1, int(os.environ.get("NEWSBOT_FUZZ_SCALE", "1")))
FUZZ = settings(
    max_examples=150 * SCALE,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def check(html: bytes | str, **kwargs: object) -> Article | Rejection:
    """Run extract() and check that the outcome is a well-formed record."""
    result = extract(html, URL, **kwargs)  # type: ignore[arg-type]
    assert isinstance(result, Article | Rejection), type(result)
    line = result.to_json()
    assert "\n" not in line
    type(result).model_validate(json.loads(line))  # the record round-trips through its model
    if isinstance(result, Rejection):
        assert result.reason
    return result


@FUZZ
@given(st.binary(max_size=4096))
def test_arbitrary_bytes(data: bytes) -> None:
    check(data)


@FUZZ
@given(st.binary(max_size=2048), st.sampled_from([None, "utf-8", "latin-1", "shift_jis", "utf-16", "bogus-cs"]))
def test_arbitrary_bytes_in_html_with_any_charset(data: bytes, charset: str | None) -> None:
    check(b"<html><head><title>T</title></head><body><p>" + data + b"</p></body></html>", http_charset=charset)


@FUZZ
@given(st.text(max_size=2000))
def test_arbitrary_text(text: str) -> None:
    check(text)


def _mutate(page: bytes, ops: list[tuple[int, int, bytes]]) -> bytes:
    out = bytearray(page)
    for kind, where, data in ops:
        pos = where % (len(out) + 1)
        if kind == 0:  # insert
            out[pos:pos] = data
        elif kind == 1:  # delete a slice
            del out[pos : pos + len(data) * 8 + 1]
        elif kind == 2:  # overwrite
            out[pos : pos + len(data)] = data
        else:  # truncate
            del out[pos:]
    return bytes(out)


@settings(FUZZ, max_examples=200 * SCALE)
@given(
    st.sampled_from(range(len(PAGE_BYTES))),
    st.lists(
        st.tuples(
            st.integers(0, 3),
            st.integers(0, 10**6),
            st.one_of(
                st.binary(min_size=1, max_size=64),
                st.sampled_from(
                    [
                        b"<",
                        b">",
                        b"</p>",
                        b"<!--",
                        b"<script>",
                        b"]]>",
                        b"\x00",
                        b"&#xD800;",
                        b"&#0;",
                        b"\xff\xfe",
                        b"\xef\xbb\xbf",
                        b"<meta charset='utf-16'>",
                        b"<![CDATA[",
                        b"<svg><p>",
                    ]
                ),
            ),
        ),
        min_size=1,
        max_size=8,
    ),
)
def test_mutated_fixture_pages(index: int, ops: list[tuple[int, int, bytes]]) -> None:
    check(_mutate(PAGE_BYTES[index], ops))


@settings(FUZZ, max_examples=25 * SCALE)
@given(
    st.integers(min_value=500, max_value=60_000),
    st.sampled_from(["div", "span", "p", "b", "table", "ul", "li", "a", "article", "section", "font", "svg"]),
    st.booleans(),
)
def test_deeply_nested_tags(depth: int, tag: str, closed: bool) -> None:
    body = f"<{tag}>" * depth + "text " * 50 + (f"</{tag}>" * depth if closed else "")
    check(f"<html><head><title>Deep</title></head><body>{body}</body></html>".encode())


@settings(FUZZ, max_examples=15 * SCALE)
@given(
    st.integers(min_value=10_000, max_value=3_000_000),
    st.sampled_from(["content", "href", "class", "data-x", "style"]),
    st.sampled_from(["a", '"', "<", "&amp;", "é"]),
)
def test_huge_attribute_values(size: int, attr: str, fill: str) -> None:
    value = (fill * (size // len(fill)))[:size].replace("'", "")
    page = PAGE_BYTES[0].decode("utf-8", "replace")
    page = page.replace("<body", f"<meta property='og:title' {attr}='{value}'><body", 1)
    page = page.replace("<p", f"<p {attr}='{value}'", 1)
    check(page.encode("utf-8"))


@pytest.mark.parametrize(
    "page",
    [
        "\ud800<html><title>\udfff</title><body><p>lone surrogates in str input</p></body></html>",
        "<html><body>" + "<p>x</p>" * 50_000 + "</body></html>",
        "<html><body><p>" + "word " * 120_000 + "</p></body></html>",
        "<html><head><title>" + "T" * 5000 + "</title></head><body>" + "<p>" + "word " * 100 + "</p>" * 5 + "</body>",
        "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;'>]><html>&b;</html>",
    ],
)
def test_known_nasty_pages(page: str) -> None:
    check(page)
    check(page.encode("utf-8", "surrogatepass"))
