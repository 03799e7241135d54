"""The records newsbot emits: one pydantic model per record kind.

`Article` is the record downstream pipelines consume; `schema/article.schema.json` is generated
from it (``newsbot schema``) and committed. `Rejection` and `ErrorRecord` account for every fetched
URL that did not become an article, so that nothing is lost silently.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

#: Bump when a change would break a consumer (field removed, renamed or re-typed).
SCHEMA_VERSION = 1

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
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"not an absolute http(s) URL: {value[:200]!r}")
    return value


def _iso_datetime(value: str) -> str:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value  # the page gives the day only: no time, no invented offset
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"not ISO 8601: {value!r}") from exc
    if parsed.tzinfo is None:
        raise ValueError(f"ISO 8601 datetime without UTC offset: {value!r}")
    return value


Url = Annotated[str, AfterValidator(_http_url)]
Text = Annotated[str, AfterValidator(_no_markup)]
IsoDateTime = Annotated[str, AfterValidator(_iso_datetime)]

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
    model_config = ConfigDict(extra="forbid", frozen=False)

    def to_json(self) -> str:
        """One JSONL line (no trailing newline), keys in model order."""
        return self.model_dump_json()


class Article(_Record):
    """A clean, validated news article."""

    record_type: Literal["article"] = Field("article", description="Always 'article'.")
    schema_version: int = Field(SCHEMA_VERSION, description="Version of this record schema.")
    id: str = Field(description="Stable id: first 20 hex chars of SHA-256 of the canonical URL.")
    url: Url = Field(description="The URL as fetched (after redirects).")
    canonical_url: Url = Field(description="The page's canonical URL (same site) or the normalized URL.")
    outlet: str | None = Field(None, description="Outlet name from the outlet file, null when unconfigured.")
    site_name: Text | None = Field(None, description="Publisher name as the page states it.")
    title: Text = Field(description="The headline as shown on the page.")
    description: Text | None = Field(None, description="Summary or standfirst from the page's metadata.")
    authors: list[Text] = Field(default_factory=list, description="Author names, in page order, no duplicates.")
    published_at: IsoDateTime | None = Field(
        None,
        description=(
            "Publication time, ISO 8601 with UTC offset; YYYY-MM-DD when the page gives the day only "
            "(or a time without any zone); null when the page does not say."
        ),
    )
    published_at_source: str | None = Field(
        None, description="Where published_at came from: jsonld, meta, time, text, url, feed."
    )
    published_at_raw: str | None = Field(None, description="The date string as found on the page.")
    modified_at: IsoDateTime | None = Field(None, description="Last modification time, ISO 8601 with offset.")
    language: str | None = Field(None, description="ISO 639-1 code of the text's language.")
    language_confidence: float | None = Field(None, ge=0, le=1, description="Detector probability.")
    text: Text = Field(description="Plain text body; paragraphs separated by one blank line.")
    word_count: int = Field(ge=0, description="Number of words in text.")
    section: Text | None = Field(None, description="Section or category name.")
    tags: list[Text] = Field(default_factory=list, description="Keywords and tags.")
    image_url: Url | None = Field(None, description="Lead image URL.")
    content_hash: str = Field(description="SHA-256 hex of the normalized text.")
    fetched_at: IsoDateTime = Field(description="When the page was fetched (UTC).")
    http_status: int | None = Field(None, description="HTTP status of the response.")
    duplicate_of: str | None = Field(None, description="Id of an earlier article with near-identical text.")
    revision: int = Field(1, ge=1, description="1 for the first version; +1 each time the text changes.")


class Rejection(_Record):
    """A fetched page that is not (or not a valid) article, with the reason."""

    record_type: Literal["rejection"] = "rejection"
    schema_version: int = SCHEMA_VERSION
    url: str
    outlet: str | None = None
    reason: RejectionReason
    detail: str = ""
    fetched_at: IsoDateTime | None = None
    http_status: int | None = None


class ErrorRecord(_Record):
    """A URL that could not be fetched or processed, after retries."""

    record_type: Literal["error"] = "error"
    schema_version: int = SCHEMA_VERSION
    url: str
    outlet: str | None = None
    kind: str = Field(description="Exception kind or failure class, e.g. TimeoutError, DNSLookupError.")
    detail: str = ""
    fetched_at: IsoDateTime | None = None
    http_status: int | None = None


Record = Article | Rejection | ErrorRecord


def article_json_schema() -> dict[str, Any]:
    """The JSON Schema of `Article`, as committed in schema/article.schema.json."""
    schema = Article.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://newsbot.example/schema/article.v{SCHEMA_VERSION}.json"
    return schema
