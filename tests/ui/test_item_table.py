"""The table base both list views use: C++ all the way down once the rows are in."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItemModel

from desktop.ui.alert_inbox import AlertsModel
from desktop.ui.item_table import Cell, ItemTable
from desktop.ui.pipeline_view import PipelineModel
from desktop.ui.watchlist_model import WatchlistModel


@dataclass(frozen=True)
class Thing:
    key: str
    name: str
    colour: str
    size: int


class Things(ItemTable[Thing]):
    columns = ("Name", "Colour", "Size")

    def key(self, row: Thing) -> Hashable:
        return row.key

    def cells(self, row: Thing) -> tuple[Cell, ...]:
        return (
            (row.name, row.name.casefold(), ""),
            (row.colour, row.colour, ""),
            (str(row.size), row.size, ""),
        )

    def search_text(self, row: Thing) -> str:
        return row.name.casefold()

    def facets(self, row: Thing) -> tuple[str, ...]:
        return (f"colour={row.colour}",)


THINGS = [
    Thing("a", "Red apple", "red", 3),
    Thing("b", "Green apple", "green", 12),
    Thing("c", "Red cherry", "red", 1),
    Thing("d", "Lime", "green", 2),
]


def shown(model: Things) -> list[str]:
    return [row.key for row in model.shown()]


@pytest.fixture
def things(qtbot: Any) -> Things:
    model = Things(THINGS)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    return model


@pytest.mark.parametrize("table", [Things, WatchlistModel, PipelineModel, AlertsModel, ItemTable])
def test_no_qt_method_is_answered_in_python(table: type) -> None:
    # A view painting, sorting or filtering these must never wait for the GIL.
    qt_methods = {
        name
        for base in (QAbstractItemModel, QSortFilterProxyModel)
        for name in dir(base)
        if not name.startswith("__") and callable(getattr(base, name))
    }
    # ``sort`` hands a click on a header to the sorting proxy beneath: once per click.
    qt_methods.discard("sort")
    for cls in table.__mro__:
        if cls.__module__.startswith("PySide6") or cls in (object,):
            break
        overridden = qt_methods & set(vars(cls))
        assert not overridden, f"{cls.__name__} overrides {overridden}"


def test_the_rows_live_in_a_qt_item_model(things: Things) -> None:
    assert type(things.item_model()) is QStandardItemModel
    assert things.headerData(2, Qt.Orientation.Horizontal) == "Size"


def test_sorts_by_each_columns_own_key(things: Things) -> None:
    assert shown(things) == ["b", "d", "a", "c"]
    things.sort(2, Qt.SortOrder.AscendingOrder)  # numbers as numbers: 1 2 3 12
    assert shown(things) == ["c", "d", "a", "b"]


def test_words_and_facets(things: Things) -> None:
    things.set_filter_text("apple")
    assert shown(things) == ["b", "a"]
    things.set_filter_text("apple", facets=("colour=red",))
    assert shown(things) == ["a"]
    things.set_filter_text("", facets=("colour=green",))
    assert shown(things) == ["b", "d"]
    # A typed word is never matched against the facets.
    things.set_filter_text("colour")
    assert shown(things) == []
    things.set_filter_text("red", facets=("colour=green",))
    assert shown(things) == []
    things.set_filter_text("", facets=("colour=re",))  # facets match whole
    assert shown(things) == []
    things.set_filter_text("")
    assert things.rowCount() == 4 == things.total()


def test_duplicate_keys_keep_the_first(qtbot: Any) -> None:
    model = Things([*THINGS, Thing("a", "Another", "blue", 9)])
    assert model.total() == 4
    assert model.row_at(model.row_of("a")).name == "Red apple"
    model.set_rows([*THINGS, Thing("a", "Another", "blue", 9)])
    assert model.row_at(model.row_of("a")).name == "Red apple"


def test_set_rows_reports_what_changed(things: Things) -> None:
    bigger = Thing("d", "Lime", "green", 20)
    added = Thing("e", "Plum", "purple", 4)
    assert things.set_rows([*THINGS[:3], bigger, added]) == {"d", "e"}
    assert things.set_rows([*THINGS[:3], bigger, added]) == set()
    things.set_rows([])
    assert things.total() == 0 and things.rowCount() == 0


def test_update_rows_leaves_the_others(things: Things) -> None:
    assert things.update_rows([Thing("c", "Red cherry", "red", 100), Thing("z", "Zest", "x", 0)])
    assert things.total() == 5
    assert things.index(things.row_of("c"), 2).data() == "100"


def test_prepared_on_a_worker_thread(qtbot: Any, things: Things) -> None:
    """Loaders prepare the cells (and, for a bulk load, the whole item model) on their
    own thread; the GUI thread applies them."""
    from PySide6.QtCore import QThreadPool

    from desktop.services.tasks import run_task

    many = [Thing(f"k{n:04d}", f"Thing {n:04d}", "blue", n) for n in range(500)]
    results: list[Any] = []
    run_task(lambda: things.prepare(many, build=True), on_done=results.append)
    qtbot.waitUntil(lambda: bool(results))
    prepared = results[0]
    assert prepared.source is not None
    assert prepared.source.thread() is things.thread()  # moved to the GUI thread
    changed = things.apply(prepared)
    assert things.item_model() is not None and things.total() == 500
    assert len(changed) == 500
    assert shown(things)[:2] == ["k0000", "k0001"]
    things.set_filter_text("thing 0499")
    assert shown(things) == ["k0499"]
    QThreadPool.globalInstance().waitForDone()


def test_an_update_with_many_new_rows_builds_the_whole_table(
    qtbot: Any, things: Things, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui import item_table

    monkeypatch.setattr(item_table, "BULK_ROWS", 3)
    few = things.prepare_update([Thing("x", "X", "x", 1)], things.rows_by_key())
    assert few.partial and few.source is None
    many = [Thing(f"n{n}", f"New {n}", "new", n) for n in range(5)]
    whole = things.prepare_update([Thing("a", "Red apple", "red", 30), *many], things.rows_by_key())
    assert not whole.partial and whole.source is not None
    assert len(whole.rows) == 9
    old_source = things.item_model()
    assert things.apply(whole) == set(whole.rows)
    assert things.item_model() is not old_source
    assert things.total() == 9
    assert things.index(things.row_of("a"), 2).data() == "30"
    assert things.apply(few) == {"x"}
    assert things.total() == 10


def test_roles_and_alignments_are_qts_numbers() -> None:
    from desktop.ui import item_table

    assert Qt.ItemDataRole.DisplayRole.value == item_table._DISPLAY
    assert Qt.ItemDataRole.ToolTipRole.value == item_table._TIP
    assert Qt.ItemDataRole.TextAlignmentRole.value == item_table._ALIGN
    assert Qt.ItemDataRole.UserRole.value == item_table._USER
    assert Qt.AlignmentFlag.AlignCenter.value == item_table.ALIGN_CENTER
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert right.value == item_table.ALIGN_RIGHT


def test_header_titles_and_tips(qtbot: Any) -> None:
    model = WatchlistModel([])
    source = model.item_model()
    tip = source.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert source.headerData(2, Qt.Orientation.Horizontal) == "Stage"
    assert tip.startswith("Where the company stands")
    assert source.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "Company"
    )
