"""Tables of Python rows that Qt paints, sorts and filters without calling into Python.

While a poll runs, other threads of the app hold Python's GIL now and then.  A view
whose model answers ``data()`` in Python waits for the GIL on every cell it paints, and
a proxy that sorts a Python model calls ``data()`` twice per comparison: a repaint or a
click on a header then stalls the window for tens or hundreds of milliseconds.

``ItemTable`` writes every cell once, with its sort key and tool tip, into a
``QStandardItemModel``; a ``QSortFilterProxyModel`` in front of it sorts by ``SortRole``,
and ``ItemTable`` itself, a second one in front of that, filters with a regular
expression on ``SearchRole``, in C++.  Only ``sort`` is overridden in Python: it hands a
click on a header to the sorting proxy, once per click.  Two proxies rather than one: a proxy that
sorts and filters places every row a changed filter lets back in by comparing sort keys,
and rebuilds its row table once per run of such rows; on ten thousand rows one keystroke
cost several frames.  The filter alone, over rows already sorted, keeps their order.  Python runs only when the rows change:
``prepare`` computes the cells (on a loader's thread, if need be) and ``apply`` writes
only the rows that differ, in place, so the selection and scroll position stay.

Row numbers (``index``, ``rowCount``, ``row_at``) are about the rows shown;
``total``, ``has`` and ``rows`` about every row.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel
from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop.domain.text_fold import fold

# Qt's item data roles and alignments as the numbers they are.  Touching PySide's ``Qt``
# namespace creates its ninety-odd Python enums (about a fifth of what a bare window
# costs to start), and the watchlist's first paint needs none of them; the tests check
# these numbers against ``Qt``.
_DISPLAY, _TIP, _ALIGN, _USER = 0, 3, 7, 256  # DisplayRole, ToolTipRole, …, UserRole
ALIGN_CENTER = 0x0084  # Qt.AlignmentFlag.AlignCenter
ALIGN_RIGHT = 0x0082  # Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

SortRole = _USER + 1
KeyRole = _USER + 2  # the row's key, on the first column
SearchRole = _USER + 3  # what the filter searches, on the first column
# More new rows than this are loaded into a fresh item model (filled on the loader's
# thread when it was asked to build one) rather than written into the current one on the
# GUI thread.
BULK_ROWS = 200
# Separates the searchable words from the facets in SearchRole: typed words never match
# a facet, and a facet is matched whole.
_FACETS = "\x00"
_NOT_FACETS = "[^\\x00]"  # in a pattern: any character of the words part

Row = TypeVar("Row")
Cell = tuple[str, Any, str]  # (text, sort key, tool tip)


@dataclass
class Prepared(Generic[Row]):
    """What ``ItemTable.prepare`` computed, for ``ItemTable.apply``."""

    rows: dict[Hashable, Row] = field(default_factory=dict)
    roles: dict[Hashable, tuple[dict[int, Any], ...]] = field(default_factory=dict)
    partial: bool = False
    source: QStandardItemModel | None = None


def _write(source: QStandardItemModel, number: int, cells: tuple[dict[int, Any], ...]) -> None:
    index = source.index
    for column in range(len(cells) - 1, -1, -1):  # the first column, which the filter
        source.setItemData(index(number, column), cells[column])  # reads, last


class ItemTable(QSortFilterProxyModel, Generic[Row]):
    """Subclasses give ``columns`` and say how a row looks: ``key``, ``cells``,
    ``search_text`` and optionally ``facets``, ``extra_roles``, ``alignments`` and
    ``header_tips``.  These must not touch widgets: ``prepare`` may call them on a
    loader's thread."""

    columns: tuple[str, ...] = ()
    header_tips: dict[int, str] = {}
    alignments: dict[int, int] = {}  # column -> ALIGN_CENTER, ALIGN_RIGHT

    def __init__(self, rows: Sequence[Row] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._sorter = QSortFilterProxyModel(self)  # between the item model and this one
        self._rows: dict[Hashable, Row] = {}
        self._roles: dict[Hashable, tuple[dict[int, Any], ...]] = {}  # as written
        self._keys: list[Hashable] = []  # the item model's rows, in its order
        self._positions: dict[Hashable, int] | None = None  # key -> item model row
        self._words: tuple[str, ...] = ()
        self._facets: tuple[str, ...] = ()
        self._sorter.setSortRole(SortRole)
        self._sorter.setDynamicSortFilter(True)
        self.setFilterRole(SearchRole)
        self.setFilterKeyColumn(0)
        self.setDynamicSortFilter(True)
        self._sorter.setSourceModel(self._new_source(rows))
        self.setSourceModel(self._sorter)

    def item_model(self) -> QStandardItemModel:
        """The item model that holds the cells (beneath the sorting proxy)."""
        items = self._sorter.sourceModel()
        assert isinstance(items, QStandardItemModel)
        return items

    def sort(self, column: int, order: Any = None) -> None:
        """Sort by ``column`` (a click on its header): the sorting proxy does it."""
        if order is None:
            from PySide6.QtCore import Qt

            order = Qt.SortOrder.AscendingOrder
        self._sorter.sort(column, order)

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

    def extra_roles(self, row: Row) -> Mapping[int, Mapping[int, Any]]:
        """More roles by column, such as a font: ``{column: {role: value}}``.  Give
        every row the same roles (None for none), so that a changed row loses the old."""
        return {}

    # -- data in
    # ``prepare`` computes every cell's roles and may run on any thread (a loader's);
    # ``apply`` writes only what differs, on the GUI thread.  Cells are written
    # through the item model's API (``setItemData``), never as ``QStandardItem``
    # objects: each of those would keep a Python wrapper alive for as long as the table
    # (6,000 for 1,000 rows), for the garbage collector to scan.

    def prepare(
        self, rows: Sequence[Row], *, partial: bool = False, build: bool = False
    ) -> Prepared[Row]:
        """The table's data for ``rows`` (the first of equal keys wins).  ``partial``:
        only these rows change, the others stay.  ``build``: also fill a fresh item
        model (moved to the GUI thread), which ``apply`` uses if most rows are new,
        instead of writing them one by one on the GUI thread."""
        prepared: Prepared[Row] = Prepared(partial=partial)
        for row in rows:
            key = self.key(row)
            if key not in prepared.rows:
                prepared.rows[key] = row
                prepared.roles[key] = self._roles_of(key, row)
        if build:
            prepared.source = self._filled_source(prepared)
            app = QCoreApplication.instance()
            if app is not None and prepared.source.thread() is not app.thread():
                prepared.source.moveToThread(app.thread())
        return prepared

    def set_rows(self, rows: Sequence[Row]) -> set[Hashable]:
        """Bring the table to ``rows``.  Returns the keys of the rows that changed or
        were added."""
        return self.apply(self.prepare(rows))

    def update_rows(self, rows: Sequence[Row]) -> set[Hashable]:
        """Add or update ``rows``; every other row stays."""
        return self.apply(self.prepare(rows, partial=True))

    def apply(self, prepared: Prepared[Row]) -> set[Hashable]:
        """(GUI thread) Bring the table to what ``prepare`` computed: changed rows are
        rewritten in place (the selection and scroll position stay), new ones inserted,
        and, unless partial, gone ones removed.  Returns the keys changed or added."""
        source = self.item_model()
        assert isinstance(source, QStandardItemModel)
        added = [key for key in prepared.rows if key not in self._rows]
        if len(added) > BULK_ROWS and not prepared.partial:
            fresh = prepared.source or self._filled_source(prepared)
            prepared.source = None
            fresh.setParent(self)
            self._rows, self._roles = dict(prepared.rows), dict(prepared.roles)
            self._keys, self._positions = list(prepared.rows), None
            self._sorter.setSourceModel(fresh)
            source.deleteLater()
            return set(self._rows)
        if prepared.source is not None:
            prepared.source.deleteLater()
            prepared.source = None
        if not prepared.partial:
            gone = sorted(
                (self._position(key) for key in self._rows if key not in prepared.rows),
                reverse=True,
            )
            for number in gone:  # from the bottom up: the rows above keep their numbers
                source.removeRow(number)
                key = self._keys.pop(number)
                del self._rows[key], self._roles[key]
            if gone:
                self._positions = None
        # New rows are inserted empty, in one go; then they and the changed rows are
        # written quietly, and one dataChanged makes the proxy sort and filter just
        # those rows (in C++, in one batch).
        if added:
            start = len(self._keys)
            source.insertRows(start, len(added))
            self._keys.extend(added)
            if self._positions is not None:
                self._positions.update((key, start + n) for n, key in enumerate(added))
        changed: set[Hashable] = set()
        numbers: list[int] = []
        quiet = source.blockSignals(True)
        try:
            for key, roles in prepared.roles.items():
                old = self._roles.get(key)
                self._rows[key] = prepared.rows[key]
                if old != roles:
                    number = self._position(key)
                    _write(source, number, roles)
                    self._roles[key] = roles
                    changed.add(key)
                    numbers.append(number)
        finally:
            source.blockSignals(quiet)
        if numbers:
            last = len(self.columns) - 1
            source.dataChanged.emit(source.index(min(numbers), 0), source.index(max(numbers), last))
        return changed

    def prepare_update(self, rows: Sequence[Row], known: dict[Hashable, Row]) -> Prepared[Row]:
        """(any thread) ``rows`` added to or updated in a table that holds ``known``
        (a ``rows_by_key`` copy): a partial update, unless more rows are new than
        ``apply`` writes one by one; then the whole table, built on this thread."""
        new = sum(1 for row in rows if self.key(row) not in known)
        if new <= BULK_ROWS:
            return self.prepare(rows, partial=True)
        merged = dict(known)
        for row in rows:
            merged[self.key(row)] = row
        return self.prepare(list(merged.values()), build=True)

    def _new_source(self, rows: Sequence[Row]) -> QStandardItemModel:
        prepared = self.prepare(rows)
        self._rows, self._roles = dict(prepared.rows), dict(prepared.roles)
        self._keys, self._positions = list(prepared.rows), None
        source = self._filled_source(prepared)
        source.setParent(self)
        return source

    def _filled_source(self, prepared: Prepared[Row]) -> QStandardItemModel:
        """A fresh item model (no parent) holding the prepared rows, in their order."""
        source = QStandardItemModel(0, len(self.columns))
        # Column titles and their tips are English keys, shown in the interface language.
        for column, key in enumerate(self.columns):
            header = QStandardItem(QCoreApplication.translate("Columns", key))
            tip = self.header_tips.get(column)
            header.setToolTip(QCoreApplication.translate("Columns", tip) if tip else header.text())
            source.setHorizontalHeaderItem(column, header)
        source.setRowCount(len(prepared.roles))
        index, write = source.index, source.setItemData
        for number, cells in enumerate(prepared.roles.values()):
            for column, roles in enumerate(cells):
                write(index(number, column), roles)
        return source

    def _position(self, key: Hashable) -> int:
        if self._positions is None:
            self._positions = {k: n for n, k in enumerate(self._keys)}
        return self._positions[key]

    def _roles_of(self, key: Hashable, row: Row) -> tuple[dict[int, Any], ...]:
        """Every role of every cell of the row.  An empty role is None: ``setItemData``
        keeps the old value of a role left out."""
        cells = []
        extras = self.extra_roles(row)
        alignments = self.alignments
        for column, (text, sort_key, tip) in enumerate(self.cells(row)):
            roles: dict[int, Any] = {_DISPLAY: text, SortRole: sort_key, _TIP: tip or None}
            if extras and column in extras:
                roles.update(extras[column])
            if column in alignments:
                roles[_ALIGN] = alignments[column]
            cells.append(roles)
        facets = "".join(f"<{facet}>" for facet in self.facets(row))
        cells[0][KeyRole] = key
        cells[0][SearchRole] = self.search_text(row) + _FACETS + facets
        return tuple(cells)

    # -- filter
    def set_filter_text(self, text: str, facets: Sequence[str] = ()) -> None:
        """What the user typed: words separated by spaces, any case."""
        self.set_filter(tuple(fold(text).split()), facets)  # as search_text is folded

    def set_filter(self, words: tuple[str, ...], facets: Sequence[str] = ()) -> None:
        """Show the rows whose search text contains every word (casefolded), and that
        have every facet asked for."""
        facets = tuple(facets)
        if (words, facets) == (self._words, self._facets):
            return
        self._words, self._facets = words, facets
        from PySide6.QtCore import QRegularExpression  # typing a filter is after the first paint

        escape = QRegularExpression.escape
        if len(words) == 1 and not facets and type(self).facets is ItemTable.facets:
            # No row has facets, and one word: looked for as it is (no look-ahead to
            # step back through every character of the rows it is not in).
            pattern = escape(words[0])
        else:
            # Every word in any order: one look-ahead each, within the words part.
            pattern = "".join(f"(?={_NOT_FACETS}*{escape(word)})" for word in words)
            pattern += "".join(f"(?=.*<{escape(facet)}>)" for facet in facets)
            pattern = "^" + pattern if pattern else ""
        expression = QRegularExpression(
            pattern, QRegularExpression.PatternOption.DotMatchesEverythingOption
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
        source = self.item_model()
        index = self.mapFromSource(self._sorter.mapFromSource(source.index(self._position(key), 0)))
        return index.row() if index.isValid() else -1

    def shown(self) -> list[Row]:
        """The rows shown, in the table's order."""
        return [self.row_at(n) for n in range(self.rowCount())]

    def texts(self, column: int) -> dict[str, Hashable]:
        """The column's different texts, each with the key of a row that shows it (every
        row, shown or filtered out)."""
        return {cells[column][_DISPLAY]: key for key, cells in self._roles.items()}

    def has(self, key: Hashable) -> bool:
        """Whether the row is loaded, shown or filtered out."""
        return key in self._rows

    def rows(self) -> list[Row]:
        """Every row, shown or filtered out, as loaded."""
        return list(self._rows.values())

    def rows_by_key(self) -> dict[Hashable, Row]:
        """Every row by key: a copy, which a loader's thread may read."""
        return dict(self._rows)

    def total(self) -> int:
        return len(self._rows)
