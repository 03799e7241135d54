"""Extraction off the reactor: a pool of worker processes, each handling one page at a time.

Why not `concurrent.futures.ProcessPoolExecutor`: one crashed worker breaks that pool for every
pending page, and a hung worker cannot be killed without breaking it too. Here each worker is a plain
``python -m newsbot.pool`` child process with its own pipe, driven by one thread in the parent that
sends it one page, waits for the answer with a timeout, and on a crash or a timeout kills it, turns
*that* page (and only that page) into an `ErrorRecord`, and starts a fresh worker for the next page.

Workers are started with their own interpreter (not forked from the crawler, which holds threads and
a large heap), import the extraction library once and warm it up before the first page. The outlet is
sent by name and loaded once per worker.
"""

from __future__ import annotations

import importlib
import logging
import os
import pickle
import queue
import subprocess
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from .models import Article, ErrorRecord, Rejection

logger = logging.getLogger(__name__)

DEFAULT_EXTRACT_FUNCTION = "newsbot.extraction:extract"

#: A small article used to warm a fresh worker (lazy imports, langdetect profiles, dateparser data).
_WARMUP_HTML = (
    "<html lang='en'><head><title>Warm-up</title><meta property='og:type' content='article'>"
    "<meta property='article:published_time' content='2024-01-02T03:04:05+00:00'></head><body><article>"
    + "<p>The council met on Tuesday to discuss the budget for the coming year and agreed on new plans.</p>" * 8
    + "</article></body></html>"
).encode()


@dataclass(frozen=True)
class PageTask:
    """What a worker needs to extract one page (picklable, no Scrapy objects)."""

    url: str
    body: bytes
    outlet: str | None
    http_charset: str | None
    fetched_at: str
    http_status: int | None


def error_for(task: PageTask, kind: str, detail: str) -> ErrorRecord:
    """The ErrorRecord standing for a page whose extraction failed."""
    return ErrorRecord(url=task.url, outlet=task.outlet, kind=kind, detail=detail[:500], fetched_at=task.fetched_at,
                       http_status=task.http_status)


def resolve_function(path: str) -> Callable[..., Any]:
    """``"package.module:function"`` -> the function."""
    module_name, _, attr = path.partition(":")
    return getattr(importlib.import_module(module_name), attr or "extract")


class PageExtractor:
    """Runs the extraction function on a task; outlets are loaded once and cached. Used in workers and in-process."""

    def __init__(self, function: str = DEFAULT_EXTRACT_FUNCTION, outlets_dir: str | None = None) -> None:
        self.function = resolve_function(function)
        self.outlets_dir = outlets_dir
        self._outlets: dict[str, Any] = {}

    def _outlet(self, name: str | None) -> Any:
        if not name:
            return None
        if name not in self._outlets:
            from .outlets import load_outlet

            self._outlets[name] = load_outlet(name, self.outlets_dir)
        return self._outlets[name]

    def __call__(self, task: PageTask) -> Article | Rejection | ErrorRecord:
        try:
            return self.function(task.body, task.url, self._outlet(task.outlet), http_charset=task.http_charset,
                                 fetched_at=task.fetched_at, http_status=task.http_status)
        except Exception as exc:  # noqa: BLE001 - a bug on one page must not lose the page
            return error_for(task, type(exc).__name__, str(exc))

    def warm_up(self) -> None:
        """Run one small page through the extractor so the first real page pays no start-up cost."""
        self(PageTask("http://127.0.0.1/warm-up/2024/01/02/warm-up.html", _WARMUP_HTML, None, "utf-8",
                      "2024-01-02T03:04:05+00:00", 200))


class _Worker:
    """One child process and the two pipe ends the parent uses to talk to it."""

    def __init__(self, function: str, outlets_dir: str | None) -> None:
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        cmd = [sys.executable, "-m", "newsbot.pool", str(to_child_r), str(from_child_w), function, outlets_dir or ""]
        try:
            self.proc = subprocess.Popen(cmd, pass_fds=(to_child_r, from_child_w), stdin=subprocess.DEVNULL)
        finally:
            os.close(to_child_r)
            os.close(from_child_w)
        self.send_conn = Connection(to_child_w, readable=False)
        self.recv_conn = Connection(from_child_r, writable=False)
        self.tasks_done = 0

    def describe_exit(self) -> str:
        code = self.proc.poll()
        if code is None:
            return "worker still running"
        return f"worker killed by signal {-code}" if code < 0 else f"worker exited with status {code}"

    def stop(self, grace: float = 2.0) -> None:
        """Ask the worker to exit, kill it if it does not, and close the pipes."""
        try:
            self.send_conn.send_bytes(b"")
        except OSError:
            pass
        try:
            self.proc.wait(grace)
        except subprocess.TimeoutExpired:
            self.kill()
        self._close()

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()
        self._close()

    def _close(self) -> None:
        for conn in (self.send_conn, self.recv_conn):
            try:
                conn.close()
            except OSError:
                pass


_STOP = object()


class ExtractPool:
    """A fixed number of extraction worker processes fed from one queue.

    `submit` returns a `concurrent.futures.Future` that always resolves to a record (never an
    exception): the extraction result, or an `ErrorRecord` of kind ``WorkerCrashed`` or
    ``ExtractTimeout``.
    """

    def __init__(self, workers: int, timeout: float = 60.0, *, function: str = DEFAULT_EXTRACT_FUNCTION,
                 outlets_dir: str | None = None, max_tasks_per_worker: int = 0) -> None:
        if workers < 1:
            raise ValueError("an ExtractPool needs at least one worker")
        self.size = workers
        self.timeout = timeout
        self.function = function
        self.outlets_dir = outlets_dir
        self.max_tasks = max_tasks_per_worker
        #: Workers replaced so far (crashed, timed out or recycled).
        self.restarts = 0
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._closed = False
        self._threads = [threading.Thread(target=self._slot, name=f"newsbot-extract-{i}", daemon=True)
                         for i in range(workers)]
        for thread in self._threads:
            thread.start()

    def submit(self, task: PageTask) -> Future[Article | Rejection | ErrorRecord]:
        """Queue one page; the future resolves to its record."""
        if self._closed:
            raise RuntimeError("ExtractPool is closed")
        future: Future[Article | Rejection | ErrorRecord] = Future()
        self._queue.put((task, future))
        return future

    def close(self) -> None:
        """Let queued pages finish, then stop every worker."""
        if self._closed:
            return
        self._closed = True
        for _ in self._threads:
            self._queue.put(_STOP)
        for thread in self._threads:
            thread.join()

    def __enter__(self) -> ExtractPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- one thread per worker ----------------------------------------------------------------
    def _spawn(self) -> _Worker:
        return _Worker(self.function, self.outlets_dir)

    def _slot(self) -> None:
        worker: _Worker | None = self._spawn()  # started now, so warm-up overlaps with discovery
        try:
            while True:
                item = self._queue.get()
                if item is _STOP:
                    return
                task, future = item
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    record, worker = self._run(worker, task)
                except BaseException as exc:  # noqa: BLE001 - the future must resolve whatever happens
                    record = error_for(task, "ExtractPoolError", f"{type(exc).__name__}: {exc}")
                future.set_result(record)
        finally:
            if worker is not None:
                worker.stop()

    def _run(self, worker: _Worker | None, task: PageTask) -> tuple[Any, _Worker | None]:
        """Extract one page on this slot's worker; returns the record and the (possibly new) worker."""
        if worker is not None and self.max_tasks and worker.tasks_done >= self.max_tasks:
            worker.stop()  # recycled: bounds any slow growth of a worker's heap
            worker = None
            self.restarts += 1
        payload = pickle.dumps(task, protocol=pickle.HIGHEST_PROTOCOL)
        for attempt in (1, 2):
            if worker is None:
                worker = self._spawn()
            try:
                worker.send_conn.send_bytes(payload)
                break
            except OSError:
                # The worker died before this page reached it (not this page's fault): new worker, once more.
                worker.kill()
                worker = None
                self.restarts += 1
                if attempt == 2:
                    return error_for(task, "WorkerCrashed", "could not start an extraction worker"), None
        assert worker is not None
        try:
            ready = worker.recv_conn.poll(self.timeout)
            if not ready:
                worker.kill()
                self.restarts += 1
                logger.warning("extraction of %s took over %ss: worker killed", task.url, self.timeout)
                return error_for(task, "ExtractTimeout", f"extraction took over {self.timeout:g}s"), None
            record = pickle.loads(worker.recv_conn.recv_bytes())
        except (EOFError, OSError, pickle.UnpicklingError):
            worker.proc.wait()
            detail = worker.describe_exit()
            worker.kill()
            self.restarts += 1
            logger.warning("extraction worker died on %s (%s)", task.url, detail)
            return error_for(task, "WorkerCrashed", detail), None
        worker.tasks_done += 1
        return record, worker


def _worker_main(read_fd: int, write_fd: int, function: str, outlets_dir: str | None) -> None:
    """A worker's loop: read a pickled PageTask, answer with the pickled record; an empty message ends it."""
    recv = Connection(read_fd, writable=False)
    send = Connection(write_fd, readable=False)
    extractor = PageExtractor(function, outlets_dir)
    try:
        extractor.warm_up()
    except Exception:  # noqa: BLE001 - warm-up is an optimisation; real pages report their own errors
        logger.exception("extraction worker warm-up failed")
    while True:
        try:
            data = recv.recv_bytes()
        except EOFError:
            return  # the crawler went away
        if not data:
            return
        task: PageTask = pickle.loads(data)
        send.send_bytes(pickle.dumps(extractor(task), protocol=pickle.HIGHEST_PROTOCOL))


if __name__ == "__main__":
    # python -m newsbot.pool READ_FD WRITE_FD FUNCTION OUTLETS_DIR  (started by ExtractPool only)
    import signal

    # Ctrl-C reaches the whole process group: the crawler shuts down gracefully and stops its workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s [newsbot.pool worker] %(levelname)s: %(message)s")
    from newsbot.pool import _worker_main as main  # the importable module, so pickled classes are the same ones

    main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4] or None)
