"""How offer figures read on screen (the Offers tab, the Offer panel, the document dialog).

The tables below hold English sources marked for the catalogue; `label`, `doc_type` and
`phase_name` give them in the interface language. Money, numbers and dates are written as
the interface language writes them (`desktop.services.language`)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services import language

LABELS: dict[str, str] = {
    "doc_type": QT_TRANSLATE_NOOP("OfferFormat", "Document"),
    "stock_code": QT_TRANSLATE_NOOP("OfferFormat", "Stock code"),
    "issuer": QT_TRANSLATE_NOOP("OfferFormat", "Issuer"),
    "lang": QT_TRANSLATE_NOOP("OfferFormat", "Language"),
    "listing_date": QT_TRANSLATE_NOOP("OfferFormat", "Listing date"),
    "offer_price": QT_TRANSLATE_NOOP("OfferFormat", "Offer price"),
    "offer_price_min": QT_TRANSLATE_NOOP("OfferFormat", "Lowest price of the range"),
    "offer_price_max": QT_TRANSLATE_NOOP("OfferFormat", "Maximum offer price"),
    "board_lot": QT_TRANSLATE_NOOP("OfferFormat", "Board lot"),
    "entry_fee": QT_TRANSLATE_NOOP("OfferFormat", "Entry fee (one lot)"),
    "timetable.offer_opens": QT_TRANSLATE_NOOP("OfferFormat", "Offer opens"),
    "timetable.applications_close": QT_TRANSLATE_NOOP("OfferFormat", "Applications close"),
    "timetable.price_determination": QT_TRANSLATE_NOOP("OfferFormat", "Price determination"),
    "timetable.results": QT_TRANSLATE_NOOP("OfferFormat", "Results"),
    "timetable.listing": QT_TRANSLATE_NOOP("OfferFormat", "Dealings begin"),
    "hk_valid_applications": QT_TRANSLATE_NOOP("OfferFormat", "Valid applications (HK)"),
    "hk_successful_applications": QT_TRANSLATE_NOOP("OfferFormat", "Successful applications (HK)"),
    "hk_subscription_times": QT_TRANSLATE_NOOP("OfferFormat", "HK public offer subscribed"),
    "one_lot_success_pct": QT_TRANSLATE_NOOP("OfferFormat", "One-lot success rate"),
    "intl_subscription_times": QT_TRANSLATE_NOOP("OfferFormat", "International offer subscribed"),
    "intl_placees": QT_TRANSLATE_NOOP("OfferFormat", "Placees"),
    "clawback": QT_TRANSLATE_NOOP("OfferFormat", "Clawback"),
    "gross_proceeds_hkd": QT_TRANSLATE_NOOP("OfferFormat", "Gross proceeds"),
    "net_proceeds_hkd": QT_TRANSLATE_NOOP("OfferFormat", "Net proceeds"),
    "cornerstones": QT_TRANSLATE_NOOP("OfferFormat", "Cornerstone investors"),
    "lockups": QT_TRANSLATE_NOOP("OfferFormat", "Lock-ups"),
    "over_allotment": QT_TRANSLATE_NOOP("OfferFormat", "Over-allotment option"),
    "over_allotment_shares": QT_TRANSLATE_NOOP("OfferFormat", "Over-allotment shares"),
    "stabilisation_ended": QT_TRANSLATE_NOOP("OfferFormat", "Stabilisation ended"),
    "offer_shares": QT_TRANSLATE_NOOP("OfferFormat", "Offer shares"),
    "hk_offer_shares": QT_TRANSLATE_NOOP("OfferFormat", "Hong Kong offer shares"),
    "intl_offer_shares": QT_TRANSLATE_NOOP("OfferFormat", "International offer shares"),
    "hk_initial_shares": QT_TRANSLATE_NOOP("OfferFormat", "HK shares initially"),
    "hk_reallocated_shares": QT_TRANSLATE_NOOP("OfferFormat", "HK shares reallocated"),
    "hk_final_shares": QT_TRANSLATE_NOOP("OfferFormat", "HK shares finally"),
    "intl_final_shares": QT_TRANSLATE_NOOP("OfferFormat", "International shares finally"),
    "mechanism": QT_TRANSLATE_NOOP("OfferFormat", "Allocation mechanism"),
    "over_allotment_option": QT_TRANSLATE_NOOP("OfferFormat", "Has an over-allotment option"),
    "over_allocated_shares": QT_TRANSLATE_NOOP("OfferFormat", "Shares over-allocated"),
}
DOC_TYPES = {
    "formal_notice": QT_TRANSLATE_NOOP("OfferFormat", "Formal notice"),
    "allotment_results": QT_TRANSLATE_NOOP("OfferFormat", "Allotment results"),
    "stabilisation_end": QT_TRANSLATE_NOOP("OfferFormat", "End of stabilisation"),
    "prospectus": QT_TRANSLATE_NOOP("OfferFormat", "Prospectus"),
    "other": QT_TRANSLATE_NOOP("OfferFormat", "Other document"),
}
PHASES = {
    "upcoming": QT_TRANSLATE_NOOP("OfferFormat", "Announced"),
    "open": QT_TRANSLATE_NOOP("OfferFormat", "Open now"),
    "listing_soon": QT_TRANSLATE_NOOP("OfferFormat", "Listing soon"),
    "listed": QT_TRANSLATE_NOOP("OfferFormat", "Listed"),
    "unknown": "",
}
_GROUPS = {
    "controlling shareholders": QT_TRANSLATE_NOOP("OfferFormat", "controlling shareholders"),
    "cornerstone investors": QT_TRANSLATE_NOOP("OfferFormat", "cornerstone investors"),
    "pre-IPO investors": QT_TRANSLATE_NOOP("OfferFormat", "pre-IPO investors"),
    "existing shareholders": QT_TRANSLATE_NOOP("OfferFormat", "existing shareholders"),
    "the Company": QT_TRANSLATE_NOOP("OfferFormat", "the Company"),
    "key persons": QT_TRANSLATE_NOOP("OfferFormat", "key persons"),
    "pathfinder investors": QT_TRANSLATE_NOOP("OfferFormat", "pathfinder investors"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("OfferFormat", text) if text else ""


def label(key: str) -> str:
    """The name of a fact in the interface language (the key itself if it has none)."""
    found = LABELS.get(key)
    return _tr(found) if found else key


def doc_type(kind: str | None) -> str:
    found = DOC_TYPES.get(str(kind))
    return _tr(found) if found else str(kind or "")


def phase_name(phase: str) -> str:
    return _tr(PHASES.get(phase, phase))


def group_name(group: str) -> str:
    """A lock-up's holders ("cornerstone investors") in the interface language."""
    found = _GROUPS.get(group)
    return _tr(found) if found else group


def _english() -> bool:
    return language.current_language() == language.ENGLISH


def hkd(value: Any, decimals: int = 2) -> str:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return ""
    if not _english():
        if decimals:  # a price or an entry fee: to the cent, as the notice prints it
            return language.format_number(value, decimals) + "港元"  # both scripts
        return language.format_money(value, "HKD")
    if value >= 1e8:
        return f"HK${value / 1e6:,.0f} m"
    return f"HK${value:,.{decimals}f}"


def number(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}" if _english() else language.format_number(value)
    return "" if value is None else str(value)


def _decimal(value: float, decimals: int = 2) -> str:
    return f"{value:,.{decimals}f}" if _english() else language.format_number(value, decimals)


def times(value: Any) -> str:
    if not isinstance(value, int | float):
        return ""
    return QCoreApplication.translate("OfferFormat", "{times}×").format(times=_decimal(value))


def pct(value: Any) -> str:
    if not isinstance(value, int | float):
        return ""
    return QCoreApplication.translate("OfferFormat", "{percent} %").format(percent=_decimal(value))


def signed_pct(value: Any) -> str:
    if not isinstance(value, int | float):
        return ""
    sign = "+" if value >= 0 else "−" if not _english() else "-"
    return QCoreApplication.translate("OfferFormat", "{percent} %").format(
        percent=sign + _decimal(abs(value))
    )


def yes_no(value: Any) -> str:
    if not isinstance(value, bool):
        return ""
    return (
        QCoreApplication.translate("OfferFormat", "Yes")
        if value
        else QCoreApplication.translate("OfferFormat", "No")
    )


def day_text(value: date | str | None) -> str:
    """A date as the interface language writes it (2026-01-08, 2026年1月8日)."""
    if isinstance(value, str):
        try:
            day = date.fromisoformat(value[:10])
        except ValueError:
            return value
    elif value is None:
        return ""
    else:
        day = value
    return day.isoformat() if _english() else language.format_date(day)


def when(value: Any) -> str:
    """A timetable value (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, Hong Kong time)."""
    if not isinstance(value, str):
        return ""
    if _english():
        return value.replace("T", " ") + (" HKT" if "T" in value else "")
    day, _, clock = value.partition("T")
    shown = day_text(day)
    if not clock:
        return shown
    return QCoreApplication.translate("OfferFormat", "{date} {time} HKT").format(
        date=shown, time=clock
    )


def price_text(values: dict[str, Any]) -> str:
    if values.get("offer_price") is not None:
        return hkd(values["offer_price"])
    low, high = values.get("offer_price_min"), values.get("offer_price_max")
    if low is not None and high is not None:
        if _english():
            return f"HK${low:,.2f}–{high:,.2f}"
        return QCoreApplication.translate("OfferFormat", "{low}–{high}").format(
            low=hkd(low), high=hkd(high)
        )
    if high is not None:
        return QCoreApplication.translate("OfferFormat", "up to {price}").format(price=hkd(high))
    return ""


def split_text(values: dict[str, Any]) -> str:
    hk = values.get("hk_final_shares") or values.get("hk_offer_shares")
    total = values.get("offer_shares")
    intl = values.get("intl_final_shares") or values.get("intl_offer_shares")
    if isinstance(hk, int) and isinstance(intl, int) and hk + intl:
        return QCoreApplication.translate("OfferFormat", "{hk} % / {intl} %").format(
            hk=f"{hk / (hk + intl) * 100:.0f}", intl=f"{intl / (hk + intl) * 100:.0f}"
        )
    if isinstance(hk, int) and isinstance(total, int) and total:
        return QCoreApplication.translate("OfferFormat", "{percent} HK").format(
            percent=f"{hk / total * 100:.0f} %"
        )
    return ""


def mechanism_text(value: Any) -> str:
    return (
        QCoreApplication.translate("OfferFormat", "Mechanism {value}").format(value=value)
        if value
        else ""
    )


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
    if key in ("listing_date", "stabilisation_ended"):
        return day_text(value) if isinstance(value, str) else str(value)
    if key == "doc_type":
        return doc_type(str(value))
    if key == "mechanism":
        return mechanism_text(value)
    if key == "cornerstones":
        return QCoreApplication.translate("OfferFormat", "; ").join(
            QCoreApplication.translate("OfferFormat", "{name} ({shares})").format(
                name=c.get("name"), shares=number(c.get("shares"))
            )
            for c in value
        )
    if key == "lockups":
        return QCoreApplication.translate("OfferFormat", "; ").join(
            QCoreApplication.translate("OfferFormat", "{group}: {shares} until {date}").format(
                group=group_name(str(r.get("group"))),
                shares=number(r.get("shares")),
                date=day_text(r.get("last_day")),
            )
            for r in value
        )
    if isinstance(value, bool):
        return yes_no(value)
    return number(value)
