"""The whole CSRC poll over loopback: the status table found on the list's second page as
an ``.xls`` (the old binary format, built here), read, matched, stored and remembered."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlmodel import select

from desktop.services.polling import poll_all
from desktop.store.companies import all_companies
from desktop.store.tables import Event, SourceState
from tests.mirror import MirrorServer, mirror_fixture  # noqa: F401
from tests.sources.test_csrc import CHANNEL_PATH, EXCERPT, LIST_PATH, build_xls, excerpt_rows

TODAY = date(2026, 10, 8)
XLS = "/csrc/c106251/c7662540/7662540/files/status.xls"
# Test rows (not facts): a seed company, and a different company whose name begins with
# another seed company's (中微半导体设备 is not 中微半导体（深圳）).
ROWS = [
    {
        "no": 300,
        "name": "苏州东山精密制造股份有限公司",
        "type": "直接境外上市",
        "subject": "/",
        "venue": "香港联交所",
        "sponsor": "样本证券",
        "lawyer": "样本律师事务所",
        "date": "2026年3月2日",
        "status": "补充材料",
        "remark": "",
    },
    {
        "no": 301,
        "name": "中微半导体设备（上海）股份有限公司",
        "type": "直接境外上市",
        "subject": "/",
        "venue": "香港联交所",
        "sponsor": "样本证券",
        "lawyer": "样本律师事务所",
        "date": "2026年4月1日",
        "status": "已接收",
        "remark": "",
    },
]


def serve(mirror: MirrorServer) -> None:
    channel = {"success": True, "results": {"channelId": "d4d45f8e2a5c4e9b"}}
    mirror.add(CHANNEL_PATH, json.dumps(channel))
    notices = {"data": {"results": [{"title": "关于境外发行上市备案的通知", "resList": []}]}}
    record = {
        "title": EXCERPT["meta"]["title"],
        "url": "https://www.csrc.gov.cn/csrc/c106251/c7662540/content.shtml",
        "resList": [{"fileName": EXCERPT["meta"]["title"] + ".xls", "filePath": XLS}],
    }

    def answer(request: Any) -> bytes:
        second = "page=2" in request.query.split("&")
        return json.dumps({"data": {"results": [record]}} if second else notices).encode()

    mirror.add(LIST_PATH, answer)
    book = build_xls(excerpt_rows() + ROWS, title=EXCERPT["meta"]["title"])
    mirror.add("www.csrc.gov.cn" + XLS, book, etag='"t1"', content_type="application/vnd.ms-excel")


def test_an_xls_status_table_reaches_the_watchlist(ctx: Any, mirror: MirrorServer) -> None:
    serve(mirror)
    (outcome,) = poll_all(ctx.db, ["csrc"], today=TODAY)
    assert outcome.ok and outcome.error is None, outcome.error
    companies = {c.name: c for c in all_companies(ctx.db)}
    dongshan = companies["Suzhou Dongshan Precision Manufacturing"]
    micro = companies["China Micro Semicon (Shenzhen)"]
    with ctx.db.session() as session:
        events = session.exec(select(Event).where(Event.source == "csrc")).all()
        state = session.get(SourceState, "csrc")
    by_name = {e.raw["normalised_name"]: e for e in events}
    assert len(by_name) == len(EXCERPT["rows"]) + 2  # every row kept for the pipeline
    mine = by_name["苏州东山精密制造股份有限公司"]
    assert mine.company_id == dongshan.id and mine.kind == "csrc_supplementary_request"
    assert mine.published == date(2026, 9, 30)  # the table's date
    assert mine.url == "https://www.csrc.gov.cn" + XLS
    assert by_name["中微半导体设备(上海)股份有限公司"].company_id != micro.id
    assert by_name["中微半导体设备(上海)股份有限公司"].company_id is None
    assert state is not None and state.memory["as_of"] == "2026-09-30"
    assert "苏州东山精密制造股份有限公司" in state.memory["names"]

    # The next poll: the table is unchanged (304), nothing new, nothing lost.
    (again,) = poll_all(ctx.db, ["csrc"], today=TODAY)
    assert again.ok and again.new_events == [] and again.unchanged == 1
