"""newsbot and trafilatura on the hand-written fixture pages: how many come out fully right.

    python benchmarks/fixture_pages.py [--glob 'en-*'] [--verbose]

A page is "clean" for a system when it meets its expected JSON (fixtures/pages/*.json) on every field the
system gives: an article keeps every expected paragraph, carries none of the junk strings, has the exact
title and authors and the publication day (newsbot also the language and the exact published_at);
a non-article is a Rejection (newsbot) or an empty output (trafilatura). The failures are listed per page
by kind, so the two systems can be compared on the same pages.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsbot.extraction import extract  # noqa: E402
from newsbot.models import Article  # noqa: E402

PAGES = ROOT / "fixtures" / "pages"


def _problems(expected: dict[str, Any], got: dict[str, Any] | None, strict: bool) -> list[str]:
    """The kinds of failure of one output against its expectation ([] when clean)."""
    if expected["kind"] == "rejection":
        return [] if got is None else [f"emitted: {got.get('title')!r}"]
    if got is None:
        return ["rejected"]
    text = got.get("text") or ""
    out: list[str] = []
    missing = [p for p in expected["paragraphs"] if p not in text]
    if missing:
        out.append(f"missing {len(missing)}: {missing[0][:50]!r}")
    fields = " \n".join(str(v) for v in got.values() if isinstance(v, str)) + " ".join(got.get("authors") or [])
    leaked = [j for j in expected["junk"] if j in fields]
    if leaked:
        out.append(f"junk {leaked}")
    if got.get("title") != expected["title"]:
        out.append(f"title {got.get('title')!r}")
    if got.get("authors") != expected["authors"]:
        out.append(f"authors {got.get('authors')}")
    day = expected.get("published_date") or (expected["published_at"] or "")[:10] or None
    # newsbot states a day without a time of day in published_date (published_at null); trafilatura's
    # published_at is the day itself
    got_day = got.get("published_date") or (got.get("published_at") or "")[:10]
    if got_day != (day or ""):
        out.append(f"date {got.get('published_at')}")
    elif strict and expected["published_at"] and got.get("published_at") != expected["published_at"]:
        out.append(f"date/time {got.get('published_at')}")
    if strict and got.get("language") != expected["language"]:
        out.append(f"language {got.get('language')}")
    return out


def run_newsbot(raw: bytes, url: str) -> dict[str, Any] | None:
    record = extract(raw, url, http_status=200)
    if not isinstance(record, Article):
        return None
    return record.model_dump(mode="json")


def run_trafilatura(raw: bytes, url: str) -> dict[str, Any] | None:
    import trafilatura

    from newsbot.extraction.encoding import decode_html

    doc = trafilatura.bare_extraction(decode_html(raw)[0], url=url, with_metadata=True)
    if doc is None or not (doc.text or "").strip():
        return None
    return {
        "text": doc.text or "",
        "title": doc.title,
        "authors": [a.strip() for a in (doc.author or "").split(";") if a.strip()],
        "published_at": doc.date,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--glob", nargs="*", default=["*"], help="fixture stem patterns to run (default: all)")
    parser.add_argument("--verbose", action="store_true", help="print every page, not only failures")
    args = parser.parse_args()
    clean: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    total = 0
    for html in sorted({path for pattern in args.glob for path in PAGES.glob(pattern + ".html")}):
        expected = json.loads(html.with_suffix(".json").read_text("utf-8"))
        raw = html.read_bytes()
        total += 1
        rows = []
        for system, runner, strict in (("newsbot", run_newsbot, True), ("trafilatura", run_trafilatura, False)):
            problems = _problems(expected, runner(raw, expected["url"]), strict)
            if not problems:
                clean[system] += 1
            for p in problems:
                kinds[f"{system} {p.split(' ')[0]}"] += 1
            rows.append((system, problems))
        if args.verbose or any(p for _, p in rows):
            print(html.stem)
            for system, problems in rows:
                print(f"  {system:12s} {'clean' if not problems else '; '.join(problems)}")
    print(f"\npages: {total}; clean: newsbot {clean['newsbot']}, trafilatura {clean['trafilatura']}")
    for kind, n in sorted(kinds.items()):
        print(f"  {kind}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
