"""The publication date chosen by evidence among every source a page offers, htmldate's among them.

Sources: the JSON-LD article's datePublished, each publication meta tag, the first <time> that belongs
to the article, the visible date printed near it, the URL's date, and (only when the page's own sources
have nothing or disagree) htmldate's reading of the page. Each source votes for a day; the day with
the most votes wins (ties go to the most trusted source, in that order), and among the values of that
day the most precise one (a time with its offset) is kept.

Before the vote every value is put in the publisher's own clock when the page or the outlet tells it (see
_publisher_clock: the same instant printed or stated with its zone, the wall time the page prints for it,
the outlet's time zone, the offset of the page's other dated metadata; the zone of the page's locale only
for a day): a time printed without a zone gets that offset, and a UTC instant is reported in the local
offset (offset17; with the locale's zone only when the local day differs from the UTC day and the page
shows it: a 23:30 story of a European site written as the next day's "…T22:30Z").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any

from lxml import html as lxml_html
from lxml.etree import XPath

from ..lexicon.bodylines import alternation_in_order
from ..lexicon.bylines import PROFILE_PATH_WORDS
from ..lexicon.dates import (
    BREAKING_NEWS_CLASS_WORDS,
    BREAKING_NEWS_LABELS,
    DATE_LINE_WORDS,
    FOREIGN_DATE_CLASS_PATTERNS,
    MONTHS,
    PUBLISH_CLASS_WORDS,
    PUBLISH_LABELS,
    UPDATE_CLASS_WORDS,
    UPDATE_LABEL_LINKS,
    UPDATE_LABELS,
    UPDATE_LABELS_BEFORE_TIME,
    WEEKDAYS,
)
from .dates import FoundDate, _tzinfo, from_url, parse_iso, parse_visible
from .text import folded_search

# Containers whose dates are not the article's: teasers for other stories, lists of other posts, rails,
# captions, comments, navigation, embedded social posts (the lexicon's FOREIGN_DATE_CLASS_PATTERNS).
# Matched on the class and id of a date's ancestors.
_FOREIGN_CLASS = re.compile("|".join(FOREIGN_DATE_CLASS_PATTERNS), re.I)
_FOREIGN_WORDS = re.compile(_FOREIGN_CLASS.pattern)  # for lowered ASCII values (text.folded_search)
# A <blockquote> holds a quotation or an embedded post: a date in it is the quoted item's.
_FOREIGN_TAGS = frozenset({"aside", "nav", "footer", "figcaption", "figure", "blockquote"})
# A date marked as the update time, not the publication: its class or itemprop names the modification
# (WordPress marks one <time> "entry-date published updated": that one is the publication).
_UPDATE_CLASS = re.compile(alternation_in_order(UPDATE_CLASS_WORDS), re.I)
_PUBLISH_CLASS = re.compile(alternation_in_order(PUBLISH_CLASS_WORDS), re.I)
# The label printed before an update time: "Updated", "Aktualisiert am", "Diperbarui", "Mis à jour" (the
# lexicon's UPDATE_LABELS, and UPDATE_LABELS_BEFORE_TIME "update"/"geändert" as labels only).
_UPDATE_ALTERNATION = "|".join(
    re.escape(w) for w in sorted((*UPDATE_LABELS, *UPDATE_LABELS_BEFORE_TIME), key=len, reverse=True)
)
_UPDATE_LABEL = re.compile(
    rf"(?:{_UPDATE_ALTERNATION})\s*(?:{alternation_in_order(UPDATE_LABEL_LINKS)}|:)?\s*:?\s*$", re.I
)


def _word_alternation(words: tuple[str, ...]) -> str:
    """The words as a regex alternation, longest first, each a whole word where its script separates words
    with spaces; words of scripts that do not (Chinese, Japanese, Thai: "更新時間", "อัปเดตล่าสุด") match
    inside a run of letters."""
    parts = []
    for word in sorted(words, key=lambda w: (-len(w), w)):
        if _UNSPACED_SCRIPT.match(word):
            parts.append(re.escape(word))
        else:
            parts.append(rf"(?<!\w){re.escape(word)}(?!\w)")
    return "|".join(parts)


# Thai, Lao, Khmer, the CJK ideographs and kana: scripts written without spaces between words; and Hangul,
# whose date labels are compounds ("최종수정", "기사입력").
_UNSPACED_SCRIPT = re.compile(r"[\u0e00-\u0eff\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_UPDATE_WORD = re.compile(_word_alternation(UPDATE_LABELS), re.I)
# A <meta itemprop="datePublished" content> is already one of the page's meta tags (its vote is cast
# there): read here it would vote twice for one element.
# The hAtom/microformat form (pattern "abbr date"): <abbr class="published" itemprop="datePublished"
# title="2024-03-12T15:14:00-04:00">3:14 PM</abbr>, the machine date in the title, as blog templates print it.
_TIME_MARKUP = XPath(
    "//time[@datetime] | //*/@itemprop[.='datePublished']/parent::*[not(self::meta)][@datetime or @content]"
    " | //abbr[@title][contains(concat(' ', normalize-space(@class), ' '), ' published ')"
    " or @itemprop='datePublished']"
)

#: htmldate is asked only when the page's own sources have nothing, or disagree with no majority, and
#: then with its full search (also free text: ~7 ms against ~1 ms for the fast one, on the few pages that
#: need it), as trafilatura runs it: on the in-sample pages where the two searches differ, the full one
#: was right more often (a headers-only reading repeats the page's own tags, which already tied).
HTMLDATE_OPTIONS: dict[str, Any] = {"extensive_search": False, "original_date": True}
HTMLDATE_FULL_OPTIONS: dict[str, Any] = {**HTMLDATE_OPTIONS, "extensive_search": True}
#: A tie between days is a weak disagreement: htmldate's day is then one more vote (measured on the
#: devset's in-sample pages: 3 days right, 1 wrong, of the pages where it decided).
HTMLDATE_BREAKS_TIES = True


def is_foreign(el: lxml_html.HtmlElement, stop: int = 12) -> bool:
    """True when `el` sits in a teaser, related list, rail, caption, comment or navigation container."""
    node: Any = el
    for _ in range(stop):
        node = node.getparent()
        if node is None:
            return False
        tag = node.tag
        if tag in ("article", "main", "body"):
            # An <article> with the page's headline is the story; any other <article> is a teaser. So is a
            # short <article> among several when none holds the headline (a grid of posts under the story).
            return (
                tag == "article" and node.find(".//h1") is None and (_has_headed_article(node) or _is_grid_teaser(node))
            )
        klass, ident = node.get("class"), node.get("id")
        if _is_entry(node) and _sole_entry(node):
            # The blog template's post container (no <article>): the story's own, whatever wraps it (Blogger
            # wraps the whole blog in a "widget").
            return False
        if tag in _FOREIGN_TAGS or (
            (klass or ident) and folded_search(_FOREIGN_CLASS, _FOREIGN_WORDS, f"{klass or ''} {ident or ''}")
        ):
            # A story's own footer ("<article>...<footer class="entry-footer"><time>") holds its date.
            if (tag == "footer" or "footer" in f"{klass or ''} {ident or ''}".lower()) and _in_entry(node):
                continue
            return True
    return False


_ENTRY_TYPES = ("/BlogPosting", "/Article", "/NewsArticle")
_ENTRIES = XPath(
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' hentry ') or contains(@itemtype, 'BlogPosting')"
    " or contains(@itemtype, 'schema.org/Article') or contains(@itemtype, 'NewsArticle')]"
)


def _is_entry(node: lxml_html.HtmlElement) -> bool:
    """The post a blog template marks as the entry (class "hentry", the hAtom entry; itemtype BlogPosting or
    Article), as templates without <article> do."""
    klass, itemtype = node.get("class") or "", node.get("itemtype") or ""
    return "hentry" in klass.split() or itemtype.endswith(_ENTRY_TYPES)


def _sole_entry(node: lxml_html.HtmlElement) -> bool:
    """The page marks one entry only (a list of marked posts is a front page or a related list)."""
    return len(_ENTRIES(node.getroottree())) == 1


def _in_entry(node: lxml_html.HtmlElement) -> bool:
    """The node is inside a story's own container: an <article>, or a marked entry (see _is_entry)."""
    return any(parent.tag == "article" or _is_entry(parent) for parent in node.iterancestors())


#: A grid of posts has at least this many <article>s; a teaser in it holds fewer words than this.
_GRID_ARTICLES = 3
_TEASER_WORDS = 80


def _is_grid_teaser(article: lxml_html.HtmlElement) -> bool:
    """`article` is one of several <article>s on the page and too short to be the story."""
    root = article.getroottree().getroot()
    return (
        sum(1 for _ in root.iter("article")) >= _GRID_ARTICLES and len(article.text_content().split()) < _TEASER_WORDS
    )


def _has_headed_article(el: lxml_html.HtmlElement) -> bool:
    """Whether the document has an <article> holding an h1 (then articles without one are teasers)."""
    root = el.getroottree().getroot()
    return any(a.find(".//h1") is not None for a in root.iter("article"))


def is_update_element(el: lxml_html.HtmlElement) -> bool:
    """The element is labelled as the update time (by class/itemprop or by the words printed before it)."""
    if el.get("pubdate") is not None:  # HTML5's publication mark
        return False
    marks = f"{el.get('class') or ''} {el.get('itemprop') or ''}"
    if _UPDATE_CLASS.search(marks) and not _PUBLISH_CLASS.search(marks):
        return True
    parent = el.getparent()
    if parent is None:
        return False
    before = el.getprevious()
    label = (before.tail if before is not None else parent.text) or ""
    if not label.strip() and before is not None and len(before) == 0:
        label = before.text or ""  # "<span>Updated:</span> <time>"
    return bool(_UPDATE_LABEL.search(label[-40:]))


_PUBLISH_LABEL = re.compile("|".join(re.escape(w) for w in PUBLISH_LABELS), re.I)


_DIGIT = re.compile(r"\d")


def is_update_text(text: str) -> bool:
    """A printed date line that names an update before any date and no publication ("Updated 20:49,
    5 Aug 2024"); "Mon 20 Jan 2020 06.05 GMT Last modified on ..." starts with its publication date."""
    update = _UPDATE_WORD.search(text)
    if update is None or _PUBLISH_LABEL.search(text):
        return False
    digit = _DIGIT.search(text)
    return digit is None or update.start() < digit.start()


def publication_part(text: str) -> str:
    """The part of a printed date line from its publication label on, when an update label comes first
    ("Updated 6 Aug 2024, first published 5 Aug 2024"): the first date read must be the publication."""
    update = _UPDATE_WORD.search(text)
    if update is None:
        return text
    publish = _PUBLISH_LABEL.search(text, update.end())
    if publish is None or _PUBLISH_LABEL.search(text, 0, update.start()):
        return text
    return text[publish.start() :]


def time_markup_date(tree: lxml_html.HtmlElement, tz: str | None) -> FoundDate | None:
    """The first machine-readable <time> (or itemprop=datePublished) that belongs to the article."""
    update = None
    for el in _TIME_MARKUP(tree):
        raw = el.get("datetime") or el.get("content") or (el.get("title") if el.tag == "abbr" else None) or ""
        # A datetime attribute written as the page prints dates ("12/20/16 08:00 AM", no ISO form): read as
        # printed, where only one reading is a date (no language given: an ambiguous US date is not guessed).
        found = parse_iso(raw, tz, "time") or (
            replace(f, source="time")
            if raw and (f := parse_visible(raw, tz, None, "time", use_dateparser=False, short_year=True))
            else None
        )
        if found and not is_foreign(el):
            found = _with_printed_wall(found, el)
            if not is_update_element(el):
                return found
            update = update or found
    # Many themes mark their only date "updated" (the hAtom class): with no other <time>, it is the date.
    return replace(update, update=True) if update else None


#: Longest text of a <time> element read as its printed wall time.
_WALL_CHARS = 60


def _with_printed_wall(found: FoundDate, el: lxml_html.HtmlElement) -> FoundDate:
    """A UTC instant of a <time> element with the wall time its text prints without a zone, if any (pattern
    "machine instant, printed local time": see FoundDate.wall)."""
    if not _is_utc_instant(found):
        return found
    text = " ".join(el.text_content().split())
    if not text or len(text) > _WALL_CHARS:
        return found
    printed = parse_visible(text, None, None, "time", use_dateparser=False)
    return replace(found, wall=printed.naive) if printed is not None and printed.naive else found


#: Whether an offset is plausible for the publisher at a UTC instant (see offset_plausibility).
OffsetCheck = Callable[[timedelta, datetime], bool]


def offset_plausibility(zones: Sequence[str | None], ranges: Sequence[tuple[float, float]]) -> OffsetCheck:
    """The offsets the page's locale, host or outlet make plausible: the offset of each single zone they
    name (`zones`, at the instant: summer time included), and the whole and half hours within each range
    of offsets (hours) of the countries and languages they name (the lexicon's REGION_OFFSET_RANGES,
    LANGUAGE_OFFSET_RANGES: "en-US" -10..-4, "en-AU" +8..+11, Spanish -8..-3 and 0..+2)."""
    infos = [zone for zone in (_tzinfo(name) for name in zones) if zone is not None]

    def plausible(delta: timedelta, at: datetime) -> bool:
        if any(at.astimezone(zone).utcoffset() == delta for zone in infos):
            return True
        # Within a range, only whole and half hours (a quarter hour apart is a printed time of another
        # event: the ranges hold no quarter-hour clock).
        hours = delta.total_seconds() / 3600
        return hours * 2 == int(hours * 2) and any(low <= hours <= high for low, high in ranges)

    return plausible


@dataclass(frozen=True)
class _Clock:
    """The publisher's clock as the page or the outlet tells it, and how far it is trusted."""

    zone: tzinfo
    source: str  # FoundDate.zone of a value moved to it: "page", or "tz" (the outlet's or the locale's zone)
    # A UTC instant whose local day is its UTC day moves too. Only the outlet's own zone (set by whoever runs
    # the crawl) does that: where the page's metadata states the instant in UTC and the local day is the
    # same, the metadata's form stands (labelled sets such as fundus keep it, and a consumer comparing with
    # the page's metadata finds it); what the clock of the page changes is the day past the publisher's
    # midnight, the case where UTC misstates the publication (the "local day differs").
    same_day: bool
    # An instant moves to another local day only where the page shows that day elsewhere.
    shown: bool
    # A fixed offset learnt from these instants applies only to instants of the same week (an offset learnt
    # in summer is not the winter one); empty: no such limit (a named zone knows its summer time).
    near: tuple[datetime, ...] = ()


#: A dated metadata of the page farther than this from the instant may have the other offset of summer
#: time: its offset is then no evidence of the instant's.
_SAME_SEASON = timedelta(days=7)


def _publisher_clock(
    tz: str | None, outlet_zone: bool, others: list[FoundDate], plausible: OffsetCheck | None
) -> _Clock | None:
    """The publisher's clock, strongest evidence first (pattern "one instant, two clocks", offset17):

    1. the page states the UTC instant of its metadata again in a local offset: a printed time with its zone
       ("10:48 PM CST", "07:30 WITA") or offset, a <time datetime> or tag with its offset;
    2. the page prints the instant's wall time without a zone ("12:10am"), a whole quarter-hour offset away
       that its locale, host or outlet makes plausible (see _paired_offset);
    3. the outlet's time zone (its file says it);
    4. the page's other dated metadata with one non-UTC offset (a dateModified "+02:00" beside a
       datePublished "Z");
    5. the zone of the page's locale or host (a language, not a statement: a UTC instant moves only to the
       local day the page shows elsewhere, see published_date).
    """
    printed = _stated_same_instant(others)
    if printed is not None:
        return _Clock(printed[0], "page", False, False, printed[1])
    paired = _paired_offset(others, plausible)
    if paired is not None:
        return _Clock(paired[0], "page", False, False, paired[1])
    zone = _tzinfo(tz)
    if zone is not None and outlet_zone:
        return _Clock(zone, "tz", True, True)
    local = _metadata_offsets(others)
    if len(local) == 1:
        # Two different ones (summer and winter dates) would be a guess.
        return _Clock(local.pop(), "page", False, True)
    if zone is not None:
        return _Clock(zone, "tz", False, True)
    return None


def _told_clock(tz: str | None, outlet_zone: bool, others: list[FoundDate], plausible: OffsetCheck | None) -> bool:
    """The publisher's clock is known well enough to move every UTC instant (since the merge of session 16,
    only the outlet's zone, evidence 3 of _publisher_clock): the printed date need not be read for it."""
    clock = _publisher_clock(tz, outlet_zone, others, plausible)
    return clock is not None and clock.same_day


def _utc_instants(others: list[FoundDate]) -> list[datetime]:
    out = []
    for found in others:
        if _is_utc_instant(found) and not found.naive:
            try:
                out.append(datetime.fromisoformat(found.value))
            except ValueError:
                continue
    return out


def _stated_offset_value(found: FoundDate) -> datetime | None:
    """The value as an aware datetime when it states a time with its own non-UTC offset."""
    if not found.has_time or found.naive or found.zone != "stated":
        return None
    try:
        value = datetime.fromisoformat(found.value)
    except ValueError:
        return None
    return value if value.utcoffset() else None


def _stated_same_instant(others: list[FoundDate]) -> tuple[tzinfo, tuple[datetime, ...]] | None:
    """The one non-UTC offset in which the page states the same minute as a UTC instant of its metadata
    (see _publisher_clock, evidence 1), with the instants it was stated for; None when there is none or two
    differ."""
    instants = {i.replace(second=0) for i in _utc_instants(others)}
    if not instants:
        return None
    found: set[timedelta] = set()
    at: set[datetime] = set()
    for other in others:
        value = _stated_offset_value(other)
        offset = value.utcoffset() if value is not None else None
        if value is not None and offset and value.replace(second=0) in instants:
            found.add(offset)
            at.add(value)
    return (timezone(found.pop()), tuple(sorted(at))) if len(found) == 1 else None


def _metadata_offsets(others: list[FoundDate]) -> set[tzinfo]:
    """The non-UTC offsets of the page's values stated with one."""
    out: set[tzinfo] = set()
    for other in others:
        value = _stated_offset_value(other)
        if value is None:
            continue
        offset = value.utcoffset()
        if offset is not None:
            out.add(timezone(offset))
    return out


#: Offsets in use on Earth: whole quarter hours within 14 hours of UTC.
_MAX_OFFSET = timedelta(hours=14)
_QUARTER_HOUR = 900


def _paired_offset(
    others: list[FoundDate], plausible: OffsetCheck | None
) -> tuple[tzinfo, tuple[datetime, ...]] | None:
    """The offset a page reveals by printing a wall time without zone ("9:25pm", a <time> "23:30:59")
    for the instant its metadata states in UTC ("02:25:54Z"): same minute, a whole number of quarter
    hours apart, within 14 hours, and an offset the page's locale, host or outlet makes plausible (a
    printed time of another event can sit a whole number of hours away too). Seconds, when both sides give
    them, must agree too. A wall time equal to the UTC one is UTC: nothing to learn. Returned with the
    instants it was paired with."""
    if plausible is None:
        return None
    instants = [f for f in others if _is_utc_instant(f)]
    if not instants:
        return None
    # The wall time as printed: kept aside when no zone was known, or placed in the locale's or outlet's
    # zone when one was (its printed clock is the same evidence); a <time>'s printed text pairs only with
    # its own datetime.
    walls: list[tuple[str, list[FoundDate]]] = [
        *((f.naive, instants) for f in others if f.naive),
        *((f.value[:19], instants) for f in others if f.zone == "tz" and f.has_time),
        *((f.wall, [f]) for f in others if f.wall),
    ]
    found: set[timedelta] = set()
    paired_at: set[datetime] = set()
    for wall, paired in walls:
        try:
            local = datetime.fromisoformat(wall)
        except ValueError:
            continue
        for instant in paired:
            try:
                at = datetime.fromisoformat(instant.value)
            except ValueError:
                continue
            utc = at.replace(tzinfo=None)
            if local.second and utc.second and local.second != utc.second:
                continue
            delta = local.replace(second=0) - utc.replace(second=0)
            if (
                timedelta(0) < abs(delta) <= _MAX_OFFSET
                and delta.total_seconds() % _QUARTER_HOUR == 0
                and plausible(delta, at)
            ):
                found.add(delta)
                paired_at.add(at)
    # Two different pairings (a printed time of another event) would be a guess.
    return (timezone(found.pop()), tuple(sorted(paired_at))) if len(found) == 1 else None


def _is_utc_instant(found: FoundDate) -> bool:
    return found.has_time and found.value.endswith("+00:00")


def _all_utc(cands: list[FoundDate]) -> bool:
    """Every timed value is a UTC instant."""
    return all(f.value.endswith("+00:00") for f in cands if f.has_time)


def _localised(found: FoundDate, clock: _Clock | None) -> FoundDate:
    """`found` in the publisher's clock: a zoneless time placed in it, a UTC instant moved to it (the same
    instant): always when the clock is the page's own statement or the outlet's, else only when the local
    day differs from the UTC day (a 23:30 story of a European site written as the next day's "…T22:30Z")."""
    if clock is None:
        return found
    zone = clock.zone
    if found.naive and not found.has_time:
        try:
            wall = datetime.fromisoformat(found.naive).replace(tzinfo=zone)
        except ValueError:
            return found
        # `naive` stays set: the offset is inferred, so a value the page states with its own offset wins.
        return replace(found, value=wall.isoformat(timespec="seconds"), zone="page")
    if not found.has_time:
        return found
    try:
        instant = datetime.fromisoformat(found.value)
    except ValueError:
        return found
    if instant.utcoffset() != timedelta(0):
        return found
    if clock.near and not any(abs(instant - at) <= _SAME_SEASON for at in clock.near):
        return found  # a fixed offset of another season (see _Clock.near)
    local = instant.astimezone(zone)
    if local.utcoffset() == timedelta(0) or (local.date() == instant.date() and not clock.same_day):
        return found
    return replace(found, value=local.isoformat(timespec="seconds"), zone=clock.source)


def _day(found: FoundDate) -> str:
    return found.value[:10]


def _swaps_agreeing(cands: list[FoundDate]) -> list[FoundDate]:
    """Each numeric date that could be read with day and month swapped ("11/01/2023" in a meta tag) read
    the other way when no other source names its day and another names the swapped one ("01.11.2023"
    printed on the page): the sources then agree, where read one way they would split the vote.

    The day it moves to must be named by a date that reads one way only, or printed on the page when the
    moving one is not (a printed "01.11.2023" is read as the page's language writes dates; a CMS's meta
    value may be in the US order): two ambiguous dates never both move."""
    if not any(f.swapped for f in cands):
        return cands
    out = []
    for i, found in enumerate(cands):
        alt = found.swapped
        others = [f for j, f in enumerate(cands) if j != i]
        if alt is not None and _day(found) not in {_day(f) for f in others}:
            anchors = {_day(f) for f in others if f.swapped is None or (f.source == "text" != found.source)}
            if _day(alt) in anchors:
                found = alt
        out.append(found)
    return out


#: Votes per source: the JSON-LD article's date is the most deliberate statement a page makes (two
#: votes); every other source one. A tie between days goes to the source found first (cascade order).
_WEIGHTS = {"jsonld": 2}


def choose(candidates: list[FoundDate]) -> tuple[FoundDate | None, bool]:
    """The winning value, and whether the vote was decided (a clear majority, not a tie between days).

    A value read twice from the same element (the <time> markup and its printed text) votes once.
    """
    if not candidates:
        return None, False
    votes, first = _votes(candidates)
    ranked = sorted(votes, key=lambda d: (-votes[d], first[d]))
    best = ranked[0]
    decided = len(ranked) == 1 or votes[ranked[1]] < votes[best]
    same_day = [f for f in candidates if _day(f) == best]
    precise = next((f for f in same_day if f.has_time and not f.naive), None) or next(
        (f for f in same_day if f.has_time), None
    )
    if precise is not None and precise.source != "jsonld" and _is_utc_instant(precise):
        precise = _local_form(precise, same_day)
    return precise or same_day[0], decided


def _local_form(instant: FoundDate, same_day: list[FoundDate]) -> FoundDate:
    """The UTC `instant` as another source states it in the publisher's own offset, when one does.

    Pattern "one instant, two clocks": a CMS writes its JSON-LD or meta timestamp in UTC ("…T09:00:27Z")
    and the byline's <time datetime> or another tag the same instant with the publisher's offset
    ("…T05:00:27-04:00"). The issue asks for the instant in the publisher's own offset when the page tells
    it; both name the same minute, so nothing else about the date changes. A different instant is another
    event (an update) and is never taken this way.

    Not for the JSON-LD article's datePublished here: since offset17 every UTC instant the page states
    again in a local offset is moved to it before the vote (see _publisher_clock, evidence 1), the JSON-LD
    one included, as the issue asks; what is left for this step is a minute-precision offset form of a
    value the clock did not move. (The devset's fundus truths keep the metadata's UTC form: the literal
    minute+offset figure counts the moved instants as misses, see benchmarks date_minute_instant.)"""
    try:
        at = datetime.fromisoformat(instant.value).replace(second=0)
    except ValueError:
        return instant
    for found in same_day:
        if found is instant or not found.has_time or found.naive or found.zone != "stated":
            continue
        try:
            local = datetime.fromisoformat(found.value)
        except ValueError:
            continue
        if local.utcoffset() and local.replace(second=0) == at:
            if found.precision == instant.precision or instant.precision == "day":
                return found
            # The offset form prints the minute ("2:00 PM EDT"), the UTC one the second: the UTC
            # statement's instant in the publisher's offset, nothing lost.
            moved = datetime.fromisoformat(instant.value).astimezone(local.tzinfo)
            return replace(instant, value=moved.isoformat(timespec="seconds"))
    return instant


def _votes(candidates: list[FoundDate]) -> tuple[dict[str, int], dict[str, int]]:
    """Votes per day, and the index of the first value of each day (see choose)."""
    votes: dict[str, int] = {}
    first: dict[str, int] = {}
    marked = {f.value for f in candidates if f.source == "time"}
    for i, found in enumerate(candidates):
        day = _day(found)
        first.setdefault(day, i)
        if found.source == "text" and found.has_time and found.value in marked:
            votes.setdefault(day, 0)
            continue
        votes[day] = votes.get(day, 0) + _WEIGHTS.get(found.source, 1)
    return votes, first


_KEY_PUNCTUATION = re.compile(r"[:._\-\s]")


@lru_cache(maxsize=8)
def _bare_keys(meta_keys: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(meta_keys), frozenset(_KEY_PUNCTUATION.sub("", key) for key in meta_keys)


def _spelling_variants(metas: dict[str, list[str]], meta_keys: tuple[str, ...]) -> list[str]:
    """The page's meta tag names that spell a publication key with other punctuation
    ("article:published:time", "article-published-time" for "article:published_time"), in page order."""
    known, wanted = _bare_keys(meta_keys)
    return [key for key in metas if key not in known and _KEY_PUNCTUATION.sub("", key) in wanted]


def published_date(
    tree: lxml_html.HtmlElement,
    url: str,
    tz: str | None,
    article: dict[str, Any] | None,
    metas: dict[str, list[str]],
    meta_keys: tuple[str, ...],
    langs: list[str] | None,
    visible: Callable[[], FoundDate | None],
    extra: list[FoundDate] | None = None,
    first_str: Callable[[Any], str | None] = lambda v: v if isinstance(v, str) else None,
    page_html: str | None = None,
    outlet_zone: bool = False,
    plausible: OffsetCheck | None = None,
) -> FoundDate | None:
    """The publication date of a page, chosen by agreement between its sources (see the module doc).

    `visible` reads the date printed on the page (asked only when the structured sources give no time or
    disagree); `extra` are the page's other dates (modified), used only to learn the publisher's offset;
    `page_html` is the page as served, which htmldate reads when it is asked (see htmldate_date);
    `outlet_zone` says that `tz` is the outlet's (else the locale's or host's); `plausible` tells the offsets
    the page's locale, host or outlet make plausible (see _paired_offset).
    """
    cands: list[FoundDate] = []
    if article:
        for key in ("datePublished", "dateCreated", "uploadDate"):
            raw = first_str(article.get(key))
            found = parse_iso(raw, tz, "jsonld") if raw else None
            if found:
                cands.append(found)
                break
    for key in [*meta_keys, *_spelling_variants(metas, meta_keys)]:
        for raw in metas.get(key, []):
            found = parse_iso(raw, tz, "meta") or parse_visible(raw, tz, langs, "meta", False)
            if found:
                cands.append(found)  # one vote per tag name: the first value that parses
                break
    # The <time> markup and the printed date are read only when the structured sources leave a doubt
    # (each costs a walk of the whole page): fewer than two of them, two days, no time, or only UTC
    # instants while the publisher's clock is not told by the page or the outlet (the printed date may
    # state the instant in the publisher's zone: "07:30 WITA" on a page whose language names Jakarta's).
    sources: tuple[Callable[[], FoundDate | None], ...] = (lambda: time_markup_date(tree, tz), visible)
    for source in sources:
        if (
            len(cands) >= 2
            and len({_day(f) for f in cands}) == 1
            and any(f.has_time for f in cands)
            and (not _all_utc(cands) or _told_clock(tz, outlet_zone, [*cands, *(extra or [])], plausible))
        ):
            break
        found = source()
        if found:
            cands.append(found)
    url_date = from_url(url)
    if url_date:
        cands.append(url_date)
    if any(f.update for f in cands) and not all(f.update for f in cands):
        # Pattern "update against publication": a date marked as the update (an "Updated <time>" line, the
        # "updated" class) stands for the publication only where no other source states a date; next to
        # article:published_time naming another day it is no second opinion on the publication day. On the
        # day the others name, it still gives the time.
        published_days = {_day(f) for f in cands if not f.update}
        cands = [f for f in cands if not f.update or _day(f) in published_days]
    cands = _swaps_agreeing(cands)
    clock = _publisher_clock(tz, outlet_zone, [*cands, *(extra or [])], plausible)
    moved = [_localised(f, clock) for f in cands]
    if clock is not None and clock.shown and any(_day(m) != _day(f) for m, f in zip(moved, cands, strict=True)):
        # A UTC instant past the publisher's midnight moves to the local day only when the page shows that
        # day elsewhere (its printed date, its URL, htmldate's reading): many pages print the UTC day.
        shown = {_day(f) for f in cands if not _is_utc_instant(f)}
        if not shown:
            peer = htmldate_date(tree, url, page_html=page_html)
            if peer:
                cands.append(peer)
                moved.append(peer)
                shown.add(_day(peer))
        # An instant that is exactly the publisher's midnight ("2022-11-06T23:00:00Z" for a Berlin outlet) is
        # a date without time that the CMS stored as local midnight: its local day is the date.
        moved = [
            m if _day(m) == _day(f) or _day(m) in shown or m.value[11:19] == "00:00:00" else f
            for m, f in zip(moved, cands, strict=True)
        ]
    cands = _utc_days_joined(moved)
    chosen, decided = choose(cands)
    if chosen is not None and not decided:
        chosen, decided = _stated_offset_breaks_tie(cands, chosen)
    asked = chosen is None or (not decided and HTMLDATE_BREAKS_TIES)
    if asked:
        peer = _as_page_reads(htmldate_date(tree, url, full=True, page_html=page_html), cands)
        if peer:
            cands.append(peer)
            chosen, decided = choose(cands)
    if chosen is None or not chosen.has_time:
        # A wire story's dateline without a year (see "agency dateline"): the last resort, and the evidence
        # against a lone day-only source naming another day (a template's <meta name="date"> giving the
        # site's launch day). Two sources agreeing on their day outvote it.
        dateline = dateline_date(tree, tz, langs)
        if dateline is not None and (
            chosen is None
            or (_day(dateline)[5:] != _day(chosen)[5:] and sum(_day(f) == _day(chosen) for f in cands) < 2)
        ):
            return dateline
    if chosen is not None and not asked and all(f.unlabelled for f in cands if _day(f) == _day(chosen)):
        # The day rests only on a date printed without any label, class or markup (a table of releases,
        # a citation, an edition line in the masthead): htmldate's reading of the page, when it names
        # another day, is the stronger evidence.
        peer = _as_page_reads(htmldate_date(tree, url, full=True, page_html=page_html), cands)
        if peer and _day(peer) != _day(chosen):
            chosen = peer
    return chosen


#: The sources that state a machine timestamp (the printed text is a person's reading of one).
_MACHINE_SOURCES = frozenset({"jsonld", "meta", "time"})


def _stated_offset(found: FoundDate) -> bool:
    """The value states its time with its own offset, other than UTC (a machine timestamp in the
    publisher's clock, "2012-07-24T09:49:32-04:00")."""
    if found.source not in _MACHINE_SOURCES or not found.has_time or found.naive or found.zone != "stated":
        return False
    return not found.value.endswith("+00:00")


def _stated_offset_breaks_tie(cands: list[FoundDate], chosen: FoundDate) -> tuple[FoundDate, bool]:
    """In a tie between days, the one day that a value with a stated local offset names wins: a timestamp
    in the publisher's own clock is a more deliberate statement than a day, or a time without a zone (a
    generic "date" meta tag "July 31, 2012, 2:38 pm" holding when the page was generated, against the
    story's <time datetime="2012-07-24T09:49:32-04:00">). A UTC instant is left to the other evidence:
    its day may be the UTC day of a local evening."""
    votes, _ = _votes(cands)
    top = max(votes.values())
    tied = {day for day, n in votes.items() if n == top}
    stated = {_day(f) for f in cands if _day(f) in tied and _stated_offset(f)}
    if len(stated) != 1:
        return chosen, False
    day = stated.pop()
    return next(f for f in cands if _day(f) == day and _stated_offset(f)), True


def _utc_days_joined(cands: list[FoundDate]) -> list[FoundDate]:
    """Each day-only value that is the UTC day of a time the page states with its offset, where the local
    day differs, put on that local day: the same instant seen in UTC (a CMS's day-only meta tag
    "2012-08-09" beside the byline's "Aug 8, 2012 5:13 PM PDT", which is 00:13 UTC on the 9th), not
    another date. A URL's date is left alone: it is the day the CMS filed the story under."""
    timed = []
    for found in cands:
        if found.has_time and not found.naive:
            try:
                instant = datetime.fromisoformat(found.value)
            except ValueError:
                continue
            if instant.utcoffset():
                timed.append((found, instant.astimezone(UTC).date().isoformat()))
    if not timed:
        return cands
    local_days = {_day(f) for f, _ in timed}
    out = []
    for found in cands:
        if not found.has_time and not found.naive and found.source != "url" and _day(found) not in local_days:
            same = next((f for f, utc_day in timed if utc_day == _day(found)), None)
            if same is not None:
                found = replace(found, value=_day(same), swapped=None)
        out.append(found)
    return out


def _as_page_reads(peer: FoundDate | None, cands: list[FoundDate]) -> FoundDate | None:
    """htmldate's day read with day and month swapped when that is the day one of the page's own sources
    names and its own reading is not: htmldate reads an ambiguous numeric date ("11/06/2012", a "last
    updated" line) in one fixed order, where the page prints the same day in words ("Nov. 6, 2012")."""
    if peer is None or not cands:
        return peer
    year, month, day = peer.value[:4], peer.value[5:7], peer.value[8:10]
    if month == day or int(day) > 12:
        return peer
    days = {_day(f) for f in cands}
    swapped = f"{year}-{day}-{month}"
    if _day(peer) not in days and swapped in days:
        return replace(peer, value=swapped)
    return peer


# Pattern "teaser item": a rail or list of other stories prints each one as a small item holding a link
# to the story under its headline (four words or more) beside the story's date and writer ("Lorry crash
# closes A465 for hours / By Owen Pritchard · 6 Dec 2026"), often with no class that names it a rail.
# A date printed in such an item, with no <h1> in it, is the other story's; the story's own date line
# holds at most links of a few words (the writer's name, the date itself as a permalink, a section).
# The item must be one of a list (two headline links in it or in its short wrapper): a blog template's
# lone post header links the post's own title beside its date, and the page's <title> may not name it.
#: Fewest words of a link's text that read as another story's headline.
TEASER_LINK_WORDS = 4
#: Most characters of text an item holds (a teaser with its date and byline; more is a page section).
TEASER_ITEM_CHARS = 300
#: Ancestors of a date searched for the teaser item (the date's line, the item, the item's wrapper).
TEASER_ITEM_LEVELS = 2
#: Most characters of text a list of teasers holds (more is the story or the page around it).
TEASER_LIST_CHARS = 1000
_TEASER_LINKS = XPath(".//a[@href]")
# A link to a writer's page ("/author/jane-doe/"): the byline's, not a teaser's headline.
_PROFILE_PATH = re.compile(rf"/(?:{alternation_in_order(PROFILE_PATH_WORDS)})/", re.I)
_H1 = XPath(".//h1")


def _headline_link(link: lxml_html.HtmlElement, title: str | None) -> bool:
    """The link reads as another story's headline: four words or more, not a writer's page, and not the
    story's own title (a blog template links the post's title to its permalink)."""
    words = link.text_content().split()
    if len(words) < TEASER_LINK_WORDS or _PROFILE_PATH.search(link.get("href") or ""):
        return False
    if title:
        text, own = " ".join(words).casefold(), " ".join(title.split()).casefold()
        if own in text or text in own:
            return False
    return True


def _in_list(node: lxml_html.HtmlElement, title: str | None) -> bool:
    """The teaser item `node` is one of a list: it or its short wrapper holds two headline links or more."""
    for candidate in (node, node.getparent()):
        if candidate is None or candidate.tag in ("article", "main", "body") or _H1(candidate):
            return False
        if len(candidate.text_content()) > TEASER_LIST_CHARS:
            return False
        if sum(_headline_link(a, title) for a in _TEASER_LINKS(candidate)) >= 2:
            return True
    return False


# Pattern "breaking-news strip": a site prints its latest breaking story in a strip of its own above the
# story ("Son Dakika: <headline> 06.12.2026 23:15", "Eilmeldung: ..."), one item, not a list: the strip opens
# with a breaking-news label or carries a class naming it, and links another story under its headline. Its
# date is that story's, as in a teaser item of a list.
_BREAKING_LABEL = re.compile(rf"^\W*(?:{_word_alternation(BREAKING_NEWS_LABELS)})\s*[:!|»›-]", re.I)
_BREAKING_CLASS = re.compile(alternation_in_order(BREAKING_NEWS_CLASS_WORDS), re.I)


def _breaking_strip(node: lxml_html.HtmlElement) -> bool:
    """The teaser item `node` is a breaking-news strip (see "breaking-news strip")."""
    for candidate in (node, node.getparent()):
        if candidate is None or candidate.tag in ("article", "main", "body") or _H1(candidate):
            return False
        tokens = f"{candidate.get('class') or ''} {candidate.get('id') or ''}"
        if _BREAKING_CLASS.search(tokens) or _BREAKING_LABEL.match(candidate.text_content()):
            return True
        # the label alone in its element, without punctuation ("<b>Eilmeldung</b> <a>...</a>")
        first = next((t.strip() for t in candidate.itertext() if t.strip()), "")
        if first and _BREAKING_LABEL.match(f"{first}:"):
            return True
    return False


def _small_items(node: lxml_html.HtmlElement | None, levels: int) -> Iterator[lxml_html.HtmlElement]:
    """`node` and up to `levels` of its ancestors, as long as each could be a teaser item: not the story's
    container, no <h1> in it, at most TEASER_ITEM_CHARS of text."""
    for _ in range(levels + 1):
        if node is None or node.tag in ("article", "main", "body") or _H1(node):
            return
        if len(node.text_content()) > TEASER_ITEM_CHARS:
            return
        yield node
        node = node.getparent()


def in_teaser_item(el: lxml_html.HtmlElement, title: str | None = None) -> bool:
    """True when `el` (a date's element) sits in a small item that links to another story under its
    headline and holds no <h1> (see "teaser item")."""
    for node in _small_items(el, TEASER_ITEM_LEVELS):
        if any(_headline_link(a, title) for a in _TEASER_LINKS(node)):
            return _in_list(node, title) or _breaking_strip(node)
    return False


def teaser_chunks(body: lxml_html.HtmlElement, title: str | None = None) -> set[str]:
    """The stripped text chunks of the page's teaser items outside their headline links (a rail's dates)."""
    chunks: set[str] = set()
    for link in _TEASER_LINKS(body):
        if not _headline_link(link, title):
            continue
        for node in _small_items(link.getparent(), TEASER_ITEM_LEVELS - 1):
            if not (_in_list(node, title) or _breaking_strip(node)):
                break
            own = {t.strip() for t in link.itertext()}
            chunks.update(t.strip() for t in node.itertext() if t.strip() and t.strip() not in own)
    return chunks


# Pattern "agency dateline": wire copy opens its first paragraph with the place in capitals, the day and
# the month without a year, the agency and a dash ("HANNOVER, 7. Dezember (dpa) -", "MADRID, 7 Dic.
# (EUROPA PRESS) -", "WASHINGTON, Dec. 7 (Reuters) -"); regional sites that run it often print no other
# date of the story. Its year is the one that puts the day at or just before the latest date the page
# prints elsewhere (its rails and tickers are of the same days or later); without such a date it is
# not guessed.
_DATELINE = re.compile(
    r"^\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’./-]+(?:[ -][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’./-]+){0,3}\s*,\s*"
    r"(?:(?P<day>\d{1,2})\.?\s+(?P<month>[^\W\d_]{3,})\.?|(?P<month2>[^\W\d_]{3,})\.?\s+(?P<day2>\d{1,2}))"
    r"\s*(?:\([^()]{2,30}\))?\s*[-–—]"
)
_OPENING_PARAGRAPHS = XPath("//h1[1]/following::p[normalize-space()][position() <= 3]")
#: Days a dateline's day may fall after the page's latest other date (a rail printed a day before the story).
DATELINE_DAYS_AHEAD = 2
#: Dated text chunks read for the page's latest date.
_LATEST_CHUNKS = 80


def _latest_printed_day(body: lxml_html.HtmlElement, tz: str | None, langs: list[str] | None) -> datetime | None:
    """The latest day printed with its year in a short text chunk of the page, copyright lines aside."""
    latest: datetime | None = None
    seen = 0
    for chunk in body.itertext():
        chunk = chunk.strip()
        if not (8 <= len(chunk) <= 120 and _YEARISH.search(chunk)) or _CREDIT.search(chunk):
            continue
        found = parse_visible(chunk, tz, langs, "text", use_dateparser=False)
        if found is None:
            continue
        day = datetime.fromisoformat(found.value[:10])
        latest = day if latest is None or day > latest else latest
        seen += 1
        if seen >= _LATEST_CHUNKS:
            break
    return latest


def dateline_date(tree: lxml_html.HtmlElement, tz: str | None, langs: list[str] | None) -> FoundDate | None:
    """The day of the story's agency dateline (see "agency dateline"), its year from the page's latest date."""
    body = tree.find("body")
    if body is None:
        return None
    for p in _OPENING_PARAGRAPHS(body):
        m = _DATELINE.match(p.text_content())
        if m is None:
            continue
        day, month = (m["day"], m["month"]) if m["day"] else (m["day2"], m["month2"])
        if month.lower() not in MONTHS:
            continue
        latest = _latest_printed_day(body, tz, langs)
        if latest is None:
            return None
        for year in (latest.year, latest.year - 1):
            found = parse_visible(f"{day} {month} {year}", tz, langs, "text", use_dateparser=False)
            if found and datetime.fromisoformat(found.value[:10]) <= latest + timedelta(days=DATELINE_DAYS_AHEAD):
                return replace(found, raw=m.group(0).strip())
        return None
    return None


#: An unlabelled date within this many words of the headline is the story's dateline or byline date.
_NEAR_HEADLINE_WORDS = 60
#: Dated text chunks read at most while looking for the one nearest the headline (a forum thread or an
#: archive list prints hundreds).
_MAX_DATED_CHUNKS = 40
_YEARISH = re.compile(r"\d{4}")
_SPACES = re.compile(r"\s+")
# A photo credit or a copyright notice ("© Name, 31.05.2013", "Copyright 2012"): its date is the picture's
# or the notice's, printed beside the headline in a caption as often as anywhere.
_CREDIT = re.compile(r"©|\(c\)|copyright", re.I)


def _headline_element(body: lxml_html.HtmlElement, title: str | None) -> lxml_html.HtmlElement | None:
    """The story's headline element: the <h1>, <h2> or <h3> whose text is the
    chosen title, or holds most of it (blog templates put the blog's name in the <h1> and the post's title
    in an <h2>), else the first <h1>."""
    first_h1, best, best_len = None, None, 0
    wanted = _SPACES.sub(" ", title).strip().lower() if title else ""
    for el in body.iter("h1", "h2", "h3"):
        text = _SPACES.sub(" ", el.text_content()).strip()
        if not text:
            continue
        if el.tag == "h1" and first_h1 is None:
            first_h1 = el
        low = text.lower()
        if low == wanted:
            best = el
            break
        # A heading inside the title (the title adds the site's name) or around it (a kicker): the one
        # that shares most of it; the site's name alone in an <h1> shares less than the post's title.
        shared = min(len(low), len(wanted)) if (low in wanted or wanted in low) else 0
        if shared >= 10 and shared > best_len:
            best, best_len = el, shared
    return best if best is not None else first_h1


def _headline_text(body: lxml_html.HtmlElement, title: str | None) -> str | None:
    """The first text chunk of the story's headline element (see _headline_element); on a page without
    any heading element, the title itself, found where the page prints it as a text of its own (an old
    layout's headline in a <font size=5><b>, below a masthead strip that prints the day's date)."""
    headline = _headline_element(body, title)
    if headline is None:
        # Pattern "headline without a heading tag": old table layouts print it in a <font> or <b> line;
        # the chosen title printed whole as one text chunk of the body is the headline there.
        wanted = _SPACES.sub(" ", title).strip() if title else ""
        if len(wanted) < 10:
            return None
        head = wanted[:10]  # a cheap test first: most chunks differ from the title at once
        for chunk in body.itertext():
            text = chunk.strip()
            if text[:10] == head and _SPACES.sub(" ", text) == wanted:
                return text
        return None
    return next((t.strip() for t in headline.itertext() if t.strip()), None)


def _first_chunk(el: lxml_html.HtmlElement) -> str | None:
    return next((t.strip() for t in el.itertext() if t.strip()), None)


def _chunk_offsets(body: lxml_html.HtmlElement, headline: str, wanted: set[str]) -> tuple[int | None, dict[str, int]]:
    """Where the headline's first text chunk and each `wanted` chunk are first printed, in words from the top
    of the page; the walk stops a few lines past the headline (what is further is not near it)."""
    found: dict[str, int] = {}
    h_at: int | None = None
    words = 0
    for chunk in body.itertext():
        chunk = chunk.strip()
        if not chunk:
            continue
        if h_at is None and chunk == headline:
            h_at = words
        elif h_at is not None and words - h_at > _NEAR_HEADLINE_WORDS:
            break
        if chunk in wanted and chunk not in found:
            found[chunk] = words
        words += len(chunk.split())
    return h_at, found


def nearest_the_headline(
    body: lxml_html.HtmlElement | None,
    title: str | None,
    dated: list[tuple[lxml_html.HtmlElement, FoundDate]],
    tz: str | None = None,
    langs: list[str] | None = None,
) -> FoundDate:
    """The first of the page's labelled dates (`dated`, in page order), unless it is printed far above the
    story's headline: then the labelled date nearest the headline, or else an unlabelled one next to it.

    Pattern: a rail of other stories, a "most popular" box or a masthead's edition line above the story
    carry the same date classes as the story's byline date; the story's date is printed next to its
    headline (see unlabelled_date for the same rule on dates without a class). A labelled date far below
    the headline is kept: blog templates print the post's date in its footer ("posted on ...")."""
    if body is not None:
        # a date in a teaser item is another story's (see "teaser item"), unless every date is in one
        own = [(el, f) for el, f in dated if not in_teaser_item(el, title)]
        dated = own or dated
    first = dated[0][1]
    if body is None:
        return first
    headline = _headline_text(body, title)
    if headline is None:
        return first
    chunks = [_first_chunk(el) for el, _ in dated]
    h_at, at = _chunk_offsets(body, headline, {c for c in chunks if c})
    first_at = at.get(chunks[0] or "")
    if h_at is None or first_at is None or h_at - first_at <= _NEAR_HEADLINE_WORDS:
        return first  # near the headline, or below it
    near = [
        (abs(at[c] - h_at), i, f)
        for i, (c, (_, f)) in enumerate(zip(chunks, dated, strict=True))
        if c in at and abs(at[c] - h_at) <= _NEAR_HEADLINE_WORDS
    ]
    if near:
        return min(near, key=lambda n: (n[0], n[1]))[2]
    unlabelled = unlabelled_date(body, tz, langs, title)
    return unlabelled if unlabelled is not None and not unlabelled.unlabelled else first


# The words of a printed date itself (weekday, month, "at", "am"): what is left of a link's text is its title.
_DATE_WORD = re.compile(rf"^(?:{WEEKDAYS}|[ap]\.?m\.?|{alternation_in_order(DATE_LINE_WORDS)})$", re.I)
#: A link whose text keeps this many words beside its date is a headline with a date in it.
_TITLE_WORDS = 2


def _titled_links(body: lxml_html.HtmlElement) -> set[str]:
    """The texts of the page's links that are a headline with a date in it ("AWS Week in Review - October
    29, 2012" in a list of recent posts, a previous/next link): another post's title, not a date line. A
    link that is the date alone (a blog's permalink on its date) is not one."""
    titled = set()
    for link in body.iter("a"):
        text = link.text_content().strip()
        if len(text) < 8 or not _YEARISH.search(text):
            continue
        words = [w for w in re.findall(r"[^\W\d_]{3,}", text) if w.lower() not in MONTHS and not _DATE_WORD.match(w)]
        if len(words) >= _TITLE_WORDS:
            titled.add(text)
    return titled


#: Longest line read as the label of the date line after it ("Updated", "Zuletzt aktualisiert am").
_LABEL_CHARS = 40


_BODY_TEXT_NODES = XPath(".//text()")


def _rail_chunks(body: lxml_html.HtmlElement, title: str | None) -> set[str]:
    """The dated text chunks of the body that stand in a rail: a container of its own, apart from the
    story's headline, that is a teaser list, menu, aside or caption (the tags and classes of is_foreign).

    Pattern "rail before the story": a "latest news" or columnists' rail printed above the story, each
    item with its date ("Hamsi bitti mi? · 03.03.2026"), puts that date a line before the headline, nearer
    than the story's own date line under it. Only the containers below the one the rail shares with the
    headline count: a blog's whole post list is a "widget" too, and its date header above the post title
    is the post's."""
    headline = _headline_element(body, title)
    if headline is None:
        return set()
    around = set(headline.iterancestors())
    out = set()
    for node in _BODY_TEXT_NODES(body):
        if not _YEARISH.search(node):
            continue
        holder = node.getparent()
        if holder is not None and node.is_tail:
            holder = holder.getparent()
        while holder is not None and holder not in around:
            klass, ident = holder.get("class"), holder.get("id")
            if holder.tag in _FOREIGN_TAGS or (
                (klass or ident) and folded_search(_FOREIGN_CLASS, _FOREIGN_WORDS, f"{klass or ''} {ident or ''}")
            ):
                out.add(str(node).strip())
                break
            holder = holder.getparent()
    return out


def unlabelled_date(
    body: lxml_html.HtmlElement, tz: str | None, langs: list[str] | None, title: str | None = None
) -> FoundDate | None:
    """The date of a short text node of the body, with no label, class or markup around it.

    Pattern: the story's own date is printed next to its headline (a byline "By X on August 1st, 2012",
    a dateline under it); dates elsewhere on the page belong to the masthead (an edition line), the menu
    (an event's dates), rails of other stories or a citation. So the date nearest the headline, within a
    few lines of it, wins, wherever it is in page order; without one, the first date of the page, marked
    `unlabelled` (weak evidence, see published_date). Without a headline there is nothing to measure
    against and the first date counts as before."""
    headline = _headline_text(body, title)
    h_at: int | None = None
    first: FoundDate | None = None
    first_chunk = ""
    near: list[tuple[int, FoundDate]] = []
    titled: set[str] | None = None
    teasers: set[str] | None = None
    railed: set[str] | None = None
    update: tuple[int, FoundDate, str] | None = None
    words = 0
    label = ""  # the short line before this one: an update label printed apart ("Updated" <time>...</time>)
    for chunk in body.itertext():
        chunk, before = chunk.strip(), label
        if chunk:
            label = chunk if len(chunk) <= _LABEL_CHARS and not _DIGIT.search(chunk) else ""
        if h_at is None and headline is not None and chunk == headline:
            h_at = words
        past = h_at is not None and words - h_at > _NEAR_HEADLINE_WORDS
        if past and first is not None:
            break  # past the headline's neighbourhood: nothing nearer can follow
        if 8 <= len(chunk) <= 120 and _YEARISH.search(chunk) and not _CREDIT.search(chunk):
            # A line "Updated X, first published Y" read from its publication label on (as labelled lines
            # are, see metadata._visible_date): the first date of the line is the update's.
            found = parse_visible(publication_part(chunk), tz, langs, "text", use_dateparser=False)
            if found and titled is None:
                titled = _titled_links(body)  # read once, on the first date found
            if found and chunk in (titled or ()):
                found = None
            if found and teasers is None:
                teasers = teaser_chunks(body, title)  # read once, on the first date found
            if found and chunk in (teasers or ()):
                found = None  # another story's date in a teaser item (see "teaser item")
            if found and h_at is None and headline is not None:
                if railed is None:
                    railed = _rail_chunks(body, title)  # read once, on the first date found before the headline
                if chunk in railed:
                    found = None  # pattern "rail before the story": a rail's date printed above the headline
            if found and (is_update_text(chunk) or (before and is_update_text(f"{before} {chunk}"))):
                # An update line is not the publication; the page's only date, it is the date it gives
                # (as time_markup_date does with a <time> marked "updated").
                update = update or (words, found, chunk)
                found = None
            if found:
                if headline is None or past:
                    return found if headline is None else _weak(found, chunk)
                if first is None:
                    first, first_chunk = found, chunk
                near.append((words, found))
                if len(near) >= _MAX_DATED_CHUNKS:
                    break
        words += len(chunk.split())
    if first is None and update is not None:
        at, first, first_chunk = update
        first = replace(first, update=True)
        near = [(at, first)]
    if h_at is None:
        return first  # the headline's text was not found as one chunk: nothing to measure against
    close = [(abs(at - h_at), i, f) for i, (at, f) in enumerate(near) if abs(at - h_at) <= _NEAR_HEADLINE_WORDS]
    if close:
        return min(close, key=lambda c: (c[0], c[1]))[2]
    return _weak(first, first_chunk) if first else None


def _weak(found: FoundDate, chunk: str) -> FoundDate:
    """A date far from the headline marked `unlabelled`, unless its own words name it the publication
    ("This entry was posted on Saturday, October 16th, 2010", a blog post's footer)."""
    label = _PUBLISH_LABEL.search(chunk)
    digit = _DIGIT.search(chunk)
    if label is not None and digit is not None and label.start() < digit.start():
        return found
    return replace(found, unlabelled=True)


def htmldate_date(
    tree: lxml_html.HtmlElement, url: str, full: bool = False, page_html: str | None = None
) -> FoundDate | None:
    """htmldate's publication day for the page: its fast search, or with `full` also its free-text scan.

    htmldate reads `page_html`, the page as served, when given: newsbot's tree has by then lost its comment
    threads and had its layout tables unwrapped, and htmldate's reading of that tree differed from its
    reading of the page on 35 of 1,631 in-sample pages (most of them old table-layout pages, where it then
    found only a year or another page's date). It parses the string itself, which costs about what the
    copy it makes of a tree passed in costs. A string that starts like a URL htmldate would download:
    never given, the tree is read then.
    """
    source: str | lxml_html.HtmlElement = tree
    if page_html and not page_html.lstrip()[:4].lower().startswith("http"):
        source = page_html
    try:
        from htmldate import find_date

        value = find_date(source, url=url or None, **(HTMLDATE_FULL_OPTIONS if full else HTMLDATE_OPTIONS))
    except Exception:  # noqa: BLE001 - a peer's failure is no date, never an extraction failure
        return None
    if not value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    if full and value.endswith("-01-01"):
        # The full search completes a lone year ("style2009.css", "(c) 2009") to January 1st: not a day.
        return None
    return FoundDate(value, value, "htmldate")


__all__ = [
    "published_date",
    "offset_plausibility",
    "htmldate_date",
    "unlabelled_date",
    "nearest_the_headline",
    "is_foreign",
    "is_update_element",
    "is_update_text",
    "publication_part",
    "time_markup_date",
    "choose",
    "HTMLDATE_OPTIONS",
    "HTMLDATE_FULL_OPTIONS",
]
