"""Move the offer documents a poll read (kept in the `offer_documents` source's memory as
``pending``) into the offer tables, in one transaction that also empties ``pending``: a
crash before it leaves them pending, a crash during it stores none of them.

Each document is put on the watched company its stock code or issuer names (the same
matcher as every poll); the source learns which offers had an over-allotment option and
when they listed, to look for their end-of-stabilisation notice.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from desktop.domain.matching import Candidate, Matcher
from desktop.domain.offer.facts import facts_from_json
from desktop.store.db import Database
from desktop.store.offers import StoredDocument, store_document_in, store_failure_in
from desktop.store.tables import Company, Offer, OfferFact, SourceState

log = logging.getLogger(__name__)

SOURCE_ID = "offer_documents"


def _matcher(session: Session) -> Matcher:
    rows = session.exec(select(Company)).all()
    return Matcher(
        Candidate(
            company_id=c.id,
            names=tuple(n for n in (c.name, c.name_zh, *(c.aliases or ())) if n),
            codes=(("hk", c.hk_code),) if c.hk_code else (),
        )
        for c in rows
        if c.id is not None
    )


def _published(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def flush_pending(db: Database) -> list[StoredDocument]:
    """Store every pending document; returns what was stored."""
    stored: list[StoredDocument] = []
    with db.write() as session:
        state = session.get(SourceState, SOURCE_ID)
        if state is None:
            return []
        memory = dict(state.memory or {})
        pending = memory.get("pending") or {}
        if pending:
            matcher = _matcher(session)
        for url, entry in pending.items():
            if not isinstance(entry, dict):
                continue
            title = str(entry.get("title") or "")
            published = _published(entry.get("published"))
            codes = [c for c in entry.get("codes") or [] if isinstance(c, str)]
            if "failed" in entry:
                stored.append(
                    store_failure_in(
                        session,
                        url,
                        str(entry["failed"]),
                        title=title,
                        published=published,
                        stock_code=codes[0] if codes else None,
                    )
                )
                continue
            facts = facts_from_json(entry.get("facts") or {})
            names = [n for n in (facts.value("issuer"), *(entry.get("names") or [])) if n]
            code = facts.value("stock_code")
            found = matcher.match(names, [("hk", c) for c in {*codes, code} if c])
            stored.append(
                store_document_in(
                    session,
                    url,
                    facts,
                    title=title,
                    published=published,
                    company_id=found.company_id if found else None,
                )
            )
        _link_offers(session, matcher if pending else _matcher(session))
        memory["pending"] = {}
        memory["over_allotment"] = _over_allotment(session)
        state.memory = memory
        session.add(state)
    _remember_calendar(db)
    return stored


def _remember_calendar(db: Database) -> None:
    """The dates the reminders of each watched company's offer need, for the source to
    raise them when due (offers of companies not on the watchlist remind nobody)."""
    from desktop.domain.offer import calendar
    from desktop.store.offer_views import read_offer_summaries

    entries: dict[str, Any] = {}
    for summary in read_offer_summaries(db):
        if summary.company_id is None:
            continue
        values = summary.values
        notice = summary.facts.get("timetable.applications_close")
        entries[summary.stock_code] = {
            "code": summary.stock_code,
            "issuer": summary.issuer,
            "names": [n for n in (summary.company_name, summary.issuer) if n],
            "applications_close": values.get("timetable.applications_close"),
            "listing": values.get("listing_date") or values.get("timetable.listing"),
            "entry_fee": values.get("entry_fee"),
            "offer_price": summary.price,
            "url": notice.url if notice else None,
            "lockups": [
                {
                    "group": lock.group,
                    "last_day": lock.last_day.isoformat(),
                    "shares": lock.shares,
                    "estimated": lock.estimated,
                }
                for lock in calendar.lockups(values)
            ],
        }
    with db.write() as session:
        state = session.get(SourceState, SOURCE_ID)
        if state is not None:
            state.memory = {**(state.memory or {}), "calendar": entries}
            session.add(state)


def _link_offers(session: Session, matcher: Matcher) -> None:
    """Offers not yet on a company: put each on the watched company its code or issuer
    names (a company added, or its stock code learned, after the documents were read)."""
    for offer in session.exec(select(Offer).where(col(Offer.company_id).is_(None))).all():
        found = matcher.match([offer.issuer] if offer.issuer else [], [("hk", offer.stock_code)])
        if found is not None:
            offer.company_id = found.company_id
            session.add(offer)


def _over_allotment(session: Session) -> dict[str, str]:
    """Stock code → listing date of every offer that had an over-allotment option."""
    rows = session.exec(
        select(Offer.stock_code, OfferFact.key, OfferFact.value)
        .join(OfferFact, col(OfferFact.offer_id) == col(Offer.id))
        .where(
            col(OfferFact.key).in_(("over_allotment_option", "listing_date", "timetable.listing"))
        )
    ).all()
    option: set[str] = set()
    listed: dict[str, str] = {}
    for code, key, value in rows:
        if key == "over_allotment_option" and value:
            option.add(code)
        elif isinstance(value, str) and value:
            listed.setdefault(code, value[:10])
    return {code: listed[code] for code in option if code in listed}


def flush_pending_safely(db: Database) -> None:
    """`flush_pending` after a poll: a failure is logged and the documents stay pending."""
    try:
        flush_pending(db)
    except Exception:
        log.exception("could not store the offer documents read; they stay pending")
