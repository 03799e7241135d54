"""`newsbot validate FILE...`: check JSONL output (plain or .gz) against the record schemas.

Article files are checked against the Article JSON Schema (the one committed as
``schema/article.schema.json``; it is generated from the model at run time so the installed command
needs no file from the source tree, and a test keeps the two equal). ``*.rejects.jsonl`` and
``*.errors.jsonl`` lines are checked against the schemas of `Rejection` and `ErrorRecord`. The
JSON Schema cannot express everything the models check (no markup in text, ISO 8601 dates with an
offset, no control characters), so every line that passes the schema is also validated by its
pydantic model.

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


def kind_of(path: Path) -> str:
    """The record kind a file holds, from its name: ``.rejects.jsonl``, ``.errors.jsonl`` or articles."""
    name = path.name.removesuffix(".gz")
    if name.endswith(".rejects.jsonl"):
        return "rejection"
    if name.endswith(".errors.jsonl"):
        return "error"
    return "article"


def schemas() -> dict[str, dict[str, Any]]:
    """JSON Schema per record kind, generated from the models."""
    from newsbot.models import ErrorRecord, Rejection, article_json_schema

    return {
        "article": article_json_schema(),
        "rejection": Rejection.model_json_schema(),
        "error": ErrorRecord.model_json_schema(),
    }


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
    """Checks lines of one record kind: JSON Schema first, then the pydantic model."""

    def __init__(self, schema_overrides: dict[str, dict[str, Any]] | None = None) -> None:
        import jsonschema

        from newsbot.models import Article, ErrorRecord, Rejection

        merged = {**schemas(), **(schema_overrides or {})}
        self.validators = {kind: jsonschema.Draft202012Validator(schema) for kind, schema in merged.items()}
        self.models: dict[str, type[BaseModel]] = {"article": Article, "rejection": Rejection, "error": ErrorRecord}

    def check_line(self, raw: bytes, kind: str) -> str | None:
        """None when the line is a valid record of `kind`, else why not."""
        from pydantic import ValidationError

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
        errors = sorted(self.validators[kind].iter_errors(record), key=lambda e: list(e.absolute_path))
        if errors:
            more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
            return f"schema ({kind}): {_where(errors[0])}{errors[0].message[:300]}{more}"
        try:
            self.models[kind].model_validate(record)
        except ValidationError as exc:
            first = exc.errors()[0]
            location = ".".join(str(p) for p in first["loc"])
            return f"model ({kind}): {location}: {first['msg'][:300]}"
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
        help="check article files against this JSON Schema file instead "
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
