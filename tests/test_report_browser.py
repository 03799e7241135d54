"""The report opened in headless Chromium: charts render, nothing errors, nothing loads from the network.

Chromium is driven over the DevTools protocol on a pipe (``--remote-debugging-pipe``: JSON messages
separated by NUL bytes on file descriptors 3 and 4), so no driver, websocket client or browser
download is needed. A screenshot is saved as ``test-artifacts/report.png``.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, CrawlResult

from newsbot import cli
from newsbot.devtools.sample_runs import week_of_runs

CHROMIUM = next(
    (
        p
        for p in (
            os.environ.get("CHROMIUM"),
            shutil.which("chromium"),
            shutil.which("chromium-browser"),
            shutil.which("google-chrome"),
        )
        if p
    ),
    None,
)
pytestmark = [
    pytest.mark.crawl,
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="chromium not found (CI installs Debian's chromium package; or set CHROMIUM=/path/to/chrome)",
    ),
]
ARTIFACTS = ROOT / "test-artifacts"


class Browser:
    """A headless Chromium and one page, spoken to over the DevTools pipe."""

    def __init__(self, profile: Path) -> None:
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def wire_fds() -> None:  # in the child: the protocol expects its pipe on fds 3 (in) and 4 (out)
            # Via fds >= 10 first: either end may itself be fd 3 or 4, and dup2(fd, fd) keeps close-on-exec.
            high_in = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 10)
            high_out = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 10)
            os.dup2(high_in, 3)
            os.dup2(high_out, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        args = [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--remote-debugging-pipe",
            f"--user-data-dir={profile}",
            "--window-size=1200,900",
            "about:blank",
        ]
        # close_fds would run after preexec_fn and close fds 3 and 4 again; Python's own fds are
        # non-inheritable anyway (PEP 446), so nothing else leaks into the browser.
        self.proc = subprocess.Popen(
            args,
            preexec_fn=wire_fds,
            close_fds=False,  # noqa: PLW1509
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        self.session: str | None = None

    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("no answer from chromium")
            ready, _, _ = select.select([self._from_chrome], [], [], remaining)
            if ready:
                chunk = os.read(self._from_chrome, 1 << 20)
                if not chunk:
                    raise RuntimeError("chromium closed the DevTools pipe")
                self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method: str, params: dict[str, Any] | None = None, timeout: float = 60) -> dict[str, Any]:
        """Send a command (to the page session once attached) and return its result; events are kept."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if self.session and not method.startswith("Target."):
            message["sessionId"] = self.session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method: str, timeout: float = 60) -> dict[str, Any]:
        """The first event of that name (already received or arriving before the timeout)."""
        deadline = time.monotonic() + timeout
        while True:
            for event in self.events:
                if event.get("method") == method:
                    return event
            self.events.append(self._read_message(deadline))

    def open_page(self) -> None:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable")

    def close(self) -> None:
        try:
            self.send("Browser.close", timeout=10)
        except (OSError, RuntimeError, TimeoutError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self._to_chrome, self._from_chrome):
            os.close(fd)


CHARTS_JS = """JSON.stringify([...document.querySelectorAll('svg.chart')].map(svg => {
  const box = svg.getBoundingClientRect();
  const marks = [...svg.querySelectorAll('rect, circle')].filter(r => r.getBBox().width > 0 && r.getBBox().height > 0);
  return {label: svg.getAttribute('aria-label'), width: box.width, height: box.height, marks: marks.length};
}))"""


def test_report_renders_in_chromium(duniaku_crawl: CrawlResult, tmp_path: Path) -> None:
    html = tmp_path / "report.html"
    assert cli.main(["report", str(duniaku_crawl.output_dir), "--html", str(html)]) == 0
    browser = Browser(tmp_path / "profile")
    try:
        browser.open_page()
        browser.send("Page.navigate", {"url": html.as_uri()})
        browser.wait_for("Page.loadEventFired")
        charts = json.loads(
            browser.send("Runtime.evaluate", {"expression": CHARTS_JS, "returnByValue": True})["result"]["value"]
        )
        title = browser.send("Runtime.evaluate", {"expression": "document.title", "returnByValue": True})
        metrics = browser.send("Page.getLayoutMetrics")["cssContentSize"]
        shot = browser.send(
            "Page.captureScreenshot",
            {
                "format": "png",
                "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": metrics["width"], "height": metrics["height"], "scale": 1},
            },
        )
        ARTIFACTS.mkdir(exist_ok=True)
        png = base64.b64decode(shot["data"])
        (ARTIFACTS / "report.png").write_bytes(png)
    finally:
        browser.close()

    assert title["result"]["value"] == "newsbot crawl report"
    labels = {c["label"] for c in charts}
    assert {"articles by publication day", "articles per run", "run duration", "languages", "rejections"} <= labels
    for chart in charts:
        assert chart["width"] > 100 and chart["height"] > 20, chart
        assert chart["marks"] > 0, f"chart drew nothing: {chart}"
    problems = [
        e
        for e in browser.events
        if e.get("method") in ("Runtime.exceptionThrown",)
        or (e.get("method") == "Runtime.consoleAPICalled" and e["params"]["type"] in ("error", "assert"))
        or (e.get("method") == "Log.entryAdded" and e["params"]["entry"]["level"] == "error")
    ]
    assert not problems, problems
    fetched = [e["params"]["request"]["url"] for e in browser.events if e.get("method") == "Network.requestWillBeSent"]
    assert all(url.startswith(("file:", "data:", "about:")) for url in fetched), fetched
    assert png.startswith(b"\x89PNG") and len(png) > 10_000


def _js(browser: Browser, expression: str) -> Any:
    reply = browser.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
    assert "exceptionDetails" not in reply, reply
    return reply["result"]["value"]


VISIBLE_ROWS_JS = """[...document.querySelectorAll('#%s tbody tr')].filter(r => r.offsetParent !== null)
  .map(r => r.getAttribute('data-outlet'))"""


def test_a_week_of_runs_in_chromium(tmp_path: Path) -> None:
    """The failed run is marked, the filters narrow the tables, and the charts have a time axis."""
    facts = week_of_runs(tmp_path / "output")
    html = tmp_path / "week.html"
    assert cli.main(["report", str(tmp_path / "output"), "--html", str(html)]) == 0
    browser = Browser(tmp_path / "profile")
    try:
        browser.open_page()
        browser.send("Page.navigate", {"url": html.as_uri()})
        browser.wait_for("Page.loadEventFired")
        failed_id = facts["failed"][0]
        background = _js(
            browser,
            f"""getComputedStyle(document.querySelector('tr[data-run="{failed_id}"] td'))
                                      .backgroundColor""",
        )
        ok_background = _js(
            browser,
            """getComputedStyle(document.querySelector('tr[data-state="ok"] td'))
                                         .backgroundColor""",
        )
        all_rows = _js(browser, VISIBLE_ROWS_JS % "runs-table")
        # Narrow to one outlet, as a person would with the select.
        _js(
            browser,
            """(() => {const s = document.getElementById('f-outlet'); s.value = 'harbourtimes';
                        s.dispatchEvent(new Event('change')); return true;})()""",
        )
        one_outlet = _js(browser, VISIBLE_ROWS_JS % "runs-table")
        latest_one = _js(browser, VISIBLE_ROWS_JS % "latest-table")
        shown_note = _js(browser, "document.querySelector('p.shown[data-for=\\'runs-table\\']').textContent")
        # Only failed or partial runs, all outlets.
        _js(
            browser,
            """(() => {const s = document.getElementById('f-outlet'); s.value = '';
                        s.dispatchEvent(new Event('change'));
                        const f = document.getElementById('f-failed'); f.checked = true;
                        f.dispatchEvent(new Event('change')); return true;})()""",
        )
        failed_only = _js(
            browser,
            """[...document.querySelectorAll('#runs-table tbody tr')]
                                      .filter(r => r.offsetParent !== null).map(r => r.getAttribute('data-state'))""",
        )
        # A date range: only the last two days.
        _js(
            browser,
            """(() => {const f = document.getElementById('f-failed'); f.checked = false;
                        f.dispatchEvent(new Event('change'));
                        const a = document.getElementById('f-from'); a.value = '2026-12-04';
                        a.dispatchEvent(new Event('change')); return true;})()""",
        )
        recent_days = _js(
            browser,
            """[...document.querySelectorAll('#runs-table tbody tr')]
                                      .filter(r => r.offsetParent !== null).map(r => r.getAttribute('data-day'))""",
        )
        axes = _js(
            browser,
            """[...document.querySelectorAll('svg.chart')].filter(s => s.querySelector('.axis-x'))
          .map(s => ({label: s.getAttribute('aria-label'),
                      ticks: [...s.querySelectorAll('.tick-x')].map(g => ({t: g.getAttribute('data-t'),
                               x: g.querySelector('text').getBoundingClientRect().x}))}))""",
        )
    finally:
        browser.close()

    assert background != ok_background and background == "rgb(253, 231, 231)"
    assert len(all_rows) == facts["runs"]
    assert one_outlet and set(one_outlet) == {"harbourtimes"} and len(one_outlet) < len(all_rows)
    assert latest_one and set(latest_one) == {"harbourtimes"}
    assert shown_note == f"{len(one_outlet)} of {facts['runs']} rows shown"
    assert sorted(failed_only) == sorted(["failed"] * len(facts["failed"]) + ["partial"] * len(facts["partial"]))
    assert recent_days and all(day >= "2026-12-04" for day in recent_days) and len(recent_days) < facts["runs"]
    labels = {a["label"] for a in axes}
    assert {"articles by publication day", "articles per run", "run duration"} <= labels
    for axis in axes:  # tick labels left to right in time order: a time axis, drawn
        times = [tick["t"] for tick in axis["ticks"]]
        xs = [tick["x"] for tick in axis["ticks"]]
        assert len(times) >= 2 and times == sorted(times) and xs == sorted(xs), axis
