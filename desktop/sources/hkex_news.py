"""HKEXnews listed-company documents: prospectuses, allotment results, formal notices.

Two routes, both keyed ``news:{newsId}`` so a document seen on both is stored once:

- The "latest" files ``/ncms/json/eds/lci{sehk,gem}{1,7}relsd{e,c}_{page}.json`` (today
  and the last seven days, Main Board and GEM, English and Chinese) list every document
  with its categories: ``t2Code`` 15100 allotment results, 15200 a formal notice, and of
  the listing documents (``t1Code`` 30000) only an IPO's: 30700 (offer for subscription),
  30600 (offer of existing shares), 30500 (introduction) and 31200 (supplementary) when its
  title reads as a prospectus.  Rights issues (31100), funds (30100) and open offers
  (30800) are no IPO events, nor are the rights-issue allotment results.  Every page the
  server serves is read (up to five; a later page that is missing ends the file).
- For watched companies that have a stock code: ``search/prefix.do`` turns the code into
  HKEXnews's ``stockId`` (when it fails, ``ncms/script/eds/activestock_sehk_e.json`` maps
  every code to its id), then ``search/titleSearchServlet.do`` gives the last year's
  documents of that stock.  Its rows carry no category codes, so they are classified by
  the category text (``LONG_TEXT``) when present, else by title.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from typing import Any

from desktop.domain.kinds import EventKind
from desktop.sources.base import FetchResult, ParseError, PollContext, SourceItem
from desktop.sources.hkex_common import (
    HKEXNEWS,
    DocumentRun,
    clean_text,
    decode_text,
    hk_code,
    join_url,
    load_json,
    loads_json,
    millis_to_iso,
    parse_dmy_time,
    split_br,
)
from desktop.sources.http import HttpClient

SOURCE_ID = "hkex_news"
TITLE = "HKEX listing documents"
DEFAULT_INTERVAL_MIN = 30

LATEST_URL = "https://www1.hkexnews.hk/ncms/json/eds/{name}.json"
PREFIX_URL = "https://www1.hkexnews.hk/search/prefix.do"
SEARCH_URL = "https://www1.hkexnews.hk/search/titleSearchServlet.do"
MAX_PAGES = 5  # the server serves at most about five pages of a latest file
ACTIVE_STOCKS_URL = "https://www1.hkexnews.hk/ncms/script/eds/activestock_sehk_e.json"
IPO_DOCUMENT_T2 = {"30700": "offer_for_subscription", "30600": "offer_of_existing_shares"}
INTRODUCTION_T2 = "30500"
SUPPLEMENTARY_T2 = "31200"
NOT_IPO_T2 = {"31100", "30100", "30800"}  # rights issue, funds, open offer
SEARCH_DAYS = 365
SEARCH_ROWS = 100
SEARCH_MAX_ROWS = 300
MAX_RECORDS = 20_000

PROSPECTUS_T1 = "30000"
ALLOTMENT_T2 = "15100"
FORMAL_NOTICE_T2 = "15200"

_ALLOTMENT_RE = re.compile(r"allotment\s*results?|配發結果|配发结果|分配結果|分配结果", re.I)
_NOTICE_RE = re.compile(r"formal\s*notice|正式通告", re.I)
# A prospectus's title starts with the word; "... disclosed in the Prospectus" is not one.
_PROSPECTUS_RE = re.compile(
    r"^\W*(?:supplementa(?:l|ry)\s+)?prospectus\b|^\W*(?:補充|补充)?招股(?:章程|書|书)", re.I
)
_OFFERING_TITLE_RE = re.compile(
    r"^\W*(?:global\s*offering|share\s*offer|public\s*offer(?:ing)?|全球發售|全球发售)\W*$", re.I
)
_LISTING_DOCS_RE = re.compile(r"^\W*(?:listing\s*documents?|上市文件)", re.I)
_IPO_TITLE_RE = re.compile(
    r"prospectus|global\s*offering|share\s*offer|招股章程|招股書|招股书|全球發售|全球发售", re.I
)
# Categories and titles of offers that are not IPOs (rights issues, open offers, funds).
_NOT_IPO_RE = re.compile(
    r"rights\s*issue|open\s*offer|供股|公開招股|公开招股|collective\s*investment|集體投資|集体投资",
    re.I,
)
_JSONP_RE = re.compile(r"^\s*[\w$.]*\s*\((.*)\)\s*;?\s*$", re.S)
_CODE_LIST_RE = re.compile(r"[\s,;/|]+")


def latest_names() -> list[str]:
    """Page 1 of every latest-documents file: today and 7 days, both boards, both languages."""
    return [
        f"lci{board}{span}relsd{lang}_1"
        for board in ("sehk", "gem")
        for span in ("1", "7")
        for lang in ("e", "c")
    ]


# -- latest files ------------------------------------------------------------------------


def parse(payload: bytes, *, document: str | None = None) -> list[SourceItem]:
    """Prospectuses, allotment results and formal notices in one latest-documents file."""
    return parse_latest(payload, document=document)[0]


def parse_latest(payload: bytes, *, document: str | None = None) -> tuple[list[SourceItem], int]:
    """Items and the number of page files the envelope announces (``maxNumOfFile``)."""
    what = f"{document}.json" if document else "latest documents file"
    data = load_json(payload, what)
    records = data.get("newsInfoLst", ...) if isinstance(data, dict) else ...
    if records is None:
        records = []
    if not isinstance(records, list):
        raise ParseError(f"{what} is not an HKEXnews document list (no 'newsInfoLst')")
    pages = data.get("maxNumOfFile")
    if isinstance(pages, str) and pages.strip().isdigit() and len(pages) < 6:
        pages = int(pages)
    if not isinstance(pages, int) or isinstance(pages, bool) or pages < 1:
        pages = 1
    generated = millis_to_iso(data.get("genDate"))
    items = []
    for record in records[:MAX_RECORDS]:
        if isinstance(record, dict):
            item = _latest_item(record, document, generated)
            if item is not None:
                items.append(item)
    return items, pages


def _latest_item(
    record: dict[str, Any], document: str | None, generated: str | None
) -> SourceItem | None:
    t1 = _codes(record.get("t1Code"))
    t2 = _codes(record.get("t2Code"))
    kind = kind_for_codes(t1, t2, clean_text(record.get("title"), 1000))
    if kind is None:
        return None
    news_id = _news_id(record.get("newsId"))
    stamp = parse_dmy_time(record.get("relTime"))
    if news_id is None or stamp is None:
        return None
    names: list[str] = []
    codes: list[tuple[str, str]] = []
    stocks = []
    raw_stocks = record.get("stock")
    for stock in raw_stocks[:50] if isinstance(raw_stocks, list) else []:
        if not isinstance(stock, dict):
            continue
        code = hk_code(stock.get("sc"))
        name = clean_text(stock.get("sn"), 300)
        stocks.append({"sc": clean_text(stock.get("sc"), 20) or None, "sn": name or None})
        if code and ("hk", code) not in codes:
            codes.append(("hk", code))
        if name and name not in names:
            names.append(name)
    title = clean_text(record.get("title"), 1000)
    board, lang = _document_parts(document)
    raw = {
        "news_id": news_id,
        "released": stamp.isoformat(timespec="minutes"),
        "title": title,
        "t1_codes": t1,
        "t2_codes": t2,
        "category": clean_text(record.get("lTxt"), 500) or None,
        "stocks": stocks,
        "market": clean_text(record.get("market"), 20) or None,
        "ext": clean_text(record.get("ext"), 20) or None,
        "size": clean_text(record.get("size"), 20) or None,
        "board": board,
        "language": lang,
        "document": document,
        "generated": generated,
        "route": "latest",
    }
    return SourceItem(
        source=SOURCE_ID,
        kind=kind.value,
        key=f"news:{news_id}",
        names=tuple(names),
        published=stamp.date(),
        title=title or kind.label,
        url=join_url(HKEXNEWS, record.get("webPath")),
        codes=tuple(codes),
        raw=raw,
    )


def kind_for_codes(t1: list[str], t2: list[str], title: str = "") -> EventKind | None:
    """The event kind of a document from its HKEXnews category codes (and title), or None."""
    if _NOT_IPO_RE.search(title):
        return None  # "[Allotment Results / Rights Issue]", an open offer's documents
    if ALLOTMENT_T2 in t2:
        return EventKind.ALLOTMENT_RESULTS
    if FORMAL_NOTICE_T2 in t2:
        return EventKind.LISTING_ANNOUNCEMENT
    if any(code in IPO_DOCUMENT_T2 for code in t2) or INTRODUCTION_T2 in t2:
        return EventKind.PROSPECTUS
    if SUPPLEMENTARY_T2 in t2:
        # A supplementary listing document is an IPO's only while the company is not yet
        # listed: its title then reads as a (supplemental) prospectus.
        return EventKind.PROSPECTUS if _IPO_TITLE_RE.search(title) else None
    if PROSPECTUS_T1 in t1 and not t2:  # no second-tier code: a listing document
        return EventKind.PROSPECTUS
    return None


# -- title search ------------------------------------------------------------------------


def parse_search(payload: bytes) -> list[SourceItem]:
    """Listing documents among the rows of a ``titleSearchServlet.do`` answer."""
    return parse_search_page(payload)[0]


def parse_search_page(payload: bytes) -> tuple[list[SourceItem], bool]:
    """Items, and whether the server says more rows exist (``hasNextRow``)."""
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
    return items, data.get("hasNextRow") is True


def _search_item(row: dict[str, Any]) -> SourceItem | None:
    title = clean_text(row.get("TITLE"), 1000)
    category = clean_text(row.get("LONG_TEXT") or row.get("SHORT_TEXT"), 500)
    kind = kind_for_text(title, category)
    if kind is None:
        return None
    news_id = _news_id(row.get("NEWS_ID"))
    stamp = parse_dmy_time(row.get("DATE_TIME"))
    if news_id is None or stamp is None:
        return None
    names = list(dict.fromkeys(split_br(row.get("STOCK_NAME"))))
    codes: list[tuple[str, str]] = []
    for part in split_br(row.get("STOCK_CODE")):
        code = hk_code(part)
        if code and ("hk", code) not in codes:
            codes.append(("hk", code))
    raw = {
        "news_id": news_id,
        "released": stamp.isoformat(timespec="minutes"),
        "title": title,
        "category": category or None,
        "stock_codes": [c for _, c in codes],
        "stock_names": names,
        "file_type": clean_text(row.get("FILE_TYPE"), 20) or None,
        "file_info": clean_text(row.get("FILE_INFO"), 40) or None,
        "route": "search",
    }
    return SourceItem(
        source=SOURCE_ID,
        kind=kind.value,
        key=f"news:{news_id}",
        names=tuple(names),
        published=stamp.date(),
        title=title or kind.label,
        url=join_url(HKEXNEWS, row.get("FILE_LINK")),
        codes=tuple(codes),
        raw=raw,
    )


def kind_for_text(title: str, category: str = "") -> EventKind | None:
    """The event kind of a document from its category text, else from its title."""
    if _NOT_IPO_RE.search(category) or _NOT_IPO_RE.search(title):
        return None
    if category:
        if _ALLOTMENT_RE.search(category):
            return EventKind.ALLOTMENT_RESULTS
        if _NOTICE_RE.search(category):
            return EventKind.LISTING_ANNOUNCEMENT
        if _LISTING_DOCS_RE.search(category):
            return EventKind.PROSPECTUS
        return None
    if _ALLOTMENT_RE.search(title):
        return EventKind.ALLOTMENT_RESULTS
    if _NOTICE_RE.search(title):
        return EventKind.LISTING_ANNOUNCEMENT
    if _PROSPECTUS_RE.match(title) or _OFFERING_TITLE_RE.match(title):
        return EventKind.PROSPECTUS
    return None


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
        stock_id = _news_id(info.get("stockId"))  # the same kind of positive number
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


# -- fetch -------------------------------------------------------------------------------


def fetch(client: HttpClient, ctx: PollContext) -> FetchResult:
    run = DocumentRun(client)
    for first in latest_names():
        stem = first[: -len("_1")]
        pages = 1
        page = 1
        while page <= min(pages, MAX_PAGES):
            name = f"{stem}_{page}"
            body = run.get(LATEST_URL.format(name=name), missing_ok=page > 1)
            if body is None:
                break
            parsed = run.parse(f"{name}.json", functools.partial(parse_latest, body, document=name))
            if parsed is None:
                break
            items, announced = parsed
            run.result.items.extend(items)
            if page == 1:
                pages = announced
            page += 1
    stock_ids = _known_stock_ids(ctx.memory)
    codes = dict.fromkeys(code for c in ctx.companies if (code := hk_code(c.hk_code)))
    active: dict[str, int] | None = None  # activestock_sehk_e.json, read once if needed
    for code in codes:
        stock_id = stock_ids.get(code)
        if stock_id is None:
            stock_id = _lookup_stock_id(run, code)
            if stock_id is None:
                if active is None:
                    active = _active_stock_ids(run)
                stock_id = active.get(code)
            if stock_id is None:
                continue
            stock_ids[code] = stock_id
        _search(run, code, stock_id, ctx.today)
    run.result.memory = {**ctx.memory, "stock_ids": stock_ids}
    return run.finish()


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


def parse_active_stocks(payload: bytes) -> dict[str, int]:
    """``code -> stockId`` from ``activestock_sehk_e.json`` (``[{"i", "c", "n"}, ...]``)."""
    data = load_json(payload, "activestock_sehk_e.json")
    if not isinstance(data, list):
        raise ParseError("activestock_sehk_e.json is not a list of stocks")
    found: dict[str, int] = {}
    for entry in data[:MAX_RECORDS]:
        if not isinstance(entry, dict):
            continue
        stock_id = _news_id(entry.get("i"))
        code = hk_code(entry.get("c"))
        if stock_id is not None and code is not None:
            found.setdefault(code, int(stock_id))
    return found


def _active_stock_ids(run: DocumentRun) -> dict[str, int]:
    body = run.get(ACTIVE_STOCKS_URL)
    if body is None:
        return {}
    name = "activestock_sehk_e.json"
    return run.parse(name, functools.partial(parse_active_stocks, body)) or {}


def _lookup_stock_id(run: DocumentRun, code: str) -> int | None:
    body = run.get(PREFIX_URL, params=prefix_params(code))
    if body is None:
        return None
    found = run.parse(f"prefix.do ({code})", functools.partial(parse_prefix, body))
    for stock_id, found_code, _name in found or []:
        if found_code == code:
            return stock_id
    return None


def _search(run: DocumentRun, code: str, stock_id: int, today: date) -> None:
    rows = SEARCH_ROWS
    while True:
        body = run.get(SEARCH_URL, params=search_params(stock_id, today, rows))
        if body is None:
            return
        name = f"titleSearchServlet.do ({code})"
        parsed = run.parse(name, functools.partial(parse_search_page, body))
        if parsed is None:
            return
        items, more = parsed
        if not more or rows >= SEARCH_MAX_ROWS:
            run.result.items.extend(items)
            return
        rows = SEARCH_MAX_ROWS


def _known_stock_ids(memory: dict[str, Any]) -> dict[str, int]:
    known = memory.get("stock_ids") if isinstance(memory, dict) else None
    if not isinstance(known, dict):
        return {}
    return {
        code: value
        for code, value in known.items()
        if hk_code(code) == code and isinstance(value, int) and not isinstance(value, bool)
    }


# -- small helpers -----------------------------------------------------------------------


def _codes(value: Any) -> list[str]:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return []
    return [part for part in _CODE_LIST_RE.split(value[:500]) if part.isdigit()][:50]


def _news_id(value: Any) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value) if 0 < value < 10**15 else None
    if isinstance(value, str):
        text = value.strip()
        if text.isdigit() and len(text) <= 15 and int(text) > 0:
            return str(int(text))
    return None


def _document_parts(document: str | None) -> tuple[str | None, str | None]:
    match = re.match(r"^lci(sehk|gem)\d+relsd(e|c)_\d+$", document or "")
    if not match:
        return None, None
    return match.group(1), "en" if match.group(2) == "e" else "zh"
