"""`newsbot validate FILE...`: check JSONL output (plain or .gz) against the record schemas.

Each line is checked against the JSON Schema of its ``record_type`` (article, rejection, error) and
``schema_version``: schema 2 is generated from the models at run time (the files committed under
``schema/`` are the same, a test keeps them equal), so the installed command needs no file from the
source tree; schema 1 is frozen in the package (``newsbot/schema_v1.json``). A line without a usable
``record_type`` is checked as the kind its file name says (``.articles.jsonl`` or the schema-1 ``.jsonl``,
``.rejects.jsonl``, ``.errors.jsonl``). The JSON Schema cannot express everything the models check (no
markup in text, real calendar dates, no control characters), so every line that passes its schema is
also validated by the schema-2 model, a schema-1 line after `newsbot.models.upgrade`.

Arguments may be files, folders (searched for ``*.jsonl`` and ``*.jsonl.gz``) or glob patterns with
``**`` (expanded here, as shells without globstar do not).
"""

from __future__ import annotations

import argparse
import glob
import gzip
import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError as SchemaError
    from pydantic import BaseModel

# Only the standard library at import time (cli.py imports this module for every `newsbot` command).

KINDS = ("article", "rejection", "error")


def kind_of(path: Path) -> str | None:
    """The record kind a file's name says it holds (``.articles.jsonl``, ``.rejects.jsonl``, ``.errors.jsonl``);
    None for any other name (a schema-1 ``<run-id>.jsonl``, the mixed output of ``newsbot extract``)."""
    name = path.name.removesuffix(".gz")
    for kind, suffix in (("article", ".articles.jsonl"), ("rejection", ".rejects.jsonl"), ("error", ".errors.jsonl")):
        if name.endswith(suffix):
            return kind
    return None


def schemas(version: int | None = None) -> dict[str, dict[str, Any]]:
    """JSON Schema per record kind of one schema version (default: the current one)."""
    from newsbot.models import SCHEMA_VERSION, json_schema

    if version in (None, SCHEMA_VERSION):
        return {kind: json_schema(kind) for kind in KINDS}
    if version == 1:
        from importlib.resources import files

        frozen: dict[str, dict[str, Any]] = json.loads(files("newsbot").joinpath("schema_v1.json").read_text("utf-8"))
        return frozen
    raise ValueError(f"unknown schema version {version}")


@dataclass
class Problem:
    """One bad line."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass
class Result:
    """Totals over all files checked."""

    files: int = 0
    lines: int = 0
    bad: int = 0
    problems: list[Problem] = field(default_factory=list)


def expand(args: list[str]) -> tuple[list[Path], list[str]]:
    """Files to check and the arguments that matched nothing."""
    files: list[Path] = []
    missing: list[str] = []
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            # A run's skipped-URL list (NEWSBOT_RECORD_SKIPPED) holds no records: not checked against their schemas.
            found = sorted(
                p
                for p in path.rglob("*")
                if p.name.endswith((".jsonl", ".jsonl.gz")) and ".skipped.jsonl" not in p.name
            )
        elif path.is_file():
            found = [path]
        else:
            found = sorted(Path(p) for p in glob.glob(arg, recursive=True) if Path(p).is_file())
        if not found:
            missing.append(arg)
        files.extend(p for p in found if p not in files)
    return files, missing


def _open(path: Path) -> io.BufferedIOBase:
    return gzip.open(path, "rb") if path.name.endswith(".gz") else open(path, "rb")  # noqa: SIM115


def _where(error: SchemaError) -> str:
    location = "/".join(str(p) for p in error.absolute_path)
    return f"{location}: " if location else ""


class Validator:
    """Checks lines: the JSON Schema of the line's record kind and version, then the pydantic model."""

    def __init__(self, schema_overrides: dict[str, dict[str, Any]] | None = None) -> None:
        import jsonschema

        from newsbot.models import MODELS, SCHEMA_VERSION

        self.current = SCHEMA_VERSION
        self.validators: dict[tuple[str, int], Any] = {}
        for version in (1, SCHEMA_VERSION):
            merged = {**schemas(version), **(schema_overrides or {})}
            for kind, schema in merged.items():
                self.validators[kind, version] = jsonschema.Draft202012Validator(
                    schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
                )
        self.models: dict[str, type[BaseModel]] = dict(MODELS)

    def check_line(self, raw: bytes, kind: str | None) -> str | None:
        """None when the line is a valid record of its own record_type, else why not; `kind` is what the file's
        name says (a line of another kind there is a problem), None when the name does not say."""
        from pydantic import ValidationError

        from newsbot.models import upgrade

        if not raw.endswith(b"\n"):
            return "line not terminated by a newline (truncated file?)"
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            return f"not UTF-8: {exc.reason} at byte {exc.start}"
        if not text.strip():
            return "empty line"
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            return f"not JSON: {exc.msg} (column {exc.colno})"
        if not isinstance(record, dict):
            return f"not a JSON object but {type(record).__name__}"
        found = record.get("record_type")
        if found in KINDS:
            if kind is not None and found != kind:
                return f"{'a' if found == 'rejection' else 'an'} {found} record in a file of {kind} records"
            kind = found
        kind = kind or "article"  # no usable record_type: the article schema says what is missing
        version = record.get("schema_version")
        if version not in (1, self.current):
            version = self.current  # missing or unknown: the current schema says what is wrong
        errors = sorted(self.validators[kind, version].iter_errors(record), key=lambda e: list(e.absolute_path))
        if errors:
            more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
            return f"schema ({kind} v{version}): {_where(errors[0])}{errors[0].message[:300]}{more}"
        try:
            self.models[kind].model_validate(upgrade(record))
        except ValueError as exc:  # pydantic's ValidationError, or a schema-1 date upgrade refuses
            if isinstance(exc, ValidationError):
                first = exc.errors()[0]
                location = ".".join(str(p) for p in first["loc"])
                return f"model ({kind}): {location}: {first['msg'][:300]}"
            return f"model ({kind}): {str(exc)[:300]}"
        return None

    def lines(self, path: Path) -> Iterator[tuple[int, str | None]]:
        """(line number, problem or None) for each line of a file."""
        kind = kind_of(path)
        with _open(path) as handle:
            for number, raw in enumerate(handle, 1):
                yield number, self.check_line(raw, kind)


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Arguments of `newsbot validate`."""
    p.add_argument(
        "paths", nargs="+", help="JSONL files (.jsonl or .jsonl.gz), folders, or globs like 'output/**/*.jsonl'"
    )
    p.add_argument(
        "--schema",
        type=Path,
        help="check article lines against this JSON Schema file instead "
        "(e.g. schema/article.schema.json of another version)",
    )
    p.add_argument("--max-problems", type=int, default=20, metavar="N", help="print at most N bad lines (default 20)")


def run(args: argparse.Namespace) -> int:
    """Check JSONL files against the record schemas; exit 1 when any line is bad."""
    files, missing = expand(args.paths)
    for arg in missing:
        print(f"newsbot: no JSONL file matches {arg}", file=sys.stderr)
    if not files:
        return 2
    overrides = None
    if args.schema is not None:
        try:
            overrides = {"article": json.loads(args.schema.read_text(encoding="utf-8"))}
        except (OSError, json.JSONDecodeError) as exc:
            print(f"newsbot: cannot read schema {args.schema}: {exc}", file=sys.stderr)
            return 2
    validator = Validator(overrides)
    result = Result()
    for path in files:
        result.files += 1
        number = 0
        try:
            for number, problem in validator.lines(path):
                result.lines += 1
                if problem is None:
                    continue
                result.bad += 1
                if result.bad <= args.max_problems:
                    print(Problem(path, number, problem), flush=True)
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            result.bad += 1
            print(Problem(path, number + 1, f"cannot read: {exc}"), flush=True)
    if result.bad > args.max_problems:
        print(f"... and {result.bad - args.max_problems} more bad lines")
    verdict = "ok" if not result.bad else "FAILED"
    print(f"newsbot: {verdict}: {result.lines} lines in {result.files} files, {result.bad} bad")
    return 1 if result.bad else 0
