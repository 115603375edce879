"""The whole Hong Kong pipeline: every applicant seen, on the watchlist or not."""

from __future__ import annotations

import logging
from collections.abc import Hashable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.kinds import EventKind, Stage
from desktop.domain.text_fold import fold
from desktop.services.language import display_name
from desktop.store.pipeline import Applicant, PipelineEvent
from desktop.ui.follow import follow_changes
from desktop.ui.item_table import ALIGN_CENTER, Cell, ItemTable, Prepared
from desktop.ui.links import is_safe_link, open_link
from desktop.ui.theme import elide_headers

log = logging.getLogger(__name__)

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Applicant"),
    QT_TRANSLATE_NOOP("Columns", "Chinese name"),
    QT_TRANSLATE_NOOP("Columns", "Stage"),
    QT_TRANSLATE_NOOP("Columns", "Board"),
    QT_TRANSLATE_NOOP("Columns", "First filed"),
    QT_TRANSLATE_NOOP("Columns", "Last event"),
    QT_TRANSLATE_NOOP("Columns", "On watchlist"),
)
COL_NAME, COL_ZH, COL_STAGE, COL_BOARD, COL_FILED, COL_LAST, COL_WATCHED = range(len(COLUMNS))
BOARDS = {"sehk": QT_TRANSLATE_NOOP("PipelineView", "Main Board"), "gem": "GEM"}
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "PipelineView",
    "No applicants yet. The pipeline fills in after the first poll of HKEX "
    "application proofs (Sources › Poll all now).",
)
READING_TEXT = QT_TRANSLATE_NOOP("PipelineView", "Reading the pipeline…")
UrlRole = Qt.ItemDataRole.UserRole + 3


def _board(board: str) -> str:
    """The board's name in the interface language ("" when unknown)."""
    return QCoreApplication.translate("PipelineView", BOARDS[board]) if board in BOARDS else ""


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _kind(kind: str) -> str:
    try:
        return EventKind(kind).label
    except ValueError:
        return kind


class PipelineModel(ItemTable[Applicant]):
    """Every applicant, filtered by any of its names and optionally by stage
    (the facet ``stage=<value>``); keys are ``Applicant.key``."""

    columns = COLUMNS
    alignments = {COL_WATCHED: ALIGN_CENTER}

    def key(self, row: Applicant) -> Hashable:
        return row.key

    def search_text(self, row: Applicant) -> str:
        return row.search_text()

    def facets(self, row: Applicant) -> tuple[str, ...]:
        return (f"stage={row.stage.value}",)

    def cells(self, row: Applicant) -> tuple[Cell, ...]:
        others = [n for n in row.names if n != row.name]
        board = _board(row.board) or row.board
        watched = row.company_id is not None
        return (
            (
                row.name,
                fold(row.name),
                QCoreApplication.translate("PipelineView", "Also filed as: {names}").format(
                    names=", ".join(others)
                )
                if others
                else "",
            ),
            (row.name_zh, fold(row.name_zh), ""),
            (
                row.stage.label,
                row.stage.rank,
                QCoreApplication.translate("PipelineView", "Since {day}").format(
                    day=row.since.isoformat()
                )
                if row.since
                else "",
            ),
            (board, board.casefold(), ""),
            (_day(row.first_filed), row.first_filed.toordinal() if row.first_filed else 0, ""),
            (_day(row.last_event), row.last_event.toordinal() if row.last_event else 0, ""),
            ("✓" if watched else "", int(watched), ""),
        )


class PipelineView(QWidget):
    company_added = Signal(int)
    open_company = Signal(int)
    events_shown = Signal(str)  # the applicant's key, once its events are listed

    def __init__(self, db: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._pending_key: str | None = None
        self._loading: str | None = None  # "full" or "new" while a read runs
        self._queued: str | None = None  # the read asked for meanwhile
        self._last_id: int | None = None  # the newest event read
        self._events_for: str | None = None  # the applicant whose events are wanted
        self._adding = False
        self.model = PipelineModel(parent=self)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter applicants by any name"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.stage_combo = QComboBox()
        self.stage_combo.addItem(self.tr("All stages"), None)
        for stage in Stage:
            self.stage_combo.addItem(stage.label, stage.value)
        self.stage_combo.currentIndexChanged.connect(self._filter_changed)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.stage_combo)
        bar.addWidget(self.count_label)

        self.table = QTableView()
        elide_headers(self.table)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_LAST, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        table_header = self.table.horizontalHeader()
        table_header.setStretchLastSection(False)  # the names get the room, not the ✓
        table_header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((240, 170, 130, 90, 90, 90, 100)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.empty_label = QLabel(self.tr(EMPTY_TEXT))
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text); font-size: 13pt;")
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        self.details_title = QLabel()
        self.details_title.setTextFormat(Qt.TextFormat.PlainText)
        self.details_title.setWordWrap(True)
        self.details_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.events = QTreeWidget()
        elide_headers(self.events)
        self.events.setHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Title"), self.tr("Document")]
        )
        self.events.setRootIsDecorated(False)
        self.events.setAlternatingRowColors(True)
        self.events.setUniformRowHeights(True)
        header = self.events.header()
        header.setStretchLastSection(False)
        for column in range(4):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == 2
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.events.itemActivated.connect(lambda item, _col: open_link(item.data(0, UrlRole)))
        self.events.itemClicked.connect(
            lambda item, col: open_link(item.data(0, UrlRole)) if col == 3 else None
        )
        self.add_button = QPushButton(self.tr("Add to watchlist"))
        self.add_button.clicked.connect(self.add_selected)
        self.open_button = QPushButton(self.tr("Open on watchlist"))
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.details_title, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addLayout(buttons)
        details_layout.addWidget(self.events, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([600, 300])  # the list first; the splitter scales these
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self._update_state()
        self._show_selected()
        # A company added, edited or deleted changes whose applicant is watched: read it
        # all; a poll's new filings: read only what is new.
        follow_changes(self, lambda c: c.everything or bool(c.companies), self.refresh)
        follow_changes(self, lambda c: c.any_pipeline, self.refresh_new)
        self.refresh()

    # -- loading
    def refresh(self) -> None:
        """Read the whole pipeline again (in the background)."""
        self._load("full")

    def refresh_new(self) -> None:
        """Read only the events stored since the last read, such as a poll's, and
        update the applicants they concern."""
        self._load("new" if self._last_id is not None else "full")

    def _load(self, mode: str) -> None:
        from desktop.services.tasks import run_task

        if self._loading is not None:  # one read at a time; a full one covers all
            self._queued = "full" if "full" in (mode, self._queued) else "new"
            return
        current = self.selected_applicant()
        if current is not None and self._pending_key is None:
            self._pending_key = current.key
        self._loading = mode
        self._update_state()
        if mode == "full":
            run_task(self._read_all, self.db.path, on_done=self._loaded, on_error=self._failed)
        else:
            run_task(
                self._read_new,
                self.db.path,
                self._last_id or 0,
                self.model.rows_by_key(),
                on_done=self._loaded,
                on_error=self._failed,
            )

    def _read_all(self, path: Path) -> tuple[Prepared[Applicant], int]:
        """(loader thread) Every applicant, with the table's cells made ready."""
        from desktop.store.pipeline import read_pipeline

        read = read_pipeline(path)
        return self.model.prepare(read.applicants, build=True), read.last_id

    def _read_new(
        self, path: Path, after_id: int, known: dict[Any, Applicant]
    ) -> tuple[Prepared[Applicant], int]:
        """(loader thread) The applicants new events concern."""
        from desktop.store.pipeline import read_new

        read = read_new(path, after_id)
        return self.model.prepare_update(read.applicants, known), read.last_id

    def _loaded(self, result: tuple[Prepared[Applicant], int]) -> None:
        prepared, last_id = result
        self._loading = None
        self.model.apply(prepared)
        self._last_id = last_id
        self._update_state()
        key, self._pending_key = self._pending_key, None
        if key is not None:
            self.select_applicant(key)
        self._show_selected()
        self._next_load()

    def _next_load(self) -> None:
        if self._queued is not None:
            mode, self._queued = self._queued, None
            self._load(mode)

    def _failed(self, exc: BaseException) -> None:
        log.error("could not load the pipeline: %s", exc)
        self._loading = None
        self.count_label.setText(f"Could not load the pipeline: {exc}")
        self._next_load()

    # -- filtering and selection
    def _filter_changed(self, *_args: Any) -> None:
        value = self.stage_combo.currentData()
        facets = (f"stage={Stage(value).value}",) if value else ()
        self.model.set_filter_text(self.filter_edit.text(), facets)
        self._update_state()
        self._show_selected()

    def _update_state(self) -> None:
        total, shown = self.model.total(), self.model.rowCount()
        if total == 0 and self._loading is not None and self._last_id is None:
            # The first read (a large pipeline takes a second or two): not "empty" yet.
            self.count_label.setText(self.tr("Reading…"))
            self.empty_label.setText(self.tr(READING_TEXT))
        else:
            text = self.tr("%n applicant(s)", "", total)
            text = text.replace("(s)", "" if total == 1 else "s")
            if shown != total:
                text = self.tr("{shown} of {total}").format(shown=shown, total=text)
            self.count_label.setText(text)
            self.empty_label.setText(self.tr(EMPTY_TEXT))
        self.list_stack.setCurrentWidget(self.empty_label if total == 0 else self.table)

    def visible_applicants(self) -> list[Applicant]:
        return self.model.shown()

    def selected_applicant(self) -> Applicant | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_applicant(self, key: str) -> bool:
        row = self.model.row_of(key)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def _show_selected(self) -> None:
        item = self.selected_applicant()
        if item is None or item.key != self._events_for:
            self.events.clear()  # (the same applicant's list stays until re-read)
            self._events_for = None
        self.add_button.setEnabled(
            item is not None and item.company_id is None and not self._adding
        )
        self.open_button.setEnabled(item is not None and item.company_id is not None)
        if item is None:
            self.details_title.setText(self.tr("Select an applicant to see its filings."))
            return
        bits = [item.name, display_name(item.name_zh), item.stage.label, _board(item.board)]
        if item.since:
            bits.append(self.tr("since {day}").format(day=item.since.isoformat()))
        self.details_title.setText("  ·  ".join(b for b in bits if b))
        self._read_events(item.key)

    def _read_events(self, key: str) -> None:
        from desktop.services.tasks import run_task
        from desktop.store.pipeline import applicant_events

        self._events_for = key
        run_task(
            applicant_events,
            self.db.path,
            key,
            on_done=lambda events: self._show_events(key, events),
            on_error=self._failed_events,
        )

    def _show_events(self, key: str, events: list[PipelineEvent]) -> None:
        if key != self._events_for:
            return  # the user moved on meanwhile
        self.events.clear()
        self.events.addTopLevelItems([self._event_item(e) for e in reversed(events)])
        self.events_shown.emit(key)

    def _failed_events(self, exc: BaseException) -> None:
        log.error("could not read the applicant's events: %s", exc)
        self.details_title.setText(
            self.tr("Could not read the filings: {reason}").format(reason=exc)
        )

    def _event_item(self, event: PipelineEvent) -> QTreeWidgetItem:
        row = QTreeWidgetItem(
            [_day(event.published) or self.tr("undated"), _kind(event.kind), event.title, "—"]
        )
        row.setToolTip(2, event.title)
        if is_safe_link(event.url):
            row.setData(0, UrlRole, event.url)
            row.setText(3, self.tr("Open document ↗"))
            row.setToolTip(3, event.url or "")
            row.setForeground(3, self.events.palette().link())
            font = row.font(3)
            font.setUnderline(True)
            row.setFont(3, font)
        return row

    # -- actions
    def add_selected(self) -> None:
        from desktop.services.changes import Change
        from desktop.services.operations import Operation
        from desktop.store.pipeline import add_to_watchlist

        item = self.selected_applicant()
        if item is None or item.company_id is not None or self._adding:
            return
        self._adding = True
        self._pending_key = item.key
        self.add_button.setEnabled(False)
        Operation(
            QT_TRANSLATE_NOOP("Operations", "Add to watchlist"),
            add_to_watchlist,
            self.db,
            item,
            changes=lambda cid: Change.of_company(cid) | Change(events=frozenset({cid})),
        ).success(self._added).failure(self._add_failed).run()

    def _added(self, company_id: int) -> None:
        self._adding = False
        self.company_added.emit(company_id)

    def _add_failed(self, exc: BaseException) -> None:
        log.error("could not add to the watchlist: %s", exc)
        self._adding = False
        self.count_label.setText(
            self.tr("Could not add to the watchlist: {reason}").format(reason=exc)
        )
        self._show_selected()

    def open_selected(self) -> None:
        item = self.selected_applicant()
        if item is not None and item.company_id is not None:
            self.open_company.emit(item.company_id)
