#!/usr/bin/env python3
"""Are records byte-identical between two commits? A digest of every devset and fixture page's record.

For each page: the record's JSON without ``fetched_at`` (the one field that holds the time of the run),
and the near-duplicate signature of an article's text (``newsbot.state.neardup.fingerprint``, as the crawl's
workers compute it), each as a sha256, with the record's kind. Pages: every page of ``../shared/devset``
(fundus, trafilatura, dragnet; read, never copied) and every HTML page of ``fixtures/`` (fixtures/pages
with the URL of its expected JSON; every page served by fixtures/sites/<outlet> with that outlet).

Usage, for a refactor that must not change a record::

    git worktree add /tmp/base <commit> && .venv/bin/python /tmp/base/benchmarks/equivalence.py \\
        --devset "$PWD/../shared/devset" --write base.json   # the base's own script and newsbot
    .venv/bin/python benchmarks/equivalence.py --compare base.json     # prints the pages that differ

Run the base's own copy of the script: the benchmark modules it imports put their project root first on
``sys.path``, so PYTHONPATH pointing at the base alone is overridden on the devset pages (the run prints
where newsbot came from).

``--no-speedups`` runs plain trafilatura and jusText (``newsbot.speedups`` not installed, or on an
older commit its shortcuts disabled); by default the speed-ups are installed, as in a crawl's workers.
The exit status is 1 when a page differs or is missing on one side.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import multiprocessing
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DEVSET = PROJECT_ROOT.parent / "shared" / "devset"
DEVSET_SETS = ("fundus", "trafilatura", "dragnet")
#: Passed to extract() and dropped from the JSON anyway (it is the fetch time, not an extraction result).
FETCHED_AT = "2024-01-01T00:00:00+00:00"
#: Task: (page id, where its bytes are, how to read them, url, outlet name).
Task = tuple[str, str, str, str, str | None]

_speedups_off = False
_speedups_report: dict[str, Any] = {}


def devset_tasks(devset: Path) -> list[Task]:
    """Every devset page, with the URL the quality benchmark gives it."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from extraction_quality import load_pages

    tasks: list[Task] = []
    for set_name in DEVSET_SETS:
        if not (devset / set_name / "ground-truth.json").is_file():
            raise SystemExit(f"devset set {set_name!r} not found under {devset} (--devset)")
        for page in load_pages(devset, set_name):
            tasks.append((f"{set_name}/{page.page_id}", str(page.path), "gzip", page.url, None))
    return tasks


def fixture_tasks(root: Path) -> list[Task]:
    """Every fixture page: fixtures/pages/*.html and each HTML file a fixtures/sites/<outlet> serves."""
    tasks: list[Task] = []
    for html in sorted((root / "fixtures" / "pages").glob("*.html")):
        url = json.loads(html.with_suffix(".json").read_text("utf-8"))["url"]
        tasks.append((f"fixtures/pages/{html.stem}", str(html), "plain", url, None))
    for site in sorted(p for p in (root / "fixtures" / "sites").iterdir() if p.is_dir()):
        origin = f"https://{site.name}.example"
        for html in sorted(site.rglob("*.html")):
            path = "/" + html.relative_to(site).as_posix()
            if path.endswith("/index.html"):
                path = path[: -len("index.html")]
            tasks.append((f"fixtures/sites/{site.name}{path}", str(html), f"base:{origin}", origin + path, site.name))
    return tasks


def _read(where: str, how: str) -> bytes:
    data = Path(where).read_bytes()
    if how == "gzip":
        import gzip

        return gzip.decompress(data)
    if how.startswith("base:"):  # the served sites hold a {{base}} placeholder for their origin
        return data.replace(b"{{base}}", how[len("base:") :].encode())
    return data


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _has_speedups_package() -> bool:
    """Whether the newsbot imported has newsbot.speedups (later commits) or installs at import (older ones).

    Read from the package's folder: with PYTHONPATH pointing at an older checkout, an editable install of
    a newer one would still answer find_spec("newsbot.speedups").
    """
    import newsbot

    return (Path(newsbot.__file__).parent / "speedups" / "__init__.py").is_file()


def _setup(no_speedups: bool) -> None:
    """Per process: install the speed-ups (or make sure they are off), as a crawl's worker does."""
    global _speedups_off, _speedups_report
    _speedups_off = no_speedups
    if _has_speedups_package():
        import newsbot.speedups as speedups

        _speedups_report = {} if no_speedups else dict(speedups.install())
        return
    # An older commit: its shortcuts were installed when newsbot.extraction was imported.
    import newsbot.extraction  # noqa: F401

    _speedups_report = {"installed-at-import": "off" if no_speedups else "on"}


def _plain() -> contextlib.AbstractContextManager[Any]:
    """Plain trafilatura inside, on a commit that installs its shortcuts at import, with --no-speedups."""
    if _speedups_off and not _has_speedups_package():
        from newsbot.extraction import fastpath  # type: ignore[attr-defined]  # before newsbot.speedups

        return fastpath.disabled()  # type: ignore[no-any-return]
    return contextlib.nullcontext()


def record_fields(task: Task) -> dict[str, Any] | Exception:
    """One page's record as JSON fields (without the run-dependent ``fetched_at``), or what extract() raised."""
    _, where, how, url, outlet_name = task
    from newsbot import extract

    outlet = None
    if outlet_name:
        from newsbot.outlets import OutletError, load_outlet

        # A served fixture site without an outlet file (tidewater) is extracted as an unknown outlet.
        with contextlib.suppress(OutletError):
            outlet = load_outlet(outlet_name)
    try:
        with _plain():
            record = extract(_read(where, how), url, outlet, fetched_at=FETCHED_AT)
    except Exception as exc:  # noqa: BLE001 - extract() must never raise: a difference to report, not a crash
        return exc
    fields: dict[str, Any] = json.loads(record.to_json())
    fields.pop("fetched_at", None)
    return fields


def digest(task: Task) -> tuple[str, dict[str, Any]]:
    """The digest entry of one page."""
    page_id = task[0]
    from newsbot.state.neardup import fingerprint

    fields = record_fields(task)
    if isinstance(fields, Exception):
        exc = fields
        return page_id, {"kind": f"raised {type(exc).__name__}", "record": _sha(str(exc)), "signature": None}
    kind = fields.get("record_type", "?")
    if kind == "rejection":
        kind += f":{fields.get('reason')}"
    text = fields.get("text")
    signature = fingerprint(text) if kind == "article" and isinstance(text, str) else None
    return page_id, {
        "kind": kind,
        "record": _sha(json.dumps(fields, sort_keys=True, ensure_ascii=False)),
        "signature": None if signature is None else _sha(json.dumps([int(v) for v in signature])),
    }


def run(tasks: list[Task], workers: int, no_speedups: bool) -> Iterator[tuple[str, dict[str, Any]]]:
    """The digest entries, in task order."""
    if workers <= 1:
        _setup(no_speedups)
        yield from map(digest, tasks)
        return
    with multiprocessing.get_context("spawn").Pool(workers, _setup, (no_speedups,)) as pool:
        yield from pool.imap(digest, tasks, chunksize=8)


def compare(base: dict[str, Any], current: dict[str, Any]) -> list[str]:
    """Lines describing each page whose entry differs (or is on one side only)."""
    lines = []
    for page_id in sorted(set(base) | set(current)):
        old, new = base.get(page_id), current.get(page_id)
        if old == new:
            continue
        if old is None or new is None:
            lines.append(f"{page_id}: only in the {'current run' if old is None else 'base file'}")
            continue
        what = [key for key in ("kind", "record", "signature") if old.get(key) != new.get(key)]
        detail = f" ({old['kind']} -> {new['kind']})" if "kind" in what else ""
        lines.append(f"{page_id}: {', '.join(what)} differ{detail}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", type=Path, help="write the digest to this file")
    parser.add_argument("--compare", type=Path, help="compare with a digest written by --write")
    parser.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    parser.add_argument("--fixtures-only", action="store_true", help="skip the devset (a quick check)")
    parser.add_argument("--no-speedups", action="store_true", help="plain trafilatura and jusText")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    if args.write is None and args.compare is None:
        parser.error("give --write FILE, --compare FILE or both")
    tasks = fixture_tasks(PROJECT_ROOT) + ([] if args.fixtures_only else devset_tasks(args.devset))
    start = time.monotonic()
    pages = dict(run(tasks, args.workers, args.no_speedups))
    if args.workers <= 1:
        report = _speedups_report
    else:  # the workers installed them; ask for the same report here
        _setup(args.no_speedups)
        report = _speedups_report
    import newsbot

    meta = {
        "pages": len(pages),
        "speedups": report,
        "newsbot": str(Path(newsbot.__file__).parent),
        "seconds": round(time.monotonic() - start, 1),
    }
    print(f"{len(pages)} pages in {meta['seconds']} s; newsbot from {meta['newsbot']}; speed-ups: {report}")
    if args.write:
        args.write.write_text(json.dumps({"meta": meta, "pages": pages}, indent=1, sort_keys=True) + "\n", "utf-8")
        print(f"digest written to {args.write}")
    status = 0
    if args.compare:
        base = json.loads(args.compare.read_text("utf-8"))["pages"]
        if args.fixtures_only:
            base = {k: v for k, v in base.items() if k.startswith("fixtures/")}
        lines = compare(base, pages)
        print("\n".join(lines))
        print(f"{len(lines)} of {len(set(base) | set(pages))} pages differ from {args.compare}")
        status = 1 if lines else 0
    return status


if __name__ == "__main__":
    sys.exit(main())
