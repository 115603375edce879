"""A loopback HTTP server standing in for the real sites (see ``IPO_WATCH_MIRROR``).

A request for ``https://HOST/PATH?QUERY`` arrives here as ``/HOST/PATH?QUERY``; routes are
registered with the same ``"HOST/PATH"`` (optionally ``"?QUERY"``) spelling::

    server.add("www1.hkexnews.hk/ncms/json/eds/appactive_app_sehk_e.json", b"{...}", etag='"1"')

Use the ``mirror`` fixture in tests (it also sets ``IPO_WATCH_MIRROR``), or
``with MirrorServer() as server:`` anywhere else.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

SAMPLES = Path(__file__).parent / "fixtures" / "samples"


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str  # "HOST/PATH", no leading slash, no query
    query: str
    headers: dict[str, str]  # lower-case names
    body: bytes
    host: str = ""  # the first path segment: the host the client meant to reach

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass(frozen=True)
class LargeBody:
    """``size`` bytes produced lazily in ``chunk``-sized pieces (never held in memory)."""

    size: int
    chunk: int = 64 * 1024
    declare_length: bool = False  # send Content-Length, or let the closed connection end it
    fill: bytes = b"0"

    def chunks(self) -> Iterator[bytes]:
        block = (self.fill * self.chunk)[: self.chunk]
        left = self.size
        while left > 0:
            yield block[: min(left, self.chunk)]
            left -= self.chunk


Body = bytes | str | LargeBody | Callable[[RecordedRequest], bytes | str]


class Gate:
    """Holds a response's body after its first ``after`` bytes until released, and says
    when each step happened, so a test acts on observed progress instead of on time.

    ``reached`` is set once the first part is on the wire (the client is still waiting
    for the rest), ``finished`` once the whole body is. A released gate lets bodies
    through at once; ``arm`` closes it again for the next request."""

    def __init__(self, after: int = 1) -> None:
        self.after = after
        self.reached = threading.Event()
        self.finished = threading.Event()
        self._open = threading.Event()

    def arm(self, *, hold: bool = True) -> None:
        self.reached.clear()
        self.finished.clear()
        if hold:
            self._open.clear()
        else:
            self._open.set()

    def release(self) -> None:
        self._open.set()

    def wait_open(self, stopping: threading.Event) -> None:
        while not self._open.wait(0.05):
            if stopping.is_set():
                return


@dataclass
class Route:
    body: Body = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    drip: tuple[int, float] | None = None  # (bytes per chunk, seconds between chunks)
    gate: Gate | None = None


class MirrorServer:
    """A threaded HTTP server on 127.0.0.1 with an ephemeral port, started at once."""

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self._routes: dict[str, list[Route]] = {}
        self._lock = threading.Lock()
        self._active: dict[str, int] = {}
        self._sent: dict[str, int] = {}
        self._idle = threading.Condition(self._lock)
        self._peak: dict[str, int] = {}
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    # -- set-up ----------------------------------------------------------------------

    def add(
        self,
        path: str,
        body: Body = b"",
        *,
        status: int = 200,
        headers: dict[str, str] | None = None,
        content_type: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        delay: float = 0.0,
        drip: tuple[int, float] | None = None,
        gate: Gate | None = None,
    ) -> None:
        """Answer ``path`` ("HOST/PATH" or "HOST/PATH?QUERY") with one fixed response."""
        route = Route(
            body,
            status,
            dict(headers or {}),
            content_type,
            etag,
            last_modified,
            delay,
            drip,
            gate,
        )
        with self._lock:
            self._routes[path.lstrip("/")] = [route]

    def add_sequence(self, path: str, responses: list[dict[str, Any]]) -> None:
        """Answer successive requests with successive responses (keyword dicts as for
        ``add``); the last one keeps being served once the others are used up."""
        routes = [Route(**response) for response in responses]
        if not routes:
            raise ValueError("add_sequence needs at least one response")
        with self._lock:
            self._routes[path.lstrip("/")] = routes

    def add_file(self, path: str, fixture_name: str, **kwargs: Any) -> None:
        """Serve ``tests/fixtures/samples/<fixture_name>``."""
        self.add(path, (SAMPLES / fixture_name).read_bytes(), **kwargs)

    def clear(self) -> None:
        with self._lock:
            self._routes.clear()
            self.requests.clear()
            self._peak.clear()

    # -- inspection ------------------------------------------------------------------

    def max_concurrency(self, host: str | None = None) -> int:
        """The most requests handled at the same time, for one host or overall."""
        with self._lock:
            return self._peak.get(host or "", 0)

    def sent(self, path: str) -> int:
        """Bytes of body written for ``path`` so far (all requests)."""
        with self._lock:
            return self._sent.get(path.lstrip("/"), 0)

    def wait_idle(self, timeout: float = 120.0) -> None:
        """Wait until no request is being answered (e.g. a client gave up mid-body)."""
        with self._idle:
            if not self._idle.wait_for(lambda: self._active.get("", 0) == 0, timeout):
                raise AssertionError("the mirror is still answering a request")

    def _count(self, path: str, size: int) -> None:
        with self._lock:
            self._sent[path] = self._sent.get(path, 0) + size

    def requests_for(self, path: str) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.path == path.lstrip("/")]

    # -- life cycle ------------------------------------------------------------------

    def close(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> MirrorServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- used by the handler ---------------------------------------------------------

    def _route(self, path: str, query: str) -> Route | None:
        with self._lock:
            routes = self._routes.get(f"{path}?{query}") if query else None
            routes = routes or self._routes.get(path)
            if not routes:
                return None
            return routes.pop(0) if len(routes) > 1 else routes[0]

    def _enter(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)
            for key in (request.host, ""):
                self._active[key] = self._active.get(key, 0) + 1
                self._peak[key] = max(self._peak.get(key, 0), self._active[key])

    def _leave(self, request: RecordedRequest) -> None:
        with self._lock:
            for key in (request.host, ""):
                self._active[key] -= 1
            self._idle.notify_all()

    def _wait(self, seconds: float) -> None:
        if seconds > 0:
            self._stopping.wait(seconds)


def _not_modified(route: Route, request: RecordedRequest) -> bool:
    if_none_match = request.header("if-none-match")
    if route.etag and if_none_match:
        tags = [tag.strip() for tag in if_none_match.split(",")]
        return "*" in tags or route.etag in tags
    since = request.header("if-modified-since")
    if route.last_modified and since:
        try:
            return parsedate_to_datetime(route.last_modified) <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return route.last_modified == since
    return False


def _handler_for(server: MirrorServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"  # one response per connection; the close ends a body

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def handle_one(self) -> None:
            parts = urlsplit(self.path)
            path = parts.path.lstrip("/")
            length = int(self.headers.get("Content-Length") or 0)
            request = RecordedRequest(
                method=self.command,
                path=path,
                query=parts.query,
                headers={k.lower(): v for k, v in self.headers.items()},
                body=self.rfile.read(length) if length else b"",
                host=path.split("/", 1)[0],
            )
            server._enter(request)
            try:
                self.respond(request)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading, as it may
            finally:
                server._leave(request)

        def respond(self, request: RecordedRequest) -> None:
            route = server._route(request.path, request.query)
            if route is None:
                self.send_response(404)
                self.send_header("Content-Type", "text/plain")
                self.end_headers()
                self.wfile.write(b"not on the mirror: " + request.path.encode())
                return
            server._wait(route.delay)
            validators = {"ETag": route.etag, "Last-Modified": route.last_modified}
            if route.status == 200 and _not_modified(route, request):
                self.send_response(304)
                for name, value in validators.items():
                    if value:
                        self.send_header(name, value)
                self.end_headers()
                return
            body = route.body(request) if callable(route.body) else route.body
            chunks: Iterator[bytes]
            if isinstance(body, LargeBody):
                length = body.size if body.declare_length else None
                chunks = body.chunks()
            else:
                data = body.encode() if isinstance(body, str) else body
                length, chunks = len(data), iter([data])
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type or "application/json")
            if length is not None:
                self.send_header("Content-Length", str(length))
            for name, value in validators.items():
                if value:
                    self.send_header(name, value)
            for name, value in route.headers.items():
                self.send_header(name, value)
            self.end_headers()
            if route.gate is not None:
                chunks = _gated(chunks, route.gate, self.wfile, server._stopping)
            for chunk in chunks:
                if route.drip:
                    size, interval = route.drip
                    for start in range(0, len(chunk), size):
                        self.wfile.write(chunk[start : start + size])
                        self.wfile.flush()
                        server._count(request.path, len(chunk[start : start + size]))
                        server._wait(interval)
                        if server._stopping.is_set():
                            return
                else:
                    self.wfile.write(chunk)
                    server._count(request.path, len(chunk))
            if route.gate is not None:
                route.gate.finished.set()

        do_GET = do_POST = do_PUT = do_DELETE = handle_one

    return Handler


def _gated(
    chunks: Iterator[bytes], gate: Gate, wfile: Any, stopping: threading.Event
) -> Iterator[bytes]:
    """Write the first ``gate.after`` bytes, signal, wait for the gate, yield the rest."""
    data = b"".join(chunks)
    head, rest = data[: gate.after], data[gate.after :]
    wfile.write(head)
    wfile.flush()
    gate.reached.set()
    gate.wait_open(stopping)
    if rest and not stopping.is_set():
        yield rest


@pytest.fixture(name="mirror")
def mirror_fixture(monkeypatch: pytest.MonkeyPatch) -> Iterator[MirrorServer]:
    """A running ``MirrorServer``; ``IPO_WATCH_MIRROR`` points at it for the test.

    Registered as ``mirror``: ``from tests.mirror import mirror`` in a conftest, or
    ``from tests.mirror import mirror_fixture`` in a test module (no name clash with
    the ``mirror`` parameter of the tests).
    """
    server = MirrorServer()
    monkeypatch.setenv("IPO_WATCH_MIRROR", server.url)
    try:
        yield server
    finally:
        server.close()


mirror = mirror_fixture


__all__ = [
    "Gate",
    "LargeBody",
    "MirrorServer",
    "RecordedRequest",
    "Route",
    "mirror",
    "mirror_fixture",
]


# Polls run in child processes below normal priority: on a machine busy with other work
# they take several times longer than on an idle one.  Waits for a whole poll, and for
# one source, allow for that (they only cost time when something is wrong).
POLL_WAIT_MS = 90_000
SOURCE_WAIT_MS = 45_000
