#!/usr/bin/env python3
"""`newsbot report` on a large output: time and peak memory, for the text summary and the HTML page.

Generates an output of ``--runs`` runs with ``--records`` article records in all (default 100 and
100,000, with rejects beside them) in a temporary folder, then runs ``newsbot report`` on it in a fresh
process per mode, reading the wall time and the child's peak RSS (``ru_maxrss``). ``--json`` prints one
JSON line. Numbers and the command are in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsbot.devtools.sample_runs import many_runs  # noqa: E402


def _measure(args: list[str]) -> dict[str, float]:
    code = (
        "import resource, subprocess, sys, time; t = time.perf_counter(); "
        "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.returncode)"
    )
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True).stdout
    seconds, rss_kb, rc = out.split()
    if int(rc) != 0:
        raise SystemExit(f"newsbot report failed: {args}")
    return {"seconds": round(float(seconds), 2), "peak_rss_mb": round(int(rss_kb) / 1024, 1)}


def main() -> int:
    """Generate the output, run both modes, print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "output"
        t = time.perf_counter()
        many_runs(out, opts.runs, opts.records)
        generated = time.perf_counter() - t
        size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
        cli = [sys.executable, "-m", "newsbot.cli", "report", str(out)]
        result = {
            "runs": opts.runs,
            "records": opts.records,
            "output_mb": round(size / 2**20, 1),
            "generate_s": round(generated, 1),
            "text": _measure(cli),
            "html": _measure([*cli, "--html", str(Path(tmp) / "r.html")]),
            "baseline_python": _measure([sys.executable, "-c", "import newsbot.cli"]),
        }
    print(json.dumps(result) if opts.json else json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
