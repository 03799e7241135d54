"""The `newsbot` command: extract saved pages, list and check outlets, print the schema.

Subcommands register themselves in `COMMANDS`; each has an ``add_arguments(parser)`` and a
``run(args) -> int``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from newsbot.cli import crawl_cmd as _crawl_cmd
from newsbot.cli import extract_cmd as _extract_cmd
from newsbot.cli import reextract as _reextract  # these command modules import only the stdlib at load time
from newsbot.cli import report as _report
from newsbot.cli import validate as _validate

Command = tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]


def _outlets_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", nargs="?", choices=["list", "check"], default="list")
    p.add_argument("name", nargs="?", help="outlet to check (default: all)")
    p.add_argument("--outlets-dir", help="folder of user outlet files (default: $NEWSBOT_OUTLETS_DIR)")


def _outlets(args: argparse.Namespace) -> int:
    from newsbot.outlets import OutletError, available_outlets, load_outlet

    user_dir = getattr(args, "outlets_dir", None)
    if args.action == "check":
        names = [args.name] if args.name else sorted(available_outlets(user_dir))
        bad = 0
        for name in names:
            try:
                outlet = load_outlet(name, user_dir)
                print(
                    f"ok {name}: {len(outlet.start_urls)} start pages, {len(outlet.feeds)} feeds, "
                    f"{len(outlet.sitemaps)} sitemaps, {len(outlet.allow)} article patterns"
                )
            except OutletError as exc:
                print(f"newsbot: {exc}", file=sys.stderr)
                bad += 1
        return 1 if bad else 0
    # One line per outlet: name, language, domains, file; an invalid file is listed as such.
    for name, path in sorted(available_outlets(user_dir).items()):
        try:
            outlet = load_outlet(name, user_dir)
            print(f"{name}\t{outlet.language or '-'}\t{','.join(outlet.domains)}\t{path}")
        except OutletError:
            print(f"{name}\tINVALID (newsbot outlets check {name})\t\t{path}")
    return 0


def _schema_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--record", choices=["article", "rejection", "error"], default="article")


def _schema(args: argparse.Namespace) -> int:
    from newsbot.models import json_schema

    print(json.dumps(json_schema(args.record), indent=2, ensure_ascii=False))
    return 0


COMMANDS: list[Command] = [
    ("crawl", _crawl_cmd.add_arguments, _crawl_cmd.run),
    ("extract", _extract_cmd.add_extract_arguments, _extract_cmd.run_extract),
    ("extract-warc", _extract_cmd.add_warc_arguments, _extract_cmd.run_warc),
    ("outlets", _outlets_args, _outlets),
    ("schema", _schema_args, _schema),
    ("reextract", _reextract.add_arguments, _reextract.run),
    ("validate", _validate.add_arguments, _validate.run),
    ("report", _report.add_arguments, _report.run),
]


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `newsbot` command."""
    parser = argparse.ArgumentParser(prog="newsbot", description="newsbot: news-article scraper and normalizer")
    sub = parser.add_subparsers(dest="command", required=True)
    runners: dict[str, Callable[[argparse.Namespace], int]] = {}
    for name, add_args, run in COMMANDS:
        p = sub.add_parser(name, help=(run.__doc__ or "").strip().split("\n")[0] or None)
        add_args(p)
        runners[name] = run
    args = parser.parse_args(argv)
    try:
        return runners[args.command](args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
