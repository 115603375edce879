"""The A+H discount: how far an A-share company's H-share offer price is below its A-share
close on the price-determination day, both in Hong Kong dollars at that day's CNY/HKD rate.

    discount % = (1 − H offer price ÷ (A close × HKD per CNY)) × 100

Every input comes from a stored source and is named with it; an input that is missing is
said precisely (which one, of which day), and nothing is computed from a guess or a fixed
rate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain.i18n import format_day, translate


@dataclass(frozen=True, slots=True)
class Sourced:
    """One input with where it came from."""

    value: float
    source: str  # in words: "Allotment results, page 1", "Yahoo Finance"
    url: str | None = None
    detail: str = ""  # which figure of it: "688380.SS, close of 2026-01-06"


@dataclass(frozen=True, slots=True)
class AhInputs:
    a_symbol: str  # 688380.SS
    price_day: date | None  # the price-determination day (the formal notice's timetable)
    price_day_source: str | None = None
    offer_price: Sourced | None = None  # the final H-share offer price, HK$
    a_close: Sourced | None = None  # CNY, on price_day
    rate: Sourced | None = None  # HKD per CNY, on price_day
    a_currency: str | None = "CNY"  # as the price source states it
    offer_price_max: float | None = None  # before the results: the notice's maximum


@dataclass(frozen=True, slots=True)
class AhDiscount:
    inputs: AhInputs
    discount_pct: float | None = None  # > 0: the H shares are offered below the A close
    a_close_hkd: float | None = None
    missing: list[str] = field(default_factory=list)  # each missing input, in words

    @property
    def day(self) -> date | None:
        return self.inputs.price_day


def ah_discount(inputs: AhInputs) -> AhDiscount:
    """The discount, or what is missing to compute it."""
    missing: list[str] = []
    day = inputs.price_day
    if inputs.offer_price is None:
        if inputs.offer_price_max is not None:
            missing.append(
                translate(
                    "OfferAh",
                    "the final H-share offer price (the allotment results state it; the "
                    "maximum is {price})",
                ).format(price=f"HK${inputs.offer_price_max:,.2f}")
            )
        else:
            missing.append(translate("OfferAh", "the final H-share offer price"))
    if day is None:
        missing.append(translate("OfferAh", "the price-determination date (the formal notice)"))
    else:
        shown = format_day(day)
        if inputs.a_close is None:
            missing.append(
                translate("OfferAh", "the A-share close of {symbol} on {date}").format(
                    symbol=inputs.a_symbol, date=shown
                )
            )
        elif inputs.a_currency != "CNY":
            missing.append(
                translate(
                    "OfferAh", "an A-share close in yuan ({symbol} is quoted in {currency})"
                ).format(symbol=inputs.a_symbol, currency=inputs.a_currency)
            )
        if inputs.rate is None:
            missing.append(
                translate("OfferAh", "the CNY/HKD exchange rate of {date}").format(date=shown)
            )
    if missing:
        return AhDiscount(inputs, missing=missing)
    assert inputs.offer_price and inputs.a_close and inputs.rate
    a_hkd = inputs.a_close.value * inputs.rate.value
    discount = (1 - inputs.offer_price.value / a_hkd) * 100
    return AhDiscount(inputs, round(discount, 2), round(a_hkd, 4))
