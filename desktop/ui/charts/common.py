"""What every chart shares: colours from the palette, a font with Chinese glyphs, the
empty state, PNG/CSV export and a hover read-out.

pyqtgraph is imported inside the functions that need it, so the timeline band (plain
Qt) can use the colours and the font without loading it.
"""

from __future__ import annotations

import csv
import functools
import gc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

# Re-exported: the charts take these from here (date_ticks from dates, to stay out of a cycle).
from desktop.domain.i18n import translate
from desktop.ui.charts.dates import day_of as day_of
from desktop.ui.charts.dates import timestamp as timestamp
from desktop.ui.charts.hover import HoverReadout as HoverReadout

CJK_FAMILIES = ("Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC")

# Series colours picked to stay apart from each other and readable on either background.
_LIGHT_SERIES = ("#2f6fb3", "#d9822b", "#3a9a5b", "#c0504d", "#7d5ba6", "#8c6d31")
_DARK_SERIES = ("#6aa9ff", "#ffb454", "#6fd08c", "#ff7a70", "#b99cf0", "#d6b46a")


def chart_font(point_size: float | None = None) -> QFont:
    """The application font, in a CJK family when one is installed (so 智谱 renders with
    simplified-Chinese glyph shapes rather than whatever fallback the system picks)."""
    font = QFont()
    families = set(QFontDatabase.families())
    for family in CJK_FAMILIES:
        if family in families:
            font.setFamilies([family, *font.families()])
            break
    if point_size:
        font.setPointSizeF(point_size)
    return font


@dataclass(frozen=True)
class ChartColors:
    dark: bool
    background: QColor
    foreground: QColor
    muted: QColor
    grid: QColor
    series: tuple[QColor, ...]

    def at(self, index: int) -> QColor:
        return self.series[index % len(self.series)]

    def faded(self, index: int, alpha: int = 110) -> QColor:
        color = QColor(self.at(index))
        color.setAlpha(alpha)
        return color


def colors_for(widget: QWidget) -> ChartColors:
    """Colours for the widget's current palette, light or dark."""
    palette = widget.palette()
    background = palette.color(QPalette.ColorRole.Base)
    foreground = palette.color(QPalette.ColorRole.Text)
    dark = background.lightness() < 128
    muted = QColor(foreground)
    muted.setAlpha(150)
    grid = QColor(foreground)
    grid.setAlpha(45)
    series = tuple(QColor(c) for c in (_DARK_SERIES if dark else _LIGHT_SERIES))
    return ChartColors(dark, background, foreground, muted, grid, series)


def write_csv(path: str | Path, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> Path:
    """UTF-8 with a byte-order mark, so spreadsheet programs read Chinese names right."""
    target = Path(path)
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
    return target


def export_png(item: Any, path: str | Path, width: int | None = None) -> Path:
    """Render a pyqtgraph item (a PlotItem or a layout) to a PNG file."""
    from pyqtgraph.exporters import ImageExporter

    exporter = ImageExporter(item)
    current = int(exporter.parameters()["width"])
    exporter.parameters()["width"] = max(width or current, 1)
    target = Path(path)
    exporter.export(str(target))
    del exporter
    gc.collect()  # its parameter tree is a cycle of QObjects: free it here, on the GUI thread
    return target


def style_plot(plot: Any, colors: ChartColors, font: QFont) -> None:
    """Axes, grid and label colours of one PlotItem for the current palette (once per
    palette and font: a redraw of new data keeps them)."""
    styled = (colors, QFont(font))
    if getattr(plot, "_styled_as", None) == styled:
        return
    plot._styled_as = styled
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setPen(colors.muted)
        axis.setTextPen(colors.foreground)
        axis.setTickFont(font)
        axis.label.setFont(font)
        axis.enableAutoSIPrefix(False)
    plot.showGrid(x=False, y=True, alpha=0.18)
    plot.setMenuEnabled(False)
    plot.hideButtons()


def clear_plot(plot: Any) -> None:
    """Empty a PlotItem and delete what it held on the GUI thread, now.

    Removed pyqtgraph items form reference cycles; left to Python's cyclic garbage
    collector they may be destroyed on whatever thread happens to trigger a collection
    (a background task's), and destroying Qt graphics objects off the GUI thread crashes.
    """
    legend = plot.legend
    entries = [part for pair in legend.items for part in pair] if legend is not None else []
    items = list(plot.items)
    plot.clear()
    for item in items + entries:
        if isinstance(item, QObject):
            item.deleteLater()


def add_legend(plot: Any, colors: ChartColors, font: QFont, columns: int = 1) -> Any:
    """The plot's legend in one row of ``columns`` entries at the top left (made once,
    restyled on every draw); entries follow the items' ``name=``."""
    background = QColor(colors.background)
    background.setAlpha(215)
    legend = plot.addLegend(offset=(8, 4), colCount=columns)
    legend.setBrush(background)
    legend.setPen(colors.grid)
    legend.setLabelTextColor(colors.foreground)
    legend.setFont(font)
    return legend


@functools.cache
def _date_axis_class() -> type:
    import pyqtgraph as pg
    from PySide6.QtGui import QFontMetrics

    from desktop.ui.charts.date_ticks import plan

    class DateAxis(pg.AxisItem):  # type: ignore[misc]
        """Dates (``timestamp(day)``, UTC) labelled so that day, month and year can be
        read at every zoom ("7 Dec 2026", "12 Dec", … / "Nov 2026", "Dec", "Jan 2027" /
        "2025", "2026"): see ``date_ticks``."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._texts: dict[float, str] = {}
            self.planned: list[tuple[float, str]] = []  # the ticks last shown (for tests)

        def _measure(self) -> Callable[[str], float]:
            font = self.style.get("tickFont") or QFont()
            metrics = QFontMetrics(font)
            return lambda text: float(metrics.horizontalAdvance(text))

        def tickValues(self, minVal, maxVal, size):  # type: ignore[no-untyped-def]
            self.planned = plan(float(minVal), float(maxVal), float(size), self._measure())
            self._texts = dict(self.planned)
            return [(86400.0, [value for value, _ in self.planned])]

        def tickStrings(self, values, scale, spacing):  # type: ignore[no-untyped-def]
            return [self._texts.get(value, "") for value in values]

    return DateAxis


def date_axis() -> Any:
    """A bottom axis for dates given as ``timestamp(day)``: day, month and year readable
    at every zoom."""
    return _date_axis_class()(orientation="bottom")


class EmptyState(QWidget):
    """Shown instead of a chart with nothing to draw: says why and what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setObjectName("chartEmptyMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.message.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 20, 40, 20)
        layout.addWidget(self.message)

    def set_message(self, text: str) -> None:
        self.message.setText(text)

    def text(self) -> str:
        return self.message.text()


class ChartFrame(QWidget):
    """A chart with a header (title, controls, export buttons), an empty state and a note.

    Subclasses build their pyqtgraph widget in ``_build_graphics``, draw from the data
    they hold in ``_render`` (called again when the palette changes) and say what is
    behind the chart in ``table``.
    """

    loaded = Signal()  # emitted after every (re)draw from new data
    failed = Signal(str)
    data: Any = None  # what ``_render`` draws

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.font_ = chart_font()
        self.colors = colors_for(self)
        self.title = QLabel(title)
        bold = QFont(self.font_)
        bold.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(bold)
        self.controls = QHBoxLayout()
        self.png_button = QToolButton()
        self.csv_button = QToolButton()
        self.png_button.setText(translate("ChartPanel", "Export PNG…"))
        self.csv_button.setText(translate("ChartPanel", "Export CSV…"))
        self.png_button.setToolTip(translate("ChartPanel", "Save the chart as a PNG image"))
        self.csv_button.setToolTip(
            translate("ChartPanel", "Save the numbers behind the chart as CSV")
        )
        self.png_button.clicked.connect(self._ask_png)
        self.csv_button.clicked.connect(self._ask_csv)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addLayout(self.controls)
        header.addWidget(self.png_button)
        header.addWidget(self.csv_button)

        self.readouts: list[HoverReadout] = []
        self.empty = EmptyState()
        loading = translate("ChartPanel", "Loading…")
        self.loading = QLabel(loading, alignment=Qt.AlignmentFlag.AlignCenter)
        self.graphics = self._build_graphics()
        self.stack = QStackedWidget()
        for page in (self.graphics, self.empty, self.loading):
            self.stack.addWidget(page)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.note.hide()

        layout = self.frame_layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.note)
        self._set_exportable(False)

    # -- for subclasses -------------------------------------------------------------------

    def _build_graphics(self) -> QWidget:
        raise NotImplementedError

    def _render(self) -> None:
        raise NotImplementedError

    def _export_item(self) -> Any:
        raise NotImplementedError

    def table(self) -> tuple[list[str], list[list[Any]]]:
        """The numbers behind the chart: header and rows, as exported to CSV."""
        raise NotImplementedError

    def set_data(self, data: Any) -> None:
        """Draw newly loaded data.  The same data as drawn is not drawn again: a poll
        that changed nothing the chart shows costs no redraw (a chart's items are
        rebuilt in Python, on the GUI thread: a tenth of a second for a large market)."""
        unchanged = (
            self.data is not None
            and data == self.data
            and self.stack.currentWidget() is not self.loading
        )
        self.data = data
        if not unchanged:
            self._render()
        self.loaded.emit()

    # -- states ---------------------------------------------------------------------------

    @property
    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def show_loading(self) -> None:
        self.stack.setCurrentWidget(self.loading)

    def show_empty(self, message: str) -> None:
        self.empty.set_message(message)
        self.stack.setCurrentWidget(self.empty)
        self._set_exportable(False)

    def show_chart(self) -> None:
        self.stack.setCurrentWidget(self.graphics)
        self._set_exportable(True)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _set_exportable(self, on: bool) -> None:
        self.png_button.setEnabled(on)
        self.csv_button.setEnabled(on)

    def load_latest(self, func: Any, *args: Any) -> int:
        """Run ``func(*args)`` in the background and draw its result with ``set_data`` —
        unless a newer load started meanwhile (the user moved to another company).
        Returns the load's ticket (see ``is_latest_load``)."""
        if self.stack.currentWidget() is not self.graphics:
            self.show_loading()  # a chart on screen stays until the new data is drawn
        return self._reads().run(func, *args, on_done=self.set_data, on_error=self._load_failed)  # type: ignore[attr-defined]

    def is_latest_load(self, ticket: int) -> bool:
        """No newer load started since the one of ``ticket``."""
        return self._reads().is_latest(ticket)

    def _reads(self) -> Any:
        from desktop.services.tasks import LatestOnly

        return self.__dict__.setdefault("_latest_reads", LatestOnly())

    def _load_failed(self, exc: BaseException) -> None:
        self.show_empty(
            translate("ChartPanel", "The chart could not be loaded: {reason}").format(reason=exc)
        )
        self.failed.emit(str(exc))

    def _hover(
        self, plot: Any, describe: Callable[[float, float], str | None], horizontal: bool = True
    ) -> HoverReadout:
        readout = HoverReadout(plot, self.colors, self.font_, describe, horizontal)
        self.readouts.append(readout)
        return readout

    def _drop_hover(self) -> None:
        """Before a plot is cleared: its read-outs stop following the mouse."""
        for readout in self.readouts:
            readout.detach()
        self.readouts = []

    def redraw(self) -> None:
        """Draw again from the data held (after a palette change, for instance)."""
        self.colors = colors_for(self)
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.redraw()
        super().changeEvent(event)

    # -- export ---------------------------------------------------------------------------

    def export_png(self, path: str | Path, width: int | None = None) -> Path:
        for readout in self.readouts:
            readout.hide()  # the image shows the chart, not where the mouse happened to be
        return export_png(self._export_item(), path, width)

    def export_csv(self, path: str | Path) -> Path:
        header, rows = self.table()
        return write_csv(path, header, rows)

    def _file_stem(self) -> str:
        return self.title.text().replace(" ", "_").replace("/", "-")

    def _ask_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ChartPanel", "Export chart as PNG"),
            f"{self._file_stem()}.png",
            translate("ChartPanel", "PNG image (*.png)"),
        )
        if path:
            self._export(lambda: self.export_png(path))

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ChartPanel", "Export chart data as CSV"),
            f"{self._file_stem()}.csv",
            "CSV (*.csv)",
        )
        if path:
            self._export(lambda: self.export_csv(path))

    def _export(self, action: Callable[[], Path]) -> None:
        try:
            action()
        except (OSError, ValueError, RuntimeError) as exc:
            QMessageBox.warning(
                self,
                translate("ChartPanel", "Export failed"),
                translate("ChartPanel", "Could not save the file:\n{reason}").format(reason=exc),
            )


class DatePlotFrame(ChartFrame):
    """A chart of one plot with dates along the bottom (``self.plot``)."""

    def _build_graphics(self) -> QWidget:
        import pyqtgraph as pg

        self.view = pg.PlotWidget(axisItems={"bottom": date_axis()})
        self.plot = self.view.getPlotItem()
        return self.view

    def _export_item(self) -> Any:
        return self.plot
