"""Back up → damage the database → start the app → restore: end to end with the real
start-up path and the real dialogs."""

from __future__ import annotations

from pathlib import Path

from desktop.app import open_database
from desktop.context import AppContext
from desktop.domain.company_rules import CompanyDraft
from desktop.store.backup import backup_dir_for, backup_now
from desktop.store.companies import add_company
from desktop.store.fastread import load_watchlist
from tests.ui.helpers import when_modal


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[0:100] = b"\x00" * 100  # the header: no longer an SQLite file
    data[4096:8192] = b"\xff" * 4096
    path.write_bytes(bytes(data))


def test_damaged_database_offers_the_latest_backup(qtbot, data_dir: Path) -> None:
    ctx = AppContext(data_dir)
    assert open_database(ctx) is not None
    add_company(ctx.db, CompanyDraft(name="Unitree Robotics", aliases=("宇树",)))
    backup_now(ctx.db_path, backup_dir_for(data_dir))
    ctx.db.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(ctx.db_path) + suffix).unlink(missing_ok=True)
    damage(ctx.db_path)

    seen: dict[str, str] = {}

    def choose_restore(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["title"] = dialog.windowTitle()
        dialog.restore_button.click()

    when_modal(choose_restore)
    restarted = AppContext(data_dir)
    rows = open_database(restarted)
    assert seen, "the damaged-database dialog was not shown"
    assert rows is not None
    assert "Unitree Robotics" in [r.name for r in rows]
    assert len(load_watchlist(restarted.db_path)) == 11
    assert list(data_dir.glob("*.before-restore-*")) or list(data_dir.glob("*damaged*"))
    restarted.db.dispose()


def test_quit_leaves_the_damaged_file_alone(qtbot, data_dir: Path) -> None:
    ctx = AppContext(data_dir)
    open_database(ctx)
    ctx.db.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(ctx.db_path) + suffix).unlink(missing_ok=True)
    damage(ctx.db_path)
    before = ctx.db_path.read_bytes()
    when_modal(lambda dialog: dialog.quit_button.click())
    assert open_database(AppContext(data_dir)) is None
    assert ctx.db_path.read_bytes() == before
