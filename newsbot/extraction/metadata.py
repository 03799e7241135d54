"""Page metadata from JSON-LD, meta tags, <time> and visible text, in that order of trust."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from lxml import html as lxml_html
from lxml.etree import XPath

from ..lexicon.bodylines import alternation_in_order
from ..lexicon.bylines import (
    BYLINE_CLASS_WORDS,
    METADATA_BYLINE_PREFIXES,
    METADATA_NOT_BYLINE_CLASS_WORDS,
    STAFF_BYLINE_PREFIXES,
    STAFF_ROLE_MODIFIERS,
    STAFF_ROLES,
    WRITTEN_BY_LABELS,
)
from ..lexicon.dates import COUNTRY_DOMAIN_ZONES, DATE_CLASS_WORDS, LANGUAGE_OFFSET_RANGES, REGION_OFFSET_RANGES
from .bylines import choose_authors, full_name_from_bio, without_outlet_credit
from .datecands import (
    is_foreign,
    is_update_element,
    is_update_text,
    nearest_the_headline,
    offset_plausibility,
    publication_part,
    published_date,
    unlabelled_date,
)
from .dates import FoundDate, parse_iso, parse_visible
from .text import clean_line, element_text, folded_search, norm_key
from .titles import SEPARATORS as _SIDE_SEPARATORS
from .titles import (
    choose_title,
    colon_kickers,
    html_title_text,
    kicker_glued,
    shown_title_side,
    subheading_headline,
    visible_headline,
)
from .titles import title_key as _title_key

ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "blogposting",
    "liveblogposting",
    "socialmediaposting",
    "report",
    "scholarlyarticle",
    "techarticle",
    "askpublicnewsarticle",
    "satiricalarticle",
    "posting",
}
#: JSON-LD types of an audio or broadcast episode's own page: a player and its show notes.
EPISODE_TYPES = {"podcastepisode", "radioepisode", "episode", "tvepisode"}

LISTING_TYPES = {
    "collectionpage",
    "itemlist",
    "searchresultspage",
    "profilepage",
    "imagegallery",
    "mediagallery",
    "videogallery",
    "aboutpage",
    "contactpage",
}

_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "date.published",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "cxenseparse:recs:publishtime",
    "date",
    "content_date",
    "article_date_original",
    "original-publish-date",
    "rnews:datepublished",
    "displaydate",
    "dc.date.created",
)
_MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "og:article:modified_time",
    "datemodified",
    "lastmod",
    "last-modified",
    "dcterms.modified",
    "dc.date.modified",
    "article.updated",
    "updated_time",
)
_AUTHOR_META = (
    "author",
    "article:author",
    "og:article:author",
    "dc.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
    "cxenseparse:author",
    "dcterms.creator",
    "twitter:creator",
)
# The other author meta names trafilatura reads (its METANAME_AUTHOR): weaker (a CMS or tool may fill
# "creator"), asked only when neither the names above nor the visible byline name a person. A
# citation_author tag holds one person, written "Last, First" by scholarly CMSs.
_AUTHOR_META_MORE = (
    "authors",
    "dc:creator",
    "dcterms.creator.aut",
    "dc.creator.aut",
    "creator",
    "dcsext.author",
    "rbauthors",
    "atc-metaauthor",
    "shareaholic:article_author_name",
    "citation_author",
)
_PAGE_TYPES = {"webpage", "itempage"}
_DC_CREATORS = {"dc.creator", "dcterms.creator", "dc:creator", "dcterms.creator.aut", "dc.creator.aut"}
_LAST_FIRST = re.compile(r"^\s*([^,]+?)\s*,\s*([^,]+?)\s*$")
_BYLINE_CLASS = re.compile(alternation_in_order(BYLINE_CLASS_WORDS), re.I)
_DATE_CLASS = re.compile(alternation_in_order(DATE_CLASS_WORDS), re.I)
# A text node that is a byline: "By Jane Doe", "Oleh: Budi"; also "by Tom Whitaker, Staff Writer" as old
# templates print it in lower case, then only with the writer's role after the name: a lower-case "by"
# or "von" before capitalised words is mostly prose or a credit ("by The Noun Project", "von Montag").
_BYLINE_TEXT = re.compile(
    rf"^(?:{alternation_in_order(tuple(w.capitalize() for w in METADATA_BYLINE_PREFIXES))})\s*:?\s+(.{{3,80}})$"
    rf"|^(?:{alternation_in_order(STAFF_BYLINE_PREFIXES)})\s+"
    r"((?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+){1,3}[A-ZÀ-ÖØ-Þ][\w'’.-]*,\s*"
    rf"(?i:(?:{alternation_in_order(STAFF_ROLE_MODIFIERS)})\s+)?(?i:{alternation_in_order(STAFF_ROLES)}))$"
)
_WRITTEN_BY_LABELS = frozenset(WRITTEN_BY_LABELS)
# Separators between the parts of a <title> ("Site :: Section :: Headline").
_TITLE_SEP = re.compile(r"\s+(?:\||::|-|–|—|»|·|/)\s+")
_DIGIT = re.compile(r"\d")
_YEARISH = re.compile(r"\d{4}")
_NOT_BYLINE_CLASS = re.compile(alternation_in_order(METADATA_NOT_BYLINE_CLASS_WORDS), re.I)
# The three class regexes above without re.I, for lowered ASCII values (see text.folded_search).
_DATE_WORDS = re.compile(_DATE_CLASS.pattern)
_BYLINE_WORDS = re.compile(_BYLINE_CLASS.pattern)
_NOT_BYLINE_WORDS = re.compile(_NOT_BYLINE_CLASS.pattern)
_JSONLD_WRAPPER = re.compile(r"^\s*(<!--|<!\[CDATA\[)|(-->|\]\]>)\s*$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
# Compiled once: tree.xpath() compiles its expression on every call.
_JSONLD_SCRIPTS = XPath('//script[contains(translate(@type,"LDJSON","ldjson"),"ld+json")]')
# The elements //*[@rel="author"] | //*[@itemprop="author"] selects, reached through the attributes: a
# predicate on every element costs libxml2 three times the attribute steps.
_AUTHOR_MARKUP = XPath('//*/@rel[.="author"]/.. | //*/@itemprop[.="author"]/..')
# Plain strings: lxml's default "smart" strings carry a link to their parent, costly for every text node.
_BODY_TEXTS = XPath("//body//text()", smart_strings=False)
_CANONICAL = XPath('//link[translate(@rel,"CANONICAL","canonical")="canonical"]/@href')


# Locales whose pages are, overwhelmingly, written in one time zone. Regions first, then languages
# spoken mainly in one zone; English, Spanish, Arabic ... span many zones and get none.
_LOCALE_ZONES = {
    "pt-br": "America/Sao_Paulo",
    "pt-pt": "Europe/Lisbon",
    "es-es": "Europe/Madrid",
    "es-ar": "America/Argentina/Buenos_Aires",
    "es-co": "America/Bogota",
    "es-cl": "America/Santiago",
    "es-pe": "America/Lima",
    "en-gb": "Europe/London",
    "en-ie": "Europe/Dublin",
    "en-in": "Asia/Kolkata",
    "en-nz": "Pacific/Auckland",
    "en-za": "Africa/Johannesburg",
    "en-ng": "Africa/Lagos",
    "en-ph": "Asia/Manila",
    "en-sg": "Asia/Singapore",
    "fr-fr": "Europe/Paris",
    "fr-be": "Europe/Brussels",
    "fr-ch": "Europe/Zurich",
    "de-at": "Europe/Vienna",
    "de-ch": "Europe/Zurich",
    "de-de": "Europe/Berlin",
    "it-it": "Europe/Rome",
    "nl-be": "Europe/Brussels",
    "de": "Europe/Berlin",
    "fr": "Europe/Paris",
    "it": "Europe/Rome",
    "nl": "Europe/Amsterdam",
    "pl": "Europe/Warsaw",
    "cs": "Europe/Prague",
    "sk": "Europe/Bratislava",
    "hu": "Europe/Budapest",
    "ro": "Europe/Bucharest",
    "bg": "Europe/Sofia",
    "el": "Europe/Athens",
    "da": "Europe/Copenhagen",
    "sv": "Europe/Stockholm",
    "nb": "Europe/Oslo",
    "nn": "Europe/Oslo",
    "no": "Europe/Oslo",
    "fi": "Europe/Helsinki",
    "is": "Atlantic/Reykjavik",
    "tr": "Europe/Istanbul",
    "uk": "Europe/Kyiv",
    "hr": "Europe/Zagreb",
    "sl": "Europe/Ljubljana",
    "lt": "Europe/Vilnius",
    "lv": "Europe/Riga",
    "et": "Europe/Tallinn",
    "ja": "Asia/Tokyo",
    "ko": "Asia/Seoul",
    "id": "Asia/Jakarta",
    "vi": "Asia/Ho_Chi_Minh",
    "th": "Asia/Bangkok",
    "he": "Asia/Jerusalem",
    "hi": "Asia/Kolkata",
    "bn": "Asia/Dhaka",
    # Malay (Malaysia, Brunei, Singapore), Chinese (China, Taiwan, Hong Kong, Singapore): one offset, +08:00
    "ms": "Asia/Kuala_Lumpur",
    "zh": "Asia/Shanghai",
    "tl": "Asia/Manila",
    "fil": "Asia/Manila",
    "sr": "Europe/Belgrade",
    "mk": "Europe/Skopje",
    "sq": "Europe/Tirane",
}


def zone_for_host(host: str | None) -> str | None:
    """The IANA zone of a host's country-code domain ('www.example.co.uk' -> Europe/London), when the
    country keeps one clock; None for generic domains (.com, .org) and countries with several zones."""
    if not host:
        return None
    return COUNTRY_DOMAIN_ZONES.get(host.rstrip(".").rsplit(".", 1)[-1].lower())


def zone_for_locale(locale: str | None) -> str | None:
    """The IANA zone a page's locale implies ('pt-BR' -> America/Sao_Paulo), or None when ambiguous."""
    if not locale:
        return None
    code = locale.strip().replace("_", "-").lower()
    if code in _LOCALE_ZONES:
        return _LOCALE_ZONES[code]
    language, _, region = code.partition("-")
    if len(region) == 2 and region.isalpha():
        # A region names the country, whose clock wins over the language's home ("fr-CA" is not Paris's
        # time, "it-CH" is Zurich's); a country with several zones (ca, us, au, mx, ru) gives none.
        return COUNTRY_DOMAIN_ZONES.get("uk" if region == "gb" else region)
    return _LOCALE_ZONES.get(language)


def _offset_ranges(locales: list[str], host: str | None) -> list[tuple[float, float]]:
    """The offset ranges of the countries a page's locales and host name ("en-AU" -> Australia's, a ".au"
    host) and of its languages (the lexicon's REGION_OFFSET_RANGES and LANGUAGE_OFFSET_RANGES)."""
    out: list[tuple[float, float]] = []
    for locale in locales:
        language, _, region = locale.strip().replace("_", "-").lower().partition("-")
        out.extend(REGION_OFFSET_RANGES.get(region, ()) if len(region) == 2 else ())
        out.extend(LANGUAGE_OFFSET_RANGES.get(language, ()))
    if host:
        out.extend(REGION_OFFSET_RANGES.get(host.rstrip(".").rsplit(".", 1)[-1].lower(), ()))
    return out


@dataclass
class Metadata:
    """Everything we know about a page besides its body."""

    title: str = ""
    description: str | None = None
    site_name: str | None = None
    authors: list[str] = field(default_factory=list)
    published: FoundDate | None = None
    modified: FoundDate | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    image_url: str | None = None
    canonical: str | None = None
    html_lang: str | None = None
    og_type: str | None = None
    jsonld_types: set[str] = field(default_factory=set)
    jsonld_body: str | None = None
    is_article_typed: bool = False
    free: bool | None = None  # JSON-LD isAccessibleForFree, when stated
    title_candidates: list[str] = field(default_factory=list)  # every headline form seen (h1, og, ld, <title>)
    title_heading: bool = False  # a heading of the page (an h1, or an h2/h3 the metadata names) was a candidate
    #: The page declares a video as its content (a JSON-LD VideoObject, the article's "video", og:video).
    declares_video: bool = False


def _walk_jsonld(node: Any, out: list[dict[str, Any]]) -> None:
    if isinstance(node, list):
        for item in node:
            _walk_jsonld(item, out)
    elif isinstance(node, dict):
        out.append(node)
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in node:
                _walk_jsonld(node[key], out)


def jsonld_objects(
    tree: lxml_html.HtmlElement, scripts: list[lxml_html.HtmlElement] | None = None
) -> list[dict[str, Any]]:
    """All JSON-LD objects of a page, @graph flattened; broken blocks are skipped.

    `scripts`, when given, are the page's JSON-LD script elements (_JSONLD_SCRIPTS(tree)) found already.
    """
    out: list[dict[str, Any]] = []
    for script in _JSONLD_SCRIPTS(tree) if scripts is None else scripts:
        raw = (script.text or "").strip()
        if not raw:
            continue
        raw = _JSONLD_WRAPPER.sub("", raw)
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            try:
                data = json.loads(_TRAILING_COMMA.sub(r"\1", raw), strict=False)
            except ValueError:
                continue
        _walk_jsonld(data, out)
    return out


def jsonld_types_of(obj: dict[str, Any]) -> set[str]:
    """A JSON-LD object's @type values, lower case, without a schema.org prefix."""
    value = obj.get("@type", [])
    values = value if isinstance(value, list) else [value]
    return {str(v).lower().rsplit("/", 1)[-1] for v in values}


# Pattern "another story's article object": a page may carry JSON-LD article objects of other stories
# besides (or instead of) its own: a related story's NewsArticle in the sidebar's teaser, or a @graph that
# lists a linked story before the page's own. Such an object names another page as its own (its url,
# mainEntityOfPage or @id points to another path) and its headline is none of the page's titles (og:title,
# <title>, an <h1>). Both together are positive evidence; either alone is not (a JSON-LD url is often the
# canonical form of the fetched URL, and SEO headlines differ from the printed one).
def _page_paths(*urls: str | None) -> set[str]:
    """The paths of the page's own URLs (fetched, canonical, og:url), without query, fragment and final /."""
    return {urlsplit(u).path.rstrip("/").lower() for u in urls if u}


def _stated_urls(obj: dict[str, Any]) -> list[str]:
    """The web addresses a JSON-LD object names as its own page (url, mainEntityOfPage, @id)."""
    out = []
    for key in ("url", "mainEntityOfPage", "@id"):
        value = obj.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            out.append(value)
    return out


def _other_story(obj: dict[str, Any], paths: set[str], titles: list[str]) -> bool:
    """The article object describes another page than this one (pattern "another story's article object")."""
    stated = _page_paths(*_stated_urls(obj))
    if not stated or stated & paths:
        return False
    headline = _first_str(obj.get("headline")) or _first_str(obj.get("name"))
    if not isinstance(headline, str) or not (key := norm_key(headline)):
        return False
    return not any(key in t or t in key for t in titles if t)


def _names(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    if isinstance(value, dict):
        # Agencies and desks credited as Organization authors ("dpa", "AFP") are kept: they are the byline.
        name = value.get("name")
        if isinstance(name, str):
            return [name]
        given, family = value.get("givenName"), value.get("familyName")
        if isinstance(given, str) and isinstance(family, str):
            return [f"{given} {family}"]
    return []


def _first_str(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        for v in value:
            s = _first_str(v)
            if s:
                return s
    if isinstance(value, dict):
        for key in ("url", "contentUrl", "name", "@id"):
            s = value.get(key)
            if isinstance(s, str):
                return s
    return None


# Pattern "a nested item's microdata": a <meta itemprop> inside an itemscope of a thing other than the page
# or its story (the lead picture's ImageObject, an embedded video, a quoted review, another story's list
# item) states that thing's properties: its "author" is the photographer, its "uploadDate" the video's.
# The page's own parts (WPHeader, SiteNavigationElement) still speak for the page.
_OTHER_ITEM_TYPE = re.compile(
    r"(?:Image|Video|Audio|Media)Object|Photograph|Review|Comment|Rating|Person|Organization|Product|Offer"
    r"|Event|Place|Recipe|ListItem|Question|Answer",
    re.I,
)


def _nested_item_meta(meta: lxml_html.HtmlElement) -> bool:
    """A <meta itemprop> (no name/property) whose nearest itemscope is a thing other than the page's story."""
    for node in meta.iterancestors():
        if node.get("itemscope") is not None:
            kind = node.get("itemtype")
            return kind is not None and _OTHER_ITEM_TYPE.search(kind) is not None
    return False


def _meta_map(tree: lxml_html.HtmlElement, elements: list[lxml_html.HtmlElement] | None = None) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for meta in tree.iter("meta") if elements is None else elements:
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key and meta.get("property") is None and meta.get("name") is None and _nested_item_meta(meta):
            continue
        content = meta.get("content")
        if key and content and content.strip():
            out.setdefault(key, []).append(content.strip())
    return out


def _peer_title(tree: lxml_html.HtmlElement) -> str | None:
    """trafilatura's title reading (the h1/h2 its headline-class XPaths find), a candidate of its own."""
    try:
        from trafilatura.metadata import extract_title

        return clean_line(extract_title(tree)) or None
    except Exception:  # noqa: BLE001 - a peer's failure is no candidate, never an extraction failure
        return None


def _visible_title_part(tree: lxml_html.HtmlElement, html_title: str) -> str:
    """The part of a "Site :: Section :: Headline" <title> that the page shows as a text of its own.

    Only asked when the page has no h1, og:title or JSON-LD headline (old templates): the headline is
    then a bold line somewhere in the body, and the <title> around it names the site and the section in
    an order no suffix rule knows. The longest part, when the body shows it whole (a site or section
    name shown in the masthead is not a headline); else the <title> as it is.
    """
    parts = _TITLE_SEP.split(html_title)
    body = tree.find("body")
    if len(parts) < 2 or body is None:
        return html_title
    longest = max(parts, key=len)
    wanted = norm_key(longest)
    if len(wanted.split()) >= 3 and any(norm_key(t) == wanted for t in body.itertext() if len(t) < 2 * len(longest)):
        return longest
    return html_title


# Paragraph text for guessing a page's language when it declares none.
_PARAGRAPH_TEXT = XPath("//p//text()", smart_strings=False)


def _guessed_languages(tree: lxml_html.HtmlElement, title: str | None) -> list[str] | None:
    """The page's language as detected from its title and paragraphs, plus English; None if undecidable.

    For dateparser only, on pages that declare no language: without languages it tries every one of its
    ~200 locales, compiling each one's patterns the first time (~1.2 s in a fresh worker process, once
    per worker life). English goes along because English dates are common on pages in other languages.
    """
    from .language import SAMPLE_CHARS, detect_language

    sample = []
    size = 0
    for chunk in _PARAGRAPH_TEXT(tree):
        sample.append(chunk)
        size += len(chunk)
        if size >= SAMPLE_CHARS:
            break
    language, _ = detect_language(f"{title or ''}\n{' '.join(sample)}")
    if language is None:
        return None
    from dateparser.data.languages_info import language_order  # dateparser is about to be imported anyway

    primary = language.split("-")[0].lower()
    if primary not in language_order:
        return None  # a language dateparser lacks: let it try them all, as before
    return [primary] if primary == "en" else [primary, "en"]


def _visible_date(
    tree: lxml_html.HtmlElement, tz: str | None, langs: list[str] | None, title: str | None = None
) -> FoundDate | None:
    candidates: list[tuple[lxml_html.HtmlElement, str]] = []
    for el in tree.iter("time", "span", "div", "p", "small", "li"):
        if el.tag != "time":
            klass, ident, prop = el.get("class"), el.get("id"), el.get("itemprop")
            # Without any of the three, cls would be "  ", which no date class matches.
            if (klass is None and ident is None and prop is None) or not folded_search(
                _DATE_CLASS, _DATE_WORDS, f"{klass or ''} {ident or ''} {prop or ''}"
            ):
                continue
        text = clean_line(element_text(el))
        if (
            6 <= len(text) <= 200
            and _DIGIT.search(text)
            and not is_foreign(el)
            and not is_update_text(text)
            and not is_update_element(el)
        ):
            candidates.append((el, publication_part(text)))
        if len(candidates) > 40:
            break
    # A <time> element's own text is markup stating a date (as its datetime attribute is, see
    # datecands.time_markup_date): a two-digit year is read there ("06-03-26, 09:12", Dutch and Belgian
    # outlets print it so), not in other date-class elements (meta15).
    dated = [
        (el, f)
        for el, text in candidates
        if (f := parse_visible(text, tz, langs, "text", use_dateparser=False, short_year=el.tag == "time"))
    ]
    if dated:
        return nearest_the_headline(tree.find("body"), title, dated, tz, langs)
    # Unlabelled dates: scan short text nodes of the body (Indonesian/English forms).
    body = tree.find("body")
    if body is not None:
        found = unlabelled_date(body, tz, langs, title)
        if found:
            return found
    if langs is None and any(_YEARISH.search(text) for _, text in candidates):  # else dateparser is not asked
        langs = _guessed_languages(tree, title)
    for _, text in candidates:
        found = parse_visible(text, tz, langs, "text", use_dateparser=True)
        if found:
            return found
    return None


def _visible_authors(tree: lxml_html.HtmlElement) -> list[str]:
    found: list[str] = []
    for el in _AUTHOR_MARKUP(tree):
        text = clean_line(element_text(el))
        if text and len(text) < 100 and text not in found:
            found.append(text)
    if len(found) > 4:
        # Bylines of the teasers around the article (a "more from" rail) carry the same markup; the
        # article's own byline comes first.
        return found[:1]
    if found:
        return found
    for el in tree.iter("span", "div", "p", "a", "address", "strong", "small"):
        klass, ident = el.get("class"), el.get("id")
        if klass is None and ident is None:  # cls would be " ", which no byline class matches
            continue
        cls = f"{klass or ''} {ident or ''}"
        if folded_search(_BYLINE_CLASS, _BYLINE_WORDS, cls) and not folded_search(
            _NOT_BYLINE_CLASS, _NOT_BYLINE_WORDS, cls
        ):
            text = clean_line(element_text(el))
            if 2 < len(text) < 100:
                found.append(text)
                break
    if found:
        return found
    for chunk in _BODY_TEXTS(tree):
        chunk = chunk.strip()
        m = _BYLINE_TEXT.match(chunk)
        if m:
            return [chunk]
    return []


def _resolved(value: Any, graph: dict[str, dict[str, Any]] | None) -> Any:
    """An author value with its {"@id": ...} references replaced by the objects they name.

    SEO plugins (Yoast, Rank Math) write the article's author as a reference into the page's @graph
    ({"author": {"@id": ".../#author"}}) and the Person with its name once, elsewhere in the graph.
    """
    if not graph:
        return value
    if isinstance(value, list):
        return [_resolved(v, graph) for v in value]
    if isinstance(value, dict) and "name" not in value and isinstance(ref := value.get("@id"), str):
        return graph.get(ref, value)
    return value


def _ld_authors(
    article: dict[str, Any] | None, organizations: bool, graph: dict[str, dict[str, Any]] | None = None
) -> list[str]:
    """JSON-LD author (else creator) names: `organizations` False, all of them when one is a person or
    untyped ("Paula Steiger" and the agency "SDA"); True, the names of an author list of Organizations only.

    An Organization as sole author is the publisher or a desk: a person the page names elsewhere beats it.
    `graph` maps the page's JSON-LD @id values to their objects, to follow author references.
    """
    for key in ("author", "creator"):
        value = _resolved((article or {}).get(key), graph)
        if value is None:
            continue
        entries = value if isinstance(value, list) else [value]
        orgs_only = all(isinstance(e, dict) and "organization" in str(e.get("@type", "")).lower() for e in entries)
        return _names(value) if orgs_only == organizations else []
    return []


def _labelled_writer(metas: dict[str, list[str]]) -> list[str]:
    """The writer an SEO plugin states in its Twitter card rows ("twitter:label1" = "Written by",
    "twitter:data1" = the name), in the languages the plugin ships ("Verfasst von", "Escrito por" ...)."""
    for n in ("1", "2", "3"):
        label = (metas.get(f"twitter:label{n}") or [""])[0]
        data = metas.get(f"twitter:data{n}")
        if data and norm_key(label).rstrip(" :") in _WRITTEN_BY_LABELS:
            return data[:1]
    return []


def _meta_authors(metas: dict[str, list[str]], keys: tuple[str, ...]) -> list[str]:
    """The author meta tags' values (URLs and @handles left out; "Doe, Jane" of citation_author as
    "Jane Doe", and of Dublin Core creators one tag per person)."""
    found = []
    for key in keys:
        values = metas.get(key, [])
        # Catalogue convention: citation_author, and Dublin Core's creator when the page gives one tag per
        # person, write each name "Last, First" ("Kooman, F.", "Jong, Michiel de"); one comma there is the
        # inversion, not a list of two people.
        inverted = key == "citation_author" or (
            key in _DC_CREATORS and len(values) > 1 and all(_LAST_FIRST.match(v) for v in values)
        )
        for value in values:
            if value.startswith(("http", "@")):
                continue
            if inverted and (m := _LAST_FIRST.match(value)):
                value = f"{m.group(2)} {m.group(1)}"
            found.append(value)
    return found


def _authors(
    tree: lxml_html.HtmlElement,
    article: dict[str, Any] | None,
    metas: dict[str, list[str]],
    site_name: str | None,
    headline: str | None = None,
    graph: dict[str, dict[str, Any]] | None = None,
    outlet: tuple[str, ...] = (),
    objs: Sequence[dict[str, Any]] = (),
) -> list[str]:
    """Person names from JSON-LD, meta tags and the visible byline, chosen in bylines.choose_authors(), a
    lone first name completed from the author box's bio (bylines.full_name_from_bio).

    Without an article object, the JSON-LD WebPage's author is the page's writer (SEO plugins describe a
    post as a WebPage when the theme declares no article type)."""
    if article is None or not (article.get("author") or article.get("creator")):
        article = next((o for o in objs if jsonld_types_of(o) & _PAGE_TYPES and o.get("author")), article)
    chosen = choose_authors(
        lambda: _ld_authors(article, False, graph),
        lambda: _meta_authors(metas, _AUTHOR_META) or _labelled_writer(metas),
        tree,
        site_name,
        headline,
        lambda: _ld_authors(article, True, graph),
        outlet,
        lambda: _meta_authors(metas, _AUTHOR_META_MORE),
    )
    return full_name_from_bio(without_outlet_credit(chosen, outlet), tree)


# translate(@type, "LDJSON", "ldjson") and translate(@rel, "CANONICAL", "canonical") of the XPaths above.
_LDJSON_FOLD = str.maketrans("LDJSON", "ldjson")
_CANONICAL_FOLD = str.maketrans("CANONICAL", "canonical")


@dataclass
class _PageElements:
    """What extract_metadata reads from <meta>, JSON-LD <script>, <h1>, <title> and <link> elements."""

    metas: list[lxml_html.HtmlElement]
    scripts: list[lxml_html.HtmlElement]  # _JSONLD_SCRIPTS(tree)
    h1s: list[lxml_html.HtmlElement]  # tree.iter("h1")
    title: lxml_html.HtmlElement | None  # tree.find(".//title")
    canonical: list[str]  # _CANONICAL(tree)

    def h1_texts(self) -> list[str]:
        """The text of each <h1>."""
        return [element_text(h) for h in self.h1s]


def _page_elements(tree: lxml_html.HtmlElement) -> _PageElements:
    """The five element kinds in one walk of the tree instead of five (each whole-tree walk costs ~0.15 ms).

    The same elements in the same (document) order as tree.iter(), ElementPath and the XPaths give on
    a document's root element; on any other element the separate lookups are made, as before (the
    XPaths' // would search the whole document, iter() and find() the element's subtree).
    """
    if tree is not tree.getroottree().getroot():
        return _PageElements(
            list(tree.iter("meta")),
            _JSONLD_SCRIPTS(tree),
            list(tree.iter("h1")),
            tree.find(".//title"),
            [str(h) for h in _CANONICAL(tree)],
        )
    found = _PageElements([], [], [], None, [])
    for el in tree.iter("meta", "script", "h1", "title", "link"):
        tag = el.tag
        if tag == "meta":
            found.metas.append(el)
        elif tag == "script":
            kind = el.get("type")
            if kind is not None and "ld+json" in kind.translate(_LDJSON_FOLD):
                found.scripts.append(el)
        elif tag == "h1":
            found.h1s.append(el)
        elif tag == "link":
            rel, href = el.get("rel"), el.get("href")
            if rel is not None and href is not None and rel.translate(_CANONICAL_FOLD) == "canonical":
                found.canonical.append(href)
        elif found.title is None and el is not tree:  # .//title: the first title below the root
            found.title = el
    return found


def extract_metadata(
    tree: lxml_html.HtmlElement,
    url: str,
    tz: str | None = None,
    language_hint: str | None = None,
    page_html: str | None = None,
) -> Metadata:
    """Read title, authors, dates, section, tags, image and canonical link from the page tree.

    `page_html` is the page as served (before pruning), read by the htmldate peer when it is asked."""
    meta = Metadata()
    page = _page_elements(tree)
    metas = _meta_map(tree, page.metas)

    def m(*keys: str) -> str | None:
        for key in keys:
            if key in metas:
                return metas[key][0]
        return None

    objs = jsonld_objects(tree, page.scripts)
    article: dict[str, Any] | None = None
    typed = [obj for obj in objs if jsonld_types_of(obj) & ARTICLE_TYPES]
    for obj in objs:
        meta.jsonld_types |= jsonld_types_of(obj)
    others: list[dict[str, Any]] = []
    if typed:
        # The page's own article object: the first that is not another story's (see _other_story).
        paths = _page_paths(url, *page.canonical, m("og:url"))
        titles = [
            norm_key(t)
            for t in (m("og:title"), page.title.text_content() if page.title is not None else None, *page.h1_texts())
            if t
        ]
        others = [obj for obj in typed if _other_story(obj, paths, titles)]
        article = next((obj for obj in typed if not any(obj is o for o in others)), None)
    # Whether the page declares an article type at all (another story's object included), as before.
    meta.is_article_typed = bool(typed)
    site_ld: str | None = None
    for obj in objs:
        if jsonld_types_of(obj) & {"website", "organization", "newsmediaorganization"} and isinstance(
            obj.get("name"), str
        ):
            site_ld = obj["name"]
            break
    if article and isinstance(article.get("publisher"), dict):
        site_ld = _first_str(article["publisher"].get("name")) or site_ld

    meta.site_name = clean_line(m("og:site_name", "application-name", "al:android:app_name") or site_ld) or None
    meta.description = (
        clean_line(m("og:description", "description", "twitter:description") or (article or {}).get("description"))
        or None
    )
    meta.og_type = (m("og:type") or "").lower() or None
    meta.declares_video = bool(
        "videoobject" in meta.jsonld_types
        or (article and article.get("video"))
        or m("og:video", "og:video:url", "og:video:secure_url")
    )
    meta.html_lang = (
        tree.get("lang") or tree.get("xml:lang") or m("og:locale", "content-language", "language") or ""
    ).replace("_", "-").split("-")[0].lower() or None

    h1s = [clean_line(element_text(h)) for h in page.h1s]
    h1s = [h for h in h1s if h]
    title_el = page.title
    host = (urlsplit(url).hostname or "") if url else ""
    html_title = html_title_text(title_el.text_content(), meta.site_name, host) if title_el is not None else None
    ld_title = clean_line(_first_str((article or {}).get("headline")) or _first_str((article or {}).get("name")))
    og_title = clean_line(m("og:title")) or None
    tw_title = clean_line(m("twitter:title")) or None
    # The headline by agreement of JSON-LD, og:title, twitter:title, the article's <h1> (trafilatura's
    # title reading confirming which one) and the <title>, see titles.py.
    visible = visible_headline(
        page.h1s,
        [t for t in (ld_title, og_title, html_title) if t],
        meta.site_name,
        lambda: _peer_title(tree),
        host,
        url or "",
        structured=bool(ld_title),
    )
    metas_titles = [t for t in (og_title, html_title) if t]
    if not ld_title and any(sep in t for t in metas_titles for sep in (*_SIDE_SEPARATORS, ": ")):
        # Without structured data, the side of a "Site: Story" / "Story - Site" title that the page shows
        # as a heading of its own is the story, and an h1 that shows the other side is the site's masthead.
        side = shown_title_side(metas_titles, list(tree.iter("h1", "h2", "h3")), meta.site_name, host, url or "")
        if side and (visible is None or _title_key(visible) == _title_key(side[1])):
            visible = side[0]
    if visible is None and not ld_title:
        # No usable h1 (none, or only the logo and menu labels): the first h2 may be the headline.
        visible = subheading_headline(tree, metas_titles, meta.site_name, host, url or "")
    meta.title = choose_title(
        ld_title or None,
        og_title,
        tw_title,
        visible,
        _visible_title_part(tree, html_title) if html_title and not (h1s or og_title or ld_title) else html_title,
        meta.site_name,
        host,
        kicker_glued(page.h1s, visible),
        colon_kickers(tree),
    )
    meta.title_candidates = [t for t in (*h1s[:2], og_title, ld_title, html_title) if t]
    meta.title_heading = visible is not None

    langs = [language_hint] if language_hint else ([meta.html_lang] if meta.html_lang else None)
    outlet_zone = tz is not None
    # The offsets the page's locales (each of them: <html lang="en"> beside og:locale "en_PH"), its host
    # and its outlet make plausible for a wall time printed without a zone (see datecands._paired_offset).
    locales = [loc for loc in (tree.get("lang"), tree.get("xml:lang"), m("og:locale"), m("content-language")) if loc]
    plausible = offset_plausibility(
        [tz, *(zone_for_locale(loc) for loc in locales), zone_for_host(host)], _offset_ranges(locales, host)
    )
    if tz is None:
        # No outlet time zone: a naive time on the page is read in the zone its locale implies, when
        # the locale names one zone (pt-BR, de, id ...); otherwise only the day is kept.
        tz = zone_for_locale(tree.get("lang") or tree.get("xml:lang") or m("og:locale", "content-language"))
        # Or the one of the outlet's country domain (an English page of a .co.uk or .in site), see zone_for_host.
        tz = tz or zone_for_host(host)
    # Published date: every source votes (JSON-LD, meta tags, <time>, visible text, URL; htmldate when
    # they have nothing or disagree), see datecands.
    raw_mod = _first_str((article or {}).get("dateModified"))
    if raw_mod:
        meta.modified = parse_iso(raw_mod, tz, "jsonld")
    if meta.modified is None:
        raw_mod = m(*_MODIFIED_META)
        if raw_mod:
            meta.modified = parse_iso(raw_mod, tz, "meta")
    # Without an article-typed object, the JSON-LD object that states a datePublished (a WebPage, as SEO
    # plugins write one for every post; a Recipe, a forum posting) is the page's own statement of it; a
    # listing's (CollectionPage) date is the listing's.
    dated = article or next(
        (
            o
            for o in objs
            if isinstance(o.get("datePublished"), str)
            and not jsonld_types_of(o) & LISTING_TYPES
            and not any(o is other for other in others)
        ),
        None,
    )
    meta.published = published_date(
        tree,
        url,
        tz,
        dated,
        metas,
        _PUBLISHED_META,
        langs,
        lambda: _visible_date(tree, tz, langs, meta.title),
        [meta.modified] if meta.modified else [],
        _first_str,
        page_html,
        outlet_zone,
        plausible,
    )

    graph = {obj["@id"]: obj for obj in objs if isinstance(obj.get("@id"), str)}
    # The outlet's own names: its host's labels and the publisher JSON-LD names ("lto", "dw", "Lesotho Times").
    outlet = tuple(label for label in host.lower().split(".")[:-1] if label not in ("www", "m", "amp")) + tuple(
        n for n in (site_ld, meta.site_name) if n
    )
    meta.authors = _authors(tree, article, metas, meta.site_name, meta.title, graph, outlet, objs)

    section = _first_str((article or {}).get("articleSection")) or m("article:section", "section", "category")
    meta.section = clean_line(section) or None
    tags: list[str] = []
    for raw in metas.get("article:tag", []) + metas.get("news_keywords", []) + metas.get("keywords", []):
        tags.extend(raw.split(","))
    keywords = (article or {}).get("keywords")
    if isinstance(keywords, str):
        tags.extend(keywords.split(","))
    elif isinstance(keywords, list):
        tags.extend(k for k in keywords if isinstance(k, str))
    seen: set[str] = set()
    for tag in tags:
        tag = clean_line(tag)
        if tag and len(tag) <= 100 and (key := norm_key(tag)) not in seen:
            seen.add(key)
            meta.tags.append(tag)
    meta.tags = meta.tags[:50]

    image = m("og:image", "og:image:url", "twitter:image", "twitter:image:src") or _first_str(
        (article or {}).get("image")
    )
    meta.image_url = image
    canon = page.canonical
    meta.canonical = (canon[0].strip() if canon else None) or m("og:url")
    free = (article or {}).get("isAccessibleForFree")
    if isinstance(free, str):
        free = {"true": True, "false": False}.get(free.strip().lower())
    meta.free = free if isinstance(free, bool) else None
    body = (article or {}).get("articleBody")
    meta.jsonld_body = body if isinstance(body, str) and len(body) > 200 else None
    return meta
