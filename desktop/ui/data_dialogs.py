"""Backups, restore, import and export as a person sees them.

* ``BackupDialog``: the backups with date, size and companies; "Back up now";
  "Restore…" (asks first; the app reloads afterwards).
* ``ImportPreviewDialog``: what an import would add and update, and every problem by
  line number; Apply stays disabled while there are problems.
* ``CorruptDatabaseDialog``: shown at start-up when ``check_database`` finds a problem:
  restore the newest good backup, start with a fresh database, or quit.
* ``export_*_dialog`` / ``import_watchlist_dialog``: file dialogs around
  ``desktop.store.transfer``; pass ``path`` to skip the file dialog.
* ``schedule_daily_backup``: a timer that makes the day's backup in the background.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store.backup import (
    DEFAULT_KEEP,
    BackupError,
    BackupInfo,
    RestoreError,
    backup_now,
    daily_backup_due,
    latest_good_backup,
    list_backups,
    move_aside,
    restore,
    verify,
)

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #c0392b;"
OK_STYLE = "color: #2e7d32;"


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


def _when(created: datetime) -> str:
    return created.strftime("%Y-%m-%d %H:%M:%S")


class _WaitCursor:
    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


def _in_background(parent: QWidget | None, text: str, func: Callable[..., Any], *args: Any) -> Any:
    """``func(*args)`` on a worker thread; meanwhile the window keeps painting behind a
    window-modal busy dialog (shown if it takes more than half a second), so a
    seconds-long export neither freezes it nor lets another action start.  Returns
    what ``func`` returned, or raises what it raised."""
    from desktop.services.tasks import run_task

    loop = QEventLoop()
    outcome: dict[str, Any] = {}
    busy = QProgressDialog(parent)  # no range: a busy bar
    busy.setLabelText(text)
    busy.setCancelButton(None)  # type: ignore[arg-type]  # Qt takes None: no button
    busy.setRange(0, 0)
    busy.setWindowTitle(text.rstrip("…"))
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    shown_later = QTimer(busy)  # (the dialog's own delay starts only with a value)
    shown_later.setSingleShot(True)
    shown_later.timeout.connect(busy.show)
    shown_later.start(500)

    def finish(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    run_task(
        func,
        *args,
        on_done=lambda value: finish("value", value),
        on_error=lambda exc: finish("error", exc),
    )
    with _WaitCursor():
        loop.exec()
    shown_later.stop()
    busy.close()
    busy.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


# -- backups ------------------------------------------------------------------------------


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

    COLUMNS = ("Date", "Size", "Companies")

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
        self.setWindowTitle("Backups")
        self.setMinimumSize(520, 360)

        intro = QLabel(
            f"A backup is made every day and the newest {keep} are kept, in:\n{self.backup_dir}"
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(list(self.COLUMNS))
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

        self.backup_button = QPushButton("&Back up now")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton("&Restore…")
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
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(message)

    def show_info(self, message: str) -> None:
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(message)

    # -- actions
    def back_up_now(self) -> Path | None:
        try:
            with _WaitCursor():
                path = backup_now(self.db_path, self.backup_dir, self.keep)
        except BackupError as exc:
            self.show_error(str(exc))
            return None
        self.reload()
        self.show_info(f"Backed up to {path.name}.")
        self.backed_up.emit(str(path))
        return path

    def restore_selected(self, *, confirm: bool = True) -> bool:
        info = self.selected_backup()
        if info is None:
            return False
        with _WaitCursor():
            problem = verify(info.path)
        if problem:
            self.show_error(f"This backup cannot be restored: {problem}")
            return False
        if confirm:
            companies = "" if info.companies is None else f" ({info.companies} companies)"
            answer = QMessageBox.question(
                self,
                "Restore backup",
                f"Restore the backup of {_when(info.created)}{companies}?\n\n"
                "The current database is kept next to it under another name, and the app "
                "will reload with the data of the backup. Changes made since the backup "
                "will not be shown.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if self._before_restore is not None:
            self._before_restore()
        try:
            with _WaitCursor():
                moved_to = restore(info.path, self.db_path)
        except RestoreError as exc:
            self.show_error(str(exc))
            if self._before_restore is not None:
                self.restore_failed.emit(str(exc))
            return False
        self.restored.emit(str(moved_to))
        self.accept()
        return True


class DailyBackup(QObject):
    """Checks every ``interval_ms`` (and soon after start) whether today's backup is due,
    and makes it in a worker thread.  ``failed(message)`` when it could not be made."""

    done = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        db_path: Path,
        backup_dir: Path,
        parent: QObject | None = None,
        *,
        keep: int = DEFAULT_KEEP,
        interval_ms: int = 60 * 60 * 1000,
        first_check_ms: int = 2 * 60 * 1000,
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.backup_dir = Path(backup_dir)
        self.keep = keep
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(first_check_ms, self, self.check)

    def check(self) -> bool:
        """Start today's backup if it is due and none is running; True when started."""
        if self._running or not self.db_path.exists() or not daily_backup_due(self.backup_dir):
            return False
        from desktop.services.tasks import run_task

        self._running = True
        run_task(
            backup_now,
            self.db_path,
            self.backup_dir,
            self.keep,
            on_done=self._done,
            on_error=self._failed,
        )
        return True

    def stop(self) -> None:
        self.timer.stop()

    def _done(self, path: Any) -> None:
        self._running = False
        log.info("daily backup: %s", path)
        self.done.emit(str(path))

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        log.error("daily backup failed: %s", exc)
        self.failed.emit(str(exc))


def schedule_daily_backup(
    parent: QObject, db_path: Path, backup_dir: Path, **kwargs: Any
) -> DailyBackup:
    """Start the daily backup check; keep the returned object (it owns the timer)."""
    return DailyBackup(db_path, backup_dir, parent, **kwargs)


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
        self.setWindowTitle("The database cannot be opened")
        self.setMinimumWidth(480)
        with _WaitCursor():
            self.backup = latest_good_backup(self.backup_dir)

        text = QLabel(
            f"<b>The watchlist database cannot be used.</b><br><br>{_html(problem)}<br><br>"
            f"File: {_html(str(self.db_path))}"
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if self.backup is not None:
            companies = self.backup.companies
            found = f"The newest good backup is from {_when(self.backup.created)}" + (
                f" ({companies} companies)." if companies is not None else "."
            )
        else:
            found = "There is no usable backup."
        self.backup_label = QLabel(found)
        self.backup_label.setWordWrap(True)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(ERROR_STYLE)

        self.restore_button = QPushButton("&Restore the newest backup")
        self.restore_button.setEnabled(self.backup is not None)
        self.restore_button.clicked.connect(self.restore_latest)
        self.fresh_button = QPushButton("Start with a &fresh database")
        self.fresh_button.setToolTip("The damaged file is kept next to it under another name.")
        self.fresh_button.clicked.connect(self.start_fresh)
        self.quit_button = QPushButton("&Quit")
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
            with _WaitCursor():
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
            self.status.setText(f"Could not move the damaged file aside: {exc}")
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


# -- import -------------------------------------------------------------------------------


class ImportPreviewDialog(QDialog):
    """What an import will do.  Apply stores everything in one transaction; it is
    disabled while the file has problems (each shown with its line number)."""

    def __init__(
        self,
        db: Any,
        preview: Any,
        parent: QWidget | None = None,
        *,
        source_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.preview = preview
        self.result_: Any = None
        self.setWindowTitle("Import watchlist" + (f" — {source_name}" if source_name else ""))
        self.setMinimumSize(560, 400)

        self.summary = QLabel(preview.summary() + ".")
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(["Line", "Company", "Details"])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.error_group = self._group(
            f"Problems ({len(preview.errors)})",
            [(line, "", message) for line, message in preview.errors],
        )
        self.add_group = self._group(
            f"To add ({len(preview.to_add)})",
            [(p.line, p.name, _details(p.draft)) for p in preview.to_add],
        )
        self.update_group = self._group(
            f"To update ({len(preview.to_update)})",
            [(p.line, p.name, "changes " + ", ".join(p.changes)) for p in preview.to_update],
        )
        self.unchanged_group = self._group(
            f"Unchanged ({len(preview.unchanged)})",
            [(None, name, "") for name in preview.unchanged],
        )
        for group in (self.error_group, self.add_group, self.update_group):
            group.setExpanded(True)
        if preview.errors:
            self.error_group.setForeground(0, Qt.GlobalColor.red)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(ERROR_STYLE)
        if preview.errors:
            self.status.setText("Fix the problems in the file and import it again.")
        elif not preview.can_apply:
            self.status.setText("Nothing to import: the watchlist already has all of it.")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton("&Apply", QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(preview.can_apply)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _group(self, title: str, rows: list[tuple[int | None, str, str]]) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [title])
        group.setFirstColumnSpanned(True)
        for line, name, details in rows:
            item = QTreeWidgetItem(group, ["" if line is None else str(line), name, details])
            item.setToolTip(2, details)
        return group

    def error_lines(self) -> list[int]:
        children = (self.error_group.child(i) for i in range(self.error_group.childCount()))
        return [int(child.text(0)) for child in children if child is not None]

    def apply(self) -> bool:
        from desktop.store.transfer import ImportRefused, apply_import

        if not self.preview.can_apply:
            return False
        try:
            with _WaitCursor():
                self.result_ = apply_import(self.db, self.preview)
        except ImportRefused as exc:
            self.status.setText(str(exc))
            self.apply_button.setEnabled(False)
            return False
        self.accept()
        return True


def _details(draft: Any) -> str:
    parts = [draft.name_zh, draft.hk_code and f"HK {draft.hk_code}", ", ".join(draft.tags)]
    return " · ".join(p for p in parts if p)


# -- files --------------------------------------------------------------------------------


def _documents_dir() -> str:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return location or str(Path.home())


def _ask_save(parent: QWidget | None, title: str, name: str, filters: str) -> Path | None:
    chosen, selected = QFileDialog.getSaveFileName(
        parent, title, str(Path(_documents_dir()) / name), filters
    )
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        extension = selected.split("*")[-1].rstrip(")").strip() if "*" in selected else ""
        path = path.with_suffix(extension or ".csv")
    return path


def _write(parent: QWidget | None, path: Path, text: str, *, bom: bool = False) -> bool:
    try:
        with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
            handle.write(text)
    except OSError as exc:
        QMessageBox.warning(parent, "Export failed", f"Could not save {path}:\n{exc}")
        return False
    return True


def _format_of(path: Path) -> str:
    return "json" if path.suffix.lower() == ".json" else "csv"


def export_watchlist_dialog(
    parent: QWidget | None, db: Any, path: str | Path | None = None
) -> Path | None:
    """Save the watchlist as CSV or JSON (by the file's extension); returns the file."""
    from desktop.store.transfer import export_watchlist

    return _export_table(parent, db, path, "Export watchlist", "watchlist", export_watchlist)


def export_events_dialog(
    parent: QWidget | None, db: Any, path: str | Path | None = None
) -> Path | None:
    """Save every event as CSV or JSON; returns the file."""
    from desktop.store.transfer import export_events

    return _export_table(parent, db, path, "Export events", "events", export_events)


def _export_table(
    parent: QWidget | None,
    db: Any,
    path: str | Path | None,
    title: str,
    stem: str,
    export: Callable[[Any, str], str],
) -> Path | None:
    """Ask where (unless ``path``), then write ``export(db, fmt)`` as CSV (with a BOM, for
    Excel) or JSON, by the file's extension."""
    target = (
        Path(path)
        if path
        else _ask_save(
            parent,
            title,
            f"{stem}-{date.today():%Y%m%d}.csv",
            "CSV spreadsheet (*.csv);;JSON (*.json)",
        )
    )
    if target is None:
        return None
    fmt = _format_of(target)
    text = _in_background(parent, f"{title}…", export, db, fmt)
    return target if _write(parent, target, text, bom=fmt == "csv") else None


def export_calendar_dialog(
    parent: QWidget | None, db: Any, path: str | Path | None = None
) -> Path | None:
    """Save the key dates as an iCalendar file; returns the file."""
    from desktop.store.transfer import export_calendar

    target = (
        Path(path)
        if path
        else _ask_save(parent, "Export key dates", "ipo-key-dates.ics", "iCalendar (*.ics)")
    )
    if target is None:
        return None
    if target.suffix.lower() != ".ics":
        target = target.with_name(target.name + ".ics")
    return target if _write(parent, target, export_calendar(db)) else None


def import_watchlist_dialog(
    parent: QWidget | None, db: Any, path: str | Path | None = None
) -> bool:
    """Choose a CSV or JSON file, preview what it changes, and import it on Apply.
    True when something was imported."""
    from desktop.store.transfer import detect_format, preview_import

    if path:
        source = Path(path)
    else:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            "Import watchlist",
            _documents_dir(),
            "Watchlist files (*.csv *.json);;CSV spreadsheet (*.csv);;JSON (*.json)",
        )
        if not chosen:
            return False
        source = Path(chosen)
    try:
        with open(source, encoding="utf-8-sig", newline="") as handle:
            text = handle.read()
    except UnicodeDecodeError:
        QMessageBox.warning(
            parent,
            "Import failed",
            f"{source.name} is not UTF-8 text. Save it as “CSV UTF-8” or JSON and try again.",
        )
        return False
    except OSError as exc:
        QMessageBox.warning(parent, "Import failed", f"Could not read {source}:\n{exc}")
        return False
    with _WaitCursor():
        preview = preview_import(db, text, detect_format(text, source.name))
    dialog = ImportPreviewDialog(db, preview, parent, source_name=source.name)
    return dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_ is not None
