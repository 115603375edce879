"""A large, realistic data directory: N companies and M events, written in bulk."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

KINDS = ["application_proof", "phip", "prospectus", "allotment_results", "csrc_received", "news"]


def build(data_dir: Path, companies: int = 1000, events: int = 100_000, seed: int = 7) -> Path:
    from desktop.app import prepare_database
    from desktop.context import AppContext
    from desktop.store.events import refresh_stages

    rng = random.Random(seed)
    ctx = AppContext(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    prepare_database(ctx)
    con = sqlite3.connect(ctx.db_path)
    now = "2026-11-01 00:00:00"
    con.executemany(
        "INSERT INTO company (name, name_zh, aliases, tags, facts, notes, origin, created_at,"
        " updated_at, stage, next_step) VALUES (?, ?, ?, '[]', '[]', '', 'user', ?, ?,"
        " 'watching', '')",
        [
            (
                f"Benchmark Holdings {n:04d} Technology",
                f"基准科技{n:04d}",
                json.dumps([f"Bench {n:04d}"]),
                now,
                now,
            )
            for n in range(companies)
        ],
    )
    ids = [row[0] for row in con.execute("SELECT id FROM company")]
    start = date(2024, 1, 1)
    rows = []
    for n in range(events):
        cid = ids[n % len(ids)]
        kind = rng.choice(KINDS)
        day = start + timedelta(days=rng.randrange(0, 1000))
        rows.append(
            (
                cid,
                kind,
                "hkex_app",
                day.isoformat(),
                f"{kind} {n}",
                f"https://www1.hkexnews.hk/app/sehk/{day.year}/{n}.pdf",
                f"bench-{n}",
                str(n % 5000),
                f"Benchmark Holdings {n % len(ids):04d}",
                f"bench{n % len(ids)}",
                json.dumps([f"Benchmark Holdings {n % len(ids):04d}"]),
                json.dumps({"listing_plan": True}),
                now,
            )
        )
    con.executemany(
        "INSERT INTO event (company_id, kind, source, published, title, url, fingerprint, ref,"
        " subject, subject_key, names, raw, seen_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    con.commit()
    con.close()
    refresh_stages(ctx.db, ids)
    ctx.db.dispose()
    return data_dir


# -- a realistic data directory: the huge tier ------------------------------------------
# Names as the exchanges print them, in English (pinyin) and Chinese (simplified, or
# traditional for a fifth: the folding and the script conversion have work to do), and
# every kind of event, each company's in the order a listing goes, over five years.
# The data are made up for timing: no name, code or amount is real.

CITIES = [  # English, simplified, traditional
    ("Shenzhen", "深圳市", "深圳市"),
    ("Suzhou", "苏州", "蘇州"),
    ("Hangzhou", "杭州", "杭州"),
    ("Beijing", "北京", "北京"),
    ("Shanghai", "上海", "上海"),
    ("Guangzhou", "广州", "廣州"),
    ("Chengdu", "成都", "成都"),
    ("Wuhan", "武汉", "武漢"),
    ("Nanjing", "南京", "南京"),
    ("Hefei", "合肥", "合肥"),
    ("Xiamen", "厦门", "廈門"),
    ("Hong Kong", "香港", "香港"),
]
SYLLABLES = [  # pinyin, simplified, traditional
    ("Zhi", "智", "智"),
    ("Xin", "芯", "芯"),
    ("Hua", "华", "華"),
    ("Yun", "云", "雲"),
    ("Da", "达", "達"),
    ("Chuang", "创", "創"),
    ("Wei", "微", "微"),
    ("Lian", "联", "聯"),
    ("Xun", "讯", "訊"),
    ("Sheng", "盛", "盛"),
    ("Hong", "鸿", "鴻"),
    ("Tai", "泰", "泰"),
    ("Yu", "宇", "宇"),
    ("Xing", "星", "星"),
    ("Chen", "辰", "辰"),
    ("Tian", "天", "天"),
    ("Shu", "数", "數"),
    ("An", "安", "安"),
    ("Kang", "康", "康"),
    ("Teng", "腾", "騰"),
    ("Fei", "飞", "飛"),
    ("Rui", "锐", "銳"),
    ("Heng", "恒", "恆"),
    ("Ming", "明", "明"),
    ("Yuan", "源", "源"),
    ("Hai", "海", "海"),
    ("Guang", "光", "光"),
    ("Yuan", "远", "遠"),
    ("Jing", "晶", "晶"),
    ("Ling", "灵", "靈"),
]
TRADES = [  # English, simplified, traditional, tag
    ("Robotics", "机器人", "機器人", "robotics"),
    ("Semiconductor", "半导体", "半導體", "semiconductors"),
    ("Intelligent Technology", "智能科技", "智能科技", "AI"),
    ("Biopharmaceutical", "生物医药", "生物醫藥", "biotech"),
    ("New Energy Technology", "新能源科技", "新能源科技", "EV"),
    ("Precision Manufacturing", "精密制造", "精密製造", "manufacturing"),
    ("Information Technology", "信息技术", "信息技術", "software"),
    ("Optoelectronics", "光电", "光電", "optics"),
    ("Medical Devices", "医疗器械", "醫療器械", "medtech"),
]
FORMS = [  # English, Chinese (the same in both scripts)
    ("Co., Ltd.", "股份有限公司"),
    ("Holdings Limited", "控股有限公司"),
    ("Technology Limited", "科技有限公司"),
]
# What a listing goes through, in order: (kind, source, title).  A company gets a prefix of
# it (how far it got), and perhaps an ending instead of the rest.
PATH = [
    ("csrc_received", "csrc", "{zh}境外发行上市备案材料接收"),
    ("application_proof", "hkex_app", "{en} - Application Proof (1st submission)"),
    ("csrc_supplementary_request", "csrc", "{zh}境外发行上市备案补充材料要求"),
    ("csrc_comments", "csrc", "境外发行上市备案补充材料要求公示（{zh}）"),
    ("application_proof_update", "hkex_app", "{en} - Application Proof (2nd submission)"),
    ("csrc_notice", "csrc", "关于{zh}境外发行上市备案通知书"),
    ("phip", "hkex_app", "{en} - Post Hearing Information Pack"),
    ("prospectus", "hkex_news", "{en} - Global Offering"),
    ("allotment_results", "hkex_news", "{en} - Announcement of Allotment Results"),
    ("listing_announcement", "hkex_news", "{en} - Listing Announcement"),
    ("listed", "hkex_new_listings", "{en} listed on the Main Board"),
    ("stabilisation_end", "offer_documents", "{en} - Stabilising Actions and End of Period"),
    ("lockup_expiry", "offer_documents", "{en} - Cornerstone lock-up ends"),
]
ENDINGS = [
    ("application_lapsed", "hkex_app", "{en} - Application Proof (lapsed)"),
    ("application_withdrawn", "hkex_app", "{en} - Application withdrawn"),
    ("application_returned", "hkex_app", "{en} - Application returned"),
    ("application_rejected", "hkex_app", "{en} - Application rejected"),
]
ALONG = [  # the rest of a company's events: (kind, source, title, weight)
    ("news", "news", "{en} weighs a Hong Kong listing, people familiar say", 2),
    ("news", "news", "{zh}拟赴港上市 已秘密递表", 2),
    ("news", "news", "{en} completes a pre-IPO round led by state funds", 1),
    ("a_share_announcement", "cninfo", "{zh}关于筹划发行H股股票并在香港联交所上市的提示性公告", 2),
    ("funding_round", "funding", "{en} raises a new funding round", 1),
    ("price", "prices", "{en} closing price", 4),
]


def _names(rng: random.Random, count: int) -> list[tuple[str, str, str, str, str]]:
    """``count`` different companies: (English name, Chinese name, English brand, Chinese
    short name, tag)."""
    seen: set[str] = set()
    found = []
    while len(found) < count:
        city, first, second = rng.choice(CITIES), rng.choice(SYLLABLES), rng.choice(SYLLABLES)
        trade, form = rng.choice(TRADES), rng.choice(FORMS)
        brand = f"{first[0]}{second[0].lower()}"
        english = f"{city[0]} {brand} {trade[0]} {form[0]}"
        if english in seen:
            continue
        seen.add(english)
        script = 2 if rng.random() < 0.2 else 1  # a fifth written in traditional characters
        short = f"{first[script]}{second[script]}{trade[script]}"
        chinese = f"{city[script]}{short}{form[1]}"
        found.append((english, chinese, f"{brand} {trade[0].split()[0]}", short, trade[3]))
    return found


# ``python -m benchmarks`` names a folder here for one run: the large data directory is
# built once and copied for each benchmark that needs it.
SHARED_ENV = "IPO_WATCH_BENCH_SHARED"


def build_realistic(
    data_dir: Path, companies: int = 10_000, events: int = 1_000_000, seed: int = 7
) -> Path:
    """A data directory of ``companies`` companies and about ``events`` events of every
    kind over the five years before 2026-11-01, written in bulk, stage summaries computed.
    Within one ``python -m benchmarks`` run, built once and copied."""
    import os
    import shutil

    shared = os.environ.get(SHARED_ENV)
    if not shared:
        return _build_realistic(data_dir, companies, events, seed)
    built = Path(shared) / f"realistic-{companies}-{events}-{seed}"
    if not built.is_dir():
        _build_realistic(built.with_suffix(".part"), companies, events, seed)
        built.with_suffix(".part").rename(built)
    shutil.copytree(built, data_dir, dirs_exist_ok=True)
    return data_dir


def _build_realistic(data_dir: Path, companies: int, events: int, seed: int) -> Path:
    from desktop.app import prepare_database
    from desktop.context import AppContext
    from desktop.store.events import refresh_stages

    rng = random.Random(seed)
    ctx = AppContext(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    prepare_database(ctx)
    con = sqlite3.connect(ctx.db_path)
    now, end = "2026-11-01 00:00:00", date(2026, 11, 1)
    start = end - timedelta(days=5 * 365)
    names = _names(rng, companies)
    (before,) = con.execute("SELECT coalesce(max(id), 0) FROM company").fetchone()
    con.executemany(
        "INSERT INTO company (name, name_zh, aliases, tags, a_code, facts, notes, origin,"
        " created_at, updated_at, stage, next_step) VALUES (?, ?, ?, ?, ?, '[]', '', 'user',"
        " ?, ?, 'watching', '')",
        [
            (
                english,
                chinese,
                json.dumps([brand, short], ensure_ascii=False),
                json.dumps([tag] if n % 3 else [tag, "18C"]),
                f"{688000 + n:06d}" if n % 7 == 0 else None,  # some have A shares
                now,
                now,
            )
            for n, (english, chinese, brand, short, tag) in enumerate(names)
        ],
    )
    ids = [
        row[0] for row in con.execute("SELECT id FROM company WHERE id > ? ORDER BY id", (before,))
    ]
    per_company = max(1, events // len(ids))
    rows: list[tuple[object, ...]] = []
    along_weights = [weight for *_, weight in ALONG]
    listed_at = [kind for kind, _, _ in PATH].index("listed")
    for n, (cid, (english, chinese, *_)) in enumerate(zip(ids, names, strict=True)):
        steps = PATH[: rng.randint(0, len(PATH))]
        if len(steps) <= listed_at and rng.random() < 0.3:
            steps = [*steps, rng.choice(ENDINGS)]  # it stopped on the way
        listed = any(kind == "listed" for kind, _, _ in steps)
        chosen = list(steps)
        while len(chosen) < per_company:
            kind, source, title, _ = rng.choices(ALONG, along_weights)[0]
            if kind == "price" and not listed:
                kind, source, title, _ = ALONG[0]
            chosen.append((kind, source, title))
        days = sorted(rng.randrange(0, (end - start).days) for _ in chosen)
        pipeline_days, other_days = days[: len(steps)], days[len(steps) :]
        rng.shuffle(other_days)
        for (kind, source, title), offset in zip(chosen, pipeline_days + other_days, strict=True):
            day = start + timedelta(days=offset)
            key = f"huge-{n}-{len(rows)}"
            rows.append(
                (
                    cid,
                    kind,
                    source,
                    day.isoformat(),
                    title.format(en=english, zh=chinese),
                    f"https://www1.hkexnews.hk/app/sehk/{day.year}/{key}.pdf",
                    key,
                    str(n % 5000),
                    english,
                    f"huge{n}",
                    json.dumps([english, chinese], ensure_ascii=False),
                    json.dumps({"listing_plan": kind == "news" and rng.random() < 0.5}),
                    now,
                )
            )
        if len(rows) >= 100_000:
            _insert_events(con, rows)
            rows = []
    _insert_events(con, rows)
    con.commit()
    con.close()
    refresh_stages(ctx.db, ids)
    ctx.db.dispose()
    return data_dir


def _insert_events(con: sqlite3.Connection, rows: list[tuple[object, ...]]) -> None:
    con.executemany(
        "INSERT INTO event (company_id, kind, source, published, title, url, fingerprint, ref,"
        " subject, subject_key, names, raw, seen_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
