"""The A+H discount of a watched company's offer, from stored inputs only: the final offer
price and the price-determination day of its documents, the A-share close of that day and
that day's CNY/HKD rate from the prices source (kept in its memory, `sources.prices`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.domain.i18n import format_day, translate
from desktop.domain.offer.ah_discount import AhDiscount, AhInputs, Sourced, ah_discount
from desktop.sources import prices
from desktop.store.db import Database
from desktop.store.tables import Company, SourceState

_DOC_NAMES = {  # as the interface names them (context OfferFormat)
    "formal_notice": "Formal notice",
    "allotment_results": "Allotment results",
    "stabilisation_end": "End of stabilisation",
    "prospectus": "Prospectus",
}


def read_ah_discount(db: Database, company_id: int, summary: Any) -> AhDiscount | None:
    """The discount (or what is missing for it) of the company's offer; None when the
    company has no A-share code (no A+H listing) or no offer."""
    with db.session() as session:
        company = session.get(Company, company_id)
        state = session.get(SourceState, prices.SOURCE_ID)
        symbol = prices.a_symbol(company.a_code, company.a_exchange) if company else None
        memory = dict(state.memory or {}) if state is not None else {}
    if symbol is None or summary is None:
        return None
    series = _mapping(memory.get("series"))
    day_fact = summary.facts.get("timetable.price_determination")
    day = _day(day_fact.value if day_fact is not None else None)
    price = summary.facts.get("offer_price")
    stock = _mapping(series.get(symbol))
    rates = _mapping(series.get(prices.FX_SYMBOL))
    maximum = summary.value("offer_price_max")
    inputs = AhInputs(
        a_symbol=symbol,
        price_day=day,
        price_day_source=_document(day_fact),
        offer_price=Sourced(float(price.value), _document(price) or "", price.url)
        if price is not None and isinstance(price.value, int | float)
        else None,
        a_close=_value(stock, day, symbol),
        rate=_value(rates, day, prices.FX_SYMBOL),
        a_currency=str(stock.get("currency") or "CNY"),
        offer_price_max=float(maximum) if isinstance(maximum, int | float) else None,
    )
    return ah_discount(inputs)


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _value(series: dict[str, Any], day: date | None, symbol: str) -> Sourced | None:
    values = series.get("values")
    if day is None or not isinstance(values, dict):
        return None
    found = values.get(day.isoformat())
    if not isinstance(found, int | float) or isinstance(found, bool) or found <= 0:
        return None
    detail = translate("OfferAh", "{symbol}, close of {date}").format(
        symbol=symbol, date=format_day(day)
    )
    return Sourced(float(found), "Yahoo Finance", series.get("url"), detail)


def _document(fact: Any) -> str | None:
    if fact is None:
        return None
    document = translate("OfferFormat", _DOC_NAMES.get(fact.doc_type, fact.doc_type))
    return translate("OfferAh", "{document}, page {page}").format(document=document, page=fact.page)


@dataclass(frozen=True, slots=True)
class OfferTab:
    """What a company's Offer tab shows: its offer, and its A+H discount if it has A shares."""

    summary: Any  # an OfferSummary, or None
    ah: AhDiscount | None


def read_offer_tab(db: Database, company_id: int) -> OfferTab:
    from desktop.store.offer_views import read_company_offer

    summary = read_company_offer(db, company_id)
    return OfferTab(summary, read_ah_discount(db, company_id, summary) if summary else None)
