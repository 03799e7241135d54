"""Incremental crawl state: what was emitted before, per canonical URL, across runs.

A scheduled run asks the store three things:

* before requesting a URL: which canonical URL does it stand for (`canonical_for`), and was that
  article emitted already (`seen`)? If so the request is not even sent, unless a feed or sitemap
  now gives a different modification date than the one recorded (``Known.listing_modified``);
* after extracting an article: is it new, changed (same id, new ``content_hash`` -> ``revision + 1``)
  or unchanged (`seen`); is its text a near-duplicate of an earlier article
  (`find_near_duplicate`, MinHash with LSH bands, see `newsbot.state.neardup`);
* once the article line is safely in the output file: remember it (`record`).

`StateStore` is the protocol every backend implements; `SqliteStateStore` is the embedded default
(one file, safe for several processes: WAL journal, busy timeout). ``newsbot.state.redis`` may
provide a shared Redis backend: `open_state` imports it when ``NEWSBOT_REDIS_URL`` is set and calls
its ``open_store(redis_url: str) -> StateStore``.

Durability: `record` commits before it returns. The writer calls it only after the article's line is
written and flushed, and on start-up replays lines of a killed run's files into the store
(`record` is an idempotent upsert), so a SIGKILL at any point loses no article and emits none twice.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path
from typing import cast

from newsbot.state.base import Known, StateError, StateStore
from newsbot.state.sqlite import DEFAULT_STATE_FILE, SqliteStateStore

__all__ = ["DEFAULT_STATE_FILE", "Known", "SqliteStateStore", "StateError", "StateStore", "open_state"]


def open_state(path: str | Path, redis_url: str | None = None, redis_retry_for: float | None = None) -> StateStore:
    """The store asked for: Redis at ``redis_url`` when given (riding out outages of up to ``redis_retry_for``
    seconds once reached), else the SQLite file at ``path``."""
    if redis_url:
        if importlib.util.find_spec("redis") is None:
            raise StateError("a Redis URL is set but the Redis client is not installed (pip install 'newsbot[redis]')")
        module = importlib.import_module("newsbot.state.redis")
        return cast(StateStore, module.open_store(redis_url, retry_for=redis_retry_for))
    return SqliteStateStore(Path(path))
