"""The dialogs in Traditional and Simplified Chinese: opened as the app opens them, with
the real catalogues installed, and no English word of the app's own left on them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow, QWidget

from desktop.domain.company_rules import CompanyDraft
from desktop.store.companies import add_company
from desktop.store.funding import COLUMNS, RoundDraft, add_round
from tests.ui.i18n_check import (
    compile_catalogues,
    english_leftovers,
    english_words,
    installed_language,
)

LANGUAGES = ("zh_HK", "zh_CN")
DATA = [
    "Test Robotics",
    "Series A",
    "Fund A",
    "Mech-Mind Robotics Technologies",
    "Good Co",
    "AI",
]
"""Names the tests store or the placeholders quote: data, not the app's words."""


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_catalogues(tmp_path_factory.mktemp("qm"))


@pytest.fixture(params=LANGUAGES)
def chinese(request: pytest.FixtureRequest, qapp, catalogues: Path):
    with installed_language(request.param, catalogues) as missing:
        assert missing == []
        yield request.param


def _shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_checker_finds_english_and_lets_codes_and_data_pass() -> None:
    assert english_words("匯出 CSV (*.csv) 至 /tmp/a b/x.csv，US$ 及 HK$") == []
    assert english_words("<b>關於 IPO Pipeline Watch</b> Python 3.11 · Qt 6.7") == []
    assert english_words("例如 C輪、A股、港交所 HKEX") == []
    assert english_words("已儲存 Save the file", data=["Save"]) == ["the", "file"]
    assert english_words("儲存(&S)…") == []


def test_company_dialog(qtbot, chinese: str) -> None:
    from desktop.ui.company_dialog import CompanyDialog

    def refuse(_draft: CompanyDraft) -> None:
        from desktop.domain.company_rules import validate

        validate(CompanyDraft(name=""))

    dialog = _shown(qtbot, CompanyDialog(refuse))
    assert english_leftovers(dialog, DATA) == []
    dialog.founded.setText("twenty16")
    dialog.listing_date.setText("2026-13-40")
    dialog.offer_price.setText("abc")
    dialog.a_code.setText("12")
    dialog.accept()
    assert dialog.isVisible() and dialog.errors.text()
    data = [*DATA, "twenty16", "abc"]
    assert english_leftovers(dialog, data) == []
    edit = _shown(
        qtbot, CompanyDialog(refuse, CompanyDraft(name="Test Robotics", a_exchange="sse"))
    )
    assert edit.a_exchange.currentText() in ("上海",)
    assert english_leftovers(edit, DATA) == []


def test_funding_editor_and_its_dialogs(qtbot, chinese: str, empty_ctx) -> None:
    from desktop.store.funding_csv import import_rounds_csv
    from desktop.ui.funding_editor import (
        ExchangeRatesDialog,
        FundingEditor,
        ImportPreviewDialog,
        RoundDialog,
    )

    db = empty_ctx.db
    company_id = add_company(db, CompanyDraft(name="Test Robotics")).id
    add_round(
        db,
        company_id,
        RoundDraft(date=date(2021, 3, 1), round="Series A", amount=1e8, currency="CNY"),
    )
    editor = _shown(qtbot, FundingEditor())
    with qtbot.waitSignal(editor.loaded):
        editor.set_company(db, company_id)
    assert editor.table.item(0, 0).text() == "2021年3月1日"
    assert editor.table.item(0, 2).text() == (
        "1億元人民幣" if chinese == "zh_HK" else "1亿元人民币"
    )
    editor.table.selectRow(0)
    columns = list(COLUMNS)  # the CSV's own header, named in a tool tip
    assert english_leftovers(editor, [*DATA, *columns]) == []

    new = _shown(qtbot, RoundDialog())
    assert english_leftovers(new, DATA) == []
    new.amount.setText("lots")
    new.date.setText("yesterday")
    new.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert new.isVisible()
    assert english_leftovers(new, [*DATA, "lots", "yesterday"]) == []

    rates = _shown(qtbot, ExchangeRatesDialog({"CNY": 0.14}))
    row = rates.add_row("XX", 1.0)
    rates.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert rates.error.isVisible() and str(row + 1) in rates.error.text()
    assert english_leftovers(rates, [*DATA, "XX"]) == []

    text = (
        "date,round,amount,currency\r\n"
        "2021-03-01,Series A,200000000,CNY\r\n"
        "2022-05-01,Series B,300m,USD\r\n"
    )
    report = import_rounds_csv(db, company_id, text, preview=True)
    preview = _shown(qtbot, ImportPreviewDialog(report))
    assert english_leftovers(preview, [*DATA, "Series B", "amount", "currency"]) == []
    bad = import_rounds_csv(db, company_id, "date,round\r\nsoon,\r\n", preview=True)
    refused = _shown(qtbot, ImportPreviewDialog(bad))
    assert english_leftovers(refused, [*DATA, "soon", "date", "round"]) == []


def test_backup_and_damaged_database_dialogs(qtbot, chinese: str, ctx) -> None:
    from desktop.store.backup import backup_dir_for, backup_now
    from desktop.ui.data_dialogs import BackupDialog, CorruptDatabaseDialog

    folder = backup_dir_for(ctx.data_dir)
    backup_now(ctx.db_path, folder)
    dialog = _shown(qtbot, BackupDialog(ctx.db_path, folder))
    assert dialog.table.rowCount() == 1
    assert english_leftovers(dialog) == []
    dialog.back_up_now()
    assert english_leftovers(dialog) == []

    problem = "file is not a database"  # what SQLite says: shown as it came
    damaged = _shown(qtbot, CorruptDatabaseDialog(ctx.db_path, folder, problem))
    assert english_leftovers(damaged, [problem]) == []
    empty = _shown(qtbot, CorruptDatabaseDialog(ctx.db_path, ctx.data_dir / "none", problem))
    assert english_leftovers(empty, [problem]) == []


def test_import_and_export_dialogs(qtbot, chinese: str, empty_ctx, tmp_path: Path) -> None:
    from desktop.store.transfer import preview_import
    from desktop.ui import export_dialogs
    from desktop.ui.data_dialogs import ImportPreviewDialog, export_watchlist_dialog

    add_company(empty_ctx.db, CompanyDraft(name="Test Robotics"))
    text = (
        "name,hk_code,founded,tags\r\n"
        "Good Co,,,AI\r\n"
        "Bad Co,123456789,\r\n"
        ",,\r\n"
        "Old Co,,1066\r\n"
        "Test Robotics,700,\r\n"
    )
    preview = preview_import(empty_ctx.db, text, "csv")
    dialog = _shown(
        qtbot, ImportPreviewDialog(empty_ctx.db, preview, source_name="list.csv", text=text)
    )
    for group in (dialog.error_group, dialog.add_group, dialog.update_group):
        for index in range(group.childCount()):
            details = group.child(index).text(2)
            assert english_words(details, [*DATA, "AI", "Bad Co", "Old Co"]) == [], details
    assert english_leftovers(dialog, [*DATA, "list.csv"]) == []
    clean = "name,hk_code\r\nGood Co,700\r\nTest Robotics,2513\r\n"
    ready = _shown(
        qtbot, ImportPreviewDialog(empty_ctx.db, preview_import(empty_ctx.db, clean, "csv"))
    )
    assert ready.apply_button.isEnabled()
    assert english_leftovers(ready, DATA) == []

    path = export_watchlist_dialog(None, empty_ctx.db, tmp_path / "mine.csv")
    assert path is not None
    box = export_dialogs._shown[-1]
    qtbot.addWidget(box)
    assert "mine.csv" in box.text() and "1" in box.text()
    assert english_leftovers(box) == []
    box.close()


def test_help_about_and_first_start_note(qtbot, chinese: str, data_dir: Path) -> None:
    from desktop.ui.about import about_box
    from desktop.ui.help_dialog import HelpDialog, glossary_html, show_first_start_note

    window = QMainWindow()
    qtbot.addWidget(window)
    help_dialog = _shown(qtbot, HelpDialog(window))
    for index in range(help_dialog.tabs.count()):
        help_dialog.show_page(index)
        assert english_leftovers(help_dialog) == [], index
    assert english_words(glossary_html()) == []

    about = _shown(qtbot, about_box(window, str(data_dir)))
    assert english_leftovers(about) == []

    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    window.show()
    bar = show_first_start_note(window, settings)
    assert bar is not None
    assert english_leftovers(bar) == []


def test_pure_layers_speak_the_installed_language(chinese: str) -> None:
    from desktop.domain.alert_rules import digest
    from desktop.domain.kinds import EventKind, Stage
    from desktop.domain.source_errors import explain
    from desktop.domain.stages import StageStatus, headline

    hk = chinese == "zh_HK"
    assert Stage.HEARING_PASSED.label == ("已通過聆訊" if hk else "已通过聆讯")
    assert EventKind.PHIP.label == ("聆訊後資料集" if hk else "聆讯后资料集")
    status = StageStatus(
        stage=Stage.APPLICATION_FILED,
        since=date(2026, 1, 8),
        steps=(),
        lapse_date=date(2026, 7, 8),
        next_step="",
        next_date=None,
    )
    text = headline(status, date(2026, 5, 30))
    assert "2026年1月8日" in text and "2026年7月8日" in text
    assert english_words(text) == [], text

    class Event:
        def __init__(self, kind: str) -> None:
            self.company, self.kind, self.title, self.event_id = "智谱", kind, "t", 1

    title, _body = digest([Event("phip"), Event("prospectus"), Event("application_proof")])
    assert title == "3 份新文件"
    failed = explain("hkex_app", "appactive_app_sehk_c.json: HTTP 404 Not Found", interval_min=60)
    assert english_words(failed.text) == [], failed.text


def test_english_is_back_after_a_chinese_test(qapp, catalogues: Path) -> None:
    from desktop.domain.kinds import Stage
    from desktop.services.language import ENGLISH, current_language

    with installed_language("zh_CN", catalogues):
        assert Stage.LISTED.label == "已上市"
    assert current_language() == ENGLISH
    assert Stage.LISTED.label == "Listed"
    from desktop.domain.stages import StageStatus, headline

    status = StageStatus(
        stage=Stage.LISTED,
        since=date(2026, 1, 8),
        steps=(),
        lapse_date=None,
        next_step="",
        next_date=None,
    )
    assert "2026-01-08" in headline(status, date(2026, 1, 10))
