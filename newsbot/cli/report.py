"""`newsbot report output/... --html report.html`: one self-contained HTML page about crawls.

The page needs no network to open: no scripts, no external styles or fonts, charts are inline SVG
drawn here in Python, and a Content-Security-Policy forbids loading anything. It shows totals per
outlet and per run, articles per day (of publication) per outlet, the language mix, rejections by
reason and errors by kind, the slowest and largest pages (from each run's ``<run-id>.pages.json``),
and the latest articles with links.

Runs are found through their ``<run-id>.summary.json`` files under the given paths.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import IO, Any

# Only the standard library: cli.py imports this module for every `newsbot` command.

#: Colours for series (outlets) and bars; distinguishable and readable on white.
PALETTE = ["#3366cc", "#dc3912", "#ff9900", "#109618", "#990099", "#0099c6", "#dd4477", "#66aa00",
           "#b82e2e", "#316395"]
MAX_DAYS = 90  # the per-day chart shows the latest days only, beyond this it is unreadable
LATEST = 50  # rows in the latest-articles table
TOP = 10  # rows in the slowest / largest tables


@dataclass
class Run:
    """One run's files, loaded."""

    summary: dict[str, Any]
    articles: list[dict[str, Any]] = field(default_factory=list)
    rejections: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    pages: dict[str, Any] = field(default_factory=dict)
    bad_lines: int = 0

    @property
    def outlet(self) -> str:
        return str(self.summary.get("outlet") or "?")

    @property
    def run_id(self) -> str:
        return str(self.summary.get("run_id") or "?")


def _open_text(path: Path) -> IO[str]:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")  # noqa: SIM115 - closed by the caller


def _read_jsonl(path: Path) -> tuple[list[dict[str, Any]], int]:
    """Records of a JSONL file (plain or .gz) and how many lines could not be parsed."""
    records, bad = [], 0
    with _open_text(path) as handle:
        for line in handle:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                bad += 1
                continue
            if isinstance(record, dict):
                records.append(record)
            else:
                bad += 1
    return records, bad


def _first_existing(folder: Path, names: list[str]) -> Path | None:
    return next((folder / n for n in names if (folder / n).is_file()), None)


def load_run(summary_path: Path) -> Run:
    """A run from its summary file and the files beside it."""
    summary = json.loads(summary_path.read_text(encoding="utf-8"))
    run = Run(summary)
    run_id = summary.get("run_id") or summary_path.name.removesuffix(".summary.json")
    folder = summary_path.parent
    for attr, suffix in (("articles", ""), ("rejections", ".rejects"), ("errors", ".errors")):
        path = _first_existing(folder, [f"{run_id}{suffix}.jsonl", f"{run_id}{suffix}.jsonl.gz"])
        if path is not None:
            records, bad = _read_jsonl(path)
            setattr(run, attr, records)
            run.bad_lines += bad
    pages = folder / f"{run_id}.pages.json"
    if pages.is_file():
        run.pages = json.loads(pages.read_text(encoding="utf-8"))
    return run


def find_runs(paths: list[Path]) -> list[Run]:
    """Every run whose summary is at or under the given paths, oldest first."""
    summaries: list[Path] = []
    for path in paths:
        if path.is_file() and path.name.endswith(".summary.json"):
            summaries.append(path)
        elif path.is_dir():
            summaries.extend(path.rglob("*.summary.json"))
    runs = [load_run(p) for p in sorted(set(summaries))]
    return sorted(runs, key=lambda r: (str(r.summary.get("started_at") or ""), r.run_id))


# --- charts: inline SVG ------------------------------------------------------------------------------

def _nice_max(value: float) -> float:
    """A round axis maximum at or above value (1, 2, 5 x 10^n)."""
    if value <= 0:
        return 1
    power = 10 ** math.floor(math.log10(value))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= value)


def hbar_chart(items: list[tuple[str, int]], label: str, color: str = PALETTE[0], width: int = 560) -> str:
    """Horizontal bar chart, one labelled bar per item (largest first as given)."""
    if not items:
        return f'<p class="empty">No {escape(label)}.</p>'
    row, left, right, top = 24, 170, 60, 8
    height = top * 2 + row * len(items)
    top_value = max(v for _, v in items) or 1
    total = sum(v for _, v in items) or 1
    scale = (width - left - right) / top_value
    parts = [f'<svg class="chart" role="img" aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg" '
             f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">']
    for i, (name, value) in enumerate(items):
        y = top + i * row
        bar = max(value * scale, 1 if value else 0)
        parts.append(
            f'<g><title>{escape(name)}: {value} ({value / total:.0%})</title>'
            f'<text x="{left - 8}" y="{y + 16}" text-anchor="end" class="label">{escape(name[:28])}</text>'
            f'<rect x="{left}" y="{y + 3}" width="{bar:.1f}" height="{row - 6}" fill="{color}"/>'
            f'<text x="{left + bar + 6:.1f}" y="{y + 16}" class="value">{value}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def stacked_day_chart(counts: dict[str, Counter[str]], width_per_day: int = 22) -> str:
    """Vertical stacked bars: articles per publication day, one colour per outlet, with a legend."""
    days = sorted({day for per_outlet in counts.values() for day in per_outlet})[-MAX_DAYS:]
    if not days:
        return '<p class="empty">No dated articles.</p>'
    outlets = sorted(counts)
    left, bottom, top, plot_h = 44, 78, 30, 200
    width = max(560, left + 20 + width_per_day * len(days))
    height = top + plot_h + bottom
    totals = [sum(counts[o][d] for o in outlets) for d in days]
    step = max(1, int(_nice_max(max(totals) / 4)))  # whole-article ticks
    axis_max = step * math.ceil(max(totals) / step)
    scale = plot_h / axis_max
    parts = [f'<svg class="chart" role="img" aria-label="articles per day per outlet" '
             f'xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">']
    for value in range(0, axis_max + 1, step):
        y = top + plot_h - value * scale
        parts.append(f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                     f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" class="tick">{value}</text>')
    for i, day in enumerate(days):
        x = left + 10 + i * width_per_day
        y = top + plot_h
        for j, outlet in enumerate(outlets):
            n = counts[outlet][day]
            if not n:
                continue
            h = n * scale
            y -= h
            parts.append(f'<rect x="{x}" y="{y:.1f}" width="{width_per_day - 4}" height="{h:.1f}" '
                         f'fill="{PALETTE[j % len(PALETTE)]}"><title>{escape(outlet)} {day}: {n}</title></rect>')
        lx, ly = x + (width_per_day - 4) / 2, top + plot_h + 10
        parts.append(f'<text x="{lx:.1f}" y="{ly}" transform="rotate(-60 {lx:.1f} {ly})" text-anchor="end" '
                     f'class="tick">{day}</text>')
    for j, outlet in enumerate(outlets):  # legend, top left
        x = left + 10 + j * 140
        parts.append(f'<rect x="{x}" y="8" width="12" height="12" fill="{PALETTE[j % len(PALETTE)]}"/>'
                     f'<text x="{x + 18}" y="18" class="label">{escape(outlet[:18])}</text>')
    parts.append("</svg>")
    return "".join(parts)


# --- page ------------------------------------------------------------------------------------------

def _table(headers: list[str], rows: list[list[str]], numeric: set[int] | None = None) -> str:
    """An HTML table; cells are already-escaped HTML."""
    if not rows:
        return '<p class="empty">Nothing to show.</p>'
    numeric = numeric or set()
    head = "".join(f'<th{" class=num" if i in numeric else ""}>{escape(h)}</th>' for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(f'<td{" class=num" if i in numeric else ""}>{c}</td>' for i, c in enumerate(row)) + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _link(url: str, text: str) -> str:
    safe = url if url.startswith(("http://", "https://")) else "#"
    return f'<a href="{escape(safe)}" rel="noreferrer">{escape(text)}</a>'


def _size(n: int) -> str:
    return f"{n / 1024:.1f} KiB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MiB"


def _when(value: object) -> datetime:
    """An ISO date or datetime as an aware datetime for sorting (offsets differ between articles); unknown = oldest."""
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _sorted_counts(counter: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))


CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px auto;max-width:1100px;
padding:0 16px;color:#222}
h1{font-size:24px;margin-bottom:4px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #ddd;padding-bottom:4px}
.meta{color:#666}.empty{color:#888;font-style:italic}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{padding:4px 8px;border-bottom:1px solid #eee;
text-align:left;vertical-align:top}th{background:#f6f6f6}.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.nowrap{white-space:nowrap}
.grid2{display:flex;flex-wrap:wrap;gap:24px}.grid2>div{flex:1 1 480px;min-width:0}
svg.chart{max-width:100%;height:auto;overflow:visible}svg .label{font-size:12px;fill:#333}
svg .value,svg .tick{font-size:11px;fill:#555}svg .grid{stroke:#e4e4e4;stroke-width:1}
.url{word-break:break-all}a{color:#1a5fb4}
"""


def render(runs: list[Run], generated: datetime | None = None) -> str:
    """The report page for these runs."""
    generated = generated or datetime.now(UTC)
    outlet_totals: dict[str, Counter[str]] = defaultdict(Counter)
    per_day: dict[str, Counter[str]] = defaultdict(Counter)
    languages: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    latest: dict[str, dict[str, Any]] = {}
    undated = 0
    slowest: list[dict[str, Any]] = []
    largest: list[dict[str, Any]] = []
    bad_lines = 0
    for run in runs:
        s = run.summary
        totals = outlet_totals[run.outlet]
        totals["runs"] += 1
        for key in ("pages", "articles", "rejections", "errors"):
            totals[key] += int(s.get(key) or 0)
        for record in run.rejections:
            reasons[str(record.get("reason") or "?")] += 1
        for record in run.errors:
            kinds[str(record.get("kind") or "?")] += 1
        for article in run.articles:
            key = str(article.get("id") or article.get("url"))
            previous = latest.get(key)
            # The same article in several runs (incremental crawls, revisions): keep its newest version once.
            if previous is None or str(article.get("fetched_at") or "") >= str(previous.get("fetched_at") or ""):
                latest[key] = article
        for entry in run.pages.get("slowest", []):
            slowest.append({**entry, "outlet": run.outlet})
        for entry in run.pages.get("largest", []):
            largest.append({**entry, "outlet": run.outlet})
        bad_lines += run.bad_lines
    for article in latest.values():
        languages[str(article.get("language") or "unknown")] += 1
        published = str(article.get("published_at") or "")
        if published[:10].count("-") == 2:
            per_day[str(article.get("outlet") or "?")][published[:10]] += 1
        else:
            undated += 1

    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
           # Nothing may load from anywhere: the page is complete as it is.
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
           "img-src data:\">",
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>newsbot crawl report</title><style>{CSS}</style></head><body>",
           "<h1>newsbot crawl report</h1>",
           f'<p class="meta">{len(runs)} runs, {len(outlet_totals)} outlets, {len(latest)} distinct articles. '
           f"Generated {generated.isoformat(timespec='seconds')}.</p>"]
    if bad_lines:
        out.append(f'<p class="meta">{bad_lines} unreadable JSONL lines were skipped '
                   "(<code>newsbot validate</code> shows them).</p>")

    out.append('<h2 id="outlets">Totals per outlet</h2>')
    out.append(_table(["outlet", "runs", "pages", "articles", "rejections", "errors"], [
        [escape(o), *(str(t[k]) for k in ("runs", "pages", "articles", "rejections", "errors"))]
        for o, t in sorted(outlet_totals.items())
    ], numeric={1, 2, 3, 4, 5}))

    out.append('<h2 id="runs">Runs</h2>')
    run_headers = ["outlet", "run", "started", "duration", "pages", "articles", "rejections", "errors", "fetched"]
    out.append(_table(run_headers, [
        [escape(r.outlet), escape(r.run_id), escape(str(r.summary.get("started_at") or "")),
         f"{float(r.summary.get('duration_s') or 0):.1f} s", str(r.summary.get("pages", "")),
         str(r.summary.get("articles", "")), str(r.summary.get("rejections", "")), str(r.summary.get("errors", "")),
         _size(int(r.pages.get("bytes") or 0)) if r.pages else "–"]
        for r in reversed(runs)
    ], numeric={3, 4, 5, 6, 7, 8}))

    out.append('<h2 id="per-day">Articles per day of publication, per outlet</h2>')
    out.append(stacked_day_chart(per_day))
    if undated:
        out.append(f'<p class="meta">{undated} articles without a publication date are not in the chart.</p>')

    out.append('<div class="grid2"><div><h2 id="languages">Language mix</h2>')
    out.append(hbar_chart(_sorted_counts(languages), "languages", PALETTE[3]))
    out.append('</div><div><h2 id="rejections">Rejections by reason</h2>')
    out.append(hbar_chart(_sorted_counts(reasons), "rejections", PALETTE[2]))
    out.append('<h2 id="errors">Errors by kind</h2>')
    out.append(hbar_chart(_sorted_counts(kinds), "errors", PALETTE[1]))
    out.append("</div></div>")

    def page_rows(entries: list[dict[str, Any]]) -> list[list[str]]:
        return [[f'<span class="url">{_link(str(e.get("url") or ""), str(e.get("url") or ""))}</span>',
                 escape(str(e.get("outlet") or "")), str(e.get("status", "")),
                 f"{float(e.get('seconds') or 0):.3f} s", _size(int(e.get("bytes") or 0))] for e in entries]

    headers = ["page", "outlet", "status", "download time", "size"]
    out.append('<h2 id="slowest">Slowest pages</h2>')
    out.append(_table(headers, page_rows(sorted(slowest, key=lambda e: -float(e.get("seconds") or 0))[:TOP]),
                      numeric={2, 3, 4}))
    out.append('<h2 id="largest">Largest pages</h2>')
    out.append(_table(headers, page_rows(sorted(largest, key=lambda e: -int(e.get("bytes") or 0))[:TOP]),
                      numeric={2, 3, 4}))

    newest = sorted(latest.values(), key=lambda a: (_when(a.get("published_at")), _when(a.get("fetched_at"))),
                    reverse=True)[:LATEST]
    out.append(f'<h2 id="latest">Latest articles ({len(newest)} of {len(latest)})</h2>')
    out.append(_table(["title", "outlet", "published", "language", "words"], [
        [_link(str(a.get("canonical_url") or a.get("url") or ""), str(a.get("title") or "(untitled)")),
         escape(str(a.get("outlet") or "")),
         f'<span class="nowrap">{escape(str(a.get("published_at") or "–"))}</span>',

         escape(str(a.get("language") or "–")), str(a.get("word_count", ""))]
        for a in newest
    ], numeric={4}))
    out.append("</body></html>\n")
    return "\n".join(out)


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Arguments of `newsbot report`."""
    p.add_argument("paths", nargs="+", type=Path, help="output folders or <run-id>.summary.json files")
    p.add_argument("--html", type=Path, required=True, help="write the report page here")


def run(args: argparse.Namespace) -> int:
    """Write a self-contained HTML report (charts as inline SVG) about the runs under the given paths."""
    runs = find_runs(args.paths)
    if not runs:
        print(f"newsbot: no run summaries (*.summary.json) under {' '.join(map(str, args.paths))}", file=sys.stderr)
        return 2
    page = render(runs)
    args.html.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.html.with_name(args.html.name + ".part")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(args.html)
    articles = sum(len(r.articles) for r in runs)
    print(f"newsbot: report of {len(runs)} runs ({articles} articles) -> {args.html}", file=sys.stderr)
    return 0
