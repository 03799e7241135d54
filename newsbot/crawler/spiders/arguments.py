"""The spiders' ``-a NAME=VALUE`` arguments, one pydantic model per spider (as zyte-spider-templates does).

Unknown arguments are refused (``extra="forbid"``), so a typo stops the crawl before any request with one line
naming the closest known argument: ``unknown argument 'sinse' (did you mean 'since'?)``. Each field's
description is the argument's documentation. Arguments starting with ``_`` are not the spider's (scrapyd adds
``_job``) and pass through to Scrapy.
"""

from __future__ import annotations

import difflib
from datetime import datetime
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from newsbot.discovery.planner import parse_since


def did_you_mean(name: str, known: list[str], what: str) -> str:
    """``unknown WHAT 'NAME' (did you mean 'X'?)``, the suggestion only when one is close (difflib)."""
    close = difflib.get_close_matches(name, known, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else f" (known: {', '.join(sorted(known))})"
    return f"unknown {what} '{name}'{hint}"


class CrawlArguments(BaseModel):
    """The arguments every newsbot spider takes."""

    model_config = ConfigDict(extra="forbid")

    base_url: str | None = Field(
        None, description="serve the outlet from a mirror (the fixture server): its domains map onto this origin"
    )
    since: datetime | None = Field(
        None,
        description="skip feed/sitemap items (and links with a date in the URL) "
        "older than this: an ISO date or datetime, or a span back "
        "from now such as 36h, 7d, 2w",
    )
    max_pages: int | None = Field(
        None, ge=0, description="at most this many page requests (feeds and sitemaps not counted)"
    )
    max_articles: int | None = Field(None, ge=0, description="stop once this many articles were emitted")
    fresh: bool = Field(False, description="1 ignores the incremental state: known pages are fetched and emitted again")

    @field_validator("since", mode="before")
    @classmethod
    def _since(cls, value: Any) -> datetime | None:
        return parse_since(value)

    @field_validator("base_url", mode="before")
    @classmethod
    def _base_url(cls, value: Any) -> Any:
        return value.rstrip("/") or None if isinstance(value, str) else value


class OutletArguments(CrawlArguments):
    """``scrapy crawl outlet`` arguments."""

    outlet: str = Field(description="the outlet file's name (`newsbot outlets` lists them)")


class SiteArguments(CrawlArguments):
    """``scrapy crawl site`` arguments."""

    url: str = Field(description="the site's home page (or any page to start from): an http(s) URL")


class UrlsArguments(CrawlArguments):
    """``scrapy crawl urls`` arguments."""

    urls_file: str = Field(
        description="a file of page URLs, one a line (blank lines and # comments skipped; - reads standard input)"
    )


M = TypeVar("M", bound=CrawlArguments)

#: How each missing required argument is asked for.
_MISSING = {"outlet": "-a outlet=NAME", "url": "-a url=URL", "urls_file": "-a urls_file=FILE"}
#: Pydantic error types in the words of a command line.
_PLAIN = {
    "int_parsing": "expected a whole number",
    "int_from_float": "expected a whole number",
    "greater_than_equal": "must not be negative",
    "bool_parsing": "expected 1/0, true/false, yes/no",
}


def parse_arguments(model: type[M], arguments: dict[str, Any]) -> M:
    """The spider's arguments as ``model``; a ValueError with one line for an unknown, missing or bad one."""
    known = list(model.model_fields)
    for name in arguments:
        if name not in model.model_fields:
            raise ValueError(did_you_mean(name, known, "argument"))
    for name, usage in _MISSING.items():
        if name in model.model_fields and not arguments.get(name):
            raise ValueError(f"missing spider argument: {usage}")
    given = {k: v for k, v in arguments.items() if v is not None}
    try:
        return model.model_validate(given)
    except ValidationError as exc:
        error = exc.errors()[0]
        name = str(error["loc"][0]) if error["loc"] else "?"
        if error["type"] == "value_error" and isinstance(error.get("ctx", {}).get("error"), ValueError):
            raise ValueError(str(error["ctx"]["error"])) from None  # our own message (parse_since)
        why = _PLAIN.get(error["type"], error["msg"])
        raise ValueError(f"{name}={arguments.get(name)!r}: {why}") from None
