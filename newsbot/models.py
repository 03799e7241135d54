"""The records newsbot emits: one pydantic model per record kind.

`Article` is the record downstream pipelines consume; `Rejection` and `ErrorRecord` account for every
fetched URL that did not become an article, so that nothing is lost silently. Their JSON Schemas are
generated from these models (``newsbot schema --record KIND``, `json_schema`) and committed under
``schema/``. Schema 2 gives every field one JSON type and one format in every record (README, "Schema 2:
what changed"); `upgrade` turns a schema-1 record into a schema-2 one.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, WithJsonSchema

from newsbot.outlets import ISO_639_1

#: Bump when a change would break a consumer (field removed, renamed or re-typed).
SCHEMA_VERSION = 2

# Control characters other than \n and \t, and lone surrogates, never belong in a record.
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")
# Something shaped like a tag: "<name ...>" or "</name>".
_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)((?:\s[^<>]*)?)/?\s*>")
# Its first attribute written as one (name="value", name='value', name=value).
_ATTRIBUTE = re.compile(r"""\s+[a-zA-Z_:@][-\w:.@]*\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+)""")
#: HTML element names (the WHATWG list and the common obsolete ones): a closing tag of one is markup.
HTML_ELEMENTS = frozenset(
    "a abbr address area article aside audio b base bdi bdo big blockquote body br button canvas caption center "
    "cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed fieldset figcaption "
    "figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins "
    "kbd label legend li link main map mark menu meta meter nav nobr noscript object ol optgroup option output p "
    "param picture pre progress q rp rt ruby s samp script section select small source span strike strong style "
    "sub summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var video "
    "wbr".split()
)
# Elements that have no closing tag and no place in prose: a leaked "<br>" or "<hr/>" is markup on its own.
_VOID = frozenset({"br", "hr", "wbr", "img"})


def markup_spans(value: str) -> list[tuple[int, int]]:
    """Where `value` holds leaked HTML markup, as (start, end) spans; [] when it holds none.

    Leaked markup is a tag with attributes, a closing tag or a line break of a real HTML element, and,
    once a value holds one, every tag of a real element in it ("<b>" beside a "</b>"). Angle brackets in
    prose that quotes code are text: "<noun>.js", "WHERE <SEARCH CONDITION>", "List<String>", "a <b".
    """
    if "<" not in value:
        return []
    tags = [m for m in _TAG.finditer(value) if m.group(2).lower() in HTML_ELEMENTS or _ATTRIBUTE.match(m.group(3))]
    if not any(m.group(1) or m.group(3) and _ATTRIBUTE.match(m.group(3)) or m.group(2).lower() in _VOID for m in tags):
        return []
    return [m.span() for m in tags]


def _clean_text(value: str) -> str:
    if _BAD_CHARS.search(value):
        raise ValueError("contains control characters or lone surrogates")
    return value


def _no_markup(value: str) -> str:
    _clean_text(value)
    if markup_spans(value):
        raise ValueError("contains HTML markup")
    return value


def _http_url(value: str) -> str:
    _clean_text(value)
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or _SPACE.search(value):
        raise ValueError(f"not an absolute http(s) URL: {value[:200]!r}")
    return value


def _page_url(value: str) -> str:
    # A page read from a local file whose web address nobody knows (`newsbot extract page.html`, no canonical
    # link) is still an article: its address is the file's URI. An unknown URL is no evidence against the page.
    if value.startswith("file:///") and not _SPACE.search(value):
        _clean_text(value)
        return value
    return _http_url(value)


_SPACE = re.compile(r"\s")
# The shapes the JSON Schemas hold values to (ECMA-262 regexes that Python's `re` reads the same way).
#: RFC 3339 date-time with its offset ("Z" or "+07:00"), seconds required.
RFC3339_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"
#: A calendar date (RFC 3339 full-date).
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
#: A wall-clock date and time without offset ("2024-03-05T14:30:00").
LOCAL_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$"
HTTP_URL_PATTERN = r"^https?://[^\s/?#]+[^\s]*$"
#: Where a page came from: its http(s) URL, or the file:/// URI of a local file whose web address is unknown.
PAGE_URL_PATTERN = r"^(https?://[^\s/?#]+|file:///)[^\s]*$"
#: Any absolute URI (a rejected or failed URL may be any scheme a page linked).
URI_PATTERN = r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$"
ID_PATTERN = r"^[0-9a-f]{32}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
LANGUAGE_PATTERN = r"^[a-z]{2}$"
# Markup the models refuse, as far as a regex can tell it: a closing tag of an HTML element, one with an
# attribute, or a line break ("</p>", '<a href="x">', "<br/>"). The model checks more (`markup_spans`).
_NAMES = "|".join(sorted(HTML_ELEMENTS, key=lambda name: (-len(name), name)))  # longest first, fixed order
MARKUP_PATTERN = rf"<\s*/\s*({_NAMES})\s*>|<\s*({_NAMES})\s+[a-zA-Z_:@][-\w:.@]*\s*=|<\s*(br|hr|wbr|img)\s*/?\s*>"


def _rfc3339(value: str) -> str:
    if not re.fullmatch(RFC3339_PATTERN[1:-1], value):
        raise ValueError(f"not an RFC 3339 timestamp with offset: {value[:100]!r}")
    try:
        datetime.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"not a valid timestamp: {value!r}") from exc
    return value


def _date(value: str) -> str:
    try:
        datetime.strptime(value, "%Y-%m-%d")
    except ValueError as exc:
        raise ValueError(f"not a YYYY-MM-DD date: {value[:100]!r}") from exc
    return value


def _local(value: str) -> str:
    if not re.fullmatch(LOCAL_PATTERN[1:-1], value):
        raise ValueError(f"not a YYYY-MM-DDTHH:MM:SS wall-clock time: {value[:100]!r}")
    datetime.fromisoformat(value)
    return value


def _language(value: str) -> str:
    if value not in ISO_639_1:
        raise ValueError(f"not an ISO 639-1 language code: {value[:100]!r}")
    return value


def _schema(**keywords: Any) -> WithJsonSchema:
    return WithJsonSchema({"type": "string", **keywords})


Url = Annotated[
    str, AfterValidator(_http_url), WithJsonSchema({"type": "string", "format": "iri", "pattern": HTTP_URL_PATTERN})
]
PageUrl = Annotated[
    str, AfterValidator(_page_url), WithJsonSchema({"type": "string", "format": "iri", "pattern": PAGE_URL_PATTERN})
]
AnyUrl = Annotated[str, AfterValidator(_clean_text), _schema(format="iri", pattern=URI_PATTERN)]
Text = Annotated[str, AfterValidator(_no_markup), _schema(**{"not": {"pattern": MARKUP_PATTERN}})]
Timestamp = Annotated[str, AfterValidator(_rfc3339), _schema(format="date-time", pattern=RFC3339_PATTERN)]
Date = Annotated[str, AfterValidator(_date), _schema(format="date", pattern=DATE_PATTERN)]
LocalTime = Annotated[str, AfterValidator(_local), _schema(pattern=LOCAL_PATTERN)]
Language = Annotated[str, AfterValidator(_language), _schema(pattern=LANGUAGE_PATTERN)]
ArticleId = Annotated[str, Field(pattern=ID_PATTERN)]
Sha256 = Annotated[str, Field(pattern=SHA256_PATTERN)]

#: How much of a date the page gives: the day only, a time to the minute, or to the second.
Precision = Literal["day", "minute", "second"]
#: Where a timestamp's offset comes from: ``stated`` (the source wrote it, "+07:00", "WIB", "Z"),
#: ``outlet`` (the outlet file's time zone), ``locale`` (the one zone the page's language and region
#: imply, pt-BR -> America/Sao_Paulo), ``page`` (the offset the page tells elsewhere: the same instant
#: printed or stated with its zone or offset, the wall time it prints for it, or its other dated
#: metadata), ``unknown`` (a schema-1 record upgraded: it did not say).
ZoneSource = Literal["stated", "outlet", "locale", "page", "unknown"]

RejectionReason = Literal[
    "not_article",  # section, tag, author, search, video or gallery page
    "too_short",  # article-like but too little text (paywall stub, teaser)
    "invalid",  # extracted record failed validation
    "http_error",  # the server answered with a non-2xx status
    "not_html",  # the body is not an HTML document (binary, JSON, empty)
    "too_large",  # body or field over the configured size cap
    "duplicate",  # the same canonical URL was already handled in this run
    "offsite",  # the URL is outside the outlet's domains or refused by the network policy
    "unchanged",  # an incremental run fetched an article already emitted, with the same text
    "limit",  # fetched after max_articles articles were emitted (not remembered: the next run takes it)
]


class _Record(BaseModel):
    # Every field is written in every record (null when unknown): the schemas require them all.
    model_config = ConfigDict(extra="forbid", frozen=False, json_schema_serialization_defaults_required=True)

    def to_json(self) -> str:
        """One JSONL line (no trailing newline), keys in model order."""
        return self.model_dump_json()


def _date_fields(name: str, what: str) -> dict[str, Any]:
    """Descriptions of the date group `name`_at, `name`_date, `name`_at_precision, _local, _zone_source."""
    return {
        f"{name}_at": f"{what}: an RFC 3339 timestamp with offset, in the form the page's metadata states it; "
        "a UTC instant past the publisher's midnight is given in the publisher's offset when the page tells it, "
        "and every instant in the outlet's time zone when its file sets one; null when the page gives no time "
        f"of day or no offset can be told (see {name}_date, {name}_at_local).",
        f"{name}_date": f"{what}: the calendar date as the page states it (the publisher's local day); null "
        "when the page does not say.",
        f"{name}_at_precision": f"How much of {name}_date/{name}_at the page gives: day, minute or second.",
        f"{name}_at_local": "The wall-clock date and time as the page states it, without offset "
        "(YYYY-MM-DDTHH:MM:SS); null when the page gives the day only.",
        f"{name}_at_zone_source": f"Where {name}_at's offset comes from: stated (by the page), outlet (the "
        "outlet's time zone), locale (the page's language and region), page (the offset the page tells "
        "elsewhere: the same instant printed or stated with its zone or offset, the wall time it prints for "
        "it, or its other dated metadata), unknown (upgraded from schema 1); null when "
        f"{name}_at is null.",
    }


_PUBLISHED = _date_fields("published", "Publication time")
_MODIFIED = _date_fields("modified", "Last modification time")


class Article(_Record):
    """A clean, validated news article."""

    record_type: Literal["article"] = Field("article", description="Always 'article'.")
    schema_version: Literal[2] = Field(2, description="Version of this record schema (2).")
    id: ArticleId = Field(description="Stable id: the first 32 hex characters of the SHA-256 of the canonical URL.")
    url: PageUrl = Field(
        description="The URL as fetched (after redirects); a file:/// URI for a local file whose URL is unknown."
    )
    canonical_url: PageUrl = Field(description="The page's canonical URL (same site) or the normalized URL.")
    outlet: str | None = Field(None, description="Outlet name from the outlet file, null when unconfigured.")
    site_name: Text | None = Field(None, description="Publisher name as the page states it.")
    title: Text = Field(description="The headline as shown on the page.")
    description: Text | None = Field(None, description="Summary or standfirst from the page's metadata.")
    authors: list[Text] = Field(default_factory=list, description="Author names, in page order, no duplicates.")
    published_at: Timestamp | None = Field(None, description=_PUBLISHED["published_at"])
    published_date: Date | None = Field(None, description=_PUBLISHED["published_date"])
    published_at_precision: Precision | None = Field(None, description=_PUBLISHED["published_at_precision"])
    published_at_local: LocalTime | None = Field(None, description=_PUBLISHED["published_at_local"])
    published_at_zone_source: ZoneSource | None = Field(None, description=_PUBLISHED["published_at_zone_source"])
    published_at_source: str | None = Field(
        None, description="Where the publication date came from: jsonld, meta, time, text, url, htmldate, feed."
    )
    published_at_raw: str | None = Field(None, description="The date string as found on the page.")
    modified_at: Timestamp | None = Field(None, description=_MODIFIED["modified_at"])
    modified_date: Date | None = Field(None, description=_MODIFIED["modified_date"])
    modified_at_precision: Precision | None = Field(None, description=_MODIFIED["modified_at_precision"])
    modified_at_local: LocalTime | None = Field(None, description=_MODIFIED["modified_at_local"])
    modified_at_zone_source: ZoneSource | None = Field(None, description=_MODIFIED["modified_at_zone_source"])
    language: Language | None = Field(None, description="ISO 639-1 code of the text's language.")
    language_confidence: float | None = Field(None, ge=0, le=1, description="Detector probability.")
    text: Text = Field(description="Plain text body; paragraphs separated by one blank line.")
    word_count: int = Field(ge=0, description="Number of words in text.")
    section: Text | None = Field(None, description="Section or category name.")
    tags: list[Text] = Field(default_factory=list, description="Keywords and tags.")
    image_url: Url | None = Field(None, description="Lead image URL.")
    content_hash: Sha256 = Field(description="SHA-256 hex of the normalized text.")
    fetched_at: Timestamp = Field(description="When the page was fetched (UTC), RFC 3339.")
    http_status: int | None = Field(None, description="HTTP status of the response.")
    duplicate_of: ArticleId | None = Field(
        None,
        description="Id of the article this one is a near-identical copy of: the earliest-published copy "
        "(then the first emitted); null for the original.",
    )
    revision: int = Field(1, ge=1, description="1 for the first version; +1 each time the text changes.")


class Rejection(_Record):
    """A fetched page that is not (or not a valid) article, with the reason."""

    record_type: Literal["rejection"] = Field("rejection", description="Always 'rejection'.")
    schema_version: Literal[2] = Field(2, description="Version of this record schema (2).")
    url: AnyUrl = Field(description="The URL that was fetched, or would have been.")
    outlet: str | None = Field(None, description="Outlet name, null when unconfigured.")
    reason: RejectionReason = Field(description="Why the page is not an article (README, 'Rejections').")
    detail: str = Field("", description="What exactly, in words.")
    fetched_at: Timestamp | None = Field(None, description="When it was fetched or decided (UTC), RFC 3339.")
    http_status: int | None = Field(None, description="HTTP status of the response, null without one.")

    @classmethod
    def of_article(cls, article: Article, reason: RejectionReason, detail: str) -> Rejection:
        """The rejection of an extracted article the crawl does not emit (duplicate, unchanged, past a limit)."""
        return cls(
            url=article.url,
            outlet=article.outlet,
            reason=reason,
            detail=detail,
            fetched_at=article.fetched_at,
            http_status=article.http_status,
        )


class ErrorRecord(_Record):
    """A URL that could not be fetched or processed, after retries."""

    record_type: Literal["error"] = Field("error", description="Always 'error'.")
    schema_version: Literal[2] = Field(2, description="Version of this record schema (2).")
    url: AnyUrl = Field(description="The URL that failed.")
    outlet: str | None = Field(None, description="Outlet name, null when unconfigured.")
    kind: str = Field(description="Exception kind or failure class, e.g. TimeoutError, DNSLookupError.")
    detail: str = Field("", description="The error message.")
    fetched_at: Timestamp | None = Field(None, description="When it failed (UTC), RFC 3339.")
    http_status: int | None = Field(None, description="HTTP status of the response, null without one.")


Record = Article | Rejection | ErrorRecord

#: A run's files by record kind, as the writer names them (schema 2): ``<run-id>.articles.jsonl`` etc.
RUN_FILE_SUFFIXES = {"article": ".articles.jsonl", "rejection": ".rejects.jsonl", "error": ".errors.jsonl"}
#: The article file's name in schema-1 runs (``<run-id>.jsonl``): readers find both.
V1_ARTICLE_SUFFIX = ".jsonl"


def run_file_kind(name: str) -> str | None:
    """The record kind a run file holds, from its name (``.gz`` and ``.part`` ignored), old and new names;
    None for a file that is not a run's records (a summary, a WARC, another tool's ``.skipped.jsonl``)."""
    name = name.removesuffix(".part").removesuffix(".gz")
    for kind, suffix in RUN_FILE_SUFFIXES.items():
        if name.endswith(suffix):
            return kind
    stem, _, rest = name.partition(".")
    return "article" if rest == "jsonl" and stem else None


def run_files(folder: Any, run_id: str, kind: str) -> list[Any]:
    """A run's existing files of one kind in `folder` (a `Path`), new name then schema-1 name, plain or .gz."""
    names = [f"{run_id}{RUN_FILE_SUFFIXES[kind]}"]
    if kind == "article":
        names.append(f"{run_id}{V1_ARTICLE_SUFFIX}")
    return [folder / f"{n}{gz}" for n in names for gz in ("", ".gz") if (folder / f"{n}{gz}").is_file()]


#: Record kind -> model, as `record_type` names them.
MODELS: dict[str, type[_Record]] = {"article": Article, "rejection": Rejection, "error": ErrorRecord}


def json_schema(kind: str = "article") -> dict[str, Any]:
    """The JSON Schema (Draft 2020-12) of one record kind, as committed in ``schema/<kind>.schema.json``."""
    generated = _share_markup(MODELS[kind].model_json_schema(mode="serialization"))
    if any(_MARKUP_REF in str(v) for v in generated["properties"].values()):
        generated.setdefault("$defs", {})["PlainText"] = {
            "description": "No HTML markup (a closing tag, a tag with attributes, a line break).",
            "not": {"pattern": MARKUP_PATTERN},
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://newsbot.example/schema/{kind}.v{SCHEMA_VERSION}.json",
        "version": SCHEMA_VERSION,
        **generated,
    }


_MARKUP_REF = "#/$defs/PlainText"


def _share_markup(node: Any) -> Any:
    """The schema with each copy of the markup check replaced by a reference to one definition."""
    if isinstance(node, list):
        return [_share_markup(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _share_markup(v) for k, v in node.items()}
    if out.get("not") == {"pattern": MARKUP_PATTERN}:
        del out["not"]
        out["$ref"] = _MARKUP_REF
    return out


def article_json_schema() -> dict[str, Any]:
    """The JSON Schema of `Article`, as committed in schema/article.schema.json."""
    return json_schema("article")


# --- schema 1 -> 2 -------------------------------------------------------------------------------------
_SECONDS = re.compile(r"\d{1,2}[:.]\d{2}[:.]\d{2}|T\d{6}")


def date_group(prefix: str, value: str | None, raw: str | None = None, zone: str = "unknown") -> dict[str, Any]:
    """The schema-2 date fields for one ISO 8601 value (a timestamp with offset, or YYYY-MM-DD), as a
    schema-1 record or a feed gives it; `zone` is the zone source of a timestamp. ValueError when the value
    is neither."""
    if not value:
        return {}
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return {f"{prefix}_at": None, f"{prefix}_date": value, f"{prefix}_at_precision": "day"}
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"{prefix}_at: not ISO 8601: {value!r}") from exc
    if parsed.tzinfo is None:
        raise ValueError(f"{prefix}_at: ISO 8601 datetime without UTC offset: {value!r}")
    return {
        f"{prefix}_at": parsed.isoformat(timespec="seconds"),
        f"{prefix}_date": parsed.date().isoformat(),
        f"{prefix}_at_precision": "second" if raw is None or _SECONDS.search(raw) else "minute",
        f"{prefix}_at_local": parsed.replace(tzinfo=None).isoformat(timespec="seconds"),
        f"{prefix}_at_zone_source": zone,
    }


def upgrade(record: dict[str, Any]) -> dict[str, Any]:
    """A record of schema 1 (or 2) as schema 2: the one date value split into its group, the rest as it
    was. Raises ValueError when a schema-1 date is not what schema 1 allowed."""
    if record.get("schema_version") != 1:
        return record
    out = {**record, "schema_version": SCHEMA_VERSION}
    if out.get("record_type") == "article":
        for prefix in ("published", "modified"):
            value = out.pop(f"{prefix}_at", None)
            group = {
                f"{prefix}_at": None,
                f"{prefix}_date": None,
                f"{prefix}_at_precision": None,
                f"{prefix}_at_local": None,
                f"{prefix}_at_zone_source": None,
            }
            group.update(date_group(prefix, value, out.get("published_at_raw") if prefix == "published" else None))
            out.update(group)
        # Keys in the model's order, as the writer puts them.
        out = {name: out[name] for name in Article.model_fields if name in out} | {
            k: v for k, v in out.items() if k not in Article.model_fields
        }
    return out
