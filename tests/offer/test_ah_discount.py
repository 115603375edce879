"""The A+H discount on the Offer tab: the offer from PDFs generated here, the A-share close
and the CNY/HKD rate from the prices source over a loopback mirror, a real SQLite file and
a real Offer tab; a missing input is named, never replaced by a fixed rate."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from desktop.domain.offer.ah_discount import AhInputs, Sourced, ah_discount
from desktop.services.polling import poll_source
from desktop.sources import prices
from desktop.sources.offer_docs import read_offer_document
from desktop.store.offers import store_document
from desktop.store.tables import Company
from tests.mirror import mirror_fixture  # noqa: F401
from tests.offer.pdfs import fixture_pdf
from tests.sources.test_prices import chart, trading_days, yahoo_path

NOTICE = "https://www1.hkexnews.hk/listedco/listconews/sehk/2025/1230/2025123000011.pdf"
RESULTS = "https://www1.hkexnews.hk/listedco/listconews/sehk/2026/0107/2026010700901.pdf"
DAYS = trading_days(date(2025, 12, 29), 12)  # 29 December to 13 January
PRICE_DAY = date(2026, 1, 6)  # the notice's price determination date
AFTER = datetime(2026, 1, 15, 9, tzinfo=UTC)  # when the charts were made


def test_the_discount_and_what_is_missing() -> None:
    price = Sourced(116.2, "Allotment results, page 1")
    close = Sourced(130.0, "Yahoo Finance 688380.SS")
    rate = Sourced(1.085, "Yahoo Finance CNYHKD=X")
    done = ah_discount(AhInputs("688380.SS", PRICE_DAY, None, price, close, rate))
    assert done.missing == [] and done.a_close_hkd == 141.05
    assert done.discount_pct == 17.62  # 1 − 116.20 ÷ 141.05
    premium = ah_discount(AhInputs("688380.SS", PRICE_DAY, None, Sourced(150.0, "x"), close, rate))
    assert premium.discount_pct == -6.35
    none = ah_discount(AhInputs("688380.SS", PRICE_DAY, offer_price_max=120.0))
    assert none.discount_pct is None
    assert none.missing == [
        "the final H-share offer price (the allotment results state it; the maximum is HK$120.00)",
        "the A-share close of 688380.SS on 2026-01-06",
        "the CNY/HKD exchange rate of 2026-01-06",
    ]
    undated = ah_discount(AhInputs("688380.SS", None, None, price, close, rate))
    assert undated.missing == ["the price-determination date (the formal notice)"]
    assert prices.a_symbol("688380", "sse") == "688380.SS"
    assert prices.a_symbol("000001", None) == "000001.SZ"
    assert prices.a_symbol("830799", "bse") == "830799.BJ"
    assert prices.a_symbol("12345") is None


def _company(db: Any, a_code: str | None = "688380") -> int:
    with db.write() as session:
        company = Company(
            name="Example Atlas Technology",
            hk_code="02513",
            a_code=a_code,
            a_exchange="sse" if a_code else None,
        )
        session.add(company)
        session.flush()
        assert company.id is not None
        return company.id


def _serve_prices(mirror: Any, *, fx: bool) -> None:
    closes = [128.0 + i for i in range(len(DAYS))]  # 6 January is the seventh day: 134.00
    mirror.add(
        yahoo_path("688380.SS"),
        chart("688380.SS", DAYS, closes, market_time=AFTER, currency="CNY"),
    )
    mirror.add(yahoo_path("2513.HK"), chart("2513.HK", DAYS[-4:], [150.0] * 4, market_time=AFTER))
    if fx:
        rates = [1.08 + i / 1000 for i in range(len(DAYS))]  # 6 January: 1.0860
        mirror.add(yahoo_path("CNYHKD=X"), chart("CNYHKD=X", DAYS, rates, market_time=AFTER))
    else:
        mirror.add(yahoo_path("CNYHKD=X"), b"not found", status=404)


def _panel(qtbot: Any) -> Any:
    from desktop.ui.offer_panel import OfferPanel

    panel = OfferPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _load(qtbot: Any, panel: Any, db: Any, company_id: int) -> Any:
    with qtbot.waitSignal(panel.loaded):
        panel.show_company(db, company_id)
    return panel


def _rows(panel: Any) -> dict[str, Any]:
    tree = panel.tree
    return {
        tree.topLevelItem(i).text(0).strip(): tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
    }


def test_the_offer_tab_shows_the_discount_with_its_date_and_sources(
    qtbot, empty_ctx, mirror
) -> None:
    db = empty_ctx.db
    company_id = _company(db)
    store_document(db, NOTICE, read_offer_document(fixture_pdf("notice_en.txt")))
    store_document(db, RESULTS, read_offer_document(fixture_pdf("allotment_en.txt")))

    panel = _panel(qtbot)
    # Nothing from the prices source yet: both stored inputs are missing, by name.
    row = _rows(_load(qtbot, panel, db, company_id))["A+H discount on 2026-01-06"]
    assert row.text(1) == "not computed"
    assert row.text(4) == (
        "Missing: the A-share close of 688380.SS on 2026-01-06; "
        "the CNY/HKD exchange rate of 2026-01-06"
    )

    # The A-share closes come in, the rate does not: only the rate is missing.
    _serve_prices(mirror, fx=False)
    outcome = poll_source(db, "prices", today=date(2026, 1, 15))
    assert outcome.ok and "CNYHKD=X" in (outcome.error or "")
    row = _rows(_load(qtbot, panel, db, company_id))["A+H discount on 2026-01-06"]
    assert row.text(4) == "Missing: the CNY/HKD exchange rate of 2026-01-06"
    asked = mirror.requests_for(yahoo_path("688380.SS"))
    assert [r.query for r in asked] == ["range=1y&interval=1d"]  # a year the first time

    _serve_prices(mirror, fx=True)
    assert poll_source(db, "prices", today=date(2026, 1, 16)).ok
    assert mirror.requests_for(yahoo_path("688380.SS"))[-1].query == "range=1mo&interval=1d"
    rows = _rows(_load(qtbot, panel, db, company_id))
    row = rows["A+H discount on 2026-01-06"]
    # 134.00 × 1.0860 = HK$145.524; 1 − 116.20 ÷ 145.524 = 20.15 %
    assert row.text(1) == "20.15 % below the A share"
    assert row.text(4) == (
        "H-share offer price HK$116.20 against the A-share close ¥134.00 × 1.0860 HKD/CNY "
        "= HK$145.52"
    )
    close = rows["A-share close (688380.SS)"]
    assert close.text(1) == "¥134.00"
    assert close.text(3) == "Yahoo Finance"
    assert close.text(4) == "688380.SS, close of 2026-01-06"
    assert close.data(0, 0x0100) == "https://query1.finance.yahoo.com/v8/finance/chart/688380.SS"
    rate = rows["CNY/HKD rate"]
    assert rate.text(1) == "1.0860" and rate.text(4) == "CNYHKD=X, close of 2026-01-06"
    price = rows["H-share offer price"]
    assert (price.text(2), price.text(3)) == ("1", "Allotment results")
    assert price.data(0, 0x0100) == RESULTS
    # The HK price events are as before: the A-share closes are no HK prices.
    summary = panel.summary
    assert summary.first_close == 150.0 and summary.latest_close == 150.0


def test_no_row_without_an_a_share_code(qtbot, empty_ctx) -> None:
    db = empty_ctx.db
    company_id = _company(db, a_code=None)
    store_document(db, NOTICE, read_offer_document(fixture_pdf("notice_en.txt")))
    panel = _load(qtbot, _panel(qtbot), db, company_id)
    assert panel.summary is not None and panel.ah is None
    assert not any(label.startswith("A+H") for label in _rows(panel))
