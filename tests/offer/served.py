"""A mirror serving one offer's documents in the HKEXnews latest-documents file."""

from __future__ import annotations

import json
from typing import Any

from tests.offer.pdfs import fixture_pdf, make_pdf

BASE = "www1.hkexnews.hk"
NOTICE = "/listedco/listconews/sehk/2025/1230/2025123000011.pdf"
RESULTS = "/listedco/listconews/sehk/2026/0107/2026010700901.pdf"
RESULTS_ZH = "/listedco/listconews/sehk/2026/0107/2026010700902_c.pdf"
STABILISATION = "/listedco/listconews/sehk/2026/0204/2026020400055.pdf"
NEXT_DAY = "/listedco/listconews/sehk/2026/0108/2026010800300.pdf"
WRONG = "/listedco/listconews/sehk/2026/0107/2026010700903.pdf"
BROKEN = "/listedco/listconews/sehk/2026/0107/2026010700904.pdf"


def record(
    news_id: int, path: str, title: str, t1: str, t2: str, when: str, code: str = "02513"
) -> dict[str, Any]:
    return {
        "newsId": news_id,
        "title": title,
        "webPath": path,
        "relTime": when,
        "t1Code": t1,
        "t2Code": t2,
        "lTxt": "",
        "ext": "pdf",
        "stock": [{"sc": code, "sn": "EXAMPLE ATLAS"}],
    }


def latest(records: list[dict[str, Any]]) -> bytes:
    return json.dumps(
        {"genDate": 1767000000000, "maxNumOfFile": 1, "newsInfoLst": records}
    ).encode()


def serve_offer(mirror: Any, *, with_stabilisation: bool = True, extra: bool = True) -> None:
    records = [
        record(1, NOTICE, "GLOBAL OFFERING", "10000", "15200", "30/12/2025 07:00"),
        record(
            2, RESULTS, "ANNOUNCEMENT OF ALLOTMENT RESULTS", "10000", "15100", "07/01/2026 22:00"
        ),
        record(9, NEXT_DAY, "Next Day Disclosure Return", "10000", "15100", "08/01/2026 19:00"),
    ]
    if with_stabilisation:
        records.append(
            record(
                3,
                STABILISATION,
                "STABILIZING ACTIONS AND END OF STABILIZATION PERIOD",
                "10000",
                "13300",
                "04/02/2026 19:00",
            )
        )
    if extra:
        records.append(
            record(
                4,
                WRONG,
                "ANNOUNCEMENT OF ALLOTMENT RESULTS",
                "10000",
                "15100",
                "07/01/2026 22:10",
                "00100",
            )
        )
        records.append(
            record(5, BROKEN, "GLOBAL OFFERING", "10000", "15200", "07/01/2026 22:20", "00200")
        )
    zh = [record(2, RESULTS_ZH, "配發結果公告", "10000", "15100", "07/01/2026 22:00")]
    mirror.add(f"{BASE}/ncms/json/eds/lcisehk1relsde_1.json", latest(records))
    mirror.add(f"{BASE}/ncms/json/eds/lcisehk1relsdc_1.json", latest(zh))
    mirror.add(BASE + NOTICE, fixture_pdf("notice_en.txt"), content_type="application/pdf")
    mirror.add(BASE + RESULTS, fixture_pdf("allotment_en.txt"), content_type="application/pdf")
    mirror.add(
        BASE + RESULTS_ZH, fixture_pdf("allotment_zh_hant.txt"), content_type="application/pdf"
    )
    mirror.add(
        BASE + STABILISATION, fixture_pdf("stabilisation_en.txt"), content_type="application/pdf"
    )
    mirror.add(BASE + NEXT_DAY, fixture_pdf("next_day_return.txt"), content_type="application/pdf")
    mirror.add(BASE + WRONG, fixture_pdf("allotment_en.txt"), content_type="application/pdf")
    broken = make_pdf(["GLOBAL OFFERING"])
    mirror.add(BASE + BROKEN, broken[: len(broken) // 2], content_type="application/pdf")
