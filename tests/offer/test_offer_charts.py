"""Oversubscription and first-day return per listing: allotment results read from PDFs
generated here, listings of HKEX's New Listing Report, the listing day's close from the
prices source over a loopback mirror (a real SQLite file), drawn on the market chart and
on the year's scatter chart (real pyqtgraph windows), translated."""

from __future__ import annotations

import csv
import math
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.services.polling import poll_source
from desktop.sources.offer_docs import read_offer_document
from desktop.store.offer_market import read_listing_points, recent_listings
from desktop.store.offers import store_document
from desktop.store.tables import Company, Event
from tests.mirror import mirror_fixture  # noqa: F401
from tests.offer.pdfs import fixture_text, make_pdf
from tests.sources.test_prices import chart, trading_days, yahoo_path

RESULTS = "https://www1.hkexnews.hk/listedco/listconews/sehk/2026/0107/{code}.pdf"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _results(code: str, times: str, price: str = "116.20") -> bytes:
    text = (
        fixture_text("allotment_en.txt")
        .replace("Stock Code: 2513", f"Stock Code: {int(code)}")
        .replace("Stock code 2513", f"Stock code {int(code)}")
        .replace("Subscription level 1,159.46 times", f"Subscription level {times} times")
        .replace("Final Offer Price HK$116.20", f"Final Offer Price HK${price}")
    )
    return make_pdf(text.split("\f"))


def _listed(session: Any, number: int, company_id: int | None, code: str, day: date) -> None:
    session.add(
        Event(
            company_id=company_id,
            kind="listed",
            source="hkex_new_listings",
            published=day,
            title="listed",
            fingerprint=f"nlr:{number}",
            raw={
                "code": code,
                "name": f"LISTING {code}",
                "listing_date": day.isoformat(),
                "funds_raised_hkd": 1e9,
                "offer_price": 10.0,
                "board": "sehk",
            },
        )
    )


@pytest.fixture
def market(empty_ctx, mirror):
    """A watched listing with its price events, an unwatched one whose close the prices
    source fetches, one without allotment results, and one of the year before."""
    db = empty_ctx.db
    with db.write() as session:
        robot = Company(name="Test Robotics", hk_code="09990")
        session.add(robot)
        session.flush()
        _listed(session, 1, robot.id, "09990", date(2026, 1, 8))
        _listed(session, 2, None, "02513", date(2026, 1, 8))
        _listed(session, 3, None, "01235", date(2026, 1, 20))
        _listed(session, 4, None, "01234", date(2025, 11, 3))
        for n, (day, close) in enumerate([(date(2026, 1, 8), 12.5), (date(2026, 1, 9), 11.0)]):
            session.add(
                Event(
                    company_id=robot.id,
                    kind="price",
                    source="prices",
                    published=day,
                    title="close",
                    fingerprint=f"price:{n}",
                    raw={"close": close, "currency": "HKD"},
                )
            )
        robot_id = robot.id
    store_document(
        db, RESULTS.format(code="09990"), read_offer_document(_results("09990", "35.10", "10.00"))
    )
    store_document(
        db, RESULTS.format(code="02513"), read_offer_document(_results("02513", "1,159.46"))
    )
    store_document(
        db, RESULTS.format(code="01234"), read_offer_document(_results("01234", "4.20", "5.00"))
    )
    days = trading_days(date(2026, 1, 2), 8)
    mirror.add(yahoo_path("9990.HK"), chart("9990.HK", days, [12.5] * 8))
    mirror.add(yahoo_path("2513.HK"), chart("2513.HK", days, [150.0] * 8))
    return {"db": db, "robot": robot_id, "mirror": mirror}


def test_the_listing_day_close_of_every_recent_ipo_is_fetched_once(market) -> None:
    db, mirror = market["db"], market["mirror"]
    assert {r["code"] for r in recent_listings(db, date(2026, 1, 12))} == {"09990", "02513"}
    assert recent_listings(db, date(2026, 1, 8)) == ()  # the day is not over
    assert poll_source(db, "prices", today=date(2026, 1, 12)).ok
    assert len(mirror.requests_for(yahoo_path("2513.HK"))) == 1
    # The watched company's close is its own price event: not asked a second time.
    assert len(mirror.requests_for(yahoo_path("9990.HK"))) == 1
    assert poll_source(db, "prices", today=date(2026, 1, 13)).ok
    assert len(mirror.requests_for(yahoo_path("2513.HK"))) == 1
    points = {p.code: p for p in read_listing_points(db)}
    ipo = points["02513"]
    assert ipo.subscribed == 1159.46 and ipo.offer_price == 116.2 and ipo.first_close == 150.0
    assert ipo.first_day_return == pytest.approx(150 / 116.2 - 1)
    assert ipo.watched is None and ipo.subscribed_url == RESULTS.format(code="02513")
    assert ipo.first_close_source.endswith("/v8/finance/chart/2513.HK?range=1mo&interval=1d")
    robot = points["09990"]
    assert robot.watched == "Test Robotics" and robot.first_close == 12.5
    assert robot.first_close_source == "prices" and robot.first_day_return == pytest.approx(0.25)
    # No results read, no close kept: nothing made up.
    bare = points["01235"]
    assert bare.subscribed is None and bare.first_close is None and bare.first_day_return is None
    assert points["01234"].first_close is None and points["01234"].subscribed == 4.2


def _open(qtbot: Any, widget: Any) -> Any:
    qtbot.addWidget(widget)
    widget.resize(900, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_market_chart_shows_each_listing(qtbot, market) -> None:
    from desktop.ui.charts.market_chart import MarketChart

    assert poll_source(market["db"], "prices", today=date(2026, 1, 12)).ok
    view = _open(qtbot, MarketChart())
    with qtbot.waitSignal(view.loaded):
        view.set_database(market["db"])
    placed = {p.code: x for x, p in view.placed}
    assert set(placed) == {"09990", "02513", "01235", "01234"}
    # 8 January sits a quarter into January's bar (bar 2 of Nov, Dec, Jan).
    assert 2 - 0.375 < placed["02513"] < 2 - 0.375 + 0.75 * 0.25
    labels = (
        view.return_plot.getAxis("left").labelText,
        view.subscribed_plot.getAxis("left").labelText,
    )
    assert labels == ("First day (%)", "Subscribed (×)")
    ticks = dict(view.subscribed_plot.getAxis("left")._tickLevels[0])
    assert ticks == {0.0: "1×", 1.0: "10×", 2.0: "100×", 3.0: "1,000×", 4.0: "10,000×"}
    readout = view.readouts[-2]  # the first-day return plot's
    text = readout.show_at(placed["02513"], 29.0)
    assert "LISTING 02513 (02513), listed 2026-01-08" in text
    assert "HK public offer subscribed 1,159.46×" in text
    assert "First-day return +29.1 % (close HK$150.00)" in text
    near_bare = readout.show_at(placed["01235"], 0.0)
    assert "no allotment results read" in near_bare and "no close of the listing day" in near_bare
    assert "Per listing" in view.note.text()


def test_the_year_chart_of_oversubscription_against_first_day_return(
    qtbot, market, tmp_path: Path
) -> None:
    from desktop.ui.charts.subscription_chart import SubscriptionChart

    view = _open(qtbot, SubscriptionChart())
    with qtbot.waitSignal(view.loaded):
        view.set_database(market["db"])
    # Before the prices poll only the watched company's close (its price event) is known.
    assert {p.code for p in view.shown} == {"09990"}
    assert poll_source(market["db"], "prices", today=date(2026, 1, 12)).ok
    with qtbot.waitSignal(view.loaded):
        view.set_database(market["db"])
    assert [view.year.itemText(i) for i in range(view.year.count())] == ["2026"]
    assert {p.code for p in view.shown} == {"09990", "02513"}
    assert view.plot.getAxis("bottom").labelText == "HK public offer subscribed (times, log scale)"
    assert view.plot.getAxis("left").labelText == "First-day return (%)"
    assert "1 listing of the year without both figures." in view.note.text()

    text = view.readouts[0].show_at(math.log10(35.10), 25.0)
    assert text is not None and text.startswith("Test Robotics (09990)")
    assert view.readouts[0].show_at(math.log10(2.0), -40.0) is None  # nothing there
    header, rows = view.table()
    assert [r[0] for r in rows] == ["02513", "09990"]  # by listing day, then code
    assert dict(zip(header, rows[0], strict=True))["first_day_return_pct"] == 29.09
    png = view.export_png(tmp_path / "scatter.png").read_bytes()
    assert png.startswith(PNG_MAGIC) and len(png) > 2000
    with view.export_csv(tmp_path / "scatter.csv").open(encoding="utf-8-sig", newline="") as f:
        read = list(csv.reader(f))
    assert read[0] == header and len(read) == 3


def test_the_year_chart_says_what_it_waits_for(qtbot, empty_ctx) -> None:
    from desktop.ui.charts.subscription_chart import SubscriptionChart

    view = _open(qtbot, SubscriptionChart())
    with qtbot.waitSignal(view.loaded):
        view.set_database(empty_ctx.db)
    assert view.is_empty and "allotment results" in view.empty.text()
    assert view.year.count() == 0


def test_the_charts_tab_has_the_year_chart_and_its_titles_are_translated(
    qtbot, market, tmp_path: Path
) -> None:
    from desktop.ui.charts.charts_tab import ChartsTab
    from tests.ui.i18n_check import compile_catalogues, english_words, installed_language

    folder = compile_catalogues(tmp_path / "qm")
    assert poll_source(market["db"], "prices", today=date(2026, 1, 12)).ok
    with installed_language("zh_HK", folder) as missing:
        assert missing == []
        tab = _open(qtbot, ChartsTab(market["db"]))
        chart = tab.subscription_chart
        qtbot.waitUntil(lambda: bool(chart.shown))
        assert tab.tabText(2) == "超額認購與首日回報"
        axes = [chart.plot.getAxis(n).labelText for n in ("bottom", "left")]
        assert axes == ["香港公開發售認購倍數（對數刻度）", "首日回報（%）"]
        market_chart = tab.market_chart
        qtbot.waitUntil(lambda: bool(market_chart.placed))
        for plot in (market_chart.return_plot, market_chart.subscribed_plot):
            assert english_words(plot.getAxis("left").labelText) == []
        assert english_words(chart.note.text()) == []
