"""The Hong Kong IPO market: new listings and money raised per month or quarter, from
HKEX's New Listing Report, with the watched companies' listings highlighted; below them
each listing's first-day return and how many times its Hong Kong public offer was
subscribed (`store.offer_market`), at its day within the period."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.domain.i18n import QT_TRANSLATE_NOOP, format_day, translate
from desktop.domain.money import HKD_PEG_MIDPOINT as PEG
from desktop.domain.money import bucket_listings, format_money, month_of, peg_note, quarter_of
from desktop.services.tasks import run_task
from desktop.sources.hkex_new_listings import SOURCE_ID
from desktop.sources.hkex_new_listings import ipo_listings as listings  # IPOs only
from desktop.store.charts import listing_events
from desktop.store.db import Database
from desktop.store.offer_market import ListingPoint, read_listing_points
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
    points: list[ListingPoint] = field(default_factory=list)  # per listing (store.offer_market)


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
    return MarketData(rows=rows, watched=watched, points=read_listing_points(db))


def listing_x(day: date, index: int, period: str) -> float:
    """Where a listing of `day` stands in its period's bar (bar `index`): the period's first
    day at the bar's left edge, its last at the right."""
    if period == "month":
        start = day.replace(day=1)
        end = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    else:
        first = 3 * ((day.month - 1) // 3) + 1
        start = date(day.year, first, 1)
        end = date(day.year + (first + 3 > 12), (first + 2) % 12 + 1, 1)
    share = (day - start).days / max((end - start).days - 1, 1)
    return index - BAR / 2 + BAR * share


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
        self.return_plot = self.view.addPlot(row=2, col=0)
        self.subscribed_plot = self.view.addPlot(row=3, col=0)
        for plot in (self.return_plot, self.subscribed_plot):
            plot.setXLink(self.funds_plot)
        for row, stretch in enumerate((3, 2, 2, 2)):
            self.view.ci.layout.setRowStretchFactor(row, stretch)
        self.placed: list[tuple[float, ListingPoint]] = []  # (x, listing) as drawn
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
            translate(
                "MarketChart",
                "Per listing: the first-day return is the listing day's close against the "
                "offer price; subscribed is the Hong Kong public offer, from the allotment "
                "results.",
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
        self._draw_listings(xs, ticks)

    def _draw_listings(self, xs: list[int], ticks: list[tuple[int, str]]) -> None:
        """Each listing's first-day return and oversubscription, at its day in its bar."""
        colors, font = self.colors, self.font_
        label_of = month_of if self.period_key() == "month" else quarter_of
        index = {b.label: i for i, b in enumerate(self.current)}
        self.placed = []
        for point in self.data.points if self.data is not None else []:
            at = index.get(label_of(point.listing_date))
            if at is not None:
                self.placed.append((listing_x(point.listing_date, at, self.period_key()), point))
        parts = (
            (
                self.return_plot,
                translate("MarketChart", "First day (%)"),
                lambda p: None if p.first_day_return is None else p.first_day_return * 100,
            ),
            (
                self.subscribed_plot,
                translate("MarketChart", "Subscribed (×)"),
                lambda p: None if p.subscribed is None else times_log(p.subscribed),
            ),
        )
        for plot, label, value in parts:
            clear_plot(plot)
            style_plot(plot, colors, font)
            plot.setLabel("left", label)
            plot.getAxis("left").setWidth(64)
            plot.getAxis("bottom").setTicks([ticks])
            plot.getAxis("bottom").setStyle(showValues=plot is self.subscribed_plot)
            if plot is self.return_plot:
                plot.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(colors.muted)))
            for watched in (False, True):
                shown = [
                    (x, v)
                    for x, p in self.placed
                    if (p.watched is not None) == watched and (v := value(p)) is not None
                ]
                if shown:
                    plot.addItem(
                        pg.ScatterPlotItem(
                            x=[x for x, _ in shown],
                            y=[v for _, v in shown],
                            size=9 if watched else 7,
                            brush=colors.at(1) if watched else colors.faded(0, 200),
                            pen=pg.mkPen(colors.at(1) if watched else colors.at(0)),
                        )
                    )
            plot.setXRange(-0.7, len(xs) - 0.3, padding=0)
            self._hover(plot, self.describe_listing, horizontal=False)
        logs = [times_log(p.subscribed) for _x, p in self.placed if p.subscribed is not None]
        low, high = (math.floor(min(logs)), math.ceil(max(logs))) if logs else (0, 2)
        high = max(high, low + 1)
        self.subscribed_plot.getAxis("left").setTicks([times_ticks(low, high)])
        self.subscribed_plot.setYRange(low - 0.15, high + 0.15, padding=0)
        self.count_plot.getAxis("bottom").setStyle(showValues=False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.current and self.stack.currentWidget() is self.graphics:
            ticks = self._ticks()  # as many period labels as fit the new width
            for plot in (self.funds_plot, self.count_plot, self.return_plot, self.subscribed_plot):
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

    def describe_listing(self, x: float, _y: float) -> str | None:
        """The listing nearest the mouse along the bottom (within a few days)."""
        near = [(abs(at - x), point) for at, point in self.placed if abs(at - x) <= 0.06]
        if not near:
            return None
        return listing_text(min(near, key=lambda pair: pair[0])[1])

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


def listing_text(point: ListingPoint) -> str:
    """One listing's figures as the read-outs show them."""
    name = point.watched or point.name
    lines = [
        translate("MarketChart", "{name} ({code}), listed {date}").format(
            name=name, code=point.code, date=format_day(point.listing_date)
        )
    ]
    if point.offer_price is not None:
        lines.append(
            translate("MarketChart", "Offer price {price}").format(
                price=f"HK${point.offer_price:,.2f}"
            )
        )
    lines.append(
        translate("MarketChart", "HK public offer subscribed {times}×").format(
            times=f"{point.subscribed:,.2f}"
        )
        if point.subscribed is not None
        else translate("MarketChart", "Subscription: no allotment results read")
    )
    change = point.first_day_return
    lines.append(
        translate("MarketChart", "First-day return {pct} (close {close})").format(
            pct=f"{change * 100:+.1f} %", close=f"HK${point.first_close:,.2f}"
        )
        if change is not None and point.first_close is not None
        else translate("MarketChart", "First-day return: no close of the listing day stored")
    )
    return "\n".join(lines)


def times_log(times: float) -> float:
    """Where a subscription level stands on a log axis (10× is 1, 1,000× is 3)."""
    return math.log10(max(times, 0.01))


def times_ticks(low: int, high: int) -> list[tuple[float, str]]:
    """Ticks of a log axis of subscription levels: 1×, 10×, 100×, …"""
    out = []
    for exponent in range(low, high + 1):
        value = 10.0**exponent
        text = f"{value:,.0f}" if value >= 1 else f"{value:g}"
        out.append((float(exponent), translate("MarketChart", "{times}×").format(times=text)))
    return out
