"""The backups dialog, and the dialog shown at start-up when the database is damaged.

* ``BackupDialog``: the backups with date, size and companies; "Back up now";
  "Restore…" (asks first; the app reloads afterwards).
* ``CorruptDatabaseDialog``: shown at start-up when ``check_database`` finds a problem:
  restore the newest good backup, start with a fresh database, or quit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services.language import format_date
from desktop.store.backup import (
    DEFAULT_KEEP,
    BackupError,
    BackupInfo,
    RestoreError,
    backup_now,
    latest_good_backup,
    list_backups,
    move_aside,
    restore,
    verify,
)
from desktop.ui.busy import WaitCursor
from desktop.ui.theme import elide_headers, error_style, ok_style

log = logging.getLogger(__name__)


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            if unit == "bytes":
                return QCoreApplication.translate("BackupDialog", "{size} bytes").format(
                    size=int(value)
                )
            return f"{value:.1f} {unit}"
        value /= 1024
    return QCoreApplication.translate("BackupDialog", "{size} bytes").format(size=size)


def _when(created: datetime) -> str:
    return f"{format_date(created.date())} {created:%H:%M:%S}"


class BackupDialog(QDialog):
    """The backups of the database; make one now or restore one.

    Restoring replaces the database file, so every connection to it must be closed
    first: ``before_restore()`` is called once the person has confirmed (stop polling,
    ``ctx.db.dispose()``).  Afterwards ``restored(moved_to)`` is emitted on success
    (``moved_to`` is where the previous database now is) and the dialog closes; if the
    restore failed after ``before_restore`` ran, ``restore_failed(message)`` is emitted
    (the database is unchanged).  Reopen the database and reload the views on either.
    """

    restored = Signal(str)
    restore_failed = Signal(str)
    backed_up = Signal(str)

    COLUMNS = (
        QT_TRANSLATE_NOOP("BackupDialog", "Date"),
        QT_TRANSLATE_NOOP("BackupDialog", "Size"),
        QT_TRANSLATE_NOOP("BackupDialog", "Companies"),
    )

    def __init__(
        self,
        db_path: Path,
        backup_dir: Path,
        parent: QWidget | None = None,
        *,
        before_restore: Callable[[], None] | None = None,
        keep: int = DEFAULT_KEEP,
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.backup_dir = Path(backup_dir)
        self.keep = keep
        self._before_restore = before_restore
        self.backups: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Backups"))
        self.setMinimumSize(520, 360)

        intro = QLabel(
            self.tr(
                "A backup is made every day and the newest {keep} are kept, in:\n{folder}"
            ).format(keep=keep, folder=self.backup_dir)
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, len(self.COLUMNS))
        elide_headers(self.table)
        self.table.setHorizontalHeaderLabels([self.tr(name) for name in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())

        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.reload()

    # -- list
    def reload(self) -> None:
        self.backups = list_backups(self.backup_dir)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            companies = "?" if info.companies is None else str(info.companies)
            cells = (_when(info.created), human_size(info.size), companies)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def show_error(self, message: str) -> None:
        self.status.setStyleSheet(error_style())
        self.status.setText(message)

    def show_info(self, message: str) -> None:
        self.status.setStyleSheet(ok_style())
        self.status.setText(message)

    # -- actions
    def back_up_now(self) -> Path | None:
        try:
            with WaitCursor():
                path = backup_now(self.db_path, self.backup_dir, self.keep)
        except BackupError as exc:
            self.show_error(str(exc))
            return None
        self.reload()
        self.show_info(self.tr("Backed up to {name}.").format(name=path.name))
        self.backed_up.emit(str(path))
        return path

    def restore_selected(self, *, confirm: bool = True) -> bool:
        info = self.selected_backup()
        if info is None:
            return False
        with WaitCursor():
            problem = verify(info.path)
        if problem:
            self.show_error(
                self.tr("This backup cannot be restored: {problem}").format(problem=problem)
            )
            return False
        if confirm:
            companies = (
                ""
                if info.companies is None
                else self.tr(" ({count} companies)").format(count=info.companies)
            )
            answer = QMessageBox.question(
                self,
                self.tr("Restore backup"),
                self.tr(
                    "Restore the backup of {when}{companies}?\n\n"
                    "The current database is kept next to it under another name, and the app "
                    "will reload with the data of the backup. Changes made since the backup "
                    "will not be shown."
                ).format(when=_when(info.created), companies=companies),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if self._before_restore is not None:
            self._before_restore()
        try:
            with WaitCursor():
                moved_to = restore(info.path, self.db_path)
        except RestoreError as exc:
            self.show_error(str(exc))
            if self._before_restore is not None:
                self.restore_failed.emit(str(exc))
            return False
        self.restored.emit(str(moved_to))
        self.accept()
        return True


class CorruptDatabaseDialog(QDialog):
    """The database cannot be used: restore the newest good backup, start fresh (the bad
    file is moved aside, not deleted), or quit.  ``choice`` is "restored", "fresh" or
    "quit"; ``moved_to`` where the bad file went.  ``exec()`` is Accepted when the app
    can go on."""

    def __init__(
        self, db_path: Path, backup_dir: Path, problem: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.backup_dir = Path(backup_dir)
        self.choice = "quit"
        self.moved_to: Path | None = None
        self.setWindowTitle(self.tr("The database cannot be opened"))
        self.setMinimumWidth(480)
        with WaitCursor():
            self.backup = latest_good_backup(self.backup_dir)

        text = QLabel(
            self.tr(
                "<b>The watchlist database cannot be used.</b><br><br>{problem}<br><br>File: {path}"
            ).format(problem=_html(problem), path=_html(str(self.db_path)))
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if self.backup is not None:
            companies = self.backup.companies
            found = self.tr("The newest good backup is from {when}").format(
                when=_when(self.backup.created)
            )
            if companies is not None:
                found += self.tr(" ({count} companies)").format(count=companies)
            found += self.tr(".")
        else:
            found = self.tr("There is no usable backup.")
        self.backup_label = QLabel(found)
        self.backup_label.setWordWrap(True)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(error_style())

        self.restore_button = QPushButton(self.tr("&Restore the newest backup"))
        self.restore_button.setEnabled(self.backup is not None)
        self.restore_button.clicked.connect(self.restore_latest)
        self.fresh_button = QPushButton(self.tr("Start with a &fresh database"))
        self.fresh_button.setToolTip(
            self.tr("The damaged file is kept next to it under another name.")
        )
        self.fresh_button.clicked.connect(self.start_fresh)
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.fresh_button)
        row.addStretch(1)
        row.addWidget(self.quit_button)

        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.backup_label)
        layout.addWidget(self.status)
        layout.addLayout(row)
        (self.restore_button if self.backup is not None else self.fresh_button).setDefault(True)

    def restore_latest(self) -> bool:
        if self.backup is None:
            return False
        try:
            with WaitCursor():
                self.moved_to = restore(self.backup.path, self.db_path)
        except RestoreError as exc:
            self.status.setText(str(exc))
            return False
        self.choice = "restored"
        self.accept()
        return True

    def start_fresh(self) -> bool:
        try:
            self.moved_to = move_aside(self.db_path, "damaged")
        except OSError as exc:
            self.status.setText(
                self.tr("Could not move the damaged file aside: {exc}").format(exc=exc)
            )
            return False
        self.choice = "fresh"
        self.accept()
        return True


def handle_damaged_database(db_path: Path, backup_dir: Path, parent: QWidget | None = None) -> bool:
    """The start-up check.  True when the app can open the database (it was fine, or a
    backup was restored, or the damaged file was moved aside); False to quit."""
    from desktop.store.backup import check_database

    problem = check_database(db_path)
    if problem is None:
        return True
    log.error("database check failed: %s", problem)
    dialog = CorruptDatabaseDialog(db_path, backup_dir, problem, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
