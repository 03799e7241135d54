"""An extraction function whose import changes trafilatura's readability rule, as a new release would.

The new `_prefer_readability` gives the same answers from different source code: the speed-up that
mirrors the rule ("readability-skip") must notice and stay off; the others stay on. Used by the pool
and crawl tests (imported inside extraction workers).
"""

from __future__ import annotations

from typing import Any

import trafilatura.external as external

from newsbot.extraction import extract

__all__ = ["extract"]

_upstream = external._prefer_readability


def _prefer_readability(*args: Any, **kwargs: Any) -> bool:
    """trafilatura's rule, behind a wrapper: its source is no longer the one the speed-up was checked against."""
    return bool(_upstream(*args, **kwargs))


external._prefer_readability = _prefer_readability
