"""What one application-file poll stores, compared with a snapshot taken before the poll
was made faster: the same items from the same bytes (real trimmed files, built files in
both languages, records with odd fields), and the same rows in ``event``, ``company`` and
``company_identity`` after parse → merge → match → ``store_poll``.

The snapshot (``tests/fixtures/ingest_snapshot.json``) was written by ``snapshot()`` below
running on the code as it was; timestamps that are "now" (``seen_at`` is fixed by the
poll's ``now``; ``learned_at``, ``created_at``, ``updated_at``) are left out.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.services.polling import CompanyMatcher, merge_items, watched_companies
from desktop.sources import hkex_app
from desktop.sources.base import SourceItem
from desktop.store.db import Database
from desktop.store.ingest import store_poll
from tests.sources.test_hkex_app import build_file, encode

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SNAPSHOT = FIXTURES / "ingest_snapshot.json"
NOW = datetime(2026, 11, 2, 3, 4, 5, tzinfo=UTC)
REAL = {
    "appactive_app_sehk_c": "hkexnews_appactive_app_sehk_c_real_trimmed.json",
    "appactive_app_sehk_e": "hkexnews_appactive_app_sehk_e_real_trimmed.json",
    "appactive_appphip_sehk_e": "hkexnews_appactive_appphip_sehk_e_real_trimmed.json",
    "appinactive_sehk_e": "hkexnews_appinactive_sehk_e_real_trimmed.json",
    "applisted_sehk_e": "hkexnews_applisted_sehk_e_real_trimmed.json",
    "appreturned_sehk_e": "hkexnews_appreturned_sehk_e_real_trimmed.json",
}
# Watched companies (name, Chinese name, aliases, HK code): some named as the built and
# real files name their applicants, one by code, one ambiguous pair.
WATCHED = [
    ("TenNor Therapeutics", None, ["TenNor"], None),
    ("袁記食品", "袁記食品集團", [], None),
    ("EnjoyGo Technology", None, [], None),
    ("Example Applicant 100003", "示例申請人100003", [], None),
    ("Example Applicant 100005", None, [], "08005"),
    ("Example Applicant 200001", None, ["示例申請人200001控股"], None),
    ("Example Applicant 200002", None, [], None),
    ("Example Applicant 200002 Holdings", None, [], None),
]


def _odd_records() -> list[dict[str, Any]]:
    """Records whose fields are not the plain case: every one goes the general way."""
    base = {"d": "02/01/2026", "s": "A"}
    proof = "sehk/2026/107000/documents/a.pdf"
    return [
        {**base, "id": 107000, "a": "Odd &amp; <b>Bold</b> Co., Ltd.", "ls": [
            {"d": "02/01/2026", "nF": "Application Proof &amp; <i>1st</i>", "u1": proof},
            {"d": 20260102, "nF": 12, "nS1": ["x"], "u1": "../../etc/passwd"},
            {"d": "31/02/2026", "nF": "Application Proof (2nd submission)",
             "u1": "https://www1.hkexnews.hk/app/sehk/x.pdf", "u2": "http://evil.example/x"},
            "not a document", None, {},
        ]},
        {**base, "id": 107001, "a": "Tab\tand\nnewline   Limited", "s": " lp ",
         "hasPhip": "Y", "st": 6872, "w": "sehk/2026/107001/warning.pdf", "ls": [
             {"d": " 03/01/2026 ", "nF": "申請版本（修訂版）", "u2": "sehk/2026/107001/r.htm"},
             {"d": "04/01/2026", "nF": "申請版本（第一次呈交）", "nS1": "全文檔案",
              "u1": "sehk/2026/107001/documents/f.pdf"},
             {"d": "05/01/2026", "nF": "聆訊後資料集（第一次呈交）",
              "u1": "sehk/2026/107001/documents/p.pdf"},
         ], "ps": [{"d": "01/12/2025", "nS1": "PHIP (1st submission)",
                    "u1": "sehk/2025/107001/documents/old.pdf"}]},
        {**base, "id": 107002, "a": "X" * 400, "s": "W", "hasPhip": 1, "st": "06872.0",
         "ls": [{"d": "06/01/2026", "nF": "A" * 350, "u1": "a" * 2100}] * 3},
        {**base, "id": 107003, "a": "Many Documents Limited", "s": "RJ", "st": 6872.0,
         "ls": [{"d": f"{1 + n % 28:02d}/01/2026", "nF": f"Application Proof ({4 + n % 2}th)",
                 "u1": f"sehk/2026/107003/documents/{n}.pdf"} for n in range(230)]},
        {**base, "id": 107004, "a": "Flags Limited", "s": "LT", "hasPhip": "no", "st": True,
         "ls": {"not": "a list"}, "ps": "nothing"},
        {**base, "id": "107005", "a": "String Id Limited"},
        {**base, "id": 107006, "a": "   "},
        {**base, "id": 107007, "a": "Bad Day Limited", "d": "2026-01-02"},
        {**base, "id": 107008, "a": 12345, "s": None, "hasPhip": None,
         "ls": [{"d": "08/01/2026", "nF": "Application\u00a0Proof\u3000(1st submission)",
                 "nS1": "Full\u200bVersion", "u1": "sehk/2026/107008/d%2e.pdf"}]},
    ]  # fmt: skip


def payloads() -> dict[str, bytes]:
    files = {doc: (FIXTURES / "samples" / name).read_bytes() for doc, name in REAL.items()}
    for document in hkex_app.DOCUMENTS:
        prefix, board, lang = document.rsplit("_", 2)
        if document not in files:
            files[document] = encode(build_file(prefix, board, lang, count=6))
    files["appactive_app_gem_e"] = encode({"app": _odd_records()})
    return files


def _item(item: SourceItem) -> list[Any]:
    return [
        item.source, item.kind, item.key, list(item.names), str(item.published), item.title,
        item.url, [list(c) for c in item.codes], item.ref, item.raw,
    ]  # fmt: skip


def _rows(path: Path) -> dict[str, Any]:
    skip = {"learned_at", "created_at", "updated_at"}
    con = sqlite3.connect(path)
    try:
        tables: dict[str, Any] = {}
        for table in ("event", "company", "company_identity", "source_state"):
            cursor = con.execute(f"SELECT * FROM {table} ORDER BY rowid")
            columns = [c[0] for c in cursor.description]
            tables[table] = [
                {c: v for c, v in zip(columns, row, strict=True) if c not in skip} for row in cursor
            ]
        return tables
    finally:
        con.close()


def snapshot(folder: Path) -> dict[str, Any]:
    """Items parsed from every payload, and the rows one poll of them stores."""
    files = payloads()
    parsed: list[SourceItem] = []
    result: dict[str, Any] = {"items": {}}
    for document, body in files.items():
        items, skipped = hkex_app.parse_counted(body, document=document)
        result["items"][document] = {"skipped": skipped, "items": [_item(i) for i in items]}
        parsed.extend(items)
    db = Database(folder / "snapshot.sqlite3")
    db.migrate()
    con = sqlite3.connect(folder / "snapshot.sqlite3")
    con.executemany(
        "INSERT INTO company (name, name_zh, aliases, hk_code, tags, facts, notes, origin,"
        " created_at, updated_at, stage, next_step) VALUES (?, ?, ?, ?, '[]', '[]', '', 'user',"
        " '2026-11-01 00:00:00', '2026-11-01 00:00:00', 'watching', '')",
        [(n, zh, json.dumps(a, ensure_ascii=False), code) for n, zh, a, code in WATCHED],
    )
    con.commit()
    con.close()
    try:
        items = merge_items(parsed)
        matcher = CompanyMatcher(watched_companies(db))
        prepared = [p for p in (matcher.prepare(item) for item in items) if p is not None]
        stored = store_poll(
            db, "hkex_app", prepared, validators={"v": {"etag": "1"}}, memory=None,
            items_seen=len(items), warning=None, interval_min=60, now=NOW,
        )  # fmt: skip
        again = store_poll(
            db, "hkex_app", prepared, validators={}, memory=None,
            items_seen=len(items), warning="w", interval_min=60, now=NOW,
        )  # fmt: skip
    finally:
        db.dispose()
    result["stored"] = [[s.id, s.company_id, s.item.key] for s in stored]
    result["again"] = len(again)
    result["rows"] = _rows(folder / "snapshot.sqlite3")
    # Through JSON, as the snapshot file holds it (tuples become lists, dates text).
    loaded: dict[str, Any] = json.loads(json.dumps(result, ensure_ascii=False, default=str))
    return loaded


def test_a_poll_stores_what_it_stored_before(tmp_path: Path) -> None:
    expected = json.loads(SNAPSHOT.read_text("utf-8"))
    found = snapshot(tmp_path)
    assert found["items"].keys() == expected["items"].keys()
    for document, parsed in expected["items"].items():
        assert found["items"][document] == parsed, document
    assert found["stored"] == expected["stored"]
    assert found["again"] == expected["again"] == 0
    for table, rows in expected["rows"].items():
        assert found["rows"][table] == rows, table
    matched = [row for row in found["rows"]["event"] if row["company_id"] is not None]
    assert len(matched) >= 10 and found["rows"]["company_identity"]  # the snapshot says something
