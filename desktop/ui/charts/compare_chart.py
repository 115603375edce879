"""Watched companies side by side: money raised before the IPO and the IPO itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QWidget

from desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from desktop.domain.money import cumulative, format_money, rates_with_defaults, to_usd
from desktop.services.language import display_name
from desktop.store.charts import companies_with_rounds
from desktop.store.db import Database
from desktop.store.funding import fx_rates, ipo_terms
from desktop.store.tables import FundingRound
from desktop.ui.charts.common import ChartFrame, add_legend, clear_plot, style_plot

PRESELECT = 6
BAR = 0.36
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "CompareChart",
    "Tick companies in the list to compare the money they raised in funding rounds before "
    "their IPO with the size of the IPO.\n"
    "Valuations are not stored, so they are not compared.",
)
NO_DATA_TEXT = QT_TRANSLATE_NOOP(
    "CompareChart",
    "None of the ticked companies has dated funding rounds with a US$ amount or IPO "
    "figures yet.\nAdd rounds on a company's Funding tab; IPO sizes come from HKEX's New "
    "Listing Report. Valuations are not stored, so they are not compared.",
)


@dataclass(frozen=True)
class CompanyTotals:
    company_id: int
    name: str
    name_zh: str
    raised_before_ipo_usd: float | None  # None: no round counted
    rounds_counted: int
    rounds_not_counted: int
    listing_date: date | None
    ipo_hkd: float | None
    ipo_usd: float | None

    @property
    def label(self) -> str:
        return f"{self.name} ({display_name(self.name_zh)})" if self.name_zh else self.name

    @property
    def has_data(self) -> bool:
        return self.raised_before_ipo_usd is not None or self.ipo_usd is not None


def load_companies(db: Database) -> list[CompanyTotals]:
    """Every watched company with its totals; runs in a worker thread."""
    rates = rates_with_defaults(fx_rates(db))
    companies, rounds = companies_with_rounds(db)
    by_company: dict[int, list[FundingRound]] = {}
    for item in rounds:
        by_company.setdefault(item.company_id, []).append(item)
    ipos = ipo_terms(db, [c.id for c in companies if c.id is not None])
    result = []
    for company in companies:
        ipo = ipos.get(company.id)  # type: ignore[arg-type]
        listed = ipo.listing_date if ipo else None
        mine = by_company.get(company.id, [])  # type: ignore[arg-type]
        before = [r for r in mine if listed is None or (r.date is not None and r.date < listed)]
        series = cumulative(before, rates)
        ipo_hkd = ipo.funds_raised_hkd if ipo else None
        result.append(
            CompanyTotals(
                company_id=company.id,  # type: ignore[arg-type]
                name=company.name,
                name_zh=company.name_zh or "",
                raised_before_ipo_usd=series[-1][1] if series else None,
                rounds_counted=len(before) - series.skipped,
                rounds_not_counted=len(mine) - (len(before) - series.skipped),
                listing_date=listed,
                ipo_hkd=ipo_hkd,
                ipo_usd=to_usd(ipo_hkd, "HKD", rates),
            )
        )
    return result


class CompareChart(ChartFrame):
    """Pick companies in the checkable list; ``set_database(db)`` loads in the background."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.companies: list[CompanyTotals] = []
        super().__init__(translate("CompareChart", "Companies compared"), parent)
        self.picker = QListWidget()
        self.picker.setFont(self.font_)
        self.picker.setToolTip(translate("CompareChart", "Tick the companies to compare"))
        self.picker.itemChanged.connect(lambda _item: self._render())
        # The list goes left of the chart, inside the frame's layout.
        row = QHBoxLayout()
        index = self.frame_layout.indexOf(self.stack)
        self.frame_layout.removeWidget(self.stack)
        row.addWidget(self.picker)
        row.addWidget(self.stack, 1)
        self.frame_layout.insertLayout(index, row, 1)
        self.show_empty(translate("CompareChart", EMPTY_TEXT))

    def _build_graphics(self) -> QWidget:
        self.view = pg.PlotWidget()
        self.plot = self.view.getPlotItem()
        return self.view

    def _export_item(self) -> Any:
        return self.plot

    # -- loading --------------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        self.load_latest(load_companies, db)

    def set_data(self, companies: list[CompanyTotals]) -> None:
        """Fill the list, keeping ticks; on first fill tick a few companies with data."""
        ticked = self.selected_ids()
        first = not self.companies
        self.companies = companies
        self.picker.blockSignals(True)
        self.picker.clear()
        preselect = {c.company_id for c in companies if c.has_data}
        if first:
            ticked = [c.company_id for c in companies if c.company_id in preselect][:PRESELECT]
        for company in companies:
            item = QListWidgetItem(company.label)
            item.setData(Qt.ItemDataRole.UserRole, company.company_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = company.company_id in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            tip = (
                company.label
                if company.has_data
                else translate(
                    "CompareChart", "{name}: no funding rounds or IPO figures yet"
                ).format(name=company.label)
            )
            item.setToolTip(tip)
            self.picker.addItem(item)
        self.picker.blockSignals(False)
        # Wide enough for the longest name (within reason): names are not cut.
        wanted = self.picker.sizeHintForColumn(0) + 2 * self.picker.frameWidth() + 24
        self.picker.setFixedWidth(max(200, min(wanted, 420)))
        self._render()
        self.loaded.emit()

    def selected_ids(self) -> list[int]:
        ids = []
        for row in range(self.picker.count()):
            item = self.picker.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(item.data(Qt.ItemDataRole.UserRole))
        return ids

    def set_selected(self, company_ids: list[int]) -> None:
        wanted = set(company_ids)
        self.picker.blockSignals(True)
        for row in range(self.picker.count()):
            item = self.picker.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.picker.blockSignals(False)
        self._render()

    def shown(self) -> list[CompanyTotals]:
        ids = set(self.selected_ids())
        return [c for c in self.companies if c.company_id in ids]

    # -- drawing --------------------------------------------------------------------------

    def _render(self) -> None:
        if not hasattr(self, "picker"):
            return
        shown = self.shown()
        if not shown:
            self.show_empty(translate("CompareChart", EMPTY_TEXT))
            self.set_note("")
            return
        if not any(c.has_data for c in shown):
            self.show_empty(translate("CompareChart", NO_DATA_TEXT))
            self.set_note("")
            return
        self.show_chart()
        self._draw(shown)
        notes = [translate("CompareChart", "Valuations are not stored, so they are not compared.")]
        if any(c.rounds_not_counted for c in shown):
            notes.insert(
                0,
                translate("CompareChart", "Rounds without a date or a US$ amount are not counted."),
            )
        if any(c.ipo_hkd for c in shown):
            notes.append(
                translate(
                    "CompareChart",
                    "IPO sizes are converted from HK$ at 7.8 per US$ (midpoint of the HKMA peg "
                    "band) unless you set your own HKD rate.",
                )
            )
        self.set_note(" ".join(notes))

    def _draw(self, shown: list[CompanyTotals]) -> None:
        colors, font, plot = self.colors, self.font_, self.plot
        self._drop_hover()
        clear_plot(plot)
        self.view.setBackground(colors.background)
        style_plot(plot, colors, font)
        plot.showGrid(x=True, y=False, alpha=0.18)
        plot.setLabel("bottom", translate("CompareChart", "US$ millions"))
        add_legend(plot, colors, font, columns=2)
        plot.invertY(True)
        series = (
            (
                translate("CompareChart", "Raised before the IPO"),
                lambda c: c.raised_before_ipo_usd,
                -BAR / 2,
                0,
            ),
            (translate("CompareChart", "IPO size"), lambda c: c.ipo_usd, BAR / 2, 3),
        )
        top = 1.0
        for name, value, offset, color in series:
            ys = [i + offset for i, c in enumerate(shown) if value(c) is not None]
            widths = [value(c) / 1e6 for c in shown if value(c) is not None]
            top = max([top, *widths])
            bars = pg.BarGraphItem(
                x0=[0.0] * len(ys),
                y=ys,
                width=widths,
                height=BAR * 0.92,
                brush=colors.faded(color, 190),
                pen=pg.mkPen(colors.at(color)),
                name=name,
            )
            plot.addItem(bars)
        self.value_labels: list[str] = []
        for i, company in enumerate(shown):
            for _name, value, offset, _color in series:
                amount = value(company)
                shown_text = (
                    translate("CompareChart", "not known")
                    if amount is None
                    else format_money(amount)
                )
                text = pg.TextItem(
                    f" {shown_text}",
                    color=colors.muted if amount is None else colors.foreground,
                    anchor=(0, 0.5),
                )
                text.setFont(font)
                text.setPos(0 if amount is None else amount / 1e6, i + offset)
                plot.addItem(text)
                self.value_labels.append(shown_text)
        left = plot.getAxis("left")
        names = [(i, c.label) for i, c in enumerate(shown)]
        left.setTicks([names])
        metrics = QFontMetrics(font)
        left.setWidth(max(metrics.horizontalAdvance(label) for _, label in names) + 18)
        plot.setYRange(-1.0, len(shown) - 0.4, padding=0)  # room for the legend on top
        # Room right of the longest bar for its value.
        plot.setXRange(0, top * 1.3, padding=0)
        plot.setLimits(xMin=0)
        self._hover(plot, self.describe, horizontal=False)

    def describe(self, x: float, y: float) -> str | None:
        shown = self.shown()
        index = round(y)
        if not 0 <= index < len(shown):
            return None
        c = shown[index]
        lines = [c.label]
        if c.raised_before_ipo_usd is not None:
            counted = c.rounds_counted
            lines.append(
                translate(
                    "CompareChart", "Raised before the IPO: {amount} (%n round(s))", None, counted
                ).format(amount=format_money(c.raised_before_ipo_usd))
            )
        else:
            lines.append(translate("CompareChart", "Raised before the IPO: not known"))
        if c.rounds_not_counted:
            left_out = c.rounds_not_counted
            lines.append(translate("CompareChart", "%n round(s) not counted", None, left_out))
        if c.ipo_hkd is not None:
            lines.append(
                translate("CompareChart", "IPO {date}: {hkd} ≈ {usd}").format(
                    date=c.listing_date.isoformat() if c.listing_date else "",
                    hkd=format_money(c.ipo_hkd, "HKD"),
                    usd=format_money(c.ipo_usd),
                )
            )
        else:
            lines.append(translate("CompareChart", "IPO size: not known"))
        return "\n".join(lines)

    def table(self) -> tuple[list[str], list[list[Any]]]:
        header = [
            "company",
            "name_zh",
            "raised_before_ipo_usd",
            "rounds_counted",
            "rounds_not_counted",
            "listing_date",
            "ipo_funds_hkd",
            "ipo_usd",
        ]
        rows = [
            [
                c.name,
                c.name_zh,
                c.raised_before_ipo_usd,
                c.rounds_counted,
                c.rounds_not_counted,
                c.listing_date.isoformat() if c.listing_date else "",
                c.ipo_hkd,
                c.ipo_usd,
            ]
            for c in self.shown()
        ]
        return header, rows
