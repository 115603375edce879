"""What every source produces, and the one error a parser may raise."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any


class ParseError(ValueError):
    """The payload is not what the source publishes (malformed, truncated, wrong type).

    The message is shown to the user as the source's last error, so say plainly what
    was wrong ("not JSON: truncated at byte 812", "workbook has no 序号 header row").
    """


@dataclass(frozen=True, slots=True)
class SourceItem:
    """One thing a source published about one subject (an applicant, a listed company).

    ``key`` identifies the thing within its source and must be the same every time the
    source is read, in every language and file it appears in, so that the same filing
    seen twice is stored once.  ``names`` holds every spelling of the subject the
    source gave (English, Chinese, stock short name); the first is the display name.
    """

    source: str
    kind: str  # an EventKind value
    key: str
    names: tuple[str, ...]
    published: date | None
    title: str
    url: str | None = None
    codes: tuple[tuple[str, str], ...] = ()  # e.g. (("hk", "06872"), ("a", "600231"))
    ref: str | None = None  # the application / filing this belongs to (e.g. HKEX app id)
    raw: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def subject(self) -> str:
        return self.names[0] if self.names else ""

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.source, self.key)

    def code(self, scheme: str) -> str | None:
        for name, value in self.codes:
            if name == scheme:
                return value
        return None


def load_json(payload: bytes) -> Any:
    """JSON from bytes as Chinese sites send them: UTF-8 (with or without BOM), else GB18030.
    Anything else is a ParseError with a plain message."""
    if not isinstance(payload, bytes | bytearray):
        raise ParseError("payload is not bytes")
    data = bytes(payload)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("gb18030", errors="replace")
    try:
        return json.loads(text)
    except RecursionError:
        raise ParseError("not JSON: nested too deeply") from None
    except ValueError as exc:
        raise ParseError(f"not JSON: {exc}") from None


def fingerprint(source: str, key: str) -> str:
    return hashlib.sha1(f"{source}\x1f{key}".encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class WatchedCompany:
    """What a source needs to know about one company on the watchlist."""

    id: int
    name: str
    names: tuple[str, ...]  # name, Chinese name and every alias
    hk_code: str | None = None  # five digits, e.g. "02513"
    a_code: str | None = None  # six digits, e.g. "688380"
    a_exchange: str | None = None  # "sse", "szse" or "bse"


@dataclass(frozen=True, slots=True)
class PollContext:
    """Everything a source's ``fetch`` may read besides the network."""

    today: date
    companies: tuple[WatchedCompany, ...] = ()
    feeds: tuple[str, ...] = ()  # user-added RSS/Atom feed URLs
    # Per-source memory between polls (e.g. the CSRC table's last seen names);
    # ``fetch`` returns the new value in FetchResult.memory.
    memory: dict[str, Any] = field(default_factory=dict)
    # Offer documents of watched companies, for sources that read them (NEEDS_DOCUMENTS).
    documents: tuple[dict[str, Any], ...] = ()
    # The settings a source names in its SETTINGS (keys of `store.settings`), by key.
    settings: dict[str, Any] = field(default_factory=dict)
    # Recent Hong Kong listings ({"code", "listing_date"}) for sources that need them
    # (NEEDS_LISTINGS): every IPO, watched or not.
    listings: tuple[dict[str, Any], ...] = ()


@dataclass(slots=True)
class FetchResult:
    """What one poll of one source found.

    ``errors`` are per-document problems ("appactive_app_gem_c.json: HTTP 503"); a source
    whose every document failed raises ``FetchError`` instead.  ``unchanged`` counts
    documents answered with 304 Not Modified (not parsed).
    """

    items: list[SourceItem] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    documents: int = 0
    unchanged: int = 0
    memory: dict[str, Any] | None = None
