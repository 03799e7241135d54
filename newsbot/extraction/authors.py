"""Author-name cleanup: role words off, lists split, non-names dropped, order kept."""

from __future__ import annotations

import re

from .text import clean_line, norm_key

_ROLE = re.compile(
    r"^\s*(?:by|oleh|penulis|reporter|wartawan|kontributor|editor|penyunting|written by|words by|"
    r"von|por|par|de|di|da|door|av|af|autor|autora|auteur|author|text|texto|foto|photo|"
    r"redaktur|fotografer|posted by|published by)\s*[:|\-–—]?\s+",
    re.I,
)
_SPLIT = re.compile(r"\s*(?:,|;|/|&|\||\+|\band\b|\bdan\b|\bund\b|\by\b|\be\b|\bet\b|\bund\b|\bog\b|"
                    r"\bi\b|\bsowie\b|\bwith\b)\s*", re.I)
_NOT_NAMES = {
    "staff", "redaksi", "admin", "administrator", "editor", "editorial", "newsroom", "team", "tim",
    "tim redaksi", "redaktion", "redacción", "redaccion", "rédaction", "redação", "redacao", "agencies",
    "agency", "unknown", "anonymous", "guest",
    "staff writer", "staff reporter", "web desk", "desk", "news desk", "online", "zeitung", "redaktion online",
}
_EMAIL = re.compile(r"\S+@\S+")
_HANDLE = re.compile(r"(?:^|\s)@\w+")
_URLISH = re.compile(r"https?://|www\.|\.(?:com|id|de|org|net)\b", re.I)
# A URL slug ("sophie-foster") left in an author field by a CMS: not a display name.
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")
_TRAIL = re.compile(r"\s*[(\[].*?[)\]]\s*$")
# "Penulis: A | Editor: B" -> keep the writer part only
_EDITOR_TAIL = re.compile(r"\s*[|,;–—-]?\s*\b(?:editor|penyunting|redaktur|fotografer|foto|photo)\s*:.*$", re.I)


def clean_authors(raw: list[str], site_name: str | None = None, extra_stop: set[str] | None = None) -> list[str]:
    """Normalize raw author strings into a de-duplicated list of person names."""
    stop = set(_NOT_NAMES)
    if site_name:
        stop.add(norm_key(site_name))
    if extra_stop:
        stop |= {norm_key(s) for s in extra_stop}
    out: list[str] = []
    seen: set[str] = set()
    for item in raw:
        text = clean_line(item)
        if not text or _URLISH.search(text) and " " not in text.strip():
            continue
        text = _EDITOR_TAIL.sub("", text)
        text = _EMAIL.sub(" ", text)
        text = _HANDLE.sub(" ", text)
        for part in _SPLIT.split(text):
            name = _ROLE.sub("", part).strip(" .:-–—|")
            name = _ROLE.sub("", name).strip(" .:-–—|")
            name = _TRAIL.sub("", name).strip()
            if not _is_name(name, stop):
                continue
            key = norm_key(name)
            if key not in seen:
                seen.add(key)
                out.append(name)
    return out


def _is_name(name: str, stop: set[str]) -> bool:
    if not name or len(name) < 2 or len(name) > 80:
        return False
    if norm_key(name) in stop or _URLISH.search(name) or _SLUG.match(name) or "(" in name or ")" in name:
        return False
    if not re.search(r"[^\W\d_]", name):
        return False
    words = name.split()
    # A sentence is not a name.
    return len(words) <= 6
