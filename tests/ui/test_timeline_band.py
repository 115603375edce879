"""The timeline band: a lapse keeps the filed period, labels do not hide each other,
and every month tick has its label."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.kinds import EventKind as K
from desktop.domain.kinds import Stage
from desktop.domain.stages import stage_of


@dataclass(frozen=True)
class Ev:
    kind: str
    source: str
    published: date | None
    ref: str | None = "r1"
    title: str = "t"
    url: str | None = None


def _band(qtbot, width: int = 900):
    from desktop.ui.charts.timeline_band import TimelineBand

    band = TimelineBand()
    qtbot.addWidget(band)
    band.resize(width, band.minimumHeight())
    band.show()
    qtbot.waitExposed(band)
    return band


def _segments(band) -> dict[str, float]:
    from PySide6.QtWidgets import QGraphicsRectItem

    found = {}
    for item in band.scene().items():
        if isinstance(item, QGraphicsRectItem) and item.toolTip():
            found[item.toolTip().split(" from ")[0]] = item.rect().width()
    return found


def test_a_lapse_dated_on_the_filing_day_keeps_the_filed_period(qtbot) -> None:
    today = date(2026, 12, 4)
    events = [
        Ev(K.APPLICATION_PROOF.value, "hkex_app", date(2026, 2, 27)),
        Ev(K.APPLICATION_LAPSED.value, "hkex_app", date(2026, 2, 27)),
    ]
    status = stage_of(events, today)
    assert status.stage is Stage.LAPSED
    band = _band(qtbot)
    band.show_data(events, status, today=today)
    widths = _segments(band)
    assert widths["Application filed"] > 200  # six months of the band, not a sliver
    assert band.lapse_text == "Lapsed 2026-08-27"


def test_the_lapse_label_does_not_hide_today(qtbot) -> None:
    today = date(2026, 1, 20)
    events = [Ev(K.APPLICATION_PROOF.value, "hkex_app", date(2025, 7, 25))]
    status = stage_of(events, today)
    assert status.lapse_date == date(2026, 1, 25)  # five days after today
    band = _band(qtbot)
    band.show_data(events, status, today=today)
    today_label = band._today_label
    assert today_label.isVisible()
    assert band.lapse_label is not None
    assert not band.lapse_label.sceneBoundingRect().intersects(today_label.sceneBoundingRect())


def test_every_tick_has_its_label_at_any_width(qtbot) -> None:
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    today = date(2026, 12, 4)
    events = [Ev(K.APPLICATION_PROOF.value, "hkex_app", date(2025, 3, 3))]
    status = stage_of(events, today)
    for width in (1400, 900, 620):
        band = _band(qtbot, width)
        band.show_data(events, status, today=today)
        texts = {i.text() for i in band.scene().items() if isinstance(i, QGraphicsSimpleTextItem)}
        assert band.ticks, width
        steps = {
            (b.year - a.year) * 12 + b.month - a.month
            for a, b in zip(band.ticks, band.ticks[1:], strict=False)
        }
        assert len(steps) == 1, (width, band.ticks)  # evenly spaced: none missing
        step = steps.pop()
        for tick in band.ticks:
            label = str(tick.year) if step >= 12 else f"{tick:%b} {tick.year}"
            assert label in texts, (width, label)
