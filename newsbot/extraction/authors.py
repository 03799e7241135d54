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
# A web address proper; a bare brand domain ("sportschau.de", "mbl.is") can still be an outlet's byline.
_URL = re.compile(r"https?://|www\.", re.I)
# A URL slug ("sophie-foster") left in an author field by a CMS: not a display name.
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")
_TRAIL = re.compile(r"\s*[(\[].*?[)\]]\s*$")
# "Penulis: A | Editor: B" -> keep the writer part only
_EDITOR_TAIL = re.compile(r"\s*[|,;–—-]?\s*\b(?:editor|penyunting|redaktur|fotografer|foto|photo)\s*:.*$", re.I)


def clean_authors(raw: list[str], site_name: str | None = None, extra_stop: set[str] | None = None) -> list[str]:
    """Normalize raw author strings into a de-duplicated list of names; the site's own name is dropped.

    The site name here is dropped because next to person names, or as a CMS default, it is not the
    writer; a byline naming only the outlet is handled by organization_byline().
    """
    stop = set(_NOT_NAMES)
    if site_name:
        stop.add(norm_key(site_name))
    if extra_stop:
        stop |= {norm_key(s) for s in extra_stop}
    return _clean(raw, stop, _URLISH, site=norm_key(site_name) if site_name else None)


def organization_byline(raw: list[str], extra_stop: set[str] | None = None) -> list[str]:
    """The outlet or desk credited when a byline names no person ("BBC News", "sportschau.de").

    Used only after every source (JSON-LD, meta tags, the visible byline) gave no person: then the
    organisation the page states as author *is* the author a reader sees, and a data consumer wants it
    rather than nothing. Generic non-names ("Staff", "Redaksi") are still dropped; at most two names,
    since a longer list of non-persons is a CMS tag list, not a byline.
    """
    stop = set(_NOT_NAMES) | ({norm_key(s) for s in extra_stop} if extra_stop else set())
    names = _clean(raw, stop, _URL, split=False)
    return names if len(names) <= 2 else []


def _clean(raw: list[str], stop: set[str], urlish: re.Pattern[str], split: bool = True,
           site: str | None = None) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for item in raw:
        text = clean_line(item)
        if not text or urlish.search(text) and " " not in text.strip():
            continue
        text = _EDITOR_TAIL.sub("", text)
        text = _EMAIL.sub(" ", text)
        text = _HANDLE.sub(" ", text)
        parts = _SPLIT.split(text) if split else [text]
        if _dateline_place(text, parts):
            parts = parts[:-1]
        site_at = next((i for i, part in enumerate(parts) if site and norm_key(part.strip(" .")) == site), None)
        if site_at is not None:
            # "hessenschau.de, Frankfurt, Germany": what follows the outlet's own name is its address.
            parts = parts[:site_at + 1]
        for part in parts:
            name = _ROLE.sub("", part).strip(" .:-–—|")
            name = _ROLE.sub("", name).strip(" .:-–—|")
            name = _TRAIL.sub("", name).strip()
            if not _is_name(name, stop, urlish):
                continue
            key = norm_key(name)
            if key not in seen:
                seen.add(key)
                out.append(name)
    return out


# News agencies credited after a writer's name ("Jane Doe, Reuters"): kept, unlike a dateline place.
_AGENCIES = {"reuters", "bloomberg", "afp", "dpa", "ap", "apa", "efe", "ansa", "sid", "kna", "epd", "anp", "belga",
             "tass", "xinhua", "antara", "kyodo", "yonhap", "bernama", "pa", "aap", "ians", "pti", "sda", "ntb", "tt"}


def _dateline_place(text: str, parts: list[str]) -> bool:
    """'Jane Doe, Washington': a last comma part that is one capitalised word after a full name is the place
    the story was filed from, not a second author (a mononymous co-author is far rarer than a dateline)."""
    if len(parts) < 2 or "," not in text or not text.rstrip().endswith(parts[-1].strip()):
        return False
    last, before = parts[-1].strip(" ."), parts[-2].strip()
    return (bool(re.fullmatch(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{3,}", last)) and last.lower() not in _AGENCIES
            and len(before.split()) >= 2 and text.rstrip(" .").rsplit(",", 1)[-1].strip(" .") == last)


def _is_name(name: str, stop: set[str], urlish: re.Pattern[str] = _URLISH) -> bool:
    if not name or len(name) < 2 or len(name) > 80:
        return False
    if norm_key(name) in stop or urlish.search(name) or _SLUG.match(name) or "(" in name or ")" in name:
        return False
    if not re.search(r"[^\W\d_]", name):
        return False
    # A number, time or colon left after the role words came off: a date or a label ("Stand: 28. April
    # 2023", "05:00 Uhr"); digits inside a word are fine ("BR24 Redaktion").
    if ":" in name or any(re.fullmatch(r"[\d.,/-]+", w) for w in name.split()):
        return False
    words = name.split()
    # A sentence is not a name; nor is a 30-character run without spaces (a CJK author blurb: names in
    # Chinese, Japanese and Korean are a few characters).
    return len(words) <= 6 and max(len(w) for w in words) <= 30
