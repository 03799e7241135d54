#!/usr/bin/env python3
"""Extraction-quality benchmark: newsbot vs. plain trafilatura on the shared devset.

The devset (real pages with ground truth, read-only, never copied into the project) lives at
``<project root>/../shared/devset`` by default; see its README for provenance and the scoring
conventions reproduced here.

Two sets are scored:

* ``fundus/`` (258 news pages, full article bodies as truth): word 4-gram shingles with
  multiplicity, per-page precision and recall averaged over pages, F1 from the averages -- the
  method of the public "article extraction benchmark".  Metadata is scored on this set too:
  title, publication date (day; minute with the right UTC offset), authors and language.
* ``trafilatura/`` (990 pages, "with"/"without" text segments as truth): a "with" segment found
  in the whitespace-normalised output is a true positive, a missing one a false negative; a
  "without" segment found is a false positive.  Counts are pooled over all pages.

Both systems run side by side in one process pool.  newsbot gets the raw page bytes
(``newsbot.extract(html, url)``); the trafilatura baseline gets the page decoded by
:func:`decode_html` and runs ``bare_extraction(..., with_metadata=True)`` with defaults otherwise.

Usage::

    .venv/bin/python benchmarks/extraction_quality.py [--devset DIR] [--only fundus|trafilatura]
        [--systems newsbot,trafilatura] [--limit N] [--json FILE] [--workers N]

The run never crashes because of newsbot: if the package cannot be imported, or ``extract`` raises
(or exceeds ``--page-timeout``) on a page, that page counts as an empty output without metadata
and the number of such exceptions is reported.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import multiprocessing
import os
import re
import signal
import sys
import time
import traceback
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

PROJECT_ROOT: Path = Path(__file__).resolve().parent.parent
DEFAULT_DEVSET: Path = PROJECT_ROOT.parent / "shared" / "devset"
SETS: tuple[str, ...] = ("fundus", "trafilatura")
SYSTEMS: tuple[str, ...] = ("newsbot", "trafilatura")
SHINGLE_N: int = 4
MIN_LANGUAGE_GROUP: int = 5
WORST_N: int = 10

# Keys of the flat summary (also the keys of benchmarks/quality_floors.json).
F1_KEYS: tuple[str, ...] = ("fundus_body_f1", "trafilatura_body_f1")
RATE_KEYS: tuple[str, ...] = ("title_exact", "date_day", "date_minute_offset", "authors_exact", "language")

# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    """One devset page: where its HTML is, its URL and its ground-truth record."""

    set_name: str
    page_id: str
    path: Path
    url: str
    truth: dict[str, Any]

    @property
    def lang(self) -> str:
        """The truth language code (``"?"`` when absent)."""
        return str(self.truth.get("lang") or "?")


_HTTP_URL_RE = re.compile(r"https?://[^/\s]+\S*", re.IGNORECASE)


def page_url(set_name: str, page_id: str, truth_url: str | None) -> str:
    """The URL given to both systems for a page.

    37 trafilatura/ truths have no usable URL (``hard::site.com-slug.html``, ``recall::...``, one
    ``xhttps://...``): the embedded ``http(s)://...`` is used when there is one, otherwise the same
    placeholder ``https://example.com/devset/<set>/<id>.html`` goes to both systems, so that
    newsbot does not reject the page as having an invalid URL.
    """
    match = _HTTP_URL_RE.search(truth_url or "")
    if match:
        return match.group(0)
    return f"https://example.com/devset/{set_name}/{page_id}.html"


def load_pages(devset: Path, set_name: str, limit: int | None = None) -> list[Page]:
    """Load the pages of one devset folder (sorted by id), optionally only the first ``limit``."""
    folder = devset / set_name
    truth_all: dict[str, dict[str, Any]] = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    pages: list[Page] = []
    for page_id in sorted(truth_all):
        path = folder / "html" / f"{page_id}.html.gz"
        if not path.is_file():
            continue
        truth = truth_all[page_id]
        pages.append(Page(set_name, page_id, path, page_url(set_name, page_id, truth.get("url")), truth))
        if limit is not None and len(pages) >= limit:
            break
    return pages


def read_html(path: Path) -> bytes:
    """Return the raw (decompressed) bytes of a devset page."""
    with gzip.open(path, "rb") as fh:
        return fh.read()


_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode_html(raw: bytes) -> str:
    """Decode page bytes for the trafilatura baseline.

    Order: strict UTF-8 (bytes that decode as UTF-8 almost surely are UTF-8, even when a meta tag
    says otherwise); then the charset declared in a ``<meta>`` tag, strictly, and if a few stray
    bytes break it (typically a page declaring UTF-8 with one mis-encoded ad snippet) the declared
    charset with replacement characters; then charset_normalizer's best guess; finally cp1252 with
    replacement characters.
    """
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = _META_CHARSET_RE.search(raw[:8192])
    if match:
        declared = match.group(1).decode("ascii", "replace")
        try:
            return raw.decode(declared)
        except UnicodeDecodeError:
            return raw.decode(declared, errors="replace")
        except LookupError:
            pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        if best is not None:
            return str(best)
    except Exception:  # noqa: BLE001 - any failure falls through to cp1252
        pass
    return raw.decode("cp1252", errors="replace")


# ---------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


def strip_invisible(text: str | None) -> str:
    """NFC-normalise, then drop invisible format characters (Unicode category Cf: soft hyphen, ...).

    The truth texts contain soft hyphens copied from the pages (U+00AD, 103 in fundus/, 41 in
    trafilatura/ segments) that extractors usually drop; without this, "Klima\xadwandel" in a
    truth segment never matches "Klimawandel" in the output. NFC because three fundus truths store
    accented letters decomposed (NFD: "e" + U+0301), which ``\\w+`` splits into two tokens, so a
    correct composed output scored as if half its words were wrong.
    """
    return "".join(ch for ch in unicodedata.normalize("NFC", text or "") if unicodedata.category(ch) != "Cf")


def normalize_ws(text: str | None) -> str:
    """Collapse every run of whitespace to one space and strip the ends."""
    return " ".join((text or "").split())


def normalize_text(text: str | None) -> str:
    """Invisible characters removed, then whitespace normalised (used for segment matching)."""
    return normalize_ws(strip_invisible(text))


def tokenize(text: str | None) -> list[str]:
    """Unicode-aware word tokens (``\\w+``), lowercased, after :func:`strip_invisible`."""
    return [tok.lower() for tok in _TOKEN_RE.findall(strip_invisible(text))]


def shingles(text: str | None, n: int = SHINGLE_N) -> Counter[tuple[str, ...]]:
    """Word n-gram shingles with multiplicity.

    As in the public article-extraction-benchmark, a text with fewer than ``n`` tokens yields a
    single shorter shingle (all of its tokens), and an empty text yields none.
    """
    tokens = tokenize(text)
    out: Counter[tuple[str, ...]] = Counter()
    for i in range(max(1, len(tokens) - n + 1)):
        shingle = tuple(tokens[i : i + n])
        if shingle:
            out[shingle] += 1
    return out


@dataclass(frozen=True)
class BodyScore:
    """Shingle counts and per-page precision/recall/F1 for one full-body page."""

    tp: int
    fp: int
    fn: int
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        """Per-page F1 (0 when precision and recall are both 0)."""
        return f1_score(self.precision, self.recall)


def f1_score(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0


def body_score(truth: str | None, output: str | None, n: int = SHINGLE_N) -> BodyScore:
    """Score one page's extracted body against its full-body truth with shingle matching.

    Edge cases follow the public article-extraction-benchmark's ``_precision``/``_recall``:
    if there is neither a false positive nor a false negative (e.g. both texts empty) precision
    and recall are 1; an empty output for a non-empty truth has tp = fp = 0 and scores
    **precision 0** and recall 0 (it is not excluded from the precision average).
    """
    t, o = shingles(truth, n), shingles(output, n)
    tp = sum(min(cnt, o[k]) for k, cnt in t.items())
    fp = sum(o.values()) - tp
    fn = sum(t.values()) - tp
    if fp == 0 and fn == 0:
        precision = recall = 1.0
    else:
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
    return BodyScore(tp, fp, fn, precision, recall)


@dataclass(frozen=True)
class SegmentCounts:
    """Segment-matching counts for one or more trafilatura-set pages."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def __add__(self, other: SegmentCounts) -> SegmentCounts:
        return SegmentCounts(self.tp + other.tp, self.fn + other.fn, self.fp + other.fp, self.tn + other.tn)


def segment_counts(output: str | None, with_segments: Sequence[str], without_segments: Sequence[str]) -> SegmentCounts:
    """Count "with" segments found (TP) / missing (FN) and "without" segments found (FP).

    Both the output and each segment go through :func:`normalize_text` (invisible characters
    dropped, whitespace collapsed) before the substring test; an empty segment is ignored.
    """
    text = normalize_text(output)
    tp = fn = fp = tn = 0
    for seg in with_segments:
        s = normalize_text(seg)
        if not s:
            continue
        if s in text:
            tp += 1
        else:
            fn += 1
    for seg in without_segments:
        s = normalize_text(seg)
        if not s:
            continue
        if s in text:
            fp += 1
        else:
            tn += 1
    return SegmentCounts(tp, fn, fp, tn)


def prf_from_counts(counts: SegmentCounts) -> dict[str, float]:
    """Pooled precision, recall and F1 from segment counts."""
    precision = counts.tp / (counts.tp + counts.fp) if counts.tp + counts.fp else 0.0
    recall = counts.tp / (counts.tp + counts.fn) if counts.tp + counts.fn else 0.0
    return {"precision": precision, "recall": recall, "f1": f1_score(precision, recall)}


def prf_from_body_scores(scores: Iterable[BodyScore]) -> dict[str, float]:
    """Average per-page precision and recall over pages; F1 from the two averages."""
    items = list(scores)
    if not items:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    precision = sum(s.precision for s in items) / len(items)
    recall = sum(s.recall for s in items) / len(items)
    return {"precision": precision, "recall": recall, "f1": f1_score(precision, recall)}


# --- metadata ---------------------------------------------------------------------------------

_DAY_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def parse_iso(value: str | None) -> datetime | None:
    """Parse an ISO 8601 date/datetime string (``Z`` allowed); ``None`` if unparseable."""
    if not value:
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def title_match(truth: str | None, output: str | None) -> bool:
    """Exact title match after whitespace normalisation (case-sensitive)."""
    return bool(normalize_ws(output)) and normalize_ws(truth) == normalize_ws(output)


def date_day_match(truth: str | None, output: str | None) -> bool:
    """Same calendar day, comparing the ``YYYY-MM-DD`` of each local wall time as written."""
    t, o = _DAY_RE.match(truth or ""), _DAY_RE.match(output or "")
    return bool(t and o and t.groups() == o.groups())


def truth_has_offset(truth: str | None) -> bool:
    """Whether a truth date carries a UTC offset (only those pages are scored to the minute)."""
    dt = parse_iso(truth)
    return dt is not None and dt.utcoffset() is not None


def date_minute_offset_match(truth: str | None, output: str | None) -> bool:
    """Same instant to the minute (seconds truncated) AND the same UTC offset."""
    t, o = parse_iso(truth), parse_iso(output)
    if t is None or o is None or t.utcoffset() is None or o.utcoffset() is None:
        return False
    if t.utcoffset() != o.utcoffset():
        return False
    return t.replace(second=0, microsecond=0) == o.replace(second=0, microsecond=0)


def authors_match(truth: Sequence[str] | None, output: Sequence[str] | None) -> bool:
    """Exact author set match (each name whitespace-normalised, case-sensitive, empties dropped)."""
    t = {normalize_ws(a) for a in truth or []} - {""}
    o = {normalize_ws(a) for a in output or []} - {""}
    return t == o


def norm_lang(code: str | None) -> str:
    """Primary ISO 639-1 subtag, lowercased (``zh-cn`` -> ``zh``, ``pt_BR`` -> ``pt``)."""
    return re.split(r"[-_]", (code or "").strip().lower(), maxsplit=1)[0]


def language_match(truth: str | None, output: str | None) -> bool:
    """Language match on the primary ISO 639-1 subtag."""
    return bool(norm_lang(output)) and norm_lang(truth) == norm_lang(output)


# ---------------------------------------------------------------------------------------------
# Extraction (runs in pool workers)
# ---------------------------------------------------------------------------------------------


@dataclass
class Output:
    """What one system extracted from one page (empty on rejection or error)."""

    system: str
    set_name: str
    page_id: str
    text: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published_at: str | None = None
    language: str | None = None
    rejected: str | None = None  # newsbot Rejection reason
    error: str | None = None  # exception summary (import failure, raise, timeout)
    cpu_seconds: float = 0.0


class _PageTimeout(Exception):
    """Raised by the SIGALRM handler when one page takes too long."""


def _alarm_handler(signum: int, frame: Any) -> None:
    raise _PageTimeout("page timed out")


_NEWSBOT_EXTRACT: Callable[..., Any] | None = None
_NEWSBOT_IMPORT_ERROR: str | None = None
_PAGE_TIMEOUT: int = 60


def _init_worker(page_timeout: int) -> None:
    """Pool initializer: make the working tree importable, import newsbot and install its speed-ups, seed langdetect."""
    global _NEWSBOT_EXTRACT, _NEWSBOT_IMPORT_ERROR, _PAGE_TIMEOUT
    _PAGE_TIMEOUT = page_timeout
    if str(PROJECT_ROOT) not in sys.path:
        sys.path.insert(0, str(PROJECT_ROOT))
    try:
        import newsbot
        from newsbot import speedups

        speedups.install()  # as the crawl's extraction workers do (logs a WARNING per speed-up off)
        _NEWSBOT_EXTRACT = newsbot.extract
        _NEWSBOT_IMPORT_ERROR = None
    except Exception as exc:  # noqa: BLE001 - the package may not exist or be half-written
        _NEWSBOT_EXTRACT = None
        _NEWSBOT_IMPORT_ERROR = f"import: {type(exc).__name__}: {exc}"
    try:
        from langdetect import DetectorFactory

        DetectorFactory.seed = 0
    except ImportError:
        pass


def _detect_language(text: str) -> str | None:
    """langdetect on a text, seeded for determinism (our addition to the trafilatura baseline)."""
    if not text.strip():
        return None
    try:
        from langdetect import DetectorFactory, detect

        DetectorFactory.seed = 0
        return str(detect(text))
    except Exception:  # noqa: BLE001 - LangDetectException on texts without features
        return None


def _run_newsbot(page: Page, out: Output) -> None:
    if _NEWSBOT_EXTRACT is None:
        out.error = _NEWSBOT_IMPORT_ERROR or "import: newsbot.extract unavailable"
        return
    raw = read_html(page.path)
    start = time.process_time()
    result = _NEWSBOT_EXTRACT(raw, page.url)
    out.cpu_seconds = time.process_time() - start
    if hasattr(result, "reason") and not hasattr(result, "text"):  # a Rejection
        out.rejected = f"{getattr(result, 'reason', '')}: {getattr(result, 'detail', '')}"
        return
    out.text = str(getattr(result, "text", "") or "")
    title = getattr(result, "title", None)
    out.title = str(title) if title else None
    out.authors = [str(a) for a in (getattr(result, "authors", None) or [])]
    published = getattr(result, "published_at", None)
    if isinstance(published, datetime):
        published = published.isoformat()
    out.published_at = str(published) if published else None
    language = getattr(result, "language", None)
    out.language = str(language) if language else None


def _run_trafilatura(page: Page, out: Output) -> None:
    import trafilatura

    from newsbot import speedups

    html = decode_html(read_html(page.path))
    start = time.process_time()
    with speedups.disabled():  # the baseline is trafilatura as shipped, without newsbot's speed-ups
        doc = trafilatura.bare_extraction(html, url=page.url or None, with_metadata=True)
    out.cpu_seconds = time.process_time() - start
    if doc is None:
        return
    out.text = str(doc.text or "")
    out.title = doc.title or None
    out.authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    out.published_at = doc.date or None
    # OUR ADDITION: trafilatura does not detect languages; we run langdetect (seeded) on its text so
    # the language column can be compared.  Not counted in trafilatura's CPU time.
    out.language = _detect_language(out.text)


def run_task(task: tuple[str, Page]) -> Output:
    """Extract one page with one system; never raises (errors are recorded on the Output)."""
    system, page = task
    out = Output(system=system, set_name=page.set_name, page_id=page.page_id)
    previous = signal.signal(signal.SIGALRM, _alarm_handler)
    signal.alarm(_PAGE_TIMEOUT)
    try:
        if system == "newsbot":
            _run_newsbot(page, out)
        else:
            _run_trafilatura(page, out)
    except BaseException as exc:  # noqa: BLE001 - one page must never sink the run
        if isinstance(exc, KeyboardInterrupt):
            raise
        out.text, out.title, out.authors, out.published_at, out.language = "", None, [], None, None
        tb = traceback.extract_tb(exc.__traceback__)
        where = f" at {Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else ""
        out.error = f"{type(exc).__name__}: {str(exc)[:200]}{where}"
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    return out


def run_extractions(
    pages: Sequence[Page], systems: Sequence[str], workers: int | None = None, page_timeout: int = 60
) -> dict[str, dict[str, Output]]:
    """Run every system on every page in a process pool; returns ``{system: {set/id: Output}}``."""
    tasks = [(system, page) for page in pages for system in systems]
    n_workers = max(1, min(workers or os.cpu_count() or 1, len(tasks) or 1))
    results: dict[str, dict[str, Output]] = {s: {} for s in systems}
    # Always a pool, even of one: the per-page SIGALRM must not touch the calling process
    # (pytest-timeout uses SIGALRM there).
    with multiprocessing.Pool(n_workers, initializer=_init_worker, initargs=(page_timeout,)) as pool:
        for out in pool.imap_unordered(run_task, tasks, chunksize=4):
            results[out.system][f"{out.set_name}/{out.page_id}"] = out
    return results


# ---------------------------------------------------------------------------------------------
# Aggregation
# ---------------------------------------------------------------------------------------------


def _rate(hits: int, total: int) -> float | None:
    return 100.0 * hits / total if total else None


def score_fundus(pages: Sequence[Page], outputs: dict[str, Output]) -> dict[str, Any]:
    """Body P/R/F1, metadata rates, per-language breakdown and per-page scores on fundus/."""
    per_page: list[dict[str, Any]] = []
    by_lang: dict[str, list[BodyScore]] = defaultdict(list)
    scores: list[BodyScore] = []
    meta_hits: Counter[str] = Counter()
    meta_total: Counter[str] = Counter()
    for page in pages:
        out = outputs[f"{page.set_name}/{page.page_id}"]
        truth = page.truth
        score = body_score(truth.get("articleBody"), out.text)
        scores.append(score)
        by_lang[page.lang].append(score)
        per_page.append(
            {
                "id": page.page_id,
                "lang": page.lang,
                "f1": score.f1,
                "precision": score.precision,
                "recall": score.recall,
                "empty": not out.text.strip(),
                "error": out.error,
                "rejected": out.rejected,
            }
        )
        checks: dict[str, bool | None] = {
            "title_exact": title_match(truth["title"], out.title) if truth.get("title") else None,
            "date_day": date_day_match(truth["date"], out.published_at) if truth.get("date") else None,
            "date_minute_offset": (
                date_minute_offset_match(truth["date"], out.published_at)
                if truth_has_offset(truth.get("date"))
                else None
            ),
            "authors_exact": (
                authors_match(truth["authors"], out.authors) if truth.get("authors") is not None else None
            ),
            "language": language_match(truth["lang"], out.language) if truth.get("lang") else None,
        }
        for key, ok in checks.items():
            if ok is None:
                continue
            meta_total[key] += 1
            meta_hits[key] += int(ok)
    return {
        "pages": len(pages),
        "body": prf_from_body_scores(scores),
        "metadata": {
            key: {
                "rate": _rate(meta_hits[key], meta_total[key]),
                "hits": meta_hits[key],
                "of": meta_total[key],
            }
            for key in RATE_KEYS
        },
        "per_language": {
            lang: {"pages": len(items), **prf_from_body_scores(items)} for lang, items in sorted(by_lang.items())
        },
        "per_page": per_page,
    }


def score_trafilatura_set(pages: Sequence[Page], outputs: dict[str, Output]) -> dict[str, Any]:
    """Pooled segment P/R/F1, per-language breakdown and language accuracy on trafilatura/."""
    total = SegmentCounts()
    by_lang: dict[str, SegmentCounts] = defaultdict(SegmentCounts)
    lang_pages: Counter[str] = Counter()
    lang_hits = 0
    for page in pages:
        out = outputs[f"{page.set_name}/{page.page_id}"]
        counts = segment_counts(out.text, page.truth.get("with") or [], page.truth.get("without") or [])
        total += counts
        by_lang[page.lang] += counts
        lang_pages[page.lang] += 1
        lang_hits += int(language_match(page.truth.get("lang"), out.language))
    return {
        "pages": len(pages),
        "body": {**prf_from_counts(total), **asdict(total)},
        "metadata": {"language": {"rate": _rate(lang_hits, len(pages)), "hits": lang_hits, "of": len(pages)}},
        "per_language": {
            lang: {"pages": lang_pages[lang], **prf_from_counts(c), **asdict(c)} for lang, c in sorted(by_lang.items())
        },
    }


def summarize(system_report: dict[str, Any]) -> dict[str, float | None]:
    """Flat numbers for one system, keyed like ``quality_floors.json``."""
    out: dict[str, float | None] = {}
    sets = system_report["sets"]
    if "fundus" in sets:
        out["fundus_body_f1"] = sets["fundus"]["body"]["f1"]
        for key in RATE_KEYS:
            out[key] = sets["fundus"]["metadata"][key]["rate"]
    if "trafilatura" in sets:
        out["trafilatura_body_f1"] = sets["trafilatura"]["body"]["f1"]
    return out


def evaluate(
    devset: Path = DEFAULT_DEVSET,
    sets: Sequence[str] = SETS,
    systems: Sequence[str] = SYSTEMS,
    limit: int | None = None,
    workers: int | None = None,
    page_timeout: int = 60,
) -> dict[str, Any]:
    """Run the benchmark and return every number as a JSON-serialisable dict.

    Layout: ``{"devset", "limit", "pages", "wall_seconds", "systems": {system: {"summary",
    "sets": {set: ...}, "cpu_seconds_per_page", "exceptions", "rejections", "empty_outputs",
    "errors_sample"}}}``.
    """
    pages_by_set = {name: load_pages(devset, name, limit) for name in sets}
    all_pages = [p for name in sets for p in pages_by_set[name]]
    start = time.perf_counter()
    results = run_extractions(all_pages, systems, workers, page_timeout)
    wall = time.perf_counter() - start
    report: dict[str, Any] = {
        "devset": str(devset),
        "limit": limit,
        "pages": {name: len(pages) for name, pages in pages_by_set.items()},
        "wall_seconds": wall,
        "systems": {},
    }
    for system in systems:
        outs = results[system]
        timed = [o.cpu_seconds for o in outs.values() if o.error is None]
        sys_report: dict[str, Any] = {
            "sets": {},
            "cpu_seconds_per_page": sum(timed) / len(timed) if timed else None,
            "exceptions": sum(1 for o in outs.values() if o.error),
            "rejections": sum(1 for o in outs.values() if o.rejected),
            "empty_outputs": sum(1 for o in outs.values() if not o.text.strip()),
            "errors_sample": sorted({o.error for o in outs.values() if o.error})[:10],
            "rejection_reasons": dict(
                Counter(f"{o.set_name}/{o.rejected.split(':')[0]}" for o in outs.values() if o.rejected)
            ),
            "rejections_sample": [f"{k}: {o.rejected}" for k, o in sorted(outs.items()) if o.rejected][:10],
        }
        for name, pages in pages_by_set.items():
            if name == "fundus":
                sys_report["sets"][name] = score_fundus(pages, outs)
            else:
                sys_report["sets"][name] = score_trafilatura_set(pages, outs)
        sys_report["summary"] = summarize(sys_report)
        report["systems"][system] = sys_report
    return report


# ---------------------------------------------------------------------------------------------
# Printing
# ---------------------------------------------------------------------------------------------


def _fmt(value: float | None, pct: bool = False) -> str:
    if value is None:
        return "-"
    return f"{value:.1f}%" if pct else f"{value:.3f}"


def _table(title: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = "  ".join("-" * w for w in widths)

    def fmt_row(row: Sequence[str]) -> str:
        cells = zip(row, widths, strict=True)
        return "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(cells))

    return "\n".join([f"\n{title}", fmt_row(header), line, *(fmt_row(r) for r in rows)])


def _worst_table(title: str, pages: Sequence[dict[str, Any]]) -> str:
    rows = [
        [
            p["id"],
            _fmt(p["f1"]),
            _fmt(p["precision"]),
            _fmt(p["recall"]),
            p["lang"],
            (p["error"] or (f"rejected {p['rejected']}" if p["rejected"] else ("empty" if p["empty"] else "")))[:60],
        ]
        for p in pages
    ]
    return _table(title, ["id", "F1", "P", "R", "lang", "note"], rows)


def format_report(report: dict[str, Any]) -> str:
    """Human-readable side-by-side tables for a report from :func:`evaluate`."""
    systems = list(report["systems"])
    parts: list[str] = [f"devset: {report['devset']}  pages: {report['pages']}  limit: {report['limit']}"]
    for set_name in report["pages"]:
        reps = {s: report["systems"][s]["sets"][set_name] for s in systems}
        kind = "shingle 4-grams, per-page P/R averaged" if set_name == "fundus" else "segments, pooled"
        rows: list[list[str]] = []
        for metric in ("precision", "recall", "f1"):
            rows.append([f"body {metric}", *(_fmt(reps[s]["body"][metric]) for s in systems)])
        metas = RATE_KEYS if set_name == "fundus" else ("language",)
        for key in metas:
            of = reps[systems[0]]["metadata"][key]["of"]
            label = f"{key} (of {of})" + (" *" if key == "language" and "trafilatura" in systems else "")
            rows.append([label, *(_fmt(reps[s]["metadata"][key]["rate"], pct=True) for s in systems)])
        parts.append(
            _table(
                f"== {set_name}/ ({reps[systems[0]]['pages']} pages; body: {kind})",
                ["metric", *systems],
                rows,
            )
        )
        langs = reps[systems[0]]["per_language"]
        lang_rows = [
            [
                lang,
                str(info["pages"]),
                *(
                    f"{_fmt(reps[s]['per_language'][lang]['precision'])}/"
                    f"{_fmt(reps[s]['per_language'][lang]['recall'])}/"
                    f"{_fmt(reps[s]['per_language'][lang]['f1'])}"
                    for s in systems
                ),
            ]
            for lang, info in sorted(langs.items(), key=lambda kv: -kv[1]["pages"])
            if info["pages"] >= MIN_LANGUAGE_GROUP
        ]
        parts.append(
            _table(
                f"-- {set_name}/ per language (>= {MIN_LANGUAGE_GROUP} pages), body P/R/F1",
                ["lang", "pages", *systems],
                lang_rows,
            )
        )
    if "fundus" in report["pages"] and "newsbot" in report["systems"]:
        per_page = report["systems"]["newsbot"]["sets"]["fundus"]["per_page"]
        worst = sorted(per_page, key=lambda p: (p["f1"], p["id"]))[:WORST_N]
        parts.append(_worst_table(f"-- newsbot: worst {WORST_N} fundus pages by F1", worst))
        nonempty = [p for p in per_page if not p["empty"]]
        if len(nonempty) < len(per_page):
            worst = sorted(nonempty, key=lambda p: (p["f1"], p["id"]))[:WORST_N]
            parts.append(_worst_table(f"-- newsbot: worst {WORST_N} fundus pages by F1 among non-empty outputs", worst))
    rows = []
    for s in systems:
        r = report["systems"][s]
        cpu = r["cpu_seconds_per_page"]
        rows.append(
            [
                s,
                f"{cpu * 1000:.1f} ms" if cpu is not None else "-",
                str(r["exceptions"]),
                str(r["rejections"]),
                str(r["empty_outputs"]),
            ]
        )
    parts.append(
        _table(
            "-- extraction cost and failures (all sets)",
            ["system", "CPU/page", "exceptions", "rejections", "empty"],
            rows,
        )
    )
    for s in systems:
        for err in report["systems"][s]["errors_sample"]:
            parts.append(f"  {s} error: {err}")
    for s in systems:
        reasons = report["systems"][s]["rejection_reasons"]
        if reasons:
            parts.append(f"  {s} rejections: " + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items())))
    if "trafilatura" in systems:
        parts.append("\n* trafilatura has no language detection: its language column is langdetect (seeded) on its")
        parts.append("  text, our addition to the baseline (not counted in its CPU time).")
    parts.append(f"\nwall time for extraction: {report['wall_seconds']:.1f} s")
    return "\n".join(parts)


F1_MARGIN: float = 0.005
RATE_MARGIN: float = 1.0


def floors_from_summary(summary: dict[str, float | None]) -> dict[str, float]:
    """Quality floors from a newsbot summary: F1 minus 0.005, rates (percent) minus 1 point, floored."""
    floors: dict[str, float] = {}
    for key in (*F1_KEYS, *RATE_KEYS):
        value = summary.get(key)
        if value is None:
            continue
        if key in F1_KEYS:
            floors[key] = max(0.0, math.floor((value - F1_MARGIN) * 10000) / 10000)
        else:
            floors[key] = max(0.0, math.floor((value - RATE_MARGIN) * 100) / 100)
    return floors


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devset", type=Path, default=DEFAULT_DEVSET, help="devset folder (default: %(default)s)")
    parser.add_argument("--only", choices=SETS, help="score only this set")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated: newsbot,trafilatura")
    parser.add_argument("--limit", type=int, help="only the first N pages (by id) of each set")
    parser.add_argument("--json", type=Path, dest="json_path", help="write all numbers to this JSON file")
    parser.add_argument(
        "--write-floors",
        type=Path,
        help="write newsbot's numbers minus the margins (0.005 F1, 1 point for rates) as quality floors",
    )
    parser.add_argument("--workers", type=int, help="pool size (default: os.cpu_count())")
    parser.add_argument("--page-timeout", type=int, default=60, help="seconds per page before it counts as failed")
    args = parser.parse_args(argv)
    if not args.devset.is_dir():
        print(f"devset not found: {args.devset}", file=sys.stderr)
        return 2
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = set(systems) - set(SYSTEMS)
    if unknown or not systems:
        parser.error(f"unknown systems: {sorted(unknown)}")
    sets = [args.only] if args.only else list(SETS)
    report = evaluate(args.devset, sets, systems, args.limit, args.workers, args.page_timeout)
    print(format_report(report))
    if args.json_path:
        args.json_path.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", "utf-8")
        print(f"wrote {args.json_path}")
    if args.write_floors:
        if "newsbot" not in report["systems"] or args.limit or args.only:
            print("--write-floors needs newsbot on the full devset (no --limit/--only)", file=sys.stderr)
            return 2
        floors = floors_from_summary(report["systems"]["newsbot"]["summary"])
        doc = {
            "_comment": (
                "Minimum newsbot scores on ../shared/devset, enforced by tests/test_quality_gate.py. "
                "Set by `benchmarks/extraction_quality.py --write-floors` from a real run minus "
                f"{F1_MARGIN} for F1 and {RATE_MARGIN} percentage point for the metadata rates (percent)."
            ),
            **floors,
        }
        args.write_floors.write_text(json.dumps(doc, indent=2) + "\n", "utf-8")
        print(f"wrote {args.write_floors}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
