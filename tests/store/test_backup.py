"""Backups of real database files: make, check, damage, restore, rotate."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert
from sqlmodel import select

from desktop.app import prepare_database
from desktop.context import AppContext
from desktop.domain.company_rules import CompanyDraft
from desktop.store.backup import (
    BackupError,
    RestoreError,
    backup_dir_for,
    backup_now,
    check_database,
    daily_backup_due,
    latest_good_backup,
    list_backups,
    move_aside,
    restore,
    rotate,
    verify,
)
from desktop.store.companies import add_company
from desktop.store.fastread import load_watchlist
from desktop.store.tables import Event

T0 = datetime(2026, 5, 4, 9, 30, 0)


def names(db_path: Path) -> list[str]:
    return sorted(row.name for row in load_watchlist(db_path))


def fill_events(ctx: AppContext, count: int = 3000) -> None:
    """Enough rows that the file has many pages to damage."""
    rows = [
        {
            "kind": "application_proof",
            "source": "test",
            "title": f"Applicant number {n} – Application Proof " + "x" * 80,
            "fingerprint": f"fp-{n:06d}",
            "subject": f"Applicant {n}",
            "names": [f"Applicant {n}"],
            "raw": {},
        }
        for n in range(count)
    ]
    with ctx.db.write() as session:
        session.execute(insert(Event), rows)


def damage(path: Path, offset: int, length: int = 4096) -> None:
    with open(path, "r+b") as handle:
        handle.seek(offset)
        handle.write(bytes((n * 37 + 11) % 256 for n in range(length)))


def test_backup_verify_damage_check_restore(ctx: AppContext) -> None:
    add_company(ctx.db, CompanyDraft(name="Unitree Robotics", name_zh="宇树科技"))
    fill_events(ctx)
    before = names(ctx.db_path)
    backups = backup_dir_for(ctx.data_dir)

    path = backup_now(ctx.db_path, backups, now=T0)
    assert path == backups / "ipo-watch-20260504-093000.sqlite3"
    assert verify(path) is None
    # A single self-contained file: no WAL or partial file next to it.
    assert sorted(p.name for p in backups.iterdir()) == [path.name]
    [info] = list_backups(backups)
    assert info.created == T0
    assert info.companies == 11
    assert info.size == path.stat().st_size > 0

    # Changes after the backup...
    add_company(ctx.db, CompanyDraft(name="After The Backup"))
    ctx.db.dispose()
    assert check_database(ctx.db_path) is None

    # ...then the live file is damaged in the middle.
    size = ctx.db_path.stat().st_size
    assert size > 200_000
    damage(ctx.db_path, size // 2, 64 * 1024)
    problem = check_database(ctx.db_path)
    assert problem is not None and "damaged" in problem

    moved_to = restore(path, ctx.db_path, now=T0 + timedelta(hours=1))
    assert moved_to == ctx.data_dir / "ipo-watch.before-restore-20260504-103000"
    assert moved_to.exists()
    assert check_database(ctx.db_path) is None
    assert names(ctx.db_path) == before
    reopened = AppContext(ctx.data_dir)
    prepare_database(reopened)  # the app opens it as usual
    with reopened.db.session() as session:
        found = session.exec(select(Event).where(Event.source == "test")).all()
        assert len(found) == 3000
    reopened.db.dispose()


def test_damaged_header_is_not_a_database(ctx: AppContext) -> None:
    ctx.db.dispose()
    damage(ctx.db_path, 0, 100)
    problem = check_database(ctx.db_path)
    assert problem == "The file is not a database, or its header is damaged."
    assert verify(ctx.db_path) == problem


def test_check_database_on_missing_empty_and_garbage_files(tmp_path: Path) -> None:
    assert check_database(tmp_path / "none.sqlite3") is None  # a new one will be made
    assert not (tmp_path / "none.sqlite3").exists()
    text = tmp_path / "text.sqlite3"
    text.write_text("just some text, long enough to fill a header " * 20)
    assert "not a database" in check_database(text)  # type: ignore[operator]
    assert "folder" in check_database(tmp_path)  # type: ignore[operator]
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert verify(empty) == "The file is empty."


def test_check_after_unclean_shutdown_with_wal_is_fine(ctx: AppContext) -> None:
    """A hot WAL left behind (a writer that never closed) is normal, not damage."""
    con = sqlite3.connect(ctx.db_path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("INSERT INTO setting(key, value) VALUES ('probe', '1')")
    con.commit()
    assert Path(f"{ctx.db_path}-wal").stat().st_size > 0
    assert check_database(ctx.db_path) is None
    con.close()


def test_backup_of_a_database_in_use_is_consistent(ctx: AppContext) -> None:
    """Backing up while another connection holds a write transaction open."""
    con = sqlite3.connect(ctx.db_path, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    con.execute("DELETE FROM company")
    path = backup_now(ctx.db_path, backup_dir_for(ctx.data_dir), now=T0)
    con.execute("ROLLBACK")
    con.close()
    assert list_backups(path.parent)[0].companies == 10


def test_rotation_keeps_newest(ctx: AppContext) -> None:
    backups = backup_dir_for(ctx.data_dir)
    made = [backup_now(ctx.db_path, backups, keep=3, now=T0 + timedelta(days=d)) for d in range(5)]
    kept = [info.path for info in list_backups(backups)]
    assert kept == made[::-1][:3]
    # The same second twice: a second file, not an overwrite.
    again = backup_now(ctx.db_path, backups, keep=10, now=T0 + timedelta(days=4))
    assert again.name == "ipo-watch-20260508-093000-2.sqlite3"
    assert list_backups(backups)[0].path == again
    assert rotate(backups, keep=1) == [made[4], made[3], made[2]]
    assert [info.path for info in list_backups(backups)] == [again]


def test_daily_backup_due(ctx: AppContext) -> None:
    backups = backup_dir_for(ctx.data_dir)
    assert daily_backup_due(backups, T0)  # no folder yet
    backup_now(ctx.db_path, backups, now=T0)
    assert not daily_backup_due(backups, T0 + timedelta(hours=14))  # same day
    assert daily_backup_due(backups, T0 + timedelta(days=1))
    assert daily_backup_due(backups, T0 - timedelta(days=1))  # clock went back


def test_restore_refuses_a_corrupt_backup_and_changes_nothing(ctx: AppContext) -> None:
    backups = backup_dir_for(ctx.data_dir)
    good = backup_now(ctx.db_path, backups, now=T0)
    bad = backup_now(ctx.db_path, backups, now=T0 + timedelta(days=1))
    damage(bad, bad.stat().st_size // 2, 8192)
    assert verify(bad) is not None
    assert latest_good_backup(backups).path == good  # type: ignore[union-attr]

    add_company(ctx.db, CompanyDraft(name="Only In The Live Database"))
    ctx.db.dispose()
    files_before = sorted(p.name for p in ctx.data_dir.iterdir())
    live_before = ctx.db_path.read_bytes()
    with pytest.raises(RestoreError, match=r"cannot be restored.*Nothing was changed"):
        restore(bad, ctx.db_path)
    assert ctx.db_path.read_bytes() == live_before
    assert sorted(p.name for p in ctx.data_dir.iterdir()) == files_before
    assert "Only In The Live Database" in names(ctx.db_path)

    not_ours = ctx.data_dir / "other.sqlite3"
    sqlite3.connect(not_ours).execute("CREATE TABLE t(x)").connection.close()
    with pytest.raises(RestoreError, match="not an IPO Pipeline Watch database"):
        restore(not_ours, ctx.db_path)
    assert ctx.db_path.read_bytes() == live_before


def test_backup_of_a_damaged_database_is_refused_and_not_kept(ctx: AppContext) -> None:
    fill_events(ctx)
    ctx.db.dispose()
    damage(ctx.db_path, ctx.db_path.stat().st_size // 2, 64 * 1024)
    backups = backup_dir_for(ctx.data_dir)
    with pytest.raises(BackupError):
        backup_now(ctx.db_path, backups, now=T0)
    assert list(backups.iterdir()) == []


def test_backup_needs_a_database(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="no database"):
        backup_now(tmp_path / "missing.sqlite3", tmp_path / "backups")


def test_move_aside_takes_the_side_files(ctx: AppContext) -> None:
    ctx.db.dispose()
    wal = Path(f"{ctx.db_path}-wal")
    wal.write_bytes(b"")
    Path(f"{ctx.db_path}-shm").write_bytes(b"")
    aside = move_aside(ctx.db_path, "damaged", now=T0)
    assert aside.name == "ipo-watch.damaged-20260504-093000"
    assert not ctx.db_path.exists() and not wal.exists()
    assert Path(f"{aside}-wal").exists()
    assert verify(aside) is None
