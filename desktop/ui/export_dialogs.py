"""Exports as a person sees them: a save dialog that opens in the folder last used (else
Documents), the export on a worker thread, and a confirmation saying what was saved
where, with a button to show the folder."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.domain.i18n import translate
from desktop.store.export_files import (
    count_rows,
    export_folder,
    format_of,
    saved_words,
    with_suffix,
    write_export,
)
from desktop.ui.busy import in_background

_FOLDER_KEY = "export/folder"
_shown: list[QMessageBox] = []


def start_folder() -> Path:
    """Where file dialogs open: the last export folder, else Documents, else home."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return export_folder(str(QSettings().value(_FOLDER_KEY, "") or ""), documents)


def _remember(folder: Path) -> None:
    QSettings().setValue(_FOLDER_KEY, str(folder))


def _ask_save(parent: QWidget | None, title: str, name: str, filters: str) -> Path | None:
    chosen, selected = QFileDialog.getSaveFileName(
        parent, title, str(start_folder() / name), filters
    )
    if not chosen:
        return None
    return with_suffix(Path(chosen), selected)


def _write(parent: QWidget | None, path: Path, text: str, *, bom: bool = False) -> bool:
    try:
        write_export(path, text, bom=bom)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ExportDialogs", "Export failed"),
            QCoreApplication.translate("ExportDialogs", "Could not save {path}:\n{reason}").format(
                path=path, reason=exc.strerror or exc
            ),
        )
        return False
    _remember(path.parent)
    return True


def _saved_text(path: Path, what: str, count: int | None) -> str:
    """What was saved where, in the interface language (English: `saved_words`)."""
    n = -1 if count is None else count
    if count is None:
        source = "Saved to {name} in {folder}."
        text = translate("ExportDialogs", "Saved to {name} in {folder}.")
    elif what == "watchlist":
        source = "Saved %n companies to {name} in {folder}."
        text = translate("ExportDialogs", "Saved %n companies to {name} in {folder}.", None, n)
    elif what == "events":
        source = "Saved %n events to {name} in {folder}."
        text = translate("ExportDialogs", "Saved %n events to {name} in {folder}.", None, n)
    elif what == "calendar":
        source = "Saved %n dates to {name} in {folder}."
        text = translate("ExportDialogs", "Saved %n dates to {name} in {folder}.", None, n)
    else:
        source = "Saved %n rows to {name} in {folder}."
        text = translate("ExportDialogs", "Saved %n rows to {name} in {folder}.", None, n)
    if text == source.replace("%n", str(n)):  # no catalogue: English, with its plurals
        return saved_words(path, what, count)
    return text.format(name=path.name, folder=path.parent)


def confirm_saved(parent: QWidget | None, path: Path, what: str, count: int | None) -> QMessageBox:
    """A non-blocking confirmation: what was saved where; "Show folder" opens it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("ExportDialogs", "Export saved"))
    box.setText(_saved_text(path, what, count))
    show = box.addButton(
        QCoreApplication.translate("ExportDialogs", "Show &folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Ok)
    show.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
    box.setModal(False)
    _shown.append(box)  # alive until closed (no parent may hold it)
    box.finished.connect(lambda _result: _shown.remove(box) if box in _shown else None)
    box.show()
    if parent is not None and hasattr(parent, "statusBar"):
        parent.statusBar().showMessage(box.text(), 8000)
    return box


def export_watchlist_dialog(
    parent: QWidget | None, db: Any, path: str | Path | None = None
) -> Path | None:
    """Save the watchlist as CSV or JSON (by the file's extension); returns the file."""
    from desktop.store.transfer import export_watchlist

    title = QCoreApplication.translate("ExportDialogs", "Export watchlist")
    return _export_table(parent, db, path, title, "watchlist", export_watchlist)


def export_events_dialog(
    parent: QWidget | None, db: Any, path: str | Path | None = None
) -> Path | None:
    """Save every event as CSV or JSON; returns the file."""
    from desktop.store.transfer import export_events

    title = QCoreApplication.translate("ExportDialogs", "Export events")
    return _export_table(parent, db, path, title, "events", export_events)


def _export_table(
    parent: QWidget | None,
    db: Any,
    path: str | Path | None,
    title: str,
    stem: str,
    export: Callable[[Any, str], str],
) -> Path | None:
    """Ask where (unless ``path``), then write ``export(db, fmt)`` as CSV (with a BOM, for
    Excel) or JSON, by the file's extension; confirm what was saved."""
    target = (
        Path(path)
        if path
        else _ask_save(
            parent,
            title,
            f"{stem}-{date.today():%Y%m%d}.csv",
            QCoreApplication.translate("ExportDialogs", "CSV spreadsheet (*.csv);;JSON (*.json)"),
        )
    )
    if target is None:
        return None
    fmt = format_of(target)
    text = in_background(
        parent,
        QCoreApplication.translate("ExportDialogs", "{title}…").format(title=title),
        export,
        db,
        fmt,
    )
    if not _write(parent, target, text, bom=fmt == "csv"):
        return None
    confirm_saved(parent, target, stem, count_rows(text, fmt))
    return target


def export_calendar_dialog(
    parent: QWidget | None, db: Any, path: str | Path | None = None
) -> Path | None:
    """Save the key dates as an iCalendar file; returns the file."""
    from desktop.store.transfer import export_calendar

    target = (
        Path(path)
        if path
        else _ask_save(
            parent,
            QCoreApplication.translate("ExportDialogs", "Export key dates"),
            "ipo-key-dates.ics",
            QCoreApplication.translate("ExportDialogs", "iCalendar (*.ics)"),
        )
    )
    if target is None:
        return None
    if target.suffix.lower() != ".ics":
        target = target.with_name(target.name + ".ics")
    text = in_background(
        parent,
        QCoreApplication.translate("ExportDialogs", "Export key dates…"),
        export_calendar,
        db,
    )
    if not _write(parent, target, text):
        return None
    confirm_saved(parent, target, "calendar", count_rows(text, "ics"))
    return target
