"""Daily closing prices of watched companies listed in Hong Kong; for those with an A-share
code, also their A-share closes and the CNY/HKD rate (for the A+H discount).

Yahoo's chart API is asked first (one month of daily bars); when it fails for a code,
Tencent's quote line is the fallback (the latest price only).

Tencent quote line ``v_r_hk09988="100~阿里巴巴-W~09988~123.800~124.400~…"`` (GBK), fields
by position, checked against a captured line: 1 short name, 2 code, 3 last price,
4 previous close, 5 open, 30 quote time "YYYY/MM/DD HH:MM:SS" (Hong Kong time),
75 currency.

A price taken before 16:00 Hong Kong time on its own day is not a close yet (the market
is still open), so it is skipped: from Yahoo the bar of the day of ``regularMarketTime``
when that time is before 16:00, from Tencent a quote time before 16:00.  Half-day
sessions (closing at noon) are therefore only picked up on the next day.

A-share closes (Yahoo ``688380.SS``, ``000001.SZ``, ``830799.BJ``) and the CNY/HKD rate
(Yahoo ``CNYHKD=X``, Hong Kong dollars per yuan, each day's close; today's bar is not
taken, the day is not over) are no events: they are kept in this source's memory under
``series`` (symbol → the URL asked, the currency and the values by day, the last
``SERIES_DAYS`` days), a year of them the first time a symbol is asked, a month after.

For every recent IPO (``ctx.listings``, watched or not) the close of its listing day is
asked once, the day after, and kept under ``first_day`` (code → day, close, currency,
URL): the market charts' first-day returns. A watched company's is its price event.
"""

from __future__ import annotations

import json
import math
import re
from datetime import UTC, date, datetime, time
from typing import Any

from desktop.domain.kinds import EventKind
from desktop.domain.phrases import PRICE, PRICE_HKD
from desktop.sources.base import FetchResult, ParseError, PollContext, SourceItem
from desktop.sources.http import FetchError, HttpClient

SOURCE_ID = "prices"
TITLE = "Share prices (Hong Kong)"
DEFAULT_INTERVAL_MIN = 1440

YAHOO_URL = "https://query1.finance.yahoo.com/v8/finance/chart/{symbol}?range=1mo&interval=1d"
SERIES_URL = "https://query1.finance.yahoo.com/v8/finance/chart/{symbol}"
FX_SYMBOL = "CNYHKD=X"  # Hong Kong dollars per Chinese yuan
SERIES_DAYS = 400
NEEDS_LISTINGS = True  # ctx.listings: the recent IPOs, for their listing day's close
FIRST_DAYS_PER_POLL = 10
FIRST_DAYS_KEPT = 1000
A_SUFFIX = {"sse": "SS", "szse": "SZ", "bse": "BJ"}
TENCENT_URL = "https://qt.gtimg.cn/q=r_hk{code}"
HK_OFFSET = 8 * 3600
MARKET_CLOSE = time(16, 0)

_TENCENT_RE = re.compile(r'v_(?:r_)?hk(\d{5})="([^"]*)"')


def yahoo_symbol(code: str) -> str:
    """00700 -> 0700.HK, 09988 -> 9988.HK; codes of five significant digits stay."""
    number = int(code)
    return f"{number:04d}.HK" if number < 10000 else f"{number:05d}.HK"


def _title(close: float, currency: str) -> str:
    amount = f"{close:,.2f}" if close >= 1 else f"{close:,.3f}"
    if currency == "HKD":
        return PRICE_HKD.compose(amount=amount)
    return PRICE.compose(currency=currency, amount=amount)


def _item(code: str, day: date, close: float, currency: str, name: str, source: str) -> SourceItem:
    return SourceItem(
        source=SOURCE_ID,
        kind=EventKind.PRICE.value,
        key=f"price:{code}:{day.isoformat()}",
        names=(name,) if name else (),
        published=day,
        title=_title(close, currency),
        codes=(("hk", code),),
        raw={"close": close, "currency": currency, "source": source},
    )


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    if not math.isfinite(number) or number <= 0 or number > 10_000_000:
        return None
    return round(number, 3)


def _local(seconds: Any, offset: int) -> datetime | None:
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        return None
    if not math.isfinite(seconds) or not 631_152_000 <= seconds <= 4_102_444_800:
        return None
    return datetime.fromtimestamp(int(seconds) + offset, tz=UTC).replace(tzinfo=None)


def _decode(payload: bytes) -> str:
    if not isinstance(payload, bytes | bytearray):
        raise ParseError("payload is not bytes")
    data = bytes(payload)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def parse(payload: bytes, *, code: str | None = None) -> list[SourceItem]:
    """Daily closes in a Yahoo ``v8/finance/chart`` answer."""
    try:
        data = json.loads(_decode(payload))
    except RecursionError:
        raise ParseError("not JSON: nested too deeply") from None
    except ValueError as exc:
        raise ParseError(f"not JSON: {exc}") from None
    chart = data.get("chart") if isinstance(data, dict) else None
    if not isinstance(chart, dict):
        raise ParseError("answer has no chart object")
    error = chart.get("error")
    if error:
        description = error.get("description") if isinstance(error, dict) else error
        raise ParseError(f"Yahoo: {str(description)[:200]}")
    results = chart.get("result")
    if not isinstance(results, list) or not results or not isinstance(results[0], dict):
        raise ParseError("chart has no result")
    result = results[0]
    meta: dict[str, Any] = result["meta"] if isinstance(result.get("meta"), dict) else {}
    symbol = str(meta.get("symbol") or "")
    match = re.fullmatch(r"0*(\d{1,5})\.HK", symbol.upper())
    if code is None:
        if not match:
            raise ParseError(f"chart is not for a Hong Kong code ({symbol[:20]!r})")
        code = f"{int(match[1]):05d}"
    currency = meta.get("currency")
    currency = (
        currency if isinstance(currency, str) and re.fullmatch(r"[A-Z]{3}", currency) else "HKD"
    )
    offset = meta.get("gmtoffset")
    offset = offset if isinstance(offset, int) and abs(offset) <= 14 * 3600 else HK_OFFSET
    name = meta.get("shortName")
    name = name.strip()[:100] if isinstance(name, str) else ""
    stamps = result.get("timestamp") or []
    indicators = result.get("indicators")
    quotes = indicators.get("quote") if isinstance(indicators, dict) else None
    quote = quotes[0] if isinstance(quotes, list) and quotes else None
    closes = quote.get("close") if isinstance(quote, dict) else None
    if not isinstance(stamps, list) or not isinstance(closes, list):
        raise ParseError("chart has no timestamps or closes")
    market_time = _local(meta.get("regularMarketTime"), offset)
    by_day: dict[date, float] = {}
    for stamp, value in zip(stamps, closes, strict=False):
        moment = _local(stamp, offset)
        close = _number(value)
        if moment is None or close is None:
            continue
        day = moment.date()
        if market_time and market_time.date() == day and market_time.time() < MARKET_CLOSE:
            continue  # today's bar while the market is open
        by_day[day] = close
    return [_item(code, day, close, currency, name, "yahoo") for day, close in by_day.items()]


def parse_tencent(payload: bytes) -> list[SourceItem]:
    """The latest price in a Tencent ``qt.gtimg.cn`` quote answer, when it is a close."""
    text = _decode(payload)
    matches = _TENCENT_RE.findall(text)
    if not matches:
        if "none_match" in text:
            raise ParseError("Tencent does not know this code")
        raise ParseError("not a Tencent Hong Kong quote answer")
    items: list[SourceItem] = []
    for code, body in matches:
        fields = body.split("~")
        if len(fields) <= 30:
            continue
        try:
            close = _number(float(fields[3]))
            moment = datetime.strptime(fields[30].strip(), "%Y/%m/%d %H:%M:%S")
        except ValueError:
            continue
        if close is None or not 1990 <= moment.year <= 2100:
            continue
        if moment.time() < MARKET_CLOSE:
            continue
        currency = fields[75].strip() if len(fields) > 75 else ""
        currency = currency if re.fullmatch(r"[A-Z]{3}", currency) else "HKD"
        name = fields[1].strip()[:100]
        items.append(_item(code, moment.date(), close, currency, name, "tencent"))
    return items


def a_symbol(code: str | None, exchange: str | None = None) -> str | None:
    """Yahoo's symbol of an A share: 688380 (SSE) -> 688380.SS, 000001 -> 000001.SZ; the
    exchange from the code's first digit when none is given."""
    code = (code or "").strip()
    if not (code.isdigit() and len(code) == 6):
        return None
    suffix = A_SUFFIX.get((exchange or "").strip().lower())
    if suffix is None:
        suffix = "SS" if code[0] in "569" else "BJ" if code[0] in "48" else "SZ"
    return f"{code}.{suffix}"


def parse_series(payload: bytes) -> tuple[str, dict[date, float]]:
    """(currency, close by day) of a Yahoo chart answer for any symbol; the bar of the day
    the answer was made on is left out (that day is not over)."""
    try:
        data = json.loads(_decode(payload))
    except RecursionError:
        raise ParseError("not JSON: nested too deeply") from None
    except ValueError as exc:
        raise ParseError(f"not JSON: {exc}") from None
    chart = data.get("chart") if isinstance(data, dict) else None
    results = chart.get("result") if isinstance(chart, dict) else None
    if isinstance(chart, dict) and chart.get("error"):
        error = chart["error"]
        description = error.get("description") if isinstance(error, dict) else error
        raise ParseError(f"Yahoo: {str(description)[:200]}")
    if not isinstance(results, list) or not results or not isinstance(results[0], dict):
        raise ParseError("chart has no result")
    result = results[0]
    meta: dict[str, Any] = result["meta"] if isinstance(result.get("meta"), dict) else {}
    currency = meta.get("currency")
    if not (isinstance(currency, str) and re.fullmatch(r"[A-Z]{3}", currency)):
        raise ParseError("chart states no currency")
    offset = meta.get("gmtoffset")
    offset = offset if isinstance(offset, int) and abs(offset) <= 14 * 3600 else 0
    indicators = result.get("indicators")
    quotes = indicators.get("quote") if isinstance(indicators, dict) else None
    quote = quotes[0] if isinstance(quotes, list) and quotes else None
    closes = quote.get("close") if isinstance(quote, dict) else None
    stamps = result.get("timestamp") or []
    if not isinstance(stamps, list) or not isinstance(closes, list):
        raise ParseError("chart has no timestamps or closes")
    made = _local(meta.get("regularMarketTime"), offset)
    by_day: dict[date, float] = {}
    for stamp, value in zip(stamps, closes, strict=False):
        moment = _local(stamp, offset)
        close = _number(value)
        if moment is None or close is None or (made is not None and moment.date() >= made.date()):
            continue
        by_day[moment.date()] = round(float(value), 6)  # a rate needs more than 3 places
    return currency, by_day


def _fetch_series(
    client: HttpClient, symbol: str, stored: dict[str, Any], result: FetchResult
) -> dict[str, Any] | None:
    """One symbol's series with the new days added (a year the first time), or None when
    it could not be read (what was kept stays)."""
    url = SERIES_URL.format(symbol=symbol)
    first = not stored.get("values")
    try:
        response = client.get(
            url, params={"range": "1y" if first else "1mo", "interval": "1d"}, conditional=False
        )
        result.documents += 1
        if response is None:
            return None
        currency, found = parse_series(response.content)
    except (FetchError, ParseError) as exc:
        result.errors.append(f"{symbol}: {exc}")
        return None
    values = {k: v for k, v in (stored.get("values") or {}).items() if isinstance(k, str)}
    values.update({day.isoformat(): close for day, close in found.items()})
    kept = dict(sorted(values.items())[-SERIES_DAYS:])
    return {"url": url, "currency": currency, "source": "yahoo", "values": kept}


def _series(client: HttpClient, ctx: PollContext, result: FetchResult) -> dict[str, Any]:
    """The A-share closes of watched companies with an A-share code, and the CNY/HKD rate
    when there is one, merged into what the memory kept."""
    kept = ctx.memory.get("series")
    series: dict[str, Any] = dict(kept) if isinstance(kept, dict) else {}
    symbols = [
        symbol
        for company in ctx.companies
        if (symbol := a_symbol(company.a_code, company.a_exchange)) is not None
    ]
    for symbol in [*dict.fromkeys(symbols), *([FX_SYMBOL] if symbols else [])]:
        stored = series.get(symbol)
        updated = _fetch_series(client, symbol, stored if isinstance(stored, dict) else {}, result)
        if updated is not None:
            series[symbol] = updated
    return series


def _first_days(
    client: HttpClient, ctx: PollContext, watched: set[str], result: FetchResult
) -> dict[str, Any]:
    """The listing day's close of each recent IPO not watched (a watched one has its price
    events), asked once it is over; kept with what the memory had."""
    kept = ctx.memory.get("first_day")
    first_day: dict[str, Any] = dict(kept) if isinstance(kept, dict) else {}
    asked = 0
    for listing in ctx.listings:
        code = str(listing.get("code") or "")
        day = str(listing.get("listing_date") or "")
        if code in watched or code in first_day or not code.isdigit() or not day:
            continue
        if asked >= FIRST_DAYS_PER_POLL:
            break
        asked += 1
        url = YAHOO_URL.format(symbol=yahoo_symbol(code))
        try:
            response = client.get(url, conditional=False)
            result.documents += 1
            items = parse(response.content, code=code) if response is not None else []
        except (FetchError, ParseError) as exc:
            result.errors.append(f"{code} (first day): {exc}")
            continue
        close = next((i for i in items if i.published and i.published.isoformat() == day), None)
        if close is not None:  # else asked again by the next poll, while the chart has it
            first_day[code] = {
                "day": day,
                "close": close.raw["close"],
                "currency": close.raw["currency"],
                "url": url,
                "source": "yahoo",
            }
    return dict(list(first_day.items())[-FIRST_DAYS_KEPT:])


def fetch(client: HttpClient, ctx: PollContext) -> FetchResult:
    result = FetchResult()
    first_error: Exception | None = None
    succeeded = 0
    codes: list[str] = []
    for company in ctx.companies:
        code = (company.hk_code or "").strip()
        if code.isdigit() and len(code) <= 5:
            code = code.zfill(5)
            if code not in codes and int(code) > 0:
                codes.append(code)
    for code in codes:
        yahoo_problem: Exception | None = None
        try:
            response = client.get(YAHOO_URL.format(symbol=yahoo_symbol(code)))
            result.documents += 1
            if response is None:
                result.unchanged += 1
                continue
            items = parse(response.content, code=code)
        except (FetchError, ParseError) as exc:
            yahoo_problem, items = exc, []
        if items:
            succeeded += 1
            result.items.extend(items)
            continue
        try:
            response = client.get(TENCENT_URL.format(code=code), conditional=False)
            result.documents += 1
            items = parse_tencent(response.content) if response is not None else []
            succeeded += 1
            result.items.extend(i for i in items if i.code("hk") == code)
        except (FetchError, ParseError) as exc:
            first_error = first_error or yahoo_problem or exc
            yahoo_text = f"yahoo: {yahoo_problem}; " if yahoo_problem else ""
            result.errors.append(f"{code}: {yahoo_text}tencent: {exc}")
    if first_error is not None and succeeded == 0 and result.unchanged == 0:
        raise first_error
    memory = dict(ctx.memory)
    series = _series(client, ctx, result)
    if series or "series" in memory:
        memory["series"] = series
    first_day = _first_days(client, ctx, set(codes), result)
    if first_day or "first_day" in memory:
        memory["first_day"] = first_day
    if memory != ctx.memory:
        result.memory = memory
    return result
