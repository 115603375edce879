"""Helpers shared by the HKEXnews sources: decoding, dates, links, text, stock codes.

Everything here is pure (no network) except ``DocumentRun``, which wraps one poll's
requests so every source counts documents, 304s and per-document errors the same way.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import Any, TypeVar
from urllib.parse import urljoin, urlsplit

from desktop.sources.base import FetchResult, ParseError
from desktop.sources.http import FetchError, HttpClient

HKEXNEWS = "https://www1.hkexnews.hk/"
APP_BASE = "https://www1.hkexnews.hk/app/"
MIN_YEAR, MAX_YEAR = 1990, 2100
MAX_TEXT = 1_000
MAX_URL = 2_000
ALLOWED_HOSTS = ("hkexnews.hk", "hkex.com.hk")

_DMY_RE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$")
_TAG_RE = re.compile(r"<[^<>]{0,500}>")
_BR_RE = re.compile(r"<\s*br\s*/?\s*>", re.IGNORECASE)
_SPACE_RE = re.compile(r"\s+")
_CODE_RE = re.compile(r"^\s*0*(\d{1,5})(?:\.0+)?\s*$")

T = TypeVar("T")


# -- decoding ----------------------------------------------------------------------------


def decode_text(payload: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Big5/GB18030."""
    if not isinstance(payload, bytes | bytearray | memoryview):
        raise ParseError(f"expected bytes, got {type(payload).__name__}")
    data = bytes(payload)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ParseError("text marked as UTF-16 does not decode") from None
    for codec in ("utf-8", "big5hkscs", "gb18030"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def load_json(payload: bytes, what: str = "document") -> Any:
    """Parse JSON bytes; anything that is not JSON becomes a ParseError in plain words."""
    text = decode_text(payload)
    if not text.strip():
        raise ParseError(f"{what} is empty, expected JSON")
    if text.lstrip()[:1] == "<":
        raise ParseError(f"{what} is HTML or XML, expected JSON (maybe an error page)")
    return loads_json(text, what)


def loads_json(text: str, what: str = "document") -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) - 1:
            message = f"{what} is not complete JSON (cut off at character {exc.pos})"
            raise ParseError(message) from None
        raise ParseError(f"{what} is not JSON ({exc.msg} at character {exc.pos})") from None
    except RecursionError:
        raise ParseError(f"{what} is nested too deeply to be real data") from None
    except ValueError as exc:  # e.g. an integer with thousands of digits
        raise ParseError(f"{what} is not usable JSON ({exc})") from None


# -- dates -------------------------------------------------------------------------------


def sane(day: date | None) -> date | None:
    if day is None:
        return None
    return day if MIN_YEAR <= day.year <= MAX_YEAR else None


def parse_dmy(value: Any) -> date | None:
    """ "DD/MM/YYYY" (an optional "HH:MM" is ignored) to a date in 1990..2100, else None."""
    stamp = parse_dmy_time(value)
    return stamp.date() if stamp else None


def parse_dmy_time(value: Any) -> datetime | None:
    """ "DD/MM/YYYY[ HH:MM[:SS]]" to a datetime in 1990..2100, else None."""
    if not isinstance(value, str) or len(value) > 40:
        return None
    match = _DMY_RE.match(value)
    if not match:
        return None
    day, month, year, hour, minute, second = match.groups()
    try:
        stamp = datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)
        )
    except ValueError:
        return None
    return stamp if sane(stamp.date()) else None


def millis_to_iso(value: Any) -> str | None:
    """An envelope's ``genDate`` (milliseconds since 1970, number or string) as ISO text."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 15:
        value = int(value.strip())
    if not isinstance(value, int | float) or value != value:
        return None
    try:
        stamp = datetime.fromtimestamp(value / 1000, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return stamp.isoformat(timespec="seconds") if sane(stamp.date()) else None


# -- text, links, codes ------------------------------------------------------------------


def clean_text(value: Any, limit: int = MAX_TEXT) -> str:
    """Plain text: HTML entities unescaped, tags and control characters removed."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int | float):
        value = str(value)
    if not isinstance(value, str):
        return ""
    text = value[: limit * 4]
    text = _BR_RE.sub(" ", text)
    text = html.unescape(_TAG_RE.sub(" ", text))
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    text = _SPACE_RE.sub(" ", text).strip()
    return text[:limit].rstrip()


def split_br(value: Any, limit: int = 50) -> list[str]:
    """A cell like "A<br/>B" split into its parts (each cleaned, empty parts dropped)."""
    if not isinstance(value, str):
        text = clean_text(value)
        return [text] if text else []
    parts = [clean_text(part) for part in _BR_RE.split(value[: MAX_TEXT * 4])]
    return [part for part in parts if part][:limit]


def join_url(base: str, relative: Any) -> str | None:
    """An absolute https link on an HKEX host, or None for anything else."""
    if not isinstance(relative, str):
        return None
    rel = relative.strip()
    if not rel or len(rel) > MAX_URL or any(ord(ch) < 32 or ch in "\\ " for ch in rel):
        return None
    url = urljoin(base, rel)
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    if parts.scheme == "http" and host.endswith(ALLOWED_HOSTS):
        url = "https" + url[4:]
    elif parts.scheme != "https":
        return None
    if not any(host == h or host.endswith("." + h) for h in ALLOWED_HOSTS):
        return None
    return url


def hk_code(value: Any) -> str | None:
    """A Hong Kong stock code as five digits ("6872", 6872, "06872.0" -> "06872")."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        if not value.is_integer():
            return None
        value = int(value)
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str) or len(value) > 20:
        return None
    match = _CODE_RE.match(value)
    if not match or int(match.group(1)) == 0:
        return None
    return match.group(1).zfill(5)


def normalise_name(name: str) -> str:
    """A company name reduced for use in a key: width-folded, lower case, no spaces."""
    text = unicodedata.normalize("NFKC", name).casefold()
    return re.sub(r"[\s\u3000]+", "", text)


def as_id(value: Any) -> int | None:
    """A positive integer id (bools, floats and strings are not ids)."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 < value < 10**12 else None


def json_safe(value: Any, depth: int = 0) -> Any:
    """A copy of a JSON value with long strings cut and very deep nesting dropped."""
    if depth > 6:
        return None
    if isinstance(value, str):
        return value[:MAX_TEXT]
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return value if value == value and abs(value) != float("inf") else None
    if isinstance(value, list):
        return [json_safe(v, depth + 1) for v in value[:200]]
    if isinstance(value, dict):
        return {str(k)[:100]: json_safe(v, depth + 1) for k, v in list(value.items())[:100]}
    return None


# -- one poll's documents ----------------------------------------------------------------


class DocumentRun:
    """Fetch documents one by one, collecting items, errors and counts into a FetchResult.

    A document that fails (fetch or parse) is recorded in ``errors``; ``finish`` raises
    the first failure when no document at all succeeded.
    """

    def __init__(self, client: HttpClient) -> None:
        self.client = client
        self.result = FetchResult()
        self.failed = 0
        self.succeeded = 0
        self.missing = 0  # documents that answered 404 where that was allowed
        self._first: Exception | None = None
        self._missing_first: Exception | None = None

    def get(
        self,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> bytes | None:
        """The body of ``url``, or None when unchanged (304) or failed (error recorded).

        With ``missing_ok`` a 404 is not an error (a document not published yet).
        """
        self.result.documents += 1
        try:
            response = self.client.get(url, params=params)
        except FetchError as exc:
            if missing_ok and exc.status == 404:
                self.succeeded += 1
                self.missing += 1
                self._missing_first = self._missing_first or exc
                return None
            self.fail(exc)
            return None
        if response is None:
            self.result.unchanged += 1
            self.succeeded += 1
            return None
        return response.content

    def parse(self, name: str, parser: Callable[[], T]) -> T | None:
        """Run ``parser``; a ParseError is recorded as "name: message"."""
        try:
            value = parser()
        except ParseError as exc:
            text = str(exc)
            self.fail(exc, text if text.startswith(name) else f"{name}: {text}")
            return None
        self.succeeded += 1
        return value

    def fail(self, exc: Exception, message: str | None = None) -> None:
        self.failed += 1
        self.result.errors.append(message or str(exc))
        if self._first is None:
            self._first = exc

    def note(self, message: str) -> None:
        """A remark about a document that did not fail (e.g. records skipped)."""
        self.result.errors.append(message)

    def finish(self) -> FetchResult:
        """The result; when every document failed, the first failure, named by its document."""
        # Documents that are simply not published do not count as successes here; when
        # nothing at all was there, the source failed (the first 404 says so).
        nothing_there = not self.failed and self.missing and self.succeeded == self.missing
        if nothing_there and self._missing_first is not None:
            raise self._missing_first
        if self.failed and self.succeeded <= self.missing and self._first is not None:
            first = self._first
            named = self.result.errors[0] if self.result.errors else str(first)
            if isinstance(first, ParseError) and named != str(first):
                raise ParseError(named) from first
            raise first
        return self.result
