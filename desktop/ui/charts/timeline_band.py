"""A horizontal band of a company's stages over time, with its documents in lanes.

Top: one coloured segment per stage, from the step that entered it to the next.
Below: a lane per kind of source (HKEX, CSRC, exchange announcements, news) with a dot
per document; clicking a dot opens the document.  A live Application Proof's lapse
date is marked with the days left; a lapsed one with the day it lapsed.  Plain Qt graphics (no pyqtgraph), so the company
page can show it without loading the chart library.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsEllipseItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QSizePolicy,
    QWidget,
)

from desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from desktop.domain.kinds import EventKind, Stage
from desktop.domain.stages import StageStatus
from desktop.services.language import ENGLISH, current_language
from desktop.services.tasks import LatestOnly
from desktop.ui.charts.common import ChartColors, chart_font, colors_for
from desktop.ui.links import is_safe_link, open_link

LANES: tuple[tuple[str, frozenset[str]], ...] = (
    ("HKEX", frozenset({"hkex_app", "hkex_news", "hkex_new_listings"})),
    ("CSRC", frozenset({"csrc"})),
    (QT_TRANSLATE_NOOP("TimelineBand", "Exchange announcements"), frozenset({"cninfo"})),
    (QT_TRANSLATE_NOOP("TimelineBand", "News"), frozenset({"news"})),
)
# Two text rows above the band: "Today" on the first, the lapse label on the second,
# so neither hides the other.
LEFT, RIGHT, BAND_TOP, BAND_H, LANE_TOP, LANE_H, AXIS_H = 170, 24, 40, 26, 76, 26, 26
ROW_2 = 20
MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60)
_AT_RISK = (Stage.APPLICATION_FILED, Stage.CSRC_CLEARED)


class _EventLike(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def published(self) -> date | None: ...
    @property
    def title(self) -> str: ...
    @property
    def url(self) -> str | None: ...


@dataclass(frozen=True)
class Mark:
    """One document on the band."""

    lane: int
    day: date
    kind: str
    title: str
    url: str | None


def lane_of(source: str) -> int | None:
    for index, (_name, sources) in enumerate(LANES):
        if source in sources:
            return index
    return None


def marks_of(events: Sequence[_EventLike]) -> list[Mark]:
    """Dated documents that belong in a lane (prices and undated items are left out)."""
    marks = []
    for event in events:
        lane = lane_of(event.source)
        if lane is None or event.published is None or event.kind == EventKind.PRICE:
            continue
        marks.append(Mark(lane, event.published, event.kind, event.title, event.url))
    return sorted(marks, key=lambda m: (m.lane, m.day))


def _kind_label(kind: str) -> str:
    try:
        return EventKind(kind).label
    except ValueError:
        return kind


def _month_label(day: date) -> str:
    """A month on the axis: "Sep 2026", or "2026年9月" in Chinese."""
    if current_language() != ENGLISH:
        return f"{day.year}年{day.month}月"
    return f"{day:%b} {day.year}"


class _Dot(QGraphicsEllipseItem):
    def __init__(self, mark: Mark, on_click: Callable[[Mark], None], radius: float) -> None:
        super().__init__(-radius, -radius, 2 * radius, 2 * radius)
        self.mark = mark
        self._on_click = on_click
        tip = translate("TimelineBand", "{day} · {kind}\n{title}").format(
            day=mark.day.isoformat(), kind=_kind_label(mark.kind), title=mark.title
        )
        if is_safe_link(mark.url):
            tip += translate("TimelineBand", "\nClick to open the document")
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tip)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setAcceptHoverEvents(True)

    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        event.accept()

    def mouseReleaseEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.contains(event.pos()):
            self._on_click(self.mark)


class TimelineBand(QGraphicsView):
    """``show_data(events, status)`` draws; ``set_company(db, id)`` loads in the background."""

    document_opened = Signal(str)
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setMinimumHeight(LANE_TOP + LANE_H * len(LANES) + AXIS_H + 8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.font_ = chart_font()
        self.marks: list[Mark] = []
        self.status: StageStatus | None = None
        self.today = date.today()
        self.lapse_text = ""
        self.lapse_label: QGraphicsSimpleTextItem | None = None
        self.ticks: list[date] = []
        self.open_link: Callable[[str | None], bool] = open_link
        self._reads = LatestOnly()  # the newest read wins

    def sizeHint(self) -> QSize:
        return QSize(640, self.minimumHeight())

    # -- data -----------------------------------------------------------------------------

    def show_data(
        self, events: Sequence[_EventLike], status: StageStatus, today: date | None = None
    ) -> None:
        self.marks = marks_of(events)
        self.status = status
        self.today = today or date.today()
        self._draw()
        self.loaded.emit()

    def set_company(self, db, company_id: int) -> None:  # type: ignore[no-untyped-def]
        from desktop.store.company_page import load_company_page

        def done(data) -> None:  # type: ignore[no-untyped-def]
            if data is not None:
                self.show_data(data.events, data.status)

        self._reads.run(load_company_page, db, company_id, on_done=done)

    # -- geometry -------------------------------------------------------------------------

    def _range(self) -> tuple[date, date] | None:
        days = [m.day for m in self.marks]
        if self.status is not None:
            days += [s.date for s in self.status.steps if s.date is not None]
        if not days:
            return None
        start, end = min(days), max([*days, self.today])
        lapse = self._lapse()
        if lapse is not None:
            end = max(end, lapse)
        pad = max((end - start).days * 0.03, 10)
        return start - timedelta(days=pad), end + timedelta(days=pad)

    def _lapse(self) -> date | None:
        """The live application's lapse date, or the day a lapsed one lapsed."""
        status = self.status
        if status is None:
            return None
        if status.stage is Stage.LAPSED:
            return status.since
        if status.stage not in _AT_RISK:
            return None
        return status.lapse_date

    def _x(self, day: date) -> float:
        start, end = self._span
        width = max(self.viewport().width() - LEFT - RIGHT, 50)
        return LEFT + (day - start).days / max((end - start).days, 1) * width

    # -- drawing --------------------------------------------------------------------------

    def _draw(self) -> None:
        scene = self.scene()
        scene.clear()
        width, height = self.viewport().width(), self.viewport().height()
        scene.setSceneRect(0, 0, width, height)
        colors = colors_for(self)
        self.setBackgroundBrush(colors.background)
        span = self._range()
        self.lapse_text = ""
        self.lapse_label = None
        self.ticks = []
        if span is None:
            self._text(
                translate("TimelineBand", "No dated filings or news yet."),
                LEFT,
                LANE_TOP,
                colors.muted,
            )
            self._lanes(colors, width)
            return
        self._span = span
        self._lanes(colors, width)
        self._axis(colors)
        self._stages(colors)
        self._today(colors)
        self._dots(colors)
        self._lapse_marker(colors)

    def _text(
        self, text: str, x: float, y: float, color: QColor, bold: bool = False
    ) -> QGraphicsSimpleTextItem:
        item = self.scene().addSimpleText(text)
        font = self.font_
        if bold:
            font = type(font)(font)
            font.setBold(True)
        item.setFont(font)
        item.setBrush(color)
        item.setPos(x, y)
        return item

    def _lanes(self, colors: ChartColors, width: float) -> None:
        self._text(
            translate("TimelineBand", "Stage"), 8, BAND_TOP + 4, colors.foreground, bold=True
        )
        for index, (name, _sources) in enumerate(LANES):
            top = LANE_TOP + index * LANE_H
            if index % 2 == 0:
                shade = QColor(colors.foreground)
                shade.setAlpha(14)
                self.scene().addRect(QRectF(0, top, width, LANE_H), QPen(Qt.PenStyle.NoPen), shade)
            self._text(translate("TimelineBand", name), 8, top + 5, colors.foreground)

    def _axis(self, colors: ChartColors) -> None:
        start, end = self._span
        bottom = LANE_TOP + LANE_H * len(LANES)
        self.scene().addLine(LEFT, bottom, self._x(end), bottom, QPen(colors.muted))
        metrics = QFontMetrics(self.font_)
        step = self.month_step(metrics)
        label_of = (lambda d: str(d.year)) if step >= 12 else _month_label
        day = date(start.year, start.month, 1)
        self.ticks = []
        while day <= end:
            if (
                day >= start
                and (day.month - 1) % min(step, 12) == 0
                and day.year % max(step // 12, 1) == 0
            ):
                x = self._x(day)
                self.scene().addLine(x, bottom, x, bottom + 4, QPen(colors.muted))
                label = label_of(day)
                w = metrics.horizontalAdvance(label)
                self._text(label, x - w / 2, bottom + 5, colors.muted)
                self.ticks.append(day)
            day = date(day.year + day.month // 12, day.month % 12 + 1, 1)

    def month_step(self, metrics: QFontMetrics) -> int:
        """Months between labelled ticks: the smallest step whose labels do not touch,
        so every tick drawn has its label (none silently skipped)."""
        start, end = self._span
        width = max(self.viewport().width() - LEFT - RIGHT, 50)
        per_month = width / max((end - start).days / 30.44, 1 / 30.44)
        widest = metrics.horizontalAdvance(_month_label(date(2026, 9, 1))) + 10
        for step in MONTH_STEPS:
            if step >= 12:
                widest = metrics.horizontalAdvance("2026") + 10
            if per_month * step >= widest:
                return step
        return MONTH_STEPS[-1]

    def _stage_color(self, stage: Stage, colors: ChartColors) -> QColor:
        if not stage.on_path:
            color = QColor("#b5473f" if not colors.dark else "#d8685f")
        else:
            base = QColor(colors.at(0))
            rank = stage.rank / 70  # 0 (watching) .. 1 (listed)
            color = QColor.fromHslF(
                base.hslHueF(),
                0.25 + 0.5 * rank,
                0.72 - 0.3 * rank if not colors.dark else 0.30 + 0.25 * rank,
            )
        return color

    def _stages(self, colors: ChartColors) -> None:
        assert self.status is not None
        steps = [s for s in self.status.steps if s.date is not None]
        metrics = QFontMetrics(self.font_)
        for index, step in enumerate(steps):
            end = steps[index + 1].date if index + 1 < len(steps) else max(self.today, step.date)  # type: ignore[type-var]
            x0, x1 = self._x(step.date), max(self._x(end), self._x(step.date) + 3)  # type: ignore[arg-type]
            fill = self._stage_color(step.stage, colors)
            rect = self.scene().addRect(
                QRectF(x0, BAND_TOP, x1 - x0, BAND_H), QPen(colors.background), QBrush(fill)
            )
            rect.setToolTip(
                translate("TimelineBand", "{stage} from {date}\n{title}").format(
                    stage=step.stage.label,
                    date=step.date.isoformat(),  # type: ignore[union-attr]
                    title=step.title,
                )
            )
            text_color = QColor("#ffffff") if fill.lightnessF() < 0.55 else QColor("#1b1b1b")
            label = metrics.elidedText(
                step.stage.label, Qt.TextElideMode.ElideRight, int(x1 - x0 - 8)
            )
            if label and label != "…":
                self._text(label, x0 + 4, BAND_TOP + 4, text_color).setParentItem(rect)

    def _today(self, colors: ChartColors) -> None:
        x = self._x(self.today)
        bottom = LANE_TOP + LANE_H * len(LANES)
        self.scene().addLine(x, BAND_TOP - 4, x, bottom, QPen(colors.muted, 1, Qt.PenStyle.DotLine))
        self._today_label = self._text(translate("TimelineBand", "Today"), x, 1, colors.muted)
        self._today_label.setX(x - 3 - self._today_label.boundingRect().width())

    def _dots(self, colors: ChartColors) -> None:
        last_x: dict[int, tuple[float, int]] = {}
        for mark in self.marks:
            x = self._x(mark.day)
            prev = last_x.get(mark.lane)
            crowd = prev[1] + 1 if prev and x - prev[0] < 9 else 0
            last_x[mark.lane] = (x, crowd)
            y = LANE_TOP + mark.lane * LANE_H + LANE_H / 2 + ((crowd % 3) - 1) * 6 * (crowd > 0)
            dot = _Dot(mark, self._clicked, 5.5)
            color = colors.at([0, 2, 4, 1][mark.lane])
            dot.setBrush(color)
            dot.setPen(QPen(colors.background, 1.2))
            dot.setPos(x, y)
            dot.setZValue(10)
            self.scene().addItem(dot)

    def _lapse_marker(self, colors: ChartColors) -> None:
        lapse = self._lapse()
        if lapse is None or self.status is None:
            return
        left = (lapse - self.today).days
        if self.status.stage is Stage.LAPSED:
            self.lapse_text = translate("TimelineBand", "Lapsed {date}").format(
                date=lapse.isoformat()
            )
        elif left >= 0:
            self.lapse_text = translate(
                "TimelineBand", "Application proof lapses {date} · {left} days left"
            ).format(date=lapse.isoformat(), left=left)
        else:
            self.lapse_text = translate("TimelineBand", "Application proof lapsed {date}").format(
                date=lapse.isoformat()
            )
        x = self._x(lapse)
        bottom = LANE_TOP + LANE_H * len(LANES)
        warn = colors.at(3)
        self.scene().addLine(x, ROW_2 + 2, x, bottom, QPen(warn, 1.6, Qt.PenStyle.DashLine))
        label = self._text(self.lapse_text, x, ROW_2, warn, bold=True)
        label.setToolTip(
            translate(
                "TimelineBand",
                "Listing Rule 9.03: an Application Proof lapses six months after filing",
            )
        )
        label_width = label.boundingRect().width()
        if x + 3 + label_width <= self.viewport().width():
            label.setX(x + 3)
        else:
            label.setX(max(x - 3 - label_width, 0))
        self.lapse_label = label

    # -- interaction ----------------------------------------------------------------------

    def dots(self) -> list[_Dot]:
        return [i for i in self.scene().items() if isinstance(i, _Dot)]

    def _clicked(self, mark: Mark) -> None:
        if is_safe_link(mark.url) and self.open_link(mark.url):
            self.document_opened.emit(mark.url or "")

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self.status is not None or self.marks:
            self._draw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self.status is not None:
            self._draw()
        super().changeEvent(event)
