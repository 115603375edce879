"""The CSRC's column of documents: its channel id and the status tables it lists.

``getChannelList`` gives the channel id (searched for anywhere in the JSON: its envelope
is known from one script only); ``searchList`` gives the latest documents of the column,
among them the status tables (境内企业境外发行证券和上市备案情况表) with a workbook
attachment (``.xlsx``, sometimes ``.xls``).
"""

from __future__ import annotations

import html
import re
from datetime import date
from typing import Any, NamedTuple
from urllib.parse import urljoin

from desktop.sources.base import ParseError
from desktop.sources.base import load_json as _load_json

BASE = "https://www.csrc.gov.cn/"
TABLE_TITLE = "境内企业境外发行证券和上市备案情况表"
MAX_CELL = 2_000
_TAG_RE = re.compile(r"<[^>]{0,500}>")
_AS_OF_RE = re.compile(r"截[至止]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


class TableLink(NamedTuple):
    title: str
    as_of: date | None
    xlsx_url: str


def _make_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def parse_as_of(text: str) -> date | None:
    """The "截至YYYY年M月D日" date in a table's title."""
    match = _AS_OF_RE.search(text or "")
    return _make_date(*(int(g) for g in match.groups())) if match else None


def _find_key(data: Any, key: str, depth: int = 0) -> Any:
    if depth > 30:
        return None
    if isinstance(data, dict):
        value = data.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
            return value
        children = list(data.values())
    elif isinstance(data, list):
        children = data[:1000]
    else:
        return None
    for child in children:
        found = _find_key(child, key, depth + 1)
        if found is not None:
            return found
    return None


def parse_channel(payload: bytes) -> str:
    """The channel id in a ``getChannelList`` answer (looked for anywhere in the JSON)."""
    data = _load_json(payload)
    preferred = data.get("results") if isinstance(data, dict) else None
    found = _find_key(preferred, "channelId") or _find_key(data, "channelId")
    channel = str(found).strip() if found is not None else ""
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", channel):
        raise ParseError("channel list answer has no channelId")
    return channel


def _absolute(path: str, page_url: str | None) -> str | None:
    path = path.strip()
    if not path:
        return None
    if path.startswith("//"):
        path = "https:" + path
    if path.startswith("/") or path.lower().startswith(("http://", "https://")):
        result = urljoin(BASE, path)
    else:
        page = page_url if page_url and page_url.startswith(("http://", "https://")) else BASE
        result = urljoin(page, path)
    if result.startswith("http://"):
        result = "https://" + result[len("http://") :]
    return result if result.startswith("https://") else None


def _text(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    return html.unescape(_TAG_RE.sub("", value)).strip()[:MAX_CELL]


def parse_list(payload: bytes) -> list[TableLink]:
    """Status tables in a ``searchList`` answer that have an xlsx, newest first."""
    data = _load_json(payload)
    if not isinstance(data, dict) or not isinstance(data.get("data"), dict):
        raise ParseError("list answer has no data.results")
    results = data["data"].get("results")
    if results is None:
        results = []
    if not isinstance(results, list):
        raise ParseError("list answer's data.results is not a list")
    found: list[TableLink] = []
    for record in results:
        if not isinstance(record, dict):
            continue
        meta = record.get("domainMetaList")
        meta = meta[0] if isinstance(meta, list) and meta else meta
        meta = meta if isinstance(meta, dict) else {}
        title = _text(record.get("title")) or _text(meta.get("title"))
        if TABLE_TITLE not in title:
            continue
        page_url = record.get("url") or meta.get("url")
        page = _absolute(page_url, None) if isinstance(page_url, str) else None
        files = record.get("resList")
        if not isinstance(files, list):
            continue
        for attachment in files:
            if not isinstance(attachment, dict):
                continue
            name = str(attachment.get("fileName") or "")
            path = attachment.get("filePath")
            if not isinstance(path, str):
                continue
            ends = (name.lower(), path.lower())
            if not any(e.endswith((".xlsx", ".xls")) for e in ends):
                continue
            link = _absolute(path, page)
            if link:
                found.append(TableLink(title, parse_as_of(title), link))
                break
    dated = sorted((t for t in found if t.as_of), key=lambda t: t.as_of or date.min, reverse=True)
    return dated + [t for t in found if not t.as_of]
