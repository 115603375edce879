"""Every view follows the data: an edit, an add that claims earlier filings, an import,
a restore, a funding change and marking alerts read each show in every open view
without a manual refresh.  User writes run as named operations off the GUI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

from desktop.domain.company_rules import CompanyDraft
from desktop.services.changes import Change, app_changes
from desktop.services.operations import operation_events, wait_for_operations
from desktop.store.backup import backup_dir_for, backup_now, restore
from desktop.store.companies import add_company, all_companies
from desktop.store.funding import RoundDraft, add_round
from desktop.ui import data_files
from desktop.ui.actions import Tab
from desktop.ui.company_dialog import CompanyDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.watchlist_model import COL_NAME
from tests.ui.helpers import open_main_window, stage_shown, store_filing, when_modal


def open_window(qtbot: Any, data_dir: Path) -> MainWindow:
    return open_main_window(qtbot, data_dir)


def names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


def open_page(qtbot: Any, window: MainWindow, name: str) -> Any:
    window.filter_edit.clear()
    row = names(window).index(name)
    window.table.setCurrentIndex(window.model.index(row, COL_NAME))
    qtbot.waitUntil(
        lambda: (
            window.company_page is not None
            and window.detail_stack.currentWidget() is window.company_page
            and window.company_page.title.text() == name
        )
    )
    return window.company_page


def store_unmatched_proof(db: Any, filed_as: str) -> None:
    """An applicant's Application Proof that matches no watched company, as a poll
    stores it."""
    from desktop.services.polling import subject_key
    from desktop.sources.base import SourceItem
    from desktop.store.ingest import PreparedEvent, store_poll

    item = SourceItem(
        source="hkex_app",
        kind="application_proof",
        key="app:9:proof",
        names=(filed_as,),
        published=date.today(),
        title=f"{filed_as} - Application Proof (1st submission)",
        url="https://www1.hkexnews.hk/app/sehk/2026/9/a.pdf",
        raw={"board": "sehk"},
    )
    store_poll(
        db,
        "hkex_app",
        [PreparedEvent(item, None, None, subject_key((filed_as,)))],
        validators={},
        memory=None,
        items_seen=1,
        warning=None,
        interval_min=60,
    )


def operations_seen() -> list[str]:
    seen: list[str] = []
    operation_events().started.connect(seen.append)
    return seen


def test_the_company_page_follows_an_edit(qtbot: Any, data_dir: Path) -> None:
    window = open_window(qtbot, data_dir)
    page = open_page(qtbot, window, "StepFun")
    seen = operations_seen()

    def edit(dialog: CompanyDialog) -> None:
        dialog.sector.setText("Foundation models")
        dialog.notes.setPlainText("Watch the PHIP.")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_modal(edit)
    window.edit_company()
    qtbot.waitUntil(lambda: "Foundation models" in page.subtitle.text())
    assert page.notes.toPlainText() == "Watch the PHIP."
    assert "Save company" in seen


def test_the_company_page_reads_again_after_a_prices_poll(qtbot: Any, data_dir: Path) -> None:
    """The prices source keeps an A+H offer's A-share close and exchange rate itself
    (not as events): its poll's outcome makes the open page, and its Offer tab, read
    again."""
    from desktop.services.changes import Change, app_changes

    window = open_window(qtbot, data_dir)
    page = open_page(qtbot, window, "StepFun")
    loads: list[int] = []
    page.loaded.connect(loads.append)
    app_changes().announce(Change(sources=frozenset({"news"})))
    app_changes().announce(Change(sources=frozenset({"prices"})))
    qtbot.waitUntil(lambda: len(loads) == 1)
    assert loads == [page.company_id]


def test_an_add_that_claims_earlier_filings_shows_them_on_list_and_page(
    qtbot: Any, data_dir: Path
) -> None:
    window = open_window(qtbot, data_dir)
    store_unmatched_proof(window.ctx.db, "Unitree Robotics Co., Ltd.")

    def add(dialog: CompanyDialog) -> None:
        dialog.name.setText("Unitree Robotics")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_modal(add)
    window.add_company()
    qtbot.waitUntil(lambda: stage_shown(window, "Unitree Robotics") == "Application filed")
    page = window.company_page
    qtbot.waitUntil(
        lambda: (
            page is not None
            and page.title.text() == "Unitree Robotics"
            and page.stage_chip.text() == "Application filed"
        )
    )
    assert page.timeline.topLevelItemCount() >= 1
    assert "Application filed" in page.timeline.topLevelItem(0).text(1)
    qtbot.waitUntil(lambda: "1 earlier filing for it" in window.statusBar().currentMessage())


def test_delete_runs_as_an_operation_and_every_view_follows(qtbot: Any, data_dir: Path) -> None:
    window = open_window(qtbot, data_dir)
    open_page(qtbot, window, "MiniMax")
    seen = operations_seen()
    window.delete_company(confirm=False)
    qtbot.waitUntil(lambda: "MiniMax" not in names(window))
    assert "Delete company" in seen
    # The page shows no deleted company: the next one selected, or none.
    qtbot.waitUntil(
        lambda: (
            window.detail_stack.currentWidget() is window.no_selection
            or (
                window.selected_row() is not None
                and window.company_page.title.text() == window.selected_row().name
            )
        )
    )
    assert window.company_page.title.text() != "MiniMax" or (
        window.detail_stack.currentWidget() is window.no_selection
    )
    assert "9 companies" in window.count_label.text()


def test_an_import_refreshes_the_open_views(qtbot: Any, data_dir: Path, monkeypatch) -> None:
    window = open_window(qtbot, data_dir)

    def imported(_window: Any, db: Any) -> bool:  # what the import dialog stores
        add_company(db, CompanyDraft(name="Imported Robotics"))
        return True

    monkeypatch.setattr("desktop.ui.data_dialogs.import_watchlist_dialog", imported)
    window.import_watchlist()
    qtbot.waitUntil(lambda: "Imported Robotics" in names(window))


def test_a_restore_refreshes_the_list_the_page_and_the_charts(qtbot: Any, data_dir: Path) -> None:
    window = open_window(qtbot, data_dir)
    backup = backup_now(window.ctx.db_path, backup_dir_for(data_dir))
    add_company(window.ctx.db, CompanyDraft(name="After The Backup"))
    window.refresh()
    qtbot.waitUntil(lambda: "After The Backup" in names(window))
    window.show_tab(Tab.CHARTS)
    charts = window.charts
    assert charts is not None
    charts.setCurrentWidget(charts.compare_chart)
    compare = charts.compare_chart
    qtbot.waitUntil(lambda: any(c.label.startswith("After The Backup") for c in compare.companies))

    data_files.close_database(window)
    restore(backup, window.ctx.db_path)
    data_files.reopen_database(window)
    qtbot.waitUntil(
        lambda: not any(c.label.startswith("After The Backup") for c in compare.companies)
    )
    window.show_tab(Tab.WATCHLIST)
    qtbot.waitUntil(lambda: "After The Backup" not in names(window))


def test_the_charts_tab_follows_a_funding_change(qtbot: Any, data_dir: Path) -> None:
    window = open_window(qtbot, data_dir)
    window.show_tab(Tab.CHARTS)
    charts = window.charts
    assert charts is not None
    charts.setCurrentWidget(charts.compare_chart)
    compare = charts.compare_chart
    qtbot.waitUntil(lambda: bool(compare.companies))
    zhipu = next(c for c in all_companies(window.ctx.db) if c.name == "Zhipu AI")

    def raised(company: Any) -> float | None:
        return company.raised_before_ipo_usd

    before = next(raised(c) for c in compare.companies if c.company_id == zhipu.id)
    add_round(window.ctx.db, zhipu.id, RoundDraft(date=date(2025, 1, 2), amount_usd=123e6))
    app_changes().announce(Change(funding=frozenset({zhipu.id})))  # as the funding editor does
    qtbot.waitUntil(
        lambda: next(raised(c) for c in compare.companies if c.company_id == zhipu.id) != before
    )


def test_marking_read_is_an_operation_and_the_tray_count_follows(qtbot: Any, ctx: Any) -> None:
    from desktop.services.alert_service import AlertService
    from desktop.services.notifier import RecordingNotifier
    from desktop.store.alerts import load_rules, record_alerts
    from desktop.ui.alert_inbox import AlertInbox

    company_id, _key = store_filing(ctx.db, "Zhipu AI", "北京智谱华章科技股份有限公司", key="a:1")
    from desktop.store.events import company_events

    record_alerts(ctx.db, company_events(ctx.db, company_id), load_rules(ctx.db))
    service = AlertService(ctx.db, RecordingNotifier())
    counts: list[int] = []
    service.unread_changed.connect(counts.append)
    service.refresh_unread()
    qtbot.waitUntil(lambda: bool(counts) and counts[-1] >= 1)

    inbox = AlertInbox(ctx.db)
    qtbot.addWidget(inbox)
    inbox.show()
    qtbot.waitUntil(lambda: inbox.model.rowCount() >= 1)
    seen = operations_seen()
    inbox.mark_all_read()
    qtbot.waitUntil(lambda: counts[-1] == 0)  # the tray's count, through the change signal
    assert "Mark all read" in seen
    qtbot.waitUntil(lambda: inbox.status_label.text() == "")
    wait_for_operations()


def test_the_market_chart_follows_a_polls_outcome(qtbot: Any, data_dir: Path) -> None:
    from desktop.services.poller import Poller
    from desktop.services.polling import NewEvent, SourceOutcome
    from desktop.sources.base import SourceItem
    from desktop.store.ingest import PreparedEvent, store_poll

    window = open_window(qtbot, data_dir)
    window.show_tab(Tab.CHARTS)
    charts = window.charts
    assert charts is not None
    market = charts.market_chart
    qtbot.waitUntil(lambda: market.data is not None)
    assert not market.data.rows

    raw = {
        "code": "01234",
        "name": "NEW LISTING",
        "listing_date": "2026-03-02",
        "funds_raised_hkd": 2e9,
        "offer_price": 5.0,
        "board": "sehk",
    }
    item = SourceItem(
        source="hkex_new_listings",
        kind="listed",
        key="nlr:01234",
        names=("NEW LISTING",),
        published=date(2026, 3, 2),
        title="NEW LISTING listed",
        url=None,
        raw=raw,
    )
    stored = store_poll(
        window.ctx.db,
        "hkex_new_listings",
        [PreparedEvent(item, None, None, "new listing")],
        validators={},
        memory=None,
        items_seen=1,
        warning=None,
        interval_min=60,
    )
    event_id = stored[0].id if stored else 0
    outcome = SourceOutcome(
        "hkex_new_listings",
        ok=True,
        new_events=[
            NewEvent(event_id, None, None, "listed", None, date(2026, 3, 2), "", None, "x", "")
        ],
    )
    poller = Poller(window.ctx.db)  # not started: its outcome signal as a poll ends
    poller.source_finished.emit(outcome)
    qtbot.waitUntil(lambda: bool(market.data and market.data.rows))


def test_a_write_waits_for_a_polls_commit_off_the_gui_thread(qtbot: Any, data_dir: Path) -> None:
    import sqlite3

    from PySide6.QtCore import QTimer

    window = open_window(qtbot, data_dir)
    open_page(qtbot, window, "MiniMax")
    # Another process in the middle of its one-transaction poll holds the write lock.
    poll = sqlite3.connect(window.ctx.db_path, isolation_level=None)
    poll.execute("BEGIN IMMEDIATE")
    try:
        window.delete_company(confirm=False)  # returns at once: the write waits elsewhere
        ticks: list[int] = []
        timer = QTimer(window)
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(5)
        qtbot.waitUntil(lambda: len(ticks) >= 5)  # the window keeps running meanwhile
        timer.stop()
        assert "MiniMax" in names(window)
    finally:
        poll.execute("ROLLBACK")
        poll.close()
    qtbot.waitUntil(lambda: "MiniMax" not in names(window), timeout=30_000)
    wait_for_operations()


def test_a_burst_of_changes_reloads_a_view_once_and_loses_none(qtbot: Any, monkeypatch) -> None:
    """Nine sources starting and finishing within seconds: the view reloads at once on
    the first change, then once for all that came within ``COALESCE_MS`` of it."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QWidget

    from desktop.ui import follow

    monkeypatch.setattr(follow, "COALESCE_MS", 2000)
    view = QWidget()
    qtbot.addWidget(view)
    view.show()
    reloads: list[int] = []
    follow.follow_changes(view, lambda change: change.any_sources, lambda: reloads.append(1))
    app_changes().announce(Change(sources=frozenset({"csrc"})))
    qtbot.waitUntil(lambda: len(reloads) == 1)
    for source in ("hkex_app", "news", "prices", "cninfo"):
        app_changes().announce(Change(sources=frozenset({source})))
        QCoreApplication.processEvents()
    assert len(reloads) == 1  # not yet: the burst is gathered
    qtbot.waitUntil(lambda: len(reloads) == 2, timeout=5000)  # the last change is not lost
    app_changes().announce(Change(alerts=True))  # not its concern
    QCoreApplication.processEvents()
    assert len(reloads) == 2


def test_a_chart_given_the_data_it_shows_draws_nothing_again(qtbot: Any, data_dir: Path) -> None:
    from dataclasses import replace

    window = open_window(qtbot, data_dir)
    window.show_tab(Tab.CHARTS)
    market = window.charts.market_chart  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: market.data is not None)
    drawn: list[int] = []
    loaded: list[int] = []
    real_render = market._render
    market._render = lambda: (drawn.append(1), real_render())  # type: ignore[method-assign]
    market.loaded.connect(lambda: loaded.append(1))
    market.set_data(replace(market.data))  # equal data, another object (a new read)
    assert loaded == [1] and drawn == []
    listing = {"code": "09999", "name": "NEW", "listing_date": date(2026, 3, 2)}
    listing.update(funds_raised_hkd=2e9, offer_price=5.0, board="sehk")
    market.set_data(replace(market.data, rows=[*market.data.rows, listing]))
    assert loaded == [1, 1] and drawn == [1]


def test_the_company_page_redraws_only_when_what_it_shows_changed(
    qtbot: Any, data_dir: Path
) -> None:
    window = open_window(qtbot, data_dir)
    page = open_page(qtbot, window, "StepFun")
    drawn: list[int] = []
    loads: list[int] = []
    real_show = page.show_data
    page.show_data = lambda data, today=None: (drawn.append(1), real_show(data, today))  # type: ignore[method-assign]
    page.loaded.connect(loads.append)
    app_changes().announce(Change(sources=frozenset({"prices"})))  # nothing of its own changed
    qtbot.waitUntil(lambda: len(loads) == 1)
    assert drawn == []
    company_id = page.company_id
    window.ctx.db.engine.dispose()
    import sqlite3

    con = sqlite3.connect(window.ctx.db_path)
    con.execute("UPDATE company SET notes = 'Edited elsewhere' WHERE id = ?", (company_id,))
    con.commit()
    con.close()
    filings: list[int] = []
    real_filings = page._show_filings
    page._show_filings = lambda data: (filings.append(1), real_filings(data))  # type: ignore[method-assign]
    app_changes().announce(Change.of_company(company_id))
    qtbot.waitUntil(lambda: len(loads) == 2)
    assert drawn == [1] and page.notes.toPlainText() == "Edited elsewhere"
    assert filings == []  # its filings are as they were: the timeline and events stay
    count = page.events.topLevelItemCount()
    store_filing(window.ctx.db, "StepFun", "StepFun Inc.", key="page-redraw-1")
    app_changes().announce(Change(events=frozenset({company_id})))
    qtbot.waitUntil(lambda: len(loads) == 3)
    assert filings == [1] and page.events.topLevelItemCount() == count + 1
