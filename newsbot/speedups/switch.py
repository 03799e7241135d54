"""The speed-ups' on/off switch and their record of what they replaced upstream.

Every replacement of an upstream attribute goes through `patch()`, which keeps the original, so that
`restore()` puts everything back and the guards (`newsbot.speedups.guard`) always hash the upstream
code, not the replacement. `disabled()` runs plain upstream code without uninstalling (the
replacements check `enabled`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

#: False inside `disabled()`: the replacements then call the code they replace.
enabled = True
# (owner, attribute name) -> the upstream value, for every attribute replaced; in patch order.
_originals: dict[tuple[Any, str], Any] = {}


@contextmanager
def disabled() -> Iterator[None]:
    """Plain trafilatura and jusText inside the block (benchmark baselines and tests compare against it)."""
    global enabled
    before, enabled = enabled, False
    try:
        yield
    finally:
        enabled = before


def patch(owner: Any, name: str, value: Any) -> None:
    """Set ``owner.name = value``, remembering the upstream value the first time."""
    _originals.setdefault((owner, name), getattr(owner, name))
    setattr(owner, name, value)


def original(owner: Any, name: str) -> Any:
    """``owner.name`` as upstream has it, replaced or not."""
    key = (owner, name)
    return _originals[key] if key in _originals else getattr(owner, name)


def restore() -> None:
    """Put back every replaced attribute (last replaced first)."""
    for (owner, name), value in reversed(list(_originals.items())):
        setattr(owner, name, value)
    _originals.clear()
