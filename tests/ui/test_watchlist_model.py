"""The watchlist model: sorting, filtering and in-place updates, all answered by Qt."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView

from desktop.store.fastread import WatchlistRow
from desktop.ui import item_table, watchlist_model
from desktop.ui.watchlist_model import (
    COL_DAYS,
    COL_LAST,
    COL_NAME,
    COL_STAGE,
    COLUMNS,
    WatchlistModel,
)

TODAY = date.today()


def company(cid: int, name: str, **fields: Any) -> WatchlistRow:
    values: dict[str, Any] = {
        "id": cid,
        "name": name,
        "name_zh": "",
        "aliases": (),
        "tags": (),
        "hk_code": "",
        "a_code": "",
        "stage": "watching",
        "stage_since": None,
        "last_event_date": None,
        "last_event_title": "",
        "next_step": "",
        "next_date": None,
        "lapse_date": None,
    }
    values.update(fields)
    return WatchlistRow(**values)


ROWS = [
    company(1, "Zhipu AI", name_zh="智谱", stage="application_filed", aliases=("Z.ai",)),
    company(2, "MiniMax", stage="listed", hk_code="00100", stage_since=TODAY - timedelta(3)),
    company(3, "Moonshot AI", name_zh="月之暗面", tags=("llm",)),
    company(
        4,
        "Biren Technology",
        stage="hearing_passed",
        last_event_date=date(2026, 1, 2),
        last_event_title="Post Hearing Information Pack",
    ),
]


def names(model: WatchlistModel) -> list[str]:
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


@pytest.fixture
def model(qtbot: Any) -> WatchlistModel:
    made = WatchlistModel(ROWS)
    made.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    return made


def test_the_rows_live_in_a_qt_item_model() -> None:
    # (No Qt method is answered in Python: see test_item_table.)
    assert type(WatchlistModel(ROWS).item_model()) is QStandardItemModel


def test_cells_and_headers(model: WatchlistModel) -> None:
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == list(COLUMNS)
    row = model.row_of(4)
    assert model.index(row, COL_STAGE).data() == "Hearing passed"
    last = model.index(row, COL_LAST)
    assert last.data() == "2026-01-02 · Post Hearing Information Pack"
    assert last.data(Qt.ItemDataRole.ToolTipRole) == "Post Hearing Information Pack"
    days = model.index(model.row_of(2), COL_DAYS)
    assert days.data() == "3"
    assert days.data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    name = model.index(model.row_of(1), COL_NAME)
    assert name.data(Qt.ItemDataRole.ToolTipRole) == "Also known as: Z.ai"
    assert model.row_at(model.row_of(3)).name == "Moonshot AI"
    assert model.total() == 4 and model.has(3) and not model.has(99)


def test_stage_and_days_cells_explain_themselves(model: WatchlistModel) -> None:
    tip = Qt.ItemDataRole.ToolTipRole
    stage = model.index(model.row_of(4), COL_STAGE)
    assert "Post Hearing Information Pack" in stage.data(tip)
    assert "Listing Committee" in stage.data(tip)
    filed = model.index(model.row_of(1), COL_STAGE).data(tip)
    assert "application proof" in filed and "six months" in filed
    since = TODAY - timedelta(3)
    days = model.index(model.row_of(2), COL_DAYS).data(tip)
    assert days.startswith("3 days in this stage") and str(since.year) in days
    # No date, no claim.
    assert not model.index(model.row_of(3), COL_DAYS).data(tip)
    one = WatchlistModel([company(9, "One", stage="listed", stage_since=TODAY - timedelta(1))])
    assert one.index(0, COL_DAYS).data(tip).startswith("1 day in this stage")


def test_sort_by_each_column(model: WatchlistModel) -> None:
    assert names(model) == ["Biren Technology", "MiniMax", "Moonshot AI", "Zhipu AI"]
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Zhipu AI", "Moonshot AI", "MiniMax", "Biren Technology"]
    model.sort(COL_STAGE, Qt.SortOrder.AscendingOrder)  # by pipeline order, not by label
    assert names(model)[0] == "Moonshot AI"
    assert names(model)[-1] == "MiniMax"
    model.sort(COL_DAYS, Qt.SortOrder.DescendingOrder)
    assert names(model)[0] == "MiniMax"
    assert [r.name for r in model.all_rows()] == sorted(names(model))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ["Biren Technology", "MiniMax", "Moonshot AI", "Zhipu AI"]),
        ("m", ["MiniMax", "Moonshot AI"]),
        ("AI moon", ["Moonshot AI"]),  # every word, any order, any case
        ("月之", ["Moonshot AI"]),
        ("z.ai", ["Zhipu AI"]),  # an alias; the dot is not a wildcard
        ("00100", ["MiniMax"]),
        ("LLM", ["Moonshot AI"]),
        ("(", []),
        ("moonshot zhipu", []),
    ],
)
def test_filter(model: WatchlistModel, text: str, expected: list[str]) -> None:
    model.set_filter_text(text)
    assert names(model) == expected
    assert model.total() == 4


def test_filtered_out_rows_are_still_known(model: WatchlistModel) -> None:
    model.set_filter_text("zhipu")
    assert model.row_of(2) == -1 and model.has(2)
    assert len(model.all_rows()) == 4


def test_update_in_place_keeps_the_selection(qtbot: Any, model: WatchlistModel) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setCurrentIndex(model.index(model.row_of(3), COL_NAME))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    moved = dataclasses.replace(ROWS[2], name="Moonshot AI (Kimi)", stage="application_filed")
    changed = model.set_rows([ROWS[0], ROWS[1], moved, ROWS[3]])
    assert changed == {3}
    assert not resets
    assert model.row_at(view.currentIndex().row()).name == "Moonshot AI (Kimi)"
    assert model.index(model.row_of(3), COL_STAGE).data() == "Application filed"

    # Same rows again: nothing changes.
    assert model.set_rows([ROWS[0], ROWS[1], moved, ROWS[3]]) == set()

    # A company goes, another comes: the selection stays where it was.
    new = company(5, "Aaa Robotics")
    model.set_rows([ROWS[0], moved, ROWS[3], new])
    assert names(model) == ["Aaa Robotics", "Biren Technology", "Moonshot AI (Kimi)", "Zhipu AI"]
    assert model.row_at(view.currentIndex().row()).id == 3
    assert not model.has(2)


def test_a_renamed_row_moves_to_its_sorted_place(model: WatchlistModel) -> None:
    renamed = dataclasses.replace(ROWS[3], name="Zz Biren")
    model.set_rows([ROWS[0], ROWS[1], ROWS[2], renamed])
    assert names(model)[-1] == "Zz Biren"


def test_a_filtered_row_that_changes_to_match_appears(model: WatchlistModel) -> None:
    model.set_filter_text("robot")
    assert names(model) == []
    renamed = dataclasses.replace(ROWS[0], tags=("robotics",))
    model.set_rows([renamed, *ROWS[1:]])
    assert names(model) == ["Zhipu AI"]


def test_many_new_rows_load_at_once(
    qtbot: Any, model: WatchlistModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(item_table, "BULK_ROWS", 5)
    rows = [company(100 + n, f"Company {n:03d}") for n in range(50)]
    changed = model.set_rows(ROWS + rows)
    assert model.total() == 54
    assert names(model)[:2] == ["Biren Technology", "Company 000"]
    assert changed == {row.id for row in ROWS + rows}
    model.set_filter_text("company 04")
    assert len(names(model)) == 11  # "004" and "040"-"049"


def test_a_new_day_updates_every_days_cell(
    model: WatchlistModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Tomorrow(date):
        @classmethod
        def today(cls) -> date:
            return TODAY + timedelta(days=1)

    monkeypatch.setattr(watchlist_model, "date", Tomorrow)
    changed = model.set_rows(ROWS)
    assert changed == {2}  # the only one with a "Days" figure
    assert model.index(model.row_of(2), COL_DAYS).data() == "4"
