"""``store_poll``'s fast paths: the ids it hands back are the stored rows' ids (also after
rows were deleted), and its JSON text is ``json.dumps``'s."""

from __future__ import annotations

import json
import math
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from desktop.sources.base import SourceItem
from desktop.store.db import Database
from desktop.store.ingest import PreparedEvent, _json_text, store_poll


def _prepared(keys: list[str]) -> list[PreparedEvent]:
    return [
        PreparedEvent(
            SourceItem(
                "hkex_app", "application_proof", key, (f"Applicant {key}", f"申請人{key}"),
                date(2026, 1, 1 + i % 28), f"Applicant {key}: Application Proof",
                raw={"key": key, "n": i, "名": "申請人", "x": [1.5, None, True]},
            ),
            None, None, f"申请人{key}",
        )
        for i, key in enumerate(keys)
    ]  # fmt: skip


def _poll(db: Database, keys: list[str]) -> dict[str, int]:
    stored = store_poll(
        db, "hkex_app", _prepared(keys), validators={}, memory=None,
        items_seen=len(keys), warning=None, interval_min=60,
    )  # fmt: skip
    return {s.item.key: s.id for s in stored}


def _rows(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {
            json.loads(raw)["key"]: event_id
            for event_id, raw in con.execute("SELECT id, raw FROM event")
        }
    finally:
        con.close()


def test_returned_ids_are_the_stored_rows(tmp_path: Path) -> None:
    path = tmp_path / "ids.sqlite3"
    db = Database(path)
    db.migrate()
    try:
        first = _poll(db, [f"a{n}" for n in range(40)])
        assert first == _rows(path)
        con = sqlite3.connect(path)
        con.execute(
            "DELETE FROM event WHERE id IN (?, ?, ?)", (first["a3"], first["a38"], first["a39"])
        )
        con.commit()
        con.close()
        # Old keys are known (not stored again), new ones follow the largest id left.
        second = _poll(db, ["a1", "b1", "a2", "b2", "b3"])
        assert set(second) == {"b1", "b2", "b3"}
        assert second == {k: v for k, v in _rows(path).items() if k.startswith("b")}
        assert _poll(db, ["a1", "b2"]) == {}
    finally:
        db.dispose()


def test_json_text_is_json_dumps(tmp_path: Path) -> None:
    db = Database(tmp_path / "json.sqlite3")
    try:
        dumps = _json_text(db.engine.dialect)
        assert dumps is not None
        values: list[Any] = [
            ["智譜 AI", "Zhipu"],
            {"a": 1, "b": [1.0, -0.0, 1e300, math.inf, -math.inf], "c": None, "d": True},
            {"名": "袁記食品集團股份有限公司", "emoji": "\U0001f600", "ctl": "\x00\n\t\"\\"},
            {1: "int key", 2.5: "float key", None: "null key", False: "bool key"},
            [], {}, "text", 12, None,
        ]  # fmt: skip
        for value in values:
            assert dumps(value) == json.dumps(value)
        assert dumps([math.nan]) == json.dumps([math.nan])
    finally:
        db.dispose()


def test_one_poll_teaches_several_companies_at_once(tmp_path: Path) -> None:
    from sqlmodel import select

    from desktop.store.identity import LearnedFact, company_identity, learn
    from desktop.store.tables import Company, CompanyIdentity

    db = Database(tmp_path / "learn.sqlite3")
    db.migrate()
    try:
        with db.write() as session:
            companies = [Company(name=n, aliases=[]) for n in ("Alpha", "Beta", "Gamma")]
            session.add_all(companies)
            session.flush()
            alpha, beta, gamma = (c.id for c in companies)
            session.add(CompanyIdentity(company_id=beta, field="name_en", value="Beta Limited",
                                        source="hkex_app", removed=True))  # fmt: skip
            session.add(CompanyIdentity(company_id=gamma, field="name_zh", value="伽瑪有限公司",
                                        source="hkex_app"))  # fmt: skip
        assert alpha and beta and gamma

        def fact(cid: int, field: str, value: str) -> LearnedFact:
            return LearnedFact(cid, field, value, "hkex_app", None, date(2026, 1, 2), None)

        with db.write() as session:
            learn(session, [
                fact(alpha, "name_en", "Alpha Limited"), fact(beta, "name_en", "Beta Limited"),
                fact(alpha, "name_zh", "阿爾法有限公司"), fact(gamma, "name_zh", "伽瑪有限公司"),
                fact(beta, "hk_code", "01234"), fact(gamma, "name_en", "Gamma Limited"),
                fact(alpha, "name_en", "Alpha Limited"), fact(12345, "name_en", "Nobody"),
            ])  # fmt: skip
        with db.session() as session:
            rows = session.exec(select(Company)).all()
            aliases = {c.id: c.aliases for c in rows}
            codes = {c.id: c.hk_code for c in rows}
        assert aliases == {
            alpha: ["Alpha Limited", "阿爾法有限公司"],
            beta: [],  # the user removed it: never learned again
            gamma: ["Gamma Limited"],  # its Chinese name was known (not an alias again)
        }
        assert codes == {alpha: None, beta: "01234", gamma: None}
        shown = {cid: {(f.field, f.value) for f in company_identity(db, cid)} for cid in aliases}
        assert shown[alpha] == {("name_en", "Alpha Limited"), ("name_zh", "阿爾法有限公司")}
        assert shown[beta] == {("hk_code", "01234")}
        assert shown[gamma] == {("name_zh", "伽瑪有限公司"), ("name_en", "Gamma Limited")}
    finally:
        db.dispose()


def test_both_ways_of_binding_store_the_same_rows(tmp_path: Path, monkeypatch: Any) -> None:
    """The one-pass parameters (SQLite) and the column processors (other drivers)."""
    import desktop.store.ingest as ingest

    def stored(name: str) -> list[tuple[Any, ...]]:
        path = tmp_path / f"{name}.sqlite3"
        db = Database(path)
        db.migrate()
        try:
            store_poll(
                db, "hkex_app", _prepared([f"k{n}" for n in range(30)]), validators={},
                memory=None, items_seen=30, warning=None, interval_min=60,
                now=datetime(2026, 11, 2, 3, 4, 5, tzinfo=UTC),
            )  # fmt: skip
        finally:
            db.dispose()
        con = sqlite3.connect(path)
        try:
            return con.execute("SELECT * FROM event ORDER BY id").fetchall()
        finally:
            con.close()

    fast = stored("fast")
    monkeypatch.setattr(ingest, "_json_text", lambda dialect: None)
    assert stored("processors") == fast
    assert len(fast) == 30 and fast[0][4] == "2026-01-01" and fast[0][-1].startswith("2026-11-02")


def test_returned_ids_on_every_engine(data_dir: Path) -> None:
    """SQLite's last-rowids shortcut and the lookup by fingerprint (PostgreSQL)."""
    from sqlalchemy import delete, select

    from desktop.store.tables import Event

    db = Database.in_dir(data_dir)
    db.migrate()
    try:

        def stored_ids() -> dict[str, int]:
            with db.session() as session:
                rows = session.execute(select(Event.id, Event.raw)).all()
            return {raw["key"]: event_id for event_id, raw in rows}

        first = _poll(db, [f"a{n}" for n in range(12)])
        assert first == stored_ids()
        with db.write() as session:
            doomed = (first["a2"], first["a11"])
            session.execute(delete(Event).where(Event.id.in_(doomed)))  # type: ignore[attr-defined]
        second = _poll(db, ["a1", "c1", "c2"])
        assert second == {k: v for k, v in stored_ids().items() if k.startswith("c")}
        assert len(second) == 2
    finally:
        db.dispose()
