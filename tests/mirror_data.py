"""Mirror routes built from the recorded samples, plus synthetic records in the same
formats for the seed companies (so a poll can move them along the pipeline)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.mirror import MirrorServer

EDS = "www1.hkexnews.hk/ncms/json/eds/"

SAMPLE_ROUTES = {
    EDS + "appactive_app_sehk_c.json": "hkexnews_appactive_app_sehk_c_real_trimmed.json",
    EDS + "appactive_appphip_sehk_e.json": "hkexnews_appactive_appphip_sehk_e_real_trimmed.json",
    EDS + "appinactive_sehk_e.json": "hkexnews_appinactive_sehk_e_real_trimmed.json",
    EDS + "applisted_sehk_e.json": "hkexnews_applisted_sehk_e_real_trimmed.json",
    EDS + "appreturned_sehk_e.json": "hkexnews_appreturned_sehk_e_real_trimmed.json",
    EDS + "lcisehk1relsde_1.json": "hkexnews_lcisehk1relsde_1_record_from_test.json",
    "www1.hkexnews.hk/search/titleSearchServlet.do": "hkexnews_titleSearchServlet_response_assembled.json",
    "www1.hkexnews.hk/search/prefix.do": "hkexnews_prefix_do_stockid_lookup.jsonp",
    "qt.gtimg.cn/q=r_hk02513": "tencent_qt_gtimg_hk_quote_line.txt",
}

GEN = "1779642010003"


def _envelope(records: list[dict[str, Any]]) -> bytes:
    return json.dumps(
        {"genDate": GEN, "uDate": "20/11/2026", "app": records}, ensure_ascii=False
    ).encode()


def _doc(day: str, n: str, path: str, lang: str) -> dict[str, Any]:
    label = {"e": f"Application Proof ({n} submission)", "c": "申請版本（第一次呈交）"}[lang]
    return {
        "d": day,
        "nF": label,
        "nS1": "Full Version" if lang == "e" else "全文檔案",
        "u1": f"{path}_{lang}.pdf".replace("_e.pdf", ".pdf"),
    }


def _sample_records(name: str) -> list[dict[str, Any]]:
    path = Path(__file__).parent / "fixtures" / "samples" / name
    return json.loads(path.read_text(encoding="utf-8"))["app"]


def seed_company_files() -> dict[str, bytes]:
    """Synthetic application-proof files naming seed companies (test data only)."""
    mech_e = {
        "id": 990001,
        "d": "02/10/2026",
        "a": "Mech-Mind Robotics Technologies Co., Ltd.",
        "s": "A",
        "hasPhip": False,
        "ls": [_doc("02/10/2026", "1st", "sehk/2026/990001/documents/sehk26100200001", "e")],
        "ps": [],
    }
    mech_c = {
        **mech_e,
        "a": "梅卡曼德（北京）機器人科技股份有限公司",
        "ls": [_doc("02/10/2026", "1st", "sehk/2026/990001/documents/sehk26100200001", "c")],
    }
    micro_e = {
        "id": 990002,
        "d": "15/06/2026",
        "a": "China Micro Semicon (Shenzhen) Co., Ltd.",
        "s": "A",
        "hasPhip": True,
        "ls": [_doc("15/06/2026", "1st", "sehk/2026/990002/documents/sehk26061500002", "e")],
        "ps": [
            {
                "d": "10/11/2026",
                "nS1": "Post Hearing Information Pack",
                "u1": "sehk/2026/990002/documents/sehk26111000003.pdf",
            }
        ],
    }
    return {
        EDS + "appactive_app_sehk_e.json": _envelope(
            [mech_e, *_sample_records("hkexnews_appactive_app_sehk_e_real_trimmed.json")]
        ),
        EDS + "appactive_app_sehk_c.json": _envelope(
            [mech_c, *_sample_records("hkexnews_appactive_app_sehk_c_real_trimmed.json")]
        ),
        EDS + "appactive_appphip_sehk_e.json": _envelope(
            [micro_e, *_sample_records("hkexnews_appactive_appphip_sehk_e_real_trimmed.json")]
        ),
    }


def serve_samples(server: MirrorServer, *, with_seed_filings: bool = True) -> None:
    for path, name in SAMPLE_ROUTES.items():
        server.add_file(path, name)
    if with_seed_filings:
        for path, body in seed_company_files().items():
            server.add(path, body, content_type="application/json", etag=f'"{hash(body) & 0xFFFF}"')


def serve_real_listings(server: MirrorServer, *, year: int = 2026) -> None:
    """The real-layout New Listing Report and application records of ``real_layouts``,
    merged with the seed filings, and a Yahoo chart for every listed code."""
    from datetime import datetime

    from tests.real_layouts import (
        IPO_CODES_2026,
        NLR_2026,
        NLR_PATH,
        application_files,
        nlr_workbook,
        yahoo_chart,
        yahoo_path,
    )

    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    server.add(NLR_PATH.format(year=year), nlr_workbook(NLR_2026), content_type=xlsx, etag='"n1"')
    seed = seed_company_files()
    for path, body in application_files().items():
        records = json.loads(body)["app"]
        if path in seed:
            records += json.loads(seed[path])["app"]
        server.add(path, _envelope(records), content_type="application/json", etag='"r1"')
    for code in IPO_CODES_2026:
        closes = [20.0 + i for i in range(5)]
        server.add(yahoo_path(code), yahoo_chart(code, closes, datetime(2026, 1, 12, 8)))
