"""Synthetic HKEXnews application files in the published format, for benchmarks.

Names are built from Chinese brand characters with their pinyin, a sector and often a
region, so that the English file and the Chinese file (traditional characters) name the
same applicants under the same ids, as HKEXnews does.  Records carry the documents
``ls[]`` (overall coordinator announcement, one or two application proof versions) and,
for some, a PHIP in ``ps[]``.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

BRAND = {
    "華": "Hua", "興": "Xing", "達": "Da", "瑞": "Rui", "億": "Yi", "騰": "Teng", "創": "Chuang",
    "聯": "Lian", "鴻": "Hong", "盛": "Sheng", "匯": "Hui", "德": "De", "順": "Shun", "泰": "Tai",
    "豐": "Feng", "龍": "Long", "鳳": "Feng", "輝": "Hui", "晶": "Jing", "馳": "Chi", "翔": "Xiang",
    "遠": "Yuan", "博": "Bo", "景": "Jing", "嘉": "Jia", "雲": "Yun", "訊": "Xun", "星": "Xing",
    "藍": "Lan", "極": "Ji", "卓": "Zhuo", "銳": "Rui", "恒": "Heng", "寶": "Bao", "陽": "Yang",
    "光": "Guang", "海": "Hai", "天": "Tian", "宇": "Yu", "凱": "Kai", "潤": "Run", "新": "Xin",
    "麥": "Mai", "澤": "Ze", "鑫": "Xin", "維": "Wei", "銘": "Ming", "昊": "Hao",
}  # fmt: skip
SECTORS = [
    ("科技", "Technology"),
    ("機器人", "Robotics"),
    ("半導體", "Semiconductor"),
    ("生物醫藥", "Biopharmaceutical"),
    ("醫療器械", "Medical Devices"),
    ("新能源", "New Energy"),
    ("食品", "Foods"),
    ("物流", "Logistics"),
    ("電子", "Electronics"),
    ("資訊技術", "Information Technology"),
    ("汽車", "Automotive"),
    ("智能", "Intelligent"),
]
REGIONS = [
    ("深圳", "Shenzhen"),
    ("上海", "Shanghai"),
    ("北京", "Beijing"),
    ("蘇州", "Suzhou"),
    ("杭州", "Hangzhou"),
    ("廣州", "Guangzhou"),
    ("南京", "Nanjing"),
    ("成都", "Chengdu"),
]
FORMS = [
    ("{region}{brand}{sector}股份有限公司", "{Region} {Brand} {Sector} Co., Ltd."),
    ("{brand}{sector}股份有限公司", "{Brand} {Sector} Co., Ltd."),
    ("{brand}{sector}集團有限公司", "{Brand} {Sector} Group Limited"),
    ("{brand}控股有限公司", "{Brand} Holdings Limited"),
    ("{brand}{sector}（{region}）股份有限公司", "{Brand} {Sector} ({Region}) Co., Ltd."),
    ("{brand}{sector}有限公司 - B", "{Brand} {Sector} Limited - B"),
]


@dataclass(frozen=True)
class Applicant:
    id: int
    en: str
    zh: str  # traditional characters, as HKEXnews publishes
    brand_zh: str
    brand_en: str
    region_en: str


def applicants(count: int, seed: int = 11) -> list[Applicant]:
    rng = random.Random(seed)
    chars = list(BRAND)
    found = []
    for n in range(count):
        first, second = rng.sample(chars, 2)
        brand_zh = first + second
        brand_en = BRAND[first] + BRAND[second].lower()
        sector_zh, sector_en = rng.choice(SECTORS)
        region_zh, region_en = rng.choice(REGIONS)
        zh_form, en_form = rng.choice(FORMS)
        fields = {
            "brand": brand_zh,
            "sector": sector_zh,
            "region": region_zh,
            "Brand": brand_en,
            "Sector": sector_en,
            "Region": region_en,
        }
        found.append(
            Applicant(
                id=100_000 + n,
                en=en_form.format(**fields),
                zh=zh_form.format(**fields),
                brand_zh=brand_zh,
                brand_en=brand_en,
                region_en=region_en,
            )
        )
    return found


_LABELS = {
    "e": {
        "oc": "Overall Coordinator Announcement - Appointment",
        "proof": "Application Proof ({n} submission)",
        "nth": {1: "1st", 2: "2nd", 3: "3rd"},
        "full": "Full Version",
        "multi": "Multi-Files",
        "phip": "Post Hearing Information Pack",
    },
    "c": {
        "oc": "整體協調人公告－委任",
        "proof": "申請版本（第{n}次呈交）",
        "nth": {1: "一", 2: "二", 3: "三"},
        "full": "全文檔案",
        "multi": "多檔案",
        "phip": "聆訊後資料集",
    },
}


def _dmy(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def records(people: list[Applicant], lang: str, seed: int = 13) -> list[dict[str, Any]]:
    """One application record per applicant, in the English ("e") or Chinese ("c") file;
    the same seed gives the same dates, documents and statuses in both languages."""
    rng = random.Random(seed)
    label = _LABELS[lang]
    suffix = "" if lang == "e" else "_c"
    start = date(2025, 6, 1)
    found = []
    for person in people:
        day = start + timedelta(days=rng.randrange(0, 330))
        year = day.year
        base = f"sehk/{year}/{person.id}"
        stamp = day.strftime("%y%m%d")
        docs = [
            {
                "d": _dmy(day),
                "nS1": label["oc"],
                "u1": f"{base}/documents/sehk{stamp}{person.id % 100000:05d}1{suffix}.pdf",
            }
        ]
        versions = 1 + (rng.random() < 0.2)
        for version in range(1, versions + 1):
            vday = day + timedelta(days=(version - 1) * 181)
            docs.append(
                {
                    "d": _dmy(vday),
                    "nF": label["proof"].format(n=label["nth"][version]),
                    "nS1": label["full"],
                    "nS2": label["multi"],
                    "u1": f"{base}/documents/sehk{stamp}{person.id % 100000:05d}{version + 1}{suffix}.pdf",
                    "u2": f"{base}/{vday:%Y%m%d}{person.id % 100000:05d}{suffix}.htm",
                }
            )
        phip = rng.random() < 0.15
        phips = []
        if phip:
            pday = day + timedelta(days=rng.randrange(60, 170))
            phips.append(
                {
                    "d": _dmy(pday),
                    "nF": label["phip"],
                    "nS1": label["full"],
                    "u1": f"{base}/documents/sehk{pday:%y%m%d}{person.id % 100000:05d}9{suffix}.pdf",
                }
            )
        record: dict[str, Any] = {
            "id": person.id,
            "d": _dmy(day),
            "a": person.en if lang == "e" else person.zh,
            "s": "A",
            "hasPhip": phip,
            "ls": docs,
            "ps": phips,
        }
        if rng.random() < 0.3:
            record["w"] = f"{base}/documents/warn{stamp}{person.id % 100000:05d}.pdf"
        found.append(record)
    return found


def envelope(items: list[dict[str, Any]], generated: int = 1779642010003) -> bytes:
    body = {"genDate": str(generated), "uDate": "20/11/2026", "app": items}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def application_files(count: int, seed: int = 11) -> tuple[list[Applicant], dict[str, bytes]]:
    """``count`` applicants as the Main Board active-application files, English and
    Chinese: {"appactive_app_sehk_e": bytes, "appactive_app_sehk_c": bytes}."""
    people = applicants(count, seed)
    files = {
        f"appactive_app_sehk_{lang}": envelope(records(people, lang, seed + 2)) for lang in "ec"
    }
    return people, files
