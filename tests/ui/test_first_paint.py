"""The watchlist's first paint: when it is announced, and what it takes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject

from desktop.store.fastread import WatchlistRow
from desktop.ui.watchlist_pane import WatchlistPane
from tests.ui.helpers import open_main_window


def _rows(count: int, zh: tuple[str, ...] = ("",)) -> list[WatchlistRow]:
    return [
        WatchlistRow(
            id=n,
            name=f"Company {n:03d}",
            name_zh=zh[n % len(zh)],
            aliases=(),
            tags=(),
            hk_code="",
            a_code="",
            stage="watching",
            stage_since=None,
            last_event_date=None,
            last_event_title="",
            next_step="",
            next_date=None,
            lapse_date=None,
        )
        for n in range(count)
    ]


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_first_painted_comes_after_the_rows_are_painted(qtbot: Any, tmp_path: Path) -> None:
    pane = WatchlistPane(tmp_path / "none.sqlite3", _rows(30))
    qtbot.addWidget(pane)
    paints = _Paints()
    pane.table.viewport().installEventFilter(paints)
    seen: list[int] = []
    pane.first_painted.connect(lambda: seen.append(paints.count))
    pane.resize(700, 400)
    pane.show()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] >= 1  # the viewport, where the rows are, was painted first
    qtbot.wait(50)
    assert len(seen) == 1  # announced once


def test_the_viewport_width_is_worked_out_right(qtbot: Any, tmp_path: Path) -> None:
    for count in (3, 300):  # without and with a vertical scroll bar
        pane = WatchlistPane(tmp_path / "none.sqlite3", _rows(count))
        qtbot.addWidget(pane)
        pane.resize(640, 360)
        pane.show()
        qtbot.waitExposed(pane)
        bar = pane.table.verticalScrollBar()
        assert bar.isVisible() == (count == 300)
        assert pane.viewport_width() == pane.table.viewport().width()


def test_closing_an_unchanged_window_leaves_its_settings_file_alone(
    qtbot: Any, data_dir: Path
) -> None:
    settings = data_dir / "settings.ini"
    for _ in range(2):  # the first close saves; the second restores the window as saved
        open_main_window(qtbot, data_dir).close()
    first = settings.stat()
    window = open_main_window(qtbot, data_dir)
    window.close()  # the same size, place and sort: nothing to write
    after = settings.stat()
    assert (after.st_ino, after.st_mtime_ns) == (first.st_ino, first.st_mtime_ns)
    window.table.sortByColumn(1, window.table.horizontalHeader().sortIndicatorOrder())
    window.save_state()
    changed = settings.stat()
    assert (changed.st_ino, changed.st_mtime_ns) != (first.st_ino, first.st_mtime_ns)
    assert open_main_window(qtbot, data_dir).table.horizontalHeader().sortIndicatorSection() == 1


def test_empty_states_are_centred_plain_text(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    pane = WatchlistPane(tmp_path / "none.sqlite3", _rows(2))
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    pane.filter_edit.setText("<b>nothing</b>")
    qtbot.waitUntil(lambda: pane.list_stack.currentWidget() is pane.no_match)
    for label in (pane.no_match, pane.empty_list):
        label.ensurePolished()  # the style sheet sets them
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert "<b>nothing</b>" in pane.no_match.text()


def test_the_header_brings_back_the_sort(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    pane = WatchlistPane(tmp_path / "none.sqlite3", _rows(5))
    qtbot.addWidget(pane)
    header = pane.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0,
        Qt.SortOrder.AscendingOrder,
    )
    assert pane.model.row_at(0).name == "Company 000"
    pane.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    again = WatchlistPane(tmp_path / "none.sqlite3", _rows(5), header_state=pane.header_state())
    qtbot.addWidget(again)
    assert again.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert again.model.row_at(0).name == "Company 004"


def test_fitted_columns_are_as_wide_as_the_table_would_make_them(
    qtbot: Any, tmp_path: Path
) -> None:
    from desktop.ui.watchlist_pane import FITTED

    few = (
        "智谱",
        "中微半导体（深圳）",
        "基准科技0001",
        "月之暗面",
        "梅卡曼德机器人",
        "",
        "ＭｉｎｉＭａｘ",
    )
    many = tuple(f"基准{'科技' * (n % 4)}{n:03d}" for n in range(150)) + few
    for names in (few, many):  # every different text measured, or only the longest
        pane = WatchlistPane(tmp_path / "none.sqlite3", _rows(len(names), names))
        qtbot.addWidget(pane)
        pane.resize(900, 500)
        pane.show()
        qtbot.waitExposed(pane)
        header = pane.table.horizontalHeader()
        for column in FITTED:
            expected = max(pane.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            assert pane._content_width(column) == expected, column
