"""The alert inbox: every alert, newest first, with filters and read state."""

from __future__ import annotations

import logging
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.alert_rules import kind_label
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.kinds import EventKind
from desktop.services.changes import Change
from desktop.services.language import display_name
from desktop.services.operations import Operation
from desktop.services.tasks import LatestOnly
from desktop.store.alerts import AlertView
from desktop.ui.follow import follow_changes
from desktop.ui.item_table import Cell, ItemTable, Prepared
from desktop.ui.links import is_safe_link, open_link
from desktop.ui.theme import elide_headers

log = logging.getLogger(__name__)

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "AlertInbox",
    "No alerts yet. You will be told here (and by a notification) when a watched company "
    "files something new.",
)
NO_MATCH_TEXT = QT_TRANSLATE_NOOP("AlertInbox", "No alerts match the filters.")
READING_TEXT = QT_TRANSLATE_NOOP("AlertInbox", "Reading the alerts…")
LINK_TEXT = QT_TRANSLATE_NOOP("AlertInbox", "Open document ↗")


def _t(text: str) -> str:
    return QCoreApplication.translate("AlertInbox", text)


COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Time"),
    QT_TRANSLATE_NOOP("Columns", "Company"),
    QT_TRANSLATE_NOOP("Columns", "Kind"),
    QT_TRANSLATE_NOOP("Columns", "Title"),
    QT_TRANSLATE_NOOP("Columns", "Document"),
)
COL_TIME, COL_COMPANY, COL_KIND, COL_TITLE, COL_LINK = range(5)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)


@dataclass(frozen=True, slots=True)
class InboxFilter:
    company_id: int | None = None
    kind: str | None = None
    unread_only: bool = False


@dataclass(frozen=True, slots=True)
class InboxData:
    rows: list[AlertView]
    unread: int
    total: int
    companies: list[tuple[int, str]]


ALERTS_CHANGED = Change(alerts=True)


def load_inbox(db: Any, chosen: InboxFilter) -> InboxData:
    """The inbox as the filters choose it (runs off the GUI thread)."""
    from desktop.store.alerts import inbox_totals, list_alerts, unread_count

    rows = list_alerts(db, chosen.company_id, chosen.kind, chosen.unread_only)
    total, companies = inbox_totals(db)
    return InboxData(rows, unread_count(db), total, companies)


def alert_time(when: datetime) -> str:
    aware = when.replace(tzinfo=UTC) if when.tzinfo is None else when  # stored as UTC
    return aware.astimezone().strftime("%Y-%m-%d %H:%M")


class AlertsModel(ItemTable[AlertView]):
    """The alerts the inbox's filters chose (filtered in SQL), newest first; unread ones
    in bold.  Keys are alert ids (see ``item_table``: painted and sorted by Qt alone)."""

    columns = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        self._bold = QFont()  # made on the GUI thread; loaders only copy it
        self._bold.setBold(True)
        from desktop.ui.theme import unread_dot

        self._dot = unread_dot()  # unread is more than weight (bold CJK looks alike)
        super().__init__((), parent)

    def key(self, row: AlertView) -> Hashable:
        return row.id

    def search_text(self, row: AlertView) -> str:
        return ""  # the inbox filters in its query

    def cells(self, row: AlertView) -> tuple[Cell, ...]:
        when = (
            row.created_at.replace(tzinfo=UTC) if row.created_at.tzinfo is None else row.created_at
        )
        kind = kind_label(row.kind)
        company = display_name(row.company) if row.company else "—"
        link = is_safe_link(row.url)
        return (
            (alert_time(row.created_at), f"{when.isoformat()}|{row.id:012d}", ""),
            (company, company.casefold(), ""),
            (kind, kind.casefold(), ""),
            (row.title, row.title.casefold(), row.title),
            (_t(LINK_TEXT) if link else "", int(link), (row.url or "") if link else ""),
        )

    def extra_roles(self, row: AlertView) -> dict[int, dict[int, Any]]:
        font = None if row.read else self._bold
        roles: dict[int, dict[int, Any]] = {column: {_FONT: font} for column in range(len(COLUMNS))}
        roles[0][_DECORATION] = None if row.read else self._dot
        return roles

    def alert(self, row: int) -> AlertView | None:
        return self.row_at(row) if 0 <= row < self.rowCount() else None


class AlertInbox(QWidget):
    unread_changed = Signal(int)
    open_event = Signal(int, int)  # company_id, event_id

    def __init__(self, db: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._reads = LatestOnly()
        self._companies: list[tuple[int, str]] = []
        self.model = AlertsModel(self)

        self.company_combo = QComboBox()
        self.company_combo.addItem(QCoreApplication.translate("AlertInbox", "All companies"), None)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(QCoreApplication.translate("AlertInbox", "All kinds"), None)
        for kind in EventKind:
            self.kind_combo.addItem(kind.label, kind.value)
        self.unread_check = QCheckBox(QCoreApplication.translate("AlertInbox", "Unread only"))
        self.mark_read_button = QPushButton(QCoreApplication.translate("AlertInbox", "Mark read"))
        self.mark_all_button = QPushButton(
            QCoreApplication.translate("AlertInbox", "Mark all read")
        )
        self.status_label = QLabel()
        for combo in (self.company_combo, self.kind_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.unread_check.toggled.connect(lambda _on: self.refresh())
        self.mark_read_button.clicked.connect(self.mark_selected_read)
        self.mark_all_button.clicked.connect(self.mark_all_read)
        bar = QHBoxLayout()
        bar.addWidget(self.company_combo)
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.unread_check)
        bar.addStretch(1)
        bar.addWidget(self.status_label)
        bar.addWidget(self.mark_read_button)
        bar.addWidget(self.mark_all_button)

        self.table = QTableView()
        elide_headers(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_TIME, Qt.SortOrder.DescendingOrder)
        for column, width in enumerate((130, 220, 180, 360, 130)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(self._activated)
        self.table.clicked.connect(self._clicked)
        self.empty_label = QLabel(_t(READING_TEXT))  # until the first read is back
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text); font-size: 13pt;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.stack.setCurrentWidget(self.empty_label)
        follow_changes(self, lambda change: change.any_alerts, self.refresh)
        self.refresh()

    # -- loading
    def current_filter(self) -> InboxFilter:
        return InboxFilter(
            company_id=self.company_combo.currentData(),
            kind=self.kind_combo.currentData(),
            unread_only=self.unread_check.isChecked(),
        )

    def refresh(self) -> None:
        """Read the inbox again in the background."""
        self._reads.run(
            self._read, self.current_filter(), on_done=self._loaded, on_error=self._failed
        )

    def _read(self, chosen: InboxFilter) -> tuple[InboxData, Prepared[AlertView]]:
        """(loader thread) The inbox, with the table's cells made ready."""
        data = load_inbox(self.db, chosen)
        return data, self.model.prepare(data.rows)

    def _loaded(self, result: tuple[InboxData, Prepared[AlertView]]) -> None:
        data, prepared = result
        self.unread_changed.emit(data.unread)
        self._set_companies(data.companies)
        self.model.apply(prepared)  # in place: the selection and scroll position stay
        self.empty_label.setText(_t(EMPTY_TEXT if data.total == 0 else NO_MATCH_TEXT))
        self.stack.setCurrentWidget(self.empty_label if not data.rows else self.table)
        unread = QCoreApplication.translate("AlertInbox", "{count} unread").format(
            count=data.unread
        )
        self.status_label.setText(unread if data.unread else "")
        self.mark_all_button.setEnabled(data.unread > 0)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        log.error("could not load alerts: %s", exc)
        self.status_label.setText(
            QCoreApplication.translate("AlertInbox", "Could not load alerts: {reason}").format(
                reason=exc
            )
        )

    def _set_companies(self, companies: list[tuple[int, str]]) -> None:
        if companies == self._companies:
            return
        self._companies = companies
        chosen = self.company_combo.currentData()
        self.company_combo.blockSignals(True)
        try:
            self.company_combo.clear()
            self.company_combo.addItem(
                QCoreApplication.translate("AlertInbox", "All companies"), None
            )
            for company_id, name in companies:
                self.company_combo.addItem(name, company_id)
            found = self.company_combo.findData(chosen) if chosen is not None else 0
            self.company_combo.setCurrentIndex(max(found, 0))
        finally:
            self.company_combo.blockSignals(False)
        if chosen is not None and self.company_combo.currentData() != chosen:
            self.refresh()  # the company is gone: show all

    # -- actions
    def visible_alerts(self) -> list[AlertView]:
        return [a for a in (self.model.alert(r) for r in range(self.model.rowCount())) if a]

    def selected_alerts(self) -> list[AlertView]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [a for a in (self.model.alert(r) for r in rows) if a]

    def _update_buttons(self) -> None:
        self.mark_read_button.setEnabled(any(not a.read for a in self.selected_alerts()))

    def mark_selected_read(self) -> None:
        self.mark_read([a.id for a in self.selected_alerts() if not a.read])

    def mark_read(self, ids: list[int]) -> None:
        """Mark these alerts read (an operation: the inbox and the tray count follow)."""
        from desktop.store.alerts import mark_read

        if ids:
            Operation(
                QT_TRANSLATE_NOOP("Operations", "Mark read"),
                mark_read,
                self.db,
                ids,
                changes=ALERTS_CHANGED,
            ).run()

    def mark_all_read(self) -> None:
        from desktop.store.alerts import mark_all_read

        Operation(
            QT_TRANSLATE_NOOP("Operations", "Mark all read"),
            mark_all_read,
            self.db,
            changes=ALERTS_CHANGED,
        ).run()

    def _clicked(self, index: QModelIndex) -> None:
        alert = self.model.alert(index.row())
        if alert is not None and index.column() == COL_LINK:
            open_link(alert.url)

    def _activated(self, index: QModelIndex) -> None:
        alert = self.model.alert(index.row())
        if alert is None:
            return
        if not alert.read:
            self.mark_read([alert.id])
        if alert.company_id is not None:
            self.open_event.emit(alert.company_id, alert.event_id)
