"""Outlets are data: one TOML file each, validated by the `Outlet` model.

The package ships its outlet files in this folder; users add their own in the folder named by the
``NEWSBOT_OUTLETS_DIR`` setting (or environment variable). A user file with the same name as a
packaged one wins.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

PACKAGED_DIR = Path(__file__).parent

#: ISO 639-1: the two-letter language codes (the `language` field, like the records' `language`).
ISO_639_1 = frozenset(
    """
aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en
eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja
jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb
nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq
sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
""".split()
)
_LABEL = r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?"
_HOST = re.compile(rf"(?=.{{1,253}}$)(?:{_LABEL}\.)*{_LABEL}")
_HTTP_URL = re.compile(r"https?://[^\s/?#]+(?:[/?#]\S*)?")


def _is_ip(host: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _check_selector(selector: str) -> str:
    """A CSS selector lxml can use, or ValueError saying why not (compiled once here, not on every page)."""
    from cssselect import GenericTranslator, SelectorError

    try:
        GenericTranslator().css_to_xpath(selector)
    except SelectorError as exc:
        raise ValueError(f"bad CSS selector {selector!r}: {exc}") from exc
    return selector


class OutletError(Exception):
    """An outlet is unknown or its file is invalid; the message names the file and field."""


class Extraction(BaseModel):
    """Per-outlet extraction overrides."""

    model_config = ConfigDict(extra="forbid")

    drop_selectors: list[str] = Field(default_factory=list, description="CSS selectors removed before extraction.")
    body_selector: str | None = Field(None, description="CSS selector of the article body container.")
    junk_phrases: list[str] = Field(
        default_factory=list, description="Extra lines/prefixes to remove from the text (case-insensitive)."
    )
    min_words: int | None = Field(None, ge=1, description="Override of the too-short threshold.")

    @field_validator("drop_selectors")
    @classmethod
    def _selectors(cls, v: list[str]) -> list[str]:
        return [_check_selector(s) for s in v]

    @field_validator("body_selector")
    @classmethod
    def _body_selector(cls, v: str | None) -> str | None:
        return None if v is None else _check_selector(v)


class Outlet(BaseModel):
    """One configured news outlet."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="Short identifier, used in -a outlet=NAME and in output paths.")
    site_name: str | None = Field(None, description="Publisher's display name.")
    domains: list[str] = Field(min_length=1, description="Hosts whose pages belong to the outlet.")
    start_urls: list[str] = Field(default_factory=list, description="Home and section pages to crawl.")
    feeds: list[str] = Field(default_factory=list, description="RSS/Atom feed URLs.")
    sitemaps: list[str] = Field(default_factory=list, description="Sitemap or sitemap-index URLs.")
    allow: list[str] = Field(default_factory=list, description="Regexes; a URL matching one is an article.")
    deny: list[str] = Field(default_factory=list, description="Regexes; a URL matching one is never followed.")
    language: str | None = Field(None, description="ISO 639-1 hint for the outlet's main language.")
    timezone: str | None = Field(None, description="IANA zone for naive times, e.g. Asia/Jakarta.")
    extraction: Extraction = Field(default_factory=Extraction)

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", v):
            raise ValueError("must be lowercase letters, digits, '-' or '_'")
        return v

    @field_validator("language")
    @classmethod
    def _language(cls, v: str | None) -> str | None:
        if v is not None and v not in ISO_639_1:
            raise ValueError(f"{v!r} is not an ISO 639-1 language code (two lowercase letters, e.g. 'id', 'en')")
        return v

    @field_validator("domains")
    @classmethod
    def _domains(cls, v: list[str]) -> list[str]:
        for host in v:
            if not _HOST.fullmatch(host) and not _is_ip(host):
                raise ValueError(f"{host!r} is not a host name (no scheme, path or port: 'example.com')")
        return v

    @field_validator("start_urls", "feeds", "sitemaps")
    @classmethod
    def _urls(cls, v: list[str]) -> list[str]:
        for url in v:
            if not _HTTP_URL.fullmatch(url):
                raise ValueError(f"{url!r} is not an http(s) URL")
        return v

    @field_validator("allow", "deny")
    @classmethod
    def _regexes(cls, v: list[str]) -> list[str]:
        for pattern in v:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"bad regex {pattern!r}: {exc}") from exc
        return v

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str | None) -> str | None:
        if v is not None:
            from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

            try:
                ZoneInfo(v)
            except (ZoneInfoNotFoundError, ValueError) as exc:
                raise ValueError(f"unknown time zone {v!r}") from exc
        return v


def outlet_dirs(user_dir: str | os.PathLike[str] | None = None) -> list[Path]:
    """Folders searched for outlet files, user folder first."""
    dirs: list[Path] = []
    user = user_dir or os.environ.get("NEWSBOT_OUTLETS_DIR")
    if user:
        dirs.append(Path(user))
    dirs.append(PACKAGED_DIR)
    return dirs


def load_outlet_file(path: Traversable) -> Outlet:
    """Parse and validate one outlet file; errors name the file and the field."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise OutletError(f"{path}: {exc}") from exc
    try:
        return Outlet.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(file)'}: {err['msg']}" for err in exc.errors()
        )
        raise OutletError(f"{path}: {problems}") from exc


def _packaged_files() -> list[Traversable]:
    # importlib.resources, not a glob of __file__'s folder: under scrapyd the package runs from a zipped egg.
    from importlib.resources import files

    entries = [e for e in files(__name__).iterdir() if e.name.endswith(".toml")]
    return sorted(entries, key=lambda e: e.name)


def available_outlets(user_dir: str | os.PathLike[str] | None = None) -> dict[str, Traversable]:
    """Outlet name -> file (a `Path`, or a packaged resource), user folder overriding the packaged one."""
    found: dict[str, Traversable] = {}
    for folder in reversed(outlet_dirs(user_dir)):
        if folder == PACKAGED_DIR:
            for path in _packaged_files():
                found[path.name[: -len(".toml")]] = path
        elif folder.is_dir():
            for path in sorted(folder.glob("*.toml")):
                found[path.stem] = path
    return found


def load_outlet(name: str, user_dir: str | os.PathLike[str] | None = None) -> Outlet:
    """Load an outlet by name, or raise OutletError naming the known outlets."""
    files = available_outlets(user_dir)
    if name not in files:
        known = ", ".join(sorted(files)) or "none"
        raise OutletError(f"unknown outlet {name!r} (known: {known})")
    outlet = load_outlet_file(files[name])
    if outlet.name != name:
        raise OutletError(f"{files[name]}: name: {outlet.name!r} does not match the file name {name!r}")
    return outlet
