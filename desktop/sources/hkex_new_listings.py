"""HKEX New Listing Report: every new listing of the year with funds raised and price.

One workbook per year and board (Main Board ``NLR{YYYY}_Eng.xlsx``, GEM
``e_newlistings{YYYY}.xlsx``).  Below a title and a header row come the listings: stock
code, company name, prospectus date, listing date, sponsors, ..., funds raised (HK$),
offer price.  An IPO spans two rows, the Hong Kong public offer ``(a)`` and the
international placing ``(b)``, whose funds raised add up to the total; a row whose code
cell is a ditto mark (``"``) continues the row above.  Columns are found by their header
text, so extra or reordered columns, merged header rows, blank rows and footnotes do not
matter.

The real report (DESIGN §5a): A1 ``Year 2026 (up to 29 April 2026)``, the header on row 2
(``Stock Code``, ``Company Name at time of listing (exclude Chapter 20 cases)``, ``Date of
Prospectus (dd/mm/yy)``, ...), codes as text (``06082``) or numbers (``3696``), Excel dates,
a price once as text (``9.940``).  Listings that are not IPOs say so in the funds column:
``N/A - Transfer of Listing from GEM to Main Board``, ``N/A - By De-SPAC Transaction``,
``N/A - By Introduction``; each listing keeps its ``method`` (``ipo``, ``transfer``,
``de_spac``, ``introduction``, ``other``) and the market charts count IPOs only
(``ipo_listings``).  Sponsors share one cell separated by ``/``, each name wrapped over
lines: lines are joined before splitting, and ``N/A`` is no sponsor.  The same code twice
in a year is two listings only when the names differ.  Footer and legend rows (``Remarks :
(a) Hong Kong Offers / (b) International Offers``, ``B - ...``) are not listings.

``listings`` and ``market_totals`` turn the items into plain rows for the market charts.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop.domain.kinds import EventKind
from desktop.domain.names import normalize
from desktop.domain.phrases import AT_PRICE, BOARDS, NEW_LISTING, RAISED
from desktop.sources.base import FetchResult, ParseError, PollContext, SourceItem
from desktop.sources.hkex_common import (
    MAX_YEAR,
    MIN_YEAR,
    DocumentRun,
    hk_code,
)
from desktop.sources.http import HttpClient
from desktop.sources.nlr_cells import (
    METHOD_WORDS,
    _codes_in,
    _funds_scale,
    _is_blank,
    _is_ditto,
    _method_text,
    _money,
    _plain,
    _sponsors,
    _text,
    _to_date,
    _to_number,
    listing_method,
)
from desktop.sources.nlr_market import ipo_listings, listings, market_totals
from desktop.sources.workbook import read_sheets

__all__ = ["fetch", "ipo_listings", "listing_method", "listings", "market_totals", "parse"]

SOURCE_ID = "hkex_new_listings"
TITLE = "HKEX New Listing Report"
DEFAULT_INTERVAL_MIN = 1440

REPORT_BASE = (
    "https://www2.hkexnews.hk/-/media/HKEXnews/Homepage/New-Listings/"
    "New-Listing-Information/New-Listing-Report/"
)
MAIN_URL = REPORT_BASE + "Main/NLR{year}_Eng.xlsx"
GEM_URL = REPORT_BASE + "GEM/e_newlistings{year}.xlsx"
BOARD_LABELS = BOARDS

MAX_ROWS = 50_000
MAX_COLS = 60
HEADER_SCAN = 40

REQUIRED = ("code", "name", "listing_date")

_SPACE_RE = re.compile(r"\s+")
_OFFER_RE = re.compile(r"^\(\s*([ab])\s*\)$", re.IGNORECASE)
OFFER_PARTS = {"a": "hong_kong", "b": "international"}


def report_url(board: str, year: int) -> str:
    return (GEM_URL if board == "gem" else MAIN_URL).format(year=year)


# -- parsing -----------------------------------------------------------------------------


@dataclass
class _Listing:
    code: str
    other_codes: list[str]
    name: str
    prospectus_date: date | None
    listing_date: date | None
    sponsors: list[str]
    parts: list[dict[str, Any]] = field(default_factory=list)
    first_row: int = 0


def parse(
    payload: bytes, *, board: str = "sehk", year: int | None = None, url: str | None = None
) -> list[SourceItem]:
    """Listings in one New Listing Report workbook (``board`` "sehk" or "gem")."""
    return parse_counted(payload, board=board, year=year, url=url)[0]


def parse_counted(
    payload: bytes, *, board: str = "sehk", year: int | None = None, url: str | None = None
) -> tuple[list[SourceItem], int]:
    """Like ``parse``, also returning how many listings were skipped as unusable."""
    if board not in BOARD_LABELS:
        raise ParseError(f"unknown board {board!r}")
    sheets = _read_workbook(payload)
    items: list[SourceItem] = []
    seen: set[str] = set()
    names_by_code: dict[str, set[str]] = {}
    skipped = 0
    found_header = False
    for sheet_name, rows in sheets:
        header = _find_header(rows)
        if header is None:
            continue
        found_header = True
        start, columns, labels = header
        listings, bad = _listings(rows, start, columns, labels)
        skipped += bad
        for listing in listings:
            item = _item(listing, board, year, url, sheet_name, labels, columns)
            if item is None:
                skipped += 1
                continue
            # The same code twice in a year is two listings only under two names.
            same_name = names_by_code.setdefault(listing.code, set())
            name_key = normalize(listing.name).replace(" ", "")
            if item.key not in seen and name_key not in same_name:
                seen.add(item.key)
                same_name.add(name_key)
                items.append(item)
    if not found_header:
        raise ParseError(
            "workbook has no header row with 'Stock Code', 'Company' and 'Listing Date'"
        )
    return items, skipped


def _read_workbook(payload: bytes) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Every sheet's rows (values only), from an ``.xlsx`` (or ``.xls``) checked first."""
    return read_sheets(payload, max_rows=MAX_ROWS, max_cols=MAX_COLS)


def _norm(value: Any) -> str:
    if isinstance(value, str):
        return _SPACE_RE.sub(" ", value).strip().casefold()
    return ""


def _field_of(text: str) -> str | None:
    t = text.replace("’", "'")
    if not t:
        return None
    if "stock code" in t or "stockcode" in t or t in ("code", "stock", "stock no.", "股份代號"):
        return "code"
    if "sponsor" in t:
        return "sponsors"
    if "prospectus" in t:
        return "prospectus_date"
    if "listing" in t and "date" in t:
        return "listing_date"
    if "funds raised" in t or "fund raised" in t or "amount raised" in t or "proceeds" in t:
        return "funds"
    if ("price" in t and ("offer" in t or "subscription" in t or "issue" in t)) or t == "price":
        return "price"
    if "company" in t or "name" in t or "issuer" in t:
        return "name"
    if t in ("no", "no.", "item", "#", "number"):
        return "no"
    return None


def _map_columns(texts: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, text in enumerate(texts):
        name = _field_of(text)
        if name and name not in columns:
            columns[name] = index
    return columns


def _looks_like_data(row: tuple[Any, ...]) -> bool:
    for cell in row:
        if isinstance(cell, int | float | datetime | date) and not isinstance(cell, bool):
            return True
        if isinstance(cell, str) and (hk_code(cell) or _to_date(cell)):
            return True
    return False


def _find_header(
    rows: list[tuple[Any, ...]],
) -> tuple[int, dict[str, int], list[str]] | None:
    """(first data row index, field -> column, header text per column) or None."""
    for h in range(min(HEADER_SCAN, len(rows))):
        texts = [_norm(c) for c in rows[h]]
        if not any(_field_of(t) == "code" for t in texts):
            continue
        below = []
        for k in range(h + 1, min(h + 4, len(rows))):
            if _looks_like_data(rows[k]):
                break
            below.append(k)
        above = [h - 1] if h > 0 and sum(1 for c in rows[h - 1] if _norm(c)) >= 2 else []
        best: tuple[int, int, dict[str, int], list[str]] | None = None
        for extra_above in ([], above):
            for n_below in range(len(below) + 1):
                block = [*extra_above, h, *below[:n_below]]
                width = max(len(rows[i]) for i in block)
                labels = [
                    " ".join(
                        _norm(rows[i][c]) for i in block if c < len(rows[i]) and _norm(rows[i][c])
                    )
                    for c in range(width)
                ]
                columns = _map_columns(labels)
                if not all(f in columns for f in REQUIRED):
                    continue
                score = len(columns) * 10 - len(block)
                if best is None or score > best[0]:
                    best = (score, len(block), columns, labels)
        if best is not None:
            _, _, columns, labels = best
            start = h + 1 + len(below)
            return start, columns, labels
    return None


def _cell(row: tuple[Any, ...], columns: dict[str, int], name: str) -> Any:
    index = columns.get(name)
    if index is None or index >= len(row):
        return None
    return row[index]


def _is_total(row: tuple[Any, ...]) -> bool:
    """A total line ("Total", "Sub-total", "合計") ends the listing above it."""
    for cell in row:
        text = _norm(cell)
        if text.startswith(
            ("total", "sub-total", "subtotal", "grand total", "合計", "合计", "總計")
        ):
            return True
    return False


def _listings(
    rows: list[tuple[Any, ...]], start: int, columns: dict[str, int], labels: list[str]
) -> tuple[list[_Listing], int]:
    """Group the data rows into listings; returns them and the count of rejected rows."""
    listings: list[_Listing] = []
    current: _Listing | None = None
    rejected = 0
    mapped = set(columns.values())
    for index in range(start, len(rows)):
        row = rows[index]
        if all(_is_blank(c) for c in row):
            continue
        if _is_total(row):
            current = None
            continue
        code_cell = _cell(row, columns, "code")
        codes = _codes_in(code_cell)
        part = _part(row, columns, labels, mapped, index + 1)
        listing_day = _to_date(_cell(row, columns, "listing_date"))
        if codes:
            if current and current.code == codes[0] and listing_day in (None, current.listing_date):
                current.parts.append(part)
                continue
            name = _text(_cell(row, columns, "name"), 500)
            if not name or _is_ditto(name):
                rejected += 1
                current = None
                continue
            current = _Listing(
                code=codes[0],
                other_codes=codes[1:],
                name=name,
                prospectus_date=_to_date(_cell(row, columns, "prospectus_date")),
                listing_date=listing_day,
                sponsors=_sponsors(_cell(row, columns, "sponsors")),
                parts=[part],
                first_row=index + 1,
            )
            listings.append(current)
            continue
        continuation = _is_ditto(code_cell) or _is_ditto(_cell(row, columns, "name"))
        if not continuation and _is_blank(code_cell):
            continuation = not (
                _is_blank(_cell(row, columns, "funds")) and _is_blank(_cell(row, columns, "price"))
            )
        if continuation and current is not None:
            current.parts.append(part)
            if current.listing_date is None:
                current.listing_date = listing_day
            if current.prospectus_date is None:
                current.prospectus_date = _to_date(_cell(row, columns, "prospectus_date"))
            for sponsor in _sponsors(_cell(row, columns, "sponsors")):
                if sponsor not in current.sponsors:
                    current.sponsors.append(sponsor)
            continue
        # A footnote, a total line or a code cell that is not a code: ends the listing.
        current = None
    return listings, rejected


def _part(
    row: tuple[Any, ...], columns: dict[str, int], labels: list[str], mapped: set[int], number: int
) -> dict[str, Any]:
    funds_cell = _cell(row, columns, "funds")
    price_cell = _cell(row, columns, "price")
    scale = _funds_scale(labels[columns["funds"]] if "funds" in columns else "")
    funds = _to_number(funds_cell)
    part: dict[str, Any] = {
        "row": number,
        "funds_raised_hkd": funds * scale if funds is not None else None,
        "funds_raised_text": _text(funds_cell, 200) or None,
        "offer_price": _to_number(price_cell),
        "offer_price_text": _text(price_cell, 200) or None,
    }
    extra = {}
    for index, value in enumerate(row[: len(labels)]):
        if index in mapped or _is_blank(value):
            continue
        marker = _OFFER_RE.match(value.strip()) if isinstance(value, str) else None
        if marker:
            part["offer"] = OFFER_PARTS[marker.group(1).lower()]
            continue
        label = labels[index] or f"column {index + 1}"
        extra[label[:100]] = _plain(value)
    if extra:
        part["other"] = extra
    return part


def _item(
    listing: _Listing,
    board: str,
    year: int | None,
    url: str | None,
    sheet: str,
    labels: list[str],
    columns: dict[str, int],
) -> SourceItem | None:
    if listing.listing_date is None:
        return None
    funds = [p["funds_raised_hkd"] for p in listing.parts if p["funds_raised_hkd"] is not None]
    total = float(sum(funds)) if funds else None
    prices = [p["offer_price"] for p in listing.parts if p["offer_price"] is not None]
    price_texts = [p["offer_price_text"] for p in listing.parts if p["offer_price_text"]]
    codes = [("hk", listing.code)] + [("hk", c) for c in listing.other_codes]
    method = listing_method(p.get("funds_raised_text") for p in listing.parts)
    how = METHOD_WORDS.get(method, "")
    title = NEW_LISTING.compose(name=listing.name, board=BOARDS[board], code=listing.code, how=how)
    if total:
        title += RAISED.compose(amount=_money(total))
    if prices:
        title += AT_PRICE.compose(price=f"{prices[0]:,.3f}".rstrip("0").rstrip("."))
    raw = {
        "code": listing.code,
        "other_codes": listing.other_codes,
        "name": listing.name,
        "board": board,
        "year": year,
        "sheet": sheet,
        "listing_date": listing.listing_date.isoformat(),
        "prospectus_date": listing.prospectus_date.isoformat() if listing.prospectus_date else None,
        "funds_raised_hkd": total,
        "funds_header": labels[columns["funds"]] if "funds" in columns else None,
        "offer_price": prices[0] if prices else None,
        "offer_price_text": price_texts[0] if price_texts else None,
        "sponsors": listing.sponsors,
        "method": method,
        "method_text": _method_text(listing.parts),
        "rows": listing.parts,
        "first_row": listing.first_row,
    }
    return SourceItem(
        source=SOURCE_ID,
        kind=EventKind.LISTED.value,
        key=f"nlr:{listing.code}:{listing.listing_date.isoformat()}",
        names=(listing.name,),
        published=listing.listing_date,
        title=title,
        url=url,
        codes=tuple(dict.fromkeys(codes)),
        raw=raw,
    )


# -- fetch -------------------------------------------------------------------------------


def fetch(client: HttpClient, ctx: PollContext) -> FetchResult:
    run = DocumentRun(client)
    years = [y for y in (ctx.today.year, ctx.today.year - 1) if MIN_YEAR <= y <= MAX_YEAR]
    for year in years:
        for board in ("sehk", "gem"):
            url = report_url(board, year)
            name = url.rsplit("/", 1)[-1]
            # Early in January this year's workbook may not be published yet; no recent
            # GEM workbook exists at the address the exchange used to publish it.
            early = year == ctx.today.year and ctx.today.month == 1
            before = run.missing
            body = run.get(url, missing_ok=early or board == "gem")
            if body is None:
                if run.missing > before and board == "gem":
                    run.note(f"{name}: no GEM report for {year} at the exchange (not published)")
                continue
            parse_one = functools.partial(parse_counted, body, board=board, year=year, url=url)
            parsed = run.parse(name, parse_one)
            if parsed is None:
                continue
            items, skipped = parsed
            run.result.items.extend(items)
            if skipped:
                run.note(f"{name}: {skipped} listing(s) skipped (no listing date or name)")
    return run.finish()
