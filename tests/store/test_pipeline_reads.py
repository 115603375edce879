"""The pipeline's reads go through the index of the pipeline's events and summarise each
applicant as before: newest date, newest document, names once each."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
from datetime import date
from pathlib import Path

from desktop.store.db import MIGRATIONS_DIR, Database
from desktop.store.pipeline import _SQL, PIPELINE_WHERE, applicant_events, read_pipeline

TODAY = date(2026, 11, 20)


def _database(tmp_path: Path) -> Path:
    path = tmp_path / "pipeline.sqlite3"
    db = Database(path)
    db.migrate()
    db.dispose()
    return path


def _plan(path: Path, sql: str, params: tuple[object, ...] = ()) -> str:
    con = sqlite3.connect(path)
    try:
        rows = con.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    finally:
        con.close()
    return " | ".join(str(row[-1]) for row in rows)


def test_the_migration_indexes_what_the_pipeline_reads() -> None:
    spec = importlib.util.spec_from_file_location(
        "pipeline_index", MIGRATIONS_DIR / "versions" / "0011_pipeline_index.py"
    )
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    assert migration.PIPELINE_EVENTS == PIPELINE_WHERE


def test_the_pipeline_reads_only_its_own_events_through_their_index(tmp_path: Path) -> None:
    path = _database(tmp_path)
    whole = _plan(path, _SQL + " ORDER BY subject_key, id")
    assert "ix_event_pipeline" in whole, whole
    assert "TEMP B-TREE" not in whole, whole  # in the index's order: no sort
    one = _plan(
        path, _SQL + " AND subject_key = ? ORDER BY published IS NULL, published, id", ("k",)
    )
    assert "ix_event_pipeline" in one, one


def _insert(
    con: sqlite3.Connection, n: int, kind: str, published: str | None, **extra: object
) -> None:
    row = {
        "company_id": None,
        "kind": kind,
        "source": "hkex_app",
        "published": published,
        "title": f"{kind} {n}",
        "url": f"https://www1.hkexnews.hk/app/{n}.pdf",
        "fingerprint": f"fp-{n}",
        "ref": "1",
        "subject": "Alpha Robotics Inc.",
        "subject_key": "alpha robotics",
        "names": json.dumps(
            ["Alpha Robotics Inc.", "阿尔法机器人股份有限公司"], ensure_ascii=False
        ),
        "raw": json.dumps({"board": "sehk"}),
        "seen_at": "2026-11-01 00:00:00",
        **extra,
    }
    columns = ", ".join(row)
    con.execute(
        f"INSERT INTO event ({columns}) VALUES ({', '.join('?' * len(row))})", tuple(row.values())
    )


def test_an_applicant_is_summarised_from_its_events(tmp_path: Path) -> None:
    path = _database(tmp_path)
    con = sqlite3.connect(path)
    _insert(con, 1, "application_proof", "2026-05-02")
    _insert(con, 2, "phip", "2026-09-01")
    _insert(con, 3, "application_proof_update", "2026-09-01", url=None)  # newest, no document
    _insert(con, 4, "funding_round", None, names=json.dumps(["Alpha Robotics"]))  # undated
    _insert(con, 5, "news", "2026-10-01")  # not the pipeline's
    con.commit()
    con.close()

    [alpha] = read_pipeline(path, TODAY).applicants
    assert alpha.names == ("Alpha Robotics Inc.", "阿尔法机器人股份有限公司", "Alpha Robotics")
    assert (alpha.name, alpha.name_zh) == ("Alpha Robotics Inc.", "阿尔法机器人股份有限公司")
    assert alpha.stage.value == "hearing_passed"
    assert alpha.since == date(2026, 9, 1)
    assert alpha.first_filed == date(2026, 5, 2)
    assert alpha.last_event == date(2026, 9, 1)
    assert alpha.url == "https://www1.hkexnews.hk/app/2.pdf"  # the newest with a document
    assert (alpha.events, alpha.board, alpha.company_id) == (4, "sehk", None)
    events = applicant_events(path, alpha.key)
    assert [e.id for e in events] == [1, 2, 3, 4]  # oldest first, undated last
    assert events[0].published == date(2026, 5, 2)
