"""Money arithmetic for the funding and market charts.  Pure: no Qt, no database.

Exchange rates are a dict ``currency -> US dollars per unit``.  They come from the
user's settings; the only built-in rate is the Hong Kong dollar's, taken as the
midpoint of the Linked Exchange Rate System's convertibility band (HKMA: 7.75-7.85
HKD per USD), i.e. 7.8 HKD per USD.  Every other currency needs a rate the user
entered; without one an amount simply has no US-dollar value.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any, Protocol

from desktop.domain.i18n import QT_TRANSLATE_NOOP, translate

HKD_PEG_MIDPOINT = 7.8  # HKD per USD, midpoint of the 7.75-7.85 band (HKMA)
PEG_NOTE = QT_TRANSLATE_NOOP(
    "Money", "HK$ converted at 7.8 per US$ (midpoint of the HKMA peg band 7.75–7.85)"
)
"""Shown under converted figures; `peg_note()` gives it in the interface language."""


def peg_note() -> str:
    return translate("Money", PEG_NOTE)


__all__ = [
    "HKD_PEG_MIDPOINT",
    "PEG_NOTE",
    "RoundLike",
    "Series",
    "bucket_listings",
    "cumulative",
    "default_rates",
    "format_money",
    "month_of",
    "peg_note",
    "quarter_of",
    "rates_with_defaults",
    "returns",
    "round_usd",
    "to_usd",
]


class RoundLike(Protocol):
    date: date | None
    amount: float | None
    currency: str | None
    amount_usd: float | None


def default_rates() -> dict[str, float]:
    """The rates that need no settings: the US dollar itself and the HKD peg midpoint."""
    return {"USD": 1.0, "HKD": 1.0 / HKD_PEG_MIDPOINT}


def rates_with_defaults(user_rates: Mapping[str, float] | None) -> dict[str, float]:
    """The user's rates over the defaults (a user may set their own HKD rate)."""
    rates = default_rates()
    for code, rate in (user_rates or {}).items():
        if _positive(rate):
            rates[code.upper()] = float(rate)
    rates["USD"] = 1.0
    return rates


def to_usd(amount: float | None, currency: str | None, rates: Mapping[str, float]) -> float | None:
    """``amount`` in US dollars, or None when the amount or the currency's rate is unknown."""
    if amount is None or not currency or not _finite(amount):
        return None
    code = currency.strip().upper()
    if code == "USD":
        return float(amount)
    rate = rates.get(code)
    if not _positive(rate):
        return None
    return float(amount) * float(rate)  # type: ignore[arg-type]


def round_usd(item: RoundLike, rates: Mapping[str, float] | None = None) -> float | None:
    """The stated US-dollar amount, else the amount converted at ``rates``."""
    if item.amount_usd is not None and _finite(item.amount_usd):
        return float(item.amount_usd)
    if rates is None:
        return None
    return to_usd(item.amount, item.currency, rates)


class Series(list):  # type: ignore[type-arg]
    """A list of ``(date, value)`` points that also says how many inputs were left out."""

    def __init__(self, points: Iterable[tuple[date, float]] = (), skipped: int = 0) -> None:
        super().__init__(points)
        self.skipped = skipped


def cumulative(rounds: Iterable[RoundLike], rates: Mapping[str, float] | None = None) -> Series:
    """Total raised (US$) after each funding date: a step series, oldest first.

    Rounds on the same day make one step.  A round without a date or without a
    US-dollar amount (stated, or convertible at ``rates``) is skipped and counted in
    ``.skipped``: the total is then a lower bound, which the chart says.
    """
    by_day: dict[date, float] = {}
    skipped = 0
    for item in rounds:
        usd = round_usd(item, rates)
        if item.date is None or usd is None:
            skipped += 1
            continue
        by_day[item.date] = by_day.get(item.date, 0.0) + usd
    total = 0.0
    points = []
    for day in sorted(by_day):
        total += by_day[day]
        points.append((day, total))
    return Series(points, skipped)


def month_of(day: date) -> str:
    return f"{day.year}-{day.month:02d}"


def quarter_of(day: date) -> str:
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


def _next_period(year: int, index: int, period: str) -> tuple[int, int]:
    last = 12 if period == "month" else 4
    return (year + 1, 1) if index == last else (year, index + 1)


def _period_key(day: date, period: str) -> tuple[int, int]:
    return (day.year, day.month) if period == "month" else (day.year, (day.month - 1) // 3 + 1)


def _label(key: tuple[int, int], period: str) -> str:
    year, index = key
    return f"{year}-{index:02d}" if period == "month" else f"{year}Q{index}"


def bucket_listings(
    rows: Iterable[Mapping[str, Any]], period: str = "month"
) -> list[tuple[str, int, float | None]]:
    """``(label, listings, funds raised HK$)`` per month or quarter, first to last.

    ``rows`` are ``hkex_new_listings.listings`` rows.  Periods between the first and
    the last listing appear with 0 listings and HK$0.  A period whose listings all lack
    the funds raised has ``None``; otherwise the known amounts are added up.
    """
    if period not in ("month", "quarter"):
        raise ValueError("period must be 'month' or 'quarter'")
    counts: dict[tuple[int, int], int] = {}
    funds: dict[tuple[int, int], float] = {}
    for row in rows:
        day = row.get("listing_date")
        if not isinstance(day, date):
            continue
        key = _period_key(day, period)
        counts[key] = counts.get(key, 0) + 1
        amount = row.get("funds_raised_hkd")
        if _finite(amount):
            funds[key] = funds.get(key, 0.0) + float(amount)  # type: ignore[arg-type]
    if not counts:
        return []
    result = []
    key, last = min(counts), max(counts)
    while key <= last:
        count = counts.get(key, 0)
        raised = funds.get(key, None if count else 0.0)
        result.append((_label(key, period), count, raised))
        key = _next_period(*key, period)
    return result


def returns(
    offer_price: float | None,
    closes: Sequence[tuple[date, float]],
    listing_date: date | None = None,
) -> dict[str, Any]:
    """Returns against the offer price, as fractions (0.25 is +25%).

    ``first_day_return`` uses the close of ``listing_date`` when given (None if that
    day's close is not among ``closes``), else the earliest close.  ``return_to_date``
    uses the latest close.  Unknown offer price or no closes: the returns are None.
    """
    ordered = sorted((day, close) for day, close in closes if _positive(close))
    last = ordered[-1] if ordered else None
    result: dict[str, Any] = {
        "first_day_return": None,
        "return_to_date": None,
        "last_close": last[1] if last else None,
        "last_date": last[0] if last else None,
    }
    if not ordered or not _positive(offer_price):
        return result
    if listing_date is None:
        first: float | None = ordered[0][1]
    else:
        first = next((close for day, close in ordered if day == listing_date), None)
    if first is not None:
        result["first_day_return"] = first / offer_price - 1  # type: ignore[operator]
    result["return_to_date"] = ordered[-1][1] / offer_price - 1  # type: ignore[operator]
    return result


_SYMBOLS = {"USD": "US$", "HKD": "HK$"}


def format_money(amount: float | None, currency: str | None = "USD") -> str:
    """Short amounts for labels: "US$138.0m", "HK$1.20bn", "CNY 1,000"; "—" when unknown."""
    if amount is None or not _finite(amount):
        return "—"
    code = (currency or "").upper()
    prefix = _SYMBOLS.get(code, f"{code} " if code else "")
    size = abs(amount)
    if size >= 1e9:
        text = f"{amount / 1e9:,.2f}bn"
    elif size >= 1e6:
        text = f"{amount / 1e6:,.1f}m"
    else:
        text = f"{amount:,.0f}" if float(amount).is_integer() or size >= 100 else f"{amount:,.2f}"
    return prefix + text


def _finite(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _positive(value: Any) -> bool:
    return _finite(value) and value > 0
