"""A small static server for fixture sites, bound to 127.0.0.1 only.

`{{base}}` in served .html/.xml/.txt files is replaced with the server's base URL, so fixture
feeds and sitemaps work on any port. ``/x/?page=2`` serves ``x/index@page=2.html`` when it exists.
``python -m newsbot.devtools.devserver SITE_DIR --port 8471``; with ``-- COMMAND...`` it runs the command against
the server it started (``make run``), see `main`.
"""

from __future__ import annotations

import argparse
import errno
import mimetypes
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from http.server import BaseHTTPRequestHandler, HTTPServer, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

_TEMPLATED = {".html", ".htm", ".xml", ".txt", ".rss", ".atom", ""}
_TYPES = {
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}


def make_handler(root: Path) -> type[BaseHTTPRequestHandler]:
    """A request handler class serving files under root."""
    root = root.resolve()

    class Handler(BaseHTTPRequestHandler):
        server_version = "newsbot-fixtures/1"
        server: HTTPServer  # a TCP server (socketserver's type allows any)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
            return  # quiet: crawl logs are enough

        def _resolve(self) -> Path | None:
            path = unquote(urlsplit(self.path).path)
            target = (root / path.lstrip("/")).resolve()
            if root not in target.parents and target != root:
                return None
            if target.is_dir():
                target = target / "index.html"
            query = urlsplit(self.path).query
            if query and "/" not in query:
                # A page with a query string (a pager's ?page=2) is kept as <name>@<query>.<suffix>; other
                # queries (tracking parameters) serve the page itself, as a real server would.
                variant = target.with_name(f"{target.stem}@{unquote(query)}{target.suffix}")
                if variant.is_file() and root in variant.parents:
                    return variant
            return target if target.is_file() else None

        def do_HEAD(self) -> None:  # noqa: N802 - stdlib naming
            self._serve(head=True)

        def do_GET(self) -> None:  # noqa: N802 - stdlib naming
            self._serve(head=False)

        def _serve(self, head: bool) -> None:
            target = self._resolve()
            if target is None:
                body = b"<html><body><h1>404 Not Found</h1></body></html>"
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if not head:
                    self.wfile.write(body)
                return
            data = target.read_bytes()
            if target.suffix.lower() in _TEMPLATED:
                host = self.headers.get("Host") or f"127.0.0.1:{self.server.server_port}"
                data = data.replace(b"{{base}}", f"http://{host}".encode("ascii", "replace"))
            ctype = _TYPES.get(target.suffix.lower()) or mimetypes.guess_type(target.name)[0]
            if target.suffix.lower() in (".html", ".htm") and _declares_charset(data):
                ctype = "text/html"  # let the page's own meta charset speak (ISO-8859-1 fixtures)
            self.send_response(200)
            self.send_header("Content-Type", ctype or "application/octet-stream")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if not head:
                self.wfile.write(data)

    return Handler


def _declares_charset(data: bytes) -> bool:
    head = data[:2048].lower()
    return b"charset=" in head and b"utf-8" not in head


@contextmanager
def serve_site(root: str | Path, port: int = 0) -> Iterator[str]:
    """Serve a fixture site on 127.0.0.1 in a thread; yields the base URL."""
    with serve_handler(make_handler(Path(root)), port) as base:
        yield base


def send_page(handler: BaseHTTPRequestHandler, status: int, content_type: str, body: bytes) -> None:
    """Answer a request with one whole body (the generated sites' handlers)."""
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


@contextmanager
def serve_handler(handler: type[BaseHTTPRequestHandler], port: int = 0) -> Iterator[str]:
    """Serve `handler` on 127.0.0.1 in a thread (a free port by default); yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def main(argv: list[str] | None = None) -> int:
    """Serve a fixture site until interrupted; or, given a command after ``--``, run it against the server.

    With a command (``{base}`` in it is replaced by the server's URL), the server starts first, the command
    runs, the server stops and the command's exit status is returned: the crawl of ``make run`` can only
    ever reach the server this process started. A port that cannot be bound (taken by another process)
    stops everything with one line and exit status 2, before the command runs.
    """
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", help="site folder, e.g. fixtures/sites/duniaku")
    parser.add_argument("--port", type=int, default=8471, help="port on 127.0.0.1 (0: any free one)")
    parser.epilog = "-- COMMAND...: run it once the server is up ({base} = its URL); the server stops when it ends"
    argv = sys.argv[1:] if argv is None else argv
    command = argv[argv.index("--") + 1 :] if "--" in argv else []
    args = parser.parse_args(argv[: argv.index("--")] if "--" in argv else argv)
    root = Path(args.root)
    if not root.is_dir():
        print(f"newsbot: error: {root} is not a fixture site folder", file=sys.stderr, flush=True)
        return 2
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with ExitStack() as stack:
        try:
            base = stack.enter_context(serve_site(root, args.port))
        except OSError as exc:
            why = "the port is taken by another process" if exc.errno == errno.EADDRINUSE else exc.strerror or exc
            print(
                f"newsbot: error: cannot serve {root} on 127.0.0.1:{args.port}: {why}; "
                "nothing was crawled (choose another port, e.g. make run PORT=8472)",
                file=sys.stderr,
                flush=True,
            )
            return 2
        print(f"serving {root} at {base}", file=sys.stderr if command else sys.stdout, flush=True)
        if command:
            return subprocess.call([part.replace("{base}", base) for part in command])
        try:
            stop.wait()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
