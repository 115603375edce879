"""A chart's hover read-out: a crosshair following the mouse and a label saying what is
there (pyqtgraph is imported when one is made)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

if TYPE_CHECKING:
    from desktop.ui.charts.common import ChartColors


class HoverReadout:
    """A crosshair that follows the mouse over a plot and a label saying what is there.

    ``describe(x, y)`` returns the text for a point in data coordinates, or None to hide.
    """

    def __init__(
        self,
        plot: Any,
        colors: ChartColors,
        font: QFont,
        describe: Callable[[float, float], str | None],
        horizontal: bool = True,
    ) -> None:
        import pyqtgraph as pg

        self.plot = plot
        self.describe = describe
        pen = pg.mkPen(colors.muted, width=1, style=Qt.PenStyle.DotLine)
        self.vline = pg.InfiniteLine(angle=90, movable=False, pen=pen)
        self.hline = pg.InfiniteLine(angle=0, movable=False, pen=pen)
        fill = QColor(colors.background)
        fill.setAlpha(235)
        self.label = pg.TextItem(color=colors.foreground, fill=fill, border=pg.mkPen(colors.muted))
        self.label.setFont(font)
        self.label.setZValue(1000)
        for item in (self.vline, self.hline, self.label):
            plot.addItem(item, ignoreBounds=True)
            item.hide()
        self.horizontal = horizontal
        plot.scene().sigMouseMoved.connect(self.moved)

    def detach(self) -> None:
        """Stop following the mouse (before the plot is cleared and drawn again)."""
        self.hide()
        self.plot.scene().sigMouseMoved.disconnect(self.moved)

    def hide(self) -> None:
        for item in (self.vline, self.hline, self.label):
            item.hide()

    def moved(self, scene_pos: Any) -> None:
        view = self.plot.vb
        if not self.plot.sceneBoundingRect().contains(scene_pos):
            self.hide()
            return
        point = view.mapSceneToView(scene_pos)
        self.show_at(point.x(), point.y())

    def show_at(self, x: float, y: float) -> str | None:
        """Put the crosshair at a data point; returns the text shown (for tests too)."""
        text = self.describe(x, y)
        if not text:
            self.hide()
            return None
        self.vline.setPos(x)
        self.hline.setPos(y)
        self.label.setText(text)
        (left, right), (bottom, top) = self.plot.vb.viewRange()
        inverted = self.plot.vb.yInverted()
        anchor_x = 1.0 if x > (left + right) / 2 else 0.0
        upper = y > (bottom + top) / 2
        anchor_y = 0.0 if upper != inverted else 1.0
        self.label.setAnchor((anchor_x, anchor_y))
        self.label.setPos(x, y)
        self.vline.show()
        self.hline.setVisible(self.horizontal)
        self.label.show()
        return text
