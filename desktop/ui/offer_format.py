"""How offer figures read on screen (the Offers tab, the Offer panel, the document dialog)."""

from __future__ import annotations

from typing import Any

LABELS: dict[str, str] = {
    "doc_type": "Document",
    "stock_code": "Stock code",
    "issuer": "Issuer",
    "lang": "Language",
    "listing_date": "Listing date",
    "offer_price": "Offer price",
    "offer_price_min": "Lowest price of the range",
    "offer_price_max": "Maximum offer price",
    "board_lot": "Board lot",
    "entry_fee": "Entry fee (one lot)",
    "timetable.offer_opens": "Offer opens",
    "timetable.applications_close": "Applications close",
    "timetable.price_determination": "Price determination",
    "timetable.results": "Results",
    "timetable.listing": "Dealings begin",
    "hk_valid_applications": "Valid applications (HK)",
    "hk_successful_applications": "Successful applications (HK)",
    "hk_subscription_times": "HK public offer subscribed",
    "one_lot_success_pct": "One-lot success rate",
    "intl_subscription_times": "International offer subscribed",
    "intl_placees": "Placees",
    "clawback": "Clawback",
    "gross_proceeds_hkd": "Gross proceeds",
    "net_proceeds_hkd": "Net proceeds",
    "cornerstones": "Cornerstone investors",
    "lockups": "Lock-ups",
    "over_allotment": "Over-allotment option",
    "over_allotment_shares": "Over-allotment shares",
    "stabilisation_ended": "Stabilisation ended",
    "offer_shares": "Offer shares",
    "hk_offer_shares": "Hong Kong offer shares",
    "intl_offer_shares": "International offer shares",
    "hk_initial_shares": "HK shares initially",
    "hk_reallocated_shares": "HK shares reallocated",
    "hk_final_shares": "HK shares finally",
    "intl_final_shares": "International shares finally",
    "mechanism": "Allocation mechanism",
    "over_allotment_option": "Has an over-allotment option",
    "over_allocated_shares": "Shares over-allocated",
}
DOC_TYPES = {
    "formal_notice": "Formal notice",
    "allotment_results": "Allotment results",
    "stabilisation_end": "End of stabilisation",
    "prospectus": "Prospectus",
    "other": "Other document",
}
PHASES = {
    "upcoming": "Announced",
    "open": "Open now",
    "listing_soon": "Listing soon",
    "listed": "Listed",
    "unknown": "",
}


def hkd(value: Any, decimals: int = 2) -> str:
    if not isinstance(value, int | float):
        return ""
    if value >= 1e8:
        return f"HK${value / 1e6:,.0f} m"
    return f"HK${value:,.{decimals}f}"


def number(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) else ("" if value is None else str(value))


def times(value: Any) -> str:
    return f"{value:,.2f}×" if isinstance(value, int | float) else ""


def pct(value: Any) -> str:
    return f"{value:,.2f} %" if isinstance(value, int | float) else ""


def signed_pct(value: Any) -> str:
    return f"{value:+.2f} %" if isinstance(value, int | float) else ""


def yes_no(value: Any) -> str:
    return {True: "Yes", False: "No"}.get(value, "") if isinstance(value, bool) else ""


def when(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    return value.replace("T", " ") + (" HKT" if "T" in value else "")


def price_text(values: dict[str, Any]) -> str:
    if values.get("offer_price") is not None:
        return hkd(values["offer_price"])
    low, high = values.get("offer_price_min"), values.get("offer_price_max")
    if low is not None and high is not None:
        return f"HK${low:,.2f}–{high:,.2f}"
    if high is not None:
        return f"up to {hkd(high)}"
    return ""


def split_text(values: dict[str, Any]) -> str:
    hk = values.get("hk_final_shares") or values.get("hk_offer_shares")
    total = values.get("offer_shares")
    intl = values.get("intl_final_shares") or values.get("intl_offer_shares")
    if isinstance(hk, int) and isinstance(intl, int) and hk + intl:
        return f"{hk / (hk + intl) * 100:.0f} % / {intl / (hk + intl) * 100:.0f} %"
    if isinstance(hk, int) and isinstance(total, int) and total:
        return f"{hk / total * 100:.0f} % HK"
    return ""


def value_text(key: str, value: Any) -> str:
    """Any fact as a person reads it."""
    if value is None:
        return ""
    if key in ("offer_price", "offer_price_min", "offer_price_max", "entry_fee"):
        return hkd(value)
    if key.endswith("_hkd"):
        return hkd(value, 0)
    if key.endswith("_times"):
        return times(value)
    if key.endswith("_pct"):
        return pct(value)
    if key.startswith("timetable."):
        return when(value)
    if key == "doc_type":
        return DOC_TYPES.get(str(value), str(value))
    if key == "mechanism":
        return f"Mechanism {value}"
    if key == "cornerstones":
        return "; ".join(f"{c.get('name')} ({number(c.get('shares'))})" for c in value)
    if key == "lockups":
        return "; ".join(
            f"{r.get('group')}: {number(r.get('shares'))} until {r.get('last_day')}" for r in value
        )
    if isinstance(value, bool):
        return yes_no(value)
    return number(value)
