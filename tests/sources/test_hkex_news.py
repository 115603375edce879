"""HKEXnews listing documents: latest files, title search, prefix lookup, fetch over the mirror."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from random import Random
from typing import Any
from urllib.parse import parse_qs

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.sources import hkex_news
from desktop.sources.base import ParseError, PollContext, SourceItem, WatchedCompany
from desktop.sources.http import FetchError, HttpClient
from tests.mirror import MirrorServer, mirror_fixture  # noqa: F401

SAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "samples"
LATEST_SAMPLE = "hkexnews_lcisehk1relsde_1_record_from_test.json"
SEARCH_SAMPLE = "hkexnews_titleSearchServlet_response_assembled.json"
PREFIX_SAMPLE = "hkexnews_prefix_do_stockid_lookup.jsonp"
KINDS = {"prospectus", "allotment_results", "listing_announcement"}


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def check_items(items: list[SourceItem]) -> None:
    for item in items:
        assert item.source == "hkex_news"
        assert item.kind in KINDS
        assert item.key.startswith("news:") and item.key[5:].isdigit()
        assert item.url is None or item.url.startswith("https://")
        assert item.published is None or 1990 <= item.published.year <= 2100
        assert all(scheme == "hk" and len(code) == 5 for scheme, code in item.codes)
        assert "<" not in item.title and "&amp;" not in item.title
        json.dumps(item.raw)


# ---------------------------------------------------------------------------- samples


def test_sample_latest_has_no_listing_documents() -> None:
    items, pages = hkex_news.parse_latest(sample(LATEST_SAMPLE), document="lcisehk1relsde_1")
    assert items == []  # a disposal announcement (t1 10000, t2 11200/11300)
    assert pages == 2


def test_sample_latest_recategorised_is_read() -> None:
    data = json.loads(sample(LATEST_SAMPLE))
    data["newsInfoLst"][0]["t1Code"] = "30000"
    data["newsInfoLst"][0]["t2Code"] = "30700"
    (item,) = hkex_news.parse(json.dumps(data).encode(), document="lcisehk1relsde_1")
    assert item.kind == "prospectus"
    assert item.key == "news:12102478"
    assert item.published == date(2026, 4, 10)
    assert item.names == ("BONNY HLDG",)
    assert item.codes == (("hk", "01906"),)
    assert (
        item.url == "https://www1.hkexnews.hk/listedco/listconews/sehk/2026/0410/2026041001769.pdf"
    )
    assert item.raw["released"] == "2026-04-10T22:55"
    assert item.raw["t2_codes"] == ["30700"]
    assert item.raw["board"] == "sehk" and item.raw["language"] == "en"


def test_sample_search_has_no_listing_documents() -> None:
    assert hkex_news.parse_search(sample(SEARCH_SAMPLE)) == []


def test_sample_search_row_read_when_it_is_a_listing_document() -> None:
    data = json.loads(sample(SEARCH_SAMPLE))
    rows = json.loads(data["result"])
    rows[0]["TITLE"] = "配發結果公告"
    data["result"] = json.dumps(rows, ensure_ascii=False)
    (item,) = hkex_news.parse_search(json.dumps(data, ensure_ascii=False).encode())
    assert item.kind == "allotment_results"
    assert item.key == "news:11650832"
    assert item.names == ("京投交通科技",)
    assert item.codes == (("hk", "01522"),)
    assert item.published == date(2025, 4, 29)
    assert item.url == (
        "https://www1.hkexnews.hk/listedco/listconews/sehk/2025/0429/2025042901727_c.pdf"
    )


def test_sample_prefix() -> None:
    assert hkex_news.parse_prefix(sample(PREFIX_SAMPLE)) == [(97773, "01522", "BII TRANS TECH")]


# ------------------------------------------------------------------ built latest files

CATEGORIES = [
    # (t1Code, t2Code, expected kind)
    ("30000", "30700", "prospectus"),
    ("30000", "31200", "prospectus"),  # supplementary, titled as the offer
    ("30000", "30600", "prospectus"),  # offer of existing shares
    ("30000", "30500", "prospectus"),  # introduction
    ("30000", "31100", None),  # rights issue
    ("30000", "30100", None),  # collective investment scheme (fund)
    ("30000", "30800", None),  # open offer
    ("10000", "15100", "allotment_results"),
    ("10000", "13300,15200", "listing_announcement"),
    ("10000", "15200,15100", "allotment_results"),
    ("10000", "11200,11300", None),
    ("40000", "40100", None),
    ("50000", "50100", None),
    ("", "", None),
]


def news_record(i: int, lang: str, board: str = "sehk") -> dict[str, Any]:
    t1, t2, _ = CATEGORIES[i % len(CATEGORIES)]
    code = f"{(2000 + i) if board == 'sehk' else (8000 + i % 999):05d}"
    name = f"EXAMPLE CO {i}" if lang == "e" else f"示例公司{i}"
    title = "GLOBAL OFFERING" if lang == "e" else "全球發售"
    suffix = "_c" if lang == "c" else ""
    record = {
        "newsId": 12_000_000 + i,
        "lTxt": "Listing Documents - [Offer for Subscription]",
        "title": f"{title} &amp; notes <br/>({i})",
        "ext": "pdf",
        "size": "4MB",
        "webPath": f"/listedco/listconews/{board}/2026/0630/2026063000{i:03d}{suffix}.pdf",
        "market": board.upper(),
        "multi": 0,
        "stock": [{"sc": code, "sn": name}],
        "relTime": f"{1 + i % 28:02d}/06/2026 {i % 24:02d}:{i % 60:02d}",
        "t1Code": t1,
        "t2Code": t2,
    }
    if i % 17 == 0:  # a document naming two stocks (e.g. two counters)
        record["stock"].append({"sc": f"8{code[1:]}", "sn": name + " -R"})
    return record


def latest_file(lang: str, board: str = "sehk", count: int = 450, pages: int = 1) -> bytes:
    data = {
        "genDate": "1775836800475",
        "maxNumOfFile": pages,
        "newsInfoLst": [news_record(i, lang, board) for i in range(count)],
    }
    return json.dumps(data, ensure_ascii=False).encode()


def test_large_latest_files_in_both_languages() -> None:
    english = hkex_news.parse(latest_file("e"), document="lcisehk7relsde_1")
    chinese = hkex_news.parse(latest_file("c"), document="lcisehk7relsdc_1")
    check_items(english + chinese)
    expected = [i for i in range(450) if CATEGORIES[i % len(CATEGORIES)][2]]
    assert [i.key for i in english] == [f"news:{12_000_000 + i}" for i in expected]
    assert [i.key for i in chinese] == [i.key for i in english]
    for e_item, c_item in zip(english, chinese, strict=True):
        assert e_item.kind == c_item.kind
        assert e_item.names[0].startswith("EXAMPLE CO")
        assert c_item.names[0].startswith("示例公司")
        assert c_item.url.endswith("_c.pdf")
    kinds = {i.key: i.kind for i in english}
    for i in expected:
        assert kinds[f"news:{12_000_000 + i}"] == CATEGORIES[i % len(CATEGORIES)][2]
    first = english[0]
    assert first.title == "GLOBAL OFFERING & notes (0)"
    assert first.codes == (("hk", "02000"), ("hk", "82000"))
    assert first.names == ("EXAMPLE CO 0", "EXAMPLE CO 0 -R")
    assert chinese[0].raw["language"] == "zh"


def test_gem_file() -> None:
    items = hkex_news.parse(latest_file("e", "gem", 60), document="lcigem1relsde_1")
    check_items(items)
    assert items and all(i.raw["board"] == "gem" for i in items)
    assert items[0].code("hk") == "08000"


@pytest.mark.parametrize(
    "fields",
    [
        {"newsId": None},
        {"newsId": "abc"},
        {"newsId": True},
        {"newsId": -1},
        {"relTime": "31/02/2026 10:00"},
        {"relTime": "10/04/0000 22:55"},
        {"relTime": "10/04/9999 22:55"},
        {"relTime": 1775836800},
        {"relTime": None},
    ],
)
def test_bad_latest_records_are_skipped(fields: dict[str, Any]) -> None:
    good = news_record(0, "e")
    bad = dict(news_record(1, "e"), t1Code="30000", **fields)
    payload = json.dumps({"newsInfoLst": [bad, good, None, "x"]}).encode()
    assert [i.key for i in hkex_news.parse(payload)] == ["news:12000000"]


def test_odd_fields_in_latest_records() -> None:
    record = dict(
        news_record(0, "e"),
        newsId="12000000",
        stock=[None, {"sc": 1906, "sn": None}, {"sc": "abc", "sn": "X"}],
        webPath="javascript:alert(1)",
        t2Code=None,
        t1Code=30000,
        title=None,
    )
    (item,) = hkex_news.parse(json.dumps({"newsInfoLst": [record]}).encode())
    check_items([item])
    assert item.key == "news:12000000"
    assert item.codes == (("hk", "01906"),)
    assert item.names == ("X",)
    assert item.url is None
    assert item.title == "Prospectus"


def test_latest_envelope_errors() -> None:
    with pytest.raises(ParseError):
        hkex_news.parse(b'{"newsInfoLst": [{"newsId": 1')
    with pytest.raises(ParseError, match="HTML"):
        hkex_news.parse(b"<!DOCTYPE html><html></html>")
    with pytest.raises(ParseError, match="newsInfoLst"):
        hkex_news.parse(b'{"genDate": 1}')
    with pytest.raises(ParseError, match="newsInfoLst"):
        hkex_news.parse(b'{"newsInfoLst": "none"}')
    assert hkex_news.parse(b'{"newsInfoLst": null}') == []
    assert hkex_news.parse_latest(b'{"newsInfoLst": [], "maxNumOfFile": "3"}') == ([], 3)
    assert hkex_news.parse_latest(b'{"newsInfoLst": [], "maxNumOfFile": -4}') == ([], 1)


# ------------------------------------------------------------------------- title search


def search_row(i: int) -> dict[str, Any]:
    titles = [
        ("Allotment Results Announcement", "allotment_results"),
        ("Announcement of Final Offer Price and Allotment Results", "allotment_results"),
        ("Formal Notice", "listing_announcement"),
        ("GLOBAL OFFERING", "prospectus"),
        ("Prospectus", "prospectus"),
        ("招股章程", "prospectus"),
        ("最終發售價及配發結果公告", "allotment_results"),
        ("正式通告", "listing_announcement"),
        ("Over-allotment Option Partially Exercised", None),
        ("Stabilizing Actions and End of Stabilization Period", None),
        ("Annual Results Announcement for the Year Ended 31 December 2025", None),
        ("Lapse of the Global Offering and Refund", None),
    ]
    title, _ = titles[i % len(titles)]
    return {
        "FILE_INFO": "2MB",
        "NEWS_ID": str(11_600_000 + i),
        "STOCK_NAME": "EXAMPLE TECH<br/>EXAMPLE TECH-R" if i % 5 == 0 else "EXAMPLE &amp; CO",
        "TITLE": title,
        "FILE_TYPE": "PDF",
        "DATE_TIME": f"{1 + i % 28:02d}/0{1 + i % 9}/2026 17:00",
        "STOCK_CODE": "02513<br/>82513" if i % 5 == 0 else "02513",
        "FILE_LINK": f"/listedco/listconews/sehk/2026/0101/2026010100{i:03d}.pdf",
    }


def search_payload(rows: list[dict[str, Any]], more: bool = False) -> bytes:
    data = {
        "result": json.dumps(rows, ensure_ascii=False),
        "hasNextRow": more,
        "rowRange": 100,
        "loadedRecord": len(rows),
        "recordCnt": len(rows),
    }
    return json.dumps(data, ensure_ascii=False).encode()


def test_search_rows_by_title() -> None:
    rows = [search_row(i) for i in range(240)]
    items = hkex_news.parse_search(search_payload(rows))
    check_items(items)
    kinds = {item.key: item.kind for item in items}
    for i in range(240):
        expected = search_row_kind(i)
        assert kinds.get(f"news:{11_600_000 + i}") == expected
    first = items[0]
    assert first.names == ("EXAMPLE TECH", "EXAMPLE TECH-R")
    assert first.codes == (("hk", "02513"), ("hk", "82513"))
    assert items[1].names == ("EXAMPLE & CO",)
    assert first.raw["route"] == "search"


def search_row_kind(i: int) -> str | None:
    return [
        "allotment_results",
        "allotment_results",
        "listing_announcement",
        "prospectus",
        "prospectus",
        "prospectus",
        "allotment_results",
        "listing_announcement",
        None,
        None,
        None,
        None,
    ][i % 12]


def test_search_category_text_wins_over_title() -> None:
    rows = [
        dict(search_row(3), LONG_TEXT="Announcements and Notices - [Other - Business Update]"),
        dict(search_row(10), LONG_TEXT="Listing Documents - [Offer for Subscription]"),
        dict(search_row(11), LONG_TEXT="Announcements and Notices - [Allotment Results]"),
        dict(search_row(9), LONG_TEXT="公告及通告 - [正式通告]"),
    ]
    items = hkex_news.parse_search(search_payload(rows))
    assert [(i.key, i.kind) for i in items] == [
        ("news:11600010", "prospectus"),
        ("news:11600011", "allotment_results"),
        ("news:11600009", "listing_announcement"),
    ]


def test_search_result_shapes() -> None:
    assert hkex_news.parse_search(b'{"result": "null", "hasNextRow": false}') == []
    assert hkex_news.parse_search(b'{"result": null}') == []
    assert hkex_news.parse_search(b'{"result": ""}') == []
    rows = [search_row(0)]
    as_list = json.dumps({"result": rows}).encode()
    assert [i.key for i in hkex_news.parse_search(as_list)] == ["news:11600000"]
    assert hkex_news.parse_search_page(search_payload(rows, more=True))[1] is True
    with pytest.raises(ParseError, match="result"):
        hkex_news.parse_search(b'{"rows": []}')
    with pytest.raises(ParseError):
        hkex_news.parse_search(b'{"result": "[{\\"NEWS_ID\\": "}')
    with pytest.raises(ParseError, match="not a list"):
        hkex_news.parse_search(b'{"result": "{\\"a\\": 1}"}')
    bad = [dict(search_row(0), NEWS_ID="x"), dict(search_row(0), DATE_TIME="32/01/2026 10:00")]
    assert hkex_news.parse_search(search_payload([*bad, 7, None])) == []


def test_the_same_document_has_the_same_key_on_both_routes() -> None:
    latest = dict(news_record(0, "e"), newsId=11_600_002)
    (a,) = hkex_news.parse(json.dumps({"newsInfoLst": [latest]}).encode())
    (b,) = hkex_news.parse_search(search_payload([search_row(2)]))
    assert a.key == b.key == "news:11600002"


def test_prefix_variants() -> None:
    payload = (
        b'callback({"more":"1","stockInfo":['
        b'{"stockId":1,"code":"02513","name":"EXAMPLE"},'
        b'{"stockId":"2","code":"25130","name":"WARRANT"},'
        b'{"stockId":null,"code":"02514","name":"X"},'
        b'{"stockId":3,"code":"ABCDE","name":"Y"},5]});'
    )
    assert hkex_news.parse_prefix(payload) == [(1, "02513", "EXAMPLE"), (2, "25130", "WARRANT")]
    assert hkex_news.parse_prefix(b'{"stockInfo": []}') == []
    assert hkex_news.parse_prefix(b'callback({"stockInfo": null});') == []
    with pytest.raises(ParseError, match="stockInfo"):
        hkex_news.parse_prefix(b"callback({});")
    with pytest.raises(ParseError):
        hkex_news.parse_prefix(b"<html>blocked</html>")
    with pytest.raises(ParseError):
        hkex_news.parse_prefix(b"callback({")
    with pytest.raises(ParseError):
        hkex_news.parse_prefix(b"")
    with pytest.raises(ParseError):
        hkex_news.parse_prefix(b'callback({"stockInfo": 5})')


def test_kind_helpers() -> None:
    assert hkex_news.kind_for_codes(["30000"], []) == "prospectus"
    assert hkex_news.kind_for_codes(["10000"], ["15100"]) == "allotment_results"
    assert hkex_news.kind_for_codes(["10000"], ["15200"]) == "listing_announcement"
    assert hkex_news.kind_for_codes(["10000"], ["13300"]) is None
    assert hkex_news.kind_for_text("Supplemental Prospectus") == "prospectus"
    assert hkex_news.kind_for_text("全球發售") == "prospectus"
    assert hkex_news.kind_for_text("Global Offering - Adjustment of Offer Price") is None
    assert hkex_news.kind_for_text("配發結果") == "allotment_results"
    assert hkex_news.kind_for_text("Change in Use of Proceeds Disclosed in the Prospectus") is None
    assert hkex_news.kind_for_text("有關招股章程所得款項用途的變動") is None
    assert hkex_news.kind_for_text("補充招股章程") == "prospectus"


# ------------------------------------------------------------------ property tests

PARSERS = [
    (hkex_news.parse, LATEST_SAMPLE),
    (hkex_news.parse_search, SEARCH_SAMPLE),
    (hkex_news.parse_prefix, PREFIX_SAMPLE),
]


def parse_or_error(parser: Any, payload: bytes) -> None:
    try:
        found = parser(payload)
    except ParseError:
        return
    assert isinstance(found, list)
    if parser is not hkex_news.parse_prefix:
        check_items(found)


@settings(max_examples=150, deadline=None)
@given(payload=st.binary(max_size=2000), index=st.integers(0, 2))
def test_random_bytes(payload: bytes, index: int) -> None:
    parse_or_error(PARSERS[index][0], payload)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_bytes(data: st.DataObject) -> None:
    parser, name = data.draw(st.sampled_from(PARSERS))
    payload = bytearray(sample(name))
    if data.draw(st.booleans()):
        payload = payload[: data.draw(st.integers(0, len(payload)))]
    for _ in range(data.draw(st.integers(0, 5))):
        if payload:
            payload[data.draw(st.integers(0, len(payload) - 1))] = data.draw(st.integers(0, 255))
    parse_or_error(parser, bytes(payload))


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=12,
)


def swap_values(value: Any, rnd: Random, pool: list[Any]) -> Any:
    """A copy of ``value`` with some values replaced by others of any JSON type."""
    if isinstance(value, dict):
        return {
            k: rnd.choice(pool) if rnd.random() < 0.2 else swap_values(v, rnd, pool)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [swap_values(v, rnd, pool) for v in value]
    return value


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_type_swaps(data: st.DataObject) -> None:
    latest = json.loads(latest_file("e", count=6))
    rnd = data.draw(st.randoms(use_true_random=False))
    pool = data.draw(st.lists(JSON_VALUES, min_size=1, max_size=6))
    parse_or_error(hkex_news.parse, json.dumps(swap_values(latest, rnd, pool)).encode())
    rows = swap_values([search_row(i) for i in range(6)], rnd, pool)
    envelope = {"result": json.dumps(rows), "hasNextRow": data.draw(JSON_VALUES)}
    parse_or_error(hkex_news.parse_search, json.dumps(envelope).encode())


# ----------------------------------------------------------------- fetch over the mirror

LATEST = "www1.hkexnews.hk/ncms/json/eds/{}.json"
PREFIX = "www1.hkexnews.hk/search/prefix.do"
SEARCH = "www1.hkexnews.hk/search/titleSearchServlet.do"
CTX = PollContext(
    today=date(2026, 7, 10),
    companies=(
        WatchedCompany(id=1, name="Example Tech", names=("Example Tech",), hk_code="2513"),
        WatchedCompany(id=2, name="Not listed yet", names=("Not listed yet",)),
    ),
)


def serve(mirror: MirrorServer) -> None:
    for name in hkex_news.latest_names():
        board = "gem" if "gem" in name else "sehk"
        lang = name[-3]
        pages = 2 if name == "lcisehk7relsde_1" else 1
        mirror.add(LATEST.format(name), latest_file(lang, board, 40, pages), etag=f'"{name}"')
    page_two = json.loads(latest_file("e", "sehk", 80, 2))
    page_two["newsInfoLst"] = page_two["newsInfoLst"][40:]
    mirror.add(LATEST.format("lcisehk7relsde_2"), json.dumps(page_two).encode(), etag='"p2"')
    prefix = (
        b'callback({"more":"1","stockInfo":[{"stockId":90001,"code":"25130","name":"W"},'
        b'{"stockId":90002,"code":"02513","name":"EXAMPLE TECH"}]});'
    )
    mirror.add(PREFIX, prefix, content_type="text/javascript")
    rows = [search_row(i) for i in range(30)]
    mirror.add(SEARCH, search_payload(rows), etag='"s1"')


def test_fetch_everything(mirror: MirrorServer) -> None:
    serve(mirror)
    with HttpClient(retries=0) as client:
        result = hkex_news.fetch(client, CTX)
    assert result.errors == []
    assert result.documents == 8 + 1 + 2  # latest pages, page 2, prefix + search
    check_items(result.items)
    keys = {i.key for i in result.items}
    assert "news:12000070" in keys  # from page 2 of the seven-day file
    assert "news:11600000" in keys  # from the title search
    assert result.memory["stock_ids"] == {"02513": 90002}
    (prefix_request,) = mirror.requests_for(PREFIX)
    assert parse_qs(prefix_request.query) == {
        "callback": ["callback"],
        "lang": ["EN"],
        "type": ["A"],
        "name": ["02513"],
        "market": ["SEHK"],
    }
    (search_request,) = mirror.requests_for(SEARCH)
    query = parse_qs(search_request.query, keep_blank_values=True)
    assert query["stockId"] == ["90002"]
    assert query["fromDate"] == ["20250710"] and query["toDate"] == ["20260710"]
    assert query["t1code"] == ["-2"] and query["lang"] == ["E"] and query["title"] == [""]
    assert not mirror.requests_for(LATEST.format("lcisehk7relsde_3"))


def test_fetch_uses_remembered_stock_id(mirror: MirrorServer) -> None:
    serve(mirror)
    ctx = PollContext(today=CTX.today, companies=CTX.companies, memory={"stock_ids": {"02513": 77}})
    with HttpClient(retries=0) as client:
        result = hkex_news.fetch(client, ctx)
    assert not mirror.requests_for(PREFIX)
    (search_request,) = mirror.requests_for(SEARCH)
    assert parse_qs(search_request.query)["stockId"] == ["77"]
    assert result.memory["stock_ids"] == {"02513": 77}


def test_fetch_reads_every_page_of_the_title_search(mirror: MirrorServer) -> None:
    """The first page says there are more and counts 250 rows: the next request asks for
    all 300 (each answer holds the rows up to ``rowRange``), and the last row is read."""
    serve(mirror)
    first = json.loads(search_payload([search_row(i) for i in range(100)], more=True))
    first["recordCnt"] = 250
    mirror.add_sequence(
        SEARCH,
        [
            {"body": json.dumps(first).encode()},
            {"body": search_payload([search_row(i) for i in range(250)])},
        ],
    )
    with HttpClient(retries=0) as client:
        result = hkex_news.fetch(client, CTX)
    ranges = [parse_qs(r.query)["rowRange"] for r in mirror.requests_for(SEARCH)]
    assert ranges == [["100"], ["300"]]
    assert "news:11600243" in {i.key for i in result.items}  # a prospectus on page 3
    assert result.errors == []


def test_fetch_pages_on_without_a_count_and_stops_at_a_sane_bound(mirror: MirrorServer) -> None:
    serve(mirror)
    endless = json.loads(search_payload([search_row(i) for i in range(12)], more=True))
    del endless["recordCnt"]
    mirror.add(SEARCH, json.dumps(endless).encode())
    with HttpClient(retries=0) as client:
        result = hkex_news.fetch(client, CTX)
    ranges = [int(parse_qs(r.query)["rowRange"][0]) for r in mirror.requests_for(SEARCH)]
    assert ranges == list(range(100, 3001, 100))
    assert result.errors == [
        "titleSearchServlet.do (02513): more than 3000 documents in a year; the oldest were not read"
    ]
    assert "news:11600003" in {i.key for i in result.items}


def test_fetch_one_document_missing(mirror: MirrorServer) -> None:
    serve(mirror)
    mirror.add(LATEST.format("lcigem1relsdc_1"), b"gone", status=404)
    mirror.add(SEARCH, b"<html>busy</html>")
    with HttpClient(retries=0) as client:
        result = hkex_news.fetch(client, CTX)
    assert len(result.errors) == 2
    assert any("lcigem1relsdc_1.json" in e and "404" in e for e in result.errors)
    assert any(e.startswith("titleSearchServlet.do (02513)") for e in result.errors)
    assert result.items


def test_fetch_second_time_unchanged(mirror: MirrorServer) -> None:
    serve(mirror)
    with HttpClient(retries=0) as client:
        first = hkex_news.fetch(client, CTX)
        validators = dict(client.pending_validators)
    ctx = PollContext(today=CTX.today, companies=CTX.companies, memory=first.memory or {})
    with HttpClient(retries=0, validators=validators) as client:
        second = hkex_news.fetch(client, ctx)
    assert first.items
    assert second.items == []
    assert second.unchanged == 9  # the eight latest files and the search
    assert second.errors == []


def test_fetch_everything_failing_raises(mirror: MirrorServer) -> None:
    with HttpClient(retries=0) as client, pytest.raises(FetchError, match="404"):
        hkex_news.fetch(client, PollContext(today=date(2026, 7, 10)))
