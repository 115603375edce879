"""The fields of an HKEX application file's records, read fast: a full file holds
thousands of records with several documents each, and their fields are almost always
plain.  These return what the general helpers (``hkex_common``) would, without the work,
and hand anything unusual to them."""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import Any

from desktop.sources.hkex_common import APP_BASE, MAX_URL, clean_text, join_url, parse_dmy

MAX_DOCS = 200


# A relative path of plain segments (no "." or ".." segment, no scheme, query or
# escape): joined to APP_BASE, it is APP_BASE followed by itself.  Written as runs of
# word characters between single dots or slashes, possessive: it never backtracks.
_PLAIN_PATH_RE = re.compile(r"[\w\-]++(?:[./][\w\-]++)*+", re.ASCII)


def _app_url(value: Any) -> str | None:
    """``join_url(APP_BASE, value)``."""
    if isinstance(value, str) and len(value) <= MAX_URL and _PLAIN_PATH_RE.fullmatch(value):
        return APP_BASE + value
    return join_url(APP_BASE, value)


def _text(value: Any, limit: int) -> str:
    """``clean_text(value, limit)``.  Printable text has no control characters and no
    whitespace but the space; without "<" and "&" it has no tags or entities either."""
    if value is None:
        return ""
    if isinstance(value, str):
        text = value[: limit * 4]
        if "<" not in text and "&" not in text and text.isprintable():
            return " ".join(text.split())[:limit].rstrip()
    return clean_text(value, limit)


@functools.lru_cache(maxsize=1024)
def _label_text(value: str) -> str | None:
    return _text(value, 300) or None


def _label(value: Any) -> str | None:
    """A document's label (``nF``, ``nS1``, ``nS2``) as text; a file repeats a few."""
    if isinstance(value, str) and len(value) <= 300:
        return _label_text(value)
    return _text(value, 300) or None


@functools.lru_cache(maxsize=4096)
def _day_of(text: str) -> date | None:
    return parse_dmy(text)


def _day(value: Any) -> date | None:
    """``parse_dmy(value)``; a file has few distinct dates."""
    return _day_of(value) if isinstance(value, str) and len(value) <= 40 else parse_dmy(value)


@functools.lru_cache(maxsize=4096)
def _iso_day_of(text: str) -> str | None:
    return _iso(parse_dmy(text))


def _iso_day(value: Any) -> str | None:
    """``_iso(parse_dmy(value))``."""
    if isinstance(value, str) and len(value) <= 40:
        return _iso_day_of(value)
    return _iso(parse_dmy(value))


_plain_path = _PLAIN_PATH_RE.fullmatch


# (nF, nS1, nS2) -> their labels: a file repeats a few combinations in every record.
_DOC_LABELS: dict[tuple[Any, Any, Any], tuple[str | None, str | None, str | None]] = {}


def _doc_labels(nf: Any, s1: Any, s2: Any) -> tuple[str | None, str | None, str | None]:
    """``_label`` of a document's three labels, remembered for short text (or none)."""
    key = (nf, s1, s2)
    try:
        return _DOC_LABELS[key]
    except KeyError:
        pass
    except TypeError:  # a list or an object where text belongs
        return _label(nf), _label(s1), _label(s2)
    found = (_label(nf), _label(s1), _label(s2))
    if len(_DOC_LABELS) < 4096 and all(
        v is None or (type(v) is str and len(v) <= 300) for v in key
    ):
        _DOC_LABELS[key] = found
    return found


def _docs(value: Any) -> list[dict[str, Any]]:
    """A record's documents (``ls`` or ``ps``), each field as ``_iso_day``, ``_label``
    and ``_app_url`` give it.  A file holds tens of thousands of entries: the plain
    case (a short date text, plain relative paths) is written out here, anything else
    goes through those helpers."""
    if not isinstance(value, list):
        return []
    docs = []
    for entry in value if len(value) <= MAX_DOCS else value[:MAX_DOCS]:
        if not isinstance(entry, dict):
            continue
        get = entry.get
        day, u1, u2 = get("d"), get("u1"), get("u2")
        day = _iso_day_of(day) if type(day) is str and len(day) <= 40 else _iso_day(day)
        nf, s1, s2 = _doc_labels(get("nF"), get("nS1"), get("nS2"))
        if u1 is not None:
            if type(u1) is str and len(u1) <= MAX_URL and _plain_path(u1):
                u1 = APP_BASE + u1
            else:
                u1 = join_url(APP_BASE, u1)
        if u2 is not None:
            if type(u2) is str and len(u2) <= MAX_URL and _plain_path(u2):
                u2 = APP_BASE + u2
            else:
                u2 = join_url(APP_BASE, u2)
        if day or nf or s1 or s2 or u1 or u2:
            docs.append({"d": day, "nF": nf, "nS1": s1, "nS2": s2, "u1": u1, "u2": u2})
    return docs


def _truthy(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value.strip().lower() in ("true", "y", "yes", "1")
    return False


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
