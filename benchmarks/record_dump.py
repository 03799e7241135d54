#!/usr/bin/env python3
"""Every devset and fixture page's full record, one JSON line per page, and the fields that differ between two dumps.

The readable companion of ``benchmarks/equivalence.py`` (which keeps only digests): the same pages (every
page of ``../shared/devset`` fundus, trafilatura and dragnet, read and never copied; every HTML page of
``fixtures/``), the same URLs and outlets, the record's JSON without ``fetched_at``. For a refactor that must
not change a record (a word list moved into ``newsbot.lexicon``)::

    git archive <commit> | tar -x -C /tmp/base && cp benchmarks/record_dump.py /tmp/base/benchmarks/
    .venv/bin/python /tmp/base/benchmarks/record_dump.py --devset "$PWD/../shared/devset" --write /tmp/base.jsonl
    .venv/bin/python benchmarks/record_dump.py --compare /tmp/base.jsonl    # after the change
    .venv/bin/python benchmarks/record_dump.py --compare /tmp/base.jsonl --current /tmp/new.jsonl  # two dumps

Run the script from the checkout whose newsbot it should dump: the benchmark modules it imports put their
own project root first on ``sys.path`` (PYTHONPATH alone would be overridden in the workers). The run prints
where the workers imported newsbot from.

``--score DUMP`` prints newsbot's figures of benchmarks/extraction_quality.py (body precision, recall and F1,
title, date, authors and language rates, real articles empty) per set and part, computed from a dump's
records (no extraction; no CPU figures): two dumps' scores side by side measure a change in seconds.
``--pages FILE --splice BASE`` dumps only the listed devset pages and copies the others from BASE: for a
change that can only touch pages an earlier dump found (a narrower pattern than one already measured).

Each line: ``{"page": id, "part": "insample" | "heldout" | "fixture", "record": {...}}``. The comparison
prints, per differing page, the fields that differ; their values only for in-sample and fixture pages: a
held-out page's content is never printed (benchmarks/devsplit.py). The exit status is 1 when a page differs
or is on one side only.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from equivalence import (  # noqa: E402 - a sibling script, found through the path above
    DEFAULT_DEVSET,
    DEVSET_SETS,
    PROJECT_ROOT,
    Task,
    _setup,
    fixture_tasks,
    record_fields,
)

FIXTURE = "fixture"
#: Values longer than this are shortened in the printed comparison (around their first difference).
SHOW_CHARS = 160


def devset_tasks(devset: Path) -> list[tuple[Task, str]]:
    """Every devset page, with the URL the quality benchmark gives it and its part of the publisher split."""
    from extraction_quality import load_pages

    tasks: list[tuple[Task, str]] = []
    for set_name in DEVSET_SETS:
        if not (devset / set_name / "ground-truth.json").is_file():
            raise SystemExit(f"devset set {set_name!r} not found under {devset} (--devset)")
        for page in load_pages(devset, set_name):
            tasks.append(((f"{set_name}/{page.page_id}", str(page.path), "gzip", page.url, None), page.part))
    return tasks


def dump_one(item: tuple[Task, str]) -> dict[str, Any]:
    """One page's line: its id, its part and its record (or the exception extract() raised)."""
    task, part = item
    fields = record_fields(task)
    if isinstance(fields, Exception):
        return {"page": task[0], "part": part, "record": {"raised": f"{type(fields).__name__}: {fields}"}}
    return {"page": task[0], "part": part, "record": fields}


def newsbot_folder(_: object = None) -> str:
    """Where this process imports newsbot from."""
    import newsbot

    return str(Path(newsbot.__file__).parent)


def run(items: list[tuple[Task, str]], workers: int, no_speedups: bool) -> Iterator[dict[str, Any]]:
    """The lines, in page order."""
    if workers <= 1:
        _setup(no_speedups)
        print(f"newsbot from {newsbot_folder()}", flush=True)
        yield from map(dump_one, items)
        return
    with multiprocessing.get_context("spawn").Pool(workers, _setup, (no_speedups,)) as pool:
        print(f"newsbot from {pool.apply(newsbot_folder)} (a worker)", flush=True)
        yield from pool.imap(dump_one, items, chunksize=8)


def read_dump(path: Path) -> dict[str, dict[str, Any]]:
    """A dump's lines by page id."""
    lines = (json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip())
    return {line["page"]: line for line in lines}


def _show(value: Any, other: Any) -> str:
    """A value for the printed comparison, shortened around where it first differs from the other."""
    text = json.dumps(value, ensure_ascii=False)
    if len(text) <= SHOW_CHARS:
        return text
    other_text = json.dumps(other, ensure_ascii=False)
    at = next((i for i, (a, b) in enumerate(zip(text, other_text, strict=False)) if a != b), 0)
    start = max(0, at - SHOW_CHARS // 2)
    return ("…" if start else "") + text[start : start + SHOW_CHARS] + "…"


def compare(base: dict[str, dict[str, Any]], current: dict[str, dict[str, Any]]) -> tuple[list[str], Counter[str]]:
    """Lines describing each page whose record differs, and how many pages differ per field."""
    lines: list[str] = []
    per_field: Counter[str] = Counter()
    for page_id in sorted(set(base) | set(current)):
        old, new = base.get(page_id), current.get(page_id)
        if old is None or new is None:
            lines.append(f"{page_id}: only in the {'current dump' if old is None else 'base dump'}")
            per_field["<page>"] += 1
            continue
        if old["record"] == new["record"]:
            continue
        fields = sorted(
            key for key in set(old["record"]) | set(new["record"]) if old["record"].get(key) != new["record"].get(key)
        )
        per_field.update(fields)
        part = new.get("part", old.get("part"))
        lines.append(f"{page_id} [{part}]: {', '.join(fields)}")
        if part == "heldout":
            continue  # held-out content is never looked at
        for key in fields:
            before, after = old["record"].get(key), new["record"].get(key)
            lines.append(f"    {key}: {_show(before, after)}")
            lines.append(f"    {' ' * len(key)}  -> {_show(after, before)}")
    return lines, per_field


def output_of(set_name: str, page_id: str, record: dict[str, Any]) -> Any:
    """The benchmark's Output of newsbot for a dumped record (as extraction_quality._run_newsbot fills it)."""
    from extraction_quality import Output

    out = Output("newsbot", set_name, page_id)
    if "raised" in record:
        out.error = record["raised"]
    elif record.get("record_type") == "rejection":
        out.rejected = f"{record.get('reason', '')}: {record.get('detail', '')}"
    else:
        out.text = str(record.get("text") or "")
        out.title = record.get("title") or None
        out.authors = [str(a) for a in record.get("authors") or []]
        out.published_at = record.get("published_at") or record.get("published_date") or None
        out.language = record.get("language") or None
    return out


def score(dump: dict[str, dict[str, Any]], devset: Path) -> dict[str, dict[str, Any]]:
    """newsbot's aggregate figures per "set/part" (and "set/all") from a dump's records."""
    from extraction_quality import aggregate, load_pages, score_page

    figures: dict[str, dict[str, Any]] = {}
    for set_name in DEVSET_SETS:
        results: dict[str, list[Any]] = {}
        for page in load_pages(devset, set_name):
            line = dump.get(f"{set_name}/{page.page_id}")
            if line is None:
                continue
            result = score_page(page, output_of(set_name, page.page_id, line["record"]))
            results.setdefault(page.part, []).append(result)
            results.setdefault("all", []).append(result)
        for part, rows in sorted(results.items()):
            figures[f"{set_name}/{part}"] = aggregate("newsbot", set_name, rows)
    return figures


def score_lines(figures: dict[str, dict[str, Any]]) -> list[str]:
    """The figures as one line per set and part."""
    lines = []
    for key, agg in figures.items():
        body = agg.get("body") or {}
        rates = " ".join(
            f"{rate} {m['rate']:.1f}% ({m['hits']}/{m['of']})"
            for rate, m in agg["metadata"].items()
            if m["rate"] is not None
        )
        lines.append(
            f"{key:22} pages {agg['pages']:4}  body P {body.get('precision', 0):.4f} R {body.get('recall', 0):.4f} "
            f"F1 {body.get('f1', 0):.4f}  real articles empty {agg['real_articles_empty']}  {rates}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", type=Path, help="write this run's dump to this file (JSON lines)")
    parser.add_argument("--compare", type=Path, help="compare with a dump written by --write")
    parser.add_argument("--current", type=Path, help="with --compare: compare this dump instead of running")
    parser.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    parser.add_argument("--fixtures-only", action="store_true", help="skip the devset (a quick check)")
    parser.add_argument("--no-speedups", action="store_true", help="plain trafilatura and jusText")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument(
        "--pages", type=Path, help="only the devset pages whose ids this file lists (one a line), and the fixtures"
    )
    parser.add_argument(
        "--splice", type=Path, help="with --write and --pages: the other pages' lines copied from this dump"
    )
    parser.add_argument("--score", type=Path, action="append", help="print the benchmark figures of a dump")
    args = parser.parse_args(argv)
    if args.score:
        for path in args.score:
            print(f"== {path}")
            print("\n".join(score_lines(score(read_dump(path), args.devset))))
        return 0
    if args.write is None and args.compare is None:
        parser.error("give --write FILE, --compare FILE or both")
    if args.current is not None:
        if args.compare is None:
            parser.error("--current goes with --compare")
        current = read_dump(args.current)
    else:
        items = [(task, FIXTURE) for task in fixture_tasks(PROJECT_ROOT)]
        if not args.fixtures_only:
            wanted = set(args.pages.read_text("utf-8").split()) if args.pages else None
            items += [item for item in devset_tasks(args.devset) if wanted is None or item[0][0] in wanted]
        start = time.monotonic()
        current = {}
        with args.write.open("w", encoding="utf-8") if args.write else open("/dev/null", "w") as out:
            for line in run(items, args.workers, args.no_speedups):
                current[line["page"]] = line
                out.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
            # A change that can only touch the listed pages, measured on the whole devset.
            for page_id, line in (read_dump(args.splice) if args.splice else {}).items():
                if page_id not in current:
                    current[page_id] = line
                    out.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
        print(f"{len(current)} pages in {time.monotonic() - start:.1f} s")
        if args.write:
            print(f"dump written to {args.write}")
    if args.compare is None:
        return 0
    base = read_dump(args.compare)
    if args.fixtures_only and args.current is None:
        base = {k: v for k, v in base.items() if v.get("part") == FIXTURE}
    lines, per_field = compare(base, current)
    print("\n".join(lines))
    counts = ", ".join(f"{field} {n}" for field, n in per_field.most_common())
    print(f"{sum(1 for line in lines if not line.startswith(' '))} of {len(set(base) | set(current))} pages differ")
    if counts:
        print(f"pages per differing field: {counts}")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
