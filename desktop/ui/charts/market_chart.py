"""The Hong Kong IPO market: new listings and money raised per month or quarter, from
HKEX's New Listing Report, with the watched companies' listings highlighted."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from desktop.domain.money import HKD_PEG_MIDPOINT as PEG
from desktop.domain.money import bucket_listings, format_money, month_of, peg_note, quarter_of
from desktop.services.tasks import run_task
from desktop.sources.hkex_new_listings import SOURCE_ID
from desktop.sources.hkex_new_listings import ipo_listings as listings  # IPOs only
from desktop.store.charts import listing_events
from desktop.store.db import Database
from desktop.ui.charts.common import ChartFrame, add_legend, clear_plot, style_plot

PERIODS = (
    ("month", QT_TRANSLATE_NOOP("MarketChart", "Per month")),
    ("quarter", QT_TRANSLATE_NOOP("MarketChart", "Per quarter")),
)
BAR = 0.75
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "MarketChart", "No new-listing data yet."
)  # until the source's state has been read


@dataclass
class MarketData:
    rows: list[dict[str, Any]] = field(default_factory=list)  # hkex_new_listings.listings rows
    watched: dict[tuple[str, date], str] = field(default_factory=dict)  # (code, day) -> name


@dataclass(frozen=True)
class Bucket:
    label: str
    count: int
    funds_hkd: float | None
    watched: tuple[str, ...]
    watched_funds_hkd: float
    missing_funds: int


def load_market(db: Database) -> MarketData:
    """Every listing in the New Listing Report events; runs in a worker thread."""
    found = listing_events(db, SOURCE_ID)
    rows = listings(raw for raw, _cid, _name in found if isinstance(raw, dict))
    watched: dict[tuple[str, date], str] = {}
    for raw, company_id, name in found:
        if company_id is None or not isinstance(raw, dict):
            continue
        for row in listings([raw]):
            watched[(row["code"], row["listing_date"])] = name or row["name"]
    return MarketData(rows=rows, watched=watched)


def buckets(data: MarketData, period: str) -> list[Bucket]:
    label_of = month_of if period == "month" else quarter_of
    names: dict[str, list[str]] = {}
    funds: dict[str, float] = {}
    missing: dict[str, int] = {}
    for row in data.rows:
        label = label_of(row["listing_date"])
        if row["funds_raised_hkd"] is None:
            missing[label] = missing.get(label, 0) + 1
        name = data.watched.get((row["code"], row["listing_date"]))
        if name:
            names.setdefault(label, []).append(name)
            funds[label] = funds.get(label, 0.0) + (row["funds_raised_hkd"] or 0.0)
    return [
        Bucket(
            label,
            count,
            raised,
            tuple(names.get(label, ())),
            funds.get(label, 0.0),
            missing.get(label, 0),
        )
        for label, count, raised in bucket_listings(data.rows, period)
    ]


class MarketChart(ChartFrame):
    """``set_database(db)`` loads in the background; the combo switches month/quarter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.data: MarketData | None = None
        self.current: list[Bucket] = []
        super().__init__(translate("MarketChart", "Hong Kong IPO market"), parent)
        self.period = QComboBox()
        for key, text in PERIODS:
            self.period.addItem(translate("MarketChart", text), key)
        self.period.currentIndexChanged.connect(lambda _i: self._render())
        self.controls.addWidget(self.period)
        self.empty_text = translate(
            "MarketChart", EMPTY_TEXT
        )  # replaced by what the source's state says
        self.show_empty(self.empty_text)

    def _build_graphics(self) -> QWidget:
        self.view = pg.GraphicsLayoutWidget()
        self.funds_plot = self.view.addPlot(row=0, col=0)
        self.count_plot = self.view.addPlot(row=1, col=0)
        self.count_plot.setXLink(self.funds_plot)
        self.view.ci.layout.setRowStretchFactor(0, 3)
        self.view.ci.layout.setRowStretchFactor(1, 2)
        return self.view

    def _export_item(self) -> Any:
        return self.view.ci

    def period_key(self) -> str:
        return self.period.currentData() if hasattr(self, "period") else "month"

    # -- loading --------------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        from desktop.store.source_health import market_empty

        self.load_latest(load_market, db)
        run_task(market_empty, db, on_done=self._set_empty_text)

    def _set_empty_text(self, text: str) -> None:
        """The empty state as the source's real state has it (off, failing, not run)."""
        self.empty_text = text
        if self.is_empty:
            self.show_empty(text)

    # -- drawing --------------------------------------------------------------------------

    def _render(self) -> None:
        if self.data is None or not hasattr(self, "period"):
            return
        self.current = buckets(self.data, self.period_key())
        if not self.current:
            self.show_empty(self.empty_text)
            self.set_note("")
            return
        self.show_chart()
        self._draw()
        notes = [translate("MarketChart", "Funds raised as reported in HKEX's New Listing Report.")]
        missing = sum(b.missing_funds for b in self.current)
        if missing:
            notes.append(
                translate(
                    "MarketChart",
                    "%n listing(s) without a figure left out of the money raised.",
                    None,
                    missing,
                )
            )
        notes.append(
            translate("MarketChart", "US$ amounts in the read-out: {note}.").format(note=peg_note())
        )
        self.set_note(" ".join(notes))

    def _draw(self) -> None:
        colors, font = self.colors, self.font_
        self._drop_hover()
        self.view.setBackground(colors.background)
        xs = list(range(len(self.current)))
        ticks = self._ticks()
        parts = (
            (
                self.funds_plot,
                translate("MarketChart", "Money raised (HK$ bn)"),
                [(b.funds_hkd or 0.0) / 1e9 for b in self.current],
                [b.watched_funds_hkd / 1e9 for b in self.current],
            ),
            (
                self.count_plot,
                translate("MarketChart", "New listings"),
                [float(b.count) for b in self.current],
                [float(len(b.watched)) for b in self.current],
            ),
        )
        for plot, label, totals, watched in parts:
            clear_plot(plot)
            style_plot(plot, colors, font)
            plot.setLabel("left", label)
            plot.getAxis("left").setWidth(64)
            plot.getAxis("bottom").setTicks([ticks])
            if plot is self.funds_plot:
                add_legend(plot, colors, font, columns=2)
                plot.getAxis("bottom").setStyle(showValues=False)
            plot.addItem(
                pg.BarGraphItem(
                    x=xs,
                    height=totals,
                    width=BAR,
                    brush=colors.faded(0, 170),
                    pen=pg.mkPen(colors.at(0)),
                    name=translate("MarketChart", "All new listings"),
                )
            )
            shown = [(x, h) for x, h in zip(xs, watched, strict=True) if h > 0]
            if shown:
                plot.addItem(
                    pg.BarGraphItem(
                        x=[x for x, _ in shown],
                        height=[h for _, h in shown],
                        width=BAR,
                        brush=colors.at(1),
                        pen=pg.mkPen(colors.at(1)),
                        name=translate("MarketChart", "Watched companies"),
                    )
                )
            plot.setXRange(-0.7, len(xs) - 0.3, padding=0)
            headroom = 1.3 if plot is self.funds_plot else 1.1  # the legend sits on top
            plot.setYRange(0, max([*totals, 1.0]) * headroom, padding=0)
            plot.setLimits(yMin=0)
            self._hover(plot, self.describe, horizontal=False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.current and self.stack.currentWidget() is self.graphics:
            ticks = self._ticks()  # as many period labels as fit the new width
            for plot in (self.funds_plot, self.count_plot):
                plot.getAxis("bottom").setTicks([ticks])

    def _ticks(self) -> list[tuple[int, str]]:
        width = max(self.view.width(), 400)
        room = max(int((width - 80) / 72), 2)
        step = max(1, math.ceil(len(self.current) / room))
        return [(i, b.label) for i, b in enumerate(self.current) if i % step == 0]

    def describe(self, x: float, _y: float) -> str | None:
        index = round(x)
        if not 0 <= index < len(self.current) or abs(x - index) > BAR / 2 + 0.1:
            return None
        b = self.current[index]
        count = b.count
        lines = [b.label, translate("MarketChart", "%n new listing(s)", None, count)]
        if b.funds_hkd is not None:
            lines.append(
                translate("MarketChart", "Raised {hkd} ≈ {usd}").format(
                    hkd=format_money(b.funds_hkd, "HKD"), usd=format_money(b.funds_hkd / PEG)
                )
            )
        if b.missing_funds:
            lines.append(
                translate("MarketChart", "{count} without a funds figure").format(
                    count=b.missing_funds
                )
            )
        if b.watched:
            lines.append(
                translate("MarketChart", "Watched: {names}").format(names=", ".join(b.watched))
            )
        return "\n".join(lines)

    def table(self) -> tuple[list[str], list[list[Any]]]:
        header = [
            "period",
            "listings",
            "funds_raised_hkd",
            "listings_without_funds",
            "watched_listings",
            "watched_funds_hkd",
            "watched_companies",
        ]
        rows = [
            [
                b.label,
                b.count,
                b.funds_hkd,
                b.missing_funds,
                len(b.watched),
                b.watched_funds_hkd,
                "; ".join(b.watched),
            ]
            for b in self.current
        ]
        return header, rows
