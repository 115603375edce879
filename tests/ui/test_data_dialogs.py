"""The backup, import and export dialogs on real database files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.context import AppContext
from desktop.domain.company_rules import CompanyDraft
from desktop.store.backup import backup_dir_for, backup_now, check_database, list_backups
from desktop.store.companies import add_company
from desktop.store.fastread import load_watchlist
from desktop.store.tables import Setting
from desktop.store.transfer import preview_import
from desktop.ui.data_dialogs import (
    BackupDialog,
    CorruptDatabaseDialog,
    ImportPreviewDialog,
    export_calendar_dialog,
    export_events_dialog,
    export_watchlist_dialog,
    handle_damaged_database,
    import_watchlist_dialog,
)
from tests.ui.helpers import when_modal


@pytest.fixture
def empty_ctx_other(tmp_path: Path):
    """A second, empty database next to the ``ctx`` one."""
    context = AppContext(tmp_path / "other")
    context.db.migrate()
    with context.db.write() as session:
        session.add(Setting(key="seed_loaded", value=True))
    yield context
    context.db.dispose()


def damage(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.write(b"\x00garbage" * 16)


def test_backup_dialog_backs_up_and_lists(qtbot, ctx: AppContext) -> None:
    dialog = BackupDialog(ctx.db_path, backup_dir_for(ctx.data_dir))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 0
    assert not dialog.restore_button.isEnabled()

    with qtbot.waitSignal(dialog.backed_up):
        dialog.backup_button.click()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "10"
    assert dialog.table.item(0, 1).text().endswith("KB")
    assert "Backed up to ipo-watch-" in dialog.status.text()
    assert dialog.restore_button.isEnabled()

    dialog.backup_button.click()
    assert dialog.table.rowCount() == 2
    assert [info.path for info in dialog.backups] == [
        info.path for info in list_backups(backup_dir_for(ctx.data_dir))
    ]


def test_backup_dialog_shows_backup_errors_plainly(qtbot, tmp_path: Path) -> None:
    dialog = BackupDialog(tmp_path / "missing.sqlite3", tmp_path / "backups")
    qtbot.addWidget(dialog)
    assert dialog.back_up_now() is None
    assert "There is no database to back up" in dialog.status.text()


def test_restore_from_the_dialog_after_confirming(qtbot, ctx: AppContext) -> None:
    backups = backup_dir_for(ctx.data_dir)
    backup_now(ctx.db_path, backups)
    add_company(ctx.db, CompanyDraft(name="Added After The Backup"))
    calls: list[str] = []
    dialog = BackupDialog(
        ctx.db_path, backups, before_restore=lambda: (calls.append("before"), ctx.db.dispose())
    )
    qtbot.addWidget(dialog)
    dialog.show()
    texts: list[str] = []

    def confirm(box: QMessageBox) -> None:
        texts.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(confirm)
    with qtbot.waitSignal(dialog.restored) as signal:
        dialog.restore_button.click()
    assert "reload" in texts[0]
    assert calls == ["before"]
    assert Path(signal.args[0]).exists()  # the previous database, kept aside
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(load_watchlist(ctx.db_path)) == 10


def test_cancelled_restore_changes_nothing(qtbot, ctx: AppContext) -> None:
    backups = backup_dir_for(ctx.data_dir)
    backup_now(ctx.db_path, backups)
    add_company(ctx.db, CompanyDraft(name="Kept"))
    calls: list[str] = []
    dialog = BackupDialog(ctx.db_path, backups, before_restore=lambda: calls.append("x"))
    qtbot.addWidget(dialog)
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    assert dialog.restore_selected() is False
    assert calls == []
    assert len(load_watchlist(ctx.db_path)) == 11


def test_damaged_backup_is_refused_in_the_dialog(qtbot, ctx: AppContext) -> None:
    backups = backup_dir_for(ctx.data_dir)
    bad = backup_now(ctx.db_path, backups)
    damage(bad)
    calls: list[str] = []
    dialog = BackupDialog(ctx.db_path, backups, before_restore=lambda: calls.append("x"))
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 2).text() == "?"
    assert dialog.restore_selected() is False  # no question asked: nothing to confirm
    assert "cannot be restored" in dialog.status.text()
    assert "not a database" in dialog.status.text()
    assert calls == []
    assert check_database(ctx.db_path) is None


def test_import_preview_disables_apply_on_errors(qtbot, empty_ctx: AppContext) -> None:
    text = "name,hk_code,founded\r\nGood Co,,\r\nBad Co,123456789,\r\n,,\r\nOld Co,,1066\r\n"
    preview = preview_import(empty_ctx.db, text, "csv")
    dialog = ImportPreviewDialog(empty_ctx.db, preview)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.apply_button.isEnabled()
    assert dialog.error_lines() == [3, 5]
    assert dialog.add_group.childCount() == 1
    assert dialog.add_group.child(0).text(1) == "Good Co"
    assert "Fix the problems" in dialog.status.text()
    assert "2 with problems" in dialog.summary.text()
    assert dialog.apply() is False
    assert load_watchlist(empty_ctx.db_path) == []


def test_import_preview_applies(qtbot, empty_ctx: AppContext) -> None:
    add_company(empty_ctx.db, CompanyDraft(name="Known Co"))
    text = "name,hk_code\r\nNew Co,700\r\nknown co,2513\r\n"
    dialog = ImportPreviewDialog(empty_ctx.db, preview_import(empty_ctx.db, text, "csv"))
    qtbot.addWidget(dialog)
    assert dialog.apply_button.isEnabled()
    assert dialog.update_group.child(0).text(2) == "changes Name, HK code"
    assert dialog.change_lines(0) == ["Name: Known Co → known co", "HK code: (empty) → 02513"]
    with qtbot.waitSignal(dialog.applied):
        dialog.apply_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_.backup is not None and dialog.result_.backup.exists()
    rows = {r.name: r.hk_code for r in load_watchlist(empty_ctx.db_path)}
    assert rows == {"New Co": "00700", "known co": "02513"}


def test_import_dialog_blank_cells_keep_unless_chosen(qtbot, empty_ctx: AppContext) -> None:
    from desktop.store.transfer import preview_import as preview_of
    from desktop.ui.import_dialog import BLANKS_TEXT

    add_company(empty_ctx.db, CompanyDraft(name="Zhipu", sector="AI", tags=("LLM",)))
    text = "name,sector,tags,hk_code\r\nZhipu,,,2513\r\n"
    dialog = ImportPreviewDialog(empty_ctx.db, preview_of(empty_ctx.db, text, "csv"), text=text)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.blanks.text() == BLANKS_TEXT and not dialog.blanks.isChecked()
    assert dialog.change_lines(0) == ["HK code: (empty) → 02513"]  # blank keeps
    dialog.blanks.setChecked(True)
    qtbot.waitUntil(lambda: len(dialog.change_lines(0)) == 3)
    assert dialog.change_lines(0) == [
        "Sector: AI → (empty)",
        "HK code: (empty) → 02513",
        "Tags: LLM → (empty)",
    ]
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.applied):
        dialog.apply_button.click()
    [row] = load_watchlist(empty_ctx.db_path)
    assert row.hk_code == "02513"
    assert len(list_backups(backup_dir_for(empty_ctx.data_dir))) == 1


def test_export_confirms_what_was_saved_where(qtbot, ctx: AppContext, tmp_path: Path) -> None:
    from desktop.ui import export_dialogs

    path = export_watchlist_dialog(None, ctx.db, tmp_path / "mine.csv")
    assert path is not None
    box = export_dialogs._shown[-1]
    assert box.isVisible() and not box.isModal()
    assert box.text() == f"Saved 10 companies to mine.csv in {tmp_path}."
    box.close()
    ics = export_calendar_dialog(None, ctx.db, tmp_path / "dates.ics")
    assert ics is not None and export_dialogs._shown[-1].text().startswith("Saved ")


def test_file_dialogs_open_in_the_last_folder_else_documents(tmp_path: Path) -> None:
    from desktop.store.export_files import export_folder

    documents = tmp_path / "Documents"
    documents.mkdir()
    assert export_folder(None, str(documents)) == documents
    assert export_folder(str(tmp_path), str(documents)) == tmp_path
    assert export_folder(str(tmp_path / "gone"), str(tmp_path / "none"), home=tmp_path) == tmp_path


def test_export_then_import_through_the_file_helpers(
    qtbot, ctx: AppContext, empty_ctx_other: AppContext, tmp_path: Path
) -> None:
    csv_path = export_watchlist_dialog(None, ctx.db, tmp_path / "watchlist.csv")
    json_path = export_watchlist_dialog(None, ctx.db, tmp_path / "watchlist.json")
    assert csv_path is not None and json_path is not None
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbfname,")  # BOM: Excel reads UTF-8
    assert len(json.loads(json_path.read_text(encoding="utf-8"))["companies"]) == 10

    events = export_events_dialog(None, ctx.db, tmp_path / "events.json")
    assert events is not None and json.loads(events.read_text(encoding="utf-8"))["events"]
    ics = export_calendar_dialog(None, ctx.db, tmp_path / "dates")
    assert ics == tmp_path / "dates.ics"
    assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")

    when_modal(lambda dialog: dialog.apply_button.click())
    assert import_watchlist_dialog(None, empty_ctx_other.db, csv_path) is True
    assert [r.name for r in load_watchlist(empty_ctx_other.db_path)] == [
        r.name for r in load_watchlist(ctx.db_path)
    ]
    when_modal(lambda dialog: dialog.reject())
    assert import_watchlist_dialog(None, empty_ctx_other.db, json_path) is False


def test_corrupt_database_dialog_restores_the_newest_good_backup(qtbot, ctx: AppContext) -> None:
    backups = backup_dir_for(ctx.data_dir)
    backup_now(ctx.db_path, backups)
    ctx.db.dispose()
    damage(ctx.db_path)
    problem = check_database(ctx.db_path)
    assert problem is not None
    dialog = CorruptDatabaseDialog(ctx.db_path, backups, problem)
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isEnabled()
    assert "(10 companies)" in dialog.backup_label.text()
    dialog.restore_button.click()
    assert dialog.choice == "restored"
    assert dialog.moved_to is not None and dialog.moved_to.exists()
    assert check_database(ctx.db_path) is None
    assert len(load_watchlist(ctx.db_path)) == 10


def test_corrupt_database_dialog_starts_fresh_or_quits(qtbot, ctx: AppContext) -> None:
    ctx.db.dispose()
    damage(ctx.db_path)
    when_modal(lambda dialog: dialog.quit_button.click())
    assert handle_damaged_database(ctx.db_path, backup_dir_for(ctx.data_dir)) is False
    assert ctx.db_path.exists()

    def fresh(dialog: CorruptDatabaseDialog) -> None:
        assert not dialog.restore_button.isEnabled()  # no backup to offer
        dialog.fresh_button.click()

    when_modal(fresh)
    assert handle_damaged_database(ctx.db_path, backup_dir_for(ctx.data_dir)) is True
    assert not ctx.db_path.exists()
    assert any(p.name.startswith("ipo-watch.damaged-") for p in ctx.data_dir.iterdir())
    assert handle_damaged_database(ctx.db_path, backup_dir_for(ctx.data_dir)) is True


def test_daily_backup_runs_once_a_day(qtbot, ctx: AppContext) -> None:
    from desktop.ui.data_dialogs import schedule_daily_backup

    backups = backup_dir_for(ctx.data_dir)
    daily = schedule_daily_backup(None, ctx.db_path, backups, first_check_ms=10**8)
    try:
        with qtbot.waitSignal(daily.done, timeout=10_000):
            assert daily.check() is True
        assert len(list_backups(backups)) == 1
        assert daily.check() is False  # today's backup exists
    finally:
        daily.stop()


def test_a_long_export_leaves_the_window_painting(qtbot) -> None:
    import threading

    from PySide6.QtCore import QTimer

    from desktop.ui.data_dialogs import _in_background

    ticks: list[int] = []
    painted = threading.Event()

    def tick() -> None:
        ticks.append(1)
        if len(ticks) >= 10:
            painted.set()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)

    def slow(text: str) -> str:
        # The export lasts until the GUI thread's timers have fired ten times: it can
        # only end if the window keeps running its event loop meanwhile.
        assert painted.wait(120), "the GUI thread's timers stopped during the export"
        return text.upper()

    assert _in_background(None, "Exporting…", slow, "done") == "DONE"
    timer.stop()
    assert len(ticks) >= 10

    def broken() -> None:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        _in_background(None, "Exporting…", broken)
