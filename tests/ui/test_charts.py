"""Each chart with real rows in the database, and with none (the empty state says what
to do); PNG and CSV export; pyqtgraph stays out of start-up."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.domain.company_rules import CompanyDraft
from desktop.store.companies import add_company
from desktop.store.funding import RoundDraft, add_round, set_fx_rates
from desktop.store.tables import Event

ROOT = Path(__file__).resolve().parents[2]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _event(session, number: int, company_id, kind: str, source: str, day, title="", **extra):
    session.add(
        Event(
            company_id=company_id,
            kind=kind,
            source=source,
            published=day,
            title=title or kind,
            fingerprint=f"test:{number}",
            url=extra.pop("url", "https://example.com/doc"),
            **extra,
        )
    )


@pytest.fixture
def demo(empty_ctx):
    """Two fictional companies with rounds, a listing, prices and filings."""
    db = empty_ctx.db
    listed = add_company(db, CompanyDraft(name="Test Robotics", name_zh="测试机器人")).id
    filing = add_company(db, CompanyDraft(name="Sample Chips")).id
    bare = add_company(db, CompanyDraft(name="Nothing Yet")).id
    set_fx_rates(db, {"CNY": 0.14})
    add_round(
        db,
        listed,
        RoundDraft(
            date=date(2021, 3, 1),
            round="Series A",
            amount=100e6,
            currency="CNY",
            investors=("基金乙",),
        ),
    )
    add_round(db, listed, RoundDraft(date=date(2023, 6, 1), round="Series B", amount_usd=50e6))
    add_round(db, listed, RoundDraft(round="Strategic", amount=5e6, currency="USD"))
    add_round(
        db, filing, RoundDraft(date=date(2022, 1, 1), round="Seed", amount=2e6, currency="USD")
    )
    with db.write() as s:
        _event(
            s,
            1,
            listed,
            "listed",
            "hkex_new_listings",
            date(2026, 1, 8),
            raw={
                "code": "09990",
                "name": "TEST ROBOTICS",
                "listing_date": "2026-01-08",
                "funds_raised_hkd": 7.8e8,
                "offer_price": 10.0,
                "board": "sehk",
            },
        )
        _event(
            s,
            2,
            None,
            "listed",
            "hkex_new_listings",
            date(2025, 11, 3),
            raw={
                "code": "01234",
                "name": "OTHER",
                "listing_date": "2025-11-03",
                "funds_raised_hkd": 2e9,
                "offer_price": 5.0,
                "board": "sehk",
            },
        )
        _event(
            s,
            3,
            None,
            "listed",
            "hkex_new_listings",
            date(2026, 1, 20),
            raw={
                "code": "01235",
                "name": "THIRD",
                "listing_date": "2026-01-20",
                "funds_raised_hkd": None,
                "offer_price": None,
                "board": "sehk",
            },
        )
        for n, (day, close) in enumerate(
            [(date(2026, 1, 8), 12.5), (date(2026, 1, 9), 11.0), (date(2026, 1, 12), 9.0)]
        ):
            _event(
                s, 10 + n, listed, "price", "prices", day, raw={"close": close, "currency": "HKD"}
            )
        _event(s, 20, filing, "news", "news", date(2025, 9, 1), raw={"listing_plan": True})
        _event(s, 21, filing, "csrc_received", "csrc", date(2025, 10, 1))
        _event(
            s,
            22,
            filing,
            "application_proof",
            "hkex_app",
            date(2025, 11, 20),
            ref="A1",
            url="https://www1.hkexnews.hk/app/proof.pdf",
        )
        _event(s, 23, filing, "a_share_announcement", "cninfo", date(2025, 12, 1))
    return {"db": db, "listed": listed, "filing": filing, "bare": bare}


def _open(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(900, 480)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _check_exports(chart, tmp_path: Path) -> None:
    png = chart.export_png(tmp_path / "chart.png")
    data = png.read_bytes()
    assert data.startswith(PNG_MAGIC) and len(data) > 2000
    header, rows = chart.table()
    assert rows
    with chart.export_csv(tmp_path / "chart.csv").open(encoding="utf-8-sig", newline="") as f:
        read = list(csv.reader(f))
    assert read[0] == header
    assert read[1:] == [["" if v is None else str(v) for v in row] for row in rows]


def test_funding_chart_with_rounds_and_ipo(qtbot, demo, tmp_path: Path) -> None:
    from desktop.ui.charts.common import timestamp
    from desktop.ui.charts.funding_chart import FundingChart

    chart = _open(qtbot, FundingChart())
    with qtbot.waitSignal(chart.loaded, timeout=5000):
        chart.set_company(demo["db"], demo["listed"])
    assert not chart.is_empty and chart.graphics.isVisible()
    header, rows = chart.table()
    by_round = {row[1]: dict(zip(header, row, strict=True)) for row in rows}
    assert by_round["Series A"]["amount_usd"] == pytest.approx(14e6)
    assert "your rate" in by_round["Series A"]["usd_basis"]
    assert by_round["Series B"]["cumulative_usd"] == pytest.approx(64e6)
    assert by_round["IPO"]["amount_usd"] == pytest.approx(1e8)  # HK$780m at 7.8
    assert by_round["Series A"]["source"] == "entered by hand, none given"
    assert "not drawn" in chart.note.text()  # the undated round
    text = chart.readouts[0].show_at(timestamp(date(2021, 3, 1)), 5)
    assert "CNY" in text and "Series A" in text and "基金乙" in text
    assert "Source: entered by hand" in text  # where the figure came from, also when nobody said
    total = chart.readouts[0].show_at(timestamp(date(2024, 1, 1)), 5)
    assert "Raised by 2024-01-01" in total and "Series B (2023-06-01)" in total
    assert chart.csv_button.text() == "Export chart data…"
    _check_exports(chart, tmp_path)


def test_funding_chart_empty_says_what_to_do(qtbot, demo) -> None:
    from desktop.ui.charts.funding_chart import FundingChart

    chart = _open(qtbot, FundingChart())
    with qtbot.waitSignal(chart.loaded, timeout=5000):
        chart.set_company(demo["db"], demo["bare"])
    assert chart.is_empty and chart.empty.isVisible()
    assert "Add" in chart.empty.text() and "Import rounds" in chart.empty.text()
    assert "suggested rounds" in chart.empty.text().lower()
    assert not chart.png_button.isEnabled()


def test_compare_chart(qtbot, demo, tmp_path: Path) -> None:
    from desktop.ui.charts.compare_chart import CompareChart

    chart = _open(qtbot, CompareChart())
    with qtbot.waitSignal(chart.loaded, timeout=5000):
        chart.set_database(demo["db"])
    assert chart.picker.count() == 3
    assert set(chart.selected_ids()) == {demo["listed"], demo["filing"]}  # those with data
    assert not chart.is_empty
    header, rows = chart.table()
    row = dict(zip(header, rows[[r[0] for r in rows].index("Test Robotics")], strict=True))
    assert row["raised_before_ipo_usd"] == pytest.approx(64e6)
    assert row["rounds_not_counted"] == 1
    assert row["ipo_funds_hkd"] == 7.8e8
    assert "Valuations are not stored" in chart.note.text()
    # Names whole (not cut with "…") and each total written at its bar.
    ticks = chart.plot.getAxis("left")._tickLevels[0]
    assert "Test Robotics (测试机器人)" in [label for _, label in ticks]
    assert "US$64.0m" in chart.value_labels and "US$100.0m" in chart.value_labels
    assert chart.picker.width() >= chart.picker.sizeHintForColumn(0)  # the list cuts none
    _check_exports(chart, tmp_path)

    chart.set_selected([])
    assert chart.is_empty and "Valuations are not stored" in chart.empty.text()
    chart.set_selected([demo["bare"]])
    assert chart.is_empty and "None of the ticked companies" in chart.empty.text()


def test_market_chart(qtbot, demo, tmp_path: Path) -> None:
    from desktop.ui.charts.market_chart import MarketChart

    chart = _open(qtbot, MarketChart())
    with qtbot.waitSignal(chart.loaded, timeout=5000):
        chart.set_database(demo["db"])
    assert not chart.is_empty
    header, rows = chart.table()
    assert [r[0] for r in rows] == ["2025-11", "2025-12", "2026-01"]  # the gap month stays
    jan = dict(zip(header, rows[2], strict=True))
    assert jan["listings"] == 2 and jan["listings_without_funds"] == 1
    assert jan["watched_companies"] == "Test Robotics"
    _check_exports(chart, tmp_path)

    chart.period.setCurrentIndex(1)
    assert [r[0] for r in chart.table()[1]] == ["2025Q4", "2026Q1"]
    assert "Test Robotics" in chart.readouts[0].show_at(1, 0.1)


def test_market_chart_empty(qtbot, empty_ctx) -> None:
    from desktop.ui.charts.market_chart import MarketChart

    chart = _open(qtbot, MarketChart())
    with qtbot.waitSignal(chart.loaded, timeout=5000):
        chart.set_database(empty_ctx.db)
    assert chart.is_empty
    qtbot.waitUntil(lambda: "Poll now" in chart.empty.text())  # as the source's state says


def test_price_chart(qtbot, demo, tmp_path: Path) -> None:
    from desktop.ui.charts.price_chart import PriceChart

    chart = _open(qtbot, PriceChart())
    with qtbot.waitSignal(chart.loaded, timeout=5000):
        chart.set_company(demo["db"], demo["listed"])
    assert not chart.is_empty
    assert chart.stats["first_day_return"] == pytest.approx(0.25)
    assert chart.stats["return_to_date"] == pytest.approx(-0.10)
    assert "First-day return +25.0%" in chart.summary.text()
    assert "Return to date -10.0%" in chart.summary.text()
    _check_exports(chart, tmp_path)

    with qtbot.waitSignal(chart.loaded, timeout=5000):
        chart.set_company(demo["db"], demo["filing"])
    assert chart.is_empty  # and it says what is missing: here, the stock code
    qtbot.waitUntil(lambda: "no Hong Kong stock code yet" in chart.empty.text())


def test_charts_follow_a_dark_palette(qtbot, demo) -> None:
    from desktop.ui.charts.funding_chart import FundingChart
    from desktop.ui.theme import _dark_palette

    chart = _open(qtbot, FundingChart())
    with qtbot.waitSignal(chart.loaded, timeout=5000):
        chart.set_company(demo["db"], demo["listed"])
    assert not chart.colors.dark
    chart.setPalette(_dark_palette())
    assert chart.colors.dark
    assert chart.view.backgroundBrush().color().lightness() < 100


def test_timeline_band(qtbot, demo) -> None:
    from desktop.store.company_page import load_company_page
    from desktop.ui.charts.timeline_band import TimelineBand

    data = load_company_page(demo["db"], demo["filing"], today=date(2026, 1, 20))
    band = _open(qtbot, TimelineBand())
    band.show_data(data.events, data.status, today=date(2026, 1, 20))
    dots = band.dots()
    assert sorted(d.mark.lane for d in dots) == [0, 1, 2, 3]  # HKEX, CSRC, A-share, news
    assert band.lapse_text == "Application proof lapses 2026-05-20 · 120 days left"

    opened = []
    band.open_link = lambda url: opened.append(url) or True
    proof = next(d for d in dots if d.mark.kind == "application_proof")
    with qtbot.waitSignal(band.document_opened) as signal:
        point = band.mapFromScene(proof.scenePos())
        qtbot.mouseClick(band.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened == ["https://www1.hkexnews.hk/app/proof.pdf"]
    assert signal.args == opened


def test_timeline_band_without_events(qtbot, demo) -> None:
    from desktop.ui.charts.timeline_band import TimelineBand

    band = _open(qtbot, TimelineBand())
    with qtbot.waitSignal(band.loaded, timeout=5000):
        band.set_company(demo["db"], demo["bare"])
    assert band.dots() == [] and band.lapse_text == ""
    texts = [i.text() for i in band.scene().items() if hasattr(i, "text")]
    assert any("No dated filings" in t for t in texts)


def test_start_up_imports_neither_pyqtgraph_nor_sqlalchemy() -> None:
    code = (
        "import desktop.app, desktop.ui.main_window, desktop.ui.company_page; "
        "import sys; print([m for m in ('pyqtgraph', 'sqlalchemy', 'sqlmodel') if m in sys.modules])"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert result.stdout.strip() == "[]"  # the first paint needs neither charts nor SQLAlchemy


def test_accepted_rounds_show_their_source_on_hover(qtbot, demo) -> None:
    from desktop.domain.round_mentions import rounds_in_news
    from desktop.store.funding_proposals import accept_proposal, list_proposals, record_mentions
    from desktop.ui.charts.common import timestamp
    from desktop.ui.charts.funding_chart import FundingChart

    db, company = demo["db"], demo["filing"]
    (mention,) = rounds_in_news(
        "Sample Chips raises US$30m in Series A round", "", date(2024, 5, 2)
    )
    source = {
        "kind": "news",
        "url": "https://example.com/a",
        "title": "Sample Chips raises",
        "sentence": mention.sentence,
        "published": "2024-05-02",
    }
    record_mentions(db, [(company, mention, source)])
    chart = _open(qtbot, FundingChart())
    with qtbot.waitSignal(chart.loaded, timeout=5000):
        chart.set_company(db, company)
    assert [r.round for r in chart.data.rounds] == ["Seed"]  # not in the chart unconfirmed
    (proposal,) = list_proposals(db, company)
    accept_proposal(db, proposal.id)
    with qtbot.waitSignal(chart.loaded, timeout=5000):
        chart.set_company(db, company)
    text = chart.readouts[0].show_at(timestamp(date(2024, 5, 1)), 5)
    assert "Source: News: Sample Chips raises" in text
    assert "“Sample Chips raises US$30m in Series A round”" in text


@pytest.mark.parametrize(
    ("first", "last", "width", "expected"),
    [
        (date(2026, 12, 5), date(2026, 12, 24), 600, ["6 Dec 2026", "11 Dec", "16 Dec", "21 Dec"]),
        (
            date(2026, 12, 20),
            date(2027, 1, 6),
            900,
            ["21 Dec 2026", "23 Dec", "25 Dec", "27 Dec", "1 Jan 2027", "3 Jan", "5 Jan"],
        ),
        (
            date(2025, 10, 1),
            date(2026, 3, 2),
            600,
            ["Oct 2025", "Nov", "Dec", "Jan 2026", "Feb", "Mar"],
        ),
        (date(2019, 1, 1), date(2026, 6, 1), 600, [str(y) for y in range(2019, 2027)]),
    ],
)
def test_date_ticks_say_day_month_and_year(first, last, width, expected) -> None:
    from desktop.ui.charts.common import timestamp
    from desktop.ui.charts.date_ticks import plan

    ticks = plan(timestamp(first), timestamp(last), width, lambda text: 7.0 * len(text))
    assert [label for _, label in ticks] == expected


def test_the_funding_and_price_axes_label_days_with_month_and_year(qtbot, demo) -> None:
    from desktop.ui.charts.common import timestamp
    from desktop.ui.charts.funding_chart import FundingChart

    chart = _open(qtbot, FundingChart())
    with qtbot.waitSignal(chart.loaded, timeout=5000):
        chart.set_company(demo["db"], demo["listed"])
    chart.plot.setXRange(timestamp(date(2023, 5, 20)), timestamp(date(2023, 6, 10)), padding=0)
    axis = chart.plot.getAxis("bottom")
    qtbot.waitUntil(lambda: bool(axis.planned) and axis.planned[0][1].endswith("2023"))
    labels = [label for _, label in axis.planned]
    assert all(any(m in label for m in ("May", "Jun")) for label in labels)
    assert not any(label.isdigit() for label in labels)  # never a bare "07 12 17 22"

    from desktop.ui.charts.price_chart import PriceChart

    prices = _open(qtbot, PriceChart())
    with qtbot.waitSignal(prices.loaded, timeout=5000):
        prices.set_company(demo["db"], demo["listed"])
    bottom = prices.plot.getAxis("bottom")
    qtbot.waitUntil(lambda: bool(bottom.planned))
    shown = [label for _, label in bottom.planned]
    assert shown[0][-4:].isdigit() and " " in shown[0]  # "8 Jan 2026": day, month and year
    assert not any(label.isdigit() and len(label) <= 2 for label in shown)


def test_a_plot_is_styled_again_only_for_another_palette_or_font(qtbot) -> None:
    """A redraw of new data keeps the axes' styling; a palette or font change redoes it."""
    from dataclasses import replace

    import pyqtgraph as pg
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QWidget

    from desktop.ui.charts.common import chart_font, colors_for, style_plot

    widget = QWidget()
    qtbot.addWidget(widget)
    colors, font = colors_for(widget), chart_font()
    plot = pg.PlotItem()
    axis = plot.getAxis("left")
    styled: list[object] = []
    real_set_pen = axis.setPen
    axis.setPen = lambda *args: (styled.append(args), real_set_pen(*args))  # type: ignore[method-assign]
    style_plot(plot, colors, font)
    style_plot(plot, colors, chart_font())  # the same palette and an equal font
    assert len(styled) == 1
    style_plot(plot, replace(colors, muted=QColor("#ff0000")), font)
    bigger = chart_font(font.pointSizeF() + 2)
    style_plot(plot, colors, bigger)
    assert len(styled) == 3
