"""HKEXnews listed-company documents: prospectuses, allotment results, formal notices.

Two routes, both keyed ``news:{newsId}`` so a document seen on both is stored once:

- The "latest" files ``/ncms/json/eds/lci{sehk,gem}{1,7}relsd{e,c}_{page}.json`` (today
  and the last seven days, Main Board and GEM, English and Chinese) list every document
  with its categories (what each is: ``hkex_categories``).  Every page the server serves
  is read (up to five; a later page that is missing ends the file).
- For watched companies that have a stock code: ``search/prefix.do`` turns the code into
  HKEXnews's ``stockId`` (when it fails, ``ncms/script/eds/activestock_sehk_e.json`` maps
  every code to its id), then ``search/titleSearchServlet.do`` gives the last year's
  documents of that stock, every page of them (``hkex_search``).  Its rows carry no
  category codes, so they are classified by the category text when present, else by
  title.

A supplementary listing document (``31200``, a "Supplemental Prospectus") is an IPO's only
while the company is not yet listed: it is kept when the source has seen that stock's IPO
prospectus (30700, 30600 or 30500) on or before its date and no allotment results before
it.  What was seen is remembered (``offers``: code -> first prospectus and allotment
results, for ``OFFER_DAYS``), because an unchanged file is not read again.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from typing import Any

from desktop.domain.kinds import EventKind
from desktop.sources.base import FetchResult, ParseError, PollContext, SourceItem
from desktop.sources.hkex_categories import (
    ALLOTMENT_T2,
    FORMAL_NOTICE_T2,
    INTRODUCTION_T2,
    IPO_DOCUMENT_T2,
    NOT_IPO_T2,
    PROSPECTUS_T1,
    SUPPLEMENTARY_T2,
    classify_codes,
    kind_for_codes,
    kind_for_text,
)
from desktop.sources.hkex_common import (
    DocumentRun,
    clean_text,
    hk_code,
    load_json,
    millis_to_iso,
    parse_dmy_time,
)
from desktop.sources.hkex_search import (
    ACTIVE_STOCKS_URL,
    PREFIX_URL,
    SEARCH_ALL_ROWS,
    SEARCH_DAYS,
    SEARCH_MAX_ROWS,
    SEARCH_ROWS,
    SEARCH_URL,
    clean_jsonp,
    news_id,
    news_item,
    parse_active_stocks,
    parse_prefix,
    parse_search,
    parse_search_answer,
    parse_search_page,
    prefix_params,
    search_params,
)
from desktop.sources.http import HttpClient

__all__ = [
    "ACTIVE_STOCKS_URL",
    "ALLOTMENT_T2",
    "FORMAL_NOTICE_T2",
    "INTRODUCTION_T2",
    "IPO_DOCUMENT_T2",
    "NOT_IPO_T2",
    "PREFIX_URL",
    "PROSPECTUS_T1",
    "SEARCH_DAYS",
    "SEARCH_MAX_ROWS",
    "SEARCH_ROWS",
    "SEARCH_URL",
    "SUPPLEMENTARY_T2",
    "clean_jsonp",
    "fetch",
    "kind_for_codes",
    "kind_for_text",
    "latest_names",
    "parse",
    "parse_active_stocks",
    "parse_latest",
    "parse_prefix",
    "parse_search",
    "parse_search_page",
    "prefix_params",
    "search_params",
]

SOURCE_ID = "hkex_news"
TITLE = "HKEX listing documents"
DEFAULT_INTERVAL_MIN = 30

LATEST_URL = "https://www1.hkexnews.hk/ncms/json/eds/{name}.json"
MAX_PAGES = 5  # the server serves at most about five pages of a latest file
MAX_RECORDS = 20_000
OFFER_DAYS = 120  # how long a prospectus seen is remembered (an offer lasts weeks)

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
    kind, supplementary = classify_codes(t1, t2, clean_text(record.get("title"), 1000))
    if kind is None:
        return None
    ident = news_id(record.get("newsId"))
    stamp = parse_dmy_time(record.get("relTime"))
    if ident is None or stamp is None:
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
    raw: dict[str, Any] = {
        "news_id": ident,
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
    return news_item(
        kind, ident, names, stamp, title, record.get("webPath"), codes, raw, supplementary
    )


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
    offers = remembered_offers(ctx.memory, run.result.items, ctx.today)
    run.result.items = [i for i in run.result.items if before_listing(i, offers)]
    run.result.memory = {**ctx.memory, "stock_ids": stock_ids, "offers": offers}
    return run.finish()


# -- a supplementary listing document: only before the listing ---------------------------


def remembered_offers(
    memory: dict[str, Any], items: list[SourceItem], today: date
) -> dict[str, dict[str, str | None]]:
    """code -> the first IPO prospectus and allotment results seen (ISO days), from the
    memory and these items, without offers older than ``OFFER_DAYS``."""
    stored = memory.get("offers") if isinstance(memory, dict) else None
    offers: dict[str, dict[str, str | None]] = {}
    for code, entry in (stored if isinstance(stored, dict) else {}).items():
        if hk_code(code) == code and isinstance(entry, dict):
            days = {f: _iso_day(entry.get(f)) for f in ("prospectus", "allotted")}
            if days["prospectus"]:
                offers[code] = days
    prospectus, allotment = EventKind.PROSPECTUS.value, EventKind.ALLOTMENT_RESULTS.value
    ordered = sorted(items, key=lambda i: i.kind != prospectus)  # prospectuses first
    for item in ordered:
        if item.published is None or item.raw.get("supplementary"):
            continue
        field = {prospectus: "prospectus", allotment: "allotted"}.get(item.kind)
        day = item.published.isoformat()
        for scheme, code in item.codes:
            if field is None or scheme != "hk":
                continue
            entry = offers.get(code)
            if entry is None and field == "prospectus":
                entry = offers[code] = {"prospectus": None, "allotted": None}
            if entry is not None and (entry[field] is None or day < str(entry[field])):
                entry[field] = day
    oldest = (today - timedelta(days=OFFER_DAYS)).isoformat()
    return {
        code: entry
        for code, entry in offers.items()
        if max(d for d in entry.values() if d) >= oldest
    }


def before_listing(item: SourceItem, offers: dict[str, dict[str, str | None]]) -> bool:
    """Whether an item counts: anything but a supplementary listing document, which counts
    only after its stock's IPO prospectus and before its allotment results."""
    if not item.raw.get("supplementary"):
        return True
    if item.published is None:
        return False
    day = item.published.isoformat()
    for scheme, code in item.codes:
        entry = offers.get(code) if scheme == "hk" else None
        if entry is None or not entry["prospectus"] or entry["prospectus"] > day:
            continue
        if entry["allotted"] is None or day < entry["allotted"]:
            return True
    return False


def _iso_day(value: Any) -> str | None:
    try:
        return date.fromisoformat(value).isoformat() if isinstance(value, str) else None
    except ValueError:
        return None


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
    """Every page of the stock's documents: each answer holds the rows up to ``rowRange``,
    so when the server says there are more, ask again for all it counted."""
    rows = SEARCH_ROWS
    name = f"titleSearchServlet.do ({code})"
    while True:
        body = run.get(SEARCH_URL, params=search_params(stock_id, today, rows))
        if body is None:
            return
        parsed = run.parse(name, functools.partial(parse_search_answer, body))
        if parsed is None:
            return
        items, more, total = parsed
        if not more:
            run.result.items.extend(items)
            return
        if rows >= SEARCH_ALL_ROWS:
            run.result.items.extend(items)
            run.note(f"{name}: more than {rows} documents in a year; the oldest were not read")
            return
        wanted = -(-total // SEARCH_ROWS) * SEARCH_ROWS if total else 0
        rows = min(SEARCH_ALL_ROWS, max(rows + SEARCH_ROWS, wanted))


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


def _document_parts(document: str | None) -> tuple[str | None, str | None]:
    match = re.match(r"^lci(sehk|gem)\d+relsd(e|c)_\d+$", document or "")
    if not match:
        return None, None
    return match.group(1), "en" if match.group(2) == "e" else "zh"
