"""Oversubscription against first-day return: one dot per Hong Kong IPO of the chosen
year — how many times its Hong Kong public offer was subscribed (log scale) and how its
shares closed on the listing day against the offer price — watched companies apart."""

from __future__ import annotations

import math
from typing import Any

import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from desktop.store.db import Database
from desktop.store.offer_market import ListingPoint, read_listing_points
from desktop.ui.charts.common import ChartFrame, add_legend, clear_plot, style_plot
from desktop.ui.charts.market_chart import listing_text, times_log, times_ticks

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "SubscriptionChart",
    "No listing has both figures yet: the allotment results (how many times the Hong Kong "
    "public offer was subscribed) and the close of its listing day. Both come with the "
    "polls of HKEX offer documents and share prices.",
)


def _both(point: ListingPoint) -> bool:
    return point.subscribed is not None and point.first_day_return is not None


class SubscriptionChart(ChartFrame):
    """``set_database(db)`` loads in the background; the combo picks the year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.data: list[ListingPoint] | None = None
        self.shown: list[ListingPoint] = []
        super().__init__(
            translate("SubscriptionChart", "Oversubscription and first-day return"), parent
        )
        self.year = QComboBox()
        self.year.currentIndexChanged.connect(lambda _i: self._render())
        self.controls.addWidget(self.year)
        self.show_empty(translate("SubscriptionChart", EMPTY_TEXT))

    def _build_graphics(self) -> QWidget:
        self.view = pg.PlotWidget()
        self.plot = self.view.getPlotItem()
        return self.view

    def _export_item(self) -> Any:
        return self.plot

    def set_database(self, db: Database) -> None:
        self.load_latest(read_listing_points, db)

    def set_data(self, data: Any) -> None:
        points = list(data or [])
        years = sorted({p.listing_date.year for p in points if _both(p)}, reverse=True)
        chosen = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        for year in years:
            self.year.addItem(str(year), year)
        index = self.year.findData(chosen)
        self.year.setCurrentIndex(index if index >= 0 else 0)
        self.year.blockSignals(False)
        super().set_data(points)

    def _render(self) -> None:
        if self.data is None:
            return
        year = self.year.currentData()
        of_year = [p for p in self.data if p.listing_date.year == year]
        self.shown = [p for p in of_year if _both(p)]
        if not self.shown:
            self.show_empty(translate("SubscriptionChart", EMPTY_TEXT))
            self.set_note("")
            return
        self.show_chart()
        self._draw()
        notes = [
            translate(
                "SubscriptionChart",
                "Subscribed: the Hong Kong public offer, as the allotment results state it. "
                "First-day return: the close of the listing day against the final offer price.",
            )
        ]
        left_out = len(of_year) - len(self.shown)
        if left_out:
            notes.append(
                translate(
                    "SubscriptionChart",
                    "%n listing(s) of the year without both figures.",
                    None,
                    left_out,
                )
            )
        self.set_note(" ".join(notes))

    def _draw(self) -> None:
        colors, font, plot = self.colors, self.font_, self.plot
        self._drop_hover()
        clear_plot(plot)
        self.view.setBackground(colors.background)
        style_plot(plot, colors, font)
        plot.showGrid(x=True, y=True, alpha=0.18)
        plot.setLabel(
            "bottom",
            translate("SubscriptionChart", "HK public offer subscribed (times, log scale)"),
        )
        plot.setLabel("left", translate("SubscriptionChart", "First-day return (%)"))
        plot.getAxis("left").setWidth(64)
        add_legend(plot, colors, font, columns=2)
        plot.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(colors.muted)))
        for watched in (False, True):
            group = [p for p in self.shown if (p.watched is not None) == watched]
            if not group:
                continue
            plot.addItem(
                pg.ScatterPlotItem(
                    x=[times_log(p.subscribed or 1.0) for p in group],
                    y=[(p.first_day_return or 0.0) * 100 for p in group],
                    size=10 if watched else 8,
                    brush=colors.at(1) if watched else colors.faded(0, 200),
                    pen=pg.mkPen(colors.at(1) if watched else colors.at(0)),
                    name=translate("SubscriptionChart", "Watched companies")
                    if watched
                    else translate("SubscriptionChart", "Other listings"),
                )
            )
        logs = [times_log(p.subscribed or 1.0) for p in self.shown]
        low, high = math.floor(min(logs)), math.ceil(max(logs))
        high = max(high, low + 1)
        ticks = times_ticks(low, high)
        plot.getAxis("bottom").setTicks([ticks])
        plot.setXRange(low - 0.1, high + 0.1, padding=0)
        returns = [(p.first_day_return or 0.0) * 100 for p in self.shown]
        bottom, top = min(*returns, 0.0), max(*returns, 0.0)
        span = max(top - bottom, 10.0)
        plot.setYRange(bottom - span * 0.1, top + span * 0.3, padding=0)  # room for the legend
        self._hover(plot, self.describe)

    def describe(self, x: float, y: float) -> str | None:
        """The dot nearest the mouse (in the plot's own units, within a small distance)."""
        (left, right), (bottom, top) = self.plot.vb.viewRange()
        width, height = max(right - left, 1e-9), max(top - bottom, 1e-9)
        best: tuple[float, ListingPoint] | None = None
        for point in self.shown:
            px = times_log(point.subscribed or 1.0)
            py = (point.first_day_return or 0.0) * 100
            distance = math.hypot((px - x) / width, (py - y) / height)
            if distance <= 0.03 and (best is None or distance < best[0]):
                best = (distance, point)
        return listing_text(best[1]) if best else None

    def table(self) -> tuple[list[str], list[list[Any]]]:
        header = [
            "code",
            "name",
            "listing_date",
            "offer_price_hkd",
            "hk_public_offer_subscribed_times",
            "first_day_close_hkd",
            "first_day_return_pct",
            "watched_company",
            "subscription_source",
            "close_source",
        ]
        rows = [
            [
                p.code,
                p.name,
                p.listing_date.isoformat(),
                p.offer_price,
                p.subscribed,
                p.first_close,
                round((p.first_day_return or 0.0) * 100, 2),
                p.watched or "",
                p.subscribed_url or "",
                p.first_close_source or "",
            ]
            for p in self.shown
        ]
        return header, rows
