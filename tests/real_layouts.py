"""Files in the layouts real copies of the live files showed (DESIGN §5a), built here.

The layouts are the real ones (header texts, ``(a)``/``(b)`` rows, ditto marks, ``N/A -``
cells, wrapped ``/``-separated sponsors, codes as text or number, Excel dates, a price as
text, the footer and legend; application records with PHIPs in ``ls`` and earlier
submissions in ``ps``, OC entries without ``nF``, revisions without an ordinal).  The
companies are the seed's Q1 2026 listings under the names the exchange writes, plus
invented look-alikes (``Birenbaum Foods``, ``Knowledge Atlas Education`` / ``智譜教育``)
that must stay unmatched; codes, dates, prices and amounts are test values, not facts.
"""

from __future__ import annotations

import io
import json
from datetime import datetime
from typing import Any

from openpyxl import Workbook

NLR_PATH = (
    "www2.hkexnews.hk/-/media/HKEXnews/Homepage/New-Listings/New-Listing-Information/"
    "New-Listing-Report/Main/NLR{year}_Eng.xlsx"
)
EDS = "www1.hkexnews.hk/ncms/json/eds/"

NLR_HEADER = [
    None,
    "Stock Code",
    "Company Name at time of listing (exclude Chapter 20 cases)",
    "Date of Prospectus (dd/mm/yy)",
    "Date of Listing (dd/mm/yy)",
    "Sponsor(s)",
    "Reporting Accountants",
    "Valuer(s)",
    "Funds Raised (HK$)",
    " IPO Subscription Price (HK$)",
    None,
]
D = '"'  # the ditto mark of the (b) rows

# code cell, name, prospectus, listing, sponsors, funds (a), funds (b), price
Listing = tuple[Any, str, Any, Any, str, Any, Any, Any]

NLR_2026: list[Listing] = [
    (
        "06082",
        "Shanghai Biren Technology Co., Ltd.- H shares",
        datetime(2025, 12, 22),
        datetime(2026, 1, 2),
        "China International Capital\nCorporation Hong Kong\nSecurities Limited/\n"
        "Ping An of China Capital\n(Hong Kong) Company Limited",
        281_100_000.0,
        5_302_000_000.0,
        19.6,
    ),
    (
        2513,
        "Knowledge Atlas Technology Joint Stock\nCompany Limited - H Shares",
        datetime(2025, 12, 30),
        datetime(2026, 1, 8),
        "China International Capital\nCorporation Hong Kong\nSecurities Limited",
        430_000_000.0,
        3_870_000_000.0,
        "116.20",
    ),
    (
        "09903",
        "Shanghai Iluvatar CoreX\nSemiconductor Co., Ltd. - H Shares",
        datetime(2025, 12, 30),
        datetime(2026, 1, 8),
        "CITIC Securities (Hong Kong)\nLimited",
        366_700_000.0,
        3_300_000_000.0,
        144.6,
    ),
    (
        "00100",
        "MiniMax Group Inc. - W - P",
        datetime(2025, 12, 31),
        datetime(2026, 1, 9),
        "Goldman Sachs (Asia) L.L.C./\nChina International Capital\nCorporation Hong Kong\n"
        "Securities Limited/ UBS Securities Hong\nKong Limited",
        "419,000,000",
        3_771_000_000.0,
        "'165.00",
    ),
    (  # a look-alike: "Biren" begins it, "Foods" says it is someone else
        "02999",
        "Birenbaum Foods Holdings Limited - B",
        datetime(2026, 2, 2),
        datetime(2026, 2, 10),
        "Example Capital Limited",
        50_000_000.0,
        450_000_000.0,
        "9.940",
    ),
    (  # not an IPO: a transfer from GEM
        3696,
        "Example Transfer Holdings Limited",
        "N/A",
        datetime(2026, 2, 16),
        "N/A",
        "N/A - Transfer of Listing from GEM to Main Board",
        None,
        "N/A",
    ),
    (  # not an IPO: a De-SPAC deal
        "09588",
        "Example De-SPAC Successor Inc.",
        "N/A",
        datetime(2026, 3, 2),
        "N/A",
        "N/A - By De-SPAC Transaction",
        None,
        "N/A",
    ),
    (  # not an IPO: an introduction
        "01888",
        "Example Introduction Group Limited - S",
        "N/A",
        datetime(2026, 3, 20),
        "N/A",
        "N/A - By Introduction",
        None,
        "N/A",
    ),
]
IPO_CODES_2026 = {"06082", "02513", "09903", "00100", "02999"}


def nlr_workbook(
    listings: list[Listing], *, year: int = 2026, up_to: str = "29 April 2026"
) -> bytes:
    """A New Listing Report in the real layout: A1 title, header on row 2, (a)/(b) rows,
    footer and legend."""
    book = Workbook()
    sheet = book.active
    sheet.append([f"Year {year} (up to {up_to})"])
    sheet.append(NLR_HEADER)
    for number, (code, name, prospectus, listing, sponsors, funds_a, funds_b, price) in enumerate(
        listings, start=1
    ):
        sheet.append(
            [
                number,
                code,
                name,
                prospectus,
                listing,
                sponsors,
                "Example Accountants\nLimited" if funds_b is not None else "N/A",
                "N/A",
                funds_a,
                price,
                "(a)",
            ]
        )
        if funds_b is not None:
            sheet.append([None, D, D, D, D, D, D, D, funds_b, D, "(b)"])
    for row in sheet.iter_rows(min_row=3):
        for cell in row[3:5]:
            if isinstance(cell.value, datetime):
                cell.number_format = "dd/mm/yy"
    sheet.append([])
    sheet.append([None, "Remarks : (a) Hong Kong Offers / (b) International Offers"])
    sheet.append([None, "B - Biotech companies listed under Chapter 18A"])
    sheet.append([None, "P - Specialist technology companies (pre-commercial)"])
    sheet.append([None, "S - Secondary listing"])
    sheet.append([None, "W - Companies with weighted voting rights structure"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _envelope(records: list[dict[str, Any]]) -> bytes:
    return json.dumps(
        {"genDate": "1767225600000", "uDate": "12/01/2026", "app": records}, ensure_ascii=False
    ).encode()


def _doc(day: str, label: str | None, part: str, url: str) -> dict[str, Any]:
    doc: dict[str, Any] = {"d": day, "nS1": part, "u1": url}
    if label is not None:
        doc["nF"] = label
    return doc


def application_files() -> dict[str, bytes]:
    """Active and listed application records: PHIP in ``ls``, the earlier submission in
    ``ps``, an OC entry without ``nF``, a revision without an ordinal."""
    base = "sehk/2025/108100/documents/"
    active_e = {
        "id": 108100,
        "d": "30/06/2025",
        "a": "Shanghai Biren Technology Co., Ltd.",
        "s": "A",
        "hasPhip": True,
        "ls": [
            _doc("30/06/2025", None, "OC Announcement - Appointment", base + "oc.pdf"),
            _doc("15/12/2025", "PHIP (1st submission)", "Full Version", base + "phip.pdf"),
            _doc(
                "28/11/2025", "Application Proof (Revised version)", "Full Version", base + "r.pdf"
            ),
        ],
        "ps": [
            _doc(
                "30/06/2025", "Application Proof (1st submission)", "Full Version", base + "a1.pdf"
            ),
            _doc(
                "30/06/2025", "Application Proof (1st submission)", "Multi-Files", base + "a1m.pdf"
            ),
        ],
    }
    active_c = {
        **active_e,
        "a": "上海壁仞科技股份有限公司",
        "ls": [
            _doc("30/06/2025", None, "整體協調人公告－委任", base + "oc_c.pdf"),
            _doc("15/12/2025", "聆訊後資料集（第一次呈交）", "全文檔案", base + "phip_c.pdf"),
            _doc("28/11/2025", "申請版本（修訂版）", "全文檔案", base + "r_c.pdf"),
        ],
        "ps": [
            _doc("30/06/2025", "申請版本（第一次呈交）", "全文檔案", base + "a1_c.pdf"),
            _doc("30/06/2025", "申請版本（第一次呈交）", "多檔案", base + "a1m_c.pdf"),
        ],
    }
    listed_e = {
        "id": 108100,
        "d": "02/01/2026",
        "a": "Shanghai Biren Technology Co., Ltd.",
        "s": "LT",
        "st": "6082",
        "hasPhip": True,
        "ls": [],
        "ps": [],
    }
    listed_c = {**listed_e, "a": "上海壁仞科技股份有限公司"}
    # Zhipu as the exchange's files name it, in English and in traditional Chinese.
    zhipu_e = {
        **listed_e,
        "id": 108200,
        "d": "08/01/2026",
        "a": "Knowledge Atlas Technology Joint Stock Company Limited",
        "st": "2513",
    }
    zhipu_c = {**zhipu_e, "a": "北京智譜華章科技股份有限公司"}
    # An invented applicant whose names begin like Zhipu's and say more.
    look_e = {
        "id": 108777,
        "d": "05/02/2026",
        "a": "Knowledge Atlas Education Group Limited",
        "s": "A",
        "hasPhip": False,
        "ls": [
            _doc(
                "05/02/2026",
                "Application Proof (1st submission)",
                "Full Version",
                "sehk/2026/108777/documents/a1.pdf",
            )
        ],
        "ps": [],
    }
    look_c = {
        **look_e,
        "a": "智譜教育集團有限公司",
        "ls": [
            _doc(
                "05/02/2026",
                "申請版本（第一次呈交）",
                "全文檔案",
                "sehk/2026/108777/documents/a1_c.pdf",
            )
        ],
    }
    return {
        EDS + "appactive_appphip_sehk_e.json": _envelope([active_e]),
        EDS + "appactive_appphip_sehk_c.json": _envelope([active_c]),
        EDS + "appactive_app_sehk_e.json": _envelope([look_e]),
        EDS + "appactive_app_sehk_c.json": _envelope([look_c]),
        EDS + "applisted_sehk_e.json": _envelope([listed_e, zhipu_e]),
        EDS + "applisted_sehk_c.json": _envelope([listed_c, zhipu_c]),
    }


def yahoo_chart(code: str, closes: list[float], start: datetime) -> bytes:
    """A Yahoo v8 chart answer for one code (the shape of the captured sample)."""
    number = int(code)
    symbol = f"{number:04d}.HK" if number < 10000 else f"{number:05d}.HK"
    stamps = [int(start.timestamp()) + 86400 * i for i in range(len(closes))]
    return json.dumps(
        {
            "chart": {
                "result": [
                    {
                        "meta": {"symbol": symbol, "currency": "HKD", "gmtoffset": 28800},
                        "timestamp": stamps,
                        "indicators": {"quote": [{"close": closes}]},
                    }
                ],
                "error": None,
            }
        }
    ).encode()


def yahoo_path(code: str) -> str:
    number = int(code)
    symbol = f"{number:04d}.HK" if number < 10000 else f"{number:05d}.HK"
    return f"query1.finance.yahoo.com/v8/finance/chart/{symbol}?range=1mo&interval=1d"
