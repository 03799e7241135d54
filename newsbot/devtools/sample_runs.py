"""Output folders of made-up runs, laid out as crawls write them, for the report's tests and benchmark.

``week_of_runs(root)`` writes a week of scheduled runs of two outlets and a ``site-<host>`` crawl, with
a failed run (exit 3), a partial run (stopped early), revisions of one article and near-duplicates.
The first two days are schema-1 runs (``<run-id>.jsonl``, one published_at), the rest schema 2.
``many_runs(root, runs, records)`` writes a large output (the report benchmark: 100 runs, 100,000
records). Records are shaped like real ones but only carry the fields the report reads.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from newsbot.models import RUN_FILE_SUFFIXES, SCHEMA_VERSION, upgrade

LANGUAGES = ("id", "en", "ms", "de")
SECTIONS = ("Nasional", "Ekonomi", "Internasional", "Olahraga", "Teknologi")


def _id(text: str) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()  # noqa: S324 - an id, not security


def article(
    outlet: str,
    n: int,
    published: datetime,
    *,
    revision: int = 1,
    duplicate_of: str | None = None,
    fetched: datetime | None = None,
    schema: int = SCHEMA_VERSION,
) -> dict[str, Any]:
    """One article record (a schema-1 one with ``schema=1``)."""
    url = f"https://{outlet}.example/berita/{published:%Y/%m/%d}/story-{n}.html"
    record = {
        "record_type": "article",
        "schema_version": 1,
        "id": _id(url),
        "url": url,
        "canonical_url": url,
        "outlet": outlet,
        "title": f"Story {n} of {outlet}",
        "authors": ["Rina Santoso"],
        "published_at": published.isoformat(),
        "language": LANGUAGES[n % len(LANGUAGES)],
        "section": SECTIONS[n % len(SECTIONS)],
        "text": f"Text of story {n}.",
        "word_count": 300 + n,
        "fetched_at": (fetched or published + timedelta(hours=1)).isoformat(timespec="seconds"),
        "duplicate_of": duplicate_of,
        "revision": revision,
    }
    return record if schema == 1 else upgrade(record)


def write_run(
    root: Path,
    group: str,
    started: datetime,
    articles: list[dict[str, Any]],
    *,
    status: str = "ok",
    exit_code: int = 0,
    reason: str = "ok",
    outlet: str | None = None,
    rejections: dict[str, int] | None = None,
    errors: dict[str, int] | None = None,
    duration: float = 12.0,
    schema: int = SCHEMA_VERSION,
) -> Path:
    """One run's files (articles, rejects, errors, summary) under ``root/<group>/<day>/``; the summary path."""
    run_id = started.strftime("%Y%m%dT%H%M%SZ") + "-" + _id(group + started.isoformat())[:6]
    folder = root / group / started.strftime("%Y-%m-%d")
    folder.mkdir(parents=True, exist_ok=True)
    # Schema-1 runs named their article file <run-id>.jsonl; readers find both names.
    name = f"{run_id}.jsonl" if schema == 1 else f"{run_id}{RUN_FILE_SUFFIXES['article']}"
    with open(folder / name, "w", encoding="utf-8") as handle:
        for record in articles:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    rejections = rejections or {}
    errors = errors or {}
    with open(folder / f"{run_id}.rejects.jsonl", "w", encoding="utf-8") as handle:
        for reason_name, count in rejections.items():
            for i in range(count):
                handle.write(
                    json.dumps(
                        {
                            "record_type": "rejection",
                            "url": f"https://x.example/{reason_name}/{i}",
                            "reason": reason_name,
                        }
                    )
                    + "\n"
                )
    with open(folder / f"{run_id}.errors.jsonl", "w", encoding="utf-8") as handle:
        for kind, count in errors.items():
            for i in range(count):
                handle.write(
                    json.dumps({"record_type": "error", "url": f"https://x.example/{kind}/{i}", "kind": kind}) + "\n"
                )
    summary = {
        "run_id": run_id,
        "outlet": outlet if outlet is not None else group,
        "spider": "outlet" if outlet is not None or not group.startswith("site-") else "site",
        "status": status,
        "exit_code": exit_code,
        "reason": reason,
        "started_at": started.isoformat(timespec="seconds"),
        "finished_at": (started + timedelta(seconds=duration)).isoformat(timespec="seconds"),
        "duration_s": duration,
        "pages_fetched": len(articles) + sum(rejections.values()),
        "pages": len(articles) + sum(rejections.values()) + sum(errors.values()),
        "articles": len(articles),
        "articles_new": sum(1 for a in articles if a["revision"] == 1),
        "articles_changed": sum(1 for a in articles if a["revision"] > 1),
        "rejections": sum(rejections.values()),
        "errors": sum(errors.values()),
        "rejections_by_reason": rejections,
        "errors_by_kind": errors,
    }
    path = folder / f"{run_id}.summary.json"
    path.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return path


def week_of_runs(root: Path, end: datetime | None = None) -> dict[str, Any]:
    """A week of runs ending at ``end``; returns what was written (for assertions)."""
    end = end or datetime(2026, 12, 5, 6, 0, tzinfo=UTC)
    start = end - timedelta(days=7)
    facts: dict[str, Any] = {"runs": 0, "records": 0, "ids": set(), "failed": [], "partial": [], "groups": set()}
    n = 0
    for day in range(8):
        for group in ("duniaku", "harbourtimes"):
            when = start + timedelta(days=day, hours=0 if group == "duniaku" else 2)
            if when > end:
                continue
            records = []
            for _ in range(3):
                n += 1
                # Old stories too: a gap from 2018 to the week must show as a gap on the time axis.
                published = when - timedelta(hours=3) if n % 7 else datetime(2018, 5, 23, 20, 15, tzinfo=UTC)
                # The first two days are schema-1 runs (old names, old records): reports read both.
                records.append(article(group, n, published, fetched=when, schema=1 if day < 2 else SCHEMA_VERSION))
            kwargs: dict[str, Any] = {}
            if group == "harbourtimes" and day == 6:
                records, kwargs = (
                    [],
                    {
                        "status": "site_failed",
                        "exit_code": 3,
                        "reason": "nothing could be fetched (12 errors: DNSLookupError)",
                        "errors": {"DNSLookupError": 12},
                    },
                )
            if group == "duniaku" and day == 4:
                kwargs = {"status": "partial", "reason": "2 of 3 sitemaps failed", "errors": {"HttpError": 2}}
            kwargs["schema"] = 1 if day < 2 else SCHEMA_VERSION
            path = write_run(root, group, when, records, rejections={"not_article": 4, "http_error": 1}, **kwargs)
            facts["runs"] += 1
            facts["records"] += len(records)
            facts["ids"].update(r["id"] for r in records)
            facts["groups"].add(group)
            if kwargs.get("exit_code"):
                facts["failed"].append(path.name.removesuffix(".summary.json"))
            elif kwargs.get("status") == "partial":
                facts["partial"].append(path.name.removesuffix(".summary.json"))
    # A revision of an earlier article and a near-duplicate under another URL, in one more run.
    first = article("duniaku", 1, start - timedelta(hours=3), revision=2, fetched=end)
    copy = article("duniaku", 10_001, end - timedelta(hours=1), duplicate_of=first["id"], fetched=end)
    write_run(root, "duniaku", end - timedelta(minutes=30), [first, copy])
    facts["runs"] += 1
    facts["records"] += 2
    facts["ids"].update({first["id"], copy["id"]})
    facts["near_duplicate"] = copy["id"]
    # A crawl of an unconfigured site: outlet null, folder site-<host>.
    site = [article("site-news-example-org", 20_000 + i, end - timedelta(days=1, hours=i)) for i in range(2)]
    for record in site:
        record["outlet"] = None
    write_run(root, "site-news-example-org", end - timedelta(hours=5), site, outlet="")
    facts["runs"] += 1
    facts["records"] += 2
    facts["ids"].update(r["id"] for r in site)
    facts["groups"].add("site-news-example-org")
    return facts


def many_runs(root: Path, runs: int = 100, records: int = 100_000, outlets: int = 5) -> None:
    """A large output: ``runs`` runs of ``outlets`` outlets with ``records`` article records in all."""
    start = datetime(2026, 9, 1, tzinfo=UTC)
    per_run = records // runs
    n = 0
    for r in range(runs):
        group = f"outlet{r % outlets}"
        when = start + timedelta(hours=6 * r)
        batch = []
        for _ in range(per_run):
            n += 1
            batch.append(article(group, n, when - timedelta(hours=n % 48), fetched=when))
        write_run(root, group, when, batch, rejections={"not_article": 30, "duplicate": 5})
