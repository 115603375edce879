"""CSRC filing status table: workbook, list and channel parsing, and fetch over the mirror."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from desktop.domain.source_errors import explain
from desktop.sources import csrc
from desktop.sources.base import ParseError, PollContext
from desktop.sources.http import FetchError, HttpClient
from tests.mirror import MirrorServer, mirror_fixture  # noqa: F401
from tests.xls_writer import xls_workbook

SAMPLES = Path(__file__).resolve().parent.parent / "fixtures" / "samples"
EXCERPT = json.loads((SAMPLES / "csrc_filing_status_table_parsed_excerpt.json").read_text("utf-8"))

HEADER_TOP = [
    "序号",
    "企业名称",
    "申报类型",
    "申报主体",
    "拟上市证券交易所",
    "中介机构",
    None,
    "接收日期",
    "备案状态",
    "备注",
]
HEADER_BOTTOM = [None, None, None, None, None, "保荐人/主承销商", "境内律师", None, None, None]
FIELDS = ("no", "name", "type", "subject", "venue", "sponsor", "lawyer", "date", "status", "remark")
VENUES = ("香港联交所", "纳斯达克交易所", "纽约证券交易所", "联交所", "港交所", "新加坡交易所")
STATUSES = ("已接收", "补充材料", "征求意见")
TYPES = ("直接境外上市", "间接境外上市", "全流通")


def table_title(as_of: date) -> str:
    return (
        "境内企业境外发行证券和上市备案情况表（首次公开发行及全流通）"
        f"（截至{as_of.year}年{as_of.month}月{as_of.day}日）"
    )


def table_rows(
    rows: list[dict[str, Any]],
    *,
    title: str | None = None,
    blank_every: int = 0,
    notes: bool = True,
) -> list[list[Any]]:
    """The official layout's rows: title row, blank row, two-row header, data, notes."""
    sheet: list[list[Any]] = [[title if title is not None else table_title(date(2026, 9, 30))]]
    sheet += [[], HEADER_TOP, HEADER_BOTTOM]
    for index, row in enumerate(rows, start=1):
        sheet.append([row.get(field) for field in FIELDS])
        if blank_every and index % blank_every == 0:
            sheet.append([None] * 10)
    if notes:
        sheet += [
            [],
            ["注：1. 本表按接收日期排序。"],
            ["2. 备案状态“补充材料”指已要求申报企业补充材料。"],
        ]
    return sheet


def build_workbook(rows: list[dict[str, Any]], **layout: Any) -> bytes:
    """The table as an ``.xlsx``, with the official merged cells."""
    book = Workbook()
    sheet = book.active
    for row in table_rows(rows, **layout):
        sheet.append(row)
    sheet.merge_cells("A1:J1")
    for column in "ABCDEHIJ":
        sheet.merge_cells(f"{column}3:{column}4")
    sheet.merge_cells("F3:G3")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def build_xls(rows: list[dict[str, Any]], **layout: Any) -> bytes:
    """The same table in the old binary format (``.xls``), as the CSRC has published it."""
    return xls_workbook([("Sheet1", table_rows(rows, **layout))])


def excerpt_rows() -> list[dict[str, Any]]:
    return [dict(row) for row in EXCERPT["rows"]]


def synthetic_rows(count: int, start: int = 1) -> list[dict[str, Any]]:
    rows = []
    for i in range(start, start + count):
        received: Any = f"{2024 + i % 3}年{1 + i % 12}月{1 + i % 28}日"
        if i % 4 == 0:
            received = datetime(2025, 1 + i % 12, 1 + i % 28)
        rows.append(
            {
                "no": i,
                "name": f"样本{i}号科技股份有限公司",
                "type": TYPES[i % 3],
                "subject": "/" if i % 3 == 2 else f"样本{i}号（上海）信息技术有限公司",
                "venue": VENUES[i % len(VENUES)],
                "sponsor": "/" if i % 5 == 0 else f"样本证券{i % 7}",
                "lawyer": f"样本律师事务所{i % 11}",
                "date": received,
                "status": STATUSES[i % 3],
                "remark": "" if i % 9 else "更新",
            }
        )
    return rows


@pytest.fixture(scope="module")
def sample_book() -> bytes:
    return build_workbook(excerpt_rows(), title=EXCERPT["meta"]["title"])


@pytest.fixture(scope="module")
def large_book() -> bytes:
    return build_workbook(excerpt_rows() + synthetic_rows(400, start=100), blank_every=37)


# ---------------------------------------------------------------- the sample rows
def by_name(items: list[Any]) -> dict[str, Any]:
    return {item.raw["normalised_name"]: item for item in items}


def test_sample_rows_become_items(sample_book: bytes) -> None:
    items = csrc.parse(sample_book)
    assert len(items) == 6
    found = by_name(items)

    ubtech = found["深圳市优必选科技股份有限公司"]
    assert ubtech.kind == "csrc_supplementary_request"
    assert ubtech.key == "csrc:深圳市优必选科技股份有限公司:csrc_supplementary_request"
    assert ubtech.published == date(2026, 9, 30)  # the table's as-of date
    assert ubtech.title == "CSRC filing: 补充材料 (supplementary materials requested) — 香港联交所"
    assert ubtech.raw["hong_kong"] is True
    assert ubtech.raw["received"] == "2025-04-18"
    assert ubtech.raw["lawyer"] == "北京市金杜律师事务所"

    # A stray leading 关于 is not part of the name.
    micro = found["微泰医疗器械(杭州)股份有限公司"]
    assert micro.kind == "csrc_received"
    assert micro.key == "csrc:微泰医疗器械(杭州)股份有限公司:csrc_received"
    assert micro.names[0] == "微泰医疗器械（杭州）股份有限公司"
    assert micro.published == date(2025, 7, 3)  # received: the 接收日期

    yimai = found["江西一脉阳光集团股份有限公司"]
    assert yimai.kind == "csrc_comments"
    assert yimai.published == date(2026, 9, 30)

    goodfaith = found["GoodFaithTechnologyInc."]
    assert goodfaith.raw["hong_kong"] is False
    assert goodfaith.raw["venue"] == "纳斯达克交易所"
    assert "苏州承信信息科技有限公司" in goodfaith.names  # the 申报主体 is a spelling too
    assert goodfaith.title.endswith("— 纳斯达克交易所")


def test_raw_keeps_every_column_and_is_json(sample_book: bytes) -> None:
    for item in csrc.parse(sample_book):
        for field in ("no", "name", "type", "subject", "venue", "sponsor", "lawyer", "status"):
            assert field in item.raw
        assert "remark" in item.raw and "received" in item.raw
        json.dumps(item.raw)
        assert item.source == "csrc"


def test_as_of_argument_and_title_row() -> None:
    book = build_workbook(excerpt_rows(), title="备案情况表")  # no 截至 date in the title
    comments = [i for i in csrc.parse(book) if i.kind == "csrc_comments"]
    assert comments[0].published is None
    comments = [i for i in csrc.parse(book, as_of=date(2026, 10, 31)) if i.kind == "csrc_comments"]
    assert comments[0].published == date(2026, 10, 31)


# ---------------------------------------------------------------- a realistic table
def test_large_table(large_book: bytes) -> None:
    items = csrc.parse(large_book, url="https://www.csrc.gov.cn/x.xlsx")
    assert len(items) == 406
    kinds = {i.kind for i in items}
    assert kinds == {"csrc_received", "csrc_supplementary_request", "csrc_comments"}
    assert len({i.key for i in items}) == len(items)
    hong_kong = [i for i in items if i.raw["hong_kong"]]
    assert 150 < len(hong_kong) < 300
    assert {i.raw["venue"] for i in hong_kong} >= {"香港联交所", "联交所", "港交所"}
    # Excel dates and Chinese date strings both give a date.
    for item in items:
        if item.kind == "csrc_received":
            assert isinstance(item.published, date)
        assert item.url == "https://www.csrc.gov.cn/x.xlsx"
    row_104 = next(i for i in items if i.raw["no"] == 104)
    assert row_104.raw["received"] == "2025-09-21"  # datetime(2025, 1 + 104 % 12, 1 + 104 % 28)


def test_header_columns_found_by_text_in_another_order() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["境内企业境外发行证券和上市备案情况表（截至2026年3月31日）"])
    sheet.append(["序号", "备案状态", "企业名称", "拟上市证券交易所", "接收日期", "备注"])
    sheet.append([1, "补充材料", "甲乙丙科技股份有限公司", "港交所", "2025-12-01", None])
    sheet.append([2.0, "征 求 意 见", " 关于丁戊科技有限公司 ", "香港联交所", 45_900, None])
    sheet.append(["注：以上信息仅供参考"])
    buffer = io.BytesIO()
    book.save(buffer)
    items = csrc.parse(buffer.getvalue())
    assert [i.key for i in items] == [
        "csrc:甲乙丙科技股份有限公司:csrc_supplementary_request",
        "csrc:丁戊科技有限公司:csrc_comments",
    ]
    assert items[0].published == date(2026, 3, 31)
    assert items[1].raw["received"] == "2025-08-31"  # Excel serial 45900


def test_duplicate_company_and_unknown_status() -> None:
    rows = synthetic_rows(3)
    rows.append({**rows[0], "no": 4, "type": "全流通"})  # same name, same status
    rows.append({**rows[1], "no": 5, "status": "其他"})  # not a known status
    items = csrc.parse(build_workbook(rows))
    assert len(items) == 3


def test_absurd_dates_are_not_dates() -> None:
    rows = synthetic_rows(3)
    rows[0]["date"] = "2025年2月31日"
    rows[1]["date"] = "0000年1月1日"
    rows[2]["date"] = "9999年12月31日"
    for item in csrc.parse(build_workbook(rows)):
        assert item.raw["received"] is None


def test_no_header_row_is_a_parse_error() -> None:
    book = Workbook()
    book.active.append(["企业名称", "状态"])
    buffer = io.BytesIO()
    book.save(buffer)
    with pytest.raises(ParseError, match="序号"):
        csrc.parse(buffer.getvalue())


@pytest.mark.parametrize(
    "payload",
    [b"", b"not a workbook", b"PK\x03\x04broken", b"<html>error</html>", "表".encode("gbk")],
)
def test_not_a_workbook(payload: bytes) -> None:
    with pytest.raises(ParseError):
        csrc.parse(payload)


def test_a_zip_that_is_not_a_workbook() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(ParseError):
        csrc.parse(buffer.getvalue())


def test_zip_bomb_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (60 * 1024 * 1024))
    with pytest.raises(ParseError, match="zip bomb"):
        csrc.parse(buffer.getvalue())


# ---------------------------------------------------------------- leaving the table
def test_companies_that_left_get_a_notice(large_book: bytes) -> None:
    items = csrc.parse(large_book)
    names = csrc.hong_kong_names(items)
    previous = {"as_of": "2026-08-31", "names": [*names, "已离开科技股份有限公司"]}
    notices = csrc.left_table(previous, items, date(2026, 9, 30))
    assert len(notices) == 1
    notice = notices[0]
    assert notice.kind == "csrc_notice"
    assert notice.key == "csrc:已离开科技股份有限公司:notice"
    assert notice.published == date(2026, 9, 30)
    assert notice.title == "CSRC filing completed (left the CSRC status table)"
    # Same table again, an older table, no memory: nothing.
    assert csrc.left_table({"as_of": "2026-09-30", "names": ["x"]}, items, date(2026, 9, 30)) == []
    assert csrc.left_table({"as_of": "2026-10-31", "names": ["x"]}, items, date(2026, 9, 30)) == []
    assert csrc.left_table({}, items, date(2026, 9, 30)) == []
    assert csrc.left_table({"as_of": "garbage", "names": ["x"]}, items, date(2026, 9, 30)) == []


def test_hong_kong_names_only_hong_kong_rows(sample_book: bytes) -> None:
    names = csrc.hong_kong_names(csrc.parse(sample_book))
    assert "GoodFaithTechnologyInc." not in names
    assert "深圳市越疆科技股份有限公司" in names
    assert len(names) == 5


# ---------------------------------------------------------------- channel and list
def list_payload(*, relative: bool = False) -> bytes:
    newest, older = date(2026, 9, 30), date(2026, 8, 31)
    records = [
        {
            "title": "关于境外发行上市备案的通知",
            "url": "https://www.csrc.gov.cn/csrc/c106251/c1/content.shtml",
            "resList": [],
        },
        {
            "title": table_title(older),
            "url": "https://www.csrc.gov.cn/csrc/c106251/c7600000/content.shtml",
            "resList": [
                {"fileName": "old.pdf", "filePath": "/csrc/c106251/c7600000/files/old.pdf"},
                {"fileName": "old.xlsx", "filePath": "/csrc/c106251/c7600000/files/old.xlsx"},
            ],
        },
        {
            "domainMetaList": [
                {
                    "title": "<em>" + table_title(newest) + "</em>",
                    "url": "/csrc/c106251/c7662540/content.shtml",
                }
            ],
            "resList": [
                {
                    "fileName": table_title(newest) + ".xlsx",
                    "filePath": "7662540/files/new.xlsx"
                    if relative
                    else "/csrc/c106251/c7662540/7662540/files/new.xlsx",
                }
            ],
        },
        "garbage",
        {"title": table_title(date(2026, 7, 31)), "resList": "none"},
    ]
    return json.dumps({"data": {"results": records, "total": 5}}, ensure_ascii=False).encode()


def test_parse_list_newest_first() -> None:
    tables = csrc.parse_list(list_payload())
    assert [t.as_of for t in tables] == [date(2026, 9, 30), date(2026, 8, 31)]
    assert tables[0].xlsx_url == (
        "https://www.csrc.gov.cn/csrc/c106251/c7662540/7662540/files/new.xlsx"
    )
    assert tables[0].title == table_title(date(2026, 9, 30))
    assert tables[1].xlsx_url.endswith("/old.xlsx")
    title, as_of, url = tables[0]
    assert (title, as_of, url) == (tables[0].title, date(2026, 9, 30), tables[0].xlsx_url)


def test_parse_list_relative_to_the_page() -> None:
    tables = csrc.parse_list(list_payload(relative=True))
    assert tables[0].xlsx_url == (
        "https://www.csrc.gov.cn/csrc/c106251/c7662540/7662540/files/new.xlsx"
    )


def test_parse_list_errors() -> None:
    assert csrc.parse_list(b'{"data": {"results": null}}') == []
    for payload in (b"[]", b'{"data": []}', b'{"data": {"results": 5}}', b"<html>", b""):
        with pytest.raises(ParseError):
            csrc.parse_list(payload)


@pytest.mark.parametrize(
    "payload",
    [
        {"results": {"channelId": "d4d45f8e2a5c4e9b"}},
        {"code": 200, "results": [{"channelCode": "c101935", "channelId": 101935}]},
        {"data": {"channel": {"channelId": "abc123"}}},
    ],
)
def test_parse_channel(payload: dict[str, Any]) -> None:
    assert csrc.parse_channel(json.dumps(payload).encode())


def test_parse_channel_missing() -> None:
    for payload in (
        b'{"results": {}}',
        b'{"results": {"channelId": "../x"}}',
        b"nope",
        b"[" * 5000,
    ):
        with pytest.raises(ParseError):
            csrc.parse_channel(payload)


# ---------------------------------------------------------------- robustness
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_random_bytes(payload: bytes) -> None:
    for parser in (csrc.parse, csrc.parse_list, csrc.parse_channel):
        try:
            result = parser(payload)
        except ParseError:
            continue
        assert result is not None


SMALL_BOOK = build_workbook(synthetic_rows(20))
SMALL_XLS = build_xls(synthetic_rows(20))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_workbook(data: st.DataObject) -> None:
    """Broken ``.xlsx`` and ``.xls`` files: items or a ParseError, never anything else."""
    payload = bytearray(data.draw(st.sampled_from([SMALL_BOOK, SMALL_XLS])))
    mode = data.draw(st.sampled_from(["truncate", "flip"]))
    if mode == "truncate":
        payload = payload[: data.draw(st.integers(0, len(payload) - 1))]
    else:
        for _ in range(data.draw(st.integers(1, 8))):
            position = data.draw(st.integers(0, len(payload) - 1))
            payload[position] ^= data.draw(st.integers(1, 255))
    try:
        items = csrc.parse(bytes(payload))
    except ParseError:
        return
    assert isinstance(items, list)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_mutated_list(data: st.DataObject) -> None:
    document = json.loads(list_payload())
    records = document["data"]["results"]
    record = records[data.draw(st.integers(0, len(records) - 1))]
    if isinstance(record, dict):
        key = data.draw(st.sampled_from(["title", "url", "resList", "domainMetaList"]))
        record[key] = data.draw(JSON_VALUES)
    payload = json.dumps(document).encode()
    if data.draw(st.booleans()):
        payload = payload[: data.draw(st.integers(0, len(payload)))]
    try:
        result = csrc.parse_list(payload)
    except ParseError:
        return
    assert isinstance(result, list)


# ---------------------------------------------------------------- fetch over the mirror
CHANNEL_PATH = "www.csrc.gov.cn/getChannelList"
LIST_PATH = "www.csrc.gov.cn/searchList/d4d45f8e2a5c4e9b"
XLSX_PATH = "www.csrc.gov.cn/csrc/c106251/c7662540/7662540/files/new.xlsx"


def serve(mirror: MirrorServer, book: bytes, *, etag: str = '"v1"') -> None:
    channel = {"success": True, "results": {"channelId": "d4d45f8e2a5c4e9b", "name": "境外"}}
    mirror.add(CHANNEL_PATH, json.dumps(channel))
    mirror.add(LIST_PATH, list_payload())
    mirror.add(XLSX_PATH, book, etag=etag, content_type="application/octet-stream")


def poll(memory: dict[str, Any] | None = None, validators: Any = None) -> Any:
    context = PollContext(today=date(2026, 10, 8), memory=memory or {})
    with HttpClient(retries=0, validators=validators) as client:
        return csrc.fetch(client, context), client.pending_validators


def test_fetch_full(mirror: MirrorServer, large_book: bytes) -> None:
    serve(mirror, large_book)
    result, validators = poll()
    assert result.errors == []
    assert result.documents == 3
    assert len(result.items) == 406
    assert result.memory["as_of"] == "2026-09-30"
    assert "深圳市优必选科技股份有限公司" in result.memory["names"]
    (channel_request,) = mirror.requests_for(CHANNEL_PATH)
    assert channel_request.query == "channelCode=c101935"
    (list_request,) = mirror.requests_for(LIST_PATH)
    assert "_pageSize=30" in list_request.query and "page=1" in list_request.query

    # A newer table without one Hong Kong company: a notice, and a new memory.
    rows = [r for r in excerpt_rows() if r["name"] != "深圳市越疆科技股份有限公司"]
    newer = build_workbook(rows, title=table_title(date(2026, 9, 30)))
    serve(mirror, newer, etag='"v2"')
    memory = {"as_of": "2026-08-31", "names": result.memory["names"]}
    second, _ = poll(memory, validators)
    notices = [i for i in second.items if i.kind == "csrc_notice"]
    keys = {n.key for n in notices}
    assert "csrc:深圳市越疆科技股份有限公司:notice" in keys
    assert all(n.published == date(2026, 9, 30) for n in notices)
    assert "深圳市越疆科技股份有限公司" not in second.memory["names"]

    # The same as-of date again: nothing special.
    third, _ = poll(second.memory)
    assert not [i for i in third.items if i.kind == "csrc_notice"]


def test_fetch_unchanged(mirror: MirrorServer, sample_book: bytes) -> None:
    serve(mirror, sample_book)
    first, validators = poll()
    assert first.items
    second, _ = poll(first.memory, validators)
    assert second.items == []
    assert second.unchanged == 1
    assert second.memory is None  # keep the previous memory


def test_fetch_missing_workbook(mirror: MirrorServer, sample_book: bytes) -> None:
    serve(mirror, sample_book)
    mirror.add(XLSX_PATH, b"gone", status=404)
    with pytest.raises(FetchError, match="404"):
        poll()


def test_fetch_broken_workbook(mirror: MirrorServer) -> None:
    serve(mirror, b"<html>maintenance</html>")
    with pytest.raises(ParseError):
        poll()


def _paged_list(table_page: int, attachment: str) -> Any:
    """A list whose status table sits on ``table_page``; earlier pages hold notices."""
    notices = {"data": {"results": [{"title": "关于境外发行上市备案的通知", "resList": []}]}}
    record = {
        "title": table_title(date(2026, 9, 30)),
        "url": "https://www.csrc.gov.cn/csrc/c106251/c7662540/content.shtml",
        "resList": [{"fileName": "表" + attachment[-5:], "filePath": attachment}],
    }
    with_table = {"data": {"results": [record]}}

    def answer(request: Any) -> bytes:
        page = int(dict(p.split("=", 1) for p in request.query.split("&"))["page"])
        return json.dumps(with_table if page == table_page else notices).encode()

    return answer


def test_fetch_finds_the_table_on_a_later_page(mirror: MirrorServer, sample_book: bytes) -> None:
    serve(mirror, sample_book)
    mirror.add(LIST_PATH, _paged_list(3, "/" + XLSX_PATH.split("/", 1)[1]))
    result, _ = poll()
    assert result.items and result.errors == []
    pages = [r.query for r in mirror.requests_for(LIST_PATH)]
    assert [q.rsplit("page=", 1)[1] for q in pages] == ["1", "2", "3"]


def test_fetch_gives_up_after_three_pages(mirror: MirrorServer, sample_book: bytes) -> None:
    serve(mirror, sample_book)
    mirror.add(LIST_PATH, _paged_list(4, "/" + XLSX_PATH.split("/", 1)[1]))
    with pytest.raises(ParseError, match="first 3 pages of the CSRC list"):
        poll()


def test_an_xls_table_reads_like_the_xlsx_one(sample_book: bytes) -> None:
    """The same table in both formats gives the same items (dates typed as dates too)."""
    rows = excerpt_rows() + synthetic_rows(400, start=100)  # larger than the real 267 rows
    book = build_xls(rows, blank_every=7)
    assert len(book) > 64 * 1024  # strings continued over records, several FAT sectors
    xlsx = csrc.parse(build_workbook(rows, blank_every=7))
    xls = csrc.parse(book)
    assert len(xls) == len(xlsx) == 406
    assert [(i.key, i.published, i.title, i.names) for i in xls] == [
        (i.key, i.published, i.title, i.names) for i in xlsx
    ]
    assert [i.raw for i in xls] == [i.raw for i in xlsx]
    typed = next(i for i in xls if i.raw["no"] == 100)  # a date cell, not text
    assert typed.raw["received"] == "2025-05-17"


XLS_HEAD = bytes.fromhex("d0cf11e0a1b11ae1")  # how every .xls begins


@pytest.mark.parametrize("payload", [XLS_HEAD, XLS_HEAD + b"\0" * 600])
def test_a_broken_xls_is_a_parse_error(payload: bytes) -> None:
    with pytest.raises(ParseError, match=r"\.xls"):
        csrc.parse(payload)


def test_fetch_reads_an_xls_table(mirror: MirrorServer) -> None:
    """The newest table is an ``.xls``: read like an ``.xlsx``, remembered, and a second
    poll of the unchanged file is a 304."""
    channel = {"success": True, "results": {"channelId": "d4d45f8e2a5c4e9b"}}
    mirror.add(CHANNEL_PATH, json.dumps(channel))
    xls = "/csrc/c106251/c7662540/7662540/files/new.xls"
    mirror.add(LIST_PATH, _paged_list(2, xls))
    book = build_xls(excerpt_rows(), title=EXCERPT["meta"]["title"])
    mirror.add("www.csrc.gov.cn" + xls, book, etag='"x1"', content_type="application/vnd.ms-excel")
    result, validators = poll()
    assert result.errors == []
    assert {i.raw["normalised_name"] for i in result.items} == {
        csrc.normalise_name(r["name"]) for r in EXCERPT["rows"]
    }
    assert all(i.url == "https://www.csrc.gov.cn" + xls for i in result.items)
    assert result.memory["as_of"] == "2026-09-30"
    second, _ = poll(result.memory, validators)
    assert second.items == [] and second.unchanged == 1


def test_fetch_refused_network_says_so(mirror: MirrorServer) -> None:
    mirror.add(CHANNEL_PATH, b"<html>403 Forbidden</html>", status=403)
    with pytest.raises(FetchError) as caught:
        poll()
    assert str(caught.value).startswith(
        "getChannelList: HTTP 403 Forbidden, the CSRC server refused this network"
    )
    said = explain("csrc", str(caught.value), interval_min=csrc.DEFAULT_INTERVAL_MIN)
    assert said.short == (
        "The CSRC's table of overseas listing filings: the CSRC's website refuses connections "
        "from this network (HTTP 403), as it does for some networks and countries; another "
        "network may get through."
    )
    assert said.next_step.endswith("tries again at the next poll, tomorrow.")
