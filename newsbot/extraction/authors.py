"""Author-name cleanup: role words off, lists split, non-names dropped, order kept."""

from __future__ import annotations

import re

from ..lexicon.bodylines import alternation_in_order
from ..lexicon.bylines import (
    AFFILIATION_TITLES,
    AMBIGUOUS_BY_PREFIXES,
    BEAT_WORDS,
    BROADCASTER_WORDS,
    BUTTON_WORDS,
    BY_PREFIXES,
    CATEGORY_LABELS,
    DANGLING_CONNECTORS,
    DATE_CONNECTORS,
    DEGREES,
    DESK_WORDS,
    EDITOR_BY_LABELS,
    JOB_TITLES,
    LABEL_BY_PREFIXES,
    LEGAL_FORMS,
    LOWER_CASE_NAME_WORDS,
    MORE_NAME_PARTICLES,
    NAME_ABBREVIATIONS,
    NAME_PARTICLES,
    NAME_SECTION_CONNECTORS,
    NAME_SPLIT_WORDS,
    NAME_TIME_CONNECTORS,
    NAME_TIME_SUFFIXES,
    NEWS_AGENCIES,
    NOT_NAME_WORDS,
    NOT_NAMES,
    PHRASE_WORDS,
    PHRASE_WORDS_NOT_FIRST,
    PICTURE_BY_LABELS,
    POSTED_IN_CONNECTORS,
    POSTED_WORDS,
    PREFIX_CONJUNCTIONS,
    PROFESSIONS,
    PRONOUNS,
    READ_TIME_LABELS,
    READ_TIME_WORDS,
    ROLE_LABELS,
    ROLE_WORDS_BEFORE_NAME,
    TRANSLATOR_BY_LABELS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_WORDS,
    WIRE_AGENCY_NAMES,
    WITH_AGENCY_WORDS,
    ZH_REPORTER_LABELS,
)
from ..lexicon.dates import MONTHS
from .text import clean_line, norm_key


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of words, longest first (so "written by" is tried before "by"); words of one
    length in alphabetical order, so that the pattern is the same in every process (a set's order is not)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(sorted(set(words)), key=len, reverse=True))


# Short prefixes that are also the first word of names ("Di Maria", "De Niro", "Ni Na"): taken off only
# when a full name of two or more words follows.
_AMBIGUOUS_PREFIXES = frozenset(AMBIGUOUS_BY_PREFIXES)
# A byline prefix before the name, with or without a colon: "By Jane Doe", "Eine Analyse von Jane Doe",
# "Oleh: Budi". Also glued to the name as some templates render it ("ByTravis Haney", "Veröffentlicht
# vonChris Jung"): the prefix ends in lower case and the name starts in upper case.
_PREFIX_WORDS = alternation([p for p in BY_PREFIXES if p not in _AMBIGUOUS_PREFIXES])
_PREFIX = re.compile(rf"^\s*(?:{_PREFIX_WORDS})\s*[:|\-–—]?\s+", re.I)
_GLUED_PREFIX = re.compile(rf"^\s*(?i:{_PREFIX_WORDS})(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])")
# "capital von Jemima Kelly": a section or brand word in lower case before the prefix.
_LABELLED_PREFIX = re.compile(rf"^\s*[a-zà-öø-ÿ][\w.-]*\s+(?:{_PREFIX_WORDS})\s+(?=[A-ZÀ-ÖØ-Þ])")
# "Pressemitteilung von Katja Kipping", "Recipe by Jane Doe": a capitalised label word, a prefix that is no
# name particle, then a name of two or more capitalised words ("Christoph von Ritter" keeps its "von": one
# word follows it; "Ursula von der Leyen": a particle follows it).
# A link to the writer's page words its label the same way ("View all posts by Jane Doe", "Alle Artikel
# von Jane Doe"): up to three lower-case words after the capitalised one.
_NAMED_LABEL = re.compile(
    r"^\s*[A-ZÀ-ÖØ-Þ][\w-]*(?:\s+[a-zà-öø-ÿ][\w-]*){0,3}\s+"
    rf"(?i:{alternation_in_order(LABEL_BY_PREFIXES)})\s+"
    r"(?=[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+[A-ZÀ-ÖØ-Þ])"
)
# A prefix left at the end ("Artikel von" whose name is in the next element): no name.
_ENDS_IN_PREFIX = re.compile(rf"(?:^|\s)(?:{_PREFIX_WORDS})\s*:?$", re.I)
_AMBIGUOUS = re.compile(rf"^\s*(?:{alternation(sorted(_AMBIGUOUS_PREFIXES))})\s*:?\s+(?=\S+\s+\S)", re.I)
# The role words old templates put before a name without a colon ("Reporter Jane Doe", "Foto Jane Doe").
_ROLE = re.compile(rf"^\s*(?:{alternation_in_order(ROLE_WORDS_BEFORE_NAME)})\s*[:|\-–—]?\s+", re.I)
# A labelled field of a byline block: "Penulis: A | Editor: B", "Rep: A/ Red: B", "Autorin/Autor: C".
# A picture credit with "by" after a separator ("Story by Jane Doe | Photos by John Roe"): a photo field; an
# editor's credit written the same way ("Written by Jane Doe | Edited by John Roe") is no writer's either.
# A translator's credit written the same way, without a colon ("Übersetzung Sarah Jung", "Translated by
# John Roe"): a field of no writer either (pattern "translator credit").
_LABEL = re.compile(
    rf"(?:^|(?<=[\s|/,;·•–—(-]))({alternation(list(ROLE_LABELS))})\s*:\s*"
    rf"|(?:^|(?<=[|/,;·•–—(]))\s*({alternation([*PICTURE_BY_LABELS, *TRANSLATOR_BY_LABELS, *EDITOR_BY_LABELS])})\s+",
    re.I,
)
# A job title after the name, separated ("Howard Blume, Staff Writer") or glued by the template
# ("Howard BlumeStaff Writer": a lower-case letter straight before the capitalised title).
_JOB_WORDS = alternation(JOB_TITLES)
# The job titles capitalised as a byline prints them ("Staff Writer", "Political Reporter").
_JOB_TITLED = alternation([t.title() for t in JOB_TITLES])
_JOB_GLUED = re.compile(rf"(?<=[a-zà-öø-ÿ])(?:{_JOB_TITLED})s?\b.*$")
# A job title or profession as the first word, before a full name ("Rechtsanwalt Sebastian Brandt",
# "FOCUS-Online-Experte Robin Berg": the compound ends in the title).
_FIRST_WORD = re.compile(r"^\s*([\w-]+)\s+(?=[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+[A-ZÀ-ÖØ-Þ])")
_JOB_ENDINGS = tuple(t for t in (*JOB_TITLES, *PROFESSIONS) if " " not in t)


def _job_before(name: str) -> str:
    """The name without a job title or profession as its first word (see _FIRST_WORD)."""
    first = _FIRST_WORD.match(name)
    if first is None or not first.group(1).lower().endswith(_JOB_ENDINGS):
        return name
    return name[first.end() :]


# The job title after the name, with the beat before it ("Judith Burns Education reporter").
_JOB_SEPARATE = re.compile(rf"(?:\s*,\s*|\s+)(?:(?:{alternation(BEAT_WORDS)})\s+)?(?:{_JOB_WORDS})s?\b.*$", re.I)
# Pattern "outlet's possessive": "NBC's Chuck Todd", "NBC News' Akbar Shinwari", the outlet (one to three
# capitalised words) in the possessive before a name of two capitalised words or more: the name is the writer.
_POSSESSIVE_LEAD = re.compile(
    r"^(?:[A-ZÀ-Þ][\w.&-]*\s+){0,2}[A-ZÀ-Þ][\w.&-]*(?:['’]s|s['’])\s+(?=[A-ZÀ-Þ][\w'’.-]*\s+[A-ZÀ-Þ])"
)
# A date after the name ("Tomas Spahn Fr, 18. Oktober 2019", "Jane Doe | 12/10/2020"), with the
# abbreviated weekday before it. A labelled date ("MDR THÜRINGEN Stand: 28. April 2023") is a dateline
# line, not a byline: its colon keeps it from being a name.
# A weekday written out before the date goes with it ("Marie Merlet | lundi 9 décembre 2019").
_WEEKDAY_ABBREVIATIONS_TITLED = alternation_in_order(tuple(w.title() for w in WEEKDAY_ABBREVIATIONS))
_DATE_TAIL = re.compile(
    rf"(?<!:)(?:\s+(?:[A-ZÀ-Þ][a-zà-ÿ]|{_WEEKDAY_ABBREVIATIONS_TITLED})\.?(?=,))?"
    rf"(?:\s*[,|·•]\s*|\s+|^)(?:(?i:{alternation(WEEKDAY_WORDS)}),?\s+)?"
    r"\s*\d{1,4}[./-]?\s*(?:[^\W\d]+\.?\s*)?\d{2,4}\b.*$"
)
# A date written with its month's name after the name, with the connector or posting word before it
# ("Orion Jones on November 8, 2012, 12:43 PM", "Jon Fingas posted Nov 12th, 2012", "Jane Doe | Monday,
# March 4"): the month name followed by a day number marks it, whatever the punctuation.
_MONTHS = alternation(sorted(m for m in MONTHS if len(m) >= 3))
_DATE_CONNECTORS = alternation([*POSTED_WORDS, *DATE_CONNECTORS])
_MONTH_TAIL = re.compile(
    rf"(?<=\S)(?:\s*[,|·•»›]\s*|\s+)(?:(?i:{_DATE_CONNECTORS})\s+)?"
    # the weekday written out or abbreviated ("» Sun Jul 12, 2009", a forum's post line)
    rf"(?:(?i:{alternation(WEEKDAY_WORDS)}|{alternation_in_order(WEEKDAY_ABBREVIATIONS)})\.?,?\s+)?"
    rf"(?i:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b.*$"
)
# A date before the byline prefix ("Monday, November 12, 2012, by Jane Doe"): the name follows the prefix.
_DATE_LEAD = re.compile(
    rf"^\s*(?:(?i:{alternation(WEEKDAY_WORDS)}),?\s+)?(?:(?i:{_MONTHS})\.?\s+\d|\d{{1,2}}\.?\s+(?i:{_MONTHS})\b)"
    rf"[^|]*?\s(?i:{_PREFIX_WORDS})\s+(?=[A-ZÀ-ÖØ-Þ])"
)
# Buttons and links printed after the name in the same element ("Nigel Subscribe To Our Feed", "Jane Doe
# Follow", "Idris Mootee Click here"): a capitalised button word after the name ends it.
_BUTTON_TAIL = re.compile(rf"(?<=\S)\s+(?=[A-ZÀ-ÖØ-Þ])(?i:{alternation(BUTTON_WORDS)})\b.*$")
# A reading time or a date glued after the name ("Lindsay Dunsmuir5 Min Read", "Jane Doe 12 min").
_READ_TIME = re.compile(
    # a separator before it goes with it ("Jane Doe · 5 min read", "Name · 3 minuti di lettura")
    rf"\s*(?:[·•|]\s*)?\d+\s*(?:{alternation(READ_TIME_WORDS)})\b.*$|\s+(?:{alternation(READ_TIME_LABELS)})\b.*$",
    re.I,
)
# "Jane Doe - detikNews", "Budi Santoso – Okezone": a dash, then the site or desk the story is filed
# under (one token, or words naming a desk).
_DASH_TAIL = re.compile(r"\s+[-–—]\s+(\S+(?:\s+\S+)?)\s*$")
_DESK = re.compile(rf"(?i:{alternation(DESK_WORDS)})|[a-z][A-Z]|\.[a-z]{{2,3}}$|^[a-zà-öø-ÿ]")
# "Jane Doe – Freie Journalistin", "Max Muster - Redaktion Beispielblatt": a full name (two to four
# capitalised words, name particles between them), then a spaced dash and what the writer is or writes
# for. A spaced dash joins no name (a double name is hyphenated without spaces): the name is the head.
_NAMED_HEAD = re.compile(
    rf"^\s*([A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:(?:{alternation_in_order(NAME_PARTICLES)})\s+)*"
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,3})\s+[-–—]\s+\S"
)
# "E." is an initial, not the conjunction "e" (pt, it).
_SPLIT_WORDS = "|".join(rf"\b{re.escape(w)}\b" + (r"(?!\.)" if w == "e" else "") for w in NAME_SPLIT_WORDS)
_SPLIT = re.compile(rf"\s*(?:,|;|/|&|\||\+|{_SPLIT_WORDS})\s*", re.I)
_NOT_NAMES = set(NOT_NAMES) | set(WEEKDAY_WORDS) | set(DEGREES)
# The staff credits of two words or more ("staff reporter"), followed by a space: the start of a desk byline.
_DESK_PHRASES = tuple(sorted(f"{n} " for n in NOT_NAMES if " " in n))
# "本报记者 王晓东 李敏": a Chinese reporter label, then names in Han script (2-4 characters each) and spaces.
_ZH_REPORTERS = re.compile(
    rf"^\s*[（(]?(?:{alternation_in_order(ZH_REPORTER_LABELS)})\s*[:：]?\s*((?:[\u4e00-\u9fff·]{{2,5}}\s*)+?)[）)]?\s*$"
)
_POSTED = frozenset(POSTED_WORDS)
_EMAIL = re.compile(r"\S+(?:@|\[at\]|\(at\))\S+")  # also the "name[at]host" form
_HANDLE = re.compile(r"(?:^|\s)@\w+")
_URLISH = re.compile(r"https?://|www\.|\.(?:com|id|de|org|net)\b", re.I)
# A web address proper; a bare brand domain ("sportschau.de", "mbl.is") can still be an outlet's byline.
_URL = re.compile(r"https?://|www\.", re.I)
# A URL slug ("sophie-foster") left in an author field by a CMS: not a display name.
_SLUG = re.compile(
    r"^[a-z0-9]+(?:-[a-z0-9]+)+$"
    # a login handle ("edilson.la.rosa"; not a domain, "wien.orf.at")
    r"|^[a-z0-9]+(?:\.[a-z0-9]+)+\.[a-z0-9]{4,}$"
)
_TRAIL = re.compile(r"\s*[(\[].*?[)\]]\s*$")
# A time of day after the name, with its connector ("Posted by Jane Doe at 10:42 PM", "Jane Doe um 14:05
# Uhr", "Jane Doe » 9:02 pm"): blog and forum footers print the posting time there.
_TIME_TAIL = re.compile(
    rf"(?<=\S)\s*(?:[,|·•»›@]\s*|\s+(?:{alternation_in_order(NAME_TIME_CONNECTORS)})\s+)\d{{1,2}}[:.]\d{{2}}\s*"
    rf"(?:[ap]\.?m\.?|{alternation_in_order(NAME_TIME_SUFFIXES)})?\b.*$",
    re.I,
)
# Pattern "section after the writer": a blog theme's posting line names the writer, then, after a lower-case
# connector, the section the post is filed under ("by Jane Doe in News", "par Jane Doe dans Politique"):
# the connector and what follows are no part of the name. The connector (lower case) must follow a full name
# (two words at least) and come before a capitalised word.
_SECTION_TAIL = re.compile(rf"\s+(?:{alternation(NAME_SECTION_CONNECTORS)})\s+(?=[A-ZÀ-ÖØ-Þ]).*$")
# Trailing arrows and pointers of a "more by" link ("Jane Doe →").
_ARROWS = re.compile(r"\s*[→›»>]+\s*$")
# Pattern "category line": blog themes print the post's sections on the byline line after the writer
# ("Article by Steph, filed under Cities & Urbanism in the Architecture category."): from the label on, the
# line names sections, not writers.
_CATEGORY_TAIL = re.compile(rf"(?<=\S)(?:\s*[,;|·•–—-]\s*|\s+)(?i:{alternation(CATEGORY_LABELS)})\b.*$")
# Pattern "title inside the credit": the outlet's acronym and the writer's title before the name ("CNN
# Political Reporter Shannon Travis", "BBC Senior Correspondent Jane Doe"): a capitalised job title, then a
# full name of two to four capitalised words ending the credit; the name is what follows the title. The
# acronym first tells it from a name with its title and outlet after it ("Alan Boyle Science editor NBC
# News").
_JOB_INSIDE = re.compile(
    r"^[A-ZÀ-Þ]{2,}[\w.&-]*\s+(?:\S+\s+){0,2}?"
    rf"(?:{_JOB_TITLED})\s+"
    rf"(?=[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:(?:{alternation_in_order(NAME_PARTICLES)})\s+)*[A-ZÀ-ÖØ-Þ][\w'’.-]*){{1,3}}$)"
)


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


def writer_fields(text: str) -> list[str]:
    """The parts of a byline text that name writers: labelled editor and picture credits left out.

    "Penulis: A | Editor: B" -> ["A"]; "Rep: A/ Red: B" -> ["A"]; "Jane Doe" -> ["Jane Doe"].
    """
    labels = list(_LABEL.finditer(text))
    if not labels:
        return [text]
    fields: list[tuple[str, str]] = []
    lead = text[: labels[0].start()].strip(" |/,;·•–—-")
    if lead:
        fields.append(("writer", lead))
    for i, label in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        value = text[label.end() : end].strip(" |/,;·•–—-")
        if value:
            role = ROLE_LABELS.get(norm_key(label.group(1)), "writer") if label.group(1) else "photo"
            fields.append((role, value))
    # Editors are not the article's authors (fundus truths leave "Redaktion: ..." names out).
    return [v for role, v in fields if role == "writer"]


# "Posted on September 21, 2020 by Jane Doe": a posting line whose writer follows the last prefix.
_POSTED_LEAD = re.compile(
    rf"^\s*(?:{alternation(POSTED_WORDS)})\b.*?\d.*?\s(?:{_PREFIX_WORDS})\s+(?=[A-ZÀ-ÖØ-Þ])", re.I
)


# A name ending in an abbreviation whose period belongs to it: "Jr.", "Sr.", an initial.
_ABBREVIATION_END = re.compile(rf"(?:\b(?:{alternation_in_order(NAME_ABBREVIATIONS)})|(?<![^\W\d_])[A-ZÀ-Þ])\.$")
# A copyright sign before the name ("© Jane Doe"), a dateline's connector left after the date came off
# ("Jane Doe am", "Jane Doe on"): not part of the name.
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright\b)\s*", re.I)
_DANGLING = re.compile(rf"\s+(?:{alternation_in_order(DANGLING_CONNECTORS)})$")


def strip_role_words(name: str) -> str:
    """One name with the byline words around it taken off ("By Jane Doe, Staff Writer" -> "Jane Doe")."""
    name = _COPYRIGHT.sub("", _DATE_LEAD.sub("", _POSTED_LEAD.sub("", name)))
    name = _CATEGORY_TAIL.sub("", name)
    for _ in range(3):  # "Eine Analyse von: Jane Doe", "By: Reporter Jane Doe"
        before = name
        name = _PREFIX.sub("", name)
        name = _LABELLED_PREFIX.sub("", name)
        name = _NAMED_LABEL.sub("", name)
        name = _job_before(name)
        name = _GLUED_PREFIX.sub("", name)
        name = _AMBIGUOUS.sub("", name)
        name = _ROLE.sub("", name).strip(" :-–—|").lstrip(".")
        name = _POSSESSIVE_LEAD.sub("", name)
        if name == before:
            break
    name = _READ_TIME.sub("", name)
    name = _JOB_INSIDE.sub("", name)
    cut = _BUTTON_TAIL.sub("", name)
    if cut.strip():
        name = cut
    # A time, then a month-name date, then a numeric date after the name; each only while a digit is left,
    # and never the whole name.
    for tail in (_TIME_TAIL, _MONTH_TAIL, _DATE_TAIL):
        if any(c.isdigit() for c in name):
            cut = tail.sub("", name)
            if cut.strip():
                name = cut
    name = _ARROWS.sub("", name)
    section = _SECTION_TAIL.search(name)
    if section and len(name[: section.start()].split()) >= 2:
        name = name[: section.start()]
    cut = _JOB_GLUED.sub("", name)
    if cut.strip():
        name = cut
    cut = _JOB_SEPARATE.sub("", name)
    # "Guardian staff reporter" is the whole byline: a title after a space is cut only from a full name
    # ("Christoph Hein Chefredakteur"); after a comma, always ("Jane, Staff Writer").
    # A name in a script without letter case (Hangul, Han, kana) is one word: "김민준 기자" is the full name
    # and the reporter's title.
    uncased = not any(c.isupper() or c.islower() for c in cut)
    if cut.strip() and (len(cut.split()) >= 2 or uncased or "," in name[len(cut) : len(cut) + 3]):
        name = cut
    dash = _DASH_TAIL.search(name)
    if dash and dash.start() > 0 and _DESK.search(dash.group(1)):
        name = name[: dash.start()]
    elif head := _NAMED_HEAD.match(name):
        name = head.group(1)
    name = _TRAIL.sub("", name.strip(" ,;:-–—|")).strip()
    # A closing period is the line's, unless it ends an abbreviation ("Perry Bacon Jr.", "Jane Q.").
    if name.endswith(".") and not _ABBREVIATION_END.search(name):
        name = name.rstrip(" .")
    name = _DANGLING.sub("", name)
    words = name.split()
    if len(words) >= 4 and len(words) % 2 == 0 and words[: len(words) // 2] == words[len(words) // 2 :]:
        name = " ".join(words[: len(words) // 2])  # the name printed twice (a link and its label)
    return name


# Pattern "conjunction of the byline's language": after a byline prefix of its language, "at" (tl) and "en"
# (nl) join two writers ("Ni Maria Santos at Jose Ramos", "Door Pieter Jansen en Fleur Bakker"); elsewhere
# the same words are prose ("By Jane Doe at City Hall", "Por Ana Gil en Madrid"), so they are not split words.
_PREFIX_JOINS = tuple(
    (
        re.compile(rf"^\s*{re.escape(prefix)}\s*:?\s+(?=[A-ZÀ-ÖØ-Þ])", re.I),
        re.compile(rf"(?<=[^\W\d_])\s+{re.escape(conjunction)}\s+(?=[A-ZÀ-ÖØ-Þ])"),
    )
    for prefix, conjunction in sorted(PREFIX_CONJUNCTIONS.items(), key=lambda item: -len(item[0]))
)
# Pattern "writer with an agency": "Par Jane Doe avec AFP", "Von Jane Doe mit dpa": the agency is credited
# beside the writer, read as "Jane Doe, AFP" is (see _agency_apart).
_WITH_AGENCY = re.compile(
    rf"(?<=\S)\s+(?i:{alternation(WITH_AGENCY_WORDS)})\s+((?i:{alternation(NEWS_AGENCIES)}))\s*\.?$"
)
# Pattern "section link after the writer": the posting line's text ends in the connector when the section
# is a link of its own ("Posted by Jane Doe in" + <a>News</a>); the connector is no part of the name.
_POSTED_IN_END = re.compile(rf"(?<=\S)\s+(?:{alternation(POSTED_IN_CONNECTORS)})$")


def _joined_writers(field: str) -> str:
    """The byline field with its language's conjunction between writers made a comma, and an agency
    credited with "avec"/"mit"/"with" set apart by one (see the patterns above)."""
    for prefix, conjunction in _PREFIX_JOINS:
        if prefix.match(field):
            field = conjunction.sub(", ", field)
            break
    return _POSTED_IN_END.sub("", _WITH_AGENCY.sub(r", \1", field))


def _clean(
    raw: list[str], stop: set[str], urlish: re.Pattern[str], split: bool = True, site: str | None = None
) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for item in raw:
        text = clean_line(item)
        if not text or urlish.search(text) and " " not in text.strip():
            continue
        text = _EMAIL.sub(" ", text)
        text = _HANDLE.sub(" ", text)
        for field in writer_fields(text):
            reporters = _ZH_REPORTERS.match(field) if split else None
            if reporters:
                # Pattern "Chinese reporter list": after the label, the names are separated by spaces only.
                for name in reporters.group(1).split():
                    if _is_name(name, stop, urlish) and norm_key(name) not in seen:
                        seen.add(norm_key(name))
                        out.append(name)
                continue
            field = strip_role_words(_joined_writers(field)) if split else field
            parts = _SPLIT.split(_agency_apart(field)) if split else [field]
            if len(parts) > 1:
                parts = _legal_form_kept(parts)
            if _dateline_place(field, parts):
                parts = parts[:-1]
            site_at = next((i for i, part in enumerate(parts) if site and norm_key(part.strip(" .")) == site), None)
            if site_at is not None:
                # "hessenschau.de, Frankfurt, Germany": what follows the outlet's own name is its address.
                parts = parts[: site_at + 1]
            parts = _without_affiliation(parts)
            names = [strip_role_words(part) for part in parts]
            if site:
                names = [_without_outlet_tail(name, site) for name in names]
            phrases = [phrase_like(name) and not _not_name_word(name) for name in names]
            if split and len(names) > 1 and (phrases[0] or (any(phrases) and not _LIST_MARKS.search(field))):
                # A field that opens with a phrase, or is split at its "and" only and holds one, is a tagline,
                # headline, menu line or an organisation's name ("Building Wealth through Saving and Investing",
                # "Center for Drug Evaluation and Research, Office of Regulatory Affairs"): its other parts
                # are no names. A part holding a label word ("Otros artículos") is a link beside the byline,
                # and a list with commas or bars that names the writer first goes on with a description
                # ("Jane Doe, professor of the faculty of ..."): there the phrase goes alone.
                continue
            for name in names:
                # Every candidate, a person's or an organisation's, is checked for label words and phrases
                # (an organisation only as the last resort of choose_authors: "View blog authority",
                # "[NR] admin" must not come back through it).
                if not _is_name(name, stop, urlish) or _not_name_word(name) or phrase_like(name, not split):
                    continue
                key = norm_key(name)
                if key not in seen:
                    seen.add(key)
                    out.append(name)
    return out


# Pattern "outlet staff after the name": a byline block prints the writer, then the outlet's credit in an
# element of its own ("By Adam Aaronson" + "PhillyVoice Staff"), read as one line.
_OUTLET_TAILS = ("", " staff")


def _without_outlet_tail(name: str, site: str) -> str:
    """The name without the outlet's own name (`site`, a norm_key) or its "<outlet> Staff" credit after it,
    when a full name (two words or more) is left."""
    words = name.split()
    wanted = {site + tail for tail in _OUTLET_TAILS}
    for k in range(1, len(words) - 1):
        if norm_key(" ".join(words[-k:])) in wanted:
            return " ".join(words[:-k])
    return name


# Pattern "company with its legal form": "Northfield Foods, Inc.", "Harbor Valve Co., Ltd." name one company,
# not a company and a writer called "Inc"; the legal form after a comma stays with the name before it.
_LEGAL_FORMS = frozenset(LEGAL_FORMS)


def _legal_form_kept(parts: list[str]) -> list[str]:
    """The split parts of a byline with each legal-form part ("Inc.", "Ltd") glued back to the name before it."""
    out: list[str] = []
    for part in parts:
        if out and part.strip(" .").casefold() in _LEGAL_FORMS:
            out[-1] = f"{out[-1].rstrip()}, {part.strip()}"
        else:
            out.append(part)
    return out


_NAME_PARTICLES = frozenset(LOWER_CASE_NAME_WORDS)
# A broadcaster's word ("Ana Lima, TV Serra") marks the employer's part as well (meta15).
_TITLE_WORDS = (
    frozenset(AFFILIATION_TITLES)
    | frozenset(BROADCASTER_WORDS)
    | {t for t in (*JOB_TITLES, *PROFESSIONS) if " " not in t}
)


def _without_affiliation(parts: list[str]) -> list[str]:
    """'Jane Doe, Product Manager, Example EMEA': a part after the first that holds a job title is the
    writer's role, and the parts after it the employer; both go ("Jane Doe, Reuters" keeps its agency)."""
    for i, part in enumerate(parts[1:], 1):
        words = [w.strip(".,;:()").lower() for w in part.split()]
        if 0 < len(words) <= 8 and any(w in _TITLE_WORDS for w in words):
            return parts[:i]
    return parts


# News agencies credited after a writer's name ("Jane Doe, Reuters"): kept, unlike a dateline place.
_AGENCIES = frozenset(NEWS_AGENCIES)
# Multi-word agency names as printed (title case), longest first.
_AGENCY_FULL_NAMES = tuple(
    sorted(
        {
            " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in n.split())
            for n in WIRE_AGENCY_NAMES
            if " " in n
        },
        key=len,
        reverse=True,
    )
)
# A place as a dateline prints it: capitalised, or in capitals ("Jane Doe | WASHINGTON").
_PLACE = re.compile(r"[A-ZÀ-ÖØ-Þ](?:[a-zà-öø-ÿ]{3,}|[A-ZÀ-ÖØ-Þ]{3,})")


def _agency_apart(field: str) -> str:
    """Pattern "agency after the name": the agency's credit printed in capitals right after a full name,
    without a separator (the byline's spans rendered with a space: "Nor Azlina Hamid BERNAMA", "Jane Doe
    AFP"), set apart by a comma, as "Jane Doe, AFP" is: the agency is credited beside the writer (fundus
    truths list it: "Adam Vidler", "AP"). Capitals only: "Sid" or "Pa" in a name is no agency."""
    head, _, last = field.rstrip().rpartition(" ")
    if last.isupper() and last.lower() in _AGENCIES and len(head.split()) >= 2 and head[-1:].isalpha():
        return f"{head}, {last}"
    # The same with the agency's full name in title case or in capitals ("Summer Ballard Associated Press",
    # "By SUMMER BALLARD The Associated Press"): its words, and its article, are no part of the name.
    if len(field) > 20 and field[-1:].isalpha():
        folded = field.casefold()
        for agency in _AGENCY_FULL_NAMES:
            if folded.endswith(agency.casefold()) and field[-len(agency) :] in (agency, agency.upper()):
                head = field[: -len(agency)].rstrip()
                if len(head.split()) >= 2 and head[-1:].isalpha():
                    return f"{head}, {field[-len(agency) :]}"
    return field


def _dateline_place(text: str, parts: list[str]) -> bool:
    """'Jane Doe, Washington', 'Jane Doe | Jakarta': a last part that is one capitalised word after a full
    name is the place the story was filed from, not a second author (a mononymous co-author is far rarer
    than a dateline)."""
    if len(parts) < 2 or not ("," in text or "|" in text) or not text.rstrip().endswith(parts[-1].strip()):
        return False
    last, before = parts[-1].strip(" ."), parts[-2].strip()
    tail = re.split(r"[,|]", text.rstrip(" ."))[-1].strip(" .")
    return bool(_PLACE.fullmatch(last)) and last.lower() not in _AGENCIES and len(before.split()) >= 2 and tail == last


_LIST_MARKS = re.compile(r"[,;|/]")
_SPLIT_WORD_SET = frozenset(NAME_SPLIT_WORDS)
_PHRASE_WORDS = frozenset(PHRASE_WORDS)
_NOT_NAME_WORDS = frozenset(NOT_NAME_WORDS)
_IN_NAME_WORDS = frozenset(LOWER_CASE_NAME_WORDS) | MORE_NAME_PARTICLES
# The lower-case words of a desk's credit ("Guardian staff reporter"): a credit, not a phrase.
_CREDIT_WORDS = frozenset(n for n in NOT_NAMES if " " not in n) | {t for t in JOB_TITLES if " " not in t}
_WORD_EDGES = ".,;:!?()[]{}\"'’“”«»"


def _word_keys(name: str) -> list[str]:
    return [w.strip(_WORD_EDGES).casefold() for w in name.split()]


def _not_name_word(name: str) -> bool:
    """Pattern "label word": the candidate holds a word of the labels, links and boxes around a byline
    ("Website", "Other Articles", "No Primary Author", "[NR] admin"), which no person's name holds."""
    return any(key in _NOT_NAME_WORDS for key in _word_keys(name))


def phrase_like(name: str, organisation: bool = False) -> bool:
    """Pattern "phrase, not a name": a tagline, headline or menu line read as a byline.

    A person's name is capitalised words and name particles. A phrase shows itself by a lower-case word that
    is no name particle after a capitalised word ("Building Wealth through Saving", "Geeks are Sexy", "View
    blog authority", "Matthias herrpfleger"), by a first word that is a preposition or an imperative ("To
    Die", "Via CNS", "Get Instant Leads", "From The Forum"), or, printed in capitals throughout, by a phrase
    word among its words ("CHAMPIONING CREATIVITY ACROSS THE ART"). Words with a dot, hyphen or digit
    (domains, handles: "auto-motor.at Redaktion") are left out of the test.

    With `organisation`, for the outlet or body credited when no person is named: an organisation's name
    holds prepositions and conjunctions in lower case ("Bundesministerium für Wirtschaft und Klimaschutz",
    "Center for Drug Evaluation"), so only another lower-case word makes the phrase ("Matthias herrpfleger",
    a name with its handle)."""
    words = name.split()
    if len(words) < 2:
        return False
    keys = _word_keys(name)
    if keys[0] in _PHRASE_WORDS and keys[0] not in PHRASE_WORDS_NOT_FIRST:
        return True
    cased = [c for c in name if c.isupper() or c.islower()]
    if cased and all(c.isupper() for c in cased):
        inner = keys[1:] if keys[0] in PHRASE_WORDS_NOT_FIRST else keys
        return any(key in _PHRASE_WORDS for key in inner)
    if not words[0][:1].isupper():
        return False
    allowed = _IN_NAME_WORDS | _CREDIT_WORDS | (_PHRASE_WORDS | _SPLIT_WORD_SET if organisation else frozenset())
    return any(w.isalpha() and w.islower() and w not in allowed for w in words[1:])


def _is_name(name: str, stop: set[str], urlish: re.Pattern[str] = _URLISH) -> bool:
    if not name or len(name) < 2 or len(name) > 80:
        return False
    if (
        norm_key(name) in stop
        or _ENDS_IN_PREFIX.search(name)
        or urlish.search(name)
        or _SLUG.match(name)
        or "(" in name
        or ")" in name
    ):
        return False
    if len(re.findall(r"[^\W\d_]", name)) < 2:  # no letters, or one: an initial ("V." of "e.V.")
        return False
    if " " in name and (key := norm_key(name)).startswith(_DESK_PHRASES):
        # Pattern "desk byline with its place": "Staff Reporter Dhaka", "নিজস্ব প্রতিবেদক ঢাকা" (the byline's
        # spans glued): a staff credit and one word of place, no person.
        phrase = next(p for p in _DESK_PHRASES if key.startswith(p))
        if " " not in key[len(phrase) :]:
            return False
    # A number, time or colon left after the role words came off: a date or a label ("Stand: 28. April
    # 2023", "05:00 Uhr"); digits inside a word are fine ("BR24 Redaktion").
    # "November 12th": an ordinal day is a number too.
    if ":" in name or any(re.fullmatch(r"[\d.,/-]+(?:st|nd|rd|th)?", w) for w in name.split()):
        return False
    if norm_key(name.split()[0]) in _POSTED:  # "Publiziert am", "Posted": the label of a date line
        return False
    if " " not in name and name.rstrip(".").lower() in MONTHS:
        # a month's name or abbreviation alone is what a date line leaves ("Dec 1st 2016 1:01PM" -> "Dec")
        return False
    words = name.split()
    if all(w.lower() in stop for w in words):  # "Twitter Facebook": labels of icons
        return False
    # "filed under Cities", "words Jane Doe": a lower-case word, not a name particle, before capitalised
    # ones is a phrase of the byline line; a handle is lower case throughout ("mady", "bell hooks"), and
    # a brand's lower-case first word has a dot or hyphen in it ("auto-motor.at Redaktion").
    if any(w.lower() in PRONOUNS for w in words):  # "This Blog", "Email Me": a heading or a link
        return False
    first = words[0]
    if first.isalpha() and first.islower() and first not in _NAME_PARTICLES and any(w[:1].isupper() for w in words[1:]):
        return False
    # A sentence is not a name; nor is a 30-character run without spaces (a CJK author blurb: names in
    # Chinese, Japanese and Korean are a few characters).
    return len(words) <= 6 and max(len(w) for w in words) <= 30
