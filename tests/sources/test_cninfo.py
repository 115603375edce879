"""cninfo announcement search: parsing, the H-share title filter, and fetch over the mirror."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.sources import cninfo
from desktop.sources.base import ParseError, PollContext, WatchedCompany
from desktop.sources.http import FetchError, HttpClient
from tests.mirror import MirrorServer, RecordedRequest, mirror_fixture  # noqa: F401

SAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "samples"
SAMPLE = (SAMPLES / "cninfo_hisAnnouncement_query_records_from_code_comments.json").read_bytes()
BEIJING = timezone(timedelta(hours=8))

H_TITLES = [
    "关于筹划发行H股股票并在香港联合交易所有限公司上市相关事项的提示性公告",
    "关于向香港联交所递交发行<em>H股</em>股票并上市的申请并刊发申请资料的公告",
    "关于发行境外上市外资股（H股）获得中国证监会备案通知书的公告",
    "关于公司发行 H 股股票并在香港联合交易所有限公司主板上市的进展公告",
    "关于港股公开发行价格的公告",
    "关于境外上市相关制度的议案",
    "关于发行境外上市外资股的授权事项公告",
]
OTHER_TITLES = [
    "2025年半年度报告",
    "第三届董事会第十次会议决议公告",
    "关于使用部分闲置募集资金进行现金管理的公告",
    "2025年第三季度报告全文",
    "关于股东减持股份计划的预披露公告",
]


def ms(day: date, hour: int = 0) -> int:
    return int(datetime(day.year, day.month, day.day, hour, tzinfo=BEIJING).timestamp() * 1000)


def record(ident: int, title: str, code: str, name: str, day: date) -> dict[str, Any]:
    return {
        "id": None,
        "secCode": code,
        "secName": name,
        "orgId": ("gssh0" if code.startswith("6") else "gssz0") + code,
        "announcementId": str(ident),
        "announcementTitle": title,
        "announcementTime": ms(day),
        "adjunctUrl": f"finalpage/{day.isoformat()}/{ident}.PDF",
        "adjunctSize": 321,
        "adjunctType": "PDF",
        "storageTime": None,
        "columnId": "09020202||250101||251302",
        "pageColumn": "SHZB" if code.startswith("6") else "SZZB",
        "announcementType": "01010503||010112",
        "associateAnnouncement": None,
        "important": None,
        "batchNum": None,
        "announcementContent": "",
        "orgName": None,
        "announcementTypeName": None,
    }


def page(records: list[dict[str, Any]], *, has_more: bool = False) -> bytes:
    envelope = {
        "classifiedAnnouncements": None,
        "totalSecurities": 0,
        "totalAnnouncement": len(records),
        "totalRecordNum": len(records),
        "announcements": records,
        "categoryList": None,
        "hasMore": has_more,
        "totalpages": 2 if has_more else 1,
    }
    return json.dumps(envelope, ensure_ascii=False).encode()


def realistic(code: str, name: str, count: int = 30, start: int = 1_224_000_000) -> bytes:
    titles = H_TITLES + OTHER_TITLES
    first = date(2026, 5, 1)
    records = [
        record(start + i, titles[i % len(titles)], code, name, first + timedelta(days=i))
        for i in range(count)
    ]
    return page(records)


# ---------------------------------------------------------------- parse
def test_sample_records() -> None:
    assert cninfo.parse(SAMPLE) == []  # quarterly reports, no H-share title
    items = cninfo.parse(SAMPLE, h_share_only=False)
    assert [i.key for i in items] == ["cninfo:1205488844", "cninfo:1206997843"]
    first = items[0]
    assert first.kind == "a_share_announcement"
    assert first.codes == (("a", "600231"),)
    assert first.names == ("凌钢股份",)
    assert first.published == date(2018, 10, 10)  # midnight Beijing time
    assert first.url == "http://static.cninfo.com.cn/finalpage/2018-10-10/1205488844.PDF"
    assert first.title == "2018年第三季度报告"
    assert first.raw["orgId"] == "gssh0600231"
    json.dumps(first.raw)
    assert items[1].published == date(2019, 10, 22)
    assert items[1].codes == (("a", "000001"),)


def test_h_share_titles_kept_and_tags_stripped() -> None:
    items = cninfo.parse(realistic("688000", "样本科技"))
    cycle = len(H_TITLES) + len(OTHER_TITLES)
    assert len(items) == sum(1 for i in range(30) if i % cycle < len(H_TITLES))
    assert all(cninfo.is_h_share_title(i.title) for i in items)
    assert all("<em>" not in i.title for i in items)
    titles = {i.title for i in items}
    assert "关于向香港联交所递交发行H股股票并上市的申请并刊发申请资料的公告" in titles
    for item in items:
        assert item.codes == (("a", "688000"),)
        assert item.url and item.url.startswith("http://static.cninfo.com.cn/finalpage/")
        assert isinstance(item.published, date)


@pytest.mark.parametrize("title", H_TITLES)
def test_h_share_title_true(title: str) -> None:
    assert cninfo.is_h_share_title(title)


@pytest.mark.parametrize("title", OTHER_TITLES)
def test_h_share_title_false(title: str) -> None:
    assert not cninfo.is_h_share_title(title)


def test_null_and_empty_announcements() -> None:
    assert cninfo.parse(b'{"announcements": null, "hasMore": false}') == []
    assert cninfo.parse(b'{"announcements": [], "hasMore": false}') == []


def test_bad_records_are_skipped() -> None:
    good = record(1, H_TITLES[0], "600000", "样本股份", date(2026, 6, 1))
    records: list[Any] = [
        good,
        "garbage",
        None,
        {**good, "announcementId": None},
        {**good, "announcementId": "2", "announcementTitle": None},
        {**good, "announcementId": "3", "announcementTime": -5},
        {**good, "announcementId": "4", "announcementTime": 10**18},
        {**good, "announcementId": "5", "adjunctUrl": "../../etc/passwd"},
        {**good, "announcementId": "6", "secCode": {"x": 1}, "secName": ["y"]},
        {**good, "announcementId": "7", "announcementTime": "1780000000000"},
        {**good, "announcementId": "8", "announcementTitle": "x" * 100_000 + "H股"},
    ]
    items = cninfo.parse(page(records))
    by_key = {i.key: i for i in items}
    assert set(by_key) == {f"cninfo:{n}" for n in (1, 3, 4, 5, 6, 7)}
    assert by_key["cninfo:3"].published is None
    assert by_key["cninfo:4"].published is None
    assert by_key["cninfo:5"].url is None
    assert by_key["cninfo:6"].codes == () and by_key["cninfo:6"].names == ()
    assert by_key["cninfo:7"].published == date(2026, 5, 29)


@pytest.mark.parametrize(
    "payload",
    [b"", b"<html>503</html>", b"[]", b'{"totalAnnouncement": 0}', b'{"announcements": {}}'],
)
def test_not_an_answer(payload: bytes) -> None:
    with pytest.raises(ParseError):
        cninfo.parse(payload)


def test_gbk_and_bom() -> None:
    text = '{"announcements": [], "hasMore": false, "msg": "公告"}'
    assert cninfo.parse(text.encode("gbk")) == []
    assert cninfo.parse(b"\xef\xbb\xbf" + text.encode()) == []


def test_org_id_answer() -> None:
    answer = [
        {"code": "600232", "orgId": "gssh0600232", "zwjc": "甲", "category": "A股"},
        {"code": "600231", "orgId": "9900000040", "zwjc": "凌钢股份", "category": "A股"},
    ]
    assert cninfo.parse_org_id(json.dumps(answer).encode(), "600231") == "9900000040"
    assert cninfo.parse_org_id(b"[]", "600231") is None
    assert cninfo.parse_org_id(b'{"x": 1}', "600231") is None


def test_exchange_and_inferred_org_id() -> None:
    def company(code: str, exchange: str | None = None) -> WatchedCompany:
        return WatchedCompany(1, "x", ("x",), a_code=code, a_exchange=exchange)

    assert cninfo.exchange_of(company("688380")) == "sse"
    assert cninfo.exchange_of(company("002384")) == "szse"
    assert cninfo.exchange_of(company("300001")) == "szse"
    assert cninfo.exchange_of(company("920002")) == "bse"
    assert cninfo.exchange_of(company("600000", "szse")) == "szse"
    assert cninfo.inferred_org_id("600231", "sse") == "gssh0600231"
    assert cninfo.inferred_org_id("000001", "szse") == "gssz0000001"


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes(payload: bytes) -> None:
    try:
        items = cninfo.parse(payload)
    except ParseError:
        return
    assert isinstance(items, list)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=10,
)
FIELDS = ["announcementId", "announcementTitle", "announcementTime", "adjunctUrl", "secCode"]


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_mutated_payload(data: st.DataObject) -> None:
    document = json.loads(realistic("600000", "样本股份", count=5))
    target = document["announcements"][data.draw(st.integers(0, 4))]
    for _ in range(data.draw(st.integers(1, 3))):
        target[data.draw(st.sampled_from([*FIELDS, "secName"]))] = data.draw(JSON_VALUES)
    payload = json.dumps(document).encode()
    cut = data.draw(st.integers(0, len(payload)))
    if data.draw(st.booleans()):
        payload = payload[:cut]
    try:
        items = cninfo.parse(payload)
    except ParseError:
        return
    for item in items:
        json.dumps(item.raw)


# ---------------------------------------------------------------- fetch over the mirror
QUERY_PATH = "www.cninfo.com.cn/new/hisAnnouncement/query"
ORG_PATH = "www.cninfo.com.cn/new/information/topSearch/query"
COMPANIES = (
    WatchedCompany(1, "Sample Micro", ("Sample Micro", "样本微电子"), a_code="688001"),
    WatchedCompany(2, "Sample Precision", ("样本精密",), a_code="002001", a_exchange="szse"),
    WatchedCompany(3, "No A shares", ("无",), hk_code="02513"),
)


def form(request: RecordedRequest) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(request.body.decode(), keep_blank_values=True).items()}


def org_answer(request: RecordedRequest) -> bytes:
    code = form(request)["keyWord"]
    answer = [{"code": code, "orgId": f"99000{code}", "zwjc": "样本", "category": "A股"}]
    return json.dumps(answer).encode()


def query_answer(request: RecordedRequest) -> bytes:
    fields = form(request)
    code = fields["stock"].split(",")[0]
    number = int(fields["pageNum"])
    start = 1_225_000_000 + int(code) * 100 + number * 40
    body = json.loads(realistic(code, "样本" + code, count=30, start=start))
    body["hasMore"] = number == 1 and code == "688001"
    return json.dumps(body, ensure_ascii=False).encode()


def poll(memory: dict[str, Any] | None = None) -> Any:
    context = PollContext(today=date(2026, 10, 8), companies=COMPANIES, memory=memory or {})
    with HttpClient(retries=0) as client:
        return cninfo.fetch(client, context)


def test_fetch_full(mirror: MirrorServer) -> None:
    mirror.add(ORG_PATH, org_answer)
    mirror.add(QUERY_PATH, query_answer)
    result = poll()
    assert result.errors == []
    assert result.documents == 3  # two pages for the first company, one for the second
    codes = {i.code("a") for i in result.items}
    assert codes == {"688001", "002001"}
    assert len({i.key for i in result.items}) == len(result.items)
    assert result.memory == {"org_ids": {"688001": "99000688001", "002001": "99000002001"}}

    requests = mirror.requests_for(QUERY_PATH)
    assert [r.method for r in requests] == ["POST"] * 3
    first = form(requests[0])
    assert first["stock"] == "688001,99000688001"
    assert first["column"] == "sse" and first["tabName"] == "fulltext"
    assert first["pageSize"] == "30" and first["pageNum"] == "1"
    assert first["seDate"] == "2026-04-11~2026-10-08"
    assert form(requests[1])["pageNum"] == "2"
    assert form(requests[2])["column"] == "szse"
    assert requests[0].header("referer") == "http://www.cninfo.com.cn/new/disclosure"
    assert requests[0].header("origin") == "http://www.cninfo.com.cn"
    assert requests[0].header("x-requested-with") == "XMLHttpRequest"

    # The next poll uses the remembered orgIds.
    mirror.requests.clear()
    again = poll(result.memory)
    assert again.items and not mirror.requests_for(ORG_PATH)


def test_fetch_infers_org_id_when_lookup_fails(mirror: MirrorServer) -> None:
    mirror.add(ORG_PATH, b"busy", status=403)
    mirror.add(QUERY_PATH, query_answer)
    result = poll()
    stocks = [form(r)["stock"] for r in mirror.requests_for(QUERY_PATH)]
    assert stocks[0] == "688001,gssh0688001"
    assert stocks[-1] == "002001,gssz0002001"
    assert result.memory == {"org_ids": {}}
    assert result.items


def test_fetch_one_company_fails(mirror: MirrorServer) -> None:
    mirror.add(ORG_PATH, org_answer)
    ok = {"body": query_answer}
    mirror.add_sequence(QUERY_PATH, [ok, ok, {"body": b"gone", "status": 404}])
    result = poll()
    assert len(result.errors) == 1 and "404" in result.errors[0]
    assert {i.code("a") for i in result.items} == {"688001"}


def test_fetch_everything_fails(mirror: MirrorServer) -> None:
    mirror.add(ORG_PATH, org_answer)
    mirror.add(QUERY_PATH, b"down", status=404)
    with pytest.raises(FetchError):
        poll()


def test_fetch_html_instead_of_json(mirror: MirrorServer) -> None:
    mirror.add(ORG_PATH, org_answer)
    mirror.add(QUERY_PATH, b"<html>blocked</html>", content_type="text/html")
    with pytest.raises(ParseError):
        poll()


def test_fetch_without_a_share_companies(mirror: MirrorServer) -> None:
    context = PollContext(today=date(2026, 10, 8), companies=COMPANIES[2:])
    with HttpClient(retries=0) as client:
        result = cninfo.fetch(client, context)
    assert result.items == [] and result.documents == 0 and not mirror.requests


# ---------------------------------------------------------------- forms of §5a
def test_classified_announcements_are_read() -> None:
    rows = [record(1, H_TITLES[0], "688001", "样本", date(2026, 5, 1))]
    more = [record(2, H_TITLES[1], "688001", "样本", date(2026, 5, 2))]
    body = json.loads(page([]))
    body["announcements"] = None
    body["classifiedAnnouncements"] = [rows, more]
    items = cninfo.parse(json.dumps(body, ensure_ascii=False).encode())
    assert [i.key for i in items] == ["cninfo:1", "cninfo:2"]


def test_beijing_company_is_asked_for_with_its_org_id_and_plate(mirror: MirrorServer) -> None:
    mirror.add(ORG_PATH, b"busy", status=403)
    mirror.add(QUERY_PATH, page([]))
    company = WatchedCompany(1, "Beijing Co", ("北京样本",), a_code="920002", a_exchange="bse")
    with HttpClient(retries=0) as client:
        cninfo.fetch(client, PollContext(today=date(2026, 10, 8), companies=(company,)))
    (request,) = mirror.requests_for(QUERY_PATH)
    fields = form(request)
    assert fields["stock"] == "920002,gfbj0920002"
    assert fields["column"] == "szse" and fields["plate"] == "bj"


def test_a_busy_half_year_is_covered_by_more_pages_and_an_h_share_query(
    mirror: MirrorServer,
) -> None:
    """Four full pages of 30 and still more: the H-share keyword query reaches the rest."""

    def answer(request: RecordedRequest) -> bytes:
        fields = form(request)
        number = int(fields["pageNum"])
        if fields["searchkey"] == "H股":
            old = record(9_000 + number, H_TITLES[0], "688001", "样本", date(2026, 4, 20))
            return page([old], has_more=False)
        rows = [
            record(number * 100 + i, OTHER_TITLES[i % 5], "688001", "样本", date(2026, 9, 1))
            for i in range(30)
        ]
        return page(rows, has_more=True)

    mirror.add(ORG_PATH, org_answer)
    mirror.add(QUERY_PATH, answer)
    company = WatchedCompany(1, "Sample", ("样本",), a_code="688001", a_exchange="sse")
    with HttpClient(retries=0) as client:
        result = cninfo.fetch(client, PollContext(today=date(2026, 10, 8), companies=(company,)))
    queries = [(form(r)["pageNum"], form(r)["searchkey"]) for r in mirror.requests_for(QUERY_PATH)]
    assert queries == [("1", ""), ("2", ""), ("3", ""), ("4", ""), ("1", "H股")]
    assert [i.key for i in result.items] == ["cninfo:9001"]
