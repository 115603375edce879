"""The main window's layout at real sizes, and its keyboard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from desktop.ui.actions import Act, Tab
from desktop.ui.company_dialog import CompanyDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.watchlist_model import COL_DAYS, COL_NAME, COL_STAGE, COLUMNS
from tests.ui.helpers import open_main_window, when_modal


def open_window(qtbot: Any, data_dir: Path, width: int = 1440, height: int = 900) -> MainWindow:
    window = open_main_window(qtbot, data_dir, (width, height))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def fitted(qtbot: Any, window: MainWindow) -> None:
    """Wait until the columns share the viewport's width."""
    table = window.table
    header = table.horizontalHeader()

    def settled() -> bool:
        used = sum(header.sectionSize(c) for c in range(len(COLUMNS)))
        return 0 < used <= table.viewport().width()

    qtbot.waitUntil(settled)


def select_first(qtbot: Any, window: MainWindow) -> None:
    window.table.setCurrentIndex(window.model.index(0, COL_NAME))
    qtbot.waitUntil(lambda: window.selected_row() is not None)


# -- layout ---------------------------------------------------------------------------------


def test_at_1440_wide_the_watchlist_needs_no_horizontal_scroll_bar(qtbot, data_dir) -> None:
    window = open_window(qtbot, data_dir)
    fitted(qtbot, window)
    assert not window.table.horizontalScrollBar().isVisible()
    header = window.table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(len(COLUMNS))]
    assert widths[COL_NAME] == max(widths)  # the name takes the spare width first


def test_at_1024_by_700_the_key_columns_show(qtbot, data_dir) -> None:
    window = open_window(qtbot, data_dir, 1024, 700)
    fitted(qtbot, window)
    header = window.table.horizontalHeader()
    visible = window.table.viewport().width()
    for column in (COL_NAME, COL_STAGE, COL_DAYS):
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= visible


def test_at_1024_by_700_titles_elide_rather_than_clip(qtbot, data_dir) -> None:
    from PySide6.QtWidgets import QHeaderView

    window = open_window(qtbot, data_dir, 1024, 700)
    fitted(qtbot, window)
    select_first(qtbot, window)
    qtbot.waitUntil(lambda: window.detail_stack.currentWidget() is window.company_page)
    page = window.company_page
    for tab in (Tab.PIPELINE, Tab.SOURCES, Tab.ALERTS, Tab.OFFERS):
        window.show_tab(tab)
    window.show_tab(Tab.WATCHLIST)
    page.tabs.setCurrentWidget(page.funding_tab)
    qtbot.waitUntil(lambda: page.funding_editor is not None)
    headers = window.findChildren(QHeaderView)
    assert len(headers) > 8
    for header in headers:
        assert header.textElideMode() == Qt.TextElideMode.ElideRight
    # The long official name wraps in the page's title instead of being cut.
    assert page.title.wordWrap()
    # The events' title column is not squeezed by the source and document columns.
    events = page.events
    qtbot.waitUntil(lambda: events.topLevelItemCount() > 0)
    widths = [events.header().sectionSize(c) for c in range(events.columnCount())]
    assert widths[2] == max(widths)


def test_opening_the_funding_tab_does_not_push_the_splitter(qtbot, data_dir) -> None:
    window = open_window(qtbot, data_dir)
    select_first(qtbot, window)
    qtbot.waitUntil(lambda: window.detail_stack.currentWidget() is window.company_page)
    before = window.splitter.sizes()
    page = window.company_page
    page.tabs.setCurrentWidget(page.funding_tab)
    qtbot.waitUntil(lambda: page.funding_editor is not None)
    QApplication.processEvents()
    assert window.splitter.sizes() == before


def test_the_splitter_remembers_only_what_the_user_drags(qtbot, data_dir) -> None:
    window = open_window(qtbot, data_dir)
    window.splitter.setSizes([500, 900])  # the program's own change: not remembered
    window.close()
    again = open_window(qtbot, data_dir)
    assert again.splitter.sizes()[0] != 500

    handle = again.splitter.handle(1)
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton)
    target = again.splitter.sizes()[0] - 200
    again.splitter.moveSplitter(target, 1)  # what a drag of the handle does
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton)
    dragged = again.splitter.sizes()
    again.close()
    third = open_window(qtbot, data_dir)
    assert abs(third.splitter.sizes()[0] - dragged[0]) <= 2


# -- keys -------------------------------------------------------------------------------------


def test_preferences_have_a_key_on_every_platform(qtbot, data_dir) -> None:
    window = open_window(qtbot, data_dir)
    action = window.action(Act.PREFERENCES)
    standard = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    expected = standard[0] if standard else QKeySequence("Ctrl+,")
    assert action.shortcut() == expected
    seen: list[str] = []

    def close(dialog: Any) -> None:
        seen.append(dialog.windowTitle())
        dialog.reject()

    when_modal(close)
    qtbot.keyClick(window.table, expected[0].key(), expected[0].keyboardModifiers())
    qtbot.waitUntil(lambda: bool(seen))
    assert "Preferences" in seen[0]


def test_ctrl_e_edits_while_the_filter_has_focus(qtbot, data_dir) -> None:
    window = open_window(qtbot, data_dir)
    select_first(qtbot, window)
    window.filter_edit.setFocus()
    seen: list[str] = []

    def close(dialog: Any) -> None:
        seen.append(type(dialog).__name__)
        dialog.reject()

    when_modal(close)
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [CompanyDialog.__name__]


def test_escape_clears_the_filter(qtbot, data_dir) -> None:
    window = open_window(qtbot, data_dir)
    window.filter_edit.setFocus()
    qtbot.keyClicks(window.filter_edit, "zhipu")
    assert window.model.rowCount() == 1
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Escape)
    assert window.filter_edit.text() == ""
    assert window.model.rowCount() == 10


def test_ctrl_tab_cycles_the_tabs(qtbot, data_dir) -> None:
    window = open_window(qtbot, data_dir)
    window.table.setFocus()
    assert window.current_tab() is Tab.WATCHLIST
    qtbot.keyClick(window.table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.current_tab() is Tab.PIPELINE
    back = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_Backtab, back)
    assert window.current_tab() is Tab.WATCHLIST
    for _ in Tab:
        window.action(Act.NEXT_TAB).trigger()
    assert window.current_tab() is Tab.WATCHLIST  # round the end and back to the start


def test_every_tab_has_its_key_and_menu_entry(qtbot, data_dir) -> None:
    window = open_window(qtbot, data_dir)
    for number, tab in enumerate(Tab, start=1):
        qtbot.keyClick(
            window.tabs, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier
        )
        assert window.current_tab() is tab
    assert window.tabs.count() == len(Tab)


def test_extension_points_for_a_tab_and_a_company_page_section(qtbot, data_dir) -> None:
    from PySide6.QtWidgets import QLabel

    window = open_window(qtbot, data_dir)
    mine = QLabel("offer calendar")
    window.add_tab(Tab.CHARTS, mine, "Calendar")
    assert window.tabs.widget(int(Tab.CHARTS)) is mine
    assert window.tabs.tabText(int(Tab.CHARTS)) == "Calendar"
    window.show_tab(Tab.CHARTS)
    assert window.tabs.currentWidget() is mine  # not replaced by the built-in Charts tab

    select_first(qtbot, window)
    qtbot.waitUntil(lambda: window.company_page is not None)
    index = window.company_page.add_section(QLabel("IPO terms"), "Offer")
    assert window.company_page.tabs.tabText(index) == "Offer"
