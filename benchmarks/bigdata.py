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
