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
    """The watchlist rows the filter lets through, in the order the user sorted them by.

    The model sorts and filters itself in Python, in one pass each: a proxy would call
    ``data()`` twice per comparison when sorting (~20,000 calls for 1,000 companies) and
    ``filterAcceptsRow`` once per company on every keystroke.  Each such call crosses
    from Qt into Python and needs the GIL, and while a poll's thread holds it every
    crossing may wait for it: typing and sorting would stall for a tenth of a second or
    more.  Here the rows shown change by row removals and insertions, which Qt handles
    without calling back.  ``row_at``, ``row_of`` and ``rowCount`` are about the rows
    shown; ``all_rows`` and ``total`` about every company.
    """

    def __init__(self, rows: list[WatchlistRow] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._loaded: list[WatchlistRow] = list(rows or [])  # as loaded: ties keep this order
        self._today = date.today()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._words: tuple[str, ...] = ()
        self._haystacks: dict[int, str] = {}  # company id -> its search text
        self._ordered: list[WatchlistRow] = list(self._loaded)  # every row, sorted
        self._rows: list[WatchlistRow] = list(self._ordered)  # the rows shown

    # -- data in
    def set_rows(self, rows: list[WatchlistRow]) -> None:
        self.beginResetModel()
        self._loaded = list(rows)
        self._today = date.today()
        self._haystacks.clear()
        self._ordered = self._sorted()
        self._rows = self._shown(self._ordered)
        self.endResetModel()

    def all_rows(self) -> list[WatchlistRow]:
        """Every company, shown or filtered out, in the current order."""
        return list(self._ordered)

    def total(self) -> int:
        return len(self._loaded)

    def _sorted(self) -> list[WatchlistRow]:
        if self._sort is None:
            return list(self._loaded)
        column, order = self._sort
        rows = sorted(self._loaded, key=lambda item: self._sort_key(item, column))
        if order == Qt.SortOrder.DescendingOrder:
            rows.reverse()  # as QSortFilterProxyModel does: ties in reverse order too
        return rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        old = self.persistentIndexList()
        ids = [self._rows[index.row()].id for index in old]
        self._ordered = self._sorted()
        self._rows = self._shown(self._ordered)
        position = {item.id: number for number, item in enumerate(self._rows)}
        self.changePersistentIndexList(
            old,
            [
                self.index(position[cid], index.column())
                for cid, index in zip(ids, old, strict=True)
            ],
        )
        self.layoutChanged.emit()

    # -- filter
    def set_filter(self, words: tuple[str, ...]) -> None:
        """Show the companies whose names, aliases, codes or tags contain every word
        (casefolded)."""
        if words == self._words:
            return
        self._words = words
        self._show(self._shown(self._ordered))

    def _shown(self, rows: list[WatchlistRow]) -> list[WatchlistRow]:
        if not self._words:
            return list(rows)
        haystacks, words = self._haystacks, self._words
        shown = []
        for item in rows:
            haystack = haystacks.get(item.id)
            if haystack is None:
                haystack = haystacks[item.id] = item.search_text()
            if all(word in haystack for word in words):
                shown.append(item)
        return shown

    def _show(self, rows: list[WatchlistRow]) -> None:
        """Go from the rows shown to ``rows`` (both in the current order) by removing and
        inserting runs of rows: views and proxies keep their selection and scroll."""
        keep = {item.id for item in rows}
        root = QModelIndex()
        end = len(self._rows)
        while end > 0:  # runs of rows to remove, from the bottom up
            if self._rows[end - 1].id in keep:
                end -= 1
                continue
            start = end - 1
            while start > 0 and self._rows[start - 1].id not in keep:
                start -= 1
            self.beginRemoveRows(root, start, end - 1)
            del self._rows[start:end]
            self.endRemoveRows()
            end = start
        present = {item.id for item in self._rows}
        position = 0
        while position < len(rows):  # runs of rows to insert, from the top down
            if rows[position].id in present:
                position += 1
                continue
            stop = position + 1
            while stop < len(rows) and rows[stop].id not in present:
                stop += 1
            self.beginInsertRows(root, position, stop - 1)
            self._rows[position:position] = rows[position:stop]
            self.endInsertRows()
            position = stop

    def row_at(self, row: int) -> WatchlistRow:
        return self._rows[row]

    def row_of(self, company_id: int) -> int:
        for number, item in enumerate(self._rows):
            if item.id == company_id:
                return number
        return -1

    def has(self, company_id: int) -> bool:
        """Whether the company is on the watchlist, shown or filtered out."""
        return any(item.id == company_id for item in self._loaded)

    # -- Qt model
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # What QAbstractTableModel does, without its two calls back into Python
        # (rowCount, columnCount) for every cell a view paints.
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column)

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
        return self._value(self._rows[index.row()], index.column(), role)

    def multiData(self, index: _Index, span: Any) -> None:
        """Every role the view asks for one cell (the delegate asks for nine) in one
        Python call instead of nine: painting crosses into Python ~7x less often, which
        matters most while a poll's thread competes for the GIL."""
        if not index.isValid():
            for role_data in span:
                role_data.clearData()
            return
        item = self._rows[index.row()]
        column = index.column()
        for role_data in span:
            value = self._value(item, column, role_data.role())
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def _value(self, item: WatchlistRow, column: int, role: int) -> Any:
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
    """Filter as you type on every name, alias, code and tag; all words must match.

    Filtering and sorting are handed to the source model (see ``WatchlistModel``): this
    proxy keeps its source's rows and order, and calls no Python per row.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def multiData(self, index: _Index, span: Any) -> None:
        # QSortFilterProxyModel would ask the source role by role; hand the whole span on.
        model = self.sourceModel()
        if not isinstance(model, WatchlistModel):
            super().multiData(index, span)
        elif self.sortColumn() < 0 and index.isValid():
            # Rows are the source's, one for one (it sorts and filters itself): no
            # mapToSource, which would call back into Python for the source index.
            model.multiData(model.index(index.row(), index.column()), span)
        else:
            model.multiData(self.mapToSource(index), span)

    def set_text(self, text: str) -> None:
        words = tuple(text.casefold().split())
        if words != self._words:
            self._words = words
            model = self.sourceModel()
            if isinstance(model, WatchlistModel):
                model.set_filter(words)
