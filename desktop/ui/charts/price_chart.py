"""A listed company's closing prices against its offer price."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from desktop.domain.money import returns
from desktop.store.charts import price_closes
from desktop.store.db import Database
from desktop.store.funding import IpoTerms, ipo_terms
from desktop.ui.charts.common import DatePlotFrame, clear_plot, day_of, style_plot
from desktop.ui.charts.common import timestamp as ts

DAY = 86400.0
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "PriceChart", "No share prices yet."
)  # until what is missing has been read


@dataclass
class PriceData:
    closes: list[tuple[date, float]] = field(default_factory=list)  # oldest first
    currency: str = "HKD"
    ipo: IpoTerms | None = None


def load_prices(db: Database, company_id: int) -> PriceData:
    """Runs in a worker thread."""
    found = price_closes(db, company_id)
    by_day: dict[date, tuple[float, str]] = {}
    for day, raw in found:
        close = raw.get("close") if isinstance(raw, dict) else None
        if day is None or isinstance(close, bool) or not isinstance(close, int | float):
            continue
        by_day[day] = (float(close), str(raw.get("currency") or "HKD"))
    currencies = {c for _, c in by_day.values()}
    return PriceData(
        closes=[(d, by_day[d][0]) for d in sorted(by_day)],
        currency=currencies.pop() if len(currencies) == 1 else "mixed",
        ipo=ipo_terms(db, [company_id]).get(company_id),
    )


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:+.1f}%"


def _price(value: float | None, currency: str) -> str:
    if value is None:
        return "—"
    prefix = "HK$" if currency == "HKD" else f"{currency} "
    return f"{prefix}{value:,.2f}"


class PriceChart(DatePlotFrame):
    """``set_company(db, company_id)`` loads in the background."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.data: PriceData | None = None
        self.stats: dict[str, Any] = {}
        super().__init__(translate("PriceChart", "Share price"), parent)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setFont(self.font_)
        self.frame_layout.insertWidget(1, self.summary)
        self.empty_text = translate("PriceChart", EMPTY_TEXT)
        self.show_empty(self.empty_text)

    def set_company(self, db: Database, company_id: int) -> None:
        from desktop.services.tasks import run_task
        from desktop.store.source_health import price_empty

        token = self.load_latest(load_prices, db, company_id)
        self.empty_text = translate("PriceChart", EMPTY_TEXT)

        def empty_text(text: str) -> None:  # what is missing, for this company
            if self.is_latest_load(token):
                self.empty_text = text
                if self.is_empty:
                    self.show_empty(text)

        run_task(price_empty, db, company_id, on_done=empty_text)

    # -- drawing --------------------------------------------------------------------------

    def _offer(self) -> float | None:
        """The offer price, when it can be compared with the closes (both in HK$)."""
        if self.data is None or self.data.ipo is None or self.data.currency != "HKD":
            return None
        return self.data.ipo.offer_price

    def _render(self) -> None:
        if self.data is None or not hasattr(self, "summary"):
            return
        data = self.data
        listing_day = data.ipo.listing_date if data.ipo else None
        self.stats = returns(self._offer(), data.closes, listing_date=listing_day)
        self.summary.setText(self._summary_text())
        self.summary.setVisible(bool(data.closes))
        if not data.closes:
            self.show_empty(self.empty_text)
            return
        self.show_chart()
        self._draw()

    def _summary_text(self) -> str:
        data, stats = self.data, self.stats
        assert data is not None
        offer = data.ipo.offer_price if data.ipo else None
        if offer is None:
            return translate(
                "PriceChart", "Offer price not known, so returns cannot be worked out."
            )
        if data.currency != "HKD":
            return translate(
                "PriceChart", "Prices are in {currency}, the offer price in HK$: not compared."
            ).format(currency=data.currency)
        first = stats["first_day_return"]
        first_text = (
            translate("PriceChart", "First-day return {pct}").format(pct=_pct(first))
            if first is not None
            else translate("PriceChart", "First-day close not recorded")
        )
        last_day = stats["last_date"]
        return translate(
            "PriceChart", "Offer {offer} · {first} · Return to date {ret} (close {close} on {day})"
        ).format(
            offer=_price(offer, "HKD"),
            first=first_text,
            ret=_pct(stats["return_to_date"]),
            close=_price(stats["last_close"], "HKD"),
            day=last_day.isoformat(),
        )

    def _draw(self) -> None:
        colors, font, plot = self.colors, self.font_, self.plot
        data = self.data
        assert data is not None
        self._drop_hover()
        clear_plot(plot)
        self.view.setBackground(colors.background)
        style_plot(plot, colors, font)
        plot.setLabel(
            "left",
            translate("PriceChart", "Close (HK$)")
            if data.currency == "HKD"
            else translate("PriceChart", "Close ({currency})").format(currency=data.currency),
        )
        xs = [ts(d) for d, _ in data.closes]
        ys = [c for _, c in data.closes]
        plot.addItem(
            pg.PlotDataItem(
                xs,
                ys,
                pen=pg.mkPen(colors.at(0), width=2),
                symbol="o",
                symbolSize=4,
                symbolBrush=colors.at(0),
                symbolPen=None,
                name=translate("PriceChart", "Close"),
                antialias=True,
            )
        )
        offer = self._offer()
        lows, highs = [*ys], [*ys]
        if offer is not None:
            fill = pg.mkColor(colors.background)
            fill.setAlpha(220)
            line = pg.InfiniteLine(
                pos=offer,
                angle=0,
                pen=pg.mkPen(colors.at(3), width=1.5, style=Qt.PenStyle.DashLine),
                label=translate("PriceChart", "Offer {price}").format(price=_price(offer, "HKD")),
                labelOpts={
                    "position": 0.02,
                    "color": colors.at(3),
                    "fill": fill,
                    "anchors": [(0, 1), (0, 1)],
                },
            )
            line.label.setFont(font)
            plot.addItem(line)
            lows.append(offer)
            highs.append(offer)
        low, high = min(lows), max(highs)
        margin = max((high - low) * 0.12, high * 0.02)
        plot.setYRange(max(low - margin, 0), high + margin, padding=0)
        pad = max((xs[-1] - xs[0]) * 0.03, 2 * DAY)
        plot.setXRange(xs[0] - pad, xs[-1] + pad, padding=0)
        self._hover(plot, self.describe)

    def describe(self, x: float, _y: float) -> str | None:
        if not self.data or not self.data.closes:
            return None
        day, close = min(self.data.closes, key=lambda p: abs(ts(p[0]) - x))
        if abs(ts(day) - x) > 4 * DAY and day != day_of(x):
            return None
        text = translate("PriceChart", "{day}\nClose {close}").format(
            day=day.isoformat(), close=_price(close, self.data.currency)
        )
        offer = self._offer()
        if offer:
            text += translate("PriceChart", "\n{pct} against the offer").format(
                pct=_pct(close / offer - 1)
            )
        return text

    def table(self) -> tuple[list[str], list[list[Any]]]:
        header = ["date", "close", "currency", "offer_price", "return_vs_offer"]
        rows: list[list[Any]] = []
        if self.data is None:
            return header, rows
        offer = self._offer()
        for day, close in self.data.closes:
            rows.append(
                [
                    day.isoformat(),
                    close,
                    self.data.currency,
                    offer,
                    close / offer - 1 if offer else None,
                ]
            )
        return header, rows
