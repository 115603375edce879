"""The Offers tab, a company's Offer tab and File › Open document… in the real window:
from a mirror-served listing document, polled by the app's own poll child, to what a
person sees."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop.services import poller as poller_module
from desktop.services.poller import Poller
from desktop.services.source_settings import set_source
from desktop.sources import registry
from desktop.store.fastread import load_watchlist
from desktop.store.tables import Company
from desktop.ui.actions import Tab
from desktop.ui.main_window import MainWindow
from desktop.ui.offers_view import COLUMNS, OffersView, open_document
from desktop.ui.watchlist_model import COL_NAME
from tests.mirror import POLL_WAIT_MS, MirrorServer
from tests.offer.pdfs import fixture_pdf
from tests.offer.served import serve_offer

NAME = "Example Atlas Technology"


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Iterator[MirrorServer]:
    monkeypatch.setattr(poller_module, "START_STAGGER_S", 0)
    with MirrorServer() as server:
        monkeypatch.setenv("IPO_WATCH_MIRROR", server.url)
        serve_offer(server)
        yield server


@pytest.fixture
def window(qtbot: Any, empty_ctx: Any) -> MainWindow:
    with empty_ctx.db.write() as session:
        session.add(Company(name=NAME, name_zh="北京示例圖譜科技股份有限公司"))
    for source_id in registry.SOURCE_IDS:
        set_source(empty_ctx.db, source_id, enabled=source_id == "offer_documents")
    win = MainWindow(empty_ctx, load_watchlist(empty_ctx.db_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def poller(qtbot: Any, empty_ctx: Any) -> Iterator[Poller]:
    poll = Poller(empty_ctx.db)
    yield poll
    qtbot.waitUntil(lambda: not poll.running(), timeout=POLL_WAIT_MS)
    poll.stop()
    if poll.sleep_watcher is not None:
        poll.sleep_watcher._timer.stop()


def cell(view: OffersView, row: int, column: str) -> str:
    item = view.table.item(row, COLUMNS.index(column))
    return item.text() if item else ""


def rows_of(view: OffersView, stage: str) -> list[int]:
    return [r for r in range(view.table.rowCount()) if cell(view, r, "Stage") == stage]


def test_poll_fills_the_offers_tab_and_the_company_offer_tab(qtbot, window, poller, served):
    finished: list[Any] = []
    window.attach_poller(poller)
    poller.source_finished.connect(finished.append)
    window.show_tab(Tab.OFFERS)  # built when first opened
    view = window.offers
    assert view is not None
    view.clock = lambda: datetime(2026, 1, 9, 2, 0, tzinfo=UTC)  # the day after listing
    view.refresh()
    qtbot.waitUntil(lambda: view.loaded, timeout=5000)
    assert view.table.rowCount() == 0
    assert "No offers read yet" in view.status.text()
    poller.start()
    qtbot.waitUntil(
        lambda: any(o.source_id == "offer_documents" for o in finished), timeout=POLL_WAIT_MS
    )
    assert finished[0].ok, finished[0].error
    # The tab reloads by itself once the poll is done.
    qtbot.waitUntil(lambda: view.table.rowCount() > 0, timeout=10_000)
    [row] = rows_of(view, "Listed")
    assert cell(view, row, "Code") == "02513"
    assert cell(view, row, "Company") == NAME
    assert cell(view, row, "Price") == "HK$116.20"
    assert cell(view, row, "Entry fee") == "HK$11,737.19"
    assert cell(view, row, "Lot") == "100"
    assert cell(view, row, "One-lot success") == "2.81 %"
    assert cell(view, row, "HK subscribed") == "1,159.46×"
    assert cell(view, row, "Mechanism") == "Mechanism B"
    assert cell(view, row, "HK / intl") == "5 % / 95 %"
    problems = rows_of(view, "Not trusted") + rows_of(view, "Not read")
    # Another company's results, a truncated notice, and a next-day return filed as results.
    assert len(problems) == 3
    reasons = " | ".join(cell(view, r, "Check") for r in problems)
    assert "00100" in reasons and "truncated" in reasons and "headings say" in reasons
    # Filter by section and by text.
    view.section.setCurrentIndex([k for k, _ in view_sections()].index("problem"))
    visible = [r for r in range(view.table.rowCount()) if not view.table.isRowHidden(r)]
    assert sorted(visible) == sorted(problems)
    view.section.setCurrentIndex(0)
    view.filter_edit.setText("02513")
    visible = [r for r in range(view.table.rowCount()) if not view.table.isRowHidden(r)]
    assert visible and all(cell(view, r, "Code") == "02513" for r in visible)
    view.filter_edit.clear()
    # Sorting by a number column keeps numbers in order.
    view.table.sortByColumn(
        COLUMNS.index("Entry fee"),
        pytest.importorskip("PySide6.QtCore").Qt.SortOrder.AscendingOrder,
    )

    # The company page has the same offer, each figure with its page.
    window.tabs.setCurrentIndex(0)
    model = window.model
    index = next(
        model.index(r, COL_NAME)
        for r in range(model.rowCount())
        if model.index(r, COL_NAME).data() == NAME
    )
    window.table.setCurrentIndex(index)
    qtbot.waitUntil(lambda: window.company_page is not None, timeout=5000)
    panel = window.company_page.offer_panel
    qtbot.waitUntil(lambda: panel.summary is not None, timeout=5000)
    texts = {
        panel.tree.topLevelItem(i).text(0): panel.tree.topLevelItem(i)
        for i in range(panel.tree.topLevelItemCount())
    }
    assert texts["Entry fee (one lot)"].text(1) == "HK$11,737.19"
    assert texts["Entry fee (one lot)"].text(2) == "3"
    assert texts["One-lot success rate"].text(1) == "2.81 %"
    assert "3,911" in texts["One-lot success rate"].text(4)
    assert any(label.startswith("Lock-up: cornerstone") for label in texts)
    assert "02513" in panel.heading.text()


def view_sections() -> list[tuple[str, str]]:
    from desktop.ui.offers_view import SECTIONS

    return list(SECTIONS)


def test_add_an_offer_to_the_watchlist(qtbot, empty_ctx):
    from desktop.domain.offer.reader import read_document
    from desktop.store.offers import store_document
    from tests.offer.pdfs import fixture_pages

    store_document(
        empty_ctx.db, "https://x/notice.pdf", read_document(fixture_pages("notice_en.txt"))
    )
    win = MainWindow(empty_ctx, load_watchlist(empty_ctx.db_path))
    qtbot.addWidget(win)
    win.show()
    win.show_tab(Tab.OFFERS)  # built when first opened
    view = win.offers
    assert view is not None
    view.clock = lambda: datetime(2026, 1, 2, 4, 0, tzinfo=UTC)  # the offer is open
    view.refresh()
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=5000)
    assert cell(view, 0, "Stage") == "Open now"
    assert cell(view, 0, "Time left") == "3 d 0 h"  # noon HKT; applications close 5 January, noon
    assert not view.add_button.isEnabled()
    view.table.selectRow(0)
    assert view.add_button.isEnabled()
    with qtbot.waitSignal(view.company_added, timeout=5000) as added:
        view.add_button.click()
    assert isinstance(added.args[0], int)
    model = win.model
    issuer = "Example Atlas Technology Joint Stock Company Limited"
    qtbot.waitUntil(
        lambda: any(model.index(r, COL_NAME).data() == issuer for r in range(model.rowCount())),
        timeout=5000,
    )
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: not view.add_button.isEnabled(), timeout=5000)


def test_open_document_shows_each_value_with_its_page(qtbot, empty_ctx, tmp_path: Path):
    win = MainWindow(empty_ctx, load_watchlist(empty_ctx.db_path))
    qtbot.addWidget(win)
    path = tmp_path / "results.pdf"
    path.write_bytes(fixture_pdf("allotment_zh_hant.txt"))
    open_document(win, str(path))
    dialog = win.document_dialog
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=10_000)
    rows = {
        dialog.tree.topLevelItem(i).text(0): dialog.tree.topLevelItem(i)
        for i in range(dialog.tree.topLevelItemCount())
    }
    assert rows["One-lot success rate"].text(1) == "2.81 %"
    assert rows["Valid applications (HK)"].text(2) == "1"
    assert "Allotment results" in dialog.heading.text()
    assert dialog.keep_button.isEnabled()
    with qtbot.waitSignal(dialog.kept, timeout=5000):
        dialog.keep_button.click()
    from desktop.store.offer_views import read_offer_summaries

    [summary] = read_offer_summaries(empty_ctx.db)
    assert summary.value("one_lot_success_pct") == 2.81
    assert summary.facts["one_lot_success_pct"].url.startswith("file:")
    dialog.close()


def test_open_document_says_why_a_file_cannot_be_read(qtbot, empty_ctx, tmp_path: Path):
    win = MainWindow(empty_ctx, load_watchlist(empty_ctx.db_path))
    qtbot.addWidget(win)
    path = tmp_path / "broken.pdf"
    data = fixture_pdf("notice_en.txt")
    path.write_bytes(data[: len(data) // 2])
    open_document(win, str(path))
    dialog = win.document_dialog
    with qtbot.waitSignal(dialog.read_done, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: "cannot be read" in dialog.heading.text(), timeout=5000)
    assert "truncated" in dialog.heading.text()
    assert not dialog.keep_button.isEnabled()
    dialog.close()


def test_dropping_a_pdf_on_the_window_opens_it(qtbot, empty_ctx, tmp_path: Path):
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    win = MainWindow(empty_ctx, load_watchlist(empty_ctx.db_path))
    qtbot.addWidget(win)
    win.show()
    # File › Open document… and PDF drops are set up once the window has painted.
    qtbot.waitUntil(lambda: hasattr(win, "open_document_action"))
    path = tmp_path / "notice.pdf"
    path.write_bytes(fixture_pdf("notice_en.txt"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(win, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(win, event)
    qtbot.waitUntil(lambda: getattr(win, "document_dialog", None) is not None, timeout=5000)
    dialog = win.document_dialog
    qtbot.waitUntil(lambda: dialog.facts is not None, timeout=10_000)
    assert dialog.facts.doc_type == "formal_notice"
    assert win.open_document_action in win.menus["&File"].actions()
    dialog.close()
