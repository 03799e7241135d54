"""Bytes in, text out: BOM, then valid UTF-8, then the declared charset, then detection."""

from __future__ import annotations

import codecs
import re

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
#: How much more "chaos" (charset_normalizer's mess score) cp1252 may show than the best guess and still win.
_CP1252_MARGIN = 0.1
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# WHATWG: browsers decode these labels as windows-1252, and so do real pages' authors expect.
_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "x-sjis": "shift_jis",
    "gb2312": "gb18030",
    "gbk": "gb18030",
}


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charset(html: bytes) -> str | None:
    """The charset a <meta> tag in the first 4 KiB declares, if it names a known codec."""
    match = _META_CHARSET.search(html[:4096])
    return _codec(match.group(1).decode("ascii", "ignore")) if match else None


def decode_html(html: bytes, http_charset: str | None = None) -> tuple[str, str]:
    """Decode page bytes; returns (text, encoding used). Never raises."""
    for bom, name in _BOMS:
        if html.startswith(bom):
            return html[len(bom) :].decode(name, errors="replace"), name
    # Bytes that decode as UTF-8 and are not plain ASCII are almost surely UTF-8, whatever the
    # page declares (re-saved pages keep stale meta charsets).
    try:
        text = html.decode("utf-8")
        return text, "utf-8"
    except UnicodeDecodeError:
        pass
    for label in (_codec(http_charset), declared_charset(html)):
        if label and label not in ("utf-8",):
            try:
                return html.decode(label), label
            except (UnicodeDecodeError, LookupError):
                continue
    try:
        from charset_normalizer import from_bytes

        matches = list(from_bytes(html[:200_000]))
        best = matches[0] if matches else None
        if best is not None and best.encoding:
            # On a short or mostly-ASCII page the detector's chaos scores for the single-byte Latin code
            # pages are nearly tied and it picks cp1257 or cp1250 for French ("crème" -> "crčme"); the
            # web's undeclared single-byte pages are overwhelmingly windows-1252 (the WHATWG default for
            # Western locales), so cp1252 wins unless it is clearly worse.
            western = next((m for m in matches if m.encoding == "cp1252"), None)
            if western is not None and western.chaos <= best.chaos + _CP1252_MARGIN:
                return html.decode("cp1252", errors="replace"), "cp1252"
            return html.decode(best.encoding, errors="replace"), best.encoding
    except Exception:  # noqa: BLE001 - detection is best effort; cp1252 below always works
        pass
    return html.decode("cp1252", errors="replace"), "cp1252"
