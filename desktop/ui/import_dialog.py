"""Importing a watchlist file as a person sees it: choose the file, see every change
(old → new per field) and every problem by line, choose what blank cells mean, apply.

Apply makes a checked backup first, then stores everything in one transaction; it is
disabled while the file has problems."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from desktop.ui.busy import WaitCursor
from desktop.ui.theme import elide_headers, error_color, error_style

BLANKS_TEXT = QT_TRANSLATE_NOOP("ImportPreviewDialog", "Blank cells clear the field")
BLANKS_TIP = QT_TRANSLATE_NOOP(
    "ImportPreviewDialog",
    "Off: a blank cell keeps what the watchlist has (safe for partial files).\n"
    "On: a blank cell empties that field of the company.",
)


class ImportPreviewDialog(QDialog):
    """What an import will do.  ``text``/``fmt`` (the file) let the person switch what
    blank cells mean; the preview is made again then.  ``applied(result)`` once stored;
    ``failed(message)`` when nothing was."""

    applied = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        db: Any,
        preview: Any,
        parent: QWidget | None = None,
        *,
        source_name: str = "",
        text: str | None = None,
        backup_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.preview = preview
        self.text = text
        self.result_: Any = None
        self._applying = False
        if backup_dir is None and getattr(db, "path", None) is not None:
            from desktop.store.backup import backup_dir_for

            backup_dir = backup_dir_for(Path(db.path).parent)
        self.backup_dir = backup_dir
        self.setWindowTitle(
            self.tr("Import watchlist") + (f" — {source_name}" if source_name else "")
        )
        self.setMinimumSize(640, 440)

        self.summary = QLabel()
        self.blanks = QCheckBox(self.tr(BLANKS_TEXT))
        self.blanks.setToolTip(self.tr(BLANKS_TIP))
        self.blanks.setChecked(bool(getattr(preview, "blank_clears", False)))
        self.blanks.setVisible(text is not None)
        self.blanks.toggled.connect(self._blanks_changed)
        self.tree = QTreeWidget()
        elide_headers(self.tree)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Line"), self.tr("Company"), self.tr("Details")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(error_style())
        backed = self.tr("A backup of the database is made first. ") if self.backup_dir else ""
        self.note = QLabel(
            self.tr("{backed}Everything is stored at once, or nothing.").format(backed=backed)
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.blanks)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._show(preview)

    # -- the preview
    def _show(self, preview: Any) -> None:
        self.preview = preview
        self.tree.clear()
        self.summary.setText(preview.summary() + self.tr("."))
        self.error_group = self._group(
            self.tr("Problems ({count})").format(count=len(preview.errors)),
            [(line, "", message, []) for line, message in preview.errors],
        )
        self.add_group = self._group(
            self.tr("To add ({count})").format(count=len(preview.to_add)),
            [(p.line, p.name, _details(p.draft), []) for p in preview.to_add],
        )
        self.update_group = self._group(
            self.tr("To update ({count})").format(count=len(preview.to_update)),
            [
                (p.line, p.name, _changes(p.changes), [str(d) for d in p.diffs])
                for p in preview.to_update
            ],
        )
        self.unchanged_group = self._group(
            self.tr("Unchanged ({count})").format(count=len(preview.unchanged)),
            [(None, name, "", []) for name in preview.unchanged],
        )
        for group in (self.error_group, self.add_group, self.update_group):
            group.setExpanded(True)
        if preview.errors:
            self.error_group.setForeground(0, error_color())
            self.status.setText(self.tr("Fix the problems in the file and import it again."))
        elif not preview.can_apply:
            self.status.setText(self.tr("Nothing to import: the watchlist already has all of it."))
        else:
            self.status.setText("")
        self.apply_button.setEnabled(preview.can_apply)

    def _group(
        self, title: str, rows: list[tuple[int | None, str, str, list[str]]]
    ) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [title])
        group.setFirstColumnSpanned(True)
        for line, name, details, changes in rows:
            item = QTreeWidgetItem(group, ["" if line is None else str(line), name, details])
            item.setToolTip(2, "\n".join(changes) or details)
            for change in changes:  # old → new, one line per field
                QTreeWidgetItem(item, ["", "", change]).setToolTip(2, change)
            item.setExpanded(True)
        return group

    def change_lines(self, row: int = 0) -> list[str]:
        """The old → new lines shown under an update (for tests and the tool tip)."""
        item = self.update_group.child(row)
        if item is None:
            return []
        children = (item.child(i) for i in range(item.childCount()))
        return [child.text(2) for child in children if child is not None]

    def error_lines(self) -> list[int]:
        children = (self.error_group.child(i) for i in range(self.error_group.childCount()))
        return [int(child.text(0)) for child in children if child is not None]

    def _blanks_changed(self, on: bool) -> None:
        """Preview again with the other meaning of blank cells (on a worker thread)."""
        from desktop.services.tasks import run_task
        from desktop.store.transfer import preview_import

        if self.text is None:
            return
        self.apply_button.setEnabled(False)
        self.summary.setText(self.tr("Reading the file again…"))
        run_task(
            partial(preview_import, blank_clears=on),
            self.db,
            self.text,
            self.preview.fmt,
            on_done=self._show,
            on_error=lambda exc: self.status.setText(str(exc)),
        )

    # -- apply
    def apply(self) -> bool:
        """Start storing (a backup first) on a worker thread; the dialog closes when it
        is done, or shows why nothing was stored.  True when started."""
        from desktop.services.tasks import run_task
        from desktop.store.transfer import apply_import

        if not self.preview.can_apply or self._applying:
            return False
        self._applying = True
        for widget in (self.apply_button, self.blanks):
            widget.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("Backing up, then importing…") if self.backup_dir else self.tr("Importing…")
        )
        run_task(
            partial(apply_import, backup_dir=self.backup_dir),
            self.db,
            self.preview,
            on_done=self._applied,
            on_error=self._refused,
        )
        return True

    def _applied(self, result: Any) -> None:
        self._applying = False
        self.result_ = result
        self.applied.emit(result)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._applying = False
        self.status.setStyleSheet(error_style())
        self.status.setText(str(exc))
        self.blanks.setEnabled(True)
        self.failed.emit(str(exc))


def _changes(fields: tuple[str, ...]) -> str:
    from desktop.store.watchlist_import import FIELD_LABELS

    names = ", ".join(translate("WatchlistImport", FIELD_LABELS.get(f, f)) for f in fields)
    return QCoreApplication.translate("ImportPreviewDialog", "changes {fields}").format(
        fields=names
    )


def _details(draft: Any) -> str:
    parts = [
        draft.name_zh,
        draft.hk_code
        and QCoreApplication.translate("ImportPreviewDialog", "HK {hk_code}").format(
            hk_code=draft.hk_code
        ),
        ", ".join(draft.tags),
    ]
    return " · ".join(p for p in parts if p)


def import_watchlist_dialog(
    parent: QWidget | None, db: Any, path: str | Path | None = None
) -> bool:
    """Choose a CSV or JSON file, preview what it changes, and import it on Apply.
    True when something was imported."""
    from desktop.store.export_files import read_import_file
    from desktop.store.transfer import ImportRefused, detect_format, preview_import
    from desktop.ui.export_dialogs import start_folder

    if path:
        source = Path(path)
    else:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ImportPreviewDialog", "Import watchlist"),
            str(start_folder()),
            QCoreApplication.translate(
                "ImportPreviewDialog",
                "Watchlist files (*.csv *.json);;CSV spreadsheet (*.csv);;JSON (*.json)",
            ),
        )
        if not chosen:
            return False
        source = Path(chosen)
    try:
        text = read_import_file(source)
    except ImportRefused as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("ImportPreviewDialog", "Import failed"), str(exc)
        )
        return False
    fmt = detect_format(text, source.name)
    with WaitCursor():
        preview = preview_import(db, text, fmt)
    dialog = ImportPreviewDialog(db, preview, parent, source_name=source.name, text=text)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_ is not None
    if accepted and parent is not None and hasattr(parent, "statusBar"):
        result = dialog.result_
        parent.statusBar().showMessage(
            QCoreApplication.translate(
                "ImportPreviewDialog", "Imported {name}: {added} added, {updated} updated"
            ).format(name=source.name, added=len(result.added), updated=len(result.updated))
            + (
                QCoreApplication.translate("ImportPreviewDialog", "; backup {name}.").format(
                    name=result.backup.name
                )
                if result.backup
                else QCoreApplication.translate("ImportPreviewDialog", ".")
            ),
            8000,
        )
    return accepted
