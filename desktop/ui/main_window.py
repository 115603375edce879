"""The main window: watchlist on the left, the selected company on the right."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.context import AppContext
from desktop.store.fastread import WatchlistRow, load_watchlist
from desktop.ui.item_table import Prepared
from desktop.ui.watchlist_model import COL_NAME, WatchlistModel

log = logging.getLogger(__name__)


def _empty_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setMargin(24)
    label.setStyleSheet("color: palette(placeholder-text); font-size: 13pt;")
    return label


class MainWindow(QMainWindow):
    first_painted = Signal()
    watchlist_changed = Signal()

    def __init__(self, ctx: AppContext, rows: list[WatchlistRow]) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(APP_NAME)
        self.resize(1320, 800)
        self._painted = False
        self._pending_select: int | None = None
        self._pending_event: int | None = None
        self._watchlist_reads = 0  # the newest read of the watchlist asked for
        self._page_reads = 0  # the newest read of a company page asked for
        self._page: Any = None  # CompanyPage, built on first selection

        self.model = WatchlistModel(rows, self)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter by name, alias, code or tag  (Ctrl+F)")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((210, 110, 120, 230, 60, 240)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_company())
        self.table.viewport().installEventFilter(self)

        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.empty_list = _empty_label(
            "Your watchlist is empty.\n\nAdd a company with File › Add company (Ctrl+N), "
            "or bring one in from the pipeline."
        )
        self.no_match = _empty_label("")
        self.list_stack.addWidget(self.empty_list)
        self.list_stack.addWidget(self.no_match)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.list_stack, 1)

        self.detail_stack = QStackedWidget()
        self.no_selection = _empty_label(
            "Select a company to see its status timeline, events and facts."
        )
        self.detail_stack.addWidget(self.no_selection)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([800, 520])

        # Pipeline and Sources are built when first opened: start-up shows the watchlist.
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, "Watchlist")
        self.tabs.addTab(QWidget(), "Pipeline")
        self.tabs.addTab(QWidget(), "Sources")
        self.tabs.addTab(QWidget(), "Alerts")
        self.tabs.addTab(QWidget(), "Charts")
        self.charts: Any = None
        self.inbox: Any = None
        self.tray: Any = None
        self.alerts: Any = None
        self.services: dict[str, Any] = {}
        self._quitting = False
        self.tabs.currentChanged.connect(self._tab_changed)
        self.pipeline_view: Any = None
        self.sources_view: Any = None
        self.poller: Any = None
        self.setCentralWidget(self.tabs)

        self.count_label = QLabel()
        self.poll_label = QLabel()
        self.poll_bar = QProgressBar()
        self.poll_bar.setRange(0, 0)
        self.poll_bar.setMaximumWidth(120)
        self.poll_bar.setMaximumHeight(14)
        self.poll_bar.hide()
        self.statusBar().addPermanentWidget(self.poll_label)
        self.statusBar().addPermanentWidget(self.poll_bar)
        self.statusBar().addPermanentWidget(self.count_label)
        self._build_actions()
        from desktop.ui.offers_view import install_offers

        self.offers = install_offers(self)
        self._restore_state()
        self._update_list_state()

    # -- menus and shortcuts
    def _build_actions(self) -> None:
        def action(text: str, slot: Any, shortcut: Any = None, tip: str = "") -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.setStatusTip(tip)
            act.triggered.connect(slot)
            return act

        self.add_action = action(
            "&Add company…",
            self.add_company,
            QKeySequence.StandardKey.New,
            "Add a company to the watchlist",
        )
        self.edit_action = action(
            "&Edit company…", self.edit_company, "Ctrl+E", "Edit the selected company"
        )
        self.delete_action = action(
            "&Delete company…",
            lambda: self.delete_company(),  # triggered(checked) must not fill `confirm`
            QKeySequence.StandardKey.Delete,
            "Remove the selected company from the watchlist",
        )
        self.quit_action = action("&Quit", self.quit_app, QKeySequence.StandardKey.Quit)
        self.find_action = action(
            "&Filter", self._focus_filter, QKeySequence.StandardKey.Find, "Filter the watchlist"
        )
        self.refresh_action = action(
            "&Refresh", self.refresh, QKeySequence.StandardKey.Refresh, "Reload the watchlist"
        )
        self.about_action = action(f"&About {APP_NAME}", self._about)
        self.preferences_action = action(
            "&Preferences…",
            self.edit_preferences,
            QKeySequence.StandardKey.Preferences,
            "Alerts, quiet hours, start at login",
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.poll_all_action = action(
            "&Poll all sources now",
            lambda: self.poll_now(None),
            "Ctrl+R",
            "Ask every enabled source for news now",
        )
        self.poll_all_action.setEnabled(False)
        self.show_pipeline_action = action(
            "&Pipeline",
            lambda: self.tabs.setCurrentIndex(1),
            "Ctrl+2",
            "Every Hong Kong applicant seen",
        )
        self.show_sources_action = action(
            "&Sources", lambda: self.tabs.setCurrentIndex(2), "Ctrl+3", "Source health and schedule"
        )
        self.show_alerts_action = action(
            "&Alerts",
            lambda: self.tabs.setCurrentIndex(3),
            "Ctrl+4",
            "Every alert, read and unread",
        )
        self.show_charts_action = action(
            "&Charts",
            lambda: self.tabs.setCurrentIndex(4),
            "Ctrl+5",
            "The Hong Kong IPO market, companies compared",
        )
        self.show_watchlist_action = action(
            "&Watchlist", lambda: self.tabs.setCurrentIndex(0), "Ctrl+1", "The companies you follow"
        )

        self.file_menu = self.menuBar().addMenu("&File")
        for act in (self.add_action, self.edit_action, self.delete_action):
            self.file_menu.addAction(act)
        self.file_menu.addSeparator()
        self.import_action = action("&Import watchlist…", self.import_watchlist)
        self.export_watchlist_action = action("Export &watchlist…", self._export("watchlist"))
        self.export_events_action = action("Export &events…", self._export("events"))
        self.export_calendar_action = action("Export key &dates (.ics)…", self._export("calendar"))
        self.backups_action = action(
            "&Backups…", self.show_backups, None, "Back up now or restore an earlier backup"
        )
        for act in (
            self.import_action,
            self.export_watchlist_action,
            self.export_events_action,
            self.export_calendar_action,
        ):
            self.file_menu.addAction(act)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backups_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.preferences_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu("&View")
        self.view_menu.addAction(self.find_action)
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addSeparator()
        for act in (
            self.show_watchlist_action,
            self.show_pipeline_action,
            self.show_sources_action,
            self.show_alerts_action,
            self.show_charts_action,
        ):
            self.view_menu.addAction(act)
        self.sources_menu = self.menuBar().addMenu("&Sources")
        self.sources_menu.addAction(self.poll_all_action)
        self.help_menu = self.menuBar().addMenu("&Help")
        self.help_menu.addAction(self.about_action)
        from desktop.ui.help_dialog import add_help_actions, show_first_start_note

        add_help_actions(self, self.help_menu)  # guide, glossary, shortcuts
        self.first_start_note = show_first_start_note(self, self._settings())
        self._update_actions()

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _about(self) -> None:
        from desktop.ui.about import show_about

        show_about(self, str(self.ctx.data_dir))

    # -- pipeline, sources, polling
    def _tab_changed(self, index: int) -> None:
        if index == 1 and self.pipeline_view is None:
            from desktop.ui.pipeline_view import PipelineView

            self.pipeline_view = PipelineView(self.ctx.db)
            self.pipeline_view.company_added.connect(lambda cid: self.refresh(select_id=cid))
            self.pipeline_view.open_company.connect(self._open_from_pipeline)
            self._replace_tab(1, self.pipeline_view, "Pipeline")
            self.pipeline_view.refresh()
        elif index == 4 and self.charts is None:
            self._build_charts()
        elif index == 3 and self.inbox is None:
            self._build_inbox()
            self.tabs.setCurrentIndex(3)
        elif index == 2 and self.sources_view is None:
            from desktop.ui.sources_view import SourcesView

            self.sources_view = SourcesView(self.ctx.db, self.poller)
            self._replace_tab(2, self.sources_view, "Sources")
            self.sources_view.refresh()

    def _build_charts(self) -> None:
        """The Hong Kong IPO market and the side-by-side comparison (pyqtgraph loads here)."""
        from desktop.ui.charts.compare_chart import CompareChart
        from desktop.ui.charts.market_chart import MarketChart

        self.charts = QTabWidget()
        self.charts.setDocumentMode(True)
        self.market_chart = MarketChart()
        self.compare_chart = CompareChart()
        self.charts.addTab(self.market_chart, "Hong Kong IPO market")
        self.charts.addTab(self.compare_chart, "Compare companies")
        self._replace_tab(4, self.charts, "Charts")
        self.market_chart.set_database(self.ctx.db)
        self.compare_chart.set_database(self.ctx.db)

    def _build_inbox(self) -> None:
        from desktop.ui.alert_inbox import AlertInbox

        self.inbox = AlertInbox(self.ctx.db)
        self.inbox.open_event.connect(self.open_event)
        if self.tray is not None:
            self.inbox.unread_changed.connect(self.tray.set_unread)
        self.inbox.unread_changed.connect(self._show_unread)
        if self.alerts is not None:
            self.alerts.alerts_recorded.connect(self.inbox.refresh)
        self._replace_tab(3, self.inbox, "Alerts")
        self.inbox.refresh()

    def attach_tray(self, tray: Any) -> None:
        self.tray = tray
        if hasattr(tray, "alerts_requested"):  # "Show alerts (N)" in the tray menu
            tray.alerts_requested.connect(self.show_alerts)

    def attach_alerts(self, alerts: Any) -> None:
        self.alerts = alerts
        alerts.unread_changed.connect(self._show_unread)
        if self.inbox is not None:
            alerts.alerts_recorded.connect(self.inbox.refresh)

    def _show_unread(self, count: int) -> None:
        self.tabs.setTabText(3, f"Alerts ({count})" if count else "Alerts")

    def pause_alerts(self, until: Any) -> None:
        from desktop.services.tasks import run_task
        from desktop.store.alerts import load_rules, save_rules

        def save() -> None:
            import dataclasses

            save_rules(
                self.ctx.db, dataclasses.replace(load_rules(self.ctx.db), paused_until=until)
            )

        run_task(save, on_error=self._show_error)
        if self.tray is not None:
            self.tray.set_paused(until)
        self.statusBar().showMessage(
            f"Alerts paused until {until:%Y-%m-%d %H:%M}." if until else "Alerts resumed.", 5000
        )

    def import_watchlist(self) -> None:
        from desktop.ui.data_dialogs import import_watchlist_dialog

        if import_watchlist_dialog(self, self.ctx.db):
            self.refresh()

    def _export(self, what: str) -> Any:
        def run() -> None:
            from desktop.ui import data_dialogs

            getattr(data_dialogs, f"export_{what}_dialog")(self, self.ctx.db)

        return run

    def show_backups(self) -> None:
        from desktop.store.backup import backup_dir_for
        from desktop.ui.data_dialogs import BackupDialog

        dialog = BackupDialog(
            self.ctx.db_path,
            backup_dir_for(self.ctx.data_dir),
            self,
            before_restore=self._close_database,
        )
        dialog.restored.connect(self._reopen_database)
        dialog.restore_failed.connect(self._reopen_database)
        dialog.exec()

    def _close_database(self) -> None:
        """Before a restore replaces the file: stop polling, close every connection."""
        if self.poller is not None:
            self.poller.stop()
        self.ctx.db.dispose()

    def _reopen_database(self, _message: str = "") -> None:
        """After a restore (or a failed one): migrate if the backup is older, poll again."""
        from desktop.app import prepare_database

        prepare_database(self.ctx)
        if self.poller is not None:
            self.poller.start()
        self.refresh()
        for view in (self.pipeline_view, self.inbox):
            if view is not None:
                view.refresh()
        self.statusBar().showMessage("Database reloaded.", 5000)

    def edit_preferences(self) -> None:
        from desktop.services import autostart
        from desktop.store.alerts import load_rules, save_rules
        from desktop.ui.preferences import PreferencesDialog

        companies = [(row.id, row.name) for row in self.model.all_rows()]
        was_on = autostart.is_enabled()
        dialog = PreferencesDialog(load_rules(self.ctx.db), companies, was_on, parent=self)
        if not dialog.exec():
            return
        save_rules(self.ctx.db, dialog.rules())
        if dialog.wants_autostart() != was_on:
            try:
                autostart.set_enabled(
                    dialog.wants_autostart(), autostart.launch_command(self.ctx.data_dir)
                )
            except OSError as exc:
                QMessageBox.warning(self, "Start at login", f"Could not change it: {exc}")
        self.statusBar().showMessage("Preferences saved.", 4000)

    def bring_to_front(self) -> None:
        self.show()
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        self.raise_()
        self.activateWindow()

    def open_event(self, company_id: int, event_id: int) -> None:
        """Open the app at this event on the company page (from a notification or the inbox)."""
        self.bring_to_front()
        self.tabs.setCurrentIndex(0 if company_id >= 0 or event_id >= 0 else 3)  # digest: Alerts
        if company_id >= 0:
            self.select_company(company_id, event_id if event_id >= 0 else None)
        if event_id >= 0:  # the alert has been seen now
            from desktop.services.tasks import run_task
            from desktop.store.alert_reads import mark_event_read

            run_task(mark_event_read, self.ctx.db, event_id, on_done=self._read_changed)

    def _read_changed(self, changed: int = 1) -> None:
        if not changed:
            return
        if self.inbox is not None:
            self.inbox.refresh()
        elif self.alerts is not None:
            self.alerts.refresh_unread()

    def show_alerts(self) -> None:
        self.bring_to_front()
        self.tabs.setCurrentIndex(3)

    def _replace_tab(self, index: int, widget: QWidget, title: str) -> None:
        self.tabs.blockSignals(True)
        old = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, title)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        if old is not None:
            old.deleteLater()

    def _open_from_pipeline(self, company_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        self.select_company(company_id)

    def attach_poller(self, poller: Any) -> None:
        self.poller = poller
        self.poll_all_action.setEnabled(True)
        poller.source_started.connect(self._source_started)
        poller.busy_changed.connect(self._busy_changed)
        poller.source_finished.connect(self._source_finished)
        poller.start_failed.connect(lambda message: self.statusBar().showMessage(message))
        if self.sources_view is not None:
            self.sources_view.set_poller(poller)
        poller.source_finished.connect(self.offers.source_finished)

    def poll_now(self, source_id: str | None) -> None:
        if self.poller is None:
            return
        asked = self.poller.poll_now(source_id)
        if not asked:
            self.statusBar().showMessage("Already polling.", 3000)

    def _source_started(self, source_id: str) -> None:
        from desktop.sources.registry import TITLES

        self.poll_label.setText(f"Polling {TITLES.get(source_id, source_id)}…")

    def _busy_changed(self, _running: frozenset[str]) -> None:
        # Signals from several workers can arrive out of order: ask for the truth.
        running = self.poller.running() if self.poller is not None else _running
        self.poll_bar.setVisible(bool(running))
        if not running:
            self.poll_label.setText("")

    def _source_finished(self, outcome: Any) -> None:
        from desktop.sources.registry import TITLES

        title = TITLES.get(outcome.source_id, outcome.source_id)
        watched = [e for e in outcome.new_events if e.company_id is not None]
        if not outcome.ok:
            from desktop.domain.source_errors import explain

            said = explain(outcome.source_id, outcome.error or "")  # detail: tool tip, log
            self.statusBar().showMessage(f"{title}: {said.short} {said.next_step}", 15000)
            self.statusBar().setToolTip(said.tooltip)
        elif watched:
            self.statusBar().showMessage(f"{title}: {len(watched)} new for the watchlist", 10000)
        if watched:
            self.refresh()
            shown = self.selected_row()
            if shown is not None and any(e.company_id == shown.id for e in watched):
                self._load_company(shown.id)  # its page has news
        if outcome.new_events and self.pipeline_view is not None:
            self.pipeline_view.refresh_new()

    # -- state
    def _settings(self) -> QSettings:
        return QSettings(str(self.ctx.settings_path), QSettings.Format.IniFormat)

    def _restore_state(self) -> None:
        settings = self._settings()
        for key, restore in (
            ("window/geometry", self.restoreGeometry),
            ("window/state", self.restoreState),
            ("window/splitter", self.splitter.restoreState),
            ("window/columns", self.table.horizontalHeader().restoreState),
        ):
            value = settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)

    def save_state(self) -> None:
        settings = self._settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/columns", self.table.horizontalHeader().saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.tray is not None and not self._quitting:
            # Keep running in the tray; say so the first time.
            event.ignore()
            self.hide()
            settings = self._settings()
            if not settings.value("tray/told", False, type=bool):
                self.tray.icon.showMessage(
                    APP_NAME,
                    "Still watching in the tray. Use Quit in the tray menu to stop.",
                )
                settings.setValue("tray/told", True)
            return
        super().closeEvent(event)

    def quit_app(self) -> None:
        self._quitting = True
        self.save_state()
        from PySide6.QtWidgets import QApplication

        if self.tray is not None:
            self.tray.icon.hide()
        QApplication.quit()

    # -- first paint
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._painted
            and event.type() == QEvent.Type.Paint
            and watched is self.table.viewport()
        ):
            self._painted = True
            # Done watching: a filter left in place is a call into Python per event.
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.first_painted.emit)
        return super().eventFilter(watched, event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.model.total() == 0 and not self._painted:
            # Nothing to paint in the table: the empty state is the first paint.
            self._painted = True
            QTimer.singleShot(0, self, self.first_painted.emit)

    # -- watchlist
    def selected_row(self) -> WatchlistRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row())

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter_text(text)
        self._update_list_state()

    def _update_list_state(self) -> None:
        total = self.model.total()
        shown = self.model.rowCount()
        if total == 0:
            self.list_stack.setCurrentWidget(self.empty_list)
        elif shown == 0:
            self.no_match.setText(
                f"No company matches “{self.filter_edit.text()}”.\n\n"
                "Try fewer words, an alias or a stock code, or add the company (Ctrl+N)."
            )
            self.list_stack.setCurrentWidget(self.no_match)
        else:
            self.list_stack.setCurrentWidget(self.table)
        listed = sum(1 for row in self.model.rows() if row.stage == "listed")
        text = f"{total} companies · {listed} listed"
        if shown != total:
            text = f"{shown} of {text}"
        self.count_label.setText(text)
        self._update_actions()

    def _update_actions(self) -> None:
        has = self.selected_row() is not None
        self.edit_action.setEnabled(has)
        self.delete_action.setEnabled(has)

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the watchlist in the background, keeping (or moving) the selection."""
        from desktop.services.tasks import run_task

        current = self.selected_row()
        self._pending_select = (
            select_id if select_id is not None else (current.id if current else None)
        )
        self._watchlist_reads += 1
        read = self._watchlist_reads
        run_task(
            self._read_watchlist,
            self.ctx.db_path,
            on_done=lambda prepared: self._rows_loaded(prepared, read),
            on_error=self._show_error,
        )

    def _read_watchlist(self, path: Path) -> Prepared[WatchlistRow]:
        """(loader thread) The rows, with the table's cells made ready."""
        return self.model.prepare(load_watchlist(path))

    def new_day(self) -> None:
        """The date changed (the stage summaries were just recomputed): whatever counts
        days or lapses from today is shown again."""
        self.refresh()
        shown = self.selected_row()
        if shown is not None:
            self._load_company(shown.id)
        if self.pipeline_view is not None:
            self.pipeline_view.refresh()

    def _rows_loaded(self, prepared: Prepared[WatchlistRow], read: int | None = None) -> None:
        if read is not None and read != self._watchlist_reads:
            return  # a newer read is on its way (reads may finish out of order)
        self.model.apply(prepared)
        self._update_list_state()
        target = self._pending_select
        self._pending_select = None
        if target is not None and not self.select_company(target):
            self._show_company(None)
        self.watchlist_changed.emit()

    def select_company(self, company_id: int, event_id: int | None = None) -> bool:
        row = self.model.row_of(company_id)
        if row < 0:
            if not self.model.has(company_id):
                return False
            self.filter_edit.clear()  # filtered out: clear the filter to show it
            row = self.model.row_of(company_id)
        index = self.model.index(row, 0)
        self._pending_event = event_id
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        if event_id is not None and self._page is not None and self._page.company_id == company_id:
            self._load_company(company_id)
        return True

    def _current_changed(self, current: Any, _previous: Any) -> None:
        self._update_actions()
        row = self.model.row_at(current.row()) if current.isValid() else None
        self._show_company(row.id if row else None)

    def _show_company(self, company_id: int | None) -> None:
        if company_id is None:
            self.detail_stack.setCurrentWidget(self.no_selection)
            return
        self._load_company(company_id)

    def _load_company(self, company_id: int) -> None:
        from desktop.services.company_data import load_company_page
        from desktop.services.tasks import run_task

        self._page_reads += 1
        read = self._page_reads
        run_task(
            load_company_page,
            self.ctx.db,
            company_id,
            on_done=lambda data: self._company_loaded(data, read),
            on_error=self._show_error,
        )

    def _company_loaded(self, data: Any, read: int | None = None) -> None:
        if read is not None and read != self._page_reads:
            return  # a newer read is on its way
        current = self.selected_row()
        if data is None or current is None or current.id != data.company.id:
            return  # the user moved on while it loaded
        if self._page is None:
            from desktop.ui.company_page import CompanyPage

            self._page = CompanyPage()
            self._page.set_database(self.ctx.db)
            self._page.funding_changed.connect(lambda _cid: self.refresh())  # rounds to review
            self.detail_stack.addWidget(self._page)
        self._page.show_data(data)
        self.detail_stack.setCurrentWidget(self._page)
        if self._pending_event is not None:
            self._page.select_event(self._pending_event)
            self._pending_event = None

    @property
    def company_page(self) -> Any:
        return self._page

    def _show_error(self, exc: BaseException) -> None:
        log.error("%s", exc)
        self.statusBar().showMessage(f"Could not load: {exc}", 8000)

    # -- add / edit / delete
    def add_company(self) -> None:
        from desktop.store.companies import add_company
        from desktop.ui.company_dialog import CompanyDialog

        created: list[int] = []

        def submit(draft: Any) -> None:
            created.append(add_company(self.ctx.db, draft).id)  # type: ignore[arg-type]

        dialog = CompanyDialog(submit, parent=self)
        if dialog.exec() and created:
            self._after_company_added(created[0])

    def _after_company_added(self, company_id: int) -> None:
        from desktop.services.tasks import run_task
        from desktop.store.pipeline import claim_history

        self.statusBar().showMessage("Company added.", 4000)
        self.refresh(select_id=company_id)

        def claimed(count: int) -> None:
            if count:
                self.statusBar().showMessage(f"Found {count} earlier filings for it.", 6000)
                self.refresh(select_id=company_id)
                self._pipeline_changed()  # its applicant is on the watchlist now

        run_task(claim_history, self.ctx.db, company_id, on_done=claimed, on_error=self._show_error)

    def edit_company(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from desktop.store.companies import draft_of, get_company, update_company
        from desktop.ui.company_dialog import CompanyDialog

        company = get_company(self.ctx.db, row.id)
        if company is None:
            self.refresh()
            return
        dialog = CompanyDialog(
            lambda d: update_company(self.ctx.db, row.id, d), draft_of(company), parent=self
        )
        if dialog.exec():
            self.statusBar().showMessage("Company saved.", 4000)
            self.refresh(select_id=row.id)

    def delete_company(self, *, confirm: bool = True) -> None:
        row = self.selected_row()
        if row is None:
            return
        if confirm and not self._confirm_delete(row.id, row.name):
            return
        from desktop.store.companies import delete_company

        delete_company(self.ctx.db, row.id)
        self.statusBar().showMessage(f"Removed {row.name}.", 4000)
        self.refresh()
        self._pipeline_changed()  # its applicant is no longer on the watchlist

    def _confirm_delete(self, company_id: int, name: str) -> bool:
        """Ask before deleting, naming what goes with the company."""
        from desktop.store.companies import deletion_summary

        lost = deletion_summary(self.ctx.db, company_id)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Delete company")
        box.setText(f"Delete “{name}” from the watchlist?")
        detail = "It is removed together with " + (", ".join(lost) if lost else "nothing else")
        box.setInformativeText(
            detail + ".\n\nIts filings stay in the pipeline, so you can add it back later, "
            "but what you typed yourself cannot be recovered (except from a backup)."
        )
        delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    def _pipeline_changed(self) -> None:
        if self.pipeline_view is not None:
            self.pipeline_view.refresh()
