"""Under scrapyd: the packaged egg deploys, `schedule.json` runs a crawl, and the run writes its files."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = pytest.mark.crawl

SCRAPYD = Path(sys.executable).with_name("scrapyd")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _post(url: str, fields: list[tuple[str, str]]) -> dict:
    data = urllib.parse.urlencode(fields).encode()
    with urllib.request.urlopen(url, data=data, timeout=30) as resp:  # loopback only
        return json.loads(resp.read())


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as resp:  # loopback only
        return json.loads(resp.read())


def _add_version(base: str, egg: Path) -> dict:
    boundary = "newsbot-egg-boundary"
    parts = []
    for name, value in (("project", "newsbot"), ("version", "1")):
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="egg"; filename="newsbot.egg"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n".encode()
        + egg.read_bytes()
        + b"\r\n"
    )
    parts.append(f"--{boundary}--\r\n".encode())
    request = urllib.request.Request(
        f"{base}/addversion.json",
        data=b"".join(parts),
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    with urllib.request.urlopen(request, timeout=60) as resp:  # loopback only
        return json.loads(resp.read())


@pytest.mark.skipif(not SCRAPYD.exists(), reason="scrapyd is not installed (pip install -e '.[test]')")
def test_deploy_and_schedule_a_crawl(tmp_path: Path, duniaku_base: str) -> None:
    build = subprocess.run(
        [sys.executable, "setup.py", "-q", "bdist_egg", "--dist-dir", str(tmp_path / "dist")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    egg = next((tmp_path / "dist").glob("*.egg"))
    port = _free_port()
    (tmp_path / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\neggs_dir = {tmp_path}/eggs\n"
        f"logs_dir = {tmp_path}/logs\nitems_dir =\ndbs_dir = {tmp_path}/dbs\n",
        encoding="utf-8",
    )
    daemon = subprocess.Popen([str(SCRAPYD)], cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                _get(f"{base}/daemonstatus.json")
                break
            except OSError:
                time.sleep(0.2)
        assert _add_version(base, egg)["status"] == "ok"
        assert set(_get(f"{base}/listspiders.json?project=newsbot")["spiders"]) >= {"outlet", "site"}
        out = tmp_path / "out"
        job = _post(
            f"{base}/schedule.json",
            [
                ("project", "newsbot"),
                ("spider", "outlet"),
                ("outlet", "duniaku"),
                ("base_url", duniaku_base),
                ("setting", "NEWSBOT_ALLOW_LOOPBACK=True"),
                ("setting", "AUTOTHROTTLE_ENABLED=False"),
                ("setting", f"NEWSBOT_OUTPUT_DIR={out}"),
                ("setting", f"NEWSBOT_STATE_PATH={tmp_path}/state.sqlite3"),
            ],
        )
        assert job["status"] == "ok", job
        finished = []
        for _ in range(600):  # bounded: 120 s at most
            finished = [j for j in _get(f"{base}/listjobs.json?project=newsbot")["finished"] if j["id"] == job["jobid"]]
            if finished:
                break
            time.sleep(0.2)
        assert finished, "the scheduled crawl did not finish"
    finally:
        daemon.terminate()
        daemon.wait(timeout=30)
    summaries = list(out.rglob("*.summary.json"))
    assert len(summaries) == 1, list(out.rglob("*"))
    summary = json.loads(summaries[0].read_text(encoding="utf-8"))
    assert summary["articles"] >= 15
    assert summary["errors"] == 0
