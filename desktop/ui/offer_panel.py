"""A company's Offer tab: its offer's terms, timetable, results, debut, over-allotment
outcome and lock-ups, each figure with the document and page it came from (double-click
opens the document there)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.offer import calendar
from desktop.services import language
from desktop.ui import offer_format as fmt
from desktop.ui.theme import elide_headers

SHOWN = (
    "offer_price",
    "offer_price_min",
    "offer_price_max",
    "board_lot",
    "entry_fee",
    "offer_shares",
    "hk_offer_shares",
    "intl_offer_shares",
    "mechanism",
    "timetable.offer_opens",
    "timetable.applications_close",
    "timetable.price_determination",
    "timetable.results",
    "timetable.listing",
    "listing_date",
    "hk_valid_applications",
    "hk_successful_applications",
    "hk_subscription_times",
    "one_lot_success_pct",
    "intl_subscription_times",
    "intl_placees",
    "clawback",
    "hk_initial_shares",
    "hk_reallocated_shares",
    "hk_final_shares",
    "gross_proceeds_hkd",
    "net_proceeds_hkd",
    "cornerstones",
    "over_allotment_option",
    "over_allocated_shares",
    "over_allotment",
    "over_allotment_shares",
    "stabilisation_ended",
)


class OfferPanel(QWidget):
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reads = 0
        self.summary: Any = None
        self.ah: Any = None
        self.heading = QLabel(self.tr("No offer documents read for this company yet."))
        self.heading.setWordWrap(True)
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.checks.setStyleSheet("color: #b45309;")
        self.checks.hide()
        self.tree = QTreeWidget()
        elide_headers(self.tree)
        self.tree.setHeaderLabels(
            ["", self.tr("Value"), self.tr("Page"), self.tr("Document"), self.tr("Printed words")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setColumnWidth(0, 200)
        self.tree.setColumnWidth(1, 200)
        self.tree.setColumnWidth(2, 44)
        self.tree.setColumnWidth(3, 130)
        self.tree.header().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.tree.itemDoubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.checks)
        layout.addWidget(self.tree, 1)

    def show_company(self, db: Any, company_id: int | None) -> None:
        from desktop.services.tasks import run_task
        from desktop.store.company_page import read_offer_tab

        if db is None or company_id is None:
            return
        self._reads += 1
        read = self._reads
        run_task(
            read_offer_tab,
            db,
            company_id,
            on_done=lambda t: self._show(t.summary, read, t.ah) if t else self._show(None, read),
        )

    def _show(self, summary: Any, read: int, ah: Any = None) -> None:
        if read != self._reads:
            return
        self.summary = summary
        self.ah = ah
        self.tree.clear()
        self.checks.hide()
        if summary is None:
            self.heading.setText(self.tr("No offer documents read for this company yet."))
            self.loaded.emit()
            return
        values = summary.values
        phase = fmt.phase_name(summary.phase())
        left = calendar.describe_left(calendar.time_left(values))
        issuer = html.escape(language.display_name(summary.issuer or ""))
        parts = [f"<b>{html.escape(summary.stock_code or '')}</b> {issuer}", phase]
        if left:
            parts.append(
                self.tr("applications close in {left} (brokers close earlier)").format(left=left)
            )
        first = calendar.offer_return(summary.price, summary.first_close)
        latest = calendar.offer_return(summary.price, summary.latest_close)
        if first is not None:
            parts.append(
                self.tr("first day {pct} against the offer").format(pct=fmt.signed_pct(first))
            )
        if latest is not None:
            parts.append(self.tr("latest {pct}").format(pct=fmt.signed_pct(latest)))
        self.heading.setText(" — ".join(p for p in parts if p))
        if summary.issuer and language.display_name(summary.issuer) != summary.issuer:
            self.heading.setToolTip(summary.issuer)
        if summary.checks:
            self.checks.setText("\n".join(f"⚠ {c}" for c in summary.checks))
            self.checks.show()
        for key in SHOWN:
            source = summary.facts.get(key)
            if source is not None:
                self._add(fmt.label(key), fmt.value_text(key, source.value), source)
        for lock in calendar.lockups(values):
            text = self.tr("{shares} shares until {date}").format(
                shares=fmt.number(lock.shares), date=fmt.day_text(lock.last_day)
            )
            if lock.estimated:
                text += self.tr(" (estimate: listing + 6 months − 1 day)")
            item = self._add(
                self.tr("Lock-up: {group}").format(group=fmt.group_name(lock.group)),
                text,
                summary.facts.get("lockups"),
            )
            if lock.page:
                item.setText(2, str(lock.page))
        if ah is not None:
            self._add_ah(ah)
        self.loaded.emit()

    def _add_ah(self, ah: Any) -> None:
        """The A+H discount with its date and the source of each input, or which input is
        missing."""
        inputs = ah.inputs
        day = fmt.day_text(inputs.price_day) if inputs.price_day else ""
        label = (
            self.tr("A+H discount on {date}").format(date=day) if day else self.tr("A+H discount")
        )
        if ah.discount_pct is None:
            item = self._add(label, self.tr("not computed"), None)
            missing = self.tr("; ").join(ah.missing)
            item.setText(4, self.tr("Missing: {inputs}").format(inputs=missing))
            item.setToolTip(4, item.text(4))
            return
        pct = ah.discount_pct
        value = (
            self.tr("{pct} below the A share").format(pct=fmt.pct(pct))
            if pct >= 0
            else self.tr("{pct} above the A share").format(pct=fmt.pct(-pct))
        )
        price, close, rate = inputs.offer_price, inputs.a_close, inputs.rate
        words = self.tr(
            "H-share offer price {price} against the A-share close ¥{close} × {rate} HKD/CNY "
            "= {hkd}"
        ).format(
            price=fmt.hkd(price.value),
            close=f"{close.value:,.2f}",
            rate=f"{rate.value:.4f}",
            hkd=fmt.hkd(ah.a_close_hkd),
        )
        item = self._add(label, value, None)
        item.setText(4, words)
        item.setToolTip(4, words)
        fact = self.summary.facts.get("offer_price") if self.summary is not None else None
        self._add("    " + self.tr("H-share offer price"), fmt.hkd(price.value), fact)
        self._add_input(
            self.tr("A-share close ({symbol})").format(symbol=inputs.a_symbol),
            f"¥{close.value:,.2f}",
            close,
        )
        self._add_input(self.tr("CNY/HKD rate"), f"{rate.value:.4f}", rate)

    def _add_input(self, label: str, value: str, source: Any) -> None:
        """An input of the A+H discount that is no document's: its source, which figure."""
        item = QTreeWidgetItem(["    " + label, value, "", source.source, source.detail])
        if source.url:
            item.setData(0, Qt.ItemDataRole.UserRole, source.url)
            item.setToolTip(3, source.url)
        item.setToolTip(4, source.detail)
        self.tree.addTopLevelItem(item)

    def _add(self, label: str, value: str, source: Any) -> QTreeWidgetItem:
        page = str(source.page) if source is not None else ""
        document = fmt.doc_type(source.doc_type) if source is not None else ""
        snippet = source.snippet if source is not None else ""
        item = QTreeWidgetItem([label, value, page, document, snippet])
        if source is not None:
            item.setData(0, Qt.ItemDataRole.UserRole, source.url)
            item.setToolTip(3, source.url)
            item.setToolTip(4, snippet)
        self.tree.addTopLevelItem(item)
        return item

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        from desktop.ui.links import open_link

        url = item.data(0, Qt.ItemDataRole.UserRole)
        if not url:
            return
        page = item.text(2)
        if url.startswith("file:"):
            from PySide6.QtGui import QDesktopServices

            link = QUrl(url)
            if page.isdigit():
                link.setFragment(f"page={page}")
            QDesktopServices.openUrl(link)
        else:
            open_link(f"{url}#page={page}" if page.isdigit() else url)


def install_offer_panel(page: Any) -> OfferPanel:
    """The Offer tab on a company page."""
    panel = OfferPanel()
    page.offer_panel = panel
    page.tabs.addTab(panel, QCoreApplication.translate("OfferPanel", "Offer"))
    return panel
