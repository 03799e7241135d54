"""A fork server for the extraction pool: one warm process per pool, from which every worker is forked.

Why: a fresh worker interpreter spends ~1.2 s of CPU importing the extraction library, and the first page
whose date only htmldate's free-text scan finds makes dateparser compile the patterns of each of its ~200
locales, ~3 s more (benchmarks/README.md, "Session 13 (cpu13)"). A pool of n workers paid that n times a
crawl, and once more for each recycled worker (NEWSBOT_EXTRACT_MAX_TASKS). The fork server is one fresh
interpreter (not the crawler, which holds threads and a large heap): it imports the pool's extraction
function and the library, installs the speed-ups (in that order, as a fresh worker does), runs the worker
warm-up page and has dateparser compile its locales, once. Each worker is then a
``fork()`` of it: it starts with all of that in memory (shared copy-on-write) and pays none of it.

Records are unchanged: what the server warms is caches that hold compiled patterns and pure results
(dateparser's locales, htmldate's lru caches), never state a later page reads differently
(tests/test_forkserver.py compares records from forked and freshly started workers).

Protocol, over one ``AF_UNIX`` ``SOCK_SEQPACKET`` pair (one message per datagram, file descriptors as
``SCM_RIGHTS``):
  pool -> server: a pickled ``(token, function, outlets_dir)`` with the worker's two pipe ends attached;
  server -> pool: ``("pid", token, pid)`` with a pidfd of the new worker attached, then, once the worker
  has exited and the server has reaped it, ``("exit", token, exit code)`` (negative: killed by that signal).
The pool kills a worker through its pidfd, which names that process and no other even after it has exited
(a bare pid could by then be another process's). Linux only (pidfds: Linux 5.3); elsewhere, or when the
server is gone, the pool starts each worker as its own interpreter, as before.
"""

from __future__ import annotations

import asyncio
import logging
import os
import pickle
import selectors
import signal
import socket
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from typing import Protocol

logger = logging.getLogger(__name__)

#: A datagram is one small pickle; this bounds what the server or the pool reads at once.
_MAX_MESSAGE = 64 * 1024

#: A date string no dateparser locale reads: trying it makes dateparser load and compile every locale,
#: as the first free-text date scan of a real page would (htmldate's parser has no languages set).
_NO_DATE = "zzqx 9999 qqzx"


def supported() -> bool:
    """Whether workers can be forked from a server here: fork, SCM_RIGHTS and pidfds (Linux 5.3+)."""
    if not (hasattr(os, "fork") and hasattr(os, "pidfd_open") and hasattr(signal, "pidfd_send_signal")):
        return False
    try:
        os.close(os.pidfd_open(os.getpid()))
    except OSError:  # an older kernel, or a sandbox that forbids the call
        return False
    return True


def warm(function: str, outlets_dir: str | None) -> None:
    """Everything a worker would otherwise pay on start-up and on its first pages, paid here once.

    The imports and the speed-ups, in a worker's order (a `PageExtractor` of the pool's function: its module
    is imported before the speed-ups' guards check upstream's code, as in a fresh worker, so a function that
    changes trafilatura leaves the same speed-ups off), the worker warm-up page, and dateparser's compilation
    of every locale (the warm-up page's date is in its meta tags, so it never reaches the free-text scan
    that triggers it).
    """
    from newsbot.workers.pool import PageExtractor

    PageExtractor(function, outlets_dir, warn_speedups=False).warm_up()
    from htmldate.extractors import get_external_parser

    get_external_parser().get_date_data(_NO_DATE)


class ForkedProcess:
    """A worker forked by the server, seen from the pool: the subset of `subprocess.Popen` the pool uses.

    Its pid, pidfd and exit code arrive from the server; `kill` before the pid is known is done when it is.
    """

    def __init__(self, server: ForkServer, token: int) -> None:
        self.server = server
        self.token = token
        self.pid: int | None = None
        self.returncode: int | None = None
        self._pidfd: int | None = None
        self._kill_asked = False

    def _started(self, pid: int, pidfd: int) -> None:
        self.pid, self._pidfd = pid, pidfd
        if self._kill_asked:
            self.kill()

    def _exited(self, code: int) -> None:
        self.returncode = code
        self._close_pidfd()

    def _close_pidfd(self) -> None:
        if self._pidfd is not None:
            os.close(self._pidfd)
            self._pidfd = None

    def poll(self) -> int | None:
        """The exit code once known, else None.

        With the server gone no code will come: a worker whose pidfd says it has exited then counts as
        exited with 255 (unknown).
        """
        if self.returncode is None and not self.server.alive and self._pidfd is not None:
            if _readable(self._pidfd):
                self._exited(255)
        return self.returncode

    def kill(self) -> None:
        """SIGKILL the worker (once forked; at once if it is not yet). No-op once it has exited."""
        if self.returncode is not None:
            return
        if self._pidfd is None:
            self._kill_asked = True
            return
        try:
            signal.pidfd_send_signal(self._pidfd, signal.SIGKILL)
        except ProcessLookupError:
            pass  # exited already; its exit code is on its way


class _Polled(Protocol):
    def poll(self) -> int | None: ...


async def exit_code_within(proc: _Polled, grace: float) -> int | None:
    """The process's exit code, polled for up to `grace` seconds; None if it is still running then.

    Not `wait()`: the event loop must keep running meanwhile (a forked worker's exit code arrives through it).
    """
    deadline = time.monotonic() + grace
    while (code := proc.poll()) is None and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    return code


def _readable(fd: int) -> bool:
    """Whether `fd` polls readable now (a pidfd does once its process has exited)."""
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        return bool(selector.select(0))


class ForkServer:
    """The pool's side of the fork server: starts it, asks it for workers, collects their pids and exit codes.

    Runs on the pool's asyncio event loop (the replies are read by a reader callback, never blocking).
    """

    def __init__(self, proc: subprocess.Popen[bytes], sock: socket.socket, loop: asyncio.AbstractEventLoop) -> None:
        self.proc = proc
        self.sock = sock
        self.loop = loop
        self.alive = True
        self._next = 0
        self._workers: dict[int, ForkedProcess] = {}
        loop.add_reader(sock.fileno(), self._read)

    @classmethod
    def start(cls, function: str, outlets_dir: str | None) -> ForkServer:
        """Start the server for a pool of `function` workers; it warms up in the background (workers asked
        for meanwhile wait)."""
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            cmd = [sys.executable, "-m", "newsbot.workers.forkserver", str(theirs.fileno())]
            cmd += [function, outlets_dir or ""]
            proc = subprocess.Popen(cmd, pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL)
        except BaseException:
            ours.close()
            raise
        finally:
            theirs.close()
        ours.setblocking(False)
        return cls(proc, ours, asyncio.get_running_loop())

    def spawn(self, read_fd: int, write_fd: int, function: str, outlets_dir: str | None) -> ForkedProcess:
        """Ask for a worker on these pipe ends (the caller closes its copies); raises OSError if the server is gone."""
        if not self.alive:
            raise ConnectionError("the fork server is gone")
        self._next += 1
        child = ForkedProcess(self, self._next)
        message = pickle.dumps((child.token, function, outlets_dir), protocol=pickle.HIGHEST_PROTOCOL)
        # A few hundred bytes into a socket buffer of ~200 KB: it never blocks unless the server is stuck
        # with hundreds of requests unread, and then BlockingIOError says the server is unusable.
        socket.send_fds(self.sock, [message], [read_fd, write_fd])
        self._workers[child.token] = child
        return child

    def _read(self) -> None:
        while True:
            try:
                data, fds, _flags, _address = socket.recv_fds(self.sock, _MAX_MESSAGE, 1)
            except BlockingIOError:
                return
            except OSError:
                data, fds = b"", []
            if not data:
                self._gone()
                return
            kind, token, value = pickle.loads(data)
            child = self._workers.get(token)
            if kind == "pid" and fds:
                if child is None:
                    os.close(fds[0])
                else:
                    child._started(value, fds[0])
            elif kind == "exit" and child is not None:
                del self._workers[token]
                child._exited(value)

    def _gone(self) -> None:
        """The server exited (or closed its end): no more forks; workers not yet forked never will be."""
        if not self.alive:
            return
        self.alive = False
        self.loop.remove_reader(self.sock.fileno())
        for child in self._workers.values():
            if child.pid is None:
                child._exited(255)

    async def close(self, grace: float = 5.0) -> None:
        """Stop the server (EOF on its socket), killing it if it does not exit within `grace` seconds."""
        self._gone()
        self.sock.close()
        if await exit_code_within(self.proc, grace) is None:
            self.proc.kill()
            self.proc.wait()
        for child in self._workers.values():
            child._close_pidfd()


def _child(
    sock: socket.socket, wakeup: tuple[int, int], fds: list[int], function: str, outlets_dir: str | None
) -> None:
    """In a freshly forked worker: drop the server's own descriptors and handlers, then be a worker."""
    code = 0
    try:
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        sock.close()
        os.close(wakeup[0])
        os.close(wakeup[1])
        from newsbot.workers.pool import _worker_main

        _worker_main(fds[0], fds[1], function, outlets_dir)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:  # noqa: BLE001 - reported on stderr and in the exit code, as an uncaught error would be
        traceback.print_exc()
        code = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)  # never return into the server's loop, nor run its exit handlers


def serve(
    sock_fd: int, function: str, outlets_dir: str | None, prepare: Callable[[str, str | None], None] = warm
) -> None:
    """The server's loop: `prepare` once for the pool's function, then fork a worker per request and report
    pids and exit codes.

    Ends when the pool closes its end of the socket. Workers still running then go on by themselves (they
    end when the crawler closes their pipes).
    """
    sock = socket.socket(fileno=sock_fd)
    try:
        prepare(function, outlets_dir)
    except Exception:  # noqa: BLE001 - warming is an optimisation: workers then warm themselves
        logger.exception("extraction fork server warm-up failed")
    from newsbot.workers.pool import quiet_gc

    # What is alive now is the same in every worker: frozen, collections never scan it, and its memory
    # pages are not written by the collector, so they stay shared with the workers.
    quiet_gc()
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_r, False)
    os.set_blocking(wake_w, False)
    signal.set_wakeup_fd(wake_w)
    signal.signal(signal.SIGCHLD, lambda _signum, _frame: None)  # only to wake the selector below
    selector = selectors.DefaultSelector()
    selector.register(sock, selectors.EVENT_READ)
    selector.register(wake_r, selectors.EVENT_READ)
    workers: dict[int, int] = {}  # pid -> token

    def reply(message: tuple[str, int, int], fds: list[int] = []) -> bool:  # noqa: B006 - never mutated
        try:
            socket.send_fds(sock, [pickle.dumps(message)], fds)
        except OSError:
            return False
        return True

    while True:
        for key, _ in selector.select():
            if key.fileobj is sock:
                try:
                    data, fds, _flags, _address = socket.recv_fds(sock, _MAX_MESSAGE, 2)
                except OSError:
                    data, fds = b"", []
                if not data:
                    return
                token, function, outlets_dir = pickle.loads(data)
                pid = os.fork()
                if pid == 0:
                    selector.close()
                    _child(sock, (wake_r, wake_w), fds, function, outlets_dir)
                for fd in fds:
                    os.close(fd)  # the worker's pipes are its own: a copy here would hide its EOF
                workers[pid] = token
                pidfd = os.pidfd_open(pid)  # not reaped yet, so this pid is still that worker
                try:
                    reply(("pid", token, pid), [pidfd])
                finally:
                    os.close(pidfd)
            else:
                try:
                    while os.read(wake_r, 512):
                        pass
                except BlockingIOError:
                    pass
        while workers:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
            token = workers.pop(pid, None)
            if token is not None:
                reply(("exit", token, os.waitstatus_to_exitcode(status)))


if __name__ == "__main__":
    # python -m newsbot.workers.forkserver SOCKET_FD FUNCTION OUTLETS_DIR  (started by ExtractPool only)
    # Ctrl-C reaches the whole process group: the crawler shuts down gracefully and stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s [newsbot.workers.pool worker] %(levelname)s: %(message)s"
    )
    from newsbot.workers.forkserver import serve as main  # the importable module, as pool.py does

    main(int(sys.argv[1]), sys.argv[2], sys.argv[3] or None)
