"""Outlet files are validated strictly: a bad value fails naming the file and the field, before any crawl."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbot.outlets import OutletError, available_outlets, load_outlet, load_outlet_file

BASE = 'name = "x"\ndomains = ["x.example", "127.0.0.1", "::1"]\n'


@pytest.mark.parametrize(
    ("line", "field", "says"),
    [
        ('language = "english"', "language", "ISO 639-1"),
        ('timezone = "Jakarta"', "timezone", "unknown time zone"),
        ('domains = ["https://x.example/"]', "domains", "not a host name"),
        ('feeds = ["rss.xml"]', "feeds", "not an http(s) URL"),
        ('allow = ["("]', "allow", "bad regex"),
        ('[extraction]\nbody_selector = "div[[["', "extraction.body_selector", "bad CSS selector"),
        ('[extraction]\ndrop_selectors = [".ad", "p >> q"]', "extraction.drop_selectors", "bad CSS selector"),
        ('lang = "id"', "lang", "Extra inputs are not permitted"),
    ],
)
def test_bad_values_name_file_and_field(tmp_path: Path, line: str, field: str, says: str) -> None:
    body = BASE.replace('domains = ["x.example", "127.0.0.1", "::1"]\n', "") if line.startswith("domains") else BASE
    path = tmp_path / "x.toml"
    path.write_text(body + line + "\n", encoding="utf-8")
    with pytest.raises(OutletError) as caught:
        load_outlet_file(path)
    message = str(caught.value)
    assert str(path) in message and f"{field}:" in message and says in message


def test_good_values_pass(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_text(
        BASE + 'language = "ms"\ntimezone = "Asia/Kuala_Lumpur"\nfeeds = ["https://x.example/rss"]\n'
        '[extraction]\nbody_selector = "div.entry-content > p"\n',
        encoding="utf-8",
    )
    outlet = load_outlet_file(path)
    assert outlet.language == "ms" and outlet.extraction.body_selector == "div.entry-content > p"


def test_every_packaged_outlet_is_valid() -> None:
    for name in available_outlets():
        assert load_outlet(name).name == name
