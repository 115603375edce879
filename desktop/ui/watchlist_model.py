"""The watchlist as Qt models: rows in a C++ item model, sorted and filtered by a C++
proxy, so that painting, sorting and filtering never call into Python."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QRegularExpression, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop.domain.kinds import Stage
from desktop.store.fastread import WatchlistRow

COLUMNS = ("Company", "Chinese name", "Stage", "Last event", "Days", "Next expected step")
COL_NAME, COL_ZH, COL_STAGE, COL_LAST, COL_DAYS, COL_NEXT = range(len(COLUMNS))
SortRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2  # the company id, on the name column
SearchRole = Qt.ItemDataRole.UserRole + 3  # what the filter searches, on the name column
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# More rows than this arriving at once are loaded into a fresh item model rather than
# inserted one by one (each insertion makes the proxy place one row).
BULK_ROWS = 200


class WatchlistModel(QSortFilterProxyModel):
    """The watchlist as the table shows it: the rows the filter lets through, in the
    order the user sorted them by.

    While a poll runs, other threads of the app hold Python's GIL now and then, and a
    view whose model answers from Python would wait for it on every cell it paints
    (tens of milliseconds per repaint).  So every value of every cell, with its sort
    key, is written once into a ``QStandardItemModel``, and this proxy (no method of it
    is overridden in Python) sorts it by ``SortRole`` and filters it with a regular
    expression on ``SearchRole``, all in C++.  Python runs only when the data change:
    ``set_rows`` updates the rows in place (selection and scroll position stay).

    Rows and ``index`` are about the rows shown; ``all_rows`` and ``total`` about
    every company.
    """

    def __init__(self, rows: list[WatchlistRow] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: dict[int, WatchlistRow] = {}  # company id -> row, as loaded
        self._items: dict[int, QStandardItem] = {}  # company id -> its name-column item
        self._today = date.today()
        self._words: tuple[str, ...] = ()
        self.setSortRole(SortRole)
        self.setFilterRole(SearchRole)
        self.setFilterKeyColumn(COL_NAME)
        self.setDynamicSortFilter(True)
        self.setSourceModel(self._new_source(list(rows or [])))

    # -- data in
    def _new_source(self, rows: list[WatchlistRow]) -> QStandardItemModel:
        """A fresh item model holding ``rows`` (filled before any view sees it)."""
        source = QStandardItemModel(0, len(COLUMNS), self)
        source.setHorizontalHeaderLabels(list(COLUMNS))
        horizontal = Qt.Orientation.Horizontal
        for column, title in enumerate(COLUMNS):
            tip = "Days in the current stage" if column == COL_DAYS else title
            source.setHeaderData(column, horizontal, tip, Qt.ItemDataRole.ToolTipRole)
        self._rows.clear()
        self._items.clear()
        for row in rows:
            items = self._make_items(row)
            source.appendRow(items)
            self._rows[row.id] = row
            self._items[row.id] = items[COL_NAME]
        return source

    def set_rows(self, rows: list[WatchlistRow]) -> set[int]:
        """Bring the table to ``rows``: changed companies are updated in place, new ones
        inserted, gone ones removed.  Returns the ids of the companies whose row changed
        (all of them, when a new day changed every "Days" cell)."""
        today = date.today()
        new_day, self._today = today != self._today, today
        source = self.sourceModel()
        assert isinstance(source, QStandardItemModel)
        added = [row for row in rows if row.id not in self._rows]
        if len(added) > BULK_ROWS:
            old = source
            self.setSourceModel(self._new_source(list(rows)))
            old.deleteLater()
            return set(self._rows)
        wanted = {row.id for row in rows}
        for company_id in [cid for cid in self._rows if cid not in wanted]:
            source.removeRow(self._items.pop(company_id).row())
            del self._rows[company_id]
        # Changed rows: their items are rewritten quietly, then one dataChanged makes
        # the proxy re-sort and re-filter just those rows.
        changed: list[int] = []
        changed_ids: set[int] = set()
        quiet = source.blockSignals(True)
        try:
            for row in rows:
                old_row = self._rows.get(row.id)
                if old_row is None or (old_row == row and not new_day):
                    continue
                source_row = self._items[row.id].row()
                self._fill(source, source_row, row)
                self._rows[row.id] = row
                changed.append(source_row)
                changed_ids.add(row.id)
        finally:
            source.blockSignals(quiet)
        if changed:
            source.dataChanged.emit(
                source.index(min(changed), 0), source.index(max(changed), len(COLUMNS) - 1)
            )
        for row in added:
            items = self._make_items(row)
            source.appendRow(items)
            self._rows[row.id] = row
            self._items[row.id] = items[COL_NAME]
        return changed_ids

    def _make_items(self, row: WatchlistRow) -> list[QStandardItem]:
        items = []
        for text, key, tip in self._cells(row):
            item = QStandardItem(text)
            item.setData(key, SortRole)
            if tip:
                item.setToolTip(tip)
            items.append(item)
        self._extras(items, row)
        return items

    def _fill(self, source: QStandardItemModel, source_row: int, row: WatchlistRow) -> None:
        items = [source.item(source_row, column) for column in range(len(COLUMNS))]
        for item, (text, key, tip) in zip(items, self._cells(row), strict=True):
            item.clearData()
            item.setText(text)
            item.setData(key, SortRole)
            if tip:
                item.setToolTip(tip)
        self._extras(items, row)

    def _extras(self, items: list[QStandardItem], row: WatchlistRow) -> None:
        items[COL_NAME].setData(row.id, IdRole)
        items[COL_NAME].setData(row.search_text(), SearchRole)
        items[COL_DAYS].setTextAlignment(_RIGHT)

    def _cells(self, row: WatchlistRow) -> tuple[tuple[str, Any, str], ...]:
        """(text, sort key, tool tip) of each column, in one pass over the row."""
        try:
            stage = Stage(row.stage)
            stage_label, stage_rank = stage.label, stage.rank
        except ValueError:
            stage_label, stage_rank = row.stage, -1
        when, title = row.last_event_date, row.last_event_title
        if not title:
            last = ""
        elif when is None:
            last = title
        else:
            last = f"{when.isoformat()} · {title}"
        days = (self._today - row.stage_since).days if row.stage_since else None
        aliases = "Also known as: " + ", ".join(row.aliases) if row.aliases else ""
        return (
            (row.name, row.name.casefold(), aliases),
            (row.name_zh, row.name_zh.casefold(), ""),
            (stage_label, stage_rank, ""),
            (last, when.toordinal() if when else 0, title),
            ("" if days is None else str(days), -1 if days is None else days, ""),
            (row.next_step, row.next_date.toordinal() if row.next_date else 10**7, row.next_step),
        )

    # -- filter
    def set_filter_text(self, text: str) -> None:
        """What the user typed: words separated by spaces, any case."""
        self.set_filter(tuple(text.casefold().split()))

    def set_filter(self, words: tuple[str, ...]) -> None:
        """Show the companies whose names, aliases, codes or tags contain every word
        (casefolded)."""
        if words == self._words:
            return
        self._words = words
        # Every word, in any order: one look-ahead per word, from the start.
        pattern = "".join(f"(?=.*{QRegularExpression.escape(word)})" for word in words)
        expression = QRegularExpression(
            "^" + pattern if words else "",
            QRegularExpression.PatternOption.DotMatchesEverythingOption,
        )
        self.setFilterRegularExpression(expression)

    # -- rows out
    def row_at(self, row: int) -> WatchlistRow:
        """The company on row ``row`` of the table."""
        return self._rows[self.index(row, COL_NAME).data(IdRole)]

    def row_of(self, company_id: int) -> int:
        """The table row showing the company, or -1 (not loaded, or filtered out)."""
        item = self._items.get(company_id)
        if item is None:
            return -1
        index = self.mapFromSource(item.index())
        return index.row() if index.isValid() else -1

    def has(self, company_id: int) -> bool:
        """Whether the company is on the watchlist, shown or filtered out."""
        return company_id in self._rows

    def all_rows(self) -> list[WatchlistRow]:
        """Every company, shown or filtered out, by name."""
        return sorted(self._rows.values(), key=lambda item: (item.name.casefold(), item.id))

    def total(self) -> int:
        return len(self._rows)
