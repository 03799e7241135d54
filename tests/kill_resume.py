"""Kill a crawl with SIGKILL at random points, resume it each time, and check what the runs left behind.

    python tests/kill_resume.py --kills 25 [--seed 7] [--delay 0.1]

The duniaku fixture outlet is served on loopback. A reference crawl (never killed) says which
articles and URLs a complete crawl yields. Then, in a second output folder that keeps its state
between runs, crawls are started and SIGKILLed (the whole process group: crawler and extraction
workers) at random moments, ``--kills`` times, and finally run to the end. Checked:

* at every kill, every line of every output file (``*.jsonl`` and open ``*.jsonl.part``) is a whole,
  valid JSON line;
* at the end no ``*.part`` file is left (killed runs were recovered by the next run);
* the union of the runs' article files holds every article of the reference crawl, each article id
  exactly once; every URL the reference crawl accounted for has a record somewhere, and no URL has two
  records across all runs' article, rejection and error files (a resumed run does not fetch or record
  again what the killed run recorded).

Exit status 0 when all holds; a JSON report goes to stdout. `tests/test_kill_resume.py` runs a few
kill points in `make test`; `make test-faults` runs 25.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsbot.devtools.devserver import serve_site  # noqa: E402

SITE = ROOT / "fixtures" / "sites" / "duniaku"


def crawl_command(output_dir: Path, base: str, delay: float) -> list[str]:
    """The `scrapy crawl` command line for one run into output_dir (its state lives there too)."""
    settings = {
        "NEWSBOT_ALLOW_LOOPBACK": "True",
        "AUTOTHROTTLE_ENABLED": "False",
        "LOG_LEVEL": "WARNING",
        "NEWSBOT_OUTPUT_DIR": str(output_dir),
        "DOWNLOAD_DELAY": str(delay),
        "CONCURRENT_REQUESTS": "4",
    }
    cmd = [sys.executable, "-m", "scrapy", "crawl", "outlet", "-a", "outlet=duniaku", "-a", f"base_url={base}"]
    for key, value in settings.items():
        cmd += ["-s", f"{key}={value}"]
    return cmd


def run(cmd: list[str], log: Path, kill_after: float | None, timeout: float = 300) -> tuple[bool, int]:
    """Run one crawl; SIGKILL its process group after kill_after seconds if still running. (killed, returncode)."""
    with open(log, "ab") as handle:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=handle, stderr=handle, start_new_session=True)
        try:
            proc.wait(timeout=kill_after if kill_after is not None else timeout)
            return False, proc.returncode
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # the group of the crawl we started: crawler + its workers
            proc.wait()
            if kill_after is None:
                raise
            return True, proc.returncode


def check_lines(output_dir: Path) -> list[str]:
    """Every line of every JSONL file (final or .part) complete and valid JSON; returns the problems."""
    problems = []
    for path in sorted(output_dir.rglob("*.jsonl*")):
        if not path.name.endswith((".jsonl", ".jsonl.part")):
            continue
        data = path.read_bytes()
        if data and not data.endswith(b"\n"):
            problems.append(f"{path.name}: last line not terminated")
        for number, line in enumerate(data.splitlines(), 1):
            try:
                json.loads(line)
            except ValueError:
                problems.append(f"{path.name}:{number}: not valid JSON: {line[:80]!r}")
    return problems


def records(output_dir: Path) -> dict[str, list[dict[str, Any]]]:
    """All records in the final files under output_dir, by kind."""
    found: dict[str, list[dict[str, Any]]] = {"article": [], "rejection": [], "error": []}
    for path in sorted(output_dir.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            found[record["record_type"]].append(record)
    return found


def kill_and_resume(
    kills: int, seed: int = 7, delay: float = 0.5, workdir: Path | None = None, max_kill_after: float = 6.0
) -> dict[str, Any]:
    """The whole experiment; returns the report (``report["ok"]`` says whether every check held)."""
    rng = random.Random(seed)
    work = Path(workdir or tempfile.mkdtemp(prefix="kill-resume-"))
    work.mkdir(parents=True, exist_ok=True)
    reference_dir, resumed_dir, log = work / "reference", work / "resumed", work / "crawl.log"
    report: dict[str, Any] = {
        "kills_requested": kills,
        "seed": seed,
        "workdir": str(work),
        "kill_points": [],
        "line_problems": [],
        "runs": 0,
    }
    started = time.monotonic()
    with serve_site(SITE) as base:
        _, code = run(crawl_command(reference_dir, base, delay), log, None)
        reference = records(reference_dir)
        report["reference"] = {k: len(v) for k, v in reference.items()}
        if code != 0 or not reference["article"]:
            report["ok"] = False
            report["error"] = f"reference crawl failed (exit {code}); see {log}"
            return report
        cmd = crawl_command(resumed_dir, base, delay)
        attempts = 0
        while len(report["kill_points"]) < kills and attempts < kills * 4:
            attempts += 1
            after = round(rng.uniform(0.2, max_kill_after), 2)
            killed, _ = run(cmd, log, after)
            report["runs"] += 1
            if killed:
                # When it died, and how many article lines all runs had written by then.
                lines = sum(
                    len(p.read_bytes().splitlines())
                    for p in resumed_dir.rglob("*.jsonl*")
                    if p.name.endswith((".jsonl", ".jsonl.part"))
                    and ".rejects." not in p.name
                    and ".errors." not in p.name
                )
                report["kill_points"].append([after, lines])
                report["line_problems"] += check_lines(resumed_dir)
        for _ in range(3):  # then let it finish (recovering the last killed run)
            _, code = run(cmd, log, None)
            report["runs"] += 1
            if code == 0:
                break
        report["final_exit"] = code
    union = records(resumed_dir)
    ids = Counter(a["id"] for a in union["article"])
    ref_ids = {a["id"] for a in reference["article"]}
    accounted = {r["url"] for kind in union.values() for r in kind}
    report.update(
        {
            "kills": len(report["kill_points"]),
            "articles": len(union["article"]),
            "missing_articles": sorted(ref_ids - set(ids)),
            "duplicate_articles": sorted(i for i, n in ids.items() if n > 1),
            "duplicate_urls": sorted(
                u for u, n in Counter(r["url"] for kind in union.values() for r in kind).items() if n > 1
            ),
            "unaccounted_urls": sorted({r["url"] for kind in reference.values() for r in kind} - accounted),
            "leftover_part_files": sorted(p.name for p in resumed_dir.rglob("*.part")),
            "line_problems": report["line_problems"] + check_lines(resumed_dir),
            "seconds": round(time.monotonic() - started, 1),
        }
    )
    report["ok"] = (
        report["kills"] >= kills
        and report["final_exit"] == 0
        and not report["missing_articles"]
        and not report["duplicate_articles"]
        and not report["duplicate_urls"]
        and not report["unaccounted_urls"]
        and not report["leftover_part_files"]
        and not report["line_problems"]
    )
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=25, help="SIGKILLs to deliver mid-crawl (default 25)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the random kill points")
    parser.add_argument("--delay", type=float, default=0.5, help="DOWNLOAD_DELAY, stretches each crawl")
    parser.add_argument("--workdir", type=Path, help="keep outputs and crawl.log here (default: a temp folder)")
    args = parser.parse_args(argv)
    report = kill_and_resume(args.kills, args.seed, args.delay, args.workdir)
    print(json.dumps(report, indent=2))
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
