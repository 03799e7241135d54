"""Bytes in, text out: BOM, then valid UTF-8, then the declared charset, then detection."""

from __future__ import annotations

import codecs
import re

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
#: An undeclared page decodes as UTF-8 with its stray bytes replaced when its valid multi-byte characters
#: outnumber the broken bytes this many times (a Latin-1 page has next to no valid multi-byte sequences).
UTF_8_STRAY_RATIO = 10
#: The encoding decode_html() names for such a page: not "utf-8", whose text is the page's bytes exactly.
UTF_8_REPLACED = "utf-8 (stray bytes replaced)"
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
    labels = (_codec(http_charset), declared_charset(html))
    for label in labels:
        if label and label not in ("utf-8",):
            try:
                return html.decode(label), label
            except (UnicodeDecodeError, LookupError):
                continue
    # A page in UTF-8 with a few stray bytes of another encoding (a pasted snippet, an ad, a comment
    # saved as Latin-1): browsers decode it as UTF-8, the strays as U+FFFD. Guessing a single-byte code
    # page for the whole page instead turns every quote and accent of the story into mojibake ("â€™").
    # Taken when the page says UTF-8 and its valid multi-byte characters are at least as many as the
    # broken bytes, or says nothing and they are UTF_8_STRAY_RATIO times as many; a page whose "UTF-8"
    # declaration is stale (its bytes all single-byte accents) goes on to detection.
    text = html.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - html.count(b"\xef\xbf\xbd")
    valid = len(text) - len(text.encode("ascii", "ignore")) - broken
    if valid >= broken * (1 if "utf-8" in labels else UTF_8_STRAY_RATIO) and valid > 0:
        return text, UTF_8_REPLACED
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
