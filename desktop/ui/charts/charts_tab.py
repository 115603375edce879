"""The Charts tab: the Hong Kong IPO market and the companies compared.

Both charts follow the change signal: a poll's listings redraw the market chart; a
company edit, a funding change, an import or a restore redraw the comparison.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from desktop.store.db import Database
from desktop.ui.charts.compare_chart import CompareChart
from desktop.ui.charts.market_chart import MarketChart
from desktop.ui.follow import follow_changes


class ChartsTab(QTabWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setDocumentMode(True)
        self.market_chart = MarketChart()
        self.compare_chart = CompareChart()
        self.addTab(self.market_chart, self.tr("Hong Kong IPO market"))
        self.addTab(self.compare_chart, self.tr("Compare companies"))
        follow_changes(self.market_chart, lambda c: c.any_market, self.reload_market)
        follow_changes(self.compare_chart, lambda c: c.any_funding, self.reload_compare)
        self.reload_market()
        self.reload_compare()

    def reload_market(self) -> None:
        self.market_chart.set_database(self.db)

    def reload_compare(self) -> None:
        self.compare_chart.set_database(self.db)
