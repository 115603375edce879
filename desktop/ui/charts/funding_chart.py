"""One company's funding rounds (bars, US$), the running total (step line) and its IPO."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from desktop.domain.money import (
    cumulative,
    format_money,
    peg_note,
    rates_with_defaults,
    round_usd,
    to_usd,
)
from desktop.store.db import Database
from desktop.store.funding import IpoTerms, fx_rates, ipo_terms, list_rounds
from desktop.store.funding_proposals import ProposalView, round_sources, source_label
from desktop.store.tables import FundingRound
from desktop.ui.charts.common import (
    DatePlotFrame,
    add_legend,
    clear_plot,
    day_of,
    style_plot,
)
from desktop.ui.charts.common import timestamp as ts

DAY = 86400.0
WRAP = 64  # characters per line of the hover read-out
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "FundingChart",
    "No confirmed funding rounds for this company yet.\n"
    "Accept the suggested rounds below, or add rounds yourself (Add… or Import rounds…). "
    "Suggested rounds appear here only once you accept them. "
    "The IPO shows here once HKEX lists the company.",
)


@dataclass
class FundingData:
    rounds: list[FundingRound] = field(default_factory=list)
    ipo: IpoTerms | None = None
    rates: dict[str, float] = field(default_factory=dict)  # with the defaults
    user_rates: dict[str, float] = field(default_factory=dict)
    # The suggested round each accepted round came from (its document page or article).
    origins: dict[int, ProposalView] = field(default_factory=dict)


def load_funding(db: Database, company_id: int) -> FundingData:
    """Runs in a worker thread."""
    user = fx_rates(db)
    rounds = list_rounds(db, company_id)
    return FundingData(
        rounds=rounds,
        ipo=ipo_terms(db, [company_id]).get(company_id),
        rates=rates_with_defaults(user),
        user_rates=user,
        origins=round_sources(db, [r.id for r in rounds if r.id is not None]),
    )


def source_text(item: FundingRound, data: FundingData) -> str:
    """Where a round's figures come from, in words (for the hover read-out)."""
    origin = data.origins.get(item.id or 0)
    if origin is not None and origin.source:
        source = origin.source
        said = translate("FundingChart", "Source: {source}").format(source=source_label(source))
        text = "\n".join(textwrap.wrap(said, WRAP))
        sentence = str(source.get("sentence") or "")
        if sentence:
            short = sentence if len(sentence) <= 180 else sentence[:179] + "…"
            text += "\n" + "\n".join(textwrap.wrap(f"“{short}”", WRAP))
        if len(origin.sources) > 1:
            more = len(origin.sources) - 1
            text += translate("FundingChart", "\nAlso reported by {count} more source(s)").format(
                count=more
            )
        return text
    if item.source_url:
        said = translate("FundingChart", "Source: {source}").format(source=item.source_url)
        return "\n".join(textwrap.wrap(said, WRAP))
    return translate("FundingChart", "Source: entered by hand, none given")


def usd_basis(item: FundingRound, data: FundingData) -> str:
    """How the US$ figure of a round was arrived at, in words."""
    if item.amount_usd is not None:
        return translate("FundingChart", "stated")
    currency = (item.currency or "").upper()
    if item.amount is None:
        return translate("FundingChart", "no amount")
    if currency == "USD":
        return translate("FundingChart", "stated")
    if currency == "HKD" and "HKD" not in data.user_rates:
        return translate("FundingChart", "converted at 7.8 HKD per US$ (peg midpoint)")
    rate = data.rates.get(currency)
    if rate is None:
        return translate("FundingChart", "no {currency} rate set").format(currency=currency)
    return translate("FundingChart", "converted at your rate, 1 {currency} = {rate} US$").format(
        currency=currency, rate=f"{rate:g}"
    )


class FundingChart(DatePlotFrame):
    """Funding rounds of one company; ``set_company(db, company_id)`` loads in the background."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.data: FundingData | None = None
        self._bar_width = 30 * DAY
        super().__init__(translate("FundingChart", "Funding rounds"), parent)
        self.csv_button.setText(translate("FundingChart", "Export chart data…"))
        self.csv_button.setToolTip(
            translate(
                "FundingChart",
                "Save the numbers behind the chart as CSV: each round in US$, how it was "
                "converted, and the running total (Export rounds… below saves the rounds as typed)",
            )
        )
        self.show_empty(translate("FundingChart", EMPTY_TEXT))

    # -- loading --------------------------------------------------------------------------

    def set_company(self, db: Database, company_id: int) -> None:
        self.load_latest(load_funding, db, company_id)

    # -- drawing --------------------------------------------------------------------------

    def _drawable(self) -> list[tuple[FundingRound, float]]:
        assert self.data is not None
        found = []
        for item in self.data.rounds:
            usd = round_usd(item, self.data.rates)
            if item.date is not None and usd is not None:
                found.append((item, usd))
        return found

    def _ipo_usd(self) -> float | None:
        ipo = self.data.ipo if self.data else None
        if ipo is None:
            return None
        return to_usd(ipo.funds_raised_hkd, "HKD", self.data.rates)  # type: ignore[union-attr]

    def _render(self) -> None:
        data = self.data
        if data is None:
            return
        drawable = self._drawable()
        ipo = data.ipo if data.ipo and data.ipo.listing_date else None
        self.set_note(self._note_text(len(drawable)))
        if not drawable and ipo is None:
            if data.rounds:
                recorded = len(data.rounds)
                self.show_empty(
                    translate(
                        "FundingChart",
                        "%n round(s) recorded, none with both a date and a US$ "
                        "amount.\nGive them a date, and a US$ amount or an exchange rate for "
                        "their currency, on the Funding tab.",
                        None,
                        recorded,
                    )
                )
            else:
                self.show_empty(translate("FundingChart", EMPTY_TEXT))
            return
        self.show_chart()
        self._draw(drawable, ipo)

    def _note_text(self, drawn: int) -> str:
        assert self.data is not None
        left_out = len(self.data.rounds) - drawn
        notes = []
        if left_out:
            missing = sorted(
                {
                    (r.currency or "").upper()
                    for r in self.data.rounds
                    if r.amount_usd is None
                    and r.currency
                    and r.amount is not None
                    and (r.currency or "").upper() not in self.data.rates
                }
            )
            text = translate(
                "FundingChart", "%n round(s) not drawn (no date or no US$ amount)", None, left_out
            )
            if missing:
                text += translate(
                    "FundingChart", "; set an exchange rate for {currencies} to include them"
                ).format(currencies=", ".join(missing))
            notes.append(text + translate("FundingChart", ". The total is a lower bound."))
        uses_peg = "HKD" not in self.data.user_rates and (
            (self.data.ipo and self.data.ipo.funds_raised_hkd)
            or any(
                r.amount_usd is None and (r.currency or "").upper() == "HKD"
                for r in self.data.rounds
            )
        )
        if uses_peg:
            notes.append(peg_note() + translate("FundingChart", "."))
        return " ".join(notes)

    def _draw(self, drawable: list[tuple[FundingRound, float]], ipo: IpoTerms | None) -> None:
        colors, font = self.colors, self.font_
        plot = self.plot
        self._drop_hover()
        clear_plot(plot)
        self.view.setBackground(colors.background)
        style_plot(plot, colors, font)
        plot.setLabel("left", translate("FundingChart", "US$ millions"))
        legend = add_legend(plot, colors, font, columns=3)

        days = [ts(item.date) for item, _ in drawable]  # type: ignore[arg-type]
        if ipo is not None:
            days.append(ts(ipo.listing_date))  # type: ignore[arg-type]
        first, last = min(days), max(days)
        span = max(last - first, 180 * DAY)
        self._bar_width = max(span / 45, 12 * DAY)

        if drawable:
            bars = pg.BarGraphItem(
                x=[ts(item.date) for item, _ in drawable],  # type: ignore[arg-type]
                height=[usd / 1e6 for _, usd in drawable],
                width=self._bar_width,
                brush=colors.faded(0, 170),
                pen=pg.mkPen(colors.at(0), width=1),
                name=translate("FundingChart", "Funding round (US$)"),
            )
            plot.addItem(bars)
            xs, ys = self._steps(last)
            line = pg.PlotDataItem(
                xs,
                ys,
                pen=pg.mkPen(colors.at(1), width=2.5),
                name=translate("FundingChart", "Raised in total (US$)"),
                antialias=True,
            )
            plot.addItem(line)

        if ipo is not None:
            self._draw_ipo(ipo, legend)
        heights = [usd for _, usd in drawable] + [self._ipo_usd() or 0.0]
        if drawable:
            heights.append(cumulative(self.data.rounds, self.data.rates)[-1][1])  # type: ignore[union-attr]
        top = max(max(heights) / 1e6, 1.0)
        plot.setXRange(first - span * 0.06, last + span * 0.06, padding=0)
        plot.setYRange(0, top * 1.25, padding=0)  # headroom for the legend and IPO label
        self._hover(plot, self.describe)

    def _steps(self, until: float) -> tuple[list[float], list[float]]:
        assert self.data is not None
        series = cumulative(self.data.rounds, self.data.rates)
        xs: list[float] = []
        ys: list[float] = []
        total = 0.0
        for day, running in series:
            xs += [ts(day), ts(day)]
            ys += [total / 1e6, running / 1e6]
            total = running
        xs.append(max(until, xs[-1] + self._bar_width))
        ys.append(total / 1e6)
        return xs, ys

    def _draw_ipo(self, ipo: IpoTerms, legend: Any) -> None:
        colors = self.colors
        color = colors.at(3)
        day = ipo.listing_date.isoformat()  # type: ignore[union-attr]
        label = translate("FundingChart", "Listed {date}").format(date=day)
        if ipo.funds_raised_hkd:
            label += translate("FundingChart", " · raised {amount}").format(
                amount=format_money(ipo.funds_raised_hkd, "HKD")
            )
        elif ipo.offer_price:
            label += translate("FundingChart", " · offer HK${price}/share").format(
                price=f"{ipo.offer_price:,.2f}"
            )
        fill = pg.mkColor(colors.background)
        fill.setAlpha(220)
        marker = pg.InfiniteLine(
            pos=ts(ipo.listing_date),  # type: ignore[arg-type]
            angle=90,
            pen=pg.mkPen(color, width=1.5, style=Qt.PenStyle.DashLine),
            label=label.replace("{", "(").replace("}", ")"),
            labelOpts={"position": 0.97, "color": color, "fill": fill, "anchors": [(1, 0), (1, 0)]},
        )
        marker.label.setFont(self.font_)
        self.plot.addItem(marker)
        usd = self._ipo_usd()
        if usd is not None:
            dot = pg.ScatterPlotItem(
                [ts(ipo.listing_date)],  # type: ignore[arg-type]
                [usd / 1e6],
                symbol="d",
                size=14,
                brush=color,
                pen=pg.mkPen(colors.background),
                name=translate("FundingChart", "IPO (funds raised, US$)"),
            )
            self.plot.addItem(dot)

    # -- hover ----------------------------------------------------------------------------

    def describe(self, x: float, y: float) -> str | None:
        """What is at ``x`` (a timestamp): a round, the IPO, or the total so far."""
        if self.data is None:
            return None
        near = [
            (abs(ts(item.date) - x), item, usd)  # type: ignore[arg-type]
            for item, usd in self._drawable()
            if abs(ts(item.date) - x) <= self._bar_width * 0.75  # type: ignore[arg-type]
        ]
        if near:
            _, item, usd = min(near, key=lambda n: n[0])
            return self._round_text(item, usd)
        ipo = self.data.ipo
        if ipo and ipo.listing_date and abs(ts(ipo.listing_date) - x) <= self._bar_width * 0.75:
            return self._ipo_text(ipo)
        day = day_of(x)
        total = [v for d, v in cumulative(self.data.rounds, self.data.rates) if d <= day]
        if not total:
            return None
        counted = [r for r, _ in self._drawable() if r.date is not None and r.date <= day]
        lines = [
            translate("FundingChart", "Raised by {date}: {amount}").format(
                date=day.isoformat(), amount=format_money(total[-1])
            )
        ]
        for item in counted[-4:]:
            origin = self.data.origins.get(item.id or 0)
            where = (
                source_label(origin.source)
                if origin is not None and origin.source
                else (item.source_url or translate("FundingChart", "entered by hand"))
            )
            name = item.round or translate("FundingChart", "Round")
            lines.append(f"· {name} ({item.date.isoformat()}): {where}")  # type: ignore[union-attr]
        if len(counted) > 4:
            earlier = len(counted) - 4
            lines.insert(
                1,
                translate("FundingChart", "· … {count} earlier round(s)").format(count=earlier),
            )
        return "\n".join(lines)

    def _round_text(self, item: FundingRound, usd: float) -> str:
        assert self.data is not None
        lines = [
            translate("FundingChart", "{round} · {date}").format(
                round=item.round or translate("FundingChart", "Round"),
                date=item.date.isoformat(),  # type: ignore[union-attr]
            )
        ]
        if item.amount is not None and (item.currency or "").upper() != "USD":
            lines.append(f"{format_money(item.amount, item.currency)} ({item.currency})")
        lines.append(
            translate("FundingChart", "{amount} — {basis}").format(
                amount=format_money(usd), basis=usd_basis(item, self.data)
            )
        )
        if item.investors:
            extra = len(item.investors) - 3
            more = (
                translate("FundingChart", " +{count} more").format(count=extra) if extra > 0 else ""
            )
            lines.append(
                translate("FundingChart", "Investors: ") + ", ".join(item.investors[:3]) + more
            )
        lines.append(source_text(item, self.data))
        return "\n".join(lines)

    def _ipo_text(self, ipo: IpoTerms) -> str:
        lines = [
            translate("FundingChart", "IPO · listed {date}").format(
                date=ipo.listing_date.isoformat()  # type: ignore[union-attr]
            )
        ]
        if ipo.funds_raised_hkd:
            usd = self._ipo_usd()
            lines.append(
                translate("FundingChart", "Funds raised {amount}").format(
                    amount=format_money(ipo.funds_raised_hkd, "HKD")
                )
            )
            if usd is not None:
                lines.append(
                    translate("FundingChart", "≈ {amount}").format(amount=format_money(usd))
                )
        if ipo.offer_price:
            lines.append(
                translate("FundingChart", "Offer price HK${price}").format(
                    price=f"{ipo.offer_price:,.2f}"
                )
            )
        return "\n".join(lines)

    # -- data behind ----------------------------------------------------------------------

    def table(self) -> tuple[list[str], list[list[Any]]]:
        header = [
            "date",
            "round",
            "amount",
            "currency",
            "amount_usd",
            "usd_basis",
            "cumulative_usd",
            "investors",
            "source_url",
            "source",
        ]
        rows: list[list[Any]] = []
        if self.data is None:
            return header, rows
        totals = dict(cumulative(self.data.rounds, self.data.rates))
        for item in self.data.rounds:
            usd = round_usd(item, self.data.rates)
            rows.append(
                [
                    item.date.isoformat() if item.date else "",
                    item.round,
                    item.amount,
                    item.currency or "",
                    usd,
                    usd_basis(item, self.data),
                    totals.get(item.date) if item.date else None,  # type: ignore[arg-type]
                    "; ".join(item.investors or ()),
                    item.source_url or "",
                    " ".join(source_text(item, self.data).removeprefix("Source: ").split()),
                ]
            )
        ipo = self.data.ipo
        if ipo is not None and ipo.listing_date:
            basis = "converted at 7.8 HKD per US$ (peg midpoint)"
            if "HKD" in self.data.user_rates:
                basis = f"converted at your rate, 1 HKD = {self.data.rates['HKD']:g} US$"
            rows.append(
                [
                    ipo.listing_date.isoformat(),
                    "IPO",
                    ipo.funds_raised_hkd,
                    "HKD",
                    self._ipo_usd(),
                    basis if ipo.funds_raised_hkd else "no amount",
                    None,
                    "",
                    ipo.url or "",
                    "HKEX New Listing Report" if ipo.source == "hkex_new_listings" else ipo.source,
                ]
            )
        return header, rows
