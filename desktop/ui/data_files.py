"""Import, export and backups from the File menu.  An import or a restore ends in the
change signal (everything changed), so every view reads again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.changes import Change, app_changes
from desktop.ui.window_host import WindowHost, as_parent


def import_watchlist(window: WindowHost) -> None:
    from desktop.ui.data_dialogs import import_watchlist_dialog

    if import_watchlist_dialog(as_parent(window), window.ctx.db):
        app_changes().announce(Change.all(), written=True)


def export(window: WindowHost, what: str) -> None:
    from desktop.ui import data_dialogs

    getattr(data_dialogs, f"export_{what}_dialog")(as_parent(window), window.ctx.db)


def close_database(window: WindowHost) -> None:
    """Before a restore replaces the file: stop polling, close every connection."""
    if window.poller is not None:
        window.poller.stop()
    window.ctx.db.dispose()


def reopen_database(window: WindowHost) -> None:
    """After a restore (or a failed one): migrate if the backup is older, poll again;
    every view reads again."""
    from desktop.bootstrap import prepare_database

    prepare_database(window.ctx)
    if window.poller is not None:
        window.poller.start()
    app_changes().announce(Change.all())
    window.show_message(QCoreApplication.translate("DataFiles", "Database reloaded."), 5000)


def show_backups(window: WindowHost) -> None:
    from desktop.store.backup import backup_dir_for
    from desktop.ui.data_dialogs import BackupDialog

    dialog = BackupDialog(
        window.ctx.db_path,
        backup_dir_for(window.ctx.data_dir),
        as_parent(window),
        before_restore=lambda: close_database(window),
    )
    dialog.restored.connect(lambda _message="": reopen_database(window))
    dialog.restore_failed.connect(lambda _message="": reopen_database(window))
    dialog.exec()
