"""The sources: what each one last did, when it runs next, and its settings."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.source_errors import SOURCE_TITLES, explain_row, source_title
from desktop.services.changes import Change
from desktop.services.language import ENGLISH, current_language, format_relative, format_span
from desktop.services.operations import Operation
from desktop.sources import registry
from desktop.store.db import Database
from desktop.store.sources import MAX_INTERVAL, MIN_INTERVAL, SourceRow, set_source, source_rows
from desktop.ui.feeds_dialog import FeedsDialog, check_feeds
from desktop.ui.follow import follow_changes
from desktop.ui.theme import elide_headers, error_color

log = logging.getLogger(__name__)

__all__ = ["FeedsDialog", "SourcesView", "check_feeds", "interval_text", "relative"]

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Source"),
    QT_TRANSLATE_NOOP("Columns", "Enabled"),
    QT_TRANSLATE_NOOP("Columns", "Every"),
    QT_TRANSLATE_NOOP("Columns", "Last success"),
    QT_TRANSLATE_NOOP("Columns", "Last error"),
    QT_TRANSLATE_NOOP("Columns", "Next run"),
    QT_TRANSLATE_NOOP("Columns", "Items seen"),
    QT_TRANSLATE_NOOP("Columns", "New last poll"),
)
COL_SOURCE, COL_ENABLED, COL_EVERY, COL_SUCCESS, COL_ERROR, COL_NEXT, COL_ITEMS, COL_NEW = range(8)

_Index = QModelIndex | QPersistentModelIndex


def _aware(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=UTC) if value and value.tzinfo is None else value  # (UTC)


RUNNING = QT_TRANSLATE_NOOP("SourcesView", "running…")
PAUSED = QT_TRANSLATE_NOOP("SourcesView", "paused")
DUE_NOW = QT_TRANSLATE_NOOP("SourcesView", "due now")


def _t(text: str) -> str:
    return QCoreApplication.translate("SourcesView", text)


def _span(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h"
    return f"{minutes // 1440} days"


def relative(when: datetime | None, now: datetime | None = None) -> str:
    """'12 min ago', 'in 25 min', 'just now'; '—' when there is no time."""
    when = _aware(when)
    if when is None:
        return "—"
    if current_language() != ENGLISH:
        return format_relative(when - (now or datetime.now(UTC)))
    delta = (when - (now or datetime.now(UTC))).total_seconds()
    if abs(delta) < 60:
        return "just now" if delta <= 0 else "in under a minute"
    return f"in {_span(delta)}" if delta > 0 else f"{_span(-delta)} ago"


def local_time(when: datetime | None) -> str:
    when = _aware(when)
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z") if when else ""


def interval_text(minutes: int) -> str:
    if current_language() != ENGLISH:
        return format_span(minutes)
    if minutes % 1440 == 0:
        days = minutes // 1440
        return "1 day" if days == 1 else f"{days} days"
    if minutes % 60 == 0:
        return f"{minutes // 60} h"
    if minutes > 60:
        return f"{minutes // 60} h {minutes % 60} min"
    return f"{minutes} min"


class SourcesModel(QAbstractTableModel):
    """One row per source; edits are handed to ``on_edit(source_id, enabled, interval)``."""

    def __init__(self, on_edit: Any = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SourceRow] = []
        self._running: frozenset[str] = frozenset()
        self._next: dict[str, datetime | None] = {}
        self._on_edit = on_edit

    def set_rows(self, rows: list[SourceRow], *, notify: bool = True) -> None:
        """``notify=False``: the caller signals the change itself (``set_live``)."""
        if len(rows) == len(self._rows):  # same sources: keep the selection and any editor
            self._rows = list(rows)
            if notify:
                self.touch()
        else:
            self.beginResetModel()
            self._rows = list(rows)
            self.endResetModel()

    def set_live(self, running: frozenset[str], next_runs: dict[str, datetime | None]) -> None:
        self._running, self._next = frozenset(running), dict(next_runs)
        self.touch()

    def touch(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 7))

    def row_at(self, row: int) -> SourceRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", COLUMNS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() == COL_ENABLED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == COL_EVERY:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def next_run_text(self, row: SourceRow) -> str:
        if row.source_id in self._running:
            return _t(RUNNING)
        if not row.enabled:
            return _t(PAUSED)
        when = self._next.get(row.source_id, row.next_run)
        moment = _aware(when)
        if moment is not None and -60 < (moment - datetime.now(UTC)).total_seconds() <= 0:
            return _t(DUE_NOW)  # "just now", said of a run
        return relative(when)

    def multiData(self, index: _Index, span: Any) -> None:
        """Every role a view asks of one cell in one call into Python (a delegate asks
        for about nine): a repaint while a poll's threads hold the GIL waits for it
        once per cell, not nine times."""
        for role_data in span:
            value = self.data(index, role_data.role())
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole and column == COL_EVERY:
            return row.interval_min
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_ENABLED:
            return Qt.CheckState.Checked if row.enabled else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_SUCCESS:
                return local_time(row.last_success) or QCoreApplication.translate(
                    "SourcesView", "Never succeeded yet"
                )
            if column == COL_ERROR and (said := explain_row(row)) is not None:
                return f"{local_time(row.last_error_at)}\n{said.tooltip}".strip()
            if column == COL_NEXT:
                return local_time(self._next.get(row.source_id, row.next_run)) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_ERROR and row.last_error:
            return error_color()  # readable on the current scheme
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_ITEMS, COL_NEW):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: SourceRow, column: int) -> str:
        if column == COL_SOURCE:
            return source_title(row.source_id) if row.source_id in SOURCE_TITLES else row.title
        if column == COL_EVERY:
            return interval_text(row.interval_min)
        if column == COL_SUCCESS:
            return relative(row.last_success)
        if column == COL_ERROR:
            return said.short if (said := explain_row(row)) is not None else "—"
        if column == COL_NEXT:
            return self.next_run_text(row)
        if column == COL_ITEMS:
            return str(row.items_seen)
        if column == COL_NEW:
            return str(row.new_events)
        return ""

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row = self._rows[index.row()]
        edit: tuple[bool | None, int | None]
        if index.column() == COL_ENABLED and role == Qt.ItemDataRole.CheckStateRole:
            enabled = Qt.CheckState(value) == Qt.CheckState.Checked
            new, edit = replace(row, enabled=enabled), (enabled, None)
        elif index.column() == COL_EVERY and role == Qt.ItemDataRole.EditRole:
            minutes = max(MIN_INTERVAL, min(int(value), MAX_INTERVAL))
            new, edit = replace(row, interval_min=minutes), (None, minutes)
        else:
            return False
        if new == row:
            return False
        self._rows[index.row()] = new
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 7))
        if self._on_edit is not None:
            self._on_edit(row.source_id, *edit)
        return True


class IntervalEditor(QWidget):
    """A number and a unit (minutes or hours)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.spin = QSpinBox()
        self.unit = QComboBox()
        self.unit.addItems(
            [
                QCoreApplication.translate("SourcesView", "min"),
                QCoreApplication.translate("SourcesView", "hours"),
            ]
        )
        self.unit.currentIndexChanged.connect(self._unit_changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.spin, 1)
        layout.addWidget(self.unit)
        self.setFocusProxy(self.spin)
        self._unit_changed()

    def _unit_changed(self) -> None:
        hours = self.unit.currentIndex() == 1
        self.spin.setRange(1 if hours else MIN_INTERVAL, MAX_INTERVAL // (60 if hours else 1))

    def minutes(self) -> int:
        factor = 60 if self.unit.currentIndex() == 1 else 1
        return max(MIN_INTERVAL, min(self.spin.value() * factor, MAX_INTERVAL))

    def set_minutes(self, minutes: int) -> None:
        hours = minutes >= 60 and minutes % 60 == 0
        self.unit.setCurrentIndex(1 if hours else 0)
        self.spin.setValue(minutes // 60 if hours else minutes)


class IntervalDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, _option: Any, _index: Any) -> QWidget:
        return IntervalEditor(parent)

    def setEditorData(self, editor: Any, index: Any) -> None:
        editor.set_minutes(int(index.data(Qt.ItemDataRole.EditRole) or 60))

    def setModelData(self, editor: Any, model: Any, index: Any) -> None:
        model.setData(index, editor.minutes(), Qt.ItemDataRole.EditRole)


def _save_source(db: Database, source_id: str, enabled: bool | None, interval: int | None) -> None:
    set_source(db, source_id, enabled=enabled, interval_min=interval)


def _button(text: str, slot: Any, layout: QHBoxLayout) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(slot)
    layout.addWidget(button)
    return button


class SourcesView(QWidget):
    def __init__(self, db: Any, poller: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.poller: Any = None  # see set_poller
        self._asked_for: set[str] = set()  # "Poll now" was asked for these
        self._loading = self._again = False
        self._saving = 0  # settings saves still under way
        self._load_during_save = False
        self._edits = self._load_edits = 0  # a load older than the last edit is stale
        self.model = SourcesModel(self._edited, self)
        self._fitted: dict[int, tuple[str, ...]] = {}  # column -> the texts it was fitted to
        self.table = QTableView()
        elide_headers(self.table)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COL_EVERY, IntervalDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Sized to the contents after each load, not live: a ResizeToContents header
        # measures every cell (in Python) on every change, and "running…" changes often.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_ERROR, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        self.poll_button = _button(self.tr("Poll now"), self.poll_selected, buttons)
        self.poll_all_button = _button(self.tr("Poll all now"), self.poll_all, buttons)
        self.feeds_button = _button(self.tr("News feeds…"), self.edit_feeds, buttons)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.set_poller(poller)
        self.timer = QTimer(self)
        self.timer.setInterval(30_000)
        self.timer.timeout.connect(self._update_live)
        self.timer.start()
        self._update_buttons()
        follow_changes(self, lambda change: change.any_sources, self.refresh)
        self.refresh()

    def set_poller(self, poller: Any) -> None:
        """Follow ``poller`` (polling may start after this view was opened)."""
        if poller is None or poller is self.poller:
            return
        self.poller = poller
        # A poll's start and outcome reach this view through the change signal.
        poller.busy_changed.connect(self._busy_changed)
        if hasattr(poller, "schedule_changed"):
            poller.schedule_changed.connect(self._update_live)
        self._update_buttons()
        self.refresh()

    def _busy_changed(self, _running: object) -> None:
        if self.poller is None:
            return
        self._update_live()
        if self._asked_for and not (self._asked_for & set(self.poller.running())):
            self._asked_for = set()
            self.status.setText("")  # the polls asked for are done: their rows say how

    def selected_source(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).source_id if rows else None

    def refresh(self) -> None:
        from desktop.services.tasks import run_task

        if self._loading:  # one load at a time; run once more when it is back
            self._again = True
            return
        self._loading, self._load_edits = True, self._edits
        # A read that starts while a save is under way may miss it, even if the save is
        # done by the time the read is back: such a read is never shown.
        self._load_during_save = self._saving > 0
        run_task(source_rows, self.db, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, rows: list[SourceRow]) -> None:
        self._loading = False
        stale = self._saving > 0 or self._load_edits != self._edits or self._load_during_save
        if not stale:
            self.model.set_rows(rows, notify=False)
            self._update_live()  # signals the change, once
            self._fit_columns()
            self._update_buttons()
        if self._again or (stale and not self._saving):  # a finished save reloads itself
            self._again = False
            self.refresh()

    def _fit_columns(self) -> None:
        """Each column as wide as its widest cell, or as the "running…" and "paused"
        texts it may show between loads (the last error takes what is left); measured
        again only when its texts changed (measuring asks Python for every cell)."""
        rows = [self.model.row_at(n) for n in range(self.model.rowCount())]
        for column in sorted(set(range(len(COLUMNS))) - {COL_ERROR}):
            texts = tuple(self.model._display(row, column) for row in rows)
            if self._fitted.get(column) != texts:
                self._fitted[column] = texts
                self.table.resizeColumnToContents(column)
        metrics = self.table.fontMetrics()
        widest = max(metrics.horizontalAdvance(t) for t in (_t(RUNNING), _t(PAUSED), _t(DUE_NOW)))
        needed = widest + 16  # the cell's margins
        if self.table.columnWidth(COL_NEXT) < needed:
            self.table.setColumnWidth(COL_NEXT, needed)

    def _failed(self, exc: BaseException) -> None:
        self._loading = self._again = False
        log.error("could not load sources: %s", exc)
        self.status.setText(self.tr("Could not load the sources: {reason}").format(reason=exc))

    def _update_live(self) -> None:
        if self.poller is None:
            self.model.touch()
            return
        self.model.set_live(
            self.poller.running(), {s: self.poller.next_run(s) for s in registry.SOURCE_IDS}
        )

    def _update_buttons(self) -> None:
        has_poller = self.poller is not None
        self.poll_button.setEnabled(has_poller and self.selected_source() is not None)
        self.poll_all_button.setEnabled(has_poller)

    def _edited(self, source_id: str, enabled: bool | None, interval: int | None) -> None:
        self._edits += 1
        self._saving += 1
        Operation(
            QT_TRANSLATE_NOOP("Operations", "Change source"),
            _save_source,
            self.db,
            source_id,
            enabled,
            interval,
            changes=Change(sources=frozenset({source_id})),
        ).success(self._saved).failure(self._save_failed).run()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving -= 1
        log.error("could not save the source settings: %s", exc)
        self.status.setText(self.tr("Could not save: {reason}").format(reason=exc))
        self.refresh()

    def _saved(self, _result: Any = None) -> None:
        self._saving -= 1
        if self.poller is not None:
            self.poller.rebuild_jobs()
        self.refresh()

    def poll_selected(self) -> None:
        source_id = self.selected_source()
        if self.poller is not None and source_id:
            self._asked(self.poller.poll_now(source_id))

    def poll_all(self) -> None:
        if self.poller is not None:
            self._asked(self.poller.poll_now(None))

    def _asked(self, ids: Any) -> None:
        asked = list(ids or [])
        idle = self.tr("Nothing to poll: those sources are paused or already running.")
        self._asked_for = set(asked)
        count = len(asked)
        polling = self.tr("Polling %n source(s)…", "", count)
        polling = polling.replace("(s)", "" if count == 1 else "s")
        self.status.setText(polling if asked else idle)
        self._update_live()

    def edit_feeds(self) -> bool:
        dialog = FeedsDialog(self.db, self)
        saved = bool(dialog.exec())
        if saved:
            self.status.setText(self.tr("News feeds saved; they are read on the next news poll."))
        return saved
