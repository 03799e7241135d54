"""Many workers, one crawl: SIGKILLed workers, a Redis restart and a full disk, and still every article once.

    python tests/scale_faults.py [--kills 20] [--articles 2000] [--seed 17] [--workdir DIR]

A generated site (`tests/scalesite.py`, ``--articles`` articles) is served on loopback and crawled by three
workers (``scrapy crawl site``) sharing one Redis job (a private ``redis-server`` with its append-only file,
``appendfsync always``). Each worker has a slot: a stable worker name (``NEWSBOT_REDIS_WORKER``) and its own
output folder, as a systemd instance or an indexed Kubernetes pod would. While the crawl runs:

* one worker, picked at random, is SIGKILLed (its whole process group) at random moments, ``--kills`` times;
  each time a fresh worker starts in its slot (it recovers the dead one's files and takes back its leases);
* Redis is shut down once halfway and started again from its AOF ~2 s later (workers retry meanwhile);
* the output folder of slot 2 is a small tmpfs that is filled up once (a filler file): its worker stops with
  ``disk_full`` (exit 7); the filler is removed and a fresh worker starts there. Without root (no mount) this
  part is skipped with the reason in the report.

Then the workers run to the end of the job. Checked over all slots' files: every generated article is an
article record (``missing``), no article id twice (``duplicates``), every JSONL line whole and valid, no
``*.jsonl.part`` file left, the shared queue empty. Ends with one JSON line ``{"kills", "redis_restarts",
"articles_expected", "missing", "duplicates", ...}``; exit status 0 only when missing and duplicates are 0
and every other check held. Takes several minutes; ``make test-faults`` runs it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from kill_resume import check_lines  # noqa: E402
from scalesite import ScaleSite, serve  # noqa: E402

JOB = "scale-faults"
SLOTS = 3
DISK_SLOT = 2
#: Seconds a worker runs before it may be killed (or its disk filled): it has started and leased requests by then.
MIN_AGE = 6.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RedisServer:
    """A private redis-server with an append-only file, restartable on the same port and folder."""

    def __init__(self, folder: Path) -> None:
        self.exe = shutil.which("redis-server")
        if self.exe is None:
            raise SystemExit("redis-server is not installed (apt-get install redis-server)")
        self.folder = folder
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        args = ["--bind", "127.0.0.1", "--port", str(self.port), "--dir", str(self.folder), "--save", ""]
        args += ["--appendonly", "yes", "--appendfsync", "always"]
        log = open(self.folder / "redis.log", "ab")  # noqa: SIM115 - handed to the server process
        assert self.exe is not None
        self.proc = subprocess.Popen([self.exe, *args], stdout=log, stderr=log)
        import redis

        client = redis.Redis(port=self.port)
        for _ in range(200):
            try:
                client.ping()
                return
            except redis.RedisError:  # refused, or still loading the AOF
                time.sleep(0.05)
        raise SystemExit(f"redis-server did not start; see {self.folder / 'redis.log'}")

    def stop(self) -> None:
        """SIGTERM: Redis writes and fsyncs its AOF and exits (what a restart by systemd or Kubernetes does)."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(30)


class Slot:
    """One worker place: a stable worker name and an output folder; at most one live worker."""

    def __init__(self, number: int, output: Path, base: str, redis_url: str, log: Path, delay: float) -> None:
        self.number = number
        self.output = output
        self.base = base
        self.redis_url = redis_url
        self.log = log
        self.delay = delay
        self.proc: subprocess.Popen[bytes] | None = None
        self.exits: list[int] = []
        self.started = 0.0

    def command(self) -> list[str]:
        settings = {
            "NEWSBOT_ALLOW_LOOPBACK": "True",
            "AUTOTHROTTLE_ENABLED": "False",
            "LOG_LEVEL": "WARNING",
            "NEWSBOT_OUTPUT_DIR": str(self.output),
            "NEWSBOT_REDIS_URL": self.redis_url,
            "NEWSBOT_REDIS_JOB": JOB,
            "NEWSBOT_REDIS_WORKER": f"slot{self.number}",
            # Far longer than a restart takes: a dead worker's leases go to its successor in the slot.
            "NEWSBOT_REDIS_LEASE_IDLE": "60",
            "NEWSBOT_REDIS_IDLE_CLOSE": "5",
            "NEWSBOT_EXTRACT_WORKERS": "1",
            "DOWNLOAD_DELAY": str(self.delay),
        }
        cmd = [sys.executable, "-m", "scrapy", "crawl", "site", "-a", f"url={self.base}/"]
        for key, value in settings.items():
            cmd += ["-s", f"{key}={value}"]
        return cmd

    def start(self) -> None:
        self.output.mkdir(parents=True, exist_ok=True)
        self.started = time.monotonic()
        with open(self.log, "ab") as handle:
            self.proc = subprocess.Popen(self.command(), cwd=ROOT, stdout=handle, stderr=handle, start_new_session=True)

    def alive(self) -> bool:
        if self.proc is None:
            return False
        code = self.proc.poll()
        if code is None:
            return True
        self.exits.append(code)
        self.proc = None
        return False

    def writing(self) -> bool:
        """Whether this slot's worker has written an article line (it is past its start)."""
        since = time.time() - self.age()
        for part in self.output.rglob("*.jsonl.part"):
            if part.name.endswith((".rejects.jsonl.part", ".errors.jsonl.part")):
                continue
            try:
                info = part.stat()
            except OSError:  # renamed meanwhile
                continue
            if info.st_mtime >= since and info.st_size > 0:
                return True
        return False

    def age(self) -> float:
        """Seconds since this slot's worker started."""
        return time.monotonic() - self.started

    def kill(self) -> None:
        assert self.proc is not None
        os.killpg(self.proc.pid, signal.SIGKILL)  # the worker we started: crawler + its extraction process
        self.proc.wait()
        self.proc = None

    def wait(self, timeout: float) -> None:
        if self.proc is not None:
            self.exits.append(self.proc.wait(timeout))
            self.proc = None


def mount_small_disk(folder: Path, size: str = "8m") -> str | None:
    """A tmpfs of size at folder; None when mounted, else why not (then the disk-full part is skipped)."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        return "not root: cannot mount a small tmpfs to fill"
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        return f"cannot mount a tmpfs: {done.stderr.decode(errors='replace').strip()}"
    return None


def fill(folder: Path) -> Path:
    """Fill the file system of folder up (a filler file written until ENOSPC); returns the filler."""
    filler = folder / "filler.bin"
    with open(filler, "wb", buffering=0) as handle:
        for size in (65536, 4096, 1):  # down to the last byte: the workers' next line must not fit
            try:
                while True:
                    handle.write(b"\0" * size)
            except OSError:
                pass
    return filler


def articles(folders: list[Path]) -> list[dict[str, Any]]:
    found = []
    for folder in folders:
        for path in sorted(folder.rglob("*.jsonl")):
            if path.name.endswith((".rejects.jsonl", ".errors.jsonl")):
                continue
            found += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return found


def run(
    kills: int, article_count: int, seed: int, workdir: Path, delay: float, restart: bool = True, disk: bool = True
) -> dict[str, Any]:
    rng = random.Random(seed)
    workdir.mkdir(parents=True, exist_ok=True)
    log = workdir / "workers.log"
    report: dict[str, Any] = {"kills": 0, "redis_restarts": 0, "articles_expected": article_count}
    redis_server = RedisServer(workdir / "redis")
    redis_server.start()
    outputs = [workdir / f"slot{n}" for n in range(SLOTS)]
    disk_skip = mount_small_disk(outputs[DISK_SLOT]) if disk else "--no-disk-full"
    report["disk_full"] = {"skipped": disk_skip} if disk_skip else {"filled": 0}
    site = ScaleSite(article_count)
    started = time.monotonic()
    try:
        with serve(site) as base:
            slots = [Slot(n, outputs[n], base, redis_server.url, log, delay) for n in range(SLOTS)]
            for slot in slots:
                slot.start()
            # Fault moments: the Redis restart after a third of the kills, the disk filled after two thirds.
            restart_at, fill_at = max(1, kills // 3), max(2, (2 * kills) // 3)
            filler: Path | None = None
            while report["kills"] < kills:
                time.sleep(rng.uniform(1.0, 5.0))
                for slot in slots:
                    # A supervisor's Restart=on-failure: e.g. a worker that started while Redis was restarting
                    # (a worker that never reached Redis fails at once, exit 2).
                    if not slot.alive() and slot.exits and slot.exits[-1] != 0:
                        slot.start()
                live = [s for s in slots if s.alive()]
                if not live:
                    break  # the job ended before all kills were made (the report says how many)
                # A worker that has had time to start (a few seconds under load) and to lease requests.
                working = [s for s in live if s.age() >= MIN_AGE]
                if not working:
                    continue
                victim = rng.choice(working)
                victim.kill()
                report["kills"] += 1
                victim.start()
                if restart and report["kills"] == restart_at and not report["redis_restarts"]:
                    redis_server.stop()
                    time.sleep(2.0)
                    redis_server.start()
                    report["redis_restarts"] += 1
                if report["kills"] == fill_at and not disk_skip:
                    slot = slots[DISK_SLOT]
                    if not slot.alive():
                        slot.start()
                    while slot.alive() and not slot.writing():
                        time.sleep(0.5)  # fill the disk under a working worker, not one still starting
                    filler = fill(outputs[DISK_SLOT])
                    deadline = time.monotonic() + 120
                    while slot.alive() and time.monotonic() < deadline:
                        time.sleep(0.5)
                    if slot.alive():  # nothing written since the disk filled (a slow spell): count it as not hit
                        report["disk_full"]["note"] = "the worker wrote nothing while the disk was full"
                    else:
                        report["disk_full"]["filled"] += 1
                        report["disk_full"]["exit"] = slot.exits[-1]
                    filler.unlink()
                    if not slot.alive():
                        slot.start()
            for slot in slots:  # then the job runs to its end
                slot.wait(1800)
            # A slot whose worker ended early (disk full while others finished) may hold a last leased request.
            import redis

            client = redis.Redis.from_url(redis_server.url)
            report["queue_left"] = sum(int(client.xlen(k)) for k in client.scan_iter(f"newsbot:{JOB}:*:stream"))
            report["exit_codes"] = {f"slot{s.number}": s.exits for s in slots}
    finally:
        redis_server.stop()
        found = articles(outputs)
        expected = {base_path for base_path in site.article_paths()}
        got_paths = Counter(a["url"].split("://", 1)[1].split("/", 1)[1] for a in found)
        ids = Counter(a["id"] for a in found)
        report.update(
            {
                "articles_found": len(found),
                "missing": len({p.lstrip("/") for p in expected} - set(got_paths)),
                "duplicates": sum(n - 1 for n in ids.values() if n > 1),
                "line_problems": [p for folder in outputs for p in check_lines(folder)][:20],
                # The runs' JSONL files (the WARC extension's pages.json may stay a .part after a full disk).
                "leftover_part_files": sorted(str(p) for folder in outputs for p in folder.rglob("*.jsonl*.part")),
                "seconds": round(time.monotonic() - started, 1),
                "workdir": str(workdir),
            }
        )
        if not disk_skip:  # its files are kept beside the others for a look afterwards
            shutil.copytree(outputs[DISK_SLOT], workdir / f"slot{DISK_SLOT}-tmpfs-copy", dirs_exist_ok=True)
            subprocess.run(["umount", str(outputs[DISK_SLOT])], capture_output=True)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=20, help="SIGKILLs of a worker mid-crawl (default 20)")
    parser.add_argument("--articles", type=int, default=2000, help="articles of the generated site (default 2000)")
    parser.add_argument("--seed", type=int, default=17, help="seed of the kill moments and victims")
    parser.add_argument("--delay", type=float, default=0.05, help="DOWNLOAD_DELAY of each worker (stretches the run)")
    parser.add_argument("--no-redis-restart", action="store_true", help="leave the Redis restart out")
    parser.add_argument("--no-disk-full", action="store_true", help="leave the full disk out")
    parser.add_argument("--workdir", type=Path, help="keep outputs, Redis files and logs here (default: a temp dir)")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="scale-faults-"))
    report = run(
        args.kills, args.articles, args.seed, workdir, args.delay, not args.no_redis_restart, not args.no_disk_full
    )
    ok = (
        report["missing"] == 0
        and report["duplicates"] == 0
        and report["kills"] >= args.kills
        and not report["line_problems"]
        and not report["leftover_part_files"]
        and report.get("queue_left") == 0
        # The full disk, unless skipped, stopped its worker with the disk-full exit status.
        and bool(report["disk_full"].get("skipped") or report["disk_full"].get("exit") == 7)
    )
    report["ok"] = ok
    print(json.dumps(report))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
