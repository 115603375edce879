"""Daily prices: Yahoo chart and Tencent quote parsing, and fetch with fallback over the mirror."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.sources import prices
from desktop.sources.base import ParseError, PollContext, WatchedCompany
from desktop.sources.http import FetchError, HttpClient
from tests.mirror import MirrorServer, mirror_fixture  # noqa: F401

SAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "samples"
YAHOO = (SAMPLES / "yahoo_v8_chart_0700HK_captured.json").read_bytes()
TENCENT = (SAMPLES / "tencent_qt_gtimg_hk_quote_line.txt").read_bytes()
HKT = 8 * 3600


def chart(
    symbol: str,
    days: list[date],
    closes: list[Any],
    *,
    market_time: datetime | None = None,
    currency: str = "HKD",
    short_name: str | None = "SAMPLE-W",
) -> bytes:
    """A Yahoo v8 chart answer: one bar per day stamped 09:30 Hong Kong time."""
    stamps = [int(datetime(d.year, d.month, d.day, 1, 30, tzinfo=UTC).timestamp()) for d in days]
    last = market_time or datetime(days[-1].year, days[-1].month, days[-1].day, 8, 8, tzinfo=UTC)
    meta: dict[str, Any] = {
        "currency": currency,
        "symbol": symbol,
        "exchangeName": "HKG",
        "instrumentType": "EQUITY",
        "regularMarketTime": int(last.timestamp()),
        "gmtoffset": HKT,
        "timezone": "HKT",
        "exchangeTimezoneName": "Asia/Hong_Kong",
    }
    if short_name is not None:
        meta["shortName"] = short_name
    quote = {"close": closes, "open": closes, "high": closes, "low": closes, "volume": closes}
    result = {"meta": meta, "timestamp": stamps, "indicators": {"quote": [quote]}}
    return json.dumps({"chart": {"result": [result], "error": None}}).encode()


def trading_days(start: date, count: int) -> list[date]:
    days, day = [], start
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def tencent_line(code: str, name: str, price: str, when: str, *, currency: str = "HKD") -> str:
    fields = ["100", name, code, price, price, price] + ["0"] * 24 + [when] + ["0"] * 44
    fields += [currency, "1", "50"]
    assert fields[30] == when and fields[75] == currency
    return f'v_r_hk{code}="' + "~".join(fields) + '";\n'


# ---------------------------------------------------------------- Yahoo
def test_yahoo_sample() -> None:
    items = prices.parse(YAHOO)
    assert [i.published for i in items] == [date(2026, 8, d) for d in (3, 4, 5, 6, 7)]
    last = items[-1]
    assert last.key == "price:00700:2026-08-07"
    assert last.kind == "price"
    assert last.codes == (("hk", "00700"),)
    assert last.names == ("TENCENT",)
    assert last.title == "Close HK$478.80"
    assert last.raw == {"close": 478.8, "currency": "HKD", "source": "yahoo"}


def test_yahoo_nulls_and_a_month() -> None:
    days = trading_days(date(2026, 1, 5), 22)
    closes: list[Any] = [round(8.5 + i * 0.137, 3) for i in range(22)]
    closes[3] = None
    closes[10] = "n/a"
    closes[11] = -1
    items = prices.parse(chart("2513.HK", days, closes))
    assert len(items) == 19
    assert all(i.code("hk") == "02513" for i in items)
    assert {i.published for i in items} <= set(days)
    assert days[3] not in {i.published for i in items}


def test_yahoo_today_while_the_market_is_open_is_skipped() -> None:
    days = trading_days(date(2026, 3, 2), 5)
    open_now = datetime(days[-1].year, days[-1].month, days[-1].day, 3, 15, tzinfo=UTC)  # 11:15
    items = prices.parse(chart("9988.HK", days, [100.0] * 5, market_time=open_now))
    assert [i.published for i in items] == days[:-1]


def test_yahoo_other_currency_and_cheap_stock() -> None:
    items = prices.parse(chart("80737.HK", [date(2026, 2, 2)], [0.055], currency="CNY"))
    assert items[0].code("hk") == "80737"
    assert items[0].title == "Close CNY 0.055"
    assert items[0].raw["currency"] == "CNY"


def test_yahoo_error() -> None:
    payload = {
        "chart": {
            "result": None,
            "error": {"code": "Not Found", "description": "No data found, symbol may be delisted"},
        }
    }
    with pytest.raises(ParseError, match="symbol may be delisted"):
        prices.parse(json.dumps(payload).encode())


@pytest.mark.parametrize(
    "payload",
    [
        b"",
        b"<html>Too Many Requests</html>",
        b'{"chart": {"result": [], "error": null}}',
        b'{"chart": {"result": [{"meta": {"symbol": "AAPL"}}], "error": null}}',
        b'{"finance": {"error": {"code": "Unauthorized"}}}',
        b'{"chart": {"result": [{"meta": {"symbol": "0700.HK"}, "timestamp": 5}], "error": null}}',
    ],
)
def test_yahoo_not_a_chart(payload: bytes) -> None:
    with pytest.raises(ParseError):
        prices.parse(payload)


def test_yahoo_symbols() -> None:
    assert prices.yahoo_symbol("00700") == "0700.HK"
    assert prices.yahoo_symbol("02513") == "2513.HK"
    assert prices.yahoo_symbol("09988") == "9988.HK"
    assert prices.yahoo_symbol("00005") == "0005.HK"
    assert prices.yahoo_symbol("80737") == "80737.HK"


# ---------------------------------------------------------------- Tencent
def test_tencent_sample_utf8_and_gbk() -> None:
    for payload in (TENCENT, TENCENT.decode("utf-8").encode("gbk")):
        (item,) = prices.parse_tencent(payload)
        assert item.key == "price:09988:2026-08-07"
        assert item.names == ("阿里巴巴-W",)
        assert item.title == "Close HK$123.80"
        assert item.raw == {"close": 123.8, "currency": "HKD", "source": "tencent"}


def test_tencent_several_lines_and_open_market() -> None:
    text = (
        tencent_line("02513", "样本-W", "241.600", "2026/03/06 16:09:58")
        + tencent_line("00700", "样本控股", "478.800", "2026/03/06 11:02:13")  # market open
        + tencent_line("09988", "样本", "bad", "2026/03/06 16:09:58")
        + tencent_line("01810", "样本集团", "50.1", "2026/02/31 16:09:58")
        + 'v_r_hk00001="short~line";\n'
    )
    items = prices.parse_tencent(text.encode("gbk"))
    assert [i.key for i in items] == ["price:02513:2026-03-06"]


def test_tencent_unknown_code_and_garbage() -> None:
    with pytest.raises(ParseError, match="does not know"):
        prices.parse_tencent(b'v_pv_none_match="1";\n')
    with pytest.raises(ParseError):
        prices.parse_tencent(b"<html>error</html>")


# ---------------------------------------------------------------- robustness
@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes(payload: bytes) -> None:
    for parser in (prices.parse, prices.parse_tencent):
        try:
            items = parser(payload)
        except ParseError:
            continue
        assert isinstance(items, list)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=10,
)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_mutated_yahoo(data: st.DataObject) -> None:
    document = json.loads(YAHOO)
    result = document["chart"]["result"][0]
    targets = [
        (result, "timestamp"),
        (result, "meta"),
        (result["meta"], "gmtoffset"),
        (result["meta"], "regularMarketTime"),
        (result["meta"], "symbol"),
        (result["indicators"]["quote"][0], "close"),
        (result["indicators"], "quote"),
        (document["chart"], "error"),
    ]
    for _ in range(data.draw(st.integers(1, 3))):
        holder, key = data.draw(st.sampled_from(targets))
        holder[key] = data.draw(JSON_VALUES)
    payload = json.dumps(document).encode()
    if data.draw(st.booleans()):
        payload = payload[: data.draw(st.integers(0, len(payload)))]
    try:
        items = prices.parse(payload)
    except ParseError:
        return
    for item in items:
        json.dumps(item.raw)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_mutated_tencent(data: st.DataObject) -> None:
    fields = TENCENT.decode().split("~")
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(fields) - 1))
        fields[position] = data.draw(st.text(max_size=12))
    payload = "~".join(fields).encode(data.draw(st.sampled_from(["utf-8", "gb18030"])))
    payload = payload[: data.draw(st.integers(0, len(payload)))]
    try:
        items = prices.parse_tencent(payload)
    except ParseError:
        return
    assert isinstance(items, list)


# ---------------------------------------------------------------- fetch over the mirror
COMPANIES = (
    WatchedCompany(1, "Sample AI", ("Sample AI", "样本智能"), hk_code="02513"),
    WatchedCompany(2, "Sample Chips", ("Sample Chips",), hk_code="06082"),
    WatchedCompany(3, "Sample Robot", ("Sample Robot",), hk_code="00700"),
    WatchedCompany(4, "Not listed", ("Not listed",)),
    WatchedCompany(5, "Same code again", ("Again",), hk_code="2513"),
)
DAYS = trading_days(date(2026, 3, 2), 20)


def yahoo_path(symbol: str) -> str:
    return f"query1.finance.yahoo.com/v8/finance/chart/{symbol}"


def poll(validators: Any = None) -> Any:
    context = PollContext(today=date(2026, 3, 30), companies=COMPANIES)
    with HttpClient(retries=0, validators=validators) as client:
        return prices.fetch(client, context), client.pending_validators


def serve(mirror: MirrorServer) -> None:
    mirror.add(yahoo_path("2513.HK"), chart("2513.HK", DAYS, [200.0] * 20), etag='"a"')
    mirror.add(yahoo_path("6082.HK"), chart("6082.HK", DAYS, [50.0] * 20), etag='"b"')
    mirror.add(yahoo_path("0700.HK"), b"rate limited", status=404)
    line = tencent_line("00700", "样本控股", "478.800", "2026/03/27 16:09:01")
    mirror.add("qt.gtimg.cn/q=r_hk00700", line.encode("gbk"), content_type="text/html; charset=GBK")


def test_fetch_with_fallback(mirror: MirrorServer) -> None:
    serve(mirror)
    result, validators = poll()
    assert result.errors == []
    by_code: dict[str, list[Any]] = {}
    for item in result.items:
        by_code.setdefault(item.code("hk"), []).append(item)
    assert len(by_code["02513"]) == 20 and len(by_code["06082"]) == 20
    (fallback,) = by_code["00700"]
    assert fallback.raw["source"] == "tencent"
    assert fallback.key == "price:00700:2026-03-27"
    assert result.documents == 3  # two Yahoo charts and one Tencent quote
    assert len(mirror.requests_for(yahoo_path("2513.HK"))) == 1  # the same code once
    (request,) = mirror.requests_for(yahoo_path("2513.HK"))
    assert request.query == "range=1mo&interval=1d"

    # Second poll: Yahoo answers 304 where it can.
    mirror.requests.clear()
    second, _ = poll(validators)
    assert second.unchanged == 2
    assert [i.code("hk") for i in second.items] == ["00700"]


def test_fetch_both_sources_fail_for_one_code(mirror: MirrorServer) -> None:
    serve(mirror)
    mirror.add("qt.gtimg.cn/q=r_hk00700", b'v_pv_none_match="1";\n')
    result, _ = poll()
    assert len(result.errors) == 1
    assert result.errors[0].startswith("00700: yahoo:") and "tencent:" in result.errors[0]
    assert {i.code("hk") for i in result.items} == {"02513", "06082"}


def test_fetch_everything_fails(mirror: MirrorServer) -> None:
    with pytest.raises(FetchError):
        poll()
