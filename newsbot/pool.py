"""Extraction off the reactor: a pool of worker processes, each handling one page at a time.

Why not `concurrent.futures.ProcessPoolExecutor`: one crashed worker breaks that pool for every
pending page, and a hung worker cannot be killed without breaking it too. Here each worker is a plain
``python -m newsbot.pool`` child process with its own pipes, driven from the crawler's asyncio event
loop: it gets one page at a time, the answer is awaited with a timeout, and on a crash or a timeout
the worker is killed, *that* page (and only that page) becomes an `ErrorRecord`, and a fresh worker
takes the next page. (A first version drove each worker from a thread; those threads fought the
reactor for the GIL and the workers sat idle two thirds of the time.)

Workers are started with their own interpreter (not forked from the crawler, which holds threads and
a large heap), import the extraction library once and warm it up before the first page. The outlet is
sent by name and loaded once per worker.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
import pickle
import struct
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from .models import Article, ErrorRecord, Rejection
from .neardup import fingerprint, remember

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
    """One child process and the asyncio streams the parent uses to talk to it.

    Frames are those of `multiprocessing.connection.Connection` (4-byte big-endian length, then the
    pickle), so the worker side can use a plain blocking Connection.
    """

    def __init__(self, proc: subprocess.Popen[bytes], reader: asyncio.StreamReader,
                 writer: asyncio.StreamWriter) -> None:
        self.proc = proc
        self.reader = reader
        self.writer = writer
        self.tasks_done = 0

    @classmethod
    async def start(cls, function: str, outlets_dir: str | None) -> _Worker:
        loop = asyncio.get_running_loop()
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        cmd = [sys.executable, "-m", "newsbot.pool", str(to_child_r), str(from_child_w), function, outlets_dir or ""]
        try:
            proc = subprocess.Popen(cmd, pass_fds=(to_child_r, from_child_w), stdin=subprocess.DEVNULL)
        finally:
            os.close(to_child_r)
            os.close(from_child_w)
        reader = asyncio.StreamReader(limit=2**31, loop=loop)
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader, loop=loop),
                                     os.fdopen(from_child_r, "rb", buffering=0))
        transport, protocol = await loop.connect_write_pipe(asyncio.streams.FlowControlMixin,
                                                            os.fdopen(to_child_w, "wb", buffering=0))
        writer = asyncio.StreamWriter(transport, protocol, None, loop)
        return cls(proc, reader, writer)

    async def run(self, payload: bytes, timeout: float) -> Any:
        """Send one pickled task, return the unpickled answer; raises on timeout, EOF or a broken pipe."""
        self.writer.write(struct.pack("!i", len(payload)) + payload)
        async with asyncio.timeout(timeout):
            await self.writer.drain()
            size = struct.unpack("!i", await self.reader.readexactly(4))[0]
            data = await self.reader.readexactly(size)
        self.tasks_done += 1
        return pickle.loads(data)

    def describe_exit(self) -> str:
        try:
            code = self.proc.wait(2)
        except subprocess.TimeoutExpired:
            return "worker stopped answering"
        return f"worker killed by signal {-code}" if code < 0 else f"worker exited with status {code}"

    async def stop(self, grace: float = 5.0) -> None:
        """Ask the worker to exit (empty frame, then EOF), kill it if it does not, and close the pipes."""
        try:
            if self.proc.poll() is None:
                self.writer.write(struct.pack("!i", 0))
                await asyncio.wait_for(self.writer.drain(), grace)
            self.writer.close()  # EOF for the worker too
            await asyncio.wait_for(self.writer.wait_closed(), grace)
        except (OSError, RuntimeError, TimeoutError):
            pass
        deadline = time.monotonic() + grace
        while self.proc.poll() is None and time.monotonic() < deadline:
            await asyncio.sleep(0.02)  # not proc.wait(): the event loop must keep running meanwhile
        self.kill()

    def kill(self) -> None:
        if not self.writer.is_closing():
            self.writer.close()
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()


class ExtractPool:
    """A fixed number of extraction worker processes, driven from the asyncio event loop.

    ``await pool.extract(task)`` always returns a record (never raises for a bad page): the
    extraction result, or an `ErrorRecord` of kind ``WorkerCrashed`` or ``ExtractTimeout``. All pipe
    I/O happens on the event loop -- no helper threads, which would fight the reactor for the GIL
    and leave the workers waiting.
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
        self._idle: asyncio.Queue[_Worker | None] | None = None
        self._all: set[_Worker] = set()
        self._stopping: set[asyncio.Future[None]] = set()
        self._closed = False

    async def start(self) -> None:
        """Start the workers now, so their warm-up overlaps with discovery."""
        if self._idle is None:
            self._idle = asyncio.Queue()
            for _ in range(self.size):
                self._idle.put_nowait(await self._spawn())

    async def _spawn(self) -> _Worker:
        worker = await _Worker.start(self.function, self.outlets_dir)
        self._all.add(worker)
        return worker

    def _discard(self, worker: _Worker, *, kill: bool) -> None:
        self._all.discard(worker)
        self.restarts += 1
        if kill:
            worker.kill()
        else:
            self._stopping.add(asyncio.ensure_future(worker.stop()))

    async def extract(self, task: PageTask) -> Article | Rejection | ErrorRecord:
        """The record for one page."""
        if self._closed:
            raise RuntimeError("ExtractPool is closed")
        await self.start()
        assert self._idle is not None
        worker = await self._idle.get()
        try:
            if worker is None or (self.max_tasks and worker.tasks_done >= self.max_tasks):
                if worker is not None:
                    self._discard(worker, kill=False)  # recycled: bounds any slow growth of a worker's heap
                worker = await self._spawn()
            record, worker = await self._run(worker, task)
            return record
        except Exception as exc:  # noqa: BLE001 - the page must end as a record whatever happens
            if worker is not None:
                self._discard(worker, kill=True)
                worker = None
            return error_for(task, "ExtractPoolError", f"{type(exc).__name__}: {exc}")
        finally:
            # A lost worker is replaced lazily by the next page (None in the queue), so a crash costs no wait here.
            self._idle.put_nowait(worker)

    async def _run(self, worker: _Worker, task: PageTask) -> tuple[Any, _Worker | None]:
        payload = pickle.dumps(task, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            record, signature = await worker.run(payload, self.timeout)
        except TimeoutError:
            self._discard(worker, kill=True)
            logger.warning("extraction of %s took over %ss: worker killed", task.url, self.timeout)
            return error_for(task, "ExtractTimeout", f"extraction took over {self.timeout:g}s"), None
        except (asyncio.IncompleteReadError, ConnectionError, OSError, pickle.UnpicklingError):
            detail = worker.describe_exit()
            self._discard(worker, kill=True)
            logger.warning("extraction worker died on %s (%s)", task.url, detail)
            return error_for(task, "WorkerCrashed", detail), None
        if isinstance(record, Article):
            remember(record.text, signature)  # the state stage asks for it next: no recomputation here
        return record, worker

    async def close(self) -> None:
        """Stop every worker (call when no extraction is pending)."""
        self._closed = True
        workers, self._all = list(self._all), set()
        await asyncio.gather(*(w.stop() for w in workers), *self._stopping)
        self._stopping.clear()

    async def __aenter__(self) -> ExtractPool:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


#: Pages between two malloc_trim calls in a worker (each costs well under a millisecond).
_TRIM_EVERY = 20
#: A page at least this big is followed by a malloc_trim whatever the count.
_TRIM_AFTER_BYTES = 400_000


#: glibc mallopt parameter number of M_MMAP_THRESHOLD.
_M_MMAP_THRESHOLD = -3
#: Allocations at least this big get their own mapping, returned to the OS when freed.
_MMAP_THRESHOLD = 256 * 1024


def tune_heap() -> Callable[[int], int] | None:
    """Pin glibc's mmap threshold and return malloc_trim (None when not on glibc).

    lxml/libxml2 trees of big pages are freed into glibc's heap, which keeps the pages mapped; trimming
    returns them, so a process's RSS stays near its working set.

    glibc raises its mmap threshold each time a mapped block is freed (up to 32 MB), after which page
    bodies and decoded texts of hundreds of KB land in the heap, where fragmentation keeps them resident
    long after they are freed. A fixed threshold keeps them in mappings of their own, unmapped on free:
    measured in the 10,000-page run (benchmarks/README.md).
    """
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD)
        return libc.malloc_trim  # type: ignore[no-any-return]
    except (OSError, AttributeError):
        return None


def _worker_main(read_fd: int, write_fd: int, function: str, outlets_dir: str | None) -> None:
    """A worker's loop: read a pickled PageTask, answer with the pickled record; an empty message ends it."""
    recv = Connection(read_fd, writable=False)
    send = Connection(write_fd, readable=False)
    extractor = PageExtractor(function, outlets_dir)
    trim = tune_heap()
    handled = 0
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
        record = extractor(task)
        # The article's near-duplicate signature is CPU work the crawler process would otherwise do (it
        # was half of its CPU): computed here, on a worker's core, and sent along.
        signature = fingerprint(record.text) if isinstance(record, Article) else None
        send.send_bytes(pickle.dumps((record, signature), protocol=pickle.HIGHEST_PROTOCOL))
        handled += 1
        # Give freed heap back to the OS: without it a worker's RSS creeps up page after page. A big page
        # leaves a big freed tree behind, so it is trimmed at once (a trim costs ~1-2 ms: not every page).
        if trim is not None and (handled % _TRIM_EVERY == 0 or len(task.body) > _TRIM_AFTER_BYTES):
            trim(0)


if __name__ == "__main__":
    # python -m newsbot.pool READ_FD WRITE_FD FUNCTION OUTLETS_DIR  (started by ExtractPool only)
    import signal

    # Ctrl-C reaches the whole process group: the crawler shuts down gracefully and stops its workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s [newsbot.pool worker] %(levelname)s: %(message)s")
    from newsbot.pool import _worker_main as main  # the importable module, so pickled classes are the same ones

    main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4] or None)
