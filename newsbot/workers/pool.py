"""Extraction off the reactor: a pool of worker processes, each handling one page at a time.

Why not `concurrent.futures.ProcessPoolExecutor`: one crashed worker breaks that pool for every
pending page, and a hung worker cannot be killed without breaking it too. Here each worker is a plain
``python -m newsbot.workers.pool`` child process with its own pipes, driven from the crawler's asyncio event
loop: it works on one page at a time, with the next ones (up to ``depth`` in all) already waiting in
its pipe; each answer is awaited with a timeout that starts when the worker starts on that page, and on
a crash or a timeout the worker is killed, *that* page (and only that page) becomes an `ErrorRecord`,
the pages queued behind it go to another worker, and a fresh worker takes the next page. (A first
version drove each worker from a thread; those threads fought the reactor for the GIL and the workers
sat idle two thirds of the time.)

Workers are not forked from the crawler, which holds threads and a large heap. Each pool starts one fork
server (`newsbot.workers.forkserver`): a fresh interpreter that imports the extraction library, installs the
speed-ups (`newsbot.speedups`), warms it up and has dateparser compile its locales (~4 s of CPU), once;
every worker, recycled ones included, is forked from it and starts warm. Where that is not available (not
Linux, no pidfds) or the server is gone, each worker is its own interpreter and pays it all itself. Then the
worker announces it is ready with a first frame, which carries its speed-up report (the pool keeps it,
`ExtractPool.speedups`, and logs a WARNING for each speed-up that is off). A fresh worker's first page waits
for that frame within its own bound (`START_TIMEOUT`), and only then does the page's own timeout start: the
interpreter's start-up and the imports, several seconds on a loaded machine (a fresh server's warm-up, ~4
s), no longer count against a page (a small NEWSBOT_EXTRACT_TIMEOUT turned good first pages into
ExtractTimeout errors). A worker that never gets ready is killed and its page becomes an `ErrorRecord` of
kind ``WorkerStartTimeout``. The outlet is sent by name and loaded once per worker.
"""

from __future__ import annotations

import asyncio
import fcntl
import gc
import importlib
import logging
import os
import pickle
import struct
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from newsbot import speedups
from newsbot.models import Article, ErrorRecord, Rejection
from newsbot.state.neardup import fingerprint, remember
from newsbot.workers.forkserver import ForkedProcess, ForkServer, exit_code_within
from newsbot.workers.forkserver import supported as fork_server_supported

logger = logging.getLogger(__name__)

DEFAULT_EXTRACT_FUNCTION = "newsbot.extraction:extract"

#: Seconds a fresh worker may take to get ready (interpreter start-up, imports, speed-ups, warm-up)
#: before it is killed and the page waiting on it becomes an ErrorRecord of kind WorkerStartTimeout.
#: Counted apart from the page timeout, from when a page starts waiting on the worker. A start costs
#: ~0.5 s of CPU (NEWSBOT_EXTRACT_MAX_TASKS); the bound leaves room for a machine shared many ways.
START_TIMEOUT = 120.0
#: Fork every worker from one warm fork server per pool (newsbot.workers.forkserver; where supported), so the
#: imports, the warm-up and dateparser's locale compilation are paid once per crawl instead of per worker.
FORK_SERVER = True

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
    return ErrorRecord(
        url=task.url,
        outlet=task.outlet,
        kind=kind,
        detail=detail[:500],
        fetched_at=task.fetched_at,
        http_status=task.http_status,
    )


def resolve_function(path: str) -> Callable[..., Any]:
    """``"package.module:function"`` -> the function."""
    module_name, _, attr = path.partition(":")
    function: Callable[..., Any] = getattr(importlib.import_module(module_name), attr or "extract")
    return function


class PageExtractor:
    """Runs the extraction function on a task; outlets are loaded once and cached. Used in workers and in-process."""

    def __init__(
        self, function: str = DEFAULT_EXTRACT_FUNCTION, outlets_dir: str | None = None, *, warn_speedups: bool = True
    ) -> None:
        self.function: Callable[..., Article | Rejection | ErrorRecord] = resolve_function(function)
        self.outlets_dir = outlets_dir
        self._outlets: dict[str, Any] = {}
        # Extraction runs in this process: the speed-ups go in here (once per process), never on import.
        # `warn_speedups` False: the caller forwards the report and logs it elsewhere (a pool worker).
        #: Which speed-ups run: name -> "on" / "off: why" (newsbot.speedups).
        self.speedups: dict[str, str] = dict(speedups.install(warn=warn_speedups))

    def _outlet(self, name: str | None) -> Any:
        if not name:
            return None
        if name not in self._outlets:
            from newsbot.outlets import load_outlet

            self._outlets[name] = load_outlet(name, self.outlets_dir)
        return self._outlets[name]

    def __call__(self, task: PageTask) -> Article | Rejection | ErrorRecord:
        try:
            return self.function(
                task.body,
                task.url,
                self._outlet(task.outlet),
                http_charset=task.http_charset,
                fetched_at=task.fetched_at,
                http_status=task.http_status,
            )
        except Exception as exc:  # noqa: BLE001 - a bug on one page must not lose the page
            return error_for(task, type(exc).__name__, str(exc))

    def warm_up(self) -> None:
        """Run one small page through the extractor so the first real page pays no start-up cost."""
        self(
            PageTask(
                "http://127.0.0.1/warm-up/2024/01/02/warm-up.html",
                _WARMUP_HTML,
                None,
                "utf-8",
                "2024-01-02T03:04:05+00:00",
                200,
            )
        )


#: Capacity asked for each worker pipe (Linux caps it at /proc/sys/fs/pipe-max-size, 1 MiB by default).
_PIPE_SIZE = 1 << 20
#: fcntl command F_SETPIPE_SZ (Linux; the fcntl module names it from Python 3.10 on, not on every platform).
_F_SETPIPE_SZ = 1031


def _widen_pipe(fd: int) -> None:
    """Grow a pipe from the default 64 KiB so the pages queued for a worker sit in it whole.

    Three pages in four are over 64 KiB. With the default size only the first 64 KiB of the next page
    was waiting when the worker finished one: it then waited for the crawler's event loop to push the
    rest, a few KiB per round, and the workers sat idle ~12% of the time whatever the depth (measured:
    system idle 0.18 -> 0.07 cores in a 2,000-page bench crawl). Best effort: a smaller cap
    (pipe-max-size, a user's pipe quota) only means more waiting.
    """
    if not sys.platform.startswith("linux"):
        return
    for size in (_PIPE_SIZE, _PIPE_SIZE // 4):
        try:
            fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", _F_SETPIPE_SZ), size)
            return
        except OSError:
            continue


class _Worker:
    """One child process and the asyncio streams the parent uses to talk to it.

    Frames are those of `multiprocessing.connection.Connection` (4-byte big-endian length, then the
    pickle), so the worker side can use a plain blocking Connection.
    """

    def __init__(
        self,
        proc: subprocess.Popen[bytes] | ForkedProcess,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> None:
        self.proc = proc
        self.reader = reader
        self.writer = writer
        #: Pages sent and not yet answered (at most the pool's depth).
        self.outstanding = 0
        #: Pages sent in all (recycling counts these).
        self.tasks_sent = 0
        #: Pages after which this worker is recycled (0 = never); see ExtractPool.start.
        self.max_tasks = 0
        #: No more pages for this worker: it is broken, or being recycled once its last answer is in.
        self.retired = False
        #: Lost (crashed, timed out, or an answer left unread): killed, never stopped gracefully.
        self.broken = False
        #: The worker's ready frame has been read (its speed-up report is in `speedups`).
        self.ready = False
        #: The speed-up report from the ready frame (name -> "on" / "off: why").
        self.speedups: dict[str, str] | None = None
        # Resolved when the answer to the page sent last has been read: True, or False when the worker
        # was lost before that. Answers come in the order the pages were sent.
        self._last: asyncio.Future[bool] | None = None

    @classmethod
    async def start(cls, function: str, outlets_dir: str | None, forks: ForkServer | None = None) -> _Worker:
        """A worker on fresh pipes: forked by `forks` while it is up, else its own interpreter."""
        loop = asyncio.get_running_loop()
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        _widen_pipe(to_child_w)
        _widen_pipe(from_child_w)
        cmd = [
            sys.executable,
            "-m",
            "newsbot.workers.pool",
            str(to_child_r),
            str(from_child_w),
            function,
            outlets_dir or "",
        ]
        proc: subprocess.Popen[bytes] | ForkedProcess | None = None
        try:
            if forks is not None and forks.alive:
                try:
                    proc = forks.spawn(to_child_r, from_child_w, function, outlets_dir)
                except OSError:
                    logger.warning("extraction fork server unusable: workers start as their own interpreters")
                    forks.alive = False
            if proc is None:
                proc = subprocess.Popen(cmd, pass_fds=(to_child_r, from_child_w), stdin=subprocess.DEVNULL)
        finally:
            os.close(to_child_r)
            os.close(from_child_w)
        reader = asyncio.StreamReader(limit=2**31, loop=loop)
        await loop.connect_read_pipe(
            lambda: asyncio.StreamReaderProtocol(reader, loop=loop), os.fdopen(from_child_r, "rb", buffering=0)
        )
        transport, protocol = await loop.connect_write_pipe(
            asyncio.streams.FlowControlMixin, os.fdopen(to_child_w, "wb", buffering=0)
        )
        writer = asyncio.StreamWriter(transport, protocol, None, loop)
        return cls(proc, reader, writer)

    async def _frame(self) -> Any:
        """The next unpickled frame from the worker."""
        size = struct.unpack("!i", await self.reader.readexactly(4))[0]
        return pickle.loads(await self.reader.readexactly(size))

    async def run(self, payload: bytes, timeout: float, start_timeout: float = START_TIMEOUT) -> Any:
        """Send one pickled task, return the unpickled answer; raises on timeout, EOF or a broken pipe.

        The page is written at once, even while the worker is still busy with an earlier one, so it
        finds its next page waiting in the pipe instead of idling until the crawler's event loop gets
        round to sending it. The timeout runs from the moment the worker starts on this page (when the
        answer before it has been read, and for a fresh worker's first page, once its ready frame has
        come within `start_timeout`: else `WorkerStartTimeout`). `_Superseded` means the worker was
        lost on an earlier page before this one was started: it is for another worker.
        """
        loop = asyncio.get_running_loop()
        before, mine = self._last, loop.create_future()
        self._last = mine
        self.outstanding += 1
        self.tasks_sent += 1
        try:
            # No drain(): the transport buffers at most one page per slot, and a worker that died must
            # not leave the next page blocked here.
            self.writer.write(struct.pack("!i", len(payload)) + payload)
            if before is not None and not await before:
                raise _Superseded
            if not self.ready:
                try:
                    async with asyncio.timeout(start_timeout):
                        self.speedups = await self._frame()
                except TimeoutError:
                    raise WorkerStartTimeout from None
                self.ready = True
            async with asyncio.timeout(timeout):
                answer = await self._frame()
        except _Superseded:
            mine.set_result(False)  # the pages queued behind this one were not started either
            raise
        except BaseException:
            # An unread answer would go to the next page: this worker is done.
            self.retired = self.broken = True
            if not mine.done():
                mine.set_result(False)
            raise
        finally:
            self.outstanding -= 1
        mine.set_result(True)
        return answer

    async def describe_exit(self, grace: float = 2.0) -> str:
        """How the worker ended, waiting up to `grace` seconds for its exit code."""
        code = await exit_code_within(self.proc, grace)
        if code is None:
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
        await exit_code_within(self.proc, grace)
        self.kill()

    def kill(self) -> None:
        if not self.writer.is_closing():
            self.writer.close()
        if self.proc.poll() is None:
            self.proc.kill()
        if isinstance(self.proc, subprocess.Popen):
            self.proc.wait()  # reaps it (a forked worker is reaped by the fork server)


class _Superseded(Exception):
    """The worker a page was queued on was lost before starting it: the page goes to another worker."""


class WorkerStartTimeout(Exception):
    """A fresh worker did not announce it was ready within the pool's start-up bound."""


class ExtractPool:
    """A fixed number of extraction worker processes, driven from the asyncio event loop.

    ``await pool.extract(task)`` always returns a record (never raises for a bad page): the
    extraction result, or an `ErrorRecord` of kind ``WorkerCrashed``, ``ExtractTimeout`` or
    ``WorkerStartTimeout`` (`START_TIMEOUT`). All pipe
    I/O happens on the event loop -- no helper threads, which would fight the reactor for the GIL
    and leave the workers waiting.
    """

    def __init__(
        self,
        workers: int,
        timeout: float = 60.0,
        *,
        function: str = DEFAULT_EXTRACT_FUNCTION,
        outlets_dir: str | None = None,
        max_tasks_per_worker: int = 0,
        depth: int = 2,
        start_timeout: float = START_TIMEOUT,
        fork_server: bool = FORK_SERVER,
    ) -> None:
        """`fork_server`: fork workers from a warm server (where supported); False: each its own interpreter."""
        if workers < 1:
            raise ValueError("an ExtractPool needs at least one worker")
        self.size = workers
        self.timeout = timeout
        #: Seconds a fresh worker may take to get ready, apart from its first page's `timeout`.
        self.start_timeout = start_timeout
        self.function = function
        self.outlets_dir = outlets_dir
        self.max_tasks = max_tasks_per_worker
        #: Pages queued on one worker at once: the one it works on and the next ones, waiting in its pipe.
        self.depth = max(1, depth)
        #: Workers replaced so far (crashed, timed out or recycled).
        self.restarts = 0
        self._changed: asyncio.Condition | None = None
        self._all: set[_Worker] = set()
        self._stopping: set[asyncio.Future[None]] = set()
        self._closed = False
        #: The workers' speed-up report (name -> "on" / "off: why"), from the first ready frame; None before it.
        self.speedups: dict[str, str] | None = None
        self.fork_server = fork_server and fork_server_supported()
        #: The fork server the workers come from (started with the pool), None when not used.
        self.forks: ForkServer | None = None

    async def start(self) -> None:
        """Start the workers now, so their warm-up overlaps with discovery."""
        if self._changed is None:
            self._changed = asyncio.Condition()
            if self.fork_server:
                self.forks = ForkServer.start(self.function, self.outlets_dir)
            for i in range(self.size):
                # The first workers are recycled after 1/n, 2/n ... n/n of the budget, so that later on
                # they are replaced one at a time: a replacement starting beside the worker it replaces
                # is the crawl's memory peak, and n of them at once would add up.
                await self._spawn(self.max_tasks * (i + 1) // self.size)

    async def _spawn(self, max_tasks: int | None = None) -> _Worker:
        worker = await _Worker.start(self.function, self.outlets_dir, self.forks)
        if self.max_tasks:
            worker.max_tasks = self.max_tasks if max_tasks is None else max(1, max_tasks)
        self._all.add(worker)
        return worker

    def _discard(self, worker: _Worker, *, kill: bool) -> None:
        if worker not in self._all:
            return
        self._all.discard(worker)
        self.restarts += 1
        if kill:
            worker.kill()
        else:
            self._stopping.add(asyncio.ensure_future(worker.stop()))

    async def _pick(self) -> _Worker:
        """A worker with a free slot (the least busy), replacing lost or recycled ones; waits for a slot."""
        assert self._changed is not None
        async with self._changed:
            while True:
                live = [w for w in self._all if not w.retired]
                while len(live) < self.size:
                    live.append(await self._spawn())  # a lost worker is replaced by the next page
                free = [w for w in live if w.outstanding < self.depth]
                if free:
                    worker = min(free, key=lambda w: w.outstanding)
                    if worker.max_tasks and worker.tasks_sent + 1 >= worker.max_tasks:
                        worker.retired = True  # recycled after this page: bounds any slow growth of its heap
                    return worker
                await self._changed.wait()

    async def _settle(self, worker: _Worker) -> None:
        """After an answer (or a loss): stop a recycled worker once idle, and wake pages waiting for a slot."""
        if worker.retired and worker.outstanding == 0 and not worker.broken:
            self._discard(worker, kill=False)
        assert self._changed is not None
        async with self._changed:
            self._changed.notify_all()

    async def extract(self, task: PageTask) -> Article | Rejection | ErrorRecord:
        """The record for one page."""
        if self._closed:
            raise RuntimeError("ExtractPool is closed")
        await self.start()
        payload = pickle.dumps(task, protocol=pickle.HIGHEST_PROTOCOL)
        while True:
            worker = await self._pick()
            try:
                record, signature = await worker.run(payload, self.timeout, self.start_timeout)
            except _Superseded:
                continue  # never started: the worker was lost on an earlier page
            except WorkerStartTimeout:
                logger.warning("extraction worker not ready after %ss for %s: killed", self.start_timeout, task.url)
                return error_for(task, "WorkerStartTimeout", f"worker not ready after {self.start_timeout:g}s")
            except TimeoutError:
                logger.warning("extraction of %s took over %ss: worker killed", task.url, self.timeout)
                return error_for(task, "ExtractTimeout", f"extraction took over {self.timeout:g}s")
            except (asyncio.IncompleteReadError, ConnectionError, OSError, pickle.UnpicklingError):
                detail = await worker.describe_exit()  # before the kill below, which would be the cause it names
                logger.warning("extraction worker died on %s (%s)", task.url, detail)
                return error_for(task, "WorkerCrashed", detail)
            except Exception as exc:  # noqa: BLE001 - the page must end as a record whatever happens
                return error_for(task, "ExtractPoolError", f"{type(exc).__name__}: {exc}")
            finally:
                if worker.broken:
                    # Lost on this page (timeout, crash, cancelled mid-answer: its pipe is out of step).
                    self._discard(worker, kill=True)
                await self._settle(worker)
            if worker.speedups is not None and self.speedups is None:
                # Every worker runs the same code on the same libraries: the first report stands for all.
                self.speedups = worker.speedups
                speedups.warn_off(worker.speedups, logger)
            if isinstance(record, Article):
                remember(record.text, signature)  # the state stage asks for it next: no recomputation here
            return record  # type: ignore[no-any-return]  # unpickled from the worker: a PageExtractor answer

    async def close(self) -> None:
        """Stop every worker (call when no extraction is pending)."""
        self._closed = True
        workers, self._all = list(self._all), set()
        await asyncio.gather(*(w.stop() for w in workers), *self._stopping)
        self._stopping.clear()
        if self.forks is not None:
            await self.forks.close()

    async def __aenter__(self) -> ExtractPool:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


#: A worker trims its heap when its RSS has grown this much past where it stood after the last trim.
_TRIM_SLACK_BYTES = 32 * 1024 * 1024


#: glibc mallopt parameter number of M_MMAP_THRESHOLD.
_M_MMAP_THRESHOLD = -3
#: Allocations at least this big get their own mapping, returned to the OS when freed.
_MMAP_THRESHOLD = 256 * 1024


def _libc() -> Any:
    """glibc, when malloc_trim and mallopt are there; None elsewhere."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None


def malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim (None when not on glibc)."""
    libc = _libc()
    return None if libc is None else libc.malloc_trim


class _HeapWatch:
    """Trims a worker's heap when its RSS has grown `slack` bytes since the last trim, not on a schedule.

    A trim hands freed heap pages back to the OS, and the next pages fault them in again: trimming every
    20 pages and after every page over 400 KB cost a worker ~0.6 ms of system time a page. Workers are
    recycled (NEWSBOT_EXTRACT_MAX_TASKS) anyway, so fragmentation cannot pile up for long; this catches
    the big page that leaves a big freed tree behind. Reading the RSS from /proc/self/statm costs a few
    microseconds.
    """

    def __init__(self, slack: int = _TRIM_SLACK_BYTES) -> None:
        self.trim = malloc_trim()
        self.slack = slack
        self.trims = 0
        try:
            self._statm: int | None = os.open("/proc/self/statm", os.O_RDONLY)
        except OSError:
            self._statm = None
        self._page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
        self.limit = self.rss() + slack

    def rss(self) -> int:
        """This process's resident set size in bytes (0 when unknown)."""
        if self._statm is None:
            return 0
        return int(os.pread(self._statm, 128, 0).split()[1]) * self._page

    def check(self) -> None:
        """Trim if the RSS is past the limit; the limit then starts again from what is left."""
        if self.trim is None or self._statm is None or self.rss() <= self.limit:
            return
        self.trim(0)
        self.trims += 1
        self.limit = self.rss() + self.slack


def tune_heap() -> Callable[[int], int] | None:
    """Pin glibc's mmap threshold and return malloc_trim (None when not on glibc). Crawler and workers.

    lxml/libxml2 trees of big pages are freed into glibc's heap, which keeps the pages mapped; trimming
    returns them, so a process's RSS stays near its working set.

    glibc raises its mmap threshold each time a mapped block is freed (up to 32 MB), after which page
    bodies and decoded texts of hundreds of KB land in the heap, where fragmentation keeps them resident
    long after they are freed. A fixed threshold keeps them in mappings of their own, unmapped on free:
    measured in the 10,000-page run (benchmarks/README.md).
    """
    libc = _libc()
    if libc is None:
        return None
    libc.mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD)
    return libc.malloc_trim  # type: ignore[no-any-return]  # ctypes looks up foreign functions untyped


#: Allocations between two young-generation collections in a worker (Python's default is 700).
_GC_THRESHOLD = 10_000


def quiet_gc() -> None:
    """Freeze what is alive now (modules, compiled patterns, warm caches) and collect the young less often.

    Extraction allocates millions of short-lived objects with almost no reference cycles: with Python's
    defaults a worker ran ~2 collections a page, each scanning the libraries' long-lived objects, for
    ~0.5 ms a page (3%), and they found 15 cyclic objects in 300 pages. Frozen objects are never scanned.
    Also used by the crawler process (ExtractPipeline.open_spider): its collections cost ~0.3 ms a page
    and freed as many objects at a 10,000 threshold as at 700, with the same peak RSS.
    """
    gc.freeze()
    gc.set_threshold(_GC_THRESHOLD, *gc.get_threshold()[1:])


def _worker_main(read_fd: int, write_fd: int, function: str, outlets_dir: str | None) -> None:
    """A worker's loop: announce readiness, then read a pickled PageTask and answer with the pickled record.

    The ready frame (the speed-up report) is sent once everything a page needs is imported and warm: the
    pool starts a page's timeout only after it. An empty message ends the loop.
    """
    recv = Connection(read_fd, writable=False)
    send = Connection(write_fd, readable=False)
    # Speed-ups not logged here: their report goes with the first answer; the crawler logs it once, in its log.
    extractor = PageExtractor(function, outlets_dir, warn_speedups=False)
    try:
        extractor.warm_up()
    except Exception:  # noqa: BLE001 - warm-up is an optimisation; real pages report their own errors
        logger.exception("extraction worker warm-up failed")
    tune_heap()  # big page bodies and texts in mappings of their own, not left in a fragmented heap
    heap = _HeapWatch()
    quiet_gc()
    send.send_bytes(pickle.dumps(extractor.speedups, protocol=pickle.HIGHEST_PROTOCOL))  # ready
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
        heap.check()


if __name__ == "__main__":
    # python -m newsbot.workers.pool READ_FD WRITE_FD FUNCTION OUTLETS_DIR  (started by ExtractPool only)
    import signal

    # Ctrl-C reaches the whole process group: the crawler shuts down gracefully and stops its workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s [newsbot.workers.pool worker] %(levelname)s: %(message)s"
    )
    from newsbot.workers.pool import _worker_main as main  # the importable module, so pickled classes are the same ones

    main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4] or None)
