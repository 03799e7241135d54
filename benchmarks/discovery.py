#!/usr/bin/env python3
"""Discovery on an unconfigured site: `scrapy crawl site` on a generated news site served on loopback.

The site (`newsbot.devtools.gensite`, default 2,000 articles in nine sections paginated nine different ways)
lists only its newest quarter in its feed and sitemaps; the rest is reachable only through the later pages of
its section fronts. Besides articles it has tag, author, search, gallery and video pages, AMP copies and
``?utm_source`` share links. The crawl runs as ``scrapy crawl site -a url=BASE/`` with newsbot's settings
(AutoThrottle off, loopback allowed) and reports:

* recall: distinct articles emitted / articles on the site (and the same for the articles only the pagers reach);
* precision: emitted records that are an article of the site, counted once / emitted records;
* duplicates: emitted records for an article already emitted (an AMP or tracking copy);
* requests per article found: every request the server answered (robots, feeds, sitemaps, pages, misses) /
  distinct articles found; and what the non-articles emitted were;
* ``--rerun``: the same crawl again on the same state: articles emitted and requests made.

``--json`` prints one JSON object instead of the table.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsbot.devtools.gensite import GeneratedSite, serve  # noqa: E402


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def crawl(base: str, out: Path, settings: dict[str, str]) -> tuple[int, dict[str, Any], list[dict[str, Any]]]:
    """One `scrapy crawl site` run: (exit status, summary, article records)."""
    cmd = [sys.executable, "-m", "scrapy", "crawl", "site", "-a", f"url={base}/"]
    merged = {
        "NEWSBOT_ALLOW_LOOPBACK": "True",
        "AUTOTHROTTLE_ENABLED": "False",
        "LOG_LEVEL": "WARNING",
        "NEWSBOT_OUTPUT_DIR": str(out),
        **settings,
    }
    for name, value in merged.items():
        cmd += ["-s", f"{name}={value}"]
    before = set(out.rglob("*.summary.json"))
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    new = sorted(set(out.rglob("*.summary.json")) - before, key=lambda p: p.stat().st_mtime)
    if not new:
        raise SystemExit(f"crawl failed ({proc.returncode}): {proc.stderr[-2000:]}")
    summary = json.loads(new[-1].read_text(encoding="utf-8"))
    articles = _read(Path(summary["files"]["article"]))  # the writer's own name for the article file
    return proc.returncode, summary, articles


def score(site: GeneratedSite, articles: list[dict[str, Any]]) -> dict[str, Any]:
    """Recall, precision, duplicates and what was emitted that is not an article."""
    truth = site.truth()
    found: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    wrong_examples: list[str] = []
    for record in articles:
        parts = urlsplit(record.get("canonical_url") or record["url"])
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        kind = truth.get(path) or truth.get(parts.path) or "unknown"
        if kind == "article":
            found[parts.path] += 1
        else:
            wrong[kind] += 1
            if len(wrong_examples) < 10:
                wrong_examples.append(path)
    listed = {a.path for a in site.listed}
    deep = [a.path for a in site.all_articles if a.path not in listed]
    emitted = len(articles)
    return {
        "articles_on_site": site.articles,
        "articles_found": len(found),
        "recall": round(len(found) / site.articles, 4),
        "pager_only_articles": len(deep),
        "pager_only_found": sum(1 for p in deep if p in found),
        "recall_pager_only": round(sum(1 for p in deep if p in found) / max(1, len(deep)), 4),
        "records_emitted": emitted,
        "precision": round(len(found) / emitted, 4) if emitted else 0.0,
        "duplicates": sum(found.values()) - len(found),
        "non_articles_emitted": dict(wrong),
        "non_article_examples": wrong_examples,
    }


def _by_kind(site: GeneratedSite) -> Counter[str]:
    """The server's answered requests by what the path is (robots, feeds and sitemaps as "discovery")."""
    truth = site.truth()
    out: Counter[str] = Counter()
    for target, count in site.requests.items():
        parts = urlsplit(target)
        key = parts.path + (f"?{parts.query}" if parts.query else "")
        kind = truth.get(key) or truth.get(parts.path)
        if kind is None:
            kind = "discovery" if parts.path.endswith((".xml", ".txt")) else "missing"
        out[kind] += count
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--sections", type=int, default=9)
    parser.add_argument("--per-page", type=int, default=12)
    parser.add_argument("--workers", type=int, default=1, help="extraction worker processes (NEWSBOT_EXTRACT_WORKERS)")
    parser.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="a Scrapy setting")
    parser.add_argument("--rerun", action="store_true", help="crawl a second time on the same state")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--out", type=Path, help="keep the runs' files here (default: a temporary folder)")
    args = parser.parse_args(argv)
    site = GeneratedSite(args.articles, args.sections, args.per_page)
    settings = {"NEWSBOT_EXTRACT_WORKERS": str(args.workers)}
    settings.update(dict(item.split("=", 1) for item in args.set))
    result: dict[str, Any] = {"site": {"articles": site.articles, "sections": len(site.section_names)}}
    with tempfile.TemporaryDirectory(prefix="newsbot-discovery-") as tmp, serve(site) as base:
        out = args.out or Path(tmp)
        started = time.perf_counter()
        code, summary, articles = crawl(base, out, settings)
        elapsed = time.perf_counter() - started
        requests = sum(site.requests.values())
        result.update(score(site, articles))
        result.update(
            {
                "exit_status": code,
                "requests": requests,
                "requests_per_article_found": round(requests / max(1, result["articles_found"]), 3),
                "requests_by_kind": dict(_by_kind(site).most_common()),
                "rejections_by_reason": summary.get("rejections_by_reason"),
                "seconds": round(elapsed, 1),
                "settings": settings,
            }
        )
        if args.rerun:
            site.requests.clear()
            code2, _, again = crawl(base, out, settings)
            result["rerun"] = {"exit_status": code2, "articles": len(again), "requests": sum(site.requests.values())}
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(f"generated site: {site.articles} articles, {len(site.section_names)} sections ({base})")
    for key in (
        "recall",
        "articles_found",
        "recall_pager_only",
        "pager_only_found",
        "precision",
        "records_emitted",
        "duplicates",
        "non_articles_emitted",
        "requests",
        "requests_per_article_found",
        "requests_by_kind",
        "rejections_by_reason",
        "exit_status",
        "seconds",
        "rerun",
    ):
        if key in result:
            print(f"  {key:28} {result[key]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
