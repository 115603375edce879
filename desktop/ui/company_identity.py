"""The company page's listing and identity panel: what the sources say about the company.

A listed company's listing (date, code, offer price, funds raised, sponsors, how it
listed) with the record it came from; and the official names and code learned from the
exchange's records, each with its source and a Remove button.  Loads in the background.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services.language import format_date, format_money
from desktop.services.tasks import run_task
from desktop.store.identity_reads import (
    IdentityView,
    ListingView,
    company_identity,
    company_listing,
)

SOURCE_WORDS = {
    "hkex_new_listings": QT_TRANSLATE_NOOP("CompanyIdentity", "HKEX New Listing Report"),
    "hkex_app": QT_TRANSLATE_NOOP("CompanyIdentity", "HKEX application records"),
    "user": QT_TRANSLATE_NOOP("CompanyIdentity", "entered by you"),
    "seed": QT_TRANSLATE_NOOP("CompanyIdentity", "Seed watchlist"),
}
METHOD_WORDS = {
    "ipo": "IPO",
    "transfer": QT_TRANSLATE_NOOP("CompanyIdentity", "Transfer from GEM"),
    "de_spac": QT_TRANSLATE_NOOP("CompanyIdentity", "De-SPAC transaction"),
    "introduction": QT_TRANSLATE_NOOP("CompanyIdentity", "By introduction"),
    "other": QT_TRANSLATE_NOOP("CompanyIdentity", "Not an IPO"),
}
"""Source and method words (translated with context "CompanyIdentity" where shown)."""
NOT_STATED = QT_TRANSLATE_NOOP("CompanyIdentity", "not stated")


def _t(text: str) -> str:
    return QCoreApplication.translate("CompanyIdentity", text)


def SOURCE_LABEL() -> str:
    return QCoreApplication.translate("CompanyIdentity", "Source")


@dataclass(frozen=True)
class IdentityData:
    listing: ListingView | None
    facts: list[IdentityView]


def load_identity(db: Any, company_id: int) -> IdentityData:
    """Runs in a worker thread."""
    return IdentityData(company_listing(db, company_id), company_identity(db, company_id))


def _money(amount: float | None) -> str:
    if amount is None:
        return _t(NOT_STATED)
    return format_money(amount, "HKD")


def listing_lines(listing: ListingView | None) -> list[tuple[str, str]]:
    """(label, text) rows for a listing; what the source does not state says so."""
    if listing is None:
        return []
    if listing.offer_price is not None:
        price = f"HK${listing.offer_price:,.3f}".rstrip("0").rstrip(".")
    else:
        price = listing.offer_price_text or _t(NOT_STATED)
    rows = [
        (
            QCoreApplication.translate("CompanyIdentity", "Listed"),
            format_date(listing.listing_date)
            if listing.listing_date
            else QCoreApplication.translate("CompanyIdentity", "date not stated"),
        ),
        (
            QCoreApplication.translate("CompanyIdentity", "Stock code"),
            listing.code or _t(NOT_STATED),
        ),
        (QCoreApplication.translate("CompanyIdentity", "Offer price"), price),
        (
            QCoreApplication.translate("CompanyIdentity", "Funds raised"),
            _money(listing.funds_raised_hkd),
        ),
        (
            QCoreApplication.translate("CompanyIdentity", "Sponsors"),
            ", ".join(listing.sponsors) if listing.sponsors else _t(NOT_STATED),
        ),
    ]
    if listing.method and listing.method != "ipo":
        rows.insert(
            1,
            (
                QCoreApplication.translate("CompanyIdentity", "How"),
                _t(METHOD_WORDS.get(listing.method, listing.method)),
            ),
        )
    rows.append((SOURCE_LABEL(), _t(SOURCE_WORDS.get(listing.source, listing.source))))
    return rows


class CompanyIdentityPanel(QWidget):
    """``set_company(db, company_id)`` loads in the background; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Any = None
        self._company_id: int | None = None
        self.listing_grid = QGridLayout()
        self.listing_grid.setContentsMargins(0, 0, 0, 0)
        self.facts_box = QVBoxLayout()
        self.facts_box.setContentsMargins(0, 0, 0, 0)
        self.facts_box.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(self.listing_grid)
        layout.addLayout(self.facts_box)
        self.data: IdentityData | None = None
        self.setVisible(False)

    def set_company(self, db: Any, company_id: int) -> None:
        self._db, self._company_id = db, company_id
        run_task(load_identity, db, company_id, on_done=lambda data: self._show(company_id, data))

    def _show(self, company_id: int, data: IdentityData) -> None:
        if company_id != self._company_id:
            return  # another company was opened meanwhile
        self.data = data
        _clear(self.listing_grid)
        _clear(self.facts_box)
        for row, (label, text) in enumerate(listing_lines(data.listing)):
            name = QLabel(self.tr("{label}:").format(label=label))
            value = QLabel(text)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if label == SOURCE_LABEL() and data.listing and data.listing.url:
                value.setToolTip(data.listing.url)
            self.listing_grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            self.listing_grid.addWidget(value, row, 1)
        if data.facts:
            self.facts_box.addWidget(QLabel(self.tr("Learned from the exchange's records:")))
        for fact in data.facts:
            self.facts_box.addWidget(self._fact_row(fact))
        self.setVisible(bool(data.listing or data.facts))

    def _fact_row(self, fact: IdentityView) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        where = _t(SOURCE_WORDS.get(fact.source, fact.source))
        if fact.published:
            where += self.tr(", {date}").format(date=format_date(fact.published))
        text = QLabel(
            self.tr("{label}: {value}  ({where})").format(
                label=fact.label, value=fact.value, where=where
            )
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if fact.url:
            text.setToolTip(fact.url)
        remove = QPushButton(self.tr("Remove"))
        remove.setToolTip(
            self.tr(
                "Forget this: the app stops using it to match filings and will not learn it again."
            )
        )
        remove.clicked.connect(lambda _=False, fid=fact.id: self._remove(fid))
        line.addWidget(text, 1)
        line.addWidget(remove, 0)
        return row

    def _remove(self, fact_id: int) -> None:
        if self._db is None or self._company_id is None:
            return
        db, company_id = self._db, self._company_id
        from desktop.store.identity import remove_identity  # a write: the ORM loads now

        run_task(remove_identity, db, fact_id, on_done=lambda _: self.set_company(db, company_id))


def _clear(layout: Any) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()
