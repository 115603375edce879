"""The Offers tab, a company's Offer tab, the document dialog and the team database
dialogs in Traditional and Simplified Chinese: the real catalogues installed, real
documents read, and no English word of the app's own left in what a person sees (cells
and rows included, not only headers)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QTableWidget, QTreeWidget, QWidget

from desktop.domain.offer.reader import read_document
from desktop.store.offers import store_document
from desktop.store.tables import Company
from tests.offer.pdfs import fixture_pages, fixture_pdf
from tests.ui.i18n_check import (
    compile_catalogues,
    english_leftovers,
    english_words,
    installed_language,
)

LANGUAGES = ("zh_HK", "zh_CN")
NAME = "Example Atlas Technology"
ISSUER = "Example Atlas Technology Joint Stock Company Limited"
CODES = ["PostgreSQL", "PGPASSWORD", "SQLite", "TLS", "MB"]
"""Names of software, settings and units that stay as they are in every language."""
DATA = [
    ISSUER,
    NAME,
    "ANNOUNCEMENT OF ALLOTMENT RESULTS",  # a title, as published
    "GLOBAL OFFERING",
    "JSC International Investment Fund SPC",  # cornerstone investors, as printed
    "Glorious Harbour Capital Limited",
    *CODES,
]
"""What the documents print and the test stores: data, not the app's words."""
NOTICE_URL = "https://www1.hkexnews.hk/listedco/listconews/sehk/2025/1230/notice.pdf"
RESULTS_URL = "https://www1.hkexnews.hk/listedco/listconews/sehk/2026/0107/results.pdf"
WRONG_URL = "https://www1.hkexnews.hk/listedco/listconews/sehk/2026/0107/other.pdf"


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


def _cells(widget: QWidget, skip_columns: tuple[int, ...] = ()) -> list[str]:
    """Every cell of the tables and every row of the trees in `widget`, with tool tips."""
    texts: list[str] = []
    for table in widget.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is not None and column not in skip_columns:
                    texts += [item.text(), item.toolTip()]
    for tree in widget.findChildren(QTreeWidget):
        for index in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(index)
            for column in range(tree.columnCount()):
                if column not in skip_columns:
                    texts.append(item.text(column))
    return [t for t in texts if t]


def _english_in(texts: list[str]) -> list[str]:
    return [f"{t!r} {english_words(t, DATA)}" for t in texts if english_words(t, DATA)]


def _store_offer(db: Any) -> int:
    """A notice whose printed entry fee is off by a few cents (a check to show), its
    allotment results, and another company's document filed under this one's code."""
    with db.write() as session:
        company = Company(name=NAME, name_zh="北京示例圖譜科技股份有限公司", hk_code="02513")
        session.add(company)
        session.flush()
        assert company.id is not None
        company_id = company.id
    notice = [(n, t.replace("11,737.19", "11,737.91")) for n, t in fixture_pages("notice_en.txt")]
    facts = read_document(notice)
    assert facts.checks, "the altered entry fee should be flagged"
    store_document(db, NOTICE_URL, facts, title="GLOBAL OFFERING")
    store_document(db, RESULTS_URL, read_document(fixture_pages("allotment_en.txt")))
    wrong = read_document(fixture_pages("allotment_en.txt"), expected_code="00100")
    assert wrong.problems
    store_document(db, WRONG_URL, wrong, title="ANNOUNCEMENT OF ALLOTMENT RESULTS")
    return company_id


def test_the_offers_tab_in_chinese(qtbot, chinese, empty_ctx) -> None:
    from desktop.ui.offers_view import OffersView

    _store_offer(empty_ctx.db)
    view = OffersView(empty_ctx.db)
    view.clock = lambda: datetime(2026, 1, 2, 4, 0, tzinfo=UTC)  # the offer is open
    _shown(qtbot, view)
    qtbot.waitUntil(lambda: view.loaded and view.table.rowCount() == 2, timeout=10_000)
    assert english_leftovers(view, DATA) == []
    texts = [view.status.text(), *_cells(view)]
    assert _english_in(texts) == []
    stages = {view.table.item(r, 2).text() for r in range(2)}
    assert "招股中" in stages  # open now, as the exchange says it
    fees = {view.table.item(r, 7).text() for r in range(2)}
    assert "11,737.91港元" in fees  # to the cent, as the notice prints it
    left = {view.table.item(r, 4).text() for r in range(2)}
    assert ("3 日 0 小時" if chinese == "zh_HK" else "3 天 0 小时") in left
    for index in range(view.section.count()):
        assert english_words(view.section.itemText(index), DATA) == []


def test_the_company_offer_tab_in_chinese(qtbot, chinese, empty_ctx) -> None:
    from desktop.ui.offer_panel import OfferPanel

    company_id = _store_offer(empty_ctx.db)
    panel = OfferPanel()
    _shown(qtbot, panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show_company(empty_ctx.db, company_id)
    assert panel.summary is not None
    assert english_leftovers(panel, DATA) == []
    # Column 4 holds the words the document printed: source text, as published.
    texts = [panel.heading.text(), panel.checks.text(), *_cells(panel, skip_columns=(4,))]
    assert _english_in(texts) == []
    assert ("請核對文件" if chinese == "zh_HK" else "请核对文件") in panel.checks.text()
    labels = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert ("一手中籤率" if chinese == "zh_HK" else "一手中签率") in labels
    assert any(label.startswith("禁售期") for label in labels)


def test_the_document_dialog_in_chinese(qtbot, chinese, empty_ctx, tmp_path: Path) -> None:
    from desktop.ui.document_dialog import DocumentDialog

    path = tmp_path / "results.pdf"
    path.write_bytes(fixture_pdf("allotment_zh_hant.txt"))
    dialog = DocumentDialog(empty_ctx.db, str(path))
    with qtbot.waitSignal(dialog.read_done, timeout=20_000):
        _shown(qtbot, dialog)
    assert dialog.facts is not None
    assert english_leftovers(dialog, DATA) == []
    texts = [dialog.heading.text(), dialog.checks.text(), *_cells(dialog, skip_columns=(3,))]
    assert _english_in(texts) == []
    assert ("配發結果" if chinese == "zh_HK" else "配发结果") in dialog.heading.text()
    with qtbot.waitSignal(dialog.kept, timeout=10_000):
        dialog.keep_button.click()
    assert english_words(dialog.heading.text(), DATA) == []
    dialog.close()


def test_a_document_that_cannot_be_read_says_why_in_chinese(
    qtbot, chinese, empty_ctx, tmp_path: Path
) -> None:
    from desktop.ui.document_dialog import DocumentDialog

    path = tmp_path / "missing.pdf"  # never written: the file cannot be opened
    dialog = DocumentDialog(empty_ctx.db, str(path))
    with qtbot.waitSignal(dialog.read_done, timeout=10_000):
        _shown(qtbot, dialog)
    heading = dialog.heading.text()
    assert ("無法" if chinese == "zh_HK" else "无法") in heading
    # The operating system's own reason (in parentheses) is the system's words, not ours.
    ours = heading.split("（")[0] + heading.rsplit("）", 1)[-1]
    assert english_words(ours, DATA) == []
    dialog.close()


def test_the_team_database_dialogs_in_chinese(qtbot, chinese, empty_ctx) -> None:
    from desktop.store import location
    from desktop.ui.team_database import TeamDatabaseDialog, TeamProblemDialog

    dialog = _shown(qtbot, TeamDatabaseDialog(empty_ctx))
    assert english_leftovers(dialog, DATA) == []
    dialog.address.setText("mysql://someone@db.example.org/watch")
    dialog.test_connection()  # a wrong address is refused before any connection
    status = dialog.status.text()
    assert "PostgreSQL" in status
    assert english_words(status, [*CODES, "mysql://someone@db.example.org/watch"]) == []
    url = "postgresql://analyst@db.example.org:5432/watch"
    # Commands to type stay as they are typed.
    commands = [
        "CREATE DATABASE watch OWNER analyst ENCODING 'UTF8' TEMPLATE template0;",
        "pg_dump -Fc -h db.example.org -p 5432 -U analyst -f ipo-watch.dump watch",
    ]
    problems = [
        location.plain_problem(url, RuntimeError("password authentication failed")),
        location.plain_problem(url, RuntimeError("no password supplied")),
        location.plain_problem(url, RuntimeError('database "watch" does not exist')),
        location.server_backup_advice(url),
    ]
    for problem in problems:
        assert english_words(problem, [*CODES, *commands, "analyst", "watch"]) == [], problem
    refused = location.plain_problem(url, RuntimeError("connection refused"))
    assert english_words(refused.replace("connection refused", ""), [*CODES, "analyst"]) == []
    problem = _shown(qtbot, TeamProblemDialog(problems[0]))
    assert english_leftovers(problem, [*CODES, "analyst", "watch"]) == []


def test_the_a_h_discount_in_chinese(qtbot, chinese, empty_ctx) -> None:
    from desktop.store.tables import SourceState
    from desktop.ui.offer_panel import OfferPanel

    company_id = _store_offer(empty_ctx.db)
    with empty_ctx.db.write() as session:
        company = session.get(Company, company_id)
        assert company is not None
        company.a_code, company.a_exchange = "688380", "sse"
        session.add(company)
    panel = _shown(qtbot, OfferPanel())
    data = [*DATA, "Yahoo Finance", "688380.SS", "CNYHKD=X"]
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show_company(empty_ctx.db, company_id)
    missing = [t for t in _cells(panel) if "688380.SS" in t and "2026" in t]
    assert missing and all(english_words(t, data) == [] for t in missing), missing
    url = "https://query1.finance.yahoo.com/v8/finance/chart/{}"
    with empty_ctx.db.write() as session:
        session.add(
            SourceState(
                source_id="prices",
                memory={
                    "series": {
                        s: {"url": url.format(s), "currency": c, "values": {"2026-01-06": v}}
                        for s, c, v in (("688380.SS", "CNY", 134.0), ("CNYHKD=X", "HKD", 1.086))
                    }
                },
            )
        )
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show_company(empty_ctx.db, company_id)
    texts = _cells(panel, skip_columns=(4,))
    rows = [t for t in texts if "A+H" in t or "A股" in t or "匯率" in t or "汇率" in t]
    assert len(rows) >= 4 and [t for t in texts if english_words(t, data)] == []
    working = [
        panel.tree.topLevelItem(i).text(4)
        for i in range(panel.tree.topLevelItemCount())
        if "A+H" in panel.tree.topLevelItem(i).text(0)
    ]
    assert working and english_words(working[0], data) == []


def test_the_offer_dates_of_the_calendar_in_chinese(chinese, empty_ctx) -> None:
    from desktop.store.calendar_ics import calendar_entries

    _store_offer(empty_ctx.db)
    entries = [e for e in calendar_entries(empty_ctx.db) if e.uid.startswith("offer-")]
    assert len(entries) >= 6
    data = [*DATA, "HKT", "HK$", "02513"]
    for entry in entries:
        assert english_words(entry.summary, data) == [], entry.summary
        assert english_words(entry.description, data) == [], entry.description
    close = next(e for e in entries if e.uid.startswith("offer-02513-close"))
    assert ("經紀" if chinese == "zh_HK" else "券商") in close.summary


def test_english_is_back_after_the_chinese_tests(qtbot, empty_ctx) -> None:
    from desktop.domain.offer.calendar import describe_left
    from desktop.store import location
    from desktop.ui.team_database import TeamDatabaseDialog

    dialog = _shown(qtbot, TeamDatabaseDialog(empty_ctx))
    assert dialog.windowTitle() == "Team database"
    assert describe_left(datetime(2026, 1, 2, tzinfo=UTC) - datetime(2026, 1, 1, tzinfo=UTC))
    assert "refused the password" in location.plain_problem(
        "postgresql://a@h/d", RuntimeError("password authentication failed")
    )
