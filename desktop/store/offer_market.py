"""Each Hong Kong IPO's oversubscription and first-day return, for the market charts.

Per listing, from what is stored only: the listing (HKEX's New Listing Report, or the
offer's own documents), how many times the Hong Kong public offer was subscribed (the
allotment results), the offer price (the results' final price, else the report's), and
the close on the listing day — a watched company's price event of that day, else the
close the `prices` source kept for every recent listing (its memory, ``first_day``). A
figure that is not stored stays None; nothing is estimated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlmodel import col, select

from desktop.store.db import Database
from desktop.store.tables import Event, SourceState

FIRST_DAY_WINDOW = timedelta(days=25)
"""How long after listing the `prices` source still asks for the listing day's close
(its chart answers cover a month)."""


@dataclass(frozen=True, slots=True)
class ListingPoint:
    code: str
    name: str
    listing_date: date
    watched: str | None  # the watchlist name, if the company is watched
    offer_price: float | None  # HK$, final
    subscribed: float | None  # the Hong Kong public offer subscribed, in times
    subscribed_url: str | None  # the allotment results it was read from
    first_close: float | None  # HK$, the close on the listing day
    first_close_source: str | None  # "prices" (a watched company's) or the URL asked

    @property
    def first_day_return(self) -> float | None:
        """The listing day's close against the offer price, as a fraction (0.25: +25 %)."""
        if not self.offer_price or self.first_close is None:
            return None
        return self.first_close / self.offer_price - 1


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        return None
    return float(value)


def recent_listings(db: Database, today: date) -> tuple[dict[str, Any], ...]:
    """Offers that listed in the last `FIRST_DAY_WINDOW` days, before today: what the
    `prices` source asks the listing day's close of."""
    out: dict[str, dict[str, Any]] = {}
    for point in read_listing_points(db):
        if point.listing_date < today and today - point.listing_date <= FIRST_DAY_WINDOW:
            out[point.code] = {"code": point.code, "listing_date": point.listing_date.isoformat()}
    return tuple(out.values())


def read_listing_points(db: Database) -> list[ListingPoint]:
    """Every IPO with a listing date (the New Listing Report's, then the offers' own),
    oldest first."""
    from desktop.sources.hkex_new_listings import SOURCE_ID as NLR
    from desktop.sources.hkex_new_listings import ipo_listings
    from desktop.store.charts import listing_events
    from desktop.store.offer_views import read_offer_summaries

    rows: dict[str, dict[str, Any]] = {}
    names: dict[int, str] = {}
    found = listing_events(db, NLR)
    for raw, company_id, name in found:
        if not isinstance(raw, dict):
            continue
        for row in ipo_listings([raw]):
            rows[row["code"]] = {
                "name": row["name"],
                "listing_date": row["listing_date"],
                "offer_price": row["offer_price"],
                "company_id": company_id,
            }
            if company_id is not None and name:
                names[company_id] = name
    offers: dict[str, Any] = {}
    for summary in read_offer_summaries(db):
        offers[summary.stock_code] = summary
        if summary.company_id is not None and summary.company_name:
            names[summary.company_id] = summary.company_name
        day = _day(summary.value("listing_date") or summary.value("timetable.listing"))
        if summary.stock_code not in rows and day is not None:
            rows[summary.stock_code] = {
                "name": summary.issuer or summary.stock_code,
                "listing_date": day,
                "offer_price": None,
                "company_id": summary.company_id,
            }
    with db.session() as session:
        state = session.get(SourceState, "prices")
        kept = (state.memory or {}).get("first_day") if state is not None else None
        watched = {r["company_id"] for r in rows.values() if r["company_id"] is not None}
        watched |= {s.company_id for s in offers.values() if s.company_id is not None}
        prices = (
            session.exec(
                select(col(Event.company_id), col(Event.published), col(Event.raw)).where(
                    col(Event.company_id).in_(watched), Event.kind == "price"
                )
            ).all()
            if watched
            else []
        )
    closes = {
        (cid, day): raw.get("close")
        for cid, day, raw in prices
        if isinstance(raw, dict) and raw.get("currency", "HKD") == "HKD"
    }
    first_day: dict[str, Any] = kept if isinstance(kept, dict) else {}
    points = []
    for code, row in rows.items():
        offer = offers.get(code)
        company_id = row["company_id"]
        if company_id is None and offer is not None:
            company_id = offer.company_id
        subscribed = offer.facts.get("hk_subscription_times") if offer else None
        price = _number(offer.value("offer_price")) if offer else None
        close = _number(closes.get((company_id, row["listing_date"])))
        source = "prices" if close is not None else None
        kept_close = first_day.get(code)
        if (
            close is None
            and isinstance(kept_close, dict)
            and _day(kept_close.get("day")) == row["listing_date"]
            and kept_close.get("currency", "HKD") == "HKD"  # against an HK$ offer price
        ):
            close = _number(kept_close.get("close"))
            source = str(kept_close.get("url") or "") if close is not None else None
        points.append(
            ListingPoint(
                code=code,
                name=row["name"],
                listing_date=row["listing_date"],
                watched=names.get(company_id) if company_id is not None else None,
                offer_price=price if price is not None else _number(row["offer_price"]),
                subscribed=_number(subscribed.value) if subscribed is not None else None,
                subscribed_url=subscribed.url if subscribed is not None else None,
                first_close=close,
                first_close_source=source,
            )
        )
    return sorted(points, key=lambda p: (p.listing_date, p.code))
