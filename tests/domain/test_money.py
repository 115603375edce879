"""Money arithmetic behind the charts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from desktop.domain.money import (
    HKD_PEG_MIDPOINT,
    bucket_listings,
    cumulative,
    format_money,
    month_of,
    quarter_of,
    rates_with_defaults,
    returns,
    to_usd,
)


@dataclass
class R:
    date: date | None
    amount: float | None = None
    currency: str | None = None
    amount_usd: float | None = None


def test_to_usd_uses_the_given_rate_and_knows_nothing_else() -> None:
    rates = {"CNY": 0.14}
    assert to_usd(100, "usd", rates) == 100
    assert to_usd(1000, "CNY", rates) == pytest.approx(140)
    assert to_usd(1000, "EUR", rates) is None
    assert to_usd(None, "USD", rates) is None
    assert to_usd(1000, "", rates) is None


def test_only_the_hkd_peg_midpoint_is_built_in() -> None:
    rates = rates_with_defaults({})
    assert rates == {"USD": 1.0, "HKD": pytest.approx(1 / HKD_PEG_MIDPOINT)}
    assert to_usd(7.8, "HKD", rates) == pytest.approx(1.0)
    assert to_usd(1, "CNY", rates) is None
    mine = rates_with_defaults({"hkd": 0.128, "CNY": 0.14, "XXX": -1})
    assert mine["HKD"] == 0.128 and mine["CNY"] == 0.14 and "XXX" not in mine


def test_cumulative_is_a_step_series_and_counts_what_it_skips() -> None:
    rounds = [
        R(date(2023, 5, 1), amount_usd=50e6),
        R(date(2021, 1, 1), amount=700e6, currency="CNY"),
        R(date(2023, 5, 1), amount_usd=10e6),
        R(None, amount_usd=99e6),
        R(date(2022, 1, 1), amount=1e6, currency="EUR"),
    ]
    series = cumulative(rounds, {"CNY": 0.14})
    assert series == [
        (date(2021, 1, 1), pytest.approx(98e6)),
        (date(2023, 5, 1), pytest.approx(158e6)),
    ]
    assert series.skipped == 2
    assert cumulative(rounds).skipped == 3  # without rates only stated US$ amounts count


def test_period_labels() -> None:
    assert quarter_of(date(2026, 1, 31)) == "2026Q1"
    assert quarter_of(date(2025, 12, 1)) == "2025Q4"
    assert month_of(date(2026, 3, 9)) == "2026-03"


def test_bucket_listings_fills_the_gaps_and_keeps_unknown_funds_empty() -> None:
    rows = [
        {"listing_date": date(2025, 11, 3), "funds_raised_hkd": 1e9},
        {"listing_date": date(2025, 11, 20), "funds_raised_hkd": 5e8},
        {"listing_date": date(2026, 2, 2), "funds_raised_hkd": None},
        {"listing_date": None, "funds_raised_hkd": 1e9},
    ]
    assert bucket_listings(rows, "month") == [
        ("2025-11", 2, 1.5e9),
        ("2025-12", 0, 0.0),
        ("2026-01", 0, 0.0),
        ("2026-02", 1, None),
    ]
    assert bucket_listings(rows, "quarter") == [("2025Q4", 2, 1.5e9), ("2026Q1", 1, None)]
    assert bucket_listings([], "quarter") == []
    with pytest.raises(ValueError):
        bucket_listings(rows, "year")


def test_returns_against_the_offer_price() -> None:
    closes = [(date(2026, 1, 9), 12.0), (date(2026, 1, 8), 11.0), (date(2026, 2, 1), 9.0)]
    got = returns(10.0, closes, listing_date=date(2026, 1, 8))
    assert got["first_day_return"] == pytest.approx(0.10)
    assert got["return_to_date"] == pytest.approx(-0.10)
    assert got["last_close"] == 9.0 and got["last_date"] == date(2026, 2, 1)
    # The listing day's close is not among the closes: no first-day return is made up.
    assert returns(10.0, closes, listing_date=date(2026, 1, 7))["first_day_return"] is None
    assert returns(None, closes)["return_to_date"] is None
    assert returns(10.0, [])["last_close"] is None


def test_format_money() -> None:
    assert format_money(138e6) == "US$138.0m"
    assert format_money(1.2e9, "HKD") == "HK$1.20bn"
    assert format_money(1000, "cny") == "CNY 1,000"
    assert format_money(None) == "—"
