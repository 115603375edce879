"""HKEXnews's title search and stock lookups: the answers parsed, the requests' parameters.

``search/prefix.do`` (JSONP ``stockInfo[{stockId, code, name}]``) turns a stock code into
the ``stockId`` the search wants; ``ncms/script/eds/activestock_sehk_e.json`` maps every
active code to its id (``[{"i": 7609, "c": "00700", "n": "TENCENT"}]``) when that lookup
fails.  ``search/titleSearchServlet.do`` (sent as live callers send it: ``searchType=0``,
``lang=E``) answers a JSON object whose ``result`` is a JSON string (or ``"null"``) of rows
with ``NEWS_ID``, ``DATE_TIME`` (DD/MM/YYYY HH:MM), ``STOCK_CODE`` / ``STOCK_NAME`` (several
joined by ``<br/>``), ``TITLE``, ``FILE_LINK``, perhaps ``LONG_TEXT``; ``hasNextRow`` says
whether more rows exist, ``recordCnt`` how many.  Each answer holds the rows up to
``rowRange`` (100 a page), so asking again with a larger range reads every page.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from desktop.sources.base import ParseError, SourceItem
from desktop.sources.hkex_categories import classify_text
from desktop.sources.hkex_common import (
    HKEXNEWS,
    clean_text,
    decode_text,
    hk_code,
    join_url,
    load_json,
    loads_json,
    parse_dmy_time,
    split_br,
)

SOURCE_ID = "hkex_news"
PREFIX_URL = "https://www1.hkexnews.hk/search/prefix.do"
SEARCH_URL = "https://www1.hkexnews.hk/search/titleSearchServlet.do"
ACTIVE_STOCKS_URL = "https://www1.hkexnews.hk/ncms/script/eds/activestock_sehk_e.json"
SEARCH_DAYS = 365
SEARCH_ROWS = 100  # one page
SEARCH_MAX_ROWS = 300
SEARCH_ALL_ROWS = 3_000  # every page of a year of one stock's documents, within reason
MAX_RECORDS = 20_000

_JSONP_RE = re.compile(r"^\s*[\w$.]*\s*\((.*)\)\s*;?\s*$", re.S)


def search_params(stock_id: int, today: date, rows: int = SEARCH_ROWS) -> dict[str, str]:
    since = today - timedelta(days=SEARCH_DAYS)
    return {
        "sortDir": "0",
        "sortByOptions": "DateTime",
        "category": "0",
        "market": "SEHK",
        "stockId": str(stock_id),
        "documentType": "-1",
        "fromDate": since.strftime("%Y%m%d"),
        "toDate": today.strftime("%Y%m%d"),
        "title": "",
        "searchType": "0",
        "t1code": "-2",
        "t2Gcode": "-2",
        "t2code": "-2",
        "rowRange": str(rows),
        "lang": "E",
    }


def prefix_params(code: str) -> dict[str, str]:
    return {"callback": "callback", "lang": "EN", "type": "A", "name": code, "market": "SEHK"}


def parse_search(payload: bytes) -> list[SourceItem]:
    """Listing documents among the rows of a ``titleSearchServlet.do`` answer."""
    return parse_search_answer(payload)[0]


def parse_search_page(payload: bytes) -> tuple[list[SourceItem], bool]:
    """Items, and whether the server says more rows exist (``hasNextRow``)."""
    items, more, _total = parse_search_answer(payload)
    return items, more


def parse_search_answer(payload: bytes) -> tuple[list[SourceItem], bool, int | None]:
    """Items, ``hasNextRow``, and the number of rows the search found (``recordCnt``)."""
    data = load_json(payload, "titleSearchServlet.do")
    if not isinstance(data, dict) or "result" not in data:
        raise ParseError("titleSearchServlet.do answer has no 'result'")
    result = data["result"]
    if isinstance(result, str):
        result = None if result.strip() in ("", "null") else loads_json(result, "search result")
    if result is None:
        rows: list[Any] = []
    elif isinstance(result, list):
        rows = result
    else:
        raise ParseError("titleSearchServlet.do 'result' is not a list of documents")
    items = []
    for row in rows[:MAX_RECORDS]:
        if isinstance(row, dict):
            item = _search_item(row)
            if item is not None:
                items.append(item)
    total = news_id(data.get("recordCnt"))
    return items, data.get("hasNextRow") is True, int(total) if total else None


def _search_item(row: dict[str, Any]) -> SourceItem | None:
    title = clean_text(row.get("TITLE"), 1000)
    category = clean_text(row.get("LONG_TEXT") or row.get("SHORT_TEXT"), 500)
    kind, supplementary = classify_text(title, category)
    if kind is None:
        return None
    ident = news_id(row.get("NEWS_ID"))
    stamp = parse_dmy_time(row.get("DATE_TIME"))
    if ident is None or stamp is None:
        return None
    names = list(dict.fromkeys(split_br(row.get("STOCK_NAME"))))
    codes: list[tuple[str, str]] = []
    for part in split_br(row.get("STOCK_CODE")):
        code = hk_code(part)
        if code and ("hk", code) not in codes:
            codes.append(("hk", code))
    raw: dict[str, Any] = {
        "news_id": ident,
        "released": stamp.isoformat(timespec="minutes"),
        "title": title,
        "category": category or None,
        "stock_codes": [c for _, c in codes],
        "stock_names": names,
        "file_type": clean_text(row.get("FILE_TYPE"), 20) or None,
        "file_info": clean_text(row.get("FILE_INFO"), 40) or None,
        "route": "search",
    }
    return news_item(
        kind, ident, names, stamp, title, row.get("FILE_LINK"), codes, raw, supplementary
    )


def news_item(
    kind: Any,
    ident: str,
    names: list[str],
    stamp: Any,
    title: str,
    link: Any,
    codes: list[tuple[str, str]],
    raw: dict[str, Any],
    supplementary: bool,
) -> SourceItem:
    """The item of one HKEXnews document, from the latest files or the title search."""
    if supplementary:
        raw["supplementary"] = True
    return SourceItem(
        source=SOURCE_ID,
        kind=kind.value,
        key=f"news:{ident}",
        names=tuple(names),
        published=stamp.date(),
        title=title or kind.label,
        url=join_url(HKEXNEWS, link),
        codes=tuple(codes),
        raw=raw,
    )


def parse_prefix(payload: bytes) -> list[tuple[int, str, str]]:
    """``(stockId, code, name)`` from a ``prefix.do`` JSONP answer."""
    text = clean_jsonp(payload)
    data = loads_json(text, "prefix.do")
    infos = data.get("stockInfo", ...) if isinstance(data, dict) else ...
    if infos is None:
        return []
    if not isinstance(infos, list):
        raise ParseError("prefix.do answer has no 'stockInfo' list")
    found = []
    for info in infos[:1000]:
        if not isinstance(info, dict):
            continue
        stock_id = news_id(info.get("stockId"))  # the same kind of positive number
        code = hk_code(info.get("code"))
        if stock_id is None or code is None:
            continue
        found.append((int(stock_id), code, clean_text(info.get("name"), 300)))
    return found


def clean_jsonp(payload: bytes) -> str:
    """The JSON inside a JSONP answer ("callback({...});"); plain JSON passes through."""
    text = decode_text(payload).strip()
    if not text:
        raise ParseError("prefix.do answer is empty")
    if text.startswith("<"):
        raise ParseError("prefix.do answer is HTML, expected JSONP")
    match = _JSONP_RE.match(text)
    return match.group(1) if match else text


def parse_active_stocks(payload: bytes) -> dict[str, int]:
    """``code -> stockId`` from ``activestock_sehk_e.json`` (``[{"i", "c", "n"}, ...]``)."""
    data = load_json(payload, "activestock_sehk_e.json")
    if not isinstance(data, list):
        raise ParseError("activestock_sehk_e.json is not a list of stocks")
    found: dict[str, int] = {}
    for entry in data[:MAX_RECORDS]:
        if not isinstance(entry, dict):
            continue
        stock_id = news_id(entry.get("i"))
        code = hk_code(entry.get("c"))
        if stock_id is not None and code is not None:
            found.setdefault(code, int(stock_id))
    return found


def news_id(value: Any) -> str | None:
    """A positive id (a number or digits, as the files write ``newsId``/``stockId``)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value) if 0 < value < 10**15 else None
    if isinstance(value, str):
        text = value.strip()
        if text.isdigit() and len(text) <= 15 and int(text) > 0:
            return str(int(text))
    return None
