"""The funding rounds editor, driven as a person would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.domain.company_rules import CompanyDraft
from desktop.store.companies import add_company
from desktop.store.funding import (
    COLUMNS,
    RoundDraft,
    add_round,
    fx_rates,
    list_rounds,
)
from desktop.store.funding_csv import export_rounds_csv
from desktop.ui.funding_editor import COLUMNS as TABLE_COLUMNS
from desktop.ui.funding_editor import (
    ExchangeRatesDialog,
    FundingEditor,
    ImportPreviewDialog,
    RoundDialog,
)
from tests.ui.helpers import when_modal


@pytest.fixture
def editor(qtbot, empty_ctx):
    db = empty_ctx.db
    company_id = add_company(db, CompanyDraft(name="Test Robotics")).id
    add_round(
        db,
        company_id,
        RoundDraft(
            date=date(2021, 3, 1),
            round="Series A",
            amount=1e8,
            currency="CNY",
            investors=("Fund A", "基金乙"),
        ),
    )
    widget = FundingEditor()
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.set_company(db, company_id)
    widget.db_ = db
    return widget


def _names(editor: FundingEditor) -> list[str]:
    return [editor.table.item(row, 1).text() for row in range(editor.table.rowCount())]


def test_shows_the_rounds(editor: FundingEditor) -> None:
    assert _names(editor) == ["Series A"]
    assert editor.table.item(0, 2).text() == "CNY 100.0m"
    assert editor.table.item(0, 4).text() == "Fund A; 基金乙"
    assert not editor.edit_button.isEnabled()
    editor.table.selectRow(0)
    assert editor.edit_button.isEnabled() and editor.delete_button.isEnabled()


def test_add_checks_every_field_then_saves(qtbot, editor: FundingEditor) -> None:
    seen: dict[str, str] = {}

    def fill(dialog: RoundDialog) -> None:
        dialog.date.setText("2999-01-01")
        dialog.round.setText("Series B")
        dialog.amount.setText("-3")
        dialog.currency.setCurrentText("dollars")
        dialog.source_url.setText("javascript:alert(1)")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert dialog.isVisible()  # still open: nothing saved
        seen.update({k: v.text() for k, v in dialog.errors.items() if v.isVisible()})
        dialog.date.setText("2023-06-01")
        dialog.amount.setText("50,000,000")
        dialog.currency.setCurrentText("usd")
        dialog.source_url.setText("https://example.com/b")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_modal(fill)
    with qtbot.waitSignal(editor.rounds_changed, timeout=5000), qtbot.waitSignal(editor.loaded):
        editor.add()
    assert set(seen) == {"date", "amount", "currency", "source_url"}
    assert "future" in seen["date"]
    assert _names(editor) == ["Series A", "Series B"]
    stored = list_rounds(editor.db_, editor.company_id)[1]
    assert (stored.amount, stored.currency, stored.source_url) == (
        5e7,
        "USD",
        "https://example.com/b",
    )


def test_edit_and_delete(qtbot, editor: FundingEditor) -> None:
    editor.table.selectRow(0)

    def change(dialog: RoundDialog) -> None:
        assert dialog.investors.text() == "Fund A; 基金乙"
        dialog.round.setText("Series A+")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_modal(change)
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        editor.edit_selected()
    assert _names(editor) == ["Series A+"]

    editor.table.selectRow(0)
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        editor.delete_selected()
    assert _names(editor) == []
    assert editor.status.isHidden()  # the chart states the empty funding history, once


def test_import_with_errors_applies_nothing(qtbot, editor: FundingEditor, tmp_path: Path) -> None:
    path = tmp_path / "rounds.csv"
    path.write_text(
        ",".join(COLUMNS) + "\n2022-01-01,Series B,5,USD,,,,\nnot a date,Series C,,,,,,\n",
        encoding="utf-8",
    )
    shown: dict[str, object] = {}

    def look(dialog: ImportPreviewDialog) -> None:
        tree = dialog.tree
        shown["rows"] = [
            [tree.topLevelItem(i).text(c) for c in range(3)]
            for i in range(tree.topLevelItemCount())
        ]
        shown["can_import"] = dialog.import_button.isEnabled()
        dialog.reject()

    when_modal(look)
    editor.import_csv(path)
    qtbot.waitUntil(lambda: "rows" in shown, timeout=5000)
    assert shown["can_import"] is False
    assert shown["rows"][0][:2] == ["3", "Error"] and "YYYY-MM-DD" in shown["rows"][0][2]
    assert shown["rows"][1][:2] == ["2", "Add"]
    assert [r.round for r in list_rounds(editor.db_, editor.company_id)] == ["Series A"]


def test_import_preview_then_apply(qtbot, editor: FundingEditor, tmp_path: Path) -> None:
    path = tmp_path / "rounds.csv"
    path.write_text(
        ",".join(COLUMNS) + "\n"
        "2021-03-01,Series A,100000000,CNY,14000000,Fund A; 基金乙,,\n"
        "2022-01-01,Series B,5,USD,,,,\n",
        encoding="utf-8-sig",
    )
    details: list[str] = []

    def accept(dialog: ImportPreviewDialog) -> None:
        tree = dialog.tree
        details.extend(tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount()))
        dialog.import_button.click()

    when_modal(accept)
    with qtbot.waitSignal(editor.rounds_changed, timeout=5000):
        editor.import_csv(path)
    qtbot.waitUntil(lambda: editor.table.rowCount() == 2, timeout=5000)
    assert sorted(details) == ["Add", "Change"]
    rounds = list_rounds(editor.db_, editor.company_id)
    assert [(r.round, r.amount_usd) for r in rounds] == [("Series A", 14e6), ("Series B", None)]


def test_export_writes_every_field(editor: FundingEditor, tmp_path: Path) -> None:
    target = editor.export_csv(tmp_path / "out.csv")
    assert target is not None
    assert target.read_bytes().decode("utf-8-sig") == export_rounds_csv(
        editor.db_, editor.company_id
    )
    assert "基金乙" in target.read_text(encoding="utf-8-sig")


def test_exchange_rates(qtbot, editor: FundingEditor) -> None:
    def fill(dialog: ExchangeRatesDialog) -> None:
        row = dialog.add_row()
        dialog.set_row(row, "yen?", 0.5)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert dialog.error.isVisible() and "Row 1" in dialog.error.text()
        dialog.set_row(row, "RMB", 0.0)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert "above 0" in dialog.error.text()
        dialog.set_row(row, "RMB", 0.14)  # RMB is the yuan: stored as CNY
        dialog.set_row(dialog.add_row(), "EUR", 1.08)
        dialog.add_row()  # left empty: ignored
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_modal(fill)
    with qtbot.waitSignal(editor.rounds_changed, timeout=5000):
        editor.edit_rates()
    assert fx_rates(editor.db_) == {"CNY": 0.14, "EUR": 1.08}

    seen: list[str] = []

    def twice(dialog: ExchangeRatesDialog) -> None:
        assert dialog.table.rowCount() == 2  # the stored rates, one row each
        dialog.set_row(dialog.add_row(), "cny", 0.15)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen.append(dialog.error.text())
        dialog.reject()

    when_modal(twice)
    editor.edit_rates()
    assert "twice" in seen[0]


def test_usd_rounds_show_their_us_dollars_and_short_amounts(qtbot, editor: FundingEditor) -> None:
    def fill(dialog: RoundDialog) -> None:
        dialog.date.setText("2023-06-01")
        dialog.round.setText("Series B")
        dialog.amount.setText("300m")
        dialog.currency.setCurrentText("US$")
        dialog.source_url.setText("Prospectus, p. 212")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_modal(fill)
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        editor.add()
    row = _names(editor).index("Series B")
    assert editor.table.item(row, 2).text() == "US$300.0m"
    assert editor.table.item(row, 3).text() == "US$300.0m"  # a US$ round is its own US$ figure
    assert editor.table.item(row, 5).text() == "Prospectus, p. 212"
    assert editor.table.item(0, 3).text() == ""  # the CNY round states no US$ figure
    assert TABLE_COLUMNS[3] == "US$"


def test_buttons_say_what_they_export(editor: FundingEditor) -> None:
    assert editor.export_action.text() == "Export rounds…"
    assert "every round" in editor.export_action.toolTip()
    # The CSV and rate commands share one menu button, so the row fits beside the
    # watchlist on a small screen.
    menu = editor.more_button.menu()
    assert menu is not None and menu.toolTipsVisible()
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Import rounds…",
        "Export rounds…",
        "Exchange rates…",
    ]
    editor.resize(480, 400)
    editor.show()
    row = [editor.add_button, editor.edit_button, editor.delete_button, editor.more_button]
    assert sum(b.sizeHint().width() for b in row) < 480
    for button in row:
        assert button.width() >= button.sizeHint().width()
