"""The main window: the tabs, the menus and the status bar.

The watchlist pane sits left of the company page; the other tabs are built when first
opened.  Every action is declared in ``actions``; the window binds each to a handler.
Views reload through the change signal (``services/changes``) and every write is an
operation (``services/operations``, ``company_actions``): nothing refreshes by hand.
Extension points: ``add_tab(Tab.X, widget, title)`` and ``company_page.add_section``."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QWidget,
)

from desktop import APP_NAME
from desktop.context import AppContext
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services.changes import Change, app_changes
from desktop.services.operations import Operation, operation_events, operation_label
from desktop.store import settings as keys
from desktop.store.fastread import WatchlistRow
from desktop.ui import actions as _actions
from desktop.ui import window_host
from desktop.ui.actions import ACTIONS, HELP_MENU, MENUS, SHOW_TAB, Act, Tab, make_action
from desktop.ui.poll_status import PollStatus
from desktop.ui.watchlist_model import WatchlistModel
from desktop.ui.watchlist_pane import FilterEdit, WatchlistPane, empty_label

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QShowEvent
    from PySide6.QtWidgets import QMenu

    from desktop.services.alert_service import AlertService
    from desktop.services.poller import Poller
    from desktop.ui.alert_inbox import AlertInbox
    from desktop.ui.charts.charts_tab import ChartsTab
    from desktop.ui.company_page import CompanyPage
    from desktop.ui.offers_view import OffersView
    from desktop.ui.pipeline_view import PipelineView
    from desktop.ui.sources_view import SourcesView
    from desktop.ui.tray import Tray

log = logging.getLogger(__name__)
ALERTS_READ = Change(alerts=True)


# The File menu's helpers load when first used: the first paint needs neither.
def _company_actions() -> ModuleType:
    from desktop.ui import company_actions

    return company_actions


def _data_files() -> ModuleType:
    from desktop.ui import data_files

    return data_files


class MainWindow(QMainWindow):
    first_painted = Signal()
    watchlist_changed = Signal()  # the watchlist's rows were (re)loaded

    def __init__(self, ctx: AppContext, rows: list[WatchlistRow]) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(APP_NAME)
        self.resize(window_host.fitted_size(1320, 800))  # never larger than the screen
        self._quitting = False
        self._pending_event: int | None = None
        self._splitter_dragged = False
        self._page: CompanyPage | None = None
        self.pipeline_view: PipelineView | None = None
        self.sources_view: SourcesView | None = None
        self.inbox: AlertInbox | None = None
        self.charts: ChartsTab | None = None
        self.tray: Tray | None = None
        self.alerts: AlertService | None = None
        self.poller: Poller | None = None
        self.services: dict[str, object] = {}

        # Neither this nor the pane touches PySide's ``Qt`` namespace before the first paint
        # (see item_table): the saved header brings the sort without it.
        self.pane = WatchlistPane(ctx.db_path, rows, header_state=window_host.saved_header(self))
        self.pane.current_changed.connect(self._show_company)
        self.pane.activated.connect(self.edit_company)
        self.pane.rows_loaded.connect(self.watchlist_changed.emit)
        self.pane.rows_loaded.connect(self._update_actions)
        self.pane.first_painted.connect(self.first_painted.emit)

        self.detail_stack = QStackedWidget()
        self.detail_stack.setMinimumWidth(360)  # its pages' contents never push the splitter
        self.no_selection = empty_label(
            self.tr("Select a company to see its status timeline, events and facts.")
        )
        self.detail_stack.addWidget(self.no_selection)

        self.splitter = QSplitter()  # side by side
        self.splitter.addWidget(self.pane)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([800, 520])
        self.splitter.splitterMoved.connect(self._splitter_moved)

        # Tabs other than the watchlist are built when first opened.
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for tab in Tab:
            self.tabs.addTab(self.splitter if tab is Tab.WATCHLIST else QWidget(), tab.title)
        self._builders: dict[Tab, Callable[[], QWidget]] = {
            Tab.PIPELINE: self._build_pipeline,
            Tab.SOURCES: self._build_sources,
            Tab.ALERTS: self._build_inbox,
            Tab.CHARTS: self._build_charts,
            Tab.OFFERS: lambda: window_host.build_offers(self),
        }
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)

        self.count_label = QLabel()
        self.poll_status = PollStatus(self.statusBar())
        self.poll_label, self.poll_bar = self.poll_status.label, self.poll_status.bar
        self.statusBar().addPermanentWidget(self.count_label)
        self.pane.counts_changed.connect(self.count_label.setText)
        self.pane._update_state()
        operation_events().failed.connect(self._operation_failed)

        self.actions_by_id: dict[Act, QAction] = {}
        self.offers: OffersView | None = None  # the Offers tab, once first opened
        self._build_actions()
        self.first_painted.connect(  # what the first paint need not wait for
            lambda: QTimer.singleShot(0, self, lambda: window_host.after_paint(self))
        )
        window_host.restore_state(self)

    # -- the watchlist pane's parts, by their old names
    @property
    def model(self) -> WatchlistModel:
        return self.pane.model

    @property
    def table(self) -> QTableView:
        return self.pane.table

    @property
    def filter_edit(self) -> FilterEdit:
        return self.pane.filter_edit

    @property
    def company_page(self) -> CompanyPage | None:
        return self._page

    # -- actions and menus
    def handlers(self) -> dict[Act, Callable[[], object]]:
        handlers: dict[Act, Callable[[], object]] = {
            Act.ADD_COMPANY: self.add_company,
            Act.EDIT_COMPANY: self.edit_company,
            Act.DELETE_COMPANY: lambda: self.delete_company(),  # not triggered(checked)
            Act.IMPORT: self.import_watchlist,
            Act.EXPORT_WATCHLIST: lambda: self._export("watchlist"),
            Act.EXPORT_EVENTS: lambda: self._export("events"),
            Act.EXPORT_CALENDAR: lambda: self._export("calendar"),
            Act.BACKUPS: self.show_backups,
            Act.PREFERENCES: self.edit_preferences,
            Act.QUIT: self.quit_app,
            Act.FILTER: self.pane.focus_filter,
            Act.REFRESH: lambda: app_changes().announce(Change.all()),
            Act.NEXT_TAB: lambda: self._step_tab(1),
            Act.PREVIOUS_TAB: lambda: self._step_tab(-1),
            Act.POLL_ALL: lambda: self.poll_now(None),
            Act.ABOUT: self._about,
        }
        for act, tab in SHOW_TAB.items():
            handlers[act] = self._tab_shower(tab)
        return handlers

    def _tab_shower(self, tab: Tab) -> Callable[[], None]:
        return lambda: self.show_tab(tab)

    def _build_actions(self) -> None:
        handlers = self.handlers()
        for act, spec in ACTIONS.items():
            action = make_action(spec, self)
            action.triggered.connect(lambda _checked=False, run=handlers[act]: run())
            self.actions_by_id[act] = action
            self.addAction(action)  # its key works wherever the focus is in the window
        self.menus: dict[str, QMenu] = {}
        for title, acts in MENUS:
            menu = self.menuBar().addMenu(_actions.menu_title(title))
            self.menus[title] = menu
            for entry in acts:
                if entry is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.actions_by_id[entry])
        self.action(Act.POLL_ALL).setEnabled(False)
        self._update_actions()

    def action(self, act: Act) -> QAction:
        return self.actions_by_id[act]

    help_menu = property(lambda self: self.menus[HELP_MENU])

    @property
    def delete_action(self) -> QAction:
        return self.action(Act.DELETE_COMPANY)

    def _update_actions(self) -> None:
        has = self.selected_row() is not None
        for act, spec in ACTIONS.items():
            if spec.needs_selection:
                self.action(act).setEnabled(has)

    def _about(self) -> None:
        from desktop.ui.about import show_about

        show_about(self, str(self.ctx.data_dir))

    def _operation_failed(self, name: str, message: str) -> None:
        text = self.tr("{operation} failed: {reason}")
        self.statusBar().showMessage(
            text.format(operation=operation_label(name), reason=message), 15000
        )

    # -- tabs
    def show_tab(self, tab: Tab) -> None:
        self.tabs.setCurrentIndex(int(tab))

    def current_tab(self) -> Tab:
        return Tab(self.tabs.currentIndex())

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def add_tab(self, tab: Tab, widget: QWidget, title: str | None = None) -> None:
        """Put ``widget`` in the place of ``tab`` (built at once, not when first opened)."""
        self._builders.pop(tab, None)
        self._install_tab(tab, widget, title or tab.title)

    def _tab_changed(self, index: int) -> None:
        tab = Tab(index)
        build = self._builders.pop(tab, None)
        if build is not None:
            self._install_tab(tab, build(), tab.title)
            self.tabs.setCurrentIndex(index)

    def _install_tab(self, tab: Tab, widget: QWidget, title: str) -> None:
        index = int(tab)
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        old = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, title)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if old is not None and old is not widget:
            old.deleteLater()

    def _build_pipeline(self) -> QWidget:
        from desktop.ui.pipeline_view import PipelineView

        view = PipelineView(self.ctx.db)
        view.company_added.connect(self._added_from_pipeline)
        view.open_company.connect(lambda cid: self.open_event(cid, -1))
        self.pipeline_view = view
        return view

    def _build_sources(self) -> QWidget:
        from desktop.ui.sources_view import SourcesView

        self.sources_view = SourcesView(self.ctx.db, self.poller)
        return self.sources_view

    def _build_inbox(self) -> QWidget:
        from desktop.ui.alert_inbox import AlertInbox

        inbox = AlertInbox(self.ctx.db)
        inbox.open_event.connect(self.open_event)
        inbox.unread_changed.connect(self._show_unread)
        if self.tray is not None:
            inbox.unread_changed.connect(self.tray.set_unread)
        self.inbox = inbox
        return inbox

    def _build_charts(self) -> QWidget:
        """The Hong Kong IPO market and the side-by-side comparison (pyqtgraph loads here)."""
        from desktop.ui.charts.charts_tab import ChartsTab

        self.charts = ChartsTab(self.ctx.db)
        return self.charts

    # -- services attached after the first paint
    def attach_tray(self, tray: Tray) -> None:
        self.tray = tray
        tray.alerts_requested.connect(self.show_alerts)  # "Show alerts (N)" in its menu
        if self.inbox is not None:
            self.inbox.unread_changed.connect(tray.set_unread)

    def attach_alerts(self, alerts: AlertService) -> None:
        self.alerts = alerts
        alerts.unread_changed.connect(self._show_unread)

    def attach_poller(self, poller: Poller) -> None:
        self.poller = poller
        self.action(Act.POLL_ALL).setEnabled(True)
        self.poll_status.attach(poller)
        if self.sources_view is not None:
            self.sources_view.set_poller(poller)

    def _show_unread(self, count: int) -> None:
        title = Tab.ALERTS.title
        text = self.tr("{title} ({count})").format(title=title, count=count)
        self.tabs.setTabText(int(Tab.ALERTS), text if count else title)

    def pause_alerts(self, until: datetime | None) -> None:
        _company_actions().pause_alerts(self, until)

    # -- polling
    def poll_now(self, source_id: str | None) -> None:
        if self.poller is None:
            return
        if not self.poller.poll_now(source_id):
            self.statusBar().showMessage(self.tr("Already polling."), 3000)

    # -- data files and backups (see data_files)
    def import_watchlist(self) -> None:
        _data_files().import_watchlist(self)

    def _export(self, what: str) -> None:
        _data_files().export(self, what)

    def show_backups(self) -> None:
        _data_files().show_backups(self)

    def edit_preferences(self) -> None:
        _company_actions().edit_preferences(self)

    # -- window
    def bring_to_front(self) -> None:
        from PySide6.QtCore import Qt

        self.show()
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        self.raise_()
        self.activateWindow()

    def open_event(self, company_id: int, event_id: int) -> None:
        """Open the app at this event on the company page (from a notification or the
        inbox); a digest, or an alert of a company not on the watchlist (no company), opens
        the Alerts tab."""
        self.bring_to_front()
        self.show_tab(Tab.ALERTS if company_id < 0 else Tab.WATCHLIST)
        if company_id >= 0:
            self.select_company(company_id, event_id if event_id >= 0 else None)
        if event_id >= 0:  # the alert has been seen now
            from desktop.store.alert_reads import mark_event_read

            Operation(
                QT_TRANSLATE_NOOP("Operations", "Mark read"),
                mark_event_read,
                self.ctx.db,
                event_id,
                changes=ALERTS_READ,
            ).run()

    def show_alerts(self) -> None:
        self.bring_to_front()
        self.show_tab(Tab.ALERTS)

    def _settings(self) -> QSettings:
        return QSettings(str(self.ctx.settings_path), QSettings.Format.IniFormat)

    def _splitter_moved(self, _pos: int, _index: int) -> None:
        self._splitter_dragged = True  # only a drag by the user is remembered

    def save_state(self) -> None:
        window_host.save_state(self, splitter=self._splitter_dragged)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.tray is not None and not self._quitting:
            # Keep running in the tray; say so the first time.
            event.ignore()
            self.hide()
            settings = self._settings()
            if not settings.value(keys.TRAY_TOLD.key, False, type=bool):
                self.tray.icon.showMessage(
                    APP_NAME,
                    self.tr("Still watching in the tray. Use Quit in the tray menu to stop."),
                )
                settings.setValue(keys.TRAY_TOLD.key, True)
            return
        super().closeEvent(event)

    def quit_app(self) -> None:
        self._quitting = True
        self.save_state()
        from PySide6.QtWidgets import QApplication

        if self.tray is not None:
            self.tray.icon.hide()
        QApplication.quit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.model.total() == 0:
            self.pane.mark_painted()

    # -- the watchlist and the company page
    def selected_row(self) -> WatchlistRow | None:
        return self.pane.selected_row()

    def refresh(self, select_id: int | None = None) -> None:
        """Read the watchlist again in the background, keeping (or moving) the selection."""
        self.pane.refresh(select_id)

    def new_day(self) -> None:
        """The date changed (the stage summaries were just recomputed)."""
        app_changes().announce(Change.all())

    def select_company(self, company_id: int, event_id: int | None = None) -> bool:
        self._pending_event = event_id
        if not self.pane.select_company(company_id):
            return False
        if event_id is not None and self._page is not None and self._page.company_id == company_id:
            self._page.open_company(company_id, event_id)
            self._pending_event = None
        return True

    def _show_company(self, company_id: int | None) -> None:
        self._update_actions()
        if company_id is None:
            self.detail_stack.setCurrentWidget(self.no_selection)
            return
        page = self._ensure_page()
        event, self._pending_event = self._pending_event, None
        page.open_company(company_id, event)

    def _ensure_page(self) -> CompanyPage:
        if self._page is None:
            from desktop.ui.company_page import CompanyPage

            page = CompanyPage()
            page.set_database(self.ctx.db)
            page.loaded.connect(self._page_loaded)
            page.gone.connect(self._page_gone)
            page.failed.connect(self._page_failed)
            self.detail_stack.addWidget(page)
            self._page = page
        return self._page

    def _page_gone(self, company_id: int) -> None:
        current = self.selected_row()
        if current is None or current.id == company_id:
            self.detail_stack.setCurrentWidget(self.no_selection)

    def _page_failed(self, company_id: int, reason: str) -> None:
        if self._page is not None and self._page.company_id != company_id:
            self.detail_stack.setCurrentWidget(self.no_selection)  # not another's page
        self.statusBar().showMessage(reason, 15000)

    def _page_loaded(self, company_id: int) -> None:
        current = self.selected_row()
        if current is not None and current.id == company_id and self._page is not None:
            self.detail_stack.setCurrentWidget(self._page)

    # -- add / edit / delete (operations: see company_actions)
    def add_company(self) -> None:
        _company_actions().add_company(self)

    def edit_company(self) -> None:
        _company_actions().edit_company(self)

    def delete_company(self, *, confirm: bool = True) -> None:
        _company_actions().delete_company(self, confirm=confirm)

    def _added_from_pipeline(self, company_id: int) -> None:
        self.show_tab(Tab.WATCHLIST)
        self.refresh(select_id=company_id)

    def show_message(self, text: str, ms: int = 5000) -> None:
        self.statusBar().showMessage(text, ms)
