"""Bytes in, text out: BOM, HTTP header, meta charset, XML declaration, detection, legacy fixtures."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from newsbot.extraction import extract
from newsbot.extraction.encoding import decode_html
from newsbot.models import Article

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
FRENCH = (
    "La crème brûlée du café était déjà prête à être servie, même à l'hôtel où l'été s'achève. "
    "Le maître d'hôtel, très ému, a présenté ses excuses à la sœur du garçon."
)


def _html(text: str, head: str = "") -> str:
    return f"<html><head>{head}<title>Test</title></head><body><p>{text}</p></body></html>"


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_bom_wins_over_declarations(bom: bytes, codec: str) -> None:
    page = bom + _html(FRENCH, '<meta charset="iso-8859-1">').encode(codec)
    text, used = decode_html(page, http_charset="windows-1252")
    assert used == codec
    assert FRENCH in text


def test_http_header_charset() -> None:
    text, used = decode_html(_html(FRENCH).encode("cp1252"), http_charset="windows-1252")
    assert used == "cp1252" and FRENCH in text


def test_meta_charset() -> None:
    text, _ = decode_html(_html(FRENCH, '<meta charset="windows-1252">').encode("cp1252"))
    assert FRENCH in text


def test_http_equiv_iso_8859_1_is_read_as_windows_1252() -> None:
    # WHATWG: the iso-8859-1 label means windows-1252, whose 0x80-0x9f bytes are letters and quotes.
    page = _html(
        "Il a dit “oui” – c’est tout.", '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    ).encode("cp1252")
    text, _ = decode_html(page)
    assert "“oui” – c’est" in text


def test_undeclared_windows_1252_has_no_mojibake() -> None:
    text, used = decode_html(_html(FRENCH).encode("cp1252"))
    assert used == "cp1252"
    assert "crème" in text and "sœur" in text


def test_valid_utf8_wins_over_stale_declaration() -> None:
    text, used = decode_html(_html(FRENCH, '<meta charset="iso-8859-15">').encode("utf-8"))
    assert used == "utf-8" and FRENCH in text


def test_utf8_page_with_stray_latin1_bytes_is_read_as_utf8() -> None:
    """A page in UTF-8 with a few bytes of another encoding (a pasted snippet) keeps its UTF-8 text."""
    stray = "Caf\u00e9 men\u00fc".encode("latin-1")  # two single-byte accents, invalid in UTF-8
    for head in ('<meta charset="utf-8">', ""):
        page = _html(FRENCH * 3, head).encode("utf-8").replace(b"<title>", b"<title>" + stray + b" ")
        text, used = decode_html(page)
        assert FRENCH in text and "\u00c3" not in text, used  # no "Ã©" mojibake
        assert text.count("\ufffd") == 2


def test_stale_utf8_declaration_on_a_latin1_page_is_not_utf8() -> None:
    text, _ = decode_html(_html(FRENCH, '<meta charset="utf-8">').encode("cp1252"))
    assert FRENCH in text and "\ufffd" not in text


def test_page_with_stray_bytes_extracts_without_mojibake() -> None:
    page = _html(FRENCH * 2 + " " + FRENCH, '<meta charset="utf-8">').encode("utf-8") + b"<p>\x93x\x94</p>"
    record = extract(page, "https://news.example/2024/05/06/creme.html")
    assert isinstance(record, Article), record
    assert "crème brûlée" in record.text


def test_xml_declaration_page_extracts() -> None:
    body = " ".join([FRENCH] * 3)
    page = (
        f'<?xml version="1.0" encoding="windows-1252"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        f"<head><title>La crème du café</title></head><body><article><h1>La crème du café</h1>"
        f"<p>{body}</p><p>{body}</p></article></body></html>"
    ).encode("cp1252")
    record = extract(page, "https://journal.example/2024/03/creme.html")
    assert isinstance(record, Article), record
    assert "crème brûlée" in record.text and record.title == "La crème du café"


@pytest.mark.parametrize(
    "name", ["de-stadtrat-beschliesst-radwege-rheinuferstrasse", "es-ayuntamiento-aprueba-plan-mercados-municipales"]
)
def test_legacy_encoded_fixtures_have_no_mojibake(name: str) -> None:
    raw = (PAGES / f"{name}.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # the fixture really is a legacy encoding
    record = extract(raw, f"https://fixture.example/{name}.html")
    assert isinstance(record, Article), record
    for text in (record.text, record.title):
        assert "\ufffd" not in text
        assert not any(bad in text for bad in ("Ã", "Â", "â€"))
    assert any(ch in record.text for ch in "äöüßéíóñá")
