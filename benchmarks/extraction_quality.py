#!/usr/bin/env python3
"""Extraction-quality benchmark: newsbot next to trafilatura, htmldate and readability-lxml on the devset.

The devset (real pages with ground truth, read-only, never copied into the project) lives at
``<project root>/../shared/devset`` by default; see its README for provenance.  Every page belongs to
a part of the publisher split of ``benchmarks/devsplit.py``: ``heldout`` (publishers no rule may be
written on: aggregate figures only) or ``insample``.  Every table shows held-out, in-sample and all
pages side by side, held-out first.

Three sets are scored:

* ``fundus/`` (258 news pages, full bodies as truth) and ``dragnet/`` (1,379 pages of many sites,
  body truth only): word 4-gram shingles with multiplicity, per-page precision and recall averaged
  over pages, F1 from the averages; an empty output scores precision 0 and recall 0.  Metadata on
  fundus/: title, publication day, minute with the right UTC offset, authors, language.
* ``trafilatura/`` (990 pages, "with"/"without" text segments as truth): a "with" segment found in
  the whitespace-normalised output is a true positive, a missing one a false negative; a "without"
  segment found is a false positive; counts pooled over pages.  Metadata on the pages that have a
  label: title, publication day, authors (and language on every page).

Four systems, each scored on the fields it produces (see ``SYSTEM_FIELDS``): newsbot
(``newsbot.extract(raw bytes, url)``), trafilatura (``bare_extraction(html, url, with_metadata=True)``),
htmldate (``find_date(html, url=url, original_date=True)``, the day only) and readability-lxml
(``Document(html).summary()`` turned into text, the body only).  The peers get the page decoded by
:func:`decode_html`.

Usage::

    .venv/bin/python benchmarks/extraction_quality.py [--devset DIR] [--only SET[,SET]]
        [--systems newsbot,trafilatura,htmldate,readability] [--part heldout|insample|all]
        [--limit N] [--json FILE] [--date-diffs FILE] [--workers N] [--write-floors FILE]

The run never crashes because of a system: if newsbot cannot be imported, or an extractor raises
(or exceeds ``--page-timeout``) on a page, that page counts as an empty output without metadata and
the number of such exceptions is reported.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
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
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from benchmarks.devsplit import HELDOUT, INSAMPLE, part_of  # noqa: E402

DEFAULT_DEVSET: Path = PROJECT_ROOT.parent / "shared" / "devset"
SETS: tuple[str, ...] = ("fundus", "trafilatura", "dragnet")
SYSTEMS: tuple[str, ...] = ("newsbot", "trafilatura", "htmldate", "readability")
ALL = "all"
PARTS: tuple[str, ...] = (HELDOUT, INSAMPLE, ALL)
SHINGLE_N: int = 4
MIN_LANGUAGE_GROUP: int = 5
WORST_N: int = 10
#: At most this many in-sample page ids are printed per list (the JSON has them all).
LIST_N: int = 30

#: The fields each system produces; a metric on a field a system lacks prints "-".
#: trafilatura's date is a day (no time), and its language is our addition (langdetect on its text).
SYSTEM_FIELDS: dict[str, frozenset[str]] = {
    "newsbot": frozenset({"body", "title", "date", "date_time", "authors", "language"}),
    "trafilatura": frozenset({"body", "title", "date", "authors", "language"}),
    "htmldate": frozenset({"date"}),
    "readability": frozenset({"body"}),
}
#: Metadata rates per set (percent of the pages having that label), and the field each one reads.
SET_RATES: dict[str, tuple[str, ...]] = {
    "fundus": ("title_exact", "date_day", "date_minute_offset", "date_minute_instant", "authors_exact", "language"),
    "trafilatura": ("title_exact", "date_day", "authors_exact", "language"),
    "dragnet": (),
}
RATE_FIELD: dict[str, str] = {
    "title_exact": "title",
    "date_day": "date",
    "date_minute_offset": "date_time",
    "date_minute_instant": "date_time",
    "authors_exact": "authors",
    "language": "language",
}
#: Sets whose truth is a full body (shingle scoring); the others have segments.
FULL_BODY_SETS: frozenset[str] = frozenset({"fundus", "dragnet"})


def summary_keys(sets: Sequence[str] = SETS) -> list[str]:
    """Keys of one part of the flat summary (and of the floors in ``quality_floors.json``)."""
    keys: list[str] = []
    for set_name in sets:
        keys.append(f"{set_name}_body_f1")
        keys.extend(f"{set_name}_{rate}" for rate in SET_RATES[set_name])
    return keys


def ceiling_keys(sets: Sequence[str] = SETS) -> list[str]:
    """Keys of the counts that must not grow: real articles with an empty newsbot output, per set."""
    return [f"{set_name}_real_articles_empty" for set_name in sets]


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    """One devset page: where its HTML is, its URL, its ground-truth record and its split part."""

    set_name: str
    page_id: str
    path: Path
    url: str
    truth: dict[str, Any]
    part: str = INSAMPLE

    @property
    def key(self) -> str:
        """``set/id``, unique over the devset."""
        return f"{self.set_name}/{self.page_id}"

    @property
    def lang(self) -> str:
        """The truth language code (``"?"`` when absent)."""
        return str(self.truth.get("lang") or "?")

    @property
    def is_article(self) -> bool:
        """Whether the truth says there is body text to find (an empty output then is a loss)."""
        if self.set_name in FULL_BODY_SETS:
            return bool(str(self.truth.get("articleBody") or "").strip())
        return any(str(seg).strip() for seg in self.truth.get("with") or [])


_HTTP_URL_RE = re.compile(r"https?://[^/\s]+\S*", re.IGNORECASE)


def page_url(set_name: str, page_id: str, truth_url: str | None) -> str:
    """The URL given to every system for a page.

    37 trafilatura/ truths have no usable URL (``hard::site.com-slug.html``, ``recall::...``, one
    ``xhttps://...``) and dragnet/ truths have none: the embedded ``http(s)://...`` is used when there
    is one, otherwise the same placeholder ``https://example.com/devset/<set>/<id>.html`` goes to
    every system, so that newsbot does not reject the page as having an invalid URL.
    """
    match = _HTTP_URL_RE.search(truth_url or "")
    if match:
        return match.group(0)
    return f"https://example.com/devset/{set_name}/{page_id}.html"


def load_pages(devset: Path, set_name: str, limit: int | None = None, part: str = ALL) -> list[Page]:
    """Load the pages of one devset folder (sorted by id) with their split part.

    ``part`` keeps only ``heldout`` or ``insample`` pages (``all``: every page); ``limit`` then keeps
    the first N of those.
    """
    folder = devset / set_name
    truth_all: dict[str, dict[str, Any]] = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    pages: list[Page] = []
    for page_id in sorted(truth_all):
        path = folder / "html" / f"{page_id}.html.gz"
        if not path.is_file():
            continue
        truth = truth_all[page_id]
        page_part = part_of(set_name, page_id, truth, devset)
        if part != ALL and page_part != part:
            continue
        url = page_url(set_name, page_id, truth.get("url"))
        pages.append(Page(set_name, page_id, path, url, truth, page_part))
        if limit is not None and len(pages) >= limit:
            break
    return pages


def read_html(path: Path) -> bytes:
    """Return the raw (decompressed) bytes of a devset page."""
    with gzip.open(path, "rb") as fh:
        return fh.read()


_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode_html(raw: bytes) -> str:
    """Decode page bytes for the peers (trafilatura, htmldate, readability).

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

# A day as written at the start of an ISO date; the trafilatura/ labels also hold one unpadded day
# ("2022-11-1") and one dot ("2022-01.26").
_DAY_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})[-.](\d{1,2})(?!\d)")


def day_of(value: str | None) -> str | None:
    """The ``YYYY-MM-DD`` that an ISO date or datetime starts with (its local day), else ``None``."""
    match = _DAY_RE.match(value or "")
    if not match:
        return None
    year, month, day = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


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
    """Exact title match after whitespace normalisation (case-sensitive).

    Invisible format characters (soft hyphens, zero-width spaces) and the Unicode normal form are
    ignored, as in the body scores (strip_invisible): the truth copies them from the page where nobody
    can see them ("Fortschritt\u200b", "Helikopter\xadlandeplatz"), so they cannot tell two titles apart.
    Every visible character still counts.
    """
    out = normalize_text(output)
    return bool(out) and normalize_text(truth) == out


def date_day_match(truth: str | None, output: str | None) -> bool:
    """Same calendar day, comparing the ``YYYY-MM-DD`` of each local wall time as written."""
    t = day_of(truth)
    return t is not None and t == day_of(output)


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


def date_minute_instant_match(truth: str | None, output: str | None) -> bool:
    """Same instant to the minute (seconds truncated), whatever the offset each side writes it in: the
    instant-based figure beside the literal date_minute_offset (offset17). fundus truths carry the
    metadata's form of the instant ("…T02:02:00Z"), newsbot may report it in the publisher's offset
    ("…T21:02:00-05:00"): the same minute, which the literal check counts as a miss."""
    t, o = parse_iso(truth), parse_iso(output)
    if t is None or o is None or t.utcoffset() is None or o.utcoffset() is None:
        return False
    return t.replace(second=0, microsecond=0) == o.replace(second=0, microsecond=0)


def authors_match(truth: Sequence[str] | None, output: Sequence[str] | None) -> bool:
    """Exact author set match (each name whitespace-normalised, case-sensitive, empties dropped)."""
    t = {normalize_ws(a) for a in truth or []} - {""}
    o = {normalize_ws(a) for a in output or []} - {""}
    return t == o


# Separators of several names in one trafilatura/ author label or trafilatura output ("A und B",
# "A, B", "A; B", "A & B", "A and B").
_NAME_SEPARATORS = re.compile(r"\s*[;,&]\s*|\s+(?:and|und)\s+")


def split_names(names: str | Sequence[str] | None) -> list[str]:
    """One author label (a string or a list) as single names: split on ``; , &`` and " and "/" und "."""
    items = [names] if isinstance(names, str) else list(names or [])
    return [name for item in items for name in (normalize_ws(n) for n in _NAME_SEPARATORS.split(str(item))) if name]


def authors_split_match(truth: str | Sequence[str] | None, output: Sequence[str] | None) -> bool:
    """:func:`authors_match` after :func:`split_names` on both sides (the trafilatura/ labels are strings)."""
    return authors_match(split_names(truth), split_names(output))


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
    rejected: str | None = None  # newsbot Rejection "reason: detail"
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
    # readability-lxml logs a traceback for each page it cannot parse (the exception it then raises
    # is counted as the page's error); htmldate logs at INFO.
    for name in ("readability", "htmldate"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


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


def _run_newsbot(raw: bytes, url: str, out: Output) -> None:
    if _NEWSBOT_EXTRACT is None:
        out.error = _NEWSBOT_IMPORT_ERROR or "import: newsbot.extract unavailable"
        return
    start = time.process_time()
    result = _NEWSBOT_EXTRACT(raw, url)
    out.cpu_seconds = time.process_time() - start
    if hasattr(result, "reason") and not hasattr(result, "text"):  # a Rejection
        out.rejected = f"{getattr(result, 'reason', '')}: {getattr(result, 'detail', '')}"
        return
    out.text = str(getattr(result, "text", "") or "")
    title = getattr(result, "title", None)
    out.title = str(title) if title else None
    out.authors = [str(a) for a in (getattr(result, "authors", None) or [])]
    # Schema 2: a day-only date is in published_date (published_at is null then).
    published = getattr(result, "published_at", None) or getattr(result, "published_date", None)
    if isinstance(published, datetime):
        published = published.isoformat()
    out.published_at = str(published) if published else None
    language = getattr(result, "language", None)
    out.language = str(language) if language else None


def _run_trafilatura(html: str, url: str, out: Output) -> None:
    import trafilatura

    from newsbot import speedups

    start = time.process_time()
    with speedups.disabled():  # the baseline is trafilatura as shipped, without newsbot's speed-ups
        doc = trafilatura.bare_extraction(html, url=url or None, with_metadata=True)
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


def _run_htmldate(html: str, url: str, out: Output) -> None:
    from htmldate import find_date

    start = time.process_time()
    # htmldate's defaults (extensive_search=True, max_date=today, outputformat="%Y-%m-%d") plus
    # original_date=True, which trafilatura passes by default: the publication, not the last update.
    out.published_at = find_date(html, url=url or None, original_date=True) or None
    out.cpu_seconds = time.process_time() - start


# Elements after (and before) which readability's HTML gets a line break when turned into text, so
# that the words of two paragraphs are not glued into one token.
_BLOCK_TAGS: tuple[str, ...] = (
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr",
    "td", "th", "blockquote", "pre", "section", "article", "header", "footer", "figure", "figcaption", "hr",
)  # fmt: skip


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment, one line per block element, whitespace collapsed in each line."""
    import lxml.html

    if not fragment.strip():
        return ""
    try:
        tree = lxml.html.document_fromstring(fragment)
    except Exception:  # noqa: BLE001 - lxml's ParserError on a document with no elements
        return ""
    for el in tree.iter(*_BLOCK_TAGS):
        el.text = "\n" + (el.text or "")
        el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _run_readability(html: str, url: str, out: Output) -> None:
    from readability import Document

    start = time.process_time()
    out.text = html_to_text(Document(html).summary())
    out.cpu_seconds = time.process_time() - start


_PEERS: dict[str, Callable[[str, str, Output], None]] = {
    "trafilatura": _run_trafilatura,
    "htmldate": _run_htmldate,
    "readability": _run_readability,
}


def _run_one(system: str, raw: bytes, html: Callable[[], str], url: str, out: Output) -> None:
    """Run one system on one page under the per-page alarm; errors are recorded on ``out``."""
    previous = signal.signal(signal.SIGALRM, _alarm_handler)
    signal.alarm(_PAGE_TIMEOUT)
    try:
        if system == "newsbot":
            _run_newsbot(raw, url, out)
        else:
            _PEERS[system](html(), url, out)
    except BaseException as exc:  # noqa: BLE001 - one page must never sink the run
        if isinstance(exc, KeyboardInterrupt):
            raise
        out.text, out.title, out.authors, out.published_at, out.language = "", None, [], None, None
        out.rejected = None
        tb = traceback.extract_tb(exc.__traceback__)
        where = f" at {Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else ""
        out.error = f"{type(exc).__name__}: {str(exc)[:200]}{where}"
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def run_task(task: tuple[str, str, str, str, tuple[str, ...]]) -> list[Output]:
    """Extract one page (``set, id, path, url, systems``) with each system; never raises.

    The page is read (and decoded for the peers) once, outside the timed calls.
    """
    set_name, page_id, path, url, systems = task
    outs = [Output(system=s, set_name=set_name, page_id=page_id) for s in systems]
    try:
        raw = read_html(Path(path))
    except Exception as exc:  # noqa: BLE001 - an unreadable file is an empty output for everyone
        for out in outs:
            out.error = f"read: {type(exc).__name__}: {exc}"
        return outs
    decoded: list[str] = []

    def html() -> str:
        if not decoded:
            decoded.append(decode_html(raw))
        return decoded[0]

    for system, out in zip(systems, outs, strict=True):
        _run_one(system, raw, html, url, out)
    return outs


def run_extractions(
    pages: Sequence[Page], systems: Sequence[str], workers: int | None = None, page_timeout: int = 60
) -> dict[str, dict[str, Output]]:
    """Run every system on every page in a process pool; returns ``{system: {set/id: Output}}``."""
    tasks = [(p.set_name, p.page_id, str(p.path), p.url, tuple(systems)) for p in pages]
    n_workers = max(1, min(workers or os.cpu_count() or 1, len(tasks) or 1))
    results: dict[str, dict[str, Output]] = {s: {} for s in systems}
    # Always a pool, even of one: the per-page SIGALRM must not touch the calling process
    # (pytest-timeout uses SIGALRM there).
    with multiprocessing.Pool(n_workers, initializer=_init_worker, initargs=(page_timeout,)) as pool:
        for outs in pool.imap_unordered(run_task, tasks, chunksize=2):
            for out in outs:
                results[out.system][f"{out.set_name}/{out.page_id}"] = out
    return results


# ---------------------------------------------------------------------------------------------
# Aggregation
# ---------------------------------------------------------------------------------------------


def _rate(hits: int, total: int) -> float | None:
    return 100.0 * hits / total if total else None


@dataclass
class PageResult:
    """One system's scores on one page (``body`` is ``None`` for a system without a body)."""

    page: Page
    output: Output
    body: BodyScore | SegmentCounts | None
    checks: dict[str, bool]

    @property
    def empty(self) -> bool:
        """No body text (a rejection, an error or nothing found)."""
        return not self.output.text.strip()


def score_page(page: Page, out: Output) -> PageResult:
    """Score one system's output on one page, on the fields that system produces."""
    fields = SYSTEM_FIELDS[out.system]
    truth = page.truth
    body: BodyScore | SegmentCounts | None = None
    if "body" in fields:
        if page.set_name in FULL_BODY_SETS:
            body = body_score(truth.get("articleBody"), out.text)
        else:
            body = segment_counts(out.text, truth.get("with") or [], truth.get("without") or [])
    checks: dict[str, bool] = {}
    for rate in SET_RATES[page.set_name]:
        if RATE_FIELD[rate] not in fields:
            continue
        ok: bool | None = None
        if rate == "title_exact" and truth.get("title"):
            ok = title_match(truth["title"], out.title)
        elif rate == "date_day" and truth.get("date"):
            ok = date_day_match(truth["date"], out.published_at)
        elif rate == "date_minute_offset" and truth_has_offset(truth.get("date")):
            ok = date_minute_offset_match(truth["date"], out.published_at)
        elif rate == "date_minute_instant" and truth_has_offset(truth.get("date")):
            ok = date_minute_instant_match(truth["date"], out.published_at)
        elif rate == "authors_exact" and page.set_name == "fundus" and truth.get("authors") is not None:
            ok = authors_match(truth["authors"], out.authors)
        elif rate == "authors_exact" and page.set_name != "fundus" and truth.get("author"):
            # trafilatura/: a string label ("A und B", "A, B") or a list; an empty label is not scored.
            ok = authors_split_match(truth["author"], out.authors)
        elif rate == "language" and truth.get("lang"):
            ok = language_match(truth["lang"], out.language)
        if ok is not None:
            checks[rate] = ok
    return PageResult(page, out, body, checks)


def _body_prf(set_name: str, results: Sequence[PageResult]) -> dict[str, float]:
    bodies = [r.body for r in results if r.body is not None]
    if set_name in FULL_BODY_SETS:
        return prf_from_body_scores(b for b in bodies if isinstance(b, BodyScore))
    total = sum((b for b in bodies if isinstance(b, SegmentCounts)), SegmentCounts())
    return {**prf_from_counts(total), **asdict(total)}


def aggregate(system: str, set_name: str, results: Sequence[PageResult]) -> dict[str, Any]:
    """Every figure of one system on one group of pages of one set."""
    fields = SYSTEM_FIELDS[system]
    timed = [r.output.cpu_seconds for r in results if r.output.error is None]
    agg: dict[str, Any] = {
        "pages": len(results),
        "body": _body_prf(set_name, results) if "body" in fields and results else None,
        "metadata": {},
        "cpu_ms_per_page": 1000 * sum(timed) / len(timed) if timed else None,
        "exceptions": sum(1 for r in results if r.output.error),
        "empty_outputs": sum(1 for r in results if r.empty) if "body" in fields else None,
        "real_articles_empty": sum(1 for r in results if r.empty and r.page.is_article) if "body" in fields else None,
        "rejections": sum(1 for r in results if r.output.rejected),
        "rejection_reasons": dict(
            sorted(Counter((r.output.rejected or "").split(":")[0] for r in results if r.output.rejected).items())
        ),
        "real_articles_rejected_reasons": dict(
            sorted(
                Counter(
                    (r.output.rejected or "").split(":")[0] for r in results if r.output.rejected and r.page.is_article
                ).items()
            )
        ),
    }
    for rate in SET_RATES[set_name]:
        if RATE_FIELD[rate] not in fields:
            continue
        scored = [r.checks[rate] for r in results if rate in r.checks]
        agg["metadata"][rate] = {"rate": _rate(sum(scored), len(scored)), "hits": sum(scored), "of": len(scored)}
    return agg


def per_language(set_name: str, results: Sequence[PageResult]) -> dict[str, dict[str, Any]]:
    """Body P/R/F1 per truth language (every group; the printout keeps groups of >= 5 pages)."""
    groups: dict[str, list[PageResult]] = defaultdict(list)
    for r in results:
        groups[r.page.lang].append(r)
    return {lang: {"pages": len(items), **_body_prf(set_name, items)} for lang, items in sorted(groups.items())}


def summarize(parts: dict[str, dict[str, dict[str, Any]]]) -> dict[str, dict[str, float | None]]:
    """Flat numbers of one system per part, keyed like ``quality_floors.json``.

    ``{part: {"fundus_body_f1": 0.96, "fundus_title_exact": 80.6, ..., "dragnet_real_articles_empty": 12}}``;
    a figure the system does not produce is absent.
    """
    out: dict[str, dict[str, float | None]] = {}
    for part, sets in parts.items():
        flat: dict[str, float | None] = {}
        for set_name, agg in sets.items():
            if agg["body"] is not None:
                flat[f"{set_name}_body_f1"] = agg["body"]["f1"]
            for rate, info in agg["metadata"].items():
                flat[f"{set_name}_{rate}"] = info["rate"]
            if agg["real_articles_empty"] is not None:
                flat[f"{set_name}_real_articles_empty"] = agg["real_articles_empty"]
        out[part] = flat
    return out


def _page_row(result: PageResult) -> dict[str, Any]:
    """The compact per-page record written to ``--json``."""
    out = result.output
    row: dict[str, Any] = {"id": result.page.key, "part": result.page.part}
    if isinstance(result.body, BodyScore):
        row.update(f1=round(result.body.f1, 4), p=round(result.body.precision, 4), r=round(result.body.recall, 4))
    elif isinstance(result.body, SegmentCounts):
        row.update(asdict(result.body))
    if result.body is not None:
        row["empty"] = result.empty
    if "date" in SYSTEM_FIELDS[out.system]:
        row["date"] = out.published_at
    for key, value in (("checks", result.checks), ("rejected", out.rejected), ("error", out.error)):
        if value:
            row[key] = value
    return row


def date_differences(
    pages: Sequence[Page], newsbot: dict[str, Output], htmldate: dict[str, Output]
) -> list[dict[str, str | None]]:
    """Every page where newsbot's publication day differs from htmldate's (one of them may have none)."""
    rows: list[dict[str, str | None]] = []
    for page in pages:
        ours, theirs = day_of(newsbot[page.key].published_at), day_of(htmldate[page.key].published_at)
        if ours == theirs:
            continue
        truth = day_of(page.truth.get("date")) if page.set_name != "dragnet" else None
        rows.append({"id": page.key, "part": page.part, "newsbot": ours, "htmldate": theirs, "truth": truth})
    return rows


def date_difference_counts(rows: Sequence[dict[str, str | None]], parts: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Per ``set`` and part: how many pages differ, and of those with a truth day, who is right."""
    out: dict[str, dict[str, Any]] = {}
    for row in rows:
        set_name = str(row["id"]).split("/")[0]
        for part in parts:
            if part != ALL and row["part"] != part:
                continue
            c = out.setdefault(set_name, {}).setdefault(part, Counter())
            c["differ"] += 1
            c["newsbot_none"] += row["newsbot"] is None
            c["htmldate_none"] += row["htmldate"] is None
            if row["truth"]:
                c["with_truth"] += 1
                c["newsbot_right"] += row["newsbot"] == row["truth"]
                c["htmldate_right"] += row["htmldate"] == row["truth"]
    return {s: {p: dict(c) for p, c in by_part.items()} for s, by_part in out.items()}


def evaluate(
    devset: Path = DEFAULT_DEVSET,
    sets: Sequence[str] = SETS,
    systems: Sequence[str] = SYSTEMS,
    limit: int | None = None,
    workers: int | None = None,
    page_timeout: int = 60,
    part: str = ALL,
) -> dict[str, Any]:
    """Run the benchmark and return every number as a JSON-serialisable dict.

    Layout: ``{"devset", "limit", "part", "parts", "pages": {set: {part: n}}, "wall_seconds",
    "systems": {system: {"parts": {part: {set: figures}}, "summary": {part: {key: value}},
    "per_language": {set: {lang: body}}, "cpu_ms_per_page", "exceptions", "errors_sample", "per_page"}},
    "date_differences": [...], "date_difference_counts": {...}}``.
    """
    pages_by_set = {name: load_pages(devset, name, limit, part) for name in sets}
    all_pages = [p for name in sets for p in pages_by_set[name]]
    parts = list(PARTS) if part == ALL else [part]
    start = time.perf_counter()
    results = run_extractions(all_pages, systems, workers, page_timeout)
    wall = time.perf_counter() - start
    report: dict[str, Any] = {
        "devset": str(devset),
        "limit": limit,
        "part": part,
        "parts": parts,
        "pages": {
            name: {p: sum(1 for pg in pages if p == ALL or pg.part == p) for p in parts}
            for name, pages in pages_by_set.items()
        },
        "wall_seconds": wall,
        "systems": {},
    }
    for system in systems:
        outs = results[system]
        scored = {name: [score_page(p, outs[p.key]) for p in pages] for name, pages in pages_by_set.items()}
        by_part = {
            p: {n: aggregate(system, n, [r for r in rs if p in (ALL, r.page.part)]) for n, rs in scored.items()}
            for p in parts
        }
        timed = [o.cpu_seconds for o in outs.values() if o.error is None]
        report["systems"][system] = {
            "fields": sorted(SYSTEM_FIELDS[system]),
            "parts": by_part,
            "summary": summarize(by_part),
            "per_language": {
                name: per_language(name, rs)
                for name, rs in scored.items()
                if name != "dragnet" and "body" in SYSTEM_FIELDS[system]
            },
            "cpu_ms_per_page": 1000 * sum(timed) / len(timed) if timed else None,
            "exceptions": sum(1 for o in outs.values() if o.error),
            "errors_sample": sorted({o.error for o in outs.values() if o.error})[:10],
            "per_page": [_page_row(r) for rs in scored.values() for r in rs],
        }
    if "newsbot" in systems and "htmldate" in systems:
        diffs = date_differences(all_pages, results["newsbot"], results["htmldate"])
        report["date_differences"] = diffs
        report["date_difference_counts"] = date_difference_counts(diffs, parts)
    return report


# ---------------------------------------------------------------------------------------------
# Printing
# ---------------------------------------------------------------------------------------------

_SHORT: dict[str, str] = {
    "newsbot": "newsbot",
    "trafilatura": "trafil",
    "htmldate": "htmldate",
    "readability": "readab",
}
_PART_LABEL: dict[str, str] = {HELDOUT: "held-out", INSAMPLE: "in-sample", ALL: "all"}


def _fmt(value: float | None, pct: bool = False) -> str:
    if value is None:
        return "-"
    return f"{value:.1f}%" if pct else f"{value:.3f}"


def _table(
    title: str, header: Sequence[str], rows: Sequence[Sequence[str]], groups: Sequence[tuple[str, int]] = ()
) -> str:
    """A plain-text table; ``groups`` (label, number of columns) prints a line above the header,
    spanning the columns after the first."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def fmt_row(row: Sequence[str]) -> str:
        cells = zip(row, widths, strict=True)
        return "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(cells))

    lines = [f"\n{title}"]
    if groups:
        spans, col = [" " * widths[0]], 1
        for label, n in groups:
            span = sum(widths[col : col + n]) + 2 * (n - 1)
            spans.append(f" {label} ".center(span, "-"))
            col += n
        lines.append("  ".join(spans))
    lines += [fmt_row(header), "  ".join("-" * w for w in widths), *(fmt_row(r) for r in rows)]
    return "\n".join(lines)


def _set_table(report: dict[str, Any], set_name: str) -> str:
    """One set's figures: every metric, per part (held-out first), per system."""
    systems, parts = list(report["systems"]), report["parts"]
    fig = {s: {p: report["systems"][s]["parts"][p][set_name] for p in parts} for s in systems}
    header = ["metric", *(_SHORT[s] for _ in parts for s in systems)]
    groups = [(f"{_PART_LABEL[p]} ({report['pages'][set_name][p]})", len(systems)) for p in parts]
    rows: list[list[str]] = []

    def row(label: str, cell: Callable[[dict[str, Any]], str], only: str | None = None) -> None:
        rows.append([label, *(cell(fig[s][p]) if only in (None, s) else "-" for p in parts for s in systems)])

    for metric in ("precision", "recall", "f1"):
        row(f"body {metric}", lambda f, m=metric: _fmt(f["body"][m]) if f["body"] else "-")
    for rate in SET_RATES[set_name]:
        of = next(
            (fig[s][p]["metadata"][rate]["of"] for s in systems for p in parts if rate in fig[s][p]["metadata"]), None
        )
        if of is None:
            continue
        counts = "/".join(
            str(next(fig[s][p]["metadata"][rate]["of"] for s in systems if rate in fig[s][p]["metadata"]))
            for p in parts
        )
        star = " *" if rate == "language" and "trafilatura" in systems else ""
        row(
            f"{rate} (of {counts}){star}",
            lambda f, r=rate: _fmt(f["metadata"][r]["rate"], pct=True) if r in f["metadata"] else "-",
        )
    row("empty outputs", lambda f: "-" if f["empty_outputs"] is None else str(f["empty_outputs"]))
    row("real articles empty", lambda f: "-" if f["real_articles_empty"] is None else str(f["real_articles_empty"]))
    if "newsbot" in systems:
        row("rejections (newsbot)", lambda f: str(f["rejections"]), only="newsbot")
    row("exceptions", lambda f: str(f["exceptions"]))
    row("CPU ms/page", lambda f: f"{f['cpu_ms_per_page']:.1f}" if f["cpu_ms_per_page"] is not None else "-")
    kind = "shingle 4-grams, per-page P/R averaged" if set_name in FULL_BODY_SETS else "segments, pooled"
    return _table(f"== {set_name}/ (body: {kind})", header, rows, groups)


def _headline_table(report: dict[str, Any]) -> str | None:
    """newsbot next to each peer on every headline figure, per part (held-out first)."""
    systems, parts = list(report["systems"]), report["parts"]
    header = ["figure", *(_SHORT[s] for _ in parts for s in systems)]
    groups = [(_PART_LABEL[p], len(systems)) for p in parts]
    rows: list[list[str]] = []
    keys = [
        *(f"{name}_body_f1" for name in report["pages"]),
        *(f"{name}_{rate}" for name in report["pages"] for rate in SET_RATES[name]),
        *(f"{name}_real_articles_empty" for name in report["pages"]),
    ]
    for key in keys:
        cells = []
        for p in parts:
            for s in systems:
                value = report["systems"][s]["summary"][p].get(key)
                if value is None:
                    cells.append("-")
                elif key.endswith("_f1"):
                    cells.append(_fmt(value))
                elif key.endswith("_real_articles_empty"):
                    cells.append(str(int(value)))
                else:
                    cells.append(_fmt(value, pct=True))
        if any(c != "-" for c in cells):
            rows.append([key, *cells])
    return _table(
        "== headline: every figure per part and system (rates in percent; details per set below)", header, rows, groups
    )


def _rejection_table(report: dict[str, Any]) -> str | None:
    """newsbot's rejections by reason, per set and part: ``real articles / all rejections``."""
    if "newsbot" not in report["systems"]:
        return None
    parts = report["parts"]
    figures = report["systems"]["newsbot"]["parts"]
    rows: list[list[str]] = []
    for set_name in report["pages"]:
        reasons = sorted({r for p in parts for r in figures[p][set_name]["rejection_reasons"]})
        for reason in reasons:
            cells = []
            for p in parts:
                f = figures[p][set_name]
                total = f["rejection_reasons"].get(reason, 0)
                cells.append(f"{f['real_articles_rejected_reasons'].get(reason, 0)}/{total}" if total else "-")
            rows.append([f"{set_name}/ {reason}", *cells])
    if not rows:
        return "\n-- newsbot rejections: none"
    return _table(
        "-- newsbot rejections by reason (real articles / all rejected pages)",
        ["set/ reason", *(_PART_LABEL[p] for p in parts)],
        rows,
    )


def _date_count_table(report: dict[str, Any]) -> str | None:
    """Per set and part: pages whose newsbot day differs from htmldate's, and who is right where truth says."""
    counts = report.get("date_difference_counts")
    if counts is None:
        return None
    rows = []
    for set_name in report["pages"]:
        for p in report["parts"]:
            c = counts.get(set_name, {}).get(p, {})
            truth = set_name != "dragnet"
            rows.append(
                [
                    f"{set_name}/ {_PART_LABEL[p]}",
                    str(c.get("differ", 0)),
                    str(c.get("newsbot_none", 0)),
                    str(c.get("htmldate_none", 0)),
                    str(c.get("with_truth", 0)) if truth else "-",
                    str(c.get("newsbot_right", 0)) if truth else "-",
                    str(c.get("htmldate_right", 0)) if truth else "-",
                ]
            )
    return _table(
        "-- pages where newsbot's publication day differs from htmldate's",
        ["set/ part", "differ", "newsbot none", "htmldate none", "with truth", "newsbot right", "htmldate right"],
        rows,
    )


def format_date_differences(rows: Sequence[dict[str, str | None]]) -> str:
    """The date-difference list, one tab-separated line per page (held-out pages: figures only)."""
    lines = ["# id\tpart\tnewsbot\thtmldate\ttruth  (held-out pages are for counting: do not open them)"]
    for r in sorted(rows, key=lambda r: (r["part"] != INSAMPLE, str(r["id"]))):
        lines.append("\t".join(str(r[k] or "-") for k in ("id", "part", "newsbot", "htmldate", "truth")))
    return "\n".join(lines)


def _language_tables(report: dict[str, Any]) -> list[str]:
    body_systems = [s for s in report["systems"] if "body" in SYSTEM_FIELDS[s]]
    out: list[str] = []
    if not body_systems:
        return out
    for set_name in report["pages"]:
        if set_name == "dragnet":
            continue
        reps = {s: report["systems"][s]["per_language"][set_name] for s in body_systems}
        langs = reps[body_systems[0]]
        rows = [
            [lang, str(info["pages"]), *(_fmt(reps[s][lang]["f1"]) for s in body_systems)]
            for lang, info in sorted(langs.items(), key=lambda kv: (-kv[1]["pages"], kv[0]))
            if info["pages"] >= MIN_LANGUAGE_GROUP
        ]
        out.append(
            _table(
                f"-- {set_name}/ per language ({_PART_LABEL[report['part']]} pages, groups >= {MIN_LANGUAGE_GROUP}),"
                " body F1",
                ["lang", "pages", *(_SHORT[s] for s in body_systems)],
                rows,
            )
        )
    return out


def _worst_tables(report: dict[str, Any]) -> list[str]:
    """newsbot's worst in-sample pages by F1 (held-out pages are never listed: aggregate figures only)."""
    if "newsbot" not in report["systems"]:
        return []
    per_page = [r for r in report["systems"]["newsbot"]["per_page"] if r["part"] == INSAMPLE]
    out: list[str] = []
    for set_name in report["pages"]:
        if set_name not in FULL_BODY_SETS:
            continue
        pages = [r for r in per_page if r["id"].startswith(set_name + "/")]
        nonempty = [r for r in pages if not r["empty"]]
        worst = sorted(nonempty, key=lambda r: (r["f1"], r["id"]))[:WORST_N]
        if worst:
            rows = [[r["id"], _fmt(r["f1"]), _fmt(r["p"]), _fmt(r["r"])] for r in worst]
            out.append(
                _table(
                    f"-- newsbot: worst {WORST_N} in-sample {set_name}/ pages among non-empty outputs",
                    ["id", "F1", "P", "R"],
                    rows,
                )
            )
    empty = [r for r in per_page if r.get("empty")]
    if empty:
        lines = [f"\n-- newsbot: in-sample pages with an empty output ({len(empty)}; first {LIST_N}, all in --json)"]
        for r in empty[:LIST_N]:
            lines.append(f"  {r['id']}  {(r.get('error') or r.get('rejected') or 'empty text')[:90]}")
        out.append("\n".join(lines))
    return out


def _cost_table(report: dict[str, Any]) -> str:
    systems = list(report["systems"])
    base = report["systems"].get("trafilatura", {}).get("cpu_ms_per_page")
    rows = []
    for s in systems:
        r = report["systems"][s]
        cpu = r["cpu_ms_per_page"]
        ratio = f"{cpu / base:.2f}x" if cpu is not None and base else "-"
        rows.append([s, "-" if cpu is None else f"{cpu:.1f}", ratio, str(r["exceptions"])])
    return _table(
        "-- extraction cost (all scored pages; CPU of the extract call only, not reading or decoding)",
        ["system", "CPU ms/page", "vs trafilatura", "exceptions"],
        rows,
    )


def format_report(report: dict[str, Any], date_list: bool = True) -> str:
    """Human-readable side-by-side tables for a report from :func:`evaluate`."""
    systems = list(report["systems"])
    sizes = ", ".join(
        f"{name} " + " / ".join(f"{report['pages'][name][p]}" for p in report["parts"]) for name in report["pages"]
    )
    parts: list[str] = [
        f"devset: {report['devset']}  limit: {report['limit']}  systems: {', '.join(systems)}",
        f"pages ({' / '.join(_PART_LABEL[p] for p in report['parts'])}): {sizes}",
    ]
    headline = _headline_table(report)
    if headline:
        parts.append(headline)
    parts += [_set_table(report, name) for name in report["pages"]]
    for extra in (_rejection_table(report), _date_count_table(report), _cost_table(report)):
        if extra:
            parts.append(extra)
    parts += _language_tables(report)
    parts += _worst_tables(report)
    for s in systems:
        for err in report["systems"][s]["errors_sample"]:
            parts.append(f"  {s} error: {err}")
    order = ("body", "title", "date", "date_time", "authors", "language")
    parts.append(
        "\nFields each system is scored on (others print '-'): "
        + "; ".join(f"{s}: {', '.join(f for f in order if f in SYSTEM_FIELDS[s])}" for s in systems)
    )
    if "trafilatura" in systems:
        parts.append("* trafilatura has no language detection: its language column is langdetect (seeded) on its")
        parts.append("  text, our addition to the baseline (not counted in its CPU time).")
    if date_list and "date_differences" in report:
        parts.append(f"\n-- the {len(report['date_differences'])} pages where newsbot's day differs from htmldate's")
        parts.append(format_date_differences(report["date_differences"]))
    parts.append(f"\nwall time for extraction: {report['wall_seconds']:.1f} s")
    return "\n".join(parts)


# ---------------------------------------------------------------------------------------------
# Floors
# ---------------------------------------------------------------------------------------------

F1_MARGIN: float = 0.005
RATE_MARGIN: float = 1.0
#: Real articles with an empty output may grow by this many pages before the gate fails.
COUNT_MARGIN: int = 2
FLOORS_FILE: Path = Path(__file__).resolve().parent / "quality_floors.json"


def floors_from_summary(summary: dict[str, dict[str, float | None]]) -> dict[str, dict[str, dict[str, float]]]:
    """Floors and ceilings from newsbot's per-part summary.

    Floors: F1 minus 0.005 and rates (percent) minus 1 point, rounded down; ceilings: the count of
    real articles with an empty output plus 2.
    """
    floors: dict[str, dict[str, float]] = {}
    ceilings: dict[str, dict[str, float]] = {}
    for part, flat in summary.items():
        for key, value in flat.items():
            if value is None:
                continue
            if key.endswith("_real_articles_empty"):
                ceilings.setdefault(part, {})[key] = int(value) + COUNT_MARGIN
            elif key.endswith("_f1"):
                floors.setdefault(part, {})[key] = max(0.0, math.floor((value - F1_MARGIN) * 10000) / 10000)
            else:
                floors.setdefault(part, {})[key] = max(0.0, math.floor((value - RATE_MARGIN) * 100) / 100)
    return {"floors": floors, "ceilings": ceilings}


def floors_document(summary: dict[str, dict[str, float | None]]) -> dict[str, Any]:
    """The content of ``quality_floors.json`` for a full newsbot run."""
    return {
        "_comment": (
            "Minimum newsbot scores (floors) and maximum counts of real articles with an empty output "
            "(ceilings) on ../shared/devset, per part of the publisher split (benchmarks/devsplit.py), "
            "enforced by tests/test_quality_gate.py. Re-pin with `.venv/bin/python "
            "benchmarks/extraction_quality.py --systems newsbot --write-floors benchmarks/quality_floors.json`: "
            f"a real run minus {F1_MARGIN} for F1 and {RATE_MARGIN} percentage point for the rates (percent), "
            f"plus {COUNT_MARGIN} pages for the counts."
        ),
        **floors_from_summary(summary),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devset", type=Path, default=DEFAULT_DEVSET, help="devset folder (default: %(default)s)")
    parser.add_argument("--only", help=f"score only these sets (comma-separated, of {','.join(SETS)})")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated (default: %(default)s)")
    parser.add_argument(
        "--part",
        choices=PARTS,
        default=ALL,
        help="only the pages of this part (default: all, printed as held-out / in-sample / all)",
    )
    parser.add_argument("--limit", type=int, help="only the first N pages (by id) of each set (after --part)")
    parser.add_argument("--json", type=Path, dest="json_path", help="write all numbers to this JSON file")
    parser.add_argument("--date-diffs", type=Path, help="write the newsbot-vs-htmldate day list here, not to stdout")
    parser.add_argument(
        "--write-floors",
        type=Path,
        help="write newsbot's figures minus the margins as the quality gate's floors (full devset, all parts)",
    )
    parser.add_argument("--workers", type=int, help="pool size (default: os.cpu_count())")
    parser.add_argument("--page-timeout", type=int, default=60, help="seconds per page and system before it fails")
    parser.add_argument("--from-json", type=Path, help="print the tables of an earlier --json file instead of running")
    args = parser.parse_args(argv)
    if args.from_json:
        print(format_report(json.loads(args.from_json.read_text("utf-8")), date_list=False))
        return 0
    if not args.devset.is_dir():
        print(f"devset not found: {args.devset}", file=sys.stderr)
        return 2
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = set(systems) - set(SYSTEMS)
    if unknown or not systems:
        parser.error(f"unknown systems: {sorted(unknown)} (known: {', '.join(SYSTEMS)})")
    systems = [s for s in SYSTEMS if s in systems]  # a fixed column order
    sets = [s.strip() for s in (args.only or ",".join(SETS)).split(",") if s.strip()]
    if set(sets) - set(SETS) or not sets:
        parser.error(f"unknown sets: {sorted(set(sets) - set(SETS))} (known: {', '.join(SETS)})")
    sets = [s for s in SETS if s in sets]  # a fixed order
    if args.write_floors and ("newsbot" not in systems or args.limit or args.only or args.part != ALL):
        parser.error("--write-floors needs newsbot on the full devset (no --limit, --only or --part)")
    report = evaluate(args.devset, sets, systems, args.limit, args.workers, args.page_timeout, args.part)
    print(format_report(report, date_list=args.date_diffs is None))
    if args.date_diffs and "date_differences" in report:
        args.date_diffs.write_text(format_date_differences(report["date_differences"]) + "\n", "utf-8")
        print(f"wrote {args.date_diffs} ({len(report['date_differences'])} pages)")
    if args.json_path:
        args.json_path.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", "utf-8")
        print(f"wrote {args.json_path}")
    if args.write_floors:
        doc = floors_document(report["systems"]["newsbot"]["summary"])
        args.write_floors.write_text(json.dumps(doc, indent=2) + "\n", "utf-8")
        print(f"wrote {args.write_floors}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
