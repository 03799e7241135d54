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
