"""The Charts tab: the Hong Kong IPO market, the companies compared, and the year's
oversubscription against first-day return.

The charts follow the change signal: a poll's listings (and the offer documents and
prices polls) redraw the market charts; a company edit, a funding change, an import or a
restore redraw the comparison.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget, QWidget

from desktop.store.db import Database
from desktop.ui.charts.compare_chart import CompareChart
from desktop.ui.charts.market_chart import MarketChart
from desktop.ui.charts.subscription_chart import SubscriptionChart
from desktop.ui.follow import follow_changes


class ChartsTab(QTabWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setDocumentMode(True)
        self.market_chart = MarketChart()
        self.compare_chart = CompareChart()
        self.addTab(self.market_chart, self.tr("Hong Kong IPO market"))
        self.subscription_chart = SubscriptionChart()
        self.addTab(self.compare_chart, self.tr("Compare companies"))
        self.addTab(self.subscription_chart, self.tr("Oversubscription and first-day return"))
        follow_changes(self.market_chart, _market_changed, self.reload_market)
        follow_changes(self.compare_chart, lambda c: c.any_funding, self.reload_compare)
        follow_changes(self.subscription_chart, _market_changed, self.reload_subscription)
        self.reload_market()
        self.reload_compare()
        self.reload_subscription()

    def reload_market(self) -> None:
        self.market_chart.set_database(self.db)

    def reload_compare(self) -> None:
        self.compare_chart.set_database(self.db)

    def reload_subscription(self) -> None:
        self.subscription_chart.set_database(self.db)


_OFFER_SOURCES = frozenset({"offer_documents", "prices"})


def _market_changed(change: Any) -> bool:
    """New listings, or a poll of the offer documents or prices (their figures are no
    events: allotment results read, a listing day's close kept)."""
    return bool(change.any_market or change.sources & _OFFER_SOURCES)
