"""The watchlist pane: the filter, the table of companies and its empty states.

The pane reads the watchlist itself in the background and follows the change signal:
an edit, an import, a restore or a poll's new filings show without a manual refresh.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.tasks import LatestOnly
from desktop.store.fastread import WatchlistHead, WatchlistRow, load_watchlist
from desktop.ui.follow import follow_changes
from desktop.ui.item_table import BULK_ROWS, Prepared
from desktop.ui.theme import elide_headers
from desktop.ui.watchlist_model import (
    COL_DAYS,
    COL_LAST,
    COL_NAME,
    COL_NEXT,
    COL_STAGE,
    COL_ZH,
    WatchlistModel,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex
    from PySide6.QtGui import QResizeEvent

# Nothing here touches PySide's ``Qt`` namespace before the first paint (see item_table):
# what needs it imports it where it runs.
log = logging.getLogger(__name__)

# Columns that share the width left after the others got what their contents need, with
# their weights and the narrowest they may get (the name first: it is what one reads).
ELASTIC = {COL_NAME: (4, 150), COL_LAST: (3, 140), COL_NEXT: (2, 120)}
FITTED = (COL_ZH, COL_STAGE, COL_DAYS)  # short texts: Chinese names, stage names, day counts
# Of more different texts than this in a fitted column, only this many of the longest are
# measured with the font (see WatchlistPane._widest_cell).
MEASURED = 64


def empty_label(text: str) -> QLabel:
    """A centred line of plain text in place of an empty list (set by the style sheet: see
    the note on ``Qt`` above)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setMargin(24)
    label.setStyleSheet(
        "color: palette(placeholder-text); font-size: 13pt;"
        " qproperty-alignment: AlignCenter; qproperty-textFormat: PlainText;"
    )
    return label


class FilterEdit(QLineEdit):
    """The filter field.  Esc clears it; ↓ moves to the table; the window's shortcuts
    (Ctrl+E and the like) work while it has focus, except the keys a text field needs."""

    leave_down = Signal()

    TEXT_KEYS = (
        QKeySequence.StandardKey.Copy,
        QKeySequence.StandardKey.Cut,
        QKeySequence.StandardKey.Paste,
        QKeySequence.StandardKey.Undo,
        QKeySequence.StandardKey.Redo,
        QKeySequence.StandardKey.SelectAll,
        QKeySequence.StandardKey.Delete,
    )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            from PySide6.QtCore import Qt

            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and not any(event.matches(key) for key in self.TEXT_KEYS):
                event.ignore()  # let the window's shortcut have it (Ctrl+E edits)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if event.key() == Qt.Key.Key_Down:
            self.leave_down.emit()
            return
        super().keyPressEvent(event)


class WatchlistPane(QWidget):
    current_changed = Signal(object)  # the selected company's id, or None
    activated = Signal()  # a row was double-clicked (edit it)
    rows_loaded = Signal()  # after every (re)load of the rows
    first_painted = Signal()
    counts_changed = Signal(str)  # "12 companies · 3 listed"

    def __init__(
        self,
        db_path: Path,
        rows: list[WatchlistRow],
        parent: QWidget | None = None,
        *,
        header_state: QByteArray | None = None,
    ) -> None:
        """``header_state``: the table header as ``header_state()`` saved it (its sort, the
        columns); without one, the table is sorted by name."""
        super().__init__(parent)
        self.db_path = db_path
        self._painted = False
        self._pending_select: int | None = None
        self._reads = LatestOnly()
        self._fitting = False
        self._fit_due = False
        self._user_sized = False  # the user dragged a column: widths are theirs now
        self._content_widths: dict[int, int] = {}  # FITTED column -> width (these rows)
        # The first rows of a long watchlist (total, listed): the rest is read once the
        # window is painted.
        self._head: tuple[int, int] | None = None
        self._listed: int | None = None  # of the rows loaded
        if isinstance(rows, WatchlistHead) and not rows.complete:
            self._head = (rows.total, rows.listed)
            self.first_painted.connect(lambda: QTimer.singleShot(0, self, self.refresh))

        self.model = WatchlistModel(rows, self)
        self.filter_edit = FilterEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, alias, code or tag  (Ctrl+F)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.leave_down.connect(self._focus_table)

        self.table = QTableView()
        # Titles elide once the window is up and the event loop turns again (Qt's enums
        # are not needed for the first paint).
        self.first_painted.connect(
            lambda: QTimer.singleShot(0, self, lambda: elide_headers(self.table))
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # long text is elided on the right (the default)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        if header_state is None or not header.restoreState(header_state):
            from PySide6.QtCore import Qt

            header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        # The first rows of the app come in the header's order (``load_watchlist_head``
        # reads them so): the table sorts itself from the first paint on (the model's
        # ``sort`` is Python, and the call from Qt would make PySide's enums before it).
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        if isinstance(rows, WatchlistHead):
            self.first_painted.connect(lambda: QTimer.singleShot(0, self, self._sort_from_now_on))
        else:  # rows in any order: sorted at once
            self._sort_from_now_on()
        header.sectionResized.connect(self._section_resized)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _index: self.activated.emit())
        # The table's own paint starts the pass that paints its cells (see eventFilter).
        self.table.installEventFilter(self)

        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.empty_list = empty_label(
            self.tr(
                "Your watchlist is empty.\n\nAdd a company with File › Add company (Ctrl+N), "
                "or bring one in from the pipeline."
            )
        )
        self.no_match = empty_label("")
        self.list_stack.addWidget(self.empty_list)
        self.list_stack.addWidget(self.no_match)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list_stack, 1)
        self.setMinimumWidth(320)
        # Even when another tab is shown: the status bar counts the rows.
        follow_changes(self, lambda change: change.watchlist, self.refresh, even_hidden=True)
        self._update_state()
        self.fit_columns()

    # -- rows
    def selected_row(self) -> WatchlistRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row())

    def refresh(self, select_id: int | None = None) -> None:
        """Read the watchlist again in the background, keeping (or moving) the selection."""
        current = self.selected_row()
        if select_id is not None:
            self._pending_select = select_id
        elif self._pending_select is None:  # a selection asked for by a read still counts
            self._pending_select = current.id if current else None
        self._reads.run(
            self._read, self.db_path, on_done=self.rows_ready, on_error=self._read_failed
        )

    def _read(self, path: Path) -> Prepared[WatchlistRow]:
        """(loader thread) The rows, with the table's cells made ready; when most of them
        are new (the rest after the first paint, an import), in an item model filled here."""
        rows = load_watchlist(path)
        return self.model.prepare(rows, build=len(rows) - self.model.total() > BULK_ROWS)

    def _read_failed(self, exc: BaseException) -> None:
        log.error("the watchlist could not be read: %s", exc)
        self.counts_changed.emit(
            self.tr("The watchlist could not be read: {reason}").format(reason=exc)
        )

    def _sort_from_now_on(self) -> None:
        if not self.table.isSortingEnabled():
            self.table.setSortingEnabled(True)  # sorts once, by the header's sort indicator

    def rows_ready(self, prepared: Prepared[WatchlistRow]) -> None:
        self._head, self._listed = None, None
        self._sort_from_now_on()
        self.model.apply(prepared)
        self._content_widths.clear()
        self._update_state()
        target, self._pending_select = self._pending_select, None
        if target is not None and not self.select_company(target):
            self.current_changed.emit(None)
        self.fit_columns()
        self.rows_loaded.emit()

    def header_state(self) -> QByteArray:
        """The table header's state (sort column and order, the columns) for next time."""
        return self.table.horizontalHeader().saveState()

    def select_company(self, company_id: int) -> bool:
        row = self.model.row_of(company_id)
        if row < 0:
            if self._head is not None and not self.model.has(company_id):
                self._pending_select = company_id  # selected when the rest is read
                return True
            if not self.model.has(company_id):
                return False
            self.filter_edit.clear()  # filtered out: clear the filter to show it
            row = self.model.row_of(company_id)
        index = self.model.index(row, 0)
        from PySide6.QtCore import QItemSelectionModel

        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _current_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: object
    ) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self.current_changed.emit(row.id if row else None)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, COL_NAME))

    # -- filter and empty states
    def _filter_changed(self, text: str) -> None:
        self.model.set_filter_text(text)
        self._update_state()

    def _update_state(self) -> None:
        total = self.model.total()
        shown = self.model.rowCount()
        if self._listed is None:  # counted once per set of rows (not per keystroke)
            self._listed = sum(1 for row in self.model.rows() if row.stage == "listed")
        listed = self._listed
        if self._head is not None:  # the first rows: counts of the whole list, which a
            total, listed = self._head  # filter counts once the rest is read
            shown = total
        if total == 0:
            self.list_stack.setCurrentWidget(self.empty_list)
        elif shown == 0:
            self.no_match.setText(
                self.tr(
                    "No company matches “{text}”.\n\n"
                    "Try fewer words, an alias or a stock code, or add the company (Ctrl+N)."
                ).format(text=self.filter_edit.text())
            )
            self.list_stack.setCurrentWidget(self.no_match)
        else:
            self.list_stack.setCurrentWidget(self.table)
        text = self.tr("%n company(s)", "", total)
        if "(s)" in text:  # the English source: "1 company", "2 companies"
            text = f"{total} {'company' if total == 1 else 'companies'}"
        text = self.tr("{companies} · {listed} listed").format(companies=text, listed=listed)
        if shown != total:
            text = self.tr("{shown} of {total}").format(shown=shown, total=text)
        self.counts_changed.emit(text)

    # -- column widths
    def fit_columns(self) -> None:
        """Columns as wide as their contents need; the name, last event and next step
        share what is left, so the table fills its width without a horizontal scroll
        bar.  Once the user drags a column, the widths are theirs.  Until the table is
        shown there is no width to share (and measuring a hidden table reads every row)."""
        self._fit_due = False
        if self._user_sized or not self.table.isVisible():
            return
        header = self.table.horizontalHeader()
        available = self.viewport_width()
        if available <= 0:
            return
        self._fitting = True
        try:
            fitted = 0
            for column in FITTED:
                width = self._content_width(column)
                header.resizeSection(column, width)
                fitted += width
            spare = max(0, available - fitted)
            weights = sum(w for w, _ in ELASTIC.values())
            widths = {c: max(low, spare * w // weights) for c, (w, low) in ELASTIC.items()}
            over = sum(widths.values()) - spare
            # Too narrow for every minimum: the last elastic column gives way first.
            for column in (COL_NEXT, COL_LAST, COL_NAME):
                if over <= 0:
                    break
                give = min(over, widths[column] - 60)
                widths[column] -= give
                over -= give
            for column, width in widths.items():
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _content_width(self, column: int) -> int:
        """What the column's cells and title need: measured once per set of rows (a resize
        of the window does not change it; measuring reads up to a thousand rows)."""
        width = self._content_widths.get(column)
        if width is None:
            header = self.table.horizontalHeader()
            width = max(self._widest_cell(column), header.sectionSizeHint(column))
            self._content_widths[column] = width
        return width

    def _widest_cell(self, column: int) -> int:
        """The width the column's widest cell needs, as ``sizeHintForColumn`` counts it.
        That measures the cells of up to a thousand rows one by one, which on a long
        watchlist costs more than the rest of the first paint; here the different texts
        (the MEASURED longest of many) are measured with the table's font and the table
        measures the cell of the widest."""
        texts = self.model.texts(column)
        candidates = list(texts)
        if len(candidates) > MEASURED:
            candidates = sorted(candidates, key=len)[-MEASURED:]
        if not candidates:
            return self.table.sizeHintForColumn(column)
        widest = max(candidates, key=self.table.fontMetrics().horizontalAdvance)
        row = self.model.row_of(texts[widest])
        if row < 0:  # filtered out: measure what is shown
            return self.table.sizeHintForColumn(column)
        hint = self.table.sizeHintForIndex(self.model.index(row, column)).width()
        return hint + 1 if self.table.showGrid() else hint  # as sizeHintForColumn does

    def viewport_width(self) -> int:
        """The width of the table's viewport, worked out without asking for the viewport:
        wrapping that plain QWidget makes PySide load every widget class it has (tens of
        milliseconds before the first paint)."""
        width = self.table.maximumViewportSize().width()
        bar = self.table.verticalScrollBar()
        if bar.isVisibleTo(self.table):
            width -= bar.width()
        return width

    def _section_resized(self, _column: int, _old: int, _new: int) -> None:
        if not self._fitting and self.table.horizontalHeader().underMouse():
            self._user_sized = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._fit_due:  # once the viewport has its new size; resizes in a row fit once
            self._fit_due = True
            QTimer.singleShot(0, self, self.fit_columns)

    # -- first paint
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The table paints its frame, then its viewport (the rows) in the same pass, before
        # the event loop turns again: ``first_painted`` comes after the rows are painted.
        if not self._painted and event.type() == QEvent.Type.Paint and watched is self.table:
            self._painted = True
            # Done watching: a filter left in place is a call into Python per event.
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.first_painted.emit)
        return super().eventFilter(watched, event)

    def mark_painted(self) -> None:
        """Nothing to paint in the table: the empty state is the first paint."""
        if not self._painted:
            self._painted = True
            self.table.removeEventFilter(self)
            QTimer.singleShot(0, self, self.first_painted.emit)
