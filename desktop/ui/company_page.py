"""The company page: facts, aliases, the status timeline with source links, all events."""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.company_rules import listing_words
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.kinds import EventKind
from desktop.domain.seed_words import seed_text
from desktop.domain.stages import headline
from desktop.services.changes import Change, app_changes
from desktop.services.language import display_name
from desktop.services.tasks import LatestOnly
from desktop.ui.follow import follow_changes
from desktop.ui.links import is_safe_link, open_link
from desktop.ui.theme import elide_headers

SOURCE_NAMES = {
    "hkex_app": QT_TRANSLATE_NOOP("CompanyPage", "HKEX application proofs"),
    "hkex_news": "HKEXnews",
    "hkex_new_listings": QT_TRANSLATE_NOOP("CompanyPage", "HKEX new listings"),
    "csrc": "CSRC",
    "cninfo": QT_TRANSLATE_NOOP("CompanyPage", "cninfo"),
    "news": QT_TRANSLATE_NOOP("CompanyPage", "News"),
    "prices": QT_TRANSLATE_NOOP("CompanyPage", "Prices"),
    "seed": QT_TRANSLATE_NOOP("CompanyPage", "Seed watchlist"),
    "funding": QT_TRANSLATE_NOOP("CompanyPage", "Suggested funding rounds"),
    "offer_documents": QT_TRANSLATE_NOOP("CompanyPage", "HKEX offer documents (terms, results)"),
    "user": QT_TRANSLATE_NOOP("CompanyPage", "entered by you"),
}
"""Where an event came from, as the events list names it (English keys)."""
UrlRole = Qt.ItemDataRole.UserRole + 10
EventIdRole = Qt.ItemDataRole.UserRole + 11
log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from desktop.store.company_page import CompanyPageData
    from desktop.store.db import Database
    from desktop.ui.charts.funding_chart import FundingChart
    from desktop.ui.charts.price_chart import PriceChart
    from desktop.ui.funding_editor import FundingEditor


def kind_label(kind: str) -> str:
    try:
        return EventKind(kind).label
    except ValueError:
        return kind


def _date_text(value: date | None) -> str:
    return value.isoformat() if value else "—"


def _link_tree(headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    elide_headers(tree)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tree.setTextElideMode(Qt.TextElideMode.ElideRight)
    tree.header().setStretchLastSection(False)
    tree.itemActivated.connect(lambda item, _col: open_link(item.data(0, UrlRole)))
    tree.itemClicked.connect(
        lambda item, col: (
            open_link(item.data(0, UrlRole)) if col == tree.columnCount() - 1 else None
        )
    )
    return tree


class CompanyPage(QWidget):
    """Shows one company: ``open_company(id)`` reads it in the background and shows it;
    afterwards the page follows every change that concerns the company (an edit, a
    poll's new filings, claimed history, funding).  ``show_data`` fills it directly.

    Extension point: ``add_section(widget, title)`` adds a tab of its own."""

    edit_requested = Signal(int)
    funding_changed = Signal(int)  # a suggested funding round was accepted or rejected
    loaded = Signal(int)  # the company shown, after every (re)load
    gone = Signal(int)  # the company asked for no longer exists
    failed = Signal(int, str)  # the company asked for could not be read: why, in words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._company_id: int | None = None
        self._wanted: int | None = None  # the company being read
        self._pending_event: int | None = None
        self._reads = LatestOnly()
        self._shown: CompanyPageData | None = None  # what show_data last drew
        self._charts_for: int | None = None
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(True)  # a long official name wraps rather than being cut
        self.subtitle = QLabel()
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setWordWrap(True)
        self.stage_chip = QLabel()
        self.stage_chip.setObjectName("stageChip")
        self.stage_chip.setStyleSheet(
            "#stageChip { border-radius: 9px; padding: 2px 10px; font-weight: 600;"
            " background: palette(highlight); color: palette(highlighted-text); }"
        )
        self.next_step = QLabel()
        self.next_step.setTextFormat(Qt.TextFormat.PlainText)
        self.next_step.setWordWrap(True)

        header = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.stage_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addLayout(top)
        header.addWidget(self.subtitle)
        header.addWidget(self.next_step)
        from desktop.ui.company_identity import CompanyIdentityPanel

        self.identity = CompanyIdentityPanel()  # listing terms and learned names/code
        header.addWidget(self.identity)

        self.timeline = _link_tree(
            [self.tr("Date"), self.tr("Stage"), self.tr("Step"), self.tr("Source")]
        )
        self.events = _link_tree(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Title"),
                self.tr("Source"),
                self.tr("Document"),
            ]
        )
        self.facts = QTreeWidget()
        elide_headers(self.facts)
        self.facts.setHeaderLabels([self.tr("Fact"), self.tr("Source")])
        self.facts.setRootIsDecorated(False)
        self.facts.setWordWrap(True)
        self.about = QLabel()
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes.setMaximumHeight(90)
        self.notes.setPlaceholderText(self.tr("No notes. Edit the company (Ctrl+E) to add some."))

        facts_tab = QWidget()
        facts_layout = QVBoxLayout(facts_tab)
        facts_layout.addWidget(self.about)
        facts_layout.addWidget(self.facts, 1)
        facts_layout.addWidget(QLabel(self.tr("Notes")))
        facts_layout.addWidget(self.notes)

        from desktop.ui.charts.timeline_band import TimelineBand  # plain Qt, no pyqtgraph

        self.band = TimelineBand()
        timeline_tab = QWidget()
        timeline_layout = QVBoxLayout(timeline_tab)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.addWidget(self.band)
        timeline_layout.addWidget(self.timeline, 1)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(timeline_tab, self.tr("Status timeline"))
        self.tabs.addTab(self.events, self.tr("All events"))
        self.tabs.addTab(facts_tab, self.tr("Facts and aliases"))
        # Funding and price charts need pyqtgraph: built when first opened.
        self.funding_tab = QWidget()
        self.price_tab = QWidget()
        self.tabs.addTab(self.funding_tab, self.tr("Funding"))
        self.tabs.addTab(self.price_tab, self.tr("Share price"))
        self.tabs.currentChanged.connect(self._tab_changed)
        # Built when their tab is first opened (pyqtgraph loads then).
        self.funding_editor: FundingEditor | None = None
        self.funding_chart: FundingChart | None = None
        self.price_chart: PriceChart | None = None
        self._db: Database | None = None

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(line)
        layout.addWidget(self.tabs, 1)
        follow_changes(self, self._concerned, self.reload)
        # A read that failed is tried again at the next change even while hidden (the
        # window shows the page only once it has read the company).
        self._failed_read = False
        app_changes().changed.connect(self._retry_failed)
        from desktop.ui.offer_panel import OfferPanel

        self.offer_panel = OfferPanel()  # the offer's terms, results and lock-ups
        self.add_section(self.offer_panel, self.tr("Offer"))

    @property
    def company_id(self) -> int | None:
        return self._company_id

    def set_database(self, db: Database) -> None:
        self._db = db

    def add_section(self, widget: QWidget, title: str) -> int:
        """Add a tab of its own to the page (after the built-in ones); its index."""
        return self.tabs.addTab(widget, title)

    # -- loading
    def open_company(self, company_id: int, event_id: int | None = None) -> None:
        """Read the company in the background and show it (``loaded`` says when)."""
        self._wanted = company_id
        self._pending_event = event_id
        self._read(company_id)

    def reload(self) -> None:
        """Read the company shown again (its data changed)."""
        target = self._wanted if self._wanted is not None else self._company_id
        if target is not None:
            self._read(target)

    def _concerned(self, change: Change) -> bool:
        shown = self._wanted if self._wanted is not None else self._company_id
        # A prices poll may bring the A-share close and the CNY/HKD rate of an A+H
        # offer (kept by the source, not as events): the Offer tab reads them again.
        return change.concerns_company(shown) or "prices" in change.sources

    def _read(self, company_id: int) -> None:
        from desktop.store.company_page import load_company_page  # SQLAlchemy: not at start

        if self._db is None:
            return
        self._reads.run(
            load_company_page,
            self._db,
            company_id,
            on_done=lambda data: self._read_done(company_id, data),
            on_error=lambda exc: self._read_failed(company_id, exc),
        )

    def _retry_failed(self, change: Change) -> None:
        if self._failed_read and self._concerned(change):
            self._failed_read = False
            self.reload()

    def _read_failed(self, company_id: int, exc: BaseException) -> None:
        log.error("the company page could not be read: %s", exc)
        self._failed_read = True
        reason = self.tr("The company could not be read: {reason}").format(reason=exc)
        self.failed.emit(company_id, reason)

    def _read_done(self, company_id: int, data: CompanyPageData | None) -> None:
        if data is None:
            self.gone.emit(company_id)
            return
        if data == self._shown and self._company_id == company_id and self._db is not None:
            # Nothing the page's own read shows changed (another company's filings, a
            # prices poll): no rebuild, but the Offer tab and the charts read their
            # figures again (a chart given the same data does not redraw).
            self.offer_panel.show_company(self._db, company_id)
            self._load_charts()
        else:
            self.show_data(data)
        event, self._pending_event = self._pending_event, None
        if event is not None:
            self.select_event(event)
        self.loaded.emit(company_id)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self, self._refit)  # once the trees have their new width

    def _refit(self) -> None:
        for tree in (self.timeline, self.events):
            if tree.isVisible():
                self._fit(tree, stretch=2)

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if index in (0, 1):  # the timeline's and the events' trees: fitted to their width
            QTimer.singleShot(0, self, self._refit)
        if widget is self.funding_tab and self.funding_editor is None:
            from desktop.ui.charts.funding_chart import FundingChart
            from desktop.ui.funding_editor import FundingEditor

            self.funding_editor = FundingEditor()
            self.funding_chart = FundingChart()
            # A stored round is a funding change: the page, its charts and the Compare
            # chart follow it through the change signal.
            self.funding_editor.rounds_changed.connect(
                lambda cid: app_changes().announce(Change(funding=frozenset({cid})), written=True)
            )
            # A suggestion accepted or rejected: the watchlist row counts rounds to review.
            self.funding_editor.proposals_changed.connect(self.funding_changed)
            self.funding_editor.proposals_changed.connect(
                lambda cid: app_changes().announce(
                    Change.of_company(cid, funding=True), written=True
                )
            )
            layout = QVBoxLayout(self.funding_tab)
            layout.setContentsMargins(0, 4, 0, 0)
            layout.addWidget(self.funding_chart, 3)
            layout.addWidget(self.funding_editor, 2)
            self._load_charts()
        elif widget is self.price_tab and self.price_chart is None:
            from desktop.ui.charts.price_chart import PriceChart

            self.price_chart = PriceChart()
            QVBoxLayout(self.price_tab).addWidget(self.price_chart)
            self._load_charts()

    def _load_charts(self) -> None:
        if self._db is None or self._company_id is None:
            return
        self.identity.set_company(self._db, self._company_id)
        # The editor is read again only for another company: a reload while the user
        # works in it must not reset it (it reads itself after its own writes).
        new_company = self._charts_for != self._company_id
        for chart in (self.funding_editor, self.funding_chart, self.price_chart):
            if chart is not None and (chart is not self.funding_editor or new_company):
                chart.set_company(self._db, self._company_id)
        if self.funding_editor is not None:
            self._charts_for = self._company_id

    def show_data(self, data: CompanyPageData, today: date | None = None) -> None:
        today = today or date.today()
        company, status = data.company, data.status
        before, self._shown = self._shown, data
        # An edit of the company's own fields leaves its filings as they were: the
        # timeline, the events and the band (the page's costly part) stay as drawn.
        same_filings = (
            before is not None
            and before.company.id == company.id
            and (before.events, before.status) == (data.events, status)
        )
        self._company_id = company.id
        if self._db is not None:
            self.offer_panel.show_company(self._db, company.id)
        self.title.setText(company.name)
        bits = [display_name(company.name_zh or "")]
        bits.append(listing_words(company.hk_code, company.listing_date, company.offer_price))
        if company.a_code:
            bits.append(
                self.tr("A-share {code} ({exchange})").format(
                    code=company.a_code, exchange=(company.a_exchange or "").upper()
                )
            )
        bits += [seed_text(company.sector or ""), seed_text(company.headquarters or "")]
        if company.founded:
            bits.append(self.tr("founded {year}").format(year=company.founded))
        self.subtitle.setText("  ·  ".join(b for b in bits if b))
        self.stage_chip.setText(status.stage.label)
        self.next_step.setText(headline(status, today))

        if not same_filings:
            self._show_filings(data)

        none = self.tr("none")
        aliases = ", ".join(company.aliases) if company.aliases else none
        tags = ", ".join(company.tags) if company.tags else none
        self.about.setText(
            self.tr("Aliases: {aliases}\nTags: {tags}").format(aliases=aliases, tags=tags)
        )
        self.facts.clear()
        for fact in company.facts or []:
            source, day = seed_text(str(fact.get("source", ""))), str(fact.get("date", ""))
            if source and day:
                source = self.tr("{source}, {date}").format(source=source, date=day)
            text = seed_text(str(fact.get("text", "")))
            item = QTreeWidgetItem([text, source])
            item.setToolTip(0, text)
            self.facts.addTopLevelItem(item)
        if not company.facts:
            self.facts.addTopLevelItem(QTreeWidgetItem([self.tr("No facts recorded yet."), ""]))
        self.facts.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.notes.setPlainText(company.notes or "")
        self._load_charts()

    def select_event(self, event_id: int) -> bool:
        for row in range(self.events.topLevelItemCount()):
            item = self.events.topLevelItem(row)
            if item is not None and item.data(0, EventIdRole) == event_id:
                self.tabs.setCurrentWidget(self.events)
                self.events.setCurrentItem(item)
                self.events.scrollToItem(item)
                return True
        return False

    def _show_filings(self, data: CompanyPageData) -> None:
        """The timeline, the events and the band."""
        status = data.status
        self.timeline.clear()
        if not status.steps:
            empty = QTreeWidgetItem(
                [
                    "",
                    "",
                    self.tr("No filings yet. The timeline fills in as sources are polled."),
                    "",
                ]
            )
            self.timeline.addTopLevelItem(empty)
        for step in status.steps:
            item = QTreeWidgetItem([_date_text(step.date), step.stage.label, step.title, ""])
            self.timeline.addTopLevelItem(item)
            self._decorate_link(item, step.url, 3)
        self._fit(self.timeline, stretch=2)

        self.events.clear()
        for event in data.events:
            item = QTreeWidgetItem(
                [
                    _date_text(event.published),
                    kind_label(event.kind),
                    event.title,
                    self.tr(SOURCE_NAMES[event.source])
                    if event.source in SOURCE_NAMES
                    else event.source,
                    "",
                ]
            )
            item.setData(0, EventIdRole, event.id)
            item.setToolTip(3, item.text(3))
            item.setToolTip(
                2,
                event.title
                + (
                    "\n" + self.tr("Matched: {reason}").format(reason=event.match_reason)
                    if event.match_reason
                    else ""
                ),
            )
            self.events.addTopLevelItem(item)
            self._decorate_link(item, event.url, 4)
        self._fit(self.events, stretch=2)
        self.band.show_data(data.events, status)

    @staticmethod
    def _decorate_link(item: QTreeWidgetItem, url: str | None, column: int) -> None:
        if is_safe_link(url):
            item.setData(0, UrlRole, url)
            item.setText(column, QCoreApplication.translate("CompanyPage", "Open document ↗"))
            item.setToolTip(column, url or "")
            font = item.font(column)
            font.setUnderline(True)
            item.setFont(column, font)
            tree = item.treeWidget()
            if tree is not None:
                item.setForeground(column, tree.palette().link())
        else:
            item.setText(column, "—")

    @staticmethod
    def _fit(tree: QTreeWidget, stretch: int) -> None:
        """The ``stretch`` column (the title) keeps at least 35 % of the width; the date
        (the first column) is shown in full; the other columns share the rest, each as
        wide as its contents where it fits (the narrowest first), the others elided, in
        full in their tool tips."""
        header = tree.header()
        width = tree.viewport().width()
        budget = int((width if width > 0 else 600) * 0.65)
        wanted = {
            column: max(tree.sizeHintForColumn(column), header.sectionSizeHint(column))
            for column in range(tree.columnCount())
            if column != stretch
        }
        left = len(wanted)
        # The date first and in full, then the narrowest.
        for column in sorted(wanted, key=lambda c: (c != 0, wanted[c])):
            size = wanted[column] if column == 0 else min(wanted[column], max(40, budget // left))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, size)
            budget -= size
            left -= 1
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
