"""Schema migrations keep every row; the head revision constant matches the scripts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.store.db import MIGRATIONS_DIR, Database
from desktop.store.schema import HEAD_REVISION, current_revision


def test_head_constant_matches_the_newest_migration() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_upgrade_from_first_schema_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = Database(path)
    db.migrate("0001")
    assert current_revision(path) == "0001"
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO company (id, name, name_zh, aliases, tags, facts, notes, origin, created_at,"
        " updated_at) VALUES (1, 'Old Co', '老公司', '[\"Old\"]', '[]', '[]', 'kept', 'user',"
        " '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
    )
    con.execute(
        "INSERT INTO event (company_id, kind, source, published, title, url, fingerprint, ref,"
        " subject, subject_key, names, raw, seen_at) VALUES (1, 'application_proof', 'hkex_app',"
        " '2025-05-02', 'AP', 'https://x/a.pdf', 'fp1', '1', 'Old Co', 'old co', '[]', '{}',"
        " '2025-05-02 00:00:00')"
    )
    con.execute(
        "INSERT INTO funding_round (company_id, round, investors, notes) VALUES (1, 'A', '[]', '')"
    )
    con.execute(
        "INSERT INTO alert (event_id, created_at, read, delivered) VALUES (1, '2025-05-02', 0, 1)"
    )
    con.commit()
    con.close()

    db.migrate()
    assert current_revision(path) == HEAD_REVISION
    con = sqlite3.connect(path)
    assert con.execute("SELECT name, notes, stage FROM company").fetchall() == [
        ("Old Co", "kept", "watching")
    ]
    assert con.execute("SELECT count(*) FROM event").fetchone() == (1,)
    assert con.execute("SELECT count(*) FROM funding_round").fetchone() == (1,)
    assert con.execute("SELECT count(*) FROM alert").fetchone() == (1,)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    con.close()
    db.dispose()


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schemas"


def test_every_released_schema_upgrades_without_losing_a_row(tmp_path: Path) -> None:
    """One database file per released schema version, kept in tests/fixtures/schemas."""
    import shutil

    files = sorted(FIXTURES.glob("schema-*.sqlite3"))
    assert [f.stem.split("-")[1] for f in files][-1] == HEAD_REVISION, "add the new schema file"
    tables = ("company", "event", "funding_round", "source_state", "alert", "setting")
    for original in files:
        path = tmp_path / original.name
        shutil.copy(original, path)
        con = sqlite3.connect(path)
        before = {t: con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
        con.close()
        db = Database(path)
        db.migrate()
        db.dispose()
        con = sqlite3.connect(path)
        assert current_revision(path) == HEAD_REVISION
        for table in tables:
            after = con.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            assert len(after) == len(before[table]), (original.name, table)
            # Columns present before keep their values (new columns are appended).
            for old_row, new_row in zip(before[table], after, strict=True):
                assert new_row[: len(old_row)] == old_row, (original.name, table)
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        con.close()
