"""A listing the person typed (HK code + listing date, and the offer price) is a fact
with a source: the person.  It is kept as one ``listed`` event of source ``user`` per
company, so the stage machine, the share-price chart and the calendar treat it like a
listing HKEX reported (and HKEX's own record, when it comes, is preferred for terms).

A listing date still in the future adds no event until that day has come (the company
stays where its filings put it)."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from desktop.domain.phrases import BY_PERSON, USER_LISTING, USER_LISTING_AT
from desktop.sources.base import fingerprint
from desktop.store.db import Database
from desktop.store.tables import Company, Event

USER_SOURCE = "user"
MATCH_REASON = BY_PERSON.compose()


def listing_key(company_id: int) -> str:
    return f"listed:{company_id}"


def listing_title(code: str, offer_price: float | None) -> str:
    if offer_price is None:
        return USER_LISTING.compose(code=code)
    return USER_LISTING_AT.compose(code=code, price=f"{offer_price:,.2f}")


def sync_listing_event(db: Database, company_id: int | None, today: date | None = None) -> bool:
    """Add, change or remove the company's typed listing event; recompute its stage
    when it changed.  True when something changed."""
    if company_id is None:
        return False
    today = today or date.today()
    fp = fingerprint(USER_SOURCE, listing_key(company_id))
    changed = False
    with db.write() as session:
        company = session.get(Company, company_id)
        event = session.exec(select(Event).where(Event.fingerprint == fp)).first()
        wanted = (
            company is not None
            and company.listing_date is not None
            and bool(company.hk_code)
            and company.listing_date <= today
        )
        if not wanted:
            if event is not None:
                session.delete(event)
                changed = True
        else:
            assert company is not None and company.hk_code and company.listing_date
            title = listing_title(company.hk_code, company.offer_price)
            raw = {
                "code": company.hk_code,
                "offer_price": company.offer_price,
                "listing_date": company.listing_date.isoformat(),
                "entered_by": USER_SOURCE,
            }
            if event is None:
                event = Event(
                    company_id=company_id,
                    kind="listed",
                    source=USER_SOURCE,
                    fingerprint=fp,
                    subject=company.name,
                    names=[company.name],
                    match_reason=MATCH_REASON,
                )
            if (event.published, event.title, event.raw) != (company.listing_date, title, raw):
                event.published = company.listing_date
                event.title = title
                event.raw = raw
                event.subject = company.name
                session.add(event)
                changed = True
    if changed:
        from desktop.store.events import refresh_stages

        refresh_stages(db, [company_id], today=today)
    return changed
