"""The one HTTP client every source uses.

Contract:
- ``HttpClient(user_agent=None, timeout=20.0, max_bytes=32 MiB, mirror=None,
  validators=None, retries=2, max_retry_after=60.0, sleep=time.sleep)``; a context
  manager, or call ``close()``.  ``mirror=None`` reads env ``IPO_WATCH_MIRROR`` (``""``
  turns the mirror off); when set, a request for ``https://HOST/PATH?QUERY`` goes to
  ``{mirror}/HOST/PATH?QUERY`` (same method, headers, body) and everything the caller
  sees (``Response.url``, error messages) still names the original address.
- ``get(url, *, params=None, headers=None, conditional=True, max_bytes=None)`` returns a
  ``Response`` (``url``, ``status``, ``headers`` with lower-case keys, ``content``,
  ``text()``, ``json()``) or ``None`` when the server answered 304 Not Modified to a
  conditional request built from ``validators[url]`` (ETag / Last-Modified).  ``url``
  keys are the full address including the encoded ``params``.
- ``post(url, *, data=None, headers=None, max_bytes=None)`` the same, never conditional.
- New validators seen are put in ``client.pending_validators`` (url -> {"etag",
  "last_modified"}); ``validators`` is never changed.  The caller stores them in the same
  transaction as the events, so a crash never makes a later poll skip unstored data.
- Any failure raises ``FetchError`` (``url``, ``status``, ``kind``) with a plain-words
  message that names the URL's document: timeout, connection refused, HTTP status
  (429/5xx, timeouts and connection errors retried with back-off 1 s, 2 s, ... honouring
  Retry-After up to ``max_retry_after``), response larger than the cap, a response
  dripping in for longer than three timeouts, redirect (at most 5) to another host or
  a non-http(s) scheme, TLS failure.
- One request at a time per host (a lock per host shared by all clients in the process,
  held while the request and its redirects run and the body is read; not while
  waiting to retry).
- TLS verified with the operating system's trust store (truststore), system proxies
  (never for loopback addresses).
"""

from __future__ import annotations

import codecs
import functools
import json
import math
import os
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import httpx

from desktop import __version__
from desktop.sources.base import ParseError

MIRROR_ENV = "IPO_WATCH_MIRROR"
DEFAULT_USER_AGENT = f"IPO-Pipeline-Watch/{__version__} (+desktop app; polite polling)"
MAX_REDIRECTS = 5
MiB = 1024 * 1024

_REDIRECTS = {301, 302, 303, 307, 308}
_BOM = codecs.BOM_UTF8
_ENCODING_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030"}
_LOOPBACK = {"all://127.0.0.1": None, "all://localhost": None, "all://[::1]": None}

_host_locks: dict[str, threading.Lock] = {}
_host_locks_guard = threading.Lock()


def _host_lock(host: str) -> threading.Lock:
    with _host_locks_guard:
        return _host_locks.setdefault(host, threading.Lock())


def document_name(url: str) -> str:
    """The last path segment of ``url``, decoded ("appactive_app_sehk_e.json")."""
    parts = urlsplit(url)
    return unquote(parts.path.rstrip("/").rsplit("/", 1)[-1]) or parts.hostname or url


class FetchError(Exception):
    """A document could not be fetched; ``str()`` says why in plain words."""

    def __init__(
        self, message: str, *, url: str = "", status: int | None = None, kind: str = "http"
    ) -> None:
        super().__init__(message)
        self.url = url
        self.status = status
        self.kind = kind  # timeout, connection, tls, http, too_large, redirect, url


class _Transient(FetchError):
    """A failure worth another try (timeout, connection dropped)."""


@dataclass(frozen=True, slots=True)
class Response:
    url: str  # the address asked for (after same-host redirects), never the mirror's
    status: int
    headers: dict[str, str]
    content: bytes

    def text(self, encoding: str | None = None) -> str:
        data = self.content
        if encoding is None:
            if data.startswith(_BOM):
                return data[len(_BOM) :].decode("utf-8", "replace")
            match = re.search(r"charset=[\"']?([\w.:-]+)", self.headers.get("content-type", ""))
            encoding = match.group(1) if match else "utf-8"
        try:
            codec = codecs.lookup(_ENCODING_ALIASES.get(encoding.lower(), encoding)).name
        except LookupError:
            codec = "utf-8"
        if codec == "utf-8" and data.startswith(_BOM):
            data = data[len(_BOM) :]
        return data.decode(codec, "replace")

    def json(self) -> Any:
        text = self.text()
        name = document_name(self.url)
        if not text.strip():
            raise ParseError(f"{name}: empty response, expected JSON")
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise ParseError(f"{name}: not JSON ({exc.msg} at character {exc.pos})") from None


@functools.cache
def _tls_context() -> ssl.SSLContext | bool:
    try:
        import truststore
    except ImportError:  # pragma: no cover - a dependency; default verification then
        return True
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delay-seconds or an HTTP date)."""
    value = (value or "").strip()
    if value.isdigit():
        return min(float(value), 1e9)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError, OverflowError):
        return None


def _size(n: int) -> str:
    return f"{n / MiB:g} MiB" if n >= MiB else f"{n:,} bytes"


def _tries(n: int) -> str:
    return f" (after {n} tries)" if n > 1 else ""


class HttpClient:
    def __init__(
        self,
        user_agent: str | None = None,
        timeout: float = 20.0,
        max_bytes: int = 32 * MiB,
        mirror: str | None = None,
        validators: dict[str, dict[str, str]] | None = None,
        retries: int = 2,
        max_retry_after: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.user_agent = user_agent or DEFAULT_USER_AGENT
        self.timeout = timeout
        self.max_bytes = max_bytes
        mirror = os.environ.get(MIRROR_ENV, "") if mirror is None else mirror
        self.mirror = mirror.strip().rstrip("/") or None
        self.validators = validators if validators is not None else {}
        self.pending_validators: dict[str, dict[str, str]] = {}
        self.retries = retries
        self.max_retry_after = max_retry_after
        self.sleep = sleep
        self._client: httpx.Client | None = None
        self._client_lock = threading.Lock()
        # A host that did not answer (or asked us to back off) is not asked again by
        # this client: one poll of a source fails fast instead of waiting per document.
        self._given_up: dict[str, str] = {}

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._client_lock:
            if self._client is not None:
                self._client.close()
                self._client = None

    def get(
        self,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        conditional: bool = True,
        max_bytes: int | None = None,
    ) -> Response | None:
        if params:
            url = str(httpx.URL(url).copy_merge_params(dict(params)))
        sent = dict(headers or {})
        known = self.validators.get(url, {}) if conditional else {}
        if known.get("etag"):
            sent.setdefault("If-None-Match", known["etag"])
        if known.get("last_modified"):
            sent.setdefault("If-Modified-Since", known["last_modified"])
        response = self._request("GET", url, None, sent, max_bytes)
        if response is not None:
            found = {
                name: response.headers[header]
                for name, header in (("etag", "etag"), ("last_modified", "last-modified"))
                if response.headers.get(header)
            }
            if found:
                self.pending_validators[url] = found
        return response

    def post(
        self,
        url: str,
        *,
        data: Mapping[str, Any] | bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
        max_bytes: int | None = None,
    ) -> Response:
        response = self._request("POST", url, data, dict(headers or {}), max_bytes)
        if response is None:  # only if the caller sent conditional headers itself
            raise FetchError(
                f"{document_name(url)}: HTTP 304 Not Modified", url=url, status=304, kind="http"
            )
        return response

    # -- internals -------------------------------------------------------------------

    def _request(
        self, method: str, url: str, data: Any, headers: dict[str, str], max_bytes: int | None
    ) -> Response | None:
        doc = document_name(url)
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"{doc}: not a web address ({url})", url=url, kind="url")
        host = parts.hostname
        if host in self._given_up:
            raise FetchError(f"{doc}: not tried, {self._given_up[host]}", url=url, kind="backoff")
        try:
            return self._request_with_retries(method, url, data, headers, max_bytes)
        except FetchError as exc:
            if (
                exc.kind in ("timeout", "connection")
                or exc.status == 429
                or (exc.status or 0) >= 500
            ):
                self._given_up[host] = f"{host} failed earlier in this poll"
            raise

    def _request_with_retries(
        self, method: str, url: str, data: Any, headers: dict[str, str], max_bytes: int | None
    ) -> Response | None:
        doc = document_name(url)
        parts = urlsplit(url)
        host = parts.hostname or ""
        cap = self.max_bytes if max_bytes is None else max_bytes
        tries = self.retries + 1
        for attempt in range(1, tries + 1):
            try:
                with _host_lock(host):
                    status, final, got, body = self._attempt(method, url, data, headers, cap)
            except _Transient as exc:
                if attempt < tries:
                    self.sleep(2.0 ** (attempt - 1))
                    continue
                raise FetchError(f"{exc}{_tries(tries)}", url=url, kind=exc.kind) from exc
            if 200 <= status < 300:
                return Response(url=final, status=status, headers=got, content=body)
            asked = {h.lower() for h in headers}
            if status == 304 and asked & {"if-none-match", "if-modified-since"}:
                return None
            try:
                message = f"{doc}: HTTP {status} {HTTPStatus(status).phrase}"
            except ValueError:
                message = f"{doc}: HTTP {status}"
            if status != 429 and status < 500:
                raise FetchError(message, url=url, status=status, kind="http")
            wait = _retry_after(got.get("retry-after"))
            if wait is not None and wait > self.max_retry_after:
                message += f"; the server asked to wait {math.ceil(wait)} seconds"
                raise FetchError(message, url=url, status=status, kind="http")
            if attempt == tries:
                raise FetchError(message + _tries(tries), url=url, status=status, kind="http")
            self.sleep(wait if wait is not None else 2.0 ** (attempt - 1))
        raise AssertionError("unreachable")  # pragma: no cover

    def _attempt(
        self, method: str, url: str, data: Any, headers: dict[str, str], cap: int
    ) -> tuple[int, str, dict[str, str], bytes]:
        """One try: follow same-host redirects, read a 2xx body within the limits."""
        doc = document_name(url)
        deadline = time.monotonic() + self.timeout * 3
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            wire = self._wire(current)
            body = {"content": data} if isinstance(data, bytes | str) else {"data": data}
            try:
                with self._http().stream(method, wire, headers=headers, **body) as r:
                    location = r.headers.get("location")
                    if r.status_code in _REDIRECTS and location:
                        current = self._redirect(url, wire, location)
                        if r.status_code == 303 or (r.status_code < 303 and method == "POST"):
                            method, data = "GET", None
                        continue
                    got = {k.lower(): v for k, v in r.headers.items()}
                    if not 200 <= r.status_code < 300:
                        return r.status_code, current, got, b""
                    return r.status_code, current, got, self._read(r, url, cap, deadline)
            except httpx.TimeoutException as exc:
                message = f"{doc}: no answer within {self.timeout:g} s"
                raise _Transient(message, url=url, kind="timeout") from exc
            except httpx.TransportError as exc:
                raise self._transport_error(url, exc) from exc
        raise FetchError(
            f"{doc}: too many redirects (more than {MAX_REDIRECTS})", url=url, kind="redirect"
        )

    def _read(self, r: httpx.Response, url: str, cap: int, deadline: float) -> bytes:
        too_large = FetchError(
            f"{document_name(url)}: response larger than {_size(cap)}, stopped reading",
            url=url,
            status=r.status_code,
            kind="too_large",
        )
        declared = r.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise too_large
        chunks: list[bytes] = []
        size = 0
        for chunk in r.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise too_large
            if time.monotonic() > deadline:
                message = (
                    f"{document_name(url)}: the server sent the response too slowly "
                    f"(gave up after {self.timeout * 3:g} s)"
                )
                raise FetchError(message, url=url, status=r.status_code, kind="timeout")
            chunks.append(chunk)
        return b"".join(chunks)

    def _wire(self, url: str) -> str:
        """Where a request for ``url`` actually goes (the mirror, when there is one)."""
        if not self.mirror:
            return url
        parts = urlsplit(url)
        query = f"?{parts.query}" if parts.query else ""
        return f"{self.mirror}/{parts.netloc}{parts.path or '/'}{query}"

    def _redirect(self, url: str, wire: str, location: str) -> str:
        """The original-space address a redirect points to, if it may be followed."""
        doc = document_name(url)
        target = urljoin(wire, location)
        parts = urlsplit(target)
        if parts.scheme not in ("http", "https"):
            scheme = f"a {parts.scheme}:" if parts.scheme else "a non-web"
            message = f"{doc}: redirected to {scheme} address, not followed"
            raise FetchError(message, url=url, kind="redirect")
        mirror = urlsplit(self.mirror) if self.mirror else None
        if mirror and (parts.scheme, parts.netloc) == (mirror.scheme, mirror.netloc):
            query = f"?{parts.query}" if parts.query else ""
            target = f"{urlsplit(url).scheme}://{parts.path.lstrip('/')}{query}"
        host = urlsplit(target).hostname
        if host != urlsplit(url).hostname:
            message = f"{doc}: redirected to another host ({host or 'none'}), not followed"
            raise FetchError(message, url=url, kind="redirect")
        return target

    def _transport_error(self, url: str, exc: Exception) -> FetchError:
        doc, host = document_name(url), urlsplit(url).hostname
        cause: BaseException | None = exc
        for _ in range(10):  # walk the chain of causes, httpx -> httpcore -> socket
            if cause is None:
                break
            if isinstance(cause, ssl.SSLError):
                reason = getattr(cause, "verify_message", None) or cause.reason or str(cause)
                message = f"{doc}: secure connection to {host} failed ({reason})"
                return FetchError(message, url=url, kind="tls")
            if isinstance(cause, ConnectionRefusedError):
                message = f"{doc}: {host} refused the connection"
                return _Transient(message, url=url, kind="connection")
            if isinstance(cause, socket.gaierror):
                message = f"{doc}: {host} could not be found (is the network up?)"
                return _Transient(message, url=url, kind="connection")
            cause = cause.__cause__ or cause.__context__
        reason = str(exc) or type(exc).__name__
        return _Transient(
            f"{doc}: connection to {host} failed ({reason})", url=url, kind="connection"
        )

    def _http(self) -> httpx.Client:
        with self._client_lock:
            if self._client is None:
                self._client = httpx.Client(
                    headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
                    timeout=self.timeout,
                    follow_redirects=False,
                    trust_env=True,
                    verify=_tls_context(),
                    mounts=_LOOPBACK,
                )
            return self._client
