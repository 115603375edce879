"""The watchlist as a Qt table model, and the proxy that sorts and filters it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.domain.kinds import Stage
from desktop.store.fastread import WatchlistRow

COLUMNS = ("Company", "Chinese name", "Stage", "Last event", "Days", "Next expected step")
COL_NAME, COL_ZH, COL_STAGE, COL_LAST, COL_DAYS, COL_NEXT = range(len(COLUMNS))
SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def _stage_label(value: str) -> str:
    try:
        return Stage(value).label
    except ValueError:
        return value


class WatchlistModel(QAbstractTableModel):
    def __init__(self, rows: list[WatchlistRow] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[WatchlistRow] = list(rows or [])
        self._today = date.today()

    # -- data in
    def set_rows(self, rows: list[WatchlistRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = date.today()
        self.endResetModel()

    def row_at(self, row: int) -> WatchlistRow:
        return self._rows[row]

    def row_of(self, company_id: int) -> int:
        for number, item in enumerate(self._rows):
            if item.id == company_id:
                return number
        return -1

    # -- Qt model
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return "Days in the current stage" if section == COL_DAYS else COLUMNS[section]
        return None

    def days_in_stage(self, item: WatchlistRow) -> int | None:
        return (self._today - item.stage_since).days if item.stage_since else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == SortRole:
            return self._sort_key(item, column)
        if role == RowRole:
            return item
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_LAST and item.last_event_title:
                return item.last_event_title
            if column == COL_NEXT and item.next_step:
                return item.next_step
            if column == COL_NAME and item.aliases:
                return "Also known as: " + ", ".join(item.aliases)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, item: WatchlistRow, column: int) -> str:
        if column == COL_NAME:
            return item.name
        if column == COL_ZH:
            return item.name_zh
        if column == COL_STAGE:
            return _stage_label(item.stage)
        if column == COL_LAST:
            if not item.last_event_title:
                return ""
            if item.last_event_date is None:
                return item.last_event_title
            return f"{item.last_event_date.isoformat()} · {item.last_event_title}"
        if column == COL_DAYS:
            days = self.days_in_stage(item)
            return "" if days is None else str(days)
        if column == COL_NEXT:
            return item.next_step
        return ""

    def _sort_key(self, item: WatchlistRow, column: int) -> Any:
        if column == COL_STAGE:
            try:
                return Stage(item.stage).rank
            except ValueError:
                return -1
        if column == COL_LAST:
            return item.last_event_date.toordinal() if item.last_event_date else 0
        if column == COL_DAYS:
            days = self.days_in_stage(item)
            return -1 if days is None else days
        if column == COL_NEXT:
            return item.next_date.toordinal() if item.next_date else 10**7
        return self._display(item, column).casefold()


class WatchlistFilter(QSortFilterProxyModel):
    """Filter as you type on every name, alias, code and tag; all words must match."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._haystacks: dict[int, str] = {}
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        self._haystacks.clear()
        model.modelReset.connect(self._haystacks.clear)

    def set_text(self, text: str) -> None:
        words = tuple(text.casefold().split())
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._words:
            return True
        haystack = self._haystacks.get(source_row)
        if haystack is None:
            item = self.sourceModel().row_at(source_row)  # type: ignore[attr-defined]
            haystack = self._haystacks[source_row] = item.search_text()
        return all(word in haystack for word in self._words)
