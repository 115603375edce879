"""The Offers tab, the Hong Kong IPO calendar: open now (time left, entry fee, price or
range, lot, split, mechanism), announced, listing soon, recently listed (final price,
oversubscription, one-lot success rate, clawback, debut and latest close against the
offer), lock-ups ending soon, and documents that failed their checks. Sortable, filterable,
"Add to watchlist". `install_offers(window)` puts it (and File › Open document…) in place.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.offer import calendar
from desktop.services import language
from desktop.ui import offer_format as fmt
from desktop.ui.theme import elide_headers

log = logging.getLogger(__name__)

COLUMNS = (
    QT_TRANSLATE_NOOP("OffersView", QT_TRANSLATE_NOOP("OffersView", "Company")),
    QT_TRANSLATE_NOOP("OffersView", QT_TRANSLATE_NOOP("OffersView", "Code")),
    QT_TRANSLATE_NOOP("OffersView", QT_TRANSLATE_NOOP("OffersView", "Stage")),
    QT_TRANSLATE_NOOP("OffersView", QT_TRANSLATE_NOOP("OffersView", "Date")),
    QT_TRANSLATE_NOOP("OffersView", QT_TRANSLATE_NOOP("OffersView", "Time left")),
    QT_TRANSLATE_NOOP("OffersView", QT_TRANSLATE_NOOP("OffersView", "Price")),
    QT_TRANSLATE_NOOP("OffersView", QT_TRANSLATE_NOOP("OffersView", "Lot")),
    QT_TRANSLATE_NOOP("OffersView", QT_TRANSLATE_NOOP("OffersView", "Entry fee")),
    QT_TRANSLATE_NOOP("OffersView", QT_TRANSLATE_NOOP("OffersView", "HK / intl")),
    QT_TRANSLATE_NOOP("OffersView", QT_TRANSLATE_NOOP("OffersView", "Mechanism")),
    QT_TRANSLATE_NOOP("OffersView", QT_TRANSLATE_NOOP("OffersView", "HK subscribed")),
    QT_TRANSLATE_NOOP("OffersView", QT_TRANSLATE_NOOP("OffersView", "One-lot success")),
    QT_TRANSLATE_NOOP("OffersView", QT_TRANSLATE_NOOP("OffersView", "Clawback")),
    QT_TRANSLATE_NOOP("OffersView", QT_TRANSLATE_NOOP("OffersView", "First day vs offer")),
    QT_TRANSLATE_NOOP("OffersView", QT_TRANSLATE_NOOP("OffersView", "Latest vs offer")),
    QT_TRANSLATE_NOOP("OffersView", QT_TRANSLATE_NOOP("OffersView", "Lock-up")),
    QT_TRANSLATE_NOOP("OffersView", QT_TRANSLATE_NOOP("OffersView", "Check")),
)
SECTIONS = (
    ("all", QT_TRANSLATE_NOOP("OffersView", "Everything")),
    ("open", QT_TRANSLATE_NOOP("OffersView", "Open now")),
    ("upcoming", QT_TRANSLATE_NOOP("OffersView", "Announced")),
    ("listing_soon", QT_TRANSLATE_NOOP("OffersView", "Listing soon")),
    ("listed", QT_TRANSLATE_NOOP("OffersView", "Recently listed")),
    ("lockup", QT_TRANSLATE_NOOP("OffersView", "Lock-ups ending soon")),
    ("problem", QT_TRANSLATE_NOOP("OffersView", "Documents to check")),
)
ROLE_OFFER = Qt.ItemDataRole.UserRole + 1
ROLE_COMPANY = Qt.ItemDataRole.UserRole + 2
ROLE_SECTION = Qt.ItemDataRole.UserRole + 3
ROLE_URL = Qt.ItemDataRole.UserRole + 4


class _Item(QTableWidgetItem):
    """Sorts by a key of its own (numbers as numbers, empty cells last)."""

    def __init__(self, text: str, key: Any = None) -> None:
        super().__init__(text)
        self._key = key if key is not None else text

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self._key, getattr(other, "_key", other.text())
        try:
            return bool(mine < theirs)
        except TypeError:
            return str(mine) < str(theirs)


def _row_cells(summary: Any, section: str, now: datetime, lockup: Any = None) -> list[_Item]:
    values = summary.values
    left = calendar.time_left(values, now)
    first = calendar.offer_return(summary.price, summary.first_close)
    latest = calendar.offer_return(summary.price, summary.latest_close)
    if section == "open":
        day = values.get("timetable.applications_close")
    elif section == "upcoming":
        day = values.get("timetable.offer_opens")
    elif section == "lockup":
        day = lockup.last_day.isoformat()
    else:
        day = values.get("listing_date") or values.get("timetable.listing")
    stage = (
        QCoreApplication.translate("OffersView", "Lock-up ends")
        if section == "lockup"
        else fmt.phase_name(section)
    )
    lock_text = ""
    if lockup is not None:
        lock_text = (
            QCoreApplication.translate("OffersView", "{group}: {shares} (estimate)")
            if lockup.estimated
            else QCoreApplication.translate("OffersView", "{group}: {shares}")
        ).format(group=fmt.group_name(lockup.group), shares=fmt.number(lockup.shares))
    checks = summary.checks
    big = 10**18
    return [
        _Item(language.display_name(summary.name), summary.name.lower()),
        _Item(summary.stock_code),
        _Item(stage),
        _Item(fmt.when(day), str(day or "9999")),
        _Item(calendar.describe_left(left), left.total_seconds() if left else big),
        _Item(fmt.price_text(values), summary.price if summary.price is not None else big),
        _Item(fmt.number(values.get("board_lot")), values.get("board_lot") or big),
        _Item(fmt.hkd(values.get("entry_fee")), values.get("entry_fee") or big),
        _Item(fmt.split_text(values)),
        _Item(fmt.mechanism_text(values.get("mechanism"))),
        _Item(
            fmt.times(values.get("hk_subscription_times")),
            values.get("hk_subscription_times") or -1,
        ),
        _Item(fmt.pct(values.get("one_lot_success_pct")), values.get("one_lot_success_pct") or -1),
        _Item(fmt.yes_no(values.get("clawback"))),
        _Item(fmt.signed_pct(first), first if first is not None else -big),
        _Item(fmt.signed_pct(latest), latest if latest is not None else -big),
        _Item(lock_text),
        _Item(
            QCoreApplication.translate("OffersView", "⚠ check the document") if checks else "",
            len(checks),
        ),
    ]


class OffersView(QWidget):
    open_company = Signal(int)
    company_added = Signal(int)
    open_document = Signal()

    def __init__(self, db: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._reads = 0
        self._follow: object | None = None  # the change-signal follower, once installed
        self.loaded = False
        self.clock: Any = lambda: None  # "now" for the calendar (None: the wall clock)
        self.section = QComboBox()
        for key, label in SECTIONS:
            self.section.addItem(self.tr(label), key)
        self.section.currentIndexChanged.connect(self._apply_filter)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by company or code"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.add_button = QPushButton(self.tr("Add to watchlist"))
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_selected)
        self.open_button = QPushButton(self.tr("Open document…"))
        self.open_button.clicked.connect(self.open_document.emit)
        top = QHBoxLayout()
        top.addWidget(self.section)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.open_button)
        self.table = QTableWidget(0, len(COLUMNS))
        elide_headers(self.table)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(self._activated)
        self.status = QLabel(self.tr("Reading the offers…"))
        note = QLabel(
            self.tr(
                "Times are Hong Kong time as the documents print them; brokers close their "
                "own application lists earlier."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(note)
        self._timer = QTimer(self)
        self._timer.setInterval(60_000)  # time left moves on
        self._timer.timeout.connect(self.refresh)

    # -- data
    def refresh(self) -> None:
        from desktop.services.tasks import run_task
        from desktop.store.offer_views import read_calendar

        self._reads += 1
        read = self._reads
        now = self.clock()
        run_task(
            read_calendar,
            self._db,
            now,
            on_done=lambda data: self._loaded(data, read),
            on_error=lambda exc: self.status.setText(
                self.tr("Could not read the offers: {exc}").format(exc=exc)
            ),
        )

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._timer.start()
        self.refresh()

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def source_finished(self, outcome: Any) -> None:
        if outcome.source_id in ("offer_documents", "prices") and self.isVisible():
            self.refresh()

    def _loaded(self, data: Any, read: int) -> None:
        if read != self._reads:
            return
        now = calendar.hk_now(self.clock())
        rows: list[tuple[str, Any, list[_Item]]] = []
        for section, items in (
            ("open", data.open_now),
            ("upcoming", data.upcoming),
            ("listing_soon", data.listing_soon),
            ("listed", data.recently_listed),
        ):
            rows.extend((section, s, _row_cells(s, section, now)) for s in items)
        rows.extend(
            ("lockup", s, _row_cells(s, "lockup", now, lock)) for s, lock in data.lockups_soon
        )
        for problem in data.problems:
            cells = [_Item("") for _ in COLUMNS]
            title = problem.title or problem.url.rsplit("/", 1)[-1]
            cells[0] = _Item(language.display_name(title))
            cells[1] = _Item(problem.stock_code or "")
            cells[2] = _Item(
                self.tr("Not read") if problem.status == "failed" else self.tr("Not trusted")
            )
            cells[3] = _Item(fmt.day_text(problem.published), str(problem.published or "9999"))
            cells[16] = _Item(problem.reason or "")
            cells[0].setToolTip(problem.url)
            cells[0].setData(ROLE_URL, problem.url)
            rows.append(("problem", None, cells))
        sorting = self.table.isSortingEnabled()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for r, (section, summary, cells) in enumerate(rows):
            first = cells[0]
            first.setData(ROLE_SECTION, section)
            if summary is not None:
                first.setData(ROLE_OFFER, summary.offer_id)
                first.setData(ROLE_COMPANY, summary.company_id if summary.company_id else -1)
                if first.text() != summary.name:
                    first.setToolTip(summary.name)
                if summary.checks:
                    cells[16].setToolTip("\n".join(summary.checks))
            for c, cell in enumerate(cells):
                self.table.setItem(r, c, cell)
        self.table.setSortingEnabled(sorting)
        self.loaded = True
        shown = len([r for r in rows if r[0] != "problem"])
        self.status.setText(
            self.tr("No offers read yet: they appear when HKEX publishes a formal notice.")
            if not rows
            else self.tr("{shown} entries; {problems} documents to check.").format(
                shown=shown, problems=len(data.problems)
            )
        )
        self._apply_filter()

    # -- filter and actions
    def _apply_filter(self) -> None:
        wanted = self.section.currentData()
        words = self.filter_edit.text().lower().split()
        for r in range(self.table.rowCount()):
            first = self.table.item(r, 0)
            if first is None:
                continue
            code = self.table.item(r, 1)
            text = f"{first.text()} {code.text() if code else ''}".lower()
            section = first.data(ROLE_SECTION)
            hide = (wanted != "all" and section != wanted) or any(w not in text for w in words)
            self.table.setRowHidden(r, hide)

    def _selected(self) -> QTableWidgetItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0) if rows else None

    def _selection_changed(self) -> None:
        first = self._selected()
        self.add_button.setEnabled(
            first is not None
            and first.data(ROLE_OFFER) is not None
            and first.data(ROLE_COMPANY) == -1
        )

    def _activated(self, item: QTableWidgetItem) -> None:
        first = self.table.item(item.row(), 0)
        if first is None:
            return
        url = first.data(ROLE_URL)
        if url:
            from desktop.ui.links import open_link

            open_link(url)
            return
        company = first.data(ROLE_COMPANY)
        if isinstance(company, int) and company >= 0:
            self.open_company.emit(company)

    def add_selected(self) -> None:
        from desktop.services.tasks import run_task
        from desktop.store.offers import add_offer_to_watchlist

        first = self._selected()
        if first is None or first.data(ROLE_OFFER) is None:
            return
        self.add_button.setEnabled(False)

        def added(company_id: int | None) -> None:
            if company_id is not None:
                self.company_added.emit(company_id)
            self.refresh()

        run_task(add_offer_to_watchlist, self._db, int(first.data(ROLE_OFFER)), on_done=added)


class _DropFilter(QObject):
    """A PDF dropped anywhere on the window opens in the document dialog."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if _pdf_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            paths = _pdf_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                open_document(self._window, paths[0])
                return True
        return False


def _pdf_paths(mime: Any) -> list[str]:
    if mime is None or not mime.hasUrls():
        return []
    return [
        u.toLocalFile()
        for u in mime.urls()
        if u.isLocalFile() and u.toLocalFile().lower().endswith(".pdf")
    ]


def open_document(window: Any, path: str | None = None) -> None:
    """File › Open document…: read one offer document and show what it says."""
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.document_dialog import DocumentDialog

    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("OffersView", "Open an offer document"),
            "",
            QCoreApplication.translate("OffersView", "PDF documents (*.pdf)"),
        )
        if not path:
            return
    dialog = DocumentDialog(window.ctx.db, path, parent=window)
    dialog.kept.connect(lambda cid: _announce_kept(cid))
    dialog.kept.connect(lambda cid: window.refresh(select_id=cid) if cid >= 0 else None)
    window.document_dialog = dialog
    dialog.show()


def _announce_kept(company_id: int | None) -> None:
    from desktop.services.changes import Change, app_changes

    ids = frozenset([company_id]) if company_id is not None else frozenset()
    app_changes().announce(Change(market=True, events=ids), written=True)


def build_offers(window: Any) -> OffersView:
    """The Offers tab of the main window (built when first opened)."""
    from desktop.ui.actions import Tab
    from desktop.ui.follow import follow_changes

    view = OffersView(window.ctx.db)
    window.offers = view
    view.open_company.connect(
        lambda cid: (window.show_tab(Tab.WATCHLIST), window.select_company(cid))
    )
    view.company_added.connect(lambda cid: window.refresh(select_id=cid))
    view.open_document.connect(lambda: open_document(window))
    # Offers come from polls (their documents) and from watchlist changes (the company).
    view._follow = follow_changes(
        view,
        lambda change: (
            change.everything
            or bool(change.events or change.market or change.companies or change.sources)
        ),
        view.refresh,
    )
    return view


def install_document_opening(window: Any) -> None:
    """File › Open document… (Ctrl+O) and a PDF dropped anywhere on the window."""
    from PySide6.QtGui import QAction, QKeySequence

    action = QAction(QCoreApplication.translate("OffersView", "Open &document…"), window)
    action.setShortcut(QKeySequence("Ctrl+O"))
    action.setStatusTip(
        QCoreApplication.translate(
            "OffersView", "Read an HKEX offer document (PDF) and show what it says"
        )
    )
    action.triggered.connect(lambda: open_document(window))
    window.open_document_action = action
    file_menu = window.menus["&File"]
    actions = file_menu.actions()
    file_menu.insertAction(actions[0] if actions else None, action)
    window.addAction(action)
    window.setAcceptDrops(True)
    window._offer_drops = _DropFilter(window)
    window.installEventFilter(window._offer_drops)
