"""Tables of Python rows that Qt paints, sorts and filters without calling into Python.

While a poll runs, other threads of the app hold Python's GIL now and then.  A view
whose model answers ``data()`` in Python waits for the GIL on every cell it paints, and
a proxy that sorts a Python model calls ``data()`` twice per comparison: a repaint or a
click on a header then stalls the window for tens or hundreds of milliseconds.

``ItemTable`` writes every cell once, with its sort key and tool tip, into a
``QStandardItemModel`` and is itself the ``QSortFilterProxyModel`` in front of it.  No
Qt method is overridden in Python: the proxy sorts by ``SortRole`` and filters with a
regular expression on ``SearchRole``, in C++.  Python runs only when the rows change:
``set_rows`` updates changed rows in place, so the selection and scroll position stay.

Row numbers (``index``, ``rowCount``, ``row_at``) are about the rows shown;
``total``, ``has`` and ``rows`` about every row.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QRegularExpression, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItemModel

SortRole = Qt.ItemDataRole.UserRole + 1
KeyRole = Qt.ItemDataRole.UserRole + 2  # the row's key, on the first column
SearchRole = Qt.ItemDataRole.UserRole + 3  # what the filter searches, on the first column
# More new rows than this are loaded into a fresh item model rather than inserted one by
# one (each insertion makes the proxy place one row).
BULK_ROWS = 200
# Separates the searchable words from the facets in SearchRole: typed words never match
# a facet, and a facet is matched whole.
_FACETS = "\x00"
_NOT_FACETS = "[^\\x00]"  # in a pattern: any character of the words part

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)

Row = TypeVar("Row")
Cell = tuple[str, Any, str]  # (text, sort key, tool tip)


class ItemTable(QSortFilterProxyModel, Generic[Row]):
    """Subclasses give ``columns`` and say how a row looks: ``key``, ``cells``,
    ``search_text`` and optionally ``facets`` and ``alignments``."""

    columns: tuple[str, ...] = ()
    header_tips: dict[int, str] = {}
    alignments: dict[int, Qt.AlignmentFlag] = {}

    def __init__(self, rows: Sequence[Row] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: dict[Hashable, Row] = {}
        self._keys: list[Hashable] = []  # the item model's rows, in its order
        self._positions: dict[Hashable, int] | None = None  # key -> item model row
        self._words: tuple[str, ...] = ()
        self._facets: tuple[str, ...] = ()
        self.setSortRole(SortRole)
        self.setFilterRole(SearchRole)
        self.setFilterKeyColumn(0)
        self.setDynamicSortFilter(True)
        self.setSourceModel(self._new_source(rows))

    # -- what subclasses say
    def key(self, row: Row) -> Hashable:
        raise NotImplementedError

    def cells(self, row: Row) -> Sequence[Cell]:
        """(text, sort key, tool tip) of each column.  Sort keys of one column must be
        of one type (numbers, or strings, which sort as they are: casefold them)."""
        raise NotImplementedError

    def search_text(self, row: Row) -> str:
        """What typed words are looked for in (casefolded)."""
        raise NotImplementedError

    def facets(self, row: Row) -> Sequence[str]:
        """Values ``set_filter(..., facets=)`` can require, such as ``stage=listed``."""
        return ()

    # -- data in
    # Cells are written through the item model's API (``setItemData``), never as
    # ``QStandardItem`` objects: each of those would keep a Python wrapper alive for
    # as long as the table (6,000 for 1,000 rows), for the garbage collector to scan.

    def _new_source(self, rows: Sequence[Row]) -> QStandardItemModel:
        """A fresh item model holding ``rows`` (filled before any view sees it)."""
        source = QStandardItemModel(0, len(self.columns), self)
        source.setHorizontalHeaderLabels(list(self.columns))
        horizontal = Qt.Orientation.Horizontal
        for column, title in enumerate(self.columns):
            tip = self.header_tips.get(column, title)
            source.setHeaderData(column, horizontal, tip, Qt.ItemDataRole.ToolTipRole)
        self._rows = {}
        for row in rows:
            self._rows.setdefault(self.key(row), row)
        self._keys = list(self._rows)
        self._positions = None
        source.setRowCount(len(self._keys))
        for number, (key, row) in enumerate(self._rows.items()):
            self._write(source, number, key, row)
        return source

    def set_rows(self, rows: Sequence[Row], *, refill: bool = False) -> set[Hashable]:
        """Bring the table to ``rows``: changed rows are updated in place (every row when
        ``refill``), new ones inserted, gone ones removed.  Returns the keys of the rows
        that changed or were added."""
        source = self.sourceModel()
        assert isinstance(source, QStandardItemModel)
        by_key: dict[Hashable, Row] = {}
        for row in rows:
            by_key.setdefault(self.key(row), row)
        added = [key for key in by_key if key not in self._rows]
        if len(added) > BULK_ROWS:
            self.setSourceModel(self._new_source(list(by_key.values())))
            source.deleteLater()
            return set(self._rows)
        gone = sorted(
            (self._position(key) for key in self._rows if key not in by_key), reverse=True
        )
        for number in gone:  # from the bottom up: the rows above keep their numbers
            source.removeRow(number)
            del self._rows[self._keys.pop(number)]
        if gone:
            self._positions = None
        # Changed rows are rewritten quietly, then one dataChanged makes the proxy
        # re-sort and re-filter just those rows.
        changed: set[Hashable] = set()
        numbers: list[int] = []
        quiet = source.blockSignals(True)
        try:
            for key, row in by_key.items():
                old = self._rows.get(key)
                if old is None or (old == row and not refill):
                    continue
                number = self._position(key)
                self._write(source, number, key, row)
                self._rows[key] = row
                changed.add(key)
                numbers.append(number)
        finally:
            source.blockSignals(quiet)
        if numbers:
            last = len(self.columns) - 1
            source.dataChanged.emit(source.index(min(numbers), 0), source.index(max(numbers), last))
        for key in added:
            number = len(self._keys)
            source.insertRow(number)  # the proxy places it as its cells are written
            self._keys.append(key)
            self._rows[key] = by_key[key]
            if self._positions is not None:
                self._positions[key] = number
            self._write(source, number, key, by_key[key])
            changed.add(key)
        return changed

    def _position(self, key: Hashable) -> int:
        if self._positions is None:
            self._positions = {k: n for n, k in enumerate(self._keys)}
        return self._positions[key]

    def _write(self, source: QStandardItemModel, number: int, key: Hashable, row: Row) -> None:
        """Every role of every cell of item-model row ``number`` (a role left out of
        ``setItemData`` would keep its old value: an empty one is written as None)."""
        index = source.index
        cells = self.cells(row)
        for column in range(len(cells) - 1, -1, -1):  # the first column, which the
            text, sort_key, tip = cells[column]  # filter reads, last
            roles: dict[int, Any] = {_DISPLAY: text, SortRole: sort_key, _TIP: tip or None}
            alignment = self.alignments.get(column)
            if alignment is not None:
                roles[_ALIGN] = int(alignment.value)
            if column == 0:
                facets = "".join(f"<{facet}>" for facet in self.facets(row))
                roles[KeyRole] = key
                roles[SearchRole] = self.search_text(row) + _FACETS + facets
            source.setItemData(index(number, column), roles)

    # -- filter
    def set_filter_text(self, text: str, facets: Sequence[str] = ()) -> None:
        """What the user typed: words separated by spaces, any case."""
        self.set_filter(tuple(text.casefold().split()), facets)

    def set_filter(self, words: tuple[str, ...], facets: Sequence[str] = ()) -> None:
        """Show the rows whose search text contains every word (casefolded), and that
        have every facet asked for."""
        facets = tuple(facets)
        if (words, facets) == (self._words, self._facets):
            return
        self._words, self._facets = words, facets
        escape = QRegularExpression.escape
        # Every word in any order: one look-ahead each, within the words part.
        pattern = "".join(f"(?={_NOT_FACETS}*{escape(word)})" for word in words)
        pattern += "".join(f"(?=.*<{escape(facet)}>)" for facet in facets)
        expression = QRegularExpression(
            "^" + pattern if pattern else "",
            QRegularExpression.PatternOption.DotMatchesEverythingOption,
        )
        self.setFilterRegularExpression(expression)

    # -- rows out
    def row_at(self, row: int) -> Row:
        """The row shown on table row ``row``."""
        return self._rows[self.index(row, 0).data(KeyRole)]

    def row_of(self, key: Hashable) -> int:
        """The table row showing ``key``, or -1 (not loaded, or filtered out)."""
        if key not in self._rows:
            return -1
        source = self.sourceModel()
        index = self.mapFromSource(source.index(self._position(key), 0))
        return index.row() if index.isValid() else -1

    def shown(self) -> list[Row]:
        """The rows shown, in the table's order."""
        return [self.row_at(n) for n in range(self.rowCount())]

    def has(self, key: Hashable) -> bool:
        """Whether the row is loaded, shown or filtered out."""
        return key in self._rows

    def rows(self) -> list[Row]:
        """Every row, shown or filtered out, as loaded."""
        return list(self._rows.values())

    def total(self) -> int:
        return len(self._rows)
