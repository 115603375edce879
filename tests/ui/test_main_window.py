"""The real main window, driven as a person would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.store.fastread import load_watchlist
from desktop.ui.company_dialog import CompanyDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.watchlist_model import COL_NAME
from tests.ui.helpers import open_main_window, store_filing, when_modal


def open_window(qtbot, data_dir: Path) -> MainWindow:
    return open_main_window(qtbot, data_dir)


def visible_names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


def select(qtbot, window: MainWindow, name: str) -> None:
    window.filter_edit.setText(name)
    assert name in visible_names(window)
    row = visible_names(window).index(name)
    window.table.setCurrentIndex(window.model.index(row, COL_NAME))
    qtbot.waitUntil(
        lambda: (
            window.company_page is not None
            and window.detail_stack.currentWidget() is window.company_page
        )
    )


def click_delete(box: QMessageBox) -> None:
    [delete] = [b for b in box.buttons() if b.text() == "Delete"]
    delete.click()


def test_del_key_asks_first_and_cancel_keeps_everything(qtbot, data_dir: Path) -> None:
    from desktop.store.companies import all_companies
    from desktop.store.funding import add_round, list_rounds, parse_round

    window = open_window(qtbot, data_dir)
    select(qtbot, window, "Zhipu AI")
    company_id = window.selected_row().id
    add_round(window.ctx.db, company_id, parse_round({"round": "Series B", "date": "2024-05-01"}))
    seen: list[str] = []

    def read_and_cancel(box: QMessageBox) -> None:
        seen.append(box.text() + "\n" + box.informativeText())
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(read_and_cancel)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(seen))
    assert "Zhipu AI" in seen[0]
    assert "1 funding round" in seen[0] and "alias" in seen[0]
    assert any(c.name == "Zhipu AI" for c in all_companies(window.ctx.db))
    assert len(list_rounds(window.ctx.db, company_id)) == 1

    # The menu action asks too (its triggered(checked) signal must not skip the question).
    seen.clear()
    when_modal(read_and_cancel)
    window.delete_action.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert "Zhipu AI" in visible_names(window)


def test_seed_watchlist_is_shown(qtbot, data_dir: Path) -> None:
    window = open_window(qtbot, data_dir)
    names = visible_names(window)
    assert len(names) == 10
    assert "Mech-Mind Robotics Technologies" in names
    assert "10 companies" in window.count_label.text()


def test_add_filter_edit_delete_and_restart(qtbot, data_dir: Path) -> None:
    window = open_window(qtbot, data_dir)

    def fill_add(dialog: CompanyDialog) -> None:
        dialog.name.setText("Unitree Robotics")
        dialog.name_zh.setText("宇树科技")
        dialog.aliases.setPlainText("Unitree")
        dialog.hk_code.setText("")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_modal(fill_add)
    window.add_company()
    qtbot.waitUntil(lambda: "Unitree Robotics" in visible_names(window))
    assert window.selected_row().name == "Unitree Robotics"

    # Filter as you type finds it by its Chinese name, and by alias.
    window.filter_edit.clear()
    qtbot.keyClicks(window.filter_edit, "unitr")
    assert visible_names(window) == ["Unitree Robotics"]
    window.filter_edit.setText("宇树")
    assert visible_names(window) == ["Unitree Robotics"]
    window.filter_edit.setText("no such company")
    assert visible_names(window) == []
    assert window.pane.list_stack.currentWidget() is window.pane.no_match

    # Edit an alias of a seed company.
    select(qtbot, window, "StepFun")

    def fill_edit(dialog: CompanyDialog) -> None:
        assert dialog.name.text() == "StepFun"
        dialog.aliases.setPlainText("Step Fun\n阶跃")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_modal(fill_edit)
    window.edit_company()
    qtbot.waitUntil(lambda: "Step Fun" in window.selected_row().aliases)

    # Delete another company, confirming the question.
    select(qtbot, window, "MiniMax")
    when_modal(click_delete)
    window.delete_company()
    window.filter_edit.clear()
    qtbot.waitUntil(lambda: "MiniMax" not in visible_names(window))
    window.close()

    # Restart on the same data directory: the same state.
    again = open_window(qtbot, data_dir)
    names = visible_names(again)
    assert "Unitree Robotics" in names and "MiniMax" not in names
    assert len(names) == 10
    stepfun = next(r for r in load_watchlist(again.ctx.db_path) if r.name == "StepFun")
    assert stepfun.aliases == ("Step Fun", "阶跃")


def test_bad_input_shows_message_and_changes_nothing(qtbot, data_dir: Path) -> None:
    window = open_window(qtbot, data_dir)
    before = load_watchlist(window.ctx.db_path)
    seen: dict[str, str] = {}

    def fill_bad(dialog: CompanyDialog) -> None:
        dialog.name.setText("MiniMax")  # duplicate
        dialog.hk_code.setText("123456789")
        dialog.a_code.setText("12")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen["errors"] = dialog.errors.text()
        seen["visible"] = str(dialog.isVisible())
        dialog.reject()

    when_modal(fill_bad)
    window.add_company()
    assert "already on the watchlist" in seen["errors"]
    assert "1 to 5 digits" in seen["errors"]
    assert "6 digits" in seen["errors"]
    assert seen["visible"] == "True"
    assert load_watchlist(window.ctx.db_path) == before


def test_company_page_shows_timeline_and_facts(qtbot, data_dir: Path) -> None:
    window = open_window(qtbot, data_dir)
    select(qtbot, window, "Mech-Mind Robotics Technologies")
    page = window.company_page
    assert page.title.text() == "Mech-Mind Robotics Technologies"
    assert page.stage_chip.text() == "Reported"
    assert page.facts.topLevelItemCount() == 3
    assert "Intel" in page.facts.topLevelItem(1).text(0)
    assert page.events.topLevelItemCount() == 1


def test_window_state_is_remembered(qtbot, data_dir: Path) -> None:
    window = open_window(qtbot, data_dir)
    window.resize(700, 500)
    window.splitter.setSizes([600, 300])
    window.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    window.close()
    again = open_window(qtbot, data_dir)
    assert again.size().width() == 700
    assert again.table.horizontalHeader().sortIndicatorSection() == 2


def test_company_page_charts_and_market_tab_open(qtbot, data_dir: Path) -> None:
    window = open_window(qtbot, data_dir)
    select(qtbot, window, "Mech-Mind Robotics Technologies")
    page = window.company_page
    page.tabs.setCurrentWidget(page.funding_tab)
    assert page.funding_chart is not None and page.funding_editor is not None
    page.tabs.setCurrentWidget(page.price_tab)
    assert page.price_chart is not None
    window.tabs.setCurrentIndex(4)
    assert window.charts is not None
    assert window.tabs.tabText(4) == "Charts"


def test_deleting_a_company_clears_its_pipeline_tick(qtbot, data_dir: Path) -> None:
    window = open_window(qtbot, data_dir)
    name = "Mech-Mind Robotics Technologies"
    company_id, key = store_filing(
        window.ctx.db, name, "Mech-Mind Robotics Technologies Co., Ltd.", key="app:7:proof"
    )
    window.tabs.setCurrentIndex(1)
    pipeline = window.pipeline_view
    qtbot.waitUntil(lambda: pipeline.model.has(key) and pipeline._loading is None)
    assert pipeline.model.rows_by_key()[key].company_id == company_id

    window.tabs.setCurrentIndex(0)
    select(qtbot, window, name)
    window.delete_company(confirm=False)
    qtbot.waitUntil(lambda: name not in visible_names(window))
    window.tabs.setCurrentIndex(1)  # hidden tabs read again when they are shown
    qtbot.waitUntil(lambda: pipeline.model.rows_by_key()[key].company_id is None)
