"""An extraction function that reports the worker it runs in, for the fork-server tests (run in workers)."""

from __future__ import annotations

import os
from typing import Any


def extract(html: bytes | str, url: str, outlet: Any = None, **kwargs: Any) -> dict[str, int]:
    """Not a record: this worker's pid, its parent's pid and how many dateparser locales it has loaded."""
    from dateparser.languages.loader import LocaleDataLoader

    return {"pid": os.getpid(), "parent": os.getppid(), "locales": len(LocaleDataLoader._loaded_locales)}
