"""The multilingual junk table: lines and blocks that are page chrome, not article text.

Three kinds of entry, all matched case-insensitively on a whole paragraph after whitespace folding:
- LABELS: the paragraph is exactly the label (optionally followed by ':'), e.g. "Advertisement".
- PREFIXES: the paragraph starts with it and is short, e.g. "Baca juga: <headline>".
- CONTAINS: a fragment that only chrome carries, e.g. "uses cookies".
- RELATED_HEADINGS: a heading after which the short lines (related headlines) are dropped too.
Outlets extend the table with `[extraction] junk_phrases` in their outlet file.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ..lexicon.bodylines import (
    AGENCY_CREDIT_AFTER_INITIALS,
    AGENCY_CREDIT_BEFORE_INITIALS,
    AGENCY_WITH_AGENCIES,
    AGENCY_WITH_WORDS,
    CONTACT_LABELS,
    CONTACT_LINE_AT,
    CONTACT_LINE_WORDS,
    RELEASE_ABOUT_HEADINGS,
    RELEASE_CONTACT_KINDS,
    alternation_in_order,
)
from ..lexicon.bylines import (
    BY_PREFIXES,
    BYLINE_TEXT_CONJUNCTIONS,
    CORRESPONDENT_ROLES,
    JOB_TITLES,
    NAME_PARTICLES,
    PICTURE_BY_LABELS,
    PICTURE_FOR_WORDS,
    WRITER_LABELS,
)
from ..lexicon.dates import DATE_TIME_LINKS
from ..lexicon.junk import (
    BYLINE_LINE_PREFIXES,
    COMMENT_HEADINGS,
    CONTAINS,
    CREDIT_PREFIXES,
    LABELS,
    POLL_HEADINGS,
    PREFIXES,
    RELATED_HEADINGS,
    SIGNUP_LABELS,
)
from ..lexicon.junklines import (
    BACK_TO_LINKS,
    BIO_COPULAS,
    BIO_VERBS,
    BRACKETED_CREDIT_LABELS,
    BY_NAME_PREFIXES,
    BYLINE_EXTRAS_PREFIXES,
    BYLINE_ROLE_WORDS,
    CAPTION_CREDIT_LABELS,
    CHANNEL_APPS,
    CHANNEL_CTA_VERBS,
    CLICK_HERE_WORDS,
    COUNTER_MULTIPLIERS,
    COUNTER_WORDS,
    COVERAGE_LINKS,
    COVERAGE_VERBS,
    COVERAGE_WORDS,
    CREDIT_WORDS_WITHOUT_COLON,
    DATE_PART_LINKS,
    DATE_TIME_LINKS_EN,
    DATELINE_HOUR_WORDS,
    DATELINE_LINE_LINKS,
    DATELINE_LINE_WORDS,
    DATELINE_PAIR_WORDS_EN,
    DAY_ORDINAL_SUFFIXES,
    DAY_ORDINALS_EN,
    DURATION_LABELS,
    EMBED_KINDS,
    FOLLOW_LIST_CONJUNCTIONS,
    FOLLOW_LIST_MORE_CONJUNCTIONS,
    FOLLOW_ON,
    FOLLOW_ON_MORE,
    FOLLOW_VERBS,
    LONG_CREDIT_OPENINGS,
    NAME_ROLE_WORDS,
    NEW_TAB_KEYS,
    NEW_TAB_NOTES,
    NEW_TAB_NOTES_AFTER_COMMA,
    NEWS_APPS,
    PARTNER_SERVICES,
    PICTURE_WORDS,
    PRINT_URL_LABELS,
    PROFILE_LINK_LABELS,
    READ_AFTER_MINUTES,
    READ_MINUTE_WORDS,
    READ_TIME_LABEL_LINKS,
    READ_TIME_LABELS,
    READ_TIME_UNIT_STEMS,
    READ_TIME_UNITS,
    READ_VERB_LINKS,
    READ_VERBS,
    REPORTER_TITLES,
    ROLE_LINE_WORDS,
    SCROLL_CONTINUE_STEMS,
    SCROLL_CONTINUE_WORDS,
    SCROLL_VERBS,
    SOCIAL_NETWORKS,
    SOURCED_FROM_OPENINGS,
    TRUST_OPENINGS,
    TRUST_VERBS,
    TRUST_WORDS,
    UPDATED_LABELS,
)

# The word lists live in newsbot.lexicon.junk; these names stay importable from here.
__all__ = [
    "LABELS",
    "PREFIXES",
    "CONTAINS",
    "RELATED_HEADINGS",
    "COMMENT_HEADINGS",
    "JunkTable",
    "DEFAULT_TABLE",
    "remove_junk",
    "without_code_tail",
    "without_author_lines",
]

# Pattern "embed placeholder": a CMS token left where a video, picture, story or ad is injected, in square
# brackets with the kind of embed and a name ("[Gambas:Video CNN]", "[#image: /photos/64a]",
# "[embed:youtube abc]"). Only those kinds: a bracketed note of the writer's ("[Source: X]") is text.
_EMBED_TOKEN = re.compile(
    rf"^\[#?(?:{alternation_in_order(EMBED_KINDS)})\b[^\[\]:]{{0,30}}:[^\[\]]{{0,80}}\]$",
    re.I,
)
# Pattern "agency code": the reporter/editor initials an Indonesian story ends with, alone on a line
# ("(fby/bac)", "(ant)", "(mdk/ded)") ...
_AGENCY_CODE_LINE = re.compile(
    r"^\((?:[a-z]{2,5})(?:/[a-z]{2,5}){0,3}\)$|^\([a-z]{2,5}\d{0,3}(?:/[a-z]{2,12}\d{0,3}){1,3}\)$"
    # ... or in square brackets, as other outlets print the editor's initials ("[faz]", "[ded/rnd]")
    r"|^\[[a-z]{2,5}(?:/[a-z]{2,5}){0,3}\]$"
)
# ... or glued to the end of the last paragraph ("... jemaah khusus. (ant/rdn)"): with a slash only, so
# that a closing "(sic)" or "(ddk)" inside prose is never cut.
# The desk's code may carry a number and the outlet's name ("(mcr27/ragamwarta)", "(cr3/tribun)").
_AGENCY_CODE_TAIL = re.compile(r"(?<=[.!?\"”])\s*\((?:[a-z]{2,5}\d{0,3})(?:/[a-z]{2,12}\d{0,3}){1,3}\)$")
# Pattern "agency credit": the reporter's initials and the agency alone on a line ("aja/PAP", "(dpa/lnw)").
_AGENCY_CREDIT_LINE = re.compile(
    rf"^\(?[a-z]{{2,5}}(?:/[a-z]{{2,5}})*/(?:{alternation_in_order(AGENCY_CREDIT_AFTER_INITIALS)})\)?$"
    rf"|^\(?(?:{alternation_in_order(AGENCY_CREDIT_BEFORE_INITIALS)})(?:/[a-z]{{2,5}})+\)?$",
    re.I,
)
# Pattern "picture credit in brackets": "(Credit: Clayton Aldern / Grist)", "(Foto: dpa)".
# Picture credits only: a bracketed "(Source: ...)" names where a quote comes from and is kept by body truths.
_BRACKETED_CREDIT = re.compile(
    rf"^\((?:{alternation_in_order(BRACKETED_CREDIT_LABELS)})\s*:?\s[^()]{{1,80}}\)$",
    re.I,
)
# Pattern "last modified": a line stating when the page changed ("Letzte Änderung 14.02.2019",
# "Last Modified: 03-10-2004 2:20pm"), a digit right after the words.
_UPDATED_LINE = re.compile(
    rf"^(?:{alternation_in_order(UPDATED_LABELS)})\s*:?\s*\d[\w.,:/ -]{{0,30}}$",
    re.I,
)
# Pattern "reading time / media duration": "Baca 10 detik", "5 min read", "Lesezeit: 3 Min.",
# "Lecture en 3 min.", "Duration 1 minute 12 seconds", "Durasi 01:34", "00:00/03:12".
_TIMING_LINE = re.compile(
    rf"^(?:(?:{alternation_in_order(READ_VERBS)})\s+(?:(?:{alternation_in_order(READ_VERB_LINKS)})\s+)?\d+\s*"
    rf"(?:{alternation_in_order(READ_TIME_UNITS)}|(?:{alternation_in_order(READ_TIME_UNIT_STEMS)})\w*)\.?"
    rf"|\d+\s*(?:{alternation_in_order(READ_MINUTE_WORDS)})\s*(?:{alternation_in_order(READ_AFTER_MINUTES)})"
    rf"|(?:{alternation_in_order(READ_TIME_LABELS)})\s*:?\s*(?:(?:{alternation_in_order(READ_TIME_LABEL_LINKS)})\s+)?"
    r"\d+\s*(?:min\w*)\.?"
    rf"|(?:{alternation_in_order(DURATION_LABELS)})\s*:?\s*\d[\d:]*(?:\s+\w+){{0,4}}"
    # a player's position and length ("00:00/03:12", "0:00 / 1:45")
    r"|\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)$",
    re.I,
)
# Pattern "follow us": a line sending readers to the outlet's social accounts, naming two networks or more
# ("Follow BBC Somerset on Facebook, X and Instagram."). A reporter's own "Follow Jane on Twitter @jane"
# closes many stories and is kept, as the body truths of real pages keep it.
_NETWORK = rf"(?:{alternation_in_order(SOCIAL_NETWORKS)})"
_FOLLOW_LINE = re.compile(
    rf"^(?:{alternation_in_order(FOLLOW_VERBS)})\s.{{1,60}}?\s"
    rf"(?:{alternation_in_order(FOLLOW_ON)})\s+"
    rf"{_NETWORK}\b(?:\s*,\s*{_NETWORK}\b)*\s*(?:,|{alternation_in_order(FOLLOW_LIST_CONJUNCTIONS)})\s*{_NETWORK}\b",
    re.I,
)
# Pattern "follow us", the list form: the outlet's (or a region's, a desk's) accounts in a list that may hold
# a name of the outlet's own service ("Follow Cambridgeshire news on BBC Sounds, Facebook, Instagram and X."),
# repeat the word before each network ("Siga a Folha no WhatsApp e no Instagram"), or follow a verb with
# "us" glued to it and no object ("Síguenos en Facebook, X y WhatsApp para ..."). Two networks at least, as
# above (a reporter's own "Follow Jane on Twitter" stays), or a news app alone ("Ikuti berita X di Google
# News": readers follow an outlet there, never a reporter).
_FOLLOW_ON_ANY = f"(?i:{alternation_in_order(FOLLOW_ON + FOLLOW_ON_MORE)})"
_FOLLOW_JOIN = re.compile(
    r"(?:\s*,\s*|\s+(?i:"
    + alternation_in_order(FOLLOW_LIST_CONJUNCTIONS + FOLLOW_LIST_MORE_CONJUNCTIONS)
    + rf")\s+)(?:{_FOLLOW_ON_ANY}\s+)?"
)
_NEWS_APP = f"(?:{alternation_in_order(NEWS_APPS)})"
_FOLLOW_ITEM = rf"(?:(?i:{_NEWS_APP}|{_NETWORK})\b|[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){{0,2}})"
_FOLLOW_LIST_LINE = re.compile(
    rf"^(?i:{alternation_in_order(FOLLOW_VERBS)})(?:\s.{{1,60}}?)?\s{_FOLLOW_ON_ANY}\s+"
    rf"(?P<list>{_FOLLOW_ITEM}(?:{_FOLLOW_JOIN.pattern}{_FOLLOW_ITEM})*)"
)
_IS_NETWORK = re.compile(rf"^{_NETWORK}$", re.I)
_IS_NEWS_APP = re.compile(rf"^{_NEWS_APP}$", re.I)
#: A "follow us" line is at most this many words (its purpose may follow the list: "... para no perderte nada").
FOLLOW_MAX_WORDS = 30


def _follow_list_line(para: str) -> bool:
    """The line sends readers to the outlet's accounts (pattern "follow us", the list form)."""
    if len(para.split()) > FOLLOW_MAX_WORDS:
        return False
    found = _FOLLOW_LIST_LINE.match(para)
    if found is None:
        return False
    items = [item.strip() for item in _FOLLOW_JOIN.split(found.group("list"))]
    networks = sum(1 for item in items if _IS_NETWORK.match(item))
    return networks >= 2 or any(_IS_NEWS_APP.match(item) for item in items)


# Pattern "partner line": the publisher's shopping or partner services listed under the story ("Nos
# partenaires : Codes promo · Bons plans · Guide d'achat", "Cupom de desconto · Folha Ofertas"): items
# between separators, each a few words, two or more of them a service (the phrase, or an item opening or
# ending with it); the other items name the outlet or label the list. A sentence has no such items.
_LIST_SEP = re.compile(r"\s*[·•|]\s*|:\s+")
_SERVICE_ITEM = re.compile(
    rf"^(?:{alternation_in_order(PARTNER_SERVICES)})\b|\b(?:{alternation_in_order(PARTNER_SERVICES)})$", re.I
)
#: Each item of a partner or counter line is at most this many words.
LIST_ITEM_WORDS = 5


def _partner_line(para: str) -> bool:
    """The line lists the publisher's shopping or partner services (pattern "partner line")."""
    if len(para) > 200 or not any(sep in para for sep in "·•|"):
        return False
    items = [item for item in _LIST_SEP.split(para.strip(" .")) if item]
    if len(items) < 2 or any(len(item.split()) > LIST_ITEM_WORDS for item in items):
        return False
    return sum(1 for item in items if _SERVICE_ITEM.search(item)) >= 2


# Pattern "counter line": the story's counters in a row ("18 Komentar · 1.2k Dilihat", "12 comments · 3 min
# read"): every item a number (with a multiplier: "1.2k", "2,3 rb") and a counter word, or a reading time;
# two items at least (one count alone may be a comment heading, which has its own rule).
_COUNTER_ITEM = re.compile(
    rf"^\d[\d.,]*\s*(?:(?:{alternation_in_order(COUNTER_MULTIPLIERS)})\.?\s*)?"
    rf"(?:{alternation_in_order(COUNTER_WORDS)})$",
    re.I,
)


def _counter_line(para: str) -> bool:
    """The line is a row of the story's counters (pattern "counter line")."""
    if len(para) > 120 or not any(sep in para for sep in "·•|"):
        return False
    items = [item for item in _LIST_SEP.split(para.strip()) if item]
    return len(items) >= 2 and all(_COUNTER_ITEM.match(item) or _TIMING_LINE.match(item) for item in items)


# Pattern "trust line": the outlet's note that the story follows its standards ("This article follows our
# editorial standards", "Este conteúdo segue os princípios do Projeto Comprova", "Este artículo sigue los
# criterios de calidad de ..."): "this" and the piece, a verb of following, a standards word, one or two
# short sentences. A sentence of the story does not open by pointing at the article itself.
_TRUST_LINE = re.compile(
    rf"^(?:{alternation_in_order(TRUST_OPENINGS)})\s+(?:\w+\s+){{0,2}}(?:{alternation_in_order(TRUST_VERBS)})\b"
    rf".{{0,120}}\b(?:{alternation_in_order(TRUST_WORDS)})\b",
    re.I,
)
#: A trust line is at most this many words.
TRUST_MAX_WORDS = 30


# Pattern "coverage pointer": a wire story's closing line sending readers to the outlet's topic page
# ("Follow AP's coverage of rail safety at https://...", "Find more coverage of the election at www..."):
# the word "coverage" and a web address, nothing else.
_COVERAGE_LINE = re.compile(
    rf"^(?:{alternation_in_order(COVERAGE_VERBS)})\b[^.]{{0,60}}\b(?:{alternation_in_order(COVERAGE_WORDS)})\b"
    rf"[^.]{{0,60}}\s(?:{alternation_in_order(COVERAGE_LINKS)}|:)\s*"
    r"(?:https?://|www\.)\S+$",
    re.I,
)
# Pattern "press-release end mark": "###", "# # #", "-30-", "- 30 -" alone on a line. Blogs put "###" between
# sections too, so "###" ends the text only when the issuer's boilerplate opens right after it: an "About
# <organisation>" heading or a media-contact line (_RELEASE_BOILERPLATE).
_END_MARK = re.compile(r"^(?:#\s*#\s*#|[-–—]\s*30\s*[-–—])$")
_HASH_MARK = re.compile(r"^#\s*#\s*#$")
# Pattern "back-to links": an item of a footer's link line leading back up the site ("Back to News
# Releases", "Return to Home Page"), a few words; a tool line only when all its items are such or labels.
_BACK_TO = re.compile(rf"^(?:{alternation_in_order(BACK_TO_LINKS)})\s+[\w' -]{{2,30}}$", re.I)
# ... or the wire's issuer line "SOURCE <issuer>" (PR Newswire's form, in capitals), after which the wire's
# own chrome follows (other releases of the issuer, a call to send a release).
_SOURCE_MARK = re.compile(r"^SOURCE\s+[A-Z0-9][\w&.,'’ -]{1,80}$")
_RELEASE_BOILERPLATE = re.compile(
    rf"^(?:{alternation_in_order(RELEASE_ABOUT_HEADINGS)})\s+\S.{{0,80}}$"
    rf"|^(?:{alternation_in_order(RELEASE_CONTACT_KINDS)})\s+contacts?\b"
    rf"|^(?:{alternation_in_order(CONTACT_LABELS)})\s*:",
    re.I,
)
# Pattern "credit tail": "Le Monde avec AFP", "(avec AFP)", "mit Material von dpa", "Con información de EFE".
_AGENCY_WITH = re.compile(
    rf"^\(?(?:[\w’'. -]{{2,40}}\s)?(?:{alternation_in_order(AGENCY_WITH_WORDS)})\s+(?:l'|l’)?"
    rf"(?:{alternation_in_order(AGENCY_WITH_AGENCIES)})\)?$",
    re.I,
)
# Pattern "contact line": "Contact Jane Doe at jdoe@paper.com or 555-0143."
_CONTACT_LINE = re.compile(
    rf"^(?:{alternation_in_order(CONTACT_LINE_WORDS)})\s[^.]{{0,60}}?\s(?:{alternation_in_order(CONTACT_LINE_AT)})"
    r"\s+\S+@\S+",
    re.I,
)
# Pattern "reporter sign-off": Korean and Japanese stories close with the reporter's name, the title
# "reporter" and often the address ("최민준 기자 minjun@paper.example", "홍길동 특파원"): a name of one or two
# words, no sentence.
_REPORTER_SIGN_OFF = re.compile(
    rf"^\S{{1,12}}(?:\s\S{{1,12}})?\s?(?:{alternation_in_order(REPORTER_TITLES)})(?:\s*[=/]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$"
)
# Pattern "printout address": the print view of a story closes with the page's address after a label
# ("URL: https://paper.example/news/..."), the address alone.
_PRINT_URL_LINE = re.compile(rf"^(?:{alternation_in_order(PRINT_URL_LABELS)})\s*:\s*https?://\S+$", re.I)
# Pattern "byline line with extras": the byline printed as the first line of the body with the reporter's
# outlet, role or address after a separator ("By Marcus Lee | mlee@paper.example | Valley Courier",
# "Oleh Rina Marlina, Kabar Nusa", the Tagalog "Ulat ni X, Outlet": "report of X"). The name is capitalised
# words, so "By the numbers" is a heading. Without a digit: "By X, 18 August 2010" is a byline with the date
# that body truths of real pages keep.
_BYLINE_WITH_EXTRAS = re.compile(
    rf"^(?i:{alternation_in_order(BYLINE_EXTRAS_PREFIXES)})\s+"
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){0,3}"
    r"\s*(?:[|,/–—-]\s*[^|,/–—\d]{1,40}){1,3}$"
)
# Pattern "sign-off tail": the desk's initials or the agency printed after a dash as the story's last line
# ("-- BERNAMA", "—KBK, GMA News", "– AFP"): capitals only, so a dash-led quote or list item is text.
_SIGN_OFF_LINE = re.compile(
    r"^[-–—]{1,2}\s*(?:[A-Z]{2,8}(?:/[A-Z]{2,8}){0,3})(?:\s*,\s*[\w .'’&-]{2,40})?\s*[-–—]{0,2}$"
)
# Pattern "byline as sign-off": the reporter line printed under the story after a dash ("— Ulat ni X, Outlet",
# "— Oleh X, Kabar Nusa"): the "byline line with extras" form, closing the story instead of opening it.
_DASHED_BYLINE = re.compile(r"^[-–—]\s*(?=\S)(?:" + _BYLINE_WITH_EXTRAS.pattern.lstrip("^") + ")")
# Pattern "placed signature": a correspondent signs the story's last line with the name and, in brackets,
# the place and the role ("Richard Schittly (Lyon, correspondant)", "Marco Ferrandi (Bologna,
# corrispondente)"): two to four capitalised words, the role a correspondent's.
SIGNATURE_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:[a-z]{1,3}\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3}"
PLACED_SIGNATURE = re.compile(
    rf"^(?P<name>{SIGNATURE_NAME})\s*\((?:[^(),]{{1,40}},\s*)?(?i:{alternation_in_order(CORRESPONDENT_ROLES)})\)\.?$"
)
# Pattern "initials sign-off": the reporter's name after a dash, the desk editor's initials after a slash and
# the outlet after a comma, as the story's last line ("—Jamie Santos/VBL, GMA News"): the "sign-off tail"
# form with the reporter's name before the initials.
INITIALS_SIGN_OFF = re.compile(
    rf"^[-–—]{{1,2}}\s*(?P<name>{SIGNATURE_NAME})\s*/\s*[A-Z]{{2,6}}(?:/[A-Z]{{2,6}}){{0,3}}"
    r"(?:\s*,\s*[\w .'’&-]{2,40})?\s*$"
)
# Pattern "sourced from": "(Con información de agencias)", "Con información de EFE y AFP", "Com informações
# da Reuters", "(Dengan informasi dari Antara)": where the story's facts come from, as its last line.
_SOURCED_FROM = re.compile(
    rf"^\(?(?:{alternation_in_order(SOURCED_FROM_OPENINGS)})\b[^()]{{0,60}}\)?\.?$",
    re.I,
)
# Pattern "picture caption": a caption printed as a body line ends with the picture's credit
# ("... di Kampung Nelayan, Surabaya. Foto: Kabar Surabaya", "(Bild: Jane Roe)"); a sentence of the story
# does not end with a "Foto:" label. Not the English "Photograph: X": body truths of English pages keep those
# captions (20 lines of in-sample dragnet truths), none keeps a "Foto:" one.
_CAPTION_CREDIT = re.compile(
    rf"(?:^|[.!?”\"]\s+|\s[-–—|]\s+)\(?(?:{alternation_in_order(CAPTION_CREDIT_LABELS)})\s*:\s*"
    r"[^:()!?]{2,60}\)?$",
    re.I,
)
# ... or with the outlet and the photographer in brackets after its last sentence ("Ilustrasi siswa di kelas.
# (Suara.com/Alfian Winanto)", "Warga mengungsi. (ANTARA/Budi Santoso)"): capitalised words on both sides
# of the slash, so an agency code tail ("(ant/rdn)") and a bracketed remark are not captions. A story's
# last paragraph may end with "(Antara/Name)" too: such a line is a caption only when it opens with a
# picture word or comes before the story's first line (the lead picture's caption).
_CAPTION_SLASH_CREDIT = re.compile(
    r"[.!?]\s*\([A-Z][\w.&’'-]*(?:\s[\w.&’'-]+){0,3}/\s?[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3}\)$"
)
# Pattern "commissioned picture credit": a feature's hero picture credited to a photographer working for an
# outlet ("Photographs by Martin Greaves for Prairie Quarterly", "Fotos von Jana Roth für das Stadtmagazin"):
# the picture label, the photographer's name and, after "for", the outlet, alone on a line. A bare "Photo
# by X" line is kept: in-sample dragnet truths keep those; none holds the "for <outlet>" form.
_COMMISSIONED_CREDIT = re.compile(
    rf"^(?i:{alternation_in_order(PICTURE_BY_LABELS)})\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){{0,3}}"
    rf"\s+(?:{alternation_in_order(PICTURE_FOR_WORDS)})\s+(?:\w+\s+)?[A-ZÀ-ÖØ-Þ][\w'’.&-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.&-]*){{0,4}}$"
)
_PICTURE_WORD = re.compile(rf"^(?:{alternation_in_order(PICTURE_WORDS)})\b", re.I)
# Pattern "scroll to continue": the placeholder an ad slot leaves in the body ("Scroll ke bawah untuk
# melanjutkan membaca", "Scroll down to continue reading", "Gulir untuk lanjut membaca").
_SCROLL_LINE = re.compile(
    rf"^(?:{alternation_in_order(SCROLL_VERBS)})\b.{{0,30}}\b(?:{alternation_in_order(SCROLL_CONTINUE_WORDS)}|"
    rf"(?:{alternation_in_order(SCROLL_CONTINUE_STEMS)})\w*)\b.{{0,30}}$",
    re.I,
)
# Pattern "click here": a short call to action that ends or starts with the link words ("Baca berita dengan
# sedikit iklan, klik di sini", "Klik di sini untuk terus membaca"). Not the English "click here": body truths
# of English pages keep "For more information and tickets, click here." (4 in-sample dragnet lines).
_CLICK_WORDS = f"(?:{alternation_in_order(CLICK_HERE_WORDS)})"
_CLICK_HERE = re.compile(rf"^{_CLICK_WORDS}\b.{{0,60}}$|^.{{0,80}}\b{_CLICK_WORDS}[.!:]?$", re.I)
#: A "click here" line is at most this many words: a sentence of the story that mentions clicking is longer.
CLICK_MAX_WORDS = 14
# Pattern "role line": the byline block printed as the first line of the body with its role word and
# nothing but a name ("Editor Agus Salim", "Penulis: Rina Marlina", "Reporter Dimas"); capitalised words only.
_ROLE_NAME_LINE = re.compile(
    rf"^(?i:{alternation_in_order(ROLE_LINE_WORDS)})\s*:?\s+"
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){0,4}$"
)
# Pattern "name and role": the byline printed as the body's first line as the reporter's name and a
# newsroom role after a comma or dash ("Rina Anggraeni, Jurnalis", "Jane Roe, Staff Writer"). Newsroom roles
# only: a blog post's signature ("X, Product Manager") is kept, as body truths keep it.
_NAME_ROLE_LINE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){0,4}\s*[,–—-]\s*"
    rf"(?i:{alternation_in_order(NAME_ROLE_WORDS)})$"
)
# Pattern "dateline line": the publication and update times printed as a line of their own ("Publié le
# 12/03/2024 14:05 Mis à jour le 12/03/2024 18:30", "Publicado el 12/03/2024", "Veröffentlicht am
# 12.03.2024, 14:05 Uhr"): the words, a date in digits or with its month's name, a time, nothing else.
# Not the English "Posted on <date>", which closes blog posts and which body truths keep.
_DATE_WORDS = f"(?:{alternation_in_order(DATELINE_LINE_WORDS)})"
_DATE_LINK = f"(?:{alternation_in_order(DATE_PART_LINKS)})"
_DATE_VALUE = (
    rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{1,2}}(?:{alternation_in_order(DAY_ORDINAL_SUFFIXES)})?\.?\s+"
    rf"(?:{_DATE_LINK}\s+)?[^\W\d]{{3,10}}\.?\s+(?:{_DATE_LINK}\s+)?\d{{4}})"
    rf"(?:\s*(?:,|{alternation_in_order(DATE_TIME_LINKS)}|-)?\s*\d{{1,2}}\s*[:h.]\s*\d{{2}}"
    rf"(?:\s*(?:{alternation_in_order(DATELINE_HOUR_WORDS)}))?)?"
)
_DATELINE_LINE = re.compile(
    rf"^(?:{_DATE_WORDS}(?:\s+(?:{alternation_in_order(DATELINE_LINE_LINKS)}))?\s*:?\s*{_DATE_VALUE}\s*[|·•,]?\s*)+$",
    re.I,
)
# The English form (pattern "dateline line", two labelled dates: the publication's and the update's), with
# the English day forms ("7th December 2026", "Dec 7, 2026"), a 12-hour time and a zone.
_ORDINAL_EN = f"(?:{alternation_in_order(DAY_ORDINALS_EN)})?"
_DATE_VALUE_EN = (
    rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{1,2}}{_ORDINAL_EN}\s+[^\W\d]{{3,10}}\.?,?\s+\d{{4}}"
    rf"|[^\W\d]{{3,10}}\.?\s+\d{{1,2}}{_ORDINAL_EN},?\s+\d{{4}})"
    rf"(?:\s*(?:,|-|{alternation_in_order(DATE_TIME_LINKS_EN)})?\s*\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?"
    r"(?:\s+[A-Z]{2,5}\b)?)?"
)
_DATELINE_PAIR = re.compile(
    rf"^(?:(?:{alternation_in_order(DATELINE_PAIR_WORDS_EN)})(?:\s+(?:{alternation_in_order(DATELINE_LINE_LINKS)}))?"
    rf"\s*:?\s*{_DATE_VALUE_EN}\s*[|·•,]?\s*){{2,}}$",
    re.I,
)
# The dates of a byline row after the name, the first without its label ("Mehmet Yılmaz | 07.12.2026 14:20 |
# Güncelleme: 07.12.2026 16:45").
_DATES_ROW = re.compile(
    rf"^(?:(?:{_DATE_WORDS}(?:\s+(?:{alternation_in_order(DATELINE_LINE_LINKS)}))?\s*:?\s*)?{_DATE_VALUE}"
    r"\s*[|·•,–—-]?\s*)+$",
    re.I,
)
_WRITER_LABEL_LEAD = re.compile(
    rf"^(?:{alternation_in_order(tuple(sorted(WRITER_LABELS, key=len, reverse=True)))})\s*:\s*", re.I
)
# Pattern "new-tab note": the screen-reader text a link carries after its words, printed inside the
# sentence (", opens new tab", "(opens in a new window)", "(link is external)"): in brackets or after a comma
# only, so prose ("the museum opens a new window onto ...") is never touched.
_NEW_TAB_NOTE = re.compile(
    rf"\s*(?:,\s*(?:{'|'.join(NEW_TAB_NOTES_AFTER_COMMA)})\b|\((?:{'|'.join(NEW_TAB_NOTES)})\))",
    re.I,
)
_NEW_TAB_KEYS = NEW_TAB_KEYS
# Pattern "byline role line": the writer's role printed on the line under a "By Jane Roe" line ("Courier
# Staff Writer", "Associated Press Writer", "Special Correspondent"): a few capitalised words ending in a
# newsroom role, right after the byline.
_BY_NAME_LINE = re.compile(
    rf"^(?i:{alternation_in_order(BY_NAME_PREFIXES)})\s+" r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){0,3}$"
)
_ROLE_ONLY_LINE = re.compile(rf"^(?:[A-Z][\w.&'’-]*\s+){{0,3}}(?i:{alternation_in_order(BYLINE_ROLE_WORDS)})$")
# Pattern "name over role": the byline block rendered as two lines at the top of the text, the writer's name
# alone (two to four capitalised words), then the newsroom role and the outlet ("Ben Schofield" / "Political
# reporter, BBC East", "Lucía Benjumea" / "Redactora, Diario del Sur"): both go. A role line is short, opens
# with the job (at most two words before it) and is no sentence.
_BARE_NAME_LINE = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:[a-z]{1,3}\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3}$")
_JOB_LINE = re.compile(rf"^(?:[\w'’-]+\s+){{0,2}}(?i:{alternation_in_order(JOB_TITLES)})(?:\s*,\s*[^.!?]{{2,50}})?$")
#: A role line under the name is at most this many words.
JOB_LINE_WORDS = 10
# Pattern "poll box": a reader poll beside or under the story, its heading, question and answers; the lines
# after the heading go while they are short (a question and its options).
POLL_LINE_WORDS = 15


def _inline_notes(para: str) -> str:
    """The paragraph without the new-tab notes of its links (pattern "new-tab note")."""
    if any(key in para for key in _NEW_TAB_KEYS):
        return _NEW_TAB_NOTE.sub("", para)
    return para


#: Credit lines are looked for among this many last paragraphs, byline lines among this many first ones.
CREDIT_TAIL_LINES = 6
BYLINE_HEAD_LINES = 3
#: A credit or byline line is at most this many words (a sentence of the story is longer).
CREDIT_MAX_WORDS = 16

# _FOLD and _TRIM define _fold() and _trim(), which compute the same without them (tests compare).
_FOLD = re.compile(r"\s+")
_COUNT = re.compile(r"^\(?\d+\)?\s+|\s*\(\d+\)$|\s+\d+$")
# The separators of a tool or share line ("Email this story | Print this story", "Bagikan: Facebook | Twitter").
_TOOL_SEP = re.compile(r"\s+[|•·/]\s+|:\s+")
# Decoration includes the arrows a "continue reading" or "more" button carries ("Lanjutkan Membaca ↓").
_TRIM = re.compile(r"^[\s:|•·»>\-–—*#↓→▼▶►›]+|[\s:|•·»>\-–—*#↓→▼▶►›.!…]+$")
# _TRIM as str.strip() sets: every character \s matches (str.isspace(), the same test; checked over all
# code points in tests/test_text_fastpath.py), then the decoration. The leading set is part of the
# trailing one, so stripping the leading run, then the trailing run, removes what _TRIM.sub("", s) does.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_TRIM_LEAD = WHITESPACE + ":|•·»>-–—*#↓→▼▶►›"
_TRIM_TAIL = _TRIM_LEAD + ".!…"


def _trim(text: str) -> str:
    """_TRIM.sub("", text) without the regex (whose trailing alternative is tried at every position)."""
    return text.lstrip(_TRIM_LEAD).rstrip(_TRIM_TAIL)


def _fold(text: str) -> str:
    # str.split() and re's \s use the same whitespace test (Py_UNICODE_ISSPACE): the split and join is
    # _FOLD.sub(" ", text).strip() without the regex.
    return " ".join(text.split()).casefold()


def _fold_words(folded: str) -> int:
    """len(text.split()) for folded = _fold(text), without a list of the words.

    _fold() joins text.split()'s words with single spaces and casefolds them; casefold() turns no
    character into whitespace or into nothing (tests/test_text_fastpath.py checks every code point), so
    the words stay as many, none empty, separated by one space each.
    """
    return folded.count(" ") + 1 if folded else 0


class JunkTable:
    """Compiled junk matchers, optionally extended with an outlet's phrases."""

    def __init__(self, extra: Iterable[str] = ()) -> None:
        extra = [_fold(e) for e in extra if e.strip()]
        self.labels = {_fold(x) for x in LABELS} | set(extra)
        self.prefixes = tuple(sorted({_fold(x) for x in PREFIXES} | set(extra), key=len, reverse=True))
        self.contains = tuple(_fold(x) for x in CONTAINS)
        self._contains_groups = _group_by_key(self.contains)
        self.related = {_fold(x) for x in RELATED_HEADINGS}
        self.comment_headings = {_fold(x) for x in COMMENT_HEADINGS}
        self.credits = tuple(sorted({_fold(x) for x in CREDIT_PREFIXES}, key=len, reverse=True))
        self.byline_lines = tuple(sorted({_fold(x) for x in BYLINE_LINE_PREFIXES}, key=len, reverse=True))
        self.signup = {_fold(x) for x in SIGNUP_LABELS}
        self.polls = {_fold(x) for x in POLL_HEADINGS}

    def is_comment_heading(self, text: str) -> bool:
        """True for the heading of a reader-comment thread, with or without a count."""
        folded = _fold(text)
        if len(folded) > 40:
            return False
        return _COUNT.sub("", self.core(folded)) in self.comment_headings

    def core(self, paragraph: str) -> str:
        """The paragraph folded and stripped of decoration, for label matching."""
        return _trim(_fold(paragraph))

    def is_related_heading(self, paragraph: str) -> bool:
        """True for a heading that introduces a list of related headlines."""
        return self.core(paragraph) in self.related

    def is_junk(self, paragraph: str) -> bool:
        """True when the whole paragraph is chrome."""
        folded = _fold(paragraph)
        return self._is_junk_folded(folded, _trim(folded))

    def _is_junk_folded(self, folded: str, core: str) -> bool:
        """is_junk() on the paragraph's _fold() and core(), for callers that have them already."""
        if not folded:
            return True
        if core in self.labels or not core:
            return True
        # _TOOL_SEP cannot split a text holding none of its separator characters.
        parts = _TOOL_SEP.split(core) if any(sep in core for sep in "|•·/:") else [core]
        if len(parts) > 1 and all(self.core(part) in self.labels or _BACK_TO.match(part) for part in parts):
            # A tool or share line: every item is a label ("Email this story | Print this story"), or a link
            # back to a page of the site (pattern "back-to links": "Back to News Releases | Top of Page").
            return True
        words = folded.count(" ") + 1  # len(folded.split()): see _fold_words()
        # One C-level startswith over all prefixes first: most paragraphs start with none of them.
        if words <= 40 and folded.startswith(self.prefixes):
            for prefix in self.prefixes:
                if folded.startswith(prefix):
                    rest = folded[len(prefix) :]
                    if not rest or not rest[0].isalnum() or prefix.endswith(":"):
                        return True
        return words <= 60 and self._holds_contained(folded)

    def _holds_contained(self, folded: str) -> bool:
        """any(c in folded for c in self.contains), asking for a group's phrases only when its key is in folded.

        Each phrase contains its group's key, so a text without the key holds none of the group's phrases:
        ~30 substring searches instead of ~70, in a loop rather than a generator.
        """
        for key, group in self._contains_groups:
            if key in folded:
                for phrase in group:
                    if phrase in folded:
                        return True
        return False


@functools.lru_cache(maxsize=8)
def _group_by_key(phrases: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The phrases in groups, each under a key that every phrase of the group contains.

    Greedy: the key is the word prefix of 5+ characters found in most of the phrases left (a phrase of
    shorter words is its own key). Cached: the phrases are the same for every table (an outlet's table,
    built per page, adds labels and prefixes only), and the grouping is quadratic in their number.
    """
    left = list(dict.fromkeys(phrases))
    groups = []
    while left:
        keys = {w[:n] for p in left for w in p.split() for n in range(5, len(w) + 1)} or set(left)
        key = max(sorted(keys), key=lambda k: (sum(k in p for p in left), len(k)))
        groups.append((key, tuple(p for p in left if key in p)))
        left = [p for p in left if key not in p]
    return tuple(groups)


DEFAULT_TABLE = JunkTable()


def _looks_like_headline(paragraph: str) -> bool:
    words = paragraph.split()
    return len(words) <= 25 and not re.search(r"[.!?…\"”»]$", paragraph.strip())


def _is_chrome_pattern(para: str) -> bool:
    """A line of one of the chrome patterns that need more than a phrase: embed tokens, agency codes,
    reading times and media durations, "follow us on" lines, coverage pointers (see the patterns above)."""
    if len(para) > 200:
        return False
    return bool(
        _EMBED_TOKEN.match(para)
        or _COVERAGE_LINE.match(para)
        or _AGENCY_CODE_LINE.match(para)
        or _TIMING_LINE.match(para)
        or _FOLLOW_LINE.match(para)
        or _follow_list_line(para)
        or _partner_line(para)
        or _counter_line(para)
        or (_TRUST_LINE.match(para) is not None and len(para.split()) <= TRUST_MAX_WORDS)
        or _AGENCY_CREDIT_LINE.match(para)
        or _BRACKETED_CREDIT.match(para)
        or _UPDATED_LINE.match(para)
        or _DATELINE_LINE.match(para)
        or _DATELINE_PAIR.match(para)
        or _SCROLL_LINE.match(para)
        or _PRINT_URL_LINE.match(para)
        or _COMMISSIONED_CREDIT.match(para)
        or (_CLICK_HERE.match(para) is not None and len(para.split()) <= CLICK_MAX_WORDS)
        or (
            len(para.split()) <= 40
            and (
                _CAPTION_CREDIT.search(para) is not None
                or (_PICTURE_WORD.match(para) is not None and _CAPTION_SLASH_CREDIT.search(para) is not None)
            )
        )
    )


def _starts_with_role(folded: str, prefixes: tuple[str, ...]) -> bool:
    """The folded line starts with one of the prefixes as a label: a single role word ("pewarta") must be
    followed by ':' or '|' ("Pewarta: X", "Sumber : Antara"); a phrase or symbol ("copyright", "©",
    "artikel ini telah tayang di", "rep:") by anything but a letter or digit glued to it."""
    for prefix in prefixes:
        if folded.startswith(prefix):
            rest = folded[len(prefix) :]
            if prefix.isalpha() and prefix not in CREDIT_WORDS_WITHOUT_COLON:
                if rest.lstrip()[:1] in (":", "|"):
                    return True
            elif not rest or not rest[0].isalnum() or not prefix[-1].isalnum():
                return True
    return False


def _is_credit_line(para: str, table: JunkTable) -> bool:
    """A line of the credit block closing a story (pattern "credit tail"): reporter, editor, source,
    copyright, "<Outlet> avec AFP", a contact address; short, so a sentence of the story never is one."""
    folded = _fold(para)
    if not folded or _fold_words(folded) > CREDIT_MAX_WORDS * 2:
        return False
    if (
        _AGENCY_WITH.match(para)
        or _CONTACT_LINE.match(para)
        or _AGENCY_CODE_LINE.match(para)
        or _SIGN_OFF_LINE.match(para)
        or _SOURCED_FROM.match(para)
        or _REPORTER_SIGN_OFF.match(para)
        or _DASHED_BYLINE.match(para)
        or PLACED_SIGNATURE.match(para)
        or INITIALS_SIGN_OFF.match(para)
    ):
        return True
    # "Artikel ini telah tayang di X dengan judul <a headline>" is longer than a role line.
    if _fold_words(folded) > CREDIT_MAX_WORDS and not folded.startswith(LONG_CREDIT_OPENINGS):
        return False
    return _starts_with_role(folded, table.credits)


def _is_byline_line(para: str, table: JunkTable) -> bool:
    """A reporter line at the top of the body (pattern "byline line"): "Laporan Wartawan X, Name",
    "Rep: X/ Red: Y"; short and not a sentence."""
    folded = _fold(para)
    if not folded or _fold_words(folded) > CREDIT_MAX_WORDS or folded[-1] in '.!?"”':
        return False
    return (
        _starts_with_role(folded, table.byline_lines)
        or _BYLINE_WITH_EXTRAS.match(para) is not None
        or _ROLE_NAME_LINE.match(para) is not None
        or _NAME_ROLE_LINE.match(para) is not None
        or _byline_with_read_time(para)
    )


# Pattern "byline with a reading time": the story header's byline line with the reading time (and the date)
# glued on by the extractor ("di Lorenzo Rossi, Giulia Bassi 2 minuti di lettura", "By Jane Doe · 5 min
# read", "Jane Doe — 5 min read"): the part before the reading time is a byline, a prefix and names (or
# names alone), then at most a date. A sentence never ends in a reading time.
_HEAD_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_HEAD_NAMES = rf"{_HEAD_NAME}(?:\s+(?:(?:{alternation_in_order(NAME_PARTICLES)})\s+)*{_HEAD_NAME}){{1,3}}"
_HEAD_BYLINE = re.compile(
    rf"^(?:(?i:{alternation_in_order(BY_PREFIXES)})\s+)?{_HEAD_NAMES}"
    rf"(?:\s*(?:,|(?:{alternation_in_order(BYLINE_TEXT_CONJUNCTIONS)})\s)\s*{_HEAD_NAMES}){{0,3}}"
    r"(?:\s*[,·•|–—-]?\s*[^|·•]{0,30}\d[^|·•]{0,20})?$"
)
#: The reading time after a byline is at most this many words ("2 minuti di lettura").
READ_TIME_TAIL_WORDS = 5


def _byline_with_read_time(para: str) -> bool:
    """The line is a byline with a reading time at its end (pattern "byline with a reading time")."""
    words = para.split()
    for k in range(2, min(READ_TIME_TAIL_WORDS, len(words) - 1) + 1):
        if _TIMING_LINE.match(" ".join(words[-k:])):
            rest = " ".join(words[:-k]).rstrip(" ·•|–—-,")
            return _HEAD_BYLINE.match(rest) is not None
    return False


# Pattern "channel call to action": a short line asking readers to get the outlet's news in a messaging
# app or a news feed ("Receba notícias no WhatsApp", "Únete a nuestro canal de WhatsApp", "Ikuti kami di
# WhatsApp Channel"): a verb of the lexicon's opens it, an app of the lexicon's is named in it. One app
# is enough here (unlike "follow us" on social networks): readers follow an outlet there, never a reporter.
_CHANNEL_CTA = re.compile(
    rf"^(?i:{alternation_in_order(CHANNEL_CTA_VERBS)})\b[^.!?]{{0,60}}\b(?i:{alternation_in_order(CHANNEL_APPS)})\b"
    r"[^.!?]{0,30}[.!]?$"
)
#: A channel call to action is at most this many words.
CHANNEL_CTA_WORDS = 14


def _channel_cta(para: str) -> bool:
    """The line is a channel call to action (see above)."""
    return len(para.split()) <= CHANNEL_CTA_WORDS and _CHANNEL_CTA.match(para) is not None


# Pattern "empty label run": a template's or a debug block's fields printed without values ("PP:", "PC:",
# "items_count:", "FI slug:", "FI name: Abril 2022"): three or more lines in a row, each a short label
# and a colon, most with nothing after it. Story text never holds such a run (a Q&A's "Q:" has its
# question on the line).
# A label is one or two words (a heading of several words, "The cliff in numbers:", over a chart the
# extractor left out, is the story's).
_LABEL_FIELD = re.compile(r"^\w[\w.-]{0,20}(?: [\w.-]{1,20})?:(?:\s+(?P<value>\S.{0,40}))?$")
#: A run of empty labels is at least this many lines with no value.
EMPTY_LABEL_RUN = 3


def _without_empty_label_runs(paragraphs: list[str]) -> list[str]:
    """The lines without their runs of empty labels (pattern "empty label run")."""
    out: list[str] = []
    i = 0
    while i < len(paragraphs):
        j = i
        empty = 0
        while j < len(paragraphs) and (field := _LABEL_FIELD.match(paragraphs[j].strip())):
            empty += field.group("value") is None
            j += 1
        if j > i and empty >= EMPTY_LABEL_RUN and 2 * empty > j - i:
            i = j
            continue
        out.append(paragraphs[i])
        i += 1
    return out


#: The heading of a chrome box at the end of the body is at most this many words.
BOX_TITLE_WORDS = 10


def _is_box_pitch(para: str, table: JunkTable) -> bool:
    """A chrome box's pitch or prompt: a line holding one of the table's chrome-only fragments."""
    folded = _fold(para)
    return _fold_words(folded) <= 60 and table._holds_contained(folded)


def _is_box_title(para: str) -> bool:
    """A box's heading: short, not a sentence."""
    return len(para.split()) <= BOX_TITLE_WORDS and _looks_like_headline(para)


# Pattern "glued tool labels": the buttons of a share or tool bar rendered without a space between them
# ("Copy linkShare this post", "TeilenMerken"): a lower-case letter followed by a capital splits them.
_GLUE = re.compile(r"(?<=[a-zà-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ])")
#: A line of glued labels has at most this many words.
GLUED_LABEL_WORDS = 8


def _glued_labels(para: str, table: JunkTable) -> bool:
    """The line is two or more of the table's labels glued together (pattern "glued tool labels")."""
    if len(para) > 80 or len(para.split()) > GLUED_LABEL_WORDS:
        return False
    if _GLUE.search(para) is None:
        return _glued_capital_labels(para, table)
    parts = _GLUE.split(para)
    return len(parts) > 1 and all(table.core(part) in table.labels for part in parts)


def _glued_capital_labels(para: str, table: JunkTable) -> bool:
    """The same in capitals, where no case change shows the seam ("ADVERTISEMENTSCROLL TO CONTINUE WITH
    CONTENT": an ad slot's two labels in spans without a space): some cut leaves a label on both sides."""
    if not para.isupper():
        return False
    return any(
        table.core(para[:cut]) in table.labels and table.core(para[cut:]) in table.labels
        for cut in range(2, len(para) - 1)
        if para[cut - 1].isalpha() and para[cut].isalpha()
    )


def _newsletter_box_end(paragraphs: list[str], at: int, table: JunkTable) -> int:
    """Index after a newsletter box starting at `at` (pattern "newsletter box": a "Newsletter" label, the
    list's name and pitch, a sign-up button label), or `at` when the lines there are not one."""
    for end in range(at + 1, min(at + 5, len(paragraphs))):
        core = _trim(_fold(paragraphs[end]))
        if core in table.signup:
            return end + 1
        if _fold_words(core) > 30:
            break
    return at


# Pattern "glued read-also": a labelled teaser printed inside the paragraph it follows, after the last
# sentence ("... dibuka bulan lalu. Baca Juga: Tarif parkir naik mulai April"). Only a label the table knows
# as a prefix, with its colon, and a headline-long rest: a sentence quoting "see also:" is longer or unlabelled.
_SENTENCE_END = re.compile(r"[.!?\"”»)]\s+(?=\S)")
#: How far from the end of a paragraph a glued teaser may start (characters), and its longest headline.
GLUED_TEASER_CHARS = 200
GLUED_TEASER_WORDS = 20


def _labelled_teaser(text: str, table: JunkTable) -> bool:
    """The text starts with one of the table's prefixes followed by a colon ("Baca juga: X", "Video: X")."""
    folded = _fold(text)
    if not folded.startswith(table.prefixes):
        return False
    for prefix in table.prefixes:
        if folded.startswith(prefix):
            if prefix.endswith(":") or folded[len(prefix) :].lstrip().startswith(":"):
                return True
    return False


def _cut_glued_teaser(para: str, table: JunkTable) -> str:
    """The paragraph without a labelled teaser glued after its last sentence (pattern "glued read-also")."""
    start = max(0, len(para) - GLUED_TEASER_CHARS)
    if ":" not in para[start:]:
        return para
    for match in _SENTENCE_END.finditer(para, start):
        rest = para[match.end() :]
        # A label with no headline after it ("... Says Bourdain. Watch:") introduces an embed: kept.
        if 3 <= len(rest.split()) <= GLUED_TEASER_WORDS and _labelled_teaser(rest, table):
            return para[: match.end()].rstrip()
    return para


def remove_junk(paragraphs: list[str], table: JunkTable = DEFAULT_TABLE) -> list[str]:
    """Drop junk paragraphs, the headline list that follows a related-news heading, and repeats.

    A sentence-long paragraph printed again word for word is a placeholder (one per blocked embed) or
    a pull quote, never new text; the first occurrence stays. A reader-comment heading is treated like a
    related heading (its prompts and short comments go with it); a newsletter box goes whole; a reporter
    line among the first lines and the credit block closing the story go too.
    """
    paragraphs = _without_empty_label_runs(paragraphs)
    out: list[str] = []
    source: list[int] = []  # the index in `paragraphs` of each line of `out`
    in_related = False
    in_poll = False
    seen: set[str] = set()
    skip_to = 0
    end_at: int | None = None  # where a press release's end mark stood in `out`
    for index, para in enumerate(paragraphs):
        if index < skip_to:
            continue
        if ":" in para:
            para = _cut_glued_teaser(para, table)
        para = _inline_notes(para)
        # Folded once for the repeat check, the heading test and both junk tests (each folded it anew).
        folded = _fold(para)
        if _fold_words(folded) >= 6:  # len(para.split())
            if folded in seen:
                continue
            seen.add(folded)
        core = _trim(folded)
        if core in table.polls:
            in_poll = True
            continue
        if in_poll:
            if _fold_words(folded) <= POLL_LINE_WORDS:
                continue
            in_poll = False
        # A comment heading in the first half is a count in the meta line ("5 Comments"), not the thread.
        if core in table.related or (
            len(folded) <= 40 and 2 * index >= len(paragraphs) and table.is_comment_heading(para)
        ):
            in_related = True
            continue
        if end_at is None and (
            (
                _END_MARK.match(para)
                and (
                    not _HASH_MARK.match(para)
                    or _RELEASE_BOILERPLATE.match(next((p for p in paragraphs[index + 1 :] if p.strip()), ""))
                )
            )
            or (len(para) <= 90 and _SOURCE_MARK.match(para))
        ):
            end_at = len(out)
            continue
        if core == "newsletter" and (end := _newsletter_box_end(paragraphs, index, table)) > index:
            skip_to = end
            continue
        junk = (
            table._is_junk_folded(folded, core)
            or _is_chrome_pattern(para)
            or _glued_labels(para, table)
            or _channel_cta(para)
        )
        if in_related:
            if _looks_like_headline(para) or junk:
                continue
            in_related = False
        if junk or (len(out) < BYLINE_HEAD_LINES and _is_byline_line(para, table)):
            continue
        if out and len(para) <= 60 and _ROLE_ONLY_LINE.match(para) and _BY_NAME_LINE.match(out[-1]):
            continue  # the role under the byline (pattern "byline role line")
        if (
            out
            and len(out) <= BYLINE_HEAD_LINES
            and len(para.split()) <= JOB_LINE_WORDS
            and _JOB_LINE.match(para)
            and _BARE_NAME_LINE.match(out[-1])
        ):
            out.pop()  # the byline block's name and role lines (pattern "name over role")
            source.pop()
            continue
        if not out and len(para) <= 300 and _CAPTION_SLASH_CREDIT.search(para) is not None:
            continue  # the lead picture's caption (pattern "picture caption")
        out.append(para)
        source.append(index)
    # Pattern "press-release end mark": a release ends its text with "###" or "-30-" alone on a line; what
    # follows is the issuer's boilerplate ("About <organisation>", media contacts). Cut there when the
    # part after the mark is the shorter one (a mark near the top would be a separator, not the end).
    if end_at and sum(len(p.split()) for p in out[end_at:]) <= sum(len(p.split()) for p in out[:end_at]):
        del out[end_at:], source[end_at:]
    # The credit block closing the story, read from the end up.
    tail = max(0, len(out) - CREDIT_TAIL_LINES)
    while len(out) > tail and _is_credit_line(out[-1], table):
        out.pop()
        source.pop()
    # Pattern "box heading": the heading of a newsletter, comment or promo box after the story ("Get the
    # Morning Briefing") is left alone when the box's lines went as junk: a short unpunctuated line after the
    # story's last sentence with only dropped lines below it, the first of them a prompt of the table's
    # ("... delivered to your inbox", "Comments are moderated"), not a bare label (a signature line before a
    # "Share" button is the story's).
    if (
        len(out) > BYLINE_HEAD_LINES
        and source[-1] < len(paragraphs) - 1
        and _is_box_title(out[-1])
        and not _looks_like_headline(out[-2])
        and _is_box_pitch(paragraphs[source[-1] + 1], table)
    ):
        out.pop()
    return without_code_tail(out)


def without_code_tail(paragraphs: list[str]) -> list[str]:
    """The paragraphs with the agency code glued to the end of one of the last two cut off (pattern
    "agency code"). Run again once chrome lines below the story are gone, as the code is then last."""
    out = list(paragraphs)
    for at in range(max(0, len(out) - 2), len(out)):
        if out[at].endswith(")"):
            out[at] = _AGENCY_CODE_TAIL.sub("", out[at])
    return out


#: A byline line at the top of the body is the author's name with at most this many words after it.
AUTHOR_LINE_EXTRA_WORDS = 5


def without_author_lines(paragraphs: list[str], authors: list[str]) -> list[str]:
    """The body without the byline block printed as one of its first lines with the name glued to the desk
    or role after it ("Fiona MacLeodBritCast Scotland": the block's spans rendered without a space).

    Only the glued form: short and not a sentence, it is a rendering of the byline block and no text of
    the story. A byline with a separator ("Jane Roe, Product Manager") is kept: body truths of real pages
    keep such lines as the post's signature.
    """
    names = [a for a in authors if len(a) >= 5]
    out = without_author_bio(paragraphs, names)
    for at in range(min(BYLINE_HEAD_LINES, len(out)) - 1, -1, -1):
        line = out[at]
        if line[-1:] in '.!?"”' or len(out) == 1:
            continue
        # a writer's label before the name ("Haber: Mehmet Yılmaz | 07.12.2026 14:20 | Güncelleme: ...")
        line = _WRITER_LABEL_LEAD.sub("", line, count=1)
        for name in names:
            rest = line[len(name) :]
            dates = rest.strip().lstrip("|·•,-–— ")
            if (
                line.startswith(name)
                and rest[:1].isupper()
                and name[-1:].islower()
                and len(rest.split()) <= AUTHOR_LINE_EXTRA_WORDS
            ) or (
                # the byline block with its date stamps ("Elif Yıldırım Yayınlanma: 04.09.2025 - 11:42
                # Güncelleme: ...", pattern "dateline line" after the name): the header's meta row
                line.startswith(name)
                and rest[:1].isspace()
                and (_DATELINE_LINE.match(rest.strip()) is not None or _DATES_ROW.match(dates) is not None)
            ):
                del out[at]
                break
    return out


# Pattern "author bio box": the writer's profile box closing the story, a bio line ending in the link to the
# writer's page ("Claire Donovan is a national correspondent for The Ledger ... More about Claire Donovan"):
# one of the last lines, opening with an author's full name and a verb about the writer, closing with the
# profile link's label and the name. A bio line alone is not enough: in-sample dragnet truths keep wire
# services' bios ("X covers storage ... for Computerworld. Follow X on Twitter"), trafilatura/ truths drop two.
_BIO_VERB = re.compile(rf"\s+(?:{alternation_in_order(BIO_VERBS)})\s")
_PROFILE_LINK = re.compile(rf"(?:{alternation_in_order(PROFILE_LINK_LABELS)})\s+(.{{4,60}})$", re.I)
#: An author bio is among this many last lines and at most this many words.
BIO_TAIL_LINES = 3
BIO_MAX_WORDS = 60


# Pattern "contributor's bio": the same box without the link, saying who the writer is with a copula ("Carmen
# Ruiz Valverde es catedrática de Ecología en ...", "Jane Doe is a professor of history at ...") under an
# opinion piece or a guest column. The writer's full name opens it and a copula follows; a staff reporter's
# beat line ("X covers storage for The IDG News Service"), kept by in-sample dragnet truths, has no copula.
_BIO_COPULA = re.compile(rf"\s+(?:{alternation_in_order(BIO_COPULAS)})\s")


def without_author_bio(paragraphs: list[str], names: list[str]) -> list[str]:
    """The paragraphs without an author's profile box among the last lines (patterns "author bio box" and
    "contributor's bio")."""
    out = list(paragraphs)
    full = [n for n in names if " " in n.strip()]
    if not full or len(out) <= BIO_TAIL_LINES:
        return out
    for at in range(len(out) - 1, len(out) - 1 - BIO_TAIL_LINES, -1):
        line = out[at].rstrip(" .")
        if len(line.split()) > BIO_MAX_WORDS:
            continue
        link = _PROFILE_LINK.search(line)
        for n in full:
            if not line.startswith(n):
                continue
            if (link is not None and _BIO_VERB.match(line, len(n)) and link.group(1) == n) or (
                _BIO_COPULA.match(line, len(n))
            ):
                del out[at]
                break
    return out
