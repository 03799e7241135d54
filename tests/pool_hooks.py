"""Extraction functions that misbehave on purpose, for the pool tests (run inside pool workers).

A URL containing the text in ``POOL_HOOK_CRASH`` (default ``crash-me``) kills the worker process,
``POOL_HOOK_HANG`` (default ``hang-me``) makes it hang, ``POOL_HOOK_RAISE`` (default ``raise-me``)
raises; every other page goes to the real `newsbot.extraction.extract`.
"""

from __future__ import annotations

import os
import time
from typing import Any

from newsbot.extraction import extract as real_extract


def extract(html: bytes | str, url: str, outlet: Any = None, **kwargs: Any) -> Any:
    """`newsbot.extraction.extract`, except on the marker URLs."""
    if os.environ.get("POOL_HOOK_CRASH", "crash-me") in url:
        os._exit(3)  # no cleanup, no answer: as a segfault in lxml would look to the parent
    if os.environ.get("POOL_HOOK_HANG", "hang-me") in url:
        time.sleep(3600)
    if os.environ.get("POOL_HOOK_RAISE", "raise-me") in url:
        raise RuntimeError("extraction bug on purpose")
    return real_extract(html, url, outlet, **kwargs)
