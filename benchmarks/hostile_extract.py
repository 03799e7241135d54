"""Time bound of extract() on hostile pages: the slowest case must stay under a per-page bound.

    python benchmarks/hostile_extract.py [--bound 5.0] [--repeat 3]

Each input is extracted ``--repeat`` times in this process; the table shows the outcome and the
worst time. Exit status 1 when any page takes longer than ``--bound`` seconds (default 5 s, well
under NEWSBOT_EXTRACT_TIMEOUT, past which the worker pool would kill the extraction anyway).
This is a benchmark, not a unit test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsbot.extraction import MAX_HTML_BYTES, extract  # noqa: E402

PAGE = sorted((ROOT / "fixtures" / "pages").glob("en-*.html"))[0].read_bytes()


def _mutated(seed: int) -> bytes:
    rng = random.Random(seed)
    out = bytearray(PAGE)
    for _ in range(200):
        pos = rng.randrange(len(out))
        out[pos:pos] = rng.choice([b"<", b">", b"</div>", b"<p>", b"&#0;", b"&#xD800;", b"<!--", rng.randbytes(8)])
    return bytes(out)


CASES: dict[str, Callable[[], bytes]] = {
    "fixture article": lambda: PAGE,
    "nested <div> x 100k": lambda: b"<html><body>" + b"<div>" * 100_000 + b"x" + b"</div>" * 100_000,
    "nested <table> x 30k unclosed": lambda: b"<html><body>" + b"<table><tr><td>" * 30_000 + b"cell",
    "nested <b> x 200k": lambda: b"<html><body><p>" + b"<b>" * 200_000 + b"text",
    "3 MB attribute": lambda: PAGE.replace(b"<body", b"<body data-x='" + b"a" * 3_000_000 + b"'", 1),
    "50k paragraphs": lambda: b"<html><body>" + b"<p>one two three four five six</p>" * 50_000,
    "page at the size cap": lambda: (
        b"<html><head><title>Big</title></head><body>"
        + b"<p>word word word word word.</p>" * ((MAX_HTML_BYTES - 200) // 32)
    ),
    "one 5 MB text node": lambda: b"<html><body><p>" + b"word " * 1_000_000 + b"</p>",
    "100k links": lambda: b"<html><body>" + b"<a href='/x'>a link with four words</a>" * 100_000,
    "binary as html": lambda: os.urandom(2_000_000),
    "entity-expansion doctype": lambda: (
        b"<!DOCTYPE html [<!ENTITY a 'aaaaaaaaaa'>"
        + b"".join(f"<!ENTITY a{i} '{('&a' + (str(i - 1) if i else '') + ';') * 10}'>".encode() for i in range(8))
        + b"]><html><body><p>&a7;</p></body></html>"
    ),
    "control chars everywhere": lambda: bytes(b if i % 7 else 1 for i, b in enumerate(PAGE)),
    "mutated fixture x 20": lambda: b"",  # placeholder: expanded below
}


def run(bound: float, repeat: int) -> int:
    rows = []
    cases = {k: v for k, v in CASES.items() if not k.startswith("mutated")}
    for seed in range(20):
        cases[f"mutated fixture #{seed}"] = lambda seed=seed: _mutated(seed)
    for name, make in cases.items():
        data = make()
        worst, outcome = 0.0, ""
        for _ in range(repeat):
            start = time.perf_counter()
            result = extract(data, "https://news.example/2024/05/06/a-story.html")
            worst = max(worst, time.perf_counter() - start)
            outcome = result.record_type if result.record_type == "article" else f"rejection:{result.reason}"
        rows.append((name, len(data), outcome, worst))
    width = max(len(r[0]) for r in rows)
    print(f"{'input':<{width}}  {'bytes':>10}  {'outcome':<22}  worst s")
    for name, size, outcome, worst in rows:
        print(f"{name:<{width}}  {size:>10}  {outcome:<22}  {worst:7.3f}{'  OVER BOUND' if worst > bound else ''}")
    slowest = max(rows, key=lambda r: r[3])
    print(f"\nslowest: {slowest[0]} {slowest[3]:.3f}s (bound {bound}s); {len(rows)} inputs x {repeat} runs")
    return 1 if slowest[3] > bound else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bound", type=float, default=5.0, help="seconds allowed per page (default 5)")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    return run(args.bound, args.repeat)


if __name__ == "__main__":
    raise SystemExit(main())
