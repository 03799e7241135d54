"""Guards: a speed-up runs only on the exact upstream code it was written against.

Each speed-up names the upstream code it replaces or mirrors as targets (``"module:attribute.path"``,
or ``"module"`` for a whole module) with the sha256 of that code's source when the speed-up was last
checked. Any difference (a new release, a patched install) switches that speed-up off, with the reason,
until someone reads the new code and records its hash (``python -m newsbot.speedups`` prints them).

The "source" of a target is what it is made of: a function's or class's source text, an XPath's
expression, a compiled pattern's text and flags, a set's sorted items.
"""

from __future__ import annotations

import ast
import hashlib
import importlib
import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml.etree import XPath

from . import switch

#: target -> sha256 of its source, as one speed-up expects them.
Pins = dict[str, str]


@dataclass(frozen=True)
class Speedup:
    """One speed-up: what it does, the upstream code it is written against, and how it is installed."""

    name: str
    summary: str
    #: The upstream code it replaces or mirrors, each with the sha256 of its source.
    pins: Pins
    #: Installs it (once its pins hold); returns None, or why it could not be installed.
    apply: Callable[[], str | None]


class Unreadable(Exception):
    """A target that cannot be found or whose source cannot be read."""


def resolve(target: str) -> Any:
    """The object a target names (``"trafilatura.core:html2txt"``, ``"trafilatura.readability_lxml"``)."""
    module_name, _, path = target.partition(":")
    try:
        obj: Any = importlib.import_module(module_name)
        for name in filter(None, path.split(".")):
            obj = switch.original(obj, name)  # upstream's, even where a speed-up replaced it
    except (ImportError, AttributeError) as exc:
        raise Unreadable(f"{target} not found ({type(exc).__name__})") from exc
    return obj


def _compiled_source(target: str) -> str:
    """The source of a top-level definition of a compiled module that ships its .py beside it (lxml.sax)."""
    module_name, _, path = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise Unreadable(f"{target} not found ({type(exc).__name__})") from exc
    file = Path(getattr(module, "__file__", "") or "")
    source_file = file.with_name(file.name.split(".", 1)[0] + ".py")
    if file.suffix == ".py":
        raise Unreadable(f"{target} not found")
    try:
        source = source_file.read_text(encoding="utf-8")
    except OSError as exc:
        raise Unreadable(f"{target}: no source ({source_file.name} unreadable)") from exc
    wanted = path.split(".")[0]
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef) and node.name == wanted:
            return ast.get_source_segment(source, node) or ""
    raise Unreadable(f"{target}: {wanted} not in {source_file.name}")


def source(target: str) -> str:
    """The text a target's hash is taken of (see the module docstring)."""
    try:
        obj = resolve(target)
    except Unreadable:
        if ":" not in target:
            raise
        return _compiled_source(target)  # a compiled module's cdef function is no attribute (lxml.sax)
    if isinstance(obj, XPath):
        return str(obj.path)
    if isinstance(obj, list | tuple) and all(isinstance(item, XPath) for item in obj):
        return "\n".join(str(item.path) for item in obj)
    if isinstance(obj, re.Pattern):
        return f"{obj.pattern!r} {obj.flags}"
    if isinstance(obj, set | frozenset):
        return repr(sorted(obj))
    if isinstance(obj, str | int | float):
        return repr(obj)
    try:
        return inspect.getsource(obj)
    except TypeError as exc:
        raise Unreadable(f"{target}: no source for a {type(obj).__name__}") from exc
    except OSError:
        return _compiled_source(target)


def fingerprint(target: str) -> str:
    """sha256 (hex) of a target's source as installed."""
    return hashlib.sha256(source(target).encode("utf-8")).hexdigest()


def check(pins: Pins) -> str | None:
    """None when every target's source hashes as pinned; else why not (the first target that differs)."""
    for target, expected in pins.items():
        try:
            found = fingerprint(target)
        except Unreadable as exc:
            return str(exc)
        if found != expected:
            return f"{target} is not the code it was written against (sha256 {found[:12]}, expected {expected[:12]})"
    return None
