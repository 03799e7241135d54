"""Reading newsbot's settings in the Scrapy adapter: each default is defined once, in
`newsbot.crawler.settings`, and a component given settings that lack a ``NEWSBOT_*`` name (a test's bare
``Settings()``, a project of its own) gets that same default, never a second copy of it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scrapy.settings import BaseSettings

from newsbot.crawler import settings as defaults
from newsbot.state import DEFAULT_STATE_FILE, StateStore, open_state


def setting(settings: BaseSettings | None, name: str) -> Any:
    """``settings[name]`` when set (not None), else the default of `newsbot.crawler.settings`."""
    value = settings.get(name) if settings is not None else None
    return getattr(defaults, name) if value is None else value


def state_path(settings: BaseSettings | None) -> Path:
    """Where the SQLite store lives: NEWSBOT_STATE_PATH, else <NEWSBOT_OUTPUT_DIR>/state.sqlite3."""
    configured = setting(settings, "NEWSBOT_STATE_PATH")
    if configured:
        return Path(configured)
    return Path(setting(settings, "NEWSBOT_OUTPUT_DIR")) / DEFAULT_STATE_FILE


def open_state_for(settings: BaseSettings | None) -> StateStore:
    """The store the settings choose: Redis when NEWSBOT_REDIS_URL is set, else the SQLite file."""
    return open_state(
        state_path(settings),
        setting(settings, "NEWSBOT_REDIS_URL"),
        float(setting(settings, "NEWSBOT_REDIS_RETRY_FOR")),
    )
