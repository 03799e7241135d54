"""`newsbot report PATH... [--html FILE]`: what the crawls did, for the person who reads it every morning.

Without ``--html`` it prints a compact text summary for a terminal or a cron mail: per outlet (or
``site-<host>`` for crawls of unconfigured sites) the last run with its status and exit code, its
articles, and the failed runs of the last 24 hours. With ``--html`` it writes one self-contained page:
runs with status and exit code (failed and partial runs stand out and can be filtered), outlets, charts
on real time axes (articles by publication day, articles and failures per run, run durations),
rejections and errors per outlet, languages and sections, and the newest articles with near-duplicates
marked. A filter by outlet and date range works in the page itself: one inline script, inline SVG, and a
Content-Security-Policy that forbids loading anything from anywhere.

Runs are found through their ``<run-id>.summary.json`` files. The files are streamed: counts come from
each summary, and the articles files are read line by line into per-day, language and section counts,
the set of distinct article ids and the newest articles, so memory grows with distinct articles, not with
records.
"""

from __future__ import annotations

import argparse
import gzip
import heapq
import json
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from html import escape
from pathlib import Path
from typing import IO, Any

# Only the standard library: the `newsbot` command imports this module for every subcommand.

#: Colours for series (outlets); distinguishable on white, and none red or amber: those mark failed and
#: partial runs.
PALETTE = ["#3366cc", "#109618", "#990099", "#0099c6", "#dd4477", "#66aa00", "#316395", "#22aa99", "#6633cc", "#8c6d31"]
FAILED_COLOUR = "#c62828"
PARTIAL_COLOUR = "#ef8f00"
REJECTION_COLOUR = "#ff9900"
ERROR_COLOUR = "#dc3912"
LATEST = 50  # rows in the latest-articles table
TOP = 10  # rows in the slowest / largest tables
#: Statuses of a run that finished its work without failing (anything else with exit code 0 is partial).
OK_STATUSES = frozenset({"ok", "nothing_new", "first_run"})
#: Statuses that say the run did only part of its work.
PARTIAL_STATUSES = frozenset({"partial", "stopped", "interrupted", "stopped_early"})


def open_text(path: Path) -> IO[str]:
    """A run file (plain or .gz) opened as UTF-8 text."""
    if path.name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")  # noqa: SIM115 - closed by the caller


def _parse_time(value: Any) -> datetime | None:
    """An ISO 8601 timestamp (or day) as an aware datetime, or None."""
    if not value:
        return None
    try:
        when = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


@dataclass
class RunInfo:
    """One run: its summary and where its files are."""

    summary: dict[str, Any]
    summary_path: Path
    pages: dict[str, Any] = field(default_factory=dict)

    @property
    def run_id(self) -> str:
        return str(self.summary.get("run_id") or self.summary_path.name.removesuffix(".summary.json"))

    @property
    def group(self) -> str:
        """The outlet, or the run folder's name (``site-<host>``) for a crawl of an unconfigured site."""
        outlet = self.summary.get("outlet")
        if outlet:
            return str(outlet)
        # <output>/<name>/<YYYY-MM-DD>/<run-id>.summary.json: the writer names the folder site-<host>.
        return self.summary_path.parent.parent.name or "?"

    @property
    def started(self) -> datetime | None:
        return _parse_time(self.summary.get("started_at"))

    @property
    def exit_code(self) -> int:
        try:
            return int(self.summary.get("exit_code") or 0)
        except (TypeError, ValueError):
            return 1

    @property
    def state(self) -> str:
        """``failed``, ``partial`` or ``ok``: what a reader must notice about the run."""
        status = str(self.summary.get("status") or "ok")
        # A partial run has an exit code of its own (5, newsbot.crawler.commands.crawl): not a failure.
        if (self.exit_code != 0 and status != "partial") or status in {"failed", "error", "site_failed"}:
            return "failed"
        if status in PARTIAL_STATUSES or self.summary.get("interrupted") or status not in OK_STATUSES:
            return "partial"
        return "ok"

    def file(self, kind: str) -> Path | None:
        """The run's articles / rejects / errors file (plain or gzip; old and new names), if present."""
        from newsbot.models import run_files

        found = run_files(self.summary_path.parent, self.run_id, kind)
        return found[0] if found else None


def _records(path: Path | None) -> Iterator[dict[str, Any] | None]:
    """The records of a JSONL file, one at a time; None for a line that is not a JSON object."""
    if path is None:
        return
    with open_text(path) as handle:
        for line in handle:
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                yield None
                continue
            yield record if isinstance(record, dict) else None


def find_runs(paths: list[Path]) -> list[RunInfo]:
    """Every run whose summary is at or under the given paths, oldest first."""
    summaries: set[Path] = set()
    for path in paths:
        if path.is_file() and path.name.endswith(".summary.json"):
            summaries.add(path)
        elif path.is_dir():
            summaries.update(path.rglob("*.summary.json"))
    runs = []
    for summary_path in sorted(summaries):
        try:
            summary = json.loads(summary_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        if not isinstance(summary, dict):
            continue
        run = RunInfo(summary, summary_path)
        pages = summary_path.parent / f"{run.run_id}.pages.json"
        if pages.is_file():
            try:
                run.pages = json.loads(pages.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError):
                pass
        runs.append(run)
    return sorted(runs, key=lambda r: (str(r.summary.get("started_at") or ""), r.run_id))


@dataclass
class Report:
    """Everything the page and the text summary show, gathered in one streaming pass."""

    runs: list[RunInfo]
    article_records: int = 0
    bad_lines: int = 0
    #: id -> (group, publication day or "", language, section): one entry per distinct article.
    distinct: dict[str, tuple[str, str, str, str]] = field(default_factory=dict)
    near_duplicates: int = 0
    rejections: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    errors: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    #: a bounded heap of the newest articles: (published, fetched, id, fields)
    newest: list[tuple[str, str, str, dict[str, Any]]] = field(default_factory=list)

    @property
    def groups(self) -> list[str]:
        return sorted({run.group for run in self.runs})


def _lite(article: dict[str, Any], group: str) -> dict[str, Any]:
    keys = (
        "title",
        "canonical_url",
        "url",
        "published_at",
        "fetched_at",
        "language",
        "word_count",
        "duplicate_of",
        "id",
        "section",
    )
    # Schema 2 writes a day-only date to published_date (published_at is null); schema 1 wrote it to published_at.
    return {**{k: article.get(k) for k in keys}, "published_at": _published(article), "group": group}


def _published(article: dict[str, Any]) -> str:
    """The publication time (or day) of a schema-1 or schema-2 article, '' when unknown."""
    return str(article.get("published_at") or article.get("published_date") or "")


def gather(runs: list[RunInfo]) -> Report:
    """Read every run's files once (line by line) into a Report."""
    report = Report(runs)
    for run in runs:
        group = run.group
        by_reason = run.summary.get("rejections_by_reason")
        if isinstance(by_reason, dict):
            report.rejections[group].update({str(k): int(v or 0) for k, v in by_reason.items()})
        else:
            for record in _records(run.file("rejection")):
                report.rejections[group][str((record or {}).get("reason") or "?")] += 1
        by_kind = run.summary.get("errors_by_kind")
        if isinstance(by_kind, dict):
            report.errors[group].update({str(k): int(v or 0) for k, v in by_kind.items()})
        else:
            for record in _records(run.file("error")):
                report.errors[group][str((record or {}).get("kind") or "?")] += 1
        for article in _records(run.file("article")):
            if article is None:
                report.bad_lines += 1
                continue
            if article.get("record_type", "article") != "article":
                continue
            report.article_records += 1
            key = str(article.get("id") or article.get("url") or "")
            if key not in report.distinct:
                # The day as the page states it (schema 2's published_date; schema 1's published_at had it).
                published = str(article.get("published_date") or _published(article))
                day = published[:10] if published[:10].count("-") == 2 else ""
                report.distinct[key] = (
                    group,
                    day,
                    str(article.get("language") or "unknown"),
                    str(article.get("section") or "—"),
                )
                if article.get("duplicate_of"):
                    report.near_duplicates += 1
            entry = (
                _published(article),
                str(article.get("fetched_at") or ""),
                key,
                _lite(article, group),
            )
            # Keep a few more than shown: a later revision of one article may take two slots.
            if len(report.newest) < LATEST * 2:
                heapq.heappush(report.newest, entry)
            elif entry[:3] > report.newest[0][:3]:
                heapq.heapreplace(report.newest, entry)
    return report


def latest_articles(report: Report) -> list[dict[str, Any]]:
    """The newest articles by publication time, each once (its most recently fetched version)."""
    best: dict[str, tuple[str, str, str, dict[str, Any]]] = {}
    for entry in report.newest:
        if entry[2] not in best or entry[1] > best[entry[2]][1]:
            best[entry[2]] = entry
    ordered = sorted(best.values(), key=lambda e: (e[0], e[1]), reverse=True)
    return [e[3] for e in ordered[:LATEST]]


# --- charts: inline SVG ------------------------------------------------------------------------------


def _nice_max(value: float) -> float:
    """The smallest of 1, 2, 5 x 10^k at or above value (at least 1)."""
    if value <= 1:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    return next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= value)


def hbar_chart(items: list[tuple[str, int]], label: str, color: str = PALETTE[0], width: int = 560) -> str:
    """Horizontal bars, one per (name, count), longest first as given."""
    if not items:
        return f'<p class="meta">No {escape(label)}.</p>'
    total = sum(n for _, n in items) or 1
    top = max(n for _, n in items) or 1
    bar_h, gap, left = 18, 6, 170
    height = len(items) * (bar_h + gap) + gap
    out = [
        f'<svg class="chart" data-chart="{escape(label)}" width="{width}" height="{height}" role="img" '
        f'aria-label="{escape(label)}">'
    ]
    for i, (name, n) in enumerate(items):
        y = gap + i * (bar_h + gap)
        w = max(1.0, (width - left - 60) * n / top)
        out.append(
            f'<text x="{left - 6}" y="{y + 13}" text-anchor="end" class="lbl">{escape(name[:28])}</text>'
            f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{color}">'
            f"<title>{escape(name)}: {n} ({100 * n / total:.0f}%)</title></rect>"
            f'<text x="{left + w + 4:.1f}" y="{y + 13}" class="lbl">{n}</text>'
        )
    out.append("</svg>")
    return "".join(out)


_STEPS: list[tuple[str, timedelta | int]] = [
    ("hour", timedelta(hours=1)),
    ("hour", timedelta(hours=3)),
    ("hour", timedelta(hours=6)),
    ("hour", timedelta(hours=12)),
    ("day", timedelta(days=1)),
    ("day", timedelta(days=2)),
    ("day", timedelta(days=7)),
    ("day", timedelta(days=14)),
    ("month", 1),
    ("month", 3),
    ("month", 6),
    ("year", 1),
    ("year", 2),
    ("year", 5),
    ("year", 10),
    ("year", 25),
]


def time_ticks(start: datetime, end: datetime, most: int = 8) -> list[tuple[datetime, str]]:
    """Round tick positions between start and end (hours, days, months or years), at most ``most``."""
    span = max(end - start, timedelta(hours=1))
    for unit, step in _STEPS:
        if isinstance(step, timedelta):
            if span / step > most:
                continue
            if unit == "hour":
                first = start.replace(minute=0, second=0, microsecond=0)
                fmt = "%m-%d %H:%M"
            else:
                first = start.replace(hour=0, minute=0, second=0, microsecond=0)
                fmt = "%Y-%m-%d"
            ticks, t = [], first
            while t <= end:
                if t >= start:
                    ticks.append((t, t.strftime(fmt)))
                t += step
            return ticks
        months = step * (12 if unit == "year" else 1)
        if span.days / 30.4 / months > most:
            continue
        year, month = start.year, start.month
        if unit == "year":
            year, month = start.year - start.year % step, 1
        else:
            month = month - (month - 1) % step
        ticks = []
        while True:
            t = datetime(year, month, 1, tzinfo=start.tzinfo)
            if t > end:
                break
            if t >= start:
                ticks.append((t, t.strftime("%Y" if unit == "year" else "%Y-%m")))
            month += months
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        return ticks
    return [(start, start.strftime("%Y")), (end, end.strftime("%Y"))]


@dataclass
class Mark:
    """One thing drawn on a time chart."""

    when: datetime
    value: float
    group: str
    title: str
    colour: str
    state: str = "ok"
    stack: float = 0.0  # drawn on top of this much (stacked bars)


def time_chart(
    marks: list[Mark], label: str, unit: str, *, bars: bool = True, width: int = 900, height: int = 220
) -> str:
    """Bars (or dots) at their real time on a time axis: a gap in time is a gap on the page."""
    if not marks:
        return f'<p class="meta">No {escape(label)}.</p>'
    left, right, top_pad, bottom = 56, 16, 12, 40
    plot_w, plot_h = width - left - right, height - top_pad - bottom
    start = min(m.when for m in marks)
    end = max(m.when for m in marks)
    if bars:  # room for the last bar
        end = end + timedelta(days=1) if (end - start) >= timedelta(days=2) else end + timedelta(hours=1)
    if end <= start:
        end = start + timedelta(days=1)
    span = (end - start).total_seconds()
    top = _nice_max(max(m.stack + m.value for m in marks))

    def x_of(t: datetime) -> float:
        return left + plot_w * (t - start).total_seconds() / span

    def y_of(v: float) -> float:
        return top_pad + plot_h * (1 - v / top)

    out = [
        f'<svg class="chart" data-chart="{escape(label)}" width="{width}" height="{height}" role="img" '
        f'aria-label="{escape(label)}">'
    ]
    # value axis
    for i in range(5):
        v = top * i / 4
        y = y_of(v)
        text = f"{v:g}" if v != int(v) else str(int(v))
        out.append(
            f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
            f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" class="tick">{text}</text>'
        )
    # time axis: ticks at round dates, placed by their real time
    out.append(
        f'<g class="axis-x" data-axis="time" data-start="{start.isoformat()}" data-end="{end.isoformat()}">'
        f'<line x1="{left}" x2="{left + plot_w}" y1="{top_pad + plot_h}" y2="{top_pad + plot_h}" '
        'class="axis"/>'
    )
    for t, text in time_ticks(start, end):
        x = x_of(t)
        out.append(
            f'<g class="tick-x" data-t="{t.isoformat()}"><line x1="{x:.1f}" x2="{x:.1f}" '
            f'y1="{top_pad + plot_h}" y2="{top_pad + plot_h + 5}" class="axis"/>'
            f'<text x="{x:.1f}" y="{top_pad + plot_h + 18}" text-anchor="middle" class="tick">{text}</text></g>'
        )
    out.append("</g>")
    bar_w = max(2.0, min(18.0, plot_w * 86400 / span * 0.8)) if bars else 0
    for m in marks:
        x = x_of(m.when)
        day = m.when.date().isoformat()
        attrs = f'data-outlet="{escape(m.group)}" data-day="{day}" data-state="{m.state}" class="mark"'
        tip = f"<title>{escape(m.title)}</title>"
        if bars:
            y = y_of(m.stack + m.value)
            h = max(1.0, y_of(m.stack) - y) if m.value else 0
            out.append(
                f'<rect {attrs} x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                f'fill="{m.colour}">{tip}</rect>'
            )
        else:
            out.append(f'<circle {attrs} cx="{x:.1f}" cy="{y_of(m.value):.1f}" r="4" fill="{m.colour}">{tip}</circle>')
    out.append(f'<text x="{left}" y="{height - 4}" class="lbl">{escape(unit)}</text></svg>')
    return "".join(out)


# --- the page -----------------------------------------------------------------------------------------


def _table(
    table_id: str, headers: list[str], rows: list[tuple[dict[str, str], list[str]]], numeric: set[int] | None = None
) -> str:
    """A table whose rows carry data-* attributes for the filter; rows are (attributes, cells)."""
    numeric = numeric or set()
    head = "".join(f"<th{' class=num' if i in numeric else ''}>{escape(h)}</th>" for i, h in enumerate(headers))
    body = []
    for attrs, cells in rows:
        attr = "".join(f' {k}="{escape(v)}"' for k, v in attrs.items())
        tds = "".join(f"<td{' class=num' if i in numeric else ''}>{c}</td>" for i, c in enumerate(cells))
        body.append(f"<tr{attr}>{tds}</tr>")
    return (
        f'<table id="{table_id}" class="filterable"><thead><tr>{head}</tr></thead>'
        f'<tbody>{"".join(body)}</tbody></table><p class="meta shown" data-for="{table_id}"></p>'
    )


def _link(url: str, text: str) -> str:
    if url.startswith(("http://", "https://")):
        return f'<a href="{escape(url)}" rel="noreferrer noopener">{escape(text)}</a>'
    return escape(text)


def _size(n: int) -> str:
    return f"{n / 1024:.1f} KiB"


def _counts_text(counter: Counter[str] | dict[str, int], most: int = 4) -> str:
    items = sorted(((k, int(v)) for k, v in counter.items() if v), key=lambda kv: (-kv[1], kv[0]))
    text = ", ".join(f"{k} {v}" for k, v in items[:most])
    return text + (", …" if len(items) > most else "")


def summary_line(report: Report) -> str:
    """The counts both the page and the terminal state, in the same words."""
    return (
        f"{len(report.runs)} runs of {len(report.groups)} outlets, {report.article_records} article records "
        f"({len(report.distinct)} distinct articles)"
    )


CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px auto;max-width:1240px;
color:#222;padding:0 16px}h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.meta{color:#666;font-size:13px}table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid #e3e3e3;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f5f5f5}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
tr.failed td{background:#fde7e7}tr.partial td{background:#fff3dc}
.badge{display:inline-block;padding:0 6px;border-radius:8px;font-size:12px;color:#fff;background:#2e7d32}
.badge.failed{background:#c62828}.badge.partial{background:#ef8f00}.dup{color:#8a4baf;font-size:12px}
svg .lbl{font-size:11px;fill:#333}svg .tick{font-size:10px;fill:#666}svg .grid{stroke:#eee}
svg .axis{stroke:#999}.grid2{display:grid;grid-template-columns:1fr 1fr;gap:24px}
#filters{position:sticky;top:0;background:#fff;padding:8px 0;border-bottom:1px solid #ddd;z-index:1}
#filters label{margin-right:14px}.url{word-break:break-all}a{color:#1a5fb4}.legend span{margin-right:12px}
"""

# The filter: every element with data-outlet is shown or hidden by the outlet, the date range (data-day)
# and, for runs, "only failed or partial" (data-state). No network, no library.
SCRIPT = """
(function(){
  var o=document.getElementById('f-outlet'),a=document.getElementById('f-from'),
      b=document.getElementById('f-to'),f=document.getElementById('f-failed');
  function apply(){
    var els=document.querySelectorAll('[data-outlet]');
    for(var i=0;i<els.length;i++){var e=els[i],d=e.getAttribute('data-day')||'',s=e.getAttribute('data-state');
      var show=(!o.value||e.getAttribute('data-outlet')===o.value)&&(!a.value||!d||d>=a.value)&&
               (!b.value||!d||d<=b.value)&&(!f.checked||!e.hasAttribute('data-run')||s!=='ok');
      e.style.display=show?'':'none';}
    var notes=document.querySelectorAll('p.shown');
    for(var j=0;j<notes.length;j++){var t=document.getElementById(notes[j].getAttribute('data-for'));
      var rows=t.querySelectorAll('tbody tr'),n=0;for(var k=0;k<rows.length;k++){if(rows[k].style.display!=='none')n++;}
      notes[j].textContent=n+' of '+rows.length+' rows shown';}
  }
  o.addEventListener('change',apply);a.addEventListener('change',apply);b.addEventListener('change',apply);
  f.addEventListener('change',apply);apply();
})();
"""


def render(runs: list[RunInfo], generated: datetime | None = None, report: Report | None = None) -> str:
    """The report page for these runs."""
    generated = generated or datetime.now(UTC)
    report = report or gather(runs)
    groups = report.groups
    colour = {g: PALETTE[i % len(PALETTE)] for i, g in enumerate(groups)}
    out = [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        # Nothing may load from anywhere: the page, its styles and its one script are complete as they are.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "script-src 'unsafe-inline'; img-src data:\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>newsbot crawl report</title><style>{CSS}</style></head><body>",
        "<h1>newsbot crawl report</h1>",
        f'<p class="meta" id="totals">{escape(summary_line(report))}. Generated '
        f"{generated.isoformat(timespec='seconds')}.</p>",
        '<p class="meta">An article <em>record</em> is one line of a run\'s articles file. The same article '
        "is recorded again when a later run finds it changed (a new revision) or a <code>fresh=1</code> run "
        "emits it again, so records can outnumber distinct articles (distinct article ids); the charts of "
        "articles count each distinct article once.</p>",
    ]
    if report.bad_lines:
        out.append(
            f'<p class="meta">{report.bad_lines} unreadable JSONL lines were skipped '
            "(<code>newsbot validate</code> shows them).</p>"
        )
    days = sorted(
        {run.started.date().isoformat() for run in runs if run.started}
        | {d for _, d, _, _ in report.distinct.values() if d}
    )
    options = "".join(f'<option value="{escape(g)}">{escape(g)}</option>' for g in groups)
    out.append(
        f'<div id="filters"><label>Outlet <select id="f-outlet"><option value="">all</option>{options}'
        f'</select></label><label>From <input type="date" id="f-from" value="" '
        f'min="{days[0] if days else ""}"></label><label>To <input type="date" id="f-to" value=""></label>'
        '<label><input type="checkbox" id="f-failed"> only failed or partial runs</label></div>'
    )

    # Runs, newest first.
    failed = [r for r in runs if r.state == "failed"]
    partial = [r for r in runs if r.state == "partial"]
    out.append(
        f'<h2 id="runs">Runs</h2><p class="meta">{len(failed)} failed, {len(partial)} partial, '
        f"{len(runs) - len(failed) - len(partial)} ok.</p>"
    )
    rows = []
    for r in reversed(runs):
        s = r.summary
        started = r.started
        state = r.state
        badge = f'<span class="badge {state}">{escape(str(s.get("status") or state))}</span>'
        reason = escape(str(s.get("reason") or "")) if state != "ok" else ""
        rows.append(
            (
                {
                    "class": state,
                    "data-outlet": r.group,
                    "data-day": started.date().isoformat() if started else "",
                    "data-state": state,
                    "data-run": r.run_id,
                },
                [
                    escape(started.strftime("%Y-%m-%d %H:%M")) if started else "–",
                    escape(r.group),
                    f"{badge} <span class=meta>{reason}</span>",
                    str(r.exit_code),
                    f"{float(s.get('duration_s') or 0):.1f} s",
                    str(s.get("pages_fetched", s.get("pages", ""))),
                    str(s.get("articles_new", s.get("articles", ""))),
                    str(s.get("articles_changed", 0)),
                    f"{int(s.get('rejections') or 0)} <span class=meta>"
                    f"{escape(_counts_text(s.get('rejections_by_reason') or {}))}</span>",
                    f"{int(s.get('errors') or 0)} <span class=meta>"
                    f"{escape(_counts_text(s.get('errors_by_kind') or {}))}</span>",
                    escape(r.run_id),
                ],
            )
        )
    out.append(
        _table(
            "runs-table",
            [
                "started (UTC)",
                "outlet",
                "status",
                "exit",
                "duration",
                "pages",
                "new",
                "changed",
                "rejections",
                "errors",
                "run",
            ],
            rows,
            numeric={3, 4, 5, 6, 7},
        )
    )

    # Outlets.
    by_group: dict[str, list[RunInfo]] = defaultdict(list)
    for r in runs:
        by_group[r.group].append(r)
    distinct_per_group = Counter(g for g, _, _, _ in report.distinct.values())
    out.append('<h2 id="outlets">Outlets</h2>')
    rows = []
    for g in groups:
        rs = by_group[g]
        last = rs[-1]
        rows.append(
            (
                {"data-outlet": g},
                [
                    escape(g),
                    str(len(rs)),
                    f'<span class="badge {last.state}">{escape(last.state)}</span>',
                    escape(last.started.strftime("%Y-%m-%d %H:%M") if last.started else "–"),
                    str(sum(int(r.summary.get("articles_new", r.summary.get("articles")) or 0) for r in rs)),
                    str(distinct_per_group[g]),
                    str(sum(report.rejections[g].values())),
                    str(sum(report.errors[g].values())),
                    str(sum(1 for r in rs if r.state == "failed")),
                ],
            )
        )
    out.append(
        _table(
            "outlets-table",
            [
                "outlet",
                "runs",
                "last run",
                "last run at",
                "articles new",
                "distinct",
                "rejections",
                "errors",
                "failed runs",
            ],
            rows,
            numeric={1, 4, 5, 6, 7, 8},
        )
    )
    out.append(
        '<p class="legend">' + "".join(f'<span style="color:{colour[g]}">■ {escape(g)}</span>' for g in groups) + "</p>"
    )

    # Articles by publication day (distinct articles), stacked per outlet.
    per_day: Counter[tuple[str, str]] = Counter((d, g) for g, d, _, _ in report.distinct.values() if d)
    undated = sum(1 for _, d, _, _ in report.distinct.values() if not d)
    marks, stacks = [], Counter[str]()
    for (day, g), n in sorted(per_day.items()):
        try:
            when = datetime.combine(date.fromisoformat(day), datetime.min.time(), tzinfo=UTC)
        except ValueError:
            continue
        marks.append(Mark(when, n, g, f"{g} {day}: {n}", colour[g], stack=stacks[day]))
        stacks[day] += n
    out.append('<h2 id="per-day">Articles by day of publication</h2>')
    out.append(time_chart(marks, "articles by publication day", "distinct articles per day"))
    if undated:
        out.append(f'<p class="meta">{undated} articles without a publication date are not in the chart.</p>')

    # Runs over time: new + changed articles, failures marked; durations.
    run_marks, dur_marks = [], []
    for r in runs:
        if r.started is None:
            continue
        s = r.summary
        n = int(s.get("articles_new", s.get("articles")) or 0) + int(s.get("articles_changed") or 0)
        mark_colour = (
            FAILED_COLOUR if r.state == "failed" else PARTIAL_COLOUR if r.state == "partial" else colour[r.group]
        )
        run_marks.append(
            Mark(
                r.started,
                n,
                r.group,
                f"{r.group} {r.started:%Y-%m-%d %H:%M}: {n} articles, {r.state} (exit {r.exit_code})",
                mark_colour,
                r.state,
            )
        )
        seconds = float(s.get("duration_s") or 0)
        dur_marks.append(
            Mark(
                r.started,
                seconds,
                r.group,
                f"{r.group} {r.started:%Y-%m-%d %H:%M}: {seconds:.1f} s",
                mark_colour,
                r.state,
            )
        )
    out.append(
        '<h2 id="per-run">Articles per run, failures marked</h2>'
        f'<p class="meta"><span style="color:{FAILED_COLOUR}">■ failed</span> '
        f'<span style="color:{PARTIAL_COLOUR}">■ partial</span>; a failed run with no articles is a dot on '
        "the axis.</p>"
    )
    out.append(time_chart(run_marks, "articles per run", "new + changed articles per run", bars=False))
    out.append('<h2 id="durations">Run duration</h2>')
    out.append(time_chart(dur_marks, "run duration", "seconds", bars=False))

    # Rejections and errors per outlet, then by reason / kind over all outlets; languages and sections.
    out.append('<div class="grid2">')
    for anchor, title, counts, noun, detail, bar in (
        ("rejections", "Rejections per outlet", report.rejections, "rejections", "rejection reasons", REJECTION_COLOUR),
        ("errors", "Errors per outlet", report.errors, "errors", "error kinds", ERROR_COLOUR),
    ):
        overall: Counter[str] = Counter()
        for per_outlet in counts.values():
            overall.update(per_outlet)
        out.append(f'<div><h2 id="{anchor}">{title}</h2>')
        out.append(
            hbar_chart(sorted(((g, sum(c.values())) for g, c in counts.items() if c), key=lambda kv: -kv[1]), noun, bar)
        )
        out.append(hbar_chart(sorted(overall.items(), key=lambda kv: -kv[1]), detail, bar) + "</div>")
    out.append("</div>")
    languages = Counter(lang for _, _, lang, _ in report.distinct.values())
    sections = Counter(sec for _, _, _, sec in report.distinct.values())
    out.append('<div class="grid2"><div><h2 id="languages">Languages</h2>')
    out.append(hbar_chart(sorted(languages.items(), key=lambda kv: (-kv[1], kv[0])), "languages", PALETTE[1]))
    out.append('</div><div><h2 id="sections">Sections</h2>')
    out.append(hbar_chart(sorted(sections.items(), key=lambda kv: (-kv[1], kv[0]))[:15], "sections", PALETTE[3]))
    out.append("</div></div>")

    # Slowest and largest pages.
    slowest = [{**e, "group": r.group} for r in runs for e in r.pages.get("slowest", [])]
    largest = [{**e, "group": r.group} for r in runs for e in r.pages.get("largest", [])]

    def page_rows(entries: list[dict[str, Any]]) -> list[tuple[dict[str, str], list[str]]]:
        return [
            (
                {"data-outlet": str(e["group"])},
                [
                    f'<span class="url">{_link(str(e.get("url") or ""), str(e.get("url") or ""))}</span>',
                    escape(str(e["group"])),
                    str(e.get("status", "")),
                    f"{float(e.get('seconds') or 0):.3f} s",
                    _size(int(e.get("bytes") or 0)),
                ],
            )
            for e in entries
        ]

    headers = ["page", "outlet", "status", "download time", "size"]
    out.append('<h2 id="slowest">Slowest pages</h2>')
    out.append(
        _table(
            "slowest-table",
            headers,
            page_rows(sorted(slowest, key=lambda e: -float(e.get("seconds") or 0))[:TOP]),
            {2, 3, 4},
        )
    )
    out.append('<h2 id="largest">Largest pages</h2>')
    out.append(
        _table(
            "largest-table",
            headers,
            page_rows(sorted(largest, key=lambda e: -int(e.get("bytes") or 0))[:TOP]),
            {2, 3, 4},
        )
    )

    # Newest articles, near-duplicates marked.
    newest = latest_articles(report)
    out.append(
        f'<h2 id="latest">Latest articles ({len(newest)} of {len(report.distinct)})</h2>'
        f'<p class="meta">{report.near_duplicates} near-duplicates in all (the same text as an earlier '
        "article under another URL, marked with the id of the original).</p>"
    )
    rows = []
    for a in newest:
        published = str(a.get("published_at") or "")
        dup = (
            f' <span class="dup" title="near-duplicate">near-duplicate of {escape(str(a["duplicate_of"]))}</span>'
            if a.get("duplicate_of")
            else ""
        )
        rows.append(
            (
                {
                    "data-outlet": str(a["group"]),
                    "data-day": published[:10] if published else "",
                    "class": "dup-row" if a.get("duplicate_of") else "",
                },
                [
                    _link(str(a.get("canonical_url") or a.get("url") or ""), str(a.get("title") or "(untitled)")) + dup,
                    escape(str(a["group"])),
                    f'<span class="nowrap">{escape(published or "–")}</span>',
                    escape(str(a.get("language") or "–")),
                    str(a.get("word_count", "")),
                ],
            )
        )
    out.append(_table("latest-table", ["title", "outlet", "published", "language", "words"], rows, numeric={4}))
    out.append(f"<script>{SCRIPT}</script></body></html>\n")
    return "\n".join(out)


def text_summary(report: Report, now: datetime | None = None) -> str:
    """A compact summary for a terminal or a cron mail: the last run per outlet, failures in the last 24 h."""
    now = now or datetime.now(UTC)
    lines = [f"newsbot report: {summary_line(report)}"]
    by_group: dict[str, list[RunInfo]] = defaultdict(list)
    for r in report.runs:
        by_group[r.group].append(r)
    width = max([len("outlet")] + [len(g) for g in by_group])
    lines.append(
        f"{'outlet':<{width}}  {'last run (UTC)':<16}  {'status':<12} exit  {'articles':>8}  "
        f"{'rejects':>7}  {'errors':>6}  failed 24h"
    )
    recent_failures = 0
    for g in sorted(by_group):
        rs = by_group[g]
        last = rs[-1]
        s = last.summary
        failed_24h = sum(1 for r in rs if r.state == "failed" and r.started and now - r.started <= timedelta(hours=24))
        recent_failures += failed_24h
        when = last.started.strftime("%Y-%m-%d %H:%M") if last.started else "–"
        status = str(s.get("status") or last.state)
        if last.state != "ok" and status == "ok":
            status = last.state
        lines.append(
            f"{g:<{width}}  {when:<16}  {status[:12]:<12} {last.exit_code:>4}  "
            f"{int(s.get('articles') or 0):>8}  {int(s.get('rejections') or 0):>7}  "
            f"{int(s.get('errors') or 0):>6}  {failed_24h}"
        )
    lines.append(
        f"{recent_failures} failed runs in the last 24 hours."
        if recent_failures
        else "No failed runs in the last 24 hours."
    )
    return "\n".join(lines)


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Arguments of `newsbot report`."""
    p.add_argument("paths", nargs="+", type=Path, help="output folders or <run-id>.summary.json files")
    p.add_argument("--html", type=Path, help="write the report page here (without it: a text summary on stdout)")


def run(args: argparse.Namespace) -> int:
    """A text summary on stdout, or with --html a self-contained HTML report, of the runs under the paths."""
    runs = find_runs(args.paths)
    if not runs:
        print(f"newsbot: no run summaries (*.summary.json) under {' '.join(map(str, args.paths))}", file=sys.stderr)
        return 2
    report = gather(runs)
    if args.html is None:
        print(text_summary(report))
        return 0
    page = render(runs, report=report)
    args.html.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.html.with_name(args.html.name + ".part")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(args.html)
    print(f"newsbot: report of {summary_line(report)} -> {args.html}", file=sys.stderr)
    return 0
